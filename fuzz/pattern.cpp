// The pattern parser and matcher (`kg match PATTERN`): any text gives a pattern or an
// InvalidArgument status; a pattern it accepts has 1 to 4 edges between its nodes, and matching it
// on a small graph of our own ends with rows whose bindings respect its types and predicates.
#include <map>

#include "fuzz/fuzz_check.h"
#include "kg/core/pattern.h"

namespace {

using namespace kg;

// Persons 1-3, a place 10, an organisation 20, an event 30.
class SmallGraph final : public GraphReader {
 public:
  SmallGraph() {
    add(1, "meets_with", 2);
    add(2, "meets_with", 3);
    add(1, "holds_office", 10);
    add(2, "member_of", 20);
    add(10, "member_of", 20);
    add(1, "participates_in", 30);
    add(3, "participates_in", 30);
    add(30, "held_in", 10);
    types_ = {{1, EntityType::kPerson},    {2, EntityType::kPerson},        {3, EntityType::kPerson},
              {10, EntityType::kLocation}, {20, EntityType::kOrganization}, {30, EntityType::kEvent}};
  }
  Status edges_of(EntityId id, std::vector<Edge>* out) const override {
    for (const Edge& e : edges_)
      if (e.subject == id || e.object == id) out->push_back(e);
    return Status::Ok();
  }
  Result<EntityType> type_of(EntityId id) const override {
    auto it = types_.find(id);
    if (it == types_.end()) return Status::NotFound("no entity");
    return it->second;
  }
  Status scan_edges(const std::function<void(const Edge&)>& fn) const override {
    for (const Edge& e : edges_) fn(e);
    return Status::Ok();
  }

 private:
  void add(EntityId s, const char* p, EntityId o) { edges_.push_back(Edge{s, *parse_predicate(p), o, 1}); }
  std::vector<Edge> edges_;
  std::map<EntityId, EntityType> types_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const SmallGraph graph;
  auto pattern = parse_pattern(fuzz::as_text(data, size));
  if (!pattern.ok()) {
    fuzz::require(pattern.status().code() == StatusCode::kInvalidArgument, "a bad pattern is an invalid argument");
    return 0;
  }
  fuzz::require(!pattern->edges.empty() && pattern->edges.size() <= kMaxPatternEdges, "1 to 4 edges");
  for (const PatternEdge& e : pattern->edges)
    fuzz::require(e.from < pattern->nodes.size() && e.to < pattern->nodes.size(), "edges join nodes");
  MatchOptions o;
  o.limit = 50;
  o.resolve = [](std::string_view name) -> Result<EntityId> {
    if (name == "Anna") return EntityId{1};
    if (name == "Land") return EntityId{10};
    return Status::NotFound("no entity");
  };
  auto found = match_pattern(graph, *pattern, o);
  if (!found.ok()) {
    fuzz::require(found.status().code() == StatusCode::kNotFound, "only an unknown name ends a match");
    return 0;
  }
  for (const PatternRow& row : found->rows) {
    for (std::size_t n = 0; n < pattern->nodes.size(); ++n) {
      auto t = graph.type_of(row.nodes[n]);
      fuzz::require(t.ok() && (pattern->nodes[n].types & type_bit(*t)) != 0, "bound entities have the node's type");
    }
    for (std::size_t k = 0; k < pattern->edges.size(); ++k)
      fuzz::require((pattern->edges[k].predicates & predicate_bit(row.edges[k].predicate)) != 0,
                    "bound edges have the edge's predicate");
  }
  return 0;
}
