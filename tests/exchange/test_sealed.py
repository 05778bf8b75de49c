"""The encrypted exchange file (age, passphrase): written by `inspector export` by default and read by every
command that reads an exchange file; the passphrase from a file or typed at the terminal (twice when
encrypting); and both ways with Debian's `age`, driven through a pseudo-terminal as it reads a passphrase
from the terminal only. The refusals are in tests/hostile/test_encrypted_exchange.py."""

from __future__ import annotations

import getpass
import os
import pty
import select
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pyrage
import pytest

from inspector.cli import main
from inspector.demo import demo_file, load_demo
from inspector.exchange.codec import write_exchange
from inspector.exchange.sealed import AGE_HEADER, ARMOR_BEGIN, is_sealed, seal, unseal
from inspector.store import InspectionFile
from tests.exchange.strategies import CONTENT

Capture = pytest.CaptureFixture[str]
PASSPHRASE = "kestrel lane à la carte"  # not ASCII: age and the tool must agree on UTF-8
AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="Debian's age is not installed (apt-get install age; "
                                                   "scripts/setup installs it when run as root)")
# Case text that must never be readable in an encrypted file.
# What exporting the demo writes (the committed demo file may still be its version 2 spelling).
EXPORTED = write_exchange(load_demo(CONTENT))
SECRET = demo_file().read_text(encoding="utf-8").split('"text": "')[1].split('"')[0]


@pytest.fixture
def inspection_file(tmp_path: Path, capsys: Capture) -> Path:
    path = tmp_path / "northmoor.yjsi"
    assert main(["demo", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _snapshot(path: Path) -> object:
    with InspectionFile.open(path, CONTENT.framework, "test", read_only=True,
                             rating_scheme=CONTENT.rating_scheme) as opened:
        return opened.snapshot()


def test_seal_and_unseal_in_memory() -> None:
    text = demo_file().read_text(encoding="utf-8")
    sealed = seal(text, PASSPHRASE)
    assert sealed.startswith(AGE_HEADER) and b"-> scrypt " in sealed and SECRET.encode() not in sealed
    assert is_sealed(sealed) and not is_sealed(text.encode())
    assert unseal(sealed, PASSPHRASE) == text
    armoured = bytes(pyrage.passphrase.encrypt(text.encode(), PASSPHRASE, armored=True))  # `age -a`
    assert armoured.startswith(ARMOR_BEGIN) and is_sealed(armoured)
    assert unseal(armoured, PASSPHRASE) == text


def test_export_encrypts_by_default_and_every_command_reads_it(
    inspection_file: Path, passphrase_file: Path, tmp_path: Path, capsys: Capture
) -> None:
    out = tmp_path / "northmoor.json.age"
    with_passphrase = ["--passphrase-file", str(passphrase_file)]
    assert main(["export", str(inspection_file), "-o", str(out), *with_passphrase]) == 0
    data = out.read_bytes()
    assert data.startswith(AGE_HEADER) and SECRET.encode() not in data
    assert unseal(data, PASSPHRASE) == EXPORTED
    written = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("northmoor.yjsi"))
    assert written == ["northmoor.json.age", "passphrase.txt"]  # no plaintext, no partial file left

    imported = tmp_path / "imported.yjsi"
    assert main(["import", str(out), str(imported), *with_passphrase]) == 0
    assert _snapshot(imported) == _snapshot(inspection_file)
    assert main(["evaluate", str(out), "--json", *with_passphrase]) == 0
    assert '"overall"' in capsys.readouterr().out
    report = tmp_path / "panel.docx"
    assert main(["report", str(out), "-o", str(report), *with_passphrase]) == 0 and report.exists()
    assert main(["merge", str(inspection_file), str(out), *with_passphrase]) == 0
    assert "0 in conflict" in capsys.readouterr().out
    # An exchange file can be exported again: decrypted to plain JSON, the same bytes as the demo.
    plain = tmp_path / "northmoor.json"
    assert main(["export", str(out), "--plain", "-o", str(plain), *with_passphrase]) == 0
    assert plain.read_bytes() == EXPORTED.encode("utf-8")


def test_an_encrypted_file_is_told_by_its_header_not_its_name(
    inspection_file: Path, passphrase_file: Path, tmp_path: Path, capsys: Capture
) -> None:
    renamed = tmp_path / "renamed.json"
    renamed.write_bytes(seal(demo_file().read_text(encoding="utf-8"), PASSPHRASE))
    assert main(["evaluate", str(renamed), "--passphrase-file", str(passphrase_file)]) == 0
    # A plain file asks for no passphrase, even where no terminal could give one.
    assert main(["evaluate", str(demo_file())]) == 0


def test_export_prints_the_encrypted_file_when_it_is_not_a_terminal(
    passphrase_file: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", str(demo_file()), "--passphrase-file", str(passphrase_file)]) == 0
    printed = capsysbinary.readouterr().out
    assert unseal(printed, PASSPHRASE) == EXPORTED


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A terminal the passphrase is typed at: the prompts shown are recorded, PASSPHRASE typed at each."""
    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)

    def typed(prompt: str = "Password: ", stream: object = None) -> str:
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr(getpass, "getpass", typed)
    return prompts


def test_the_passphrase_is_asked_twice_to_encrypt_and_once_to_read(
    inspection_file: Path, tmp_path: Path, terminal: list[str]
) -> None:
    out = tmp_path / "northmoor.json.age"
    assert main(["export", str(inspection_file), "-o", str(out)]) == 0
    assert terminal == ["Passphrase to encrypt northmoor.json.age: ", "The same passphrase again: "]
    terminal.clear()
    assert main(["import", str(out), str(tmp_path / "imported.yjsi")]) == 0
    assert terminal == ["Passphrase for northmoor.json.age: "]


# --- Debian's age, through a pseudo-terminal -------------------------------------------------------------


def _on_a_terminal(argv: Sequence[str], answers: Sequence[str], timeout: float = 60) -> tuple[int, str]:
    """Run `argv` with a pseudo-terminal as its controlling terminal, typing each answer when a prompt
    ends (": "); its exit status and what it showed on the terminal."""
    pid, master = pty.fork()
    if pid == 0:  # the child: the terminal is set up; become the program
        try:
            os.execvp(argv[0], list(argv))
        finally:
            os._exit(127)
    shown, waiting = b"", list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1024)
            except OSError:  # EIO: the program has ended and closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            if waiting and shown.rstrip(b" ").endswith(b":"):
                os.write(master, waiting.pop(0).encode("utf-8") + b"\n")
                shown += b"\n"
    finally:
        os.close(master)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


@needs_age
def test_a_file_the_tool_writes_opens_with_age(
    inspection_file: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "northmoor.json.age"
    assert main(["export", str(inspection_file), "-o", str(out), "--passphrase-file", str(passphrase_file)]) == 0
    opened = tmp_path / "northmoor.json"
    code, shown = _on_a_terminal([str(AGE), "-d", "-o", str(opened), str(out)], [PASSPHRASE])
    assert code == 0, shown
    assert "passphrase" in shown.lower()
    assert opened.read_bytes() == EXPORTED.encode("utf-8")


@needs_age
def test_a_file_age_encrypts_with_a_passphrase_opens_in_the_tool(
    passphrase_file: Path, tmp_path: Path, capsys: Capture
) -> None:
    made = tmp_path / "from-age.json.age"
    code, shown = _on_a_terminal([str(AGE), "-p", "-o", str(made), str(demo_file())], [PASSPHRASE, PASSPHRASE])
    assert code == 0, shown
    assert made.read_bytes().startswith(AGE_HEADER)
    imported = tmp_path / "imported.yjsi"
    assert main(["import", str(made), str(imported), "--passphrase-file", str(passphrase_file)]) == 0
    with InspectionFile.open(imported, CONTENT.framework, "test", read_only=True,
                             rating_scheme=CONTENT.rating_scheme) as opened:
        assert opened.snapshot().details.yjs == "Northmoor Youth Justice Service"


def test_the_tool_asks_at_a_real_terminal(tmp_path: Path) -> None:
    """getpass on a pseudo-terminal, as an inspector types: nothing echoed, asked once to read."""
    sealed = tmp_path / "northmoor.json.age"
    sealed.write_bytes(seal(demo_file().read_text(encoding="utf-8"), PASSPHRASE))
    imported = tmp_path / "imported.yjsi"
    inspector = str(Path(sys.executable).with_name("inspector"))
    code, shown = _on_a_terminal([inspector, "import", str(sealed), str(imported)], [PASSPHRASE])
    assert code == 0, shown
    assert "Passphrase for northmoor.json.age:" in shown and PASSPHRASE not in shown  # not echoed
    assert imported.exists()
