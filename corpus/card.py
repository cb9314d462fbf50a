"""The dataset card: README.md with YAML ``configs:`` so ``datasets.load_dataset(OUT, TABLE)`` works."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from corpus.schemas import describe


def dataset_card(schemas: dict[str, pa.Schema], manifest: dict[str, Any]) -> str:
    """Card text: one config per table, then what each column holds and how the build was made."""
    lines = ["---", "pretty_name: Kazinform trilingual news corpus"]
    languages = sorted(lang for lang in manifest.get("languages", {}) if lang not in ("und", "mixed"))
    if languages:
        lines.append("language:")
        lines.extend(f"- {lang}" for lang in languages)
    lines.append("configs:")
    for index, table in enumerate(schemas):
        lines += [f"- config_name: {table}", "  data_files:", "  - split: train", f"    path: {table}.parquet"]
        if index == 0:
            lines.append("  default: true")
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
        f"- languages: {', '.join(f'{k} ({v})' for k, v in sorted(manifest.get('languages', {}).items())) or 'none'}",
        "",
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
