// Loading groups of documents: resolution against the store, staging into a write batch or table files.
#include "store_impl.h"

namespace kg {
namespace {

// The evidence value (keys.h), written directly: this runs once per relation on the load path,
// where building a nlohmann::json object per relation cost more than parsing the input.
std::string evidence_record(const std::string& doc_id, const Relation& r) {
  std::string v;
  v.reserve(64 + doc_id.size() + r.evidence.text.size());
  v.append("{\"doc\":");
  append_quoted(&v, doc_id);
  v.append(",\"start\":").append(std::to_string(r.evidence.span.start));
  v.append(",\"end\":").append(std::to_string(r.evidence.span.end));
  v.append(",\"text\":");
  append_quoted(&v, r.evidence.text);
  v.append(",\"confidence\":").append(json(r.confidence).dump());
  if (!r.attributes.empty()) v.append(",\"attributes\":").append(r.attributes.dump());
  if (!r.rule.empty()) {
    v.append(",\"rule\":");
    append_quoted(&v, r.rule);
  }
  v.push_back('}');
  return v;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// load

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
    bool operator<(const FixedKey& o) const {
      return std::tie(hi, mid, tail, size) < std::tie(o.hi, o.mid, o.tail, o.size);
    }
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
  parallel_for(
      families.size(),
      [&](std::size_t i) {
        std::size_t f = families[i];
        results[i] = write_family(f, (dir / (std::string(kFamilies[f]) + ".sst")).string(), &args[i]);
      },
      worker_count(4));
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
  std::unordered_map<std::string, Identity> identities;  // identity key → entity and shown name
  std::unordered_set<std::string> documents;             // ids of documents staged
  // Documents of this group that name an entity known by several languages' names so (the
  // aliases family's counters, not yet readable from the database).
  std::map<std::pair<EntityId, std::string>, std::int64_t> named;
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

  // `indexed`: the name row is known to exist (the entity was joined on an identity that is its
  // normalised name, and the document that created it wrote that row).
  // `by_language`: the entity has keys besides its name's (a state's code, another language's
  // name), so which of its names the graph shows counts documents (below).
  auto add_name = [&](EntityId id, EntityType type, const std::string& surface, bool indexed,
                      bool by_language) -> Status {
    if (!surfaces.emplace(id, surface).second) return Status::Ok();
    KG_RETURN_IF_ERROR(out.merge(kAliases, keys::alias_key(id, surface), 1));
    if (by_language) ++group.named[{id, surface}];
    if (indexed) return Status::Ok();
    std::string norm = normalize_name(surface);
    std::string key = keys::name_key(norm, keys::kNameKind, id);
    if (names_written.count(key)) return Status::Ok();  // this writer wrote it already
    KG_RETURN_IF_ERROR(out.put(kNames, key, type_byte(type)));
    if (names_written.size() >= (1u << 22)) names_written.clear();
    names_written.insert(std::move(key));
    group.new_names.emplace_back(norm, keys::kNameKind, id, type);
    return Status::Ok();
  };

  for (const Entity& e : doc.entities) {
    // Documents join on identity keys only (core/identity.h), so the graph is the same whatever
    // order and grouping the documents come in.
    // Its keys in order of preference (a state's ISO code before its name): the first known joins.
    const std::vector<std::string> keys_of = identity_keys(e.type, e.name, e.attributes);
    Identity known;
    bool by_code = false;              // joined on a key that is no name (a state's ISO code)
    std::vector<std::string> unknown;  // keys tried before the one that joined, which nothing has yet
    for (const std::string& key : keys_of) {
      if (auto it = group.identities.find(key); it != group.identities.end()) {
        known = it->second;
      } else {
        KG_ASSIGN_OR_RETURN(known, identity(key));
      }
      if (known.id != 0) {
        by_code = keys_of.size() > 1 && key == keys_of.front();
        break;
      }
      unknown.push_back(key);
    }
    EntityId id = known.id;
    // A better spelling of the same name replaces the shown one (an event's name may differ
    // more: its key says what happened, where and when). Of the names languages give one entity
    // (joined on a state's code or another language's name: "Polen" and "Poland"), the graph
    // shows the one most of its documents use, ties going to the better spelling; only this
    // document's name can overtake, so the outcome does not depend on the order of documents.
    bool respelled = false;
    if (id != 0 && by_code && normalize_name(e.name) != normalize_name(known.shown)) {
      const auto documents_naming = [&](const std::string& name, Status* st) {
        std::int64_t n = counter_value(kAliases, keys::alias_key(id, name), st);
        if (auto it = group.named.find({id, name}); it != group.named.end()) n += it->second;
        if (!surfaces.count({id, name}) &&
            (name == e.name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()))
          ++n;  // this document's, written below
        return n;
      };
      Status st;
      const std::int64_t mine = documents_naming(e.name, &st);
      KG_RETURN_IF_ERROR(st);
      const std::int64_t shown = documents_naming(known.shown, &st);
      KG_RETURN_IF_ERROR(st);
      respelled = mine > shown || (mine == shown && better_spelling(e.name, known.shown));
    } else if (id != 0) {
      respelled = better_spelling(e.name, known.shown) &&
                  (e.type == EntityType::kEvent || by_code || normalize_name(e.name) == normalize_name(known.shown));
    }
    if (id == 0 || respelled) {
      if (id == 0) {
        id = next_entity++;
        ++stats->entities_created;
      } else {
        ++stats->entities_joined;  // and shown under this document's better spelling
      }
      json record = {{"name", e.name}, {"type", info(e.type).code}};
      if (!e.attributes.empty()) record["attributes"] = e.attributes;
      KG_RETURN_IF_ERROR(out.put(kEntities, keys::id_key(id), record.dump()));
      for (const std::string& key : keys_of) {
        KG_RETURN_IF_ERROR(out.put(kNames, keys::name_key(key, keys::kIdentityKind, id), type_byte(e.type) + e.name));
        group.identities[key] = Identity{id, e.name};
      }
      if (e.type == EntityType::kPerson && known.id == 0) {
        std::string surname = surname_key(normalize_name(e.name));
        if (!surname.empty()) {
          KG_RETURN_IF_ERROR(out.put(kNames, keys::name_key(surname, keys::kSurnameKind, id), type_byte(e.type)));
          group.new_names.emplace_back(surname, keys::kSurnameKind, id, e.type);
        }
      }
    } else {
      ++stats->entities_joined;
      for (const std::string& key : keys_of) group.identities.emplace(key, known);
      // A state a database knew by name only gains its ISO key here (and any key it lacked).
      for (const std::string& key : unknown) {
        KG_RETURN_IF_ERROR(
            out.put(kNames, keys::name_key(key, keys::kIdentityKind, id), type_byte(e.type) + known.shown));
        group.identities[key] = known;
      }
    }
    local[e.id] = id;
    if (std::find(touched.begin(), touched.end(), id) == touched.end()) touched.push_back(id);
    // (not when joined on a state's code or another language's name: "SCO" joins "SOZ" by its ref)
    const bool indexed = known.id == id && e.type != EntityType::kEvent && !by_code &&
                         normalize_name(e.name) == normalize_name(known.shown);
    const bool by_language = keys_of.size() > 1;
    KG_RETURN_IF_ERROR(add_name(id, e.type, e.name, indexed, by_language));
    for (const auto& a : e.aliases) KG_RETURN_IF_ERROR(add_name(id, e.type, a, false, by_language));
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
  append_quoted(&record, doc.source);
  record += ",\"date\":";
  append_quoted(&record, doc.date);
  record += ",\"lang\":";
  append_quoted(&record, doc.lang);
  record += ",\"entities\":[";
  for (std::size_t i = 0; i < touched.size(); ++i) (record += i ? "," : "") += std::to_string(touched[i]);
  record += "],\"aliases\":[";
  bool first = true;
  for (const auto& [id, surface] : surfaces) {
    (record += first ? "[" : ",[") += std::to_string(id) + ",";
    append_quoted(&record, surface);
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
    d.forget_caches();
    return st;
  }
  for (const auto& [norm, kind, id, type] : group.new_names) d.cache_name(norm, kind, id, type);
  for (auto& [key, known] : group.identities) d.identity_cache[key] = std::move(known);
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

}  // namespace kg
