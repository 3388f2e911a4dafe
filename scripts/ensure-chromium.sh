#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests and the demo.
# Installs it with apt-get when we are root; otherwise says exactly what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing. Install it with:  sudo apt-get install -y chromium" >&2
echo "(or point CHROMIUM_PATH at another Chromium binary)" >&2
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && exit 0
exit 1
