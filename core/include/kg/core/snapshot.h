// kg::GraphSnapshot: a graph's adjacency as compressed rows, for answering many questions fast.
//
// Built from any GraphReader by reading every edge once, or mapped from a file that an earlier
// build saved (a store keeps one beside its database, the "graph image", so that read commands
// start without reading the edges). Once built or mapped, edges_of is an array lookup and
// shortest_path runs a breadth-first search on dense row numbers with no allocation per node.
//
// The file format (version 1) is written down in snapshot.cpp beside the code that reads it.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "kg/core/graph.h"
#include "kg/core/query.h"

namespace kg {

class GraphSnapshot final : public GraphReader {
 public:
  // Reads every edge of `source` (GraphReader::scan_edges). Types are still asked of `source`,
  // which must outlive the snapshot.
  static Result<GraphSnapshot> build(const GraphReader& source);

  // Maps a file written by save(). Types are asked of `types`, which must outlive the snapshot.
  // NotFound when there is no file; NotSupported for another format version or byte order;
  // Corruption when the file is truncated or inconsistent (checked on open, so a damaged file
  // never crashes a query).
  static Result<GraphSnapshot> open(const std::string& path, const GraphReader& types);

  // Writes the snapshot to `path` through a temporary file and a rename, so readers see the old
  // file or the new one, never half of one. `stamp` names the state of the graph it shows (a
  // store passes its generation counter); open() returns it through stamp().
  Status save(const std::string& path, std::uint64_t stamp) const;

  GraphSnapshot(GraphSnapshot&&) noexcept;
  GraphSnapshot& operator=(GraphSnapshot&&) noexcept;
  ~GraphSnapshot() override;

  // GraphReader. edges_of lists an entity's edges as a store does: those it is the subject of
  // (by predicate, object), then those it is the object of (by subject, predicate).
  Status edges_of(EntityId id, std::vector<Edge>* out) const override;
  Result<EntityType> type_of(EntityId id) const override { return types_->type_of(id); }
  Status scan_edges(const std::function<void(const Edge&)>& fn) const override;
  std::uint64_t degree_hint(EntityId id) const override;  // the exact number of edges
  const GraphSnapshot* snapshot() const override { return this; }

  // One shortest path from `from` to `to` of at most max_depth hops over edges whose predicate
  // is in `predicates`, or none (an empty vector). Bidirectional breadth-first search that
  // grows the side whose frontier has fewer edges. kg::shortest_paths calls this for single
  // paths on a snapshot.
  std::vector<Path> shortest_path(EntityId from, EntityId to, int max_depth, PredicateMask predicates) const;

  std::size_t edge_count() const { return edges_.size(); }
  std::size_t entity_count() const { return ids_.size(); }  // entities with at least one edge
  std::uint64_t stamp() const { return stamp_; }

  // The layout of one edge in memory and in the file. Support counts above 2^32-1 are clamped.
  struct PackedEdge {
    std::uint64_t subject;
    std::uint64_t object;
    std::uint32_t support;
    std::uint8_t predicate;
    std::uint8_t pad[3];
  };

 private:
  GraphSnapshot() = default;
  struct Storage;  // owns the arrays: vectors for a build, a mapping for open()
  struct Scratch;  // per-search marks, allocated on first use
  static constexpr std::uint32_t kNoRow = UINT32_MAX;
  std::uint32_t row(EntityId id) const;
  Edge edge(std::uint32_t i) const;
  void point_at_storage();

  const GraphReader* types_ = nullptr;
  std::uint64_t stamp_ = 0;
  std::unique_ptr<Storage> storage_;
  mutable std::unique_ptr<Scratch> scratch_;
  std::span<const EntityId> ids_;            // sorted ids of the entities with edges (row → id)
  std::span<const std::uint64_t> offsets_;   // ids_.size() + 1 row starts into incident_/neighbor_
  std::span<const std::uint32_t> incident_;  // edge numbers, grouped by row
  std::span<const std::uint32_t> neighbor_;  // the row at the other end of incident_[i]
  std::span<const PackedEdge> edges_;        // sorted by (subject, predicate, object)
  std::span<const std::uint32_t> row_of_;    // id → row (kNoRow if none) when ids are dense, else empty
};

}  // namespace kg
