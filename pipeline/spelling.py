"""Respelling a name in another script by rules with context, read from a language's data tables.

A name carried across scripts is written letter by letter, but a letter's rendering often depends on what
stands around it: Russian ``е`` is ``ye`` at a word's start or after a vowel (Ерлан -> Yerlan, Токаев ->
Tokayev), ``й`` between vowels is ``y`` (Сагырбайулы -> Sagyrbayuly), Chinese ``夫``
is ``в`` at a surname's end (诺夫 -> нов). A rule key is letters, or letters in ``[brackets]`` with the
context they need: ``^`` a word's start, ``$`` its end, ``V`` a vowel, ``C`` a consonant, any other letter
itself. The longest rule that fits wins, and a rule with context beats the same letters without.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.names import NAME_JOINERS

_SEPARATORS = re.compile(f"([\\s.{re.escape(NAME_JOINERS)}]+)")
"""Spaces, name joiners and the period of an initial (Д. Тургамбаев): kept as written between the respelled words."""
_KEY = re.compile(r"^(?P<before>[^\[\]]*)\[(?P<letters>[^\[\]]+)\](?P<after>[^\[\]]*)$")


@dataclass(frozen=True, slots=True)
class SpellingRule:
    letters: str
    output: str
    before: str = ""
    """Context on the left, read right to left from the letters (``^``, ``V``, ``C`` or a letter)."""
    after: str = ""


def parse_rule(key: str, output: str) -> SpellingRule:
    """A rule from a table row: ``V[е]`` -> ``е`` after a vowel; a key without brackets has no context."""
    match = _KEY.match(key)
    if match is None:
        return SpellingRule(key, output)
    return SpellingRule(match["letters"], output, match["before"], match["after"])


class Respeller:
    """Writes a word in another script by the longest rule that fits at each position."""

    def __init__(self, rules: dict[str, str], vowels: str = "") -> None:
        self._vowels = frozenset(vowels)
        self._rules: dict[str, list[SpellingRule]] = {}
        for key, output in rules.items():
            rule = parse_rule(key, output)
            self._rules.setdefault(rule.letters[0], []).append(rule)
        for candidates in self._rules.values():  # longest letters first, then the most context
            candidates.sort(key=lambda rule: (len(rule.letters), len(rule.before) + len(rule.after)), reverse=True)

    def _fits(self, symbol: str, char: str | None) -> bool:
        if symbol == "^" or symbol == "$":
            return char is None
        if char is None:
            return False
        if symbol == "V":
            return char in self._vowels
        if symbol == "C":
            return char.isalpha() and char not in self._vowels
        return char == symbol

    def _matches(self, word: str, position: int, rule: SpellingRule) -> bool:
        end = position + len(rule.letters)
        if word[position:end] != rule.letters:
            return False
        for offset, symbol in enumerate(reversed(rule.before), start=1):
            index = position - offset
            if not self._fits(symbol, word[index] if index >= 0 else None):
                return False
        for offset, symbol in enumerate(rule.after):
            index = end + offset
            if not self._fits(symbol, word[index] if index < len(word) else None):
                return False
        return True

    def word(self, word: str) -> str | None:
        """The word respelled (lower case), or None when a letter has no rule."""
        out: list[str] = []
        position = 0
        while position < len(word):
            rule = next(
                (r for r in self._rules.get(word[position], ()) if self._matches(word, position, r)),
                None,
            )
            if rule is None:
                return None
            out.append(rule.output)
            position += len(rule.letters)
        return "".join(out)

    def name(self, name: str) -> str | None:
        """Each word of a name respelled and capitalised, separators kept (``Касым-Жомарт Токаев``); None if
        any word fails."""
        pieces = _SEPARATORS.split(name)
        out: list[str] = []
        for piece in pieces:
            if not piece or not any(ch.isalpha() for ch in piece):
                out.append(piece)
                continue
            respelled = self.word(piece.lower())
            if respelled is None:
                return None
            out.append(respelled[:1].upper() + respelled[1:])
        return "".join(out)
