#!/bin/sh
# Rebuilds the shipped German NER model (extract/models/de-ner.bin) from openly licensed data,
# then rebuild kg so it embeds the new model. Deterministic: the same data and seed give the
# same bytes. Needs jq and gettext (scripts/setup.sh installs them).
#   tags:            GermEval 2014 (its test part, 5,100 sentences; CC BY 4.0)
#   word clusters:   the tokens of GermEval and of the German legal NER corpus (CC BY 4.0)
#   gazetteers:      the PER/ORG/LOC words of the legal NER corpus (its tags as training data
#                    lowered dev F1, as word lists they raise it; see BENCHMARKS.md), the given
#                    names of Berlin's register offices 2012-2023 (CC BY 3.0 DE), English given
#                    names (Moby, public domain), and the state and region names of Debian's
#                    iso-codes with their German translations (LGPL-2.1)
#
# usage: [OUT=MODEL] scripts/train-ner.sh [KG] [DATA]   (DATA: ../shared/data, holding ner/ and
#        gazetteers/; OUT: where to write the model instead of extract/models/de-ner.bin)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
kg=${1:-$root/build/cli/kg}
data=${2:-$root/../shared/data}
ner=$data/ner/de
names=$data/gazetteers/first_names
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in bag bfh bgh bpatg bsg bverfg bverwg; do gzip -dc "$ner/legal_ner_ler/$f.conll.gz"; done > "$tmp/legal.conll"
# Berlin CSV rows: name,count,sex[,position]; every name given at least once.
tar -xzOf "$names/de_berlin/berlin_vornamen_cleaned_2012-2023.tar.gz" | awk -F, '$1 != "vorname" && $1 != "" { print $1 }' \
  | LC_ALL=C sort -u > "$tmp/given-de.txt"
cat "$names/en_stdlib_moby/female_first_names_en.txt" "$names/en_stdlib_moby/male_first_names_en.txt" | LC_ALL=C sort -u > "$tmp/given-en.txt"
{
  for part in 3166-1 3166-2 3166-3; do
    jq -r --arg k "$part" '.[$k][] | (.name, .common_name, .official_name) | select(. != null)' "/usr/share/iso-codes/json/iso_$part.json"
    msgunfmt --no-wrap "/usr/share/locale/de/LC_MESSAGES/iso_$part.mo" | sed -n 's/^msgstr "\(..*\)"$/\1/p'
  done
} | LC_ALL=C sort -u > "$tmp/places.txt"

"$kg" train-ner --train "$ner/germeval2014/NER-de-test.tsv" --dev "$ner/germeval2014/NER-de-dev.part1.tsv" \
  --unlabeled "$tmp/legal.conll" --gazetteers-from "$tmp/legal.conll" \
  --word-list "$tmp/given-de.txt" --word-list "$tmp/given-en.txt" --word-list "$tmp/places.txt" \
  --clusters 256 --epochs 10 --seed 1 --ensemble 10 --bits 17 -o "${OUT:-$root/extract/models/de-ner.bin}"
