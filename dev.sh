#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine with Python 3.11:
#   ./dev.sh run    set everything up, then start Invoice Desk on the embedded sandbox
#   ./dev.sh test   set everything up, then run lint, types, architecture rules and the tests
# Other sub-commands: setup, lint, pytest [args], bench NAME, screenshots.
set -euo pipefail
cd "$(dirname "$0")"

VENV="${INVOICE_DESK_VENV:-.venv}"
PY="${PYTHON:-python3}"

# Debian packages Qt (offscreen and xcb), the venv module and the test tools need.
SYSTEM_PACKAGES=(
  python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 libnss3 libxrender1 libxi6 fonts-dejavu-core
  poppler-utils xvfb
)
# Only for the tests and benchmarks (not for `./dev.sh run`, which needs no database server):
# the team store tests start a throwaway PostgreSQL cluster from these server binaries.
TEST_PACKAGES=(postgresql)
# Only for `./dev.sh bench sync_initial`: the peer it measures beside our sync, Pastell's
# Chorus Pro client, runs on PHP 8.2 with curl and mbstring (Pastell's own code, fetched by
# bench/pastell_peer.py at a pinned commit with git). Neither the tests nor `run` need them.
PEER_PACKAGES=(php-cli php-curl php-mbstring git)

install_system_packages() {  # [extra packages...]
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

setup_python() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  local lock=installers/windows/requirements-win.txt
  local stamp="$VENV/.installed-$(cat pyproject.toml "$lock" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    # The versions the MSI ships are the versions the tests run on: every package pinned in
    # the Windows lock is a constraint here (hashes dropped; Windows-only packages skipped).
    grep -E '^[A-Za-z0-9_.-]+==' "$lock" | sed 's/ --hash.*//' | grep -vi '^pywin32-ctypes' \
      > "$VENV/constraints.txt"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -c "$VENV/constraints.txt" -e ".[dev]"
    # a venv made before the meta-package was dropped still holds PySide6 6.12 and WebEngine
    "$VENV/bin/python" -m pip uninstall -q -y PySide6 PySide6-WebEngine PySide6-Pdf 2>/dev/null || true
    "$VENV/bin/python" -m pip install -q -c "$VENV/constraints.txt" --force-reinstall --no-deps \
      PySide6-Essentials PySide6-Addons shiboken6
    touch "$stamp"
  fi
}

setup() {  # [extra system packages...]
  install_system_packages "$@"
  setup_python
  "$VENV/bin/python" -m desktop_app.ui.translations_build >/dev/null 2>&1 || true
}

lint() {
  # One command per line: under `set -e` a failure inside an && list would not stop the script.
  echo "== ruff check"
  "$VENV/bin/ruff" check .
  echo "== ruff format --check"
  "$VENV/bin/ruff" format --check .
  echo "== mypy"
  "$VENV/bin/mypy" desktop_app
  echo "== import-linter"
  "$VENV/bin/lint-imports"
}

cmd="${1:-help}"; shift || true
case "$cmd" in
  setup) setup ;;
  run) setup; exec "$VENV/bin/python" -m desktop_app "$@" ;;
  lint) setup; lint ;;
  pytest) setup "${TEST_PACKAGES[@]}"; QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest "$@" ;;
  test)
    setup "${TEST_PACKAGES[@]}"
    lint
    echo "== pytest"
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -n 2 --dist loadgroup "$@"
    ;;
  bench)
    if [ "${1:-}" = "sync_initial" ]; then setup "${TEST_PACKAGES[@]}" "${PEER_PACKAGES[@]}"
    else setup "${TEST_PACKAGES[@]}"; fi
    exec "$VENV/bin/python" -m "bench.$1" "${@:2}" ;;
  screenshots) setup  # real X11 windows on a virtual screen (Xvfb), not the offscreen plugin
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
      "$VENV/bin/python" -m desktop_app.ui.screenshots --xcb "$@"
    # the small screens public offices have, in both languages, on a screen of that size
    for size in 1366x768 1024x768; do
      for language in fr en; do
        xvfb-run -a -s "-screen 0 ${size}x24" env QT_QPA_PLATFORM=xcb \
          "$VENV/bin/python" -m desktop_app.ui.screenshots --xcb --size "$size" \
          --language "$language" --out "docs/screenshots/$size-$language"
      done
    done ;;
  *) sed -n '2,6p' "$0"; exit 2 ;;
esac
