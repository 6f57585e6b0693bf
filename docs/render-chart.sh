#!/usr/bin/env bash
# Renders the CRM example's portfolio chart (SVG) to docs/portfolio-chart.png with headless
# Chromium (Debian package "chromium"). Run from the repository root after the example:
#   mvn -q -pl examples -am -DskipTests package exec:java && bash docs/render-chart.sh
set -euo pipefail
svg="$(pwd)/examples/target/crm/portfolio-chart.svg"
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=1000,790 \
  --screenshot="$(pwd)/docs/portfolio-chart.png" "file://$svg"
rm -rf "$profile"
