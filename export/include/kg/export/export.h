// kg::exporting: the graph, or a part of it, in formats other tools read.
//
//   DOT      Graphviz, built through cgraph (never pasted together as text)
//   picture  SVG, PNG or PDF laid out and rendered by Graphviz's gvc
//   JSON-LD  JSON-LD 1.1 with schema.org terms and the kg: vocabulary (README), streamed
//   N-Quads  the same statements as RDF, one named graph per supporting document, streamed
//   GraphML  through Boost.Graph's write_graphml
//   CSV      node and relationship files for `neo4j-admin database import` (a folder)
//
// Everything here reads a KnowledgeReader, so export/ links only core/. A Selection picks what
// to write; without focus or path it is the whole graph, which the JSON-LD and N-Quads writers
// stream (KnowledgeReader::scan_entities and scan_facts) without holding the output or the
// graph's evidence in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/core/knowledge.h"
#include "kg/core/status.h"

namespace kg::exporting {

enum class Format { kDot, kJsonLd, kNQuads, kGraphMl, kCsv };

struct Options;
struct Subgraph;

// The one table of export formats (src/select.cpp): name, another accepted spelling, what it is
// for (help), and its writer. Help texts and parse_format are derived from it.
struct FormatInfo {
  Format format;
  std::string_view name;   // "jsonld"
  std::string_view alias;  // "json-ld" (may be empty)
  std::string_view help;   // one line
  // A format of one stream has `write`; one of several files (CSV) has `write_folder`, which
  // writes them into a folder, all or none.
  Status (*write)(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out);
  Status (*write_folder)(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options,
                         const std::string& folder);
};
std::span<const FormatInfo> formats();
const FormatInfo& format_info(Format format);
// "dot, jsonld, nquads, graphml or csv".
std::string format_list();

// A name or alias of formats(); InvalidArgument naming the choices otherwise.
Result<Format> parse_format(std::string_view name);

struct Selection {
  std::vector<EntityId> focus;                        // ego graphs around these entities
  int depth = 1;                                      // Default: 1. Hops around the focus.
  std::optional<std::pair<EntityId, EntityId>> path;  // the shortest connection only
  PredicateMask predicates = kAnyPredicate;           // Default: all.
  TypeMask types = kAnyType;                          // Default: all. Entities of other types
                                                      // and their edges are left out.
  std::uint64_t min_support = 1;                      // Default: 1. Edges stated by fewer
                                                      // documents are left out.
  bool drop_isolated = false;                         // Default: false. Entities left without an
                                                      // edge are left out (pictures; the focus and
                                                      // path ends stay).
  SentenceTest keep_sentence{};                       // Default: none. Only edges with a sentence
                                                      // that passes it (dates, confidence).
};

// What a Selection picked. `whole` means every entity and edge that pass the filters; the
// writers then stream instead of using `entities` and `edges`.
struct Subgraph {
  bool whole = false;
  Selection filters;
  std::vector<EntityId> entities;  // sorted
  std::vector<Edge> edges;         // sorted by (subject, predicate, object)
};

// Resolves a Selection against the graph. NotFound when a path was asked for and there is none.
Result<Subgraph> select(const KnowledgeReader& graph, const Selection& selection);

// The number of entities a subgraph holds (for the whole graph: a scan of the entities that
// pass the type filter).
Result<std::size_t> entity_count(const KnowledgeReader& graph, const Subgraph& subgraph);

struct Options {
  std::string base = "urn:kg:";  // Default: "urn:kg:". IRIs are minted under it (RDF formats).
  // Pictures (DOT, render):
  std::string title;    // Default: none. Drawn at the top.
  std::string labels;   // Default: "": edges labelled with predicate names; "en", "de": in words
                        // of that language (core/schema.cpp: label_en, label_de).
  bool legend = false;  // Default: false. A legend of the types and predicates drawn, and a
                        // source line (documents and their date range).
};

// Writers. Each writes one complete document to `out` or returns an error; on an error the
// caller discards what was written (the CLI writes to a temporary file and renames).
Status write_dot(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out);
Status write_jsonld(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out);
Status write_nquads(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out);
Status write_graphml(const KnowledgeReader& graph, const Subgraph& subgraph, std::ostream& out);
// nodes.csv and relationships.csv in `folder` (created when missing; AlreadyExists when it holds
// them already: InvalidArgument); on an error neither stays behind.
Status write_csv(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options,
                 const std::string& folder);

enum class Layout { kAuto, kDot, kSfdp, kNeato, kCirco, kTwopi, kFdp, kOsage, kPatchwork };
// "auto" or a Graphviz engine: dot, sfdp, neato, circo, twopi, fdp, osage, patchwork.
Result<Layout> parse_layout(std::string_view name);
std::string layout_list();  // "auto, dot, sfdp, …"
std::string_view layout_name(Layout layout);
// The layout kAuto picks: twopi for a star (one entity holds at least half the edges of a graph of
// more than 8 entities: drawn as a circle around it, not a strip), else dot up to this many
// entities and sfdp above.
inline constexpr std::size_t kAutoLayoutLimit = 150;

// Lays out and renders the subgraph with Graphviz into `path`; the picture format comes from the
// extension (.svg, .png, .pdf; NotSupported otherwise).
Status render(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, Layout layout,
              const std::string& path);

}  // namespace kg::exporting
