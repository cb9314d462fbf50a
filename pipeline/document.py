"""The document model that flows through every stage.

All offsets are Python ``str`` indices into ``Document.text`` (the normalised text), so any span
can be checked with ``doc.text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

BODY_KINDS = frozenset({"title", "heading", "paragraph", "question", "answer"})
"""Kinds that carry the article's own prose (used for the document language)."""


@dataclass(slots=True)
class Block:
    """A line-level unit of an article: a title, a paragraph, a caption, an interview turn..."""

    kind: str
    start: int
    end: int
    lang: str = "und"
    speaker_label: str | None = None
    """Interview label as written (``记者``, ``阿利耶夫总统``) on every block of the turn."""
    turn: int | None = None
    """1-based number of the interview turn (each labelled contribution starts a new turn)."""
    credit_person: str | None = None
    credit_agency: str | None = None


@dataclass(slots=True)
class Token:
    """A word or punctuation mark; its form is ``Document.text[start:end]``.

    The segment stage gives the offsets (and jieba's tag in ``xpos``); the morph stage the rest."""

    start: int
    end: int
    xpos: str | None = None
    """The tagging tool's own tag (jieba's ``nr``, the Penn tag ``NNP``, pymorphy's ``NOUN``)."""
    upos: str | None = None
    """Universal Dependencies part of speech (PROPN, VERB, ...)."""
    lemma: str | None = None
    feats: str | None = None
    """UD features in CoNLL-U notation, sorted by name (``Case=Dat|Gender=Masc|Number=Sing``)."""


@dataclass(slots=True)
class Sentence:
    """A sentence inside one block, with its tokens (whitespace is never a token)."""

    block: int
    start: int
    end: int
    lang: str
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """A named-entity mention: a span, its coarse and fine label, who found it, what it links to."""

    start: int
    end: int
    label: str
    """Coarse label: PER, LOC, ORG or MISC."""
    label_fine: str
    recogniser: str
    score: float
    entity_id: str | None = None
    sentence: int | None = None


@dataclass(slots=True)
class Quote:
    """Who said what: the quoted content (attribution excluded) and its speaker."""

    start: int
    end: int
    kind: str
    """direct, indirect, question or answer."""
    cue: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    attribution: str = "unnamed"
    """explicit, pronoun, descriptor, interview or unnamed."""
    speaker_entity_id: str | None = None
    role: str | None = None
    turn: int | None = None
    group: int | None = None
    """Quotes of one turn or one multi-paragraph quotation share a group."""
    confidence: float = 0.5


@dataclass(slots=True)
class Document:
    """One article: its normalised text plus the layers the stages add."""

    doc_id: str
    source: str
    text: str
    source_id: str | None = None
    url: str | None = None
    lang: str = "und"
    date: dt.date | None = None
    title: str | None = None
    translator: str | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    candidate_mentions: list[Mention] = field(default_factory=list)
    """Mentions a segmentation backend proposes (stanza's NER); the entity stage merges them with its own."""
    model_mentions: dict[str, list[tuple[Mention, str | None]]] = field(default_factory=dict)
    """Mentions a model found in an earlier stage's pass, by recogniser name, each with its normal form
    (natasha's NER runs in the morph stage's pass over the document); that recogniser takes them from here."""
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def span(self, start: int, end: int) -> str:
        """The text between two offsets (the only way spans are turned into strings)."""
        return self.text[start:end]
