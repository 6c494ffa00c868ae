#!/usr/bin/env bash
# The serving benchmark (SPEC §8): boardroom against nginx serving the same bytes as a static file.
#
#   bench/serve.sh            (or bench/run serve; `make bench` builds first and runs every benchmark)
#
# 1. Start time: from launching `boardroom serve` to the first 200 on /healthz, on a new database (migrations and
#    demo data included) and again on the same database.
# 2. wrk with 64 and with 1,000 keep-alive connections on a public meeting page, boardroom then nginx, same
#    duration, each after a short warm-up: requests/s, p50, p99, errors, time-outs, non-2xx answers.
# 3. 1,000 idle connections (bench/idle_clients: one request each, then silence) held open while wrk with 64
#    connections measures the page again; then held until after the server's idle time-out, to count what it closed.
# 4. The server's resident memory idle, with the idle connections, and after the load.
#
# Settings (environment): BENCH_DURATION (s, 10), BENCH_WARMUP (s, 2), BENCH_THREADS (wrk threads, cores),
# BENCH_IDLE (idle connections, 1000), BENCH_IDLE_HOLD (s the idle connections are held, 75: past the server's
# 60 s idle time-out; 0 holds them only through the wrk run), BENCH_PAGE (path to measure; default the first
# /meetings/ link on the home page, else /), BOARDROOM_BIN, BENCH_BUILD (build-bench), BENCH_OUT (where the
# markdown goes), BENCH_KEEP=1 keeps the temporary directory.
set -uo pipefail
source "$(dirname "$0")/lib.bash"
bench_init serve

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
THREADS=${BENCH_THREADS:-$BENCH_CORES}
IDLE=${BENCH_IDLE:-1000}
IDLE_HOLD=${BENCH_IDLE_HOLD:-75}
CONNS=(64 1000)

bench_need wrk nginx curl ss awk
bench_raise_nofile $((2 * 1000 + 2 * IDLE + 512))

bin=${BOARDROOM_BIN:-}
if [ -z "$bin" ]; then
  for b in "$BENCH_BUILD/boardroom" "$BENCH_BUILD/src/cli/boardroom"; do [ -x "$b" ] && bin=$b && break; done
fi
[ -n "$bin" ] && [ -x "$bin" ] || bench_die "no boardroom binary in $BENCH_BUILD (build it: make bench)"
idle_bin=$BENCH_BUILD/bench/idle_clients
[ -x "$idle_bin" ] || bench_die "no $idle_bin (build it: make bench)"

load_start=$(bench_load)
tmp=$bench_tmp
port=$(bench_free_port)
base=http://127.0.0.1:$port
db=$tmp/boardroom.db

# start_server: launches `serve` in the background, sets server_pid and start_ms (launch to first 200 on /healthz).
start_server() {
  local t0
  t0=$(bench_now_ms)
  "$bin" serve --db "$db" --listen "127.0.0.1:$port" --demo --quiet >>"$tmp/serve.log" 2>&1 &
  server_pid=$!
  bench_track "$server_pid"
  if ! bench_wait_http "$base/healthz" 200 "$server_pid" 30; then
    tail -n 20 "$tmp/serve.log" >&2
    bench_die "boardroom did not answer 200 on /healthz within 30 s (log above)"
  fi
  start_ms=$(($(bench_now_ms) - t0))
}

bench_log "boardroom: $bin on $base; load average $load_start"
start_server
start_new_ms=$start_ms
bench_stop "$server_pid"
# A new installation opens only its first-run page until a user exists: add one, as an administrator would.
printf '%s\n' "a benchmark administrator" |
  "$bin" user add bench@example.org --name "Benchmark" --role admin --db "$db" --password-stdin >/dev/null ||
  bench_die "could not add the benchmark's user"
start_server
start_again_ms=$start_ms
bench_log "ready in $start_new_ms ms on a new database, $start_again_ms ms on the same database again"

# The page under test, and the same bytes for nginx.
page=${BENCH_PAGE:-}
if [ -z "$page" ]; then
  page=$(curl -s --max-time 5 "$base/" | grep -o 'href="/meetings/[0-9]*"' | head -n 1 | sed 's/^href="//; s/"$//')
  [ -n "$page" ] || page=/
fi
code=$(curl -s -o "$tmp/page.1" -w '%{http_code}' --max-time 5 "$base$page")
[ "$code" = 200 ] || bench_die "boardroom answered $code on $page"
curl -s -o "$tmp/page.2" --max-time 5 "$base$page"
page_bytes=$(stat -c %s "$tmp/page.1")
same_twice=yes
cmp -s "$tmp/page.1" "$tmp/page.2" || same_twice=no
rss_idle=$(bench_rss_mb "$server_pid")
bench_log "page $page: $page_bytes bytes; identical on two fetches: $same_twice; resident ${rss_idle} MB idle"

# nginx, with its own configuration, prefix and port, in the foreground of its own process group.
nginx_port=$(bench_free_port)
[ "$nginx_port" = "$port" ] && nginx_port=$(bench_free_port)
nginx_base=http://127.0.0.1:$nginx_port
ngx=$tmp/nginx
mkdir -p "$ngx/root" "$ngx/temp"
chmod 755 "$tmp" "$ngx" "$ngx/root"
if [ "${page%/}" != "$page" ] || [ "$page" = / ]; then
  target=$ngx/root${page}index.html
else
  target=$ngx/root$page
fi
mkdir -p "$(dirname "$target")"
cp "$tmp/page.1" "$target"
chmod -R a+rX "$ngx/root"
temp_paths=$(nginx -V 2>&1 | tr ' ' '\n' | sed -n 's/^--http-\([a-z_]*\)-temp-path=.*/\1/p' |
  sed 's/-/_/g' | while read -r m; do echo "  ${m}_temp_path $ngx/temp/$m;"; done)
cat >"$ngx/nginx.conf" <<EOF
worker_processes $BENCH_CORES;
worker_rlimit_nofile 8192;
pid $ngx/nginx.pid;
lock_file $ngx/nginx.lock;
error_log $ngx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 60s;
  keepalive_requests 1000000;
  default_type text/html;
  types { text/html html; }
$temp_paths
  server {
    listen 127.0.0.1:$nginx_port;
    root $ngx/root;
  }
}
EOF
nginx -c "$ngx/nginx.conf" -p "$ngx" -e "$ngx/error.log" -g 'daemon off;' >"$ngx/stdout.log" 2>&1 &
nginx_pid=$!
bench_track "$nginx_pid"
if ! bench_wait_http "$nginx_base$page" 200 "$nginx_pid" 10; then
  cat "$ngx/stdout.log" "$ngx/error.log" >&2 2>/dev/null
  bench_die "nginx did not serve $page (log above)"
fi
curl -s -o "$tmp/page.nginx" --max-time 5 "$nginx_base$page"
cmp -s "$tmp/page.1" "$tmp/page.nginx" || bench_die "nginx does not serve the same bytes as boardroom"

# run_wrk LABEL URL CONNECTIONS: a warm-up, then the measured run; its figures go to $tmp/LABEL.kv as key=value.
run_wrk() {
  local label=$1 url=$2 conns=$3 out=$tmp/$1.wrk load
  local threads=$((THREADS < conns ? THREADS : conns))
  wrk -t"$threads" -c"$conns" -d"${WARMUP}s" "$url" >/dev/null 2>&1
  load=$(bench_load1)
  wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency "$url" >"$out" 2>&1
  awk -v load="$load" '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000
      if (v ~ /s$/) return v * 1000
      return v
    }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /requests in/ { requests = $1; secs = $4; sub(/,$/, "", secs); secs = ms(secs) / 1000 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8; timeouts = $10 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    END {
      ok = secs > 0 ? (requests - non2xx) / secs : 0
      printf "rps=%.0f\nok_rps=%.0f\np50=%.2f\np99=%.2f\nrequests=%s\nerrors=%d\ntimeouts=%d\nnon2xx=%d\nload=%s\n",
        rps, ok, p50, p99, requests, errors, timeouts, non2xx, load
      if (rps == "") exit 1
    }' "$out" >"$tmp/$label.kv" || {
    cat "$out" >&2
    bench_die "wrk gave no figures for $label (output above)"
  }
  # Which statuses? A short run with a counting script (not in the measured run: it slows wrk down).
  if [ "$(kv "$label" non2xx)" != 0 ]; then
    wrk -t"$threads" -c"$conns" -d3s -s "$BENCH_ROOT/bench/wrk_statuses.lua" "$url" 2>&1 |
      awk '$1 == "status" { printf "%s%s×%s", sep, $2, $3; sep = ", " } END { printf "\n" }' >"$tmp/$label.statuses"
    echo "statuses=$(tr ' ' '_' <"$tmp/$label.statuses")" >>"$tmp/$label.kv"
  fi
  bench_log "$label: $(tr '\n' ' ' <"$tmp/$label.kv")"
}

# kv LABEL KEY: one figure of a run.
kv() { sed -n "s/^$2=//p" "$tmp/$1.kv"; }

for c in "${CONNS[@]}"; do
  run_wrk "boardroom-$c" "$base$page" "$c"
  run_wrk "nginx-$c" "$nginx_base$page" "$c"
done
rss_after_load=$(bench_rss_mb "$server_pid")

# Idle connections held open while 64 busy connections are measured.
hold=$IDLE_HOLD
min_hold=$((WARMUP + DURATION + 5))
[ "$hold" -lt "$min_hold" ] && hold=$min_hold
"$idle_bin" --port "$port" --connections "$IDLE" --hold "$hold" >"$tmp/idle.out" 2>"$tmp/idle.err" &
idle_pid=$!
bench_track "$idle_pid"
for ((i = 0; i < 300; i++)); do
  grep -q '^ready' "$tmp/idle.out" && break
  kill -0 "$idle_pid" 2>/dev/null || break
  sleep 0.1
done
grep -q '^ready' "$tmp/idle.out" || {
  cat "$tmp/idle.err" >&2
  bench_die "idle_clients did not get ready"
}
idle_ready=$(grep '^ready' "$tmp/idle.out")
bench_log "idle clients: $idle_ready"
rss_with_idle=$(bench_rss_mb "$server_pid")
run_wrk "boardroom-64-idle" "$base$page" 64
kill -USR1 "$idle_pid"
for ((i = 0; i < 50; i++)); do
  grep -q '^status' "$tmp/idle.out" && break
  sleep 0.1
done
idle_status=$(grep '^status' "$tmp/idle.out" | head -n 1)
bench_log "after the wrk run: $idle_status; holding until ${hold} s"
wait "$idle_pid"
idle_done=$(grep '^done' "$tmp/idle.out")
bench_log "idle clients: $idle_done"
rss_end=$(bench_rss_mb "$server_pid")
rss_peak=$(bench_rss_mb "$server_pid" VmHWM)
load_end=$(bench_load)

field() { sed -n "s/.*[[:space:]]$2=\([^[:space:]]*\).*/\1/p" <<<"$1"; }
idle_open_ready=$(field "$idle_ready" open)
idle_failed=$(field "$idle_ready" failed)
idle_open_after_wrk=$(field "$idle_status" open)
idle_closed_during_wrk=$(field "$idle_status" closed)
idle_open_end=$(field "$idle_done" open)
idle_closed_end=$(field "$idle_done" closed)
idle_first_close=$(field "$idle_done" first_close_s)
idle_last_close=$(field "$idle_done" last_close_s)

# The report: a markdown section on stdout and in $BENCH_OUT/serve.md.
report() {
  local c
  echo "## Serving: a public page, boardroom beside nginx"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -n): $BENCH_CORES cores ($(bench_cpu)), $(uname -sr)."
  echo "Load average (1, 5, 15 min) $load_start at the start, $load_end at the end;"
  echo "the load column is the 1-minute load average just before each run. wrk: $THREADS threads, ${DURATION} s"
  echo "after a ${WARMUP} s warm-up. Page \`$page\`: $page_bytes bytes (nginx serves the same bytes from a file;"
  echo "the page was identical on two fetches: $same_twice). wrk, boardroom and nginx share the $BENCH_CORES cores."
  echo "2xx/s counts only successful answers (wrk's requests/s counts errors too); the ratios use 2xx/s."
  echo
  echo "| server | connections | 2xx/s | requests/s | p50 ms | p99 ms | errors | time-outs | non-2xx | load |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  row() {
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(kv "$3" ok_rps)" "$(kv "$3" rps)" \
      "$(kv "$3" p50)" "$(kv "$3" p99)" "$(kv "$3" errors)" "$(kv "$3" timeouts)" "$(kv "$3" non2xx)" "$(kv "$3" load)"
  }
  for c in "${CONNS[@]}"; do
    row boardroom "$c" "boardroom-$c"
    row nginx "$c" "nginx-$c"
    printf '| **boardroom / nginx** | %s | **%s** | %s | %s | %s | | | | |\n' "$c" \
      "$(bench_ratio "$(kv "boardroom-$c" ok_rps)" "$(kv "nginx-$c" ok_rps)")" \
      "$(bench_ratio "$(kv "boardroom-$c" rps)" "$(kv "nginx-$c" rps)")" \
      "$(bench_ratio "$(kv "boardroom-$c" p50)" "$(kv "nginx-$c" p50)")" \
      "$(bench_ratio "$(kv "boardroom-$c" p99)" "$(kv "nginx-$c" p99)")"
  done
  row "boardroom + $IDLE idle" 64 boardroom-64-idle
  printf '| **with idle / without** | 64 | **%s** | %s | %s | %s | | | | |\n' \
    "$(bench_ratio "$(kv boardroom-64-idle ok_rps)" "$(kv boardroom-64 ok_rps)")" \
    "$(bench_ratio "$(kv boardroom-64-idle rps)" "$(kv boardroom-64 rps)")" \
    "$(bench_ratio "$(kv boardroom-64-idle p50)" "$(kv boardroom-64 p50)")" \
    "$(bench_ratio "$(kv boardroom-64-idle p99)" "$(kv boardroom-64 p99)")"
  echo
  for l in boardroom-64 nginx-64 boardroom-1000 nginx-1000 boardroom-64-idle; do
    [ -n "$(kv $l statuses)" ] &&
      echo "$l answered non-2xx; a 3 s run straight after it, counting statuses, saw: $(kv $l statuses | tr '_' ' ')." &&
      echo
  done
  echo "Idle connections: $idle_open_ready of $IDLE open ($idle_failed failed), each after one request;"
  echo "still open after the wrk run: $idle_open_after_wrk (the server closed $idle_closed_during_wrk);"
  if [ "$idle_closed_end" = 0 ]; then
    echo "after ${hold} s: $idle_open_end open, none closed by the server (its idle time-out is 60 s)."
  else
    echo "after ${hold} s: $idle_open_end open, $idle_closed_end closed by the server, from ${idle_first_close} s to"
    echo "${idle_last_close} s after they went idle (its idle time-out is 60 s)."
  fi
  echo
  echo "Resident memory (VmRSS): ${rss_idle} MB idle, ${rss_after_load} MB after the wrk runs, ${rss_with_idle} MB"
  echo "with the $IDLE idle connections, ${rss_end} MB at the end; peak (VmHWM) ${rss_peak} MB."
  echo "Start (launch to the first 200 on /healthz, polled with curl): ${start_new_ms} ms on a new database"
  echo "(migrations and demo data), ${start_again_ms} ms on the same database again."
  echo
  echo "| target (SPEC §8) | goal | measured | |"
  echo "|---|---|---|---|"
  local r64 r1000 p1000 errs
  r64=$(bench_ratio "$(kv boardroom-64 ok_rps)" "$(kv nginx-64 ok_rps)")
  r1000=$(bench_ratio "$(kv boardroom-1000 ok_rps)" "$(kv nginx-1000 ok_rps)")
  p1000=$(bench_ratio "$(kv boardroom-1000 p99)" "$(kv nginx-1000 p99)")
  errs=0
  for l in boardroom-64 boardroom-1000 boardroom-64-idle; do
    errs=$((errs + $(kv $l errors) + $(kv $l timeouts) + $(kv $l non2xx)))
  done
  bench_check "2xx/s at 64, × nginx" "≥ 0.5" "$r64" 'm >= 0.5'
  bench_check "2xx/s at 1,000, × nginx" "≥ 0.5" "$r1000" 'm >= 0.5'
  bench_check "p99 at 64 connections" "≤ 10 ms" "$(kv boardroom-64 p99)" 'm <= 10'
  bench_check "p99 at 1,000, × nginx's p99" "≤ 2" "$p1000" 'm <= 2'
  bench_check "errors, time-outs, non-2xx (boardroom, all runs)" "0" "$errs" 'm == 0'
  bench_check "2xx/s with $IDLE idle, × without" "≥ 0.9 (no slow-down beyond noise)" \
    "$(bench_ratio "$(kv boardroom-64-idle ok_rps)" "$(kv boardroom-64 ok_rps)")" 'm >= 0.9'
  bench_check "idle connections still open after the wrk run" "$IDLE" "$idle_open_after_wrk" "m == $IDLE"
  bench_check "resident memory idle" "≤ 64 MB" "$rss_idle" 'm <= 64'
  bench_check "start, same database" "≤ 200 ms" "$start_again_ms" 'm <= 200'
  bench_check "start, new database with the demo" "≤ 200 ms" "$start_new_ms" 'm <= 200'
}

report | tee "$BENCH_OUT/serve.md"
