"""Views of a built dataset for linguists: concordance lines, CoNLL-U and vertical (VRT) exports.

Every table is written in document order, so documents are streamed with their blocks, sentences and
mentions side by side; memory holds one document at a time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

import pyarrow.parquet as pq

from corpus.reader import names_match, read_manifest, read_table
from corpus.writer import table_path

Row = dict[str, Any]


@dataclass
class DocumentView:
    document: Row
    blocks: list[Row]
    sentences: list[Row]
    mentions: list[Row]


def _rows(root: Path, table: str) -> Iterator[Row]:
    for batch in pq.ParquetFile(table_path(root, table)).iter_batches(batch_size=2048):
        yield from batch.to_pylist()


def iter_documents(root: Path) -> Iterator[DocumentView]:
    """Each document with its blocks, sentences and mentions, in the order the build wrote them."""
    read_manifest(root)
    streams = {
        name: itertools.groupby(_rows(root, name), key=lambda row: row["doc_id"])
        for name in ("blocks", "sentences", "mentions")
    }
    pending: dict[str, tuple[str, list[Row]] | None] = {name: None for name in streams}

    def take(name: str, doc_id: str) -> list[Row]:
        if pending[name] is None:
            group = next(streams[name], None)
            pending[name] = (group[0], list(group[1])) if group else ("", [])
        key, rows = pending[name]  # type: ignore[misc]
        if key != doc_id:
            return []
        pending[name] = None
        return rows

    for document in _rows(root, "documents"):
        doc_id = document["doc_id"]
        yield DocumentView(document, take("blocks", doc_id), take("sentences", doc_id), take("mentions", doc_id))


@dataclass
class KwicLine:
    left: str
    match: str
    right: str
    source: str
    sentence: int | None
    entity_id: str | None


def _flat(text: str) -> str:
    return " ".join(text.split("\n"))


_NOT_XML_10 = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF)."""


def xml_safe(text: str) -> str:
    """Text an XML 1.0 parser accepts: forbidden characters become U+FFFD, one for one. Only exports are
    changed this way; the dataset's text and offsets stay as they are."""
    return _NOT_XML_10.sub("\ufffd", text)


def _vrt_attribute(value: str) -> str:
    return quoteattr(xml_safe(value))


def _vrt_field(value: str) -> str:
    """One column of a token line: no tab or line break can split it, nothing XML forbids."""
    return escape(xml_safe(re.sub(r"[\t\n\r\u0085\u2028\u2029]", " ", value)))


def kwic(
    root: Path, query: str | None = None, *, entity: str | None = None, lang: str | None = None, width: int = 30
) -> Iterator[KwicLine]:
    """Concordance lines: every occurrence of ``query`` in the text, or every mention of ``entity`` (an
    entity id, or any spelling of its name: all spellings of one entity come together)."""
    wanted: set[str] = set()
    if entity:
        entities = read_table(root, "entities", columns=["entity_id", "name_zh", "name_ru", "name_en", "aliases"])
        for row in entities.to_pylist():
            names = (row["name_zh"], row["name_ru"], row["name_en"], *row["aliases"])
            if row["entity_id"] == entity or any(names_match(entity, name) for name in names):
                wanted.add(row["entity_id"])
    for view in iter_documents(root):
        text, document = view.document["text"], view.document
        if lang and document["lang"] != lang:
            continue
        starts = [s["start"] for s in view.sentences]
        if entity:
            hits = [(m["start"], m["end"], m["entity_id"]) for m in view.mentions if m["entity_id"] in wanted]
        elif query:
            hits, position = [], text.find(query)
            while position >= 0:
                hits.append((position, position + len(query), None))
                position = text.find(query, position + len(query))
        else:
            hits = []
        for start, end, entity_id in hits:
            index = bisect.bisect_right(starts, start) - 1
            yield KwicLine(
                _flat(text[max(0, start - width) : start]),
                text[start:end],
                _flat(text[end : end + width]),
                document["source"],
                view.sentences[index]["sentence"] if index >= 0 else None,
                entity_id,
            )


def _entity_tags(sentence: Row, mentions: list[Row]) -> list[tuple[str, Row | None]]:
    """BIO tag and mention for each token: a token inside a mention's span is part of it."""
    tags: list[tuple[str, Row | None]] = []
    inside = [m for m in mentions if m["start"] < sentence["end"] and m["end"] > sentence["start"]]
    current: Row | None = None
    for token in sentence["tokens"]:
        mention = next((m for m in inside if m["start"] < token["end"] and token["start"] < m["end"]), None)
        if mention is None:
            tags.append(("O", None))
        elif mention is current:
            tags.append((f"I-{mention['label']}", mention))
        else:
            tags.append((f"B-{mention['label']}", mention))
        current = mention
    return tags


def export_conllu(root: Path, out: TextIO) -> int:
    """CoNLL-U: ``# newdoc``/``# newpar`` markers, ``# sent_id``, ``# text``; jieba's tags in XPOS (they are
    not UD tags), stanza's UPOS in UPOS; entity BIO tags and SpaceAfter=No in MISC. Returns sentences written."""
    written = 0
    for view in iter_documents(root):
        doc_id = view.document["doc_id"]
        out.write(f"# newdoc id = {doc_id}\n")
        block = None
        for sentence in view.sentences:
            if sentence["block"] != block:
                block = sentence["block"]
                out.write(f"# newpar id = {doc_id}-p{block}\n")
            out.write(f"# sent_id = {doc_id}-s{sentence['sentence']}\n")
            out.write(f"# text = {_flat(sentence['text'])}\n")
            tokens = sentence["tokens"]
            for number, (token, (tag, _)) in enumerate(
                zip(tokens, _entity_tags(sentence, view.mentions), strict=True), 1
            ):
                misc = [] if tag == "O" else [f"Entity={tag}"]
                following = tokens[number] if number < len(tokens) else None
                if following is None or following["start"] == token["end"]:
                    misc.append("SpaceAfter=No")
                upos, xpos = ("_", token["pos"] or "_") if sentence["lang"] == "zh" else (token["pos"] or "_", "_")
                fields = [
                    str(number),
                    token["form"],
                    token["lemma"] or "_",
                    upos,
                    xpos,
                    "_",
                    "_",
                    "_",
                    "_",
                    "|".join(misc) or "_",
                ]
                out.write("\t".join(field.replace("\t", " ") for field in fields) + "\n")
            out.write("\n")
            written += 1
    return written


def export_vrt(root: Path, out: TextIO) -> int:
    """A vertical file for Sketch Engine / NoSketch Engine / CWB: ``<doc>``, ``<p>``, ``<s>`` and
    ``<entity>`` structures, one token per line (word, tag, lemma). Returns documents written."""
    written = 0
    for view in iter_documents(root):
        document = view.document
        attributes = {
            "id": document["doc_id"],
            "source": document["source"],
            "date": str(document["date"] or ""),
            "lang": document["lang"],
            "title": document["title"] or "",
        }
        out.write("<doc " + " ".join(f"{key}={_vrt_attribute(value)}" for key, value in attributes.items()) + ">\n")
        kinds = {block["block"]: block["kind"] for block in view.blocks}
        block = None
        for sentence in view.sentences:
            if sentence["block"] != block:
                if block is not None:
                    out.write("</p>\n")
                block = sentence["block"]
                out.write(f"<p kind={_vrt_attribute(kinds.get(block, 'paragraph'))}>\n")
            out.write(f"<s id={_vrt_attribute(str(sentence['sentence']))}>\n")
            open_entity: Row | None = None
            for token, (_, mention) in zip(sentence["tokens"], _entity_tags(sentence, view.mentions), strict=True):
                if mention is not open_entity:
                    if open_entity is not None:
                        out.write("</entity>\n")
                    if mention is not None:
                        label, entity_id = _vrt_attribute(mention["label"]), _vrt_attribute(mention["entity_id"])
                        out.write(f"<entity type={label} id={entity_id}>\n")
                    open_entity = mention
                fields = (token["form"], token["pos"] or "-", token["lemma"] or "-")
                out.write("\t".join(_vrt_field(field) for field in fields) + "\n")
            if open_entity is not None:
                out.write("</entity>\n")
            out.write("</s>\n")
        if block is not None:
            out.write("</p>\n")
        out.write("</doc>\n")
        written += 1
    return written
