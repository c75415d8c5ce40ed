#!/usr/bin/env bash
# Build the Windows MSI on Debian 12: installers/build-msi.sh [--version X.Y.Z] [--output F.msi]
# Installs what is missing (msitools, wixl, osslsigncode, binutils, python3-venv), then runs
# installers/windows/build_msi.py. Output: installers/out/InvoiceDesk-<version>.msi (+ .sha256).
# Signing: export INVOICE_DESK_SIGN_PFX=/path/cert.pfx INVOICE_DESK_SIGN_PASSWORD=...
#          [INVOICE_DESK_SIGN_TIMESTAMP_URL=http://timestamp...]; never commit the certificate.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(msitools wixl osslsigncode binutils python3 python3-venv git ca-certificates)

ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "[build-msi] installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_packages "${PACKAGES[@]}"
exec python3 installers/windows/build_msi.py "$@"
