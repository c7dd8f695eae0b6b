// What changes stored facts besides loads: forget, merge, alias.
#include "store_impl.h"

namespace kg {

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
      auto type = parse_entity_type(rec.value("type", ""));
      auto key =
          type ? identity_key(*type, rec.value("name", ""), rec.contains("attributes") ? rec["attributes"] : json())
               : std::nullopt;
      if (key) KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, id)), "write");
      std::string norm = normalize_name(rec.value("name", ""));
      std::string surname = surname_key(norm);
      if (!surname.empty()) {
        KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(surname, keys::kSurnameKind, id)), "write");
      }
    }
    KG_ASSIGN_OR_RETURN(auto all_aliases, d.aliases_of(id));
    for (const auto& [surface, count] : all_aliases) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kAliases), keys::alias_key(id, surface)), "write");
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
    bool still_named = false;
    for (const auto& [other, n] : left) still_named = still_named || normalize_name(other) == norm;
    if (!still_named) {
      KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(norm, keys::kNameKind, id)), "write");
    }
  }
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kMeta), keys::kGenerationKey, d.bump_generation()), "write");
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.name_cache.clear();
  d.identity_cache.clear();
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
  // Documents that name `from` by its identity join `into` from now on.
  if (auto key = identity_key(a.type, a.name, a.attributes)) {
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, from)), "write");
    KG_RETURN_IF_ROCKS(
        batch.Put(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, into), type_byte(b.type) + b.name), "write");
  }
  std::string surname = surname_key(normalize_name(a.name));
  if (!surname.empty()) {
    KG_RETURN_IF_ROCKS(batch.Delete(d.h(kNames), keys::name_key(surname, keys::kSurnameKind, from)), "write");
  }
  // The curation fact supports `into` for good: it survives forget of every document.
  KG_RETURN_IF_ROCKS(
      batch.Merge(d.h(kSupport), keys::id_key(into), keys::counter(static_cast<std::int64_t>(a.support) + 1)), "write");
  KG_RETURN_IF_ROCKS(batch.Delete(d.h(kSupport), keys::id_key(from)), "write");
  KG_RETURN_IF_ROCKS(
      batch.Merge(d.h(kSupport), keys::weight_key(into), keys::counter(static_cast<std::int64_t>(degree_hint(from)))),
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
  d.identity_cache.clear();
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
  // A curated alias is an identity: later documents that name the entity so join it.
  if (auto key = identity_key(e.type, alias, json())) {
    KG_ASSIGN_OR_RETURN(Impl::Identity known, d.identity(*key));
    if (known.id == 0) {
      KG_RETURN_IF_ROCKS(
          batch.Put(d.h(kNames), keys::name_key(*key, keys::kIdentityKind, id), type_byte(e.type) + e.name), "write");
    }
  }
  KG_RETURN_IF_ROCKS(batch.Merge(d.h(kSupport), keys::id_key(id), keys::counter(1)), "write");
  json log = {{"op", "alias"}, {"entity", id}, {"name", e.name}, {"alias", surface}};
  std::string log_key(1, keys::kLogPrefix);
  keys::put_u64(&log_key, d.next_document++);
  KG_RETURN_IF_ROCKS(batch.Put(d.h(kCuration), log_key, log.dump()), "write");
  KG_RETURN_IF_ERROR(d.put_meta_counters(&batch));
  KG_RETURN_IF_ERROR(d.write(&batch));
  d.name_cache.clear();
  d.identity_cache.clear();
  return Status::Ok();
}

}  // namespace kg
