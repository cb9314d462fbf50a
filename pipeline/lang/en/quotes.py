"""English quotations: ``"…," X said``, ``«…,» said X``, ``X said that …``, ``According to X, …``,
``In his words, …``, ``X …: «…»``."""

from __future__ import annotations

import re

from pipeline.lang.en.lexicon import REPORTING_VERBS, alternatives
from pipeline.quote_candidate import QuoteCandidate
from pipeline.quote_candidate import trim as _trim

_VERB = alternatives(REPORTING_VERBS)
_QUOTE = re.compile(r"[\"“«](?P<content>[^\"”»]+)[\"”»]")
_NAME_PART = r"(?:Mr\.|Mrs\.|Ms\.|Dr\.|[^.,;\"“”«»])"
_AFTER = re.compile(
    rf"[ \t]*(?:(?P<cue1>{_VERB})[ \t]+(?P<speaker1>{_NAME_PART}{{1,60}}?)"
    rf"|(?P<speaker2>{_NAME_PART}{{1,60}}?)[ \t]+(?P<cue2>{_VERB}))"
    r"(?=[ \t]*[.,;]|[ \t]+(?:adding|noting|at|in|during|on|to)\b)"
)
_BEFORE_COLON = re.compile(
    r"(?P<speaker>[A-Z][^.:;\"“«]{0,80}?)[ \t]+(?:adheres to|said|stated|noted|added)[^.:]*:[ \t]*$"
)
_THAT = re.compile(
    rf"(?P<speaker>(?:Mr\.|Mrs\.|Ms\.|Dr\.|[^.;,\"“”«»]){{1,80}}?)[ \t]+(?P<cue>{_VERB})[ \t]+that[ \t]+"
)
_FIRST_VERB = re.compile(r"[ \t]+(?:[a-z]+ed|has|had|was|is|met|held|told|took|gave)\b")
_ADDING_THAT = re.compile(r",?[ \t]+(?P<cue>adding|noting|stressing|saying|explaining)[ \t]+that[ \t]+")
_ACCORDING = re.compile(r"According to (?P<speaker>[^,]{1,80}),[ \t]*")
_WORDS = re.compile(r"In (?P<speaker>his|her|their) words,[ \t]*")


def find_quotes(
    text: str, start: int, end: int, sentences: list[tuple[int, int]], previous: tuple[int, int] | None = None
) -> list[QuoteCandidate]:
    found: list[QuoteCandidate] = []
    for quoted in _QUOTE.finditer(text, start, end):
        s, e = _trim(text, *quoted.span("content"))
        after = _AFTER.match(text, quoted.end(), end)
        if after:
            group = "1" if after.group("cue1") else "2"
            speaker = after.span(f"speaker{group}")
            found.append(QuoteCandidate(s, e, "direct", after.group(f"cue{group}"), *speaker, 0.85))
            adding = _ADDING_THAT.match(text, after.end(), end)
            if adding:  # `…," said Mr. Kulagin adding that two-way trade …`: more, in reported speech
                stop = next((se for ss, se in sentences if ss <= adding.end() < se), end)
                found.append(QuoteCandidate(adding.end(), stop, "indirect", adding.group("cue"), *speaker, 0.75))
            continue
        before = _BEFORE_COLON.search(text[start : quoted.start()])
        if before:
            found.append(
                QuoteCandidate(
                    s, e, "direct", ":", start + before.start("speaker"), start + before.end("speaker"), 0.75
                )
            )
    taken = [(q.start, q.end) for q in found]
    for sentence_start, sentence_end in sentences:
        if any(s <= sentence_start < e or sentence_start <= s < sentence_end for s, e in taken):
            continue
        for pattern, cue in ((_ACCORDING, "according to"), (_WORDS, "in his words")):
            match = pattern.match(text, sentence_start, sentence_end)
            if match:
                found.append(QuoteCandidate(match.end(), sentence_end, "indirect", cue, *match.span("speaker"), 0.8))
                break
        else:
            that = _THAT.search(text, sentence_start, sentence_end)
            if that:
                speaker = _trim(text, *that.span("speaker"))
                verb = _FIRST_VERB.search(text, *speaker)
                if verb:  # `The Senior Marshal … thanked governor Kulagin … and noted that`: the subject
                    speaker = _trim(text, speaker[0], verb.start())
                found.append(QuoteCandidate(that.end(), sentence_end, "indirect", that.group("cue"), *speaker, 0.75))
    return found
