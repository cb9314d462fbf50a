"""Issue 19: a read that overlaps commits into the same OUT sees one whole build, never parts of two."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pyarrow as pa
import pytest

from corpus import reader
from corpus import writer as writer_module
from corpus.schemas import TABLES
from corpus.views import iter_documents
from corpus.writer import AtomicDatasetWriter

COMMITS = 40


def commit_build(out: Path, number: int) -> tuple[str, int]:
    """A tiny build whose documents (a count that differs from the previous build's) all carry the
    build's number in their doc_id, two blocks each. Returns its build_id and document count."""
    count = 1 + number % 7 + (number // 7) % 3
    writer = AtomicDatasetWriter(out, TABLES)
    doc_ids = [f"b{number}-d{k}" for k in range(count)]
    writer.write(
        "documents",
        pa.Table.from_pylist(
            [
                {"doc_id": d, "source": f"{d}.txt", "lang": "en", "text": "ab", "n_chars": 2, "n_blocks": 2}
                for d in doc_ids
            ],
            schema=TABLES["documents"],
        ),
    )
    blocks = [
        {"doc_id": d, "block": b, "kind": "paragraph", "lang": "en", "start": b, "end": b + 1, "text": "ab"[b]}
        for d in doc_ids
        for b in range(2)
    ]
    writer.write("blocks", pa.Table.from_pylist(blocks, schema=TABLES["blocks"]))
    manifest = {"build_id": writer.build_id, "number": number, "rows": dict(writer.row_counts)}
    writer.commit(manifest, "card\n")
    return writer.build_id, count


def check_read(out: Path, pause: float) -> tuple[str, str]:
    """One pinned read: the manifest and two tables must agree; returns the build_id read and the one OUT
    names once the read is over (different: a commit came while reading)."""
    with reader.open_build(out) as build:
        manifest = build.manifest
        time.sleep(pause)  # let commits (and the removal of this build) happen mid-read
        documents = build.table("documents", columns=["doc_id"])
        blocks = build.table("blocks", columns=["doc_id"])
    prefix = f"b{manifest['number']}-"
    assert documents.num_rows == manifest["rows"]["documents"], "documents of another build"
    assert blocks.num_rows == manifest["rows"]["blocks"] == 2 * documents.num_rows, "blocks of another build"
    for table in (documents, blocks):
        assert all(doc_id.startswith(prefix) for doc_id in table["doc_id"].to_pylist()), "rows of another build"
    return manifest["build_id"], reader.read_manifest(out)["build_id"]


def check_stream(out: Path) -> None:
    """iter_documents (kwic, the exports and the report read through it): one build from first to last."""
    prefixes = set()
    for view in iter_documents(out):
        prefixes.add(view.document["doc_id"].split("-")[0])
        assert len(view.blocks) == 2 and {b["doc_id"] for b in view.blocks} == {view.document["doc_id"]}
    assert len(prefixes) == 1


@pytest.mark.parametrize("atomic", [True, False])
def test_reader_never_sees_two_builds_mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atomic: bool) -> None:
    out = tmp_path / "out"
    commit_build(out, 0)
    if not atomic:  # the two-rename commit: OUT is briefly missing between the renames
        monkeypatch.setattr(writer_module, "exchange", lambda first, second: False)
    stop = threading.Event()
    errors: list[BaseException] = []
    straddled: list[int] = []
    reads = [0]

    def read_loop() -> None:
        while not stop.is_set():
            try:
                before, after = check_read(out, pause=0.002 * (reads[0] % 3))
                straddled.append(before != after)
                check_stream(out)
                reads[0] += 1
            except BaseException as err:  # reported by the main thread
                errors.append(err)
                return

    thread = threading.Thread(target=read_loop)
    thread.start()
    try:
        previous = 0
        for number in range(1, COMMITS + 1):
            _, count = commit_build(out, number)
            assert count != previous
            previous = count
            time.sleep(0.001)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not errors, f"after {reads[0]} reads: {errors[0]!r}"
    assert reads[0] > 0 and sum(straddled) > 0, "no read overlapped a commit: the test proved nothing"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    print(f"atomic={atomic}: {reads[0]} reads, {sum(straddled)} overlapped a commit, {COMMITS} commits")
