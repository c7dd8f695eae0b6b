// VectorGraph: a GraphReader over a vector of edges, for testing the query algorithms and
// snapshots without a store.
#pragma once

#include <map>
#include <vector>

#include "kg/core/graph.h"

namespace kg::test {

class VectorGraph final : public GraphReader {
 public:
  void add(EntityId s, const char* p, EntityId o, EntityType ts = EntityType::kPerson,
           EntityType to = EntityType::kPerson) {
    edges_.push_back(Edge{s, *parse_predicate(p), o, 1});
    types_[s] = ts;
    types_[o] = to;
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
  std::vector<Edge> edges_;
  std::map<EntityId, EntityType> types_;
};

}  // namespace kg::test
