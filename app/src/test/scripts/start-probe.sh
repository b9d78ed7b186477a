#!/bin/bash
# Measures one start of the service on a fresh data folder: wall time from launch to the first 200 from
# /actuator/health (polled every 50 ms by bash itself over /dev/tcp: a curl process per poll would take CPU
# from the start it measures), "Started in", and the process's CPU up to then (all threads, the
# `main` thread, the JIT compiler threads; from /proc). Loopback only; stops the service afterwards.
#   app/src/test/scripts/start-probe.sh PORT [LAUNCHER]     (LAUNCHER defaults to bin/digitalhelp)
# JAVA_OPTS, DIGITALHELP_JIT and DIGITALHELP_GC are passed on. Linux only (/proc).
set -u
port=$1
launcher=${2:-$(cd "$(dirname "$0")/../../../.." && pwd)/bin/digitalhelp}
folder=$(mktemp -d)
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "$1" 2>/dev/null || echo 0; }
healthy() {
    local status
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    printf 'GET /actuator/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    read -r _ status _ <&3
    exec 3<&-
    [ "$status" = 200 ]
}

begin=$(date +%s%N)
DATA_DIR=$folder/data "$launcher" --server.address=127.0.0.1 --server.port="$port" >"$folder/log.txt" 2>&1 &
pid=$!
for _ in $(seq 1 3000); do
    kill -0 "$pid" 2>/dev/null || { echo "The service stopped: $(tail -3 "$folder/log.txt")" >&2; exit 1; }
    healthy && break
    sleep 0.05
done
end=$(date +%s%N)

total=$(cpu "/proc/$pid/stat"); main=0; jit=0
for task in /proc/"$pid"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in
        java) main=$((main + $(cpu "$task/stat"))) ;;
        C1*|C2*) jit=$((jit + $(cpu "$task/stat"))) ;;
    esac
done
started=$(grep -o "Started [A-Za-z]* in [0-9.]* seconds" "$folder/log.txt" | grep -o "[0-9.]*")
kill "$pid"; wait "$pid" 2>/dev/null
awk -v w=$(( (end - begin) / 1000000 )) -v s="${started:-?}" -v t="$total" -v m="$main" -v j="$jit" -v k="$ticks" \
    -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { printf "healthy %.1f s, Started in %s s, CPU %.1f s (main %.1f s, JIT %.1f s), load %s\n", w / 1000, s, t / k, m / k, j / k, l }'
rm -rf "$folder"
