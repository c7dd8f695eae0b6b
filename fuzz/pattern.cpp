// The pattern parser and matcher (`kg match PATTERN`): any text gives a pattern or an
// InvalidArgument status; a pattern it accepts has 1 to 4 edges between its nodes, and matching it
// on a small graph of our own ends with rows whose bindings respect its types and predicates.
#include "kg/core/pattern.h"
#include "fuzz/fuzz_check.h"
#include "tests/vector_graph.h"

namespace {

using namespace kg;

// Persons 1-3, a place 10, an organisation 20, an event 30.
test::VectorGraph small_graph() {
  test::VectorGraph g;
  const EntityType per = EntityType::kPerson, loc = EntityType::kLocation, org = EntityType::kOrganization,
                   event = EntityType::kEvent;
  g.add(1, "meets_with", 2);
  g.add(2, "meets_with", 3);
  g.add(1, "holds_office", 10, per, loc);
  g.add(2, "member_of", 20, per, org);
  g.add(10, "member_of", 20, loc, org);
  g.add(1, "participates_in", 30, per, event);
  g.add(3, "participates_in", 30, per, event);
  g.add(30, "held_in", 10, event, loc);
  return g;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const test::VectorGraph graph = small_graph();
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
