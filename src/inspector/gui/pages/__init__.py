"""The inspection window's pages, one per kind of navigator node (more arrive with later slices:
standard, interviews, domain two and three, overall, audit)."""
