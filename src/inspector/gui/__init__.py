"""The Qt layer: shows and edits what the core holds; no rules here."""
