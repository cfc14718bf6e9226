#!/usr/bin/env bash
# The scorer on the project's own annotated development set (tests/devset), with floors
# that only move up as extraction improves.
set -euo pipefail
ag=$1
shared=${AG_SHARED:-../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$ag" extract tests/devset/articles/ -q -o "$tmp/events.jsonl"
if [ -f "$shared/eval/score.py" ]; then
  python3 "$shared/eval/score.py" --gold tests/devset/devset.gold.json --pred "$tmp/events.jsonl" \
    --min-f1 0.60 --min-typed-f1 0.59 --min-date 0.78 --min-topic-f1 0.62
else
  "$ag" eval -q --gold tests/devset/devset.gold.json tests/devset/articles/
fi
