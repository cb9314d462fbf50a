"""Chinese recognisers: transliterated foreign names, Latin-script names, and jieba's POS tags.

Off-the-shelf segmenters cut transliterated names apart (阿扎/马特/利耶夫); these rules read characters.
"""

from __future__ import annotations

import bisect
import re

from pipeline.document import Document, Mention, Sentence, Token
from pipeline.lang.zh.lexicon import (
    CHINESE_SURNAMES,
    GENERIC_BODIES,
    MISSION_HEADS,
    NAME_CONTEXT,
    NOT_PLACE_WORDS,
    ORG_CHARS,
    ORG_SUFFIXES,
    ORG_WORDS,
    PARENT_BODIES,
    PERSON_TITLES,
    PLACE_MARKERS,
    PLACE_SUFFIXES,
    REPORTING_VERBS,
    SURNAME_ENDINGS,
    TRANSLIT_CHARS,
)
from pipeline.langid import has_han
from pipeline.names import NAME_JOINERS
from pipeline.recognisers import BlockContext, SentenceTagger

_CHARS = "".join(sorted(TRANSLIT_CHARS))
_JOINERS = re.escape(NAME_JOINERS)
_RUN = re.compile(f"[{_CHARS}]+(?:[{_JOINERS}][{_CHARS}]+)*")

SPEECH_AFTER = (*REPORTING_VERBS, *NAME_CONTEXT, *PERSON_TITLES)
_FUNCTION_CHARS = frozenset(word for word in NAME_CONTEXT if len(word) == 1)
"""What may follow a name: a reporting verb, a function word, punctuation or a title."""
_ORG_TOKEN_ENDINGS = (*ORG_WORDS, *ORG_CHARS, "会")
_TITLE_BEFORE = re.compile(f"(?:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})$")

_LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[ &-][A-Z][A-Za-z0-9]+)*(?![A-Za-z0-9])"
)
_LATIN_STOP = frozenset({"Photo", "Photos", "Video", "None", "Kazinform"})

_POS_LABELS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}


def transliterated_names(text: str, start: int, end: int) -> list[Mention]:
    """Runs of transliteration characters that are names: joined by ``·``/``-``, ending like a surname,
    or standing beside a title or a reporting verb; typed LOC/ORG by a place or company suffix."""
    mentions = []
    for match in _RUN.finditer(text, start, end):
        run_start, run_end = match.span()
        run = match.group()
        if len(run) > 3 and run[-1] in _FUNCTION_CHARS and run[:-1].endswith(SURNAME_ENDINGS):
            run_end -= 1  # `托卡耶夫于3日`: the name ends before 于
            run = run[:-1]
        if len(run) > 3 and run[0] in _FUNCTION_CHARS and run_start > start and has_han(text[run_start - 1]):
            run_start += 1  # `位于布拉拜`: 于 ends the word before the name
            run = run[1:]
        if len(run) < 2:
            continue
        after = text[run_end:end]
        before = text[start:run_start]
        marker = next((m for m in PLACE_MARKERS if after.startswith(m) and not after.startswith(NOT_PLACE_WORDS)), None)
        typed = False
        for suffixes, label in ((PLACE_SUFFIXES, "LOC"), (ORG_SUFFIXES, "ORG")):
            suffix = next((s for s in suffixes if after.startswith(s)), None)
            if suffix and not any(j in run for j in NAME_JOINERS[1:]):
                mentions.append(
                    Mention(run_start, run_end + len(suffix), label, f"translit+{suffix}", "translit_zh", 0.7)
                )
                typed = True
                break
        if not typed and marker:
            mentions.append(Mention(run_start, run_end, "LOC", f"translit+{marker}", "translit_zh", 0.7))
            typed = True
        if not typed:
            joined = any(j in run for j in NAME_JOINERS)
            ends_like_surname = len(run) >= 3 and run.endswith(SURNAME_ENDINGS)
            bounded = not after or not has_han(after[0]) or after.startswith(SPEECH_AFTER)
            titled = bool(_TITLE_BEFORE.search(before))
            if "·" in run or (joined and bounded):
                mentions.append(Mention(run_start, run_end, "PER", "translit:joined", "translit_zh", 0.9))
            elif ends_like_surname and bounded:
                mentions.append(Mention(run_start, run_end, "PER", "translit:surname", "translit_zh", 0.8))
            elif titled and bounded and len(run) <= 8:
                mentions.append(Mention(run_start, run_end, "PER", "translit:titled", "translit_zh", 0.6))
    return mentions


"""One-character organisation words close a name only before a break (贸易部消息, 工业与贸易部代理部长), never
inside a word (签署, 局势, 部分, 院士)."""
_AFTER_ORG_CHAR = (
    "的",
    "与",
    "和",
    "在",
    "表示",
    "称",
    "指出",
    "代理",
    "副",
    "官员",
    "发言人",
    "消息",
    "举行",
    "相关",
    "负责",
)
_COMPOUND_GAP = re.compile('[^，。、；：“”‘’《》（）()\\s,.;:"在对向将已于的和及等是为从把被也都还又签]{0,10}?')
_COMPOUND_ORG = re.compile(f"({'|'.join(ORG_WORDS)}|{'|'.join(ORG_CHARS)})")


def compound_organisations(text: str, heads: list[Mention], end: int) -> list[Mention]:
    """Organisations named after a place: 哈萨克斯坦驻中国大使馆, 阿富汗工业与贸易部, 西哈州州政府.

    An organisation word at most ten characters after a place closes the name, if no clause word
    (在, 对, 和, 的...) or punctuation comes between. ``…部长`` is a title, not an organisation.
    """
    mentions = []
    for head in heads:
        if head.label != "LOC":
            continue
        gap = _COMPOUND_GAP.match(text, head.end, end)
        limit = gap.end() if gap else head.end
        for position in range(head.end, limit + 1):
            word = _COMPOUND_ORG.match(text, position, end)
            if not word:
                continue
            after = text[word.end() : end]
            if word.group() in ORG_CHARS and after and has_han(after[0]) and not after.startswith(_AFTER_ORG_CHAR):
                continue
            if after.startswith("长"):
                continue
            mentions.append(Mention(head.start, word.end(), "ORG", "compound_zh", "compound_zh", 0.65))
            break
    return mentions


def latin_names(text: str, start: int, end: int) -> list[Mention]:
    """Latin-script names inside Chinese text (QazaqGaz, SOCAR, Semurg Invest): organisations as a rule."""
    return [
        Mention(m.start(), m.end(), "ORG", "latin_in_zh", "latin_zh", 0.6)
        for m in _LATIN_NAME.finditer(text, start, end)
        if m.group() not in _LATIN_STOP and len(m.group()) >= 3
    ]


def pos_names(text: str, tokens: list[Token]) -> list[Mention]:
    """jieba's nr/ns/nt tags, a weak fallback: only tokens that look like names.

    jieba tags common words as names (尤为重要, 关系密切, 许可证 as nr; 海关, 铺平 as ns): a person or place
    must be three or more transliteration characters (a place may also end in 国/州/省/市/县/港/洲/岛), an
    organisation must end like one (…公司, …委员会, …部). The merge never lets these override a stronger
    recogniser.
    """
    mentions = []
    for token in tokens:
        label = _POS_LABELS.get(token.xpos or "")
        form = text[token.start : token.end]
        if label is None or len(form) < 2:
            continue
        if label == "PER" and not (len(form) >= 3 and all(ch in TRANSLIT_CHARS for ch in form)):
            continue
        if label == "ORG" and not form.endswith(_ORG_TOKEN_ENDINGS):
            continue
        if label == "LOC" and not (
            (len(form) >= 3 and all(ch in TRANSLIT_CHARS for ch in form))
            or (len(form) >= 3 and form[-1] in "国州省市县港洲岛")
        ):
            continue
        mentions.append(Mention(token.start, token.end, label, f"jieba:{token.xpos}", "jieba_pos", 0.4))
    return mentions


_TITLES_PATTERN = "|".join(sorted(PERSON_TITLES, key=len, reverse=True))
_TITLED_CHINESE_NAME = re.compile(
    f"(?:{_TITLES_PATTERN})([{''.join(sorted(CHINESE_SURNAMES))}][\u4e00-\u9fff]{{1,2}})"
    "(?=[，。、；：）)]|在|表示|指出|说|称|会见|与|和|率|出席|介绍|强调)"
)


def chinese_titled_names(text: str, start: int, end: int) -> list[Mention]:
    """Chinese names right after a title: 大使韩春霖, 董事长丁海 (surname + one or two characters)."""
    mentions = []
    for match in _TITLED_CHINESE_NAME.finditer(text, start, end):
        mentions.append(Mention(match.start(1), match.end(1), "PER", "zh_name:titled", "zh_name", 0.6))
    return mentions


def without_route_runs(translit: list[Mention], known: list[Mention]) -> list[Mention]:
    """Drop hyphen-joined runs made of known places (阿克套-巴库-波季 is a route, not a name), and
    suffixed runs whose name the gazetteer already knows (里海 stays 里海 in 里海地区)."""
    kept = []
    for mention in translit:
        inside = [k for k in known if mention.start <= k.start and k.end <= mention.end and k.label in ("LOC", "ORG")]
        if mention.label_fine == "translit:joined" and inside:
            continue
        if mention.label_fine.startswith("translit+") and any(k.start == mention.start for k in inside):
            continue
        kept.append(mention)
    return kept


# What the recogniser registry calls (see pipeline/lang/zh/__init__.py), one block at a time.


def find_transliterated(ctx: BlockContext) -> list[Mention]:
    return without_route_runs(transliterated_names(ctx.text, ctx.block.start, ctx.block.end), ctx.found)


def find_compound(ctx: BlockContext) -> list[Mention]:
    return compound_organisations(ctx.text, list(ctx.found), ctx.block.end)


def find_latin(ctx: BlockContext) -> list[Mention]:
    return latin_names(ctx.text, ctx.block.start, ctx.block.end)


def find_titled(ctx: BlockContext) -> list[Mention]:
    return chinese_titled_names(ctx.text, ctx.block.start, ctx.block.end)


def find_pos(ctx: BlockContext) -> list[Mention]:
    return [m for sentence in ctx.sentences for m in pos_names(ctx.text, sentence.tokens)]


def _tag_sentences(batch: list[tuple[Document, list[Sentence]]]) -> list[list[Mention]]:
    """The tagger over every sentence of the batch in one call (longer batches: fewer Viterbi steps per
    character), with the rules' corrections."""
    from pipeline.models.zh_ner import load

    texts = [doc.text[s.start : s.end] for doc, sentences in batch for s in sentences]
    spans = iter(load().tag(texts) if texts else [])
    found: list[list[Mention]] = []
    for doc, sentences in batch:
        mentions: list[Mention] = []
        for sentence in sentences:
            for start, end, label in next(spans):
                corrected = _corrected(doc.text, sentence.start + start, sentence.start + end, label)
                mentions += [
                    _with_ministry_fields(doc.text, sentence, _with_sending_country(doc.text, sentence, m))
                    for m in corrected
                    if not (m.label == "ORG" and _describes(doc.text, sentence, m))
                ]
        found.append(mentions)
    return found


MODEL = SentenceTagger("model_zh", "zh", frozenset({"date"}), _tag_sentences)
"""The trained Chinese tagger (pipeline/models/zh_ner) as a recogniser: ``MODEL.find``, ``MODEL.prepare``."""


_PLACE_OR_NUMBER_TAGS = frozenset({"ns", "m", "q", "mq"})


_FIELD_TAGS = frozenset({"n", "nt", "nz", "vn", "an", "b"})
_CONJUNCTIONS = frozenset({"和", "与", "及"})


def _tokens_before(sentence: Sentence, position: int) -> int:
    """How many of the sentence's tokens start before ``position`` (a binary search: tokens are in order)."""
    return bisect.bisect_left(sentence.tokens, position, key=lambda token: token.start)


def _widened(mention: Mention, start: int) -> Mention:
    return Mention(start, mention.end, mention.label, mention.label_fine, mention.recogniser, mention.score)


def _with_ministry_fields(text: str, sentence: Sentence, mention: Mention) -> Mention:
    """`哈萨克斯坦科学和高等[教育部]`: a ministry's fields joined by 和/与 belong to its name, from the country on
    (哈萨克斯坦科学和高等教育部). Taken only when a walk back over adjacent field nouns and a conjunction reaches a
    place token within six tokens, and no title is crossed (美国总统与教育部 stays apart)."""
    if mention.label != "ORG" or not text[mention.start : mention.end].endswith("部"):
        return mention
    last = _tokens_before(sentence, mention.start)  # the last of them may run into the span (高等教育部)
    edge, joined = mention.start, False
    for token in reversed(sentence.tokens[max(0, last - 6) : last]):
        form = text[token.start : token.end]
        if token.end < edge:
            return mention  # not adjacent
        if token.xpos == "ns":
            return _widened(mention, token.start) if joined else mention
        if form in PERSON_TITLES or not (form in _CONJUNCTIONS or token.xpos in _FIELD_TAGS):
            return mention
        joined = joined or form in _CONJUNCTIONS
        edge = token.start
    return mention


def _with_sending_country(text: str, sentence: Sentence, mention: Mention) -> Mention:
    """`[中国大使馆]` after `哈萨克斯坦驻`: the mission's name runs from the sending country (a place token right
    before 驻) to its head, 哈萨克斯坦驻中国大使馆."""
    if (
        mention.label != "ORG"
        or mention.start < 2
        or text[mention.start - 1] != "驻"
        or not text[mention.start : mention.end].endswith(MISSION_HEADS)
    ):
        return mention
    before = _tokens_before(sentence, mention.start - 1)
    country = sentence.tokens[before - 1] if before else None
    if country is None or country.end != mention.start - 1 or country.xpos != "ns":
        return mention
    return _widened(mention, country.start)


def _describes(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A place or number and a generic noun (格鲁吉亚 + 公司, 两个 + 工作组): a description, not a body's
    name; decided on the sentence's tokens, which must cover the span exactly."""
    first, last = _tokens_before(sentence, mention.start), _tokens_before(sentence, mention.end)
    inside = sentence.tokens[first:last]
    if len(inside) < 2 or inside[0].start != mention.start or inside[-1].end != mention.end:
        return False
    *before, head = inside
    return text[head.start : head.end] in GENERIC_BODIES and all(t.xpos in _PLACE_OR_NUMBER_TAGS for t in before)


def _corrected(text: str, start: int, end: int, label: str) -> list[Mention]:
    """A model span with what the rules know: edges, sides, routes, names in two scripts."""
    for opening, closing in (("（", "）"), ("(", ")")):  # `联盟（C`: the bracket opens an abbreviation
        cut = text.find(opening, start, end)
        if cut > start and text.find(closing, cut, end) == -1:
            end = cut
    inner_mark = _QUOTE_MARKS.search(text, start + 1, end - 1) if label != "ORG" else None
    if inner_mark:  # `“…-赫拉特”铁路`: a place ends at its quotation mark (a body may hold one: “幸福工程”组委会)
        end = inner_mark.start()
    while start < end and text[start] in _EDGE_MARKS:  # `-托列哈利耶夫说`: the dash opens the attribution
        closing = _CLOSING_MARK.get(text[start])
        if closing and text.find(closing, start + 1, end) != -1:
            break  # `“幸福工程”组委会`: the quoted part is the body's name
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKS:
        end -= 1
    if end <= start or text[start:end].endswith("方"):
        return []  # 哈方, 中方: the sides of a talk, not names (a tagger trained on MSRA calls them persons)
    if label == "PER" and _is_route(text[start:end]):
        return []
    if label != "PER" and _MIXED_SCRIPTS.search(text, start, end):  # 阿塞拜疆国家石油公司SOCAR: two names
        return [
            Mention(run.start(), run.end(), label, f"model:{label}", "model_zh", 0.8)
            for run in _SCRIPT_RUN.finditer(text, start, end)
            if len(run.group().strip()) >= 2 and run.group() not in ORG_WORDS
        ]
    if _HYPHENS.search(text, start, end) and (
        label == "LOC" or (len(_HYPHENS.findall(text, start, end)) >= 2 and not text[start:end].endswith(ORG_WORDS))
    ):  # 哈萨克斯坦-阿克套-巴库: a route of places, not one place or body
        parts, position = [], start
        for part in _HYPHENS.split(text[start:end]):
            if len(part) >= 2:
                parts.append(Mention(position, position + len(part), "LOC", "model:LOC", "model_zh", 0.8))
            position += len(part) + 1
        return parts
    if label == "ORG":
        return [Mention(s, e, label, f"model:{label}", "model_zh", 0.8) for s, e in _named_parts(text, start, end)]
    return [Mention(start, end, label, f"model:{label}", "model_zh", 0.8)]


_PARENT = re.compile("|".join(map(re.escape, sorted(PARENT_BODIES, key=len, reverse=True))))
_NOT_A_BODY_BEFORE = frozenset("东西南北中内外全")
"""北部, 内部: 部 after these is a part of something, not a ministry."""


def _named_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A compound body cut into its named parts: 俄联邦国家杜马国防委员会 -> 俄联邦国家杜马 + 国防委员会; a body
    whose rest does not end as a body does (外交部长) stays whole."""
    for parent in _PARENT.finditer(text, start + 3, end):
        cut = parent.end()
        rest = text[cut:end]
        if len(rest) < 3 or not rest.endswith(_ORG_TOKEN_ENDINGS) or text[parent.start() - 1] in _NOT_A_BODY_BEFORE:
            continue
        return [(start, cut), *_named_parts(text, cut, end)]
    return [(start, end)]


_EDGE_MARKS = frozenset(NAME_JOINERS + "—–“”\"'《》「」 ")


_HYPHENS = re.compile("[-‐－–—]")
_CLOSING_MARK = {"“": "”", "「": "」", "《": "》", "«": "»"}
_QUOTE_MARKS = re.compile('[“”"「」《》«»]')
_MIXED_SCRIPTS = re.compile(r"[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]")
_SCRIPT_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z][A-Za-z0-9 &.-]*[A-Za-z0-9]")


def _is_route(name: str) -> bool:
    """`乌赞-别列克特-埃特列克-戈尔甘`, `南-北`: places joined by hyphens, not a person's name, which joins its
    surname with a middle dot (哈斯穆-卓玛尔特·托卡耶夫) and has no one-character parts."""
    parts = _HYPHENS.split(name)
    if len(parts) < 2:
        return False
    return any(len(part) < 2 for part in parts) or (len(parts) > 2 and "·" not in name)
