"""User interface (PySide6 only)."""
