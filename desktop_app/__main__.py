"""Command line: ``invoice-desk`` opens the window; sub-commands do headless work."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

# sub-command -> "module:function" taking the parsed arguments; each module registers its
# own options through an ``add_arguments(parser)`` function next to the entry point.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("desktop_app.ui.app", "Open the window (default)"),
    "sync": (
        "desktop_app.sync.cli",
        "Synchronise once with the platform, progress on the terminal",
    ),
    "migrate": ("desktop_app.models.cli", "Create or upgrade the local cache and exit"),
    "audit": ("desktop_app.models.audit_cli", "Verify or export the tamper-evident audit trail"),
    "team": ("desktop_app.sync.team_cli", "Set up or synchronise the optional team store"),
}


def _load(module_name: str) -> tuple[Callable[[argparse.ArgumentParser], None], Callable[..., int]]:
    module = importlib.import_module(module_name)
    return module.add_arguments, module.run


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with one sub-parser per available sub-command."""
    parser = argparse.ArgumentParser(prog="invoice-desk", description=__doc__)
    subparsers = parser.add_subparsers(dest="command")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        try:
            add_arguments, _ = _load(module_name)
        except ModuleNotFoundError as exc:
            if not exc.name or not exc.name.startswith("desktop_app"):
                raise
            continue
        sub = subparsers.add_parser(name, help=help_text)
        add_arguments(sub)
        sub.set_defaults(module=module_name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``invoice-desk``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "gui")
    args = parser.parse_args(args_list)
    if not getattr(args, "module", None):
        parser.print_help()
        print("\nThe window is not available in this build yet.", file=sys.stderr)
        return 2
    _, run = _load(args.module)
    return int(run(args))


if __name__ == "__main__":
    sys.exit(main())
