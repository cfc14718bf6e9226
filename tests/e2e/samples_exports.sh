#!/usr/bin/env bash
# End to end on real articles, from the repository root:
#   tests/e2e/samples_exports.sh path/to/actorgraph
#
# `build samples/` (extraction, deduplication, every export) must pass
# ../shared/tools/check_exports.sh and the round trip through real parsers, and be
# byte-identical across runs. Skips (exit 0 with a message) without samples/ or ../shared.
set -u
bin=${1:?usage: samples_exports.sh ACTORGRAPH}
checker=../shared/tools/check_exports.sh
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "samples_exports.sh: $*"; exit 1; }

[ -d samples ] || { echo "samples_exports.sh: no samples/: skipped"; exit 0; }
"$bin" build samples --out "$tmp/out" -q || fail "build samples exited $?"
"$bin" build samples --out "$tmp/again" -q || fail "second build exited $?"
for f in events.jsonl graph.graphml graph.gexf graph.dot graph.json nodes.csv edges.csv; do
  [ -f "$tmp/out/$f" ] || fail "build wrote no $f"
  cmp -s "$tmp/out/$f" "$tmp/again/$f" || fail "$f differs between two runs"
done
if [ -f "$checker" ]; then
  bash "$checker" "$tmp/out" || fail "check_exports.sh failed on the samples build"
else
  echo "samples_exports.sh: $checker not found: skipped the shared checker"
fi
if $py -c 'import networkx' 2>/dev/null; then
  $py tests/export/roundtrip.py "$tmp/out" || fail "round trip failed"
fi
"$bin" stats "$tmp/out" -q >/dev/null || fail "stats of the samples build exited $?"
echo "samples_exports.sh: ok"
