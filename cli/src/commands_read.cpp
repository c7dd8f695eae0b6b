// Commands that only read: stats, entities, show, neighbors, path, why, documents, check.
// Each opens the database read-only, so they work while a load runs.
#include <iomanip>
#include <sstream>

#include "fact_filter.h"
#include "kg/cli/app.h"
#include "kg/core/query.h"
#include "loader.h"
#include "render.h"

namespace kg::cli {
namespace {

using nlohmann::json;

void print_json(std::ostream& out, const json& j) { out << j.dump(2) << "\n"; }

std::string type_code(EntityType t) { return std::string(info(t).code); }

class StatsCommand final : public Command {
 public:
  std::string_view name() const override { return "stats"; }
  std::string_view summary() const override {
    return "counts by type and predicate, top entities by degree and PageRank";
  }
  std::vector<OptionSpec> options() const override {
    return {{"top", "N", "how many top entities to list", "10"}, format_option()};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(long top, args.integer("top", 0, 100000));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(GraphCounts c, store->counts());
    RankOptions ro;
    ro.top = static_cast<std::size_t>(top);
    KG_ASSIGN_OR_RETURN(Ranking r, rank_entities(*store, ro));
    auto ranked = [&](const std::vector<RankedEntity>& list) -> Result<std::vector<std::pair<StoredEntity, double>>> {
      std::vector<std::pair<StoredEntity, double>> out;
      for (const auto& re : list) {
        KG_ASSIGN_OR_RETURN(StoredEntity e, store->entity(re.id));
        out.emplace_back(std::move(e), re.score);
      }
      return out;
    };
    KG_ASSIGN_OR_RETURN(auto by_degree, ranked(r.by_degree));
    KG_ASSIGN_OR_RETURN(auto by_rank, ranked(r.by_pagerank));
    if (format == Format::kJson) {
      json j = {{"documents", c.documents}, {"entities", c.entities}, {"relations", c.edges}, {"evidence", c.evidence}};
      json types = json::object(), preds = json::object();
      for (const auto& [t, n] : c.entities_by_type) types[type_code(t)] = n;
      for (const auto& [p, n] : c.edges_by_predicate) preds[std::string(predicate_info(p).name)] = n;
      j["entities_by_type"] = types;
      j["relations_by_predicate"] = preds;
      auto list = [](const auto& ranked_list, const char* key) {
        json a = json::array();
        for (const auto& [e, score] : ranked_list) {
          json je = entity_ref_json(e);
          je[key] = score;
          a.push_back(std::move(je));
        }
        return a;
      };
      j["top_by_degree"] = list(by_degree, "degree");
      j["top_by_pagerank"] = list(by_rank, "pagerank");
      print_json(ctx.out, j);
      return Status::Ok();
    }
    Table t;
    t.add({"documents", std::to_string(c.documents)});
    t.add({"entities", std::to_string(c.entities)});
    for (const auto& [type, n] : c.entities_by_type) t.add({"  " + type_code(type), std::to_string(n)});
    t.add({"relations", std::to_string(c.edges)});
    for (const auto& [p, n] : c.edges_by_predicate)
      t.add({"  " + std::string(predicate_info(p).name), std::to_string(n)});
    t.add({"evidence sentences", std::to_string(c.evidence)});
    t.print(ctx.out);
    if (!by_degree.empty()) {
      ctx.out << "\ntop entities by degree\n";
      Table d;
      for (std::size_t i = 0; i < by_degree.size(); ++i) {
        const auto& [e, score] = by_degree[i];
        d.add({"  " + std::to_string(i + 1), e.name, type_code(e.type), std::to_string(static_cast<long>(score))});
      }
      d.print(ctx.out);
      ctx.out << "\ntop entities by PageRank\n";
      Table p;
      for (std::size_t i = 0; i < by_rank.size(); ++i) {
        const auto& [e, score] = by_rank[i];
        std::ostringstream s;
        s << std::fixed << std::setprecision(4) << score;
        p.add({"  " + std::to_string(i + 1), e.name, type_code(e.type), s.str()});
      }
      p.print(ctx.out);
    }
    return Status::Ok();
  }
};

class EntitiesCommand final : public Command {
 public:
  std::string_view name() const override { return "entities"; }
  std::string_view summary() const override { return "list entities, optionally of some types"; }
  std::vector<OptionSpec> options() const override {
    return {{"type", "TYPE", "only entities of this type (PER, ORG, LOC, EVENT)", "", true},
            {"limit", "N", "list at most N entities (0: all)", "0"},
            format_option()};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(TypeMask types, type_mask(args.values("type")));
    KG_ASSIGN_OR_RETURN(long limit, args.integer("limit", 0, 1L << 40));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    json list = json::array();
    Table t;
    t.add({"ID", "NAME", "TYPE", "DOCS", "ALIASES"});
    long n = 0;
    KG_RETURN_IF_ERROR(store->scan_entities([&](const StoredEntity& e) {
      if ((types & type_bit(e.type)) == 0) return true;
      if (format == Format::kJson) {
        list.push_back(entity_json(e));
      } else {
        std::string aliases;
        for (const auto& a : e.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
        t.add({"#" + std::to_string(e.id), e.name, type_code(e.type), std::to_string(e.support), aliases});
      }
      return limit == 0 || ++n < limit;
    }));
    if (format == Format::kJson) {
      print_json(ctx.out, json{{"entities", list}});
    } else {
      t.print(ctx.out);
    }
    return Status::Ok();
  }
};

class ShowCommand final : public Command {
 public:
  std::string_view name() const override { return "show"; }
  std::string_view summary() const override { return "an entity with its aliases and every fact, with evidence"; }
  std::vector<ArgSpec> arguments() const override { return {{"NAME", "a name, an alias or #ID"}}; }
  std::vector<OptionSpec> options() const override { return {evidence_option(), format_option()}; }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(std::size_t limit, evidence_limit(args));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(EntityId id, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(StoredEntity e, store->entity(id));
    std::vector<Edge> edges;
    KG_RETURN_IF_ERROR(store->edges_of(id, &edges));
    std::vector<Fact> facts;
    for (const Edge& edge : edges) {
      KG_ASSIGN_OR_RETURN(Fact f, load_fact(*store, edge));
      facts.push_back(std::move(f));
    }
    if (format == Format::kJson) {
      json list = json::array();
      for (const auto& f : facts) list.push_back(fact_json(f));
      print_json(ctx.out, json{{"entity", entity_json(e)}, {"facts", list}});
      return Status::Ok();
    }
    ctx.out << e.name << "  (" << info(e.type).label << ", #" << e.id << ")\n";
    if (!e.aliases.empty()) {
      ctx.out << "also called: ";
      for (std::size_t i = 0; i < e.aliases.size(); ++i) ctx.out << (i ? ", " : "") << e.aliases[i];
      ctx.out << "\n";
    }
    ctx.out << "mentioned by " << e.support << (e.support == 1 ? " document" : " documents") << "\n";
    KG_ASSIGN_OR_RETURN(std::vector<CurationFact> curated, store->curation(id));
    if (!curated.empty()) {
      ctx.out << "curated: ";
      for (std::size_t i = 0; i < curated.size(); ++i) {
        const CurationFact& c = curated[i];
        ctx.out << (i ? "; " : "")
                << (c.kind == CurationFact::Kind::kMerged
                        ? "merged from \"" + c.name + "\" (#" + std::to_string(c.id) + ")"
                        : "alias \"" + c.name + "\" added");
      }
      ctx.out << "\n";
    }
    ctx.out << "\n" << facts.size() << (facts.size() == 1 ? " fact" : " facts") << (facts.empty() ? "\n" : ":\n");
    for (const auto& f : facts) {
      ctx.out << "  " << fact_line(f) << "\n";
      print_evidence(ctx.out, f, 4, limit);
    }
    return Status::Ok();
  }
};

class NeighborsCommand final : public Command {
 public:
  std::string_view name() const override { return "neighbors"; }
  std::string_view summary() const override { return "entities within N hops of an entity"; }
  std::vector<ArgSpec> arguments() const override { return {{"NAME", "a name, an alias or #ID"}}; }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = {
        {"depth", "N", "how many hops to go", "1"},
        {"predicate", "P", "follow only edges with this predicate", "", true},
        {"type", "TYPE", "list only entities of this type (the search passes through others)", "", true}};
    // Dates and confidence: follow only edges with a sentence that passes.
    for (OptionSpec& e : evidence_filter_options()) o.push_back(std::move(e));
    o.push_back(format_option());
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    NeighborOptions o;
    KG_ASSIGN_OR_RETURN(long depth, args.integer("depth", 1, 100));
    o.depth = static_cast<int>(depth);
    KG_ASSIGN_OR_RETURN(o.predicates, predicate_mask(args.values("predicate")));
    KG_ASSIGN_OR_RETURN(o.types, type_mask(args.values("type")));
    KG_ASSIGN_OR_RETURN(FactFilter sentences, evidence_filter(args));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    o.keep = edges_with_sentence(*store, sentence_test(sentences));
    KG_ASSIGN_OR_RETURN(EntityId start, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(StoredEntity s, store->entity(start));
    KG_ASSIGN_OR_RETURN(std::vector<Reached> found, neighbors(*store, start, o));
    json list = json::array();
    Table t;
    t.add({"DEPTH", "NAME", "TYPE", "VIA"});
    for (const Reached& r : found) {
      KG_ASSIGN_OR_RETURN(StoredEntity e, store->entity(r.id));
      KG_ASSIGN_OR_RETURN(Fact via, load_fact(*store, r.via));
      filter_fact(sentences, &via);  // the sentences that passed
      if (format == Format::kJson) {
        list.push_back(
            {{"entity", entity_ref_json(e)}, {"depth", r.depth}, {"from", r.parent}, {"via", fact_json(via, false)}});
      } else {
        t.add({std::to_string(r.depth), e.name, type_code(e.type), fact_line(via)});
      }
    }
    if (format == Format::kJson) {
      print_json(ctx.out, json{{"start", entity_ref_json(s)}, {"depth", o.depth}, {"neighbors", list}});
    } else if (found.empty()) {
      ctx.out << "no neighbours of " << s.name << " within " << o.depth << (o.depth == 1 ? " hop" : " hops") << "\n";
    } else {
      t.print(ctx.out);
    }
    return Status::Ok();
  }
};

class PathCommand final : public Command {
 public:
  std::string_view name() const override { return "path"; }
  std::string_view summary() const override {
    return "the shortest connection between two entities, hop by hop with evidence";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"FROM", "a name, an alias or #ID"}, {"TO", "a name, an alias or #ID"}};
  }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = {{"all", "", "every shortest path (at most 100), not just one", ""},
                                 {"max-depth", "N", "the longest connection to look for, in hops", "6"},
                                 {"predicate", "P", "follow only edges with this predicate", "", true}};
    for (OptionSpec& e : evidence_filter_options()) o.push_back(std::move(e));
    o.push_back(evidence_option());
    o.push_back(format_option());
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(std::size_t limit, evidence_limit(args));
    PathOptions o;
    KG_ASSIGN_OR_RETURN(long depth, args.integer("max-depth", 1, 100));
    o.max_depth = static_cast<int>(depth);
    o.all = args.flag("all");
    KG_ASSIGN_OR_RETURN(o.predicates, predicate_mask(args.values("predicate")));
    KG_ASSIGN_OR_RETURN(FactFilter sentences, evidence_filter(args));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    o.keep = edges_with_sentence(*store, sentence_test(sentences));
    KG_ASSIGN_OR_RETURN(EntityId from, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(EntityId to, store->resolve(args.positional()[1]));
    KG_ASSIGN_OR_RETURN(StoredEntity a, store->entity(from));
    KG_ASSIGN_OR_RETURN(StoredEntity b, store->entity(to));
    KG_ASSIGN_OR_RETURN(std::vector<Path> paths, shortest_paths(*store, from, to, o));
    json list = json::array();
    for (std::size_t i = 0; i < paths.size(); ++i) {
      const Path& p = paths[i];
      json nodes = json::array(), hops = json::array();
      std::string chain;
      for (EntityId n : p.nodes) {
        KG_ASSIGN_OR_RETURN(StoredEntity e, store->entity(n));
        nodes.push_back(entity_ref_json(e));
        chain += (chain.empty() ? "" : " → ") + e.name;
      }
      if (format == Format::kText) {
        ctx.out << (i ? "\n" : "") << "path " << i + 1 << " (" << p.edges.size()
                << (p.edges.size() == 1 ? " hop" : " hops") << "): " << chain << "\n";
      }
      for (const Edge& edge : p.edges) {
        KG_ASSIGN_OR_RETURN(Fact f, load_fact(*store, edge));
        filter_fact(sentences, &f);  // the sentences that passed
        if (format == Format::kJson) {
          hops.push_back(fact_json(f));
        } else {
          ctx.out << "  " << fact_line(f) << "\n";
          print_evidence(ctx.out, f, 4, limit);
        }
      }
      list.push_back({{"length", p.edges.size()}, {"nodes", nodes}, {"hops", hops}});
    }
    if (format == Format::kJson) {
      print_json(ctx.out, json{{"from", entity_ref_json(a)}, {"to", entity_ref_json(b)}, {"paths", list}});
    } else if (paths.empty()) {
      ctx.out << "no connection between " << a.name << " and " << b.name << " within " << o.max_depth << " hops\n";
    }
    return Status::Ok();
  }
};

class WhyCommand final : public Command {
 public:
  std::string_view name() const override { return "why"; }
  std::string_view summary() const override {
    return "every fact that links two entities directly, with sentences and sources";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"A", "a name, an alias or #ID"}, {"B", "a name, an alias or #ID"}};
  }
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
    KG_ASSIGN_OR_RETURN(EntityId a, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(EntityId b, store->resolve(args.positional()[1]));
    KG_ASSIGN_OR_RETURN(StoredEntity ea, store->entity(a));
    KG_ASSIGN_OR_RETURN(StoredEntity eb, store->entity(b));
    KG_ASSIGN_OR_RETURN(std::vector<Edge> all, direct_edges(*store, a, b));
    json list = json::array();
    std::vector<Edge> edges;
    for (const Edge& edge : all) {
      KG_ASSIGN_OR_RETURN(Fact f, load_fact(*store, edge));
      if (!filter.keeps(edge, f.subject.type, f.object.type) || !filter_fact(filter, &f)) continue;
      edges.push_back(edge);
      if (format == Format::kJson) {
        list.push_back(fact_json(f));
      } else {
        ctx.out << fact_line(f) << "\n";
        print_evidence(ctx.out, f, 2, limit);
      }
    }
    if (format == Format::kJson) {
      print_json(ctx.out, json{{"a", entity_ref_json(ea)}, {"b", entity_ref_json(eb)}, {"facts", list}});
    } else if (edges.empty()) {
      ctx.out << "no fact links " << ea.name << " and " << eb.name
              << (all.empty()
                      ? " directly (kg path finds indirect connections)\n"
                      : " directly that passes the filters (" + std::to_string(all.size()) + " without them)\n");
    }
    return Status::Ok();
  }
};

class DocumentsCommand final : public Command {
 public:
  std::string_view name() const override { return "documents"; }
  std::string_view summary() const override { return "list the loaded documents"; }
  std::vector<OptionSpec> options() const override { return {format_option()}; }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(Format format, output_format(args));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(auto docs, store->documents());
    if (format == Format::kJson) {
      json list = json::array();
      for (const auto& d : docs) {
        list.push_back({{"id", d.id},
                        {"source", d.source},
                        {"date", d.date.empty() ? json(nullptr) : json(d.date)},
                        {"lang", d.lang},
                        {"entities", d.entities},
                        {"relations", d.relations}});
      }
      print_json(ctx.out, json{{"documents", list}});
      return Status::Ok();
    }
    Table t;
    t.add({"ID", "SOURCE", "DATE", "LANG", "ENTITIES", "RELATIONS"});
    for (const auto& d : docs) {
      t.add({d.id, d.source, d.date, d.lang, std::to_string(d.entities), std::to_string(d.relations)});
    }
    t.print(ctx.out);
    return Status::Ok();
  }
};

class CheckCommand final : public Command {
 public:
  std::string_view name() const override { return "check"; }
  std::string_view summary() const override {
    return "verify that every stored document is complete and the indexes agree";
  }
  Status run(const Args&, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    ProgressLine line(ctx.err, ctx.err_is_terminal);
    std::function<void(std::uint64_t)> progress;
    if (line.on_terminal())
      progress = [&line](std::uint64_t done) { line.show("checked " + std::to_string(done) + " documents"); };
    Status st = store->check(progress);
    line.clear();
    KG_RETURN_IF_ERROR(st);
    KG_ASSIGN_OR_RETURN(GraphCounts c, store->counts());
    ctx.out << "ok: " << c.documents << " documents, " << c.entities << " entities, " << c.edges << " relations\n";
    KG_ASSIGN_OR_RETURN(bool image_current, store->graph_image_current());
    if (!image_current && c.edges > 0) {
      ctx.out << "note: the graph image is missing or out of date, so queries read the indexes (slower); "
                 "kg compact rewrites it\n";
    }
    return Status::Ok();
  }
};

}  // namespace

void add_read_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<StatsCommand>());
  out->push_back(std::make_unique<EntitiesCommand>());
  out->push_back(std::make_unique<ShowCommand>());
  out->push_back(std::make_unique<NeighborsCommand>());
  out->push_back(std::make_unique<PathCommand>());
  out->push_back(std::make_unique<WhyCommand>());
  out->push_back(std::make_unique<DocumentsCommand>());
  out->push_back(std::make_unique<CheckCommand>());
}

}  // namespace kg::cli
