#!/bin/sh
# The NER benchmark: builds kg's model with scripts/train-ner.sh (the shipped recipe) into a
# temporary file, then kg_ner_bench scores it beside Apache OpenNLP's name finder trained on the
# same GermEval file. Writes its section of BENCHMARKS.md.
# usage: bench/ner-bench.sh [BUILD] [DATA]   (DATA: ../shared/data)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
data=${2:-$root/../shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
OUT="$tmp/de-ner.bin" sh "$root/scripts/train-ner.sh" "$build/cli/kg" "$data"
cd "$root"
"$build/bench/kg_ner_bench" "$tmp/de-ner.bin" "$data/ner/de/germeval2014/NER-de-test.tsv" "$data/ner/de/germeval2014/NER-de-dev.part1.tsv" BENCHMARKS.md
