"""Spell-checking's Qt-free part (inspector.spelling): the words checked, the en-GB dictionary and where it
is found, the personal word list and the service's worker. The window's side: tests/gui/test_spelling.py."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.app.places import personal_words_file
from inspector.spelling import PersonalWords, SpellService, find_dictionary, load_checker, words
from inspector.spelling import dictionary as dictionary_module
from inspector.spelling.service import OFF, READY
from inspector.spelling.words import ParagraphWords

needs_dictionary = pytest.mark.skipif(find_dictionary() is None,
                                      reason="no en-GB dictionary (apt-get install hunspell-en-gb)")


@contextmanager
def logged(level: int = logging.INFO) -> Iterator[list[logging.LogRecord]]:
    """The records the spelling modules log meanwhile (the tests run without pytest's logging plugin)."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(level)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("inspector.spelling")
    kept = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(kept)


def checked(text: str) -> list[str]:
    return [word for _start, _end, word in words(text)]


# --- the words checked ---------------------------------------------------------------------------


def test_the_words_of_prose_are_checked_with_where_they_are() -> None:
    text = "The plan was recieved."
    assert words(text) == [(0, 3, "The"), (4, 8, "plan"), (9, 12, "was"), (13, 21, "recieved")]


def test_numbers_ids_acronyms_and_words_with_digits_are_not_checked() -> None:
    assert checked("In 2024 the YJS, YJB, HMIP and MoJ met on 12/5/24 about 1.2.1a, 3rd and Y2K; YJSs too.") == [
        "In", "the", "and", "met", "on", "about", "and", "too"]


def test_urls_and_email_addresses_are_not_checked() -> None:
    text = ("See https://www.justice.gov.uk/recieved, www.exmaple.org and write to jo.bloggs@northmoor.gov.uk "
            "or justice.gov.uk, e.g. today")
    assert checked(text) == ["See", "and", "write", "to", "or", "today"]


def test_apostrophes_and_hyphens_are_part_of_a_word_and_quotes_are_not() -> None:
    assert checked("the child's and the child’s well-being, 'quoted' and the parents' view") == [
        "the", "child's", "and", "the", "child’s", "well-being", "quoted", "and", "the", "parents", "view"]


def test_single_letters_are_not_checked() -> None:
    assert checked("a) b) I x") == []


# --- the dictionary --------------------------------------------------------------------------------


@needs_dictionary
def test_the_en_gb_dictionary_knows_british_spellings_and_not_american_ones() -> None:
    checker = load_checker()
    assert checker is not None
    for word in ("organisation", "behaviour", "colour", "offences", "child's", "child’s", "well-being",
                 "child-centred", "safeguarding", "The"):
        assert checker.correct(word), word
    for word in ("recieved", "organisaton", "color", "behavior", "center", "offenses"):
        assert not checker.correct(word), word
    assert "received" in checker.suggestions("recieved")
    assert checker.suggestions("behavior") == ["behaviour"]


def test_the_dictionary_is_looked_for_in_the_override_then_the_bundle_then_the_system(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    override, bundle = tmp_path / "mine", tmp_path / "bundle"
    monkeypatch.setenv(dictionary_module.DICTIONARY_ENV, str(override))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    folders = dictionary_module.dictionary_folders()
    assert folders[:3] == [override, bundle / "dictionary", Path("/usr/share/hunspell")]

    monkeypatch.setattr(dictionary_module, "SYSTEM_FOLDERS", ())
    assert find_dictionary() is None
    for folder in (bundle / "dictionary", override):
        folder.mkdir(parents=True)
        (folder / "en_GB.aff").write_text("SET UTF-8\n", encoding="utf-8")
        (folder / "en_GB.dic").write_text("1\nplan\n", encoding="utf-8")
        assert find_dictionary() == folder / "en_GB"  # the override wins over the bundle


def test_no_dictionary_is_one_line_in_the_log_and_no_checker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(dictionary_module.DICTIONARY_ENV, str(tmp_path))
    monkeypatch.setattr(dictionary_module, "SYSTEM_FOLDERS", ())
    with logged() as records:
        assert load_checker() is None
    assert [r.getMessage() for r in records] == [
        "spell-checking off: no en-GB dictionary found (looked in 1 folders)"]


def test_a_damaged_dictionary_is_no_checker_and_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "en_GB.aff").write_bytes(b"FLAG long\nSFX \xff\xfe broken\n")
    (tmp_path / "en_GB.dic").write_bytes(b"not a count\n")
    monkeypatch.setenv(dictionary_module.DICTIONARY_ENV, str(tmp_path))
    with logged(logging.WARNING) as records:
        checker = load_checker()
    assert checker is None
    assert [r.getMessage() for r in records] == ["spell-checking off: the dictionary could not be read (ValueError)"]


# --- the personal word list ------------------------------------------------------------------------


def test_added_words_are_kept_one_a_line_in_an_owner_only_file(tmp_path: Path) -> None:
    path = personal_words_file(tmp_path / "data")
    assert path.name == "Personal words.txt"
    personal = PersonalWords(path)
    assert not path.exists() and len(personal) == 0
    personal.add("Wexcombe")
    personal.add("Bridgeway’s")  # kept with a plain apostrophe
    personal.add("Wexcombe")  # once
    assert path.read_bytes() == b"Wexcombe\nBridgeway's\n"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

    again = PersonalWords(path)
    assert "Wexcombe" in again and "Bridgeway's" in again and "Bridgeway’s" in again
    assert "wexcombe" not in again  # a name keeps its capital
    again.add("triaging")
    assert "Triaging" in again  # a word that starts a sentence


def test_a_list_edited_by_hand_is_read_as_words_and_added_to_on_a_line_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "Personal words.txt"
    path.write_text("  Wexcombe \n\nBridgeway", encoding="utf-8")  # no newline at the end
    personal = PersonalWords(path)
    assert "Wexcombe" in personal and "Bridgeway" in personal and len(personal) == 2
    personal.add("Thornlea")
    assert path.read_text(encoding="utf-8") == "  Wexcombe \n\nBridgeway\nThornlea\n"


# --- the service -------------------------------------------------------------------------------------


class Stub:
    """A checker that knows a few words, and notes the thread that asked each question."""

    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.threads: list[threading.Thread] = []

    def correct(self, word: str) -> bool:
        self.threads.append(threading.current_thread())
        return word in self.known

    def suggestions(self, word: str) -> list[str]:
        self.threads.append(threading.current_thread())
        return sorted(self.known)[:2]


def test_words_are_checked_on_the_worker_and_the_misspelt_ones_told(tmp_path: Path) -> None:
    stub = Stub({"the", "plan", "was", "received"})
    service = SpellService(PersonalWords(tmp_path / "words.txt"), load=lambda: stub)
    told: list[frozenset[str]] = []
    done = threading.Event()
    service.listen(lambda words: (told.append(words), done.set()), lambda word, found: None)
    assert service.known("plan") is None
    service.request(["the", "plan", "was", "recieved", "the"])
    service.start()
    assert done.wait(5)
    service.close()
    assert told == [frozenset({"recieved"})]
    assert service.state == READY
    assert (service.known("plan"), service.known("recieved"), service.known("other")) == (True, False, None)
    assert stub.threads and threading.main_thread() not in stub.threads


def test_suggestions_are_worked_out_on_the_worker_once(tmp_path: Path) -> None:
    stub = Stub({"received", "relieved"})
    service = SpellService(PersonalWords(None), load=lambda: stub)
    found: list[tuple[str, list[str]]] = []
    done = threading.Event()
    service.listen(lambda words: None, lambda word, suggestions: (found.append((word, suggestions)), done.set()))
    service.start()
    assert service.suggestions("recieved") is None  # asked for
    assert done.wait(5)
    assert found == [("recieved", ["received", "relieved"])]
    assert service.suggestions("recieved") == ["received", "relieved"]
    service.close()
    assert threading.main_thread() not in stub.threads


def test_adding_a_word_accepts_it_and_the_hyphenated_words_it_is_part_of(tmp_path: Path) -> None:
    stub = Stub({"based"})
    service = SpellService(PersonalWords(tmp_path / "words.txt"), load=lambda: stub)
    checked_words = threading.Event()
    changed: list[frozenset[str]] = []
    service.listen(lambda words: checked_words.set(), lambda word, found: None, changed=changed.append)
    service.start()
    service.request(["Wexcombe", "Wexcombe-based"])
    assert checked_words.wait(5)
    assert service.known("Wexcombe-based") is False
    service.add("Wexcombe")
    assert changed == [frozenset({"Wexcombe", "Wexcombe-based"})]
    assert service.known("Wexcombe") is True
    assert service.known("Wexcombe-based") is None  # to be checked again, now with the new word
    checked_words.clear()
    service.request(["Wexcombe-based"])
    for _ in range(100):
        if service.known("Wexcombe-based") is not None:
            break
        threading.Event().wait(0.02)
    assert service.known("Wexcombe-based") is True
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "Wexcombe\n"
    service.close()


def test_ignoring_a_word_lasts_for_the_session_only(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    service = SpellService(PersonalWords(path), load=lambda: Stub(set()))
    service.ignore("Wexcombe")
    assert service.known("Wexcombe") is True
    assert not path.exists()
    assert SpellService(PersonalWords(path), load=lambda: Stub(set())).known("Wexcombe") is None


def test_without_a_checker_the_service_is_off_and_asks_nothing(tmp_path: Path) -> None:
    service = SpellService(PersonalWords(None), load=lambda: None)
    service.start()
    service.close(timeout=5)
    assert service.state == OFF and not service.available
    service.request(["recieved"])
    assert service.known("recieved") is None and service.suggestions("recieved") is None


# --- the words of a paragraph as it is edited --------------------------------------------------------

_PIECES = st.sampled_from(["the", "child's", "well-being", " ", "  ", "\t", ".", ",", "-", "'", "’", "recieved",
                           "YJS", "1.2.1a", "https://", "www.", "gov", "uk", "@", "/", ":", "a", "Wexcombe",
                           "e.g.", "x", "\u2029"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 6),
                                                          st.lists(_PIECES, max_size=3)), max_size=12))
def test_a_paragraphs_words_after_each_edit_are_those_of_its_whole_text(
        start: list[str], edits: list[tuple[int, int, list[str]]]) -> None:
    text = "".join(start)
    paragraph = ParagraphWords()
    assert paragraph.update(text) == words(text)
    for at, removed, inserted in edits:
        at = min(at, len(text))
        text = text[:at] + "".join(inserted) + text[at + removed:]
        assert paragraph.update(text) == words(text), text
