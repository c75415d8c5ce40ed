"""The MSI release check: tables, then a real install / upgrade / downgrade / uninstall under Wine.

Run through ``installers/windows/check-msi.sh`` (builds two versions of the MSI first). Each
check prints ``PASS``/``FAIL`` with what it saw; the run stops at the first failure (exit 1).
Everything happens in a fresh Wine prefix under ``installers/out/wine-check/``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from installers.windows import wxs

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "installers" / "out"
SHIMS = ROOT / "installers" / "windows" / "wine"  # test-harness DLLs, never in the MSI
PRESETS = {
    "PLATFORM_URL": "https://chorus-pro.example.gouv.fr/api",
    "CERT_PATH": r"C:\ProgramData\InvoiceDesk\mairie-test.p12",
    "PROFILE": "mairie-test",
    "TEAM_STORE": "postgresql://db.mairie-test.local/invoice_desk?sslmode=verify-full",
}
INSTALL_DIR = r"C:\Program Files\InvoiceDesk"
PYTHON = INSTALL_DIR + r"\runtime\python.exe"
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall"
IMPORT_CHECK = (
    "import PySide6.QtCore as q, PySide6.QtGui, PySide6.QtWidgets, PySide6.QtPdf; "
    "import sqlalchemy, alembic, httpx, aiohttp, cryptography.x509, lxml.etree, pypdf, "
    "facturx, reportlab.pdfgen.canvas, keyring, openpyxl, http_sf, platformdirs, psycopg; "
    "import desktop_app, sys; "
    "print('imports ok: Qt', q.qVersion(), 'Python', sys.version.split()[0], "
    "'isolated', sys.flags.isolated or sys.flags.ignore_environment)"
)
CONFIG_CHECK = (
    "from desktop_app.sync.machine_config import read_machine_config; print(read_machine_config())"
)
CACHE_CHECK = (
    "import tempfile, pathlib; from desktop_app.models.database import open_database; "
    "d = pathlib.Path(tempfile.mkdtemp()); db = open_database(d / 'c.sqlite3'); "
    "import sqlalchemy; print('cache ok:', len(sqlalchemy.inspect(db.engine).get_table_names()),"
    " 'tables'); db.close()"
)


class CheckFailed(Exception):
    """A check of the release cycle did not hold."""


class Wine:
    """A fresh 64-bit Wine prefix and the commands run in it."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono/Gecko download prompts
            "DISPLAY": "",
        }

    def run(self, *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            ["wine", *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        self.wait()
        return result

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, check=True, timeout=600)

    def boot(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        self.run("wineboot", "-i")

    def add_missing_system_dlls(self, work: Path) -> list[str]:
        """Put test-only shims in system32 for DLLs Windows 10+ has and this Wine lacks."""
        added = []
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        for source in sorted(SHIMS.glob("*.c")):
            dll = system32 / f"{source.stem}.dll"
            if dll.exists():
                continue
            built = work / f"{source.stem}.dll"
            subprocess.run(
                [
                    "x86_64-w64-mingw32-gcc",
                    "-O2",
                    "-shared",
                    "-o",
                    str(built),
                    str(source),
                    "-lbcrypt",
                    "-Wl,--kill-at",
                ],
                check=True,
            )
            shutil.copy2(built, dll)
            added.append(dll.name)
        return added

    def unix_path(self, windows_path: str) -> Path:
        drive, rest = windows_path.split(":", 1)
        return self.prefix / f"drive_{drive.lower()}" / rest.strip("\\").replace("\\", "/")

    def reg_values(self, key: str) -> dict[str, str] | None:
        """Values of a registry key (64-bit view), or None if the key does not exist."""
        result = self.run("reg", "query", key, "/reg:64")
        if result.returncode != 0:
            return None
        values = {}
        for line in result.stdout.splitlines():
            match = re.match(r"^\s{4}(\S+)\s{4}(REG_\w+)\s{4}(.*)$", line)
            if match:
                values[match.group(1)] = match.group(3).strip()
        return values

    def msiexec(self, *args: str) -> int:
        return self.run("msiexec", *args).returncode


def step(name: str, ok: bool, detail: str) -> None:
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}", flush=True)
    if not ok:
        raise CheckFailed(name)


def export(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:] if line]


def check_tables(msi: Path, work: Path) -> None:
    """The MSI's tables say what the release needs (msiinfo, msidump)."""
    props = dict(row[:2] for row in export(msi, "Property"))
    step(
        "Property UpgradeCode",
        props.get("UpgradeCode") == "{" + wxs.UPGRADE_CODE + "}",
        props.get("UpgradeCode", "missing"),
    )
    step("Property ALLUSERS (per-machine)", props.get("ALLUSERS") == "1", props.get("ALLUSERS", ""))
    secure = set(props.get("SecureCustomProperties", "").split(";"))
    step(
        "SecureCustomProperties patched",
        set(wxs.SECURE_PROPERTIES) <= secure,
        ";".join(sorted(secure)),
    )
    summary = dict(row[:2] for row in export(msi, "_SummaryInformation"))
    step("platform x64", summary.get("7", "").startswith("x64;"), f"Template={summary.get('7')}")
    upgrade = export(msi, "Upgrade")
    step(
        "MajorUpgrade rows",
        {r[-1] for r in upgrade} >= {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"},
        f"{len(upgrade)} rows",
    )
    launch = [r[0] for r in export(msi, "LaunchCondition")]
    step("downgrade refused", "NOT WIX_DOWNGRADE_DETECTED" in launch, "; ".join(launch))
    sequence = {r[0]: (r[1], int(r[2])) for r in export(msi, "InstallExecuteSequence")}
    app_search = sequence["AppSearch"][1]
    for prop in wxs.PUBLIC_PROPERTIES:
        action = f"Restore{prop.value_name}"
        seq = sequence.get(action, ("", -1))[1]
        step(
            f"{action} sequenced after AppSearch",
            app_search < seq < sequence["CostFinalize"][1],
            f"at {seq} ({sequence.get(action, ('?',))[0]})",
        )
    locators = {r[0]: r for r in export(msi, "RegLocator")}
    step(
        "RegistrySearch x3 (64-bit raw)",
        len(locators) == 3 and all(r[-1] == "18" for r in locators.values()),
        ", ".join(f"{r[3]}:{r[-1]}" for r in locators.values()),
    )
    shortcuts = export(msi, "Shortcut")
    step(
        "Start-menu shortcut",
        any(r[1] == "ProgramMenuFolder" for r in shortcuts),
        "; ".join(f"{r[2]} -> {r[4]} {r[5]}" for r in shortcuts),
    )
    files = export(msi, "File")
    step("files packaged", len(files) > 1000, f"{len(files)} files")
    names = [row[2].split("|")[-1] for row in files]  # File.FileName: "SHORT~1|long name"
    sources = sum(1 for n in names if n.endswith(".py"))
    compiled = sum(1 for n in names if n.endswith(".cpython-311.pyc"))
    step(
        "precompiled bytecode (.pyc for each .py)",
        sources > 0 and compiled >= sources,
        f"{compiled} .pyc for {sources} .py",
    )
    dump = work / "msidump"
    shutil.rmtree(dump, ignore_errors=True)
    dump.mkdir(parents=True)
    subprocess.run(["msidump", "-d", str(dump), str(msi)], check=True, capture_output=True)
    idts = sorted(p.name for p in dump.glob("*.idt"))
    step("msidump", "Registry.idt" in idts and "File.idt" in idts, f"{len(idts)} tables dumped")


def check_presets(wine: Wine, expected: dict[str, str], when: str) -> None:
    values = wine.reg_values(r"HKLM\Software\InvoiceDesk") or {}
    for prop in wxs.PUBLIC_PROPERTIES:
        got = values.get(prop.value_name)
        step(f"{when}: registry {prop.value_name}", got == expected[prop.name], repr(got))
    result = wine.run(PYTHON, "-c", CONFIG_CHECK)
    out = result.stdout.strip()
    ok = result.returncode == 0 and all(repr(v) in out for v in expected.values())
    step(f"{when}: app reads the presets", ok, out or result.stderr[-600:])


def installed_versions(wine: Wine) -> list[str]:
    result = wine.run("reg", "query", UNINSTALL_KEY, "/s", "/reg:64")
    blocks = result.stdout.split("\n\n")
    versions = []
    for block in blocks:
        if wxs.PRODUCT_NAME in block:
            match = re.search(r"DisplayVersion\s+REG_SZ\s+(\S+)", block)
            versions.append(match.group(1) if match else "?")
    return versions


def shortcut_paths(wine: Wine) -> list[Path]:
    return list((wine.prefix / "drive_c").rglob("Invoice Desk.lnk"))


def check_cycle(msi_old: Path, msi_new: Path, work: Path, cache_check: bool) -> None:
    wine = Wine(work / "prefix")
    try:
        run_cycle(wine, msi_old, msi_new, work, cache_check)
    finally:
        keep_logs(wine, work)


def run_cycle(wine: Wine, msi_old: Path, msi_new: Path, work: Path, cache_check: bool) -> None:
    started = time.perf_counter()
    wine.boot()
    step(
        "wine prefix",
        wine.unix_path("C:\\windows").is_dir(),
        f"booted in {time.perf_counter() - started:.0f} s",
    )
    shims = wine.add_missing_system_dlls(work)
    step("Wine test shims (Windows 10+ system DLLs Wine 8 lacks)", True, ", ".join(shims) or "none")
    logs = "C:\\logs"
    wine.unix_path(logs).mkdir(parents=True, exist_ok=True)

    # 1. silent per-machine install with the three properties
    args = [f"{k}={v}" for k, v in PRESETS.items()]
    started = time.perf_counter()
    rc = wine.msiexec("/i", str(msi_old), "/qn", "/l*v", logs + "\\install.log", *args)
    step(
        f"install {msi_old.name} /qn " + " ".join(args),
        rc == 0,
        f"exit {rc}, {time.perf_counter() - started:.0f} s",
    )
    step("installed folder", wine.unix_path(PYTHON).is_file(), PYTHON)
    step(
        "installed version",
        installed_versions(wine) == [wxs.msi_version(version_of(msi_old))],
        str(installed_versions(wine)),
    )
    links = shortcut_paths(wine)
    step(
        "Start-menu shortcut created",
        bool(links),
        ", ".join(str(p.relative_to(wine.prefix)) for p in links),
    )
    check_presets(wine, PRESETS, "after install")
    result = wine.run(PYTHON, "-c", IMPORT_CHECK)
    step(
        "non-GUI smoke: runtime imports the app and its dependencies",
        result.returncode == 0,
        (result.stdout.strip() or result.stderr[-800:]),
    )
    if cache_check:
        result = wine.run(PYTHON, "-c", CACHE_CHECK)
        step(
            "non-GUI smoke: the local cache opens",
            result.returncode == 0,
            result.stdout.strip() or result.stderr[-800:],
        )

    # 2. major upgrade without properties keeps them
    started = time.perf_counter()
    rc = wine.msiexec("/i", str(msi_new), "/qn", "/l*v", logs + "\\upgrade.log")
    step(
        f"upgrade to {msi_new.name} /qn (no properties)",
        rc == 0,
        f"exit {rc}, {time.perf_counter() - started:.0f} s",
    )
    versions = installed_versions(wine)
    step(
        "one product, new version",
        versions == [wxs.msi_version(version_of(msi_new))],
        str(versions),
    )
    check_presets(wine, PRESETS, "after upgrade")

    # 3. uninstall leaves nothing
    rc = wine.msiexec("/x", str(msi_new), "/qn", "/l*v", logs + "\\uninstall.log")
    step("uninstall /x /qn", rc == 0, f"exit {rc}")
    check_clean(wine, "after uninstall")

    # 4. downgrade refused. Checked from a fresh install of the newer version: Wine 8 loses the
    #    new product's UpgradeCode registration during a major upgrade (the old product's
    #    removal deletes the whole UpgradeCodes key), so right after step 2 FindRelatedProducts
    #    would see nothing under Wine; Windows keeps it.
    rc = wine.msiexec("/i", str(msi_new), "/qn", "/l*v", logs + "\\install-new.log")
    step(f"fresh install of {msi_new.name}", rc == 0, f"exit {rc}")
    rc = wine.msiexec("/i", str(msi_old), "/qn", "/l*v", logs + "\\downgrade.log")
    versions = installed_versions(wine)
    log_text = wine.unix_path(logs + "\\downgrade.log").read_text(errors="replace")
    # Wine's log does not carry the launch condition's text; it shows the detection and the
    # failed LaunchConditions action.
    detected = "Property(S): WIX_DOWNGRADE_DETECTED = {" in log_text
    refused = "LaunchConditions. Return value 0." in log_text
    step(
        f"downgrade to {msi_old.name} refused",
        rc != 0 and detected and refused and versions == [wxs.msi_version(version_of(msi_new))],
        f"exit {rc} (1603 seen as {1603 & 0xFF} through Wine), WIX_DOWNGRADE_DETECTED set:"
        f" {detected}, LaunchConditions failed: {refused}, installed {versions}",
    )
    rc = wine.msiexec("/x", str(msi_new), "/qn", "/l*v", logs + "\\uninstall-new.log")
    step("uninstall again", rc == 0, f"exit {rc}")
    check_clean(wine, "after the second uninstall")

    # 5. a property given on upgrade replaces the remembered value; the others stay
    args = [f"{k}={v}" for k, v in PRESETS.items()]
    rc = wine.msiexec("/i", str(msi_old), "/qn", "/l*v", logs + "\\install-again.log", *args)
    step(f"install {msi_old.name} with the three properties again", rc == 0, f"exit {rc}")
    changed = {**PRESETS, "PROFILE": "service-facturier"}
    rc = wine.msiexec(
        "/i",
        str(msi_new),
        "/qn",
        "/l*v",
        logs + "\\upgrade-profile.log",
        "PROFILE=service-facturier",
    )
    step(f"upgrade to {msi_new.name} /qn PROFILE=service-facturier", rc == 0, f"exit {rc}")
    check_presets(wine, changed, "after upgrade with PROFILE")
    rc = wine.msiexec("/x", str(msi_new), "/qn", "/l*v", logs + "\\uninstall-last.log")
    step("uninstall", rc == 0, f"exit {rc}")
    check_clean(wine, "after the last uninstall")


def keep_logs(wine: Wine, work: Path) -> None:
    """Copy the msiexec logs out of the prefix (kept even when a check failed)."""
    logs = wine.unix_path("C:\\logs")
    if logs.is_dir():
        for log in logs.glob("*.log"):
            shutil.copy2(log, work / log.name)


def check_clean(wine: Wine, when: str) -> None:
    """Nothing of the product is left: registry key, folder, shortcut, registration."""
    values = wine.reg_values(r"HKLM\Software\InvoiceDesk")
    step(f"{when}: HKLM\\Software\\InvoiceDesk gone", values is None, repr(values))
    install_dir = wine.unix_path(INSTALL_DIR)
    left = (
        sorted(str(p.relative_to(install_dir)) for p in install_dir.rglob("*"))
        if install_dir.exists()
        else []
    )
    step(f"{when}: install folder gone", not install_dir.exists(), f"{len(left)} left {left[:5]}")
    step(f"{when}: shortcut gone", not shortcut_paths(wine), str(shortcut_paths(wine)))
    versions = installed_versions(wine)
    step(f"{when}: product unregistered", versions == [], str(versions))


def version_of(msi: Path) -> str:
    props = dict(row[:2] for row in export(msi, "Property"))
    return props["ProductVersion"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="MSI installed first (with properties)")
    parser.add_argument("new", type=Path, help="higher version, installed as an upgrade")
    parser.add_argument("--no-cache-check", action="store_true", help="skip open_database")
    args = parser.parse_args(argv)
    work = OUT / "wine-check"
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        print(f"== tables of {args.old.name}", flush=True)
        check_tables(args.old, work)
        print(
            "== Wine: install -> presets + smoke -> upgrade -> uninstall -> downgrade -> override",
            flush=True,
        )
        check_cycle(args.old, args.new, work, cache_check=not args.no_cache_check)
    except CheckFailed as exc:
        print(f"MSI check FAILED at: {exc} (msiexec logs in {work})", flush=True)
        return 1
    print(
        f"MSI check passed in {time.perf_counter() - started:.0f} s (msiexec logs in {work})",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
