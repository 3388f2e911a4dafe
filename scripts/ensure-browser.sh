#!/usr/bin/env bash
# Makes sure a Debian browser package is installed for the browser tests, the demo and the bench:
#   bash scripts/ensure-browser.sh chromium      (/usr/bin/chromium, or CHROMIUM_PATH)
#   bash scripts/ensure-browser.sh firefox-esr   (/usr/bin/firefox-esr, or FIREFOX_PATH)
# Installs it with apt-get when we are root; otherwise says exactly what to run.
set -euo pipefail
package="${1:-chromium}"
case "$package" in
  chromium) override="${CHROMIUM_PATH:-}"; variable=CHROMIUM_PATH ;;
  firefox-esr) override="${FIREFOX_PATH:-}"; variable=FIREFOX_PATH ;;
  *) echo "usage: ensure-browser.sh chromium|firefox-esr" >&2; exit 2 ;;
esac
if [ -x "/usr/bin/$package" ]; then exit 0; fi
if [ -n "$override" ] && [ -x "$override" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "$package is missing: installing Debian's $package package (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$package" >/dev/null
  exit 0
fi
echo "$package is missing. Install it with:  sudo apt-get install -y $package" >&2
echo "(or point $variable at another $package binary)" >&2
exit 1
