#!/usr/bin/env bash
# Start-up figures for the window, the way a host starts it: wall and CPU until the first transcript is on screen
# with its findings ("ready", printed by -Dshowdesk.timing=true), resident memory at that moment, over several
# fresh launches under one X server (xvfb-run, software rendering).
#
#   installer/startup-bench.sh [-n RUNS] [-o "JVM OPTIONS"] [COMMAND...]
#
# COMMAND defaults to the packaged launcher target/installer/Showdesk/bin/Showdesk; for the jar:
#   installer/startup-bench.sh -n 7 java -jar target/showdesk.jar
# -o adds JVM options to every launch (through JAVA_TOOL_OPTIONS, which the packaged launcher also reads), e.g.
#   installer/startup-bench.sh -o "-Xshare:off"
# Each series gets a fresh showdesk.home: a first, unmeasured launch creates the demo show and warms the disk
# cache; the measured launches then open the demo show as a returning host does. The load average is printed
# before and after, because other work on the machine changes the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
extra=""
while getopts "n:o:" opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    o) extra=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- target/installer/Showdesk/bin/Showdesk

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "needs xvfb-run (apt install xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" -n "$runs" -o "$extra" "$@"
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A launch is ended right after ready, often while WebKit is still starting; should that crash the JVM, its report
# goes to the scratch folder, not into the working tree.
export JAVA_TOOL_OPTIONS="-Dprism.order=sw -Dshowdesk.timing=true -Dshowdesk.home=$scratch/home -XX:ErrorFile=$scratch/hs_err_%p.log $extra"

# Prints "WALL_FROM_EXEC_MS READY_LINE RSS" for one launch; the launch is ended once it is ready.
launch() {
  local log="$scratch/launch.log" begin now pid rss
  begin=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if grep -q '^ready:' "$log"; then
      now=$(date +%s%N)
      rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
      kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
      echo "$(((now - begin) / 1000000)) $(grep '^ready:' "$log") rss=${rss}MB"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  kill "$pid" 2>/dev/null || true
  echo "no ready line from: $*" >&2
  cat "$log" >&2
  return 1
}

echo "== $* ${extra:+(JVM options: $extra) }- $runs launches; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
launch "$@" >/dev/null # creates the demo show
results="$scratch/results"
for i in $(seq 1 "$runs"); do
  line=$(launch "$@")
  echo "  $i: ${line#* }"
  echo "$line" >>"$results"
done

# ready: N ms after JVM start, … whole process N ms
grep -E '^[0-9]+ ready: [0-9]+ ms after JVM start.* whole process [0-9]+ ms.* rss=[0-9]+MB$' "$results" >"$results.ok" || true
[ "$(wc -l <"$results.ok")" = "$runs" ] || echo "  (only $(wc -l <"$results.ok") of $runs launches gave a complete line)"
summary() { # $1 label, $2 extended regex whose first number is the figure
  grep -oE "$2" "$results.ok" | grep -oE '[0-9]+' | sort -n | awk -v label="$1" '{v[NR] = $1} END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "  %-28s median %6d   min %6d   max %6d\n", label, m, v[1], v[NR]}'
}
summary "wall to ready, ms (JVM)" 'ready: [0-9]+ ms after JVM start'
summary "wall to ready, ms (exec)" '^[0-9]+ ready'
summary "process CPU to ready, ms" 'whole process [0-9]+ ms'
summary "heap in use at ready, MB" 'heap in use [0-9]+ MB'
summary "resident at ready, MB" 'rss=[0-9]+MB'
echo "  load after: $(cut -d' ' -f1-3 /proc/loadavg)"
