#!/usr/bin/env bash
# End to end, from the repository root:  tests/e2e/exports.sh path/to/actorgraph
#
# `build` of the golden fixture (tests/golden/events.jsonl, hand-made events with odd names,
# a mediation, planned events and duplicates across documents) must give the golden files
# byte for byte, twice; `export` must give the same bytes; the exports must pass
# ../shared/tools/check_exports.sh (when ../shared is present) and the round trip through
# real parsers (tests/export/roundtrip.py, when networkx is installed); the queries must
# answer. Exit 0 when all pass; 1 and a line naming the first failure otherwise.
set -u
bin=${1:?usage: exports.sh ACTORGRAPH}
golden=tests/golden
checker=../shared/tools/check_exports.sh
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "exports.sh: $*"; exit 1; }

# build: the golden files, byte for byte, and nothing else in the directory.
"$bin" build "$golden/events.jsonl" --out "$tmp/out" -q || fail "build exited $?"
for f in graph.graphml graph.gexf graph.dot graph.json nodes.csv edges.csv; do
  cmp -s "$tmp/out/$f" "$golden/$f" || fail "$f differs from $golden/$f (AG_UPDATE_GOLDEN=1 export_tests '[golden]' regenerates)"
done
cmp -s "$tmp/out/events.jsonl" "$golden/dedup.jsonl" || fail "events.jsonl differs from $golden/dedup.jsonl"
extra=$(cd "$tmp/out" && ls | grep -vxE 'events\.jsonl|graph\.(graphml|gexf|dot|json|svg)|(nodes|edges)\.csv')
[ -z "$extra" ] || fail "unexpected files left in the build directory: $extra"
if command -v dot >/dev/null; then
  [ -s "$tmp/out/graph.svg" ] || fail "graph.svg missing although Graphviz is installed"
fi

# Deterministic: a second build, and a build from the build directory, give the same bytes.
"$bin" build "$golden/events.jsonl" --out "$tmp/again" -q || fail "second build exited $?"
"$bin" build "$tmp/out" --out "$tmp/rebuilt" -q || fail "build of a build directory exited $?"
for f in events.jsonl graph.graphml graph.gexf graph.dot graph.json nodes.csv edges.csv; do
  cmp -s "$tmp/out/$f" "$tmp/again/$f" || fail "$f differs between two runs"
  cmp -s "$tmp/out/$f" "$tmp/rebuilt/$f" || fail "$f differs when rebuilt from the build directory"
done

# export: each format equals build's file.
for fmt in graphml gexf dot json; do
  "$bin" export "$golden/events.jsonl" --format $fmt -o "$tmp/export.$fmt" -q || fail "export --format $fmt exited $?"
  cmp -s "$tmp/export.$fmt" "$tmp/out/graph.$fmt" || fail "export --format $fmt differs from build's graph.$fmt"
done
"$bin" export "$golden/events.jsonl" --format json -q | cmp -s - "$tmp/out/graph.json" || fail "export to stdout differs"
"$bin" export "$golden/events.jsonl" --format csv -o "$tmp/tables.csv" -q || fail "export --format csv exited $?"
cmp -s "$tmp/tables.nodes.csv" "$golden/nodes.csv" || fail "export --format csv: nodes table differs"
cmp -s "$tmp/tables.edges.csv" "$golden/edges.csv" || fail "export --format csv: edges table differs"
"$bin" export "$golden/events.jsonl" --format csv -q >/dev/null 2>&1
[ $? -eq 2 ] || fail "export --format csv without -o should be a usage error"
"$bin" export "$golden/events.jsonl" --format graphml --aggregate -o "$tmp/agg.graphml" -q || fail "export --aggregate exited $?"
cmp -s "$tmp/agg.graphml" "$golden/aggregated.graphml" || fail "export --aggregate differs from $golden/aggregated.graphml"

# The shared checker and the round trip through real parsers.
if [ -f "$checker" ]; then
  bash "$checker" "$tmp/out" || fail "check_exports.sh failed on the build"
  mkdir "$tmp/agg" && "$bin" build "$golden/events.jsonl" --aggregate --out "$tmp/agg" -q || fail "build --aggregate exited $?"
  bash "$checker" "$tmp/agg" || fail "check_exports.sh failed on the aggregated build"
else
  echo "exports.sh: $checker not found: skipped the shared checker"
fi
if $py -c 'import networkx' 2>/dev/null; then
  $py tests/export/roundtrip.py "$tmp/out" || fail "round trip failed"
else
  echo "exports.sh: no networkx for $py: skipped the round trip"
fi

# Queries answer, find actors by variants, and fail on unknown ones with suggestions.
out=$("$bin" neighbours "ALIEV" "$tmp/out" -q) || fail "neighbours exited $?"
grep -q "Nikol Pashinyan" <<<"$out" || fail "neighbours of Aliyev lack Nikol Pashinyan"
"$bin" neighbours "ilham aliyev" "$golden/events.jsonl" --json -q | $py -c 'import json,sys; d=json.load(sys.stdin); assert len(d["neighbours"]) == 6, d' \
  || fail "neighbours --json"
err=$("$bin" neighbours "Blinkn" "$golden/events.jsonl" -q 2>&1 >/dev/null)
[ $? -eq 1 ] || fail "an unknown actor should exit 1"
grep -q "did you mean Antony Blinken" <<<"$err" || fail "no suggestion for an unknown actor: $err"
out=$("$bin" path "Antony Blinken" "recep-tayyip-erdogan" "$golden/events.jsonl" -q) || fail "path exited $?"
grep -q "2 steps" <<<"$out" || fail "path: expected 2 steps: $out"
"$bin" stats "$golden/events.jsonl" --json -q | $py -c 'import json,sys; d=json.load(sys.stdin); assert d["events"] == 11 and d["actors"] == 11, d' \
  || fail "stats --json"
echo "exports.sh: ok"
