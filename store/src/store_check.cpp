// Store::check: every document complete, every name pointing at an entity and every entity found by its name, the
// indexes and the graph image agreeing.
#include "store_impl.h"

namespace kg {

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
  // Every entity is found by its canonical name.
  KG_RETURN_IF_ERROR(d.scan_prefix(kEntities, "", [&](std::string_view k, std::string_view v) {
    if (k.size() != keys::kIdSize) return fail("entities: malformed key");
    const EntityId id = keys::get_u64(k);
    json rec = json::parse(v, nullptr, false);
    if (rec.is_discarded() || !rec.contains("name"))
      return fail("entity #" + std::to_string(id) + ": unreadable record");
    const std::string name = rec.value("name", "");
    std::string key = keys::name_key(normalize_name(name), keys::kNameKind, id), value;
    bool found = false;
    if (!d.get(kNames, key, &value, &found).ok() || !found) {
      return fail("entity #" + std::to_string(id) + " is not found by its name \"" + name + "\"");
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

}  // namespace kg
