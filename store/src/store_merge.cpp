// Curation of identity: merge one entity into another, and unmerge to undo it.
//
// A merge moves the merged entity's edges, evidence, names and identity to the surviving one and
// records itself twice: a redirect ('m' ‖ from → into) that documents loaded before the merge
// follow, and an entry in the survivor's curation record ('c' ‖ into) with what unmerge needs to
// restore the entity. Support stays a count of documents: a document that mentions both counts
// once, and so does a document that states an edge in both forms. Evidence records keep their
// document and sequence; a record whose key is taken moves to the next free sequence number, so
// no sentence is lost, and every moved record notes the edge it came from ("merged_from").
#include "store_impl.h"

namespace kg {
Result<json> Store::Impl::curation_of(EntityId id) const {
  bool found = false;
  KG_ASSIGN_OR_RETURN(json rec, read_json(kCuration, keys::curated_key(id), &found));
  if (!found || !rec.is_object()) rec = json::object();
  if (!rec.contains("merged")) rec["merged"] = json::array();
  if (!rec.contains("aliases")) rec["aliases"] = json::array();
  return rec;
}

// The next free sequence number of (edge, document) evidence, over the store and what this batch
// already placed.
Result<std::uint32_t> Store::Impl::free_evidence_seq(const Edge& e, std::uint64_t doc,
                                                     std::map<std::string, std::uint32_t>* next) const {
  std::string prefix = keys::evidence_prefix(e.subject, e.predicate, e.object);
  keys::put_u64(&prefix, doc);
  auto it = next->find(prefix);
  if (it == next->end()) {
    std::uint32_t free = 0;
    KG_RETURN_IF_ERROR(scan_prefix(kEvidence, prefix, [&](std::string_view k, std::string_view) {
      if (k.size() == prefix.size() + 4) free = std::max(free, keys::get_u32(k.substr(prefix.size())) + 1);
      return true;
    }));
    it = next->emplace(prefix, free).first;
  }
  return it->second++;
}

// The identity keys an entity answers to: its own, those of the entities merged into it (their
// curation records, recursively) and of its curated aliases.
std::vector<std::string> Store::Impl::identities_in(EntityType type, const std::string& name, const json& attributes,
                                                    const json& curated) {
  std::vector<std::string> out;
  out = identity_keys(type, name, attributes);
  if (!curated.is_object()) return out;
  for (const auto& a : curated.value("aliases", json::array())) {
    if (!a.is_string()) continue;
    if (auto key = identity_key(type, a.get<std::string>(), json())) out.push_back(*key);
  }
  for (const auto& m : curated.value("merged", json::array())) {
    auto t = parse_entity_type(m.value("type", ""));
    if (!t) continue;
    std::vector<std::string> more = identities_in(*t, m.value("name", ""), m.value("attributes", json::object()),
                                                  m.value("curated", json::object()));
    out.insert(out.end(), more.begin(), more.end());
  }
  return out;
}

// The document numbers of an edge's evidence.
Result<std::set<std::uint64_t>> Store::Impl::evidence_documents(const Edge& e) const {
  std::set<std::uint64_t> docs;
  const std::string prefix = keys::evidence_prefix(e.subject, e.predicate, e.object);
  KG_RETURN_IF_ERROR(scan_prefix(kEvidence, prefix, [&](std::string_view k, std::string_view) {
    if (k.size() >= prefix.size() + 8) docs.insert(keys::get_u64(k.substr(prefix.size(), 8)));
    return true;
  }));
  return docs;
}

// Every merge redirect ('m' ‖ from → into), read once per curation command.
Result<std::map<EntityId, EntityId>> Store::Impl::redirects() const {
  std::map<EntityId, EntityId> out;
  KG_RETURN_IF_ERROR(
      scan_prefix(kCuration, std::string(1, keys::kMergedPrefix), [&](std::string_view k, std::string_view v) {
        if (k.size() == 9 && v.size() == 8) out[keys::get_u64(k.substr(1))] = keys::get_u64(v);
        return true;
      }));
  return out;
}

// Ids that stand for `target` through merges (target included).
std::set<EntityId> Store::Impl::merged_into(const std::map<EntityId, EntityId>& redirects, EntityId target) {
  std::set<EntityId> out{target};
  for (const auto& [from, into] : redirects) {
    EntityId at = from;
    for (int hops = 0; hops < 64 && at != target; ++hops) {
      auto it = redirects.find(at);
      if (it == redirects.end()) break;
      at = it->second;
    }
    if (at == target) out.insert(from);
  }
  return out;
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
  std::map<EntityId, std::int64_t> weight;  // changes of edge supports, summed per end

  // Edges and evidence.
  std::vector<Edge> edges;
  KG_RETURN_IF_ERROR(d.collect_edges(from, &edges));
  std::map<std::string, std::uint32_t> next_seq;
  for (const Edge& e : edges) {
    Edge moved = e;
    if (moved.subject == from) moved.subject = into;
    if (moved.object == from) moved.object = into;
    moved = keys::canonical(moved);
    KG_RETURN_IF_ERROR(d.delete_edge(&batch, e));
    weight[e.subject] -= static_cast<std::int64_t>(e.support);
    weight[e.object] -= static_cast<std::int64_t>(e.support);
    // A loop is no edge: its evidence stays under the old key, where unmerge finds it.
    if (moved.subject == moved.object) continue;
    KG_ASSIGN_OR_RETURN(std::set<std::uint64_t> mine, d.evidence_documents(e));
    KG_ASSIGN_OR_RETURN(std::set<std::uint64_t> theirs, d.evidence_documents(moved));
    std::int64_t added = 0;
    for (std::uint64_t doc : mine) added += theirs.count(doc) ? 0 : 1;
    KG_RETURN_IF_ERROR(d.put_edge_counters(&batch, moved, added));
    weight[moved.subject] += added;
    weight[moved.object] += added;
    const std::string old_prefix = keys::evidence_prefix(e.subject, e.predicate, e.object);
    Status st;
    KG_RETURN_IF_ERROR(d.scan_prefix(kEvidence, old_prefix, [&](std::string_view k, std::string_view v) {
      if (k.size() != old_prefix.size() + 12) return true;
      const std::uint64_t doc = keys::get_u64(k.substr(old_prefix.size(), 8));
      auto seq = d.free_evidence_seq(moved, doc, &next_seq);
      json rec = json::parse(v, nullptr, false);
      if (!seq.ok() || rec.is_discarded()) {
        st = seq.ok() ? Status::Corruption("unreadable evidence record") : seq.status();
        return false;
      }
      if (!rec.contains("merged_from")) rec["merged_from"] = {e.subject, e.predicate, e.object};
      (void)batch.Delete(d.h(kEvidence), k);
      (void)batch.Put(d.h(kEvidence), keys::evidence_key(moved.subject, moved.predicate, moved.object, doc, *seq),
                      rec.dump());
      return true;
    }));
    KG_RETURN_IF_ERROR(st);
  }
  for (const auto& [id, delta] : weight) {
    if (id != from && delta != 0) {
      KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::weight_key(id), keys::counter(delta)), "write");
    }
  }

  // Names: the merged entity's names become names of the survivor; the curation fact names it so.
  KG_ASSIGN_OR_RETURN(auto aliases, d.aliases_of(from));
  bool has_name = false;
  for (const auto& [surface, count] : aliases) {
    has_name = has_name || surface == a.name;
    std::int64_t moved = count + (surface == a.name ? 1 : 0);
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(from, surface)), "write");
    KG_RETURN_IF_ROCKS(batch.Merge(d.h(kAliases), keys::alias_key(into, surface), keys::counter(moved)), "write");
    const std::string norm = normalize_name(surface);
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(norm, keys::kNameKind, from)), "write");
    KG_RETURN_IF_ROCKS(batch.Put(d.h(kNames), keys::name_key(norm, keys::kNameKind, into), type_byte(b.type)), "write");
  }
  if (!has_name) {
    KG_RETURN_IF_ROCKS(batch.Merge(d.h(kAliases), keys::alias_key(into, a.name), keys::counter(1)), "write");
    KG_RETURN_IF_ROCKS(
        batch.Put(d.h(kNames), keys::name_key(normalize_name(a.name), keys::kNameKind, into), type_byte(b.type)),
        "write");
  }
  // Documents that name `from` by an identity of its — its own, those of entities merged into it,
  // its curated aliases — join `into` from now on.
  KG_ASSIGN_OR_RETURN(json theirs, d.curation_of(from));
  for (const std::string& key : Impl::identities_in(a.type, a.name, a.attributes, theirs)) {
    KG_ASSIGN_OR_RETURN(Impl::Identity known, d.identity(key));
    if (known.id != from) continue;
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(key, keys::kIdentityKind, from)), "write");
    KG_RETURN_IF_ROCKS(
        batch.Put(d.h(kNames), keys::name_key(key, keys::kIdentityKind, into), type_byte(b.type) + b.name), "write");
  }
  std::string surname = surname_key(normalize_name(a.name));
  if (!surname.empty()) {
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(surname, keys::kSurnameKind, from)), "write");
  }

  // Support: documents that mention either, each once.
  KG_ASSIGN_OR_RETURN(const auto redirects, d.redirects());
  const std::set<EntityId> as_from = Impl::merged_into(redirects, from), as_into = Impl::merged_into(redirects, into);
  std::int64_t both = 0;
  KG_RETURN_IF_ERROR(d.scan_prefix(kDocuments, "", [&](std::string_view, std::string_view v) {
    json rec = json::parse(v, nullptr, false);
    if (rec.is_discarded() || !rec.contains("entities")) return true;
    bool f = false, i = false;
    for (const auto& ej : rec["entities"]) {
      if (!ej.is_number_unsigned()) continue;
      f = f || as_from.count(ej.get<EntityId>());
      i = i || as_into.count(ej.get<EntityId>());
    }
    both += f && i ? 1 : 0;
    return true;
  }));
  KG_RETURN_IF_ROCKS(
      batch.Merge(d.h(kSupport), keys::id_key(into), keys::counter(static_cast<std::int64_t>(a.support) - both)),
      "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::id_key(from)), "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::weight_key(from)), "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kEntities), keys::id_key(from)), "write");

  // The curation facts: the redirect, the survivor's record (with the merged one's own), the log.
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), keys::merged_key(from), keys::id_key(into)), "write");
  KG_ASSIGN_OR_RETURN(json curated, d.curation_of(into));
  curated["merged"].push_back(
      {{"id", from}, {"name", a.name}, {"type", info(a.type).code}, {"attributes", a.attributes}, {"curated", theirs}});
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), keys::curated_key(into), curated.dump()), "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kCuration), keys::curated_key(from)), "write");
  KG_RETURN_IF_ERROR(d.log_curation(
      &batch, {{"op", "merge"}, {"from", from}, {"from_name", a.name}, {"into", into}, {"into_name", b.name}}));
  KG_RETURN_IF_ERROR(d.put_meta_counters(&batch));
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.forget_caches();
  return Status::Ok();
}

// Undoing one merge: which ids stand for the merged entity, what its documents gave it, and the
// writes that give it back, gathered in one batch.
class Store::Impl::Unmerging {
 public:
  Unmerging(Store::Impl& d, EntityId from) : d_(d), from_(from) {}

  // Finds the merge: the entity `from` is part of now and the curation entry that restores it.
  Status locate(const Store& store) {
    std::string v;
    bool found = false;
    KG_RETURN_IF_ERROR(d_.get(kCuration, keys::merged_key(from_), &v, &found));
    if (!found || v.size() != 8) return Status::NotFound("entity #" + std::to_string(from_) + " was not merged");
    // The one it was merged into may have been merged on since; the entry then lies in the
    // record of that one's entry.
    KG_ASSIGN_OR_RETURN(into_, d_.redirect(keys::get_u64(v)));
    KG_ASSIGN_OR_RETURN(survivor_, store.entity(into_));
    KG_ASSIGN_OR_RETURN(curated_, d_.curation_of(into_));
    std::function<bool(json&)> take = [&](json& record) {
      if (!record.is_object() || !record.contains("merged")) return false;
      auto& merged = record["merged"];
      for (auto it = merged.begin(); it != merged.end(); ++it) {
        if (it->value("id", EntityId{0}) == from_) {
          entry_ = *it;
          merged.erase(it);
          return true;
        }
        if (it->contains("curated") && take((*it)["curated"])) return true;
      }
      return false;
    };
    take(curated_);
    if (entry_.is_null()) return Status::Corruption("no curation record of the merge of #" + std::to_string(from_));
    KG_ASSIGN_OR_RETURN(type_, decode_type(entry_.value("type", "")));
    name_ = entry_.value("name", "");
    attributes_ = entry_.contains("attributes") ? entry_["attributes"] : json::object();
    theirs_ = entry_.contains("curated") && entry_["curated"].is_object() ? entry_["curated"] : json::object();
    return sides();
  }

  // Reads every document that names `from` (by an id that stands for it): its support, the names
  // it gave, and its evidence, which goes back to the edges it stated.
  Status read_documents() {
    Status st;
    KG_RETURN_IF_ERROR(d_.scan_prefix(kDocuments, "", [&](std::string_view, std::string_view val) {
      json rec = json::parse(val, nullptr, false);
      if (rec.is_discarded() || !rec.contains("entities") || !rec.contains("num")) return true;
      st = document(rec);
      return st.ok();
    }));
    return st;
  }

  Status write_edges() {
    Status st;
    std::map<EntityId, std::int64_t> weight;
    for (const auto& [key, delta] : edge_delta_) {
      const Edge e{std::get<0>(key), std::get<1>(key), std::get<2>(key), 0};
      const std::int64_t now = d_.counter_value(kSpo, keys::spo_key(e.subject, e.predicate, e.object), &st);
      KG_RETURN_IF_ERROR(st);
      if (now + delta <= 0) {
        KG_RETURN_IF_ERROR(d_.delete_edge(&batch_, e));
      } else {
        KG_RETURN_IF_ERROR(d_.put_edge_counters(&batch_, e, delta));
      }
      weight[e.subject] += std::max(delta, -now);
      weight[e.object] += std::max(delta, -now);
    }
    for (const auto& [id, delta] : weight) {
      if (delta != 0)
        KG_RETURN_IF_ROCKS(batch_.Merge(d_.h(kSupport), keys::weight_key(id), keys::counter(delta)), "write");
    }
    return Status::Ok();
  }

  // Names go back; the survivor keeps those other documents also gave it.
  Status write_names() {
    KG_ASSIGN_OR_RETURN(auto into_aliases, d_.aliases_of(into_));
    std::map<std::string, std::int64_t> into_count(into_aliases.begin(), into_aliases.end());
    names_back_[name_] += 0;
    curated_names(theirs_);
    for (const auto& [surface, n] : names_back_) {
      const std::int64_t taken = n + (surface == name_ ? 1 : 0);  // the merge's own naming
      const std::int64_t left = into_count[surface] - taken;
      if (left > 0) {
        KG_RETURN_IF_ROCKS(batch_.Merge(d_.h(kAliases), keys::alias_key(into_, surface), keys::counter(-taken)),
                           "write");
      } else {
        KG_RETURN_IF_ROCKS(batch_.Delete(d_.h(kAliases), keys::alias_key(into_, surface)), "write");
        into_count.erase(surface);
        const std::string norm = normalize_name(surface);
        bool still = normalize_name(survivor_.name) == norm;
        for (const auto& [other, c] : into_count) still = still || (c > 0 && normalize_name(other) == norm);
        if (!still)
          KG_RETURN_IF_ROCKS(batch_.Delete(d_.h(kNames), keys::name_key(norm, keys::kNameKind, into_)), "write");
      }
      if (n > 0 || surface == name_) {
        KG_RETURN_IF_ROCKS(
            batch_.Merge(d_.h(kAliases), keys::alias_key(from_, surface), keys::counter(std::max<std::int64_t>(n, 1))),
            "write");
      }
      KG_RETURN_IF_ROCKS(
          batch_.Put(d_.h(kNames), keys::name_key(normalize_name(surface), keys::kNameKind, from_), type_byte(type_)),
          "write");
    }
    // Its identities, and those of what was merged into it before, name it again.
    for (const std::string& key : Impl::identities_in(type_, name_, attributes_, theirs_)) {
      KG_ASSIGN_OR_RETURN(Impl::Identity known, d_.identity(key));
      if (known.id != into_) continue;
      KG_RETURN_IF_ROCKS(batch_.Delete(d_.h(kNames), keys::name_key(key, keys::kIdentityKind, into_)), "write");
      KG_RETURN_IF_ROCKS(
          batch_.Put(d_.h(kNames), keys::name_key(key, keys::kIdentityKind, from_), type_byte(type_) + name_), "write");
    }
    if (std::string surname = surname_key(normalize_name(name_)); !surname.empty() && type_ == EntityType::kPerson) {
      KG_RETURN_IF_ROCKS(batch_.Put(d_.h(kNames), keys::name_key(surname, keys::kSurnameKind, from_), type_byte(type_)),
                         "write");
    }
    return Status::Ok();
  }

  // The entity, its support and curation, the survivor's; then the one write.
  Status commit() {
    json record = {{"name", name_}, {"type", info(type_).code}};
    if (!attributes_.empty()) record["attributes"] = attributes_;
    KG_RETURN_IF_ROCKS(batch_.Put(d_.h(kEntities), keys::id_key(from_), record.dump()), "write");
    KG_RETURN_IF_ROCKS(batch_.Merge(d_.h(kSupport), keys::id_key(from_), keys::counter(from_docs_)), "write");
    KG_RETURN_IF_ROCKS(batch_.Merge(d_.h(kSupport), keys::id_key(into_), keys::counter(both_ - from_docs_)), "write");
    KG_RETURN_IF_ROCKS(batch_.Delete(d_.h(kCuration), keys::merged_key(from_)), "write");
    KG_RETURN_IF_ROCKS(batch_.Put(d_.h(kCuration), keys::curated_key(into_), curated_.dump()), "write");
    if (!theirs_.value("merged", json::array()).empty() || !theirs_.value("aliases", json::array()).empty()) {
      KG_RETURN_IF_ROCKS(batch_.Put(d_.h(kCuration), keys::curated_key(from_), theirs_.dump()), "write");
    }
    KG_RETURN_IF_ERROR(d_.log_curation(
        &batch_,
        {{"op", "unmerge"}, {"from", from_}, {"from_name", name_}, {"into", into_}, {"into_name", survivor_.name}}));
    KG_RETURN_IF_ERROR(d_.put_meta_counters(&batch_));
    KG_RETURN_IF_ERROR(d_.write(&batch_));
    d_.forget_caches();
    return Status::Ok();
  }

  EntityId into() const { return into_; }

 private:
  // The ids that stand for `from` (it and what was merged into it) and the others that stand for
  // `into`: documents loaded before the merge name them.
  Status sides() {
    KG_ASSIGN_OR_RETURN(const auto redirects, d_.redirects());
    as_from_ = Impl::merged_into(redirects, from_);
    as_into_ = Impl::merged_into(redirects, into_);
    for (EntityId id : as_from_) as_into_.erase(id);
    return Status::Ok();
  }

  EntityId side(EntityId id) const { return as_from_.count(id) ? from_ : as_into_.count(id) ? into_ : id; }

  // The namings of curation facts that go back with it: aliases added to it, and the names of what
  // was merged into it (each merge names its survivor so once).
  void curated_names(const json& record) {
    if (!record.is_object()) return;
    for (const auto& a : record.value("aliases", json::array()))
      if (a.is_string()) names_back_[a.get<std::string>()] += 1;
    for (const auto& m : record.value("merged", json::array())) {
      names_back_[m.value("name", "")] += 1;
      curated_names(m.value("curated", json::object()));
    }
  }

  Status document(const json& rec) {
    bool f = false, i = false;
    for (const auto& ej : rec["entities"]) {
      if (!ej.is_number_unsigned()) continue;
      f = f || as_from_.count(ej.get<EntityId>());
      i = i || as_into_.count(ej.get<EntityId>());
    }
    if (!f) return Status::Ok();
    ++from_docs_;
    both_ += i ? 1 : 0;
    for (const auto& aj : rec["aliases"])
      if (as_from_.count(aj.at(0).get<EntityId>())) names_back_[aj.at(1).get<std::string>()] += 1;
    num_ = rec["num"].get<std::uint64_t>();
    scanned_.clear();
    std::set<std::tuple<EntityId, PredicateId, EntityId>> restored, left_merged;
    for (const auto& ej : rec["edges"]) {
      const EntityId s0 = ej.at(0).get<EntityId>(), o0 = ej.at(2).get<EntityId>();
      if (!as_from_.count(s0) && !as_from_.count(o0)) continue;
      KG_ASSIGN_OR_RETURN(EntityId rs, d_.redirect(s0));
      KG_ASSIGN_OR_RETURN(EntityId ro, d_.redirect(o0));
      const PredicateId p = ej.at(1).get<PredicateId>();
      const Edge stated = keys::canonical(Edge{s0, p, o0, 0});
      const Edge merged = keys::canonical(Edge{rs, p, ro, 0});
      const Edge back = keys::canonical(Edge{side(s0) == from_ ? from_ : rs, p, side(o0) == from_ ? from_ : ro, 0});
      if (back.subject == back.object) continue;
      bool moved = false, stays = false;
      if (merged.subject == merged.object) {
        // A merge made it a loop and left its evidence under the edge as it was then: between
        // some id of the one side and some id of the other.
        const std::set<EntityId>& xs = side(s0) == from_ ? as_from_ : as_into_;
        const std::set<EntityId>& ys = side(o0) == from_ ? as_from_ : as_into_;
        for (EntityId x : xs) {
          for (EntityId y : ys) {
            const Edge at = keys::canonical(Edge{x, p, y, 0});
            if (at.subject == back.subject && at.object == back.object) continue;
            KG_RETURN_IF_ERROR(move_records(at, back, stated, /*all=*/true, &moved, &stays));
          }
        }
        restored.insert({back.subject, back.predicate, back.object});
        continue;
      }
      KG_RETURN_IF_ERROR(move_records(merged, back, stated, /*all=*/false, &moved, &stays));
      if (moved) restored.insert({back.subject, back.predicate, back.object});
      if (moved && !stays) left_merged.insert({merged.subject, merged.predicate, merged.object});
    }
    for (const auto& e : restored) edge_delta_[e] += 1;
    for (const auto& e : left_merged) edge_delta_[e] -= 1;
    return Status::Ok();
  }

  // Moves the document's records under `source` that belong to `from` (all of them with `all`) to
  // `back`; sets *moved when one went, *stays when one stayed. A record is at home on the edge its
  // document stated ("merged_from" where a merge moved it): it is `from`'s when one end of that
  // edge stands for `from`.
  Status move_records(const Edge& source, const Edge& back, const Edge& stated, bool all, bool* moved, bool* stays) {
    std::string prefix = keys::evidence_prefix(source.subject, source.predicate, source.object);
    keys::put_u64(&prefix, num_);
    if (!scanned_.insert(prefix).second) return Status::Ok();
    Status bad;
    Status scan = d_.scan_prefix(kEvidence, prefix, [&](std::string_view k, std::string_view ev) {
      json r = json::parse(ev, nullptr, false);
      if (r.is_discarded()) {
        bad = Status::Corruption("unreadable evidence record");
        return false;
      }
      EntityId hs = source.subject, ho = source.object;
      if (r.contains("merged_from")) {
        hs = r["merged_from"].at(0).get<EntityId>();
        ho = r["merged_from"].at(2).get<EntityId>();
      }
      if (!all && side(hs) != from_ && side(ho) != from_) {
        *stays = true;
        return true;
      }
      auto seq = d_.free_evidence_seq(back, num_, &next_seq_);
      if (!seq.ok()) {
        bad = seq.status();
        return false;
      }
      if (back.subject == stated.subject && back.object == stated.object) {
        r.erase("merged_from");
      } else {
        r["merged_from"] = {stated.subject, stated.predicate, stated.object};
      }
      (void)batch_.Delete(d_.h(kEvidence), k);
      (void)batch_.Put(d_.h(kEvidence), keys::evidence_key(back.subject, back.predicate, back.object, num_, *seq),
                       r.dump());
      *moved = true;
      return true;
    });
    return scan.ok() ? bad : scan;
  }

  Store::Impl& d_;
  const EntityId from_;
  EntityId into_ = 0;
  StoredEntity survivor_;
  json curated_, entry_, attributes_, theirs_;
  EntityType type_ = EntityType::kPerson;
  std::string name_;
  std::set<EntityId> as_from_, as_into_;
  rocksdb::WriteBatch batch_;
  std::map<std::string, std::uint32_t> next_seq_;
  std::int64_t from_docs_ = 0, both_ = 0;
  std::map<std::string, std::int64_t> names_back_;  // surfaces documents and curation gave `from`
  std::map<std::tuple<EntityId, PredicateId, EntityId>, std::int64_t> edge_delta_;
  std::uint64_t num_ = 0;          // the document being read
  std::set<std::string> scanned_;  // its evidence prefixes already moved from
};

Result<EntityId> Store::unmerge(EntityId from) {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  Impl::Unmerging undo(d, from);
  KG_RETURN_IF_ERROR(undo.locate(*this));
  KG_RETURN_IF_ERROR(undo.read_documents());
  KG_RETURN_IF_ERROR(undo.write_edges());
  KG_RETURN_IF_ERROR(undo.write_names());
  KG_RETURN_IF_ERROR(undo.commit());
  return undo.into();
}

}  // namespace kg
