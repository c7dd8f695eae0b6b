#!/bin/sh
# The NER benchmark of one language: builds kg's model with scripts/train-ner.sh (the shipped
# recipe) into a temporary file, then kg_ner_bench scores it beside Apache OpenNLP's name finder
# trained on the same tagged files. Writes its section of BENCHMARKS.md.
# usage: bench/ner-bench.sh [de|en] [BUILD] [DATA]   (DATA: ../shared/data)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lang=de
case "${1:-}" in de | en) lang=$1; shift ;; esac
build=${1:-$root/build}
data=${2:-$root/../shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/work"
WORK="$tmp/work" OUT="$tmp/model.bin" sh "$root/scripts/train-ner.sh" "$lang" "$build/cli/kg" "$data"
cd "$root"
if [ "$lang" = de ]; then
  ner=$data/ner/de/germeval2014
  "$build/bench/kg_ner_bench" de "$tmp/model.bin" "$ner/NER-de-dev.part1.tsv" BENCHMARKS.md "$ner/NER-de-test.tsv"
else
  ner=$data/ner/en
  "$build/bench/kg_ner_bench" en "$tmp/model.bin" "$tmp/work/gum-test.conllu" BENCHMARKS.md \
    "$ner/wnut17/wnut17train.conll" "$ner/wnut17/emerging.dev.conll" "$ner/uner_en_ewt/en_ewt-ud-dev.iob2" \
    "$tmp/work/gum-train.conllu"
fi
