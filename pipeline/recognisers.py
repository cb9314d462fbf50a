"""The recogniser registry: every source of entity mentions, with its version and rank in the merge.

A recogniser has a name (written into each mention's ``recogniser`` column), a version (part of the
rebuild fingerprint), a priority (on two candidate spans of equal length the lower number wins), the
languages it serves, and whether it is *weak* (it only fills gaps: jieba's POS tags). The entity stage
reads the merge policy from here, and a language package that names an unknown recogniser fails when
the pipeline is assembled, not in the middle of a build.

Recognisers that serve every language (gazetteer, captions, datelines, the surname pass) are
registered here; each language package registers its own.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.document import Block, Document, Mention, Sentence
from pipeline.names import DATED_DATELINE, KAZINFORM_DATELINE, WEB_ADDRESS, WEB_NAME

if TYPE_CHECKING:
    from pipeline.entities import EntityRecognizer
    from pipeline.lang import Language


class RecogniserError(ValueError):
    """An unknown recogniser, or one registered twice."""


@dataclass
class BlockContext:
    """One block on its way through the recognisers: what earlier recognisers found is in ``found``."""

    doc: Document
    block: Block
    sentences: list[Sentence]
    language: Language
    stage: EntityRecognizer
    found: list[Mention] = field(default_factory=list)
    normal_forms: dict[tuple[int, int], str] = field(default_factory=dict)
    """Nominative forms of Russian spans by (start, end), for linking (Токаеву -> токаев)."""

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def is_label(self) -> bool:
        """Captions and credits: labels, not prose."""
        return self.block.kind in ("caption", "credit")


FindFn = Callable[[BlockContext], list[Mention]]


@dataclass(frozen=True)
class Recogniser:
    name: str
    version: str
    priority: int
    find: FindFn | None
    """None for recognisers whose mentions another step makes (the surname pass)."""
    langs: frozenset[str] = frozenset()
    """Languages served; empty for every language."""
    weak: bool = False
    on_labels: bool = False
    """Also runs on captions and credits."""
    description: str = ""
    prepare: Callable[[list[Document]], None] | None = None
    """Runs the recogniser's model once over a batch of documents (filling ``Document.model_mentions``), so
    that a build's batch costs one model call instead of one per document; ``find`` then reads the result."""


RECOGNISERS: dict[str, Recogniser] = {}


def register_recogniser(recogniser: Recogniser) -> Recogniser:
    if recogniser.name in RECOGNISERS:
        raise RecogniserError(f"recogniser {recogniser.name!r} is registered twice")
    RECOGNISERS[recogniser.name] = recogniser
    return recogniser


def get_recogniser(name: str) -> Recogniser:
    try:
        return RECOGNISERS[name]
    except KeyError:
        known = ", ".join(sorted(RECOGNISERS))
        raise RecogniserError(f"no recogniser named {name!r} is registered (known: {known})") from None


def check_language(language: Language) -> None:
    """Every recogniser a language names exists and serves it (raises :class:`RecogniserError`)."""
    for name in language.recognisers:
        recogniser = get_recogniser(name)
        if recogniser.langs and language.code not in recogniser.langs:
            raise RecogniserError(f"recogniser {name!r} does not serve language {language.code!r}")


def joined_neighbours(mentions: list[Mention], join: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
    """Mentions in text order, each pair of neighbours that ``join`` makes one mention of (a body and the country
    after it, a place and the body named after a person after it) replaced by that mention: the language rules
    over several mentions share this walk."""
    found: list[Mention] = []
    for mention in mentions:
        joined = join(found[-1], mention) if found else None
        if joined is not None:
            found[-1] = joined
        else:
            found.append(mention)
    return found


def in_block(found: list[tuple[Mention, str | None]], block: Block) -> list[tuple[Mention, str | None]]:
    """The (mention, normal form) pairs of a start-sorted document-wide list that lie inside ``block``:
    two binary searches, so handing a document's mentions out block by block stays linear."""
    first = bisect.bisect_left(found, block.start, key=lambda pair: pair[0].start)
    last = bisect.bisect_left(found, block.end, key=lambda pair: pair[0].start)
    return [pair for pair in found[first:last] if pair[0].end <= block.end]


def per_document(ctx: BlockContext, key: str, compute: Callable[[Document], list[Mention]]) -> list[Mention]:
    """The mentions a model finds in the whole document, computed once (on the first block that asks, kept
    in ``Document.model_mentions``) and handed out block by block: one batched call per document."""
    if key not in ctx.doc.model_mentions:
        store_document_mentions(ctx.doc, key, compute(ctx.doc))
    found = ctx.doc.model_mentions[key]
    return [mention for mention, _ in in_block(found, ctx.block)]


def store_document_mentions(doc: Document, key: str, mentions: list[Mention]) -> None:
    """Keep a model's mentions of a whole document for :func:`per_document` to hand out block by block."""
    doc.model_mentions[key] = sorted(((mention, None) for mention in mentions), key=lambda pair: pair[0].start)


TagSentences = Callable[[list[tuple[Document, list[Sentence]]]], list[list[Mention]]]
"""Mentions per document, from a model run once over the given sentences of all the documents."""


@dataclass(frozen=True)
class SentenceTagger:
    """A model over every sentence of one language's blocks: one call per build batch (``prepare``, the
    recogniser's batch hook), or per document when no batch was prepared (``find``)."""

    key: str
    """Where the mentions are kept in ``Document.model_mentions`` (the recogniser's name)."""
    lang: str
    skip_kinds: frozenset[str]
    """Block kinds the model does not read (dates; captions and credits for English)."""
    tag: TagSentences

    def sentences(self, doc: Document) -> list[Sentence]:
        from pipeline.lang import language_for

        blocks = {
            index
            for index, block in enumerate(doc.blocks)
            if block.kind not in self.skip_kinds
            and language_for(block.lang, doc.span(block.start, block.end)).code == self.lang
        }
        return [s for s in doc.sentences if s.block in blocks and s.tokens]

    def run(self, docs: list[Document]) -> list[list[Mention]]:
        return self.tag([(doc, self.sentences(doc)) for doc in docs])

    def prepare(self, docs: list[Document]) -> None:
        for doc, found in zip(docs, self.run(docs), strict=True):
            store_document_mentions(doc, self.key, found)

    def find(self, ctx: BlockContext) -> list[Mention]:
        return per_document(ctx, self.key, lambda doc: self.run([doc])[0])


def registry_versions() -> dict[str, str]:
    """name -> version of every registered recogniser, for the rebuild fingerprint and the manifest."""
    return {name: r.version for name, r in sorted(RECOGNISERS.items())}


COMMON = ("gazetteer", "caption", "dateline")
"""Recognisers run first on every block, whatever its language."""


def _gazetteer(ctx: BlockContext) -> list[Mention]:
    """Names and aliases of the gazetteer (in Chinese, only where they do not cut a word the segmenter found);
    in languages that inflect names, also on normal forms."""
    matcher = ctx.stage.matcher_for(ctx.language)
    found = matcher.find(ctx.text, ctx.block.start, ctx.block.end)
    found = matcher.within_words(found, ctx.text, [token for sentence in ctx.sentences for token in sentence.tokens])
    if ctx.language.inflected_names and ctx.block.lang in (ctx.language.code, "mixed") and not ctx.is_label:
        # `mixed`: a Russian title around a Latin name (`Backstreet Boys прибыли в Астану`) names places in cases too;
        # only known names are looked up here, so a block of no one script is as safe as a Russian one (natasha's
        # reading, trained on Russian prose, stays for Russian blocks)
        for sentence in ctx.sentences:
            found += matcher.find_russian(ctx.text, sentence.tokens)
    return found


def _captions(ctx: BlockContext) -> list[Mention]:
    """The photographer (PER) and a named agency (ORG) of a caption's credit, a site too (`kabar.kg`);
    `пресс-служба …` is a description."""
    block, text = ctx.block, ctx.text
    if block.kind != "caption":
        return []
    mentions = []
    for value, label in ((block.credit_person, "PER"), (block.credit_agency, "ORG")):
        value = value.strip(_CREDIT_MARKS) if value else value  # `ФОТО "АК ЖАЙЫК"`: the name inside the marks
        if not value or (label == "ORG" and not value[0].isupper() and not WEB_ADDRESS.fullmatch(value)):
            continue
        position = text.find(value, block.start, block.end)
        if position >= 0:
            mentions.append(Mention(position, position + len(value), label, f"caption:{label}", "caption", 0.9))
    first = text.find(block.credit_agency, block.start, block.end) if block.credit_agency else -1
    if first >= 0:  # `Коллаж: Kazinform / Akorda / Freepik / Gov.kz`: every source after the first too
        for source in _MORE_SOURCES.finditer(text, first + len(block.credit_agency or ""), block.end):
            name = source.group("name")
            if name[0].isupper() or WEB_NAME.search(name):
                mentions.append(Mention(*source.span("name"), "ORG", "caption:ORG", "caption", 0.9))
    return mentions


_CREDIT_MARKS = '"«»“”„'
"""Quotation marks around a credited source's name, no part of it."""
_MORE_SOURCES = re.compile(r"[ \t]+/[ \t]+(?P<name>[^/\s](?:[^/\n]*[^/\s])?)")
"""The sources after the first in a caption's credit, each after a spaced slash (a link keeps its own)."""


_AUTHOR = re.compile(r"[A-ZА-ЯЁ][a-zа-яё'’-]+(?:[ \t]+[A-ZА-ЯЁ][a-zа-яё'’-]+){1,2}")
_DATELINE_ZH = re.compile(r"哈萨克国际通讯社|哈通社")


def _datelines(ctx: BlockContext) -> list[Mention]:
    """The agency (ORG), the place (LOC) and the author (PER) of a dateline: ``NUR-SULTAN. KAZINFORM``,
    ``（哈萨克国际通讯社讯）``, another outlet's with its date (``Астана. 23 февраля. KAZAKHSTAN TODAY``)."""
    block, text = ctx.block, ctx.text
    if block.kind != "credit" or not block.credit_agency:
        return []
    mentions = []
    latin = KAZINFORM_DATELINE.search(text, block.start, block.end)
    if latin:
        place, agency = latin.span("place"), latin.span("agency")
        mentions += [Mention(*span, "LOC", "dateline:place", "dateline", 0.9) for span in _dateline_places(ctx, *place)]
        mentions.append(Mention(*agency, "ORG", "dateline:agency", "dateline", 0.9))
        author = _AUTHOR.fullmatch(text, *latin.span("author")) if latin.group("author") else None
        if author:
            mentions.append(Mention(author.start(), author.end(), "PER", "dateline:author", "dateline", 0.9))
    # `Астана. 23 февраля. KAZAKHSTAN TODAY`: another outlet's dateline (its dash or period is past the block)
    dated = None if latin else DATED_DATELINE.match(text, block.start)
    if dated and dated.end("agency") <= block.end:
        mentions += [
            Mention(*span, "LOC", "dateline:place", "dateline", 0.9)
            for span in _dateline_places(ctx, *dated.span("place"))
        ]
        mentions.append(Mention(*dated.span("agency"), "ORG", "dateline:agency", "dateline", 0.9))
    for match in _DATELINE_ZH.finditer(text, block.start, block.end):
        mentions.append(Mention(match.start(), match.end(), "ORG", "dateline:agency", "dateline", 0.9))
    return mentions


_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
"""A dash with spaces around it between the two ends of a trip in a dateline (`НУР-СУЛТАН - УСТЬ-КАМЕНОГОРСК`)."""


def _dateline_places(ctx: BlockContext, start: int, end: int) -> list[tuple[int, int]]:
    """The places of a dateline: two the gazetteer knows joined by a hyphen, or any two parted by a spaced dash, are
    the two ends of a trip (`ASTANA-KYZYLORDA`, `НУР-СУЛТАН - УСТЬ-КАМЕНОГОРСК`), one name with a hyphen is one place
    (`NUR-SULTAN`)."""
    written = ctx.text[start:end]
    if _SPACED_DASH.search(written):  # `НУР-СУЛТАН - УСТЬ-КАМЕНОГОРСК`: a spaced dash parts two names
        edges = [0, *(edge for gap in _SPACED_DASH.finditer(written) for edge in gap.span()), len(written)]
        return [(start + a, start + b) for a, b in zip(edges[::2], edges[1::2], strict=True) if b > a]
    if "-" not in written:
        return [(start, end)]
    places = [m for m in ctx.stage.matcher_for(ctx.language).find(written.title(), 0, len(written)) if m.label == "LOC"]
    if len(places) < 2 or any(m.start == 0 and m.end == len(written) for m in places):
        return [(start, end)]
    gaps = [written[a.end : b.start] for a, b in itertools.pairwise(places)]
    if places[0].start or places[-1].end != len(written) or any(gap != "-" for gap in gaps):
        return [(start, end)]
    return [(start + m.start, start + m.end) for m in places]


def _stanza(ctx: BlockContext) -> list[Mention]:
    """Stanza's entities: for Russian and English from the segment stage's pass over the block, for
    Chinese from its NER model on jieba's tokens."""
    return ctx.stage.stanza_mentions(ctx)


register_recogniser(Recogniser("gazetteer", "1", 0, _gazetteer, on_labels=True, description="gazetteer names"))
register_recogniser(Recogniser("caption", "1", 1, _captions, on_labels=True, description="caption credits"))
register_recogniser(Recogniser("dateline", "1", 1, _datelines, on_labels=True, description="agency datelines"))
register_recogniser(Recogniser("surname", "1", 2, None, description="a full name's surname found again"))
register_recogniser(
    Recogniser("stanza", "1", 3, _stanza, langs=frozenset({"zh", "ru", "en"}), description="stanza NER")
)
