"""Reading articles from a folder of .txt files, a .jsonl file, or a Hugging Face dataset.

Each source yields :class:`SourceRecord` objects lazily (a corpus is never held in memory) and
:class:`~corpus.errors.SkippedInput` objects for inputs that are left out with a warning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.decoding import BinaryData, UndecodableText, decode_bytes
from corpus.errors import CorpusError, SkippedInput


@dataclass(slots=True)
class SourceRecord:
    """One article as read, before any annotation."""

    source: str
    text: str
    source_id: str | None = None
    url: str | None = None
    date: dt.date | None = None
    title: str | None = None
    lang: str | None = None
    problems: list[str] = field(default_factory=list)
    """Warnings about the record's metadata (a date that is no date, an unknown language code)."""


@dataclass(slots=True)
class InputFile:
    """A file read during the build, for the manifest."""

    source: str
    sha256: str
    n_bytes: int
    encoding: str | None = None


@dataclass
class Source:
    """A resolved SOURCE argument: what it is, how many records to expect, and the reader."""

    spec: str
    kind: str
    total: int | None
    inputs: list[InputFile] = field(default_factory=list)
    _reader: Any = None

    def records(self) -> Iterator[SourceRecord | SkippedInput]:
        yield from self._reader(self)


_HUB_NAME = re.compile(r"^[\w.-]+(/[\w.-]+)?$")
_DATASET_FILES = ("*.parquet", "*.arrow", "*.jsonl", "*.json", "*.csv")


KNOWN_LANGS = ("zh", "ru", "en", "kk", "mixed", "und")
"""Language codes a record's ``lang`` may give; others are dropped with a warning (the text decides)."""


def open_source(spec: str, *, split: str = "train", text_field: str = "text", follow_links: bool = False) -> Source:
    """Resolve a SOURCE argument; raise :class:`CorpusError` when it is none of the known kinds."""
    path = Path(spec)
    if path.is_dir():
        entries = _folder_entries(path, follow_links)
        n_files = sum(1 for _, entry in entries if isinstance(entry, Path))
        dataset = not n_files and _dataset_folder(path)
        if entries and not dataset:
            return Source(spec, "folder", n_files, _reader=lambda s: _read_files(s, entries))
        if dataset:
            return _open_dataset(spec, split, text_field, local=True)
        raise CorpusError(f"{spec}: folder holds no .txt files and no dataset files; nothing to build from")
    if os.path.lexists(path) and not path.is_file():
        try:
            path.stat()
        except OSError as err:
            raise CorpusError(f"{spec}: cannot read ({_reason(err)})") from err
        raise CorpusError(f"{spec}: not a regular file ({_file_kind(path)}); give a folder, a .txt or a .jsonl file")
    if path.is_file():
        if path.suffix == ".jsonl":
            return Source(spec, "jsonl", None, _reader=lambda s: _read_jsonl(s, path, text_field))
        if path.suffix == ".txt":
            return Source(spec, "file", 1, _reader=lambda s: _read_files(s, [(path.name, path)]))
        raise CorpusError(f"{spec}: not a .txt or .jsonl file; give a folder of .txt files, a .jsonl, or a dataset")
    if "\\" in spec or spec.startswith((".", "/", "~")) or not _HUB_NAME.match(spec):
        raise CorpusError(f"{spec}: no such file or folder")
    return _open_dataset(spec, split, text_field, local=False)


def _dataset_folder(path: Path) -> bool:
    return (
        (path / "dataset_info.json").exists()
        or (path / "state.json").exists()
        or any(next(path.glob(pattern), None) for pattern in _DATASET_FILES)
    )


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _reason(err: OSError) -> str:
    return err.strerror or type(err).__name__


def _file_kind(path: Path) -> str:
    """What a non-regular path is, in words (``os.stat`` only: a FIFO is never opened)."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return _reason(err)
    for check, kind in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if check(mode):
            return kind
    return "not a regular file"


FolderEntry = tuple[str, "Path | SkippedInput"]


def _folder_entries(root: Path, follow_links: bool) -> list[FolderEntry]:
    """The folder's ``.txt`` files by name, and what was left out and why, in name order.

    Only regular files are read: FIFOs, devices and sockets are reported (checked with ``os.stat``,
    never opened). Symlinks that lead out of the folder are refused unless ``follow_links``; folder
    links are followed only then, each real folder once (a link loop ends there). Folders that cannot
    be listed are reported, not passed over.
    """
    root_name = root.resolve().name
    real_root = os.path.realpath(root)
    entries: list[FolderEntry] = []
    seen_dirs: set[tuple[int, int]] = set()

    def name_of(path: str) -> str:
        return f"{root_name}/{Path(os.path.relpath(path, root)).as_posix()}"

    def outside(path: str) -> bool:
        real = os.path.realpath(path)
        return os.path.commonpath([real, real_root]) != real_root

    def on_error(err: OSError) -> None:
        where = name_of(err.filename) if err.filename else root_name
        entries.append((where, SkippedInput(where, f"cannot read this folder ({_reason(err)})")))

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=follow_links):
        relative = Path(os.path.relpath(folder, root))
        if relative != Path(".") and _hidden(relative):
            dirs[:] = []
            continue
        try:
            info = os.stat(folder)
        except OSError as err:
            on_error(err)
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:  # a link back into a folder already read
            reason = "a link to a folder already read (a link loop or a second link); not followed"
            entries.append((name_of(folder), SkippedInput(name_of(folder), reason)))
            dirs[:] = []
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        kept_dirs = []
        for name in dirs:
            path = os.path.join(folder, name)
            if name.startswith("."):
                continue
            if os.path.islink(path) and not follow_links:
                if outside(path):
                    reason = "link to a folder outside SOURCE; not followed (--follow-links reads it)"
                    entries.append((name_of(path), SkippedInput(name_of(path), reason)))
                continue
            kept_dirs.append(name)
        dirs[:] = kept_dirs
        for name in files:
            path = os.path.join(folder, name)
            if name.startswith(".") or not name.endswith(".txt"):
                continue
            entries.append((name_of(path), _file_entry(path, name_of(path), follow_links, outside)))
    return sorted(entries, key=lambda entry: entry[0])


def _file_entry(path: str, name: str, follow_links: bool, outside: Callable[[str], bool]) -> Path | SkippedInput:
    """The path to read, or why it is left out."""
    if os.path.islink(path) and not follow_links and outside(path):
        return SkippedInput(name, "symlink to a file outside SOURCE; not read (--follow-links reads it)")
    try:
        mode = os.stat(path).st_mode
    except OSError as err:  # a dangling link, a link loop, no permission
        return SkippedInput(name, f"cannot read ({_reason(err)})")
    if not stat.S_ISREG(mode):
        return SkippedInput(name, f"not a regular file ({_file_kind(Path(path))}); not read")
    return Path(path)


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file. Opened without blocking, then checked again on the open file: a
    file swapped for a FIFO or device after it was listed is refused, never waited on or read forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"not a regular file ({_file_kind(path)})")
        return stream.read()


def _read_files(source: Source, entries: list[FolderEntry]) -> Iterator[SourceRecord | SkippedInput]:
    for name, entry in entries:
        if isinstance(entry, SkippedInput):
            yield entry
            continue
        path = entry
        try:
            data = _read_regular(path)
        except OSError as err:
            yield SkippedInput(name, f"cannot read ({_reason(err) if err.strerror else err})")
            continue
        decoded = decode_input(name, data)
        if isinstance(decoded, SkippedInput):
            yield decoded
            continue
        record, input_file = decoded
        source.inputs.append(input_file)
        yield record


def decode_input(name: str, data: bytes) -> tuple[SourceRecord, InputFile] | SkippedInput:
    """One input file's bytes as a record and its manifest entry, or why it is left out.

    The one place a file's bytes become text: the local engine's folder reader and the Ray engine's
    actors both call it, so both decode, hash and skip alike. Raises :class:`CorpusError` for text in no
    encoding it knows (that stops the build: the user must re-save the file)."""
    try:
        text, encoding = decode_bytes(data)
    except BinaryData as err:
        return SkippedInput(name, str(err))
    except UndecodableText as err:
        raise CorpusError(f"{name}: cannot decode: {err}; re-save it as UTF-8") from err
    return SourceRecord(name, text), InputFile(name, hashlib.sha256(data).hexdigest(), len(data), encoding)


def _read_jsonl(source: Source, path: Path, text_field: str) -> Iterator[SourceRecord | SkippedInput]:
    """Records line by line; the file is hashed as it is read, never held whole in memory."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            digest.update(raw)
            size += len(raw)
            where = f"{path.name}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                raise CorpusError(f"{where}: not UTF-8 ({err.reason}); re-save the file as UTF-8") from err
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise CorpusError(f"{where}: not valid JSON ({err.msg}); fix or remove the line") from err
            except RecursionError as err:
                raise CorpusError(f"{where}: JSON nested too deeply to read; fix or remove the line") from err
            except ValueError as err:  # a number of thousands of digits
                reason = str(err).split(";")[0].split(":")[0]
                raise CorpusError(f"{where}: unreadable JSON value ({reason}); fix or remove the line") from err
            if not isinstance(record, dict):
                raise CorpusError(f"{where}: expected a JSON object with a {text_field!r} field")
            yield _record_from_mapping(record, where, text_field)
    source.inputs.append(InputFile(path.name, digest.hexdigest(), size, "utf-8"))


def _record_from_mapping(record: dict[str, Any], where: str, text_field: str) -> SourceRecord:
    text = record.get(text_field)
    if not isinstance(text, str):
        fields = ", ".join(sorted(map(str, record))) or "none"
        raise CorpusError(f"{where}: no text field {text_field!r} (fields: {fields}); choose one with --text-field")
    problems: list[str] = []
    return SourceRecord(
        where,
        _valid_text(text, text_field, where),
        source_id=_optional_str(record.get("id"), "id", where),
        url=_optional_str(record.get("url"), "url", where),
        date=_parse_date(record.get("date"), problems),
        title=_optional_str(record.get("title"), "title", where),
        lang=_known_lang(_optional_str(record.get("lang"), "lang", where), problems),
        problems=problems,
    )


def _valid_text(value: str, name: str, where: str) -> str:
    """The string as it is, or one error line: a lone surrogate (``"\\ud800"``) is no text and cannot be
    written as UTF-8 anywhere later."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise CorpusError(
            f"{where}: field {name!r} holds an unpaired surrogate escape ({value[err.start]!a} at character "
            f"{err.start}); fix or remove the line"
        ) from None
    return value


def _optional_str(value: Any, name: str, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list)):
        raise CorpusError(f"{where}: field {name!r} should be a string, not a JSON {type(value).__name__}")
    try:
        return _valid_text(str(value), name, where)
    except ValueError as err:  # str() of an int of thousands of digits
        raise CorpusError(f"{where}: field {name!r} is a number too long to read") from err


def _known_lang(value: str | None, problems: list[str]) -> str | None:
    """A language code the corpus knows (``zh``, ``ru-RU`` -> ``ru``); anything else is dropped, with a warning."""
    if value is None:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if code in KNOWN_LANGS:
        return code
    problems.append(f"lang {value[:40]!r} is not one of {', '.join(KNOWN_LANGS)}; language read from the text")
    return None


def _parse_date(value: Any, problems: list[str]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value) if isinstance(value, str) else repr(value)
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        pass
    problems.append(f"date {text[:40]!r} is not a date (expected YYYY-MM-DD); date left empty")
    return None


def _open_dataset(spec: str, split: str, text_field: str, *, local: bool) -> Source:
    try:
        import datasets
    except ImportError as err:  # pragma: no cover - datasets is a dependency
        raise CorpusError("reading a Hugging Face dataset needs the `datasets` package") from err
    try:
        path = Path(spec)
        if local and ((path / "dataset_info.json").exists() or (path / "state.json").exists()):
            loaded = datasets.load_from_disk(spec)
            dataset = loaded[split] if isinstance(loaded, datasets.DatasetDict) else loaded
        else:
            dataset = datasets.load_dataset(spec, split=split)
    except KeyError as err:
        raise CorpusError(f"{spec}: dataset has no split {split!r}; choose one with --split") from err
    except Exception as err:  # datasets raises many kinds; all mean "cannot load this source"
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CorpusError(f"{spec}: cannot load as a Hugging Face dataset ({first_line})") from err
    if text_field not in dataset.column_names:
        raise CorpusError(
            f"{spec}: dataset has no column {text_field!r} (columns: {', '.join(dataset.column_names)}); "
            "choose one with --text-field"
        )
    fingerprint = getattr(dataset, "_fingerprint", "") or ""
    name = Path(spec).name if local else spec

    def read(source: Source) -> Iterator[SourceRecord | SkippedInput]:
        source.inputs.append(InputFile(f"{name}:{split}", fingerprint, dataset.data.nbytes, None))
        for index, row in enumerate(dataset):
            yield _record_from_mapping(row, f"{name}:{split}:{index}", text_field)

    return Source(spec, "dataset", len(dataset), _reader=read)
