"""Ingest: raw article text -> a :class:`Document` with typed blocks, date, title and language."""

from __future__ import annotations

import datetime as dt

from pipeline.defaults import MAX_BLOCK_CHARS  # there so that `corpus --help` need not import this module
from pipeline.document import BODY_KINDS, Document
from pipeline.langid import majority_lang
from pipeline.normalize import doc_id_for, normalize_text
from pipeline.structure import parse_structure


class IngestProblem(ValueError):
    """Text that cannot become a document; the message says why and what to do."""


def ingest(
    raw_text: str,
    source: str,
    *,
    source_id: str | None = None,
    url: str | None = None,
    date: dt.date | None = None,
    title: str | None = None,
    lang: str | None = None,
    max_block_chars: int = MAX_BLOCK_CHARS,
) -> tuple[Document, list[str]]:
    """Normalise, parse structure and detect languages; return the document and any warnings.

    Metadata given by the source (``date``, ``title``, ``lang`` from a JSONL record) wins over what
    is read from the text. Raises :class:`IngestProblem` for text that holds no article.
    """
    text = normalize_text(raw_text)
    if not text.strip():
        raise IngestProblem("empty text: nothing to annotate")
    structure = parse_structure(text)
    if not any(block.kind != "date" for block in structure.blocks):
        raise IngestProblem("holds only a date header and no article text")
    for block in structure.blocks:
        if block.end - block.start > max_block_chars:
            raise IngestProblem(
                f"a paragraph of {block.end - block.start:,} characters (limit {max_block_chars:,}) at offset "
                f"{block.start}: not article text? Split it into lines, or raise --max-block-chars"
            )
    body = [(block.lang, block.end - block.start) for block in structure.blocks if block.kind in BODY_KINDS]
    doc_lang = (
        majority_lang(body)
        if body
        else majority_lang((block.lang, block.end - block.start) for block in structure.blocks)
    )
    document = Document(
        doc_id=doc_id_for(text),
        source=source,
        text=text,
        source_id=source_id,
        url=url,
        lang=lang or doc_lang,
        date=date or structure.date,
        title=title or structure.title,
        translator=structure.translator,
        blocks=structure.blocks,
    )
    return document, structure.problems
