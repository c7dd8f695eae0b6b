#include "fact_filter.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace kg::cli {

Result<DateRange> parse_date(std::string_view option, std::string_view date) {
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > date.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    return true;
  };
  const bool year = date.size() == 4 && digits(0, 4);
  const bool month = date.size() == 7 && digits(0, 4) && date[4] == '-' && digits(5, 2);
  const bool day =
      date.size() == 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' && digits(8, 2);
  if (!(year || month || day)) {
    return Status::InvalidArgument("--" + std::string(option) + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not \"" +
                                   std::string(date) + "\"");
  }
  const std::string d(date);
  if (year) return DateRange{d + "-01-01", d + "-12-31"};
  if (month) return DateRange{d + "-01", d + "-31"};
  return DateRange{d, d};
}

bool FactFilter::keeps(const StoredEvidence& e) const {
  if (e.confidence < min_confidence) return false;
  if (!document.empty() && e.document != document && e.source != document) {
    std::error_code ec;
    const std::string absolute = std::filesystem::absolute(document, ec).lexically_normal().string();
    if (ec || e.source != absolute) return false;
  }
  if (!dated()) return true;
  if (e.date.empty()) return false;
  auto range = parse_date("date", e.date);
  if (!range.ok()) return false;  // a date the documents gave in another form: not comparable
  if (since && range->last < since->first) return false;
  if (until && range->first > until->last) return false;
  if (as_of && range->first > as_of->last) return false;
  return true;
}

bool FactFilter::keeps(const Edge& e, EntityType subject_type, EntityType object_type) const {
  if ((predicates & predicate_bit(e.predicate)) == 0 || e.support < min_support) return false;
  if ((types & (type_bit(subject_type) | type_bit(object_type))) == 0) return false;
  if (involving && e.subject != *involving && e.object != *involving) return false;
  auto ends = [&](EntityId s, EntityId o) { return (!subject || *subject == s) && (!object || *object == o); };
  return ends(e.subject, e.object) || (predicate_info(e.predicate).symmetric && ends(e.object, e.subject));
}

std::vector<OptionSpec> evidence_filter_options() {
  return {
      {"since", "DATE", "only sentences from documents dated on or after DATE (YYYY[-MM[-DD]])", ""},
      {"until", "DATE", "only sentences from documents dated on or before DATE", ""},
      {"as-of", "DATE", "what was known on DATE: sentences from documents dated by then (kg keeps no end dates)", ""},
      {"document", "DOC", "only sentences of this document (its id or source)", ""},
      {"min-confidence", "X", "only sentences whose rule gave at least this confidence (0..1)", "0"},
  };
}

std::vector<OptionSpec> fact_filter_options(bool ends) {
  std::vector<OptionSpec> o;
  if (ends) {
    o.push_back({"subject", "NAME", "facts whose subject is this entity (name, alias or #ID)", ""});
    o.push_back({"object", "NAME", "facts whose object is this entity", ""});
  }
  o.push_back({"predicate", "P", "only facts with this predicate", "", true});
  o.push_back({"type", "TYPE", "only facts with an end of this type (PER, ORG, LOC, EVENT)", "", true});
  for (OptionSpec& e : evidence_filter_options()) o.push_back(std::move(e));
  o.push_back({"min-support", "N", "only facts stated by at least N documents", "0"});
  return o;
}

Result<FactFilter> evidence_filter(const Args& args) {
  FactFilter f;
  for (const char* option : {"since", "until", "as-of"}) {
    if (args.value(option).empty()) continue;
    KG_ASSIGN_OR_RETURN(DateRange r, parse_date(option, args.value(option)));
    (std::string_view(option) == "since" ? f.since : std::string_view(option) == "until" ? f.until : f.as_of) = r;
  }
  if (f.since && f.until && f.since->first > f.until->last)
    return Status::InvalidArgument("--since " + args.value("since") + " lies after --until " + args.value("until"));
  f.document = args.value("document");
  try {
    std::size_t used = 0;
    const std::string text = args.value("min-confidence");
    f.min_confidence = std::stod(text, &used);
    if (used != text.size() || f.min_confidence < 0 || f.min_confidence > 1) throw std::invalid_argument(text);
  } catch (const std::exception&) {
    return Status::InvalidArgument("--min-confidence takes a number from 0 to 1, not \"" +
                                   args.value("min-confidence") + "\"");
  }
  return f;
}

SentenceTest sentence_test(const FactFilter& filter) {
  if (!filter.filters_sentences()) return {};
  return [filter](const StoredEvidence& e) { return filter.keeps(e); };
}

Result<FactFilter> fact_filter(const Args& args, const Store& store, bool ends) {
  KG_ASSIGN_OR_RETURN(FactFilter f, evidence_filter(args));
  KG_ASSIGN_OR_RETURN(f.predicates, predicate_mask(args.values("predicate")));
  KG_ASSIGN_OR_RETURN(f.types, type_mask(args.values("type")));
  KG_ASSIGN_OR_RETURN(long support, args.integer("min-support", 0, 1L << 40));
  f.min_support = static_cast<std::uint64_t>(support);
  if (ends) {
    if (!args.value("subject").empty()) {
      KG_ASSIGN_OR_RETURN(EntityId id, store.resolve(args.value("subject")));
      f.subject = id;
    }
    if (!args.value("object").empty()) {
      KG_ASSIGN_OR_RETURN(EntityId id, store.resolve(args.value("object")));
      f.object = id;
    }
  }
  return f;
}

bool filter_fact(const FactFilter& filter, Fact* fact) {
  std::erase_if(fact->evidence, [&](const StoredEvidence& e) { return !filter.keeps(e); });
  return !fact->evidence.empty();
}

std::string first_date(const Fact& fact) {
  std::string first;
  for (const StoredEvidence& e : fact.evidence)
    if (!e.date.empty() && (first.empty() || e.date < first)) first = e.date;
  return first;
}

Result<std::vector<Fact>> select_facts(const Store& store, const FactFilter& filter) {
  std::vector<Fact> out;
  EntityCache entities(store);
  auto consider = [&](const Edge& edge, std::vector<StoredEvidence> evidence) -> Status {
    KG_ASSIGN_OR_RETURN(const StoredEntity* s, entities.get(edge.subject));
    KG_ASSIGN_OR_RETURN(const StoredEntity* o, entities.get(edge.object));
    if (!filter.keeps(edge, s->type, o->type)) return Status::Ok();
    Fact f;
    f.edge = edge;
    f.subject = *s;
    f.object = *o;
    f.evidence = std::move(evidence);
    for (const auto& ev : f.evidence)
      for (const auto& [k, v] : ev.attributes.items())
        if (!f.attributes.contains(k)) f.attributes[k] = v;
    if (filter_fact(filter, &f)) out.push_back(std::move(f));
    return Status::Ok();
  };
  if (filter.subject || filter.object || filter.involving) {
    std::vector<Edge> edges;
    KG_RETURN_IF_ERROR(store.edges_of(filter.subject  ? *filter.subject
                                      : filter.object ? *filter.object
                                                      : *filter.involving,
                                      &edges));
    for (const Edge& edge : edges) {
      if ((filter.predicates & predicate_bit(edge.predicate)) == 0) continue;
      KG_ASSIGN_OR_RETURN(auto evidence, store.evidence(edge));
      KG_RETURN_IF_ERROR(consider(edge, std::move(evidence)));
    }
  } else {
    Status inner;
    KG_RETURN_IF_ERROR(store.scan_facts([&](const Edge& edge, std::span<const StoredEvidence> evidence) {
      if (!inner.ok() || (filter.predicates & predicate_bit(edge.predicate)) == 0) return;
      inner = consider(edge, std::vector<StoredEvidence>(evidence.begin(), evidence.end()));
    }));
    KG_RETURN_IF_ERROR(inner);
  }
  std::stable_sort(out.begin(), out.end(), [](const Fact& a, const Fact& b) {
    const std::string da = first_date(a), db = first_date(b);
    if (da.empty() != db.empty()) return db.empty();
    if (da != db) return da < db;
    if (a.subject.name != b.subject.name) return a.subject.name < b.subject.name;
    return a.object.name < b.object.name;
  });
  return out;
}

}  // namespace kg::cli
