"""Document model -> table rows (one dict per row, columns as in :mod:`corpus.schemas`)."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from corpus.schemas import TABLES
from pipeline.document import Document

Row = dict[str, Any]


def document_rows(doc: Document) -> dict[str, list[Row]]:
    """All rows one document contributes, keyed by table name."""
    documents = [
        {
            "doc_id": doc.doc_id,
            "source": doc.source,
            "source_id": doc.source_id,
            "url": doc.url,
            "lang": doc.lang,
            "date": doc.date,
            "title": doc.title,
            "translator": doc.translator,
            "text": doc.text,
            "n_chars": len(doc.text),
            "n_blocks": len(doc.blocks),
        }
    ]
    blocks = [
        {
            "doc_id": doc.doc_id,
            "block": index,
            "kind": block.kind,
            "lang": block.lang,
            "start": block.start,
            "end": block.end,
            "text": doc.span(block.start, block.end),
            "speaker_label": block.speaker_label,
            "turn": block.turn,
            "credit_person": block.credit_person,
            "credit_agency": block.credit_agency,
        }
        for index, block in enumerate(doc.blocks)
    ]
    text = doc.text
    sentences = [
        {
            "doc_id": doc.doc_id,
            "sentence": index,
            "block": sentence.block,
            "lang": sentence.lang,
            "start": sentence.start,
            "end": sentence.end,
            "text": text[sentence.start : sentence.end],
            "tokens": [
                {"form": text[t.start : t.end], "start": t.start, "end": t.end, "pos": t.pos, "lemma": t.lemma}
                for t in sentence.tokens
            ],
        }
        for index, sentence in enumerate(doc.sentences)
    ]
    return {"documents": documents, "blocks": blocks, "sentences": sentences}


def rows_to_tables(rows: dict[str, list[Row]]) -> dict[str, pa.Table]:
    """Rows of several documents as one Arrow table per output table."""
    return {name: pa.Table.from_pylist(rows.get(name, []), schema=schema) for name, schema in TABLES.items()}
