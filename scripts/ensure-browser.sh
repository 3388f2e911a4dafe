#!/usr/bin/env bash
# Makes sure a Debian browser is installed for the browser tests, the demo and the bench:
#   bash scripts/ensure-browser.sh chromium      (/usr/bin/chromium, or CHROMIUM_PATH)
#   bash scripts/ensure-browser.sh firefox-esr   (/usr/bin/firefox-esr with the language packs of
#                                                 the UI's languages for those tests, or FIREFOX_PATH)
# Installs what is missing with apt-get when we are root; otherwise says exactly what to run.
set -euo pipefail
browser="${1:-chromium}"
case "$browser" in
  chromium)
    override="${CHROMIUM_PATH:-}"; variable=CHROMIUM_PATH
    packages="chromium"; files="/usr/bin/chromium" ;;
  firefox-esr)
    override="${FIREFOX_PATH:-}"; variable=FIREFOX_PATH
    # One language pack per UI language but English (src/shared/languages.ts); Spanish is Spain's.
    locales="de fr es-ES it nl pl"
    packages="firefox-esr"; files="/usr/bin/firefox-esr"
    for locale in $locales; do
      packages="$packages firefox-esr-l10n-$(echo "$locale" | tr '[:upper:]' '[:lower:]')"
      files="$files /usr/lib/firefox-esr/browser/extensions/langpack-$locale@firefox-esr.mozilla.org.xpi"
    done ;;
  *) echo "usage: ensure-browser.sh chromium|firefox-esr" >&2; exit 2 ;;
esac
if [ -n "$override" ] && [ -x "$override" ]; then exit 0; fi
missing=0
for file in $files; do [ -e "$file" ] || missing=1; done
if [ "$missing" = 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's $packages (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $packages >/dev/null
  exit 0
fi
echo "$browser is missing. Install it with:  sudo apt-get install -y $packages" >&2
echo "(or point $variable at another $browser binary)" >&2
exit 1
