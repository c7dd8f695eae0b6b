#!/bin/sh
# The main job kg can do today: build, read our example articles (German and English), find who and what is
# in them and how they relate, store that, ask how two people are connected and why, and draw it.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build >/dev/null
KG=build/cli/kg
DB=${KG_DB:-build/demo.kg}
rm -rf "$DB"
$KG --db "$DB" ingest examples/articles
$KG --db "$DB" stats --top 5
echo
$KG --db "$DB" path "Jens Stoltenberg" "Narendra Modi"
echo
$KG --db "$DB" why "Putin" "Xi Jinping"
echo
$KG --db "$DB" render -o build/demo-graph.svg
$KG --db "$DB" export --format jsonld -o build/demo-graph.jsonld
echo "drew build/demo-graph.svg; the graph as JSON-LD is in build/demo-graph.jsonld"
