"""The one kind of error the user sees as a single line (CLI: `error: …`, exit 2; GUI: a message box)."""


class UserError(Exception):
    """A refusal or bad input the user can act on: the message names what and why, in one line."""
