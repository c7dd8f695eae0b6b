#include <algorithm>
#include <unordered_set>

#include "facts.h"
#include "kg/core/assert.h"
#include "kg/core/query.h"

namespace kg::exporting {

namespace {

const FormatInfo kFormats[] = {
    {Format::kDot, "dot", "", "Graphviz's language (pipe it to dot -Tpng)",
     [](const KnowledgeReader& g, const Subgraph& s, const Options& o, std::ostream& out) {
       return write_dot(g, s, o, out);
     },
     nullptr},
    {Format::kJsonLd, "jsonld", "json-ld", "JSON-LD 1.1 with schema.org terms", write_jsonld, nullptr},
    {Format::kNQuads, "nquads", "n-quads", "RDF with one named graph per supporting document", write_nquads, nullptr},
    {Format::kGraphMl, "graphml", "", "for Gephi, yEd and Neo4j",
     [](const KnowledgeReader& g, const Subgraph& s, const Options&, std::ostream& out) {
       return write_graphml(g, s, out);
     },
     nullptr},
    {Format::kCsv, "csv", "neo4j", "nodes.csv and relationships.csv for neo4j-admin import and Gephi (-o FOLDER)",
     nullptr, write_csv},
};

}  // namespace

std::span<const FormatInfo> formats() { return kFormats; }

const FormatInfo& format_info(Format format) {
  for (const FormatInfo& f : kFormats)
    if (f.format == format) return f;
  KG_ASSERT(false, "a Format value without a row in kFormats");
  return kFormats[0];
}

std::string format_list() {
  std::string out;
  const std::size_t n = std::size(kFormats);
  for (std::size_t i = 0; i < n; ++i) out += (i == 0 ? "" : i + 1 == n ? " or " : ", ") + std::string(kFormats[i].name);
  return out;
}

Result<Format> parse_format(std::string_view name) {
  for (const FormatInfo& f : kFormats)
    if (name == f.name || (!f.alias.empty() && name == f.alias)) return f.format;
  return Status::InvalidArgument("unknown export format '" + std::string(name) + "' (" + format_list() + ")");
}

namespace {
constexpr std::pair<std::string_view, Layout> kLayouts[] = {
    {"auto", Layout::kAuto},   {"dot", Layout::kDot},     {"sfdp", Layout::kSfdp},
    {"neato", Layout::kNeato}, {"circo", Layout::kCirco}, {"twopi", Layout::kTwopi},
    {"fdp", Layout::kFdp},     {"osage", Layout::kOsage}, {"patchwork", Layout::kPatchwork}};
}  // namespace

Result<Layout> parse_layout(std::string_view name) {
  for (const auto& [n, layout] : kLayouts)
    if (n == name) return layout;
  return Status::InvalidArgument("unknown layout '" + std::string(name) + "' (" + layout_list() + ")");
}

std::string layout_list() {
  std::string out;
  for (const auto& [n, layout] : kLayouts) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::string_view layout_name(Layout layout) {
  for (const auto& [n, l] : kLayouts)
    if (l == layout) return n;
  return "auto";
}

namespace {

// Predicate and support; the sentence test is applied where the evidence is at hand.
bool edge_passes(const Selection& s, const Edge& e) {
  return (s.predicates & predicate_bit(e.predicate)) != 0 && e.support >= s.min_support;
}

bool edge_less(const Edge& a, const Edge& b) {
  return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
}

// Ids of the entities whose type passes the filter (every entity when there is no filter: an
// empty set then means "all").
Result<std::unordered_set<EntityId>> typed_entities(const KnowledgeReader& graph, TypeMask types) {
  std::unordered_set<EntityId> ids;
  if (types == kAnyType) return ids;
  KG_RETURN_IF_ERROR(graph.scan_entities([&](const StoredEntity& e) {
    if (types & type_bit(e.type)) ids.insert(e.id);
    return true;
  }));
  return ids;
}

}  // namespace

Result<Subgraph> select(const KnowledgeReader& graph, const Selection& selection) {
  Subgraph sub;
  sub.filters = selection;
  if (selection.focus.empty() && !selection.path) {
    if (!selection.drop_isolated && !selection.keep_sentence) {
      sub.whole = true;
      return sub;
    }
    // The entities with an edge that passes: one scan of the edges (with a sentence test, of the
    // facts with their sentences), and with isolated entities kept, every entity of the types.
    KG_ASSIGN_OR_RETURN(auto typed, typed_entities(graph, selection.types));
    const bool typed_filter = selection.types != kAnyType;
    std::unordered_set<EntityId> linked;
    auto take = [&](const Edge& e) {
      if (!edge_passes(selection, e)) return;
      if (typed_filter && (!typed.count(e.subject) || !typed.count(e.object))) return;
      sub.edges.push_back(e);
      linked.insert(e.subject);
      linked.insert(e.object);
    };
    if (selection.keep_sentence) {
      KG_RETURN_IF_ERROR(graph.scan_facts([&](const Edge& e, std::span<const StoredEvidence> evidence) {
        if (std::any_of(evidence.begin(), evidence.end(), selection.keep_sentence)) take(e);
      }));
    } else {
      KG_RETURN_IF_ERROR(graph.scan_edges(take));
    }
    std::sort(sub.edges.begin(), sub.edges.end(), edge_less);
    if (!selection.drop_isolated) {
      KG_RETURN_IF_ERROR(graph.scan_entities([&](const StoredEntity& e) {
        if (selection.types & type_bit(e.type)) linked.insert(e.id);
        return true;
      }));
    }
    sub.entities.assign(linked.begin(), linked.end());
    std::sort(sub.entities.begin(), sub.entities.end());
    return sub;
  }
  const EdgeTest sentences = edges_with_sentence(graph, selection.keep_sentence);
  std::unordered_set<EntityId> nodes;
  std::vector<Edge> edges;
  std::vector<EntityId> keep;  // always kept whatever their type: what the user asked about
  if (selection.path) {
    auto [from, to] = *selection.path;
    PathOptions options;
    options.all = true;
    options.predicates = selection.predicates;
    options.keep = sentences;
    KG_ASSIGN_OR_RETURN(std::vector<Path> paths, shortest_paths(graph, from, to, options));
    if (paths.empty()) return Status::NotFound("the two entities are not connected within 6 hops");
    for (const Path& p : paths) {
      nodes.insert(p.nodes.begin(), p.nodes.end());
      edges.insert(edges.end(), p.edges.begin(), p.edges.end());
    }
    keep = {from, to};
  }
  for (EntityId f : selection.focus) {
    NeighborOptions options;
    options.depth = selection.depth;
    options.predicates = selection.predicates;
    options.keep = sentences;
    KG_ASSIGN_OR_RETURN(std::vector<Reached> reached, neighbors(graph, f, options));
    nodes.insert(f);
    for (const Reached& r : reached) nodes.insert(r.id);
    keep.push_back(f);
  }
  if (!selection.focus.empty()) {
    // The ego graph: every edge between the entities reached, not only the search tree.
    std::vector<Edge> around;
    for (EntityId n : nodes) {
      around.clear();
      KG_RETURN_IF_ERROR(graph.edges_of(n, &around));
      for (const Edge& e : around)
        if (e.subject == n && nodes.count(e.object))
          edges.push_back(e);
        else if (e.object == n && nodes.count(e.subject) && e.subject != n)
          edges.push_back(e);
    }
  }
  std::sort(edges.begin(), edges.end(), edge_less);
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  std::erase_if(edges, [&](const Edge& e) { return !edge_passes(selection, e) || (sentences && !sentences(e)); });
  if (selection.types != kAnyType) {
    std::unordered_set<EntityId> typed;
    for (EntityId n : nodes) {
      KG_ASSIGN_OR_RETURN(EntityType t, graph.type_of(n));
      if ((selection.types & type_bit(t)) || std::find(keep.begin(), keep.end(), n) != keep.end()) typed.insert(n);
    }
    nodes = std::move(typed);
    std::erase_if(edges, [&](const Edge& e) { return !nodes.count(e.subject) || !nodes.count(e.object); });
  }
  if (selection.drop_isolated) {
    std::unordered_set<EntityId> linked(keep.begin(), keep.end());
    for (const Edge& e : edges) {
      linked.insert(e.subject);
      linked.insert(e.object);
    }
    std::erase_if(nodes, [&](EntityId n) { return !linked.count(n); });
  }
  sub.entities.assign(nodes.begin(), nodes.end());
  std::sort(sub.entities.begin(), sub.entities.end());
  sub.edges = std::move(edges);
  return sub;
}

Result<std::size_t> entity_count(const KnowledgeReader& graph, const Subgraph& subgraph) {
  if (!subgraph.whole) return subgraph.entities.size();
  std::size_t n = 0;
  KG_RETURN_IF_ERROR(graph.scan_entities([&](const StoredEntity& e) {
    if (subgraph.filters.types & type_bit(e.type)) ++n;
    return true;
  }));
  return n;
}

Status for_each_entity(const KnowledgeReader& graph, const Subgraph& subgraph,
                       const std::function<void(const StoredEntity&)>& fn) {
  if (subgraph.whole) {
    return graph.scan_entities([&](const StoredEntity& e) {
      if (subgraph.filters.types & type_bit(e.type)) fn(e);
      return true;
    });
  }
  for (EntityId id : subgraph.entities) {
    KG_ASSIGN_OR_RETURN(StoredEntity e, graph.entity(id));
    fn(e);
  }
  return Status::Ok();
}

Status for_each_fact(const KnowledgeReader& graph, const Subgraph& subgraph,
                     const std::function<void(const Edge&, std::span<const StoredEvidence>)>& fn, bool details) {
  if (subgraph.whole) {
    KG_ASSIGN_OR_RETURN(auto typed, typed_entities(graph, subgraph.filters.types));
    return graph.scan_facts(
        [&](const Edge& e, std::span<const StoredEvidence> evidence) {
          if (!edge_passes(subgraph.filters, e)) return;
          if (!typed.empty() && (!typed.count(e.subject) || !typed.count(e.object))) return;
          if (typed.empty() && subgraph.filters.types != kAnyType) return;  // no entity has the types
          fn(e, evidence);
        },
        details);
  }
  for (const Edge& e : subgraph.edges) {
    KG_ASSIGN_OR_RETURN(std::vector<StoredEvidence> evidence, graph.evidence(e, details));
    fn(e, evidence);
  }
  return Status::Ok();
}

std::string role_of(const StoredEvidence& evidence) {
  auto it = evidence.attributes.find("role");
  return it != evidence.attributes.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') {
      out += "\xEF\xBF\xBD";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace kg::exporting
