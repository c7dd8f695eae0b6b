#!/bin/sh
# Rebuilds the shipped German NER model (extract/models/de-ner.bin) from the openly licensed
# training data in ../shared/data/ner/de (GermEval 2014, CC BY 4.0; see its SOURCE.md), then
# rebuild kg so it embeds the new model. Deterministic: the same data and seed give the same bytes.
#
# usage: scripts/train-ner.sh [KG] [DATA]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kg=${1:-$root/build/cli/kg}
data=${2:-$root/../shared/data/ner/de}
"$kg" train-ner "$data/germeval2014/NER-de-test.tsv" --dev "$data/germeval2014/NER-de-dev.part1.tsv" \
  --epochs 10 --seed 1 --bits 17 -o "$root/extract/models/de-ner.bin"
