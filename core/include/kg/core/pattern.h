// Pattern queries behind `kg match`: a small subset of Cypher's MATCH syntax, parsed once and
// matched against a GraphReader by lookups on the edges of bound entities.
//
//   (p:PER)-[:holds_office]->(:LOC {name: "Russland"}), (p)-[:meets_with]-(q:PER)
//
// A pattern is one or more paths joined by commas. A node is `(var:TYPE {name: "..."})`, each
// part optional (TYPE one of PER, ORG, LOC, EVENT; the name as `kg show` finds it: name, alias or
// #ID). An edge is `-[var:pred|pred]->`, `<-[...]-` or `-[...]-` (either direction; a symmetric
// predicate always matches both ways), or the short forms `-->`, `<--`, `--`. A variable named
// again is the same entity; one edge is used at most once per row. At most four edges.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/core/graph.h"

namespace kg {

struct PatternNode {
  std::string var;  // the user's name, or "" for an anonymous node
  TypeMask types = kAnyType;
  std::string name;  // bound by name ("" when not)
};

struct PatternEdge {
  std::string var;
  std::size_t from = 0, to = 0;  // indexes into Pattern::nodes, in the written direction
  PredicateMask predicates = kAnyPredicate;
  bool directed = true;  // false: -[...]- (either way)
};

struct Pattern {
  std::vector<PatternNode> nodes;  // one per distinct variable; each anonymous node its own
  std::vector<PatternEdge> edges;
};

constexpr std::size_t kMaxPatternEdges = 4;

// Parses a pattern; InvalidArgument names the column (1-based) of the first error.
Result<Pattern> parse_pattern(std::string_view text);

struct PatternRow {
  std::vector<EntityId> nodes;  // parallel to Pattern::nodes
  std::vector<Edge> edges;      // parallel to Pattern::edges
};

struct MatchOptions {
  std::size_t limit = 1000;  // Default: 1000. Rows match_pattern returns at most.
  // How a node's name is found (a store's resolve); NotFound and friends end the match.
  std::function<Result<EntityId>(std::string_view)> resolve;
};

struct MatchResult {
  std::vector<PatternRow> rows;
  bool truncated = false;   // more rows match than `limit`
  std::size_t scanned = 0;  // edges read by full scans (0 when every part of the pattern has a named node)
};

// Every binding of the pattern's variables to entities and edges of the graph. Each connected
// part of the pattern starts from its named node (the edges of that entity), else from one scan
// of the edges with its first edge's predicates; parts without a shared variable multiply.
Result<MatchResult> match_pattern(const GraphReader& graph, const Pattern& pattern, const MatchOptions& options);

// The same search, handing each row to `fn` as it is found (the row is reused: copy what you
// keep) until fn returns false; returns the number of edges read by scans.
Result<std::size_t> for_each_match(const GraphReader& graph, const Pattern& pattern, const MatchOptions& options,
                                   const std::function<bool(const PatternRow&)>& fn);

}  // namespace kg
