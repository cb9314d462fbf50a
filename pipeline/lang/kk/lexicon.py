"""Kazakh rule tables (``data/*.tsv``), loaded once under the names the Kazakh modules use."""

from __future__ import annotations

import functools
from importlib import resources

from pipeline.rules import genders, mapping, words
from pipeline.spelling import Respeller

REPORTING_VERBS = words("kk", "reporting_verbs")
RESOLVING_TITLES = words("kk", "titles", resolves="yes")
PRONOUNS = genders("kk")
CASE_SUFFIXES = words("kk", "case_suffixes")
LETTER_FOLDS = dict(tuple(pair.split("=", 1)) for pair in words("kk", "letter_folds"))
"""Kazakh letter -> the Russian letter written in its place (қ -> к)."""
RUSSIAN_LETTERS = str.maketrans({**LETTER_FOLDS, **{k.upper(): v.upper() for k, v in LETTER_FOLDS.items()}})
"""``str.translate`` table writing Kazakh letters, either case, as Russian spells them (Ақорда -> Акорда)."""


def fold(word: str) -> str:
    """A word as Russian spells it, lower case (Тоқаев -> токаев): how Kazakh and Russian spellings are compared."""
    return word.translate(RUSSIAN_LETTERS).lower()


OFFICE_PHRASES = mapping("kk", "office_phrases", "office")
"""Phrases naming an office, not a person (глава государства -> president_kz): its holder speaks."""
GIVEN_NAME_GENDERS = genders("kk", "given_names")
"""Given names of Kazakhstan and its neighbours in lower-case Cyrillic (кайрат, алмазбек, валентина) -> gender."""
GIVEN_NAMES = frozenset(GIVEN_NAME_GENDERS)
NAME_WORDS = frozenset(words("kk", "name_words"))
"""Given names and surnames of Kazakh news (KazNERD's persons) in lower-case Russian spelling (ашимбаев, тугел):
what a transliterated name's reading is put right by, with the given names."""

CYRILLIC_SPELLING = Respeller(mapping("kk", "cyrillic_letters", "cyrillic"), vowels="aeiouy")
"""A Kazakh name's Latin spelling read back in Cyrillic (Serikkali Brekeshev -> Серикали Брекешев): to compare
a Chinese transliteration with a person known only in English (``data/cyrillic_letters.tsv``)."""


@functools.cache
def wider_given_names() -> frozenset[str]:
    """The given names of natasha's name dictionary (MIT, shipped with natasha: about 7,700 Russian, Kazakh and other
    names of Russian-language text, lower case): too many rare names to put every reading right by, but a word in a
    given name's place that ``given_names.tsv`` does not fit is likelier one of them than the bare reading."""
    listed = resources.files("natasha") / "data" / "dict" / "first.txt"
    return frozenset(line.strip() for line in listed.read_text(encoding="utf-8").splitlines() if line.strip())
