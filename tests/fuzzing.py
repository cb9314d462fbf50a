"""Generated hostile articles and the checks every build must pass on them (shared by tests/test_fuzz.py
and benchmarks/fuzz.py).

Inputs are made from seed paragraphs cut and mixed with what breaks parsers: quote marks and dashes in
runs, interview labels with doubled colons, every kind of line break, control and invisible
characters, combining marks, scripts the corpus does not expect. A seed number gives the same input
on every machine.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from corpus.runner import PipelineConfig, annotate_batch, make_pipeline
from corpus.sources import SourceRecord

ROOT = Path(__file__).resolve().parent.parent
_SEED_LINES = [
    line
    for path in sorted((ROOT / "seeds").glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_PIECES = [
    "“", "”", "«", "»", "„", "\"", "'", "‘", "’", "「", "」", "《", "》", "——", "—", "–", "-", "- ", " -",
    "：", ":", "::", "记者：", "问：", "答：", "Journalist::", "Journalist:", "President:", "阿利耶夫总统：",
    "Корреспондент:", "— ", "他说。", "他表示，", "据他介绍，", "— отметил он.", "he said.", "According to ",
    "。", "！", "？", "…", "；", ".", "?", "!", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b",
    "\x0c", "\t", " ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u0301", "e\u0301", "\x00", "\x01",
    "\x1b", "\x7f", "\ufffe", "\U0001f600", "ß", "İ", "ǅ", "Ω", " date 2025-10-18 ", " date 2025-02-30",
    "【编译：小穆】", "【编译：", "（哈萨克国际通讯社讯）", "ASTANA. KAZINFORM – ", "Фото: ", "图片：",
    "哈斯穆-卓玛尔特·托卡耶夫", "托卡耶夫", "Токаев", "Tokayev", "Kassym-Jomart Tokayev", "·", "SOCAR",
    "哈萨克斯坦", "阿斯塔纳", "Астана", "Astana", "5.557", "5.4%", "$6.3", "Mr.", "U.S.", "مرحبا", "שלום",
]  # fmt: skip


def generate(seed: int, target_chars: int = 400) -> str:
    """One article of about ``target_chars`` characters, the same for the same seed."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < target_chars:
        roll = rng.random()
        if roll < 0.35:
            line = rng.choice(_SEED_LINES)
            if rng.random() < 0.5:
                start = rng.randrange(len(line))
                line = line[start : start + rng.randint(1, 80)]
            piece = line + rng.choice(["\n", "\n\n", "", "\u2029", "\r\n"])
        elif roll < 0.9:
            piece = rng.choice(_PIECES)
        else:
            piece = rng.choice(_PIECES) * rng.randint(2, 40)  # runs: “““…, ::::, \n\n\n…
        parts.append(piece)
        size += len(piece)
    return "".join(parts)


_SPAN_TABLES = ("blocks", "sentences", "mentions", "quotes")


def check_tables(tables: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Offset problems in a batch's tables: every span's text is ``documents.text[start:end]``, no span is
    empty, tokens lie inside their sentence and are not empty either. Returns descriptions (none: fine)."""
    problems: list[str] = []
    for table in _SPAN_TABLES:
        for row in tables[table].to_pylist():
            text = texts[row["doc_id"]]
            start, end = row["start"], row["end"]
            if not 0 <= start < end <= len(text):
                problems.append(f"{table}: span {start}:{end} empty or outside the text ({row.get('kind', '')})")
            elif row["text"] != text[start:end]:
                problems.append(f"{table}: text {row['text']!r} != documents.text[{start}:{end}]")
            if table == "quotes" and row["speaker_start"] is not None:
                speaker = text[row["speaker_start"] : row["speaker_end"]]
                if row["speaker_text"] != speaker or row["speaker_start"] >= row["speaker_end"]:
                    problems.append(f"quotes: speaker span {row['speaker_start']}:{row['speaker_end']} wrong or empty")
            if table == "sentences":
                for token in row["tokens"]:
                    if not start <= token["start"] < token["end"] <= end:
                        problems.append(
                            f"sentences: token {token['start']}:{token['end']} empty or outside {start}:{end}"
                        )
                    elif token["form"] != text[token["start"] : token["end"]]:
                        problems.append(f"sentences: token form {token['form']!r} != text")
    return problems


def annotate_and_check(texts: list[str], config: PipelineConfig | None = None) -> list[str]:
    """Run the build's own annotation path (ingest, stages, Arrow tables) over ``texts``; return problems."""
    pipeline = make_pipeline(config or PipelineConfig())
    records = [SourceRecord(f"fuzz/{index}.txt", text) for index, text in enumerate(texts)]
    result = annotate_batch(records, pipeline)
    documents = result.tables["documents"].to_pylist()
    return check_tables(result.tables, {row["doc_id"]: row["text"] for row in documents})
