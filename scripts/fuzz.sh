#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz and runs each for a
# bounded time, from the seeds in fuzz/corpus/<target>/. Exit 1 when a target crashes,
# leaks, times out or breaks an invariant; the input is saved as
# build-fuzz/artifacts/<target>-crash-... (reproduce: build-fuzz/<target> FILE).
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_BUILD_DIR build directory (default build-fuzz)
#   FUZZ_TARGETS   targets to run (default: all three)
#   FUZZ_JOBS      parallel fuzzing processes per target (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
targets=${FUZZ_TARGETS:-"fuzz_ingest fuzz_event_json fuzz_corpus_jsonl"}
jobs=${FUZZ_JOBS:-1}

# A generator is chosen only for a new build directory; an existing one keeps its own.
generator=()
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null; then generator=(-G Ninja); fi
CC=clang CXX=clang++ cmake ${generator[@]+"${generator[@]}"} -B "$build" -DAG_FUZZ=ON -DAG_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --target $targets

# Per target: the largest input worth mutating (an article, a corpus of a few records, an
# event line) and a per-input time limit that only a real hang exceeds.
max_len() {
  case $1 in
    fuzz_ingest) echo 16384 ;;
    fuzz_corpus_jsonl) echo 16384 ;;
    *) echo 8192 ;;
  esac
}

mkdir -p "$build/artifacts"
failed=()
for t in $targets; do
  # New inputs go to a working corpus in the build directory; the seeds stay as committed.
  work="$build/fuzz-corpus/$t"
  mkdir -p "$work"
  extra=()
  case $t in fuzz_event_json | fuzz_corpus_jsonl) extra+=(-dict=fuzz/json.dict) ;; esac
  # -jobs runs workers in the background with their output in fuzz-N.log files: only when asked.
  if [ "$jobs" -gt 1 ]; then extra+=(-jobs="$jobs" -workers="$jobs"); fi
  echo "== $t: ${seconds}s"
  status=0
  "$build/$t" "$work" "fuzz/corpus/$t" ${extra[@]+"${extra[@]}"} \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=30 -rss_limit_mb=2560 \
    -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$t-" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "== $t FAILED (exit $status); inputs in $build/artifacts/" >&2
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failures in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${targets} ran ${seconds}s each, nothing found"
