#!/bin/sh
# Kills and parallel readers against kg's writer, and what they left behind.
#
#   bench/reliability.sh [KG] [--report BENCHMARKS.md]
#
# 1. Creation window: KILLS_CREATE loads into a new database, each killed with SIGKILL within
#    the first CREATE_WINDOW_MS milliseconds (while RocksDB creates the column families); after
#    each, a reader and then a writer must open the folder.
# 2. Kills during a load: KILLS_LOAD loads, each killed at a random moment of the first three quarters of
#    the load, each into a new database; after each, `kg check` must pass, every document be
#    complete, and the next load complete the database.
# 3. Readers beside a load: READERS processes run read commands in a loop while a load of
#    DOCS_READ documents runs; every read must exit 0.
# Results go to stdout and, with --report, into the RELIABILITY section of BENCHMARKS.md.
set -eu
cd "$(dirname "$0")/.."
KG=build/cli/kg
REPORT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --report) REPORT="$2"; shift 2 ;;
    *) KG="$1"; shift ;;
  esac
done
[ -x "$KG" ] || { echo "reliability.sh: no kg binary at $KG (build first)" >&2; exit 2; }
KILLS_CREATE=${KILLS_CREATE:-40}
CREATE_WINDOW_MS=${CREATE_WINDOW_MS:-150}
KILLS_LOAD=${KILLS_LOAD:-60}
READERS=${READERS:-20}
DOCS=${DOCS:-3000}
DOCS_CREATE=${DOCS_CREATE:-1000}
DOCS_READ=${DOCS_READ:-10000}
BATCH=${BATCH:-50}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Documents shaped like the crash test's: a host, five guests, a place and an event each.
gen() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
n, prefix = int(sys.argv[1]), sys.argv[2]
for i in range(n):
    d = f"{prefix}{i}"
    ents = [{"id": "h", "name": "Ada Host", "type": "PER"},
            {"id": "p", "name": f"Ort {i % 97}", "type": "LOC"},
            {"id": "e", "name": f"Treffen {d}", "type": "EVENT"}]
    rels = [{"subject": "e", "predicate": "held_in", "object": "p"}]
    for g in range(5):
        ents.append({"id": f"g{g}", "name": f"Gast {d} Nummer{g}", "type": "PER"})
        rels.append({"subject": "h", "predicate": "meets_with", "object": f"g{g}"})
        rels.append({"subject": f"g{g}", "predicate": "participates_in", "object": "e"})
    for r in rels:
        r["evidence"] = {"start": 0, "end": 10, "text": f"{d}: {r['subject']} {r['predicate']} {r['object']}"}
    print(json.dumps({"id": d, "source": d, "lang": "de", "entities": ents, "relations": rels}))
EOF
}
gen "$DOCS" k > "$work/docs.jsonl"
gen "$DOCS_CREATE" c > "$work/create.jsonl"
gen "$DOCS_READ" r > "$work/read.jsonl"

ms_now() { date +%s%N | cut -c1-13; }
# Sleeps a random number of milliseconds below $1.
rand_sleep() { python3 -c "import random,time; time.sleep(random.random()*$1/1000)"; }

# One database's state: 0 when it opens, checks and every document is whole (each document
# states 11 distinct edges: 5 meetings, 5 participations, 1 venue).
verify() {
  db=$1
  "$KG" --db "$db" check > /dev/null 2> "$work/err" || { sed 's/^/  /' "$work/err" >&2; return 1; }
  "$KG" --db "$db" stats --format json > "$work/stats.json" 2> "$work/err" || { sed 's/^/  /' "$work/err" >&2; return 1; }
  python3 - "$work/stats.json" <<'PY' || return 1
import json, sys
s = json.load(open(sys.argv[1]))
if s["relations"] != 11 * s["documents"]:
    sys.exit(f"  {s['documents']} documents but {s['relations']} relations")
PY
}

# 1. The creation window.
refused_create=0; landed_create=0
i=0
while [ $i -lt "$KILLS_CREATE" ]; do
  db="$work/c$i"
  "$KG" --db "$db" load --batch "$BATCH" "$work/create.jsonl" > /dev/null 2>&1 &
  pid=$!
  rand_sleep "$CREATE_WINDOW_MS"
  kill -9 $pid 2> /dev/null && landed_create=$((landed_create + 1))
  wait $pid 2> /dev/null || true
  if ! "$KG" --db "$db" stats > /dev/null 2> "$work/err" && ! grep -q "no kg database" "$work/err"; then
    refused_create=$((refused_create + 1)); sed 's/^/  reader: /' "$work/err" >&2
  elif ! "$KG" --db "$db" load --batch "$BATCH" "$work/create.jsonl" > /dev/null 2> "$work/err"; then
    refused_create=$((refused_create + 1)); sed 's/^/  writer: /' "$work/err" >&2
  elif ! verify "$db"; then
    refused_create=$((refused_create + 1))
  fi
  rm -rf "$db"
  i=$((i + 1))
done
echo "creation window: $landed_create kills within ${CREATE_WINDOW_MS} ms of the start, $refused_create databases refused or torn"

# 2. Kills during a load.
t0=$(ms_now)
"$KG" --db "$work/probe" load --batch "$BATCH" "$work/docs.jsonl" > /dev/null
full=$(( $(ms_now) - t0 ))
rm -rf "$work/probe"
torn=0; landed=0; complete=0
i=0
while [ $i -lt "$KILLS_LOAD" ]; do
  db="$work/k$i"
  "$KG" --db "$db" load --batch "$BATCH" "$work/docs.jsonl" > /dev/null 2>&1 &
  pid=$!
  rand_sleep $((full * 3 / 4))
  kill -9 $pid 2> /dev/null && landed=$((landed + 1))
  wait $pid 2> /dev/null || true
  if [ -d "$db" ] && ! verify "$db"; then  # no folder: killed before it made one
    torn=$((torn + 1))
  elif "$KG" --db "$db" load --batch "$BATCH" "$work/docs.jsonl" > /dev/null 2>&1 && verify "$db" &&
       "$KG" --db "$db" stats --format json | python3 -c "import json,sys; sys.exit(json.load(sys.stdin)['documents'] != $DOCS)"; then
    complete=$((complete + 1))  # the resumed load completed it
  else
    torn=$((torn + 1))
  fi
  rm -rf "$db"
  i=$((i + 1))
done
echo "kills during load: $landed kills over a ${full} ms load of $DOCS documents (--batch $BATCH), $torn refused or torn databases, $complete of $KILLS_LOAD completed by a resumed load"

# 3. Readers beside a load.
db="$work/r"
gen 10 first > "$work/first.jsonl"
"$KG" --db "$db" load "$work/first.jsonl" > /dev/null
"$KG" --db "$db" load --batch "$BATCH" "$work/read.jsonl" > /dev/null 2>&1 &
loader=$!
r=0
while [ $r -lt "$READERS" ]; do
  (
    n=0; bad=0
    while kill -0 $loader 2> /dev/null; do
      case $((n % 3)) in
        0) set -- show "Gast first1 Nummer0" ;;
        1) set -- neighbors "Gast first2 Nummer1" ;;
        *) set -- why "Ada Host" "Gast first1 Nummer0" ;;
      esac
      if ! "$KG" --db "$db" "$@" > /dev/null 2> "$work/rerr$r"; then
        bad=$((bad + 1)); sed 's/^/  reader: /' "$work/rerr$r" >&2
      fi
      n=$((n + 1))
    done
    echo "$n $bad" > "$work/reader$r"
  ) &
  r=$((r + 1))
done
wait $loader
wait
reads=0; failed=0
for f in "$work"/reader*; do
  read n bad < "$f"
  reads=$((reads + n)); failed=$((failed + bad))
done
echo "readers beside a load: $READERS readers ran $reads read commands during a load of $DOCS_READ documents (--batch $BATCH), $failed failed"

if [ -n "$REPORT" ]; then
  machine="$(nproc) cores, $(uname -m), $(. /etc/os-release && echo "$PRETTY_NAME")"
  python3 - "$REPORT" "$machine" "$KILLS_CREATE" "$landed_create" "$refused_create" "$CREATE_WINDOW_MS" \
    "$landed" "$full" "$DOCS" "$BATCH" "$torn" "$complete" "$READERS" "$reads" "$DOCS_READ" "$failed" "$KILLS_LOAD" <<'EOF'
import sys, datetime
(path, machine, kc, lc, rc, win, lk, full, docs, batch, torn, complete, readers, reads, docs_read, failed, kl) = sys.argv[1:]
section = f"""<!-- reliability -->
## Reliability (`bench/reliability.sh`)

`bench/reliability.sh --report BENCHMARKS.md` on {machine}, {datetime.date.today()}.

| trial | result |
|---|---|
| {kc} loads into a new database killed (SIGKILL) within {win} ms of starting, then a reader and a writer open it | {lc} kills landed, {rc} databases refused or torn |
| {kl} loads of {docs} documents (`--batch {batch}`, {full} ms uninterrupted) killed at a random moment of their first three quarters, `kg check` and document completeness after each | {lk} kills landed; {torn} refused or torn; {complete} of {kl} completed by the next load |
| {readers} readers running `show`, `neighbors`, `why` in a loop beside a load of {docs_read} documents (`--batch {batch}`) | {reads} reads, {failed} failed |
<!-- end reliability -->
"""
text = open(path).read()
start, end = text.find("<!-- reliability -->"), text.find("<!-- end reliability -->")
if start >= 0 and end >= 0:
    text = text[:start] + section + text[end + len("<!-- end reliability -->\n"):]
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
EOF
fi
[ "$refused_create" -eq 0 ] && [ "$torn" -eq 0 ] && [ "$failed" -eq 0 ]
