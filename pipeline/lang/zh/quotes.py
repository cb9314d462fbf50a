"""Chinese quotations: dash quotes, quotation marks with an attribution, and reported speech.

Forms: ``- …。-他说。``, ``—…-州长说。``, ``“…”他补充道。``, ``X指出：“…”``, ``他表示：`` followed by a quoted
paragraph, ``X表示/认为/指出/强调/称 + clause``, ``据X介绍，…``. Not quotes: dash-bulleted lists (no
attribution), evaluations with a noun object (强调了…的重要性, 表示感谢), source notes (据…消息).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from pipeline.lang.zh.lexicon import (
    ACCORDING_VERBS,
    ADDRESSEE_MARKERS,
    BACK_REFERENCES,
    BACKGROUND_OPENERS,
    CLAUSE_CUES,
    COLLECTIVE_ADVERBS,
    CONTINUATIONS,
    DATELINE_AGENCIES,
    DECLARING_VERBS,
    DESCRIBING_SUBJECTS,
    FIRST_PERSON,
    HEARING_VERBS,
    IMPERSONAL_MODALS,
    ISSUING_VERBS,
    LIST_ANNOUNCERS,
    MESSAGE_BACK_REFERENCES,
    NOT_AFTER_CUE,
    NOT_BEFORE_CUE,
    OBJECT_CUES,
    OBLIQUE_OPENERS,
    ORDER_VERBS,
    PARAGRAPH_CUES,
    PARTICLE_WORDS,
    PASSING_ON_VERBS,
    PERFORMATIVE_OBJECTS,
    PERSON_TITLES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    QUOTE_CUES,
    REPORTING_VERBS,
    RESOLVING_TITLES,
    SCOPE_BREAKER_NOUNS,
    SCOPE_BREAKERS,
    SENTENCE_SOURCES,
    SOURCING_STATEMENTS,
    SPEAKER_ADVERBS,
    SPEECH_OCCASIONS,
    STATEMENT_ANAPHORS,
    TOPIC_NOUNS,
    TRANSLIT_CHARS,
    UNNAMED_SOURCES,
    WORDS_WITH_CUES,
)
from pipeline.langid import has_han
from pipeline.names import NAME_JOINERS
from pipeline.quote_candidate import QUOTATION_PAIRS, QuoteCandidate, quotations_after_reports
from pipeline.quote_candidate import trim as _trim

_CUES = "|".join(sorted(QUOTE_CUES, key=len, reverse=True))
_DASH = "[-–—－]{1,2}"
_DASH_ATTRIBUTION = re.compile(
    rf"(?<=[。！？!?…”’\"，,])[ \t]*{_DASH}[ \t]*(?P<speaker>[^。！？!?\s]{{0,40}}?)"
    rf"(?:{_CUES})?(?P<cue>{_CUES})[。！!]?$"
)
"""`-A。-部长表示。` closing a dash paragraph, after full- or half-width punctuation (`…对决!-沙夫卡特说。`); a verb may
come before the cue (`-生态和自然资源部回应称。`: the ministry speaks, not `生态和自然资源部回应`)."""
_QUOTED = re.compile(r"“(?P<c1>[^“”]+)”|\"(?P<c2>[^\"]+)\"|「(?P<c3>[^「」]+)」|«(?P<c4>[^«»]+)»")
_QUOTE_GROUPS = ("c1", "c2", "c3", "c4")
_LOOK_BACK = 40
"""How far before a quotation its attribution (X指出：) is looked for: a bound keeps a block linear."""
_SPLIT_ATTRIBUTION = re.compile(rf"[ \t]*(?P<speaker>[^，。！？“”\"\s]{{0,30}}?)(?P<cue>{_CUES})[ \t]*[，,：:][ \t]*$")
_AFTER_QUOTE = re.compile(
    rf"[ \t]*[，,]?[ \t]*(?:{_DASH}[ \t]*)?(?!的)(?P<speaker>[^，。！？“”\"\s]{{0,40}}?)(?P<cue>{_CUES})[。！，,]"
)
"""`“…”，部长说。`; not `“亚特兰大”的中场…表示，`, where the quoted name is part of the subject (`的` follows it)."""
_BEFORE_QUOTE = re.compile(rf"(?P<speaker>[^，。！？“”\"\s]{{1,40}}?)(?P<cue>{_CUES})[ \t]*(?P<mark>[：:，,])[ \t]*$")
"""`X指出：“…”`, and `X指出，“…”` where the quotation holds words, not a name the clause goes on after
(`表示，“一带一路”倡议…`: reported speech, ``_name_opens``)."""
_INTRODUCES_NEXT = re.compile(
    rf"(?P<speaker>[^，。！？“”\"\s]{{1,40}}?)(?P<cue>{_CUES})"
    rf"(?:[，,](?![^。！？]*(?:{'|'.join(map(re.escape, LIST_ANNOUNCERS))}))[^。！？；“”]{{1,120}}?)?[ \t]*[：:]$"
)
"""`X表示:` or `X表示，A：` closing a paragraph: the quotation or dash paragraph after it is X's (not after a
list's announcement, `他介绍，具体措施如下：`, ``data/list_announcers.tsv``)."""
_ACCORDING_TO = re.compile(
    rf"据(?P<speaker>[^，。！？“”\s]{{1,20}}?)的?(?P<cue>{'|'.join(map(re.escape, ACCORDING_VERBS))})[，,：:]"
)
"""`据X介绍，…` (``data/according_verbs.tsv``): what follows is X's (`根据部长的介绍，…`: 的 is no part of X)."""
_AS_SAID = re.compile(
    rf"正如(?P<speaker>[^，。！？“”\s]{{1,20}}?)所(?P<cue>{'|'.join(map(re.escape, REPORTING_VERBS))})的[，,]"
)
"""`正如托卡耶夫总统所强调的，…`: what follows is what X said."""
_IN_VIEW = re.compile(r"在(?P<speaker>[^，。！？“”\s]{1,20}?)(?P<cue>看来)[，,]")
"""`在他看来，…`: X's view."""
_BY_SAYING = re.compile(r"(?:按照|根据|照)(?P<speaker>[^，。！？“”\s]{1,20}?)的(?P<cue>说法)[，,]")
"""`按照X的说法，…`: what X says."""
_SOURCE_OPENINGS = ((_ACCORDING_TO, "据…"), (_AS_SAID, "正如…所"), (_IN_VIEW, ""), (_BY_SAYING, ""))
"""Openings that name the source of what follows, with the prefix of the cue they report by: only `据…` runs on
over its paragraph as its cue does (据X介绍); the others hold their own sentence."""
_INDIRECT = re.compile(
    rf"(?P<cue>{'|'.join(sorted(REPORTING_VERBS, key=len, reverse=True))})(?P<belief>相信|说)?[，,：:]?"
)
_OBJECT_WORDS = "|".join(re.escape(word) for word in NOT_AFTER_CUE if len(word) > 1)
_NOT_AFTER_CUE = re.compile(
    rf"(?!{'|'.join(map(re.escape, PARTICLE_WORDS))})(?:{'|'.join(map(re.escape, NOT_AFTER_CUE))})"
    rf"|[^，,。；;：:！？、“”\"\s]{{1,4}}?(?:{_OBJECT_WORDS})(?=[。；;！，,]|$)"
)
"""What a cue's object is when no report follows: the word right after it (表示感谢), or after a short modifier
when it ends the clause (表示深切哀悼。, 表示诚挚慰问，); not a word that only begins with a particle (认为过去…)."""
_NOT_BEFORE_CUE = NOT_BEFORE_CUE
_SENTENCE_END = re.compile(r"[。！？；]|…+")
_CLAUSE_START = re.compile(r"[，,。；;：:！？、“”\"\s]")
_OCCASION_ENDS = ("时段", "时", "上", "中", "后", "期间")
"""How an occasion opened by 在 ends (在…时, 在会上, 在…期间)."""
_CIRCUMSTANCE = re.compile(rf"(?:在[^，。]{{0,40}}?(?:{'|'.join(_OCCASION_ENDS)})|(?:{'|'.join(SPEECH_OCCASIONS)})中)$")
"""`部长在会上发言时` / `…在新闻发布会上回答记者提问时` / `在马吉利斯(议会下院)政府时段` / `总统讲话中`: where and
when, not who."""
_ISSUING = re.compile(
    rf"(?:{'|'.join(ISSUING_VERBS)})[了的]?(?:官方|书面|联合|一份|一项|最新)*(?:{'|'.join(STATEMENT_ANAPHORS)})?$"
)
"""`外交部发表声明称`, `…今天发布官方声明明确表示`, `根据公司发布的最新声明：`: the issuing of a statement before its
cue, no part of the speaker."""
_ISSUER_OPENERS = tuple(sorted(OBLIQUE_OPENERS, key=len, reverse=True))
"""Prepositions before the one who issued a statement (根据公司发布的声明: the company's statement)."""
_DAY = re.compile(r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$")
"""The day of the month before a cue, with its month or without (部长13日表示, 以色列国防部2月28日称)."""
_MAX_SPEAKER = 80
"""How many characters before its cue the speaker's words may begin: two officials, each with a long title, may
share one cue (`…秘书处负责人A与…管理局第一副局长B表示`), and the first named speaks."""
_FURTHER_CUES = re.compile(rf"(?:[ \t]*(?:{_CUES}))*[ \t，,：:]*")
_ADVERBS = (*SPEAKER_ADVERBS, *COLLECTIVE_ADVERBS)


_GLOSS = re.compile(r"[^\W\d_]+(?:[ .·'’-]+[^\W\d_]+)*")


def _gloss_opening(text: str, closing_end: int, floor: int) -> int | None:
    """Where the brackets open that give a name's other spelling in another script right after it
    (`扎克珀娃（Светлана Жақыпова）在…时`), which a speaker phrase reaches over; None for other brackets."""
    opening = text.rfind("（" if text[closing_end - 1] == "）" else "(", floor, closing_end - 1)
    if opening <= floor or not has_han(text[opening - 1]):
        return None
    inside = text[opening + 1 : closing_end - 1]
    return opening if _GLOSS.fullmatch(inside) and not has_han(inside) else None


def _clause_starts_at(text: str, position: int) -> bool:
    """A character no speaker phrase reaches over: punctuation or a space, but not the space inside a Latin
    name (`在接受Jibek Joly电视频道采访时`)."""
    if not _CLAUSE_START.match(text[position]):
        return False
    inside_latin = text[position] == " " and 0 < position < len(text) - 1
    return not (
        inside_latin
        and text[position - 1].isascii()
        and text[position - 1].isalnum()
        and text[position + 1].isascii()
        and text[position + 1].isalnum()
    )


def _without_adverbs(text: str, start: int, end: int, leading: bool = True) -> tuple[int, int]:
    """A speaker phrase without the adverbs before its cue (特别强调, 也表示) and, with ``leading``, those opening it
    (并且他); a phrase that is one adverb alone is left as it is."""
    stripped = True
    while stripped:
        stripped = False
        for adverb in _ADVERBS:
            if leading and text.startswith(adverb, start) and end - start > len(adverb):
                start += len(adverb)
                stripped = True
            if text[start:end].endswith(adverb) and end - start > len(adverb):
                end -= len(adverb)
                stripped = True
    return start, end


def _name_in_quotes(text: str, closing_end: int, floor: int) -> int | None:
    """Where a quotation ending at ``closing_end`` opens when it is a name run into the words on both sides
    (`论坛“工人职业——经济增长引擎”全体会议上`, `在"温室、蔬菜" 阿拉木图国际展上`, half-width marks and a space too): a
    title in a phrase, not a clause boundary. None otherwise."""
    opening_mark = _NAME_MARKS.get(text[closing_end - 1 : closing_end])
    if opening_mark is None:
        return None
    opening = text.rfind(opening_mark, floor, closing_end - 1)
    after = closing_end + 1 if text[closing_end : closing_end + 1] == " " else closing_end
    if opening <= floor or not text[opening - 1].isalnum() or not text[after : after + 1].isalnum():
        return None
    inside = text[opening + 1 : closing_end - 1]
    return opening if inside and not re.search(r"[，。！？；,“\"]", inside) else None


def _name_before_report(text: str, words: tuple[int, int], closing_end: int, cue_end: int) -> bool:
    """`“努尔卓勒”海关站长X介绍，配额…`: a name in marks run into the speaker's title, whose cue reports a clause of its
    own after a comma, not the quotation (`“A，”部长说，“B”` goes on with a quotation)."""
    return (
        not re.search(r"[，。！？；,.!?]", text[words[0] : words[1]])
        and text[closing_end : closing_end + 1].isalnum()
        and text[cue_end - 1 : cue_end] in "，,"
        and text[cue_end : cue_end + 1] not in ("", "“", '"', "「", "‘", "\n")
    )


_NAME_MARKS = {"”": "“", '"': '"'}
"""Closing quotation marks and the opening ones a name in running text is held by."""


def _speaker_phrase(text: str, block_start: int, cue_start: int) -> tuple[int, int] | None:
    """The words naming the speaker right before a cue: back to the clause start, a circumstance
    (在…时) and adverbs dropped. None when nothing but adverbs is left (并表示: the subject is earlier)."""
    position = cue_start
    floor = max(block_start, cue_start - _MAX_SPEAKER)
    if position > floor and text[position - 1] in "）)":  # `阿斯塔纳航空（Air Astana）表示`: the name before its
        opening = text.rfind("（" if text[position - 1] == "）" else "(", floor, position - 1)  # other name
        position = opening if opening > floor else position
    end = position
    while position > floor:
        closing = position - 1 if text[position - 1] == " " else position  # `"温室、蔬菜" 阿拉木图国际展`
        if text[closing - 1] in _NAME_MARKS and (name := _name_in_quotes(text, closing, floor)) is not None:
            floor = max(block_start, floor - (position - name))  # a name in quotation marks takes no room
            position = name
        if text[position - 1] in "）)" and (gloss := _gloss_opening(text, position, floor)) is not None:
            floor = max(block_start, floor - (position - gloss))  # the name's other spelling takes no room
            position = gloss
            continue
        if _clause_starts_at(text, position - 1):
            break
        position -= 1
    start = position
    end = _without_adverbs(text, start, end, leading=False)[1]  # `总统在国情咨文中特别强调`: 在…中 ends before 特别
    circumstance = _CIRCUMSTANCE.search(text, start, end)
    closing = max(text.rfind(")", start, end), text.rfind("）", start, end))
    credit = closing >= start and _gloss_opening(text, closing + 1, start - 1) is None
    if credit and end - closing > 2 and not (circumstance and circumstance.start() < closing):
        # `(记者任军)卫生部宣布`: a credit in brackets before the subject, not one inside 在…时, nor a name's other
        # spelling after it (`扎克珀娃（Светлана Жақыпова）在接受…采访时`)
        start = closing + 1
    start, end = _without_occasion(text, start, end)
    start, end = _without_adverbs(text, start, _before_addressee(text, start, end))
    statement = next((noun for noun in STATEMENT_ANAPHORS if text.endswith(noun, start, end)), None)
    if statement and end - start > len(statement):
        end -= len(statement)  # `紧急情况部消息称`: the ministry's message, the ministry speaks
    if end <= start or text[start:end] in _ADVERBS:
        return None
    return start, end


def _speaker_before_occasion(text: str, block_start: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker before a cue whose long occasion the phrase could not reach back over (`托卡耶夫总统24日在出席同
    国家机关、“阿塔梅肯”企业家协会…代表参加的…会议时说`): the phrase before the 在 that opens the occasion, in the same
    sentence; else the phrase right before the cue."""
    phrase = _speaker_phrase(text, block_start, cue_start)
    if phrase is None or not text.endswith(_OCCASION_ENDS, *phrase) or "在" in text[phrase[0] : phrase[1]]:
        return phrase
    floor = max(block_start, cue_start - _OCCASION_REACH, text.rfind("。", block_start, phrase[0]) + 1)
    opening = text.rfind("在", floor, phrase[0])
    return (_speaker_phrase(text, block_start, opening) or phrase) if opening > floor else phrase


_OCCASION_REACH = 150
"""How far before its cue an occasion's 在 may stand."""


def find_quotes(
    text: str,
    start: int,
    end: int,
    sentences: list[tuple[int, int]],
    previous: tuple[int, int] | None,
    finite_verbs: Sequence[int] = (),
) -> list[QuoteCandidate]:
    """Quotations in one prose block; ``previous`` is the block before it (for ``他表示：`` + a quoted block).
    Sentences are cut here at 。！？；, finer than the segmenter's (a dash quote is one sentence there)."""
    found: list[QuoteCandidate] = []
    block = text[start:end]
    dash = _DASH_ATTRIBUTION.search(text, start, end) if re.match(_DASH, block) else None
    if dash:
        opening = re.match(rf"{_DASH}[ \t]*", block)
        content_start = start + (opening.end() if opening else 0)
        # `-A，-部长表示。`: the words between the dashes, trimmed of spaces, their closing comma kept (the Russian
        # `, —` is left out by a rule of its own; a Chinese dash quote keeps it, as a comma inside quotation marks)
        content_start, content_end = _trim(text, content_start, dash.start())
        speaker = _cleaned_speaker(text, *dash.span("speaker")) if dash.group("speaker") else None
        found.append(
            QuoteCandidate(content_start, content_end, "direct", dash.group("cue"), *(speaker or (None, None)), 0.9)
        )
        return found
    closing = _dash_closing_paragraph(text, start, end, previous)
    if closing is not None:
        return [closing]
    introduced = _INTRODUCES_NEXT.search(text, *previous) if previous is not None and re.match(_DASH, block) else None
    if introduced:  # `努尔吉格托夫表示:` then `- 我们期待…`: the dash paragraph is what was announced
        opening = re.match(rf"{_DASH}[ \t]*", block)
        content_start, content_end = _trim(text, start + (opening.end() if opening else 0), end)
        speaker = _cleaned_speaker(text, *introduced.span("speaker"))
        found.append(
            QuoteCandidate(
                content_start, content_end, "direct", introduced.group("cue"), *(speaker or (None, None)), 0.75
            )
        )
        return found
    last: QuoteCandidate | None = None
    for quoted in _QUOTED.finditer(text, start, end):
        group = next(name for name in _QUOTE_GROUPS if quoted.group(name) is not None)
        content_start, content_end = quoted.span(group)
        after = _AFTER_QUOTE.match(text, quoted.end(), end)
        window = max(start, quoted.start() - _LOOK_BACK)
        before = _BEFORE_QUOTE.search(text, window, quoted.start())
        if before is not None and before.group("mark") in "，," and _name_opens(text, quoted.start(), end):
            before = None
        split = (
            _SPLIT_ATTRIBUTION.match(text, last_end, quoted.start())
            if last is not None and (last_end := _quote_end(text, last.end)) <= quoted.start()
            else None
        )
        whole_block = quoted.start() == start and text[quoted.end() : end].strip() in ("", "。")
        introduced = None
        if whole_block and previous is not None:
            introduced = _INTRODUCES_NEXT.search(text, previous[0], previous[1])
            if introduced is None and text[previous[0] : previous[1]].endswith(("：", ":")):
                introduced = _ACCORDING_TO.search(text, previous[0], previous[1])
        if split and last is not None and split.end() == quoted.start():  # “A，”部长说，“B”: one speaker
            candidate = QuoteCandidate(
                content_start, content_end, "direct", last.cue, last.speaker_start, last.speaker_end, last.confidence
            )
        elif (
            after
            and (after.group("speaker") or after.group("cue") != "道")
            and _name_in_quotes(text, quoted.end(), start) is None
            and not _name_before_report(text, (content_start, content_end), quoted.end(), after.end())
        ):
            speaker = _cleaned_speaker(text, *after.span("speaker")) if after.group("speaker") else None
            candidate = QuoteCandidate(
                content_start, content_end, "direct", after.group("cue"), *(speaker or (None, None)), 0.85
            )
        elif before:  # `托卡耶夫总统…在出席同…、“阿塔梅肯”企业家协会…会议时说:“…”`: back over a quoted name, 在…时 out
            speaker = _speaker_before_occasion(text, start, before.start("cue")) or _cleaned_speaker(
                text, *before.span("speaker")
            )
            candidate = QuoteCandidate(
                content_start, content_end, "direct", before.group("cue"), *(speaker or (None, None)), 0.8
            )
        elif introduced:
            speaker = _cleaned_speaker(text, *introduced.span("speaker"))
            candidate = QuoteCandidate(
                content_start, content_end, "direct", introduced.group("cue"), *(speaker or (None, None)), 0.75
            )
        else:
            continue
        found.append(candidate)
        last = candidate
    quoted_spans = [(q.start, q.end) for q in found]
    sentences = _sentences(text, start, end)
    index = 0
    while index < len(sentences):
        sentence_start, sentence_end = sentences[index]
        index += 1
        if any(s <= sentence_start < e for s, e in quoted_spans):
            continue
        candidate = _indirect(text, sentence_start, sentence_end, quoted_spans, finite_verbs)
        if candidate is None:
            candidate = _back_reference(
                text, sentences, index - 1, [*quoted_spans, *((q.start, q.end) for q in found)], previous
            )
            if candidate is not None:
                found.append(candidate)
            continue
        second = _SECOND_REPORT.search(text, candidate.start, candidate.end)
        split = second is not None and _indirect(text, second.start() + 1, sentence_end, quoted_spans) is not None
        if second is not None and split:  # `与会者们宣称A，并宣布B`: a new cue starts a new quote, same speaker
            candidate.end = second.start()
            sentences.insert(index, (second.start() + 1, sentence_end))
        elif (announcing := _ANNOUNCING_CLAUSE.search(text, candidate.start, sentence_end)) is not None:
            candidate.end = announcing.start()  # `…实现了较大幅度更新，但他同时强调：` + the quotation it announces
        speaker = text[candidate.speaker_start : candidate.speaker_end] if candidate.speaker_start is not None else ""
        # 双方表示, 外界有观点认为: a collective or unnamed source's statement is its own sentence only
        collective = candidate.impersonal or speaker.startswith(SENTENCE_SOURCES)
        # 据X介绍，… / 据X估算，…: a source opening runs on over its paragraph, whatever its verb
        whole_paragraph = (candidate.cue.startswith("据…") or candidate.cue in PARAGRAPH_CUES) and not collective
        while (
            not split
            and index < len(sentences)
            and candidate.end == sentence_end
            and _continues(text, *sentences[index], whole_paragraph)
        ):
            if any(s < sentences[index][1] and sentences[index][0] < e for s, e in quoted_spans):
                break
            sentence_end = candidate.end = _content(text, sentences[index][0], sentences[index][1])[1]
            index += 1
        own_words = _own_quotation(text, candidate) if candidate.speaker_start is not None else None
        if own_words is not None:  # `他表示，A。“B”` / `X表示，A，“B”`: A reported, then B in the speaker's own words
            candidate.end = _trim(text, candidate.start, own_words.start())[1]  # the report keeps its comma
            speaker = (candidate.speaker_start, candidate.speaker_end)
            found.append(QuoteCandidate(*own_words.span(1), "direct", candidate.cue, *speaker, 0.75))
            quoted_spans.append(own_words.span())
            while index < len(sentences) and sentences[index][0] < own_words.end():
                index += 1  # the quotation's own sentences open no report
        found.append(candidate)
    own = (  # `努雷舍夫称，A。“B”。`: B is his own words
        (quoted.start(), quoted.end(), *quoted.span(1))
        for quoted in _OWN_QUOTATION.finditer(text, start, end)
        if _SENTENCE_INSIDE.search(quoted.group(1))
    )
    return found + quotations_after_reports(text, end, found, own, "。！？")


_OWN_QUOTATION = re.compile(r"“([^“”\n]{10,}?)”")
"""A quotation whose words hold a sentence or a clause (not a name in marks: “一带一路”)."""
_SENTENCE_INSIDE = re.compile(r"[。！？!?，,]")
_CLAUSE_CLOSERS = "，,。；;：:"


def _dash_closing_paragraph(text: str, start: int, end: int, previous: tuple[int, int] | None) -> QuoteCandidate | None:
    """A paragraph that closes the dash quote the paragraph before opened (`-向外交部通报…表示感谢。 ¶
    与此同时，…发到灾区。-土耳其大使说。`): one quotation over both, from the first paragraph's dash to the
    attribution; what the first paragraph reports inside it is the speaker's words, no quote of its own."""
    if previous is None or re.match(_DASH, text[start:end]) or not re.match(_DASH, text[previous[0] : previous[1]]):
        return None
    attribution = _DASH_ATTRIBUTION.search(text, start, end)
    if attribution is None or _DASH_ATTRIBUTION.search(text, *previous) is not None:
        return None
    opening = re.match(rf"{_DASH}[ \t]*", text[previous[0] : previous[1]])
    content_start, content_end = _trim(text, previous[0] + (opening.end() if opening else 0), attribution.start())
    speaker = _cleaned_speaker(text, *attribution.span("speaker")) if attribution.group("speaker") else None
    return QuoteCandidate(
        content_start, content_end, "direct", attribution.group("cue"), *(speaker or (None, None)), 0.85
    )


def _own_quotation(text: str, candidate: QuoteCandidate) -> re.Match[str] | None:
    """The speaker's own quotation opening inside a reported statement after its comma or stop, with no attribution
    of its own (`阿基舍夫表示，…非常重要，“当前国际经济形势不容乐观，…”`), when the report before it is a clause. Each
    opening mark is tried once, from the candidate it falls in: linear in the block."""
    mark = text.find("“", candidate.start, candidate.end)
    while mark != -1:
        last = mark - 1
        while last > candidate.start and text[last] in " \t":
            last -= 1  # the report's last character before the mark
        match = _OWN_QUOTATION.match(text, mark) if text[last] in _CLAUSE_CLOSERS else None
        if match is not None and last - candidate.start >= 5 and _SENTENCE_INSIDE.search(match.group(1)):
            return match
        mark = text.find("“", mark + 1, candidate.end)
    return None


_ADVERB_ALTERNATIVES = "|".join(map(re.escape, _ADVERBS))
_ONE_PERSON = "|".join(sorted(set(PRONOUNS) - PLURAL_PRONOUNS, key=len, reverse=True))
_ANNOUNCING_CLAUSE = re.compile(
    rf"[，,][ \t]*(?:并|但|而)?(?:{_ONE_PERSON})?(?:{_ADVERB_ALTERNATIVES})?(?:{_CUES})[ \t]*[：:][ \t]*$"
)
"""`，但他同时强调：` closing a reported sentence: a new cue that announces the quotation after it, no more of the
words reported before."""
_SECOND_REPORT = re.compile(rf"[，,][ \t]*并(?:{_ADVERB_ALTERNATIVES})?(?={_CUES})")
"""`…，并宣布…`, `…，并强调…`: a second verb of saying in the sentence, whose subject is the first one's."""


_BACK_REFERENCE = re.compile(
    rf"(?:作出|作了|做出|做了|作|做)(?P<cue>{'|'.join(map(re.escape, BACK_REFERENCES))})[。！]?$"
)
"""`X…时做上述表示。`: the sentence before is X's (``data/back_references.tsv``)."""
_MESSAGE_BACK_REFERENCE = re.compile(rf"(?P<cue>{'|'.join(map(re.escape, MESSAGE_BACK_REFERENCES))})[。！]?$")
"""`X在论坛上公布了这一消息。`: the sentence before is X's (``data/message_back_references.tsv``)."""


def _back_reference(
    text: str,
    sentences: list[tuple[int, int]],
    index: int,
    taken: list[tuple[int, int]],
    previous: tuple[int, int] | None = None,
) -> QuoteCandidate | None:
    """The sentence before sentence ``index`` as the words of the speaker who "made the above statement" in it
    (`“永恒的国家”…的象征。纳扎尔巴耶夫总统8日在塔拉兹市…时做上述表示。`), the last of the ``previous`` paragraph
    when the statement opens its own; None when there is no such sentence or it is someone's quote already."""
    start, end = sentences[index]
    back = _BACK_REFERENCE.search(text, start, end) or _MESSAGE_BACK_REFERENCE.search(text, start, end)
    if back is None or (index == 0 and previous is None):
        return None
    before_start, before_end = sentences[index - 1] if index else _sentences(text, *previous)[-1]
    if any(s < before_end and before_start < e for s, e in taken):
        return None
    dateline = _DATELINE.match(text, before_start, before_end)
    content_start, content_end = _content(text, dateline.end() if dateline else before_start, before_end)
    speaker = _speaker_phrase(text, start, back.start())
    if content_end - content_start < 4 or speaker is None:
        return None
    return QuoteCandidate(content_start, content_end, "indirect", back.group("cue"), *speaker, 0.7)


_DATELINE = re.compile(
    r"[^，。！？“”\"]{0,30}?(?:日电[ \t]*(?:[（(][^）)]{0,30}[）)])?|/\d{1,2}月\d{1,2}日[ \t]*[-–—])[ \t]*"
    rf"|(?:{'|'.join(map(re.escape, DATELINE_AGENCIES))})[^，。！？“”\"\s]{{0,12}}[ \t]*[-–—][ \t]*"
)
"""`哈通社阿斯塔纳10月8日电(记者鲁斯兰•哈毕索夫)`, `哈通社/阿斯塔纳/1月16日 - `, `哈通社阿斯塔纳 - `: the agency's
dateline before a lead sentence."""
CLAUSE_PREAMBLE = re.compile(
    rf"(?:{_DATELINE.pattern})?(?:{'|'.join(map(re.escape, sorted(SPEAKER_ADVERBS, key=len, reverse=True)))}|\d+日)*"
)
"""What may stand before a clause's first word without being part of it: the dateline, then days and adverbs
(`哈通社/阿斯塔纳/2月9日-今日在…`: the clause opens with 在)."""


def _quote_end(text: str, content_end: int) -> int:
    """Just past the closing quotation mark of a quotation whose content ends at ``content_end``."""
    return content_end + 1 if content_end < len(text) and text[content_end] in '”"」»' else content_end


_ADDRESSEE = re.compile(f"(?:{'|'.join(map(re.escape, ADDRESSEE_MARKERS))})(?!外)")


_ADDRESSED_BY = frozenset((*PRONOUNS, *RESOLVING_TITLES))
"""Who may stand before an addressee marker and be cut from it: a pronoun or a title (a name keeps its
characters: 王向明 is one name)."""


def _before_addressee(text: str, start: int, end: int) -> int:
    """Where a speaker phrase ends before whom it was said to (他对中国记者 -> 他, 部长向媒体 -> 部长, 他对此 -> 他)."""
    marker = _ADDRESSEE.search(text, start + 1, end)
    return marker.start() if marker and text[start : marker.start()] in _ADDRESSED_BY else end


def _before_circumstance(text: str, start: int, end: int) -> int:
    """Where a speaker phrase ends before the circumstance closing it (部长在会上发言时 -> 部长); a 在 that a relative
    clause opens, before the 的 of the noun it describes, is no circumstance (`一直在哈萨克斯坦经营企业的土耳其投资商X
    在接受采访时`: the circumstance is the later 在)."""
    circumstance = _CIRCUMSTANCE.search(text, start, end)
    if circumstance is None or circumstance.start() <= start:
        return end
    described = text.rfind("的", circumstance.start(), end)
    if described > circumstance.start() and (later := _CIRCUMSTANCE.search(text, described + 2, end)) is not None:
        return later.start()
    return circumstance.start()


def _without_occasion(text: str, start: int, end: int) -> tuple[int, int]:
    """A speaker phrase without where and when it spoke (部长在会上发言时 -> 部长, 卫生部15日 -> 卫生部) and without
    the issuing of a statement (外交部发表声明 -> 外交部), also where it was issued (该公司在官网上发布消息 ->
    该公司)."""
    end = _before_circumstance(text, start, end)
    issuing = _ISSUING.search(text, start, end)
    if issuing and issuing.start() > start:
        start, end = _without_adverbs(text, start, issuing.start())
        opener = next((word for word in _ISSUER_OPENERS if text.startswith(word, start)), "")
        if end - start > len(opener):
            start += len(opener)  # `根据公司发布的最新声明`: the company issued it
        end = _before_circumstance(text, start, end)  # `外交部在其官网上发布声明称`: where the statement was issued
    day = _DAY.search(text, start, end)
    if day and day.start() > start:
        end = day.start()
    return start, end


def _cleaned_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A speaker phrase without a circumstance (部长在会上发言时 -> 部长), whom it was said to (他对记者 -> 他),
    adverbs before the cue (他同时 -> 他) or bare adverbs (并)."""
    start, end = _without_occasion(text, start, end)
    end = _without_adverbs(text, start, _before_addressee(text, start, end), leading=False)[1]  # `他同时宣布：`
    if text[start:end] in _ADVERBS:
        return None
    return (start, end) if end > start else None


_MODAL_CLAUSE = re.compile(r"[^，。,；;：:“”\"]{1,16}?(?:将|会|能够|必将|一定会)")
"""A clause after a verb that also takes an object, told by a subject and a modal soon after the verb (`并相信两国议会间
关系将继续加强`): what the speaker believes or expects, no object of the verb (相信政府, 承认错误)."""
_SCOPE_BREAKER = re.compile("|".join(map(re.escape, SCOPE_BREAKERS)))
_BREAKER_NOUN = re.compile("|".join(map(re.escape, sorted(SCOPE_BREAKER_NOUNS, key=len, reverse=True))))


def _breaks_scope(text: str, start: int, end: int) -> bool:
    """Whether a sentence holds a word that ends a statement's run (呼吁, 要求: ``data/scope_breakers.tsv``) other than
    inside a noun phrase that uses it as a noun (防疫要求: ``data/scope_breaker_nouns.tsv``)."""
    nouns = [match.span() for match in _BREAKER_NOUN.finditer(text, start, end)]
    return any(
        not any(a <= breaker.start() and breaker.end() <= b for a, b in nouns)
        and _opening_clause(text, start, breaker.start())
        for breaker in _SCOPE_BREAKER.finditer(text, start, end)
    )


_MOST_OPENER = 5
"""Characters of the clauses before a sentence's main one when they are only an opener (同时，, 对此，, 在会上，)."""
_SUBJECT_WORD = re.compile("|".join(map(re.escape, sorted({*PRONOUNS, *PERSON_TITLES}, key=len, reverse=True))))
"""A pronoun or a title: a clause holding one before its appeal or order names who appeals (…，州长建议…)."""


def _opening_clause(text: str, start: int, position: int) -> bool:
    """Whether ``position`` lies in what a sentence tells on its own account: its main clause, perhaps after a short
    opener (`同时，他要求…`), or a later clause naming who appeals (`鉴于…，州长建议…`); an appeal or an order of a
    later clause with no subject of its own (`…，必要时可要求企业降低产量`, `…，并建议公司…`) is part of the statement
    the sentence carries on."""
    clause_start = max(text.rfind(mark, start, position) for mark in "，,；;")
    if clause_start < start or len(text[start:clause_start].strip()) <= _MOST_OPENER:
        return True
    return _SUBJECT_WORD.search(text, clause_start, position) is not None


_CONTINUATION = re.compile(f"[ \t]*(?:{'|'.join(map(re.escape, CONTINUATIONS))})")
_BACKGROUND = re.compile(f"[ \t]*(?:{'|'.join(map(re.escape, BACKGROUND_OPENERS))})")


_DESCRIBING_SUBJECT = re.compile(f"[ \t]*(?:{'|'.join(map(re.escape, DESCRIBING_SUBJECTS))})(?![国人])")
"""`这位运动员…分享了自己的感受`: the article tells of the speaker (``data/describing_subjects.tsv``); not 他国, 他人
(other countries, other people)."""
_OCCASION_OPENER = re.compile(
    rf"[ \t]*在(?![此这])[^，。！？,“”\"]{{1,30}}?(?:{'|'.join(('之际', *_OCCASION_ENDS))})[，,]"
)
"""A sentence's opening occasion (`在独联体成立35周年之际，`, `在会谈中，`): the subject comes after it; not one that
points back (`在此基础上，他…`, `在此期间`), after which the statement may go on about someone else."""
_SOURCED = re.compile(r"[ \t]*据[^，。！？,]{0,20}[，,]")
"""A sentence opened by a source of the article's own (据美银报告，, 据统计，, 据悉，)."""


_TITLES = "|".join(sorted(PERSON_TITLES, key=len, reverse=True))
_TITLED_NAME_OPENING = re.compile(
    rf"[ \t]*[{''.join(sorted(TRANSLIT_CHARS))}{re.escape(NAME_JOINERS)}]{{2,16}}(?:{_TITLES})"
)
"""A sentence opened by a transliterated name and a title (`穆罕麦迪部长发表致词`): another person's act, told by
the article."""


_TITLE_THEN_ADVERB = re.compile(
    rf"[ \t]*(?:{_TITLES})(?:{'|'.join(map(re.escape, sorted(SPEAKER_ADVERBS, key=len, reverse=True)))})"
)
"""A sentence opened by a title and an adverb (`总统还提出了一些具体任务`): what the titled person did next, told by the
article."""


_FIRST_PERSON_SUBJECT = re.compile(rf"[ \t]*[^，。！？,“”\"]{{0,6}}?(?:{'|'.join(FIRST_PERSON)})(?!国)")
"""A sentence whose subject is the speaker in the first person (`上周我同托卡耶夫总统…`; not 我国, the article's)."""


_CITATION = re.compile(r"[ \t]*正如[^，。,；;]{1,40}?(?:所说|所言|所指出|所强调)(?:的)?(?:那样)?[，,]")
"""`正如托卡耶夫总统所说，`: a speaker citing someone in the course of a statement (as X said), no new report."""


def _speaker_after_occasion(text: str, start: int, end: int) -> bool:
    """`在独联体成立35周年之际，他提出…`: after an occasion, the speaker told of in the third person; not 他们,
    她们, whom the statement may go on about (`教练指出，…。在两场锦标赛中，她们斩获3金。`)."""
    occasion = _OCCASION_OPENER.match(text, start, end)
    subject = _DESCRIBING_SUBJECT.match(text, occasion.end(), end) if occasion is not None else None
    return subject is not None and not text.startswith("们", subject.end())


_YEAR_OPENING = re.compile(r"[ \t]*(?:\d{4}|[０-９]{4})(?:[-—–~～至到](?:\d{4}|[０-９]{4}))?年(?![前后内底初末中])")
"""A sentence opening with a year or a run of years (`2018年，`, `2015-2017年期间`): the article's record of that
year, no more of a statement (not `2025年前`, `2030年底`: a time the speaker sets)."""


def _continues(text: str, start: int, end: int, whole_paragraph: bool) -> bool:
    """A sentence that carries the reported speech before it on and reports no one new: any such sentence
    after a paragraph-scope cue (据X介绍, X强调), else one that opens with a continuation word (此外, 所有这些)."""
    citation = _CITATION.match(text, start, end)
    if citation is not None:
        start = citation.end()  # `正如托卡耶夫总统所说，…`: someone cited inside the statement, which goes on
    first_person = _FIRST_PERSON_SUBJECT.match(text, start, end)
    if first_person is not None and not any(cue.start() < first_person.end() for cue in _cues(text, start, end)):
        return True  # `上周我同托卡耶夫总统举行了会见，总统重申…`: the speaker goes on, telling what others said too
    if any(_reports(text, cue, end) and not _unreported(text, start, cue) for cue in _cues(text, start, end)):
        return False  # a new report (not 称 inside 名称, 其预测基于: a noun, a verb's object, 目前已确认: no one's)
    if any(opening.search(text, start, end) for opening, _ in _SOURCE_OPENINGS) or _SOURCED.match(text, start, end):
        return False  # `据美银报告，…`, `据悉，…`: the article names a source of its own
    if not re.search(r"\w", text[start:end]):
        return False  # a closing quotation mark left after the sentence's end
    if _breaks_scope(text, start, end) or text[start:end].rstrip().endswith(("？", "?")):
        return False  # `她呼吁…`, `中方对此有何评论？`: an appeal or a question, not more of the statement
    if text[start:end].rstrip().endswith(("：", ":")):
        return False  # `他要求：` before a quotation: what it announces is not more of the statement
    if _TITLED_NAME_OPENING.match(text, start, end) or _TITLE_THEN_ADVERB.match(text, start, end):
        return False  # `穆罕麦迪部长发表致词，…`, `总统还提出了…`: a titled person opens what the article tells next
    if _DESCRIBING_SUBJECT.match(text, start, end) or _speaker_after_occasion(text, start, end):
        return False  # `这位运动员近日…分享了自己的感受`, `在…之际，他提出多项…建议`: the article tells of the speaker
    if _BACKGROUND.match(text, start, end):
        return False  # `此前…，总统已就此提出明确要求`: what happened before, told by the article
    year = _YEAR_OPENING.match(text, start, end)
    if year is not None and not _FIRST_PERSON_SUBJECT.match(text, year.end() + 1, end):
        return False  # `2018年，…贸易额超370亿美元`, `2015-2017年期间，建设了…`: the article's figures of a year
        # (not `2025年，我们计划…`: the speaker's own plan)
    collective = _COLLECTIVE_SUBJECT.match(text, start, end)
    if collective and not _runs_past(text, collective.start(), collective.end(), _NOT_SOURCES):
        return False  # `目前，双方…已签署了…`: what the sides did, told by the article (not `报告期内`: a time)
    return whole_paragraph or bool(_CONTINUATION.match(text, start, end))


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, position = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((position, match.end()))
        position = match.end()
    if position < end:
        spans.append((position, end))
    return spans


_SOURCES = "|".join(map(re.escape, sorted(UNNAMED_SOURCES, key=len, reverse=True)))
_UNNAMED_REPORT = re.compile(rf"(?:{_SOURCES})报道$")
"""`部分媒体报道称，…`: an unnamed source's report is a statement (a named outlet's `据X报道` stays sourcing)."""
_UNNAMED_OPENING = re.compile(rf"(?:(?:{_ADVERB_ALTERNATIVES})[，,、]?)*(?:{_SOURCES})")
"""A sentence opened by a collective source (此外，双方…): its `并表示` is the source's, not a person's."""
_COLLECTIVE_SUBJECT = re.compile(rf"[ \t]*(?:[^，,。！？\n]{{1,4}}[，,])?{_UNNAMED_OPENING.pattern}")
"""A sentence whose subject is a collective source, perhaps after a short time word (目前，双方…)."""
_NOT_SOURCES = tuple(word for word in WORDS_WITH_CUES if len(word) > 2)
"""Words that begin with a source's characters and name no source (报告期: the reporting period)."""


def _runs_past(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` begins inside ``start:end`` and runs on past its end (报告|期内)."""
    return any(
        text.startswith(word, position) and position + len(word) > end
        for position in range(start, end)
        for word in words
    )


_COLLECTIVE = re.compile(
    rf"(?:{'|'.join(map(re.escape, COLLECTIVE_ADVERBS))})(?:{'|'.join(map(re.escape, SPEAKER_ADVERBS))})?$"
)
"""`A、B以及C一致表示`: the cue's subject is a group (``data/collective_adverbs.tsv``), an unnamed source."""


def _name_opens(text: str, position: int, end: int) -> bool:
    """Whether the quotation marks right after a cue hold a name the clause goes on after (`表示，“上合组织+”模式将
    继续沿用`): reported speech, not a direct quote."""
    opening = position + len(text[position:end]) - len(text[position:end].lstrip())
    closing = text.find(QUOTATION_PAIRS.get(text[opening : opening + 1], "”"), opening + 1, end)
    if not 0 < closing - opening <= _MAX_QUOTED_NAME:
        return False
    gloss = _NAME_GLOSS.match(text, closing + 1, end)  # `“全球门户”（Global Gateway）项目…`: the name's gloss
    after = gloss.end() if gloss is not None else closing + 1
    return text[after : after + 1].isalnum()


_NAME_GLOSS = re.compile(r"[（(][^（()）\n]{1,40}[）)]")
"""A gloss in brackets after a name in quotation marks (its English or Russian name)."""


_MAX_QUOTED_NAME = 20
"""Characters a name in quotation marks holds at most (a quotation of words is longer)."""


_INSIDE_CIRCUMSTANCE = re.compile(rf"[^，,。；：:“”\"]{{0,20}}?时(?:[ \t]*(?:{_CUES}))")
"""A cue that a 在…时 circumstance holds, the cue of the sentence right after it (`在介绍新任州长时指出`)."""
_MESSAGE_NAMED = re.compile(r"据[^，,。；：:“”]{2,40}?消息|发布(?:了)?(?:一则|一条|最新)?消息")
"""A message whose source the text has named (`据国防部消息，…`, `教育部发布消息称，…`): a later `消息称，…` tells what
that message says, a statement of its own."""
_MESSAGE_REACH = 2000
"""How far back, in characters, the named message may stand."""
_PASSIVE = re.compile(r"被[^，,。；]{0,3}$")
"""`被正式宣布`: a passive cue, with at most an adverb between 被 and the verb."""


def _indirect(
    text: str, start: int, end: int, quoted: list[tuple[int, int]], predicates: Sequence[int] = ()
) -> QuoteCandidate | None:
    """``X表示，…``, ``据X介绍，…``: reported speech from the cue to the end of the sentence; ``predicates`` are where
    the tagger read a verb or an adjective (none given: not checked)."""
    for opening, prefix in _SOURCE_OPENINGS:
        source = opening.search(text, start, end)
        if source is None:
            continue
        if prefix == "据…" and source.group("speaker").endswith(tuple(STATEMENT_ANAPHORS)):
            return None  # `据北哈州检察院消息称，…`: the article's source note (据…消息), no one's quoted words
        if any(text[cue.end() - 1] in "，," for cue in _cues(text, start, source.start())):
            break  # `副部长介绍，根据国际民航组织的评估，…`: the source is part of what the cue before it reports
        content_start, content_end = _content(text, source.end(), end)
        if content_end > content_start:
            cue = prefix + source.group("cue")
            return QuoteCandidate(content_start, content_end, "indirect", cue, *source.span("speaker"), 0.8)
    for cue in _cues(text, start, end):
        if any(s <= cue.start() < e for s, e in quoted) or text[cue.end("cue") : cue.end("cue") + 1] in _LIST_MARKS:
            continue  # `身份确认、追逃追查`: a noun in a list, no report
        subject_end = cue.start()
        if report := _UNNAMED_REPORT.search(text, start, cue.start()):
            subject_end = report.end() - len("报道")  # `部分媒体报道称，…`: the media report, unnamed
        elif _unreported(text, start, cue):
            continue
        if _PASSIVE.search(text, start, cue.start()):
            continue  # `2026年被正式宣布为…`: declared so, nobody's words
        if _INSIDE_CIRCUMSTANCE.match(text, cue.end("cue")) and "在" in text[start : cue.start()]:
            continue  # `主任在介绍新任州长时指出，…`: 介绍 is what he was doing when he spoke (指出)
        if text.startswith("时", cue.end("cue")):
            continue  # `在回答记者相关提问时，X强调…`: when, not a report of its own
        if _NOT_AFTER_CUE.match(text, cue.end("cue")) and not cue.group("belief"):
            continue
        # 强调指出，… : the second cue, right after the first, is no content; after a comma it is (表示，预计明年…)
        further = _FURTHER_CUES.match(text, cue.end("belief") if cue.group("belief") else cue.end("cue"), end)
        if (
            cue.group("cue") in OBJECT_CUES
            and not cue.group("belief")
            and further.end() == cue.end("cue")
            and not (cue.group("cue") in CLAUSE_CUES and _MODAL_CLAUSE.match(text, cue.end("cue"), end))
        ):
            continue  # 承认错误: the verb's object, not what was said (X承认，…, X回应称… and X警告说… report)
        if text[cue.end() : cue.end() + 2].lstrip()[:1] in QUOTATION_PAIRS and not _name_opens(text, cue.end(), end):
            continue  # X指出：“…” (or «…», 「…」) is a direct quote
        if not text[start : cue.start()].strip():
            continue  # `预计，明年产量将增长`: no subject opens the sentence; the article's own forecast
        if text[start : cue.start()].strip() in SOURCING_STATEMENTS and not _MESSAGE_NAMED.search(
            text, max(0, start - _MESSAGE_REACH), start
        ):
            continue  # `消息称，…`: reportedly, a message with no one named behind it (as 据悉), no one's words
        speaker = _speaker_before_occasion(text, start, subject_end)  # None: the subject is earlier (并表示)
        content_start, content_end = _content(text, further.end() if further else cue.end(), end)
        if content_end - content_start < 4 or _spoken_about(text, cue.end("cue"), content_start, content_end):
            continue
        sentence = text[content_start:content_end].rstrip("。！ \t")
        clause = _first_clause(sentence)
        if (
            predicates
            and not cue.group("belief")
            and not any(char in _PUNCTUATION for char in text[cue.end("cue") : content_start])
            and len(clause) <= _MOST_NOUN_OBJECT
            and (clause == sentence or "的" in clause)
            and not _has_predicate(predicates, content_start, content_start + len(clause))
        ):
            # `州长特别强调投资活跃度。`, `明确指出货物的收货方，…`: a short noun object (a sentence alone or a phrase
            # with 的 before a comma), no verb or adjective; not `表示相信通过共同努力，将…`, which reports
            continue
        if (
            text[content_start:content_end].endswith(LIST_ANNOUNCERS)
            and text[content_end : content_end + 1] in "：:"
            and not any(mark in text[content_start:content_end] for mark in "，,")
        ):
            continue  # `他介绍，具体措施如下：`: a list follows, not words (`称，该法案涵盖多项内容，包括：` reports)
        content = text[content_start:content_end]
        if cue.group("cue") in DECLARING_VERBS and (
            _first_clause(content).endswith(PERFORMATIVE_OBJECTS)
            or (content.startswith(PERFORMATIVE_OBJECTS) and content_start == cue.end("cue"))
        ):
            continue  # `宣布运动会开幕`, `宣布启动…铁路复线`: an act, not words
        announced = _ANNOUNCED_OBJECT.match(text, content_start, content_end)
        if cue.group("cue") in DECLARING_VERBS and announced is not None and content_end - announced.end() >= 4:
            content_start = announced.end()  # `宣布选举初步结果：现任总统…获胜`: the report is after the colon
        unnamed = speaker is None and _UNNAMED_OPENING.match(text, start, cue.start()) is not None
        inner = _INNER_ATTRIBUTION.match(text, content_start, content_end)
        if inner is not None and _inside_word(text, inner.start("cue"), inner.end("cue"), inner.group("cue")):
            inner = None  # `…建立良好的沟通渠道，并…`: 道 of 渠道, no second attribution
        if inner is not None and _CITED_SOURCE.match(text, inner.start("speaker")):
            inner = None  # `副部长指出，根据气象部门的预测，…`: the source he cites, part of his words
        if inner is not None and cue.group("cue") not in PASSING_ON_VERBS:
            inner = None  # `X指出，国家元首此前强调，…`: what X says the President stressed is X's report
        if inner is not None and (inner_speaker := _cleaned_speaker(text, *inner.span("speaker"))) is not None:
            # `今日俄罗斯电视台称，托卡耶夫表示，…`: the outlet passes on the words of the one it names
            return QuoteCandidate(inner.end(), content_end, "indirect", inner.group("cue"), *inner_speaker, 0.7)
        return QuoteCandidate(
            content_start,
            content_end,
            "indirect",
            cue.group("cue"),
            *(speaker or (None, None)),
            0.7,
            impersonal=unnamed,
            group=bool(_COLLECTIVE.search(text, max(start, cue.start() - 6), cue.start())),
        )
    return None


_CITED_SOURCE = re.compile(rf"(?:根|依)?{_ACCORDING_TO.pattern}")
"""A source opening inside a report (`副部长指出，根据气象部门的预测，…`): the reporter cites it in his own words."""
_ANNOUNCED_OBJECT = re.compile(r"[^，,。；;：:！？“”\n]{2,16}[：:][ \t]*")
"""What a declaring verb names before a colon (宣布总统大选初步结果：): the words after the colon are the report."""
_INNER_ATTRIBUTION = re.compile(
    rf"(?:(?:对于|关于|就)[^，,。！？\n]{{1,30}}[，,][ \t]*)?"
    rf"(?P<speaker>[^，,。！？\"\s]{{2,30}}?)(?P<cue>{_CUES})[ \t]*[，,][ \t]*"
)
"""A reported clause that opens with another attribution (`…称，托卡耶夫表示，…`, `…称，对于…，专家X称，…`): the words
are the second's."""
_LIST_MARKS = frozenset("、")
"""The mark between the items of a list: a cue right before one is a noun among them."""
_PUNCTUATION = frozenset("，,：:；;")
_NOUN_JOINERS = "的及和与"
"""What joins a topic noun to the words before it inside one noun phrase (…的意义, 手段及防范方法); without one
the noun may be a verb's object inside a clause (具有重要意义)."""


_MOST_NOUN_OBJECT = 8
"""Characters a cue's object may have to be read as a noun phrase when no verb or adjective is in it: jieba tags
many verb phrases as nouns (继续加强, 保持稳定), so a longer clause is read as reported whatever its tags."""


def _has_predicate(predicates: Sequence[int], start: int, end: int) -> bool:
    """Whether a verb or an adjective starts between ``start`` and ``end`` (``predicates`` in order)."""
    index = bisect.bisect_left(predicates, start)
    return index < len(predicates) and predicates[index] < end


def _spoken_about(text: str, cue_end: int, content_start: int, content_end: int) -> bool:
    """A cue's object that names a topic (并强调这一项目的意义, 介绍…防范方法): no comma after the cue, and the
    object, the sentence or its first clause, ends in a topic noun (``data/topic_nouns.tsv``) joined to a noun
    phrase."""
    if any(char in _PUNCTUATION for char in text[cue_end:content_start]):
        return False
    sentence = text[content_start:content_end].rstrip("。！ \t")
    for content in dict.fromkeys((sentence, _first_clause(sentence))):  # its first clause too:
        noun = next((noun for noun in TOPIC_NOUNS if content.endswith(noun)), None)  # 介绍…的历史与文化，阐释…
        if noun is not None and any(joiner in content[-len(noun) - 3 : -len(noun)] for joiner in _NOUN_JOINERS):
            return True
    return False


_WORDS_WITH_CUES: dict[str, tuple[str, ...]] = {
    cue: tuple(word for word in WORDS_WITH_CUES if cue[0] in word) for cue in QUOTE_CUES
}
"""Each cue and the words that hold its first character without reporting anything (称 -> 名称, 简称...; 坦承 ->
斯坦, the end of a country's name)."""


def _cues(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The reporting verbs of a stretch of text, not those inside another word (称 in 名称, 说 in 也就是说)."""
    for cue in _INDIRECT.finditer(text, start, end):
        if not _inside_word(text, cue.start(), cue.end("cue"), cue.group("cue")) and not _in_brackets(
            text, start, cue.start(), end
        ):
            yield cue


def _in_brackets(text: str, start: int, position: int, end: int) -> bool:
    """Whether a position is inside brackets that close before the sentence ends (`扎伊赫河(俄称:乌拉尔河)`: another
    name of a river, no report)."""
    opening = max(text.rfind("（", start, position), text.rfind("(", start, position))
    if opening < 0 or max(text.rfind("）", opening, position), text.rfind(")", opening, position)) > opening:
        return False  # no bracket open here
    return text.find("）", position, end) >= 0 or text.find(")", position, end) >= 0


def _first_clause(content: str) -> str:
    """The words of a reported clause before its first comma or sentence end (宣布运动会开幕，并… -> 宣布运动会开幕)."""
    return _CLAUSE_END.split(content, maxsplit=1)[0]


_CLAUSE_END = re.compile("[，,。；;！？]")


def _unreported(text: str, start: int, cue: re.Match[str]) -> bool:
    """Whether the words before a cue make it no report (进行了介绍, 并未透露, 目前已确认; ``not_before_cue.tsv``), or a
    modal opening its clause with no subject makes it the speaker's own aside (`因此，可以明确地说，…`: one can say)."""
    return (
        text[start : cue.start()].endswith(_NOT_BEFORE_CUE)
        or _IMPERSONAL_MODAL.search(text, start, cue.start()) is not None
        or _HEARD_BEFORE.search(text, start, cue.start()) is not None
    )


_HEARD_BEFORE = re.compile(rf"(?:{'|'.join(map(re.escape, HEARING_VERBS))})了?(?:[^，,。；;：:！？“”\"]*等)?$")
"""`听取了介绍`, `听取了有关…等介绍`: a verb of hearing takes the report as its object, no one's words, right before it
or with the list it holds closed by 等 (``data/hearing_verbs.tsv``); `听取汇报后表示` is a report."""


_IMPERSONAL_MODAL = re.compile(
    rf"(?:^|(?<=[，,。；;\s]))(?:{'|'.join(map(re.escape, IMPERSONAL_MODALS))})[\u4e00-\u9fff]{{0,4}}?地?$"
)
"""`可以说`, `可以明确地说`, `应该说`: a modal with no subject before a verb of saying is no one's report
(``data/impersonal_modals.tsv``)."""


def _reports(text: str, cue: re.Match[str], end: int) -> bool:
    """Whether a cue reports speech: a verb that also takes a plain object (预测, 承认) only before a comma, a
    colon or 说."""
    if cue.group("cue") not in OBJECT_CUES or cue.group("belief"):
        return True
    return _FURTHER_CUES.match(text, cue.end(), end).end() > cue.end("cue")  # type: ignore[union-attr]


def _inside_word(text: str, start: int, end: int, cue: str) -> bool:
    """称 in 名称, 说 in 小说, 坦承 in 哈萨克斯坦承运人: a cue that begins inside another word."""
    for word in _WORDS_WITH_CUES.get(cue, ()):
        for offset, char in enumerate(word):
            if char == cue[0] and text.startswith(word, start - offset):
                return True
    return False


_ORDER_CLAUSE = re.compile(rf"[，,][ \t]*并(?:{'|'.join(map(re.escape, ORDER_VERBS))})")
"""`，并责成政府…`: an order given after what was reported, no part of it."""


_END_MARK = re.compile(r"(?<=[。！？!?”])[ \t]*(?:[▲■][ \t]*)?[（(][^（）()\n]{1,10}[）)]$")
"""`…。（完）`, `…。▲(李诗睿)`: the mark a Chinese news agency closes an article with, or its reporter's name in
brackets after the last sentence: no one's words."""


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """The reported clause: to the end of the sentence, or to an order given after it (`，并责成…`); a closing colon
    (it announces a list) stays out."""
    content_start, content_end = _trim(text, start, end, " \t，,")
    if (closing := _END_MARK.search(text, content_start, content_end)) is not None:
        content_end = _trim(text, content_start, closing.start())[1]  # `…进口替代。(完)`: the article's end mark
    if (order := _ORDER_CLAUSE.search(text, content_start, content_end)) is not None:
        content_end = order.start()
    if text[content_start:content_end].endswith(("：", ":")):
        content_end -= 1
    return content_start, content_end
