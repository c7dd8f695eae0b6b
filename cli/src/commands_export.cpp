// Commands that hand the graph on: export (DOT, JSON-LD, N-Quads, GraphML) and render (pictures).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "fact_filter.h"
#include "kg/cli/app.h"
#include "kg/core/files.h"
#include "kg/export/export.h"
#include "render.h"

namespace kg::cli {
namespace {

// The options that pick a part of the graph, shared by export and render.
std::vector<OptionSpec> selection_options() {
  std::vector<OptionSpec> o = {
      {"focus", "NAME", "only the neighbourhood of this entity (name, alias or #ID)", "", true},
      {"depth", "N", "hops around --focus", "1"},
      {"path", "FROM TO", "only the shortest connections between two entities", "", false, "", 2},
      {"predicate", "P", "only edges with these predicates (comma-separated)", "", true},
      {"type", "T", "only entities of these types (PER, ORG, LOC, EVENT; comma-separated)", "", true},
      {"min-support", "N", "only edges that at least N documents state", "1"}};
  // Dates and confidence: an edge stays when one of its sentences passes.
  for (OptionSpec& e : evidence_filter_options()) o.push_back(std::move(e));
  o.push_back({"max-nodes", "N", "refuse drawings of more entities than this (see --force)", "500"});
  o.push_back({"force", "", "draw however many entities there are", ""});
  o.push_back({"keep-isolated", "", "drawings (dot, render): keep entities the filters leave without an edge", ""});
  return o;
}

// The language most stored documents are in: what a picture's labels default to.
Result<std::string> data_language(const Store& store) {
  KG_ASSIGN_OR_RETURN(auto docs, store.documents());
  std::map<std::string, std::size_t> count;
  for (const DocumentInfo& d : docs) ++count[d.lang];
  std::string best = "en";
  std::size_t most = 0;
  for (const auto& [lang, n] : count)
    if ((lang == "de" || lang == "en") && n > most) {
      most = n;
      best = lang;
    }
  return best;
}

Result<exporting::Selection> read_selection(const Args& args, const Store& store) {
  exporting::Selection s;
  for (const std::string& name : args.values("focus")) {
    KG_ASSIGN_OR_RETURN(EntityId id, store.resolve(name));
    s.focus.push_back(id);
  }
  KG_ASSIGN_OR_RETURN(long depth, args.integer("depth", 1, 10));
  s.depth = static_cast<int>(depth);
  if (args.has("path")) {
    if (!s.focus.empty()) return Status::InvalidArgument("--path and --focus cannot be combined");
    std::vector<std::string> ends = args.values("path");
    KG_ASSIGN_OR_RETURN(EntityId from, store.resolve(ends.at(0)));
    KG_ASSIGN_OR_RETURN(EntityId to, store.resolve(ends.at(1)));
    s.path = std::make_pair(from, to);
  }
  KG_ASSIGN_OR_RETURN(s.predicates, predicate_mask(args.values("predicate")));
  KG_ASSIGN_OR_RETURN(s.types, type_mask(args.values("type")));
  KG_ASSIGN_OR_RETURN(long support, args.integer("min-support", 1, 1'000'000'000));
  s.min_support = static_cast<std::uint64_t>(support);
  KG_ASSIGN_OR_RETURN(FactFilter sentences, evidence_filter(args));
  s.keep_sentence = sentence_test(sentences);
  return s;
}

// Pictures of too many entities are unreadable and slow to lay out.
Status check_size(const Args& args, const Store& store, const exporting::Subgraph& sub) {
  if (args.flag("force")) return Status::Ok();
  KG_ASSIGN_OR_RETURN(long max, args.integer("max-nodes", 1, 100'000'000));
  KG_ASSIGN_OR_RETURN(std::size_t n, exporting::entity_count(store, sub));
  if (n > static_cast<std::size_t>(max)) {
    return Status::InvalidArgument("the drawing would have " + std::to_string(n) + " entities (more than " +
                                   std::to_string(max) +
                                   "); pick a part with --focus NAME or --min-support N, "
                                   "or draw it anyway with --force");
  }
  return Status::Ok();
}

class ExportCommand final : public Command {
 public:
  std::string_view name() const override { return "export"; }
  std::string_view summary() const override {
    return "write the graph as DOT, JSON-LD, N-Quads, GraphML or CSV for graph databases";
  }
  std::string_view details() const override {
    static const std::string text = [] {
      std::string t =
          "Writes the whole graph, or the part that --focus, --path, --predicate, --type and\n"
          "--min-support pick, to standard output or to -o FILE. README: \"Exporting\".";
      for (const auto& f : exporting::formats()) t += "\n  " + std::string(f.name) + ": " + std::string(f.help);
      return t;
    }();
    return text;
  }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = {{"format", "F", exporting::format_list(), "dot"},
                                 {"output", "FILE", "write to FILE instead of standard output", "", false, "o"},
                                 {"base", "IRI", "the base of the IRIs jsonld and nquads mint", "urn:kg:"}};
    for (auto& s : selection_options()) o.push_back(std::move(s));
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(exporting::Format format, exporting::parse_format(args.value("format")));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(exporting::Selection selection, read_selection(args, *store));
    KG_ASSIGN_OR_RETURN(exporting::Subgraph sub, exporting::select(*store, selection));
    if (format == exporting::Format::kDot) {
      if (!args.flag("keep-isolated")) {
        selection.drop_isolated = true;
        KG_ASSIGN_OR_RETURN(sub, exporting::select(*store, selection));
      }
      KG_RETURN_IF_ERROR(check_size(args, *store, sub));
    }
    exporting::Options options;
    options.base = args.value("base");
    const exporting::FormatInfo& info = exporting::format_info(format);
    if (info.write_folder != nullptr) {
      if (!args.has("output"))
        return Status::InvalidArgument("--format " + std::string(info.name) +
                                       " writes a folder: give it with -o FOLDER");
      return info.write_folder(*store, sub, options, args.value("output"));
    }
    auto write = [&](std::ostream& out) { return info.write(*store, sub, options, out); };
    if (args.has("output")) return write_file_atomically(args.value("output"), write);
    return write(ctx.out);
  }
};

class RenderCommand final : public Command {
 public:
  std::string_view name() const override { return "render"; }
  std::string_view summary() const override {
    return "draw the graph or a part of it as SVG, PNG or PDF with Graphviz";
  }
  std::string_view details() const override {
    return "Lays the graph out with Graphviz and writes a picture to -o FILE; the format comes from\n"
           "the extension (.svg, .png, .pdf). --layout auto draws a star (one entity at half the edges)\n"
           "as circles around it (twopi), else uses dot up to 150 entities and sfdp above. Entities the\n"
           "filters leave without an edge are left out (--keep-isolated keeps them). The picture has a\n"
           "legend of the types and predicates it shows, a source line (documents, dates) and, with\n"
           "--title, a title; it fits a 16:9 slide. Edge labels are in the language of most stored\n"
           "documents (--labels de|en, or names for the predicate identifiers).";
  }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = {{"output", "FILE", "the picture to write: .svg, .png or .pdf", "", false, "o"},
                                 {"layout", "L", exporting::layout_list(), "auto"},
                                 {"title", "TEXT", "a title drawn at the top", ""},
                                 {"labels", "LANG", "edge labels: de, en, or names (default: the data's language)", ""},
                                 {"no-legend", "", "leave out the legend and the source line", ""}};
    for (auto& s : selection_options()) o.push_back(std::move(s));
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    if (!args.has("output")) return Status::InvalidArgument("kg render needs -o FILE (.svg, .png or .pdf)");
    KG_ASSIGN_OR_RETURN(exporting::Layout layout, exporting::parse_layout(args.value("layout")));
    KG_ASSIGN_OR_RETURN(auto store, open_reader(ctx));
    KG_ASSIGN_OR_RETURN(exporting::Selection selection, read_selection(args, *store));
    selection.drop_isolated = !args.flag("keep-isolated");
    KG_ASSIGN_OR_RETURN(exporting::Subgraph sub, exporting::select(*store, selection));
    KG_RETURN_IF_ERROR(check_size(args, *store, sub));
    exporting::Options options;
    options.title = args.value("title");
    options.legend = !args.flag("no-legend");
    const std::string labels = args.value("labels");
    if (!labels.empty() && labels != "de" && labels != "en" && labels != "names")
      return Status::InvalidArgument("--labels takes de, en or names, not \"" + labels + "\"");
    if (labels.empty()) {
      KG_ASSIGN_OR_RETURN(options.labels, data_language(*store));
    } else {
      options.labels = labels == "names" ? "" : labels;
    }
    return exporting::render(*store, sub, options, layout, args.value("output"));
  }
};

}  // namespace

void add_export_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<ExportCommand>());
  out->push_back(std::make_unique<RenderCommand>());
}

}  // namespace kg::cli
