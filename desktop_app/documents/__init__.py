"""Documents: invoice syntaxes, safe parsing, reconstituted PDF."""
