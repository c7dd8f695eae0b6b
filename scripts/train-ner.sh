#!/bin/sh
# Rebuilds the shipped German NER model (extract/models/de-ner.bin) from the openly licensed
# training data in ../shared/data/ner/de (see each folder's SOURCE.md), then rebuild kg so it
# embeds the new model. Deterministic: the same data and seed give the same bytes.
#   tags:           GermEval 2014 (its test part, 5,100 sentences; CC BY 4.0)
#   word clusters:  the tokens of GermEval and of the German legal NER corpus (CC BY 4.0; its
#                   tags are not used: as training data it lowered dev F1, see BENCHMARKS.md)
#
# usage: scripts/train-ner.sh [KG] [DATA]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kg=${1:-$root/build/cli/kg}
data=${2:-$root/../shared/data/ner/de}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in bag bfh bgh bpatg bsg bverfg bverwg; do gzip -dc "$data/legal_ner_ler/$f.conll.gz"; done > "$tmp/legal.conll"
"$kg" train-ner --train "$data/germeval2014/NER-de-test.tsv" --dev "$data/germeval2014/NER-de-dev.part1.tsv" \
  --unlabeled "$tmp/legal.conll" --clusters 256 --epochs 10 --seed 1 --bits 15 -o "$root/extract/models/de-ner.bin"
