#!/usr/bin/env bash
# Throughput benchmark of actorgraph: extraction (MB/s, documents/s, sentences/s, peak RSS)
# on 10k and 100k synthetic articles with one and two threads, and `build` (graph and every
# export) from 500k and 1M events beside a networkx script (MultiDiGraph + write_graphml)
# run on the same events. Prints Markdown tables that can go into the README as they are.
#
#   bench/run.sh [BUILD_DIR] [--quick] [--repeat N] [--no-networkx] [--docs "N..."] [--events "N..."]
#
#   BUILD_DIR      the build directory holding `actorgraph` (default: build); configure it in
#                  Release for meaningful figures
#   --quick        CI smoke: 2k articles, 50k events, one run each
#   --repeat N     runs per measurement, the fastest kept (default 3); other processes on
#                  the machine only ever slow a run down, so the fastest is the truest
#   --no-networkx  skip the networkx reference (it takes minutes at 1M events)
#   --docs/--events  the corpus sizes (articles) and events-file sizes (lines) to run ("" for
#                  none: `--docs ""` measures build alone)
#
# Corpora come from ../shared/bench/make_corpus.py and bench/make_events.py, cached by size
# in $AG_BENCH_CACHE (default: $TMPDIR/actorgraph-bench) so later runs skip generation.
# Timings are wall-clock; CPU s is user + system time, which shows how much of a slow wall
# time was waiting for a busy machine. Extraction writes its events to standard output,
# sent to /dev/null (the serialization and write path is part of the measurement). Targets
# are checked at the end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
shared=${AG_SHARED:-$root/../shared}

build=build
docs_sizes="10000 100000"
event_sizes="500000 1000000"
repeat=3
networkx=1
quick=0
while (($#)); do
  case $1 in
    --quick) quick=1; docs_sizes=2000; event_sizes=50000; repeat=1 ;;
    --repeat) repeat=$2; shift ;;
    --no-networkx) networkx=0 ;;
    --docs) docs_sizes=$2; shift ;;
    --events) event_sizes=$2; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) build=$1 ;;
  esac
  shift
done
[[ $build = /* ]] || build=$root/$build
ag=$build/actorgraph
[[ -x $ag ]] || { echo "run.sh: no actorgraph in $build (build it first)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "run.sh: needs /usr/bin/time (Debian package 'time') for peak RSS" >&2; exit 1; }
cache=${AG_BENCH_CACHE:-${TMPDIR:-/tmp}/actorgraph-bench}
mkdir -p "$cache"
work=$(mktemp -d "${TMPDIR:-/tmp}/ag-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

log() { echo "$@" >&2; }
now() { date +%s.%N; }
# fmt NUMBER DECIMALS
fmt() { LC_ALL=C printf "%.${2}f" "$1"; }
calc() { LC_ALL=C awk "BEGIN { printf \"%.6f\", $1 }"; }
ge() { LC_ALL=C awk "BEGIN { exit !($1 >= $2) }"; }

corpus() {  # corpus N -> path of an N-article JSON Lines corpus
  local f=$cache/corpus-$1.jsonl
  if [[ ! -s $f ]]; then
    log "generating $1 articles ..."
    python3 "$shared/bench/make_corpus.py" --docs "$1" --jsonl "$f.tmp" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}
events_file() {  # events_file N -> path of an N-line events file
  local f=$cache/events-$1.jsonl
  if [[ ! -s $f ]]; then
    log "generating $1 events ..."
    python3 "$here/make_events.py" --events "$1" --out "$f.tmp" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}

# timed OUT_PREFIX CMD...: runs CMD, leaving wall seconds, CPU seconds and peak RSS (KiB)
# in OUT_PREFIX.{wall,cpu,rss} and its stderr in OUT_PREFIX.err. Fails when CMD fails.
timed() {
  local p=$1
  shift
  local t0 t1
  t0=$(now)
  if ! /usr/bin/time -f '%U %S %M' -o "$p.time" "$@" 2>"$p.err"; then
    log "run.sh: failed: $*"
    cat "$p.err" >&2
    return 1
  fi
  t1=$(now)
  calc "$t1 - $t0" >"$p.wall"
  read -r u s m <"$p.time"
  calc "$u + $s" >"$p.cpu"
  echo "$m" >"$p.rss"
}

# best OUT_PREFIX CMD...: `repeat` runs of CMD; the fastest one's figures stay in OUT_PREFIX.*
best() {
  local p=$1
  shift
  local i
  for ((i = 0; i < repeat; i++)); do
    timed "$work/run" "$@"
    if ((i == 0)) || ge "$(cat "$p.wall")" "$(cat "$work/run.wall")"; then
      for x in wall cpu rss err; do cp "$work/run.$x" "$p.$x"; done
    fi
  done
}

# ---- Machine --------------------------------------------------------------------------------

cpu=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
[[ -n $cpu ]] || cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
cores=$(nproc)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
echo "## actorgraph benchmark"
echo
echo "Machine: $cpu, $cores cores, $mem RAM; $(uname -sr); load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Build: $build ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null || echo '?'))." \
  "Fastest of $repeat run(s) per row; corpora from make_corpus.py (synthetic French news, ~2.9 KB per article)."
echo

# ---- Extraction -----------------------------------------------------------------------------

if [[ -n ${docs_sizes// /} ]]; then
echo "### Extraction (\`actorgraph extract CORPUS --threads N > /dev/null\`)"
echo
echo "| articles | MB | threads | wall s | CPU s | MB/s | documents/s | sentences/s | speed-up | peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
declare -A mbps rss_of
identical=""
for n in $docs_sizes; do
  c=$(corpus "$n")
  bytes=$(stat -c %s "$c")
  for t in 1 2; do
    # To standard output, not `-o /dev/null`: binaries before the fix in cli/output.cc renamed a
    # temporary file over the -o target, replacing /dev/null itself (as root).
    best "$work/x" sh -c 'exec "$0" extract "$1" --threads "$2" >/dev/null' "$ag" "$c" "$t"
    # "extract: N documents, S sentences, E events, K skipped, ..." (stderr; not a terminal,
    # so no progress line comes before it).
    line=$(grep '^extract: ' "$work/x.err" | tail -1)
    docs=$(sed -E 's/^extract: ([0-9]+) documents.*/\1/' <<<"$line")
    sents=$(sed -nE 's/.* ([0-9]+) sentences.*/\1/p' <<<"$line")
    wall=$(cat "$work/x.wall")
    rate=$(calc "$bytes / 1e6 / $wall")
    mbps[$n.$t]=$rate
    rss_of[$n.$t]=$(calc "$(cat "$work/x.rss") / 1024")
    speed="" && ((t > 1)) && speed="$(fmt "$(calc "$rate / ${mbps[$n.1]}")" 2)x"
    echo "| $n | $(fmt "$(calc "$bytes / 1e6")" 1) | $t | $(fmt "$wall" 2) | $(fmt "$(cat "$work/x.cpu")" 2) |" \
      "$(fmt "$rate" 1) | $(fmt "$(calc "$docs / $wall")" 0) | $(fmt "$(calc "${sents:-0} / $wall")" 0) | $speed |" \
      "$(fmt "${rss_of[$n.$t]}" 0) |"
  done
  if [[ -z $identical ]]; then
    # The output must not depend on the thread count.
    "$ag" extract "$c" --threads 1 -q -o "$work/t1.jsonl"
    "$ag" extract "$c" --threads 2 -q -o "$work/t2.jsonl"
    if cmp -s "$work/t1.jsonl" "$work/t2.jsonl"; then identical="yes ($n articles, $(wc -l <"$work/t1.jsonl") events)"
    else identical="NO: outputs differ ($n articles)"; fi
    rm -f "$work/t1.jsonl" "$work/t2.jsonl"
  fi
done
echo
echo "Output with 2 threads byte-identical to 1 thread: $identical."
echo
fi

# ---- build ------------------------------------------------------------------------------------

echo "### \`actorgraph build EVENTS --out DIR\` (dedup, graph, events.jsonl and every export) vs networkx"
echo
echo "| events | MB | reports merged into | nodes | edges | build wall s | CPU s | peak RSS MiB | networkx s (load + graph + GraphML) | of which write_graphml s | networkx RSS MiB | ratio |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
declare -A build_s ratio_of
for n in $event_sizes; do
  e=$(events_file "$n")
  out=$work/build-$n
  rm -rf "$out"
  best "$work/b" "$ag" build "$e" --out "$out"
  wall=$(cat "$work/b.wall")
  build_s[$n]=$wall
  # "build: ... N events, M after deduplication (...)"
  merged=$(sed -nE 's/.* ([0-9]+) after deduplication.*/\1/p' "$work/b.err" | head -1)
  # Nodes and edges as GraphML holds them: counted, not taken from a log line.
  nodes=$(grep -c '<node ' "$out/graph.graphml" || true)
  edges=$(grep -c '<edge ' "$out/graph.graphml" || true)
  nx_s="" nx_w="" nx_rss="" ratio=""
  if ((networkx)); then
    timed "$work/n" python3 "$here/networkx_graphml.py" "$e" "$work/nx.graphml" >"$work/n.json"
    nx_s=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total_s"])' "$work/n.json")
    nx_w=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["write_s"])' "$work/n.json")
    nx_s=$(cat "$work/n.wall")  # the whole process, interpreter start-up included, like actorgraph's
    nx_rss=$(fmt "$(calc "$(cat "$work/n.rss") / 1024")" 0)
    ratio_of[$n]=$(calc "$nx_s / $wall")
    ratio="$(fmt "${ratio_of[$n]}" 1)x"
    nx_s=$(fmt "$nx_s" 1)
    nx_w=$(fmt "$nx_w" 1)
    rm -f "$work/nx.graphml"
  fi
  echo "| $n | $(fmt "$(calc "$(stat -c %s "$e") / 1e6")" 0) | ${merged:-?} | $nodes | $edges | $(fmt "$wall" 2) |" \
    "$(fmt "$(cat "$work/b.cpu")" 2) | $(fmt "$(calc "$(cat "$work/b.rss") / 1024")" 0) | $nx_s | $nx_w | $nx_rss | $ratio |"
  rm -rf "$out"
done
echo

# ---- Targets ------------------------------------------------------------------------------------

check() {  # check WHAT VALUE OP LIMIT
  local ok=no
  case $3 in
    '>=') ge "$2" "$4" && ok=yes ;;
    '<=') ge "$4" "$2" && ok=yes ;;
  esac
  echo "| $1 | $(fmt "$2" 2) | $3 $4 | $ok |"
}
if ((quick == 0)); then
  echo "### Targets"
  echo
  echo "| target | measured | goal | met |"
  echo "|---|---:|---:|---|"
  if [[ -n ${docs_sizes// /} ]]; then  # --docs "" runs build alone
    big=${docs_sizes##* }
    small=${docs_sizes%% *}
    check "extraction MB/s, 1 thread ($big articles)" "${mbps[$big.1]}" '>=' 50
    check "speed-up with 2 threads ($big articles)" "$(calc "${mbps[$big.2]} / ${mbps[$big.1]}")" '>=' 1.8
    check "peak RSS MiB ($big articles, 2 threads)" "${rss_of[$big.2]}" '<=' 300
    check "peak RSS growth $small -> $big articles (MiB)" "$(calc "${rss_of[$big.2]} - ${rss_of[$small.2]}")" '<=' 50
  fi
  if [[ -n ${event_sizes// /} ]]; then
    top=${event_sizes##* }
    check "build s ($top events, every export)" "${build_s[$top]}" '<=' 5
    ((networkx)) && check "networkx / build ($top events)" "${ratio_of[$top]}" '>=' 20
  fi
  echo
fi
