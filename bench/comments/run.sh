#!/usr/bin/env bash
# Comment benchmarks: how many reader comments Gazette accepts per second (SQLite and PostgreSQL), whether every
# acknowledged comment is in the database, and how fast an article page with 200 comments is served, cached and
# rendered, against nginx serving the same bytes as a static file in the same sitting.
#
# Usage (from anywhere):  bench/comments/run.sh
# Environment (all optional):
#   JAR           Gazette jar                        (default: <repo>/target/gazette.jar)
#   DATABASES     databases to post comments to      (default: "sqlite postgresql")
#   DURATION      wrk duration per measured run      (default: 15s)
#   CONNECTIONS   wrk connections                    (default: 32)
#   THREADS       wrk threads                        (default: 2)
#   WARMUP        wrk duration per warm-up run       (default: 5s)
#   NGINX_WORKERS nginx worker_processes             (default: auto, i.e. one per core)
#   PG_URL_BASE   PostgreSQL server for Gazette, without database (default: jdbc:postgresql://127.0.0.1:5432)
#   PG_USER       PostgreSQL user (trust auth)       (default: postgres)
#   PG_ADMIN_DB   database to connect to for CREATE/DROP DATABASE (default: test)
#   KEEP          1 = keep the temp dir (wrk outputs, Gazette logs, nginx config) and print its path
#   JAVA          java binary (Java 25+)             (default: $JAVA_HOME/bin/java, else a JDK 25 under
#                                                     /usr/lib/jvm, else java on PATH)
# Only 127.0.0.1 is loaded. Every wait is bounded; servers are stopped, the PostgreSQL database dropped and temp
# files removed on exit.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$SCRIPT_DIR/../lib.sh"   # JAR, DURATION, CONNECTIONS, THREADS, WARMUP, NGINX_WORKERS and the shared helpers

DATABASES=${DATABASES:-sqlite postgresql}
PG_URL_BASE=${PG_URL_BASE:-jdbc:postgresql://127.0.0.1:5432}
PG_USER=${PG_USER:-postgres}
PG_ADMIN_DB=${PG_ADMIN_DB:-test}
STARTUP_TIMEOUT=90   # seconds to wait for Gazette to log that it started

# The article the comments are posted to, and the article that gets exactly 200 comments.
POST_PATH=/2022/01/22/arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles/
PAGE200_PATH=/2022/01/18/rail-freight-across-central-asia-draws-new-investors/
PAGE200_TOP=50   # top-level comments on the 200-comment article (one page of the thread); the rest are replies

# Rules that would throttle a benchmark posting from one IP address, switched off for the run; and no holding
# of first comments, so every accepted comment is approved (and invalidates the page cache).
COMMENT_PROPS=(
  --gazette.comments.flood=0s
  --gazette.comments.per-ip-per-hour=0
  --gazette.comments.minimum-fill-time=0s
  --gazette.comments.hold-first-comment=false
)
# More Gazette options for an experiment, e.g. GAZETTE_ARGS="--gazette.database.sqlite-options=…"
read -r -a EXTRA_PROPS <<< "${GAZETTE_ARGS:-}"
COMMENT_PROPS+=("${EXTRA_PROPS[@]}")

# ---------------------------------------------------------------- prerequisites
check_common_prerequisites
command -v sqlite3 >/dev/null || die "sqlite3 not found"
for db in $DATABASES; do
  case $db in
    sqlite) ;;
    postgresql)
      command -v psql >/dev/null || die "psql not found (needed for DATABASES=postgresql)"
      psql -h 127.0.0.1 -U "$PG_USER" -d "$PG_ADMIN_DB" -Atqc 'SELECT 1' >/dev/null 2>&1 \
        || die "cannot reach PostgreSQL as $PG_USER at 127.0.0.1 (database $PG_ADMIN_DB)" ;;
    *) die "unknown database '$db' in DATABASES (sqlite, postgresql)" ;;
  esac
done
[[ " $DATABASES " == *" sqlite "* ]] || echo "note: sqlite not in DATABASES, so the 200-comment page is not measured"

find_java
DUR_S=$(to_seconds "$DURATION")

# ---------------------------------------------------------------- temp dirs and cleanup
make_workdir gazette-comments-bench
PG_DB=""

drop_pg_db() {
  [[ -n $PG_DB ]] || return 0
  timeout 30 psql -h 127.0.0.1 -U "$PG_USER" -d "$PG_ADMIN_DB" -Atqc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" \
    >/dev/null 2>&1 || echo "warning: could not drop PostgreSQL database $PG_DB" >&2
  PG_DB=""
}
CLEANUP_EXTRA=drop_pg_db
install_cleanup

echo "== Gazette comment benchmark"
print_run_info
echo "databases:   $DATABASES"
echo "wrk:         -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up $WARMUP per run)"
echo "comment switches: ${COMMENT_PROPS[*]}"
echo

# ---------------------------------------------------------------- Gazette
G_URL=""
G_LOG=""
start_gazette() {  # start_gazette <label> <data dir> [more --props]: sets GAZETTE_PID, G_URL, G_LOG
  local label=$1 dir=$2 port
  shift 2
  pick_port port
  G_URL=http://127.0.0.1:$port
  G_LOG=$WORK/gazette-$label.log
  mkdir -p "$dir"
  launch_gazette "Gazette ($label)" "$G_LOG" "$port" "$dir" "${COMMENT_PROPS[@]}" "$@"
  echo "[$label] Gazette started (pid $GAZETTE_PID, port $port): $(startup_line "$G_LOG")"
}

FORM_ID=""
FORM_TOKEN=""
read_form() {  # read_form <article path>: sets FORM_ID and FORM_TOKEN from the page's #commentform
  local path=$1 code
  code=$(curl -sS --max-time 10 -o "$WORK/form-page.html" -w '%{http_code}' "$G_URL$path")
  [[ $code == 200 ]] || die "GET $path answered $code"
  sed -n '/id="commentform"/,/<\/form>/p' "$WORK/form-page.html" >"$WORK/form.html"
  FORM_ID=$(sed -n 's/.*name="comment_post_ID" value="\([0-9]*\)".*/\1/p' "$WORK/form.html" | head -1)
  FORM_TOKEN=$(sed -n 's/.*name="form_token" value="\([^"]*\)".*/\1/p' "$WORK/form.html" | head -1)
  [[ -n $FORM_ID && -n $FORM_TOKEN ]] || die "no comment_post_ID/form_token in #commentform of $path"
  [[ $FORM_TOKEN =~ ^[A-Za-z0-9._-]+$ ]] || die "unexpected characters in form_token: $FORM_TOKEN"
}

# ---------------------------------------------------------------- database queries (CLI, outside Gazette)
sql() {  # sql <db kind> <data dir> < statements: prints the result rows
  local kind=$1 dir=$2
  case $kind in
    sqlite) { echo '.timeout 10000'; cat; } | timeout 60 sqlite3 -batch -noheader "$dir/gazette.db" ;;
    postgresql) timeout 60 psql -h 127.0.0.1 -U "$PG_USER" -d "$PG_DB" -X -Atq -v ON_ERROR_STOP=1 -f - ;;
  esac
}

# ---------------------------------------------------------------- post.lua and Gazette log figures
figure() {  # figure <wrk output> <name>: a "comments: <name> <value>" line printed by post.lua's done()
  awk -v k="$2" '$1 == "comments:" && $2 == k { $1 = ""; $2 = ""; sub(/^ +/, ""); print; found = 1 } END { if (!found) print "" }' "$1"
}
log_problems() {  # log_problems <log>: SQLITE_BUSY / ERROR / exception counts in a Gazette log
  local busy errors exceptions
  busy=$(grep -c 'SQLITE_BUSY' "$1" || true)
  errors=$(grep -c ' ERROR ' "$1" || true)
  exceptions=$(grep -cE '^[a-zA-Z0-9_.$]+(Exception|Error)\b' "$1" || true)
  echo "SQLITE_BUSY ${busy:-0}, ERROR lines ${errors:-0}, exception lines ${exceptions:-0}"
}

# ---------------------------------------------------------------- part 1: posting comments
POST_ROWS=()   # one printf-ready line per database
declare -A ACCEPTED_PER_S=()
SQLITE_DIR=""
RUN_ID=$(date +%s)

post_benchmark() {  # post_benchmark <sqlite|postgresql>
  local db=$1 dir=$WORK/data-$db extra=()
  if [[ $db == postgresql ]]; then
    PG_DB=gazette_bench_$$_$RANDOM
    psql -h 127.0.0.1 -U "$PG_USER" -d "$PG_ADMIN_DB" -Atqc "CREATE DATABASE $PG_DB" >/dev/null \
      || die "could not create PostgreSQL database $PG_DB"
    extra=(--gazette.database.url="$PG_URL_BASE/$PG_DB?user=$PG_USER")
    echo "[$db] created database $PG_DB"
  else
    SQLITE_DIR=$dir
  fi
  start_gazette "$db" "$dir" "${extra[@]}"
  read_form "$POST_PATH"
  echo "[$db] form: comment_post_ID=$FORM_ID form_token=$FORM_TOKEN"

  # warm-up: same script, its own run tag so that no comment repeats a measured one
  FORM_TOKEN=$FORM_TOKEN ARTICLE_ID=$FORM_ID RUN_TAG="$db-warm-$RUN_ID" ACKED_FILE="" \
    run_wrk "$WARMUP" "$WORK/wrk/post-$db-warm" -s "$SCRIPT_DIR/post.lua" "$G_URL/comments"
  echo "[$db] warm-up: $(figure "$WORK/wrk/post-$db-warm" accepted_303) accepted, $(figure "$WORK/wrk/post-$db-warm" other_status) other"

  # wrk drops the requests in flight when it stops; Gazette still stores them. Wait (at most 10 s) until the
  # warm-up's last comments are in, so that they are not taken for the measured run's.
  local before prev=-1 n
  for _ in $(seq 1 20); do
    n=$(sql "$db" "$dir" <<<'SELECT COUNT(*) FROM comment;')
    [[ $n == "$prev" ]] && break
    prev=$n
    sleep 0.5
  done
  before=$(sql "$db" "$dir" <<<'SELECT COALESCE(MAX(id), 0) FROM comment;')
  [[ $before =~ ^[0-9]+$ ]] || die "could not read MAX(id) of comment ($db): $before"

  # a CPU sample in the middle of the measured run (top's second frame covers 3 s)
  ( sleep $(( DUR_S / 2 > 2 ? DUR_S / 2 - 2 : 0 )); timeout 15 top -b -n2 -d3 -w 200 >"$WORK/top-$db.txt" 2>&1 || true ) &
  local top_pid=$!

  FORM_TOKEN=$FORM_TOKEN ARTICLE_ID=$FORM_ID RUN_TAG="$db-run-$RUN_ID" ACKED_FILE="$WORK/acked-$db.txt" \
    run_wrk "$DURATION" "$WORK/wrk/post-$db" -s "$SCRIPT_DIR/post.lua" "$G_URL/comments"
  # Crash Gazette right after the load stops: what it acknowledged must already be in the database.
  local gazette_pid=$GAZETTE_PID
  kill -KILL "$GAZETTE_PID" 2>/dev/null || true
  wait "$GAZETTE_PID" 2>/dev/null || true
  GAZETTE_PID=""
  wait "$top_pid" 2>/dev/null || true

  local out=$WORK/wrk/post-$db
  local accepted other built answered dur_us socket p99 unanswered
  accepted=$(figure "$out" accepted_303); other=$(figure "$out" other_status)
  built=$(figure "$out" built); answered=$(figure "$out" answered); dur_us=$(figure "$out" duration_us)
  [[ $accepted =~ ^[0-9]+$ && $dur_us =~ ^[0-9]+$ ]] || { cat "$out" >&2; die "post.lua printed no counts ($db)"; }
  socket=$(socket_errors_of "$out"); p99=$(p99_ms_of "$out")
  # wrk's first thread builds one request at start-up only to check the script; it is never sent
  unanswered=$(( built - answered - 1 )); (( unanswered < 0 )) && unanswered=0

  # the measured run's rows: every comment it posted has an email with its run tag
  local acked_n acked_unique rows approved since found=0
  acked_n=$(wc -l <"$WORK/acked-$db.txt")
  acked_unique=$(sort -u "$WORK/acked-$db.txt" | wc -l)
  IFS='|' read -r rows approved < <(sql "$db" "$dir" <<<"SELECT COUNT(*), COUNT(CASE WHEN status = 'approved' THEN 1 END) FROM comment WHERE author_email LIKE 'reader-$db-run-$RUN_ID-%';")
  since=$(sql "$db" "$dir" <<<"SELECT COUNT(*) FROM comment WHERE id > $before;")
  if (( acked_n > 0 )); then
    found=$( { printf 'SELECT COUNT(*) FROM comment WHERE id > %s AND id IN (' "$before"; paste -sd, "$WORK/acked-$db.txt"; echo ');'; } \
      | sql "$db" "$dir")
  fi
  local check=PASS
  (( acked_n == accepted && acked_unique == acked_n && found == acked_n )) || check=FAIL
  (( rows >= accepted && rows - accepted <= unanswered && since == rows )) || check=FAIL

  local rate
  rate=$(awk -v a="$accepted" -v d="$dur_us" 'BEGIN { printf "%.1f", a / (d / 1e6) }')
  ACCEPTED_PER_S[$db]=$rate
  POST_ROWS+=("$(printf '%-10s %11s %8s %8s %8s %7s %8s %9s %10s %10s  %s' "$db" "$rate" "$p99" "$accepted" "$other" \
    "$socket" "$rows" "$approved" "$found/$acked_n" "$unanswered" "$check")")

  echo "[$db] measured: $(figure "$out" statuses) in $(awk -v d="$dur_us" 'BEGIN { printf "%.2f", d / 1e6 }') s;" \
    "rows from this run: $rows ($approved approved); rows with id > $before: $since"
  echo "[$db] log: $(log_problems "$G_LOG")"
  if [[ -s $WORK/top-$db.txt ]]; then
    echo "[$db] top mid-run (3 s sample; %CPU of one core, pid, command):"
    awk -v g="$gazette_pid" '/^top -/ { frame++ } frame == 2 && /^(%Cpu|load|top -)/ { print "    " $0 }
         frame == 2 && /^ *PID/ { table = 1; n = 0; next }
         frame == 2 && table && n < 8 { printf "    %6s%%  %7s  %s%s\n", $9, $1, $12, ($1 == g ? " (this Gazette)" : ""); n++ }' \
      "$WORK/top-$db.txt"
  fi
  if [[ $db == postgresql ]]; then drop_pg_db; echo "[$db] dropped the database"; fi
  echo
}

for db in $DATABASES; do post_benchmark "$db"; done

# ---------------------------------------------------------------- part 2: the 200-comment page (SQLite)
PAGE_ROWS=()
page_benchmark() {
  # Gazette was killed after the posting run; it starts again on the same database, which also shows it
  # comes back after a crash.
  start_gazette sqlite-page "$SQLITE_DIR"
  read_form "$PAGE200_PATH"
  local article=$FORM_ID token=$FORM_TOKEN have
  have=$(sql sqlite "$SQLITE_DIR" <<<"SELECT COUNT(*) FROM comment WHERE article_id = $article AND status = 'approved';")
  (( have <= 200 )) || die "$PAGE200_PATH already has $have approved comments"
  echo "[page] $PAGE200_PATH (comment_post_ID=$article) has $have approved comments; posting $(( 200 - have ))"

  local ids=() i parent result code id
  local t0=$SECONDS
  for (( i = have + 1; i <= 200; i++ )); do
    if (( i <= PAGE200_TOP || ${#ids[@]} == 0 )); then
      parent=0
    else
      parent=${ids[$(( (i * 7) % ${#ids[@]} ))]}   # replies spread over earlier comments, some nested
    fi
    result=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' -X POST "$G_URL/comments" \
      -H 'Content-Type: application/x-www-form-urlencoded' \
      --data "comment_post_ID=$article&form_token=$token&comment_parent=$parent&url=&homepage=" \
      --data "author=Page+reader+$i+$RUN_ID&email=page-reader-$i-$RUN_ID%40example.com" \
      --data "comment=Comment+$i+of+two+hundred+$RUN_ID.+Freight+trains+across+the+steppe+have+doubled+in+five+years+and+the+article+explains+why+investors+care%3A+shorter+transit+times+than+by+sea+and+fewer+chokepoints.+I+would+like+to+read+more+about+the+border+crossings.")
    code=${result%% *}
    id=$(sed -n 's/.*#comment-\([0-9]*\)$/\1/p' <<<"$result")
    [[ $code == 303 && -n $id ]] || die "posting comment $i to $PAGE200_PATH answered '$result'"
    ids+=("$id")
  done
  local approved replies
  IFS='|' read -r approved replies < <(sql sqlite "$SQLITE_DIR" <<<"SELECT COUNT(*), COUNT(parent_id) FROM comment WHERE article_id = $article AND status = 'approved';")
  echo "[page] posted in $(( SECONDS - t0 )) s; database: $approved approved comments on the article, $replies of them replies"
  (( approved == 200 )) || die "expected 200 approved comments, the database has $approved"

  # the page as an anonymous reader gets it (page cache) and as a commenter gets it (rendered)
  local file
  file=$(web_file "$PAGE200_PATH")
  mkdir -p "$WORK/www$(dirname "$file")"
  curl -sS --max-time 10 -o /dev/null "$G_URL$PAGE200_PATH"   # fills the cache
  code=$(curl -sS --max-time 10 -D "$WORK/page-headers" -o "$WORK/www$file" -w '%{http_code}' "$G_URL$PAGE200_PATH")
  [[ $code == 200 ]] || die "GET $PAGE200_PATH answered $code"
  grep -q 'Comments (200)' "$WORK/www$file" || die "the page does not show 'Comments (200)'"
  code=$(curl -sS --max-time 10 -H 'Cookie: gazette_commenter=x' -D "$WORK/page-headers-cookie" -o "$WORK/page-cookie.html" \
    -w '%{http_code}' "$G_URL$PAGE200_PATH")
  [[ $code == 200 ]] || die "GET $PAGE200_PATH with a commenter cookie answered $code"
  grep -q 'Comments (200)' "$WORK/page-cookie.html" || die "the rendered page does not show 'Comments (200)'"
  local shown
  shown=$(grep -o '<li id="comment-[0-9]*"' "$WORK/www$file" | sort -u | wc -l)
  echo "[page] 'Comments (200)' shown; $shown comments on the page ($PAGE200_TOP top-level per page);" \
    "$(stat -c %s "$WORK/www$file") bytes (cached), $(stat -c %s "$WORK/page-cookie.html") bytes (rendered)"
  grep -qi '^etag:' "$WORK/page-headers" && echo "[page] anonymous response has an ETag (served from the page cache)"
  grep -qi '^etag:' "$WORK/page-headers-cookie" \
    && echo "[page] WARNING: the response to the commenter cookie has an ETag; it may not bypass the cache" \
    || echo "[page] commenter-cookie response has no ETag (rendered, not from the page cache)"

  # nginx with the same bytes and Gazette's headers, as bench/http/run.sh does
  nginx_add_headers "$WORK/page-headers"
  local n_port n_url
  pick_port n_port
  n_url=http://127.0.0.1:$n_port
  start_nginx "$n_port" "$PAGE200_PATH" "            gzip off;"$'\n'"$NGINX_HEADERS"
  for url in "$G_URL" "$n_url"; do
    curl -sS --max-time 10 -o "$WORK/check" "$url$PAGE200_PATH"
    cmp -s "$WORK/check" "$WORK/www$file" || die "$url$PAGE200_PATH: body differs from the saved copy"
  done
  echo "[page] nginx started (pid $NGINX_PID); nginx and Gazette's page cache serve identical bytes"

  local modes=(nginx cached rendered) labels=("nginx (same bytes)" "gazette, page cache" "gazette, rendered (cookie)")
  local m args
  wrk_args() {  # wrk_args <mode>
    case $1 in
      nginx) echo "$n_url$PAGE200_PATH" ;;
      cached) echo "$G_URL$PAGE200_PATH" ;;
      rendered) echo "$G_URL$PAGE200_PATH" ;;
    esac
  }
  echo "[page] warming up ($(( 3 * $(to_seconds "$WARMUP") ))s), measuring ($(( 3 * DUR_S ))s) ..."
  for pass in warm measure; do
    for m in "${modes[@]}"; do
      args=()
      [[ $m == rendered ]] && args=(-H 'Cookie: gazette_commenter=x')
      if [[ $pass == warm ]]; then
        run_wrk "$WARMUP" "$WORK/wrk/page-warm" "${args[@]}" "$(wrk_args "$m")"
      else
        run_wrk "$DURATION" "$WORK/wrk/page-$m" "${args[@]}" "$(wrk_args "$m")"
      fi
    done
  done
  local n_rps n_p99 rps p99 r_ratio p_ratio k
  n_rps=$(rps_of "$WORK/wrk/page-nginx"); n_p99=$(p99_ms_of "$WORK/wrk/page-nginx")
  for k in "${!modes[@]}"; do
    m=${modes[$k]}
    rps=$(rps_of "$WORK/wrk/page-$m"); p99=$(p99_ms_of "$WORK/wrk/page-$m")
    if [[ $m == nginx ]]; then r_ratio=-; p_ratio=-; else
      r_ratio=$(ratio %.3f "$rps" "$n_rps"); p_ratio=$(ratio %.2f "$p99" "$n_p99")
    fi
    PAGE_ROWS+=("$(printf '%-28s %10.0f %9s %10s %10s  %s' "${labels[$k]}" "$rps" "$p99" "$r_ratio" "$p_ratio" "$(errors_of "$WORK/wrk/page-$m")")")
  done
  PAGE_RSS=$(proc_status "$GAZETTE_PID" VmRSS)
  PAGE_HWM=$(proc_status "$GAZETTE_PID" VmHWM)
  PAGE_BYTES=$(stat -c %s "$WORK/www$file")
  PAGE_SHOWN=$shown
  echo "[page] log: $(log_problems "$G_LOG")"
}
PAGE_RSS=""
if [[ -n $SQLITE_DIR ]]; then page_benchmark; fi

# ---------------------------------------------------------------- report
echo
echo "== Posting comments: wrk -t$THREADS -c$CONNECTIONS -d$DURATION -s post.lua, POST /comments, $(nproc) cores"
printf '%-10s %11s %8s %8s %8s %7s %8s %9s %10s %10s  %s\n' db 'accepted/s' 'p99 ms' '303s' 'non-303' 'socket' \
  'db rows' 'approved' 'acked in db' 'unanswered' 'rows check'
printf '%s\n' "-----------------------------------------------------------------------------------------------------------------"
for row in "${POST_ROWS[@]}"; do echo "$row"; done
echo "accepted/s = 303 responses / wrk's measured duration. db rows = the measured run's comment rows (emails carry"
echo "its run tag), counted with the database's own CLI after Gazette was killed (SIGKILL) right after wrk stopped."
echo "unanswered = requests wrk sent without reading an answer (in flight when it stopped, or past its 2 s timeout)."
echo "rows check PASS = every acknowledged id (from the 303's Location #comment-N) is in the table, db rows = 303s plus"
echo "at most the unanswered requests (no other status creates a row), and no other rows appeared during the run."
if [[ -n ${ACCEPTED_PER_S[sqlite]:-} ]]; then
  awk -v r="${ACCEPTED_PER_S[sqlite]}" 'BEGIN { printf "target (SQLite): >= 300 accepted comments/s: %s\n", (r >= 300) ? "met" : "NOT met" }'
fi

if (( ${#PAGE_ROWS[@]} > 0 )); then
  echo
  echo "== Article page with 200 comments ($PAGE_SHOWN shown on page 1, $PAGE_BYTES bytes): wrk -t$THREADS -c$CONNECTIONS -d$DURATION, plain;"
  echo "   ratio = Gazette / nginx (same sitting)"
  printf '%-28s %10s %9s %10s %10s  %s\n' server 'req/s' 'p99 ms' 'rps ratio' 'p99 ratio' errors
  printf '%s\n' "---------------------------------------------------------------------------------------"
  for row in "${PAGE_ROWS[@]}"; do echo "$row"; done
  for k in cached rendered; do
    awk -v r="$(rps_of "$WORK/wrk/page-$k")" -v k="$k" 'BEGIN {
      printf "target (200-comment page, %s): >= 2000 req/s: %s\n", k, (r >= 2000) ? "met" : "NOT met" }'
  done
  echo "Gazette RSS after the page runs: $PAGE_RSS (peak $PAGE_HWM; -Xmx256m -Xms32m)"
fi
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
