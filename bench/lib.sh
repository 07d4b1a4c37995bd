# shellcheck shell=bash
# Shared helpers for the benchmark scripts (bench/*/run.sh), which source this file right after `set -euo pipefail`.
# Sourcing it sets the common defaults below and nothing else; each script keeps its own options, logic and report.
# The caller sets SCRIPT_DIR (its own directory) before sourcing, and STARTUP_TIMEOUT before launch_gazette.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Environment shared by all scripts (documented in bench/README.md and in each script's header).
JAR=${JAR:-$REPO_ROOT/target/gazette.jar}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
NGINX=${NGINX:-/usr/sbin/nginx}

GAZETTE_PID=""    # the Gazette we started, stopped on exit
NGINX_PID=""      # the nginx we started, stopped on exit
USED_PORTS=" "    # ports pick_port handed out in this run
CLEANUP_EXTRA=""  # a command of the script that cleanup runs after stopping the servers

# Print an error and exit 1.
die() { echo "run.sh: $*" >&2; exit 1; }

# Check the jar (and make JAR absolute), wrk, curl and nginx.
check_common_prerequisites() {
  [[ -f $JAR ]] || die "jar not found: $JAR (build it with: mvn -DskipTests package)"
  JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
  command -v wrk >/dev/null || die "wrk not found (apt-get install wrk)"
  command -v curl >/dev/null || die "curl not found"
  [[ -x $NGINX ]] || die "nginx not found at $NGINX (apt-get install nginx-light)"
}

# The major version a java binary reports (25 for "25.0.3"), empty if it reports none.
java_major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }

# Set JAVA, unless given: $JAVA_HOME/bin/java, else a JDK 25+ under /usr/lib/jvm, else java on PATH. Needs 25+.
find_java() {
  local j major
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
}

# A wrk duration in seconds: 15s / 2m / 1h / 15.
to_seconds() {
  local v=$1
  case $v in
    *s) echo "${v%s}" ;;
    *m) echo $(( ${v%m} * 60 )) ;;
    *h) echo $(( ${v%h} * 3600 )) ;;
    *)  echo "$v" ;;
  esac
}

# make_workdir <name> [more subdirs]: create WORK under TMPDIR, readable by nginx workers, with the web root,
# nginx and wrk subdirs. Sets umask 022 for the rest of the run.
make_workdir() {
  local name=$1 sub
  shift
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
  chmod 755 "$WORK"   # nginx workers may run as another user; they must read the web root
  umask 022
  for sub in "$@" www nginx/logs nginx/tmp wrk; do mkdir -p "$WORK/$sub"; done
}

# stop_pid <pid> [signal]: stop a process we started: TERM (or the given signal), wait up to 15 s, then KILL.
stop_pid() {
  local pid=$1 sig=${2:-TERM}
  [[ -n $pid ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# The EXIT trap: stop Gazette and nginx, run CLEANUP_EXTRA, remove WORK (or keep it with KEEP=1), keep the exit code.
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$GAZETTE_PID"
  stop_pid "$NGINX_PID"
  [[ -z $CLEANUP_EXTRA ]] || $CLEANUP_EXTRA
  if [[ ${KEEP:-0} == 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}

# Run cleanup on exit, Ctrl-C and TERM.
install_cleanup() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# pick_port <variable>: set it to a port below the ephemeral range that nothing listens on and that this run has
# not handed out before (bounded tries).
pick_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 12000 ))
    [[ $USED_PORTS == *" $p "* ]] && continue
    if [[ -z $(ss -Hltn "sport = :$p" 2>/dev/null) ]]; then USED_PORTS+="$p "; printf -v "$1" '%s' "$p"; return 0; fi
  done
  die "no free port found"
}

# The lines about the machine and the software that start each report.
print_run_info() {
  echo "date:        $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine:     $(nproc) cores, $(uname -srm)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java:        $JAVA ($("$JAVA" -version 2>&1 | head -1))"
  echo "jar:         $JAR"
}

# launch_gazette <name> <log> <port> <data dir> [Gazette options...]: start the jar in the background (GAZETTE_PID)
# and wait at most STARTUP_TIMEOUT s for "Started GazetteApplication" in the log; <name> is used in errors.
launch_gazette() {
  local name=$1 log=$2 port=$3 dir=$4 deadline
  shift 4
  : >"$log"
  "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx256m -Xms32m -jar "$JAR" \
    --server.port="$port" --gazette.data-dir="$dir" "$@" >"$log" 2>&1 &
  GAZETTE_PID=$!
  deadline=$(( SECONDS + STARTUP_TIMEOUT ))
  until grep -q 'Started GazetteApplication' "$log"; do
    if ! kill -0 "$GAZETTE_PID" 2>/dev/null; then
      tail -n 40 "$log" >&2; die "$name exited during startup"
    fi
    if (( SECONDS >= deadline )); then
      tail -n 40 "$log" >&2; die "$name did not start within ${STARTUP_TIMEOUT}s"
    fi
    sleep 0.5
  done
}

# startup_line <log>: "Started GazetteApplication in N seconds" from a Gazette log.
startup_line() { grep -o 'Started GazetteApplication in [0-9.]* seconds' "$1"; }

# proc_status <pid> <field>: a field of /proc/PID/status, e.g. "281248 kB" for VmRSS.
proc_status() { awk -v f="$2:" '$1 == f {print $2, $3}' "/proc/$1/status"; }

# web_file <url path>: the file under the web root that serves it (index.html for a directory).
web_file() { if [[ $1 == */ ]]; then echo "${1}index.html"; else echo "$1"; fi; }

# nginx_add_headers <curl -D header dump>: Gazette's response headers as nginx add_header lines in NGINX_HEADERS,
# so that nginx sends a response of about the same size. Headers nginx sets itself, or that depend on the body,
# are left out, and so are values nginx would read as variables or cannot quote (noted on stdout).
nginx_add_headers() {
  local line name value
  NGINX_HEADERS=""
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
    NGINX_HEADERS+="            add_header $name \"$value\" always;"$'\n'
  done < <(tail -n +2 "$1")
}

# start_nginx <port> <probe path> <location lines>: write $WORK/nginx/nginx.conf (static files from $WORK/www on
# 127.0.0.1:<port>, no access log, sendfile, NGINX_WORKERS workers, everything inside $WORK/nginx; the lines, each
# ending in a newline, go into "location /"), check it, start nginx in the foreground in the background
# (NGINX_PID), and wait at most 10 s until <probe path> answers 200.
start_nginx() {
  local port=$1 probe=$2 location=$3
  cat >"$WORK/nginx/nginx.conf" <<EOF
# generated by bench/${SCRIPT_DIR##*/}/run.sh
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
        listen 127.0.0.1:$port;
        root $WORK/www;
        index index.html;
        location / {
$location        }
    }
}
EOF
  "$NGINX" -t -q -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/test.log" \
    || { cat "$WORK/nginx/test.log" >&2; die "nginx rejected the generated config"; }
  "$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/logs/stdout.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 100); do   # at most 10 s
    [[ $(curl -s --max-time 1 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$probe" || true) == 200 ]] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/logs/"*.log >&2; die "nginx exited"; }
    sleep 0.1
  done
}

# run_wrk <duration> <outfile> <wrk args...>: one wrk run with THREADS and CONNECTIONS, killed by `timeout` if it
# overruns its duration by 30 s; dies with wrk's output on failure.
run_wrk() {
  local dur=$1 out=$2 secs
  shift 2
  secs=$(to_seconds "$dur")
  timeout --kill-after=5 $(( secs + 30 )) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency "$@" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed or timed out: $*"; }
}

# rps_of <wrk output>: Requests/sec.
rps_of() { awk '/^Requests\/sec:/ {print $2}' "$1"; }

# p99_ms_of <wrk output>: the 99% latency in ms; wrk prints e.g. "99%    3.21ms", units us, ms, s, m.
p99_ms_of() {
  awk '$1 == "99%" {
         v = $2; u = v; sub(/[0-9.]+/, "", u); n = v + 0;
         if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
         printf "%.2f", n }' "$1"
}

# socket_errors_of <wrk output>: the sum of wrk's socket errors (connect, read, write, timeout).
socket_errors_of() {
  awk '/Socket errors:/ { gsub(/,/, ""); s = $4 + $6 + $8 + $10 } END { print s + 0 }' "$1"
}

# errors_of <wrk output>: socket errors and non-2xx/3xx responses, "0" when none.
errors_of() {
  awk '/Socket errors:/ { gsub(/,/, ""); s = $4 + $6 + $8 + $10 }
       /Non-2xx or 3xx responses:/ { n = $5 }
       END { t = s + n; if (t == 0) print "0"; else printf "%d (socket %d, non-2xx %d)", t, s, n }' "$1"
}

# ratio <printf format> <a> <b>: a / b, or "n/a" when b is not positive.
ratio() { awk -v f="$1" -v a="$2" -v b="$3" 'BEGIN { if (b > 0) printf f, a / b; else print "n/a" }'; }
