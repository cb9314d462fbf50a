"""The dataset card: README.md with YAML ``configs:`` so ``datasets.load_dataset(OUT, TABLE)`` works.

Its ``dataset_info`` carries each table's size and row count and the build's content hash: ``datasets``
derives its cache fingerprint from them, so a rebuilt OUT is never served from the cache of an earlier
build. Every value in the YAML is written as a JSON string or number (valid YAML), never raw text.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from corpus.schemas import describe
from corpus.sources import KNOWN_LANGS

CARD_LANGUAGES = ("en", "kk", "ru", "zh")
"""Language codes the card lists; anything else in the data is counted but never written into the YAML."""


def _yaml(value: str | int) -> str:
    """A scalar as YAML: JSON's quoting, so a newline, a colon or a ``---`` in data stays inside the string."""
    return json.dumps(value, ensure_ascii=True)


def dataset_card(
    schemas: dict[str, pa.Schema],
    manifest: dict[str, Any],
    file_bytes: dict[str, int] | None = None,
    content_hash: str | None = None,
) -> str:
    """Card text: one config per table with its sizes, then what each column holds and how the build was made."""
    lines = ["---", "pretty_name: " + _yaml("Kazinform trilingual news corpus")]
    counts = manifest.get("languages", {})
    languages = [lang for lang in CARD_LANGUAGES if lang in counts]
    if languages:
        lines.append("language:")
        lines.extend(f"- {_yaml(lang)}" for lang in languages)
    lines.append("configs:")
    for index, table in enumerate(schemas):
        lines += [
            f"- config_name: {_yaml(table)}",
            "  data_files:",
            "  - split: train",
            f"    path: {_yaml(table + '.parquet')}",
        ]
        if index == 0:
            lines.append("  default: true")
    if file_bytes is not None:
        lines.append("dataset_info:")
        stamp = f"corpus build {manifest.get('build_id', '')}, content sha256 {content_hash or ''}"
        for table in schemas:
            size, rows = int(file_bytes.get(table, 0)), int(manifest["rows"].get(table, 0))
            lines += [
                f"- config_name: {_yaml(table)}",
                f"  description: {_yaml(stamp)}",
                "  splits:",
                "  - name: train",
                f"    num_bytes: {size}",
                f"    num_examples: {rows}",
                f"  download_size: {size}",
                f"  dataset_size: {size}",
            ]
    lines += ["---", "", "# Kazinform trilingual news corpus", ""]
    lines += [
        "Articles from Kazinform (the Kazakh national news agency) in Chinese, Russian and English, "
        "annotated by the `corpus` pipeline. Every span row carries `doc_id, start, end, text` with "
        "`text == documents.text[start:end]` (Python string offsets into the normalised text).",
        "",
        "```python",
        "from datasets import load_dataset",
        'blocks = load_dataset("path/to/this/folder", "blocks", split="train")',
        "```",
        "",
        "The Parquet files open directly in pandas, polars and DuckDB (`SELECT * FROM 'blocks.parquet'`).",
        "",
        "## Build",
        "",
        f"- tool: corpus {manifest['version']}",
        f"- documents: {manifest['rows'].get('documents', 0)}",
        f"- languages: {', '.join(f'{k} ({v})' for k, v in _language_counts(counts)) or 'none'}",
        "",
        *_morphology_lines(manifest.get("morphology") or {}),
        "## Tables",
    ]
    for table, schema in schemas.items():
        lines += [
            "",
            f"### `{table}` ({manifest['rows'].get(table, 0)} rows)",
            "",
            "| column | type | meaning |",
            "|---|---|---|",
        ]
        lines += [f"| `{name}` | {dtype} | {meaning} |" for name, dtype, meaning in describe(schema)]
    return "\n".join(lines) + "\n"


def _morphology_lines(morphology: dict[str, dict[str, str]]) -> list[str]:
    """Which tool gave each token field (sentences.tokens) in each language."""
    if not morphology:
        return []
    lines = ["## Token annotation", "", "| language | upos | xpos | lemma | feats |", "|---|---|---|---|---|"]
    for lang, fields in sorted(morphology.items()):
        cells = [fields.get(name, "none").replace("|", "/") for name in ("upos", "xpos", "lemma", "feats")]
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def _language_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Languages for the card's text: known codes as they are, anything else (from metadata) as ``other``."""
    shown = [(lang, int(count)) for lang, count in sorted(counts.items()) if lang in KNOWN_LANGS]
    other = sum(int(count) for lang, count in counts.items() if lang not in KNOWN_LANGS)
    return shown + ([("other", other)] if other else [])
