// Opening and creating a kg database: the creation marker, the format version, readers that race a writer.
#include "store_impl.h"

namespace kg {
namespace {

// How often a read-only open is tried when a writer deleted a file it was about to open.
constexpr int kReadOnlyOpenAttempts = 12;

// The race of a read-only open with a writer that deletes obsolete files.
bool missing_file(const rocksdb::Status& s) {
  return (s.IsIOError() || s.IsCorruption() || s.IsPathNotFound()) &&
         s.ToString().find("No such file or directory") != std::string::npos;
}

}  // namespace

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

  if (!options.read_only) {
    KG_ASSIGN_OR_RETURN(WriterLock lock, WriterLock::acquire(path));
    impl->lock.emplace(std::move(lock));
    // Under the lock: mark a creation before any other file is written (the info log included),
    // so that a kill in the middle leaves a folder every later open recognises as an unfinished
    // kg database.
    if (!exists) KG_RETURN_IF_ERROR(store_internal::create_marker(creating_marker.string()));
  }
  // Readers write nothing into the folder; the writer logs RocksDB's warnings to LOG.
  db_options.info_log = store_internal::make_info_log(options.read_only ? "" : (fs::path(path) / "LOG").string(),
                                                      db_options.info_log_level);
  impl->db_options = db_options;

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
      return Status::Corruption(path + " is not a kg database of format version " + std::to_string(kFormatVersion) +
                                " (" + one_line(s.ToString()) + ")");
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
      KG_RETURN_IF_ERROR(
          impl->scan_prefix(kDocuments, "", [&](std::string_view, std::string_view) { return empty = false; }));
      if (!empty) return Status::Corruption(path + " has no kg format version");
      return std::unique_ptr<Store>(new Store(std::move(impl)));
    }
    rocksdb::WriteOptions durable;
    durable.sync = true;
    KG_RETURN_IF_ROCKS(impl->db->Put(durable, impl->h(kMeta), keys::kFormatVersionKey, std::to_string(kFormatVersion)),
                       "write " + path);
  } else if (version == "1") {
    // Version 1 lacked the identity rows documents join on: readers need none, a writer adds them.
    if (!options.read_only) KG_RETURN_IF_ERROR(impl->upgrade_from_version_1());
  } else if (version != std::to_string(kFormatVersion)) {
    return Status::Corruption(path + " has kg format version " + version + "; this kg reads versions 1 and " +
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

// Adds the identity row of every entity (keys.h) and writes version 2, in one batch.
Status Store::Impl::upgrade_from_version_1() {
  rocksdb::WriteBatch batch;
  Status bad;
  KG_RETURN_IF_ERROR(scan_prefix(kEntities, "", [&](std::string_view k, std::string_view v) {
    json rec = json::parse(v, nullptr, false);
    auto type = rec.is_object() ? parse_entity_type(rec.value("type", "")) : std::nullopt;
    if (k.size() != keys::kIdSize || !type) {
      bad = Status::Corruption("unreadable entity record in " + path);
      return false;
    }
    const std::string name = rec.value("name", "");
    auto key = identity_key(*type, name, rec.contains("attributes") ? rec["attributes"] : json());
    if (key) {
      auto s =
          batch.Put(h(kNames), keys::name_key(*key, keys::kIdentityKind, keys::get_u64(k)), type_byte(*type) + name);
      if (!s.ok()) bad = from_rocksdb(s, "write");
    }
    return bad.ok();
  }));
  KG_RETURN_IF_ERROR(bad);
  KG_RETURN_IF_ROCKS(batch.Put(h(kMeta), keys::kFormatVersionKey, std::to_string(kFormatVersion)), "write");
  rocksdb::WriteOptions durable;
  durable.sync = true;
  return from_rocksdb(db->Write(durable, &batch), "upgrade " + path);
}

}  // namespace kg
