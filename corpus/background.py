"""Writing Parquet on a thread of its own while the next batches are annotated.

pyarrow encodes and compresses with the GIL released, so the writing of one batch overlaps the
annotation of the next: in the one-worker build the two share the process, with several workers the
parent is back collecting results sooner instead of leaving them waiting (the parent's writing was why
two workers could be slower than one on a loaded machine; benchmarks/README.md).
"""

from __future__ import annotations

import queue
import threading
import time
from types import TracebackType
from typing import Protocol

import pyarrow as pa


class TableWriter(Protocol):
    def write(self, table: str, data: pa.Table) -> None: ...


_DONE = None


class BackgroundWriter:
    """Calls ``writer.write`` in order on one thread; at most ``depth`` tables wait.

    Used as a context manager: leaving it waits until every table is written and raises the writer's
    error, if it had one (also at the next :meth:`write`). Leaving it on an error (Ctrl-C, a failed
    batch) drops what still waits: the build is being abandoned."""

    def __init__(self, writer: TableWriter, depth: int = 8) -> None:
        self.writer = writer
        self._queue: queue.Queue[tuple[str, pa.Table] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._abandoned = False
        self.seconds = 0.0
        """Time spent in ``writer.write`` (encoding and compressing row groups), for ``corpus build -v``."""
        self._thread = threading.Thread(target=self._run, name="parquet-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not _DONE:
            if self._error is None and not self._abandoned:
                started = time.perf_counter()
                try:
                    self.writer.write(*item)
                except BaseException as err:  # handed to the main thread, which stops the build with it
                    self._error = err
                self.seconds += time.perf_counter() - started

    def write(self, table: str, data: pa.Table) -> None:
        self._raise_error()
        self._queue.put((table, data))

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._abandoned = exc_type is not None
        self._queue.put(_DONE)
        self._thread.join()
        if exc_type is None:
            self._raise_error()
