"""Spell-checking in en-GB for the texts that go to publication (evidence, rationales, reasons,
recommendations, the diversity note), Qt-free: which words to check (`words`), the dictionary and where it
is found (`dictionary`), the inspector's own words (`personal`) and the service that checks off the typing
path (`service`). The window's side is inspector.gui.spelling."""

from inspector.spelling.dictionary import Checker, HunspellChecker, find_dictionary, load_checker
from inspector.spelling.personal import PersonalWords
from inspector.spelling.service import SpellService
from inspector.spelling.words import Word, checkable, words

__all__ = ["Checker", "HunspellChecker", "PersonalWords", "SpellService", "Word", "checkable", "find_dictionary",
           "load_checker", "words"]
