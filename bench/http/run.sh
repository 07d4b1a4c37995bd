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
# shellcheck source-path=SCRIPTDIR source=../lib.sh
. "$SCRIPT_DIR/../lib.sh"   # JAR, DURATION, CONNECTIONS, THREADS, WARMUP, NGINX_WORKERS and the shared helpers

STARTUP_TIMEOUT=60   # seconds to wait for Gazette to log that it started

# Pages to measure: label and path.
PAGE_LABELS=(front article)
PAGE_PATHS=(/ /2022/01/22/arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles/)

# ---------------------------------------------------------------- prerequisites
check_common_prerequisites
find_java
DUR_S=$(to_seconds "$DURATION")
WARM_S=$(to_seconds "$WARMUP")

# gzip_static is the fair gzip reference: nginx serves the very bytes Gazette compressed.
GZIP_STATIC=0
if "$NGINX" -V 2>&1 | grep -q -- '--with-http_gzip_static_module'; then GZIP_STATIC=1; fi

# ---------------------------------------------------------------- temp dirs, cleanup and free ports
make_workdir gazette-bench data
install_cleanup
pick_port GAZETTE_PORT
pick_port NGINX_PORT
G_URL=http://127.0.0.1:$GAZETTE_PORT
N_URL=http://127.0.0.1:$NGINX_PORT

echo "== Gazette HTTP benchmark"
print_run_info
echo "nginx:       $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), worker_processes $NGINX_WORKERS, gzip_static $([[ $GZIP_STATIC == 1 ]] && echo available || echo NOT available)"
echo "wrk:         -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up ${WARMUP} per page, encoding and server)"
echo "ports:       gazette $GAZETTE_PORT, nginx $NGINX_PORT"
echo

# ---------------------------------------------------------------- start Gazette
launch_gazette Gazette "$WORK/gazette.log" "$GAZETTE_PORT" "$WORK/data"
echo "Gazette started (pid $GAZETTE_PID): $(startup_line "$WORK/gazette.log")"

# ---------------------------------------------------------------- copy the pages into the web root
for i in "${!PAGE_PATHS[@]}"; do
  path=${PAGE_PATHS[$i]}
  file=$(web_file "$path")
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
# about the same size.
curl -sS --max-time 10 -o /dev/null -D "$WORK/headers" "$G_URL${PAGE_PATHS[0]}"
nginx_add_headers "$WORK/headers"

# ---------------------------------------------------------------- nginx
if [[ $GZIP_STATIC == 1 ]]; then
  GZIP_CONF=$'            gzip_static on;\n            gzip_vary on;'
else
  GZIP_CONF='            gzip off;'
fi
start_nginx "$NGINX_PORT" / "$GZIP_CONF"$'\n'"$NGINX_HEADERS"
echo "nginx started (pid $NGINX_PID)"

# ---------------------------------------------------------------- check both serve the same bytes
for i in "${!PAGE_PATHS[@]}"; do
  path=${PAGE_PATHS[$i]}
  file=$(web_file "$path")
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

echo
for pass in warm measure; do
  if [[ $pass == warm ]]; then
    dur=$WARMUP; echo "warming up ($(( ${#PAGE_PATHS[@]} * ${#ENCODINGS[@]} * 2 * WARM_S ))s) ..."
  else
    dur=$DURATION; echo "measuring ($(( ${#PAGE_PATHS[@]} * ${#ENCODINGS[@]} * 2 * DUR_S ))s) ..."
  fi
  for i in "${!PAGE_PATHS[@]}"; do
    for enc in "${ENCODINGS[@]}"; do
      hdr=()
      [[ $enc == gzip ]] && hdr=(-H 'Accept-Encoding: gzip')
      for server in nginx gazette; do
        url=$G_URL; [[ $server == nginx ]] && url=$N_URL
        out=$WORK/wrk/warm; [[ $pass == measure ]] && out=$WORK/wrk/${PAGE_LABELS[$i]}-$enc-$server
        run_wrk "$dur" "$out" "${hdr[@]}" "$url${PAGE_PATHS[$i]}"
      done
    done
  done
done

# Gazette's memory after the load, before stopping it.
RSS=$(proc_status "$GAZETTE_PID" VmRSS)
HWM=$(proc_status "$GAZETTE_PID" VmHWM)

# ---------------------------------------------------------------- report
echo
echo "== Results: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores; ratio = Gazette / nginx (same sitting)"
printf '%-8s %-6s %-8s %12s %10s %10s %10s  %s\n' page enc server 'req/s' 'p99 ms' 'rps ratio' 'p99 ratio' errors
printf '%s\n' "-------------------------------------------------------------------------------------"
for i in "${!PAGE_PATHS[@]}"; do
  label=${PAGE_LABELS[$i]}
  for enc in "${ENCODINGS[@]}"; do
    n=$WORK/wrk/$label-$enc-nginx; g=$WORK/wrk/$label-$enc-gazette
    n_rps=$(rps_of "$n"); g_rps=$(rps_of "$g"); n_p99=$(p99_ms_of "$n"); g_p99=$(p99_ms_of "$g")
    rps_ratio=$(ratio %.3f "$g_rps" "$n_rps"); p99_ratio=$(ratio %.2f "$g_p99" "$n_p99")
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
