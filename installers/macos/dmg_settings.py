# dmgbuild settings for the Invoice Desk DMG (used by .github/workflows/release.yml):
#   dmgbuild -s installers/macos/dmg_settings.py -D app="dist/Invoice Desk.app" \
#     "Invoice Desk" dist/InvoiceDesk-X.Y.Z.dmg
# dmgbuild executes this file with ``defines`` in scope.
import os.path

application = defines.get("app", "dist/Invoice Desk.app")  # type: ignore[name-defined]  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"
files = [application]
symlinks = {"Applications": "/Applications"}
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((100, 100), (640, 300))
default_view = "icon-view"
