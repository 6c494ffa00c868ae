#!/usr/bin/env bash
# The search benchmark: an archive of at least 1,000,000 paragraphs, then query latency through the HTTP API,
# through the CLI and as the bare FTS5 query on the same database, in three classes of query. See bench/README.md
# (Search). Settings:
#   BENCH_SEARCH_DIR         where the archive and its queries live, made once and reused
#                            (default /tmp/boardroom-search-archive; delete it to make a new one)
#   BENCH_SEARCH_PARAGRAPHS  paragraphs in the archive (default 1000000)
#   BENCH_SEARCH_QUERIES     queries a class (default 1000)
#   BENCH_SEARCH_SEED        generator seed (default 20190918)
#   BENCH_SEARCH_CLASSES     classes to run (default "ordinary frequent stopword")
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.bash
source "$here/lib.bash"
bench_init search
bench_need curl

dir=${BENCH_SEARCH_DIR:-/tmp/boardroom-search-archive}
paragraphs=${BENCH_SEARCH_PARAGRAPHS:-1000000}
count=${BENCH_SEARCH_QUERIES:-1000}
seed=${BENCH_SEARCH_SEED:-20190918}
classes=${BENCH_SEARCH_CLASSES:-ordinary frequent stopword}
tool=$BENCH_BUILD/bench/search_bench
exe=$BENCH_BUILD/boardroom
[ -x "$tool" ] || bench_die "no $tool: build it first (make bench, or ninja -C build-bench search_bench)"
[ -x "$exe" ] || bench_die "no $exe: build it first (ninja -C build-bench boardroom)"
db=$dir/archive.db
out=$BENCH_OUT/search.md

# 1. The archive, made once.
if [ ! -f "$dir/generate.txt" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  bench_log "generating $paragraphs paragraphs into $db (once; reused by later runs)"
  load_before=$(bench_load1)
  "$tool" generate --papers "$BENCH_ROOT/../shared/papers" --db "$db" --paragraphs "$paragraphs" \
    --seed "$seed" >"$dir/generate.tmp" || bench_die "the generator failed"
  echo "load=$load_before" >>"$dir/generate.tmp"
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')" >>"$dir/generate.tmp"
  mv "$dir/generate.tmp" "$dir/generate.txt"
fi
# 2. The queries, chosen by document frequency in the archive (made once too).
if [ ! -f "$dir/queries.txt" ]; then
  bench_log "choosing $count queries a class"
  "$tool" queries --db "$db" --out "$dir" --seed "$seed" --count "$count" >"$dir/queries.tmp" ||
    bench_die "choosing the queries failed"
  mv "$dir/queries.tmp" "$dir/queries.txt"
fi
gen() { sed -n "s/^$1=//p" "$dir/generate.txt" "$dir/queries.txt" | head -1; }
# The server and the CLI open the archive with migrations; bring it to the current schema before timing.
"$exe" migrate --db "$db" >/dev/null 2>&1 || true
# A database without users opens only its first-run page (the API answers 503): give it one, as an
# administrator would, unless it has one already.
if ! "$exe" user list --db "$db" 2>/dev/null | grep -q '@'; then
  printf '%s\n' "a benchmark administrator" |
    "$exe" user add bench@example.org --name "Benchmark" --role admin --db "$db" --password-stdin >/dev/null ||
    bench_die "could not add the benchmark's user"
fi

# 3. The server.
port=$(bench_free_port)
"$exe" serve --db "$db" --listen "127.0.0.1:$port" --quiet >"$bench_tmp/serve.log" 2>&1 &
server=$!
bench_track "$server"
bench_wait_http "http://127.0.0.1:$port/healthz" 200 "$server" 120 || bench_die "the server did not start"
rss_idle=$(bench_rss_mb "$server")

# 4. Each class: a warm-up pass through the API (page cache), then bare FTS5, API, CLI.
declare -A fig
value() { sed -n "s/^$2=//p" <<<"$1"; }
for class in $classes; do
  file=$dir/$class.txt
  [ -f "$file" ] || bench_die "no queries $file"
  "$tool" http --port "$port" "$file" >/dev/null || bench_die "warm-up failed"
  for door in bare api cli; do
    load=$(bench_load1)
    case $door in
      bare) r=$("$tool" bare --db "$db" "$file") ;;
      api) r=$("$tool" http --port "$port" "$file") ;;
      cli) r=$("$tool" cli --exe "$exe" --db "$db" "$file") ;;
    esac
    [ -n "$r" ] || bench_die "$door $class did not run"
    for k in n errors p50_ms p99_ms mean_ms max_ms; do fig[$class.$door.$k]=$(value "$r" "$k"); done
    fig[$class.$door.load]=$load
    bench_log "$class $door: p50 ${fig[$class.$door.p50_ms]} ms, p99 ${fig[$class.$door.p99_ms]} ms, errors ${fig[$class.$door.errors]}"
  done
done
rss_end=$(bench_rss_mb "$server")
rss_peak=$(bench_rss_mb "$server" VmHWM)

{
  echo "## Search"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(bench_cpu), $BENCH_CORES cores, uptime: $(uptime)"
  echo
  echo "Archive: $(gen paragraphs) paragraphs in $(gen papers) papers of $(gen bodies) bodies, $(du -m "$db" | cut -f1) MB;" \
    "made $(gen date) in $(gen load_seconds) s ($(gen paragraphs_per_second) paragraphs/s, records and index in" \
    "one transaction a paper, load $(gen load)). Ordinary words: document frequency $(gen ordinary_df);" \
    "frequent words: in at least $(gen frequent_df_min) paragraphs."
  echo
  echo "| class | door | queries | errors | p50 ms | p99 ms | mean ms | max ms | load |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for class in $classes; do
    for door in bare api cli; do
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$class" "$door" "${fig[$class.$door.n]}" \
        "${fig[$class.$door.errors]}" "${fig[$class.$door.p50_ms]}" "${fig[$class.$door.p99_ms]}" \
        "${fig[$class.$door.mean_ms]}" "${fig[$class.$door.max_ms]}" "${fig[$class.$door.load]}"
    done
  done
  echo
  echo "Server memory (VmRSS): ${rss_idle} MB after start, ${rss_end} MB after the runs; peak (VmHWM) ${rss_peak} MB."
  echo
  echo "| target (SPEC §8) | goal | measured | |"
  echo "|---|---|---|---|"
  for class in $classes; do
    bench_check "API p50, $class" "≤ 2 ms" "${fig[$class.api.p50_ms]}" 'm <= 2'
    bench_check "API p99, $class" "≤ 10 ms" "${fig[$class.api.p99_ms]}" 'm <= 10'
    bench_check "API errors, $class" "0" "${fig[$class.api.errors]}" 'm == 0'
  done
  if [[ " $classes " == *" ordinary "* ]]; then
    bench_check "API p50 ordinary × bare FTS5 p50" "≤ 1.5" \
      "$(bench_ratio "${fig[ordinary.api.p50_ms]}" "${fig[ordinary.bare.p50_ms]}")" 'm <= 1.5'
    bench_check "API p99 ordinary × bare FTS5 p99" "≤ 1.5" \
      "$(bench_ratio "${fig[ordinary.api.p99_ms]}" "${fig[ordinary.bare.p99_ms]}")" 'm <= 1.5'
  fi
} | tee "$out"
