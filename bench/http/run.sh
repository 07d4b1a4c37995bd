#!/usr/bin/env bash
# HTTP benchmark: Gazette's page cache against nginx serving the same page bytes as static files,
# measured in the same sitting on the same machine. Results are reported as ratios Gazette/nginx.
#
# Usage (from anywhere):  bench/http/run.sh
# Environment (all optional):
#   JAR           Gazette jar                       (default: <repo>/target/gazette.jar)
#   DURATION      wrk duration per measured run     (default: 15s)
#   CONNECTIONS   wrk connections                   (default: 32)
#   THREADS       wrk threads                       (default: 2)
#   WARMUP        wrk duration per warm-up run      (default: 5s)
#   NGINX_WORKERS nginx worker_processes            (default: auto, i.e. one per core)
#   KEEP          1 = keep the temp dir (wrk outputs, nginx config, Gazette log) and print its path
#   JAVA          java binary (Java 25+)            (default: $JAVA_HOME/bin/java, else a JDK 25 under
#                                                    /usr/lib/jvm, else java on PATH)
# Only 127.0.0.1 is loaded. Every wait is bounded; both servers are stopped and temp files removed on exit.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

JAR=${JAR:-$REPO_ROOT/target/gazette.jar}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
NGINX=${NGINX:-/usr/sbin/nginx}
STARTUP_TIMEOUT=60   # seconds to wait for Gazette to log that it started

# Pages to measure: label and path.
PAGE_LABELS=(front article)
PAGE_PATHS=(/ /2022/01/22/arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles/)

die() { echo "run.sh: $*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites
[[ -f $JAR ]] || die "jar not found: $JAR (build it with: mvn -DskipTests package)"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
command -v wrk >/dev/null || die "wrk not found (apt-get install wrk)"
command -v curl >/dev/null || die "curl not found"
[[ -x $NGINX ]] || die "nginx not found at $NGINX (apt-get install nginx-light)"

java_major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }
if [[ -z ${JAVA:-} ]]; then
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    JAVA=$JAVA_HOME/bin/java
  else
    JAVA=java
    for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*2[6-9]*/bin/java; do
      [[ -x $j ]] && { JAVA=$j; break; }
    done
  fi
fi
major=$(java_major "$JAVA" || true)
[[ -n $major && $major -ge 25 ]] || die "need Java 25 or newer; $JAVA reports '${major:-nothing}' (set JAVA or JAVA_HOME)"

to_seconds() {  # 15s / 2m / 15 -> seconds
  local v=$1
  case $v in
    *s) echo "${v%s}" ;;
    *m) echo $(( ${v%m} * 60 )) ;;
    *h) echo $(( ${v%h} * 3600 )) ;;
    *)  echo "$v" ;;
  esac
}
DUR_S=$(to_seconds "$DURATION")
WARM_S=$(to_seconds "$WARMUP")

# gzip_static is the fair gzip reference: nginx serves the very bytes Gazette compressed.
GZIP_STATIC=0
if "$NGINX" -V 2>&1 | grep -q -- '--with-http_gzip_static_module'; then GZIP_STATIC=1; fi

# ---------------------------------------------------------------- temp dirs and cleanup
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gazette-bench.XXXXXX")
chmod 755 "$WORK"   # nginx workers may run as another user; they must read the web root
umask 022
mkdir -p "$WORK/data" "$WORK/www" "$WORK/nginx/logs" "$WORK/nginx/tmp" "$WORK/wrk"

GAZETTE_PID=""
NGINX_PID=""

stop_pid() {  # stop a process we started: TERM, wait up to 15 s, then KILL
  local pid=$1
  [[ -n $pid ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$GAZETTE_PID"
  stop_pid "$NGINX_PID"
  if [[ ${KEEP:-0} == 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- free ports
pick_port() {  # a port below the ephemeral range that nothing listens on (bounded tries)
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 12000 ))
    [[ $p == "${1:-}" ]] && continue
    if [[ -z $(ss -Hltn "sport = :$p" 2>/dev/null) ]]; then echo "$p"; return 0; fi
  done
  die "no free port found"
}
GAZETTE_PORT=$(pick_port)
NGINX_PORT=$(pick_port "$GAZETTE_PORT")
G_URL=http://127.0.0.1:$GAZETTE_PORT
N_URL=http://127.0.0.1:$NGINX_PORT

echo "== Gazette HTTP benchmark"
echo "date:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:     $(nproc) cores, $(uname -srm)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:        $JAVA ($("$JAVA" -version 2>&1 | head -1))"
echo "jar:         $JAR"
echo "nginx:       $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), worker_processes $NGINX_WORKERS, gzip_static $([[ $GZIP_STATIC == 1 ]] && echo available || echo NOT available)"
echo "wrk:         -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up ${WARMUP} per page, encoding and server)"
echo "ports:       gazette $GAZETTE_PORT, nginx $NGINX_PORT"
echo

# ---------------------------------------------------------------- start Gazette
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx256m -Xms32m -jar "$JAR" \
  --server.port="$GAZETTE_PORT" --gazette.data-dir="$WORK/data" >"$WORK/gazette.log" 2>&1 &
GAZETTE_PID=$!
deadline=$(( SECONDS + STARTUP_TIMEOUT ))
until grep -q 'Started GazetteApplication' "$WORK/gazette.log"; do
  if ! kill -0 "$GAZETTE_PID" 2>/dev/null; then
    tail -n 40 "$WORK/gazette.log" >&2; die "Gazette exited during startup"
  fi
  if (( SECONDS >= deadline )); then
    tail -n 40 "$WORK/gazette.log" >&2; die "Gazette did not start within ${STARTUP_TIMEOUT}s"
  fi
  sleep 0.5
done
echo "Gazette started (pid $GAZETTE_PID): $(grep -o 'Started GazetteApplication in [0-9.]* seconds' "$WORK/gazette.log")"

# ---------------------------------------------------------------- copy the pages into the web root
for i in "${!PAGE_PATHS[@]}"; do
  path=${PAGE_PATHS[$i]}
  file=$path; [[ $file == */ ]] && file=${file}index.html
  mkdir -p "$WORK/www$(dirname "$file")"
  code=$(curl -sS --max-time 10 -o "$WORK/www$file" -w '%{http_code}' "$G_URL$path")
  [[ $code == 200 ]] || die "GET $path from Gazette answered $code"
  if [[ $GZIP_STATIC == 1 ]]; then
    code=$(curl -sS --max-time 10 -H 'Accept-Encoding: gzip' -D "$WORK/gzip-headers" \
      -o "$WORK/www$file.gz" -w '%{http_code}' "$G_URL$path")
    [[ $code == 200 ]] || die "GET $path (gzip) from Gazette answered $code"
    grep -qi '^content-encoding: *gzip' "$WORK/gzip-headers" || die "Gazette did not gzip $path"
  fi
  printf 'page %-8s %s: %s bytes plain%s\n' "${PAGE_LABELS[$i]}" "$path" "$(stat -c %s "$WORK/www$file")" \
    "$([[ $GZIP_STATIC == 1 ]] && echo ", $(stat -c %s "$WORK/www$file.gz") bytes gzip")"
done

# Gazette's own response headers (security headers, Cache-Control), so that nginx sends a response of
# about the same size. Headers nginx sets itself, or that depend on the body, are left out. Values that
# nginx would read as variables or cannot quote are left out too (listed in the output).
EXTRA_HEADERS=""
curl -sS --max-time 10 -o /dev/null -D "$WORK/headers" "$G_URL${PAGE_PATHS[0]}"
while IFS= read -r line; do
  line=${line%$'\r'}
  [[ $line == *:* ]] || continue
  name=${line%%:*}; value=${line#*:}; value=${value# }
  case ${name,,} in
    date|content-length|content-type|content-encoding|etag|vary|transfer-encoding|connection|keep-alive|server|last-modified) continue ;;
  esac
  if [[ $value == *'$'* || $value == *'"'* || $value == *'\'* ]]; then
    echo "note: header $name not copied to nginx (value needs escaping)"; continue
  fi
  EXTRA_HEADERS+="            add_header $name \"$value\" always;"$'\n'
done < <(tail -n +2 "$WORK/headers")

# ---------------------------------------------------------------- nginx
if [[ $GZIP_STATIC == 1 ]]; then
  GZIP_CONF=$'            gzip_static on;\n            gzip_vary on;'
else
  GZIP_CONF='            gzip off;'
fi
cat >"$WORK/nginx/nginx.conf" <<EOF
# generated by bench/http/run.sh
worker_processes $NGINX_WORKERS;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events {
    worker_connections 4096;
}
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 75s;
    keepalive_requests 1000000000;
    server_tokens off;
    default_type text/html;
    charset utf-8;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        index index.html;
        location / {
$GZIP_CONF
$EXTRA_HEADERS        }
    }
}
EOF
"$NGINX" -t -q -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/test.log" \
  || { cat "$WORK/nginx/test.log" >&2; die "nginx rejected the generated config"; }
"$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/logs/stdout.log" 2>&1 &
NGINX_PID=$!
for _ in $(seq 1 100); do   # at most 10 s
  [[ $(curl -s --max-time 1 -o /dev/null -w '%{http_code}' "$N_URL/" || true) == 200 ]] && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/logs/"*.log >&2; die "nginx exited"; }
  sleep 0.1
done
echo "nginx started (pid $NGINX_PID)"

# ---------------------------------------------------------------- check both serve the same bytes
for i in "${!PAGE_PATHS[@]}"; do
  path=${PAGE_PATHS[$i]}
  file=$path; [[ $file == */ ]] && file=${file}index.html
  for url in "$G_URL" "$N_URL"; do
    curl -sS --max-time 10 -o "$WORK/check" "$url$path"
    cmp -s "$WORK/check" "$WORK/www$file" || die "$url$path: plain body differs from the saved copy"
    if [[ $GZIP_STATIC == 1 ]]; then
      curl -sS --max-time 10 -H 'Accept-Encoding: gzip' -D "$WORK/check-headers" -o "$WORK/check" "$url$path"
      grep -qi '^content-encoding: *gzip' "$WORK/check-headers" || die "$url$path: not gzipped"
      cmp -s "$WORK/check" "$WORK/www$file.gz" || die "$url$path: gzip body differs from the saved copy"
    fi
  done
done
echo "both servers serve identical bytes for every page and encoding"

# ---------------------------------------------------------------- load
ENCODINGS=(plain)
[[ $GZIP_STATIC == 1 ]] && ENCODINGS+=(gzip)

run_wrk() {  # run_wrk <seconds-label> <url> <encoding> <outfile>
  local dur=$1 url=$2 enc=$3 out=$4 secs
  secs=$(to_seconds "$dur")
  local hdr=()
  [[ $enc == gzip ]] && hdr=(-H 'Accept-Encoding: gzip')
  timeout --kill-after=5 $(( secs + 30 )) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency "${hdr[@]}" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed or timed out against $url"; }
}

echo
echo "warming up ($(( ${#PAGE_PATHS[@]} * ${#ENCODINGS[@]} * 2 * WARM_S ))s) ..."
for i in "${!PAGE_PATHS[@]}"; do
  for enc in "${ENCODINGS[@]}"; do
    run_wrk "$WARMUP" "$N_URL${PAGE_PATHS[$i]}" "$enc" "$WORK/wrk/warm"
    run_wrk "$WARMUP" "$G_URL${PAGE_PATHS[$i]}" "$enc" "$WORK/wrk/warm"
  done
done

echo "measuring ($(( ${#PAGE_PATHS[@]} * ${#ENCODINGS[@]} * 2 * DUR_S ))s) ..."
for i in "${!PAGE_PATHS[@]}"; do
  for enc in "${ENCODINGS[@]}"; do
    run_wrk "$DURATION" "$N_URL${PAGE_PATHS[$i]}" "$enc" "$WORK/wrk/${PAGE_LABELS[$i]}-$enc-nginx"
    run_wrk "$DURATION" "$G_URL${PAGE_PATHS[$i]}" "$enc" "$WORK/wrk/${PAGE_LABELS[$i]}-$enc-gazette"
  done
done

# Gazette's memory after the load, before stopping it.
RSS=$(awk '/^VmRSS:/ {print $2, $3}' "/proc/$GAZETTE_PID/status")
HWM=$(awk '/^VmHWM:/ {print $2, $3}' "/proc/$GAZETTE_PID/status")

# ---------------------------------------------------------------- report
rps_of() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
p99_ms_of() {  # wrk prints e.g. "99%    3.21ms"; units us, ms, s, m
  awk '$1 == "99%" {
         v = $2; u = v; sub(/[0-9.]+/, "", u); n = v + 0;
         if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
         printf "%.2f", n }' "$1"
}
errors_of() {  # socket errors and non-2xx/3xx responses, "0" when none
  awk '/Socket errors:/ { gsub(/,/, ""); s = $4 + $6 + $8 + $10 }
       /Non-2xx or 3xx responses:/ { n = $5 }
       END { t = s + n; if (t == 0) print "0"; else printf "%d (socket %d, non-2xx %d)", t, s, n }' "$1"
}

echo
echo "== Results: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores; ratio = Gazette / nginx (same sitting)"
printf '%-8s %-6s %-8s %12s %10s %10s %10s  %s\n' page enc server 'req/s' 'p99 ms' 'rps ratio' 'p99 ratio' errors
printf '%s\n' "-------------------------------------------------------------------------------------"
for i in "${!PAGE_PATHS[@]}"; do
  label=${PAGE_LABELS[$i]}
  for enc in "${ENCODINGS[@]}"; do
    n=$WORK/wrk/$label-$enc-nginx; g=$WORK/wrk/$label-$enc-gazette
    n_rps=$(rps_of "$n"); g_rps=$(rps_of "$g"); n_p99=$(p99_ms_of "$n"); g_p99=$(p99_ms_of "$g")
    rps_ratio=$(awk -v a="$g_rps" -v b="$n_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }')
    p99_ratio=$(awk -v a="$g_p99" -v b="$n_p99" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    printf '%-8s %-6s %-8s %12.0f %10s %10s %10s  %s\n' "$label" "$enc" nginx "$n_rps" "$n_p99" - - "$(errors_of "$n")"
    printf '%-8s %-6s %-8s %12.0f %10s %10s %10s  %s\n' "$label" "$enc" gazette "$g_rps" "$g_p99" "$rps_ratio" "$p99_ratio" "$(errors_of "$g")"
  done
done
echo
[[ $GZIP_STATIC == 1 ]] || echo "note: this nginx has no gzip_static module; gzip was not compared, plain only."
echo "Gazette RSS after the run: $RSS (peak $HWM; -Xmx256m -Xms32m)"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $CONNECTIONS == 32 ]]; then
  for enc in "${ENCODINGS[@]}"; do
    g=$WORK/wrk/article-$enc-gazette
    awk -v r="$(rps_of "$g")" -v p="$(p99_ms_of "$g")" -v e="$enc" 'BEGIN {
      printf "target (article, %s): >= 5000 req/s and p99 < 20 ms at 32 connections: %s\n", e,
        (r >= 5000 && p < 20) ? "met" : "NOT met" }'
  done
fi
