"""The `corpus` command line."""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

import click
import pyarrow as pa
from rich.cells import cell_len
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from corpus import __version__
from corpus.build import BuildOptions
from corpus.build import build as run_build
from corpus.errors import CorpusError
from corpus.parallel import aligned_links, as_json, export_tmx, side_by_side
from corpus.reader import find_quotes, read_manifest, table_sizes, top_entities
from corpus.report import write_report
from corpus.resources import default_stanza_dir, stanza_available
from corpus.views import export_conllu, export_vrt, kwic, write_cwb_registry
from corpus.writer import atomic_file
from pipeline.align.pairing import DEFAULT_THRESHOLD as DEFAULT_PAIR_THRESHOLD
from pipeline.ingest import MAX_BLOCK_CHARS

stderr = Console(stderr=True, highlight=False)
stdout = Console(highlight=False)


class ProgressReporter:
    """A progress bar on stderr; warnings printed above it."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = None

    def start(self, total: int | None) -> None:
        if self.progress is not None:
            self.task = self.progress.add_task("annotating", total=total)

    def advance(self, source: str) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, advance=1, description=f"annotating {source[-40:]}")

    def warn(self, message: str) -> None:
        console = self.progress.console if self.progress is not None else stderr
        console.print(f"[yellow]warning:[/] {message}", soft_wrap=True)


@contextmanager
def _progress(quiet: bool) -> Iterator[Progress | None]:
    if quiet:
        yield None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="corpus")
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
    default=1,
    show_default=True,
    help="Processes that annotate in parallel; the output is the same for any number.",
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
def build(
    sources: tuple[str, ...],
    out: Path,
    limit: int | None,
    strict: bool,
    split: str,
    text_field: str,
    max_block_chars: int,
    workers: int,
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
) -> None:
    """Annotate articles from SOURCE... and write the dataset to OUT.

    A SOURCE is a folder (searched recursively for .txt files, UTF-8, UTF-16 or GB18030), a .txt file,
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
    if quiet:
        return
    kinds = ", ".join(f"{kind} {count}" for kind, count in summary.blocks_by_kind.most_common())
    langs = ", ".join(f"{lang} {count}" for lang, count in summary.languages.most_common())
    stderr.print(
        f"[green]Built[/] {out}: {summary.rows['documents']} documents ({langs}), "
        f"{summary.rows['blocks']} blocks ({kinds}), {summary.rows['sentences']} sentences "
        f"in {summary.seconds:.2f} s" + (f"; {len(summary.skipped)} inputs skipped" if summary.skipped else "")
    )


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
        with _to_stdout():
            writer = csv.DictWriter(sys.stdout, fieldnames=[*columns, "aliases"], extrasaction="ignore")
            writer.writeheader()
            writer.writerows(
                {key: csv_cell(value) for key, value in {**row, "aliases": "|".join(row["aliases"])}.items()}
                for row in rows
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
        with _to_stdout():
            writer = csv.DictWriter(sys.stdout, fieldnames=[*columns, "doc_id", "start", "end", "speaker_entity_id"])
            writer.writeheader()
            writer.writerows({key: csv_cell(row[key]) for key in writer.fieldnames} for row in rows)
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
@click.option("--lang", type=click.Choice(["zh", "ru", "en", "kk"]), help="Only documents in this language.")
@click.option("--width", type=click.IntRange(min=1), default=30, show_default=True, help="Characters of context.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="Lines shown.")
def kwic_command(
    dataset: Path, query: str | None, entity: str | None, lang: str | None, width: int, limit: int
) -> None:
    """Key word in context: every occurrence of QUERY, or every mention of an --entity."""
    if not query and not entity:
        raise click.UsageError("give a QUERY (a surface string) or --entity ID")
    try:
        lines = list(itertools.islice(kwic(dataset, query, entity=entity, lang=lang, width=width), limit))
    except CorpusError as err:
        raise click.ClickException(str(err)) from None
    except (OSError, pa.ArrowException) as err:
        raise _failure(err, dataset) from None
    for line in lines:
        left = line.left[-width:]
        padding = " " * max(0, 2 * width - cell_len(left))
        click.echo(f"{padding}{left}  [{line.match}]  {line.right}    {line.source}#{line.sentence}")
    if not lines:
        stderr.print("no matches")


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
                   "start_a", "end_a", "start_b", "end_b", "text_a", "text_b"]  # fmt: skip
        with _to_stdout():
            writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                cells = {**row, "sentences_a": " ".join(map(str, row["sentences_a"])),
                         "sentences_b": " ".join(map(str, row["sentences_b"]))}  # fmt: skip
                writer.writerow({key: csv_cell(cells[key]) for key in columns})
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
