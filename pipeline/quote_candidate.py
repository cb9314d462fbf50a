"""What a quote finder returns: a quoted span and the words naming its speaker, not yet resolved."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class QuoteCandidate:
    """A quotation found in one block, before its speaker is resolved."""

    start: int
    end: int
    kind: str
    cue: str
    speaker_start: int | None
    speaker_end: int | None
    confidence: float


def trim(text: str, start: int, end: int, chars: str = " \t") -> tuple[int, int]:
    """``(start, end)`` without the given characters at either side."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
