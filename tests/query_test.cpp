#include <map>
#include <set>

#include "kg/core/query.h"
#include "kg/core/snapshot.h"
#include "test_helpers.h"
#include "vector_graph.h"

using namespace kg;
using kg::test::VectorGraph;

namespace {

// Two shortest paths from 1 to 4 (1-2-3-4 and 1-5-6-4), and 4 is a member of organisation 7.
VectorGraph diamond() {
  VectorGraph g;
  g.add(1, "meets_with", 2);
  g.add(2, "meets_with", 3);
  g.add(3, "meets_with", 4);
  g.add(1, "meets_with", 5);
  g.add(5, "meets_with", 6);
  g.add(6, "meets_with", 4);
  g.add(4, "member_of", 7, EntityType::kPerson, EntityType::kOrganization);
  return g;
}

std::vector<EntityId> ids(const std::vector<Reached>& r) {
  std::vector<EntityId> out;
  for (const auto& x : r) out.push_back(x.id);
  return out;
}

}  // namespace

TEST_CASE("Neighbours come nearest first, to the requested depth", "[core][query]") {
  VectorGraph g = diamond();
  auto one = neighbors(g, 1, NeighborOptions{1});
  REQUIRE_OK(one);
  CHECK(ids(*one) == std::vector<EntityId>{2, 5});
  auto two = neighbors(g, 1, NeighborOptions{2});
  REQUIRE_OK(two);
  CHECK(ids(*two) == std::vector<EntityId>{2, 5, 3, 6});
  CHECK((*two)[2].parent == 2);
  CHECK((*two)[2].depth == 2);
}

TEST_CASE("Neighbours follow only the requested predicates and report only the requested types", "[core][query]") {
  VectorGraph g = diamond();
  NeighborOptions only_member{3, predicate_bit(*parse_predicate("member_of")), kAnyType};
  auto r = neighbors(g, 4, only_member);
  REQUIRE_OK(r);
  CHECK(ids(*r) == std::vector<EntityId>{7});
  NeighborOptions orgs{5, kAnyPredicate, type_bit(EntityType::kOrganization)};
  auto o = neighbors(g, 1, orgs);
  REQUIRE_OK(o);
  CHECK(ids(*o) == std::vector<EntityId>{7});
  CHECK((*o)[0].depth == 4);
  CHECK_FALSE(neighbors(g, 1, NeighborOptions{0}).ok());
}

TEST_CASE("The shortest path is found from both ends", "[core][query]") {
  VectorGraph g = diamond();
  auto r = shortest_paths(g, 1, 7, PathOptions{});
  REQUIRE_OK(r);
  REQUIRE(r->size() == 1);
  const Path& p = (*r)[0];
  CHECK(p.edges.size() == 4);
  CHECK(p.nodes.front() == 1);
  CHECK(p.nodes.back() == 7);
  for (std::size_t i = 0; i < p.edges.size(); ++i) {
    const Edge& e = p.edges[i];
    CHECK(((e.subject == p.nodes[i] && e.object == p.nodes[i + 1]) ||
           (e.object == p.nodes[i] && e.subject == p.nodes[i + 1])));
  }
}

TEST_CASE("Asking for all paths gives every shortest path and nothing longer", "[core][query]") {
  VectorGraph g = diamond();
  PathOptions all;
  all.all = true;
  auto r = shortest_paths(g, 1, 4, all);
  REQUIRE_OK(r);
  REQUIRE(r->size() == 2);
  std::set<std::vector<EntityId>> got;
  for (const auto& p : *r) got.insert(p.nodes);
  CHECK(got == std::set<std::vector<EntityId>>{{1, 2, 3, 4}, {1, 5, 6, 4}});
}

TEST_CASE("No path is found beyond max depth or between separate parts", "[core][query]") {
  VectorGraph g = diamond();
  g.add(100, "meets_with", 101);
  PathOptions shallow;
  shallow.max_depth = 2;
  auto r = shortest_paths(g, 1, 4, shallow);
  REQUIRE_OK(r);
  CHECK(r->empty());
  auto apart = shortest_paths(g, 1, 100, PathOptions{});
  REQUIRE_OK(apart);
  CHECK(apart->empty());
  auto self = shortest_paths(g, 3, 3, PathOptions{});
  REQUIRE_OK(self);
  REQUIRE(self->size() == 1);
  CHECK((*self)[0].edges.empty());
}

TEST_CASE("Direct edges are those joining the two entities either way", "[core][query]") {
  VectorGraph g = diamond();
  g.add(2, "member_of", 1, EntityType::kPerson, EntityType::kOrganization);
  auto r = direct_edges(g, 1, 2);
  REQUIRE_OK(r);
  CHECK(r->size() == 2);
  auto none = direct_edges(g, 1, 3);
  REQUIRE_OK(none);
  CHECK(none->empty());
}

TEST_CASE("Ranking puts the hub first by degree and PageRank", "[core][query]") {
  VectorGraph g;
  for (EntityId i = 2; i <= 8; ++i) g.add(i, "member_of", 1, EntityType::kLocation, EntityType::kOrganization);
  g.add(2, "meets_with", 3);
  RankOptions o;
  o.top = 3;
  auto r = rank_entities(g, o);
  REQUIRE_OK(r);
  CHECK(r->entities == 8);
  CHECK(r->edges == 8);
  REQUIRE(r->by_degree.size() == 3);
  CHECK(r->by_degree[0].id == 1);
  CHECK(r->by_degree[0].score == 7);
  CHECK(r->by_pagerank[0].id == 1);
  CHECK(r->by_pagerank[0].score > r->by_pagerank[1].score);
  // PageRank is scaled to sum 1 over the entities with an edge.
  o.top = 100;
  auto all = rank_entities(g, o);
  REQUIRE_OK(all);
  double sum = 0;
  for (const RankedEntity& e : all->by_pagerank) sum += e.score;
  CHECK(sum == Approx(1.0));
  CHECK(all->by_pagerank[0].score < 1.0);
}

TEST_CASE("A snapshot answers every query as its source does", "[core][query]") {
  VectorGraph g = diamond();
  g.add(100, "meets_with", 101);
  auto snap = GraphSnapshot::build(g);
  REQUIRE_OK(snap);
  CHECK(snap->edge_count() == 8);
  for (EntityId start : {1, 4, 7, 100, 55}) {
    auto a = neighbors(g, start, NeighborOptions{3});
    auto b = neighbors(*snap, start, NeighborOptions{3});
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    CHECK(ids(*a) == ids(*b));
  }
  PathOptions all;
  all.all = true;
  auto pa = shortest_paths(g, 1, 7, all), pb = shortest_paths(*snap, 1, 7, all);
  REQUIRE(pa->size() == pb->size());
  for (std::size_t i = 0; i < pa->size(); ++i) CHECK((*pa)[i].nodes == (*pb)[i].nodes);
  CHECK(shortest_paths(*snap, 1, 100, PathOptions{})->empty());
  CHECK(rank_entities(*snap, RankOptions{})->by_degree[0].id == rank_entities(g, RankOptions{})->by_degree[0].id);
}

TEST_CASE("A snapshot of sparse ids finds the same paths", "[core][query]") {
  VectorGraph g;
  const EntityId big = 1'000'000'000'000ULL;
  g.add(big + 1, "meets_with", big + 2);
  g.add(big + 2, "meets_with", 3);
  g.add(3, "meets_with", big + 4);
  auto snap = GraphSnapshot::build(g);
  REQUIRE_OK(snap);
  auto p = shortest_paths(*snap, big + 1, big + 4, PathOptions{});
  REQUIRE_OK(p);
  REQUIRE(p->size() == 1);
  CHECK((*p)[0].nodes == std::vector<EntityId>{big + 1, big + 2, 3, big + 4});
  CHECK(snap->degree_hint(3) == 2);
  CHECK(snap->degree_hint(99) == 0);
}
