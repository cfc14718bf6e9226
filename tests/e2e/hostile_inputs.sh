#!/usr/bin/env bash
# End to end, from the repository root:  tests/e2e/hostile_inputs.sh path/to/actorgraph
#
# Good documents are never lost because of bad ones. A directory mixes copies of samples/
# with a binary file, random bytes, an empty and a blank file, a Latin-1 and a UTF-16
# article (with and without a byte order mark), a 100 MB single-line file, a JSON Lines
# corpus with one broken line, a deeply nested JSON line, a FIFO, a dangling link and two
# symbolic link loops. `extract` over it must exit 0, give every event the samples give
# alone, name each bad file on stderr (the broken line as FILE:LINE) and fail under
# --strict (exit 3). Then: a missing input, standard input, a closed pipe (`| head`), a full
# disk (/dev/full, and a file size limit on a regular file: no partial file, no temporary
# file left), an interrupted run, and a broken --actors file (FILE:LINE:, exit 1).
# Exit 0 when all pass; 1 and a line naming the first failure otherwise.
set -u
bin=${1:?usage: hostile_inputs.sh ACTORGRAPH}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
root=$PWD
py=$(command -v python3 || echo /usr/bin/python3)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
  echo "hostile_inputs.sh: $*"
  exit 1
}
# The stderr of the last run, shown under a failure.
show() { sed 's/^/  | /' "$1" | head -40; }
# Runs the program under a time limit: a hang is a failure, not a stuck CI job.
ag() { timeout 900 "$bin" "$@"; }

# ---- The mixed directory -----------------------------------------------------------------

mix=$tmp/mix
mkdir -p "$mix/sub"
for f in samples/*.txt; do cat "$f" >"$mix/$(basename "$f")"; done
# A sample under a name no writer may copy as is: a line end, a tab, a Latin-1 byte.
cat samples/001_b2f00d48faade77c.txt >"$mix/$(printf 'odd\n\tname \351.txt')"
head -c 8192 "$bin" >"$mix/program.bin"  # an ELF header: NUL bytes
"$py" -c 'import random, sys; r = random.Random(7); sys.stdout.buffer.write(bytes(r.randrange(1, 256) for _ in range(20000)))' \
  >"$mix/noise.dat"
: >"$mix/empty.txt"
printf '\n  \n\t\n' >"$mix/blank.txt"
# samples/003 is all Latin-1; samples/002 has characters Latin-1 lacks (’).
iconv -f UTF-8 -t LATIN1 samples/003_5fb18bea82014bce.txt >"$mix/latin1.txt" || fail "iconv to Latin-1"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE samples/002_76e9bc5c19146d79.txt; } >"$mix/utf16.txt" || fail "iconv to UTF-16"
iconv -f UTF-8 -t UTF-16BE samples/000_7d683000d0d43ddb.txt >"$mix/utf16be-nobom.txt" || fail "iconv to UTF-16BE"
head -c 104857600 /dev/zero | tr '\0' 'a' >"$mix/huge.txt"
# A corpus: samples 001 and 004 as records around one broken line (line 2).
"$py" - "$mix/corpus.jsonl" <<'EOF' || fail "cannot write the corpus"
import json, sys
rec = lambda i, f: json.dumps({"id": i, "text": open("samples/" + f, encoding="utf-8").read()}, ensure_ascii=False)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write(rec("first", "001_b2f00d48faade77c.txt") + "\n")
    out.write('{"id": "broken", "text": "coupé en plein milieu\n')
    out.write(rec("second", "004_a1c3856fd1dc1f34.txt") + "\n")
EOF
# A corpus whose first record is broken, then a line nested 200,000 deep: no crash, both named.
"$py" -c 'import sys; sys.stdout.write("{\"id\": \"x\", \"text\": \"pas fini\n" + "[" * 200000 + "\n")' >"$mix/sub/deep.jsonl"
mkfifo "$mix/sub/fifo"
ln -s nowhere.txt "$mix/sub/dangling.txt"
ln -s . "$mix/self"
ln -s .. "$mix/sub/up"

"$bin" extract samples -o "$tmp/alone.jsonl" -q 2>"$tmp/alone.err" || { show "$tmp/alone.err"; fail "extract samples exited $?"; }
[ -s "$tmp/alone.jsonl" ] || fail "no events from samples/"

ag extract "$mix" -o "$tmp/mixed.jsonl" 2>"$tmp/mixed.err"
code=$?
[ $code -eq 0 ] || { show "$tmp/mixed.err"; fail "extract of the mixed directory exited $code"; }
grep -q 'AddressSanitizer\|runtime error\|internal error' "$tmp/mixed.err" && { show "$tmp/mixed.err"; fail "the mixed run reported a crash"; }

# Every event of the samples is still there: the events of each sample's copy, and those of
# the documents made from samples (the corpus records, the re-encoded articles), equal the
# events of the sample alone. Ids and source documents name the file, so they are left out.
"$py" - "$tmp/alone.jsonl" "$tmp/mixed.jsonl" "$mix" <<'EOF' || fail "events of the samples are missing from the mixed run (above)"
import collections, json, os, sys
alone_path, mixed_path, mix = sys.argv[1:4]
def key(e):
    e = dict(e)
    e.pop("id", None)
    e["sources"] = [{k: v for k, v in s.items() if k != "document"} for s in e.get("sources", [])]
    return json.dumps(e, sort_keys=True, ensure_ascii=False)
def by_document(path, name_of):
    out = collections.defaultdict(collections.Counter)
    for line in open(path, encoding="utf-8", errors="strict"):  # strict JSON in valid UTF-8
        e = json.loads(line)
        out[name_of(e["sources"][0]["document"])][key(e)] += 1
    return out
alone = by_document(alone_path, os.path.basename)
mixed = by_document(mixed_path, lambda d: d[len(mix) + 1:] if d.startswith(mix + "/") else d)
same_as = {f: f for f in alone}
same_as.update({
    "latin1.txt": "003_5fb18bea82014bce.txt",
    "utf16.txt": "002_76e9bc5c19146d79.txt",
    "utf16be-nobom.txt": "000_7d683000d0d43ddb.txt",
    "corpus.jsonl#first": "001_b2f00d48faade77c.txt",
    "corpus.jsonl#second": "004_a1c3856fd1dc1f34.txt",
    "odd\n\tname \ufffd.txt": "001_b2f00d48faade77c.txt",  # written as valid UTF-8
})
bad = 0
for doc, sample in sorted(same_as.items()):
    want, got = alone[sample], mixed.get(doc, collections.Counter())
    if want != got:
        bad += 1
        print(f"  {doc}: {sum(got.values())} events, expected the {sum(want.values())} of samples/{sample}")
        for k in (want - got): print("    missing:", k[:300])
        for k in (got - want): print("    unexpected:", k[:300])
sys.exit(1 if bad else 0)
EOF

# Each bad file is named on stderr, with its reason; the broken line as FILE:LINE.
expect_err() {  # FILE PATTERN WHAT
  grep -q -- "$2" "$1" || { show "$1"; fail "$3 not reported on stderr (expected /$2/)"; }
}
expect_err "$tmp/mixed.err" "$mix/program.bin: skipped: binary" "the binary file"
expect_err "$tmp/mixed.err" "$mix/noise.dat: skipped: binary" "the file of random bytes"
expect_err "$tmp/mixed.err" "$mix/empty.txt: skipped: empty" "the empty file"
expect_err "$tmp/mixed.err" "$mix/blank.txt: skipped: " "the blank file"
expect_err "$tmp/mixed.err" "$mix/corpus.jsonl:2: skipped: not JSON" "the broken corpus line"
expect_err "$tmp/mixed.err" "$mix/sub/deep.jsonl:1: skipped: not JSON" "a corpus's broken first line"
expect_err "$tmp/mixed.err" "$mix/sub/deep.jsonl:2: skipped: not JSON" "the deeply nested line"
expect_err "$tmp/mixed.err" "$mix/sub/fifo: skipped: " "the FIFO"
expect_err "$tmp/mixed.err" "$mix/sub/dangling.txt: skipped: broken symbolic link" "the dangling link"
expect_err "$tmp/mixed.err" "$mix/self: warning: symbolic link loop" "the link loop 'self'"
expect_err "$tmp/mixed.err" "$mix/sub/up: warning: symbolic link loop" "the link loop 'sub/up'"
expect_err "$tmp/mixed.err" "$mix/latin1.txt: warning: decoded as Windows-1252" "the Latin-1 article's decoding"
expect_err "$tmp/mixed.err" "$mix/utf16.txt: warning: decoded as UTF-16LE" "the UTF-16 article's decoding"
expect_err "$tmp/mixed.err" "$mix/utf16be-nobom.txt: warning: decoded as UTF-16BE" "the BOM-less UTF-16 article's decoding"
expect_err "$tmp/mixed.err" "extract: .* 9 skipped" "the count of skips in the summary"
# Every diagnostic is one line starting with the program's name, whatever the file names.
grep -v '^actorgraph: \|^extract: ' "$tmp/mixed.err" | grep -q . && { show "$tmp/mixed.err"; fail "a diagnostic spans lines"; }
# Nothing else is skipped: the good files are not named as skipped.
if grep -E ': skipped: ' "$tmp/mixed.err" | grep -qE '/[0-9]{3}_[0-9a-f]+\.txt|corpus\.jsonl:[13]:|huge\.txt'; then
  show "$tmp/mixed.err"
  fail "a good document was skipped"
fi

# --strict: the same run fails with exit 3 (and still writes what it found).
ag extract "$mix" -o "$tmp/strict.jsonl" --strict -q 2>"$tmp/strict.err"
code=$?
[ $code -eq 3 ] || { show "$tmp/strict.err"; fail "--strict with skipped inputs exited $code, expected 3"; }
cmp -s "$tmp/strict.jsonl" "$tmp/mixed.jsonl" || fail "--strict wrote other events than the plain run"
ag extract samples -o "$tmp/strict2.jsonl" --strict -q 2>"$tmp/strict2.err" || { show "$tmp/strict2.err"; fail "--strict with nothing skipped exited $?"; }

# ---- A missing input: one line naming it, non-zero, no output file ------------------------

ag extract samples "$tmp/no/such/file.txt" -o "$tmp/missing.jsonl" 2>"$tmp/missing.err"
code=$?
[ $code -ne 0 ] || fail "a missing input exited 0"
[ "$(wc -l <"$tmp/missing.err")" -eq 1 ] || { show "$tmp/missing.err"; fail "a missing input gave more than one line"; }
expect_err "$tmp/missing.err" "$tmp/no/such/file.txt" "the missing input's path"
[ ! -e "$tmp/missing.jsonl" ] || fail "a failed run left its output file"
ls -A "$tmp" | grep -q '\.tmp\.' && fail "a failed run left a temporary file: $(ls -A "$tmp")"

# ---- Standard input ---------------------------------------------------------------------

ag extract - -q <"$mix/corpus.jsonl" >"$tmp/stdin.jsonl" 2>"$tmp/stdin.err"
code=$?
[ $code -eq 0 ] || { show "$tmp/stdin.err"; fail "extract - of a corpus exited $code"; }
expect_err "$tmp/stdin.err" "^actorgraph: -:2: skipped: not JSON" "the broken line of standard input"
[ "$(wc -l <"$tmp/stdin.jsonl")" -eq "$(grep -c 'corpus.jsonl#' "$tmp/mixed.jsonl")" ] ||
  fail "standard input gave other events than the corpus file"
ag extract - -q <"$mix/program.bin" >"$tmp/stdin-bin.jsonl" 2>"$tmp/stdin-bin.err"
code=$?
[ $code -eq 0 ] || { show "$tmp/stdin-bin.err"; fail "extract - of a binary file exited $code"; }
expect_err "$tmp/stdin-bin.err" "^actorgraph: -: skipped: binary" "binary standard input"
ag extract - -q </dev/null >"$tmp/stdin-empty.jsonl" 2>"$tmp/stdin-empty.err"
code=$?
[ $code -eq 0 ] || { show "$tmp/stdin-empty.err"; fail "extract - of empty input exited $code"; }
expect_err "$tmp/stdin-empty.err" "^actorgraph: -: skipped: empty" "empty standard input"

# ---- Events files: broken lines named, the rest read --------------------------------------

{
  head -n 2 "$tmp/alone.jsonl"
  echo '{"type": "meeting", "participants": ["only-one"]}'
  "$py" -c 'import sys; sys.stdout.write("{\"a\":" * 100000 + "\n")'
  printf '{"type":"meeting","participants":["a","b"],"sentence":"\xff\xfe"}\n'
  tail -n +3 "$tmp/alone.jsonl"
} >"$tmp/events.jsonl"
ag extract "$tmp/events.jsonl" -o "$tmp/events-out.jsonl" 2>"$tmp/events.err"
code=$?
[ $code -eq 0 ] || { show "$tmp/events.err"; fail "extract of an events file with broken lines exited $code"; }
for n in 3 4 5; do expect_err "$tmp/events.err" "$tmp/events.jsonl:$n: skipped: " "broken events line $n"; done
cmp -s "$tmp/events-out.jsonl" "$tmp/alone.jsonl" || fail "the good lines of an events file did not come through unchanged"

# ---- A closed pipe: `| head` ends quietly ---------------------------------------------------

# Enough output to fill the pipe, so that writes meet the closed end.
for _ in $(seq 40); do cat "$tmp/alone.jsonl"; done >"$tmp/many.jsonl"
set -o pipefail
ag extract "$tmp/many.jsonl" 2>"$tmp/pipe.err" | head -c 100 >/dev/null
code=$?
set +o pipefail
[ $code -eq 0 ] || [ $code -eq 141 ] || { show "$tmp/pipe.err"; fail "extract | head exited $code"; }
[ ! -s "$tmp/pipe.err" ] || { show "$tmp/pipe.err"; fail "extract | head wrote to stderr"; }

# ---- A full disk: one line, non-zero, no partial file --------------------------------------

ag extract samples -o /dev/full 2>"$tmp/full.err"
code=$?
[ $code -ne 0 ] || fail "writing to /dev/full exited 0"
[ "$(grep -vc ': warning: ' "$tmp/full.err")" -eq 1 ] || { show "$tmp/full.err"; fail "writing to /dev/full gave more than one line"; }
expect_err "$tmp/full.err" "^actorgraph: cannot write /dev/full: No space left on device" "the full disk"
[ -c /dev/full ] || fail "/dev/full is no longer a device"
ls -A /dev | grep -q '^\.full\.tmp\.' && fail "a temporary file was left in /dev"
# A regular file on a disk that fills up (a file size limit: EFBIG): the old file stays.
echo "previous content" >"$tmp/limited.jsonl"
(ulimit -f 4 && "$bin" extract "$tmp/many.jsonl" -o "$tmp/limited.jsonl" -q) 2>"$tmp/limit.err"
code=$?
[ $code -ne 0 ] || fail "a write beyond the file size limit exited 0"
[ "$(grep -c . "$tmp/limit.err")" -eq 1 ] || { show "$tmp/limit.err"; fail "a full disk gave more than one line"; }
expect_err "$tmp/limit.err" "cannot write $tmp/limited.jsonl: File too large" "the file size limit"
[ "$(cat "$tmp/limited.jsonl")" = "previous content" ] || fail "a failed write changed the existing output file"
ls -A "$tmp" | grep -q '\.tmp\.' && fail "a failed write left a temporary file: $(ls -A "$tmp" | grep '\.tmp\.')"

# ---- An interrupted run: the old output stays, no temporary file --------------------------

# The last input is standard input, a pipe whose writer stays open, so the run cannot finish
# before it is interrupted, however fast the machine (a big file alone made this test a race).
# The inputs are corpus records (an events file is passed through without reading stdin).
python3 - "$tmp/records.jsonl" samples/*.txt <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i, path in enumerate(sys.argv[2:]):
        out.write(json.dumps({"id": str(i), "text": open(path, encoding="utf-8").read()}, ensure_ascii=False) + "\n")
PY
mkfifo "$tmp/slow.jsonl"
"$bin" extract "$tmp/records.jsonl" - -o "$tmp/limited.jsonl" -q <"$tmp/slow.jsonl" 2>/dev/null &
pid=$!
exec 9>"$tmp/slow.jsonl"  # held open until after the kill
cat "$tmp/records.jsonl" >&9
for _ in $(seq 200); do ls -A "$tmp" | grep -q '^\.limited\.jsonl\.tmp\.' && break; sleep 0.05; done
sleep 0.3  # the run is waiting on the pipe: the signal handlers are in place by now
kill -TERM $pid 2>/dev/null  # not SIGINT: a background job of a script ignores it
wait $pid
code=$?
exec 9>&-
[ $code -ne 0 ] || fail "an interrupted run exited 0"
[ "$(cat "$tmp/limited.jsonl")" = "previous content" ] || fail "an interrupted run changed the existing output file"
ls -A "$tmp" | grep -q '\.tmp\.' && fail "an interrupted run left a temporary file: $(ls -A "$tmp" | grep '\.tmp\.')"

# ---- The output inside the input directory is not read back -------------------------------

mkdir -p "$tmp/self-out"
cp samples/*.txt "$tmp/self-out/"
ag extract "$tmp/self-out" -o "$tmp/self-out/out.jsonl" -q 2>"$tmp/self-out.err" || { show "$tmp/self-out.err"; fail "extract DIR -o DIR/out.jsonl exited $?"; }
grep -q '\.tmp\.' "$tmp/self-out.err" && { show "$tmp/self-out.err"; fail "the run read its own temporary output file"; }

# ---- User lexicon and actors files: FILE:LINE: what is wrong, exit 1 ----------------------

printf 'person\tjane-doe\tJane Doe\tFRA\t-\nperson\tbroken\n' >"$tmp/bad.tsv"
ag extract samples --actors "$tmp/bad.tsv" -o "$tmp/actors.jsonl" 2>"$tmp/actors.err"
code=$?
[ $code -eq 1 ] || { show "$tmp/actors.err"; fail "--actors with a bad line exited $code, expected 1"; }
expect_err "$tmp/actors.err" "^actorgraph: $tmp/bad.tsv:2: " "the bad line of the actors file as FILE:LINE:"
[ "$(grep -c . "$tmp/actors.err")" -eq 1 ] || { show "$tmp/actors.err"; fail "a bad actors file gave more than one line"; }
[ ! -e "$tmp/actors.jsonl" ] || fail "a bad actors file left an output file"
head -c 3000 "$bin" >"$tmp/binary.tsv"
ag extract samples --actors "$tmp/binary.tsv" -o "$tmp/actors.jsonl" 2>"$tmp/actors-bin.err"
code=$?
[ $code -eq 1 ] || { show "$tmp/actors-bin.err"; fail "--actors with a binary file exited $code, expected 1"; }
expect_err "$tmp/actors-bin.err" "^actorgraph: $tmp/binary.tsv:[0-9]*: " "the binary actors file"
for bad in "$tmp/no-such.tsv" "$tmp"; do
  ag extract samples --actors "$bad" -o "$tmp/actors.jsonl" 2>"$tmp/actors-path.err"
  code=$?
  [ $code -eq 1 ] || { show "$tmp/actors-path.err"; fail "--actors $bad exited $code, expected 1"; }
  expect_err "$tmp/actors-path.err" "^actorgraph: $bad: " "the bad --actors path"
done
ag extract samples --lexicons "$tmp/no-such-dir" -o "$tmp/actors.jsonl" 2>"$tmp/lex.err"
code=$?
[ $code -eq 1 ] || { show "$tmp/lex.err"; fail "--lexicons with a missing folder exited $code, expected 1"; }
expect_err "$tmp/lex.err" "^actorgraph: $tmp/no-such-dir: " "the missing --lexicons folder"

cd "$root" || exit 1
echo "hostile_inputs.sh: all checks passed"
