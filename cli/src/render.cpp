#include "render.h"

#include <algorithm>
#include <set>
#include <sstream>

namespace kg::cli {

using nlohmann::json;

Result<std::unique_ptr<Store>> open_reader(const Context& ctx) {
  StoreOptions o;
  o.read_only = true;
  return Store::open(ctx.db_path, o);
}

Result<std::unique_ptr<Store>> open_writer(const Context& ctx) { return Store::open(ctx.db_path, StoreOptions{}); }

Result<const StoredEntity*> EntityCache::get(EntityId id) {
  auto it = entities_.find(id);
  if (it == entities_.end()) {
    KG_ASSIGN_OR_RETURN(StoredEntity e, store_.entity(id));
    it = entities_.emplace(id, std::move(e)).first;
  }
  return &it->second;
}

Result<Fact> load_fact(const Store& store, const Edge& edge) {
  Fact f;
  f.edge = edge;
  KG_ASSIGN_OR_RETURN(f.subject, store.entity(edge.subject));
  KG_ASSIGN_OR_RETURN(f.object, store.entity(edge.object));
  KG_ASSIGN_OR_RETURN(f.evidence, store.evidence(edge));
  for (const auto& ev : f.evidence)
    for (const auto& [k, v] : ev.attributes.items())
      if (!f.attributes.contains(k)) f.attributes[k] = v;
  return f;
}

json entity_ref_json(const StoredEntity& e) { return {{"id", e.id}, {"name", e.name}, {"type", info(e.type).code}}; }

json entity_json(const StoredEntity& e) {
  json j = entity_ref_json(e);
  j["aliases"] = e.aliases;
  j["support"] = e.support;
  if (!e.attributes.empty()) j["attributes"] = e.attributes;
  return j;
}

json fact_json(const Fact& f, bool with_evidence) {
  json j = {{"subject", entity_ref_json(f.subject)},
            {"predicate", predicate_info(f.edge.predicate).name},
            {"object", entity_ref_json(f.object)},
            {"support", f.edge.support},
            {"attributes", f.attributes}};
  // When: the dates of the documents that state it, and the date of its event where known.
  std::set<std::string> dates;
  for (const auto& e : f.evidence)
    if (!e.date.empty()) dates.insert(e.date);
  j["document_dates"] = dates;
  for (const StoredEntity* end : {&f.subject, &f.object}) {
    if (end->type == EntityType::kEvent && end->attributes.is_object() && end->attributes.contains("date")) {
      j["event_date"] = end->attributes["date"];
    }
  }
  if (with_evidence) {
    json ev = json::array();
    for (const auto& e : f.evidence) {
      json je = {
          {"document", e.document},    {"source", e.source}, {"date", e.date.empty() ? json(nullptr) : json(e.date)},
          {"start", e.span.start},     {"end", e.span.end},  {"sentence", e.sentence},
          {"confidence", e.confidence}};
      if (!e.rule.empty()) je["rule"] = e.rule;
      ev.push_back(std::move(je));
    }
    j["evidence"] = std::move(ev);
  }
  return j;
}

std::string fact_line(const Fact& f) {
  const PredicateInfo& p = predicate_info(f.edge.predicate);
  std::string label(p.name);
  if (f.attributes.contains("role") && f.attributes["role"].is_string()) {
    label += " (" + f.attributes["role"].get<std::string>() + ")";
  }
  std::string line = f.subject.name + (p.symmetric ? " ↔" : " —") + label + (p.symmetric ? "↔ " : "→ ") + f.object.name;
  line += "  [" + std::to_string(f.edge.support) + (f.edge.support == 1 ? " document]" : " documents]");
  return line;
}

void print_evidence(std::ostream& out, const Fact& f, int indent, std::size_t limit) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  std::size_t shown = 0;
  for (const auto& ev : f.evidence) {
    if (limit != 0 && shown == limit) {
      std::size_t more = f.evidence.size() - shown;
      out << pad << "… and " << more << (more == 1 ? " more sentence" : " more sentences")
          << " (--evidence 0 shows all)\n";
      break;
    }
    out << pad << "“" << ev.sentence << "”\n" << pad << "  — " << (ev.source.empty() ? ev.document : ev.source);
    if (!ev.date.empty()) out << ", " << ev.date;
    out << ", bytes " << ev.span.start << "–" << ev.span.end << "\n";
    ++shown;
  }
}

OptionSpec evidence_option() {
  return {"evidence", "N", "sentences to print per fact in text output (0: all; json has all)", "3"};
}

Result<std::size_t> evidence_limit(const Args& args) {
  KG_ASSIGN_OR_RETURN(long n, args.integer("evidence", 0, 1'000'000));
  return static_cast<std::size_t>(n);
}

namespace {
std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
}  // namespace

void Table::print(std::ostream& out) const {
  std::vector<std::size_t> width;
  for (const auto& row : rows_) {
    if (width.size() < row.size()) width.resize(row.size(), 0);
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  }
  for (const auto& row : rows_) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(width[i] - display_width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

namespace {
std::vector<std::string> split_list(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::stringstream ss(v);
    std::string item;
    while (std::getline(ss, item, ','))
      if (!item.empty()) out.push_back(item);
  }
  return out;
}
}  // namespace

Result<PredicateMask> predicate_mask(const std::vector<std::string>& names) {
  auto list = split_list(names);
  if (list.empty()) return kAnyPredicate;
  PredicateMask mask = 0;
  for (const auto& n : list) {
    auto p = parse_predicate(n);
    if (!p) {
      return Status::InvalidArgument("unknown predicate \"" + n + "\" (known: " + std::string(predicate_list()) + ")");
    }
    mask |= predicate_bit(*p);
  }
  return mask;
}

Result<TypeMask> type_mask(const std::vector<std::string>& names) {
  auto list = split_list(names);
  if (list.empty()) return kAnyType;
  TypeMask mask = 0;
  for (auto n : list) {
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    auto t = parse_entity_type(n);
    if (!t)
      return Status::InvalidArgument("unknown entity type \"" + n + "\" (known: " + std::string(entity_type_list()) +
                                     ")");
    mask |= type_bit(*t);
  }
  return mask;
}

}  // namespace kg::cli
