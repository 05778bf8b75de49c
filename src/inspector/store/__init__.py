"""The inspection file: one SQLite file per inspection, every edit committed at once, audited."""
