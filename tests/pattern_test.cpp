// Pattern queries (core/src/pattern.cpp): the pattern language's grammar and errors, and matches
// on small graphs of our own.
#include <set>
#include <string>

#include "kg/core/pattern.h"
#include "test_helpers.h"
#include "vector_graph.h"

using namespace kg;
using kg::test::VectorGraph;

namespace {

// Persons 1..4, country 10, organisation 20, event 30.
VectorGraph small_world() {
  VectorGraph g;
  g.add(1, "holds_office", 10, EntityType::kPerson, EntityType::kLocation);
  g.add(2, "holds_office", 10, EntityType::kPerson, EntityType::kLocation);
  g.add(1, "meets_with", 3);
  g.add(2, "meets_with", 4);
  g.add(1, "participates_in", 30, EntityType::kPerson, EntityType::kEvent);
  g.add(3, "participates_in", 30, EntityType::kPerson, EntityType::kEvent);
  g.add(10, "member_of", 20, EntityType::kLocation, EntityType::kOrganization);
  return g;
}

MatchResult run(const VectorGraph& g, const std::string& text, std::size_t limit = 1000) {
  auto p = parse_pattern(text);
  REQUIRE_OK(p);
  MatchOptions o;
  o.limit = limit;
  o.resolve = [](std::string_view name) -> Result<EntityId> {
    if (name == "Land") return EntityId{10};
    if (name == "Anna") return EntityId{1};
    return Status::NotFound("no entity named '" + std::string(name) + "'");
  };
  auto r = match_pattern(g, *p, o);
  REQUIRE_OK(r);
  return *r;
}

std::string error_of(const std::string& text) {
  auto p = parse_pattern(text);
  return p.ok() ? "" : p.status().message();
}

}  // namespace

TEST_CASE("Patterns parse into nodes and edges, a repeated variable being one node", "[core][pattern]") {
  auto p = parse_pattern("(p:PER)-[r:holds_office]->(:LOC {name: \"Land\"}), (p)-[:meets_with|member_of]-(q)");
  REQUIRE_OK(p);
  REQUIRE(p->nodes.size() == 3);
  REQUIRE(p->edges.size() == 2);
  CHECK(p->nodes[0].var == "p");
  CHECK(p->nodes[0].types == type_bit(EntityType::kPerson));
  CHECK(p->nodes[1].name == "Land");
  CHECK(p->edges[0].var == "r");
  CHECK(p->edges[0].directed);
  CHECK_FALSE(p->edges[1].directed);
  CHECK(p->edges[1].from == 0);
  CHECK(p->edges[1].predicates ==
        (predicate_bit(*parse_predicate("meets_with")) | predicate_bit(*parse_predicate("member_of"))));
  // "<-" turns the edge round; the short forms need no brackets.
  auto back = parse_pattern("(a)<--(b)");
  REQUIRE_OK(back);
  CHECK(back->edges[0].from == 1);
  CHECK(back->edges[0].to == 0);
  CHECK(parse_pattern("(a) -- (b)").ok());
}

TEST_CASE("Pattern errors name their column", "[core][pattern]") {
  CHECK(error_of("(a:PER)-[:meets_with]->(b:PER") == "pattern, column 30: expected ')' to close the node");
  CHECK(error_of("(a:PERSON)--(b)").starts_with("pattern, column 4: unknown entity type 'PERSON'"));
  CHECK(error_of("(a)-[:meets]-(b)").starts_with("pattern, column 7: unknown predicate 'meets'"));
  CHECK(error_of("(a)<-[]->(b)") == "pattern, column 4: an edge points one way: <-[...]- or -[...]->, not both");
  CHECK(error_of("(a {age: 3})--(b)") == "pattern, column 5: a node's only property is name: {name: \"...\"}");
  CHECK(error_of("(a {name: \"X)--(b)") == "pattern, column 11: the name's quotes are not closed");
  CHECK(error_of("(a)--(b)--(c)--(d)--(e)--(f)").starts_with("pattern, column 24: at most 4 edges"));
  CHECK(error_of("(a:PER)--(b), (a:LOC)--(c)") == "pattern, column 16: 'a' is given two types");
  CHECK(error_of("(a)") == "a pattern needs at least one edge: (a)-[:meets_with]-(b)");
  CHECK(error_of("(a)-[r]-(b), (c)-[r]-(d)") == "pattern, column 20: edge variable 'r' is used twice");
  CHECK(error_of("(a)--(b) x") == "pattern, column 10: expected ',' or the end of the pattern");
}

TEST_CASE("A named node starts the match from its edges, and directions and symmetry hold", "[core][pattern]") {
  const VectorGraph g = small_world();
  // The persons holding an office in the named country, and whom they met.
  MatchResult r = run(g, "(p:PER)-[:holds_office]->(:LOC {name: \"Land\"}), (p)-[:meets_with]-(q:PER)");
  CHECK(r.scanned == 0);  // no scan: the name binds the start
  REQUIRE(r.rows.size() == 2);
  std::set<std::pair<EntityId, EntityId>> pairs;
  for (const PatternRow& row : r.rows) pairs.insert({row.nodes[0], row.nodes[2]});
  CHECK(pairs == std::set<std::pair<EntityId, EntityId>>{{1, 3}, {2, 4}});
  // meets_with is symmetric: written the other way round it still matches.
  CHECK(run(g, "(q:PER)-[:meets_with]->(p {name: \"Anna\"})").rows.size() == 1);
  // holds_office is not: the wrong direction finds nothing.
  CHECK(run(g, "(:LOC {name: \"Land\"})-[:holds_office]->(p)").rows.empty());
  // An unknown name ends the match with the resolver's error.
  auto p = parse_pattern("(x {name: \"Nobody\"})--(y)");
  REQUIRE_OK(p);
  MatchOptions o;
  o.resolve = [](std::string_view) -> Result<EntityId> { return Status::NotFound("no entity named 'Nobody'"); };
  CHECK(match_pattern(g, *p, o).status().code() == StatusCode::kNotFound);
}

TEST_CASE("Without a name one scan starts the part, an edge is used once per row, the limit truncates",
          "[core][pattern]") {
  const VectorGraph g = small_world();
  // Two persons at one event: (1, 3) and (3, 1), never a person with himself through one edge.
  MatchResult r = run(g, "(a:PER)-[:participates_in]->(e:EVENT)<-[:participates_in]-(b:PER)");
  CHECK(r.scanned == 7);
  REQUIRE(r.rows.size() == 2);
  for (const PatternRow& row : r.rows) CHECK(row.nodes[0] != row.nodes[2]);
  // A state's organisation through the office of a person who met someone: a chain of three.
  MatchResult chain = run(g, "(q)-[:meets_with]-(p:PER)-[:holds_office]->(c:LOC)-[:member_of]->(o:ORG)");
  CHECK(chain.rows.size() == 2);
  // Types filter: no organisation holds an office.
  CHECK(run(g, "(x:ORG)-[:holds_office]->(y)").rows.empty());
  MatchResult one = run(g, "(a)--(b)", 3);
  CHECK(one.rows.size() == 3);
  CHECK(one.truncated);
}
