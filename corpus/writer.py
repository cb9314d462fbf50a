"""Atomic dataset output: tables are streamed into a hidden staging folder beside the target, which
takes the target's place in one step only when the build has finished.

Whatever stops a build (an error, Ctrl-C, SIGTERM, SIGKILL, a power cut after the fsyncs), ``OUT`` names
one complete build, the previous or the new one:

- every file and the staging folder are fsynced before the switch;
- the switch is one ``renameat2(RENAME_EXCHANGE)`` on Linux (the old build then lies at the staging
  name and is removed); where the OS or filesystem lacks it, two renames whose half-done state the next
  build's recovery step undoes (the old build is put back);
- leftovers carry the builder's PID and host in their names (``.OUT.building-PID@HOST-XXXXXXXX``), so a
  later build removes those of builders that are no longer alive;
- a lock file beside ``OUT`` lets one build at a time write it: a second one waits briefly, then refuses.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError

MANIFEST = "manifest.json"
CARD = "README.md"
ROW_GROUP_BYTES = 8 * 1024 * 1024
"""Arrow bytes buffered per table before they are written as one Parquet row group: this, not the
corpus size, bounds the writer's memory."""
LOCK_WAIT_S = 5.0
"""How long a second build into the same OUT waits for the first before it refuses."""

_HOST = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname()) or "localhost"
_LEFTOVER = re.compile(r"^\.(?P<out>.+)\.(?P<kind>building|previous)-(?P<pid>\d+)@(?P<host>[A-Za-z0-9_.-]+)-\w{8}$")
_LEGACY_LEFTOVER = re.compile(r"^\.(?P<out>.+)\.(?P<kind>building|previous)-\w{8}$")
"""Staging folders of versions before PID and host were in the name."""
_LEGACY_AGE_S = 3600.0


@contextlib.contextmanager
def atomic_file(out: Path) -> Iterator[TextIO]:
    """A text file written beside ``out`` and renamed onto it at the end: a failure leaves nothing
    half-written, and the previous file as it was. A missing folder is created; a failure to write
    (a full disk, no permission) becomes one :class:`CorpusError` line naming the file."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise CorpusError(f"{out}: cannot create its folder ({err.strerror or err})") from err
    if out.is_dir():
        raise CorpusError(f"{out}: is a folder; give a file name to write")
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(out)
    except OSError as err:
        if err.filename and Path(err.filename) != partial and Path(err.filename) != out:  # reading failed
            raise CorpusError(f"{err.filename}: cannot read ({err.strerror or err}); nothing was written") from err
        raise CorpusError(f"{out}: cannot write ({err.strerror or err}); nothing was written") from err
    finally:
        partial.unlink(missing_ok=True)


def check_target(target: Path) -> None:
    """Refuse targets we must not replace: a file, or a folder that is not a previous build."""
    if target.is_file():
        raise CorpusError(f"{target}: output path is a file; give a folder to write the dataset into")
    if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise CorpusError(
            f"{target}: folder exists and is not a corpus build (no {MANIFEST}); choose a new or empty folder"
        )


def table_path(root: Path, table: str) -> Path:
    """Where a table's Parquet file lies inside a dataset folder."""
    return root / f"{table}.parquet"


def resolve_target(target: Path) -> Path:
    """The folder a build really replaces: a symlinked OUT is followed, so the link stays as the user made it."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


# --- the lock -------------------------------------------------------------------------------------


def _lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def build_lock(target: Path, wait_s: float | None = None) -> Iterator[None]:
    """Hold the lock of ``target`` for one build; refuse with one line when another build holds it.

    ``flock`` on a file beside OUT: the kernel drops it when its holder dies, however it dies, so a
    crashed build never leaves OUT locked. The file is removed on release; a waiter that got the lock
    of a removed file notices (other inode) and tries again.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not Linux/macOS: no lock
        yield
        return
    target = resolve_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    path = _lock_path(target)
    deadline = time.monotonic() + (LOCK_WAIT_S if wait_s is None else wait_s)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            os.close(fd)
            if err.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            if time.monotonic() >= deadline:
                raise CorpusError(
                    f"{target}: another build is writing this output ({_lock_holder(path)}); "
                    "wait for it to finish or choose another -o"
                ) from None
            time.sleep(0.1)
            continue
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the previous holder removed the file as we waited: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}@{_HOST}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def _lock_holder(path: Path) -> str:
    try:
        holder = path.read_text(encoding="utf-8").strip()
    except OSError:
        holder = ""
    pid, _, host = holder.partition("@")
    return f"pid {pid} on {host}" if pid.isdigit() and host else "a build still starting"


# --- recovery of crashed commits ------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(target: Path) -> list[str]:
    """Undo what crashed builds left beside ``target``; call with the lock held. Returns what was done.

    A half-done two-rename commit (no OUT, its previous build hidden in ``.OUT.previous-*``) is put
    back; staging folders and hidden previous builds of dead builders are removed.
    """
    target = resolve_target(target)
    done: list[str] = []
    if not target.parent.is_dir():
        return done
    leftovers: list[Path] = []
    for entry in target.parent.iterdir():
        match = _LEFTOVER.match(entry.name) or _LEGACY_LEFTOVER.match(entry.name)
        if match is None or match.group("out") != target.name or entry.is_symlink():
            continue
        hidden = entry / "old"
        if match.group("kind") == "previous" and not os.path.lexists(target) and (hidden / MANIFEST).is_file():
            # OUT is gone and its build hidden: a commit stopped between its two renames. Whoever did it
            # cannot be mid-commit now (we hold the lock), so the build goes back at once.
            os.replace(hidden, target)
            _fsync_dir(target.parent)
            done.append(f"restored from {entry.name}")
        if match.groupdict().get("host") == _HOST:
            live = _alive(int(match.group("pid")))
        else:  # another machine's builder, or a version that did not name it: only old ones are surely dead
            live = _age_s(entry) < _LEGACY_AGE_S
        if not live:
            leftovers.append(entry)
    for entry in leftovers:
        shutil.rmtree(entry, ignore_errors=True)
        done.append(f"removed {entry.name}")
    return done


def _age_s(path: Path) -> float:
    try:
        return time.time() - path.lstat().st_mtime
    except OSError:
        return 0.0


# --- durable, atomic switch -----------------------------------------------------------------------


def _fsync_path(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in (errno.EINVAL, errno.EBADF, errno.EROFS):  # filesystems that cannot sync folders
            raise
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    _fsync_path(path, directory=True)


def _fsync_tree(root: Path) -> None:
    for entry in root.iterdir():
        if entry.is_file():
            _fsync_path(entry)
    _fsync_dir(root)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_RENAMEAT2_SYSCALL = {"x86_64": 316, "aarch64": 276, "ppc64le": 357, "s390x": 347, "riscv64": 276}


def _renameat2() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover
        return None
    function = getattr(libc, "renameat2", None)
    if function is not None:
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        return function
    number = _RENAMEAT2_SYSCALL.get(os.uname().machine)
    if number is None:  # pragma: no cover
        return None
    syscall = libc.syscall
    return lambda *args: syscall(ctypes.c_long(number), *args)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one atomic step; False where the OS or filesystem cannot (then nothing moved)."""
    function = _renameat2()
    if function is None:
        return False
    result = function(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the switch and its cleanup are done, then act as usual.

    Their Python handlers are swapped for one that only notes the signal: blocking the signal in the
    kernel is not enough, as a signal that arrived just before is still handled, raising wherever
    Python next checks, possibly between two renames."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    watched = [signal.SIGINT, signal.SIGTERM]
    previous = {signum: signal.signal(signum, lambda signum, frame: received.append(signum)) for signum in watched}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(received):
            signal.raise_signal(signum)


def _table_writer(path: Path, schema: pa.Schema) -> pq.ParquetWriter:
    """A Parquet writer with the settings every table file is written with (a rewritten one too)."""
    return pq.ParquetWriter(path, schema, compression="zstd")


class AtomicDatasetWriter:
    """Streams rows into Parquet files in a temporary folder; :meth:`commit` swaps it into place."""

    def __init__(self, target: Path, schemas: dict[str, pa.Schema]) -> None:
        target = resolve_target(target)
        check_target(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.target = target
        self.schemas = schemas
        self.build_id = uuid.uuid4().hex[:16]
        self.staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.building-{os.getpid()}@{_HOST}-", dir=target.parent)
        )
        self._buffers: dict[str, list[pa.Table]] = {name: [] for name in schemas}
        self._buffered_bytes: dict[str, int] = {name: 0 for name in schemas}
        """Arrow bytes waiting per table, kept as rows come (summing the buffer on each write was 16% of
        an English build, as profiled)."""
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.row_counts: dict[str, int] = {name: 0 for name in schemas}
        self._adopted: set[str] = set()
        self._finished: tuple[dict[str, int], str] | None = None
        """What :meth:`finish_tables` returned (the tables are closed then)."""

    def __enter__(self) -> AtomicDatasetWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.abort()

    def write(self, table: str, data: pa.Table) -> None:
        """Queue rows of one table; they are written as a row group once enough have gathered."""
        if table in self._adopted:
            raise ValueError(f"{table}: the table is finished (adopted or rewritten)")
        buffer = self._buffers[table]
        buffer.append(data)
        self.row_counts[table] += data.num_rows
        self._buffered_bytes[table] += data.nbytes
        if self._buffered_bytes[table] >= ROW_GROUP_BYTES:
            self._flush(table)

    def adopt(self, table: str, finished: Path) -> None:
        """Take a finished Parquet file of this table as it is (an unchanged rebuild: no re-encoding)."""
        if table in self._writers or self._buffers[table]:
            raise ValueError(f"{table}: rows were written already")
        shutil.copyfile(finished, table_path(self.staging, table))
        self.row_counts[table] = pq.ParquetFile(finished).metadata.num_rows
        self._adopted.add(table)

    def _flush(self, table: str) -> None:
        parts = self._buffers[table]
        if not parts and table in self._writers:
            return
        writer = self._writers.get(table)
        if writer is None:
            writer = _table_writer(table_path(self.staging, table), self.schemas[table])
            self._writers[table] = writer
        data = pa.concat_tables(parts) if parts else self.schemas[table].empty_table()
        writer.write_table(data, row_group_size=max(data.num_rows, 1))
        self._buffers[table] = []
        self._buffered_bytes[table] = 0

    def rewrite(self, table: str, transform: Callable[[pa.Table], pa.Table]) -> None:
        """Pass every row written so far to one table through ``transform``, a row group at a time (which keeps the
        rows and the schema): a value that only the end of the build knows, such as a name the corpus-wide tables
        settled. The table is finished then: it takes no more rows."""
        if table in self._adopted:
            raise ValueError(f"{table}: an adopted file is not rewritten")
        self._flush(table)
        self._writers.pop(table).close()
        path = table_path(self.staging, table)
        written = path.with_name(f"{path.name}.rewritten")
        with (
            pq.ParquetFile(path) as source,
            _table_writer(written, self.schemas[table]) as output,
        ):
            for group in range(source.num_row_groups):
                data = source.read_row_group(group)
                output.write_table(transform(data), row_group_size=max(data.num_rows, 1))
        os.replace(written, path)
        self._adopted.add(table)  # finished as a taken file is: finish_tables leaves it as it is

    def finish_tables(self) -> tuple[dict[str, int], str]:
        """Close every table (once); returns each Parquet file's bytes and a SHA-256 of them all, which
        the dataset card carries so that readers' caches tell this build from any other."""
        if self._finished is not None:  # commit() after the build asked: the files are not read again
            return self._finished
        for table in self.schemas:
            if table not in self._adopted:
                self._flush(table)
                self._writers.pop(table).close()
        sizes, digest = {}, hashlib.sha256()
        for table in self.schemas:
            path = table_path(self.staging, table)
            sizes[table] = path.stat().st_size
            digest.update(f"{table}\0{sizes[table]}\0".encode())
            with path.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
        self._finished = sizes, digest.hexdigest()
        return self._finished

    def commit(self, manifest: dict[str, Any], card: str) -> None:
        """Finish every table, write the manifest and card, make it all durable, and switch it in."""
        self.finish_tables()
        (self.staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (self.staging / CARD).write_text(card, encoding="utf-8")
        os.chmod(self.staging, 0o755)
        _fsync_tree(self.staging)
        _fsync_dir(self.target.parent)
        with _signals_deferred():
            self._switch()

    def _switch(self) -> None:
        target, staging = self.target, self.staging
        if not os.path.lexists(target):
            os.rename(staging, target)  # nothing to keep: one rename
        elif target.is_dir() and not any(target.iterdir()):
            os.rmdir(target)
            os.rename(staging, target)
        elif exchange(staging, target):
            pass  # the old build now lies at the staging name
        else:
            hidden = Path(tempfile.mkdtemp(prefix=f".{target.name}.previous-{os.getpid()}@{_HOST}-", dir=target.parent))
            try:
                os.rename(target, hidden / "old")  # a crash here: the next build's recover() puts it back
                os.rename(staging, target)
            except BaseException:
                if not os.path.lexists(target) and os.path.lexists(hidden / "old"):
                    os.rename(hidden / "old", target)
                raise
            _fsync_dir(target.parent)
            shutil.rmtree(hidden, ignore_errors=True)
            return
        _fsync_dir(target.parent)
        shutil.rmtree(staging, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything written so far; the target is untouched."""
        for writer in self._writers.values():
            with contextlib.suppress(Exception):  # a half-written file: it is deleted next
                writer.close()
        self._writers.clear()
        shutil.rmtree(self.staging, ignore_errors=True)
