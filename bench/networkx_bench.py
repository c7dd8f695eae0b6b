#!/usr/bin/python3
"""The networkx side of kg's graph benchmark: the same edges and the same query pairs.

usage: networkx_bench.py EDGES.tsv PAIRS.tsv
EDGES.tsv: subject<TAB>object<TAB>symmetric(0/1); PAIRS.tsv: a<TAB>b.
Prints one JSON object with the timings in seconds.
"""
import json, sys, time
import networkx as nx


def main():
    edges_file, pairs_file = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    undirected, directed = nx.Graph(), nx.DiGraph()
    with open(edges_file) as f:
        for line in f:
            s, o, sym = line.split("\t")
            undirected.add_edge(s, o)
            directed.add_edge(s, o)
            if sym.strip() == "1":
                directed.add_edge(o, s)
    load = time.perf_counter() - t0

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
    }))


if __name__ == "__main__":
    main()
