#!/usr/bin/env bash
# Extracts ARTICLES and scores them against GOLD with floors:
#   score_floors.sh ACTORGRAPH GOLD ARTICLES MIN_PAIR_F1 MIN_TYPED_F1 MIN_DATE MIN_TOPIC_F1
# With ../shared present the project's scorer (score.py) judges; without it, `actorgraph
# eval` (the same definitions) does, so the floors hold either way.
set -euo pipefail
ag=$1 gold=$2 articles=$3 f1=$4 typed=$5 date=$6 topic=$7
shared=${AG_SHARED:-../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ -f "$shared/eval/score.py" ]; then
  "$ag" extract "$articles" -q -o "$tmp/events.jsonl"
  exec python3 "$shared/eval/score.py" --gold "$gold" --pred "$tmp/events.jsonl" \
    --min-f1 "$f1" --min-typed-f1 "$typed" --min-date "$date" --min-topic-f1 "$topic"
fi
"$ag" eval -q --gold "$gold" "$articles" | tee "$tmp/score.txt"
python3 - "$tmp/score.txt" "$f1" "$typed" "$date" "$topic" <<'PY'
import re, sys
line = [l for l in open(sys.argv[1]) if l.startswith("score:")][-1]
got = [float(x) for x in re.findall(r"=([0-9.]+)", line)]
floors = [float(x) for x in sys.argv[2:6]]
short = [f"{g:.3f} < {f}" for g, f in zip(got, floors) if g < f]
sys.exit("below threshold: " + ", ".join(short) if short else 0)
PY
