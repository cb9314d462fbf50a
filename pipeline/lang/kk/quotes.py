"""Kazakh quotations: ``— …, — деді ол.``, ``«…», — деп атап өтті министр.``, ``X: «…»``.

Kazakh closes a quotation with the speaker before the verb (``— деді Президент`` and ``— деп атап өтті
министр`` both occur), so the speaker is what stands between the dash and the end of the sentence,
without the verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.kk.lexicon import REPORTING_VERBS
from pipeline.quote_candidate import QuoteCandidate
from pipeline.quote_candidate import trim as _trim

_VERB = "(?:" + "|".join(re.escape(v) for v in sorted(REPORTING_VERBS, key=len, reverse=True)) + ")"
_ATTRIBUTION = rf"[ \t]*[—–][ \t]*(?P<attribution>[^.!?—–«»]{{0,80}}?{_VERB}[^.!?—–«»]{{0,60}}?)\.?$"
_DASH_QUOTE = re.compile(rf"[—–-][ \t]*(?P<content>.+?)[ \t]*[,!?.…]?{_ATTRIBUTION}")
_GUILLEMETS = re.compile(rf"«(?P<content>[^»]+)»[ \t]*,?{_ATTRIBUTION}")
_COLON = re.compile(r"(?P<speaker>[^.!?:«»]{1,80}):[ \t]*«(?P<content>[^»]+)»")


def _speaker(text: str, start: int, end: int) -> tuple[int, int] | tuple[None, None]:
    """The attribution without its verb: `деді Президент` -> `Президент`, `министр атап өтті` -> `министр`."""
    phrase = text[start:end]
    verb = re.search(_VERB, phrase)
    if verb is None:
        return None, None
    before, after = (start, start + verb.start()), (start + verb.end(), end)
    for span in (after, before):
        s, e = _trim(text, *span, " \t,")
        if e > s:
            return s, e
    return None, None


def find_quotes(
    text: str,
    start: int,
    end: int,
    sentences: list[tuple[int, int]],
    previous: tuple[int, int] | None = None,
    finite_verbs: Sequence[int] = (),
) -> list[QuoteCandidate]:
    found: list[QuoteCandidate] = []
    block_end = end
    dash = _DASH_QUOTE.match(text, start, block_end)
    if dash:
        s, e = _trim(text, *dash.span("content"), " \t,")
        speaker = _speaker(text, *dash.span("attribution"))
        found.append(QuoteCandidate(s, e, "direct", "—", *speaker, 0.85))
        return found
    for match in _GUILLEMETS.finditer(text, start, block_end):
        s, e = _trim(text, *match.span("content"), " \t,")
        found.append(QuoteCandidate(s, e, "direct", "—", *_speaker(text, *match.span("attribution")), 0.8))
    for match in _COLON.finditer(text, start, block_end):
        if any(q.start <= match.start("content") < q.end for q in found):
            continue
        s, e = _trim(text, *match.span("content"), " \t,")
        speaker = _trim(text, *match.span("speaker"))
        found.append(QuoteCandidate(s, e, "direct", ":", *speaker, 0.75))
    return found
