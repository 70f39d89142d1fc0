#!/usr/bin/env bash
# Stops the server started by ogcapi/start-mapserver.sh and removes its temp dir.
# Usage: ogcapi/stop-mapserver.sh [PORT | RUN_DIR]   (default port 8088)
set -euo pipefail

arg="${1:-8088}"
if [[ -d "$arg" ]]; then
  run="$arg"; pointer=""
else
  pointer="${TMPDIR:-/tmp}/biocluster-atlas-ogcapi.$arg"
  [[ -f "$pointer" ]] || { echo "stop-mapserver: nothing recorded for port $arg ($pointer)" >&2; exit 1; }
  run="$(cat "$pointer")"
fi

pidfile="$run/lighttpd.pid"
if [[ -f "$pidfile" ]]; then
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    echo "stopped lighttpd (pid $pid)"
  else
    echo "lighttpd (pid $pid) was not running"
  fi
else
  echo "stop-mapserver: no PID file in $run" >&2
fi

# Remove only what start-mapserver.sh created.
case "$run" in
  */biocluster-atlas-ogcapi.*) rm -rf -- "$run" ;;
esac
[[ -n "$pointer" ]] && rm -f -- "$pointer"
exit 0
