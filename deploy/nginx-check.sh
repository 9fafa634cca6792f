#!/usr/bin/env bash
# Validates deploy/nginx.conf with the installed nginx (nginx -t), in a prefix under target/:
# the compose host names (web1.., solr1..) become 127.0.0.1 and a throw-away self-signed
# certificate stands in for the real one. Usage: deploy/nginx-check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$here/target/nginx-check"
rm -rf "$prefix" && mkdir -p "$prefix/logs" "$prefix/tls" "$prefix/html"
sed -E 's/\b(web|solr)[0-9]+:/127.0.0.1:/' "$here/deploy/nginx.conf" >"$prefix/nginx.conf"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$prefix/tls/privkey.pem" -out "$prefix/tls/fullchain.pem" 2>/dev/null
"${NGINX:-/usr/sbin/nginx}" -t -p "$prefix/" -c "$prefix/nginx.conf"
