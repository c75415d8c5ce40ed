#!/usr/bin/env bash
# Frozen (PyInstaller, one-folder) Invoice Desk for Linux, then its offscreen smoke test.
#   installers/linux/build-frozen.sh          build + smoke; prints size and start time
#   installers/linux/build-frozen.sh --smoke-only   smoke an existing build
# Uses the project venv (INVOICE_DESK_VENV, default .venv, made by ./dev.sh setup) and installs
# PyInstaller into it if missing. Output: installers/out/linux/invoice-desk/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV="${INVOICE_DESK_VENV:-.venv}"
OUT=installers/out/linux
DIST="$OUT/invoice-desk"
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"

if [ "${1:-}" != "--smoke-only" ]; then
  [ -x "$VENV/bin/python" ] || ./dev.sh setup
  "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null \
    || "$VENV/bin/python" -m pip install -q "$PYINSTALLER_SPEC"
  echo "[frozen] PyInstaller $("$VENV/bin/python" -m PyInstaller --version)"
  start=$(date +%s)
  "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT" --workpath "$OUT/build" installers/linux/invoice-desk.spec
  echo "[frozen] built in $(( $(date +%s) - start )) s: $DIST"
fi

[ -x "$DIST/invoice-desk" ] || { echo "[frozen] no build at $DIST" >&2; exit 1; }
echo "[frozen] size: $(du -sh "$DIST" | cut -f1) ($(find "$DIST" -type f | wc -l) files)"
export QT_QPA_PLATFORM=offscreen
best=""
for run in 1 2 3; do
  t0=$(date +%s.%N)
  "$DIST/invoice-desk" --smoke
  t1=$(date +%s.%N)
  elapsed=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
  echo "[frozen] smoke run $run: exit 0 in ${elapsed} s (process start to exit)"
  best=$(python3 -c "b='$best'; print(min(float(b), $elapsed) if b else $elapsed)")
done
echo "[frozen] best start-to-exit time: ${best} s"
