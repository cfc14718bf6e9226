#!/usr/bin/env bash
# The same input gives byte-identical output: across runs and across thread counts.
set -euo pipefail
ag=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
inputs=(samples/ tests/devset/articles/)
"$ag" extract "${inputs[@]}" -q --threads 1 -o "$tmp/a.jsonl"
"$ag" extract "${inputs[@]}" -q --threads 1 -o "$tmp/b.jsonl"
"$ag" extract "${inputs[@]}" -q --threads 2 -o "$tmp/c.jsonl"
"$ag" extract "${inputs[@]}" -q --threads 4 -o "$tmp/d.jsonl"
cmp "$tmp/a.jsonl" "$tmp/b.jsonl"
cmp "$tmp/a.jsonl" "$tmp/c.jsonl"
cmp "$tmp/a.jsonl" "$tmp/d.jsonl"
test -s "$tmp/a.jsonl"
echo "deterministic: $(wc -l < "$tmp/a.jsonl") events, identical for 1, 2 and 4 threads"
