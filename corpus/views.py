"""Views of a built dataset for linguists: concordance lines, CoNLL-U and vertical (VRT) exports.

Every table is written in document order, so documents are streamed with their blocks, sentences and
mentions side by side; memory holds one document at a time.
"""

from __future__ import annotations

import bisect
import itertools
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape, quoteattr

from corpus.errors import CorpusError
from corpus.reader import Build, Dataset, entity_table, names_match, open_build, with_same_as
from corpus.writer import atomic_file

Row = dict[str, Any]


@dataclass
class DocumentView:
    document: Row
    blocks: list[Row]
    sentences: list[Row]
    mentions: list[Row]


def _rows(build: Build, table: str) -> Iterator[Row]:
    for batch in build.parquet(table).iter_batches(batch_size=2048):
        yield from batch.to_pylist()


def iter_documents(root: Dataset) -> Iterator[DocumentView]:
    """Each document with its blocks, sentences and mentions, in the order the build wrote them."""
    with open_build(root) as build:
        yield from _iter_documents(build)


def _iter_documents(build: Build) -> Iterator[DocumentView]:
    streams = {
        name: itertools.groupby(_rows(build, name), key=lambda row: row["doc_id"])
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

    for document in _rows(build, "documents"):
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
    return escape(xml_safe(_one_column(value)))


def matching_entities(root: Dataset, entity: str) -> list[Row]:
    """Entities whose id is ``entity`` or one of whose names (zh, ru, en, aliases) it spells, most
    mentioned first: one name can stand for several people; then those the build linked to them in another
    script (``same_as``)."""
    entities = entity_table(
        root, ["entity_id", "label", "name_zh", "name_ru", "name_en", "aliases", "n_mentions"]
    ).to_pylist()
    found = []
    for row in entities:
        names = (row["name_zh"], row["name_ru"], row["name_en"], *row["aliases"])
        if row["entity_id"] == entity or any(names_match(entity, name) for name in names):
            found.append(row)
    exact = [row for row in found if row["entity_id"] == entity]
    return with_same_as(exact or sorted(found, key=lambda row: (-row["n_mentions"], row["entity_id"])), entities)


@dataclass(frozen=True)
class KwicQuery:
    """What to look for. Text search (a string, or a regular expression with ``regex``) runs over the
    document text and may span tokens; ``lemma`` or ``upos`` make it a token search: QUERY is compared
    with each token's lemma (or form, with only ``upos``) as a whole, and ``upos`` keeps tokens of that
    part of speech (all of them when there is no QUERY)."""

    text: str | None = None
    regex: bool = False
    lemma: bool = False
    upos: str | None = None
    ignore_case: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        if not self.text:
            return None
        flags = re.IGNORECASE if self.ignore_case else 0
        try:
            return re.compile(self.text if self.regex else re.escape(self.text), flags)
        except re.error as err:
            raise CorpusError(f"{self.text!r} is not a regular expression: {err}") from None

    @property
    def by_token(self) -> bool:
        return self.lemma or self.upos is not None


def _token_value(token: Row, lemma: bool) -> str:
    if lemma:
        return token["lemma"] or token["form"].lower()
    return token["form"]


def _token_hits(tokens: list[Row], query: KwicQuery, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of the tokens the query picks."""
    hits = []
    wanted = query.text.casefold().replace("ё", "е") if query.text and not query.regex else None
    for token in tokens:
        if query.upos and token["upos"] != query.upos:
            continue
        if query.text:
            value = _token_value(token, query.lemma)
            if wanted is not None:
                value = value.casefold().replace("ё", "е") if query.ignore_case or query.lemma else value
                if value != (wanted if query.ignore_case or query.lemma else query.text):
                    continue
            elif pattern is not None and not pattern.fullmatch(value):
                continue
        hits.append((token["start"], token["end"]))
    return hits


def _whole_tokens(start: int, end: int, starts: list[int], tokens: list[Row]) -> tuple[int, int]:
    """The span widened to the tokens it touches, so a match never shows part of a word."""
    first = bisect.bisect_right(starts, start) - 1
    if first >= 0 and tokens[first]["start"] <= start < tokens[first]["end"]:
        start = tokens[first]["start"]
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if last >= 0 and tokens[last]["start"] < end < tokens[last]["end"]:
        end = tokens[last]["end"]
    return start, end


def _context_edges(cut_left: int, cut_right: int, starts: list[int], tokens: list[Row]) -> tuple[int, int]:
    """Context cut at token edges: a token the width would cut in two is left out."""
    index = bisect.bisect_right(starts, cut_left) - 1
    if index >= 0 and tokens[index]["start"] < cut_left < tokens[index]["end"]:
        cut_left = tokens[index]["end"]
    index = bisect.bisect_right(starts, cut_right) - 1
    if index >= 0 and tokens[index]["start"] < cut_right < tokens[index]["end"]:
        cut_right = tokens[index]["start"]
    return cut_left, cut_right


def kwic(
    root: Dataset,
    query: str | None = None,
    *,
    entity: str | None = None,
    lang: str | None = None,
    width: int = 30,
    regex: bool = False,
    lemma: bool = False,
    upos: str | None = None,
    ignore_case: bool = False,
) -> Iterator[KwicLine]:
    """Concordance lines: every occurrence of ``query`` in the text (a string, or a regular expression),
    every token whose lemma is ``query`` (``lemma``) or of part of speech ``upos``, or every mention of
    ``entity`` (an entity id, or any spelling of its name: all spellings of one entity come together; an
    unknown one is an error). Matches and contexts show whole tokens."""
    search = KwicQuery(query, regex, lemma, upos.upper() if upos else None, ignore_case)
    with open_build(root) as build:  # the entities and the documents of one build
        yield from _kwic(build, entity, lang, width, search)


def _kwic(build: Build, entity: str | None, lang: str | None, width: int, search: KwicQuery) -> Iterator[KwicLine]:
    wanted: set[str] = set()
    if entity:
        wanted = {row["entity_id"] for row in matching_entities(build, entity)}
        if not wanted:
            raise CorpusError(f"no entity has the id or name {entity!r} (corpus entities lists them)")
    pattern = search.pattern()
    for view in iter_documents(build):
        text, document = view.document["text"], view.document
        if lang and document["lang"] != lang:
            continue
        starts = [s["start"] for s in view.sentences]
        tokens = [token for sentence in view.sentences for token in sentence["tokens"]]
        token_starts = [token["start"] for token in tokens]
        hits: list[tuple[int, int, str | None]]
        if entity:
            hits = [(m["start"], m["end"], m["entity_id"]) for m in view.mentions if m["entity_id"] in wanted]
        elif search.by_token:
            hits = [(start, end, None) for start, end in _token_hits(tokens, search, pattern)]
        elif pattern is not None:
            hits, seen = [], -1
            for found in pattern.finditer(text):
                if found.end() == found.start():
                    continue
                start, end = _whole_tokens(found.start(), found.end(), token_starts, tokens)
                if start >= seen:  # two matches inside one token make one line
                    hits.append((start, end, None))
                    seen = end
        else:
            hits = []
        for start, end, entity_id in hits:
            index = bisect.bisect_right(starts, start) - 1
            left, right = _context_edges(max(0, start - width), min(len(text), end + width), token_starts, tokens)
            yield KwicLine(
                _flat(text[left:start]),
                text[start:end],
                _flat(text[end:right]),
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


CONLLU_COLUMNS = "ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC"


def _documents(root: Dataset, lang: str | None) -> Iterator[DocumentView]:
    """Documents in build order, only those in ``lang`` when given; a doc_id seen before is left out
    (builds never repeat one), so sentence ids stay unique in the file."""
    seen: set[str] = set()
    for view in iter_documents(root):
        doc_id = view.document["doc_id"]
        if (lang and view.document["lang"] != lang) or doc_id in seen:
            continue
        seen.add(doc_id)
        yield view


def _space_after(text: str, end: int) -> bool:
    return end >= len(text) or text[end].isspace()


def export_conllu(root: Path, out: TextIO, lang: str | None = None) -> int:
    """CoNLL-U as UD's validator reads it, without a parse: ``# global.columns`` and a comment that HEAD,
    DEPREL and DEPS are not annotated (``_``); ``# newdoc``/``# newpar`` markers, ``# sent_id`` (unique in
    the file: document id and sentence number), ``# text``; UPOS, XPOS (the tagger's own tag), LEMMA and
    FEATS from the sentences table; entity BIO tags as ``NE=B-PER`` and ``SpaceAfter=No`` in MISC.
    ``lang`` keeps the documents of one language. Returns sentences written."""
    written = 0
    out.write(f"# global.columns = {CONLLU_COLUMNS}\n")
    for view in _documents(root, lang):
        doc_id, text = view.document["doc_id"], view.document["text"]
        out.write(f"# newdoc id = {doc_id}\n")
        block = None
        for sentence in view.sentences:
            if sentence["block"] != block:
                block = sentence["block"]
                out.write(f"# newpar id = {doc_id}-p{block}\n")
            out.write(f"# sent_id = {doc_id}-s{sentence['sentence']}\n")
            if written == 0:
                out.write("# annotation = no syntactic parse: HEAD, DEPREL and DEPS are _ throughout\n")
            out.write(f"# text = {_flat(sentence['text'])}\n")
            tokens = sentence["tokens"]
            for number, (token, (tag, _)) in enumerate(
                zip(tokens, _entity_tags(sentence, view.mentions), strict=True), 1
            ):
                misc = [] if tag == "O" else [f"NE={tag}"]
                if not _space_after(text, token["end"]):
                    misc.append("SpaceAfter=No")
                fields = [
                    str(number),
                    token["form"],
                    token["lemma"] or "_",
                    token["upos"] or "_",
                    token["xpos"] or "_",
                    token["feats"] or "_",
                    "_",
                    "_",
                    "_",
                    "|".join(misc) or "_",
                ]
                out.write("\t".join(_one_column(field) for field in fields) + "\n")
            out.write("\n")
            written += 1
    return written


_COLUMN_BREAKS = re.compile(r"[\t\n\r\u0085\u2028\u2029]")


def _one_column(value: str) -> str:
    """No tab or line break may split a column."""
    return _COLUMN_BREAKS.sub(" ", value)


VRT_COLUMNS = ("word", "upos", "xpos", "lemma")
VRT_STRUCTURES = {
    "doc": ("id", "source", "date", "lang", "title"),
    "p": ("kind",),
    "s": ("id",),
    "entity": ("type", "id"),
}
"""Structural attributes of the vertical file, as ``cwb-encode -S`` and the registry name them."""


def export_vrt(root: Path, out: TextIO, lang: str | None = None) -> int:
    """A vertical file for Sketch Engine / NoSketch Engine / CWB: ``<doc>``, ``<p>``, ``<s id>`` (document
    id and sentence number, as CoNLL-U's sent_id) and ``<entity>`` structures, one token per line (word,
    upos, xpos, lemma; ``-`` where empty). ``lang`` keeps one language's documents. Returns documents
    written."""
    written = 0
    for view in _documents(root, lang):
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
            sentence_id = f"{document['doc_id']}-s{sentence['sentence']}"
            out.write(f"<s id={_vrt_attribute(sentence_id)}>\n")
            open_entity: Row | None = None
            for token, (_, mention) in zip(sentence["tokens"], _entity_tags(sentence, view.mentions), strict=True):
                if mention is not open_entity:
                    if open_entity is not None:
                        out.write("</entity>\n")
                    if mention is not None:
                        label, entity_id = _vrt_attribute(mention["label"]), _vrt_attribute(mention["entity_id"])
                        out.write(f"<entity type={label} id={entity_id}>\n")
                    open_entity = mention
                fields = (token["form"], token["upos"] or "-", token["xpos"] or "-", token["lemma"] or "-")
                out.write("\t".join(_vrt_field(field) for field in fields) + "\n")
            if open_entity is not None:
                out.write("</entity>\n")
            out.write("</s>\n")
        if block is not None:
            out.write("</p>\n")
        out.write("</doc>\n")
        written += 1
    return written


def cwb_corpus_id(vrt: Path) -> str:
    """A CWB corpus id from the file's name: lower-case letters, digits, ``_`` and ``-``, starting with a letter."""
    name = re.sub(r"[^a-z0-9_-]+", "_", vrt.stem.lower()).strip("_-")
    return name if name[:1].isalpha() else f"c_{name}"


def cwb_encode_command(vrt: Path) -> str:
    """The ``cwb-encode`` call that matches :func:`write_cwb_registry` for ``vrt``."""
    positional = " ".join(f"-P {column}" for column in VRT_COLUMNS[1:])
    structural = " ".join(f"-S {name}:0+{'+'.join(attrs)}" for name, attrs in VRT_STRUCTURES.items())
    data = vrt.with_suffix(".cwb")
    return (
        f"cwb-encode -c utf8 -x -s -B -d {shlex.quote(str(data))} -f {shlex.quote(str(vrt))} {positional} {structural}"
    )


def write_cwb_registry(vrt: Path, lang: str | None = None) -> Path:
    """A CWB registry file for the vertical file ``vrt``: ``registry/<id>`` beside it, its HOME the
    folder ``<name>.cwb`` beside it (made empty, as ``cwb-encode -d`` wants it), its attributes those of
    :func:`export_vrt`. Then ``cwb-encode`` (the command is in the file's comments) and ``cwb-makeall -r
    registry <ID>`` need no edits. Returns the registry file."""
    vrt = vrt.resolve()
    corpus = cwb_corpus_id(vrt)
    data = vrt.with_suffix(".cwb")
    data.mkdir(parents=True, exist_ok=True)
    lines = [
        "##",
        f"## registry entry for corpus {corpus.upper()}, written with {vrt.name}",
        f"## encode: {cwb_encode_command(vrt)}",
        f"## index:  cwb-makeall -r {shlex.quote(str(vrt.parent / 'registry'))} -V {corpus.upper()}",
        "##",
        "",
        f'NAME "{vrt.stem}"',
        f"ID   {corpus}",
        f"HOME {data}" if re.fullmatch(r"[\w/.:+-]+", str(data)) else f'HOME "{data}"',
        "",
        '##:: charset  = "utf8"',
        f'##:: language = "{lang or "??"}"',
        "",
        *(f"ATTRIBUTE {column}" for column in VRT_COLUMNS),
        "",
    ]
    for name, attrs in VRT_STRUCTURES.items():
        lines += [f"STRUCTURE {name}", *(f"STRUCTURE {name}_{attr}" for attr in attrs), ""]
    registry = vrt.parent / "registry" / corpus
    registry.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(registry) as stream:
        stream.write("\n".join(lines))
    return registry
