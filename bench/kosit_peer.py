"""The peer of the documents benchmark: KoSIT's XRechnung visualisation + Apache FOP, warm.

What runs (issue 17's peer): KoSIT's stylesheets (itplr-kosit/xrechnung-visualization at
:data:`KOSIT_COMMIT`) step 1 (UBL invoice / UBL credit note / CII → XR) then ``xr-pdf.xsl``
(XR → XSL-FO, ``foengine=fop``) in SaxonC-HE (``saxonche``, XSLT 3.0, the stylesheets compiled
once), then Apache FOP (Debian's ``fop`` 2.8 jars, KoSIT's ``conf/fop.xconf``) in one long-lived
JVM: ``bench/java/FopDriver.java``, compiled here at bench time, builds its ``FopFactory`` once
and renders each FO file it is sent, timing the render itself (JVM start excluded).

Nothing of KoSIT is committed: the stylesheets are exported with ``git archive`` from a local
clone (``KOSIT_GIT_DIR``, else the tool mirror, else a ``git clone`` of GitHub) into a cache
folder (``INVOICE_DESK_BENCH_CACHE``, else ``~/.cache/invoice-desk-bench``).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from lxml import etree

KOSIT_REPO = "https://github.com/itplr-kosit/xrechnung-visualization"
KOSIT_COMMIT = "41b81de1e97df8dcc2c02b81c20c73ecbd09e3b1"
_MIRROR = Path("/work/.mirror/itplr-kosit+xrechnung-visualization/repo")
_FOP_JARS = [
    "fop",
    "fop-core",
    "fop-events",
    "fop-util",
    "xmlgraphics-commons",
    "batik-all",
    "commons-io",
    "commons-logging",
    "xml-apis-ext",
    "fontbox2",
    "xercesImpl",
    "xml-apis",
]
_JAVA_SOURCE = Path(__file__).resolve().parent / "java" / "FopDriver.java"
DESCRIPTION = (
    "KoSIT xrechnung-visualization @41b81de (step 1 + xr-pdf.xsl, SaxonC-HE 13.1.1 saxonche) "
    "+ Apache FOP 2.8 (Debian), warm JVM, measured in the same run"
)


class PeerUnavailable(RuntimeError):
    """The peer cannot run here (no saxonche, no Java or FOP, no KoSIT stylesheets)."""


class PeerFailed(RuntimeError):
    """The peer could not render one file (its message says which step)."""


def cache_dir() -> Path:
    """The bench's cache folder (KoSIT export, compiled driver)."""
    root = os.environ.get("INVOICE_DESK_BENCH_CACHE") or Path.home() / ".cache/invoice-desk-bench"
    return Path(root)


def kosit_dir() -> Path:
    """KoSIT's ``src/xsl`` and ``conf`` at the pinned commit, exported once into the cache."""
    target = cache_dir() / f"kosit-{KOSIT_COMMIT[:12]}"
    if (target / "src/xsl/xr-pdf.xsl").is_file():
        return target
    git_dir = Path(os.environ.get("KOSIT_GIT_DIR") or _MIRROR)
    if not git_dir.exists():
        git_dir = cache_dir() / "xrechnung-visualization.git"
        if not git_dir.exists():
            _run(["git", "clone", "--bare", "--filter=blob:none", KOSIT_REPO, str(git_dir)])
    tmp = Path(tempfile.mkdtemp(dir=cache_dir()))
    archive = _run(["git", "--git-dir", str(git_dir), "archive", KOSIT_COMMIT, "src/xsl", "conf"])
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
    tmp.rename(target)
    return target


def _run(command: list[str]) -> bytes:
    cache_dir().mkdir(parents=True, exist_ok=True)
    try:
        return subprocess.run(command, check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise PeerUnavailable(f"{command[0]}: {error}") from error


def _classpath() -> str:
    jars = [Path("/usr/share/java") / f"{name}.jar" for name in _FOP_JARS]
    missing = [str(jar) for jar in jars if not jar.exists()]
    if missing:
        raise PeerUnavailable(f"Apache FOP jars missing: {', '.join(missing)} (apt install fop)")
    return os.pathsep.join(str(jar) for jar in jars)


def _compiled_driver(classpath: str) -> Path:
    classes = cache_dir() / "fop-driver"
    if not (classes / "FopDriver.class").is_file() or (
        (classes / "FopDriver.class").stat().st_mtime < _JAVA_SOURCE.stat().st_mtime
    ):
        if shutil.which("javac") is None:
            raise PeerUnavailable("javac not found (a JDK is needed to build the FOP driver)")
        _run(["javac", "-cp", classpath, "-d", str(classes), str(_JAVA_SOURCE)])
    return classes


def _stylesheet_for(data: bytes) -> str:
    """KoSIT's step 1 for the document's root element (UBL invoice, UBL credit note, CII)."""
    for _, element in etree.iterparse(io.BytesIO(data), events=("start",)):
        local = etree.QName(element).localname
        if local == "CrossIndustryInvoice":
            return "cii-xr.xsl"
        return "ubl-creditnote-xr.xsl" if local == "CreditNote" else "ubl-invoice-xr.xsl"
    raise PeerFailed("no root element")


class KositPeer:
    """Step 1 + FO in saxonche, FO → PDF in a warm FOP JVM; use as a context manager."""

    def __init__(self) -> None:
        try:
            from saxonche import PySaxonProcessor
        except ImportError as error:
            raise PeerUnavailable("saxonche not installed (pip install '.[bench]')") from error
        if shutil.which("java") is None:
            raise PeerUnavailable("java not found")
        classpath = _classpath()
        classes = _compiled_driver(classpath)
        kosit = kosit_dir()
        self._saxon = PySaxonProcessor(license=False)
        xslt = self._saxon.new_xslt30_processor()
        xsl = kosit / "src/xsl"
        self._step1 = {
            name: xslt.compile_stylesheet(stylesheet_file=str(xsl / name))
            for name in ("ubl-invoice-xr.xsl", "ubl-creditnote-xr.xsl", "cii-xr.xsl")
        }
        self._to_fo = xslt.compile_stylesheet(stylesheet_file=str(xsl / "xr-pdf.xsl"))
        self._to_fo.set_parameter("foengine", self._saxon.make_string_value("fop"))
        self._work = Path(tempfile.mkdtemp(prefix="kosit-peer-"))
        self._jvm = subprocess.Popen(
            [
                "java",
                "-Djava.awt.headless=true",
                "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog",
                "-cp",
                os.pathsep.join([str(classes), classpath]),
                "FopDriver",
                str(kosit / "conf/fop.xconf"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def __enter__(self) -> KositPeer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the JVM and remove the work folder."""
        if self._jvm.stdin is not None:
            self._jvm.stdin.close()
        self._jvm.wait(timeout=30)
        shutil.rmtree(self._work, ignore_errors=True)

    def render(self, data: bytes, name: str, keep: Path | None = None) -> dict[str, float]:
        """Render one invoice: the ms of the XSLT steps and of FOP (``PeerFailed`` if not)."""
        source = self._work / f"{name}.xml"
        source.write_bytes(data)
        fo_file = self._work / f"{name}.fo"
        pdf_file = (keep / f"{name}.pdf") if keep is not None else self._work / f"{name}.pdf"
        step1 = self._step1[_stylesheet_for(data)]
        start = time.perf_counter()
        try:
            xr = step1.transform_to_string(source_file=str(source))
            node = self._saxon.parse_xml(xml_text=xr)
            self._to_fo.transform_to_file(xdm_node=node, output_file=str(fo_file))
        except Exception as error:  # saxonche raises PySaxonApiError
            raise PeerFailed(f"XSLT: {str(error)[:200]}") from error
        xslt_ms = (time.perf_counter() - start) * 1000
        assert self._jvm.stdin is not None
        assert self._jvm.stdout is not None
        self._jvm.stdin.write(f"{fo_file}\t{pdf_file}\n")
        self._jvm.stdin.flush()
        answer = self._jvm.stdout.readline().strip()
        if not answer.startswith("OK "):
            raise PeerFailed(f"FOP: {answer[4:204] or 'the JVM stopped'}")
        fop_ms = int(answer[3:]) / 1e6
        return {"xslt": xslt_ms, "fop": fop_ms, "total": xslt_ms + fop_ms}


def describe(error: Exception) -> dict[str, Any]:
    """A short note for the rows when the peer could not run."""
    return {"peer_not_run": str(error)}
