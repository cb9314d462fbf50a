"""Files the pipeline needs: the gazetteer (shipped and user-given) and the cache folder."""

from __future__ import annotations

import hashlib
import importlib.util
import os
from importlib.metadata import PackageNotFoundError, version
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
            group = parse_gazetteer(text.splitlines(), name)
        except GazetteerError as err:
            raise CorpusError(str(err)) from err
        except (RecursionError, ValueError) as err:  # nesting too deep, a number of thousands of digits
            raise CorpusError(f"{name}: unreadable gazetteer entry ({type(err).__name__}); fix the file") from err
        for entity in group:
            _check_text(entity, name)
        groups.append(group)
    return merge_gazetteers(*groups), digest.hexdigest()[:16]


def _check_text(entity: GazetteerEntity, source: str) -> None:
    """One error line for a name that is no text (a lone surrogate escape such as ``"\\ud800"``): it
    would fail much later, in the tokenizer or the Parquet writer."""
    strings = [entity.id, entity.type, entity.wikidata or "", *(entity.names.values())]
    strings += [alias for aliases in entity.aliases.values() for alias in aliases]
    for value in strings:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise CorpusError(
                    f"{source}: entity {entity.id!a} has a name with an unpaired surrogate escape; fix the file"
                ) from None


def default_stanza_dir() -> Path:
    """Stanza's own model folder, found the way stanza finds it, without importing stanza (and PyTorch)."""
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return Path(os.environ["STANZA_RESOURCES_DIR"])
    try:
        stanza_version = version("stanza")
        from platformdirs import user_cache_dir
    except (PackageNotFoundError, ImportError):
        return Path.home() / "stanza_resources"
    return Path(user_cache_dir("stanza", "StanfordNLP", stanza_version)) / "resources"


def stanza_available() -> bool:
    """Whether stanza is installed (without importing it: that loads PyTorch, seconds and 150 MB)."""
    return importlib.util.find_spec("stanza") is not None


def resolve_stanza_languages(backend: str, stanza_dir: str | None) -> tuple[tuple[str, ...], Path]:
    """Which languages run through stanza: none (offline), those whose models are found (auto), or all
    three (stanza, which fails here, before anything is written, when models are missing)."""
    from pipeline.stanza_backend import STANZA_LANGS, MissingModels, has_models

    model_dir = Path(stanza_dir) if stanza_dir else default_stanza_dir()
    if backend == "offline":
        return (), model_dir
    if not stanza_available():
        if backend == "stanza":
            raise CorpusError(
                "--backend stanza needs the stanza package: install a CPU torch first (pip install torch), "
                "then pip install -e '.[stanza]'"
            )
        return (), model_dir
    found = tuple(lang for lang in STANZA_LANGS if has_models(model_dir, lang))
    if backend == "stanza":
        missing = [lang for lang in STANZA_LANGS if lang not in found]
        if missing:
            raise CorpusError(str(MissingModels(missing[0], model_dir)))
    return found, model_dir
