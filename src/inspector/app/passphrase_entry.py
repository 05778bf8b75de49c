"""What the window's passphrase question says and allows while a new passphrase is typed twice (the
exchange file's export, docs/exchange-format.md). The rule itself is the command line's too
(`exchange.passphrase.confirmation_problem`); here only when to say it.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector.exchange.passphrase import confirmation_problem

TITLE = "Encrypt the exchange file"
OPEN_TITLE = "Open the encrypted file"
MATCH = "The passphrases match."


def asked(file_name: str) -> str:
    """What the question says when an encrypted file is read (typed once: a wrong one is refused on reading)."""
    return f"{file_name} is encrypted. Type the passphrase it was shared with:"


def advice(file_name: str) -> str:
    return (f"{file_name} will be encrypted. Whoever opens it, in YJS Inspector or with age -d, needs this "
            "passphrase: pass it on another way than the file itself (a phone call, not the same email).")


@dataclass(frozen=True)
class PassphraseEntry:
    """The two fields as typed."""

    first: str
    again: str

    @property
    def acceptable(self) -> bool:
        return confirmation_problem(self.first, self.again) is None

    @property
    def message(self) -> str:
        """Said under the fields: nothing while the second could still become the first, so typing it is
        not met with "differ" at every key."""
        if not self.again or (len(self.again) < len(self.first) and self.first.startswith(self.again)):
            return ""
        problem = confirmation_problem(self.first, self.again)
        return MATCH if problem is None else f"{problem[:1].upper()}{problem[1:]}."
