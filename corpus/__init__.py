"""Kazinform trilingual corpus: build and read annotated Parquet datasets of news articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kazinform-corpus")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
