"""The parallel corpus: document pairs and aligned sentences, computed at the end of a build, and read back.

While the build writes, :class:`PairCollector` turns each document's rows into a small signature (kept
in memory) and its alignment units (spilled to a temporary file, so memory holds signatures only). Once
every document is written, pairs are scored over the whole corpus (:mod:`pipeline.align.pairing`) and each
pair above the threshold is aligned (:mod:`pipeline.align.sentences`) from the spilled units of its two
documents. Documents a rebuild copies from the previous build are read from that build's tables.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import mmap
import pickle
import re
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, TextIO
from xml.sax.saxutils import escape, quoteattr

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.reader import Dataset, open_build
from corpus.schemas import DOC_PAIRS, SENTENCE_PAIRS
from corpus.writer import table_path
from pipeline.align.pairing import Pair, find_pairs
from pipeline.align.sentences import Link, SentenceSpan, Unit, align_many, make_units
from pipeline.align.signature import MentionAnchor, Signature, signature
from pipeline.document import Document

Row = dict[str, Any]


@dataclass(slots=True)
class _Material:
    """What alignment needs of one document: its units and the text each covers."""

    lang: str
    units: list[Unit]
    base: int
    """Where :attr:`body` starts in documents.text."""
    body: str
    """documents.text from the first unit's start to the last unit's end (what lies between units too: line
    breaks, a caption left out of alignment), one string, which unpickles faster than a string per unit."""


ALIGN_CHUNK = 2000
"""Pairs aligned together (:func:`pipeline.align.sentences.align_many`); their units are read back from
the spill file for the chunk only, so memory holds a chunk's units, not the corpus's."""


class PairCollector:
    """Signatures and alignment units of every document of a build, gathered as its rows are written."""

    def __init__(self) -> None:
        self.signatures: list[Signature] = []
        self._spill: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed in pair_parts
        self._where: dict[str, tuple[int, int]] = {}
        self.seconds = 0.0
        """Time the last :meth:`pair_parts` took."""

    def observe(self, tables: dict[str, pa.Table], prepared: dict[str, Prepared]) -> None:
        """Take the documents of one written batch; ``prepared`` holds what the worker computed for them
        (:func:`prepare_annotated`), so the parent only stores it."""
        if "documents" not in tables or not tables["documents"].num_rows:
            return
        for doc_id in tables["documents"].column("doc_id").to_pylist():  # the kept ones of a prepared batch
            self.take(doc_id, prepared[doc_id])

    def take(self, doc_id: str, prepared: Prepared) -> None:
        """Keep one document's signature; its alignment material goes to the spill file as it came."""
        document_signature, material = prepared
        self.signatures.append(document_signature)
        self._where[doc_id] = (self._spill.tell(), len(material))
        self._spill.write(material)

    def observe_build(self, root: Path, doc_ids: set[str] | None = None) -> None:
        """Take documents from a finished build (those of ``doc_ids``, or all), one at a time."""
        from corpus.views import iter_documents

        speakers: dict[str, list[Row]] = defaultdict(list)
        quotes = pq.read_table(table_path(root, "quotes"), columns=["doc_id", "speaker_entity_id"])
        for row in quotes.to_pylist():
            if doc_ids is None or row["doc_id"] in doc_ids:
                speakers[row["doc_id"]].append(row)
        for view in iter_documents(root):
            doc_id = view.document["doc_id"]
            if doc_ids is None or doc_id in doc_ids:
                self.add(view.document, view.blocks, view.sentences, view.mentions, speakers.get(doc_id, []))

    def add(
        self, document: Row, blocks: list[Row], sentences: list[Row], mentions: list[Row], quotes: list[Row]
    ) -> None:
        """One document's signature and units (the units go to the spill file)."""
        self.take(document["doc_id"], prepare_document(document, blocks, sentences, mentions, quotes))

    def _materials(self, doc_ids: Iterable[str]) -> dict[str, _Material]:
        """The alignment material of these documents (each read once, however many pairs it is in), from
        the spill file mapped into memory: a read through the file object cost more than unpickling."""
        self._spill.flush()
        if not self._spill.tell():
            return {}
        with mmap.mmap(self._spill.fileno(), 0, access=mmap.ACCESS_READ) as spilled:
            materials = {}
            for doc_id in doc_ids:
                if doc_id not in materials:
                    offset, size = self._where[doc_id]
                    materials[doc_id] = _load_material(spilled[offset : offset + size])
            return materials

    def pair_tables(self, threshold: float) -> tuple[dict[str, pa.Table], float]:
        """The ``doc_pairs`` and ``sentence_pairs`` tables of the whole build, and the seconds they took."""
        parts: dict[str, list[pa.Table]] = {"doc_pairs": [], "sentence_pairs": []}
        for name, part in self.pair_parts(threshold):
            parts[name].append(part)
        return {name: pa.concat_tables(tables) for name, tables in parts.items()}, self.seconds

    def pair_parts(self, threshold: float) -> Iterator[tuple[str, pa.Table]]:
        """The ``doc_pairs`` and ``sentence_pairs`` tables in parts of :data:`ALIGN_CHUNK` pairs (each table
        at least once, perhaps empty), so that a build writes the links of a chunk before it aligns the next
        and memory holds one chunk's rows, not the corpus's. :attr:`seconds` is then the time spent here,
        not in the caller between parts."""
        self.seconds = 0.0
        started = time.perf_counter()
        with _heap_frozen():
            pairs = find_pairs(self.signatures, threshold)
            pair_rows: list[Row] = []
            for start in range(0, max(len(pairs), 1), ALIGN_CHUNK):
                chunk = pairs[start : start + ALIGN_CHUNK]
                loaded = self._materials(doc_id for pair in chunk for doc_id in (pair.doc_id_a, pair.doc_id_b))
                materials = [(loaded[pair.doc_id_a], loaded[pair.doc_id_b]) for pair in chunk]
                aligned = align_many([(a.units, b.units) for a, b in materials])
                link_columns = _link_columns()
                for pair, (a, b), links in zip(chunk, materials, aligned, strict=True):
                    _add_links(link_columns, pair, links, a, b)
                    pair_rows.append(_pair_row(pair, sum(1 for link in links if link.a and link.b)))
                part = pa.Table.from_pydict(link_columns, schema=SENTENCE_PAIRS)
                self.seconds += time.perf_counter() - started
                yield "sentence_pairs", part
                started = time.perf_counter()
            self._spill.close()
            part = pa.Table.from_pylist(pair_rows, schema=DOC_PAIRS)
        self.seconds += time.perf_counter() - started
        yield "doc_pairs", part


@contextlib.contextmanager
def _heap_frozen() -> Iterator[None]:
    """Keep what is alive before pairing (the models, the build's signatures) out of the collector's sight
    while pairs are aligned: alignment makes many small objects, and each full collection rescanned the
    whole heap of the build (a third of the pairing step on 4,000 documents). Its own garbage is still
    collected; what was frozen returns to the collector afterwards."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


Prepared = tuple[Signature, bytes]
"""A document's signature and its pickled alignment material: what a build worker hands the parent."""


def prepare_document(
    document: Row, blocks: list[Row], sentences: list[Row], mentions: list[Row], quotes: list[Row]
) -> Prepared:
    """What pairing and alignment need of one document, from its rows in a finished build (a rebuild's
    reused documents): its signature, and its units pickled."""
    date = document["date"]
    if isinstance(date, dt.datetime):
        date = date.date()
    anchors = [MentionAnchor(m["start"], m["end"], m["entity_id"], m["label"], m["text"]) for m in mentions]
    speakers = [q["speaker_entity_id"] for q in quotes if q.get("speaker_entity_id")]
    kinds = {block["block"]: block["kind"] for block in blocks}
    spans = [
        SentenceSpan(s["sentence"], s["start"], s["end"], s["lang"], kinds.get(s["block"], "paragraph"))
        for s in sentences
    ]
    return _prepared(document["doc_id"], document["text"], document["lang"], date, spans, anchors, speakers)


def prepare_annotated(documents: Iterable[Document]) -> dict[str, Prepared]:
    """:func:`prepare_document` of documents the worker has just annotated, read from the objects (the
    rows of their tables would first have to be converted back to Python), by doc_id."""
    prepared = {}
    for doc in documents:
        text = doc.text
        anchors = [MentionAnchor(m.start, m.end, m.entity_id, m.label, text[m.start : m.end]) for m in doc.mentions]
        speakers = [quote.speaker_entity_id for quote in doc.quotes if quote.speaker_entity_id]
        kinds = [block.kind for block in doc.blocks]
        spans = [
            SentenceSpan(index, s.start, s.end, s.lang, kinds[s.block] if 0 <= s.block < len(kinds) else "paragraph")
            for index, s in enumerate(doc.sentences)
        ]
        prepared[doc.doc_id] = _prepared(doc.doc_id, text, doc.lang, doc.date, spans, anchors, speakers)
    return prepared


def _prepared(
    doc_id: str,
    text: str,
    lang: str,
    date: dt.date | None,
    spans: list[SentenceSpan],
    anchors: list[MentionAnchor],
    speakers: list[str],
) -> Prepared:
    story: Counter[str] = Counter()
    units = make_units(text, lang, spans, anchors, story)
    rows = [(unit.sentence, unit.start, unit.end, unit.length, unit.anchors) for unit in units]
    base = units[0].start if units else 0
    material = (lang, rows, base, text[base : units[-1].end] if units else "")
    return (
        signature(doc_id, lang, date, text, story, speakers),
        pickle.dumps(material, protocol=pickle.HIGHEST_PROTOCOL),
    )


def _load_material(blob: bytes) -> _Material:
    """A document's alignment material from what :func:`prepare_document` pickled: plain tuples, lists and
    dicts, which unpickle several times faster than the objects they stand for."""
    lang, rows, base, body = pickle.loads(blob)
    return _Material(lang, [Unit(*row) for row in rows], base, body)


def _pair_row(pair: Pair, n_links: int) -> Row:
    evidence = pair.evidence
    return {
        "doc_id_a": pair.doc_id_a,
        "doc_id_b": pair.doc_id_b,
        "lang_a": pair.lang_a,
        "lang_b": pair.lang_b,
        "score": pair.score,
        "evidence": {
            "shared": evidence["shared"],
            "n_shared": evidence["n_shared"],
            "weight": evidence["evidence"],
            "cosine": evidence["cosine"],
            "length_ratio": evidence["length_ratio"],
            "days_apart": evidence["days_apart"],
        },
        "n_links": n_links,
    }


def _side(units: list[Unit], indices: tuple[int, ...]) -> tuple[list[int], list[tuple[int, int]], Any, Any]:
    """A link side's sentence ids, its stretches of text (runs of adjacent units, as (start, end), which
    Arrow takes for the struct faster than a dictionary), its start and end."""
    if not indices:
        return [], [], None, None
    if len(indices) == 1:  # the usual case
        unit = units[indices[0]]
        return [unit.sentence], [(unit.start, unit.end)], unit.start, unit.end
    sentences = list(dict.fromkeys(units[index].sentence for index in indices))
    stretches: list[tuple[int, int]] = []
    for position, index in enumerate(indices):
        unit = units[index]
        if position and index == indices[position - 1] + 1:
            stretches[-1] = (stretches[-1][0], unit.end)
        else:
            stretches.append((unit.start, unit.end))
    return sentences, stretches, stretches[0][0], stretches[-1][1]


def _link_columns() -> dict[str, list[Any]]:
    """Empty columns of the ``sentence_pairs`` table (:func:`_add_links` fills them): a table made from
    columns costs a third of one made from a dictionary per link."""
    return {name: [] for name in SENTENCE_PAIRS.names}


def _add_links(columns: dict[str, list[Any]], pair: Pair, links: list[Link], a: _Material, b: _Material) -> None:
    """Append one pair's links to the columns of :func:`_link_columns`."""
    for number, link in enumerate(links):
        sentences_a, spans_a, start_a, end_a = _side(a.units, link.a)
        sentences_b, spans_b, start_b, end_b = _side(b.units, link.b)
        columns["doc_id_a"].append(pair.doc_id_a)
        columns["doc_id_b"].append(pair.doc_id_b)
        columns["link"].append(number)
        columns["link_type"].append(link.kind)
        columns["sentences_a"].append(sentences_a)
        columns["sentences_b"].append(sentences_b)
        columns["start_a"].append(start_a)
        columns["end_a"].append(end_a)
        columns["text_a"].append(_span_text(a, link.a))
        columns["spans_a"].append(spans_a)
        columns["start_b"].append(start_b)
        columns["end_b"].append(end_b)
        columns["text_b"].append(_span_text(b, link.b))
        columns["spans_b"].append(spans_b)
        columns["score"].append(None if link.score is None else round(link.score, 4))


def _span_text(material: _Material, indices: tuple[int, ...]) -> str | None:
    """documents.text[start:end] of the link's side: its units and whatever lies between them (other
    links' units too, where the side's units are not adjacent)."""
    if not indices:
        return None
    units, base = material.units, material.base
    return material.body[units[indices[0]].start - base : units[indices[-1]].end - base]


# Reading back ---------------------------------------------------------------------------------------


def aligned_links(root: Dataset, doc: str | None = None, *, non_empty: bool = False) -> list[Row]:
    """Rows of ``sentence_pairs`` (of the pairs ``doc`` takes part in, if given), in pair and link order,
    each with the two documents' languages and sources."""
    import pyarrow.compute as pc

    with open_build(root) as build:
        links = build.table("sentence_pairs")
        documents = build.table("documents", columns=["doc_id", "lang", "source"]).to_pylist()
    if doc:
        links = links.filter(pc.or_(pc.equal(links["doc_id_a"], doc), pc.equal(links["doc_id_b"], doc)))
    info = {row["doc_id"]: row for row in documents}
    rows = []
    for row in links.to_pylist():
        if non_empty and not (row["sentences_a"] and row["sentences_b"]):
            continue
        row["lang_a"] = info.get(row["doc_id_a"], {}).get("lang")
        row["lang_b"] = info.get(row["doc_id_b"], {}).get("lang")
        row["source_a"] = info.get(row["doc_id_a"], {}).get("source")
        row["source_b"] = info.get(row["doc_id_b"], {}).get("source")
        rows.append(row)
    return rows


GAP_MARK = " … "
"""What the views put between two stretches of one side of a link (a sentence split by the translator)."""


def linked_text(row: Row, side: str, joiner: str = GAP_MARK) -> str:
    """The text a link holds on ``side`` ("a" or "b"): its stretches (``spans_a``) joined by ``joiner``,
    without the other links' sentences that may lie between them."""
    text, start = row[f"text_{side}"] or "", row[f"start_{side}"]
    spans = row.get(f"spans_{side}") or []
    if start is None or len(spans) < 2:
        return text
    return joiner.join(text[span["start"] - start : span["end"] - start] for span in spans)


def _tmx_text(text: str) -> str:
    """Segment text for TMX: characters XML 1.0 forbids (control characters) dropped, markup escaped."""
    from corpus.views import xml_safe

    return escape(xml_safe(text).replace("\ufffd", ""))


def export_tmx(root: Dataset, out: TextIO) -> int:
    """A TMX 1.4 translation memory: one ``<tu>`` per link with text on both sides. Returns ``<tu>`` written."""
    with open_build(root) as build:
        manifest = build.manifest
        links = aligned_links(build, non_empty=True)
    source_lang = links[0]["lang_a"] if links else "zh"
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')
    header = {
        "creationtool": "corpus",
        "creationtoolversion": str(manifest.get("version", "")),
        "segtype": "sentence",
        "o-tmf": "parquet",
        "adminlang": "en",
        "srclang": source_lang,
        "datatype": "plaintext",
    }
    out.write("<header " + " ".join(f"{key}={quoteattr(value)}" for key, value in header.items()) + "/>\n<body>\n")
    written = 0
    for row in links:
        tuid = f"{row['doc_id_a']}-{row['doc_id_b']}-{row['link']}"
        out.write(f"<tu tuid={quoteattr(tuid)}>\n")
        out.write(f'<prop type="x-link-type">{escape(row["link_type"])}</prop>\n')
        if row["score"] is not None:
            out.write(f'<prop type="x-score">{row["score"]:.4f}</prop>\n')
        for side in ("a", "b"):
            lang = row[f"lang_{side}"] or "und"
            sentences = " ".join(str(s) for s in row[f"sentences_{side}"])
            out.write(f"<tuv xml:lang={quoteattr(lang)}>")
            out.write(f'<prop type="x-doc-id">{escape(row[f"doc_id_{side}"])}</prop>')
            out.write(f'<prop type="x-sentences">{sentences}</prop>')
            out.write(f"<seg>{_tmx_text(linked_text(row, side, ' '))}</seg></tuv>\n")
        out.write("</tu>\n")
        written += 1
    out.write("</body>\n</tmx>\n")
    return written


def side_by_side(rows: list[Row], width: int = 60) -> Iterator[str]:
    """Aligned links as two columns of ``width`` terminal cells each (Chinese characters take two)."""
    from rich.cells import cell_len

    def wrap(text: str) -> list[str]:
        """Lines of at most ``width`` cells, broken at spaces where there are any (not in Chinese)."""
        lines, current = [], ""
        for word in re.findall(r"\S+\s*", " ".join(text.split())):
            if cell_len(current + word.rstrip()) <= width:
                current += word
                continue
            if current and cell_len(word.rstrip()) <= width:
                lines.append(current.rstrip())
                current = word
                continue
            for char in word:
                if cell_len(current + char) > width:
                    lines.append(current.rstrip())
                    current = ""
                current += char
        return [*lines, current.rstrip()] if current or not lines else lines

    pair = None
    for row in rows:
        if (row["doc_id_a"], row["doc_id_b"]) != pair:
            pair = (row["doc_id_a"], row["doc_id_b"])
            yield f"== {row['source_a']} ({row['lang_a']}) | {row['source_b']} ({row['lang_b']})"
        left, right = wrap(linked_text(row, "a")), wrap(linked_text(row, "b"))
        label = f"{row['link']:>3} {row['link_type']:<4}"
        for index in range(max(len(left), len(right))):
            l_text = left[index] if index < len(left) else ""
            r_text = right[index] if index < len(right) else ""
            padding = " " * max(0, width - cell_len(l_text))
            yield f"{label if index == 0 else ' ' * len(label)} {l_text}{padding} | {r_text}"


def as_json(rows: list[Row]) -> str:
    """Aligned links as JSON (the columns of sentence_pairs plus languages and sources)."""
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _marked(text: str, start: int, mentions: list[Row], shared: set[str]) -> str:
    """The side's text with mentions of entities both versions name in <mark class="shared">."""
    from html import escape as html_escape

    parts, position = [], 0
    for mention in sorted(mentions, key=lambda m: m["start"]):
        left, right = mention["start"] - start, mention["end"] - start
        if mention["entity_id"] not in shared or left < position or right > len(text):
            continue
        title = html_escape(mention["entity_id"], quote=True)
        parts += [html_escape(text[position:left]), f'<mark class="shared" title="{title}">']
        parts += [html_escape(text[left:right]), "</mark>"]
        position = right
    parts.append(html_escape(text[position:]))
    return "".join(parts)


def _marked_side(link: Row, side: str, mentions: list[Row], shared: set[str]) -> str:
    """:func:`_marked` for each stretch of one side of a link, joined by :data:`GAP_MARK`."""
    from html import escape as html_escape

    text, start = link[f"text_{side}"] or "", link[f"start_{side}"]
    spans = link.get(f"spans_{side}") or []
    if start is None or len(spans) < 2:
        return _marked(text, start or 0, mentions, shared)
    pieces = [
        _marked(text[span["start"] - start : span["end"] - start], span["start"], mentions, shared) for span in spans
    ]
    return html_escape(GAP_MARK).join(pieces)


def report_section(root: Dataset, limit: int = 100) -> str:
    """HTML for the report: each document pair side by side, entities both versions name highlighted."""
    from html import escape as html_escape

    with open_build(root) as build:
        if not build.has("doc_pairs"):
            return "<p>no document pairs in this build</p>"
        pairs = build.table("doc_pairs").to_pylist()[:limit]
        if not pairs:
            return "<p>no document pairs in this build</p>"
        mention_rows = build.table("mentions", columns=["doc_id", "start", "end", "entity_id"]).to_pylist()
        link_rows = aligned_links(build, non_empty=True)
    wanted = {p["doc_id_a"] for p in pairs} | {p["doc_id_b"] for p in pairs}
    mentions: dict[str, list[Row]] = defaultdict(list)
    for row in mention_rows:
        if row["doc_id"] in wanted:
            mentions[row["doc_id"]].append(row)
    links = defaultdict(list)
    for row in link_rows:
        links[(row["doc_id_a"], row["doc_id_b"])].append(row)
    options, articles = [], []
    for index, pair in enumerate(pairs):
        a, b = pair["doc_id_a"], pair["doc_id_b"]
        shared = {m["entity_id"] for m in mentions[a]} & {m["entity_id"] for m in mentions[b]}
        rows = []
        for link in links[(a, b)]:
            left = _marked_side(link, "a", mentions[a], shared)
            right = _marked_side(link, "b", mentions[b], shared)
            rows.append(
                f'<tr><td class="kind">{html_escape(link["link_type"])}</td>'
                f'<td lang="{html_escape(pair["lang_a"])}">{left}</td>'
                f'<td lang="{html_escape(pair["lang_b"])}">{right}</td></tr>'
            )
        label = f"{pair['lang_a']}–{pair['lang_b']} {a} ~ {b} ({pair['score']:.2f})"
        options.append(f'<option value="pair-{index}">{html_escape(label)}</option>')
        articles.append(
            f'<article id="pair-{index}" class="pair"{" hidden" if index else ""}>'
            f'<p class="meta">{html_escape(label)} · shared: {html_escape(", ".join(pair["evidence"]["shared"]))}</p>'
            f'<table class="parallel">{"".join(rows)}</table></article>'
        )
    return (
        f'<div class="controls"><select id="pair-select">{"".join(options)}</select></div>'
        f'<section id="pairs">{"".join(articles)}</section>'
    )
