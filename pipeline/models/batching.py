"""Cutting a batch of sentences into chunks of bounded size for one forward pass each."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def token_chunks(sentences: Sequence[Sequence[T]], max_tokens: int, pad: int = 0) -> Iterator[list[Sequence[T]]]:
    """Consecutive runs of sentences, each closed once its tokens (plus ``pad`` per sentence) reach ``max_tokens``."""
    chunk: list[Sequence[T]] = []
    size = 0
    for sentence in sentences:
        chunk.append(sentence)
        size += len(sentence) + pad
        if size >= max_tokens:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
