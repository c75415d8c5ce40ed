"""One dialog per clerk workflow."""
