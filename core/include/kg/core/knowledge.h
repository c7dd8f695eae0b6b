// What a graph knows beyond its edges: entities with their names, the sentences behind every
// edge, and the documents they came from. kg::Store implements KnowledgeReader over RocksDB;
// export/ writes any KnowledgeReader, so it needs no store.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/core/document.h"
#include "kg/core/graph.h"

namespace kg {

struct StoredEntity {
  EntityId id = 0;
  std::string name;  // canonical name: the best spelling of its identity (core/identity.h)
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;  // other names it was seen or curated with, sorted
  nlohmann::json attributes = nlohmann::json::object();
  std::uint64_t support = 0;  // documents that mention it (curation keeps an entity, it adds none)
};

struct StoredEvidence {
  std::string document;               // document id
  std::uint64_t document_number = 0;  // the store's number for the document (load order), 0 if unknown
  std::string source;                 // the document's source
  std::string date;                   // the document's date, possibly empty
  Span span;                          // the sentence's byte span in the document
  std::string sentence;
  double confidence = 1.0;
  nlohmann::json attributes = nlohmann::json::object();  // e.g. {"role": "Präsident"}
  std::string rule;
};

struct DocumentInfo {
  std::string id;
  std::uint64_t number = 0;  // the store's number for it (load order)
  std::string source;
  std::string date;
  std::string lang;
  std::uint64_t entities = 0;   // entities the document mentions
  std::uint64_t relations = 0;  // distinct edges it states
};

class KnowledgeReader : public GraphReader {
 public:
  // NotFound when there is no entity with this id.
  virtual Result<StoredEntity> entity(EntityId id) const = 0;
  // Calls `fn` for every entity in id order; stops early when `fn` returns false.
  virtual Status scan_entities(const std::function<bool(const StoredEntity&)>& fn) const = 0;
  // The sentences behind an edge (either direction of a symmetric one), in document load order.
  // With `details` false only the first record is read in full; the others carry their
  // document (id and number) and attributes: what a summary of the fact needs, and much faster
  // for facts that thousands of documents state.
  virtual Result<std::vector<StoredEvidence>> evidence(const Edge& edge, bool details = true) const = 0;
  // Calls `fn` once for every edge with all its evidence, in (subject, predicate, object) order,
  // holding only one edge's evidence at a time: the way to stream a whole graph. `details` as
  // for evidence().
  virtual Status scan_facts(const std::function<void(const Edge&, std::span<const StoredEvidence>)>& fn,
                            bool details = true) const = 0;
  // Every stored document, in load order.
  virtual Result<std::vector<DocumentInfo>> documents() const = 0;
};

// A test of single sentences (their document's date, their confidence). Empty: every one passes.
using SentenceTest = std::function<bool(const StoredEvidence&)>;

// The edge test a sentence test gives: an edge passes when one of its sentences does, read in full
// from `graph` (without details only the first carries its date and confidence); `graph` must
// outlive the test. Empty when `keep` is.
inline EdgeTest edges_with_sentence(const KnowledgeReader& graph, SentenceTest keep) {
  if (!keep) return {};
  return [&graph, keep = std::move(keep)](const Edge& edge) {
    auto evidence = graph.evidence(edge);
    return evidence.ok() && std::any_of(evidence->begin(), evidence->end(), keep);
  };
}

}  // namespace kg
