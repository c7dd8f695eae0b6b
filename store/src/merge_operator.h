// The merge operator behind every counter in the store (support counts of entities, aliases and
// edges): operands and values are signed 64-bit integers (keys::counter), merged by addition.
// Associative, so RocksDB may combine operands in any grouping during compaction.
#pragma once

#include <memory>

#include <rocksdb/merge_operator.h>

namespace kg::store_internal {

std::shared_ptr<rocksdb::MergeOperator> make_int64_add_operator();

}  // namespace kg::store_internal
