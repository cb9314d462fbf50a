"""Inline SVG pieces of the report: bar charts with whole labels, and the co-occurrence network of the
top entities. Everything from the data is escaped for HTML; nothing is fetched from the network."""

from __future__ import annotations

import math
import unicodedata
from html import escape
from typing import Any

from corpus.analysis import cooccurrences
from corpus.reader import Dataset

TYPE_COLOURS = {"PER": "#e0a800", "LOC": "#3c9a5f", "ORG": "#4a78b5", "MISC": "#9a6fc4"}
"""Node colours of the network, the same hues as the highlights of the document view (darker)."""


def text_width(text: str, size: float = 12) -> float:
    """Rough width in pixels of ``text`` at ``size``: wide (CJK) characters take a full em, others about
    0.6 em. Enough to give every label its whole room instead of clipping it."""
    wide = sum(1 for char in text if unicodedata.east_asian_width(char) in ("W", "F"))
    return size * (wide + 0.6 * (len(text) - wide))


def bar_chart(title: str, items: list[tuple[str, int]], chart_id: str) -> str:
    """A horizontal bar chart whose label column is as wide as its longest label."""
    caption = f"<figcaption>{escape(title)}</figcaption>"
    if not items:
        return f'<figure id="{chart_id}">{caption}<p class="empty">nothing to show</p></figure>'
    top = max(value for _, value in items) or 1
    label_width = max(text_width(label) for label, _ in items) + 10
    bar_room = 240
    rows = []
    for index, (label, value) in enumerate(items):
        y = index * 22
        width = bar_room * value / top
        rows.append(
            f'<text x="0" y="{y + 15}" class="label">{escape(label)}</text>'
            f'<rect x="{label_width:.0f}" y="{y + 3}" width="{width:.1f}" height="16"></rect>'
            f'<text x="{label_width + 6 + width:.1f}" y="{y + 15}" class="value">{value}</text>'
        )
    height = 22 * len(items)
    total = label_width + bar_room + 50
    return (
        f'<figure id="{chart_id}">{caption}<svg viewBox="0 0 {total:.0f} {height}" width="{total:.0f}" '
        f'height="{height}" role="img">{"".join(rows)}</svg></figure>'
    )


def _layout(nodes: list[str], edges: list[tuple[str, str, float]], size: float) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions, started from a circle so the picture is the same on every run."""
    count = len(nodes)
    position = {
        node: [
            size / 2 + size / 3 * math.cos(2 * math.pi * i / count),
            size / 2 + size / 3 * math.sin(2 * math.pi * i / count),
        ]
        for i, node in enumerate(nodes)
    }
    k = 0.8 * size / math.sqrt(count)
    heaviest = max((weight for _, _, weight in edges), default=1.0)
    temperature = size / 10
    for _ in range(150):
        shift = {node: [0.0, 0.0] for node in nodes}
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = position[a][0] - position[b][0], position[a][1] - position[b][1]
                distance = max(math.hypot(dx, dy), 0.01)
                push = k * k / distance
                shift[a][0] += dx / distance * push
                shift[a][1] += dy / distance * push
                shift[b][0] -= dx / distance * push
                shift[b][1] -= dy / distance * push
        for a, b, weight in edges:
            dx, dy = position[a][0] - position[b][0], position[a][1] - position[b][1]
            distance = max(math.hypot(dx, dy), 0.01)
            pull = distance * distance / k * (0.3 + weight / heaviest)
            shift[a][0] -= dx / distance * pull
            shift[a][1] -= dy / distance * pull
            shift[b][0] += dx / distance * pull
            shift[b][1] += dy / distance * pull
        for node in nodes:
            dx, dy = shift[node]
            length = max(math.hypot(dx, dy), 0.01)
            step = min(length, temperature)
            position[node][0] = min(size - 40, max(40, position[node][0] + dx / length * step))
            position[node][1] = min(size - 20, max(20, position[node][1] + dy / length * step))
        temperature *= 0.97
    return {node: (x, y) for node, (x, y) in position.items()}


def network_svg(root: Dataset, entities: list[dict[str, Any]], top: int = 30, max_edges: int = 80) -> str:
    """The co-occurrence network of the ``top`` most mentioned entities: an edge for each pair named in
    the same document (width by how many), nodes coloured by type and sized by mentions."""
    chosen = entities[:top]
    caption = (
        "<figcaption>Co-occurrence network: the most mentioned entities, linked when named in the same "
        "document (line width: documents; circle: mentions)</figcaption>"
    )
    if len(chosen) < 2:
        return f'<figure id="chart-network">{caption}<p class="empty">nothing to show</p></figure>'
    ids = [entity["entity_id"] for entity in chosen]
    pairs = cooccurrences(root, unit="document", min_freq=1, top=max_edges, entity_ids=ids)
    linked = {pair["entity_a"] for pair in pairs} | {pair["entity_b"] for pair in pairs}
    by_id = {entity["entity_id"]: entity for entity in chosen if entity["entity_id"] in linked}
    if len(by_id) < 2:
        return f'<figure id="chart-network">{caption}<p class="empty">no two of them share a document</p></figure>'
    size = 640.0
    edges = [(pair["entity_a"], pair["entity_b"], float(pair["count"])) for pair in pairs]
    position = _layout(list(by_id), edges, size)
    heaviest = max(weight for _, _, weight in edges)
    most = max(entity["n_mentions"] for entity in by_id.values()) or 1
    parts = []
    for a, b, weight in edges:
        (x1, y1), (x2, y2) = position[a], position[b]
        title = escape(f"{display_name(by_id[a])} — {display_name(by_id[b])}: {int(weight)} documents")
        parts.append(
            f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{0.6 + 5 * weight / heaviest:.1f}"><title>{title}</title></line>'
        )
    for entity_id, entity in by_id.items():
        x, y = position[entity_id]
        radius = 4 + 10 * math.sqrt(entity["n_mentions"] / most)
        colour = TYPE_COLOURS.get(entity["label"], "#888")
        name = display_name(entity)
        tooltip = escape(f"{name} ({entity_id}): {entity['n_mentions']} mentions")
        parts.append(
            f'<g class="node {escape(entity["label"])}" data-id="{escape(entity_id, quote=True)}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}">'
            f"<title>{tooltip}</title></circle>"
            f'<text x="{x + radius + 2:.1f}" y="{y + 4:.1f}">{escape(name)}</text></g>'
        )
    legend = "".join(
        f'<circle cx="{12 + 110 * i}" cy="12" r="6" fill="{colour}"></circle>'
        f'<text x="{22 + 110 * i}" y="16">{label}</text>'
        for i, (label, colour) in enumerate(TYPE_COLOURS.items())
    )
    width = size + 160  # room for the labels of nodes on the right edge
    return (
        f'<figure id="chart-network">{caption}<svg id="network-graph" viewBox="0 0 {width:.0f} {size + 30:.0f}" '
        f'width="{width:.0f}" height="{size + 30:.0f}" role="img"><g class="legend">{legend}</g>'
        f'<g transform="translate(0 30)">{"".join(parts)}</g></svg></figure>'
    )


def display_name(entity: dict[str, Any]) -> str:
    """The name an entity is shown by: English, else Chinese, else Russian, else its id."""
    return entity.get("name_en") or entity.get("name_zh") or entity.get("name_ru") or entity["entity_id"]
