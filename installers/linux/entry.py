"""Entry point of the frozen app: ``invoice-desk --smoke`` runs the smoke check, else the CLI."""

from __future__ import annotations

import sys


def main() -> int:
    """Dispatch ``--smoke`` to :mod:`desktop_app.ui.smoke`, everything else to the app's CLI."""
    args = sys.argv[1:]
    if "--smoke" in args:
        from desktop_app.ui.smoke import main as smoke_main

        return smoke_main(args)
    from desktop_app.__main__ import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
