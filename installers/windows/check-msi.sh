#!/usr/bin/env bash
# Release check of the MSI (not part of ./dev.sh test: it takes a few minutes).
#   installers/windows/check-msi.sh
# Builds the MSI twice (the project's version N and N+0.0.1, same app folder), checks its
# tables with msiinfo/msidump, then under Wine: silent install with PLATFORM_URL/CERT_PATH/
# PROFILE -> registry values + the app's Python reads them (non-GUI smoke) -> upgrade to N+1
# without properties keeps them -> downgrade refused -> uninstall leaves nothing.
# Log: installers/out/check-msi.log; msiexec logs: installers/out/wine-check/.
set -euo pipefail
cd "$(dirname "$0")/../.."

mkdir -p installers/out
LOG=installers/out/check-msi.log
exec > >(tee "$LOG") 2>&1

# wine runs msiexec; mingw builds the test-only bcryptprimitives.dll shim (installers/windows/wine/)
missing=()
for pkg in wine wine64 msitools gcc-mingw-w64-x86-64-win32; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[check-msi] installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

VERSION=$(python3 -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
NEXT=$(python3 -c 'import sys;a,b,c=(sys.argv[1].split(".")+["0","0"])[:3];print(f"{a}.{b}.{int(c)+1}")' "$VERSION")
OLD=installers/out/check/InvoiceDesk-$VERSION.msi
NEW=installers/out/check/InvoiceDesk-$NEXT.msi

echo "== build $VERSION"
installers/build-msi.sh --version "$VERSION" --output "$OLD"
echo "== build $NEXT (same app folder)"
installers/build-msi.sh --version "$NEXT" --output "$NEW" --reuse-stage
python3 installers/windows/check_msi.py "$OLD" "$NEW" "$@"
