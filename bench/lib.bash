# Helpers shared by the benchmark scripts (bench/<name>.sh). Sourced, never run; bench/run runs only *.sh.
#
# A benchmark script sources this file, calls bench_init NAME, starts its processes with bench_track PID (each is
# stopped on exit, whatever happens), prints its table and writes its figures as markdown to "$BENCH_OUT/NAME.md".

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_BUILD=${BENCH_BUILD:-$BENCH_ROOT/build-bench}
BENCH_OUT=${BENCH_OUT:-$BENCH_BUILD/bench-results}
BENCH_CORES=$(nproc)

bench_pids=()
bench_tmp=""

bench_log() { printf '[%s] %s\n' "$BENCH_NAME" "$*" >&2; }
bench_die() {
  bench_log "error: $*"
  exit 1
}

# bench_init NAME: names the benchmark, makes its temporary directory and installs the clean-up trap.
bench_init() {
  BENCH_NAME=$1
  mkdir -p "$BENCH_OUT"
  bench_tmp=$(mktemp -d "${TMPDIR:-/tmp}/boardroom-bench-$1.XXXXXX")
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

# bench_track PID: stops PID (TERM, then KILL after 10 s) when the script exits.
bench_track() { bench_pids+=("$1"); }

# bench_stop PID: stops one process now (TERM, then KILL after 10 s) and reaps it.
bench_stop() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || {
    wait "$pid" 2>/dev/null
    return 0
  }
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

bench_cleanup() {
  local pid
  for pid in "${bench_pids[@]}"; do bench_stop "$pid"; done
  [ -n "$bench_tmp" ] && [ -d "$bench_tmp" ] && [ -z "${BENCH_KEEP:-}" ] && rm -rf "$bench_tmp"
  [ -n "${BENCH_KEEP:-}" ] && bench_log "kept $bench_tmp"
  return 0
}

# bench_need CMD...: exits with a clear message naming every command that is missing.
bench_need() {
  local missing=() c
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  if [ ${#missing[@]} -gt 0 ]; then
    bench_log "missing: ${missing[*]} (scripts/setup installs them: wrk, nginx-light, curl, procps)"
    exit 2
  fi
}

# bench_raise_nofile N: raises this shell's open-file limit to at least N, or exits saying why it cannot.
bench_raise_nofile() {
  local want=$1 hard
  hard=$(ulimit -Hn)
  if [ "$hard" != unlimited ] && [ "$hard" -lt "$want" ]; then
    bench_die "the hard limit on open files is $hard, below the $want this benchmark needs (raise it: ulimit -Hn)"
  fi
  [ "$(ulimit -Sn)" != unlimited ] && [ "$(ulimit -Sn)" -lt "$want" ] && ulimit -Sn "$want"
  return 0
}

# bench_free_port: prints a TCP port on 127.0.0.1 that nothing listens on or uses.
bench_free_port() {
  local port used i
  used=$(ss -Htan 2>/dev/null | awk '{print $4}' | sed 's/.*://' | sort -u)
  for ((i = 0; i < 200; i++)); do
    port=$((20000 + RANDOM % 30000))
    grep -qx "$port" <<<"$used" || {
      echo "$port"
      return 0
    }
  done
  bench_die "no free port found"
}

bench_now_ms() { echo $(($(date +%s%N) / 1000000)); }
bench_load() { cut -d' ' -f1-3 /proc/loadavg; }
bench_load1() { cut -d' ' -f1 /proc/loadavg; }
bench_cpu() { awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo; }

# bench_rss_mb PID [FIELD]: the process's resident memory (VmRSS, or VmHWM for the peak) in MB, one decimal.
bench_rss_mb() {
  awk -v f="${2:-VmRSS}:" '$1 == f {printf "%.1f", $2 / 1024}' "/proc/$1/status" 2>/dev/null
}

# bench_wait_http URL CODE PID TIMEOUT_S: waits until URL answers CODE; fails when PID dies or on time-out.
bench_wait_http() {
  local url=$1 code=$2 pid=$3 deadline=$(($(bench_now_ms) + $4 * 1000)) got
  while :; do
    got=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" 2>/dev/null)
    [ "$got" = "$code" ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(bench_now_ms)" -ge "$deadline" ] && return 1
    sleep 0.002
  done
}

# bench_ratio A B: A / B with two decimals, or "—" when either is missing or B is zero.
bench_ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "—"; else printf "%.2f", a / b }'
}

# bench_check WHAT TARGET MEASURED AWK_CONDITION: one markdown row of the targets table, with PASS or FAIL.
# AWK_CONDITION reads the measured figure as m, e.g. 'm <= 10'. A missing figure is a FAIL.
bench_check() {
  local verdict
  verdict=$(awk -v m="$3" "BEGIN { if (m == \"\" || m == \"—\") print \"FAIL\"; else if ($4) print \"PASS\"; else print \"FAIL\" }")
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$verdict"
}
