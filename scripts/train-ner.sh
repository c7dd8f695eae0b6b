#!/bin/sh
# Rebuilds a shipped NER model (extract/models/LANG-ner.bin) from openly licensed data, then
# rebuild kg so it embeds the new model. Deterministic: the same data and seed give the same
# bytes. Needs jq and gettext (scripts/setup.sh installs them).
#
# German (de):
#   tags:            GermEval 2014 (its test part, 5,100 sentences; CC BY 4.0)
#   word clusters:   the tokens of GermEval and of the German legal NER corpus (CC BY 4.0)
#   gazetteers:      the PER/ORG/LOC words of the legal NER corpus (its tags as training data
#                    lowered dev F1, as word lists they raise it; see BENCHMARKS.md), the given
#                    names of Berlin's register offices 2012-2023 (CC BY 3.0 DE), English given
#                    names (Moby, public domain), and the state and region names of Debian's
#                    iso-codes with their German translations (LGPL-2.1)
# English (en):
#   tags:            WNUT-17 train and dev (CC BY 4.0), UNER English-EWT dev (CC BY-SA 4.0), and
#                    the names of GUM's news, interview, academic, court, bio and voyage documents
#                    outside GUM's test split (CC BY / CC BY-SA, see its SOURCE.md)
#   scored on:       GUM's test documents of those genres (bench/ner-bench.sh en scores the
#                    same part beside OpenNLP; EN_DEV=FILE scores another file)
#   word clusters:   the tokens of the tagged files
#   gazetteers:      English given names (Moby), iso-codes' English state and region names, the
#                    English names of the intl_orgs gazetteer (CC BY 4.0)
#
# usage: [OUT=MODEL] [WORK=DIR] scripts/train-ner.sh [de|en] [KG] [DATA]   (DATA: ../shared/data, holding ner/
#        and gazetteers/; OUT: where to write the model instead of extract/models/LANG-ner.bin)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lang=de
case "${1:-}" in de | en) lang=$1; shift ;; esac
kg=${1:-$root/build/cli/kg}
data=${2:-$root/../shared/data}
ner=$data/ner/$lang
names=$data/gazetteers/first_names
out=${OUT:-$root/extract/models/$lang-ner.bin}
# WORK=DIR keeps the prepared files there (bench/ner-bench.sh reads them); else a temporary folder.
if [ -n "${WORK:-}" ]; then tmp=$WORK; else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
fi
cat "$names/en_stdlib_moby/female_first_names_en.txt" "$names/en_stdlib_moby/male_first_names_en.txt" | LC_ALL=C sort -u > "$tmp/given-en.txt"

if [ "$lang" = en ]; then
  rm -rf "$tmp/gum" "$tmp/gum-test.conllu" "$tmp/gum-train.conllu"
  mkdir "$tmp/gum"
  tar -xzf "$ner"/gum_en_open_genres/*.conllu.tar.gz -C "$tmp/gum"
  # GUM's test split (splits.upstream.md, "## test" up to the next heading), of the staged genres.
  sed -n '/^## test$/,/^## /s/^ *\* *\(GUM_[a-z_]*\)$/\1/p' "$ner/gum_en_open_genres/splits.upstream.md" > "$tmp/test.txt"
  for f in "$tmp"/gum/*.conllu; do
    if grep -qx "$(basename "$f" .conllu)" "$tmp/test.txt"; then cat "$f" >> "$tmp/gum-test.conllu"; else cat "$f" >> "$tmp/gum-train.conllu"; fi
  done
  jq -r --arg k 3166-1 '.[$k][] | (.name, .common_name, .official_name) | select(. != null)' /usr/share/iso-codes/json/iso_3166-1.json \
    | LC_ALL=C sort -u > "$tmp/places.txt"
  jq -r '.["3166-2"][] | .name' /usr/share/iso-codes/json/iso_3166-2.json | LC_ALL=C sort -u >> "$tmp/places.txt"
  # intl_orgs: the English names and abbreviations of the derived TSV (columns named in its header).
  awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
               { print $col["Name_en"]; print $col["Abbreviation_en"]; print $col["Name_other_en"]; print $col["Abbreviation_other_en"] }' \
    "$data/gazetteers/intl_orgs/intl_orgs_en_de.derived.tsv" | awk 'NF' | LC_ALL=C sort -u > "$tmp/orgs.txt"
  "$kg" train-ner --lang "$lang" --train "$ner/wnut17/wnut17train.conll" --train "$ner/wnut17/emerging.dev.conll" \
    --train "$ner/uner_en_ewt/en_ewt-ud-dev.iob2" --train "$tmp/gum-train.conllu" --dev "${EN_DEV:-$tmp/gum-test.conllu}" \
    --word-list "$tmp/given-en.txt" --word-list "$tmp/places.txt" --word-list "$tmp/orgs.txt" \
    --clusters 256 --epochs 10 --seed 1 --ensemble "${ENSEMBLE:-10}" --bits 17 -o "$out"
  exit 0
fi

for f in bag bfh bgh bpatg bsg bverfg bverwg; do gzip -dc "$ner/legal_ner_ler/$f.conll.gz"; done > "$tmp/legal.conll"
# Berlin CSV rows: name,count,sex[,position]; every name given at least once.
tar -xzOf "$names/de_berlin/berlin_vornamen_cleaned_2012-2023.tar.gz" | awk -F, '$1 != "vorname" && $1 != "" { print $1 }' \
  | LC_ALL=C sort -u > "$tmp/given-de.txt"
{
  for part in 3166-1 3166-2 3166-3; do
    jq -r --arg k "$part" '.[$k][] | (.name, .common_name, .official_name) | select(. != null)' "/usr/share/iso-codes/json/iso_$part.json"
    msgunfmt --no-wrap "/usr/share/locale/de/LC_MESSAGES/iso_$part.mo" | sed -n 's/^msgstr "\(..*\)"$/\1/p'
  done
} | LC_ALL=C sort -u > "$tmp/places.txt"

"$kg" train-ner --lang "$lang" --train "$ner/germeval2014/NER-de-test.tsv" --dev "$ner/germeval2014/NER-de-dev.part1.tsv" \
  --unlabeled "$tmp/legal.conll" --gazetteers-from "$tmp/legal.conll" \
  --word-list "$tmp/given-de.txt" --word-list "$tmp/given-en.txt" --word-list "$tmp/places.txt" \
  --clusters 256 --epochs 10 --seed 1 --ensemble 10 --bits 17 -o "$out"
