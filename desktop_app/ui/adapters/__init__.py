"""Adapters: the one place each where the UI calls the sync and documents layers."""
