#!/usr/bin/python3
"""The networkx side of kg's graph benchmark: the same edges and the same query pairs.

usage: networkx_bench.py EDGES.tsv PAIRS.tsv PLACES.tsv
EDGES.tsv: subject<TAB>object<TAB>symmetric(0/1)<TAB>predicate<TAB>subject type<TAB>object type;
PAIRS.tsv: a<TAB>b; PLACES.tsv: one place per line, the named node of the pattern join.
Prints one JSON object with the timings in seconds and the joins' row counts.
"""
import json, sys, time
import networkx as nx


def main():
    edges_file, pairs_file, places_file = sys.argv[1], sys.argv[2], sys.argv[3]
    t0 = time.perf_counter()
    undirected, directed = nx.Graph(), nx.DiGraph()
    with open(edges_file) as f:
        for line in f:
            s, o, sym = line.split("\t")[:3]
            undirected.add_edge(s, o)
            directed.add_edge(s, o)
            if sym.strip() == "1":
                directed.add_edge(o, s)
    load = time.perf_counter() - t0

    # The pattern joins: a MultiDiGraph with the predicate on each edge and the type on each node.
    t0 = time.perf_counter()
    typed = nx.MultiDiGraph()
    with open(edges_file) as f:
        for line in f:
            s, o, sym, p, ts, to = line.rstrip("\n").split("\t")
            typed.add_node(s, type=ts)
            typed.add_node(o, type=to)
            typed.add_edge(s, o, p=p)
    typed_load = time.perf_counter() - t0
    ntype = nx.get_node_attributes(typed, "type")

    def meets(p):  # meets_with is symmetric: either direction, each edge once (no self loop)
        out = [o for _, o, d in typed.out_edges(p, data=True) if d["p"] == "meets_with" and o != p]
        out += [s for s, _, d in typed.in_edges(p, data=True) if d["p"] == "meets_with" and s != p]
        return out

    match_latencies, match_rows = [], 0
    t_all = time.perf_counter()
    for place in [line.strip() for line in open(places_file) if line.strip()]:
        t = time.perf_counter()
        # (p:PER)-[:holds_office]->(c:LOC {name}), (p)-[:meets_with]-(q:PER)
        for p, _, d in typed.in_edges(place, data=True):
            if d["p"] != "holds_office" or ntype[p] != "PER":
                continue
            match_rows += sum(1 for q in meets(p) if ntype[q] == "PER")
        match_latencies.append(time.perf_counter() - t)
    match_total = time.perf_counter() - t_all
    match_latencies.sort()

    # (e:EVENT)-[:held_in]->(c:LOC)-[:located_in]->(d:LOC), no name: every held_in edge.
    t = time.perf_counter()
    scan_rows = 0
    for e, c, d in typed.edges(data=True):
        if d["p"] != "held_in" or ntype[e] != "EVENT" or ntype[c] != "LOC":
            continue
        scan_rows += sum(1 for _, x, dd in typed.out_edges(c, data=True) if dd["p"] == "located_in" and ntype[x] == "LOC")
    scan_match = time.perf_counter() - t

    pairs = [line.rstrip("\n").split("\t") for line in open(pairs_file)]
    latencies = []
    for a, b in pairs:
        t = time.perf_counter()
        try:
            nx.shortest_path(undirected, a, b)
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            pass
        latencies.append(time.perf_counter() - t)
    latencies.sort()

    t = time.perf_counter()
    nx.pagerank(directed, alpha=0.85)
    pagerank = time.perf_counter() - t
    print(json.dumps({
        "load_s": load,
        "paths": len(pairs),
        "path_total_s": sum(latencies),
        "path_p50_ms": 1000 * latencies[len(latencies) // 2],
        "path_p99_ms": 1000 * latencies[min(len(latencies) - 1, len(latencies) * 99 // 100)],
        "pagerank_s": pagerank,
        "typed_load_s": typed_load,
        "match_rows": match_rows,
        "match_total_s": match_total,
        "match_p50_ms": 1000 * match_latencies[len(match_latencies) // 2],
        "match_p99_ms": 1000 * match_latencies[min(len(match_latencies) - 1, len(match_latencies) * 99 // 100)],
        "scan_match_rows": scan_rows,
        "scan_match_s": scan_match,
    }))


if __name__ == "__main__":
    main()
