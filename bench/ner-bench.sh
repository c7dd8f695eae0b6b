#!/bin/sh
# The NER benchmark with the data scripts/train-ner.sh uses: GermEval 2014 for tags, the untagged
# tokens of the legal NER corpus for kg's word clusters. Writes its section of BENCHMARKS.md.
# usage: bench/ner-bench.sh [BUILD] [DATA]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
data=${2:-$root/../shared/data/ner/de}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in bag bfh bgh bpatg bsg bverfg bverwg; do gzip -dc "$data/legal_ner_ler/$f.conll.gz"; done > "$tmp/legal.conll"
cd "$root"
"$build/bench/kg_ner_bench" "$data/germeval2014/NER-de-test.tsv" "$data/germeval2014/NER-de-dev.part1.tsv" BENCHMARKS.md "$tmp/legal.conll"
