"""Reading an inspection from a file of either kind, and writing the files the commands produce."""

from __future__ import annotations

from pathlib import Path

from inspector import atomic
from inspector.content import Content
from inspector.errors import UserError
from inspector.exchange.codec import read_exchange
from inspector.exchange.errors import ExchangeError
from inspector.exchange.passphrase import Passphrase
from inspector.exchange.sealed import SEALED_SUFFIX, SealError, check_envelope, is_sealed, seal, unseal
from inspector.inspection.model import Inspection
from inspector.store import FILE_SUFFIX, InspectionFile, create_holding

EXCHANGE_SUFFIX = ".json"  # a plain exchange file; an encrypted one ends in SEALED_SUFFIX (".json.age")
AGE_SUFFIX = ".age"


def read_inspection(path: Path, content: Content, user: str, passphrase: Passphrase | None = None) -> Inspection:
    """The inspection in an inspection file (opened read-only, so it may be open elsewhere) or an
    exchange file, told apart by the file name's ending."""
    if path.suffix == FILE_SUFFIX:
        with InspectionFile.open(path, content.framework, user, read_only=True,
                                 rating_scheme=content.rating_scheme) as opened:
            return opened.snapshot()
    if path.suffix in (EXCHANGE_SUFFIX, AGE_SUFFIX):
        return read_exchange_file(path, content, passphrase)
    raise UserError(f"{path}: give an inspection file ({FILE_SUFFIX}) or an exchange file "
                    f"({SEALED_SUFFIX} or {EXCHANGE_SUFFIX})")


def read_exchange_file(path: Path, content: Content, passphrase: Passphrase | None = None) -> Inspection:
    """An exchange file, encrypted or plain JSON: told by its first bytes (age's header), so a renamed
    file is still read as what it is. `passphrase` is asked only for an encrypted one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        text = _exchange_text(path, data, passphrase)
        return read_exchange(text, content.framework, content.rating_scheme, content.forms)
    except (ExchangeError, SealError) as exc:
        raise UserError(f"{path}: {exc}") from None


def _exchange_text(path: Path, data: bytes, passphrase: Passphrase | None) -> str:
    """The JSON text, decrypted in memory: the plaintext of an encrypted file never touches the disk."""
    if is_sealed(data):
        check_envelope(data)  # an age file for a key is refused before a passphrase is asked for
        if passphrase is None:
            raise SealError("the exchange file is encrypted, and no passphrase can be asked for here")
        return unseal(data, passphrase(path))
    if path.suffix == AGE_SUFFIX:
        raise SealError("named as an encrypted exchange file but it does not start with age's header: "
                        "damaged, or not an age file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise SealError("not UTF-8 text, so not an exchange file") from None


def check_exchange_name(path: Path, *, encrypted: bool) -> None:
    """An encrypted file ends in .json.age and a plain one in .json, so that neither is taken for the
    other: a plain file named as encrypted would be sent as if it were protected."""
    if encrypted and not path.name.lower().endswith(SEALED_SUFFIX):
        raise UserError(f"{path}: an encrypted exchange file's name must end in {SEALED_SUFFIX}")
    if not encrypted and path.suffix.lower() != EXCHANGE_SUFFIX:
        raise UserError(f"{path}: a plain exchange file's name must end in {EXCHANGE_SUFFIX}")


def write_exchange_file(path: Path, text: str, passphrase: str | None) -> None:
    """The exchange file, all or nothing: encrypted with the passphrase, or plain JSON when there is none
    (an explicit `--plain`). Encrypted in memory, so the plaintext never reaches the disk."""
    check_exchange_name(path, encrypted=passphrase is not None)
    atomic.write_atomically(path, seal(text, passphrase) if passphrase is not None else text.encode("utf-8"))


def create_inspection_file(path: Path, inspection: Inspection, content: Content, user: str, reason: str) -> None:
    """A new inspection file holding the whole inspection (the store's `create_holding`: checked
    whole first, so a refusal leaves nothing behind; never overwriting an existing file)."""
    if path.suffix != FILE_SUFFIX:
        raise UserError(f"{path}: an inspection file's name must end in {FILE_SUFFIX}")
    create_holding(path, content.framework, inspection, user, reason, rating_scheme=content.rating_scheme)


def write_atomically(path: Path, text: str) -> None:
    """A reader (or a crash) sees the old file or the whole new one, never half of it. UTF-8 with the
    text's own line ends on every system, so the bytes are the same everywhere."""
    atomic.write_atomically(path, text.encode("utf-8"))
