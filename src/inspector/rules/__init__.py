"""The rules engine: sufficiency balance, standard level, interviews, case data, overall rating.

Pure functions over an Inspection snapshot; `inspector.rules.evaluate` brings them together.
"""
