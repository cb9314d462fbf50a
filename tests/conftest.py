"""Shared fixtures. Hugging Face libraries are put offline, and stanza pointed at an empty model folder,
before anything imports them."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
# One scratch folder for the run, removed when it ends.
os.environ["CORPUS_TESTS_SCRATCH"] = tempfile.mkdtemp(prefix="corpus-tests-")
os.environ.setdefault("HF_HOME", os.path.join(os.environ["CORPUS_TESTS_SCRATCH"], "hf"))
# `--backend auto` would use any stanza models the machine has: tests build with none, the same everywhere.
os.environ["STANZA_RESOURCES_DIR"] = os.path.join(os.environ["CORPUS_TESTS_SCRATCH"], "stanza")

import pytest

from corpus.build import BuildOptions, BuildSummary, SilentReporter, build
from pipeline.document import Document
from pipeline.ingest import ingest

os.makedirs(os.environ["STANZA_RESOURCES_DIR"])
atexit.register(shutil.rmtree, os.environ["CORPUS_TESTS_SCRATCH"], True)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = "000_0a1fae7e788682f7.txt"
SEED_004 = "004_f3c1f6f452653bf2.txt"


def seed_document(name: str) -> Document:
    path = SEEDS / name
    document, _ = ingest(path.read_text(encoding="utf-8"), f"seeds/{name}")
    return document


@pytest.fixture(scope="session")
def seed_000() -> Document:
    return seed_document(SEED_000)


@pytest.fixture(scope="session")
def seed_004() -> Document:
    return seed_document(SEED_004)


def person_ids(doc: Document) -> dict[str, str | None]:
    """Each person mention's text -> its entity id (the last mention wins for repeated text)."""
    return {doc.span(m.start, m.end): m.entity_id for m in doc.mentions if m.label == "PER"}


@pytest.fixture(scope="session")
def seeds_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once for the whole session (tests must not change it)."""
    out = tmp_path_factory.mktemp("built") / "kazinform"
    build([str(SEEDS)], out)
    return out


def run_build(sources: list[Path | str], out: Path, **options: object) -> tuple[BuildSummary, list[str]]:
    """Build and return the summary plus the warnings the build reported."""
    reporter = SilentReporter()
    summary = build([str(s) for s in sources], out, BuildOptions(**options), reporter)  # type: ignore[arg-type]
    return summary, reporter.warnings


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove a folder was left untouched."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


@contextlib.contextmanager
def browser_page(page_file: Path, height: int = 1400) -> Iterator[tuple[object, list[str]]]:
    """``page_file`` open in headless Debian chromium (no browser download), with the console errors and
    page errors it raises collected in the list yielded beside the page."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    problems: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": height})
        page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(page_file.as_uri())
        try:
            yield page, problems
        finally:
            browser.close()
