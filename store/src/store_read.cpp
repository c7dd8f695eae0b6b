// Reads: lookups by name, entity and evidence records, scans, documents, counts, the graph image.
#include "store_impl.h"

namespace kg {

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
  if (ids.empty() && !normalize_name(name).empty()) {
    // A person by any of the words of the name, in order: "Xi" (Xi Jinping), "Van der Bellen"
    // (Alexander Van der Bellen), "George Bush" (George W. Bush). A scan of the entities, made
    // only when no name, alias or surname matched.
    auto words = [](const std::string& text) {
      std::vector<std::string> out;
      std::size_t at = 0;
      while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        if (end > at) out.push_back(text.substr(at, end - at));
        at = end + 1;
      }
      return out;
    };
    const std::vector<std::string> query = words(normalize_name(name));
    KG_RETURN_IF_ERROR(scan_entities([&](const StoredEntity& e) {
      if (e.type != EntityType::kPerson) return true;
      const std::vector<std::string> have = words(normalize_name(e.name));
      std::size_t k = 0;
      for (const std::string& w : have)
        if (k < query.size() && w == query[k]) ++k;
      if (k == query.size() && query.size() < have.size()) ids.push_back(e.id);
      return ids.size() <= 10;
    }));
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
    if (!e.ok()) continue;
    // An event's place tells same-named events apart ("#4 summit (EVENT, Lima)").
    std::string place;
    if (auto p = e->attributes.find("place"); p != e->attributes.end() && p->is_string())
      place = ", " + p->get<std::string>();
    msg += " #" + std::to_string(id) + " " + e->name + " (" + std::string(info(e->type).code) + place + ")";
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
  e.support =
      static_cast<std::uint64_t>(std::max<std::int64_t>(0, impl_->counter_value(kSupport, keys::id_key(id), &st)));
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
  if (parser.parse(value.data(), value.size()).get(root) != simdjson::SUCCESS ||
      root.get_object().get(obj) != simdjson::SUCCESS) {
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
    e.support =
        static_cast<std::uint64_t>(std::max<std::int64_t>(0, keys::decode_counter(edges->value().ToStringView())));
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

Result<std::vector<DocumentInfo>> Store::documents() const { return documents_mentioning({}); }

Result<std::vector<DocumentInfo>> Store::documents_mentioning(const std::vector<EntityId>& ids) const {
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
    if (!ids.empty()) {
      bool mentions = false;
      for (simdjson::dom::element x : list) {
        std::uint64_t e = 0;
        mentions = mentions ||
                   (x.get_uint64().get(e) == simdjson::SUCCESS && std::find(ids.begin(), ids.end(), e) != ids.end());
      }
      if (!mentions) return true;
    }
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

Result<GraphCounts> Store::totals() const {
  GraphCounts c;
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kEntities, "", [&](std::string_view k, std::string_view) {
    c.entities += k.size() == keys::kIdSize ? 1 : 0;
    return true;
  }));
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kSpo, "", [&](std::string_view k, std::string_view) {
    c.edges += k.size() == keys::kEdgeKeySize ? 1 : 0;  // as scan_edges counts them
    return true;
  }));
  KG_RETURN_IF_ERROR(impl_->scan_prefix(kDocuments, "", [&](std::string_view, std::string_view) {
    c.documents++;
    return true;
  }));
  return c;
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
  // The record is a JSON object written with sorted keys, so "type" is its last member: read it
  // from the end (pattern queries ask for many types) and parse the whole record only otherwise.
  for (const EntityTypeInfo& t : entity_types()) {
    const std::size_t n = t.code.size();
    if (v.size() > n + 10 && v.ends_with("\"}") && v.compare(v.size() - n - 2, n, t.code) == 0 &&
        v.compare(v.size() - n - 10, 8, "\"type\":\"") == 0)
      return t.type;
  }
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
  parallel_for(
      parts,
      [&](std::size_t part) {
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
          e.support =
              static_cast<std::uint64_t>(std::max<std::int64_t>(0, keys::decode_counter(it->value().ToStringView())));
          chunks[part].push_back(e);
        }
        results[part] = from_rocksdb(it->status(), "scan edges");
      },
      parts);
  for (unsigned p = 0; p < parts; ++p) {
    KG_RETURN_IF_ERROR(results[p]);
    for (const Edge& e : chunks[p]) fn(e);
    chunks[p] = {};
  }
  return Status::Ok();
}

}  // namespace kg
