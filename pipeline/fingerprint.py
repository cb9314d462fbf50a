"""What the rebuild fingerprint needs to know of the pipeline itself: its code, rules, models and registry.

An incremental rebuild reuses a document's rows only when nothing that made them has changed. Hashing
the package's source, rule tables, shipped data and model weights (a few MB, read once per process)
catches an edited rule or a new model without anyone having to bump a version.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
FINGERPRINTED_SUFFIXES = frozenset({".py", ".tsv", ".jsonl", ".json", ".npz", ".npy", ".bin", ".onnx", ".txt", ".gz"})


def package_files(root: Path = PACKAGE_ROOT) -> list[Path]:
    """The files that shape annotations, in a stable order (documentation and caches left out)."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.suffix in FINGERPRINTED_SUFFIXES and "__pycache__" not in path.parts
    )


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 (first 16 hex digits) over every fingerprinted file's path and bytes, and the registry."""
    from pipeline.lang import languages
    from pipeline.recognisers import registry_versions

    digest = hashlib.sha256()
    for path in package_files():
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    languages()  # importing the packages registers their recognisers
    for name, version in registry_versions().items():
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()[:16]
