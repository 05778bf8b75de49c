"""The exchange file's envelope: the JSON encrypted in the age format (age-encryption.org/v1) with a
passphrase (age's scrypt recipient), so a lost stick or a mis-sent email gives nothing away, and HMIP's IT
can open the file with the standard `age -d` as well as with this tool.

Everything happens in memory: the plaintext is never written to disk. age authenticates every chunk, so a
changed or missing byte is refused, never read as a different inspection. Every refusal is one line
(`SealError`) that says what is wrong with the file, never what it holds.
"""

from __future__ import annotations

import base64
import binascii

import pyrage

from inspector.errors import UserError

SEALED_SUFFIX = ".json.age"  # `age -d f.json.age > f.json` then gives the plain file its usual name
AGE_HEADER = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"  # `age -a`: the same file as base64 text
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
PASSPHRASE_RECIPIENT = b"scrypt"


class SealError(UserError):
    """An encrypted exchange file that cannot be opened, or a passphrase that cannot be used."""


def is_sealed(data: bytes) -> bool:
    """Whether the bytes are an age file (binary or armoured), told by the header, not the file's name."""
    return data.startswith(AGE_HEADER) or data.lstrip().startswith(ARMOR_BEGIN)


def check_passphrase(passphrase: str) -> None:
    # age itself would encrypt with an empty passphrase; such a file protects nothing.
    if not passphrase:
        raise SealError("the passphrase is empty")


def seal(text: str, passphrase: str) -> bytes:
    """The exchange text encrypted with the passphrase (scrypt, age's own work factor)."""
    check_passphrase(passphrase)
    return bytes(pyrage.passphrase.encrypt(text.encode("utf-8"), passphrase))


def check_envelope(data: bytes) -> bytes:
    """The binary age file, refused before any passphrase is asked for when it cannot be opened with one
    (encrypted for an age key, or its header cut short)."""
    binary = _dearmored(data)
    header, found, _ = binary.partition(b"\n---")
    if not found:
        raise SealError("the encrypted file is cut short (its header is incomplete)")
    recipients = [line.split()[1] for line in header.split(b"\n") if line.startswith(b"-> ") and len(line.split()) > 1]
    if PASSPHRASE_RECIPIENT not in recipients:
        raise SealError("the file is encrypted for an age key, not with a passphrase: open it with "
                        "`age -d -i KEYFILE`")
    return binary


def unseal(data: bytes, passphrase: str) -> str:
    """The exchange text in an age file encrypted with the passphrase."""
    binary = check_envelope(data)
    check_passphrase(passphrase)
    try:
        plain = pyrage.passphrase.decrypt(binary, passphrase)
    except pyrage.DecryptError as exc:
        raise SealError(_decrypt_problem(str(exc))) from None
    try:
        return bytes(plain).decode("utf-8")
    except UnicodeDecodeError:
        raise SealError("decrypted, but not UTF-8 text, so not an exchange file") from None


def _dearmored(data: bytes) -> bytes:
    if data.startswith(AGE_HEADER):
        return data
    body = data.strip()
    if not body.endswith(ARMOR_END):
        raise SealError("the encrypted file is cut short (its armour has no end line)")
    try:
        return base64.b64decode(b"".join(body[len(ARMOR_BEGIN):-len(ARMOR_END)].split()), validate=True)
    except binascii.Error:
        raise SealError("the encrypted file is damaged (its armour is not base64)") from None


# pyrage raises one exception class for every failure; its wording tells them apart. The lines are ours,
# for an inspector: what went wrong and what to do about it.
_PROBLEMS = (
    ("Decryption failed", "the passphrase is wrong (or the file was changed)"),
    ("Excessive work parameter", "the file asks for an excessive passphrase work factor (it would take hours "
                                 "to open): it was not made by this tool or age"),
    ("Incomplete header", "the encrypted file is cut short (its header is incomplete)"),
    ("Header", "the encrypted file's header is damaged (it was changed after it was encrypted)"),
    ("Unknown age format", "the encrypted file's header is damaged (it was changed after it was encrypted)"),
    ("failed to fill whole buffer", "the encrypted file is cut short"),
    ("decryption error", "the encrypted file is damaged or cut short (its contents fail age's check)"),
)


def _decrypt_problem(message: str) -> str:
    for marker, problem in _PROBLEMS:
        if marker in message:
            return problem
    return "the encrypted file cannot be decrypted (damaged, or not made by this tool or age)"
