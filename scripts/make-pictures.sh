#!/bin/sh
# Regenerates the pictures in docs/ that the README shows: kg ingest reads our own example
# articles, kg render draws them.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build >/dev/null
DB=$(mktemp -d)/pictures.kg
trap 'rm -rf "$(dirname "$DB")"' EXIT
build/cli/kg --db "$DB" ingest examples/articles >/dev/null
build/cli/kg --db "$DB" render -o docs/examples-graph.svg --title "Gipfel 2023–2024: unsere Beispielartikel"
build/cli/kg --db "$DB" render --focus "Narendra Modi" --depth 1 -o docs/modi-depth1.svg --title "Narendra Modi"
build/cli/kg --db "$DB" render --predicate meets_with -o docs/meetings.svg --title "Wer trifft wen"
echo "wrote docs/examples-graph.svg, docs/modi-depth1.svg and docs/meetings.svg"
