#!/usr/bin/env bash
# The import benchmark (SPEC §8): parsing and importing text papers, and reading PDF papers, against references
# run in the same run on the same bytes.
#
#   bench/import.sh            (or bench/run import; `make bench` builds first and runs every benchmark)
#
# 1. Corpus: build-bench/bench/import_bench generate writes at least BENCH_IMPORT_MB of text papers made from the
#    five samples in ../shared/papers (numbers, years, months and first names changed, a few words swapped; a
#    deterministic generator), then `cat` reads it once so that every measurement starts from the page cache.
# 2. `wc -w` over the same files (MB/s): the reference for parsing.
# 3. Parse: read + ParseDocument over every file, one thread (MB/s).
# 4. Import: read, parse and import every file into a new SQLite store with the import service
#    (ImportParsedFile: one transaction per file, the store's triggers index paragraphs into FTS5), each file
#    under a body of its own so that every paper is stored rather than linked to a variant held before.
# 5. Bare FTS5: the same paragraphs (parsed before the clock starts) into `CREATE VIRTUAL TABLE p USING
#    fts5(text)`, one transaction per file, a prepared insert, WAL as in the store: the reference for import.
# 6. PDF: BENCH_IMPORT_PDFS samples rendered as A4 PDFs; ReadPdf + ParseDocument per page against `pdftotext
#    FILE -` per page, each BENCH_IMPORT_REPEAT times over the same files.
#
# Settings (environment): BENCH_IMPORT_MB (100), BENCH_IMPORT_SEED (20190918), BENCH_IMPORT_PDFS (5),
# BENCH_IMPORT_REPEAT (5), BENCH_PAPERS (../shared/papers), BENCH_BUILD (build-bench), BENCH_OUT, BENCH_KEEP=1
# keeps the temporary directory (corpus and databases: about 3 × BENCH_IMPORT_MB).
set -uo pipefail
source "$(dirname "$0")/lib.bash"
bench_init import

MB=${BENCH_IMPORT_MB:-100}
SEED=${BENCH_IMPORT_SEED:-20190918}
PDFS=${BENCH_IMPORT_PDFS:-5}
REPEAT=${BENCH_IMPORT_REPEAT:-5}
PAPERS=${BENCH_PAPERS:-$BENCH_ROOT/../shared/papers}

bench_need wc pdftotext pdfinfo awk
bin=$BENCH_BUILD/bench/import_bench
[ -x "$bin" ] || bench_die "no $bin (build it: make bench)"
[ -d "$PAPERS" ] || bench_die "no sample papers in $PAPERS"
tmp=$bench_tmp
load_start=$(bench_load)

# kv FILE KEY: one figure of a measurement's key=value output.
kv() { sed -n "s/^$2=//p" "$1"; }
# measure LABEL CMD...: runs CMD, its key=value output into $tmp/LABEL.kv, with the 1-minute load before it.
measure() {
  local label=$1
  shift
  local load
  load=$(bench_load1)
  "$@" >"$tmp/$label.kv" 2>"$tmp/$label.err" || {
    cat "$tmp/$label.err" >&2
    bench_die "$label failed (above)"
  }
  echo "load=$load" >>"$tmp/$label.kv"
  bench_log "$label: $(tr '\n' ' ' <"$tmp/$label.kv")"
}

corpus=$tmp/corpus
bench_log "generating ${MB} MB from $PAPERS (seed $SEED); load average $load_start"
measure generate "$bin" generate --papers "$PAPERS" --out "$corpus" --mb "$MB" --seed "$SEED"
files=$(kv "$tmp/generate.kv" files)
bytes=$(kv "$tmp/generate.kv" bytes)
cat "$corpus"/* >/dev/null

# wc -w over the same bytes, with the same locale as the shell (words counted, not bytes).
load=$(bench_load1)
t0=$(date +%s%N)
words=$(cat "$corpus"/* | wc -w)
t1=$(date +%s%N)
wc_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
wc_mbps=$(awk -v b="$bytes" -v s="$wc_s" 'BEGIN { printf "%.2f", b / 1048576 / s }')
printf 'seconds=%s\nmbps=%s\nwords=%s\nload=%s\n' "$wc_s" "$wc_mbps" "$words" "$load" >"$tmp/wc.kv"
bench_log "wc -w: $words words, ${wc_s} s, ${wc_mbps} MB/s (LANG=${LANG:-unset})"

measure parse "$bin" parse "$corpus"
measure import "$bin" import "$corpus" --db "$tmp/store.db"
measure fts "$bin" fts "$corpus" --db "$tmp/fts.db"

# PDF: the samples rendered, then the reader + parser against pdftotext over the same files.
pdfdir=$tmp/pdf
measure render "$bin" render --papers "$PAPERS" --out "$pdfdir" --count "$PDFS"
pdf_files=("$pdfdir"/*.pdf)
pages=0
for f in "${pdf_files[@]}"; do
  pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}')))
done
measure pdf "$bin" pdf --repeat "$REPEAT" "${pdf_files[@]}"
load=$(bench_load1)
for f in "${pdf_files[@]}"; do pdftotext "$f" - >/dev/null; done # warm-up
t0=$(date +%s%N)
for ((r = 0; r < REPEAT; r++)); do
  for f in "${pdf_files[@]}"; do pdftotext "$f" - >/dev/null || bench_die "pdftotext failed on $f"; done
done
t1=$(date +%s%N)
pdftotext_ms=$(awk -v a="$t0" -v b="$t1" -v p="$pages" -v r="$REPEAT" \
  'BEGIN { printf "%.3f", (b - a) / 1e6 / (p * r) }')
printf 'ms_per_page=%s\npages=%s\nload=%s\n' "$pdftotext_ms" "$pages" "$load" >"$tmp/pdftotext.kv"
bench_log "pdftotext: $pages pages × $REPEAT, ${pdftotext_ms} ms a page"
load_end=$(bench_load)

report() {
  local parse_r import_r pdf_r
  parse_r=$(bench_ratio "$(kv "$tmp/parse.kv" mbps)" "$wc_mbps")
  import_r=$(bench_ratio "$(kv "$tmp/import.kv" mbps)" "$(kv "$tmp/fts.kv" mbps)")
  # PDF speed is pages per ms, so the ratio is pdftotext's ms a page over ours.
  pdf_r=$(bench_ratio "$pdftotext_ms" "$(kv "$tmp/pdf.kv" ms_per_page)")
  echo "## Import: text and PDF papers against wc -w, a bare FTS5 insert and pdftotext"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -n): $BENCH_CORES cores ($(bench_cpu)), $(uname -sr)."
  echo "Load average (1, 5, 15 min) $load_start at the start, $load_end at the end; the load column is the"
  echo "1-minute load average just before each measurement. Corpus: $files files, $bytes bytes, $words words"
  echo "(\`wc -w\`), generated from the five samples with seed $SEED. One thread throughout."
  echo
  echo "| measurement | files | paragraphs | seconds | MB/s | load |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '| `wc -w` (reference for parse) | %s | | %s | %s | %s |\n' "$files" "$wc_s" "$wc_mbps" "$(kv "$tmp/wc.kv" load)"
  local l
  for l in parse import fts; do
    printf '| %s | %s | %s | %s | %s | %s |\n' "$(case $l in parse) echo "read + ParseDocument" ;;
      import) echo "import: read, parse, ImportParsedFile (SQLite store, FTS5 triggers)" ;;
      fts) echo "bare FTS5 insert of the same paragraphs (reference for import)" ;; esac)" \
      "$(kv "$tmp/$l.kv" files)" "$(kv "$tmp/$l.kv" paragraphs)" "$(kv "$tmp/$l.kv" seconds)" \
      "$(kv "$tmp/$l.kv" mbps)" "$(kv "$tmp/$l.kv" load)"
  done
  echo
  echo "| PDF, ${#pdf_files[@]} rendered samples, $pages pages, × $REPEAT | ms a page | load |"
  echo "|---|---:|---:|"
  printf '| ReadPdf + ParseDocument | %s | %s |\n' "$(kv "$tmp/pdf.kv" ms_per_page)" "$(kv "$tmp/pdf.kv" load)"
  printf '| `pdftotext FILE -` (one process a file) | %s | %s |\n' "$pdftotext_ms" "$(kv "$tmp/pdftotext.kv" load)"
  echo
  echo "| target (SPEC §8) | goal | measured | |"
  echo "|---|---|---|---|"
  bench_check "parse, × \`wc -w\` MB/s" "≥ 0.5" "$parse_r" 'm >= 0.5'
  bench_check "import, × bare FTS5 insert MB/s" "≥ 0.8" "$import_r" 'm >= 0.8'
  bench_check "PDF, × \`pdftotext\` pages/s" "≥ 0.8" "$pdf_r" 'm >= 0.8'
}

report | tee "$BENCH_OUT/import.md"
