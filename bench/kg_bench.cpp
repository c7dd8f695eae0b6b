// kg_bench: load throughput, database size, query latency and PageRank time of kg on a synthetic
// graph, beside networkx on the same graph in the same run. Not part of ctest; timing goals live
// here. Usage: kg_bench [--relations N | --large] [--dir DIR] [--report BENCHMARKS.md] [--no-networkx]
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "gen_documents.h"
#include "kg/cli/app.h"
#include "kg/core/pattern.h"
#include "kg/core/query.h"
#include "kg/core/snapshot.h"
#include "kg/store/store.h"
#include "report.h"

namespace fs = std::filesystem;
using kg::bench::fmt;
using kg::bench::machine;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

std::uint64_t folder_bytes(const fs::path& p) {
  std::uint64_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(p))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

int fail(const std::string& msg) {
  std::cerr << "kg_bench: " << msg << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  kg::bench::GeneratorOptions gen;
  fs::path dir = "build/bench-data";
  std::string report;
  bool networkx = true;
  std::string command = "kg_bench";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    command += " " + a;
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) return {};
      command += std::string(" ") + argv[i + 1];
      return argv[++i];
    };
    if (a == "--relations") {
      gen.relations = std::stoull(next());
    } else if (a == "--large") {
      gen.relations = 10'000'000;
    } else if (a == "--dir") {
      dir = next();
    } else if (a == "--report") {
      report = next();
    } else if (a == "--no-networkx") {
      networkx = false;
    } else {
      return fail("unknown option " + a +
                  " (options: --relations N, --large, --dir DIR, --report FILE, --no-networkx)");
    }
  }
  fs::create_directories(dir);
  fs::path docs = dir / ("documents-" + std::to_string(gen.relations) + ".jsonl");
  fs::path db = dir / ("graph-" + std::to_string(gen.relations) + ".kg");

  // 1. Generate (not timed).
  kg::bench::GeneratorStats g;
  {
    std::ofstream out(docs);
    g = kg::bench::generate_documents(gen, out);
  }
  std::cerr << "generated " << g.documents << " documents with " << g.relations << " relations\n";

  // 2. Load: exactly `kg --db DB load FILE`, run in-process.
  fs::remove_all(db);
  double load_s = 0;
  {
    kg::cli::App app;
    std::ostringstream out, err;
    std::istringstream in;
    auto t = Clock::now();
    int code = app.run({"--db", db.string(), "load", docs.string()}, in, out, err);
    load_s = seconds_since(t);
    if (code != 0) return fail("kg load failed: " + err.str());
  }
  double compact_s = 0;
  {
    auto store = kg::Store::open(db.string(), kg::StoreOptions{});
    if (!store.ok()) return fail(store.status().message());
    auto t = Clock::now();
    auto st = (*store)->compact();
    compact_s = seconds_since(t);
    if (!st.ok()) return fail(st.message());
  }
  std::uint64_t db_bytes = folder_bytes(db);
  std::cerr << "loaded in " << load_s << " s\n";

  // The graph image `kg load` wrote: its size, and what writing it again costs.
  double image_s = 0;
  {
    auto store = kg::Store::open(db.string(), kg::StoreOptions{});
    if (!store.ok()) return fail(store.status().message());
    auto t = Clock::now();
    auto st = (*store)->write_graph_image();
    image_s = seconds_since(t);
    if (!st.ok()) return fail(st.message());
  }
  std::uint64_t image_bytes = fs::file_size(db / "graph.snapshot");

  // 3. Queries on read-only stores, 1,000 random pairs of entities: first on RocksDB alone
  // (graph image off), then as `kg` runs them, with the graph image, opening included.
  kg::StoreOptions seeks_only;
  seeks_only.read_only = true;
  seeks_only.graph_image = false;
  auto opened = kg::Store::open(db.string(), seeks_only);
  if (!opened.ok()) return fail(opened.status().message());
  kg::Store& store = **opened;
  std::vector<kg::EntityId> ids;
  std::unordered_map<kg::EntityId, kg::EntityType> types;
  auto scan = store.scan_entities([&](const kg::StoredEntity& e) {
    ids.push_back(e.id);
    types[e.id] = e.type;
    return true;
  });
  if (!scan.ok()) return fail(scan.message());
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, ids.size() - 1);
  std::vector<std::pair<kg::EntityId, kg::EntityId>> pairs;
  for (int i = 0; i < 1000; ++i) pairs.emplace_back(ids[pick(rng)], ids[pick(rng)]);

  struct Run {
    std::vector<double> neighbor_ms, path_ms;
    double open_s = 0, paths_total_s = 0;
    std::size_t connected = 0, hops = 0;
  };
  auto run_paths = [&](const kg::Store& s, Run* run) -> std::string {
    auto start = Clock::now();
    for (const auto& [a, b] : pairs) {
      auto t = Clock::now();
      auto p = kg::shortest_paths(s, a, b, kg::PathOptions{});
      run->path_ms.push_back(1000 * seconds_since(t));
      if (!p.ok()) return p.status().message();
      if (!p->empty()) {
        ++run->connected;
        run->hops += (*p)[0].edges.size();
      }
    }
    run->paths_total_s = seconds_since(start);
    return "";
  };
  auto run_neighbors = [&](const kg::Store& s, Run* run) -> std::string {
    for (const auto& [a, b] : pairs) {
      auto t = Clock::now();
      auto n = kg::neighbors(s, a, kg::NeighborOptions{1});
      run->neighbor_ms.push_back(1000 * seconds_since(t));
      if (!n.ok()) return n.status().message();
    }
    return "";
  };
  Run seeks, image;
  if (auto e = run_neighbors(store, &seeks); !e.empty()) return fail(e);
  if (auto e = run_paths(store, &seeks); !e.empty()) return fail(e);
  {
    auto t = Clock::now();
    auto with_image = kg::Store::open(db.string(), kg::StoreOptions{.read_only = true});
    if (!with_image.ok()) return fail(with_image.status().message());
    if (auto e = run_paths(**with_image, &image); !e.empty()) return fail(e);
    image.open_s = seconds_since(t) - image.paths_total_s;
    if ((*with_image)->snapshot() == nullptr) return fail("the graph image was not used");
    if (auto e = run_neighbors(**with_image, &image); !e.empty()) return fail(e);
  }
  if (image.connected != seeks.connected || image.hops != seeks.hops) {
    return fail("paths on the graph image differ from paths on RocksDB");
  }

  auto t = Clock::now();
  double pagerank_s = 0;
  kg::Result<kg::Ranking> ranking = kg::Status::NotSupported("not run");
  {
    auto fresh = kg::Store::open(db.string(), kg::StoreOptions{.read_only = true});
    if (!fresh.ok()) return fail(fresh.status().message());
    ranking = kg::rank_entities(**fresh, kg::RankOptions{});
    pagerank_s = seconds_since(t);
  }
  if (!ranking.ok()) return fail(ranking.status().message());

  // 3a. Pattern queries (kg match), as the command runs them on a read-only store with its graph
  // image: a join from a named place (100 places holding offices, picked at random) and a join
  // with no name, which starts from one scan of the edges. networkx answers the same joins.
  const std::string bound_pattern = "(p:PER)-[:holds_office]->(c:LOC {name: \"#ID\"}), (p)-[:meets_with]-(q:PER)";
  const std::string scan_pattern = "(e:EVENT)-[:held_in]->(c:LOC)-[:located_in]->(d:LOC)";
  std::vector<kg::EntityId> places;
  {
    std::vector<kg::EntityId> with_office;
    auto st = store.scan_edges([&](const kg::Edge& e) {
      if (kg::predicate_info(e.predicate).name == "holds_office" && types[e.object] == kg::EntityType::kLocation)
        with_office.push_back(e.object);
    });
    if (!st.ok()) return fail(st.message());
    std::sort(with_office.begin(), with_office.end());
    with_office.erase(std::unique(with_office.begin(), with_office.end()), with_office.end());
    std::uniform_int_distribution<std::size_t> pick_place(0, with_office.size() - 1);
    for (int i = 0; i < 100 && !with_office.empty(); ++i) places.push_back(with_office[pick_place(rng)]);
  }
  std::vector<double> match_ms;
  double match_total_s = 0, scan_match_s = 0;
  std::size_t bound_rows = 0, scan_rows = 0, scanned_edges = 0;
  {
    auto reader = kg::Store::open(db.string(), kg::StoreOptions{.read_only = true});
    if (!reader.ok()) return fail(reader.status().message());
    const kg::Store& r = **reader;
    kg::MatchOptions mo;
    mo.resolve = [&](std::string_view name) { return r.resolve(std::string(name)); };
    auto start = Clock::now();
    for (kg::EntityId place : places) {
      std::string text = bound_pattern;
      text.replace(text.find("ID"), 2, std::to_string(place));
      auto t0 = Clock::now();
      auto pattern = kg::parse_pattern(text);
      if (!pattern.ok()) return fail(pattern.status().message());
      auto scanned = kg::for_each_match(r, *pattern, mo, [&](const kg::PatternRow&) {
        ++bound_rows;  // counted, as networkx counts
        return true;
      });
      match_ms.push_back(1000 * seconds_since(t0));
      if (!scanned.ok()) return fail(scanned.status().message());
      if (*scanned != 0) return fail("a named pattern scanned the edges");
    }
    match_total_s = seconds_since(start);
    auto t0 = Clock::now();
    auto pattern = kg::parse_pattern(scan_pattern);
    if (!pattern.ok()) return fail(pattern.status().message());
    auto scanned = kg::for_each_match(r, *pattern, mo, [&](const kg::PatternRow&) {
      ++scan_rows;
      return true;
    });
    scan_match_s = seconds_since(t0);
    if (!scanned.ok()) return fail(scanned.status().message());
    scanned_edges = *scanned;
  }

  // 3b. Exports of the whole graph and a picture of a ~200-entity ego graph, exactly as the
  // commands run them (in-process).
  struct ExportRun {
    std::string format;
    double seconds = 0;
    std::uint64_t bytes = 0;
  };
  std::vector<ExportRun> exports;
  for (const char* format : {"nquads", "jsonld", "graphml", "dot"}) {
    fs::path out = dir / (std::string("export.") + format);
    kg::cli::App app;
    std::ostringstream o, e;
    std::istringstream in;
    auto t0 = Clock::now();
    int code = app.run({"--db", db.string(), "export", "--format", format, "--force", "-o", out.string()}, in, o, e);
    double secs = seconds_since(t0);
    if (code != 0) return fail(std::string("kg export failed: ") + e.str());
    exports.push_back({format, secs, fs::file_size(out)});
    fs::remove(out);
  }
  // The entity whose neighbourhood is closest to 199 others: its depth-1 ego graph has ~200.
  kg::EntityId ego = 0;
  std::uint64_t ego_degree = 0;
  {
    auto reader = kg::Store::open(db.string(), kg::StoreOptions{.read_only = true});
    if (!reader.ok()) return fail(reader.status().message());
    for (kg::EntityId id : ids) {
      std::uint64_t d = (*reader)->degree_hint(id);
      auto gap = [](std::uint64_t x) { return x > 199 ? x - 199 : 199 - x; };
      if (ego == 0 || gap(d) < gap(ego_degree)) {
        ego = id;
        ego_degree = d;
      }
    }
  }
  double render_s = 0;
  std::size_t render_entities = 0;
  {
    kg::cli::App app;
    std::ostringstream o, e;
    std::istringstream in;
    fs::path out = dir / "ego.svg";
    auto t0 = Clock::now();
    int code = app.run(
        {"--db", db.string(), "render", "--focus", "#" + std::to_string(ego), "--depth", "1", "-o", out.string()}, in,
        o, e);
    render_s = seconds_since(t0);
    if (code != 0) return fail(std::string("kg render failed: ") + e.str());
    std::string svg;
    {
      std::ifstream f(out);
      std::stringstream ss;
      ss << f.rdbuf();
      svg = ss.str();
    }
    for (std::size_t at = 0; (at = svg.find("class=\"node\"", at)) != std::string::npos; ++at) ++render_entities;
  }

  // 4. networkx on the same edges and pairs.
  nlohmann::json nx;
  if (networkx) {
    fs::path edges = dir / "edges.tsv", pair_file = dir / "pairs.tsv", place_file = dir / "places.tsv";
    {
      std::ofstream e(edges);
      auto st = store.scan_edges([&](const kg::Edge& edge) {
        const kg::PredicateInfo& p = kg::predicate_info(edge.predicate);
        e << edge.subject << '\t' << edge.object << '\t' << (p.symmetric ? 1 : 0) << '\t' << p.name << '\t'
          << kg::info(types[edge.subject]).code << '\t' << kg::info(types[edge.object]).code << '\n';
      });
      if (!st.ok()) return fail(st.message());
      std::ofstream p(pair_file);
      for (const auto& [a, b] : pairs) p << a << '\t' << b << '\n';
      std::ofstream q(place_file);
      for (kg::EntityId place : places) q << place << '\n';
    }
    std::string cmd = "/usr/bin/python3 bench/networkx_bench.py " + edges.string() + " " + pair_file.string() + " " +
                      place_file.string();
    std::cerr << "running networkx: " << cmd << "\n";
    FILE* pipe = ::popen(cmd.c_str(), "r");
    std::string output;
    if (pipe) {
      char buf[4096];
      while (std::fgets(buf, sizeof buf, pipe)) output += buf;
      ::pclose(pipe);
    }
    nx = nlohmann::json::parse(output, nullptr, false);
    if (nx.is_discarded()) return fail("networkx benchmark failed (is python3-networkx installed?)");
    if (nx["match_rows"].get<std::size_t>() != bound_rows || nx["scan_match_rows"].get<std::size_t>() != scan_rows) {
      return fail("kg match and networkx disagree: " + std::to_string(bound_rows) + " / " + std::to_string(scan_rows) +
                  " rows against " + nx["match_rows"].dump() + " / " + nx["scan_match_rows"].dump());
    }
  }

  // 5. Report.
  double rel_per_s = static_cast<double>(g.relations) / load_s;
  std::ostringstream md;
  md << "<!-- kg_bench:graph:" << gen.relations << " -->\n";
  md << "### Graph store, " << g.relations << " relations\n\n";
  md << "Command: `" << command << "` (build type " << KG_BUILD_TYPE << ", allocator " << KG_ALLOCATOR << ")  \n";
  md << "Machine: " << machine() << "  \n";
  md << "Graph: " << g.documents << " synthetic documents, " << ranking->entities << " entities with edges, "
     << ranking->edges << " distinct edges (Zipf skew " << gen.skew << ")\n\n";
  md << "| measure | kg | networkx 2.8 | kg speed-up | target |\n|---|---|---|---|---|\n";
  md << "| `kg load` (parse on all cores, validate, resolve, store) | " << fmt(rel_per_s / 1000, 0) << "k relations/s ("
     << fmt(load_s) << " s) | | | ≥ 300k relations/s |\n";
  md << "| compaction after the load | " << fmt(compact_s) << " s | | | |\n";
  md << "| database size | " << fmt(static_cast<double>(db_bytes) / (1 << 20), 1) << " MiB | | | |\n";
  md << "| graph image (written by `kg load`; writing it again) | "
     << fmt(static_cast<double>(image_bytes) / (1 << 20), 1) << " MiB, " << fmt(image_s) << " s | | | |\n";
  auto latency = [&](const std::vector<double>& ms) {
    return fmt(percentile(ms, 0.5), 3) + " / " + fmt(percentile(ms, 0.99), 3) + " ms";
  };
  md << "| neighbours, depth 1, p50 / p99: graph image / RocksDB only | " << latency(image.neighbor_ms) << " / "
     << latency(seeks.neighbor_ms) << " | | | p50 < 1 ms at 10M |\n";
  md << "| shortest path, p50 / p99 (" << image.connected << " of 1000 pairs connected, mean "
     << fmt(image.connected ? double(image.hops) / image.connected : 0, 1) << " hops): graph image / RocksDB only | "
     << latency(image.path_ms) << " / " << latency(seeks.path_ms) << " | ";
  if (networkx)
    md << fmt(nx["path_p50_ms"].get<double>(), 3) << " / " << fmt(nx["path_p99_ms"].get<double>(), 3) << " ms";
  md << " | | p50 < 10 ms at 10M |\n";
  if (networkx) {
    double nx_total = nx["load_s"].get<double>() + nx["path_total_s"].get<double>();
    double kg_total = image.open_s + image.paths_total_s;
    md << "| 1000 paths, loading included (kg: opening the store and its graph image " << fmt(image.open_s, 3)
       << " s) | " << fmt(kg_total, 3) << " s | " << fmt(nx_total) << " s (" << fmt(nx["load_s"].get<double>())
       << " s building the graph) | " << fmt(nx_total / kg_total, 1) << "× | ≥ 20× |\n";
    md << "| 1000 paths on RocksDB only (no image, store already open) | " << fmt(seeks.paths_total_s) << " s | "
       << fmt(nx_total) << " s | " << fmt(nx_total / seeks.paths_total_s, 1) << "× | |\n";
    double nx_pr = nx["load_s"].get<double>() + nx["pagerank_s"].get<double>();
    md << "| PageRank, loading included (kg: opening the store) | " << fmt(pagerank_s) << " s | " << fmt(nx_pr)
       << " s | " << fmt(nx_pr / pagerank_s, 1) << "× | ≥ 20× |\n";
  } else {
    md << "| PageRank, loading included (kg: opening the store) | " << fmt(pagerank_s) << " s | | | |\n";
  }
  md << "| `kg match` from a named place, 100 places, p50 / p99 (" << bound_rows << " rows in all) | "
     << latency(match_ms) << " | ";
  if (networkx)
    md << fmt(nx["match_p50_ms"].get<double>(), 3) << " / " << fmt(nx["match_p99_ms"].get<double>(), 3) << " ms";
  md << " | | |\n";
  md << "| the same 100 joins in all (kg: store open; networkx: graph built) | " << fmt(match_total_s, 3) << " s | ";
  if (networkx)
    md << fmt(nx["match_total_s"].get<double>(), 3) << " s | "
       << fmt(nx["match_total_s"].get<double>() / match_total_s, 1) << "×";
  else
    md << " | ";
  md << " | |\n";
  md << "| `kg match` with no name (" << scan_rows << " rows; one scan of " << scanned_edges << " edges) | "
     << fmt(scan_match_s, 3) << " s | ";
  if (networkx)
    md << fmt(nx["scan_match_s"].get<double>(), 3) << " s | " << fmt(nx["scan_match_s"].get<double>() / scan_match_s, 1)
       << "×";
  else
    md << " | ";
  md << " | |\n";
  for (const ExportRun& x : exports) {
    bool target = x.format == "nquads" || x.format == "jsonld";
    md << "| `kg export --format " << x.format << "` of the whole graph ("
       << fmt(static_cast<double>(x.bytes) / (1 << 20), 1) << " MiB) | "
       << fmt(static_cast<double>(g.relations) / x.seconds / 1000, 0) << "k relations/s (" << fmt(x.seconds)
       << " s) | | | " << (target ? "≥ 1M relations/s" : "") << " |\n";
  }
  md << "| `kg render --focus #" << ego << " --depth 1 -o ego.svg` (" << render_entities
     << " entities; --layout auto picks sfdp above 150) | " << fmt(render_s) << " s | | | < 2 s for 200 entities |\n";
  md << "\n`kg` read commands open the store read-only and map its graph image (every edge as compressed\n"
        "rows, written by every write command), so \"loading\" for kg is opening the database; rows marked\n"
        "\"RocksDB only\" turn the image off and answer with prefix seeks. networkx's times include\n"
        "building its graphs from an edge list of the same edges. Pattern queries: `"
     << bound_pattern << "` for 100 places (ID) and `" << scan_pattern
     << "`; networkx walks its MultiDiGraph with predicate and type attributes the same way, and the row counts agree\n"
        "(the benchmark stops when they do not); both count rows. The named join checks the type of every\n"
        "entity it meets: kg reads it from RocksDB (the graph image holds no types), networkx from the graph\n"
        "it built beforehand (not counted here), which is why networkx is ahead there.\n";
  md << "<!-- end kg_bench:graph:" << gen.relations << " -->\n";
  std::cout << md.str();

  if (!report.empty()) kg::bench::write_section(report, "kg_bench:graph:" + std::to_string(gen.relations), md.str());
  return 0;
}
