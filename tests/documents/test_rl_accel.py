"""reportlab runs on its C accelerator (the ``rl-accel`` dependency), not its Python fallbacks.

Without it the reconstituted PDF spends its time in ``_py_fp_str``, ``_py_asciiBase85Encode``
and ``_py_instanceStringWidthTTF`` (issue 17's profile); with it the same functions are the
C extension ``_rl_accel``'s, and rendering a corpus invoice calls them.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any
from unittest import mock

from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfutils, ttfonts
from reportlab.pdfgen import canvas
from reportlab.platypus import paragraph

from desktop_app.documents import read_invoice, render_invoice_pdf

ACCELERATED = ("fp_str", "instanceStringWidthTTF", "asciiBase85Encode", "escapePDF", "sameFrag")


def test_the_accelerator_package_is_installed() -> None:
    assert importlib.metadata.version("rl-accel")


def test_reportlab_takes_the_c_functions_not_the_python_fallbacks() -> None:
    for name in ACCELERATED:
        function = getattr(rl_accel, name)
        assert type(function).__name__ == "builtin_function_or_method", name
        assert function.__module__ == "_rl_accel", name
        assert name not in rl_accel._py_funcs, f"{name} fell back to Python"
    # the modules that lay out and write the page took the same functions at import
    assert canvas.fp_str is rl_accel.fp_str
    assert ttfonts.instanceStringWidthTTF is rl_accel.instanceStringWidthTTF
    assert pdfutils.asciiBase85Encode is rl_accel.asciiBase85Encode
    assert paragraph.sameFrag is rl_accel.sameFrag


def test_rendering_a_corpus_invoice_goes_through_the_accelerator(corpus_dir: Path) -> None:
    invoice = read_invoice((corpus_dir / "cii/cen-CII_example1.xml").read_bytes())
    calls: list[tuple[Any, ...]] = []
    real = rl_accel.fp_str

    def counting(*args: Any) -> str:
        calls.append(args)
        return str(real(*args))

    # every coordinate the canvas writes goes through its fp_str: the C one, counted here
    with mock.patch.object(canvas, "fp_str", counting):
        pdf = render_invoice_pdf(invoice)
    assert pdf.startswith(b"%PDF")
    assert len(calls) > 10
    assert real(1.0, 0.5, 1e-9) == "1 .5 0"  # the accelerator's formatting of PDF numbers
