"""Embedded Chorus Pro-compatible platform sandbox (HTTPS on loopback)."""
