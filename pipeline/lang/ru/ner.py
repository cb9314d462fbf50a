"""Russian recogniser: natasha's news NER (PER/LOC/ORG), with normal forms so Токаеву links to Токаев."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.document import Mention
from pipeline.lang.ru.lexicon import SURNAME_ENDINGS
from pipeline.recognisers import BlockContext

_PROPER_TAGS = ("Surn", "Geox", "Orgn", "Name", "Patr", "Trad")
"""pymorphy's proper-noun tags, the most telling first (Токаеву is a surname before it is a name)."""


def _tags(parse) -> set[str]:  # type: ignore[no-untyped-def]
    return set(str(parse.tag).replace(" ", ",").split(","))


@dataclass(frozen=True, slots=True)
class RussianSpan:
    mention: Mention
    normal: str
    """The span in the nominative (``Ильхамом Алиевым`` -> ``Ильхам Алиев``)."""


def _morph_vocab():  # type: ignore[no-untyped-def]
    """natasha's MorphVocab, given its dictionary's path.

    Without a path, pymorphy2 looks its dictionary up through ``pkg_resources``, which setuptools no
    longer ships (torch brings a setuptools without it): with the path it never needs it.
    """
    import pymorphy2
    import pymorphy2_dicts_ru
    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm

    class Vocab(MorphVocab):
        def __init__(self) -> None:
            pymorphy2.MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), lang="ru", result_type=MorphForm)

    return Vocab()


class RussianNER:
    """natasha's models ship inside its packages (slovnet, navec): nothing is downloaded."""

    def __init__(self) -> None:
        from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger
        from natasha import Segmenter as NatashaSegmenter

        embedding = NewsEmbedding()
        self._doc = Doc
        self._segmenter = NatashaSegmenter()
        self._morph_vocab = _morph_vocab()
        self._morph = NewsMorphTagger(embedding)
        self._ner = NewsNERTagger(embedding)
        self.normal_form = functools.lru_cache(maxsize=200_000)(self._normal_form)

    def _normal_form(self, word: str) -> str:
        """Lower-case dictionary form of one word.

        pymorphy's first parse is often wrong for names (Токаеву -> токаева, Токаев -> токай): a capitalised
        word takes the normal form of its first proper-noun parse (surname, name, place, organisation),
        and is its own normal form when it has none.
        """
        parses = self._morph_vocab.parse(word)
        if word[:1].isupper():
            ranked = [(_PROPER_TAGS.index(tag), p) for p in parses for tag in _tags(p) if tag in _PROPER_TAGS]
            if ranked:
                return min(ranked, key=lambda item: item[0])[1].normal_form.lower()
            if word.lower().endswith(SURNAME_ENDINGS):
                return word.lower()
        return (parses[0].normal_form if parses else word).lower()

    def find(self, text: str, start: int, end: int) -> list[RussianSpan]:
        doc = self._doc(text[start:end])
        doc.segment(self._segmenter)
        doc.tag_morph(self._morph)
        doc.tag_ner(self._ner)
        spans = []
        for span in doc.spans:
            words = list(re.finditer(r"\S+", span.text))
            while words and not words[0].group()[0].isupper():
                words.pop(0)  # `порту Актау` names Актау; an all-lower-case span (`газа`) names nothing
            if not words:
                continue
            offset = words[0].start()
            span.normalize(self._morph_vocab)
            normal = span.normal or span.text
            if offset:
                normal = " ".join(normal.split()[len(span.text[:offset].split()) :]) or span.text[offset:]
            mention = Mention(
                start + span.start + offset, start + span.stop, span.type, f"natasha:{span.type}", "natasha", 0.75
            )
            spans.append(RussianSpan(mention, normal))
        return spans


def find_natasha(ctx: BlockContext) -> list[Mention]:
    """The recogniser registry's entry: Russian prose blocks, normal forms kept for linking."""
    if ctx.is_label or ctx.block.lang != "ru":
        return []
    found = []
    for span in ctx.stage.russian().find(ctx.text, ctx.block.start, ctx.block.end):
        found.append(span.mention)
        ctx.normal_forms[(span.mention.start, span.mention.end)] = span.normal
    return found
