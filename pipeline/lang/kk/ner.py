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
from pipeline.lang.kk.lexicon import CASE_SUFFIXES, LETTER_FOLDS
from pipeline.recognisers import BlockContext

_FOLD = str.maketrans({**LETTER_FOLDS, **{k.upper(): v.upper() for k, v in LETTER_FOLDS.items()}})
_WORD = re.compile(r"\w+(?:-\w+)*")
_MAX_WORDS = 8


def fold(word: str) -> str:
    return word.translate(_FOLD).lower()


_SUFFIXES = frozenset(fold(suffix) for suffix in CASE_SUFFIXES)


class KazakhGazetteer:
    """Cyrillic gazetteer names keyed by their folded words."""

    def __init__(self, entities: Iterable[GazetteerEntity]):
        self.names: dict[tuple[str, ...], tuple[str, str]] = {}
        for entity in entities:
            for surface in entity.surfaces("ru"):
                key = tuple(fold(word) for word in _WORD.findall(surface))
                if key and not surface.isupper():
                    self.names.setdefault(key, (entity.id, entity.type))

    def _word_matches(self, token: str, word: str, last: bool) -> bool:
        if token == word:
            return True
        return last and token.startswith(word) and token[len(word) :] in _SUFFIXES and len(word) >= 3

    def find(self, text: str, tokens: list[Token]) -> list[Mention]:
        words = [(t, fold(text[t.start : t.end])) for t in tokens if text[t.start : t.end][:1].isalpha()]
        mentions = []
        index = 0
        while index < len(words):
            match = None
            for size in range(min(_MAX_WORDS, len(words) - index), 0, -1):
                window = words[index : index + size]
                if not window[0][0] or not text[window[0][0].start].isupper():
                    continue
                for key, (entity_id, label) in self._candidates(window[0][1], size):
                    if all(
                        self._word_matches(form, word, i == size - 1)
                        for i, ((_, form), word) in enumerate(zip(window, key, strict=True))
                    ):
                        match = (window[0][0].start, window[-1][0].end, entity_id, label, size)
                        break
                if match:
                    break
            if match:
                start, end, entity_id, label, size = match
                mentions.append(Mention(start, end, label, "gazetteer:kk", "gazetteer_kk", 1.0, entity_id))
                index += size
            else:
                index += 1
        return mentions

    def _candidates(self, first: str, size: int) -> list[tuple[tuple[str, ...], tuple[str, str]]]:
        if not hasattr(self, "_by_first"):
            self._by_first: dict[tuple[str, int], list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
            for key, value in self.names.items():
                self._by_first.setdefault((key[0][:3], len(key)), []).append((key, value))
        return self._by_first.get((first[:3], size), [])


def find_kazakh(ctx: BlockContext) -> list[Mention]:
    """The recogniser registry's entry: gazetteer names in Kazakh prose, one matcher per stage."""
    if ctx.is_label:
        return []
    matcher = ctx.stage.resource("kk-gazetteer", lambda stage: KazakhGazetteer(stage.gazetteer))
    return [m for sentence in ctx.sentences for m in matcher.find(ctx.text, sentence.tokens)]
