// Commands that ask the graph for facts by kind and date: facts (a filtered list), timeline (one
// entity's facts in date order, grouped by event), mentions (the documents naming an entity) and
// match (a pattern of entities and relations). Read-only, like commands_read.cpp.
#include <map>
#include <set>

#include "fact_filter.h"
#include "kg/cli/app.h"
#include "kg/core/pattern.h"

namespace kg::cli {
namespace {

using nlohmann::json;

void print_json(std::ostream& out, const json& j) { out << j.dump(2) << "\n"; }

// The source a fact was first reported in, and how many other documents state it.
std::string first_source(const Fact& f) {
  const std::string date = first_date(f);
  const StoredEvidence* first = f.evidence.empty() ? nullptr : &f.evidence.front();
  std::set<std::string> documents;
  for (const StoredEvidence& e : f.evidence) {
    documents.insert(e.document);
    if (!date.empty() && e.date == date && (first->date != date)) first = &e;
  }
  if (first == nullptr) return "";
  std::string s = first->source.empty() ? first->document : first->source;
  if (documents.size() > 1) s += " (+" + std::to_string(documents.size() - 1) + ")";
  return s;
}

json dated_fact_json(const Fact& f) {
  json j = fact_json(f);
  const std::string date = first_date(f);
  j["date"] = date.empty() ? json(nullptr) : json(date);
  return j;
}

class FactsCommand final : public Command {
 public:
  std::string_view name() const override { return "facts"; }
  std::string_view summary() const override {
    return "facts by predicate, entity, type, date, document, support and confidence";
  }
  std::string_view details() const override {
    return "One fact per line: the date it was first reported (its earliest document's date), the\n"
           "fact and its first source, in date order. Filters on dates and documents keep the\n"
           "sentences that pass and drop a fact none of whose sentences pass; --format json gives\n"
           "every kept sentence.\n"
           "  kg facts --predicate meets_with --since 2024-07-01 --until 2024-07-31\n"
           "  kg facts --subject \"Anna Probe\" --format json";
  }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = fact_filter_options(true);
    o.push_back({"limit", "N", "list at most N facts (0: all)", "0"});
    o.push_back(format_option());
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(long limit, args.integer("limit", 0, 1L << 40));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(FactFilter filter, fact_filter(args, *store, true));
    KG_ASSIGN_OR_RETURN(std::vector<Fact> facts, select_facts(*store, filter));
    if (limit > 0 && facts.size() > static_cast<std::size_t>(limit)) facts.resize(static_cast<std::size_t>(limit));
    if (format == Format::kJson) {
      json list = json::array();
      for (const Fact& f : facts) list.push_back(dated_fact_json(f));
      print_json(ctx.out, json{{"facts", list}});
      return Status::Ok();
    }
    if (facts.empty()) {
      ctx.out << "no facts match\n";
      return Status::Ok();
    }
    Table t;
    t.add({"DATE", "FACT", "SOURCE"});
    for (const Fact& f : facts) {
      const std::string date = first_date(f);
      t.add({date.empty() ? "-" : date, fact_line(f), first_source(f)});
    }
    t.print(ctx.out);
    return Status::Ok();
  }
};

class TimelineCommand final : public Command {
 public:
  std::string_view name() const override { return "timeline"; }
  std::string_view summary() const override {
    return "an entity's facts in date order, grouped by event, with sentences";
  }
  std::string_view details() const override {
    return "Each fact goes under its event: the event at its other end, else the event the entity\n"
           "takes part in that a document stating the fact also reports. Groups follow the date\n"
           "their first fact was reported; facts of no event come last. Takes the filters of\n"
           "kg facts (dates, documents, support, confidence, predicate, type).";
  }
  std::vector<ArgSpec> arguments() const override { return {{"NAME", "a name, an alias or #ID"}}; }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = fact_filter_options(false);
    o.push_back(evidence_option());
    o.push_back(format_option());
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(std::size_t limit, evidence_limit(args));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(FactFilter filter, fact_filter(args, *store, false));
    KG_ASSIGN_OR_RETURN(EntityId id, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(StoredEntity who, store->entity(id));
    filter.involving = id;
    KG_ASSIGN_OR_RETURN(std::vector<Fact> facts, select_facts(*store, filter));

    // The event of each fact: its other end, else an event the entity takes part in that one of
    // the fact's documents reports too.
    std::map<std::string, std::vector<EntityId>> events_of_document;  // document → events it reports
    for (const Fact& f : facts) {
      const StoredEntity& other = f.edge.subject == id ? f.object : f.subject;
      if (other.type != EntityType::kEvent) continue;
      for (const StoredEvidence& e : f.evidence) events_of_document[e.document].push_back(other.id);
    }
    std::map<EntityId, StoredEntity> events;
    std::vector<std::pair<EntityId, const Fact*>> placed;  // event (0: none), fact
    for (const Fact& f : facts) {
      const StoredEntity& other = f.edge.subject == id ? f.object : f.subject;
      EntityId event = 0;
      if (other.type == EntityType::kEvent) {
        event = other.id;
      } else {
        for (const StoredEvidence& e : f.evidence) {
          auto it = events_of_document.find(e.document);
          if (it != events_of_document.end()) {
            event = it->second.front();
            break;
          }
        }
      }
      if (event != 0 && !events.count(event)) {
        KG_ASSIGN_OR_RETURN(StoredEntity ev, store->entity(event));
        events.emplace(event, std::move(ev));
      }
      placed.emplace_back(event, &f);
    }
    // Groups in the order of their first fact (facts come sorted by date); no event last.
    std::vector<EntityId> order;
    for (const auto& [event, f] : placed)
      if (std::find(order.begin(), order.end(), event) == order.end()) order.push_back(event);
    std::stable_partition(order.begin(), order.end(), [](EntityId e) { return e != 0; });

    if (format == Format::kJson) {
      json groups = json::array();
      for (EntityId event : order) {
        json list = json::array();
        for (const auto& [e, f] : placed)
          if (e == event) list.push_back(dated_fact_json(*f));
        groups.push_back({{"event", event == 0 ? json(nullptr) : entity_ref_json(events.at(event))}, {"facts", list}});
      }
      print_json(ctx.out, json{{"entity", entity_ref_json(who)}, {"timeline", groups}});
      return Status::Ok();
    }
    if (facts.empty()) {
      ctx.out << "no facts of " << who.name << " match\n";
      return Status::Ok();
    }
    const std::string first = first_date(facts.front()), last = first_date(facts.back());
    ctx.out << who.name << ": " << facts.size() << (facts.size() == 1 ? " fact" : " facts");
    if (!first.empty()) ctx.out << ", " << first << (last.empty() || last == first ? "" : " to " + last);
    ctx.out << "\n";
    for (EntityId event : order) {
      ctx.out << "\n"
              << (event == 0 ? "(no event)" : events.at(event).name + "  (#" + std::to_string(event) + ")") << "\n";
      for (const auto& [e, f] : placed) {
        if (e != event) continue;
        const std::string date = first_date(*f);
        ctx.out << "  " << (date.empty() ? "-" : date) << "  " << fact_line(*f) << "\n";
        print_evidence(ctx.out, *f, 4, limit);
      }
    }
    return Status::Ok();
  }
};

class MentionsCommand final : public Command {
 public:
  std::string_view name() const override { return "mentions"; }
  std::string_view summary() const override {
    return "the documents that mention an entity, with date and how many of its sentences hold a fact";
  }
  std::vector<ArgSpec> arguments() const override { return {{"NAME", "a name, an alias or #ID"}}; }
  std::vector<OptionSpec> options() const override { return {format_option()}; }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(EntityId id, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(StoredEntity who, store->entity(id));
    // Documents record the ids of their load: the entity's and those merged into it since.
    std::vector<EntityId> ids = {id};
    KG_ASSIGN_OR_RETURN(std::vector<CurationFact> curated, store->curation(id));
    for (const CurationFact& c : curated)
      if (c.kind == CurationFact::Kind::kMerged) ids.push_back(c.id);
    KG_ASSIGN_OR_RETURN(std::vector<DocumentInfo> docs, store->documents_mentioning(ids));
    // Sentences: the distinct sentences of each document behind the entity's facts.
    std::map<std::string, std::set<std::pair<std::size_t, std::size_t>>> sentences;
    std::vector<Edge> edges;
    KG_RETURN_IF_ERROR(store->edges_of(id, &edges));
    for (const Edge& edge : edges) {
      KG_ASSIGN_OR_RETURN(auto evidence, store->evidence(edge, true));
      for (const StoredEvidence& e : evidence) sentences[e.document].insert({e.span.start, e.span.end});
    }
    std::stable_sort(docs.begin(), docs.end(), [](const DocumentInfo& a, const DocumentInfo& b) {
      if (a.date.empty() != b.date.empty()) return b.date.empty();
      return a.date < b.date;
    });
    auto count = [&](const DocumentInfo& d) {
      auto it = sentences.find(d.id);
      return it == sentences.end() ? std::size_t{0} : it->second.size();
    };
    if (format == Format::kJson) {
      json list = json::array();
      for (const DocumentInfo& d : docs) {
        list.push_back({{"id", d.id},
                        {"source", d.source},
                        {"date", d.date.empty() ? json(nullptr) : json(d.date)},
                        {"lang", d.lang},
                        {"sentences", count(d)}});
      }
      print_json(ctx.out, json{{"entity", entity_ref_json(who)}, {"documents", list}});
      return Status::Ok();
    }
    if (docs.empty()) {
      ctx.out << "no stored document mentions " << who.name << "\n";
      return Status::Ok();
    }
    ctx.out << who.name << ": " << docs.size() << (docs.size() == 1 ? " document" : " documents") << "\n";
    Table t;
    t.add({"DATE", "DOCUMENT", "SOURCE", "SENTENCES"});
    for (const DocumentInfo& d : docs) t.add({d.date.empty() ? "-" : d.date, d.id, d.source, std::to_string(count(d))});
    t.print(ctx.out);
    return Status::Ok();
  }
};

class MatchCommand final : public Command {
 public:
  std::string_view name() const override { return "match"; }
  std::string_view summary() const override { return "the entities and facts that fit a pattern (a subset of Cypher)"; }
  std::string_view details() const override {
    return "A pattern is paths of nodes and edges joined by commas, as in Cypher's MATCH:\n"
           "  (var:TYPE {name: \"...\"})   TYPE one of PER, ORG, LOC, EVENT; every part optional\n"
           "  -[var:pred|pred]->  <-[...]-  -[...]-  (either way)  -->  <--  --\n"
           "A variable named twice is one entity; at most four edges. Each row binds every variable\n"
           "and lists its facts with their sentences. Parts of a pattern with a named node start\n"
           "from that entity's relations; a part without one reads every relation once.\n"
           "  kg match '(p:PER)-[:holds_office]->(:LOC {name: \"Russland\"}), (p)-[:meets_with]-(q:PER)'\n"
           "  kg match '(a:PER)-[:participates_in]->(e:EVENT)<-[:participates_in]-(b:PER)' --format json";
  }
  std::vector<ArgSpec> arguments() const override { return {{"PATTERN", "the pattern, in quotes"}}; }
  std::vector<OptionSpec> options() const override {
    return {{"limit", "N", "list at most N rows", "100"}, evidence_option(), format_option()};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(std::size_t evidence, evidence_limit(args));
    KG_ASSIGN_OR_RETURN(long limit, args.integer("limit", 1, 1L << 40));
    const std::string& text = args.positional()[0];
    KG_ASSIGN_OR_RETURN(Pattern pattern, parse_pattern(text));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    MatchOptions o;
    o.limit = static_cast<std::size_t>(limit);
    o.resolve = [&](std::string_view name) { return store->resolve(std::string(name)); };
    KG_ASSIGN_OR_RETURN(MatchResult found, match_pattern(*store, pattern, o));
    EntityCache entities(*store);
    json rows = json::array();
    for (std::size_t r = 0; r < found.rows.size(); ++r) {
      const PatternRow& row = found.rows[r];
      json bindings = json::object();
      std::string line;
      for (std::size_t n = 0; n < pattern.nodes.size(); ++n) {
        if (pattern.nodes[n].var.empty()) continue;
        KG_ASSIGN_OR_RETURN(const StoredEntity* e, entities.get(row.nodes[n]));
        bindings[pattern.nodes[n].var] = entity_ref_json(*e);
        line += (line.empty() ? "" : ", ") + pattern.nodes[n].var + " = " + e->name + " (" +
                std::string(info(e->type).code) + ")";
      }
      json facts = json::array();
      if (format == Format::kText)
        ctx.out << (r ? "\n" : "") << "row " << r + 1 << (line.empty() ? "" : ": ") << line << "\n";
      for (std::size_t k = 0; k < pattern.edges.size(); ++k) {
        KG_ASSIGN_OR_RETURN(Fact f, load_fact(*store, row.edges[k]));
        if (format == Format::kJson) {
          json j = fact_json(f);
          if (!pattern.edges[k].var.empty()) j["var"] = pattern.edges[k].var;
          facts.push_back(std::move(j));
        } else {
          ctx.out << "  " << fact_line(f) << "\n";
          print_evidence(ctx.out, f, 4, evidence);
        }
      }
      if (format == Format::kJson) rows.push_back({{"bindings", bindings}, {"facts", facts}});
    }
    if (format == Format::kJson) {
      print_json(ctx.out, json{{"pattern", text}, {"rows", rows}, {"truncated", found.truncated}});
    } else if (found.rows.empty()) {
      ctx.out << "no match\n";
    } else if (found.truncated) {
      ctx.out << "\n(the first " << found.rows.size() << " rows; more match: --limit N)\n";
    }
    return Status::Ok();
  }
};

}  // namespace

void add_fact_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<FactsCommand>());
  out->push_back(std::make_unique<TimelineCommand>());
  out->push_back(std::make_unique<MentionsCommand>());
  out->push_back(std::make_unique<MatchCommand>());
}

}  // namespace kg::cli
