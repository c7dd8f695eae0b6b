#!/bin/sh
# Runs every libFuzzer target in fuzz/ for a bounded time.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 10; CI runs them for about a minute in all)
#
# Builds build-fuzz with clang, AddressSanitizer and UndefinedBehaviorSanitizer (-DKG_FUZZ=ON)
# unless BUILD names a build folder configured so already. Seeds: fuzz/corpus/<target>/ plus
# files of the repository that are inputs of that kind (the rule file, the lexicons, the shipped
# NER model, a graph image of our example articles). The corpus grows in a temporary folder; a
# crash leaves its input in fuzz-crashes/ and fails the script.
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
BUILD=${BUILD:-build-fuzz}
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DKG_SANITIZE=address,undefined -DKG_FUZZ=ON -DKG_BUILD_BENCH=OFF -DKG_BUILD_TESTS=OFF > /dev/null
fi
cmake --build "$BUILD"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in document_reader extract rules lexicon ner_model snapshot pattern; do
  mkdir -p "$work/$t"
  cp fuzz/corpus/$t/* "$work/$t/"
done
# Every pack's files, named by their pack (two packs each have a words.rules).
for f in extract/lang/*/*.rules extract/lang/*/lexicons/*.tsv; do
  lang=$(echo "$f" | cut -d/ -f3)
  case $f in *.rules) dir=rules ;; *) dir=lexicon ;; esac
  cp "$f" "$work/$dir/$lang-$(basename "$f")"
done
cp extract/models/de-ner.bin extract/models/en-ner.bin "$work/ner_model/"
head -n 3 examples/facts.jsonl | split -l 1 - "$work/document_reader/example-"
cp examples/articles/* "$work/extract/"
if [ -x build/cli/kg ]; then
  build/cli/kg --db "$work/db" load examples/facts.jsonl > /dev/null
  cp "$work/db/graph.snapshot" "$work/snapshot/examples.snapshot"
  rm -rf "$work/db"
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="suppressions=$(pwd)/scripts/sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p fuzz-crashes
failed=0
for t in document_reader extract rules lexicon ner_model snapshot pattern; do
  # -rss_limit_mb: the extract target holds the pipeline and the tagger (about 100 MB).
  if "$BUILD/fuzz/fuzz_$t" "$work/$t" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 \
      -rss_limit_mb=4096 -artifact_prefix="fuzz-crashes/$t-" -print_final_stats=1 > "$work/$t.log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz_$t: $runs inputs in ${SECONDS_EACH} s, no failure"
  else
    failed=1
    echo "fuzz_$t: FAILED (input in fuzz-crashes/)"
    grep -E "ERROR|SUMMARY|fuzz property|runtime error" "$work/$t.log" | head -5
  fi
done
[ "$failed" -eq 0 ] && rmdir fuzz-crashes 2> /dev/null || true
exit "$failed"
