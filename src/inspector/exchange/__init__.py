"""The JSON exchange format (docs/exchange-format.md), import/export and team merge."""
