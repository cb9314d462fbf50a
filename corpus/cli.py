"""The `corpus` command line."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TextIO

import click
from rich.cells import cell_len
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from corpus.errors import CorpusError
from pipeline.defaults import DEFAULT_PAIR_THRESHOLD, MAX_BLOCK_CHARS

if TYPE_CHECKING:
    import pyarrow as pa

    from corpus.analysis import collocations, cooccurrences, frequencies, keywords
    from corpus.build import BuildOptions
    from corpus.build import build as run_build
    from corpus.parallel import aligned_links, as_json, export_tmx, side_by_side
    from corpus.reader import find_quotes, pin, read_manifest, table_sizes, top_entities
    from corpus.report import write_report
    from corpus.resources import default_stanza_dir, stanza_available
    from corpus.views import export_conllu, export_vrt, kwic, matching_entities, write_cwb_registry
    from corpus.writer import atomic_file
else:  # each command imports what it calls when it calls it: `corpus --help` stays under 0.3 s
    from corpus.lazy import LazyModule, lazy_function

    pa = LazyModule("pyarrow")
    collocations, cooccurrences, frequencies, keywords = (
        lazy_function("corpus.analysis", name) for name in ("collocations", "cooccurrences", "frequencies", "keywords")
    )
    BuildOptions, run_build = lazy_function("corpus.build", "BuildOptions"), lazy_function("corpus.build", "build")
    aligned_links, as_json, export_tmx, side_by_side = (
        lazy_function("corpus.parallel", name) for name in ("aligned_links", "as_json", "export_tmx", "side_by_side")
    )
    find_quotes, pin, read_manifest, table_sizes, top_entities = (
        lazy_function("corpus.reader", name)
        for name in ("find_quotes", "pin", "read_manifest", "table_sizes", "top_entities")
    )
    write_report = lazy_function("corpus.report", "write_report")
    default_stanza_dir = lazy_function("corpus.resources", "default_stanza_dir")
    stanza_available = lazy_function("corpus.resources", "stanza_available")
    export_conllu, export_vrt, kwic, matching_entities, write_cwb_registry = (
        lazy_function("corpus.views", name)
        for name in ("export_conllu", "export_vrt", "kwic", "matching_entities", "write_cwb_registry")
    )
    atomic_file = lazy_function("corpus.writer", "atomic_file")

stderr = Console(stderr=True, highlight=False)
stdout = Console(highlight=False)


class ProgressReporter:
    """A progress bar on stderr; warnings printed above it."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = None

    def start(self, total: int | None) -> None:
        if self.progress is not None:
            self.task = self.progress.add_task("annotating", total=total, chars=0)

    def advance(self, source: str, chars: int = 0) -> None:
        if self.progress is not None and self.task is not None:
            done = self.progress.tasks[self.task].fields.get("chars", 0) + chars
            self.progress.update(self.task, advance=1, description=f"annotating {source[-40:]}", chars=done)

    def warn(self, message: str) -> None:
        console = self.progress.console if self.progress is not None else stderr
        console.print(f"[yellow]warning:[/] {message}", soft_wrap=True)


class RateColumn(ProgressColumn):
    """Documents and characters per second since the build started (steadier than rich's sampled speed)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0 or not task.completed:
            return Text("-- docs/s", style="progress.data.speed")
        docs, chars = task.completed / elapsed, task.fields.get("chars", 0) / elapsed
        return Text(f"{docs:,.1f} docs/s {chars / 1000:,.1f}k chars/s", style="progress.data.speed")


@contextmanager
def _progress(quiet: bool) -> Iterator[Progress | None]:
    if quiet:
        yield None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
    ) as progress:
        yield progress


def _terminate(signum: int, frame: FrameType | None) -> None:
    """Turn SIGTERM into SystemExit so the build cleans its staging folder up."""
    raise SystemExit(128 + signum)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one that starts like a formula (``=``, ``+``, ``-``, ``@``, tab,
    CR) gets a leading ``'``, as spreadsheets themselves do; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@contextmanager
def _to_stdout() -> Iterator[None]:
    """Output to stdout that fails (a full device, a closed pipe) ends in one line and status 1."""
    try:
        yield
        sys.stdout.flush()
    except OSError as err:
        with contextlib.suppress(OSError):  # nothing more can reach stdout; stop Python trying at exit
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        raise click.ClickException(f"standard output: cannot write ({err.strerror or err})") from None


def _failure(err: OSError | pa.ArrowException, where: Path) -> click.ClickException:
    """An error of the machine (disk full, permissions, a damaged file) as one line naming the file."""
    if isinstance(err, OSError) and err.strerror:
        return click.ClickException(f"{err.filename or where}: {err.strerror}")
    first_line = (str(err).strip().splitlines() or [type(err).__name__])[0]
    return click.ClickException(f"{where}: {first_line}")


def _write_csv(rows: Iterable[Mapping[str, object]], columns: list[str]) -> None:
    """Rows as CSV on stdout: a header of ``columns``, then those cells of each row, safe for spreadsheets."""
    with _to_stdout():
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([csv_cell(row.get(key)) for key in columns] for row in rows)


def _emit(rows: list[dict[str, object]], columns: list[str], fmt: str, title: str) -> None:
    """Rows as a terminal table, CSV (cells safe for spreadsheets) or JSON, like the other listing commands."""
    if fmt == "json":
        with _to_stdout():
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        _write_csv(rows, columns)
        return
    table = Table(title=title)
    for column in columns:
        numeric = bool(rows) and isinstance(rows[0].get(column), int | float)
        table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row[c]) for c in columns))
    stdout.print(table)


def _analysed(dataset: Path, compute: Callable[[], object]) -> object:
    """Run a statistics query; its errors as one line and status 1."""
    try:
        return compute()
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    except Exception as err:  # DuckDB's own errors (a damaged Parquet file) have no common base worth importing
        if type(err).__module__.startswith(("duckdb", "_duckdb")):
            raise click.ClickException(f"{dataset}: {str(err).splitlines()[0]}") from None
        raise


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "-V", "--version", package_name="kazinform-corpus", prog_name="corpus")
def main() -> None:
    """Turn Kazinform news articles (Chinese, Russian, English) into an annotated Parquet corpus.

    Start with `corpus build seeds -o outputs/kazinform`, then `corpus info outputs/kazinform`.
    """


@main.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    default=Path("outputs/kazinform"),
    show_default=True,
    help="Dataset folder to write. A previous build there is replaced only when this one succeeds.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many documents.")
@click.option("--strict", is_flag=True, help="Stop at the first skipped input or warning instead of going on.")
@click.option("--split", default="train", show_default=True, help="Split to read from a Hugging Face dataset.")
@click.option(
    "--text-field", default="text", show_default=True, help="Field holding the article text (JSONL, datasets)."
)
@click.option(
    "--max-block-chars",
    type=click.IntRange(min=1000),
    default=MAX_BLOCK_CHARS,
    show_default=True,
    help="Skip articles with a paragraph longer than this (not article text).",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that annotate in parallel; the output is the same for any number. Default: as many as "
    "the cores free now (fewer on a busy machine; the manifest records the number used).",
)
@click.option(
    "--hmm/--no-hmm",
    default=False,
    show_default=True,
    help="Let jieba guess words outside its dictionary with its HMM (about 5x slower POS tagging).",
)
@click.option(
    "--gazetteer",
    "gazetteer",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra gazetteer JSONL (see pipeline/data/README.md); may be given several times.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: this machine, --workers processes. ray: Ray Data actors (--workers of them), locally or on a cluster.",
)
@click.option(
    "--ray-address", help="Address of a running Ray cluster (ray start --head prints it); default: a local Ray."
)
@click.option("--full", is_flag=True, help="Annotate everything again, even documents a previous build in OUT has.")
@click.option(
    "--backend",
    type=click.Choice(["auto", "offline", "stanza"]),
    default="auto",
    show_default=True,
    help="stanza: stanza for zh/ru/en (fails if models are missing); offline: jieba, razdel, spaCy rules, "
    "natasha; auto: stanza for each language whose models are found.",
)
@click.option(
    "--stanza-dir",
    type=click.Path(file_okay=False),
    help="Folder of stanza models (default: stanza's own). Nothing is ever downloaded during a build.",
)
@click.option(
    "--follow-links",
    is_flag=True,
    help="Read symlinks in a source folder that lead out of it (without this they are skipped with a warning).",
)
@click.option(
    "--pair-threshold",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_PAIR_THRESHOLD,
    show_default=True,
    help="Score two articles in different languages need to be listed as one story in doc_pairs and aligned "
    "sentence by sentence into sentence_pairs (0 lists every candidate).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; warnings still shown.")
@click.option("-v", "--verbose", is_flag=True, help="Time each pipeline stage and print the timings after the summary.")
def build(
    sources: tuple[str, ...],
    out: Path,
    limit: int | None,
    strict: bool,
    split: str,
    text_field: str,
    max_block_chars: int,
    workers: int | None,
    hmm: bool,
    gazetteer: tuple[str, ...],
    engine: str,
    ray_address: str | None,
    full: bool,
    backend: str,
    stanza_dir: str | None,
    follow_links: bool,
    pair_threshold: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Annotate articles from SOURCE... and write the dataset to OUT.

    A SOURCE is a folder (searched recursively for .txt files: UTF-8, UTF-16, GB18030, Windows-1251), a .txt file,
    a .jsonl file with a `text` field (and optional id, url, date, title, lang), or a Hugging Face
    dataset (a local folder or a hub name).
    """
    options = BuildOptions(
        limit=limit,
        strict=strict,
        split=split,
        text_field=text_field,
        max_block_chars=max_block_chars,
        workers=workers,
        hmm=hmm,
        gazetteer=gazetteer,
        backend=backend,
        stanza_dir=stanza_dir,
        full=full,
        engine=engine,
        ray_address=ray_address,
        follow_links=follow_links,
        pair_threshold=pair_threshold,
        stage_timings=verbose,
    )
    signal.signal(signal.SIGTERM, _terminate)
    try:
        with _progress(quiet) as progress:
            summary = run_build(list(sources), out, options, ProgressReporter(progress))
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, out) from None
    except KeyboardInterrupt:
        stderr.print(f"Interrupted: {out} holds the last complete build, nothing half-written")
        sys.exit(130)
    except Exception as err:
        if os.environ.get("CORPUS_DEBUG"):
            raise
        raise click.ClickException(
            f"internal error ({type(err).__name__}: {err}); {out} holds the last complete build, nothing "
            "half-written. Please report it; CORPUS_DEBUG=1 shows where it happened"
        ) from None
    if quiet:
        return
    kinds = ", ".join(f"{kind} {count}" for kind, count in summary.blocks_by_kind.most_common())
    langs = ", ".join(f"{lang} {count}" for lang, count in summary.languages.most_common())
    rows = summary.rows
    stderr.print(
        f"[green]Built[/] {out}: {rows['documents']} documents ({langs}), "
        f"{rows['blocks']} blocks ({kinds}), {rows['sentences']} sentences, {rows.get('mentions', 0)} mentions, "
        f"{rows.get('quotes', 0)} quotes, {rows.get('entities', 0)} entities, {rows.get('doc_pairs', 0)} "
        f"document pairs ({rows.get('sentence_pairs', 0)} sentence links) in {summary.seconds:.2f} s"
        + (f"; {len(summary.skipped)} inputs skipped" if summary.skipped else "")
    )
    if verbose:
        _print_stage_timings(summary.stage_seconds, summary.seconds)


def _print_stage_timings(stages: dict[str, float], total: float) -> None:
    """Seconds per stage (summed over workers, so with several they can exceed the wall-clock time)."""
    table = Table(title=f"time per stage (build: {total:.2f} s wall clock)")
    for column in ("stage", "seconds", "share"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    measured = sum(stages.values()) or 1.0
    for stage, seconds in stages.items():
        table.add_row(stage, f"{seconds:.2f}", f"{100 * seconds / measured:.0f}%")
    stderr.print(table)


@main.command()
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
def info(dataset: Path) -> None:
    """Show the tables of a built DATASET folder and their row counts."""
    try:
        manifest = read_manifest(dataset)
        sizes = table_sizes(dataset)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, ValueError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    table = Table(title=f"{dataset} (corpus {manifest.get('version', '?')}, built {manifest.get('created_utc', '?')})")
    table.add_column("table")
    table.add_column("rows", justify="right")
    table.add_column("columns", justify="right")
    table.add_column("size", justify="right")
    for name, rows, columns, size in sizes:
        table.add_row(name, f"{rows:,}", str(columns), f"{size / 1024:,.1f} KiB")
    stdout.print(table)
    for title, key in (("documents by language", "languages"), ("blocks by kind", "blocks_by_kind")):
        counts = manifest.get(key, {})
        stdout.print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if manifest.get("skipped"):
        stdout.print(f"skipped inputs: {len(manifest['skipped'])} (see manifest.json)")


@main.command()
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--type", "label", type=click.Choice(["PER", "LOC", "ORG", "MISC"]), help="Only entities of this type.")
@click.option("--lang", type=click.Choice(["zh", "ru", "en"]), help="Only entities named in this language.")
@click.option(
    "--top", type=click.IntRange(min=1), default=25, show_default=True, help="How many, most mentioned first."
)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def entities(dataset: Path, label: str | None, lang: str | None, top: int, fmt: str) -> None:
    """List the entities of a built DATASET with their names in Chinese, Russian and English."""
    try:
        rows = top_entities(dataset, label=label, lang=lang, top=top)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    columns = ["entity_id", "label", "name_zh", "name_ru", "name_en", "n_mentions", "n_docs"]
    if fmt == "json":
        with _to_stdout():
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        _write_csv(
            (
                {**row, "aliases": "|".join(row["aliases"]), "same_as": "|".join(row.get("same_as") or [])}
                for row in rows
            ),
            [*columns, "aliases", "same_as"],
        )
        return
    table = Table(title=f"{len(rows)} entities of {dataset}")
    for column in ("entity", "type", "zh", "ru", "en", "mentions", "documents"):
        table.add_column(column, justify="right" if column in ("mentions", "documents") else "left")
    for row in rows:
        table.add_row(*(str(row[c]) if row[c] is not None else "" for c in columns))
    stdout.print(table)


@main.command()
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--speaker", help="Any spelling of the speaker's name: Aliyev, 阿利耶夫, Алиев find the same quotes.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "question", "answer"]), help="Only this kind.")
@click.option(
    "--lang", type=click.Choice(["zh", "ru", "en", "kk"]), help="Only quotes from documents in this language."
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Rows shown in a table.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def quotes(dataset: Path, speaker: str | None, kind: str | None, lang: str | None, limit: int, fmt: str) -> None:
    """Who said what in a built DATASET: quotes with their speakers, by any spelling of a name."""
    try:
        rows = find_quotes(dataset, speaker=speaker, kind=kind, lang=lang)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    columns = ["quote_id", "kind", "speaker_text", "speaker_name_en", "speaker_role", "attribution", "cue", "text"]
    if fmt == "json":
        with _to_stdout():
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        _write_csv(rows, [*columns, "doc_id", "start", "end", "speaker_entity_id"])
        return
    table = Table(title=f"{len(rows)} quotes in {dataset}" + (f" (first {limit})" if len(rows) > limit else ""))
    for column in ("kind", "speaker", "name", "role", "how", "quote"):
        table.add_column(column, overflow="fold")
    for row in rows[:limit]:
        text = row["text"] if len(row["text"]) <= 120 else row["text"][:117] + "..."
        table.add_row(
            row["kind"], row["speaker_text"] or "", row["speaker_name_en"] or "", row["speaker_role"] or "",
            row["attribution"], text,
        )  # fmt: skip
    stdout.print(table)


@main.command("kwic")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("query", required=False)
@click.option(
    "--entity", help="An entity id (per:kassym-jomart-tokayev) or any spelling of its name: all its mentions."
)
@click.option("--regex", is_flag=True, help="QUERY is a regular expression (Python syntax).")
@click.option("--lemma", is_flag=True, help="QUERY is a lemma: every form of it (Токаев finds Токаева, Токаеву).")
@click.option("--upos", help="Only tokens of this part of speech (NOUN, PROPN, VERB...); alone, all of them.")
@click.option("-i", "--ignore-case", is_flag=True, help="Upper and lower case alike (Latin, Cyrillic...).")
@click.option("--lang", type=click.Choice(["zh", "ru", "en", "kk"]), help="Only documents in this language.")
@click.option("--width", type=click.IntRange(min=1), default=30, show_default=True, help="Characters of context.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="Lines shown.")
def kwic_command(
    dataset: Path,
    query: str | None,
    entity: str | None,
    regex: bool,
    lemma: bool,
    upos: str | None,
    ignore_case: bool,
    lang: str | None,
    width: int,
    limit: int,
) -> None:
    """Key word in context: every occurrence of QUERY, every form of a --lemma, every token of a --upos, or
    every mention of an --entity. Exit status 1 when nothing matches."""
    if not query and not entity and not upos:
        raise click.UsageError("give a QUERY (a string, --regex or --lemma), --upos TAG or --entity ID")
    if entity and (query or upos):
        raise click.UsageError("--entity lists mentions; it does not go with QUERY or --upos")
    if lemma and not query:
        raise click.UsageError("--lemma needs a QUERY (the lemma)")
    shown, total = [], 0
    try:
        with pin(dataset) as build:  # the note and the lines from one build
            if entity:
                found = matching_entities(build, entity)
                if len(found) > 1:
                    names = "; ".join(
                        f"{row['entity_id']} ({row['name_en'] or row['name_ru'] or row['name_zh']}, "
                        f"{row['n_mentions']} mentions)"
                        for row in found
                    )
                    stderr.print(f"note: {entity!r} names {len(found)} entities, all shown: {names}", soft_wrap=True)
            lines = kwic(
                build, query, entity=entity, lang=lang, width=width, regex=regex, lemma=lemma, upos=upos,
                ignore_case=ignore_case,
            )  # fmt: skip
            for line in lines:
                total += 1
                if len(shown) < limit:
                    shown.append(line)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    with _to_stdout():
        for line in shown:
            padding = " " * max(0, width - cell_len(line.left))
            click.echo(f"{padding}{line.left}  [{line.match}]  {line.right}    {line.source}#{line.sentence}")
    if not total:
        stderr.print("no matches")
        sys.exit(1)
    stderr.print(f"{len(shown)} of {total} matches" + (f" (--limit {limit})" if total > len(shown) else ""))


_FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
_TOP_OPTION = click.option("--top", type=click.IntRange(min=1), default=30, show_default=True, help="Rows shown.")


@main.command("freq")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--by",
    type=click.Choice(["form", "lemma", "upos", "entity"]),
    default="lemma",
    show_default=True,
    help="Count word forms, lemmas, parts of speech (UPOS) or entity mentions.",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "ru", "en", "kk"]),
    help="Only sentences in this language (entity: documents in it).",
)
@click.option("--ngram", type=click.IntRange(1, 8), default=1, show_default=True, help="Runs of N tokens.")
@click.option("--docs", is_flag=True, help="Also the document frequency of each item (about twice the time).")
@_TOP_OPTION
@_FORMAT_OPTION
def freq_command(dataset: Path, by: str, lang: str | None, ngram: int, docs: bool, top: int, fmt: str) -> None:
    """A frequency list: count, per million and document frequency of each form, lemma, UPOS tag, n-gram or
    entity. Punctuation is left out of word counts; n-grams stay inside a sentence and never cross it."""
    if by == "entity" and ngram > 1:
        raise click.UsageError("--ngram counts tokens; it does not go with --by entity")
    rows = _analysed(dataset, lambda: frequencies(dataset, by=by, lang=lang, ngram=ngram, top=top, docs=docs))
    columns = ["item", "label", "name", "freq", "per_million", "docs"] if by == "entity" else [
        "item", "freq", "per_million", *(["docs"] if docs else [])]  # fmt: skip
    what = f"{ngram}-grams of {by}s" if ngram > 1 else f"{by}s"
    _emit(rows, columns, fmt, f"top {len(rows)} {what} in {dataset}" + (f" ({lang})" if lang else ""))  # type: ignore[arg-type]


@main.command("collocations")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("query")
@click.option("--by", type=click.Choice(["lemma", "form"]), default="lemma", show_default=True,
              help="QUERY and collocates are lemmas (all case forms together) or word forms.")  # fmt: skip
@click.option("--window", type=click.IntRange(1, 20), default=5, show_default=True, help="Tokens either side.")
@click.option(
    "--measure",
    type=click.Choice(["logdice", "mi", "t"]),
    default="logdice",
    show_default=True,
    help="Sort by logDice (14 + log2(2·f_xy/(f_x+f_y))), MI or t-score.",
)
@click.option("--min-freq", type=click.IntRange(min=1), default=2, show_default=True, help="Least co-occurrences.")
@click.option("--lang", type=click.Choice(["zh", "ru", "en", "kk"]), help="Only sentences in this language.")
@_TOP_OPTION
@_FORMAT_OPTION
def collocations_command(
    dataset: Path, query: str, by: str, window: int, measure: str, min_freq: int, lang: str | None, top: int, fmt: str
) -> None:
    """Collocates of QUERY (case-insensitive) within --window tokens in the same sentence, with f_xy, f_x,
    f_y and the three association scores, best first by --measure."""
    rows = _analysed(
        dataset,
        lambda: collocations(
            dataset, query, by=by, window=window, measure=measure, min_freq=min_freq, lang=lang, top=top
        ),
    )
    columns = ["collocate", "f_xy", "f_x", "f_y", "logdice", "mi", "t"]
    _emit(rows, columns, fmt, f"collocates of {query!r} (±{window}, by {measure}) in {dataset}")  # type: ignore[arg-type]
    if not rows:
        stderr.print(f"no collocates of {query!r} seen at least {min_freq} times (try --min-freq 1)")


@main.command("cooccur")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--type", "labels", multiple=True, type=click.Choice(["PER", "LOC", "ORG", "MISC"]),
              help="Only entities of this type (may be given several times).")  # fmt: skip
@click.option(
    "--unit",
    type=click.Choice(["sentence", "document"]),
    default="sentence",
    show_default=True,
    help="Two entities co-occur when named in the same sentence or document.",
)
@click.option("--min-freq", type=click.IntRange(min=1), default=2, show_default=True, help="Least shared units.")
@_TOP_OPTION
@_FORMAT_OPTION
def cooccur_command(dataset: Path, labels: tuple[str, ...], unit: str, min_freq: int, top: int, fmt: str) -> None:
    """Entity pairs named together: count of shared sentences (or documents), each one's count, and logDice
    and MI over those units, most frequent pairs first."""
    rows = _analysed(dataset, lambda: cooccurrences(dataset, labels=labels, unit=unit, min_freq=min_freq, top=top))
    columns = ["entity_a", "name_a", "entity_b", "name_b", "count", "f_a", "f_b", "logdice", "mi"]
    _emit(rows, columns, fmt, f"entity pairs by {unit} in {dataset}")  # type: ignore[arg-type]


@main.command("keywords")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--where",
    "where",
    required=True,
    help="The documents studied: conditions joined by commas, e.g. lang=ru, date=2025, date=2024-01..2024-06, "
    "date>=2025-03-01, source=ru/* (see README).",
)
@click.option(
    "--against",
    default="rest",
    show_default=True,
    help="The reference documents, written like --where; rest: every document --where leaves out.",
)
@click.option("--by", type=click.Choice(["lemma", "form", "upos"]), default="lemma", show_default=True)
@click.option("--min-freq", type=click.IntRange(min=1), default=3, show_default=True, help="Least count in --where.")
@_TOP_OPTION
@_FORMAT_OPTION
def keywords_command(dataset: Path, where: str, against: str, by: str, min_freq: int, top: int, fmt: str) -> None:
    """Keywords: items markedly more frequent in the --where documents than in the --against documents, by
    log-likelihood (G²), with the log ratio as effect size. G² above 3.84 is p < 0.05, above 15.13 p < 0.0001."""
    result = _analysed(dataset, lambda: keywords(dataset, where, against, by=by, min_freq=min_freq, top=top))
    rows, sizes = result  # type: ignore[misc]
    columns = ["item", "freq_a", "freq_b", "per_million_a", "per_million_b", "g2", "log_ratio"]
    title = (
        f"keywords of {where!r} ({sizes['docs_a']:,} documents, {sizes['tokens_a']:,} tokens) against "
        f"{against!r} ({sizes['docs_b']:,} documents, {sizes['tokens_b']:,} tokens)"
    )
    _emit(rows, columns, fmt, title)


@main.command("report")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "-o", "--out", type=click.Path(path_type=Path, dir_okay=False), default=Path("report.html"), show_default=True
)
def report_command(dataset: Path, out: Path) -> None:
    """One self-contained HTML page: summary, charts, entity table, quotes by speaker, documents."""
    try:
        write_report(dataset, out)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    stderr.print(f"[green]wrote[/] {out}")


@main.command("parallel")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--doc", help="Only the pairs this document (doc_id) takes part in.")
@click.option("--width", type=click.IntRange(min=10), default=60, show_default=True, help="Terminal cells per side.")
@click.option("--all-links", is_flag=True, help="Also show sentences without counterpart (1-0, 0-1).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def parallel_command(dataset: Path, doc: str | None, width: int, all_links: bool, fmt: str) -> None:
    """Aligned sentences of the document pairs side by side (Chinese characters count two cells)."""
    try:
        rows = aligned_links(dataset, doc, non_empty=not all_links)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    if fmt == "json":
        with _to_stdout():
            click.echo(as_json(rows))
        return
    if fmt == "csv":
        columns = ["doc_id_a", "doc_id_b", "link", "link_type", "score", "sentences_a", "sentences_b",
                   "start_a", "end_a", "start_b", "end_b", "spans_a", "spans_b", "text_a", "text_b"]  # fmt: skip
        joined = ({**row, **{side: " ".join(map(str, row[side])) for side in ("sentences_a", "sentences_b")},
                   **{side: " ".join(f"{s['start']}-{s['end']}" for s in row[side]) for side in ("spans_a", "spans_b")}}
                  for row in rows)  # fmt: skip
        _write_csv(joined, columns)
        return
    if not rows:
        stderr.print("no aligned sentences" + (f" for {doc}" if doc else ""))
        return
    with _to_stdout():
        for line in side_by_side(rows, width):
            click.echo(line)


_LANG_OPTION = click.option("--lang", help="Only the documents in this language (zh, ru, en, kk).")


@main.group()
def export() -> None:
    """Write a built dataset in the formats of other tools (CoNLL-U, vertical files)."""


def _export(dataset: Path, out: Path, writer: Callable[[Path, TextIO], int], what: str) -> None:
    try:
        with atomic_file(out) as stream:
            count = writer(dataset, stream)
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except pa.ArrowException as err:
        raise _failure(err, dataset) from None
    stderr.print(f"[green]wrote[/] {out}: {count} {what}")


@export.command("conllu")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "-o", "--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="CoNLL-U file to write."
)
@_LANG_OPTION
def export_conllu_command(dataset: Path, out: Path, lang: str | None) -> None:
    """CoNLL-U with UPOS, XPOS, lemmas, features, sentence ids, text, document/paragraph markers and entity
    BIO tags (NE=) in MISC; no syntactic parse (HEAD, DEPREL: _)."""
    _export(dataset, out, lambda root, stream: export_conllu(root, stream, lang), "sentences")


@export.command("vrt")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "-o", "--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="Vertical file to write."
)
@_LANG_OPTION
def export_vrt_command(dataset: Path, out: Path, lang: str | None) -> None:
    """A vertical file (<doc>, <p>, <s>, <entity>; word, upos, xpos, lemma) for Sketch Engine, NoSketch
    Engine and CWB, with a CWB registry file in registry/ beside it."""
    _export(dataset, out, lambda root, stream: export_vrt(root, stream, lang), "documents")
    try:
        registry = write_cwb_registry(out, lang)
    except OSError as err:
        raise click.ClickException(f"{out}: the CWB registry file could not be written ({err})") from None
    stderr.print(f"[green]wrote[/] {registry} (CWB registry; see README for cwb-encode and cwb-makeall)")


@export.command("tmx")
@click.argument("dataset", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("-o", "--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="TMX file to write.")
def export_tmx_command(dataset: Path, out: Path) -> None:
    """A TMX 1.4 translation memory of the aligned sentences (one <tu> per link) for CAT and corpus tools."""
    _export(dataset, out, export_tmx, "translation units")


@main.group()
def models() -> None:
    """Stanza models: what is installed, and getting more (the only command that uses the network)."""


_DIR_OPTION = click.option(
    "--dir", "model_dir", type=click.Path(file_okay=False), help="Model folder (default: stanza's own)."
)


@models.command("list")
@_DIR_OPTION
def models_list(model_dir: str | None) -> None:
    """Show the stanza models installed per language."""
    from pipeline.stanza_backend import PROCESSORS, STANZA_LANGS, installed_models, resources_version

    folder = Path(model_dir) if model_dir else default_stanza_dir()
    installed = installed_models(folder)
    if not installed:
        stdout.print(f"no stanza models in {folder}; get them with `corpus models download zh ru en --dir {folder}`")
        return
    table = Table(title=f"stanza models in {folder} (resources {resources_version(folder) or '?'})")
    for column in ("language", "installed processors", "ready for corpus build"):
        table.add_column(column)
    for lang in STANZA_LANGS:
        found = installed.get(lang, [])
        ready = set(PROCESSORS[lang].split(",")) <= set(found)
        table.add_row(lang, ", ".join(found) or "-", "yes" if ready else f"needs {PROCESSORS[lang]}")
    stdout.print(table)


@models.command("download")
@click.argument("languages", nargs=-1, required=True, type=click.Choice(["zh", "ru", "en"]))
@_DIR_OPTION
def models_download(languages: tuple[str, ...], model_dir: str | None) -> None:
    """Download stanza models for LANGUAGES (needs network access to stanza's model server)."""
    if not stanza_available():
        raise click.ClickException("stanza is not installed: pip install torch, then pip install -e '.[stanza]'")
    import stanza

    from pipeline.stanza_backend import PROCESSORS

    folder = Path(model_dir) if model_dir else default_stanza_dir()
    for lang in languages:
        try:
            stanza.download(lang, model_dir=str(folder), processors=PROCESSORS[lang], logging_level="WARN")
        except Exception as err:  # stanza raises requests', urllib's or its own errors
            raise click.ClickException(
                f"cannot download stanza models for {lang} ({type(err).__name__}): this needs network access to "
                "stanza's model server; on a machine without it, copy a model folder made elsewhere and pass "
                "--stanza-dir"
            ) from None
        stderr.print(f"[green]installed[/] stanza models for {lang} in {folder}")


EXAMPLES: dict[str, tuple[str, str]] = {
    "": ("corpus build seeds -o outputs/kazinform", "corpus info outputs/kazinform"),
    "build": (
        "corpus build seeds -o outputs/kazinform",
        "corpus build articles.jsonl -o outputs/kazinform --workers 4 -v",
    ),
    "info": ("corpus info outputs/kazinform", "corpus info outputs/kazinform | grep 'documents by language'"),
    "entities": (
        "corpus entities outputs/kazinform --type PER --top 10",
        "corpus entities outputs/kazinform --lang ru --format csv > entities.csv",
    ),
    "quotes": (
        "corpus quotes outputs/kazinform --speaker Aliyev",
        "corpus quotes outputs/kazinform --kind indirect --format csv > quotes.csv",
    ),
    "kwic": (
        "corpus kwic outputs/kazinform газ --lemma --lang ru",
        "corpus kwic outputs/kazinform 'Kazakh\\w*' --regex --ignore-case --limit 20",
    ),
    "freq": (
        "corpus freq outputs/kazinform --by lemma --lang ru --top 20",
        "corpus freq outputs/kazinform --by form --lang en --ngram 2 --format csv > bigrams.csv",
    ),
    "collocations": (
        "corpus collocations outputs/kazinform газ --lang ru --window 3",
        "corpus collocations outputs/kazinform 哈萨克斯坦 --by form --measure t --min-freq 3",
    ),
    "cooccur": (
        "corpus cooccur outputs/kazinform --type PER",
        "corpus cooccur outputs/kazinform --unit document --type PER --type ORG --format json",
    ),
    "keywords": (
        "corpus keywords outputs/kazinform --where lang=ru,date=2025 --against lang=ru,date<2025",
        "corpus keywords outputs/kazinform --where 'source=ru/*' --by form --format csv > keywords.csv",
    ),
    "report": ("corpus report outputs/kazinform -o report.html", "corpus report outputs/kazinform -o site/index.html"),
    "parallel": (
        "corpus parallel outputs/kazinform --width 50",
        "corpus parallel outputs/kazinform --all-links --format csv > links.csv",
    ),
    "export": (
        "corpus export conllu outputs/kazinform -o kazinform.conllu",
        "corpus export vrt outputs/kazinform -o kazinform.vrt",
    ),
    "export conllu": (
        "corpus export conllu outputs/kazinform -o kazinform.conllu",
        "corpus export conllu outputs/kazinform --lang ru -o kazinform-ru.conllu",
    ),
    "export vrt": (
        "corpus export vrt outputs/kazinform -o kazinform.vrt",
        "corpus export vrt outputs/kazinform --lang zh -o kazinform-zh.vrt",
    ),
    "export tmx": (
        "corpus export tmx outputs/kazinform -o kazinform.tmx",
        "corpus export tmx outputs/kazinform -o exports/kazinform-pairs.tmx",
    ),
    "models": ("corpus models list", "corpus models download zh ru en"),
    "models list": ("corpus models list", "corpus models list --dir models/stanza"),
    "models download": ("corpus models download zh ru en", "corpus models download ru --dir models/stanza"),
}
"""Two real examples that end each command's --help (keyed by the command's path under `corpus`)."""


def _add_examples(command: click.Command, path: str = "") -> None:
    """Put the examples at the end of every command's help; a command without them is a test failure."""
    if path in EXAMPLES:
        command.epilog = "\b\nExamples:\n" + "\n".join(f"  {line}" for line in EXAMPLES[path])
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            _add_examples(sub, f"{path} {name}".strip())


_add_examples(main)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
