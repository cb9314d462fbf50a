"""Russian quotations: ``— …, — отметил он.``, ``«…», — сказал X``, ``По словам X, …``, ``X заявил, что …``."""

from __future__ import annotations

import re

from pipeline.lang.ru.lexicon import SPEAKER_PREPOSITIONS, verb_pattern
from pipeline.quote_candidate import QuoteCandidate
from pipeline.quote_candidate import trim as _trim

_VERB = verb_pattern()
_DASH_QUOTE = re.compile(
    rf"[—–-][ \t]*(?P<content>.+?)[ \t]*[,!?.…]?[ \t]*[—–][ \t]*(?P<cue>{_VERB})[ \t]+(?P<speaker>[^.!?]+?)\.?$"
)
_GUILLEMETS = re.compile(rf"«(?P<content>[^»]+)»[ \t]*,?[ \t]*[—–][ \t]*(?P<cue>{_VERB})[ \t]+(?P<speaker>[^.!?,]+)")
_ACCORDING_TO = re.compile(r"По (?P<speaker>[^,]{0,60}?) ?словам(?P<who>[ \t]+[^,]{1,60})?,[ \t]*")
_THAT = re.compile(rf"(?P<cue>{_VERB})(?:[ \t]+[^,]{{0,40}})?,[ \t]*(?:что|будто)[ \t]+")
_SUBJECT_BOUNDARY = re.compile(r"[,;:—–«»()]")


_PREPOSITION = re.compile(f"[ \t]+(?:{'|'.join(re.escape(p) for p in SPEAKER_PREPOSITIONS)})[ \t]")


def _speaker_after(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker after the verb ends where a circumstance begins: `он | на заседании совета`."""
    preposition = _PREPOSITION.search(text, start, end)
    return (start, preposition.start()) if preposition else (start, end)


def find_quotes(
    text: str, start: int, end: int, sentences: list[tuple[int, int]], previous: tuple[int, int] | None = None
) -> list[QuoteCandidate]:
    found: list[QuoteCandidate] = []
    dash = _DASH_QUOTE.match(text, start, end)
    if dash:
        s, e = _trim(text, *dash.span("content"), " \t,")
        found.append(
            QuoteCandidate(s, e, "direct", dash.group("cue"), *_speaker_after(text, *dash.span("speaker")), 0.9)
        )
        return found
    for match in _GUILLEMETS.finditer(text, start, end):
        s, e = _trim(text, *match.span("content"), " \t,")
        speaker = _speaker_after(text, *match.span("speaker"))
        found.append(QuoteCandidate(s, e, "direct", match.group("cue"), *speaker, 0.85))
    taken = [(q.start, q.end) for q in found]
    for sentence_start, sentence_end in sentences:
        if any(s <= sentence_start < e for s, e in taken):
            continue
        according = _ACCORDING_TO.match(text, sentence_start, sentence_end)
        if according:
            speaker = according.span("who") if according.group("who") else according.span("speaker")
            speaker = _trim(text, *speaker)
            found.append(QuoteCandidate(according.end(), sentence_end, "indirect", "по словам", *speaker, 0.8))
            continue
        that = _THAT.search(text, sentence_start, sentence_end)
        if that:
            subject_start = sentence_start
            for boundary in _SUBJECT_BOUNDARY.finditer(text, sentence_start, that.start()):
                subject_start = boundary.end()
            speaker = _trim(text, subject_start, that.start())
            if speaker[1] > speaker[0]:
                found.append(QuoteCandidate(that.end(), sentence_end, "indirect", that.group("cue"), *speaker, 0.75))
    return found
