"""Kazinform trilingual corpus: build and read annotated Parquet datasets of news articles."""

from __future__ import annotations

import functools


@functools.cache
def package_version() -> str:
    """The installed version (read on first use: importlib.metadata costs tens of ms at every start-up)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kazinform-corpus")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return package_version()
    raise AttributeError(f"module 'corpus' has no attribute {name!r}")
