"""`corpus build`: sources -> stages -> an atomically written dataset folder."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from corpus import __version__
from corpus.card import dataset_card
from corpus.errors import CorpusError, SkippedInput
from corpus.schemas import TABLES
from corpus.sources import Source, SourceRecord, open_source
from corpus.tables import document_rows
from corpus.writer import AtomicDatasetWriter
from pipeline.document import Document
from pipeline.ingest import MAX_BLOCK_CHARS, IngestProblem, ingest


@dataclass
class BuildOptions:
    """Settings of one build (the CLI's options)."""

    limit: int | None = None
    strict: bool = False
    split: str = "train"
    text_field: str = "text"
    max_block_chars: int = MAX_BLOCK_CHARS


class Reporter(Protocol):
    """Where a build reports progress and warnings (a progress bar, a test's list, nothing)."""

    def start(self, total: int | None) -> None: ...
    def advance(self, source: str) -> None: ...
    def warn(self, message: str) -> None: ...


class SilentReporter:
    """Keeps warnings, shows nothing."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def start(self, total: int | None) -> None:
        pass

    def advance(self, source: str) -> None:
        pass

    def warn(self, message: str) -> None:
        self.warnings.append(message)


@dataclass
class BuildSummary:
    """What a finished build wrote."""

    out: Path
    rows: dict[str, int]
    blocks_by_kind: Counter[str]
    languages: Counter[str]
    seconds: float
    skipped: list[str] = field(default_factory=list)


def annotate(record: SourceRecord, options: BuildOptions) -> tuple[Document, list[str]]:
    """Run the stages on one record; returns the document and the warnings it raised."""
    return ingest(
        record.text,
        record.source,
        source_id=record.source_id,
        url=record.url,
        date=record.date,
        title=record.title,
        lang=record.lang,
        max_block_chars=options.max_block_chars,
    )


def build(
    specs: Sequence[str], out: Path, options: BuildOptions | None = None, reporter: Reporter | None = None
) -> BuildSummary:
    """Build the dataset for ``specs`` into ``out``; the previous ``out`` survives any failure."""
    options = options or BuildOptions()
    reporter = reporter or SilentReporter()
    started = time.perf_counter()
    sources = [open_source(spec, split=options.split, text_field=options.text_field) for spec in specs]
    totals = [source.total for source in sources]
    total = None if None in totals else sum(t for t in totals if t is not None)
    if total is not None and options.limit is not None:
        total = min(total, options.limit)

    skipped: list[str] = []
    blocks_by_kind: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    first_source_of: dict[str, str] = {}

    def skip(item: SkippedInput) -> None:
        if options.strict:
            raise CorpusError(f"{item} (stopped by --strict; without it the input is skipped)")
        skipped.append(f"{item}; skipped")
        reporter.warn(f"{item}; skipped")

    with AtomicDatasetWriter(out, TABLES) as writer:
        reporter.start(total)
        for item in _limited(sources, options.limit, lambda: len(first_source_of)):
            if isinstance(item, SkippedInput):
                skip(item)
                continue
            try:
                document, problems = annotate(item, options)
            except IngestProblem as err:
                skip(SkippedInput(item.source, str(err)))
                continue
            for problem in problems:
                if options.strict:
                    raise CorpusError(f"{item.source}: {problem} (stopped by --strict)")
                reporter.warn(f"{item.source}: {problem}")
            if document.doc_id in first_source_of:
                skip(SkippedInput(item.source, f"same text as {first_source_of[document.doc_id]}"))
                continue
            first_source_of[document.doc_id] = item.source
            for table, rows in document_rows(document).items():
                writer.write(table, rows)
            blocks_by_kind.update(block.kind for block in document.blocks)
            languages[document.lang] += 1
            reporter.advance(item.source)
        if not first_source_of:
            raise CorpusError(f"{', '.join(specs)}: no articles found; nothing was written")
        seconds = time.perf_counter() - started
        manifest = _manifest(specs, sources, options, writer.row_counts, blocks_by_kind, languages, skipped, seconds)
        writer.commit(manifest, dataset_card(TABLES, manifest))
    return BuildSummary(out, dict(writer.row_counts), blocks_by_kind, languages, seconds, skipped)


def _limited(
    sources: list[Source], limit: int | None, count: Callable[[], int]
) -> Iterator[SourceRecord | SkippedInput]:
    """All records of all sources, stopping once ``count()`` documents reached ``limit``."""
    for source in sources:
        for item in source.records():
            if limit is not None and count() >= limit:
                return
            yield item


def _manifest(
    specs: Sequence[str],
    sources: list[Source],
    options: BuildOptions,
    rows: dict[str, int],
    blocks_by_kind: Counter[str],
    languages: Counter[str],
    skipped: list[str],
    seconds: float,
) -> dict[str, Any]:
    return {
        "tool": "corpus",
        "version": __version__,
        "created_utc": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "sources": [
            {"spec": Path(spec).name or spec, "kind": source.kind} for spec, source in zip(specs, sources, strict=True)
        ],
        "options": {
            "limit": options.limit,
            "strict": options.strict,
            "split": options.split,
            "text_field": options.text_field,
            "max_block_chars": options.max_block_chars,
        },
        "backends": {"structure": "rules", "language": "script"},
        "inputs": [
            {"source": f.source, "sha256": f.sha256, "bytes": f.n_bytes, "encoding": f.encoding}
            for source in sources
            for f in source.inputs
        ],
        "skipped": skipped,
        "rows": dict(rows),
        "blocks_by_kind": dict(sorted(blocks_by_kind.items())),
        "languages": dict(sorted(languages.items())),
        "timings_s": {"total": round(seconds, 3)},
    }
