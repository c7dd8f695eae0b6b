// Graph queries behind `kg neighbors`, `kg path`, `kg why` and `kg stats`.
//
// Every query works on a GraphReader and treats the graph as undirected for reachability (a
// connection is a connection whichever way the predicate points); edges keep their direction in
// the results. Queries on a store touch only the neighbourhoods they expand, so their cost
// depends on the degrees met, not on the size of the graph; ranking reads the whole graph.
#pragma once

#include <cstddef>
#include <vector>

#include "kg/core/graph.h"

namespace kg {

struct NeighborOptions {
  int depth = 1;                             // Default: 1. Hops from the start; must be >= 1.
  PredicateMask predicates = kAnyPredicate;  // Default: all. Only edges with these predicates.
  TypeMask types = kAnyType;                 // Default: all. Only report entities of these types
                                             // (the search still passes through others).
  EdgeTest keep{};                           // Default: none. Only edges that pass it.
};

struct Reached {
  EntityId id = 0;
  int depth = 0;        // hops from the start
  EntityId parent = 0;  // the entity it was reached from
  Edge via;             // the edge between parent and id
};

// Entities within `depth` hops of `start`, nearest first (breadth-first order, ties by id).
// The start itself is not included.
Result<std::vector<Reached>> neighbors(const GraphReader& graph, EntityId start, const NeighborOptions& options);

struct PathOptions {
  int max_depth = 6;                         // Default: 6. Longest path considered, in hops.
  bool all = false;                          // Default: false. Every shortest path, not just one.
  std::size_t max_paths = 100;               // Default: 100. Cap on the paths returned with `all`.
  PredicateMask predicates = kAnyPredicate;  // Default: all.
  EdgeTest keep{};                           // Default: none. Only edges that pass it.
};

struct Path {
  std::vector<EntityId> nodes;  // from ... to; nodes.size() == edges.size() + 1
  std::vector<Edge> edges;      // edges[i] joins nodes[i] and nodes[i + 1]
};

// Shortest connections between `from` and `to` (bidirectional breadth-first search). Empty when
// they are not connected within max_depth hops. from == to gives one path of length zero.
Result<std::vector<Path>> shortest_paths(const GraphReader& graph, EntityId from, EntityId to,
                                         const PathOptions& options);

// Every edge that joins `a` and `b` directly, in either direction.
Result<std::vector<Edge>> direct_edges(const GraphReader& graph, EntityId a, EntityId b);

struct RankedEntity {
  EntityId id = 0;
  double score = 0;  // degree (edges) or PageRank
};

struct Ranking {
  std::size_t entities = 0;  // entities with at least one edge
  std::size_t edges = 0;
  std::vector<RankedEntity> by_degree;    // top entities, highest first, ties by id
  std::vector<RankedEntity> by_pagerank;  // top entities, highest first, ties by id
};

struct RankOptions {
  std::size_t top = 10;   // Default: 10.
  int iterations = 20;    // Default: 20 (Boost.Graph's default).
  double damping = 0.85;  // Default: 0.85.
};

// Degree and PageRank over the whole graph, computed with Boost.Graph (page_rank on a compressed
// sparse row graph; symmetric predicates count in both directions). PageRank scores sum to 1
// over the entities with an edge; unlike networkx, an entity without outgoing arcs (the object
// of held_in, say) passes nothing on instead of spreading its rank over all, so values differ
// from networkx's where such entities hold rank.
Result<Ranking> rank_entities(const GraphReader& graph, const RankOptions& options);

}  // namespace kg
