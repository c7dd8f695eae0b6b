// The graph as the query algorithms see it: entities by numeric id and edges between them,
// independent of how a store lays them out. kg::Store implements GraphReader over its RocksDB
// indexes; tests implement it over a vector of edges.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "kg/core/schema.h"
#include "kg/core/status.h"

namespace kg {

// A store-wide entity number. 0 is never a valid id.
using EntityId = std::uint64_t;

class GraphSnapshot;

struct Edge {
  EntityId subject = 0;
  PredicateId predicate = 0;
  EntityId object = 0;
  std::uint64_t support = 0;  // how many documents (and curation facts) state it

  // The end that is not `from` (requires `from` to be one of the ends).
  EntityId other(EntityId from) const { return from == subject ? object : subject; }
  bool operator==(const Edge& o) const {
    return subject == o.subject && predicate == o.predicate && object == o.object;
  }
};

// A further test an edge must pass beside predicate and type masks (the CLI's dates and
// confidence, which need the edge's evidence). Empty: every edge passes.
using EdgeTest = std::function<bool(const Edge&)>;

// Read access to a graph. Implementations must be safe to call from one thread at a time;
// they report storage failures through Status, never by throwing.
class GraphReader {
 public:
  virtual ~GraphReader() = default;

  // Appends every edge with `id` as subject or object to `out` (a symmetric edge once).
  virtual Status edges_of(EntityId id, std::vector<Edge>* out) const = 0;
  // The type of an entity; NotFound when there is none with this id.
  virtual Result<EntityType> type_of(EntityId id) const = 0;
  // Calls `fn` once for every edge of the graph.
  virtual Status scan_edges(const std::function<void(const Edge&)>& fn) const = 0;
  // A cheap estimate of how much reading edges_of(id) costs (proportional to its edges), or 0
  // when the reader cannot tell. Searches use it to expand the lighter side first.
  virtual std::uint64_t degree_hint(EntityId /*id*/) const { return 0; }
  // The compressed-row copy of this graph when the reader has one (snapshot.h), else nullptr.
  // Searches use it to run on row numbers instead of calling edges_of.
  virtual const GraphSnapshot* snapshot() const { return nullptr; }
};

}  // namespace kg
