// DOT through cgraph and pictures through gvc. The graph is built as a cgraph object (agopen,
// agnode, agedge, agsafeset) and written by agwrite, which quotes every value; only Graphviz's
// own escape sequences in labels and tooltips (a backslash starts one) are escaped here.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>

#include "facts.h"
#include "kg/core/files.h"

namespace kg::exporting {
namespace {

// Text for an escString attribute (label, tooltip): Graphviz reads "\n", "\l", "\N" and friends
// in them, so a backslash of the text is doubled; a line break becomes "\n", and other control
// characters a space.
std::string esc(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string first_sentence(std::span<const StoredEvidence> evidence) {
  return evidence.empty() ? std::string() : evidence.front().sentence;
}

// Evidence comes in document load order, so the records of one document are adjacent.
std::size_t documents_of(std::span<const StoredEvidence> evidence) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < evidence.size(); ++i)
    if (i == 0 || evidence[i].document != evidence[i - 1].document) ++n;
  return n;
}

char* s(const std::string& text) { return const_cast<char*>(text.c_str()); }  // cgraph takes char*

int put_to_stream(void* chan, const char* str) {
  auto* out = static_cast<std::ostream*>(chan);
  *out << str;
  return out->good() ? 0 : EOF;
}
int flush_stream(void* chan) {
  static_cast<std::ostream*>(chan)->flush();
  return 0;
}
Agiodisc_t stream_io{nullptr, put_to_stream, flush_stream};
Agdisc_t stream_disc{&AgMemDisc, &AgIdDisc, &stream_io};

// Graphviz reports problems through a callback; they are kept for the Status.
std::string& graphviz_errors() {
  static std::string errors;
  return errors;
}
int collect_error(char* message) {
  graphviz_errors() += message;
  return 0;
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// An edge's words for people: the predicate's name, or its label in the language asked for.
std::string predicate_label(const PredicateInfo& p, const std::string& labels) {
  if (labels == "de") return std::string(p.label_de);
  if (labels == "en") return std::string(p.label_en);
  return std::string(p.name);
}

// Text for an HTML-like label: &, <, > and quotes as entities.
std::string html(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else if (static_cast<unsigned char>(c) < 0x20)
      out += ' ';
    else
      out += c;
  }
  return out;
}

Result<GraphPtr> build(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options) {
  GraphPtr g(agopen(s("kg"), Agdirected, &stream_disc));
  if (!g) return Status::IOError("cgraph could not create a graph");
  Agraph_t* raw = g.get();
  const std::string defaults[][3] = {
      {"G", "fontname", "Helvetica"},
      {"G", "outputorder", "edgesfirst"},
      {"G", "overlap", "false"},
      {"N", "fontname", "Helvetica"},
      {"N", "style", "filled"},
      {"N", "shape", "ellipse"},
      {"N", "fillcolor", "#ffffff"},
      {"N", "tooltip", ""},
      {"E", "fontname", "Helvetica"},
      {"E", "fontsize", "10"},
      {"E", "label", ""},
      {"E", "penwidth", "1"},
      {"E", "dir", "forward"},
      {"E", "tooltip", ""},
      {"E", "color", "#555555"},
  };
  for (const auto& [kind, name, value] : defaults) {
    int k = kind == "G" ? AGRAPH : kind == "N" ? AGNODE : AGEDGE;
    agattr(raw, k, s(name), s(value));
  }
  std::unordered_map<EntityId, Agnode_t*> nodes;
  KG_ASSIGN_OR_RETURN(std::size_t entities, entity_count(graph, subgraph));
  // Removing node overlaps exactly (prism) takes minutes on dense graphs of a few hundred
  // entities; scaling the layout up takes a second.
  if (entities > kAutoLayoutLimit) agsafeset(raw, s("overlap"), s("scale"), s(""));
  KG_RETURN_IF_ERROR(for_each_entity(graph, subgraph, [&](const StoredEntity& e) {
    std::string key = "e" + std::to_string(e.id);
    Agnode_t* n = agnode(raw, s(key), 1);
    const EntityTypeInfo& type = info(e.type);  // shape and fill: core/src/schema.cpp
    agsafeset(n, s("label"), s(esc(e.name)), s(""));
    agsafeset(n, s("shape"), s(std::string(type.dot_shape)), s(""));
    agsafeset(n, s("fillcolor"), s(std::string(type.dot_fill)), s(""));
    std::string tip = e.name + " (" + std::string(info(e.type).label) + ")";
    std::string aliases;
    for (const std::string& a : e.aliases)
      if (a != e.name) aliases += (aliases.empty() ? "" : ", ") + a;
    if (!aliases.empty()) tip += "\nalso: " + aliases;
    agsafeset(n, s("tooltip"), s(esc(tip)), s(""));
    // Machine-readable beside the label, for gvpr and other tools: the type code.
    agsafeset(n, s("type"), s(std::string(type.code)), s(""));
    nodes.emplace(e.id, n);
  }));
  // What the legend and source line tell: the types and predicates drawn, the documents behind.
  std::set<EntityType> types_drawn;
  std::set<PredicateId> predicates_drawn;
  std::set<std::string> documents, dates;
  for (const auto& [id, n] : nodes) {
    KG_ASSIGN_OR_RETURN(EntityType t, graph.type_of(id));
    types_drawn.insert(t);
  }
  KG_RETURN_IF_ERROR(for_each_fact(
      graph, subgraph,
      [&](const Edge& e, std::span<const StoredEvidence> evidence) {
        auto t = nodes.find(e.subject), h = nodes.find(e.object);
        if (t == nodes.end() || h == nodes.end()) return;  // an end filtered out
        Agedge_t* edge = agedge(raw, t->second, h->second, nullptr, 1);
        const PredicateInfo& p = predicate_info(e.predicate);
        predicates_drawn.insert(e.predicate);
        std::string label = predicate_label(p, options.labels), role, date;
        for (const StoredEvidence& ev : evidence) {
          if (role.empty()) role = role_of(ev);
          if (!ev.date.empty() && (date.empty() || ev.date < date)) date = ev.date;
          documents.insert(ev.document);
          if (!ev.date.empty()) dates.insert(ev.date);
        }
        if (!role.empty()) label += ": " + role;
        agsafeset(edge, s("label"), s(esc(label)), s(""));
        // Machine-readable beside the label: predicate, role, support and the first document date.
        agsafeset(edge, s("predicate"), s(std::string(p.name)), s(""));
        if (!role.empty()) agsafeset(edge, s("role"), s(role), s(""));
        agsafeset(edge, s("support"), s(std::to_string(e.support)), s(""));
        if (!date.empty()) agsafeset(edge, s("date"), s(date), s(""));
        if (p.symmetric) agsafeset(edge, s("dir"), s("none"), s(""));
        double width = 1.0 + 1.5 * std::log2(static_cast<double>(std::max<std::uint64_t>(e.support, 1)));
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", std::min(width, 8.0));
        agsafeset(edge, s("penwidth"), buf, s(""));
        std::size_t docs = documents_of(evidence);
        std::string tip = std::to_string(docs) + (docs == 1 ? " supporting document" : " supporting documents");
        if (std::string first = first_sentence(evidence); !first.empty()) tip += ": " + first;
        agsafeset(edge, s("tooltip"), s(esc(tip)), s(""));
      },
      /*details=*/false));
  // Title and source line at the top, the legend as a table in a corner.
  std::string head;
  if (!options.title.empty()) head += "<B>" + html(options.title) + "</B>";
  if (options.legend && !documents.empty()) {
    const bool de = options.labels == "de";
    std::string source =
        std::to_string(documents.size()) +
        (documents.size() == 1 ? (de ? " Dokument" : " document") : (de ? " Dokumente" : " documents"));
    if (!dates.empty()) source += ", " + *dates.begin() + (dates.size() > 1 ? " – " + *dates.rbegin() : std::string());
    head += (head.empty() ? "" : "<BR/>") + std::string("<FONT POINT-SIZE=\"10\">") +
            html((de ? "Quelle: " : "Source: ") + source) + " · kg</FONT>";
  }
  if (!head.empty()) {
    agsafeset(raw, s("label"), agstrdup_html(raw, s(head)), s(""));
    agsafeset(raw, s("labelloc"), s("t"), s(""));
  }
  if (options.legend && (!types_drawn.empty() || !predicates_drawn.empty())) {
    std::string table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\">";
    for (EntityType t : types_drawn) {
      const EntityTypeInfo& type = info(t);
      table += "<TR><TD BGCOLOR=\"" + std::string(type.dot_fill) + "\">" + html(type.code) +
               "</TD><TD ALIGN=\"LEFT\">" + html(type.label) + " (" + html(type.dot_shape) + ")</TD></TR>";
    }
    for (PredicateId p : predicates_drawn) {
      const PredicateInfo& info_p = predicate_info(p);
      table += "<TR><TD>" + std::string(info_p.symmetric ? "—" : "→") + "</TD><TD ALIGN=\"LEFT\">" +
               html(predicate_label(info_p, options.labels.empty() ? "en" : options.labels)) + "</TD></TR>";
    }
    table += "</TABLE>";
    Agnode_t* legend = agnode(raw, s("legend"), 1);
    agsafeset(legend, s("shape"), s("plaintext"), s(""));
    agsafeset(legend, s("style"), s(""), s(""));
    agsafeset(legend, s("label"), agstrdup_html(raw, s(table)), s(""));
    agsafeset(legend, s("type"), s("legend"), s(""));
  }
  return g;
}

// The engine for a layout; auto looks at the graph's shape: several unconnected parts are packed
// side by side by fdp (dot would set them in one long row), one star (an entity at half the edges
// or more, more than 8 entities) becomes circles around its hub (twopi), else dot up to
// kAutoLayoutLimit entities and sfdp above.
std::string engine_name(Layout layout, Agraph_t* g) {
  if (layout != Layout::kAuto) return std::string(layout_name(layout));
  const std::size_t entities = static_cast<std::size_t>(agnnodes(g));
  const std::size_t edges = static_cast<std::size_t>(agnedges(g));
  if (entities > kAutoLayoutLimit) return "sfdp";
  // Parts: union-find over the edges (the legend is a part of its own).
  std::unordered_map<Agnode_t*, Agnode_t*> parent;
  std::function<Agnode_t*(Agnode_t*)> root = [&](Agnode_t* n) {
    auto it = parent.find(n);
    if (it == parent.end() || it->second == n) return n;
    return it->second = root(it->second);
  };
  std::size_t hub = 0;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    hub = std::max(hub, static_cast<std::size_t>(agdegree(g, n, 1, 1)));
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) parent[root(aghead(e))] = root(agtail(e));
  }
  std::set<Agnode_t*> parts;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n))
    if (std::string_view(agnameof(n)) != "legend") parts.insert(root(n));
  if (parts.size() > 1) return "fdp";
  if (entities > 8 && edges > 0 && 2 * hub >= edges) return "twopi";
  return "dot";
}

}  // namespace

Status write_dot(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out) {
  KG_ASSIGN_OR_RETURN(GraphPtr g, build(graph, subgraph, options));
  if (agwrite(g.get(), &out) != 0 || !out) return Status::IOError("cannot write the DOT output");
  return Status::Ok();
}

Status render(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, Layout layout,
              const std::string& path) {
  namespace fs = std::filesystem;
  std::string ext = fs::path(path).extension().string();
  std::string format = ext.empty() ? "" : ext.substr(1);
  if (format != "svg" && format != "png" && format != "pdf") {
    return Status::NotSupported(path + ": the picture format comes from the extension: .svg, .png or .pdf");
  }
  KG_ASSIGN_OR_RETURN(GraphPtr g, build(graph, subgraph, options));
  const std::string engine = engine_name(layout, g.get());
  // Fit for a slide: at most 13.3 × 7.5 inches (16:9), scaled down, never up; twopi rings get room.
  agsafeset(g.get(), s("size"), s("13.3,7.5"), s(""));
  agsafeset(g.get(), s("dpi"), s(format == "png" ? "150" : "72"), s(""));
  if (engine == "twopi") agsafeset(g.get(), s("ranksep"), s("1.6"), s(""));
  // Unconnected parts packed into a block, not spread along a row.
  if (engine != "dot") agsafeset(g.get(), s("pack"), s("true"), s(""));
  graphviz_errors().clear();
  agseterr(AGERR);
  agusererrf previous = agseterrf(collect_error);
  std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), gvFreeContext);
  // Written beside the target and renamed, so a failed render leaves no half picture.
  KG_ASSIGN_OR_RETURN(PendingFile pending, PendingFile::create(path));
  int rc = gvLayout(gvc.get(), g.get(), engine.c_str());
  if (rc == 0) {
    rc = gvRender(gvc.get(), g.get(), format.c_str(), pending.file());
    gvFreeLayout(gvc.get(), g.get());
  }
  agseterrf(previous);
  if (rc != 0) {
    std::string why = graphviz_errors();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return Status::IOError("Graphviz could not render " + path + (why.empty() ? "" : ": " + why));
  }
  return pending.commit();
}

}  // namespace kg::exporting
