#!/usr/bin/env bash
# Serves the atlas and a real OGC API - Features server from one origin:
#
#   http://127.0.0.1:PORT/          static files (default: the repo's dist/)
#   http://127.0.0.1:PORT/ogcapi/   MapServer 8 OGC API (mapserv as CGI under lighttpd)
#
# Usage: ogcapi/start-mapserver.sh [PORT] [STATIC_DIR] [--foreground]
#   PORT        default 8088 (loopback only)
#   STATIC_DIR  default <repo>/dist
#   --foreground (or FOREGROUND=1): run lighttpd in the foreground (Ctrl-C stops it)
# Environment:
#   ATLAS_DATA_DIR  folder with sites.geojson and partnerships.geojson
#                   (default <repo>/public/data)
#   ATLAS_API_LIMIT   page size the generated config.json asks for (default: the app's)
#   ATLAS_API=ogcapi  also serve /config.json (generated from STATIC_DIR/config.json)
#                   with api = { type: "ogcapi", baseUrl: "ogcapi/" }, so the built app
#                   reads its data from the OGC API instead of the static files.
#   ATLAS_FRAME_ANCESTORS  the pages that may show the atlas in a frame (CSP frame-ancestors),
#                   e.g. "'self' https://portal.example.gov"; default 'self'. Sent with the
#                   page's own Content-Security-Policy as a header on every response.
#
# Needs Debian's cgi-mapserver (/usr/bin/mapserv) and lighttpd. Everything generated
# (mapfile, CONFIG file, lighttpd.conf, logs, PID file) goes into a fresh `mktemp -d`
# directory; its path is printed and recorded in ${TMPDIR:-/tmp}/biocluster-atlas-ogcapi.PORT
# so that ogcapi/stop-mapserver.sh [PORT] can find the PID file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"

foreground="${FOREGROUND:-0}"
args=()
for a in "$@"; do
  case "$a" in
    --foreground|-f) foreground=1 ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$a") ;;
  esac
done
port="${args[0]:-8088}"
static_dir="${args[1]:-$repo/dist}"
data_dir="${ATLAS_DATA_DIR:-$repo/public/data}"

die() { echo "start-mapserver: $*" >&2; exit 1; }

[[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "bad port: $port"
command -v lighttpd >/dev/null || die "lighttpd not found (apt-get install lighttpd)"
mapserv="$(command -v mapserv || true)"
[[ -x "$mapserv" ]] || die "mapserv not found (apt-get install cgi-mapserver)"
[[ -d "$static_dir" ]] || die "static folder not found: $static_dir (run npm run build, or pass a folder)"
static_dir="$(cd "$static_dir" && pwd)"
for f in sites partnerships; do
  [[ -f "$data_dir/$f.geojson" ]] || die "missing $data_dir/$f.geojson"
done
data_dir="$(cd "$data_dir" && pwd)"

pointer="${TMPDIR:-/tmp}/biocluster-atlas-ogcapi.$port"
if [[ -f "$pointer" ]]; then
  old="$(cat "$pointer")"
  if [[ -f "$old/lighttpd.pid" ]] && kill -0 "$(cat "$old/lighttpd.pid")" 2>/dev/null; then
    die "already running on port $port (run dir $old); stop it with ogcapi/stop-mapserver.sh $port"
  fi
fi

run="$(mktemp -d "${TMPDIR:-/tmp}/biocluster-atlas-ogcapi.XXXXXX")"
origin="http://127.0.0.1:$port"

# Mapfile: absolute data folder and this server's public URL for the API root.
sed -e "s|^\( *SHAPEPATH \).*@RUNTIME@ shapepath.*|\1\"$data_dir\"|" \
    -e "s|^\( *\"oga_onlineresource\" *\).*@RUNTIME@ onlineresource.*|\1\"$origin/ogcapi\"|" \
    "$here/mapserver/atlas.map" > "$run/atlas.map"
grep -q "\"$origin/ogcapi\"" "$run/atlas.map" && grep -q "SHAPEPATH \"$data_dir\"" "$run/atlas.map" \
  || die "could not rewrite the @RUNTIME@ lines of $here/mapserver/atlas.map"

sed -e "s|^\( *atlas \).*@RUNTIME@ mapfile.*|\1\"$run/atlas.map\"|" \
    "$here/mapserver/mapserver.conf" > "$run/mapserver.conf"
grep -q "\"$run/atlas.map\"" "$run/mapserver.conf" || die "could not rewrite the MAPS entry of mapserver.conf"

# The Content-Security-Policy header: the built page's own policy (from its <meta>) plus
# frame-ancestors, which only a header can carry.
csp="$(node -e '
  const fs = require("fs");
  const ancestors = (process.env.ATLAS_FRAME_ANCESTORS || "").split(/[\s,]+/).filter(Boolean);
  const valid = /^(\x27self\x27|\x27none\x27|\*|https?:|https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:(\d{1,5}|\*))?)$/;
  const invalid = ancestors.filter((a) => !valid.test(a));
  if (invalid.length) { console.error("ATLAS_FRAME_ANCESTORS: not a frame-ancestors source: " + invalid.join(", ")); process.exit(1); }
  let html = "";
  try { html = fs.readFileSync(process.argv[1], "utf8"); } catch {}
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  const policy = meta ? meta[1].replace(/&#39;/g, "\x27").replace(/&quot;/g, "") + "; " : "";
  process.stdout.write(policy + "frame-ancestors " + (ancestors.length ? ancestors.join(" ") : "\x27self\x27"));
' "$static_dir/index.html")" || die "bad ATLAS_FRAME_ANCESTORS"

config_alias=""
if [[ "${ATLAS_API:-}" == "ogcapi" ]]; then
  base_config="$static_dir/config.json"
  [[ -f "$base_config" ]] || base_config=/dev/null
  node -e '
    const fs = require("fs");
    let c = {};
    try { c = JSON.parse(fs.readFileSync(process.argv[1], "utf8") || "{}"); } catch {}
    c.api = { type: "ogcapi", baseUrl: "ogcapi/" };
    if (process.env.ATLAS_API_LIMIT) c.api.limit = Number(process.env.ATLAS_API_LIMIT);
    fs.writeFileSync(process.argv[2], JSON.stringify(c, null, 2) + "\n");
  ' "$base_config" "$run/config.json"
  config_alias="\"/config.json\" => \"$run/config.json\","
fi

# lighttpd: static files at /, and /ogcapi/<rest> rewritten to
# /.mapserv/atlas/ogcapi/<rest>, where /.mapserv is an alias of the mapserv binary,
# so mod_cgi runs it with PATH_INFO=/atlas/ogcapi/<rest> (MapServer 8's URL form).
cat > "$run/lighttpd.conf" <<EOF
server.modules = ( "mod_rewrite", "mod_alias", "mod_setenv", "mod_cgi", "mod_accesslog" )
server.bind = "127.0.0.1"
server.port = $port
server.document-root = "$static_dir"
server.pid-file = "$run/lighttpd.pid"
server.errorlog = "$run/error.log"
accesslog.filename = "$run/access.log"
server.tag = "biocluster-atlas"
index-file.names = ( "index.html" )

url.rewrite-once = (
  "^/ogcapi(/[^?]*)?(?:\\?(.*))?\$" => "/.mapserv/atlas/ogcapi\$1?\$2",
)
alias.url = ( $config_alias "/.mapserv" => "$mapserv" )
setenv.add-response-header = ( "Content-Security-Policy" => "$csp" )
\$HTTP["url"] =~ "^/\\.mapserv(/|\$)" {
  cgi.assign = ( "" => "" )
  setenv.add-environment = ( "MAPSERVER_CONFIG_FILE" => "$run/mapserver.conf" )
}

mimetype.assign = (
  ".html" => "text/html; charset=utf-8",
  ".js" => "text/javascript; charset=utf-8",
  ".mjs" => "text/javascript; charset=utf-8",
  ".css" => "text/css; charset=utf-8",
  ".json" => "application/json",
  ".geojson" => "application/geo+json",
  ".map" => "application/json",
  ".svg" => "image/svg+xml",
  ".png" => "image/png",
  ".jpg" => "image/jpeg",
  ".webp" => "image/webp",
  ".ico" => "image/x-icon",
  ".woff2" => "font/woff2",
  ".woff" => "font/woff",
  ".pbf" => "application/x-protobuf",
  ".wasm" => "application/wasm",
  ".txt" => "text/plain; charset=utf-8",
  "" => "application/octet-stream",
)
EOF

lighttpd -tt -f "$run/lighttpd.conf" >/dev/null || die "lighttpd rejected $run/lighttpd.conf"
echo "$run" > "$pointer"

cat <<EOF
run dir : $run
framing : $(sed 's/.*frame-ancestors/frame-ancestors/' <<< "$csp")
static  : $static_dir  ->  $origin/
data    : $data_dir
OGC API : $origin/ogcapi?f=json
items   : $origin/ogcapi/collections/sites/items?f=json&limit=5
stop    : $here/stop-mapserver.sh $port
EOF

if [[ "$foreground" == 1 ]]; then
  echo $$ > "$run/lighttpd.pid"   # exec keeps this PID
  exec lighttpd -D -f "$run/lighttpd.conf"
fi

cleanup() { cat "$run/error.log" >&2 2>/dev/null || true; rm -rf -- "$run"; rm -f -- "$pointer"; }
lighttpd -f "$run/lighttpd.conf" || { cleanup; die "lighttpd failed to start (port $port in use?)"; }
for _ in $(seq 1 50); do
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$origin/ogcapi?f=json" 2>/dev/null; then
    echo "pid     : $(cat "$run/lighttpd.pid") ($run/lighttpd.pid)"
    exit 0
  fi
  sleep 0.1
done
[[ -f "$run/lighttpd.pid" ]] && kill "$(cat "$run/lighttpd.pid")" 2>/dev/null || true
cleanup
die "server did not answer on $origin/ogcapi"
