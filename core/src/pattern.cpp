#include "kg/core/pattern.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>

namespace kg {
namespace {

// --- parsing ---------------------------------------------------------------------------------

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Result<Pattern> run() {
    do {
      KG_RETURN_IF_ERROR(path());
      skip();
    } while (eat(','));
    skip();
    if (at_ < text_.size()) return error("expected ',' or the end of the pattern");
    if (pattern_.edges.empty())
      return Status::InvalidArgument("a pattern needs at least one edge: (a)-[:meets_with]-(b)");
    for (std::size_t n = 0; n < pattern_.nodes.size(); ++n) {
      const bool linked = std::any_of(pattern_.edges.begin(), pattern_.edges.end(),
                                      [&](const PatternEdge& e) { return e.from == n || e.to == n; });
      if (!linked) return Status::InvalidArgument("node " + label(n) + " stands on no edge");
    }
    return std::move(pattern_);
  }

 private:
  Status path() {
    KG_ASSIGN_OR_RETURN(std::size_t left, node());
    for (skip(); peek() == '-' || peek() == '<'; skip()) {
      const std::size_t start = at_;
      PatternEdge e;
      const bool backward = eat('<');
      if (!eat('-')) return error("expected '-' after '<'");
      if (eat('[')) KG_RETURN_IF_ERROR(edge_inside(&e));
      if (!eat('-')) return error("expected '-' to close the edge");
      const bool forward = eat('>');
      if (backward && forward) return error_at(start, "an edge points one way: <-[...]- or -[...]->, not both");
      if (pattern_.edges.size() == kMaxPatternEdges)
        return error_at(start, "at most " + std::to_string(kMaxPatternEdges) + " edges in a pattern");
      KG_ASSIGN_OR_RETURN(std::size_t right, node());
      e.directed = backward || forward;
      e.from = backward ? right : left;
      e.to = backward ? left : right;
      pattern_.edges.push_back(std::move(e));
      left = right;
    }
    return Status::Ok();
  }

  // "var:pred|pred]" after the "[".
  Status edge_inside(PatternEdge* e) {
    skip();
    e->var = identifier();
    if (!e->var.empty()) {
      for (const PatternEdge& other : pattern_.edges)
        if (other.var == e->var) return error("edge variable '" + e->var + "' is used twice");
      for (const PatternNode& n : pattern_.nodes)
        if (n.var == e->var) return error("'" + e->var + "' already names a node");
    }
    skip();
    if (eat(':')) {
      e->predicates = 0;
      do {
        skip();
        const std::size_t start = at_;
        const std::string name = identifier();
        auto p = parse_predicate(name);
        if (!p) return error_at(start, "unknown predicate '" + name + "' (" + std::string(predicate_list()) + ")");
        e->predicates |= predicate_bit(*p);
        skip();
      } while (eat('|'));
    }
    skip();
    if (!eat(']')) return error("expected ']'");
    return Status::Ok();
  }

  Result<std::size_t> node() {
    skip();
    if (!eat('(')) return error("expected '(' to start a node");
    skip();
    const std::size_t var_at = at_;
    PatternNode n;
    n.var = identifier();
    skip();
    if (eat(':')) {
      skip();
      const std::size_t start = at_;
      const std::string code = identifier();
      auto type = parse_entity_type(code);
      if (!type) return error_at(start, "unknown entity type '" + code + "' (" + std::string(entity_type_list()) + ")");
      n.types = type_bit(*type);
      skip();
    }
    if (eat('{')) {
      skip();
      const std::size_t key_at = at_;
      if (identifier() != "name") return error_at(key_at, "a node's only property is name: {name: \"...\"}");
      skip();
      if (!eat(':')) return error("expected ':' after name");
      skip();
      KG_ASSIGN_OR_RETURN(n.name, string());
      skip();
      if (!eat('}')) return error("expected '}'");
      skip();
    }
    if (!eat(')')) return error("expected ')' to close the node");
    if (!n.var.empty()) {
      for (const PatternEdge& e : pattern_.edges)
        if (e.var == n.var) return error_at(var_at, "'" + n.var + "' already names an edge");
      for (std::size_t i = 0; i < pattern_.nodes.size(); ++i) {
        PatternNode& known = pattern_.nodes[i];
        if (known.var != n.var) continue;
        if (!n.name.empty() && !known.name.empty() && n.name != known.name)
          return error_at(var_at, "'" + n.var + "' is given two names");
        known.types &= n.types;
        if (known.types == 0) return error_at(var_at, "'" + n.var + "' is given two types");
        if (known.name.empty()) known.name = n.name;
        return i;
      }
    }
    pattern_.nodes.push_back(std::move(n));
    return pattern_.nodes.size() - 1;
  }

  Result<std::string> string() {
    const char quote = peek();
    if (quote != '"' && quote != '\'') return error("expected a name in quotes");
    const std::size_t start = at_++;
    std::string out;
    while (at_ < text_.size() && text_[at_] != quote) {
      if (text_[at_] == '\\' && at_ + 1 < text_.size()) ++at_;
      out += text_[at_++];
    }
    if (!eat(quote)) return error_at(start, "the name's quotes are not closed");
    if (out.empty()) return error_at(start, "an empty name");
    return out;
  }

  std::string identifier() {
    const std::size_t start = at_;
    while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_')) ++at_;
    return std::string(text_.substr(start, at_ - start));
  }

  std::string label(std::size_t n) const {
    const PatternNode& x = pattern_.nodes[n];
    return x.var.empty() ? "(" + (x.name.empty() ? std::string() : "{name: \"" + x.name + "\"}") + ")"
                         : "(" + x.var + ")";
  }

  void skip() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }
  char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++at_;
    return true;
  }
  Status error(const std::string& what) const { return error_at(at_, what); }
  Status error_at(std::size_t at, const std::string& what) const {
    return Status::InvalidArgument("pattern, column " + std::to_string(at + 1) + ": " + what);
  }

  std::string_view text_;
  std::size_t at_ = 0;
  Pattern pattern_;
};

// --- matching --------------------------------------------------------------------------------

constexpr EntityId kUnbound = 0;

class Matcher {
 public:
  Matcher(const GraphReader& graph, const Pattern& pattern, const MatchOptions& options,
          const std::function<bool(const PatternRow&)>& fn)
      : graph_(graph), p_(pattern), options_(options), fn_(fn) {}

  // The edges read by scans, or the error that ended the match.
  Result<std::size_t> run() {
    row_.nodes.assign(p_.nodes.size(), kUnbound);
    row_.edges.assign(p_.edges.size(), Edge{});
    for (std::size_t n = 0; n < p_.nodes.size(); ++n) {
      if (p_.nodes[n].name.empty()) continue;
      if (!options_.resolve) return Status::InvalidArgument("this graph cannot look names up");
      KG_ASSIGN_OR_RETURN(EntityId id, options_.resolve(p_.nodes[n].name));
      KG_ASSIGN_OR_RETURN(bool fits, type_fits(n, id));
      if (!fits) return std::size_t{0};  // the named entity is of another type: nothing matches
      row_.nodes[n] = id;
    }
    plan();
    KG_RETURN_IF_ERROR(step(0));
    return scanned_edges_;
  }

 private:
  // The order the edges are joined in: each next edge touches an entity bound before when one
  // does (both ends bound first: a check, no expansion), else it starts a part with a scan.
  void plan() {
    std::vector<bool> bound(p_.nodes.size());
    for (std::size_t n = 0; n < bound.size(); ++n) bound[n] = row_.nodes[n] != kUnbound;
    std::vector<bool> done(p_.edges.size(), false);
    for (std::size_t k = 0; k < p_.edges.size(); ++k) {
      int best = -1, best_score = -1;
      for (std::size_t i = 0; i < p_.edges.size(); ++i) {
        if (done[i]) continue;
        const int score = (bound[p_.edges[i].from] ? 1 : 0) + (bound[p_.edges[i].to] ? 1 : 0);
        if (score > best_score) {
          best = static_cast<int>(i);
          best_score = score;
        }
      }
      const auto chosen = static_cast<std::size_t>(best);
      done[chosen] = true;
      order_.push_back(chosen);
      scan_.push_back(best_score == 0);
      bound[p_.edges[chosen].from] = bound[p_.edges[chosen].to] = true;
    }
  }

  Result<bool> type_fits(std::size_t node, EntityId id) {
    const TypeMask types = p_.nodes[node].types;
    if (types == kAnyType) return true;
    auto it = types_.find(id);
    if (it == types_.end()) {
      KG_ASSIGN_OR_RETURN(EntityType t, graph_.type_of(id));
      it = types_.emplace(id, t).first;
    }
    return (types & type_bit(it->second)) != 0;
  }

  // Tries edge e of the graph as pattern edge `k` with its subject at pattern node `a` and its
  // object at `b` (or the reverse), then the next step.
  Status attempt(std::size_t step_index, const Edge& e, std::size_t a, EntityId a_id, std::size_t b, EntityId b_id) {
    const EntityId old_a = row_.nodes[a], old_b = row_.nodes[b];
    if ((old_a != kUnbound && old_a != a_id) || (old_b != kUnbound && old_b != b_id)) return Status::Ok();
    if (a == b && a_id != b_id) return Status::Ok();
    // A type the predicate's signature already implies needs no lookup (holds_office: a person).
    const PredicateInfo& pi = predicate_info(e.predicate);
    const TypeMask a_types = a_id == e.subject ? pi.subject_types : pi.object_types;
    const TypeMask b_types = b_id == e.object ? pi.object_types : pi.subject_types;
    if (old_a == kUnbound && (a_types & ~p_.nodes[a].types) != 0) {
      KG_ASSIGN_OR_RETURN(bool fits, type_fits(a, a_id));
      if (!fits) return Status::Ok();
    }
    if (old_b == kUnbound && (b_types & ~p_.nodes[b].types) != 0) {
      KG_ASSIGN_OR_RETURN(bool fits, type_fits(b, b_id));
      if (!fits) return Status::Ok();
    }
    const std::size_t k = order_[step_index];
    for (std::size_t i = 0; i < step_index; ++i)
      if (row_.edges[order_[i]] == e) return Status::Ok();  // one edge once per row
    row_.nodes[a] = a_id;
    row_.nodes[b] = b_id;
    row_.edges[k] = e;
    Status s = step(step_index + 1);
    row_.nodes[a] = old_a;
    row_.nodes[b] = old_b;
    return s;
  }

  // Graph edge e as pattern edge `pe`: in its written direction, and the other way round when
  // the pattern edge has none or the predicate is symmetric.
  Status both_ways(std::size_t step_index, const PatternEdge& pe, const Edge& e) {
    KG_RETURN_IF_ERROR(attempt(step_index, e, pe.from, e.subject, pe.to, e.object));
    if ((!pe.directed || predicate_info(e.predicate).symmetric) && e.subject != e.object)
      KG_RETURN_IF_ERROR(attempt(step_index, e, pe.from, e.object, pe.to, e.subject));
    return Status::Ok();
  }

  Status step(std::size_t step_index) {
    if (done_) return Status::Ok();
    if (step_index == order_.size()) {
      done_ = !fn_(row_);
      return Status::Ok();
    }
    const PatternEdge& pe = p_.edges[order_[step_index]];
    if (scan_[step_index]) {
      if (!scanned_.count(step_index)) {
        std::vector<Edge>& list = scanned_[step_index];
        KG_RETURN_IF_ERROR(graph_.scan_edges([&](const Edge& e) {
          ++scanned_edges_;
          if (pe.predicates & predicate_bit(e.predicate)) list.push_back(e);
        }));
      }
      for (const Edge& e : scanned_[step_index]) KG_RETURN_IF_ERROR(both_ways(step_index, pe, e));
      return Status::Ok();
    }
    // Expand from a bound end: the edges of that entity (read once per match: hubs come back).
    const bool from_bound = row_.nodes[pe.from] != kUnbound;
    const EntityId id = from_bound ? row_.nodes[pe.from] : row_.nodes[pe.to];
    auto it = adjacency_.find(id);
    if (it == adjacency_.end()) {
      std::vector<Edge> edges;
      KG_RETURN_IF_ERROR(graph_.edges_of(id, &edges));
      it = adjacency_.emplace(id, std::move(edges)).first;
    }
    for (const Edge& e : it->second) {
      if ((pe.predicates & predicate_bit(e.predicate)) == 0) continue;
      KG_RETURN_IF_ERROR(both_ways(step_index, pe, e));
      if (done_) break;
    }
    return Status::Ok();
  }

  const GraphReader& graph_;
  const Pattern& p_;
  const MatchOptions& options_;
  const std::function<bool(const PatternRow&)>& fn_;
  std::vector<std::size_t> order_;
  std::vector<bool> scan_;
  std::unordered_map<std::size_t, std::vector<Edge>> scanned_;  // per scanning step, read once
  std::unordered_map<EntityId, EntityType> types_;
  std::unordered_map<EntityId, std::vector<Edge>> adjacency_;
  PatternRow row_;
  std::size_t scanned_edges_ = 0;
  bool done_ = false;
};

}  // namespace

Result<Pattern> parse_pattern(std::string_view text) { return Parser(text).run(); }

Result<std::size_t> for_each_match(const GraphReader& graph, const Pattern& pattern, const MatchOptions& options,
                                   const std::function<bool(const PatternRow&)>& fn) {
  return Matcher(graph, pattern, options, fn).run();
}

Result<MatchResult> match_pattern(const GraphReader& graph, const Pattern& pattern, const MatchOptions& options) {
  MatchResult result;
  KG_ASSIGN_OR_RETURN(result.scanned, for_each_match(graph, pattern, options, [&](const PatternRow& row) {
                        if (result.rows.size() == options.limit) {
                          result.truncated = true;
                          return false;
                        }
                        result.rows.push_back(row);
                        return true;
                      }));
  return result;
}

}  // namespace kg
