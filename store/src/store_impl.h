// Private to kg_store: the state of an open Store (Store::Impl), the column families, and the
// helpers every part of the store uses. The parts: store_open.cpp (open, create, the format),
// store_load.cpp (staging and loading groups), store_curation.cpp (forget, merge, alias),
// store_read.cpp (lookups, records, scans), store_check.cpp (Store::check).
#pragma once
#include "kg/store/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <simdjson.h>

#include "info_log.h"
#include "keys.h"
#include "kg/core/identity.h"
#include "kg/core/json_text.h"
#include "kg/core/parallel.h"
#include "kg/core/snapshot.h"
#include "kg/core/text.h"
#include "merge_operator.h"
#include "writer_lock.h"

namespace kg {

using nlohmann::json;
using store_internal::WriterLock;

namespace store_internal {

// RocksDB's messages may span lines; an error is one line.
inline std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

// The one place where rocksdb::Status becomes kg::Status.
inline Status from_rocksdb(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::Ok();
  std::string msg = one_line(std::string(context) + ": " + s.ToString());
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsBusy() || s.IsTimedOut() || s.IsTryAgain()) return Status::Busy(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsInvalidArgument()) return Status::Corruption(msg);
  return Status::IOError(msg);
}

#define KG_RETURN_IF_ROCKS(expr, context)               \
  do {                                                  \
    rocksdb::Status rs_ = (expr);                       \
    if (!rs_.ok()) return from_rocksdb(rs_, (context)); \
  } while (false)

inline constexpr std::string_view kFamilies[] = {
    "default",  keys::kMeta, keys::kEntities, keys::kNames,     keys::kAliases, keys::kSupport, keys::kSpo,
    keys::kPos, keys::kOsp,  keys::kEvidence, keys::kDocuments, keys::kSources, keys::kCuration};

enum Family : std::size_t {
  kDefault,
  kMeta,
  kEntities,
  kNames,
  kAliases,
  kSupport,
  kSpo,
  kPos,
  kOsp,
  kEvidence,
  kDocuments,
  kSources,
  kCuration,
  kFamilyCount
};

inline bool is_counter_family(std::size_t f) {
  return f == kAliases || f == kSupport || f == kSpo || f == kPos || f == kOsp;
}

inline bool starts_with(const rocksdb::Slice& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::string_view(s.data(), prefix.size()) == prefix;
}

inline std::string type_byte(EntityType t) { return std::string(1, static_cast<char>(t)); }

inline Result<EntityType> decode_type(std::string_view code) {
  if (auto t = parse_entity_type(code)) return *t;
  return Status::Corruption("unknown entity type \"" + std::string(code) + "\" in the store");
}

}  // namespace store_internal

using namespace store_internal;

struct Store::Impl {
  std::string path;
  StoreOptions options;
  rocksdb::DBOptions db_options;
  std::vector<rocksdb::ColumnFamilyOptions> cf_options;  // one per Family
  std::unique_ptr<rocksdb::Env> memory_env;              // only for a database still being created (empty)
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;
  std::optional<WriterLock> lock;
  EntityId next_entity = 1;
  std::uint64_t next_document = 1;
  std::uint64_t generation = 0;  // meta "generation": bumped by every write (keys.h)
  const Store* owner = nullptr;
  // Read-only stores: the graph image, mapped on first use when it is current.
  mutable std::optional<GraphSnapshot> image;
  mutable bool image_tried = false;

  std::string image_path() const { return (std::filesystem::path(path) / keys::kGraphImageFile).string(); }

  const GraphSnapshot* graph_image() const {
    if (lock || !options.graph_image) return nullptr;
    if (!image_tried) {
      image_tried = true;
      // A missing, stale or damaged image only costs speed: queries read RocksDB instead.
      auto r = GraphSnapshot::open(image_path(), *owner);
      if (r.ok() && r->stamp() == generation) image.emplace(std::move(*r));
    }
    return image ? &*image : nullptr;
  }

  // The value of the generation key for the write being prepared.
  std::string bump_generation() { return keys::id_key(++generation); }
  // name key (norm ‖ kind) → [(id, type)] for names read or written by this writer; only the
  // writer caches, since it is the only one who changes names.
  std::unordered_map<std::string, std::vector<std::pair<EntityId, EntityType>>> name_cache;
  std::vector<std::pair<EntityId, EntityType>> scratch_names;  // names() of a reader
  // Read-only stores only: one reusable iterator per column family (see scan_prefix).
  mutable std::array<std::unique_ptr<rocksdb::Iterator>, kFamilyCount> cached_iters;

  ~Impl() {
    for (auto& it : cached_iters) it.reset();  // iterators must go before the database
    if (db) {
      // A writer flushes its memtables so that readers open from table files instead of
      // replaying the log (a read-only open replays the whole log on every command).
      if (lock) (void)db->Flush(rocksdb::FlushOptions(), cf);
      for (auto* h : cf)
        if (h) (void)db->DestroyColumnFamilyHandle(h);
      (void)db->Close();
    }
  }

  rocksdb::ColumnFamilyHandle* h(Family f) const { return cf[f]; }

  rocksdb::WriteOptions write_options() const {
    rocksdb::WriteOptions w;
    w.sync = options.sync;
    return w;
  }

  Status get(Family f, std::string_view key, std::string* value, bool* found) const {
    rocksdb::Status s = db->Get(rocksdb::ReadOptions(), h(f), key, value);
    *found = s.ok();
    if (s.IsNotFound()) return Status::Ok();
    return from_rocksdb(s, "read");
  }

  std::int64_t counter_value(Family f, std::string_view key, Status* st) const {
    std::string v;
    bool found = false;
    *st = get(f, key, &v, &found);
    return found ? keys::decode_counter(v) : 0;
  }

  std::unique_ptr<rocksdb::Iterator> iter(Family f) const {
    return std::unique_ptr<rocksdb::Iterator>(db->NewIterator(rocksdb::ReadOptions(), h(f)));
  }

  // Calls fn(key, value) for every key of `f` starting with `prefix`; fn returns false to stop.
  // A read-only store sees a fixed database, so it keeps one iterator per column family and
  // re-seeks it: creating an iterator costs more than a short prefix scan.
  template <typename Fn>
  Status scan_prefix(Family f, std::string_view prefix, Fn fn) const {
    std::unique_ptr<rocksdb::Iterator> owned;
    rocksdb::Iterator* it = nullptr;
    if (lock) {
      owned = iter(f);
      it = owned.get();
    } else {
      if (!cached_iters[f]) cached_iters[f] = iter(f);
      it = cached_iters[f].get();
    }
    for (it->Seek(prefix); it->Valid() && starts_with(it->key(), prefix); it->Next()) {
      if (!fn(it->key().ToStringView(), it->value().ToStringView())) break;
    }
    return from_rocksdb(it->status(), "scan");
  }

  // The entity `id` now stands for, following merges.
  Result<EntityId> redirect(EntityId id) const {
    for (int hops = 0; hops < 64; ++hops) {
      std::string v;
      bool found = false;
      KG_RETURN_IF_ERROR(get(kCuration, keys::merged_key(id), &v, &found));
      if (!found) return id;
      if (v.size() != 8) return Status::Corruption("bad merge record of entity #" + std::to_string(id));
      id = keys::get_u64(v);
    }
    return Status::Corruption("merge records form a cycle");
  }

  using NameList = std::vector<std::pair<EntityId, EntityType>>;

  // Entities whose name index holds `norm` with `kind`. The list stays valid until the next call
  // (the writer serves it from its cache, a reader from a scratch list).
  Result<const NameList*> names(std::string_view norm, char kind) {
    std::string cache_key(norm);
    cache_key.push_back(kind);
    if (lock) {
      if (auto it = name_cache.find(cache_key); it != name_cache.end()) return &it->second;
    }
    NameList out;
    std::string prefix = keys::name_prefix(norm);
    prefix.push_back(kind);
    KG_RETURN_IF_ERROR(scan_prefix(kNames, prefix, [&](std::string_view k, std::string_view v) {
      if (k.size() == prefix.size() + 8 && v.size() == 1) {
        out.emplace_back(keys::get_u64(k.substr(prefix.size())), static_cast<EntityType>(v[0]));
      }
      return true;
    }));
    if (!lock) {
      scratch_names = std::move(out);
      return &scratch_names;
    }
    if (name_cache.size() > (1u << 20)) name_cache.clear();
    return &(name_cache[cache_key] = std::move(out));
  }

  // The entity an identity key (core/identity.h) names and the name it shows, from the names
  // family's identity rows (keys.h); id 0 when none. The writer caches them.
  struct Identity {
    EntityId id = 0;
    std::string shown;
  };
  std::unordered_map<std::string, Identity> identity_cache;
  Result<Identity> identity(const std::string& key) {
    if (lock) {
      if (auto it = identity_cache.find(key); it != identity_cache.end()) return it->second;
    }
    Identity out;
    std::string prefix = keys::name_prefix(key);
    prefix.push_back(keys::kIdentityKind);
    KG_RETURN_IF_ERROR(scan_prefix(kNames, prefix, [&](std::string_view k, std::string_view v) {
      if (k.size() != prefix.size() + 8 || v.empty()) return true;
      out.id = keys::get_u64(k.substr(prefix.size()));
      out.shown = std::string(v.substr(1));
      return false;
    }));
    if (lock) {
      if (identity_cache.size() > (1u << 20)) identity_cache.clear();
      identity_cache[key] = out;
    }
    return out;
  }

  void cache_name(std::string_view norm, char kind, EntityId id, EntityType type) {
    std::string cache_key(norm);
    cache_key.push_back(kind);
    auto it = name_cache.find(cache_key);
    if (it == name_cache.end()) return;  // read through on next use
    for (const auto& p : it->second)
      if (p.first == id) return;
    it->second.emplace_back(id, type);
  }

  Result<json> read_json(Family f, std::string_view key, bool* found) const {
    std::string v;
    KG_RETURN_IF_ERROR(get(f, key, &v, found));
    if (!*found) return json();
    json j = json::parse(v, nullptr, false);
    if (j.is_discarded()) return Status::Corruption("unreadable record in column family " + std::string(kFamilies[f]));
    return j;
  }

  Status put_meta_counters(rocksdb::WriteBatch* batch) {
    KG_RETURN_IF_ROCKS(batch->Put(h(kMeta), keys::kNextEntityKey, keys::id_key(next_entity)), "write");
    KG_RETURN_IF_ROCKS(batch->Put(h(kMeta), keys::kNextDocumentKey, keys::id_key(next_document)), "write");
    KG_RETURN_IF_ROCKS(batch->Put(h(kMeta), keys::kGenerationKey, bump_generation()), "write");
    return Status::Ok();
  }

  Status write(rocksdb::WriteBatch* batch) {
    return from_rocksdb(db->Write(write_options(), batch), "write to " + path);
  }

  Status require_writer() const {
    if (!lock) return Status::NotSupported("the database was opened read-only");
    return Status::Ok();
  }

  Status put_edge_counters(rocksdb::WriteBatch* b, const Edge& e, std::int64_t delta) {
    std::string v = keys::counter(delta);
    KG_RETURN_IF_ROCKS(b->Merge(h(kSpo), keys::spo_key(e.subject, e.predicate, e.object), v), "write");
    KG_RETURN_IF_ROCKS(b->Merge(h(kPos), keys::pos_key(e.subject, e.predicate, e.object), v), "write");
    KG_RETURN_IF_ROCKS(b->Merge(h(kOsp), keys::osp_key(e.subject, e.predicate, e.object), v), "write");
    return Status::Ok();
  }

  Status delete_edge(rocksdb::WriteBatch* b, const Edge& e) {
    KG_RETURN_IF_ROCKS(b->Delete(h(kSpo), keys::spo_key(e.subject, e.predicate, e.object)), "write");
    KG_RETURN_IF_ROCKS(b->Delete(h(kPos), keys::pos_key(e.subject, e.predicate, e.object)), "write");
    KG_RETURN_IF_ROCKS(b->Delete(h(kOsp), keys::osp_key(e.subject, e.predicate, e.object)), "write");
    return Status::Ok();
  }

  // Alias surfaces of `id` with their counts.
  Result<std::vector<std::pair<std::string, std::int64_t>>> aliases_of(EntityId id) const {
    std::vector<std::pair<std::string, std::int64_t>> out;
    KG_RETURN_IF_ERROR(scan_prefix(kAliases, keys::id_key(id), [&](std::string_view k, std::string_view v) {
      out.emplace_back(std::string(k.substr(8)), keys::decode_counter(v));
      return true;
    }));
    return out;
  }

  // Source and date of a document by id, cached: the evidence of a much-reported fact names
  // thousands of documents, and pictures and exports ask for many facts.
  mutable std::unordered_map<std::string, std::pair<std::string, std::string>> source_date_cache;
  Result<std::pair<std::string, std::string>> source_and_date(const std::string& doc) const {
    if (auto it = source_date_cache.find(doc); it != source_date_cache.end()) return it->second;
    std::string v;
    bool found = false;
    KG_RETURN_IF_ERROR(get(kDocuments, doc, &v, &found));
    std::pair<std::string, std::string> sd;
    if (found) {
      thread_local simdjson::dom::parser parser;
      simdjson::dom::object obj;
      if (parser.parse(v.data(), v.size()).get_object().get(obj) != simdjson::SUCCESS) {
        return Status::Corruption("unreadable document record of " + doc);
      }
      std::string_view text;
      if (obj["source"].get_string().get(text) == simdjson::SUCCESS) sd.first = text;
      if (obj["date"].get_string().get(text) == simdjson::SUCCESS) sd.second = text;
    }
    if (source_date_cache.size() > (1u << 20)) source_date_cache.clear();
    if (found && !lock) source_date_cache.emplace(doc, sd);  // a writer may still forget it
    return sd;
  }

  class Staging;
  struct Group;
  Status stage(const Document& doc, Staging& out, Group& group, LoadStats* stats);
  Status upgrade_from_version_1();
  class Unmerging;  // store_merge.cpp
  // Curation (store_merge.cpp): an entity's curation record ({"merged":[…],"aliases":[…]}), the
  // next free evidence sequence of (edge, document), the ids that stand for `target` through merges.
  Result<json> curation_of(EntityId id) const;
  Result<std::uint32_t> free_evidence_seq(const Edge& e, std::uint64_t doc,
                                          std::map<std::string, std::uint32_t>* next) const;
  Result<std::map<EntityId, EntityId>> redirects() const;
  static std::set<EntityId> merged_into(const std::map<EntityId, EntityId>& redirects, EntityId target);
  Result<std::set<std::uint64_t>> evidence_documents(const Edge& e) const;
  static std::vector<std::string> identities_in(EntityType type, const std::string& name, const json& attributes,
                                                const json& curated);
  // Appends a curation command to the log ('l' ‖ seq), numbered among loads.
  Status log_curation(rocksdb::WriteBatch* batch, const json& entry) {
    std::string log_key(1, keys::kLogPrefix);
    keys::put_u64(&log_key, next_document++);
    KG_RETURN_IF_ROCKS(batch->Put(h(kCuration), log_key, entry.dump()), "write");
    return Status::Ok();
  }
  // Name rows (keys) this writer has written: a name seen in many documents is written once, not
  // once per document (sorting repeated rows was a third of a bulk load).
  std::unordered_set<std::string> names_written;
  // After a curation or a failed write: names and identities may have moved.
  void forget_caches() {
    name_cache.clear();
    identity_cache.clear();
    names_written.clear();
  }
  Status collect_edges(EntityId id, std::vector<Edge>* out) const;
};

}  // namespace kg
