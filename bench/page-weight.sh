#!/usr/bin/env bash
# Page weight and time of the five main pages (issue 14): bytes on the wire without and with gzip,
# the style sheet's bytes and cache header, and the median time to the last byte of 5 requests.
#   bench/page-weight.sh [base URL]     a running portal with the demo corpus (default http://127.0.0.1:8080)
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
id="$(curl -fs "$base/api/judgments?size=1" | jq -r '.hits[0].id // empty')"
doc="/judgments/${id:-1}"
[ -n "$id" ] || echo "(no judgment imported yet: the judgment page is skipped)"
printf '%-34s %10s %10s %8s %10s\n' page bytes gzip ratio "median ms"
for p in / "/search?q=%E6%B0%91%E9%97%B4%E5%80%9F%E8%B4%B7+%E5%88%A9%E6%81%AF" ${id:+"$doc"} /hearings /enforcement/dishonest; do
  plain="$(curl -fs -o /dev/null -w '%{size_download}' "$base$p")"
  gz="$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$p")"
  times=()
  for _ in 1 2 3 4 5; do
    times+=("$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{time_total}' "$base$p")")
  done
  median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
  printf '%-34s %10d %10d %7.0f%% %10.0f\n' "${p:0:34}" "$plain" "$gz" "$(echo "100*$gz/$plain" | bc -l)" "$(echo "$median*1000" | bc -l)"
done
css_plain="$(curl -fs -o /dev/null -w '%{size_download}' "$base/css/site.css")"
css_gz="$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base/css/site.css")"
cache="$(curl -fsI "$base/css/site.css" | tr -d '\r' | sed -n 's/^[Cc]ache-[Cc]ontrol: //p')"
echo "/css/site.css: $css_plain bytes, $css_gz gzip, Cache-Control: $cache (loaded once for all pages)"
