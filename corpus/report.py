"""`corpus report`: one self-contained HTML page (no network assets) for reading a built dataset.

Summary, charts (top entities per type, mentions over time, speakers' share of quotes) as inline SVG,
a sortable and filterable entity table, quotes grouped by speaker, and a document view with entities
highlighted and quotes marked.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from html import escape
from pathlib import Path
from typing import Any

from corpus.parallel import report_section
from corpus.reader import read_manifest, read_table
from corpus.views import iter_documents
from corpus.writer import atomic_file

MAX_DOCUMENTS_SHOWN = 200
MAX_ENTITY_ROWS = 5000


_SCRIPT_ESCAPES = {ord(char): f"\\u{ord(char):04x}" for char in "<>&\u2028\u2029"}


def script_json(value: Any) -> str:
    """JSON to embed in a ``<script>`` element: no ``</script>``, ``<!--`` or ``<script`` from the data can
    end or comment out the page's own script, and no U+2028/9 can end a line inside a string."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


def _bar_chart(title: str, items: list[tuple[str, int]], chart_id: str) -> str:
    if not items:
        caption = f"<figcaption>{escape(title)}</figcaption>"
        return f'<figure id="{chart_id}">{caption}<p class="empty">nothing to show</p></figure>'
    top = max(value for _, value in items) or 1
    rows = []
    for index, (label, value) in enumerate(items):
        y = index * 22
        width = 260 * value / top
        rows.append(
            f'<text x="0" y="{y + 15}" class="label">{escape(label[:28])}</text>'
            f'<rect x="190" y="{y + 3}" width="{width:.1f}" height="16"></rect>'
            f'<text x="{196 + width:.1f}" y="{y + 15}" class="value">{value}</text>'
        )
    height = 22 * len(items)
    return (
        f'<figure id="{chart_id}"><figcaption>{escape(title)}</figcaption>'
        f'<svg viewBox="0 0 500 {height}" width="500" height="{height}" role="img">{"".join(rows)}</svg></figure>'
    )


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


def build_report(root: Path) -> str:
    manifest = read_manifest(root)
    entities = read_table(root, "entities").to_pylist()
    quotes = read_table(root, "quotes").to_pylist()
    entity_rows = sorted(entities, key=lambda e: (-e["n_mentions"], e["entity_id"]))[:MAX_ENTITY_ROWS]
    table_data = [
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

    top_by_type = {
        label: [
            (e["name_en"] or e["name_zh"] or e["name_ru"] or e["entity_id"], e["n_mentions"])
            for e in entity_rows
            if e["label"] == label
        ][:8]
        for label in ("PER", "LOC", "ORG")
    }
    by_month: Counter[str] = Counter()
    documents_html, options = [], []
    speakers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for quote in quotes:
        if quote["kind"] in ("direct", "indirect", "answer"):
            speakers[
                quote["speaker_name_en"] or quote["speaker_entity_id"] or quote["speaker_text"] or "unknown"
            ].append(quote)
    for index, view in enumerate(iter_documents(root)):
        document = view.document
        if document["date"]:
            by_month[str(document["date"])[:7]] += len(view.mentions)
        if index >= MAX_DOCUMENTS_SHOWN:
            continue
        doc_quotes = [q for q in quotes if q["doc_id"] == document["doc_id"]]
        label = document["title"] or document["source"]
        options.append(f'<option value="doc-{index}">{escape(label)}</option>')
        documents_html.append(
            f'<article id="doc-{index}" class="document"{" hidden" if index else ""}>'
            f'<h3>{escape(label)}</h3><p class="meta">{escape(document["source"])} · {escape(document["lang"])}'
            f" · {escape(str(document['date'] or 'no date'))}</p>"
            f'<div class="text">{_document_html(document["text"], view.mentions, doc_quotes)}</div></article>'
        )

    speaker_share = sorted(((name, len(items)) for name, items in speakers.items()), key=lambda item: -item[1])[:10]
    charts = "".join(
        [
            *(
                _bar_chart(f"Top {label} entities (mentions)", items, f"chart-{label}")
                for label, items in top_by_type.items()
            ),
            _bar_chart("Mentions by month", sorted(by_month.items()), "chart-time"),
            _bar_chart("Speakers' share of quotes", speaker_share, "chart-speakers"),
        ]
    )
    quote_groups = []
    for name, items in sorted(speakers.items(), key=lambda item: -len(item[1]))[:100]:
        lines = "".join(
            f'<li><span class="kind">{escape(q["kind"])}</span> {escape(q["text"][:300])}</li>' for q in items[:50]
        )
        quote_groups.append(f"<details><summary>{escape(name)} ({len(items)})</summary><ul>{lines}</ul></details>")
    rows = manifest.get("rows", {})
    summary = " · ".join(f"{escape(str(count))} {escape(table)}" for table, count in rows.items())
    languages = ", ".join(f"{escape(k)} {v}" for k, v in manifest.get("languages", {}).items())
    return _PAGE.format(
        title=escape(f"Corpus report: {root.name}"),
        summary=summary,
        languages=languages,
        version=escape(str(manifest.get("version", "?"))),
        charts=charts,
        entity_data=script_json(table_data),
        quotes="".join(quote_groups) or "<p>no quotes</p>",
        options="".join(options),
        documents="".join(documents_html),
        pairs=report_section(root),
    )


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
<div class="controls"><select id="document-select">{options}</select></div>
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
document.getElementById("document-select").addEventListener("change", event => {{
  document.querySelectorAll("article.document").forEach(a => {{ a.hidden = a.id !== event.target.value; }});
}});
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
