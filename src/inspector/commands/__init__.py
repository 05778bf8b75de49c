"""The `inspector` subcommands, one module each; `cli.py` registers every module listed here."""

from inspector.commands import audit, framework, gui

COMMANDS = (framework, gui, audit)
