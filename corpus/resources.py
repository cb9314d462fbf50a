"""Files the pipeline needs: the gazetteer (shipped and user-given) and the cache folder."""

from __future__ import annotations

import hashlib
import os
from importlib.resources import files
from pathlib import Path

from corpus.errors import CorpusError
from pipeline.gazetteer import GazetteerEntity, GazetteerError, merge_gazetteers, parse_gazetteer

DEFAULT_GAZETTEER = files("pipeline") / "data" / "gazetteer.jsonl"


def cache_dir() -> Path:
    """The user cache folder for this tool (``$XDG_CACHE_HOME/kazinform-corpus``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kazinform-corpus"


def load_gazetteer(extra: tuple[str, ...] = ()) -> tuple[list[GazetteerEntity], str]:
    """The shipped gazetteer extended by the user's files, and a hash of all their contents."""
    digest = hashlib.sha256()
    groups = []
    sources = [("gazetteer.jsonl", DEFAULT_GAZETTEER.read_text(encoding="utf-8"))]
    for path in extra:
        try:
            sources.append((Path(path).name, Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as err:
            raise CorpusError(f"{path}: cannot read gazetteer ({err}); give a UTF-8 JSONL file") from err
    for name, text in sources:
        digest.update(text.encode("utf-8"))
        try:
            groups.append(parse_gazetteer(text.splitlines(), name))
        except GazetteerError as err:
            raise CorpusError(str(err)) from err
    return merge_gazetteers(*groups), digest.hexdigest()[:16]
