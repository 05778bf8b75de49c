"""The `inspector` subcommands, one module each; `cli.py` registers every module listed here."""

from inspector.commands import audit, backups, demo, evaluate, export, framework, gui, import_, merge, report

COMMANDS = (framework, gui, audit, backups, export, import_, merge, evaluate, demo, report)
