#!/usr/bin/env bash
# The scorer on the held-out set (tests/heldout: never used to tune rules), with floors
# that only move up as extraction improves.
set -euo pipefail
ag=$1
shared=${AG_SHARED:-../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$ag" extract tests/heldout/articles/ -q -o "$tmp/events.jsonl"
if [ -f "$shared/eval/score.py" ]; then
  python3 "$shared/eval/score.py" --gold tests/heldout/heldout.gold.json --pred "$tmp/events.jsonl" \
    --min-f1 0.42 --min-typed-f1 0.42 --min-date 0.78 --min-topic-f1 0.48
else
  "$ag" eval -q --gold tests/heldout/heldout.gold.json tests/heldout/articles/
fi
