#include "kg/core/query.h"

#include "kg/core/snapshot.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>

namespace kg {
namespace {

bool edge_less(const Edge& a, const Edge& b) {
  return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
}

// Edges of `id` that pass the predicate filter and the test, in the reader's order (deterministic
// for every reader kg has; results that people read are sorted afterwards).
Status filtered_edges(const GraphReader& graph, EntityId id, PredicateMask predicates, const EdgeTest& keep,
                      std::vector<Edge>* out) {
  out->clear();
  KG_RETURN_IF_ERROR(graph.edges_of(id, out));
  if (predicates != kAnyPredicate) {
    std::erase_if(*out, [&](const Edge& e) { return (predicates & predicate_bit(e.predicate)) == 0; });
  }
  if (keep) std::erase_if(*out, [&](const Edge& e) { return !keep(e); });
  return Status::Ok();
}

// One half of a bidirectional search: every visited node with the (parent, edge) pairs that reach
// it at its breadth-first depth. The root has no parents.
struct SearchSide {
  std::unordered_map<EntityId, std::vector<std::pair<EntityId, Edge>>> parents;
  std::vector<EntityId> frontier;
  std::uint64_t weight = 0;  // sum of the frontier's degree hints: the cost of expanding it
  int depth = 0;
};

// Which side to expand: the one whose frontier costs less to read. On skewed graphs a frontier
// of a few nodes may hold a hub with a hundred thousand edges; degree hints see that, node
// counts do not. Readers without hints fall back to node counts.
bool grow_first(const SearchSide& a, const SearchSide& b) {
  if (a.weight != 0 || b.weight != 0) return a.weight <= b.weight;
  return a.frontier.size() <= b.frontier.size();
}

// Expands one level of `side`; returns the nodes first reached in it, sorted. When one path is
// enough, it stops at the first node the opposite side has seen: with both sides grown level by
// level without meeting, any meeting node lies on a shortest path.
Status expand_level(const GraphReader& graph, const PathOptions& options, const SearchSide& opposite, SearchSide* side,
                    std::vector<EntityId>* reached) {
  std::unordered_map<EntityId, std::vector<std::pair<EntityId, Edge>>> level;
  std::vector<Edge> edges;
  bool met = false;
  for (std::size_t n = 0; n < side->frontier.size() && !met; ++n) {
    EntityId node = side->frontier[n];
    KG_RETURN_IF_ERROR(filtered_edges(graph, node, options.predicates, options.keep, &edges));
    for (const Edge& e : edges) {
      EntityId other = e.other(node);
      if (side->parents.count(other)) continue;
      auto& ps = level[other];
      if (ps.empty() || options.all) ps.emplace_back(node, e);
      if (!options.all && opposite.parents.count(other)) {
        met = true;
        break;
      }
    }
  }
  reached->clear();
  // The frontier's weight from the hints of at most kHintSample of its nodes, scaled up: asking
  // a store for every hint of a large frontier would cost as much as the choice saves.
  constexpr std::size_t kHintSample = 64;
  std::uint64_t sampled = 0, sample_weight = 0;
  for (auto& [node, ps] : level) {
    reached->push_back(node);
    side->parents.emplace(node, std::move(ps));
    if (sampled < kHintSample) {
      sample_weight += graph.degree_hint(node);
      ++sampled;
    }
  }
  side->weight = sampled == 0 ? 0 : sample_weight * reached->size() / sampled;
  std::sort(reached->begin(), reached->end());
  side->frontier = *reached;
  side->depth++;
  return Status::Ok();
}

// Appends to `out` every chain root → node through `side`'s parents (as node lists and edge
// lists, root first), stopping at `cap` chains.
void chains_to(const SearchSide& side, EntityId node, std::size_t cap, std::vector<Path>* out) {
  const auto& ps = side.parents.at(node);
  if (ps.empty()) {
    out->push_back(Path{{node}, {}});
    return;
  }
  for (const auto& [parent, edge] : ps) {
    std::vector<Path> heads;
    chains_to(side, parent, cap, &heads);
    for (Path& h : heads) {
      if (out->size() >= cap) return;
      h.nodes.push_back(node);
      h.edges.push_back(edge);
      out->push_back(std::move(h));
    }
  }
}

}  // namespace

Result<std::vector<Reached>> neighbors(const GraphReader& graph, EntityId start, const NeighborOptions& options) {
  if (options.depth < 1) return Status::InvalidArgument("depth must be at least 1");
  std::unordered_set<EntityId> visited{start};
  std::vector<EntityId> frontier{start};
  std::vector<Reached> found;
  std::vector<Edge> edges;
  for (int depth = 1; depth <= options.depth && !frontier.empty(); ++depth) {
    std::vector<EntityId> next;
    for (EntityId node : frontier) {
      KG_RETURN_IF_ERROR(filtered_edges(graph, node, options.predicates, options.keep, &edges));
      for (const Edge& e : edges) {
        EntityId other = e.other(node);
        if (!visited.insert(other).second) continue;
        next.push_back(other);
        found.push_back(Reached{other, depth, node, e});
      }
    }
    std::sort(next.begin(), next.end());
    frontier = std::move(next);
  }
  std::stable_sort(found.begin(), found.end(), [](const Reached& a, const Reached& b) {
    return a.depth != b.depth ? a.depth < b.depth : a.id < b.id;
  });
  if (options.types != kAnyType) {
    std::vector<Reached> kept;
    for (const Reached& r : found) {
      KG_ASSIGN_OR_RETURN(EntityType t, graph.type_of(r.id));
      if (options.types & type_bit(t)) kept.push_back(r);
    }
    found = std::move(kept);
  }
  return found;
}

Result<std::vector<Path>> shortest_paths(const GraphReader& graph, EntityId from, EntityId to,
                                         const PathOptions& options) {
  if (options.max_depth < 1) return Status::InvalidArgument("max depth must be at least 1");
  if (from == to) return std::vector<Path>{Path{{from}, {}}};
  if (const GraphSnapshot* snapshot = graph.snapshot(); snapshot != nullptr && !options.all && !options.keep) {
    return snapshot->shortest_path(from, to, options.max_depth, options.predicates);
  }
  SearchSide a, b;
  a.parents[from];
  a.frontier = {from};
  a.weight = graph.degree_hint(from);
  b.parents[to];
  b.frontier = {to};
  b.weight = graph.degree_hint(to);
  std::vector<EntityId> reached;
  while (a.depth + b.depth < options.max_depth && !a.frontier.empty() && !b.frontier.empty()) {
    bool grow_a = grow_first(a, b);
    SearchSide& side = grow_a ? a : b;
    const SearchSide& opposite = grow_a ? b : a;
    KG_RETURN_IF_ERROR(expand_level(graph, options, opposite, &side, &reached));
    std::vector<EntityId> meeting;
    for (EntityId n : reached)
      if (opposite.parents.count(n)) meeting.push_back(n);
    if (meeting.empty()) continue;

    // Every shortest path crosses the level just expanded at one of the meeting nodes.
    std::size_t cap = options.all ? options.max_paths : 1;
    std::vector<Path> paths;
    for (EntityId m : meeting) {
      std::vector<Path> left, right;
      chains_to(a, m, cap, &left);
      chains_to(b, m, cap, &right);
      for (const Path& l : left) {
        for (const Path& r : right) {
          if (paths.size() >= cap) return paths;
          Path p = l;
          for (std::size_t i = r.edges.size(); i-- > 0;) {
            p.edges.push_back(r.edges[i]);
            p.nodes.push_back(r.nodes[i]);
          }
          paths.push_back(std::move(p));
        }
      }
    }
    return paths;
  }
  return std::vector<Path>{};
}

Result<std::vector<Edge>> direct_edges(const GraphReader& graph, EntityId a, EntityId b) {
  std::vector<Edge> edges;
  KG_RETURN_IF_ERROR(graph.edges_of(a, &edges));
  std::erase_if(edges, [&](const Edge& e) { return e.other(a) != b || a == b; });
  std::sort(edges.begin(), edges.end(), edge_less);
  return edges;
}

Result<Ranking> rank_entities(const GraphReader& graph, const RankOptions& options) {
  struct Arc {
    EntityId subject, object;
    bool symmetric;
  };
  std::vector<Arc> arcs;  // one per edge, store ids
  KG_RETURN_IF_ERROR(graph.scan_edges([&](const Edge& e) {
    arcs.push_back({e.subject, e.object, predicate_info(e.predicate).symmetric});
  }));

  // Dense vertex numbers in id order.
  std::vector<EntityId> ids;
  ids.reserve(arcs.size() * 2);
  for (const Arc& a : arcs) {
    ids.push_back(a.subject);
    ids.push_back(a.object);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  // Stores number entities 1, 2, 3, …: a direct table maps ids to rows when they are that dense,
  // a binary search otherwise.
  std::vector<std::uint32_t> row_of;
  if (!ids.empty() && ids.back() <= 4 * ids.size() + 1024) {
    row_of.assign(ids.back() + 1, 0);
    for (std::size_t i = 0; i < ids.size(); ++i) row_of[ids[i]] = static_cast<std::uint32_t>(i);
  }
  auto index = [&](EntityId id) {
    if (!row_of.empty()) return static_cast<std::size_t>(row_of[id]);
    return static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
  };
  std::vector<std::pair<std::size_t, std::size_t>> dense;
  dense.reserve(arcs.size());
  std::vector<double> degree(ids.size(), 0.0);
  for (const Arc& a : arcs) {
    std::size_t si = index(a.subject), oi = index(a.object);
    degree[si] += 1;
    degree[oi] += 1;
    dense.emplace_back(si, oi);
    if (a.symmetric) dense.emplace_back(oi, si);
  }
  const std::size_t edge_count = arcs.size();
  arcs.clear();
  arcs.shrink_to_fit();

  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  Csr g(boost::edges_are_unsorted_multi_pass, dense.begin(), dense.end(), ids.size());
  dense.clear();
  dense.shrink_to_fit();
  std::vector<double> rank(ids.size(), 0.0);
  if (!ids.empty()) {
    boost::graph::page_rank(g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
                            boost::graph::n_iterations(static_cast<std::size_t>(options.iterations)), options.damping,
                            ids.size());
    // Boost's ranks are (1 - damping) + damping · inflow and lose what dangling entities (no
    // outgoing arc) hold: scaled here so that they sum to 1, a probability like networkx's.
    double sum = 0;
    for (double r : rank) sum += r;
    if (sum > 0)
      for (double& r : rank) r /= sum;
  }

  auto top = [&](const std::vector<double>& score) {
    std::vector<std::size_t> order(ids.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::size_t k = std::min(options.top, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](std::size_t x, std::size_t y) { return score[x] != score[y] ? score[x] > score[y] : x < y; });
    std::vector<RankedEntity> out;
    for (std::size_t i = 0; i < k; ++i) out.push_back({ids[order[i]], score[order[i]]});
    return out;
  };
  Ranking ranking;
  ranking.entities = ids.size();
  ranking.edges = edge_count;
  ranking.by_degree = top(degree);
  ranking.by_pagerank = top(rank);
  return ranking;
}

}  // namespace kg
