"""Command line: ``invoice-desk`` opens the window; sub-commands do headless work.

Lazy on purpose: the parser (:mod:`desktop_app.cli_parser`) is standard library only, and the
chosen sub-command's module is imported after parsing, so ``invoice-desk sync --help`` loads
neither SQLAlchemy nor Qt, and no headless command ever loads Qt.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Sequence

from desktop_app.cli_parser import SUBCOMMANDS, build_parser

__all__ = ["SUBCOMMANDS", "main", "module_available"]
DESCRIPTION = "Invoice Desk: the window (default), or one headless sub-command."


def module_available(module_name: str) -> bool:
    """Whether ``module_name`` can be imported, without importing it nor its package."""
    parent_name, _, _ = module_name.rpartition(".")
    try:
        parent = importlib.util.find_spec(parent_name)  # imports the grand-parent only
    except ModuleNotFoundError:
        return False
    if parent is None or parent.submodule_search_locations is None:
        return False
    locations = list(parent.submodule_search_locations)
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is not None and find_spec(module_name, locations) is not None:
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``invoice-desk``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(module_available, description=DESCRIPTION)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "gui")
    args = parser.parse_args(args_list)
    if not getattr(args, "module", None):
        parser.print_help()
        print("\nThe window is not available in this build yet.", file=sys.stderr)
        return 2
    try:
        module = importlib.import_module(args.module)
    except ModuleNotFoundError as exc:
        if not exc.name or not exc.name.startswith("desktop_app"):
            raise
        print(f"invoice-desk {args.command}: not available in this build.", file=sys.stderr)
        return 2
    return int(module.run(args))


if __name__ == "__main__":
    sys.exit(main())
