"""Gazetteer names in Kazakh text: the Russian (and any Kazakh) spellings, with Kazakh endings attached.

Kazakh adds case endings to a name without changing it (Тоқаевтың, Астанада) and writes Kazakh letters
where Russian has others (Тоқаев for Токаев). Words are compared folded (Kazakh letters to their Russian
counterparts, lower case), and a word matches a name's word when it equals it or continues it with
one of the endings of ``data/case_suffixes.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.document import Mention, Token
from pipeline.gazetteer import GazetteerEntity
from pipeline.lang.kk.lexicon import CASE_SUFFIXES, fold
from pipeline.recognisers import BlockContext

_WORD = re.compile(r"\w+(?:-\w+)*")
_MAX_WORDS = 8


_SUFFIXES = frozenset(fold(suffix) for suffix in CASE_SUFFIXES)


Entry = tuple[tuple[str, ...], str, str]
"""A gazetteer name as its folded words, with its entity id and label."""


class KazakhGazetteer:
    """Cyrillic gazetteer names, indexed by the first three letters of their first word and their length."""

    def __init__(self, entities: Iterable[GazetteerEntity]):
        seen: set[tuple[str, ...]] = set()
        self.by_start: dict[tuple[str, int], list[Entry]] = {}
        for entity in entities:
            for surface in entity.surfaces("ru"):
                key = tuple(fold(word) for word in _WORD.findall(surface))
                if key and not surface.isupper() and key not in seen:
                    seen.add(key)
                    self.by_start.setdefault((key[0][:3], len(key)), []).append((key, entity.id, entity.type))

    def find(self, text: str, tokens: list[Token]) -> list[Mention]:
        """Longest gazetteer names first, left to right, each starting with a capital letter."""
        words = [(t, fold(text[t.start : t.end])) for t in tokens if text[t.start : t.end][:1].isalpha()]
        mentions = []
        index = 0
        while index < len(words):
            match = self._match_at(text, words, index)
            if match is None:
                index += 1
                continue
            size, entity_id, label = match
            start, end = words[index][0].start, words[index + size - 1][0].end
            mentions.append(Mention(start, end, label, "gazetteer:kk", "gazetteer_kk", 1.0, entity_id))
            index += size
        return mentions

    def _match_at(self, text: str, words: list[tuple[Token, str]], index: int) -> tuple[int, str, str] | None:
        """(words taken, entity id, label) of the longest name starting at ``words[index]``."""
        if not text[words[index][0].start].isupper():
            return None
        for size in range(min(_MAX_WORDS, len(words) - index), 0, -1):
            forms = [form for _, form in words[index : index + size]]
            for key, entity_id, label in self.by_start.get((forms[0][:3], size), ()):
                if all(
                    _word_matches(form, word, i == size - 1)
                    for i, (form, word) in enumerate(zip(forms, key, strict=True))
                ):
                    return size, entity_id, label
        return None


def _word_matches(token: str, word: str, last: bool) -> bool:
    """The same word, or, for a name's last word, the word with a Kazakh ending attached (Тоқаевтың)."""
    if token == word:
        return True
    return last and len(word) >= 3 and token.startswith(word) and token[len(word) :] in _SUFFIXES


def find_kazakh(ctx: BlockContext) -> list[Mention]:
    """The recogniser registry's entry: gazetteer names in Kazakh prose, one matcher per stage."""
    if ctx.is_label:
        return []
    matcher = ctx.stage.resource("kk-gazetteer", lambda stage: KazakhGazetteer(stage.gazetteer))
    return [m for sentence in ctx.sentences for m in matcher.find(ctx.text, sentence.tokens)]
