"""`corpus build --engine ray`: the same stage functions on Ray Data, from one machine to a cluster.

Ray Data reads the `.txt` files where they lie (a local folder, or any filesystem URL the cluster
reaches) and runs :func:`corpus.runner.annotate_batch` in a pool of actors, each loading jieba's,
natasha's (and stanza's) models once. The actors decode bytes with the local engine's reader
(:func:`corpus.sources.decode_input`), and each input is credited to the SOURCE it came from.
Results come back to the driver in input order, where the same bookkeeping and writer as the local
engine make the same tables.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.errors import CorpusError, SkippedInput
from corpus.runner import BatchResult, PipelineConfig, annotate_batch, make_pipeline
from corpus.sources import InputFile, SourceRecord, decode_input


@dataclass
class RayBatch:
    """One annotated batch as the driver receives it."""

    result: BatchResult
    skipped: list[SkippedInput] = field(default_factory=list)
    inputs: list[tuple[int, InputFile]] = field(default_factory=list)
    """Each file read, with the position of the SOURCE argument it came from."""
    error: str | None = None


def require_ray() -> Any:
    try:
        import ray
    except ImportError as err:
        raise CorpusError("--engine ray needs Ray: pip install -e '.[ray]'") from err
    return ray


def ray_roots(specs: list[str]) -> dict[str, str]:
    """Each SOURCE as Ray reads it, with the name its documents' ``source`` starts with."""
    roots = {}
    for spec in specs:
        path = Path(spec)
        if "://" in spec:
            roots[spec.rstrip("/")] = spec.rstrip("/").rsplit("/", 1)[-1]
        elif path.is_dir():
            roots[str(path.resolve())] = path.resolve().name
        elif path.is_file() and path.suffix == ".txt":
            roots[str(path.resolve())] = ""
        else:
            raise CorpusError(
                f"{spec}: --engine ray reads folders of .txt files (local or a filesystem URL); "
                "use --engine local for JSONL files and Hugging Face datasets"
            )
    return roots


def _display_name(path: str, roots: dict[str, str]) -> tuple[str, str | None]:
    """The name a file's documents carry, and the root (of ``roots``) it lies under (the deepest one)."""
    for root, name in sorted(roots.items(), key=lambda item: -len(item[0])):
        bare_root = root.split("://", 1)[-1]
        bare_path = path.split("://", 1)[-1]
        if bare_path == bare_root:
            return Path(bare_path).name, root
        if bare_path.startswith(bare_root.rstrip("/") + "/"):
            return f"{name}/{bare_path[len(bare_root.rstrip('/')) + 1 :]}", root
    return Path(path).name, None


class Annotator:
    """A Ray actor: decodes its files and annotates them with a pipeline loaded once."""

    def __init__(self, config: PipelineConfig, roots: dict[str, str], spec_of_root: dict[str, int]) -> None:
        self.pipeline = make_pipeline(config)
        self.roots = roots
        self.spec_of_root = spec_of_root

    def __call__(self, batch: Any) -> dict[str, list[bytes]]:
        records: list[SourceRecord] = []
        skipped: list[SkippedInput] = []
        inputs: list[tuple[int, InputFile]] = []
        error = None
        for data, path in zip(batch["bytes"], batch["path"], strict=True):
            name, root = _display_name(str(path), self.roots)
            try:
                decoded = decode_input(name, bytes(data))
            except CorpusError as err:  # travels back to the driver, which stops the build with it
                error = str(err)
                break
            if isinstance(decoded, SkippedInput):
                skipped.append(decoded)
                continue
            record, input_file = decoded
            inputs.append((self.spec_of_root.get(root or "", 0), input_file))
            records.append(record)
        try:
            result = annotate_batch(records if error is None else [], self.pipeline)
        except Exception as err:  # name the files of the failed batch
            names = ", ".join(record.source for record in records)
            error = f"annotating {names} failed: {type(err).__name__}: {err}"
            result = BatchResult([], {})
        return {"payload": [pickle.dumps(RayBatch(result, skipped, inputs, error))]}


def _quiet_ray_loggers() -> None:
    import ray.data  # noqa: F401 - configures its loggers on import; quiet them after that

    for name in [*logging.Logger.manager.loggerDict, "ray", "ray.data"]:
        if name == "ray" or name.startswith("ray."):
            logging.getLogger(name).setLevel(logging.ERROR)


def run_on_ray(
    specs: list[str], config: PipelineConfig, workers: int, batch_size: int, address: str | None, gpus_per_actor: float
) -> Iterator[RayBatch]:
    """Annotated batches in input order; raises CorpusError naming the file of a failed task."""
    ray = require_ray()
    roots = ray_roots(specs)
    spec_of_root: dict[str, int] = {}
    for index, spec in enumerate(specs):  # the first SOURCE naming a root gets its files
        spec_of_root.setdefault(next(iter(ray_roots([spec]))), index)
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "error")
    if not ray.is_initialized():
        ray.init(
            address=address,
            num_cpus=None if address else workers + 1,  # one for reading files beside the actors
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
            logging_level=logging.ERROR,
        )
    _quiet_ray_loggers()  # the build reports progress and problems itself
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    dataset = ray.data.read_binary_files(list(roots), include_paths=True, file_extensions=["txt"])
    dataset = dataset.map_batches(
        Annotator,
        fn_constructor_args=(config, roots, spec_of_root),
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
        num_gpus=gpus_per_actor or None,
    )
    for rows in dataset.iter_batches(batch_size=None, batch_format="numpy"):
        for payload in rows["payload"]:
            batch: RayBatch = pickle.loads(payload)
            if batch.error:
                raise CorpusError(batch.error)
            yield batch
