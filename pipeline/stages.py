"""The chain of stages one document goes through."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.document import Document
from pipeline.entities import EntityRecognizer
from pipeline.ingest import MAX_BLOCK_CHARS, ingest
from pipeline.quotes import QuoteFinder
from pipeline.segment import Segmenter


@dataclass
class Pipeline:
    """ingest -> segment -> entities -> quotes; each stage adds a layer to the document and never edits its text."""

    segmenter: Segmenter
    entities: EntityRecognizer
    quotes: QuoteFinder
    max_block_chars: int = MAX_BLOCK_CHARS

    def annotate(
        self,
        raw_text: str,
        source: str,
        *,
        source_id: str | None = None,
        url: str | None = None,
        date: dt.date | None = None,
        title: str | None = None,
        lang: str | None = None,
    ) -> tuple[Document, list[str]]:
        """The annotated document and the warnings raised on the way (see :func:`pipeline.ingest.ingest`)."""
        document, problems = ingest(
            raw_text,
            source,
            source_id=source_id,
            url=url,
            date=date,
            title=title,
            lang=lang,
            max_block_chars=self.max_block_chars,
        )
        return self.quotes(self.entities(self.segmenter(document))), problems
