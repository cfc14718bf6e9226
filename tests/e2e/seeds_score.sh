#!/usr/bin/env bash
# The scorer on the bundled samples, with the floors the project holds itself to, and
# `actorgraph eval` agreeing with score.py line for line.
set -euo pipefail
ag=$1
shared=${AG_SHARED:-../shared}
if [ ! -f "$shared/eval/score.py" ]; then
  echo "SKIP: $shared/eval/score.py not found"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$ag" extract samples/ -q -o "$tmp/events.jsonl"
python3 "$shared/eval/score.py" --gold "$shared/eval/seeds.gold.json" --pred "$tmp/events.jsonl" -v \
  --min-f1 0.95 --min-typed-f1 0.95 --min-date 0.95 --min-topic-f1 0.70 | tee "$tmp/score.txt"
"$ag" eval -q --gold "$shared/eval/seeds.gold.json" samples/ -v > "$tmp/eval.txt"
diff <(grep -v '^below threshold' "$tmp/score.txt") "$tmp/eval.txt"
echo "seeds: floors met, eval agrees with score.py"
