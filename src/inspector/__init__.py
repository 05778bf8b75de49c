"""Fieldwork tool for HMIP youth justice inspections. Core packages never import Qt; the Qt layer is
`inspector.gui`."""

__version__ = "0.1.0"
