"""Document model -> Arrow tables (columns as in :mod:`corpus.schemas`).

Sentences are built column by column: a batch holds hundreds of thousands of tokens, and making a
dict per token for ``Table.from_pylist`` would cost more than cutting the text did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyarrow as pa

from corpus.schemas import BLOCKS, DOCUMENT_TABLES, DOCUMENTS, MENTIONS, QUOTES, SENTENCES, TOKEN
from pipeline.document import Document


def rows_per_table(doc: Document) -> dict[str, int]:
    """How many rows one document adds to each table."""
    return {
        "documents": 1,
        "blocks": len(doc.blocks),
        "sentences": len(doc.sentences),
        "mentions": len(doc.mentions),
        "quotes": len(doc.quotes),
    }


def documents_to_tables(docs: list[Document], speaker_names: Callable[[str | None], str | None]) -> dict[str, pa.Table]:
    """One Arrow table per document table for a batch of annotated documents, in document order."""
    tables = {
        "documents": _documents(docs),
        "blocks": _blocks(docs),
        "sentences": _sentences(docs),
        "mentions": _mentions(docs),
        "quotes": _quotes(docs, speaker_names),
    }
    assert tables.keys() == DOCUMENT_TABLES.keys()
    return tables


def _quotes(docs: list[Document], speaker_names: Callable[[str | None], str | None]) -> pa.Table:
    rows = [
        {
            "quote_id": f"{doc.doc_id}:{index}",
            "doc_id": doc.doc_id,
            "start": q.start,
            "end": q.end,
            "text": doc.span(q.start, q.end),
            "kind": q.kind,
            "cue": q.cue,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "speaker_text": doc.span(q.speaker_start, q.speaker_end) if q.speaker_start is not None else None,
            "speaker_entity_id": q.speaker_entity_id,
            "speaker_name_en": speaker_names(q.speaker_entity_id),
            "speaker_role": q.role,
            "attribution": q.attribution,
            "turn": q.turn,
            "quote_group": q.group,
            "confidence": q.confidence,
        }
        for doc in docs
        for index, q in enumerate(doc.quotes)
    ]
    return pa.Table.from_pylist(rows, schema=QUOTES)


def _mentions(docs: list[Document]) -> pa.Table:
    rows = [
        {
            "doc_id": doc.doc_id,
            "sentence": m.sentence,
            "start": m.start,
            "end": m.end,
            "text": doc.span(m.start, m.end),
            "label": m.label,
            "label_fine": m.label_fine,
            "entity_id": m.entity_id,
            "recogniser": m.recogniser,
            "score": m.score,
        }
        for doc in docs
        for m in doc.mentions
    ]
    return pa.Table.from_pylist(rows, schema=MENTIONS)


def _documents(docs: list[Document]) -> pa.Table:
    rows = [
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
        for doc in docs
    ]
    return pa.Table.from_pylist(rows, schema=DOCUMENTS)


def _blocks(docs: list[Document]) -> pa.Table:
    rows = [
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
        for doc in docs
        for index, block in enumerate(doc.blocks)
    ]
    return pa.Table.from_pylist(rows, schema=BLOCKS)


def _sentences(docs: list[Document]) -> pa.Table:
    columns: dict[str, list[Any]] = {name: [] for name in SENTENCES.names if name != "tokens"}
    offsets = [0]
    forms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    upos: list[str | None] = []
    xpos: list[str | None] = []
    lemmas: list[str | None] = []
    feats: list[str | None] = []
    for doc in docs:
        text = doc.text
        for index, sentence in enumerate(doc.sentences):
            columns["doc_id"].append(doc.doc_id)
            columns["sentence"].append(index)
            columns["block"].append(sentence.block)
            columns["lang"].append(sentence.lang)
            columns["start"].append(sentence.start)
            columns["end"].append(sentence.end)
            columns["text"].append(text[sentence.start : sentence.end])
            for token in sentence.tokens:
                forms.append(text[token.start : token.end])
                starts.append(token.start)
                ends.append(token.end)
                upos.append(token.upos)
                xpos.append(token.xpos)
                lemmas.append(token.lemma)
                feats.append(token.feats)
            offsets.append(len(forms))
    token_fields = list(TOKEN)
    tokens = pa.StructArray.from_arrays(
        [
            pa.array(values, type=f.type)
            for values, f in zip((forms, starts, ends, upos, xpos, lemmas, feats), token_fields, strict=True)
        ],
        fields=token_fields,
    )
    arrays = [pa.array(columns[f.name], type=f.type) for f in SENTENCES if f.name != "tokens"]
    arrays.insert(SENTENCES.get_field_index("tokens"), pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), tokens))
    return pa.Table.from_arrays(arrays, schema=SENTENCES)
