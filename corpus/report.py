"""`corpus report`: one self-contained HTML page (no network assets) for reading a built dataset.

Summary, charts (top entities per type, mentions over time, speakers' share of quotes) as inline SVG,
a sortable and filterable entity table, quotes grouped by speaker, and a document view with entities
highlighted and quotes marked, each text block in its own language; a paged list of every document with
search and filters (language, date, source); a colour legend; the co-occurrence network of the top
entities.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from corpus.parallel import report_section
from corpus.reader import Dataset, open_build
from corpus.report_charts import bar_chart, display_name, network_svg
from corpus.views import DocumentView, iter_documents
from corpus.writer import atomic_file

MAX_DOCUMENT_TEXTS = 5000
"""Documents whose annotated text the page holds; the document list always covers every document and says
which ones have no text in the page."""
MAX_ENTITY_ROWS = 5000
SPEAKER_TYPES = ("PER", "ORG")
"""Quotes are grouped under speakers that are persons or bodies; pronouns, titles and unresolved words
(他, его, 会议) are not speakers in the charts."""


_SCRIPT_ESCAPES = {ord(char): f"\\u{ord(char):04x}" for char in "<>&\u2028\u2029"}


def script_json(value: Any) -> str:
    """JSON to embed in a ``<script>`` element: no ``</script>``, ``<!--`` or ``<script`` from the data can
    end or comment out the page's own script, and no U+2028/9 can end a line inside a string."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


def _document_html(text: str, mentions: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> str:
    """The text with entities in <mark> and quoted words in <q>; spans that would cross are left flat."""
    events: list[tuple[int, int, str]] = []
    for quote in quotes:
        title = escape(f"{quote['kind']} — {quote['speaker_text'] or 'unknown speaker'}", quote=True)
        events.append((quote["start"], 0, f'<q class="quote" title="{title}">'))
        events.append((quote["end"], 0, "</q>"))
    for mention in mentions:
        if any(q["start"] < mention["end"] <= q["end"] and not q["start"] <= mention["start"] for q in quotes):
            continue
        title = escape(mention["entity_id"], quote=True)
        events.append((mention["start"], 1, f'<mark class="{mention["label"]}" title="{title}">'))
        events.append((mention["end"], -1, "</mark>"))
    events.sort(key=lambda event: (event[0], event[1]))
    parts, position = [], 0
    for offset, _, tag in events:
        parts.append(escape(text[position:offset]))
        parts.append(tag)
        position = offset
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n", "<br>")


def _blocks_html(
    text: str, blocks: list[dict[str, Any]], mentions: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> str:
    """The document block by block, each a paragraph with its own ``lang`` (a Russian caption in a Chinese
    article is marked Russian); a quote running over several blocks is marked in each."""
    parts = []
    for block in blocks:
        start, end = block["start"], block["end"]
        inside = [
            {**m, "start": m["start"] - start, "end": m["end"] - start}
            for m in mentions
            if m["start"] >= start and m["end"] <= end
        ]
        clipped = [
            {**q, "start": max(q["start"], start) - start, "end": min(q["end"], end) - start}
            for q in quotes
            if q["start"] < end and q["end"] > start
        ]
        lang = block["lang"] if block["lang"] not in ("mixed", "") else ""
        attribute = f' lang="{escape(lang, quote=True)}"' if lang else ""
        parts.append(
            f'<p class="block {escape(block["kind"], quote=True)}"{attribute}>'
            f"{_document_html(text[start:end], inside, clipped)}</p>"
        )
    return "".join(parts)


def build_report(root: Path) -> str:
    """The whole page: each section is built by its own function and filled into ``_PAGE``, all from one
    build (a build committed to ``root`` meanwhile is not mixed in)."""
    with open_build(root) as build:
        manifest = build.manifest
        entities = build.table("entities").to_pylist()
        quotes = build.table("quotes").to_pylist()
        entity_rows = _top_entities(entities)
        speakers, quotes_of = _group_quotes(entities, quotes)
        documents = _read_documents(build, quotes_of)
        charts = _charts_html(build, entity_rows, documents.by_month, speakers)
        pairs = report_section(build)
    summary, languages = _summary_html(manifest)
    return _PAGE.format(
        title=escape(f"Corpus report: {root.name}"),
        summary=summary,
        languages=languages,
        version=escape(str(manifest.get("version", "?"))),
        charts=charts,
        entity_data=script_json(_entity_table_data(entity_rows)),
        quotes=_quotes_html(speakers, documents.doc_lang),
        document_data=script_json(documents.document_list),
        texts_note=escape(_texts_note(len(documents.document_list))),
        documents="".join(documents.documents_html),
        pairs=pairs,
    )


def _top_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entities the page shows, most mentioned first; capped so a large corpus keeps a page that opens."""
    return sorted(entities, key=lambda e: (-e["n_mentions"], e["entity_id"]))[:MAX_ENTITY_ROWS]


def _entity_table_data(entity_rows: list[dict[str, Any]]) -> list[list[Any]]:
    """Rows of the entity table as plain lists; the page's script sorts and filters them by column index."""
    return [
        [
            e["entity_id"],
            e["label"],
            e["name_zh"] or "",
            e["name_ru"] or "",
            e["name_en"] or "",
            e["n_mentions"],
            e["n_docs"],
        ]
        for e in entity_rows
    ]


def _group_quotes(
    entities: list[dict[str, Any]], quotes: list[dict[str, Any]]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """(quotes by speaker name, quotes by document): the quotes section and chart read the first, the
    document view the second. Only persons and bodies are speakers (see ``SPEAKER_TYPES``)."""
    speakers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    speaking = {e["entity_id"]: e for e in entities if e["label"] in SPEAKER_TYPES}
    quotes_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for quote in quotes:
        quotes_of[quote["doc_id"]].append(quote)
        speaker = speaking.get(quote["speaker_entity_id"] or "")
        if speaker is not None and quote["kind"] in ("direct", "indirect", "answer"):
            speakers[speaker["name_en"] or speaker["name_zh"] or speaker["name_ru"] or "?"].append(quote)
    return speakers, quotes_of


@dataclass(slots=True)
class _Documents:
    """What one walk over the documents yields for the page: reading them once keeps a large corpus cheap."""

    by_month: Counter[str] = field(default_factory=Counter)
    document_list: list[list[Any]] = field(default_factory=list)
    documents_html: list[str] = field(default_factory=list)
    doc_lang: dict[str, str] = field(default_factory=dict)


def _read_documents(root: Dataset, quotes_of: dict[str, list[dict[str, Any]]]) -> _Documents:
    """Mentions per month, the document list (every document) and the document views (the first
    ``MAX_DOCUMENT_TEXTS``), in one pass over the documents."""
    documents = _Documents()
    for index, view in enumerate(iter_documents(root)):
        document = view.document
        documents.doc_lang[document["doc_id"]] = document["lang"]
        if document["date"]:
            documents.by_month[str(document["date"])[:7]] += len(view.mentions)
        doc_quotes = quotes_of.get(document["doc_id"], [])
        label = document["title"] or document["source"]
        has_text = index < MAX_DOCUMENT_TEXTS
        documents.document_list.append(
            [index, label, document["source"], document["lang"], str(document["date"] or ""),
             len(view.mentions), len(doc_quotes), has_text]
        )  # fmt: skip
        if has_text:
            documents.documents_html.append(_document_article(index, label, view, doc_quotes))
    return documents


def _document_article(index: int, label: str, view: DocumentView, doc_quotes: list[dict[str, Any]]) -> str:
    """One document's view; all but the first start hidden, and the list's script shows the one picked."""
    document = view.document
    return (
        f'<article id="doc-{index}" class="document" lang="{escape(document["lang"], quote=True)}"'
        f"{' hidden' if index else ''}>"
        f'<h3>{escape(label)}</h3><p class="meta">{escape(document["source"])} · {escape(document["lang"])}'
        f" · {escape(str(document['date'] or 'no date'))}</p>"
        f'<div class="text">{_blocks_html(document["text"], view.blocks, view.mentions, doc_quotes)}</div>'
        "</article>"
    )


def _texts_note(n_documents: int) -> str:
    """Says which documents have no text in the page, so a missing view reads as a cap, not a bug."""
    if n_documents <= MAX_DOCUMENT_TEXTS:
        return ""
    return (
        f"The page holds the text of the first {MAX_DOCUMENT_TEXTS:,} of {n_documents:,} documents; the "
        "list covers all of them (read the others with corpus kwic or from documents.parquet)."
    )


def _charts_html(
    root: Dataset,
    entity_rows: list[dict[str, Any]],
    by_month: Counter[str],
    speakers: dict[str, list[dict[str, Any]]],
) -> str:
    """The charts section: top entities per type, mentions over time, speakers' share of quotes and the
    co-occurrence network, as inline SVG so the page needs no network assets."""
    top_by_type = {
        label: [(display_name(e), e["n_mentions"]) for e in entity_rows if e["label"] == label][:8]
        for label in ("PER", "LOC", "ORG")
    }
    speaker_share = sorted(((name, len(items)) for name, items in speakers.items()), key=lambda item: -item[1])[:10]
    return "".join(
        [
            *(
                bar_chart(f"Top {label} entities (mentions)", items, f"chart-{label}")
                for label, items in top_by_type.items()
            ),
            bar_chart("Mentions by month", sorted(by_month.items()), "chart-time"),
            bar_chart("Speakers' share of quotes (persons and bodies)", speaker_share, "chart-speakers"),
            network_svg(root, entity_rows),
        ]
    )


def _quotes_html(speakers: dict[str, list[dict[str, Any]]], doc_lang: dict[str, str]) -> str:
    """Quotes grouped by speaker, most quoted first; each quote carries its document's language so it is
    rendered in the right script."""
    quote_groups = []
    for name, items in sorted(speakers.items(), key=lambda item: -len(item[1]))[:100]:
        lines = "".join(
            f'<li lang="{escape(doc_lang.get(q["doc_id"], "und"), quote=True)}"><span class="kind">'
            f"{escape(q['kind'])}</span> {escape(q['text'][:300])}</li>"
            for q in items[:50]
        )
        quote_groups.append(f"<details><summary>{escape(name)} ({len(items)})</summary><ul>{lines}</ul></details>")
    return "".join(quote_groups) or "<p>no quotes</p>"


def _summary_html(manifest: dict[str, Any]) -> tuple[str, str]:
    """(row counts per table, documents per language) from the manifest, for the page's header lines."""
    rows = manifest.get("rows", {})
    summary = " · ".join(f"{escape(str(count))} {escape(table)}" for table, count in rows.items())
    languages = ", ".join(f"{escape(k)} {v}" for k, v in manifest.get("languages", {}).items())
    return summary, languages


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 1.5rem auto; max-width: 1100px; color: #222; }}
h1 {{ font-size: 1.5rem; }} h2 {{ border-bottom: 1px solid #ccc; margin-top: 2rem; }}
figure {{ display: inline-block; margin: .5rem 1rem .5rem 0; vertical-align: top; }}
figcaption {{ font-weight: 600; margin-bottom: .3rem; }}
svg rect {{ fill: #4a78b5; }} svg text {{ font-size: 12px; }} svg .value {{ fill: #555; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
th, td {{ border-bottom: 1px solid #e3e3e3; padding: .25rem .4rem; text-align: left; }}
th {{ cursor: pointer; background: #f4f6f9; user-select: none; }} td.num {{ text-align: right; }}
mark.PER {{ background: #ffe08a; }} mark.LOC {{ background: #b9e4c9; }} mark.ORG {{ background: #c7d7f5; }}
mark.MISC {{ background: #eadcf7; }} q.quote {{ text-decoration: underline dotted #b5504a; quotes: none; }}
.controls {{ margin: .5rem 0; display: flex; gap: .5rem; }} .meta {{ color: #666; font-size: .85rem; }}
mark.shared {{ background: #ffd0a8; }} table.parallel td {{ vertical-align: top; width: 48%; }}
.text {{ line-height: 1.7; }} .kind {{ color: #666; font-size: .8rem; text-transform: uppercase; }}
p.block {{ margin: .35rem 0; }} p.block.title {{ font-weight: 600; }} p.block.caption {{ color: #555; }}
.legend mark, .legend q {{ padding: 0 .3rem; margin-right: .4rem; }}
#doc-list tbody tr {{ cursor: pointer; }} #doc-list tbody tr:hover {{ background: #f4f6f9; }}
#doc-list tr.selected {{ background: #fff4d6; }} #doc-list td:nth-child(3) {{ white-space: nowrap; }}
#doc-list tr.no-text td {{ color: #888; }}
svg line.edge {{ stroke: #8a96a8; stroke-opacity: .55; }} svg g.node text {{ font-size: 11px; fill: #222; }}
svg g.legend text {{ font-size: 12px; }} #chart-network {{ display: block; }}
</style></head>
<body>
<h1>{title}</h1>
<p id="summary">{summary}</p><p>Documents by language: {languages}. Built with corpus {version}.</p>
<h2>Charts</h2>
<section id="charts">{charts}</section>
<h2>Entities</h2>
<div class="controls">
<input id="entity-filter" type="search" placeholder="Filter by name or id (any language)" size="40">
<select id="entity-type"><option value="">all types</option><option>PER</option><option>LOC</option>
<option>ORG</option><option>MISC</option></select>
<span id="entity-count"></span></div>
<table id="entities"><thead><tr><th data-col="0">entity</th><th data-col="1">type</th>
<th data-col="2">zh</th><th data-col="3">ru</th><th data-col="4">en</th>
<th data-col="5">mentions</th><th data-col="6">documents</th></tr></thead>
<tbody></tbody></table>
<h2>Quotes by speaker</h2>
<section id="quotes">{quotes}</section>
<h2>Documents</h2>
<p class="legend" id="legend">Colours: <mark class="PER">person (PER)</mark><mark class="LOC">place (LOC)</mark>
<mark class="ORG">organisation (ORG)</mark><mark class="MISC">other name (MISC)</mark>
<q class="quote">quoted words</q><mark class="shared">named in both versions of a pair</mark></p>
<div class="controls">
<input id="doc-search" type="search" placeholder="Search title, source or text" size="30">
<select id="doc-lang"><option value="">all languages</option></select>
<select id="doc-source"><option value="">all sources</option></select>
<label>from <input id="doc-from" type="date"></label><label>to <input id="doc-to" type="date"></label>
</div>
<div class="controls"><button id="doc-prev" type="button">previous</button>
<span id="doc-page"></span><button id="doc-next" type="button">next</button></div>
<table id="doc-list"><thead><tr><th>title</th><th>language</th><th>date</th><th>source</th>
<th>mentions</th><th>quotes</th></tr></thead><tbody></tbody></table>
<p class="meta" id="texts-note">{texts_note}</p>
<p class="meta" id="doc-missing" hidden>This document's text is not in the page (see the note above).</p>
<section id="documents">{documents}</section>
<h2>Parallel pairs</h2>
{pairs}
<script>
const entities = {entity_data};
let sortColumn = 5, sortDescending = true;
function renderEntities() {{
  const query = document.getElementById("entity-filter").value.trim().toLowerCase();
  const type = document.getElementById("entity-type").value;
  const rows = entities.filter(e => (!type || e[1] === type) &&
    (!query || e.slice(0, 5).some(v => String(v).toLowerCase().includes(query))));
  rows.sort((a, b) => {{
    const x = a[sortColumn], y = b[sortColumn];
    const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return sortDescending ? -order : order;
  }});
  const body = document.querySelector("#entities tbody");
  body.replaceChildren(...rows.map(e => {{
    const tr = document.createElement("tr");
    e.forEach((value, i) => {{
      const td = document.createElement("td");
      td.textContent = value;
      if (i >= 5) td.className = "num";
      if (i >= 2 && i <= 4) td.lang = ["zh", "ru", "en"][i - 2];
      tr.appendChild(td);
    }});
    return tr;
  }}));
  document.getElementById("entity-count").textContent = rows.length + " of " + entities.length;
}}
document.querySelectorAll("#entities th").forEach(th => th.addEventListener("click", () => {{
  const column = Number(th.dataset.col);
  sortDescending = column === sortColumn ? !sortDescending : column >= 5;
  sortColumn = column;
  renderEntities();
}}));
document.getElementById("entity-filter").addEventListener("input", renderEntities);
document.getElementById("entity-type").addEventListener("change", renderEntities);
const docs = {document_data};
const PAGE_SIZE = 50;
let docRows = docs, docPage = 0, shownDocument = 0;
const docTexts = new Map();
document.querySelectorAll("article.document").forEach(a => docTexts.set(a.id, a.textContent.toLowerCase()));
const sourceGroup = source => {{
  const slash = source.lastIndexOf("/");
  return slash > 0 ? source.slice(0, slash) : source.split(":")[0];
}};
function fillSelect(id, values) {{
  const select = document.getElementById(id);
  [...new Set(values)].sort().forEach(value => {{
    const option = document.createElement("option");
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  }});
}}
fillSelect("doc-lang", docs.map(d => d[3]));
fillSelect("doc-source", docs.map(d => sourceGroup(d[2])));
function filterDocuments() {{
  const query = document.getElementById("doc-search").value.trim().toLowerCase();
  const lang = document.getElementById("doc-lang").value;
  const group = document.getElementById("doc-source").value;
  const from = document.getElementById("doc-from").value, to = document.getElementById("doc-to").value;
  docRows = docs.filter(d => (!lang || d[3] === lang) && (!group || sourceGroup(d[2]) === group) &&
    (!from || (d[4] && d[4] >= from)) && (!to || (d[4] && d[4] <= to)) &&
    (!query || d[1].toLowerCase().includes(query) || d[2].toLowerCase().includes(query) ||
     (docTexts.get("doc-" + d[0]) || "").includes(query)));
  docPage = 0;
  renderDocuments();
}}
function renderDocuments() {{
  const pages = Math.max(1, Math.ceil(docRows.length / PAGE_SIZE));
  docPage = Math.min(Math.max(docPage, 0), pages - 1);
  const first = docPage * PAGE_SIZE, page = docRows.slice(first, first + PAGE_SIZE);
  document.querySelector("#doc-list tbody").replaceChildren(...page.map(d => {{
    const tr = document.createElement("tr");
    tr.dataset.doc = "doc-" + d[0];
    [d[1], d[3], d[4] || "no date", d[2], d[5], d[6]].forEach((value, i) => {{
      const td = document.createElement("td");
      td.textContent = value;
      if (i === 0) td.lang = d[3];
      if (i >= 4) td.className = "num";
      tr.appendChild(td);
    }});
    if (!d[7]) tr.classList.add("no-text");
    if (d[0] === shownDocument) tr.classList.add("selected");
    tr.addEventListener("click", () => showDocument(d[0]));
    return tr;
  }}));
  document.getElementById("doc-page").textContent = docRows.length
    ? `${{first + 1}}–${{first + page.length}} of ${{docRows.length}} documents ` +
      `(page ${{docPage + 1}} of ${{pages}}; ${{docs.length}} in all)`
    : `no document matches (${{docs.length}} in all)`;
  document.getElementById("doc-prev").disabled = docPage === 0;
  document.getElementById("doc-next").disabled = docPage >= pages - 1;
}}
function showDocument(index) {{
  shownDocument = index;
  document.querySelectorAll("article.document:not([hidden])").forEach(a => {{ a.hidden = true; }});
  const article = document.getElementById("doc-" + index);
  if (article) article.hidden = false;
  document.getElementById("doc-missing").hidden = Boolean(article);
  document.querySelectorAll("#doc-list tbody tr").forEach(tr => {{
    tr.classList.toggle("selected", tr.dataset.doc === "doc-" + index);
  }});
}}
["doc-search"].forEach(id => document.getElementById(id).addEventListener("input", filterDocuments));
["doc-lang", "doc-source", "doc-from", "doc-to"].forEach(id =>
  document.getElementById(id).addEventListener("change", filterDocuments));
document.getElementById("doc-prev").addEventListener("click", () => {{ docPage -= 1; renderDocuments(); }});
document.getElementById("doc-next").addEventListener("click", () => {{ docPage += 1; renderDocuments(); }});
renderDocuments();
document.getElementById("pair-select")?.addEventListener("change", event => {{
  document.querySelectorAll("article.pair").forEach(a => {{ a.hidden = a.id !== event.target.value; }});
}});
renderEntities();
</script>
</body></html>
"""


def write_report(root: Path, out: Path) -> None:
    """Write the page; a failed report leaves nothing half-written."""
    page = build_report(root)
    with atomic_file(out) as stream:
        stream.write(page)
