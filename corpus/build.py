"""`corpus build`: sources -> stages (in batches, in N processes) -> an atomically written dataset folder."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc

from corpus import package_version
from corpus.background import BackgroundWriter
from corpus.card import dataset_card
from corpus.entity_index import EntityIndex
from corpus.errors import CorpusError, SkippedInput
from corpus.incremental import (
    PreviousBuild,
    Reused,
    adopt_everything,
    copy_unchanged,
    previous_build,
    record_key,
    settings_fingerprint,
)
from corpus.parallel import PairCollector
from corpus.ray_engine import ray_roots, require_ray, run_on_ray
from corpus.resources import load_gazetteer, resolve_stanza_languages
from corpus.runner import (
    BatchResult,
    DocumentResult,
    PipelineConfig,
    PipelineDescription,
    default_workers,
    describe_pipeline,
    run_batches,
)
from corpus.schemas import PAIR_TABLES, TABLES
from corpus.sources import Source, SourceRecord, open_source
from corpus.writer import AtomicDatasetWriter, build_lock, recover
from pipeline.align.pairing import DEFAULT_THRESHOLD
from pipeline.fingerprint import code_fingerprint
from pipeline.gazetteer import GazetteerEntity
from pipeline.ingest import MAX_BLOCK_CHARS


@dataclass
class BuildOptions:
    """Settings of one build (the CLI's options)."""

    limit: int | None = None
    strict: bool = False
    split: str = "train"
    text_field: str = "text"
    max_block_chars: int = MAX_BLOCK_CHARS
    workers: int | None = 1
    """Processes that annotate; None: as many as the cores free now (:func:`corpus.runner.free_cores`)."""
    batch_size: int = 16
    hmm: bool = False
    gazetteer: tuple[str, ...] = ()
    engine: str = "local"
    """local (this machine, --workers processes) or ray (Ray Data actors, locally or on a cluster)."""
    ray_address: str | None = None
    full: bool = False
    """Annotate every document even when a previous build with the same settings could be reused."""
    backend: str = "auto"
    """offline, stanza or auto (stanza for each language whose models are found)."""
    stanza_dir: str | None = None
    follow_links: bool = False
    """Read symlinks in a source folder that lead out of it (refused otherwise)."""
    pair_threshold: float = DEFAULT_THRESHOLD
    """Score a document pair needs to enter doc_pairs (and be aligned into sentence_pairs)."""
    stage_timings: bool = False
    """Time each pipeline stage (``corpus build -v``); the summary and the manifest then carry them."""


class Reporter(Protocol):
    """Where a build reports progress and warnings (a progress bar, a test's list, nothing)."""

    def start(self, total: int | None) -> None: ...
    def advance(self, source: str, chars: int = 0) -> None: ...
    def warn(self, message: str) -> None: ...


class SilentReporter:
    """Keeps warnings, shows nothing."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def start(self, total: int | None) -> None:
        pass

    def advance(self, source: str, chars: int = 0) -> None:
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
    annotated: int = 0
    reused: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    """Seconds per pipeline stage, summed over workers (with ``stage_timings``), and the pair step."""


@dataclass
class _Accepted:
    """Bookkeeping of the documents a build keeps, in output order."""

    options: BuildOptions
    reporter: Reporter
    entities: EntityIndex
    first_source_of: dict[str, str] = field(default_factory=dict)
    blocks_by_kind: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return self.options.limit is not None and len(self.first_source_of) >= self.options.limit

    def skip(self, item: SkippedInput) -> None:
        if self.options.strict:
            raise CorpusError(f"{item} (stopped by --strict; without it the input is skipped)")
        self.skipped.append(f"{item}; skipped")
        self.reporter.warn(f"{item}; skipped")

    def accept(self, result: DocumentResult) -> bool:
        """Whether the document goes into the output (warnings and skips are reported here)."""
        if result.skipped is not None:
            self.skip(SkippedInput(result.source, result.skipped))
            return False
        if self.full:
            return False
        assert result.doc_id is not None and result.lang is not None
        if result.doc_id in self.first_source_of:
            self.skip(SkippedInput(result.source, f"same text as {self.first_source_of[result.doc_id]}"))
            return False
        for problem in result.problems:
            if self.options.strict:
                raise CorpusError(f"{result.source}: {problem} (stopped by --strict)")
            self.reporter.warn(f"{result.source}: {problem}")
        self.first_source_of[result.doc_id] = result.source
        self.entities.add(result.doc_id, result.mentions)
        self.blocks_by_kind.update(result.block_kinds)
        self.languages[result.lang] += 1
        self.reporter.advance(result.source, result.chars)
        return True


def build(
    specs: Sequence[str], out: Path, options: BuildOptions | None = None, reporter: Reporter | None = None
) -> BuildSummary:
    """Build the dataset for ``specs`` into ``out``; the previous ``out`` survives any failure.

    OUT's lock is held throughout (a second build into it waits briefly, then refuses), and what an
    interrupted earlier build left beside OUT is cleaned up first."""
    options = options or BuildOptions()
    reporter = reporter or SilentReporter()
    with build_lock(out):
        for action in recover(out):
            reporter.warn(f"{out}: {action} (left by an interrupted build)")
        return _build_locked(specs, out, options, reporter)


@dataclass
class BuildPlan:
    """What a build will do, settled before any input is read: the sources, the pipeline's settings and
    what they describe, the rebuild fingerprint, and the number of workers. An engine (local processes or
    Ray actors) carries it out; the manifest records it."""

    specs: list[str]
    options: BuildOptions
    sources: list[Source]
    config: PipelineConfig
    gazetteer: list[GazetteerEntity]
    gazetteer_hash: str
    workers: int
    """Processes (or Ray actors) that annotate: --workers, or the cores free now when it is not given."""
    description: PipelineDescription
    fingerprint: str
    total: int | None
    """Documents expected (for the progress bar), when the sources know."""

    @property
    def incremental(self) -> bool:
        """Whether a previous build in OUT may lend its rows (not with --full, --limit or Ray)."""
        return not self.options.full and self.options.limit is None and self.options.engine == "local"


@dataclass
class _Progress:
    """What the build counts as it goes, for the manifest and the summary."""

    unchanged: set[tuple[str, str]] = field(default_factory=set)
    """(source, doc_id) of every input the previous build already has."""
    annotated: int = 0
    stage_seconds: Counter[str] = field(default_factory=Counter)


def plan_build(specs: Sequence[str], options: BuildOptions, reporter: Reporter) -> BuildPlan:
    """Resolve sources and settings into a :class:`BuildPlan` without loading any model (an unchanged
    rebuild needs only this, the inputs' hashes and the previous build)."""
    if options.engine == "ray":
        require_ray()
        ray_roots(list(specs))  # a clear error for sources Ray cannot read, before anything is written
        sources = [Source(spec, "ray", None) for spec in specs]  # Ray reads them where they lie
    else:
        sources = [
            open_source(spec, split=options.split, text_field=options.text_field, follow_links=options.follow_links)
            for spec in specs
        ]
    gazetteer, gazetteer_hash = load_gazetteer(options.gazetteer)
    stanza_langs, stanza_dir = resolve_stanza_languages(options.backend, options.stanza_dir)
    totals = [source.total for source in sources]
    total = None if None in totals else sum(t for t in totals if t is not None)
    if total is not None and options.limit is not None:
        total = min(total, options.limit)
    workers = options.workers or default_workers(total, options.batch_size)
    if stanza_langs and workers > 1 and not _gpu_available():
        reporter.warn("stanza on the CPU gets slower in several processes: building with 1 worker")
        workers = 1
    config = PipelineConfig(
        options.hmm,
        tuple(options.gazetteer),
        options.max_block_chars,
        stanza_langs,
        str(stanza_dir),
        timings=options.stage_timings,
    )
    description = describe_pipeline(config, gazetteer)
    fingerprint = settings_fingerprint(
        {
            "version": package_version(),
            "pipeline": code_fingerprint(),
            "backends": description.backends,
            "morphology": description.morphology,
            "gazetteer": gazetteer_hash,
            "hmm": options.hmm,
            "max_block_chars": options.max_block_chars,
        }
    )
    return BuildPlan(
        list(specs), options, sources, config, gazetteer, gazetteer_hash, workers, description, fingerprint, total
    )


def _build_locked(specs: Sequence[str], out: Path, options: BuildOptions, reporter: Reporter) -> BuildSummary:
    started = time.perf_counter()
    plan = plan_build(specs, options, reporter)
    previous = previous_build(out, plan.fingerprint, reporter.warn) if plan.incremental else None
    accepted = _Accepted(options, reporter, EntityIndex(plan.gazetteer))
    progress = _Progress()
    pairs = PairCollector()
    with AtomicDatasetWriter(out, TABLES) as writer:
        reporter.start(plan.total)
        _write_annotated(plan, previous, accepted, progress, writer, pairs)
        adopted = _write_reused(plan, out, previous, accepted, progress, writer, pairs)
        if not accepted.first_source_of:
            raise CorpusError(f"{', '.join(specs)}: no articles found; nothing was written")
        seconds = _finish(plan, accepted, progress, writer, pairs, adopted, started)
    return BuildSummary(
        out,
        dict(writer.row_counts),
        accepted.blocks_by_kind,
        accepted.languages,
        seconds,
        accepted.skipped,
        annotated=progress.annotated,
        reused=len(progress.unchanged),
        stage_seconds=dict(progress.stage_seconds),
    )


def _write_annotated(
    plan: BuildPlan,
    previous: PreviousBuild | None,
    accepted: _Accepted,
    progress: _Progress,
    writer: AtomicDatasetWriter,
    pairs: PairCollector,
) -> None:
    """Annotate what the previous build does not have and write it, on a writer thread so that Parquet
    encoding overlaps the next batches' annotation."""
    known = previous.keys if previous is not None else None
    with BackgroundWriter(writer) as background:
        for number, result in enumerate(_annotated(plan, accepted, (known, progress.unchanged))):
            if number == 0:  # something was annotated, so the entities table will be made at the end
                threading.Thread(target=EntityIndex.load_what_table_needs, name="warm-up", daemon=True).start()
            progress.annotated += sum(1 for document in result.documents if document.skipped is None)
            progress.stage_seconds.update(result.timings)
            keep = [accepted.accept(document) for document in result.documents]
            kept = _kept_rows(result, keep)
            for table, data in kept.items():
                background.write(table, data)
            pairs.observe(kept, result.prepared)
            if accepted.full:
                break
    if plan.options.stage_timings:
        progress.stage_seconds["parquet (writer thread)"] += background.seconds


def _write_reused(
    plan: BuildPlan,
    out: Path,
    previous: PreviousBuild | None,
    accepted: _Accepted,
    progress: _Progress,
    writer: AtomicDatasetWriter,
    pairs: PairCollector,
) -> set[str]:
    """Take the unchanged documents' rows from the previous build: when nothing changed, its table files as they are
    (returns the tables taken), else their rows copied. Another pair threshold is a change: the pairs, and the
    persons the entities table links through them, are made again."""
    unchanged = progress.unchanged
    if previous is None:
        return set()
    same_pairs = previous.manifest.get("options", {}).get("pair_threshold") == plan.options.pair_threshold
    if unchanged == previous.keys and not accepted.first_source_of and same_pairs:
        adopt_everything(previous, writer, list(TABLES))
        accepted.first_source_of.update({doc_id: source for source, doc_id in unchanged})
        accepted.blocks_by_kind.update(previous.manifest.get("blocks_by_kind", {}))
        accepted.languages.update(previous.manifest.get("languages", {}))
        return set(TABLES)
    if not unchanged:
        return set()
    for source, doc_id in sorted(unchanged):
        if doc_id in accepted.first_source_of:  # a new file holds the same text: one copy only
            accepted.skip(SkippedInput(source, f"same text as {accepted.first_source_of[doc_id]}"))
    fresh = {doc_id for _, doc_id in unchanged if doc_id not in accepted.first_source_of}
    try:
        reused = copy_unchanged(previous, fresh, writer)
        pairs.observe_build(previous.root, fresh)
    except (OSError, pa.ArrowException) as err:
        raise CorpusError(
            f"{out}: the previous build's tables cannot be read ({err}); build again with --full"
        ) from err
    _accept_reused(accepted, reused)
    return set()


def _finish(
    plan: BuildPlan,
    accepted: _Accepted,
    progress: _Progress,
    writer: AtomicDatasetWriter,
    pairs: PairCollector,
    adopted: set[str],
    started: float,
) -> float:
    """The corpus-wide tables (entities, pairs), the manifest and the card; then the commit. Returns the
    build's seconds as the manifest records them."""
    options = plan.options
    pair_seconds = 0.0
    doc_pairs = None
    if not adopted.issuperset(PAIR_TABLES):
        for table, data in pairs.pair_parts(options.pair_threshold):
            writer.write(table, data)
            doc_pairs = data if table == "doc_pairs" else doc_pairs
        pair_seconds = pairs.seconds
    if "entities" not in adopted:  # after the pairs: the persons two versions of a story name are linked
        entities = accepted.entities.table(doc_pairs)
        writer.write("entities", entities)
        _respell_linked_speakers(writer, entities, copied=bool(progress.unchanged))
    seconds = time.perf_counter() - started
    manifest = _manifest(plan, writer.row_counts, accepted, seconds)
    manifest["morphology"] = plan.description.morphology  # the tool behind upos, xpos, lemma and feats
    manifest["settings_fingerprint"] = plan.fingerprint
    manifest["timings_s"]["pairs"] = round(pair_seconds, 3)
    if options.stage_timings:
        progress.stage_seconds["pairs"] = pair_seconds
        manifest["timings_s"]["stages"] = {stage: round(value, 3) for stage, value in progress.stage_seconds.items()}
    manifest["pipeline"] = {
        "fingerprint": code_fingerprint(),
        "chain": plan.description.chain,
        "recognisers": plan.description.recognisers,
        "workers": plan.workers,
    }
    manifest["incremental"] = {"reused": len(progress.unchanged), "annotated": progress.annotated}
    manifest["build_id"] = writer.build_id
    file_bytes, content_hash = writer.finish_tables()
    writer.commit(manifest, dataset_card(TABLES, manifest, file_bytes, content_hash))
    return seconds


_LINKABLE_PERSONS = ("per:zh:", "per:ru:")
"""The ids of persons outside the gazetteer whose English name a paired article may settle."""


def _respell_linked_speakers(writer: AtomicDatasetWriter, entities: pa.Table, copied: bool) -> None:
    """Give the quotes of a Chinese or Russian person outside the gazetteer the English name the entities table settled:
    the spelling of the same person in a paired article (``same_as``), which only the end of the build knows, else the
    romanisation the quotes were written with. Only when some person was linked, or rows were copied from a previous
    build (whose links may no longer hold); the romanisation is worked out for those speakers alone."""
    from pipeline.lang import romanized_person

    persons = entities.filter(
        pc.or_(*(pc.starts_with(entities["entity_id"], prefix) for prefix in _LINKABLE_PERSONS))
    ).select(["entity_id", "name_en", "same_as"])
    linked = {row["entity_id"]: row["name_en"] for row in persons.to_pylist() if row["same_as"]}
    if not copied and not linked:
        return

    def respelled(quotes: pa.Table) -> pa.Table:
        speakers = quotes["speaker_entity_id"].to_pylist()
        written = quotes["speaker_name_en"].to_pylist()
        names = [
            linked[speaker]
            if speaker in linked
            else romanized_person(speaker)
            if speaker and speaker.startswith(_LINKABLE_PERSONS)
            else name
            for speaker, name in zip(speakers, written, strict=True)
        ]
        column = quotes.schema.get_field_index("speaker_name_en")
        return quotes.set_column(column, quotes.schema.field(column), pa.array(names, pa.string()))

    writer.rewrite("quotes", respelled)


def _annotated(
    plan: BuildPlan, accepted: _Accepted, reuse: tuple[set[tuple[str, str]] | None, set[tuple[str, str]]]
) -> Iterator[BatchResult]:
    """Annotated batches from the plan's engine, in input order."""
    options, config, workers = plan.options, plan.config, plan.workers
    if options.engine != "ray":
        records = _records(plan.sources, accepted, *reuse)
        yield from run_batches(_batched(records, options.batch_size), config, workers)
        return
    gpus = 1.0 if config.stanza_langs and _gpu_available() else 0.0
    for batch in run_on_ray(plan.specs, config, workers, options.batch_size, options.ray_address, gpus):
        for item in batch.skipped:
            accepted.skip(item)
        for index, input_file in batch.inputs:  # each file to the SOURCE it came from
            plan.sources[index].inputs.append(input_file)
        yield batch.result


def _accept_reused(accepted: _Accepted, reused: Reused) -> None:
    for doc_id, source in reused.sources.items():
        accepted.first_source_of[doc_id] = source
        accepted.entities.add(doc_id, reused.mentions.get(doc_id, []))
        accepted.reporter.advance(source)
    accepted.blocks_by_kind.update(reused.blocks_by_kind)
    accepted.languages.update(reused.languages)


def _gpu_available() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def _records(
    sources: list[Source],
    accepted: _Accepted,
    known: set[tuple[str, str]] | None = None,
    unchanged: set[tuple[str, str]] | None = None,
) -> Iterator[SourceRecord]:
    """Records of all sources in order; those the previous build has (``known``) are collected in
    ``unchanged`` instead, to be copied. Unreadable inputs are reported as they are met."""
    for source in sources:
        for item in source.records():
            if accepted.full:
                return
            if isinstance(item, SkippedInput):
                accepted.skip(item)
                continue
            for problem in item.problems:
                if accepted.options.strict:
                    raise CorpusError(f"{item.source}: {problem} (stopped by --strict)")
                accepted.reporter.warn(f"{item.source}: {problem}")
            if known and (key := record_key(item)) in known:
                assert unchanged is not None
                unchanged.add(key)
            else:
                yield item


def _batched(records: Iterable[SourceRecord], size: int) -> Iterator[list[SourceRecord]]:
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _kept_rows(result: BatchResult, keep: list[bool]) -> dict[str, pa.Table]:
    """The batch's tables without the rows of documents the build left out."""
    if all(keep):
        return result.tables
    kept = {}
    for table, data in result.tables.items():
        mask = [
            flag
            for flag, document in zip(keep, result.documents, strict=True)
            for _ in range(document.rows.get(table, 0))
        ]
        kept[table] = data.filter(pa.array(mask, type=pa.bool_()))
    return kept


def _manifest(plan: BuildPlan, rows: dict[str, int], accepted: _Accepted, seconds: float) -> dict[str, Any]:
    specs, sources, options = plan.specs, plan.sources, plan.options
    return {
        "tool": "corpus",
        "version": package_version(),
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
            "workers": options.workers,
            "hmm": options.hmm,
            "gazetteer": [Path(path).name for path in options.gazetteer],
            "backend": options.backend,
            "engine": options.engine,
            "pair_threshold": options.pair_threshold,
        },
        "backends": {"structure": "rules", "language": "script", **plan.description.backends},
        "gazetteer_sha256": plan.gazetteer_hash,
        "inputs": [
            {"source": f.source, "sha256": f.sha256, "bytes": f.n_bytes, "encoding": f.encoding}
            for source in sources
            for f in source.inputs
        ],
        "skipped": accepted.skipped,
        "rows": dict(rows),
        "blocks_by_kind": dict(sorted(accepted.blocks_by_kind.items())),
        "languages": dict(sorted(accepted.languages.items())),
        "timings_s": {"total": round(seconds, 3)},
    }
