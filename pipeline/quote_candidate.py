"""What a quote finder returns: a quoted span and the words naming its speaker, not yet resolved."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.names import KAZINFORM_DATELINE


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
    impersonal: bool = False
    """The construction names no speaker on purpose (Отмечается, что …): never resolved to a person."""
    group: bool = False
    """The speaker phrase names a group (A、B以及C一致表示): kept as written, resolved to no one person."""
    listener: tuple[int, int] | None = None
    """Who was told, when the speaker goes unnamed (`The President was told that …`): the person named before
    speaks, never the listener."""


QUOTATION_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“", "「": "」", "『": "』"}
"""Opening quotation marks of every language's text -> the marks that close them."""


def opens_quotation(text: str, position: int) -> bool:
    """Whether the straight quotation mark at ``position`` opens a quotation rather than closes one: it stands
    where a word may begin (at the start, after a space, a bracket, a dash, a colon or a slash) and a word
    follows it."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before in _OPENS_AFTER and not after.isspace()


_OPENS_AFTER = " \t\n([{—–-:/"


def trim(text: str, start: int, end: int, chars: str = " \t") -> tuple[int, int]:
    """``(start, end)`` without the given characters at either side."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


Frame = tuple[QuoteCandidate, str]
"""A sentence's reported-speech candidate and its scope: ``sentence``, ``paragraph`` (it runs on while the
next sentences open no frame of their own) or ``previous`` (the sentence before is the quote: Об этом
сообщил X)."""


def scoped_quotes(
    text: str,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    frame_of: Callable[[int, int], Frame | None],
    content_end: Callable[[int, int], int] | None = None,
    ends_run: Callable[[int, int], bool] | None = None,
    previous: tuple[int, int] | None = None,
    goes_on: Callable[[int, int], bool] | None = None,
) -> list[QuoteCandidate]:
    """Reported speech sentence by sentence in one paragraph, each frame given its scope; sentences inside
    ``quoted`` (the direct quotes' spans) open no frame and are never taken into one, and a sentence
    ``ends_run`` accepts (the article's narration again) ends a paragraph's run. ``previous`` is the paragraph
    before, whose last sentence a ``previous`` frame opening this one points back to (a paragraph of its own `Об
    этом сообщил X.`); a sentence ``goes_on`` accepts (`And it is …`) takes the free sentence before it along. One
    pass: linear in the sentences."""
    found: list[QuoteCandidate] = []

    def covered(sentence: tuple[int, int]) -> bool:
        return any(s < sentence[1] and sentence[0] < e for s, e in (*quoted, *((q.start, q.end) for q in found)))

    frames = [None if covered(sentence) else frame_of(*sentence) for sentence in sentences]
    index = 0
    while index < len(sentences):
        frame = frames[index]
        index += 1
        if frame is None:
            continue
        candidate, scope = frame
        if scope == "previous":
            earlier = index - 2
            words = None
            if earlier >= 0 and frames[earlier] is None and not covered(sentences[earlier]):
                words = sentences[earlier]
                if (
                    goes_on is not None
                    and earlier >= 1
                    and goes_on(*trim(text, *words))
                    and frames[earlier - 1] is None
                    and not covered(sentences[earlier - 1])
                ):
                    words = (sentences[earlier - 1][0], words[1])  # `A. And B. X has announced it.`: A and B
            elif earlier < 0 and previous is not None:
                words = last_sentence(text, previous)
            if words is not None:
                s, e = trim(text, *words)
                e = content_end(s, e) if content_end else e
                found.append(
                    QuoteCandidate(s, e, "indirect", candidate.cue, candidate.speaker_start, candidate.speaker_end, 0.7)
                )
            continue
        if scope == "from_paragraph_start":  # `A. B. C, said X.`: the words of the whole paragraph so far
            first = index - 1
            while first > 0 and frames[first - 1] is None and not covered(sentences[first - 1]):
                first -= 1
            candidate.start = trim(text, *sentences[first])[0] if first < index - 1 else candidate.start
        if scope == "paragraph":
            while index < len(sentences) and frames[index] is None and not covered(sentences[index]):
                following = sentences[index]
                if ends_run is not None and ends_run(*following):
                    break
                candidate.end = content_end(*following) if content_end else trim(text, *following)[1]
                index += 1
        found.append(candidate)
    return found


def quotations_after_reports(
    text: str,
    end: int,
    found: list[QuoteCandidate],
    quotations: Iterable[tuple[int, int, int, int]],
    stops: str,
) -> list[QuoteCandidate]:
    """A quotation standing as a sentence of its own right after a reported statement that closes its sentence
    (`Министр отметил, что A. «B».`, `努雷舍夫称，A。“B”。`, `X said that A. "B."`): the same speaker's own words, which
    the text attributes no further; after no report it stays unattributed. ``quotations`` are each language's
    candidates, (opening mark, past the closing mark, words start, words end), ``end`` the paragraph's end and
    ``stops`` the marks that close a sentence."""
    reports = {q.end: q for q in found if q.kind == "indirect" and q.speaker_start is not None and not q.impersonal}
    taken = [(q.start, q.end) for q in found]
    own = []
    for opening, closing, words_start, words_end in quotations:
        report = reports.get(trim(text, 0, opening)[1])
        after = text[closing:end].lstrip(" \t")[:1]
        if (
            report is None
            or text[report.end - 1 : report.end] not in stops
            or (after and after not in stops)
            or any(s < words_end and words_start < e for s, e in taken)
        ):
            continue
        words = trim(text, words_start, words_end)
        own.append(QuoteCandidate(*words, "direct", report.cue, report.speaker_start, report.speaker_end, 0.7))
    return own


_SENTENCE_BREAK = re.compile(r"(?<=[a-zа-яёәіңғүұқөһ0-9%»)”\"][.!?…])[ \t]+(?=[«\"“—–-]?[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")
"""Where a sentence of Latin or Cyrillic text ends: after a lower-case word, a number or a closing mark, never
after an initial or an upper-case place of a dateline (`Б. Мусин`, `НУР-СУЛТАН. КАЗИНФОРМ`)."""
_AFTER_DATELINE = re.compile(r"[ \t]*[-–—][ \t]*")


def last_sentence(text: str, paragraph: tuple[int, int]) -> tuple[int, int]:
    """The last sentence of a paragraph, without the agency's dateline that opens a lead (`НУР-СУЛТАН. КАЗИНФОРМ
    - …`): the words an `Об этом сообщил X` / `This was stated by X` of the next paragraph points back to."""
    start, end = trim(text, *paragraph)
    dateline = KAZINFORM_DATELINE.match(text, start, end)
    if dateline is not None:
        start = (_AFTER_DATELINE.match(text, dateline.end(), end) or dateline).end()
    breaks = [match.end() for match in _SENTENCE_BREAK.finditer(text, start, end)]
    return (breaks[-1] if breaks else start), end
