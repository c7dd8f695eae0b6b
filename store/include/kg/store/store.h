// kg::Store: the knowledge graph kept in RocksDB.
//
// A Store merges document objects into one graph and reads it back. It knows nothing about
// language: entities arrive already extracted, and the store only decides which stored entity a
// document's entity is: the one with the same identity key (core/identity.h) — a person's full
// name, an organisation's or place's canonical name, an event's kind, organiser or place, and
// year — or the one a curated alias or merge names so.
//
// Writers and readers. A Store opened for writing holds the database's writer lock (a lock file
// inside the database folder) until it is destroyed; a second writer, in this or another process,
// gets a Busy status naming the holder's pid. Stores opened read-only take no lock and see the
// database as it was when they were opened, so reads keep working while a load runs.
//
// Atomicity. Every write operation (load of one document, forget, merge, alias) is one RocksDB
// WriteBatch: after a crash it is either fully present or fully absent.
//
// Thread safety: one Store may be used by one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/core/document.h"
#include "kg/core/graph.h"
#include "kg/core/knowledge.h"
#include "kg/core/status.h"

namespace kg {

struct StoreOptions {
  bool read_only = false;   // Default: false. Open for reading only; takes no lock.
  bool sync = false;        // Default: false. fsync the log on every write (survives power loss,
                            // not just a killed process).
  bool graph_image = true;  // Default: true. A read-only store answers edges_of, scan_edges,
                            // degree_hint and shortest paths from the graph image when it is
                            // current (write_graph_image); false always reads RocksDB.
};

struct LoadStats {
  bool already_loaded = false;  // the document id was present: nothing changed
  std::uint64_t entities_created = 0;
  std::uint64_t entities_joined = 0;  // document entities that joined a stored entity
  std::uint64_t relations = 0;        // distinct edges the document states
};

// A curation fact of an entity: another entity merged into it (its id before the merge and its
// name), or an alias added by hand (id 0).
struct CurationFact {
  enum class Kind { kMerged, kAlias } kind = Kind::kMerged;
  EntityId id = 0;
  std::string name;
};

struct ForgetStats {
  std::vector<std::string> documents;  // ids of the documents forgotten
  std::uint64_t entities_removed = 0;
  std::uint64_t edges_removed = 0;
  std::uint64_t edges_weakened = 0;  // edges that remain, supported by fewer documents
};

struct GraphCounts {
  std::uint64_t documents = 0;
  std::uint64_t entities = 0;
  std::uint64_t edges = 0;
  std::uint64_t evidence = 0;
  std::vector<std::pair<EntityType, std::uint64_t>> entities_by_type;     // registry order
  std::vector<std::pair<PredicateId, std::uint64_t>> edges_by_predicate;  // registry order
};

class Store final : public KnowledgeReader {
 public:
  // Opens (a writer creates when missing) the database in folder `path`.
  // Errors: Busy when another writer holds it; NotFound when a reader finds no database;
  // Corruption when the folder holds something else or a format version this kg does not read.
  static Result<std::unique_ptr<Store>> open(const std::string& path, const StoreOptions& options);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The on-disk format version this build writes and reads.
  static constexpr int kFormatVersion = 2;

  // --- writes (require a writable store) ---

  // Merges a validated document into the graph in one batch. Loading a document whose id is
  // already stored changes nothing (already_loaded).
  Result<LoadStats> load(const Document& doc);
  // Loads several documents as one atomic step: after a crash all of them are present or none.
  // Groups of kIngestThreshold relations or more are written as sorted table files and ingested
  // (RocksDB IngestExternalFiles across all column families), which bypasses the memtables and is
  // many times faster than write batches; smaller groups go through one WriteBatch. Returns one
  // LoadStats per document, in order.
  Result<std::vector<LoadStats>> load_group(std::span<const Document> docs);
  static constexpr std::size_t kIngestThreshold = 1000;
  // Compacts every column family into its final form: merge operands become plain counters and
  // table files stop overlapping, so reads touch fewer files. Worth it after a large load.
  Status compact();
  // Writes the graph image: every edge as compressed rows (kg::GraphSnapshot) in a file inside
  // the database folder, stamped with the database's generation. Read-only stores opened later
  // map it instead of seeking RocksDB for every neighbourhood, and start answering path and
  // ranking questions without reading the edges. Every write makes the image stale, and a stale,
  // missing or damaged image is simply not used, so a crash between a write and this call costs
  // speed only. Write commands call it after their last change; it reads every edge once.
  Status write_graph_image();
  // Whether the graph image exists and shows the database as it is now. Corruption when the
  // file is damaged.
  Result<bool> graph_image_current() const;
  // Removes every document whose id or source equals `id_or_source`, and every fact, alias and
  // entity that only they supported; edges other documents support stay with lower counts.
  // NotFound when nothing matches.
  Result<ForgetStats> forget(std::string_view id_or_source);
  // Curation: `from` becomes part of `into` (its names become aliases of `into`, its edges and
  // every evidence sentence move). Stored as a curation fact: later documents naming `from` join
  // `into`, and the merged entity survives `forget` of every document. Both must exist and share
  // a type. Support stays a count of documents (one that mentions both counts once).
  Status merge(EntityId from, EntityId into);
  // Undoes the merge of `from` (its id before the merge): the entity comes back with the names,
  // edges and evidence that documents loaded before the merge gave it; returns the entity it had
  // been merged into. NotFound when `from` was not merged.
  Result<EntityId> unmerge(EntityId from);
  // Curation: `alias` becomes a name of `id`, found by lookups and joined by later loads; it
  // survives `forget` of every document.
  Status add_alias(EntityId id, std::string_view alias);
  // Removes the name `alias` of `id` (curated or extracted), and with it the identity later
  // documents would join on. NotFound when `id` has no such alias; InvalidArgument for its
  // canonical name.
  Status remove_alias(EntityId id, std::string_view alias);
  // The curation facts of an entity: the entities merged into it and the aliases added by hand.
  Result<std::vector<CurationFact>> curation(EntityId id) const;

  // --- reads ---

  // The entity named `name` (case- and diacritics-insensitive; canonical names and aliases), or
  // "#ID" for an id. A single word that is the surname of exactly one person also matches; failing
  // all of these, a person whose name holds the words in order ("Xi", "Van der Bellen", "George
  // Bush" for "George W. Bush"), found by a scan of the entities.
  // NotFound (with up to three "did you mean" suggestions in the message) when nothing matches;
  // InvalidArgument listing the candidates when several entities carry the name.
  Result<EntityId> resolve(std::string_view name) const;
  // Every entity whose normalised name or alias equals the normalisation of `name`.
  Result<std::vector<EntityId>> lookup(std::string_view name) const;
  // Up to `max` stored names closest to `name` (edit distance), closest first.
  Result<std::vector<std::string>> suggest(std::string_view name, std::size_t max) const;
  Result<GraphCounts> counts() const;
  // Documents, entities and relations alone, as counts() gives them, from the keys only (what a
  // load's summary needs after a large load; counts() also reads every evidence record).
  Result<GraphCounts> totals() const;
  // Verifies that every stored document is complete (its entities, edges in all three orders and
  // evidence are present) and that the edge indexes agree. Corruption names the first problem.
  // `progress`, when given, is called with the number of documents verified so far, every 1,000.
  Status check(const std::function<void(std::uint64_t)>& progress = {}) const;

  // KnowledgeReader
  Result<StoredEntity> entity(EntityId id) const override;
  Status scan_entities(const std::function<bool(const StoredEntity&)>& fn) const override;
  Result<std::vector<StoredEvidence>> evidence(const Edge& edge, bool details = true) const override;
  // Reads the evidence family in key order beside the spo family (both ordered by edge).
  Status scan_facts(const std::function<void(const Edge&, std::span<const StoredEvidence>)>& fn,
                    bool details = true) const override;
  Result<std::vector<DocumentInfo>> documents() const override;
  // The stored documents that mention one of `ids` (all documents when empty), in load order.
  // Document records keep the ids of their load: to find an entity's documents, pass its id and
  // the ids merged into it (curation()).
  Result<std::vector<DocumentInfo>> documents_mentioning(const std::vector<EntityId>& ids) const;

  // GraphReader
  Status edges_of(EntityId id, std::vector<Edge>* out) const override;
  Result<EntityType> type_of(EntityId id) const override;
  Status scan_edges(const std::function<void(const Edge&)>& fn) const override;
  // The sum of the supports of the entity's edges (kept as a counter beside its support).
  // With a current graph image the exact number of edges.
  std::uint64_t degree_hint(EntityId id) const override;
  // The mapped graph image of a read-only store when it is current, else nullptr.
  const GraphSnapshot* snapshot() const override;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
