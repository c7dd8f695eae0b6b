// What changes stored facts besides loads: forget and aliases (merge and unmerge: store_merge.cpp).
#include "store_impl.h"

namespace kg {

// ---------------------------------------------------------------------------------------------
// forget, aliases

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
  KG_RETURN_IF_ERROR(
      d.scan_prefix(kSources, keys::name_prefix(id_or_source), [&](std::string_view k, std::string_view) {
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
    // A document counts once for each edge and entity it supports, also when a merge made two of
    // its edges or entities one. Its evidence may also lie under the edge as it was loaded (a merge
    // that made the edge a loop leaves it there).
    std::vector<Edge> doc_edges;
    std::set<std::tuple<EntityId, PredicateId, EntityId>> counted;
    for (const auto& ej : rec.at("edges")) {
      const EntityId s0 = ej.at(0).get<EntityId>(), o0 = ej.at(2).get<EntityId>();
      const PredicateId p = ej.at(1).get<PredicateId>();
      KG_ASSIGN_OR_RETURN(EntityId s, d.redirect(s0));
      KG_ASSIGN_OR_RETURN(EntityId o, d.redirect(o0));
      Edge e = keys::canonical(Edge{s, p, o, 0});
      doc_edges.push_back(e);
      doc_edges.push_back(keys::canonical(Edge{s0, p, o0, 0}));
      if (e.subject != e.object && counted.insert({e.subject, e.predicate, e.object}).second) {
        edge_delta[{e.subject, e.predicate, e.object}] -= 1;
      }
    }
    std::sort(doc_edges.begin(), doc_edges.end(), [](const Edge& x, const Edge& y) {
      return std::tie(x.subject, x.predicate, x.object) < std::tie(y.subject, y.predicate, y.object);
    });
    doc_edges.erase(std::unique(doc_edges.begin(), doc_edges.end(),
                                [](const Edge& x, const Edge& y) {
                                  return x.subject == y.subject && x.predicate == y.predicate && x.object == y.object;
                                }),
                    doc_edges.end());
    evidence_of_docs.emplace_back(rec.at("num").get<std::uint64_t>(), std::move(doc_edges));
    std::set<EntityId> mentioned;
    for (const auto& ej : rec.at("entities")) {
      KG_ASSIGN_OR_RETURN(EntityId e, d.redirect(ej.get<EntityId>()));
      if (mentioned.insert(e).second) entity_delta[e] -= 1;
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
    // A curated entity outlives its documents, with its names.
    std::string curated;
    bool is_curated = false;
    KG_RETURN_IF_ERROR(d.get(kCuration, keys::curated_key(id), &curated, &is_curated));
    if (is_curated) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::id_key(id)), "write");
      continue;
    }
    removed.insert(id);
    ++stats.entities_removed;
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::id_key(id)), "write");
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::weight_key(id)), "write");
    bool exists = false;
    KG_ASSIGN_OR_RETURN(json rec, d.read_json(kEntities, keys::id_key(id), &exists));
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kEntities), keys::id_key(id)), "write");
    std::optional<EntityType> type;
    if (exists) {
      type = parse_entity_type(rec.value("type", ""));
      if (type) {
        for (const std::string& key :
             identity_keys(*type, rec.value("name", ""), rec.contains("attributes") ? rec["attributes"] : json()))
          KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(key, keys::kIdentityKind, id)), "write");
      }
      std::string norm = normalize_name(rec.value("name", ""));
      std::string surname = surname_key(norm);
      if (!surname.empty()) {
        KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(surname, keys::kSurnameKind, id)), "write");
      }
    }
    KG_ASSIGN_OR_RETURN(auto all_aliases, d.aliases_of(id));
    for (const auto& [surface, count] : all_aliases) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(id, surface)), "write");
      // A state joined under another language's name has that name's identity row too.
      if (type) {
        if (auto key = identity_key(*type, surface, json()))
          KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, id)), "write");
      }
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(normalize_name(surface), keys::kNameKind, id)),
                         "write");
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
    // The canonical name always finds its entity.
    bool exists = false;
    KG_ASSIGN_OR_RETURN(json record, d.read_json(kEntities, keys::id_key(id), &exists));
    bool still_named = exists && normalize_name(record.value("name", "")) == norm;
    for (const auto& [other, n] : left) still_named = still_named || normalize_name(other) == norm;
    if (!still_named) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(norm, keys::kNameKind, id)), "write");
    }
  }
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kMeta), keys::kGenerationKey, d.bump_generation()), "write");
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.forget_caches();
  return stats;
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
  // A curated alias is an identity: later documents that name the entity so join it.
  if (auto key = identity_key(e.type, alias, json())) {
    KG_ASSIGN_OR_RETURN(Impl::Identity known, d.identity(*key));
    if (known.id == 0) {
      KG_RETURN_IF_ROCKS(
          batch.Put(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, id), type_byte(e.type) + e.name), "write");
    }
  }
  KG_ASSIGN_OR_RETURN(json curated, d.curation_of(id));
  curated["aliases"].push_back(surface);
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), keys::curated_key(id), curated.dump()), "write");
  KG_RETURN_IF_ERROR(d.log_curation(&batch, {{"op", "alias"}, {"entity", id}, {"name", e.name}, {"alias", surface}}));
  KG_RETURN_IF_ERROR(d.put_meta_counters(&batch));
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.forget_caches();
  return Status::Ok();
}

Status Store::remove_alias(EntityId id, std::string_view alias) {
  Impl& d = *impl_;
  KG_RETURN_IF_ERROR(d.require_writer());
  KG_ASSIGN_OR_RETURN(StoredEntity e, entity(id));
  const std::string norm = normalize_name(alias);
  if (norm == normalize_name(e.name)) {
    return Status::InvalidArgument("\"" + std::string(alias) + "\" is the name of " + e.name + ", not an alias");
  }
  KG_ASSIGN_OR_RETURN(auto aliases, d.aliases_of(id));
  rocksdb::WriteBatch batch;
  bool found = false;
  for (const auto& [surface, count] : aliases) {
    if (normalize_name(surface) != norm) continue;
    found = true;
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(id, surface)), "write");
  }
  if (!found) return Status::NotFound(e.name + " has no alias \"" + std::string(alias) + "\"");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(norm, keys::kNameKind, id)), "write");
  if (auto key = identity_key(e.type, alias, json())) {
    KG_ASSIGN_OR_RETURN(Impl::Identity known, d.identity(*key));
    if (known.id == id)
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, id)), "write");
  }
  KG_ASSIGN_OR_RETURN(json curated, d.curation_of(id));
  auto& list = curated["aliases"];
  for (auto it = list.begin(); it != list.end();) {
    it = it->is_string() && normalize_name(it->get<std::string>()) == norm ? list.erase(it) : it + 1;
  }
  if (curated["aliases"].empty() && curated["merged"].empty()) {
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kCuration), keys::curated_key(id)), "write");
  } else {
    KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), keys::curated_key(id), curated.dump()), "write");
  }
  KG_RETURN_IF_ERROR(d.log_curation(
      &batch, {{"op", "alias remove"}, {"entity", id}, {"name", e.name}, {"alias", std::string(alias)}}));
  KG_RETURN_IF_ERROR(d.put_meta_counters(&batch));
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.forget_caches();
  return Status::Ok();
}

Result<std::vector<CurationFact>> Store::curation(EntityId id) const {
  KG_ASSIGN_OR_RETURN(json curated, impl_->curation_of(id));
  std::vector<CurationFact> out;
  // Merges into an entity that was merged on count too: they are part of this one now.
  std::function<void(const json&)> walk = [&](const json& record) {
    if (!record.is_object()) return;
    for (const auto& m : record.value("merged", json::array())) {
      out.push_back(CurationFact{CurationFact::Kind::kMerged, m.value("id", EntityId{0}), m.value("name", "")});
      if (m.contains("curated")) walk(m["curated"]);
    }
  };
  walk(curated);
  for (const auto& a : curated["aliases"])
    if (a.is_string()) out.push_back(CurationFact{CurationFact::Kind::kAlias, 0, a.get<std::string>()});
  return out;
}

}  // namespace kg
