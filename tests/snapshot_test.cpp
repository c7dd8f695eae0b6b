#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "kg/core/query.h"
#include "kg/core/snapshot.h"
#include "test_helpers.h"
#include "vector_graph.h"

using namespace kg;
using kg::test::VectorGraph;

namespace {

// A graph with hubs: each new node links to earlier nodes picked in proportion to their degree.
VectorGraph skewed_graph(unsigned seed, EntityId nodes, std::size_t links_per_node) {
  std::mt19937 rng(seed);
  VectorGraph g;
  std::vector<EntityId> ends{1, 2};
  g.add(1, "meets_with", 2);
  const char* predicates[] = {"meets_with", "member_of", "participates_in"};
  for (EntityId n = 3; n <= nodes; ++n) {
    for (std::size_t k = 0; k < links_per_node; ++k) {
      EntityId other = ends[std::uniform_int_distribution<std::size_t>(0, ends.size() - 1)(rng)];
      if (other == n) continue;
      g.add(n, predicates[rng() % 3], other);
      ends.push_back(n);
      ends.push_back(other);
    }
  }
  return g;
}

void check_path(const Path& p, EntityId from, EntityId to, PredicateMask mask) {
  REQUIRE(p.nodes.size() == p.edges.size() + 1);
  CHECK(p.nodes.front() == from);
  CHECK(p.nodes.back() == to);
  for (std::size_t i = 0; i < p.edges.size(); ++i) {
    const Edge& e = p.edges[i];
    bool joins = (e.subject == p.nodes[i] && e.object == p.nodes[i + 1]) ||
                 (e.object == p.nodes[i] && e.subject == p.nodes[i + 1]);
    CHECK(joins);
    CHECK((mask & predicate_bit(e.predicate)) != 0);
  }
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

}  // namespace

TEST_CASE("Snapshot paths are as short as the general search finds on skewed random graphs", "[core][snapshot]") {
  for (unsigned seed : {1u, 2u, 3u}) {
    VectorGraph g = skewed_graph(seed, 400, 2);
    auto snap = GraphSnapshot::build(g);
    REQUIRE_OK(snap);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<EntityId> pick(1, 400);
    const PredicateMask meets = predicate_bit(*parse_predicate("meets_with"));
    for (PredicateMask mask : {kAnyPredicate, meets}) {
      PathOptions options;
      options.predicates = mask;
      for (int i = 0; i < 150; ++i) {
        EntityId a = pick(rng), b = pick(rng);
        auto general = shortest_paths(g, a, b, options);
        auto fast = shortest_paths(*snap, a, b, options);
        REQUIRE_OK(general);
        REQUIRE_OK(fast);
        REQUIRE(general->size() == fast->size());
        if (fast->empty()) continue;
        CHECK((*fast)[0].edges.size() == (*general)[0].edges.size());
        check_path((*fast)[0], a, b, mask);
      }
    }
  }
}

TEST_CASE("Snapshot paths respect the maximum depth", "[core][snapshot]") {
  VectorGraph g;
  for (EntityId n = 1; n < 10; ++n) g.add(n, "meets_with", n + 1);
  auto snap = GraphSnapshot::build(g);
  REQUIRE_OK(snap);
  PathOptions options;
  options.max_depth = 8;
  CHECK(shortest_paths(*snap, 1, 10, options)->empty());
  options.max_depth = 9;
  REQUIRE(shortest_paths(*snap, 1, 10, options)->size() == 1);
  CHECK(shortest_paths(*snap, 1, 999, options)->empty());
  CHECK((*shortest_paths(*snap, 4, 4, options))[0].nodes == std::vector<EntityId>{4});
}

TEST_CASE("A saved snapshot maps back with the same edges, rows and stamp", "[core][snapshot]") {
  test::TempDir dir;
  VectorGraph g = skewed_graph(5, 200, 3);
  auto built = GraphSnapshot::build(g);
  REQUIRE_OK(built);
  REQUIRE_OK(built->save(dir.str("g.snapshot"), 42));
  auto mapped = GraphSnapshot::open(dir.str("g.snapshot"), g);
  REQUIRE_OK(mapped);
  CHECK(mapped->stamp() == 42);
  CHECK(mapped->edge_count() == built->edge_count());
  CHECK(mapped->entity_count() == built->entity_count());
  for (EntityId id = 0; id <= 201; ++id) {
    std::vector<Edge> a, b;
    REQUIRE_OK(built->edges_of(id, &a));
    REQUIRE_OK(mapped->edges_of(id, &b));
    CHECK(a == b);
    CHECK(built->degree_hint(id) == mapped->degree_hint(id));
  }
  auto p = shortest_paths(*mapped, 1, 200, PathOptions{});
  REQUIRE_OK(p);
  CHECK(p->size() == 1);
  CHECK(std::filesystem::directory_iterator(dir.path())->path().filename() == "g.snapshot");  // no temporary left
}

TEST_CASE("A truncated, damaged or foreign snapshot file is refused, not used", "[core][snapshot]") {
  test::TempDir dir;
  VectorGraph g = skewed_graph(9, 50, 2);
  auto built = GraphSnapshot::build(g);
  REQUIRE_OK(built);
  const std::string path = dir.str("g.snapshot");
  REQUIRE_OK(built->save(path, 1));
  const std::string good = test::read_file(path);

  CHECK(GraphSnapshot::open(dir.str("absent"), g).status().code() == StatusCode::kNotFound);

  write_file(path, good.substr(0, good.size() - 4));
  CHECK(GraphSnapshot::open(path, g).status().code() == StatusCode::kCorruption);
  write_file(path, good.substr(0, 20));
  CHECK(GraphSnapshot::open(path, g).status().code() == StatusCode::kCorruption);

  std::string bad = good;
  bad[0] = 'X';
  write_file(path, bad);
  CHECK(GraphSnapshot::open(path, g).status().code() == StatusCode::kCorruption);

  bad = good;
  bad[8] = 2;  // format version 2
  write_file(path, bad);
  auto r = GraphSnapshot::open(path, g);
  CHECK(r.status().code() == StatusCode::kNotSupported);
  CHECK(r.status().message().find("format 2") != std::string::npos);

  // Every byte after the header flipped in turn: open refuses or the snapshot stays usable.
  for (std::size_t at = 48; at < good.size(); at += 7) {
    bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    write_file(path, bad);
    auto opened = GraphSnapshot::open(path, g);
    if (!opened.ok()) {
      CHECK(opened.status().code() == StatusCode::kCorruption);
      continue;
    }
    for (EntityId a = 1; a <= 50; a += 7) (void)shortest_paths(*opened, a, 51 - a, PathOptions{});
  }
}
