#include "merge_operator.h"

#include "keys.h"

namespace kg::store_internal {
namespace {

class Int64AddOperator final : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice& /*key*/, const rocksdb::Slice* existing, const rocksdb::Slice& operand,
             std::string* new_value, rocksdb::Logger* /*logger*/) const override {
    std::int64_t base = existing ? keys::decode_counter(existing->ToStringView()) : 0;
    *new_value = keys::counter(base + keys::decode_counter(operand.ToStringView()));
    return true;
  }
  const char* Name() const override { return "kg.Int64Add"; }
};

}  // namespace

std::shared_ptr<rocksdb::MergeOperator> make_int64_add_operator() { return std::make_shared<Int64AddOperator>(); }

}  // namespace kg::store_internal
