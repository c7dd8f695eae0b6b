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
  int depth = 1;                              // Default: 1. Hops from the start; must be >= 1.
  PredicateMask predicates = kAnyPredicate;   // Default: all. Only edges with these predicates.
  TypeMask types = kAnyType;                  // Default: all. Only report entities of these types
                                              // (the search still passes through others).
};

struct Reached {
  EntityId id = 0;
  int depth = 0;          // hops from the start
  EntityId parent = 0;    // the entity it was reached from
  Edge via;               // the edge between parent and id
};

// Entities within `depth` hops of `start`, nearest first (breadth-first order, ties by id).
// The start itself is not included.
Result<std::vector<Reached>> neighbors(const GraphReader& graph, EntityId start, const NeighborOptions& options);

struct PathOptions {
  int max_depth = 6;                          // Default: 6. Longest path considered, in hops.
  bool all = false;                           // Default: false. Every shortest path, not just one.
  std::size_t max_paths = 100;                // Default: 100. Cap on the paths returned with `all`.
  PredicateMask predicates = kAnyPredicate;   // Default: all.
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
  std::size_t top = 10;       // Default: 10.
  int iterations = 20;        // Default: 20 (Boost.Graph's default).
  double damping = 0.85;      // Default: 0.85.
};

// Degree and PageRank over the whole graph, computed with Boost.Graph (page_rank on a compressed
// sparse row graph; symmetric predicates count in both directions).
Result<Ranking> rank_entities(const GraphReader& graph, const RankOptions& options);

}  // namespace kg

namespace kg {

// An in-memory copy of a graph's edges for running many queries in a row: building it reads
// every edge once (GraphReader::scan_edges); afterwards edges_of is an array lookup. Types are
// still asked of the source, which must outlive the snapshot. Adjacency is kept as compressed
// rows (offsets into one array of edge numbers, both directions), 12 bytes per edge end.
class GraphSnapshot final : public GraphReader {
 public:
  static Result<GraphSnapshot> build(const GraphReader& source);

  Status edges_of(EntityId id, std::vector<Edge>* out) const override;
  Result<EntityType> type_of(EntityId id) const override { return source_->type_of(id); }
  Status scan_edges(const std::function<void(const Edge&)>& fn) const override;
  std::uint64_t degree_hint(EntityId id) const override;
  std::size_t edge_count() const { return edges_.size(); }

 private:
  const GraphReader* source_ = nullptr;
  std::vector<Edge> edges_;
  // Row of an entity id: a direct table when ids are dense (stores number 1, 2, 3, …),
  // else a binary search in ids_.
  std::size_t row(EntityId id) const;
  static constexpr std::uint32_t kNoRow = UINT32_MAX;
  std::vector<EntityId> ids_;             // sorted entity ids with edges
  std::vector<std::uint32_t> row_of_;     // id → row, kNoRow for ids without edges; empty if sparse
  std::vector<std::uint64_t> offsets_;    // ids_.size() + 1 row starts into incident_
  std::vector<std::uint32_t> incident_;   // edge numbers, grouped by entity
};

}  // namespace kg
