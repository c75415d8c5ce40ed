"""Invoice Desk's business rules: statuses, transitions, actions, money. Pure Python, no I/O."""
