"""Russian recogniser: natasha's news NER (PER/LOC/ORG), with normal forms so Токаеву links to Токаев.

natasha's models are loaded once per process (:func:`natasha_models`) and shared by the morph stage and
this recogniser. NER runs in the morph stage's pass over the document (``pipeline.lang.ru.morph``): all
Russian blocks in one batch, spans normalised with the morphology of the same pass; ``find_natasha``
takes the spans from there.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

from pipeline.document import Mention, Token
from pipeline.lang.ru.lexicon import PLACE_NOUNS, SURNAME_ENDINGS
from pipeline.recognisers import BlockContext, in_block

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


BATCH_SIZE = 32
"""Sentences (or blocks) per slovnet forward pass: fewer, larger matrix products than its default 8."""


@dataclass(frozen=True)
class NatashaModels:
    morph: Any
    ner: Any
    vocab: Any

    def map_morph(self, sentences: list[list[str]]) -> Any:
        """slovnet's morphology markups (tokens with text, pos, feats), batched. slovnet's own ``map``:
        natasha's wraps every token in a record of its own, which cost a tenth of a Russian build."""
        from slovnet.api import API

        return API.map(self.morph, sentences)

    def map_ner(self, texts: list[str]) -> Any:
        """slovnet's NER markups (spans with start, stop, type), batched, without natasha's rewrapping."""
        from slovnet.api import API

        return API.map(self.ner, texts)


@functools.cache
def natasha_models() -> NatashaModels:
    """natasha's morphology and NER taggers and its morph vocabulary, loaded once per process (a build
    worker loads them once). They ship inside the packages (slovnet, navec): nothing is downloaded.
    slovnet multiplies small matrices through BLAS, held to one thread per process when the pipeline is
    built (``pipeline.stages.single_threaded_blas``)."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger

    embedding = NewsEmbedding()
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    morph.batch_size = ner.batch_size = BATCH_SIZE
    return NatashaModels(morph, ner, _morph_vocab())


@dataclass(frozen=True, slots=True)
class _NormToken:
    """What natasha's span normaliser reads of a token."""

    text: str
    pos: str | None
    feats: dict[str, str]
    start: int
    stop: int


def parse_feats(feats: str | None) -> dict[str, str]:
    """``Case=Dat|Number=Sing`` as a dict (natasha's form)."""
    return dict(item.split("=", 1) for item in feats.split("|") if "=" in item) if feats else {}


class RussianNER:
    """Normal forms of Russian words and natasha's NER spans, on the shared models."""

    def __init__(self) -> None:
        self.models = natasha_models()
        self._morph_vocab = self.models.vocab
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

    def find_blocks(self, text: str, blocks: list[tuple[int, int]], tokens: list[Token]) -> list[RussianSpan]:
        """natasha's spans in several blocks, one batch; each normalised to the nominative with the
        morphology of ``tokens`` (the blocks' tokens, tagged, in text order)."""
        from natasha.norm import normalize

        starts = [t.start for t in tokens]
        spans = []
        for (start, _end), markup in zip(blocks, self.models.map_ner([text[s:e] for s, e in blocks]), strict=True):
            for span in markup.spans:
                span_start, span_end = start + span.start, start + span.stop
                span_text = text[span_start:span_end]
                words = list(re.finditer(r"\S+", span_text))
                while words and not words[0].group()[0].isupper():
                    words.pop(0)  # `порту Актау` names Актау; an all-lower-case span (`газа`) names nothing
                if not words:
                    continue
                offset = words[0].start()
                inside = tokens[bisect.bisect_left(starts, span_start) : bisect.bisect_left(starts, span_end)]
                parts = [
                    _NormToken(text[t.start : t.end], t.upos, parse_feats(t.feats), t.start, t.end)
                    for t in inside
                    if t.end <= span_end
                ]
                normal = (normalize(self._morph_vocab, parts) if parts else "") or span_text
                if offset:
                    normal = " ".join(normal.split()[len(span_text[:offset].split()) :]) or span_text[offset:]
                mention = Mention(span_start + offset, span_end, span.type, f"natasha:{span.type}", "natasha", 0.75)
                spans.append(RussianSpan(mention, normal))
        return spans


def find_natasha(ctx: BlockContext) -> list[Mention]:
    """The recogniser registry's entry: Russian prose blocks, normal forms kept for linking. The spans
    come from the morph stage's natasha pass over the document; a chain without that stage gets the
    same pass here, once per document."""
    if ctx.is_label or ctx.block.lang != "ru":
        return []
    spans = ctx.doc.model_mentions.get("natasha")
    if spans is None:
        from pipeline.lang.ru.morph import analyse_document

        spans = analyse_document(ctx.doc)
    found = []
    for mention, normal in in_block(spans, ctx.block):
        start, end = mention.start, mention.end
        quoted = _QUOTED_NAME.fullmatch(ctx.text, start, end) if mention.label == "ORG" else None
        if quoted:  # `АО «НК «QazaqGaz»`, `МИА «Казинформ»`: the name is what the guillemets hold
            start, end, normal = quoted.start("name"), quoted.end("name"), None
        label = mention.label
        if label == "PER" and _AFTER_PLACE_NOUN.search(ctx.text, max(ctx.block.start, start - 120), start):
            label = "LOC"  # `в населенных пунктах Шубар, Ы. Алтынсарина и Аккайын`: places named so
        found.append(Mention(start, end, label, mention.label_fine, "natasha", 0.75))
        if normal is not None:
            ctx.normal_forms[(start, end)] = normal
    return found


_NAME = r"[А-ЯЁ][\w.-]*(?:[ \t]+[А-ЯЁ][\w.-]*)*"
_AFTER_PLACE_NOUN = re.compile(
    rf"\b(?i:в|во|на|из|по)[ \t]+(?:[а-яё]+[ \t]+)?(?i:{'|'.join(map(re.escape, PLACE_NOUNS))})[а-яё]*[ \t]+"
    rf"(?:{_NAME}(?:[ \t]*,[ \t]*(?:и[ \t]+)?{_NAME}|[ \t]+и[ \t]+{_NAME})*"
    r"[ \t]*(?:,[ \t]*(?:и[ \t]+)?|[ \t]+и[ \t]+))?$"
)
"""A preposition and a place noun (в населенных пунктах), then only names separated by commas or `и` up
to the mention: one more place (`аким района Марат Сеитов` has no preposition: a person). Names
are separated only by a comma or `и`, so the pattern cannot split a list two ways (no backtracking blow-up)."""
_QUOTED_NAME = re.compile(r"(?:[А-ЯЁA-Z]{2,4}[ \t]+)*(?:«[А-ЯЁA-Z]{2,4}[ \t]+)?«(?P<name>[^«»]+)»+")
"""A legal form or agency type before a name in guillemets (АО, ТОО, МИА, НК)."""
