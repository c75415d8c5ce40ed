"""Output unchanged: save the reconstituted PDFs of a checkout, compare two saves page by page.

``python -m bench.compare_pdfs save DIR`` renders every corpus file the reader accepts (all
syntaxes, Factur-X included, French and English) and generated 20- and 1,000-line invoices
into ``DIR``; ``python -m bench.compare_pdfs compare BEFORE AFTER`` rasterises both sides with
``pdftoppm -r 100`` (poppler-utils) and compares each page image byte for byte (as ``cmp``),
then prints how many PDFs and pages were compared; exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.documents import corpus_files, make_ubl
from desktop_app.documents import read_invoice, render_invoice_pdf


def save(folder: Path) -> int:
    """Render the corpus and the generated invoices into ``folder``; the count written."""
    folder.mkdir(parents=True, exist_ok=True)
    sources: list[tuple[str, bytes]] = []
    corpus = corpus_files()
    if corpus:
        root = corpus[0].parents[1]
        for path in sorted(root.glob("*/*")):
            if path.suffix.lower() in (".xml", ".pdf"):
                sources.append((f"{path.parent.name}-{path.stem}", path.read_bytes()))
    sources += [("generated-20-lines", make_ubl(20)), ("generated-1000-lines", make_ubl(1000))]
    count = 0
    for name, data in sources:
        try:
            invoice = read_invoice(data)
        except Exception:  # the reader refuses it: nothing rendered, on either side
            continue
        for language in ("fr", "en"):
            (folder / f"{name}.{language}.pdf").write_bytes(
                render_invoice_pdf(invoice, language=language)
            )
            count += 1
    return count


def _pages(pdf: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "100", str(pdf), str(out / pdf.stem)], check=True)
    return sorted(out.glob(f"{pdf.stem}*.ppm"))


def compare(before: Path, after: Path) -> int:
    """Compare the page images of the PDFs both folders hold; the number of differences."""
    differences, pdfs, pages = 0, 0, 0
    names = sorted(p.name for p in before.glob("*.pdf"))
    missing = sorted({p.name for p in after.glob("*.pdf")} ^ set(names))
    for name in missing:
        print(f"only on one side: {name}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            if not (after / name).exists():
                continue
            a, b = Path(tmp, "a"), Path(tmp, "b")
            for d in (a, b):
                d.mkdir(exist_ok=True)
                for old in d.glob("*.ppm"):
                    old.unlink()
            left, right = _pages(before / name, a), _pages(after / name, b)
            pdfs += 1
            if [p.name for p in left] != [p.name for p in right]:
                print(f"page count differs: {name} ({len(left)} / {len(right)})")
                differences += 1
                continue
            for x, y in zip(left, right, strict=True):
                pages += 1
                if not filecmp.cmp(x, y, shallow=False):
                    print(f"page differs: {name} {x.name}")
                    differences += 1
    print(f"{pdfs} PDFs, {pages} page images compared at 100 dpi: {differences} differ")
    return differences + len(missing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("save").add_argument("folder", type=Path)
    cmp_parser = sub.add_parser("compare")
    cmp_parser.add_argument("before", type=Path)
    cmp_parser.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "save":
        print(f"{save(args.folder)} PDFs written to {args.folder}")
    else:
        sys.exit(1 if compare(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
