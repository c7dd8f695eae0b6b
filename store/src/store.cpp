#include "kg/store/store.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <simdjson.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include "info_log.h"
#include "keys.h"
#include "kg/core/parallel.h"
#include "kg/core/snapshot.h"
#include "kg/core/text.h"
#include "merge_operator.h"
#include "writer_lock.h"

namespace kg {

using nlohmann::json;
using store_internal::WriterLock;

namespace {

// RocksDB's messages may span lines; an error is one line.
std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  return text;
}

// The one place where rocksdb::Status becomes kg::Status.
Status from_rocksdb(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::Ok();
  std::string msg = one_line(std::string(context) + ": " + s.ToString());
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsBusy() || s.IsTimedOut() || s.IsTryAgain()) return Status::Busy(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsInvalidArgument()) return Status::Corruption(msg);
  return Status::IOError(msg);
}

#define KG_RETURN_IF_ROCKS(expr, context)                  \
  do {                                                     \
    rocksdb::Status rs_ = (expr);                          \
    if (!rs_.ok()) return from_rocksdb(rs_, (context));    \
  } while (false)

constexpr std::string_view kFamilies[] = {
    "default", keys::kMeta,     keys::kEntities, keys::kNames,
    keys::kAliases,                    keys::kSupport,  keys::kSpo,      keys::kPos,
    keys::kOsp,                        keys::kEvidence, keys::kDocuments, keys::kSources,
    keys::kCuration};

enum Family : std::size_t {
  kDefault, kMeta, kEntities, kNames, kAliases, kSupport, kSpo, kPos, kOsp, kEvidence, kDocuments, kSources, kCuration,
  kFamilyCount
};

// How often a read-only open is tried when a writer deleted a file it was about to open.
constexpr int kReadOnlyOpenAttempts = 12;

// The race of a read-only open with a writer that deletes obsolete files.
bool missing_file(const rocksdb::Status& s) {
  return (s.IsIOError() || s.IsCorruption() || s.IsPathNotFound()) &&
         s.ToString().find("No such file or directory") != std::string::npos;
}

bool is_counter_family(std::size_t f) { return f == kAliases || f == kSupport || f == kSpo || f == kPos || f == kOsp; }

bool starts_with(const rocksdb::Slice& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::string_view(s.data(), prefix.size()) == prefix;
}

std::string type_byte(EntityType t) { return std::string(1, static_cast<char>(t)); }

void append_json_string(std::string* out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\t': out->append("\\t"); break;
      case '\r': out->append("\\r"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

// The evidence value (keys.h), written directly: this runs once per relation on the load path,
// where building a nlohmann::json object per relation cost more than parsing the input.
std::string evidence_record(const std::string& doc_id, const Relation& r) {
  std::string v;
  v.reserve(64 + doc_id.size() + r.evidence.text.size());
  v.append("{\"doc\":");
  append_json_string(&v, doc_id);
  v.append(",\"start\":").append(std::to_string(r.evidence.span.start));
  v.append(",\"end\":").append(std::to_string(r.evidence.span.end));
  v.append(",\"text\":");
  append_json_string(&v, r.evidence.text);
  v.append(",\"confidence\":").append(json(r.confidence).dump());
  if (!r.attributes.empty()) v.append(",\"attributes\":").append(r.attributes.dump());
  if (!r.rule.empty()) {
    v.append(",\"rule\":");
    append_json_string(&v, r.rule);
  }
  v.push_back('}');
  return v;
}

Result<EntityType> decode_type(std::string_view code) {
  if (auto t = parse_entity_type(code)) return *t;
  return Status::Corruption("unknown entity type \"" + std::string(code) + "\" in the store");
}

}  // namespace

struct Store::Impl {
  std::string path;
  StoreOptions options;
  rocksdb::DBOptions db_options;
  std::vector<rocksdb::ColumnFamilyOptions> cf_options;  // one per Family
  std::unique_ptr<rocksdb::Env> memory_env;  // only for a database still being created (empty)
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

  // Whether the writer's cache knows that the name index holds (norm, kind, id).
  bool cached_name(std::string_view norm, char kind, EntityId id) const {
    std::string cache_key(norm);
    cache_key.push_back(kind);
    auto it = name_cache.find(cache_key);
    if (it == name_cache.end()) return false;
    for (const auto& p : it->second)
      if (p.first == id) return true;
    return false;
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
  Result<EntityId> resolve_document_entity(const Entity& e,
                                           const std::unordered_map<std::string, EntityId>& pending_names,
                                           const std::unordered_map<std::string, std::vector<EntityId>>& pending_surnames);
  Status collect_edges(EntityId id, std::vector<Edge>* out) const;
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) { impl_->owner = this; }
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;

  rocksdb::DBOptions db_options;
  db_options.create_if_missing = !options.read_only;
  db_options.create_missing_column_families = !options.read_only;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;
  db_options.max_background_jobs = 2;
  db_options.IncreaseParallelism(2);

  rocksdb::BlockBasedTableOptions table;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  auto merge = store_internal::make_int64_add_operator();
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (std::size_t f = 0; f < kFamilyCount; ++f) {
    rocksdb::ColumnFamilyOptions cf_options;
    cf_options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    cf_options.compression = rocksdb::kLZ4Compression;
    // Small memtables: inserts into a smaller skip list miss the cache less (measured: a 100k-
    // relation load took 6.6 s with the 64 MiB default and 5.4 s with 8 MiB).
    cf_options.write_buffer_size = 8 << 20;
    if (is_counter_family(f)) cf_options.merge_operator = merge;
    descriptors.emplace_back(std::string(kFamilies[f]), cf_options);
    impl->cf_options.push_back(cf_options);
  }
  impl->db_options = db_options;
  namespace fs = std::filesystem;
  const fs::path creating_marker = fs::path(path) / keys::kCreatingFile;
  std::vector<std::string> existing;
  rocksdb::Status list = rocksdb::DB::ListColumnFamilies(db_options, path, &existing);
  bool exists = list.ok();
  std::error_code ec;
  // A database whose creation has not finished (a writer is creating it, or was killed doing so)
  // carries the creation marker; checked after listing, so a creation that starts in between
  // shows as one.
  bool creating = fs::exists(creating_marker, ec);
  bool complete = exists;
  for (std::string_view family : kFamilies)
    complete = complete && std::find(existing.begin(), existing.end(), std::string(family)) != existing.end();
  if (exists && !complete && !creating) {
    return Status::Corruption(path + " is a RocksDB database but not a kg database");
  }
  if (options.read_only && creating) {
    // Nothing is in a database that is still being created: answer from an empty one in memory.
    impl->memory_env.reset(rocksdb::NewMemEnv(rocksdb::Env::Default()));
    rocksdb::DBOptions memory = db_options;
    memory.env = impl->memory_env.get();
    memory.create_if_missing = true;
    memory.create_missing_column_families = true;
    rocksdb::DB* raw = nullptr;
    KG_RETURN_IF_ROCKS(rocksdb::DB::Open(memory, path, descriptors, &impl->cf, &raw), "open " + path);
    impl->db.reset(raw);
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  }
  if (!exists && !creating) {
    bool folder = fs::exists(path, ec);
    if (folder && !fs::is_directory(path, ec)) {
      return Status::InvalidArgument(path + " exists and is not a folder");
    }
    if (options.read_only) return Status::NotFound("no kg database at " + path + " (kg load creates one)");
    if (folder && !fs::is_empty(path, ec)) {
      bool only_lock = true;
      for (const auto& entry : fs::directory_iterator(path, ec))
        only_lock = only_lock && entry.path().filename() == store_internal::kWriterLockFile;
      if (!only_lock) return Status::Corruption(path + " is a folder that holds no kg database");
    }
    fs::create_directories(path, ec);
    if (ec) return Status::IOError("cannot create " + path + ": " + ec.message());
  } else if (exists && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path + " exists and is not a folder");
  }

  // Readers write nothing into the folder; the writer logs RocksDB's warnings to LOG.
  db_options.info_log = store_internal::make_info_log(options.read_only ? "" : (fs::path(path) / "LOG").string(),
                                                      db_options.info_log_level);
  impl->db_options = db_options;
  if (!options.read_only) {
    KG_ASSIGN_OR_RETURN(WriterLock lock, WriterLock::acquire(path));
    impl->lock.emplace(std::move(lock));
    // Under the lock: mark a creation before RocksDB writes its first file, so that a kill in
    // the middle leaves a folder every later open recognises as an unfinished kg database.
    if (!exists) KG_RETURN_IF_ERROR(store_internal::create_marker(creating_marker.string()));
  }

  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    // A read-only open reads the MANIFEST and then opens every table file it lists; a writer may
    // delete one of them in between (compaction, ingestion). Such an open fails with a missing
    // file and succeeds when tried again on the newer MANIFEST; once open, every table file is
    // held open (max_open_files = -1), so reads never meet a deleted file.
    for (int attempt = 0;; ++attempt) {
      s = rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &impl->cf, &raw);
      if (s.ok() || attempt == kReadOnlyOpenAttempts || !missing_file(s)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(2 << std::min(attempt, 6)));
    }
  } else {
    s = rocksdb::DB::Open(db_options, path, descriptors, &impl->cf, &raw);
  }
  if (!s.ok()) {
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      return Status::Busy("database is in use by another kg process");
    }
    if (s.IsInvalidArgument()) {
      return Status::Corruption(path + " is not a kg database of format version " +
                                std::to_string(kFormatVersion) + " (" + one_line(s.ToString()) + ")");
    }
    return from_rocksdb(s, "cannot open " + path);
  }
  impl->db.reset(raw);

  std::string version;
  bool found = false;
  KG_RETURN_IF_ERROR(impl->get(kMeta, keys::kFormatVersionKey, &version, &found));
  if (!found) {
    // A writer killed between creating the database and writing its version leaves an empty
    // database without one: readers take it as empty, the next writer completes it.
    if (options.read_only) {
      bool empty = true;
      KG_RETURN_IF_ERROR(impl->scan_prefix(kDocuments, "", [&](std::string_view, std::string_view) { return empty = false; }));
      if (!empty) return Status::Corruption(path + " has no kg format version");
      return std::unique_ptr<Store>(new Store(std::move(impl)));
    }
    rocksdb::WriteOptions durable;
    durable.sync = true;
    KG_RETURN_IF_ROCKS(impl->db->Put(durable, impl->h(kMeta), keys::kFormatVersionKey, std::to_string(kFormatVersion)),
                       "write " + path);
  } else if (version != std::to_string(kFormatVersion)) {
    return Status::Corruption(path + " has kg format version " + version + "; this kg reads version " +
                              std::to_string(kFormatVersion));
  }
  // The format version is the last thing a creation writes: from here on the database is whole.
  if (!options.read_only && fs::exists(creating_marker, ec)) {
    KG_RETURN_IF_ERROR(store_internal::remove_marker(creating_marker.string()));
  }
  std::string v;
  KG_RETURN_IF_ERROR(impl->get(kMeta, keys::kNextEntityKey, &v, &found));
  if (found && v.size() == 8) impl->next_entity = keys::get_u64(v);
  KG_RETURN_IF_ERROR(impl->get(kMeta, keys::kNextDocumentKey, &v, &found));
  if (found && v.size() == 8) impl->next_document = keys::get_u64(v);
  KG_RETURN_IF_ERROR(impl->get(kMeta, keys::kGenerationKey, &v, &found));
  if (found && v.size() == 8) impl->generation = keys::get_u64(v);
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

// ---------------------------------------------------------------------------------------------
// load

Result<EntityId> Store::Impl::resolve_document_entity(
    const Entity& e, const std::unordered_map<std::string, EntityId>& pending_names,
    const std::unordered_map<std::string, std::vector<EntityId>>& pending_surnames) {
  std::vector<std::string> norms{normalize_name(e.name)};
  // Events join across documents by their name only: their aliases are generic nouns
  // ("Gipfel") that different documents use for different events.
  if (e.type != EntityType::kEvent) {
    for (const auto& a : e.aliases) norms.push_back(normalize_name(a));
  }
  for (const std::string& norm : norms) {
    if (auto it = pending_names.find(norm + static_cast<char>(e.type)); it != pending_names.end()) return it->second;
    KG_ASSIGN_OR_RETURN(const NameList* found, names(norm, keys::kNameKind));
    EntityId best = 0;
    for (const auto& [id, type] : *found)
      if (type == e.type && (best == 0 || id < best)) best = id;
    if (best != 0) return best;
  }
  // A lone word that is the surname of exactly one known person is that person.
  if (e.type == EntityType::kPerson && norms[0].find(' ') == std::string::npos) {
    KG_ASSIGN_OR_RETURN(const NameList* found, names(norms[0], keys::kSurnameKind));
    std::set<EntityId> people;
    for (const auto& [id, type] : *found)
      if (type == EntityType::kPerson) people.insert(id);
    if (auto it = pending_surnames.find(norms[0]); it != pending_surnames.end()) people.insert(it->second.begin(), it->second.end());
    if (people.size() == 1) return *people.begin();
  }
  return EntityId{0};
}

// Where the writes of a load go: one WriteBatch, or (for large groups of documents) sorted runs
// per column family that become table files ingested in one atomic step.
class Store::Impl::Staging {
 public:
  explicit Staging(Impl& d, bool ingest) : d_(d), ingest_(ingest) {}

  Status put(Family f, std::string key, std::string value) {
    if (!ingest_) return from_rocksdb(batch_.Put(d_.h(f), key, value), "write");
    puts_[f].emplace_back(std::move(key), std::move(value));
    return Status::Ok();
  }
  Status merge(Family f, std::string key, std::int64_t delta) {
    if (!ingest_) return from_rocksdb(batch_.Merge(d_.h(f), key, keys::counter(delta)), "write");
    if (key.size() <= FixedKey::kMax) {  // ids and edges: summed when sorted
      fixed_merges_[f].emplace_back(FixedKey::from(key), delta);
    } else {
      merges_[f].emplace_back(std::move(key), delta);
    }
    return Status::Ok();
  }
  Status edge_counters(const Edge& e, std::int64_t delta) {
    if (!ingest_) return d_.put_edge_counters(&batch_, e, delta);
    KG_RETURN_IF_ERROR(merge(kSpo, keys::spo_key(e.subject, e.predicate, e.object), delta));
    KG_RETURN_IF_ERROR(merge(kPos, keys::pos_key(e.subject, e.predicate, e.object), delta));
    return merge(kOsp, keys::osp_key(e.subject, e.predicate, e.object), delta);
  }

  // Makes everything staged durable at once.
  Status commit() {
    if (!ingest_) return d_.write(&batch_);
    return ingest();
  }

 private:
  Status ingest();
  Status write_family(std::size_t f, const std::string& file, rocksdb::IngestExternalFileArg* arg);

  Impl& d_;
  bool ingest_;
  rocksdb::WriteBatch batch_;
  std::array<std::vector<std::pair<std::string, std::string>>, kFamilyCount> puts_;
  std::array<std::vector<std::pair<std::string, std::int64_t>>, kFamilyCount> merges_;
  // A key of at most 17 bytes held as two big-endian words and a tail byte, zero-padded: comparing
  // (hi, mid, tail, size) orders keys exactly as bytewise comparison does, without memcmp calls
  // (sorting these runs was a tenth of a bulk load).
  struct FixedKey {
    static constexpr std::size_t kMax = keys::kEdgeKeySize;
    std::uint64_t hi = 0, mid = 0;
    std::uint8_t tail = 0, size = 0;

    static FixedKey from(std::string_view k) {
      std::array<unsigned char, kMax> b{};
      std::memcpy(b.data(), k.data(), k.size());
      FixedKey f;
      for (int i = 0; i < 8; ++i) f.hi = (f.hi << 8) | b[static_cast<std::size_t>(i)];
      for (int i = 8; i < 16; ++i) f.mid = (f.mid << 8) | b[static_cast<std::size_t>(i)];
      f.tail = b[16];
      f.size = static_cast<std::uint8_t>(k.size());
      return f;
    }
    std::string bytes() const {
      std::string k(kMax, '\0');
      for (int i = 0; i < 8; ++i) k[static_cast<std::size_t>(i)] = static_cast<char>(hi >> (56 - 8 * i));
      for (int i = 0; i < 8; ++i) k[static_cast<std::size_t>(8 + i)] = static_cast<char>(mid >> (56 - 8 * i));
      k[16] = static_cast<char>(tail);
      k.resize(size);
      return k;
    }
    bool operator<(const FixedKey& o) const { return std::tie(hi, mid, tail, size) < std::tie(o.hi, o.mid, o.tail, o.size); }
  };
  std::array<std::vector<std::pair<FixedKey, std::int64_t>>, kFamilyCount> fixed_merges_;
};

// Sorts one family's staged rows and writes them as a table file; fills `arg` for ingestion.
Status Store::Impl::Staging::write_family(std::size_t f, const std::string& file, rocksdb::IngestExternalFileArg* arg) {
  auto& puts = puts_[f];
  auto& merges = merges_[f];
  auto& fixed = fixed_merges_[f];
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), rocksdb::Options(d_.db_options, d_.cf_options[f]),
                                d_.h(static_cast<Family>(f)));
  KG_RETURN_IF_ROCKS(writer.Open(file), "write " + file);
  // A family holds either plain values or counters, never both (keys.h).
  if (!puts.empty()) {
    std::stable_sort(puts.begin(), puts.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < puts.size(); ++i) {
      if (i + 1 < puts.size() && puts[i + 1].first == puts[i].first) continue;  // the later write wins
      KG_RETURN_IF_ROCKS(writer.Put(puts[i].first, puts[i].second), "write " + file);
    }
  } else if (!fixed.empty()) {
    std::sort(fixed.begin(), fixed.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < fixed.size();) {
      std::int64_t sum = 0;
      std::size_t j = i;
      for (; j < fixed.size() && !(fixed[i].first < fixed[j].first); ++j) sum += fixed[j].second;
      KG_RETURN_IF_ROCKS(writer.Merge(fixed[i].first.bytes(), keys::counter(sum)), "write " + file);
      i = j;
    }
  } else {
    std::sort(merges.begin(), merges.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < merges.size();) {
      std::int64_t sum = 0;
      std::size_t j = i;
      for (; j < merges.size() && merges[j].first == merges[i].first; ++j) sum += merges[j].second;
      KG_RETURN_IF_ROCKS(writer.Merge(merges[i].first, keys::counter(sum)), "write " + file);
      i = j;
    }
  }
  KG_RETURN_IF_ROCKS(writer.Finish(), "write " + file);
  arg->column_family = d_.h(static_cast<Family>(f));
  arg->external_files = {file};
  arg->options.move_files = true;
  return Status::Ok();
}

Status Store::Impl::Staging::ingest() {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(d_.path) / "ingest";
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create " + dir.string() + ": " + ec.message());
  std::vector<std::size_t> families;
  for (std::size_t f = 0; f < kFamilyCount; ++f) {
    if (!puts_[f].empty() || !merges_[f].empty() || !fixed_merges_[f].empty()) families.push_back(f);
  }
  // Families are sorted and written in parallel: they share nothing.
  std::vector<rocksdb::IngestExternalFileArg> args(families.size());
  std::vector<Status> results(families.size());
  parallel_for(families.size(), [&](std::size_t i) {
    std::size_t f = families[i];
    results[i] = write_family(f, (dir / (std::string(kFamilies[f]) + ".sst")).string(), &args[i]);
  }, worker_count(4));
  for (const Status& st : results) {
    if (!st.ok()) {
      fs::remove_all(dir, ec);
      return st;
    }
  }
  // One call for every family: RocksDB ingests them atomically, so a crash leaves all or none.
  rocksdb::Status s = d_.db->IngestExternalFiles(args);
  fs::remove_all(dir, ec);
  return from_rocksdb(s, "ingest into " + d_.path);
}

// What a group of documents being loaded has created so far, for resolution within the group.
struct Store::Impl::Group {
  std::unordered_map<std::string, EntityId> names;                  // norm ‖ type → id created
  std::unordered_map<std::string, std::vector<EntityId>> surnames;  // surname → people created
  std::unordered_set<std::string> documents;                        // ids of documents staged
  std::vector<std::tuple<std::string, char, EntityId, EntityType>> new_names;
};

Status Store::Impl::stage(const Document& doc, Staging& out, Group& group, LoadStats* stats) {
  std::string existing;
  bool found = group.documents.count(doc.id) > 0;
  if (!found) KG_RETURN_IF_ERROR(get(kDocuments, doc.id, &existing, &found));
  if (found) {
    stats->already_loaded = true;
    return Status::Ok();
  }
  group.documents.insert(doc.id);
  const std::uint64_t doc_num = next_document++;
  std::unordered_map<std::string, EntityId> local;      // document entity id → store id
  std::vector<EntityId> touched;                        // store ids, once each
  std::set<std::pair<EntityId, std::string>> surfaces;  // (id, surface), once each

  auto add_name = [&](EntityId id, EntityType type, const std::string& surface) -> Status {
    if (!surfaces.emplace(id, surface).second) return Status::Ok();
    std::string norm = normalize_name(surface);
    KG_RETURN_IF_ERROR(out.merge(kAliases, keys::alias_key(id, surface), 1));
    if (cached_name(norm, keys::kNameKind, id)) return Status::Ok();  // already indexed
    std::string group_key = norm + static_cast<char>(type);
    if (auto it = group.names.find(group_key); it != group.names.end() && it->second == id) return Status::Ok();
    KG_RETURN_IF_ERROR(out.put(kNames, keys::name_key(norm, keys::kNameKind, id), type_byte(type)));
    group.new_names.emplace_back(norm, keys::kNameKind, id, type);
    group.names.emplace(std::move(group_key), id);
    return Status::Ok();
  };

  for (const Entity& e : doc.entities) {
    KG_ASSIGN_OR_RETURN(EntityId id, resolve_document_entity(e, group.names, group.surnames));
    if (id == 0) {
      id = next_entity++;
      json record = {{"name", e.name}, {"type", info(e.type).code}};
      if (!e.attributes.empty()) record["attributes"] = e.attributes;
      KG_RETURN_IF_ERROR(out.put(kEntities, keys::id_key(id), record.dump()));
      if (e.type == EntityType::kPerson) {
        std::string norm = normalize_name(e.name);
        std::string surname = surname_key(norm);
        if (!surname.empty()) {
          KG_RETURN_IF_ERROR(out.put(kNames, keys::name_key(surname, keys::kSurnameKind, id), type_byte(e.type)));
          group.new_names.emplace_back(surname, keys::kSurnameKind, id, e.type);
          group.surnames[surname].push_back(id);
        }
      }
      ++stats->entities_created;
    } else {
      ++stats->entities_joined;
    }
    local[e.id] = id;
    if (std::find(touched.begin(), touched.end(), id) == touched.end()) touched.push_back(id);
    KG_RETURN_IF_ERROR(add_name(id, e.type, e.name));
    for (const auto& a : e.aliases) KG_RETURN_IF_ERROR(add_name(id, e.type, a));
  }
  for (EntityId id : touched) KG_RETURN_IF_ERROR(out.merge(kSupport, keys::id_key(id), 1));

  std::map<std::tuple<EntityId, PredicateId, EntityId>, std::uint32_t> edges;  // → evidence count
  for (const Relation& r : doc.relations) {
    Edge e = keys::canonical(Edge{local.at(r.subject), r.predicate, local.at(r.object), 0});
    if (e.subject == e.object) continue;  // two names of the document turned out to be one entity
    auto [it, inserted] = edges.try_emplace({e.subject, e.predicate, e.object}, 0);
    if (inserted) {
      KG_RETURN_IF_ERROR(out.edge_counters(e, 1));
      KG_RETURN_IF_ERROR(out.merge(kSupport, keys::weight_key(e.subject), 1));
      KG_RETURN_IF_ERROR(out.merge(kSupport, keys::weight_key(e.object), 1));
    }
    KG_RETURN_IF_ERROR(out.put(kEvidence, keys::evidence_key(e.subject, e.predicate, e.object, doc_num, it->second++),
                               evidence_record(doc.id, r)));
  }
  stats->relations = edges.size();

  // The document record (keys.h), written directly for the same reason as evidence_record.
  std::string record = "{\"num\":" + std::to_string(doc_num) + ",\"source\":";
  append_json_string(&record, doc.source);
  record += ",\"date\":";
  append_json_string(&record, doc.date);
  record += ",\"lang\":";
  append_json_string(&record, doc.lang);
  record += ",\"entities\":[";
  for (std::size_t i = 0; i < touched.size(); ++i) (record += i ? "," : "") += std::to_string(touched[i]);
  record += "],\"aliases\":[";
  bool first = true;
  for (const auto& [id, surface] : surfaces) {
    (record += first ? "[" : ",[") += std::to_string(id) + ",";
    append_json_string(&record, surface);
    record += "]";
    first = false;
  }
  record += "],\"edges\":[";
  first = true;
  for (const auto& [key, n] : edges) {
    (record += first ? "[" : ",[") += std::to_string(std::get<0>(key)) + "," + std::to_string(std::get<1>(key)) + "," +
                                      std::to_string(std::get<2>(key)) + "]";
    first = false;
  }
  record += "]}";
  KG_RETURN_IF_ERROR(out.put(kDocuments, doc.id, std::move(record)));
  return out.put(kSources, keys::source_key(doc.source, doc.id), "");
}

Result<std::vector<LoadStats>> Store::load_group(std::span<const Document> docs) {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  std::size_t relations = 0;
  for (const Document& doc : docs) relations += doc.relations.size();
  Impl::Staging out(d, /*ingest=*/relations >= kIngestThreshold);
  Impl::Group group;
  std::vector<LoadStats> stats(docs.size());
  const EntityId first_entity = d.next_entity;
  const std::uint64_t first_document = d.next_document;
  Status st;
  for (std::size_t i = 0; i < docs.size() && st.ok(); ++i) st = d.stage(docs[i], out, group, &stats[i]);
  if (st.ok()) st = out.put(kMeta, std::string(keys::kNextEntityKey), keys::id_key(d.next_entity));
  if (st.ok()) st = out.put(kMeta, std::string(keys::kNextDocumentKey), keys::id_key(d.next_document));
  if (st.ok()) st = out.put(kMeta, std::string(keys::kGenerationKey), d.bump_generation());
  if (st.ok()) st = out.commit();
  if (!st.ok()) {  // nothing was written: give the numbers back
    d.next_entity = first_entity;
    d.next_document = first_document;
    d.name_cache.clear();
    return st;
  }
  for (const auto& [norm, kind, id, type] : group.new_names) d.cache_name(norm, kind, id, type);
  return stats;
}

Status Store::compact() {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  rocksdb::CompactRangeOptions options;
  options.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForceOptimized;
  for (auto* h : d.cf) KG_RETURN_IF_ROCKS(d.db->CompactRange(options, h, nullptr, nullptr), "compact " + d.path);
  return Status::Ok();
}

Result<LoadStats> Store::load(const Document& doc) {
  KG_ASSIGN_OR_RETURN(std::vector<LoadStats> stats, load_group(std::span<const Document>(&doc, 1)));
  return stats[0];
}

// ---------------------------------------------------------------------------------------------
// forget, merge, alias

Status Store::Impl::collect_edges(EntityId id, std::vector<Edge>* out) const {
  std::string prefix = keys::id_key(id);
  KG_RETURN_IF_ERROR(scan_prefix(kSpo, prefix, [&](std::string_view k, std::string_view v) {
    Edge e = keys::decode_spo(k);
    e.support = static_cast<std::uint64_t>(std::max<std::int64_t>(0, keys::decode_counter(v)));
    out->push_back(e);
    return true;
  }));
  return scan_prefix(kOsp, prefix, [&](std::string_view k, std::string_view v) {
    Edge e = keys::decode_osp(k);
    if (e.subject == id) return true;  // a self-loop was already seen in spo
    e.support = static_cast<std::uint64_t>(std::max<std::int64_t>(0, keys::decode_counter(v)));
    out->push_back(e);
    return true;
  });
}

Result<ForgetStats> Store::forget(std::string_view id_or_source) {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  std::vector<std::string> doc_ids;
  std::string value;
  bool found = false;
  KG_RETURN_IF_ERROR(d.get(kDocuments, id_or_source, &value, &found));
  if (found) doc_ids.emplace_back(id_or_source);
  KG_RETURN_IF_ERROR(d.scan_prefix(kSources, keys::name_prefix(id_or_source), [&](std::string_view k, std::string_view) {
    std::string id(k.substr(id_or_source.size() + 1));
    if (std::find(doc_ids.begin(), doc_ids.end(), id) == doc_ids.end()) doc_ids.push_back(id);
    return true;
  }));
  if (doc_ids.empty()) {
    return Status::NotFound("no document with id or source \"" + std::string(id_or_source) + "\"");
  }

  // Sum every counter change first: after merges one document may reach a key twice.
  std::map<std::tuple<EntityId, PredicateId, EntityId>, std::int64_t> edge_delta;
  std::map<EntityId, std::int64_t> entity_delta;
  std::map<std::pair<EntityId, std::string>, std::int64_t> alias_delta;
  std::vector<std::pair<std::uint64_t, std::vector<Edge>>> evidence_of_docs;
  rocksdb::WriteBatch batch;
  ForgetStats stats;
  for (const std::string& id : doc_ids) {
    KG_ASSIGN_OR_RETURN(json rec, d.read_json(kDocuments, id, &found));
    if (!found) continue;
    std::vector<Edge> doc_edges;
    for (const auto& ej : rec.at("edges")) {
      KG_ASSIGN_OR_RETURN(EntityId s, d.redirect(ej.at(0).get<EntityId>()));
      KG_ASSIGN_OR_RETURN(EntityId o, d.redirect(ej.at(2).get<EntityId>()));
      Edge e = keys::canonical(Edge{s, ej.at(1).get<PredicateId>(), o, 0});
      doc_edges.push_back(e);
      if (e.subject != e.object) edge_delta[{e.subject, e.predicate, e.object}] -= 1;
    }
    evidence_of_docs.emplace_back(rec.at("num").get<std::uint64_t>(), std::move(doc_edges));
    for (const auto& ej : rec.at("entities")) {
      KG_ASSIGN_OR_RETURN(EntityId e, d.redirect(ej.get<EntityId>()));
      entity_delta[e] -= 1;
    }
    for (const auto& aj : rec.at("aliases")) {
      KG_ASSIGN_OR_RETURN(EntityId e, d.redirect(aj.at(0).get<EntityId>()));
      alias_delta[{e, aj.at(1).get<std::string>()}] -= 1;
    }
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kDocuments), id), "write");
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSources), keys::source_key(rec.value("source", ""), id)), "write");
    stats.documents.push_back(id);
  }

  for (const auto& [num, doc_edges] : evidence_of_docs) {
    for (const Edge& e : doc_edges) {
      std::string prefix = keys::evidence_prefix(e.subject, e.predicate, e.object);
      keys::put_u64(&prefix, num);
      KG_RETURN_IF_ERROR(d.scan_prefix(kEvidence, prefix, [&](std::string_view k, std::string_view) {
        (void)batch.Delete(d.h(kEvidence), k);
        return true;
      }));
    }
  }
  Status st;
  std::map<EntityId, std::int64_t> weight_delta;
  for (const auto& [key, delta] : edge_delta) {
    Edge e{std::get<0>(key), std::get<1>(key), std::get<2>(key), 0};
    std::int64_t now = d.counter_value(kSpo, keys::spo_key(e.subject, e.predicate, e.object), &st);
    KG_RETURN_IF_ERROR(st);
    if (now == 0) continue;  // already gone (a merge folded it into a self-loop)
    weight_delta[e.subject] += std::max(delta, -now);
    weight_delta[e.object] += std::max(delta, -now);
    if (now + delta <= 0) {
      KG_RETURN_IF_ERROR(d.delete_edge(&batch, e));
      ++stats.edges_removed;
    } else {
      KG_RETURN_IF_ERROR(d.put_edge_counters(&batch, e, delta));
      ++stats.edges_weakened;
    }
  }
  std::set<EntityId> removed;
  for (const auto& [id, delta] : entity_delta) {
    std::int64_t now = d.counter_value(kSupport, keys::id_key(id), &st);
    KG_RETURN_IF_ERROR(st);
    if (now + delta > 0) {
      KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::id_key(id), keys::counter(delta)), "write");
      continue;
    }
    removed.insert(id);
    ++stats.entities_removed;
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::id_key(id)), "write");
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::weight_key(id)), "write");
    bool exists = false;
    KG_ASSIGN_OR_RETURN(json rec, d.read_json(kEntities, keys::id_key(id), &exists));
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kEntities), keys::id_key(id)), "write");
    if (exists) {
      std::string norm = normalize_name(rec.value("name", ""));
      std::string surname = surname_key(norm);
      if (!surname.empty()) {
        KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(surname, keys::kSurnameKind, id)), "write");
      }
    }
    KG_ASSIGN_OR_RETURN(auto all_aliases, d.aliases_of(id));
    for (const auto& [surface, count] : all_aliases) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(id, surface)), "write");
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(normalize_name(surface), keys::kNameKind, id)), "write");
    }
  }
  for (const auto& [id, delta] : weight_delta) {
    if (!removed.count(id) && delta != 0) {
      KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::weight_key(id), keys::counter(delta)), "write");
    }
  }
  // Aliases of surviving entities: a name goes when no surface with its normalisation remains.
  std::map<EntityId, std::vector<std::pair<std::string, std::int64_t>>> remaining;
  for (const auto& [key, delta] : alias_delta) {
    const auto& [id, surface] = key;
    if (removed.count(id)) continue;
    std::int64_t now = d.counter_value(kAliases, keys::alias_key(id, surface), &st);
    KG_RETURN_IF_ERROR(st);
    if (now + delta > 0) {
      KG_RETURN_IF_ROCKS(batch.Merge(d.h(kAliases), keys::alias_key(id, surface), keys::counter(delta)), "write");
      continue;
    }
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(id, surface)), "write");
    if (!remaining.count(id)) {
      KG_ASSIGN_OR_RETURN(auto all, d.aliases_of(id));
      remaining[id] = std::move(all);
    }
    auto& left = remaining[id];
    const std::string& gone = surface;  // a named reference: clang 14 captures no structured bindings
    std::erase_if(left, [&](const auto& p) { return p.first == gone; });
    std::string norm = normalize_name(surface);
    bool still_named = false;
    for (const auto& [other, n] : left) still_named = still_named || normalize_name(other) == norm;
    if (!still_named) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(norm, keys::kNameKind, id)), "write");
    }
  }
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kMeta), keys::kGenerationKey, d.bump_generation()), "write");
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.name_cache.clear();
  return stats;
}

Status Store::merge(EntityId from, EntityId into) {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  if (from == into) return Status::InvalidArgument("cannot merge an entity into itself");
  KG_ASSIGN_OR_RETURN(StoredEntity a, entity(from));
  KG_ASSIGN_OR_RETURN(StoredEntity b, entity(into));
  if (a.type != b.type) {
    return Status::InvalidArgument("cannot merge " + std::string(info(a.type).code) + " \"" + a.name + "\" into " +
                                   std::string(info(b.type).code) + " \"" + b.name + "\"");
  }
  rocksdb::WriteBatch batch;
  std::vector<Edge> edges;
  KG_RETURN_IF_ERROR(d.collect_edges(from, &edges));
  for (const Edge& e : edges) {
    Edge moved = e;
    if (moved.subject == from) moved.subject = into;
    if (moved.object == from) moved.object = into;
    moved = keys::canonical(moved);
    KG_RETURN_IF_ERROR(d.delete_edge(&batch, e));
    std::string old_prefix = keys::evidence_prefix(e.subject, e.predicate, e.object);
    if (moved.subject != moved.object) {
      KG_RETURN_IF_ERROR(d.put_edge_counters(&batch, moved, static_cast<std::int64_t>(e.support)));
    }
    std::string new_prefix = keys::evidence_prefix(moved.subject, moved.predicate, moved.object);
    KG_RETURN_IF_ERROR(d.scan_prefix(kEvidence, old_prefix, [&](std::string_view k, std::string_view v) {
      (void)batch.Delete(d.h(kEvidence), k);
      if (moved.subject != moved.object) {
        (void)batch.Put(d.h(kEvidence), new_prefix + std::string(k.substr(old_prefix.size())), v);
      }
      return true;
    }));
  }
  KG_ASSIGN_OR_RETURN(auto aliases, d.aliases_of(from));
  bool has_name = false;
  for (const auto& [surface, count] : aliases) {
    has_name = has_name || surface == a.name;
    std::int64_t moved = count + (surface == a.name ? 1 : 0);  // +1: the curation fact names it so
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(from, surface)), "write");
    KG_RETURN_IF_ROCKS(batch.Merge(d.h(kAliases), keys::alias_key(into, surface), keys::counter(moved)), "write");
    std::string norm = normalize_name(surface);
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(norm, keys::kNameKind, from)), "write");
    KG_RETURN_IF_ROCKS(batch.Put(d.h(kNames), keys::name_key(norm, keys::kNameKind, into), type_byte(b.type)), "write");
  }
  if (!has_name) {
    KG_RETURN_IF_ROCKS(batch.Merge(d.h(kAliases), keys::alias_key(into, a.name), keys::counter(1)), "write");
    KG_RETURN_IF_ROCKS(
        batch.Put(d.h(kNames), keys::name_key(normalize_name(a.name), keys::kNameKind, into), type_byte(b.type)),
        "write");
  }
  std::string surname = surname_key(normalize_name(a.name));
  if (!surname.empty()) {
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(surname, keys::kSurnameKind, from)), "write");
  }
  // The curation fact supports `into` for good: it survives forget of every document.
  KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::id_key(into), keys::counter(static_cast<std::int64_t>(a.support) + 1)),
                     "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::id_key(from)), "write");
  KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::weight_key(into), keys::counter(static_cast<std::int64_t>(degree_hint(from)))),
                     "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::weight_key(from)), "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kEntities), keys::id_key(from)), "write");
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), keys::merged_key(from), keys::id_key(into)), "write");
  json log = {{"op", "merge"}, {"from", from}, {"from_name", a.name}, {"into", into}, {"into_name", b.name}};
  std::string log_key(1, keys::kLogPrefix);
  keys::put_u64(&log_key, d.next_document++);
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), log_key, log.dump()), "write");
  KG_RETURN_IF_ERROR(d.put_meta_counters(&batch));
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.name_cache.clear();
  return Status::Ok();
}

Status Store::add_alias(EntityId id, std::string_view alias) {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  std::string norm = normalize_name(alias);
  if (norm.empty()) return Status::InvalidArgument("an alias must not be empty");
  if (auto bad = find_invalid_utf8(alias)) return Status::InvalidArgument("the alias is not valid UTF-8");
  KG_ASSIGN_OR_RETURN(StoredEntity e, entity(id));
  rocksdb::WriteBatch batch;
  std::string surface(alias);
  KG_RETURN_IF_ROCKS(batch.Merge(d.h(kAliases), keys::alias_key(id, surface), keys::counter(1)), "write");
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kNames), keys::name_key(norm, keys::kNameKind, id), type_byte(e.type)), "write");
  KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::id_key(id), keys::counter(1)), "write");
  json log = {{"op", "alias"}, {"entity", id}, {"name", e.name}, {"alias", surface}};
  std::string log_key(1, keys::kLogPrefix);
  keys::put_u64(&log_key, d.next_document++);
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), log_key, log.dump()), "write");
  KG_RETURN_IF_ERROR(d.put_meta_counters(&batch));
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.name_cache.clear();
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// reads

Result<std::vector<EntityId>> Store::lookup(std::string_view name) const {
  KG_ASSIGN_OR_RETURN(const Impl::NameList* found, impl_->names(normalize_name(name), keys::kNameKind));
  std::vector<EntityId> ids;
  for (const auto& [id, type] : *found) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Result<std::vector<std::string>> Store::suggest(std::string_view name, std::size_t max) const {
  std::string norm = normalize_name(name);
  // (distance, name) of the closest names; the scan is bounded so that a typo on a huge
  // database still answers quickly.
  std::vector<std::pair<std::size_t, std::string>> best;
  auto it = impl_->iter(kNames);
  std::size_t scanned = 0;
  std::set<std::string> seen;
  for (it->SeekToFirst(); it->Valid() && scanned < 2'000'000; it->Next(), ++scanned) {
    std::string_view k = it->key().ToStringView();
    auto zero = k.find('\0');
    if (zero == std::string_view::npos || zero + 1 >= k.size() || k[zero + 1] != keys::kNameKind) continue;
    std::string_view candidate = k.substr(0, zero);
    std::size_t dist = edit_distance(norm, candidate);
    // Prefix matches ("put" for "putin") count as close.
    if (candidate.substr(0, norm.size()) == norm) dist = std::min<std::size_t>(dist, 1);
    if (dist > std::max<std::size_t>(2, norm.size() / 3)) continue;
    EntityId id = keys::get_u64(k.substr(zero + 2));
    auto e = entity(id);
    if (!e.ok()) continue;
    std::string display = e->name;
    if (!seen.insert(display).second) continue;
    best.emplace_back(dist, display);
  }
  KG_RETURN_IF_ROCKS(it->status(), "scan names");
  std::stable_sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < best.size() && out.size() < max; ++i) out.push_back(best[i].second);
  return out;
}

Result<EntityId> Store::resolve(std::string_view name) const {
  if (!name.empty() && name[0] == '#') {
    EntityId id = 0;
    for (char c : name.substr(1)) {
      if (c < '0' || c > '9') return Status::InvalidArgument("\"" + std::string(name) + "\" is not an entity id");
      id = id * 10 + static_cast<EntityId>(c - '0');
    }
    KG_ASSIGN_OR_RETURN(EntityId target, impl_->redirect(id));
    KG_RETURN_IF_ERROR(entity(target).status());
    return target;
  }
  KG_ASSIGN_OR_RETURN(std::vector<EntityId> ids, lookup(name));
  if (ids.empty()) {
    std::string norm = normalize_name(name);
    if (norm.find(' ') == std::string::npos && !norm.empty()) {
      KG_ASSIGN_OR_RETURN(const Impl::NameList* people, impl_->names(norm, keys::kSurnameKind));
      if (people->size() == 1) return (*people)[0].first;
      for (const auto& p : *people) ids.push_back(p.first);
    }
  }
  if (ids.size() == 1) return ids[0];
  if (ids.empty()) {
    KG_ASSIGN_OR_RETURN(auto close, suggest(name, 3));
    std::string msg = "no entity named \"" + std::string(name) + "\"";
    if (!close.empty()) {
      msg += "; did you mean ";
      for (std::size_t i = 0; i < close.size(); ++i) {
        if (i) msg += i + 1 == close.size() ? " or " : ", ";
        msg += "\"" + close[i] + "\"";
      }
      msg += "?";
    }
    return Status::NotFound(msg);
  }
  std::string msg = "\"" + std::string(name) + "\" names " + std::to_string(ids.size()) + " entities:";
  for (EntityId id : ids) {
    auto e = entity(id);
    if (e.ok()) msg += " #" + std::to_string(id) + " " + e->name + " (" + std::string(info(e->type).code) + ")";
  }
  return Status::InvalidArgument(msg + "; name one by its #id");
}

namespace {
Result<StoredEntity> decode_entity(EntityId id, std::string_view value) {
  json j = json::parse(value, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption("unreadable entity #" + std::to_string(id));
  StoredEntity e;
  e.id = id;
  e.name = j.value("name", "");
  KG_ASSIGN_OR_RETURN(e.type, decode_type(j.value("type", "")));
  if (auto it = j.find("attributes"); it != j.end() && it->is_object()) e.attributes = *it;
  return e;
}
}  // namespace

Result<StoredEntity> Store::entity(EntityId id) const {
  std::string v;
  bool found = false;
  KG_RETURN_IF_ERROR(impl_->get(kEntities, keys::id_key(id), &v, &found));
  if (!found) return Status::NotFound("no entity #" + std::to_string(id));
  KG_ASSIGN_OR_RETURN(StoredEntity e, decode_entity(id, v));
  KG_ASSIGN_OR_RETURN(auto aliases, impl_->aliases_of(id));
  for (auto& [surface, count] : aliases)
    if (surface != e.name && count > 0) e.aliases.push_back(surface);
  std::sort(e.aliases.begin(), e.aliases.end());
  Status st;
  e.support = static_cast<std::uint64_t>(std::max<std::int64_t>(0, impl_->counter_value(kSupport, keys::id_key(id), &st)));
  KG_RETURN_IF_ERROR(st);
  return e;
}

Status Store::scan_entities(const std::function<bool(const StoredEntity&)>& fn) const {
  auto it = impl_->iter(kEntities);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (it->key().size() != 8) continue;
    EntityId id = keys::get_u64(it->key().ToStringView());
    KG_ASSIGN_OR_RETURN(StoredEntity e, entity(id));
    if (!fn(e)) break;
  }
  return from_rocksdb(it->status(), "scan entities");
}

namespace {

// An evidence record (keys.h) without its document's source and date. Parsed with simdjson:
// whole-graph exports decode every record.
Result<StoredEvidence> decode_evidence(std::string_view value) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::object obj;
  if (parser.parse(value.data(), value.size()).get(root) != simdjson::SUCCESS || root.get_object().get(obj) != simdjson::SUCCESS) {
    return Status::Corruption("unreadable evidence record");
  }
  StoredEvidence ev;
  std::string_view text;
  if (obj["doc"].get_string().get(text) == simdjson::SUCCESS) ev.document = text;
  if (obj["text"].get_string().get(text) == simdjson::SUCCESS) ev.sentence = text;
  if (obj["rule"].get_string().get(text) == simdjson::SUCCESS) ev.rule = text;
  std::uint64_t n = 0;
  if (obj["start"].get_uint64().get(n) == simdjson::SUCCESS) ev.span.start = n;
  if (obj["end"].get_uint64().get(n) == simdjson::SUCCESS) ev.span.end = n;
  double c = 1.0;
  if (obj["confidence"].get_double().get(c) == simdjson::SUCCESS) ev.confidence = c;
  simdjson::dom::object attributes;
  if (obj["attributes"].get_object().get(attributes) == simdjson::SUCCESS && attributes.size() > 0) {
    ev.attributes = json::parse(simdjson::minify(attributes), nullptr, false);
    if (!ev.attributes.is_object()) return Status::Corruption("unreadable evidence record");
  }
  return ev;
}

// One evidence record as evidence() and scan_facts() hand it out: decoded in full when `full`,
// else only its attributes (when it has any); the document comes from `doc_id`.
Result<StoredEvidence> read_evidence(std::string_view key, std::string_view value, bool full) {
  StoredEvidence ev;
  if (full || value.find("\"attributes\"") != std::string_view::npos) {
    KG_ASSIGN_OR_RETURN(ev, decode_evidence(value));
  }
  if (key.size() >= keys::kEdgeKeySize + 8) ev.document_number = keys::get_u64(key.substr(keys::kEdgeKeySize));
  if (!full && ev.document.empty()) {
    // Only the id is needed: read it without parsing the record (it is the first field).
    thread_local simdjson::dom::parser parser;
    std::string_view id;
    if (parser.parse(value.data(), value.size())["doc"].get_string().get(id) != simdjson::SUCCESS) {
      return Status::Corruption("unreadable evidence record");
    }
    ev.document = id;
  }
  return ev;
}

}  // namespace

Result<std::vector<StoredEvidence>> Store::evidence(const Edge& edge, bool details) const {
  Edge e = keys::canonical(edge);
  std::vector<StoredEvidence> out;
  Status inner;
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kEvidence, keys::evidence_prefix(e.subject, e.predicate, e.object),
                                        [&](std::string_view k, std::string_view v) {
    auto ev = read_evidence(k, v, details || out.empty());
    if (!ev.ok()) {
      inner = ev.status();
      return false;
    }
    if (details || out.empty()) {
      auto source_date = impl_->source_and_date(ev->document);
      if (!source_date.ok()) {
        inner = source_date.status();
        return false;
      }
      ev->source = source_date->first;
      ev->date = source_date->second;
    }
    out.push_back(std::move(ev).value());
    return true;
  }));
  KG_RETURN_IF_ERROR(inner);
  return out;
}

Status Store::scan_facts(const std::function<void(const Edge&, std::span<const StoredEvidence>)>& fn,
                         bool details) const {
  const Impl& d = *impl_;
  // Document number (in every evidence key) → its record: no lookup by id per evidence record.
  std::vector<DocumentInfo> docs;
  {
    KG_ASSIGN_OR_RETURN(std::vector<DocumentInfo> all, documents());
    for (DocumentInfo& doc : all) {
      if (doc.number > (std::uint64_t{1} << 40)) return Status::Corruption("document " + doc.id + " has a bad number");
      if (docs.size() <= doc.number) docs.resize(doc.number + 1);
      docs[doc.number] = std::move(doc);
    }
  }
  rocksdb::ReadOptions ro;
  ro.fill_cache = false;  // a one-off sweep must not evict what queries use
  std::unique_ptr<rocksdb::Iterator> edges(d.db->NewIterator(ro, d.h(kSpo)));
  std::unique_ptr<rocksdb::Iterator> evidence(d.db->NewIterator(ro, d.h(kEvidence)));
  evidence->SeekToFirst();
  std::vector<StoredEvidence> group;
  for (edges->SeekToFirst(); edges->Valid(); edges->Next()) {
    std::string_view key = edges->key().ToStringView();
    if (key.size() != keys::kEdgeKeySize) continue;
    Edge e = keys::decode_spo(key);
    e.support = static_cast<std::uint64_t>(std::max<std::int64_t>(0, keys::decode_counter(edges->value().ToStringView())));
    group.clear();
    // Both families are ordered by s ‖ p ‖ o: the evidence iterator only moves forward.
    for (; evidence->Valid(); evidence->Next()) {
      std::string_view ek = evidence->key().ToStringView();
      std::string_view prefix = ek.substr(0, keys::kEdgeKeySize);
      if (prefix > key) break;
      if (prefix < key) continue;  // evidence of an edge that is gone (check reports it)
      std::string_view value = evidence->value().ToStringView();
      const std::uint64_t num = ek.size() >= keys::kEdgeKeySize + 8 ? keys::get_u64(ek.substr(keys::kEdgeKeySize)) : 0;
      const DocumentInfo* doc = num < docs.size() && !docs[num].id.empty() ? &docs[num] : nullptr;
      const bool full = details || group.empty() || doc == nullptr;
      StoredEvidence ev;
      if (full || value.find("\"attributes\"") != std::string_view::npos) {
        KG_ASSIGN_OR_RETURN(ev, decode_evidence(value));
      }
      if (doc != nullptr) {
        ev.document_number = num;
        if (full) {
          ev.source = doc->source;
          ev.date = doc->date;
        } else {
          ev.document = doc->id;
        }
      }
      group.push_back(std::move(ev));
    }
    KG_RETURN_IF_ROCKS(evidence->status(), "scan evidence");
    fn(e, group);
  }
  KG_RETURN_IF_ROCKS(edges->status(), "scan edges");
  return Status::Ok();
}

Result<std::vector<DocumentInfo>> Store::documents() const {
  std::vector<std::pair<std::uint64_t, DocumentInfo>> docs;
  Status inner;
  simdjson::dom::parser parser;  // document records list every entity and edge: simdjson reads them fast
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kDocuments, "", [&](std::string_view k, std::string_view v) {
    simdjson::dom::object obj;
    if (parser.parse(v.data(), v.size()).get_object().get(obj) != simdjson::SUCCESS) {
      inner = Status::Corruption("unreadable document record");
      return false;
    }
    DocumentInfo info_d;
    info_d.id = std::string(k);
    std::string_view text;
    if (obj["source"].get_string().get(text) == simdjson::SUCCESS) info_d.source = text;
    if (obj["date"].get_string().get(text) == simdjson::SUCCESS) info_d.date = text;
    if (obj["lang"].get_string().get(text) == simdjson::SUCCESS) info_d.lang = text;
    simdjson::dom::array list;
    if (obj["entities"].get_array().get(list) == simdjson::SUCCESS) info_d.entities = list.size();
    if (obj["edges"].get_array().get(list) == simdjson::SUCCESS) info_d.relations = list.size();
    std::uint64_t num = 0;
    if (obj["num"].get_uint64().get(num) != simdjson::SUCCESS) num = 0;
    info_d.number = num;
    docs.emplace_back(num, std::move(info_d));
    return true;
  }));
  KG_RETURN_IF_ERROR(inner);
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<DocumentInfo> out;
  for (auto& [n, doc] : docs) out.push_back(std::move(doc));
  return out;
}

Result<GraphCounts> Store::counts() const {
  GraphCounts c;
  std::map<EntityType, std::uint64_t> by_type;
  std::map<PredicateId, std::uint64_t> by_pred;
  Status inner;
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kEntities, "", [&](std::string_view k, std::string_view v) {
    auto e = decode_entity(keys::get_u64(k), v);
    if (!e.ok()) {
      inner = e.status();
      return false;
    }
    by_type[e->type]++;
    c.entities++;
    return true;
  }));
  KG_RETURN_IF_ERROR(inner);
  KG_RETURN_IF_ERROR(scan_edges([&](const Edge& e) {
    by_pred[e.predicate]++;
    c.edges++;
  }));
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kDocuments, "", [&](std::string_view, std::string_view) {
    c.documents++;
    return true;
  }));
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kEvidence, "", [&](std::string_view, std::string_view) {
    c.evidence++;
    return true;
  }));
  for (const auto& t : entity_types()) c.entities_by_type.emplace_back(t.type, by_type[t.type]);
  for (const auto& p : predicates()) c.edges_by_predicate.emplace_back(p.id, by_pred[p.id]);
  return c;
}

Status Store::check(const std::function<void(std::uint64_t)>& progress) const {
  const Impl& d = *impl_;
  Status problem;
  auto fail = [&](std::string msg) {
    if (problem.ok()) problem = Status::Corruption(std::move(msg));
    return false;
  };
  std::uint64_t verified = 0;
  KG_RETURN_IF_ERROR(d.scan_prefix(kDocuments, "", [&](std::string_view k, std::string_view v) {
    if (progress && ++verified % 1000 == 0) progress(verified);
    std::string doc(k);
    json rec = json::parse(v, nullptr, false);
    if (rec.is_discarded() || !rec.contains("edges") || !rec.contains("entities") || !rec.contains("num")) {
      return fail("document " + doc + ": unreadable record");
    }
    for (const auto& ej : rec["entities"]) {
      auto id = d.redirect(ej.get<EntityId>());
      if (!id.ok()) return fail(id.status().message());
      std::string value;
      bool found = false;
      if (!d.get(kEntities, keys::id_key(*id), &value, &found).ok() || !found) {
        return fail("document " + doc + ": entity #" + std::to_string(*id) + " is missing");
      }
    }
    for (const auto& ej : rec["edges"]) {
      auto s = d.redirect(ej.at(0).get<EntityId>());
      auto o = d.redirect(ej.at(2).get<EntityId>());
      if (!s.ok() || !o.ok()) return fail("document " + doc + ": broken merge record");
      Edge e = keys::canonical(Edge{*s, ej.at(1).get<PredicateId>(), *o, 0});
      if (e.subject == e.object) continue;
      Status st;
      std::string name = std::to_string(e.subject) + " " + std::string(predicate_info(e.predicate).name) + " " +
                         std::to_string(e.object);
      if (d.counter_value(kSpo, keys::spo_key(e.subject, e.predicate, e.object), &st) <= 0 ||
          d.counter_value(kPos, keys::pos_key(e.subject, e.predicate, e.object), &st) <= 0 ||
          d.counter_value(kOsp, keys::osp_key(e.subject, e.predicate, e.object), &st) <= 0) {
        return fail("document " + doc + ": edge " + name + " is missing from an index");
      }
      std::string prefix = keys::evidence_prefix(e.subject, e.predicate, e.object);
      keys::put_u64(&prefix, rec["num"].get<std::uint64_t>());
      bool any = false;
      st = d.scan_prefix(kEvidence, prefix, [&](std::string_view, std::string_view) {
        any = true;
        return false;
      });
      if (!st.ok() || !any) return fail("document " + doc + ": evidence of edge " + name + " is missing");
    }
    return true;
  }));
  KG_RETURN_IF_ERROR(problem);
  // Every name and surname names an entity that exists.
  KG_RETURN_IF_ERROR(d.scan_prefix(kNames, "", [&](std::string_view k, std::string_view) {
    if (k.size() < keys::kIdSize + 2) return fail("names: malformed key");
    EntityId id = keys::get_u64(k.substr(k.size() - keys::kIdSize));
    std::string value;
    bool found = false;
    if (!d.get(kEntities, keys::id_key(id), &value, &found).ok() || !found) {
      return fail("the name \"" + std::string(k.substr(0, k.size() - keys::kIdSize - 2)) + "\" names entity #" +
                  std::to_string(id) + ", which is missing");
    }
    return true;
  }));
  KG_RETURN_IF_ERROR(problem);
  // The three edge orders agree.
  std::uint64_t spo = 0, pos = 0, osp = 0;
  KG_RETURN_IF_ERROR(d.scan_prefix(kSpo, "", [&](std::string_view, std::string_view) { return ++spo, true; }));
  KG_RETURN_IF_ERROR(d.scan_prefix(kPos, "", [&](std::string_view, std::string_view) { return ++pos, true; }));
  KG_RETURN_IF_ERROR(d.scan_prefix(kOsp, "", [&](std::string_view, std::string_view) { return ++osp, true; }));
  if (spo != pos || spo != osp) {
    return Status::Corruption("edge indexes disagree: spo " + std::to_string(spo) + ", pos " + std::to_string(pos) +
                              ", osp " + std::to_string(osp));
  }
  // A current graph image must show exactly the stored edges (a stale one is never used).
  if (const GraphSnapshot* image = d.graph_image()) {
    if (image->edge_count() != spo) {
      return Status::Corruption("the graph image holds " + std::to_string(image->edge_count()) + " edges, the store " +
                                std::to_string(spo) + "; kg compact rewrites it");
    }
    KG_RETURN_IF_ERROR(image->scan_edges([&](const Edge& e) {
      if (!problem.ok()) return;
      Status st;
      std::int64_t n = d.counter_value(kSpo, keys::spo_key(e.subject, e.predicate, e.object), &st);
      if (!st.ok() || n <= 0 || static_cast<std::uint64_t>(n) != e.support) {
        fail("the graph image disagrees with the store on edge #" + std::to_string(e.subject) + " " +
             std::string(predicate_info(e.predicate).name) + " #" + std::to_string(e.object) +
             "; kg compact rewrites it");
      }
    }));
    KG_RETURN_IF_ERROR(problem);
  }
  return Status::Ok();
}

Status Store::edges_of(EntityId id, std::vector<Edge>* out) const {
  if (const GraphSnapshot* image = impl_->graph_image()) return image->edges_of(id, out);
  return impl_->collect_edges(id, out);
}

const GraphSnapshot* Store::snapshot() const { return impl_->graph_image(); }

Status Store::write_graph_image() {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  KG_ASSIGN_OR_RETURN(GraphSnapshot snapshot, GraphSnapshot::build(*this));
  return snapshot.save(d.image_path(), d.generation);
}

Result<bool> Store::graph_image_current() const {
  Impl& d = *impl_;
  auto r = GraphSnapshot::open(d.image_path(), *this);
  if (!r.ok()) return r.status().code() == StatusCode::kNotFound ? Result<bool>(false) : Result<bool>(r.status());
  return r->stamp() == d.generation;
}

std::uint64_t Store::degree_hint(EntityId id) const {
  if (const GraphSnapshot* image = impl_->graph_image()) return image->degree_hint(id);
  Status st;
  std::int64_t w = impl_->counter_value(kSupport, keys::weight_key(id), &st);
  return st.ok() && w > 0 ? static_cast<std::uint64_t>(w) : 0;
}

Result<EntityType> Store::type_of(EntityId id) const {
  std::string v;
  bool found = false;
  KG_RETURN_IF_ERROR(impl_->get(kEntities, keys::id_key(id), &v, &found));
  if (!found) return Status::NotFound("no entity #" + std::to_string(id));
  KG_ASSIGN_OR_RETURN(StoredEntity e, decode_entity(id, v));
  return e.type;
}

Status Store::scan_edges(const std::function<void(const Edge&)>& fn) const {
  if (const GraphSnapshot* image = impl_->graph_image()) return image->scan_edges(fn);
  // Whole-graph scans (ranking, snapshots) read every edge: split the id space into one range
  // per core, read the ranges in parallel, then hand the edges over in key order.
  const Impl& d = *impl_;
  const unsigned parts = worker_count(8);
  const EntityId end = d.next_entity;  // the last range is open-ended, so this is only a split hint
  std::vector<std::vector<Edge>> chunks(parts);
  std::vector<Status> results(parts);
  parallel_for(parts, [&](std::size_t part) {
    EntityId from = end / parts * part, to = part + 1 == parts ? ~EntityId{0} : end / parts * (part + 1);
    std::string lower = keys::id_key(from), upper = keys::id_key(to);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions ro;
    ro.iterate_upper_bound = &upper_slice;
    ro.fill_cache = false;  // a one-off sweep must not evict what queries use
    std::unique_ptr<rocksdb::Iterator> it(d.db->NewIterator(ro, d.h(kSpo)));
    for (it->Seek(lower); it->Valid(); it->Next()) {
      if (it->key().size() != keys::kEdgeKeySize) continue;
      Edge e = keys::decode_spo(it->key().ToStringView());
      e.support = static_cast<std::uint64_t>(std::max<std::int64_t>(0, keys::decode_counter(it->value().ToStringView())));
      chunks[part].push_back(e);
    }
    results[part] = from_rocksdb(it->status(), "scan edges");
  }, parts);
  for (unsigned p = 0; p < parts; ++p) {
    KG_RETURN_IF_ERROR(results[p]);
    for (const Edge& e : chunks[p]) fn(e);
    chunks[p] = {};
  }
  return Status::Ok();
}

}  // namespace kg
