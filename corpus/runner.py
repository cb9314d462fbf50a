"""Running the stages over batches of records, in this process or in N worker processes.

Workers turn their documents into Arrow tables themselves, so the main process only writes
Parquet. At most ``2 x workers`` batches are in flight: memory does not grow with the corpus. Results
come back in submission order, so the output is the same for any number of workers.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import itertools
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

import pyarrow as pa

from corpus.entity_index import MentionSummary, summarise_mentions
from corpus.parallel import Prepared, prepare_annotated
from corpus.resources import cache_dir, load_gazetteer
from corpus.sources import SourceRecord
from corpus.tables import documents_to_tables, rows_per_table
from pipeline.document import Document
from pipeline.gazetteer import GazetteerEntity
from pipeline.ingest import MAX_BLOCK_CHARS, IngestProblem
from pipeline.stages import Pipeline, PipelineDescription, PipelineSettings, build_pipeline, describe_chain


@dataclass(frozen=True)
class PipelineConfig:
    """Everything a worker needs to build its own pipeline (picklable)."""

    hmm: bool = False
    gazetteer_files: tuple[str, ...] = ()
    max_block_chars: int = MAX_BLOCK_CHARS
    stanza_langs: tuple[str, ...] = ()
    stanza_dir: str | None = None
    timings: bool = False
    """Time each stage call (``corpus build -v``); off, the pipeline reads no clock."""


@dataclass(slots=True)
class DocumentResult:
    """What the build needs to know of one annotated document (its rows travel in the tables)."""

    source: str
    doc_id: str | None = None
    lang: str | None = None
    chars: int = 0
    block_kinds: Counter[str] = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    mentions: list[MentionSummary] = field(default_factory=list)
    skipped: str | None = None
    """Why the record became no document (empty, only a header, a huge paragraph)."""


@dataclass(slots=True)
class BatchResult:
    documents: list[DocumentResult]
    tables: dict[str, pa.Table]
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage over the batch, when the build measures them."""
    prepared: dict[str, Prepared] = field(default_factory=dict)
    """Each document's signature and alignment material for the parallel corpus, computed where the batch
    was annotated (``corpus.parallel.prepare_annotated``)."""


def make_pipeline(config: PipelineConfig) -> Pipeline:
    pipeline = _pipeline(config)
    if config.timings and pipeline.timings is None:
        pipeline.timings = {}  # this pipeline (cached per config) times its stages from now on
    return pipeline


def _settings(config: PipelineConfig) -> PipelineSettings:
    return PipelineSettings(
        hmm=config.hmm,
        max_block_chars=config.max_block_chars,
        stanza_langs=config.stanza_langs,
        stanza_dir=config.stanza_dir,
        cache_dir=str(cache_dir()),
    )


def describe_pipeline(config: PipelineConfig, gazetteer: list[GazetteerEntity]) -> PipelineDescription:
    """The pipeline these settings make, for the manifest and the rebuild fingerprint, without making it."""
    return describe_chain(_settings(config), gazetteer)


def free_cores() -> int:
    """Cores this process may run on that are not busy now: the affinity mask less the runnable
    processes of the last minute's load average, at least 1. A worker beyond that only loads the models
    once more and takes turns with the others (benchmarks/README.md: 2 workers slower than 1 on a
    loaded machine)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        load = 0.0
    return max(1, min(cores, math.floor(cores - load + 0.5)))


def default_workers(total: int | None, batch_size: int) -> int:
    """Workers when --workers is not given: the free cores, no more than there are batches to share."""
    workers = free_cores()
    if total is not None:
        workers = min(workers, max(1, math.ceil(total / batch_size)))
    return workers


@functools.lru_cache(maxsize=4)
def _pipeline(config: PipelineConfig) -> Pipeline:
    """One pipeline per process and settings: loading jieba's, natasha's and stanza's models takes seconds."""
    entities, _ = load_gazetteer(config.gazetteer_files)
    return build_pipeline(_settings(config), entities)


_REPORT_IT = "the rest of the build goes on; please report this article"
"""What a skip for an error of the pipeline itself tells the user."""


def _annotated_each(
    pipeline: Pipeline, fields: list[dict[str, object]]
) -> list[tuple[Document, list[str]] | IngestProblem]:
    """Annotate a batch, and when an error of the pipeline itself stops it, each record alone, so that one
    article the rules break on is skipped with its error instead of costing the batch and the build."""
    try:
        return pipeline.annotate_many(fields)
    except Exception:  # any error here is a bug on some article: find which, keep the rest
        annotated: list[tuple[Document, list[str]] | IngestProblem] = []
        for record in fields:
            try:
                annotated += pipeline.annotate_many([record])
            except Exception as err:
                annotated.append(IngestProblem(f"could not be annotated ({type(err).__name__}: {err}); {_REPORT_IT}"))
        return annotated


def _tables_of(
    documents: list[Document], results: list[DocumentResult], name_en: Callable[[str | None], str | None]
) -> tuple[dict[str, pa.Table], list[Document]]:
    """The batch's tables; a document whose rows cannot be made (an error of the pipeline on it) is left out and
    its result marked skipped, with the error."""
    try:
        return documents_to_tables(documents, name_en), documents
    except Exception:  # as in _annotated_each: find the document, keep the rest
        kept = []
        by_id = {result.doc_id: result for result in results if result.doc_id is not None}
        for document in documents:
            try:
                documents_to_tables([document], name_en)
            except Exception as err:
                result = by_id[document.doc_id]
                result.skipped = f"could not be written ({type(err).__name__}: {err}); {_REPORT_IT}"
                result.rows, result.mentions = {}, []  # none of its rows is in the batch's tables
                continue
            kept.append(document)
        return documents_to_tables(kept, name_en), kept


def annotate_batch(records: list[SourceRecord], pipeline: Pipeline) -> BatchResult:
    """Annotate a batch; records that hold no article come back as skipped results, not errors, and so does an
    article the pipeline fails on (with the error), so that the build goes on without it."""
    results = []
    documents = []
    annotated = _annotated_each(
        pipeline,
        [
            {
                "raw_text": record.text,
                "source": record.source,
                "source_id": record.source_id,
                "url": record.url,
                "date": record.date,
                "title": record.title,
                "lang": record.lang,
            }
            for record in records
        ],
    )
    for record, outcome in zip(records, annotated, strict=True):
        result = DocumentResult(record.source)
        if isinstance(outcome, IngestProblem):
            result.skipped = str(outcome)
            results.append(result)
            continue
        document, result.problems = outcome
        result.doc_id, result.lang, result.chars = document.doc_id, document.lang, len(document.text)
        result.block_kinds = Counter(block.kind for block in document.blocks)
        result.rows = rows_per_table(document)
        result.mentions = summarise_mentions(document)
        documents.append(document)
        results.append(result)
    tables, documents = _tables_of(documents, results, pipeline.quotes.name_en)
    timings = pipeline.take_timings()
    started = time.perf_counter()
    prepared = prepare_annotated(documents)
    if pipeline.timings is not None:
        timings["pairs (signatures)"] = time.perf_counter() - started
    return BatchResult(results, tables, timings, prepared)


def _freeze_long_lived_objects() -> None:
    """Take what is alive after the first batch (modules, jieba's dictionaries) out of the collector's sight.

    Full collections otherwise rescan those objects again and again while tokens are made: about a
    fifth of the segment stage's time (see benchmarks/README.md). Called once per process.
    """
    gc.freeze()


_worker_pipeline: Pipeline | None = None
_worker_frozen = False


_PR_SET_PDEATHSIG = 1
_PARENT_CHECK_S = 1.0


def die_with_parent(parent_pid: int) -> None:
    """End this worker when the build that started it ends, however it ends (SIGKILL included).

    On Linux the kernel sends SIGKILL when the parent dies (``PR_SET_PDEATHSIG``); everywhere a daemon
    thread also checks once a second that the parent is still this process's parent. Without this, the
    workers of a killed build go on annotating for minutes, holding memory and the terminal's pipes.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the request above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(_PARENT_CHECK_S)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(config: PipelineConfig, parent_pid: int | None = None) -> None:
    global _worker_pipeline
    if parent_pid is not None:
        die_with_parent(parent_pid)
    # Ctrl-C reaches every process of the terminal; the main process alone stops the build and cleans up.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = make_pipeline(config)


def _annotate_in_worker(records: list[SourceRecord]) -> BatchResult:
    global _worker_frozen
    assert _worker_pipeline is not None, "worker started without its pipeline"
    result = annotate_batch(records, _worker_pipeline)
    if not _worker_frozen:
        _freeze_long_lived_objects()
        _worker_frozen = True
    return result


def run_batches(batches: Iterable[list[SourceRecord]], config: PipelineConfig, workers: int) -> Iterator[BatchResult]:
    """Annotated batches in input order. No pipeline is made and no worker started until there is a
    first batch: an unchanged rebuild annotates nothing and loads nothing."""
    pending_batches = iter(batches)
    first = next(pending_batches, None)
    if first is None:
        return
    batches = itertools.chain([first], pending_batches)
    if workers <= 1:
        pipeline = make_pipeline(config)
        try:
            for number, batch in enumerate(batches):
                yield annotate_batch(batch, pipeline)
                if number == 0:
                    _freeze_long_lived_objects()
        finally:
            gc.unfreeze()
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process that runs a progress thread
    initargs = (config, os.getpid())
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=initargs) as pool:
        pending: deque[Future[BatchResult]] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_annotate_in_worker, batch))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
