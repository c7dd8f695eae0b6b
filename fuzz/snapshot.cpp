// The graph image reader (graph.snapshot, mapped by every read command): any file is refused
// with a status or gives a graph whose edges can all be walked.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "fuzz/fuzz_check.h"
#include "kg/core/snapshot.h"

namespace {

// Entity types for the reader: every id is a person.
class AllPersons final : public kg::GraphReader {
 public:
  kg::Status edges_of(kg::EntityId, std::vector<kg::Edge>*) const override { return kg::Status::Ok(); }
  kg::Result<kg::EntityType> type_of(kg::EntityId) const override { return kg::EntityType::kPerson; }
  kg::Status scan_edges(const std::function<void(const kg::Edge&)>&) const override { return kg::Status::Ok(); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kg;
  static const std::string path = "/tmp/kg-fuzz-snapshot." + std::to_string(::getpid());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  fuzz::require(f != nullptr, "the temporary file opens");
  fuzz::require(std::fwrite(data, 1, size, f) == size && std::fclose(f) == 0, "the temporary file is written");
  AllPersons types;
  auto snapshot = GraphSnapshot::open(path, types);
  if (snapshot.ok()) {
    std::uint64_t edges = 0;
    fuzz::require(snapshot->scan_edges([&](const Edge&) { ++edges; }).ok(), "a snapshot it opens can be scanned");
    fuzz::require(edges == snapshot->edge_count(), "it has the edges it says");
    std::vector<Edge> out;
    (void)snapshot->edges_of(1, &out);
    (void)snapshot->shortest_path(1, 2, 3, ~PredicateMask{0});
  }
  std::remove(path.c_str());
  return 0;
}
