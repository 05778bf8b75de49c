"""Encrypted exchange files (age, passphrase) that cannot be opened, and passphrases that cannot be used:
each is one line (exit 2, no traceback, no case text), and nothing is written or left behind."""

from __future__ import annotations

import getpass
import re
import sys
from pathlib import Path

import pyrage
import pytest

from inspector.cli import main
from inspector.commands.passphrase import NO_TERMINAL
from inspector.demo import demo_file
from inspector.exchange.sealed import seal
from tests.hostile.helpers import Capture, Folder, refused

PASSPHRASE = "kestrel lane"
DEMO_TEXT = demo_file().read_text(encoding="utf-8")
# Case text of the demo that a refusal must never quote.
SECRETS = [DEMO_TEXT.split('"text": "')[i].split('"')[0] for i in (1, 2, 3)]
SEALED = seal(DEMO_TEXT, PASSPHRASE)  # once: scrypt takes a second or two, on purpose
PAYLOAD = SEALED.index(b"\n---") + 1 + SEALED[SEALED.index(b"\n---") + 1:].index(b"\n") + 1 + 16  # past the nonce


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _refused_import(data: bytes, tmp_path: Path, capsys: Capture, *options: str, name: str = "in.json.age") -> str:
    """Importing `data`: refused in one line, and the folder as it was (no inspection file, no plaintext)."""
    source = tmp_path / name
    source.write_bytes(data)
    before = Folder.of(tmp_path)
    message = refused(["import", str(source), str(tmp_path / "new.yjsi"), *options], capsys, secrets=SECRETS)
    assert before.added_in(tmp_path) == set() and before.changed_in(tmp_path) == set()
    return message


def _demo(tmp_path: Path, capsys: Capture) -> Path:
    inspection = tmp_path / "northmoor.yjsi"
    assert main(["demo", str(inspection)]) == 0
    capsys.readouterr()
    return inspection


def _nothing_added(before: Folder, folder: Path) -> bool:
    """Nothing new but the inspection file's own -wal and -shm, which SQLite keeps beside it when it is read."""
    return {name for name in before.added_in(folder) if not name.startswith("northmoor.yjsi")} == set()


def _flipped(data: bytes, at: int) -> bytes:
    changed = bytearray(data)
    changed[at] ^= 0x01
    return bytes(changed)


def test_a_wrong_passphrase(tmp_path: Path, capsys: Capture) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("kestrel lame\n", encoding="utf-8")
    message = _refused_import(SEALED, tmp_path, capsys, "--passphrase-file", str(wrong))
    assert message.endswith("in.json.age: the passphrase is wrong (or the file was changed)")


@pytest.mark.parametrize("command", ["evaluate", "report", "merge", "export"])
def test_a_wrong_passphrase_for_every_command_that_reads_one(
    command: str, tmp_path: Path, capsys: Capture
) -> None:
    source = tmp_path / "in.json.age"
    source.write_bytes(SEALED)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("kestrel lame\n", encoding="utf-8")
    lead = _demo(tmp_path, capsys)
    argv = {"evaluate": ["evaluate", str(source)],
            "report": ["report", str(source), "-o", str(tmp_path / "panel.docx")],
            "merge": ["merge", str(lead), str(source)],
            "export": ["export", str(source), "--plain", "-o", str(tmp_path / "out.json")]}[command]
    before = Folder.of(tmp_path)
    message = refused([*argv, "--passphrase-file", str(wrong)], capsys, secrets=SECRETS)
    assert "the passphrase is wrong" in message
    assert _nothing_added(before, tmp_path)
    assert {name for name in before.changed_in(tmp_path) if not name.startswith("northmoor.yjsi-")} == set()


def test_cut_short_in_the_payload(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    message = _refused_import(SEALED[: len(SEALED) // 2], tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "the encrypted file is damaged or cut short" in message


def test_cut_short_in_the_header(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    message = _refused_import(SEALED[:40], tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "the encrypted file is cut short (its header is incomplete)" in message


def test_cut_short_after_the_header(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    message = _refused_import(SEALED[:PAYLOAD - 8], tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "the encrypted file is cut short" in message


def test_a_byte_changed_in_the_header(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    mac = SEALED.index(b"\n--- ") + 10  # the header's MAC: the passphrase is right, the header is not
    message = _refused_import(_flipped(SEALED, mac), tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "the encrypted file's header is damaged" in message


def test_a_byte_changed_in_the_payload(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    message = _refused_import(_flipped(SEALED, PAYLOAD + 100), tmp_path, capsys,
                              "--passphrase-file", str(passphrase_file))
    assert "the encrypted file is damaged or cut short (its contents fail age's check)" in message


def test_a_byte_changed_in_the_last_chunk(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    message = _refused_import(_flipped(SEALED, len(SEALED) - 3), tmp_path, capsys,
                              "--passphrase-file", str(passphrase_file))
    assert "the encrypted file is damaged or cut short" in message


def test_an_empty_file_named_as_encrypted(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    message = _refused_import(b"", tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "does not start with age's header" in message


def test_plain_json_named_as_encrypted_is_refused(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    # Read as it is, it would say nothing wrong; sent on, it would travel unprotected under a safe name.
    message = _refused_import(DEMO_TEXT.encode(), tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "named as an encrypted exchange file but it does not start with age's header" in message


def test_an_age_file_for_a_key_not_a_passphrase(tmp_path: Path, capsys: Capture) -> None:
    key = pyrage.x25519.Identity.generate()
    for_a_key = bytes(pyrage.encrypt(DEMO_TEXT.encode(), [key.to_public()]))
    message = _refused_import(for_a_key, tmp_path, capsys)  # refused before any passphrase is asked for
    assert "encrypted for an age key, not with a passphrase" in message


def test_an_excessive_work_factor_is_refused_at_once(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    # A file made to keep the tool busy for days; the header's MAC is not even reached.
    slow = re.sub(rb"(-> scrypt \S+) \d+", rb"\1 40", SEALED, count=1)
    message = _refused_import(slow, tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "excessive passphrase work factor" in message


def test_armour_that_is_not_base64(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    broken = b"-----BEGIN AGE ENCRYPTED FILE-----\nnot*base64!\n-----END AGE ENCRYPTED FILE-----\n"
    message = _refused_import(broken, tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "its armour is not base64" in message


def test_armour_cut_short(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    armoured = bytes(pyrage.passphrase.encrypt(DEMO_TEXT.encode(), PASSPHRASE, armored=True))
    message = _refused_import(armoured[:200], tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "its armour has no end line" in message


def test_decrypted_but_not_text(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    not_text = bytes(pyrage.passphrase.encrypt(b"\xff\xfe binary", PASSPHRASE))
    message = _refused_import(not_text, tmp_path, capsys, "--passphrase-file", str(passphrase_file))
    assert "decrypted, but not UTF-8 text" in message


def test_the_passphrase_file_missing(tmp_path: Path, capsys: Capture) -> None:
    message = _refused_import(SEALED, tmp_path, capsys, "--passphrase-file", str(tmp_path / "nowhere.txt"))
    assert message.endswith("nowhere.txt: no such passphrase file")


def test_the_passphrase_file_empty(tmp_path: Path, capsys: Capture) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    message = _refused_import(SEALED, tmp_path, capsys, "--passphrase-file", str(empty))
    assert "the passphrase file is empty" in message


def test_the_passphrase_file_unreadable(tmp_path: Path, capsys: Capture) -> None:
    # A folder: unreadable as a file even to root, who reads any file whatever its mode.
    folder = tmp_path / "a-folder"
    folder.mkdir()
    message = _refused_import(SEALED, tmp_path, capsys, "--passphrase-file", str(folder))
    assert "the passphrase file cannot be read" in message


def test_the_passphrase_file_not_a_passphrase(tmp_path: Path, capsys: Capture) -> None:
    huge = tmp_path / "huge.bin"
    huge.write_bytes(b"\xff" * 5000)
    assert "longer than 1024 bytes" in _refused_import(SEALED, tmp_path, capsys, "--passphrase-file", str(huge))
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9\n")
    assert "not UTF-8 text" in _refused_import(SEALED, tmp_path, capsys, "--passphrase-file", str(latin))


def test_no_terminal_and_no_passphrase_file(tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)  # as under CI, a pipe or cron
    assert _refused_import(SEALED, tmp_path, capsys) == NO_TERMINAL
    inspection = _demo(tmp_path, capsys)
    before = Folder.of(tmp_path)
    assert refused(["export", str(inspection), "-o", str(tmp_path / "out.json.age")], capsys) == NO_TERMINAL
    assert _nothing_added(before, tmp_path)


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What is typed at each passphrase prompt of a terminal, in turn (the test fills it)."""
    answers: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="", stream=None: answers.pop(0))
    return answers


def test_an_empty_passphrase_typed(tmp_path: Path, capsys: Capture, typed: list[str]) -> None:
    typed.append("")
    assert _refused_import(SEALED, tmp_path, capsys) == "the passphrase is empty"


def test_an_empty_or_mistyped_passphrase_to_encrypt(tmp_path: Path, capsys: Capture, typed: list[str]) -> None:
    inspection = _demo(tmp_path, capsys)
    before = Folder.of(tmp_path)
    out = str(tmp_path / "out.json.age")
    typed.extend(["", ""])
    assert refused(["export", str(inspection), "-o", out], capsys) == "the passphrase is empty"
    typed.extend(["kestrel lane", "kestrel lame"])
    assert refused(["export", str(inspection), "-o", out], capsys) == "the two passphrases differ"
    assert _nothing_added(before, tmp_path)


def test_a_cancelled_prompt(tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    def interrupted(prompt: str = "", stream: object = None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", interrupted)
    assert _refused_import(SEALED, tmp_path, capsys) == "no passphrase was given"


def test_export_names_say_what_the_file_is(tmp_path: Path, passphrase_file: Path, capsys: Capture) -> None:
    """An encrypted export must end in .json.age and a plain one (--plain) in .json: neither is taken for
    the other, and a plain file is never sent on under a name that promises encryption."""
    inspection = _demo(tmp_path, capsys)
    before = Folder.of(tmp_path)
    plain_name, sealed_name = str(tmp_path / "out.json"), str(tmp_path / "out.json.age")
    with_file = ["--passphrase-file", str(passphrase_file)]
    assert refused(["export", str(inspection), "-o", plain_name, *with_file], capsys).endswith(
        "out.json: an encrypted exchange file's name must end in .json.age")
    assert refused(["export", str(inspection), "--plain", "-o", sealed_name], capsys).endswith(
        "out.json.age: a plain exchange file's name must end in .json")
    assert _nothing_added(before, tmp_path)


def test_an_encrypted_file_is_not_printed_to_a_terminal(
    tmp_path: Path, passphrase_file: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    message = refused(["export", str(demo_file()), "--passphrase-file", str(passphrase_file)], capsys)
    assert message == "an encrypted exchange file is not text to print: give -o OUT.json.age"
