"""Document model -> table rows (one dict per row, columns as in :mod:`corpus.schemas`)."""

from __future__ import annotations

from typing import Any

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
    return {"documents": documents, "blocks": blocks}
