"""The chain of stages one document goes through, declared and checked here.

Each stage names what it requires and what it provides (layers of the document: ``blocks``,
``sentences``, ``tokens``, ``upos``/``xpos``/``lemma``/``feats``, ``mentions``, ``entity_ids``,
``quotes``). :func:`assemble` checks that every
requirement is provided by an earlier stage, so a chain in the wrong order fails when the pipeline
is built, not on the first document. Ingest (reading the raw text into blocks) always comes first.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pipeline.document import Document
from pipeline.entities import EntityRecognizer, recogniser_plans
from pipeline.gazetteer import GazetteerEntity, chinese_user_words
from pipeline.ingest import MAX_BLOCK_CHARS, IngestProblem, ingest
from pipeline.morph import MorphTagger
from pipeline.quotes import QuoteFinder
from pipeline.segment import Segmenter, SegmentSettings

INGEST_PROVIDES = frozenset({"text", "blocks"})


class Stage(Protocol):
    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document) -> Document: ...


class ChainError(ValueError):
    """A stage whose requirements no earlier stage provides."""


def assemble(stages: Sequence[Stage]) -> tuple[Stage, ...]:
    """The stages in order, once each requirement is known to be met by an earlier stage."""
    available = set(INGEST_PROVIDES)
    names: set[str] = set()
    for stage in stages:
        if stage.name in names:
            raise ChainError(f"stage {stage.name!r} appears twice")
        missing = stage.requires - available
        if missing:
            raise ChainError(
                f"stage {stage.name!r} needs {', '.join(sorted(missing))}, which no earlier stage provides"
            )
        available |= stage.provides
        names.add(stage.name)
    return tuple(stages)


@dataclass(frozen=True)
class PipelineSettings:
    """What changes annotations, apart from the gazetteer (picklable: workers build their own pipeline)."""

    hmm: bool = False
    max_block_chars: int = MAX_BLOCK_CHARS
    stanza_langs: tuple[str, ...] = ()
    stanza_dir: str | None = None
    cache_dir: str | None = None


class Pipeline:
    """ingest, then the assembled stages; each adds a layer to the document and never edits its text."""

    def __init__(self, stages: Sequence[Stage], max_block_chars: int = MAX_BLOCK_CHARS):
        self.stages = assemble(stages)
        self.max_block_chars = max_block_chars
        by_name = {stage.name: stage for stage in self.stages}
        self.segmenter: Segmenter = by_name["segment"]  # type: ignore[assignment]
        self.morph: MorphTagger | None = by_name.get("morph")  # type: ignore[assignment]
        self.entities: EntityRecognizer = by_name["entities"]  # type: ignore[assignment]
        self.quotes: QuoteFinder = by_name["quotes"]  # type: ignore[assignment]
        self.timings: dict[str, float] | None = None
        """Seconds spent per stage since the last :meth:`take_timings`, when asked for (``{}``); None keeps
        the default path free of clock calls."""

    def chain(self) -> list[dict[str, object]]:
        """The chain as declared (for the manifest and for readers of the code)."""
        return declared_chain(self.stages)

    def annotate(
        self,
        raw_text: str,
        source: str,
        *,
        source_id: str | None = None,
        url: str | None = None,
        date: dt.date | None = None,
        title: str | None = None,
        lang: str | None = None,
    ) -> tuple[Document, list[str]]:
        """The annotated document and the warnings raised on the way (see :func:`pipeline.ingest.ingest`): a
        batch of one, so one document and a build batch go through the same code."""
        (result,) = self.annotate_many(
            [dict(raw_text=raw_text, source=source, source_id=source_id, url=url, date=date, title=title, lang=lang)]
        )
        if isinstance(result, IngestProblem):
            raise result
        return result

    def annotate_many(self, records: Sequence[dict[str, Any]]) -> list[tuple[Document, list[str]] | IngestProblem]:
        """Documents annotated stage by stage as one batch: the same annotations as :meth:`annotate` on each,
        but a stage with a ``prepare`` method (the entity stage's models) sees the whole batch first. Each
        record holds :meth:`annotate`'s arguments; a record that holds no article comes back as its
        :class:`IngestProblem`."""
        timings = self.timings
        started = time.perf_counter() if timings is not None else 0.0
        results: list[tuple[Document, list[str]] | IngestProblem] = []
        for record in records:
            try:
                results.append(ingest(**record, max_block_chars=self.max_block_chars))
            except IngestProblem as problem:
                results.append(problem)
        if timings is not None:
            timings["ingest"] = timings.get("ingest", 0.0) + time.perf_counter() - started
        documents = [result[0] for result in results if not isinstance(result, IngestProblem)]
        for stage in self.stages:
            started = time.perf_counter() if timings is not None else 0.0
            prepare = getattr(stage, "prepare", None)
            if prepare is not None and documents:
                prepare(documents)
            documents = [stage(document) for document in documents]
            if timings is not None:
                timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - started
        annotated = iter(documents)
        return [result if isinstance(result, IngestProblem) else (next(annotated), result[1]) for result in results]

    def take_timings(self) -> dict[str, float]:
        """The stage timings gathered so far, starting a new count (empty when not measuring)."""
        if self.timings is None:
            return {}
        taken, self.timings = self.timings, {}
        return taken


def single_threaded_blas() -> None:
    """One BLAS thread per process: the models multiply small matrices, one document at a time, and the
    build already runs one process per core; OpenBLAS spinning up threads for each small product made
    a tagger call 25 times slower on a busy two-core machine (benchmarks/README.md)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


class Declared(Protocol):
    """What a stage declares (its class says it: no instance, no model needed to read it)."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]


def declared_chain(stages: Sequence[Declared]) -> list[dict[str, object]]:
    """Ingest, then each stage with what it requires and provides."""
    chain: list[dict[str, object]] = [{"stage": "ingest", "requires": [], "provides": sorted(INGEST_PROVIDES)}]
    for stage in stages:
        chain.append({"stage": stage.name, "requires": sorted(stage.requires), "provides": sorted(stage.provides)})
    return chain


DEFAULT_STAGES: tuple[type, ...] = (Segmenter, MorphTagger, EntityRecognizer, QuoteFinder)
"""The classes of :func:`build_pipeline`'s chain, in its order."""


@dataclass(frozen=True)
class PipelineDescription:
    """What a pipeline is made of, for the manifest and the rebuild fingerprint."""

    backends: dict[str, str]
    """Segmenter per language."""
    morphology: dict[str, dict[str, str]]
    """Per language, the tool behind upos, xpos, lemma and feats."""
    chain: list[dict[str, object]]
    recognisers: dict[str, str]
    """name -> version of every recogniser some language runs."""


def describe_chain(settings: PipelineSettings, gazetteer: list[GazetteerEntity]) -> PipelineDescription:
    """What :func:`build_pipeline` makes of these settings, read from the stage classes and the language and
    recogniser registries without building it: no BLAS set-up, gazetteer matcher, index or model (an
    unchanged rebuild needs this and nothing more of the pipeline)."""
    stanza_langs = frozenset(settings.stanza_langs)
    segmenter = Segmenter(SegmentSettings(hmm=settings.hmm, stanza_langs=stanza_langs), chinese_user_words(gazetteer))
    chain = declared_chain(assemble(DEFAULT_STAGES))  # type: ignore[arg-type]
    recognisers = {r.name: r.version for plan in recogniser_plans(stanza_langs).values() for r in plan}
    return PipelineDescription(segmenter.describe(), MorphTagger(stanza_langs).describe(), chain, recognisers)


def build_pipeline(settings: PipelineSettings, gazetteer: list[GazetteerEntity]) -> Pipeline:
    """The default chain: segment -> morph -> entities -> quotes, with the gazetteer given (read by the
    caller). Morph comes before entities: its Russian pass also yields natasha's named entities."""
    single_threaded_blas()
    stanza = None
    if settings.stanza_langs and settings.stanza_dir:
        from pipeline.stanza_backend import StanzaBackend

        stanza = StanzaBackend(Path(settings.stanza_dir))
    segment_settings = SegmentSettings(
        hmm=settings.hmm,
        cache_dir=Path(settings.cache_dir) if settings.cache_dir else None,
        stanza=stanza,
        stanza_langs=frozenset(settings.stanza_langs),
    )
    stages: list[Stage] = [
        Segmenter(segment_settings, chinese_user_words(gazetteer)),
        MorphTagger(frozenset(settings.stanza_langs)),
        EntityRecognizer(gazetteer, settings.stanza_langs, stanza),
        QuoteFinder(gazetteer),
    ]
    return Pipeline(stages, settings.max_block_chars)
