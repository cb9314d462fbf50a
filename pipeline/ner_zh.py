"""Chinese recognisers: transliterated foreign names, Latin-script names, and jieba's POS tags.

Off-the-shelf segmenters cut transliterated names apart (阿扎/马特/利耶夫); these rules read characters.
"""

from __future__ import annotations

import re

from pipeline.document import Mention, Token
from pipeline.langid import has_han
from pipeline.lexicon_zh import CHINESE_SURNAMES, ORG_CHARS, ORG_WORDS, REPORTING_VERBS
from pipeline.translit import NAME_JOINERS, SURNAME_ENDINGS, TRANSLIT_CHARS

_CHARS = "".join(sorted(TRANSLIT_CHARS))
_JOINERS = re.escape(NAME_JOINERS)
_RUN = re.compile(f"[{_CHARS}]+(?:[{_JOINERS}][{_CHARS}]+)*")

PERSON_TITLES = (
    "总统",
    "副总统",
    "总理",
    "副总理",
    "部长",
    "副部长",
    "代理部长",
    "外长",
    "主席",
    "副主席",
    "州长",
    "副州长",
    "市长",
    "专家",
    "大使",
    "特命全权大使",
    "署长",
    "议员",
    "议长",
    "董事长",
    "董事会主席",
    "总裁",
    "总经理",
    "经理",
    "院士",
    "教授",
    "分析师",
    "政治学家",
    "经济学家",
    "书记",
    "秘书长",
    "领导人",
    "国王",
    "首相",
    "局长",
    "主任",
    "负责人",
    "创始人",
    "作家",
    "诗人",
    "学者",
    "记者",
    "摄影师",
    "先生",
    "女士",
    "总干事",
    "行长",
    "司令",
    "发言人",
    "代表",
    "运动员",
    "选手",
    "冠军",
    "教练",
)
SPEECH_AFTER = (
    *REPORTING_VERBS,
    *("会见", "会晤", "访问", "出席", "签署", "致电", "主持", "率团"),
    *"在与和向对也还则等及的是曾将已于，、。：",
    *PERSON_TITLES,
)
"""What may follow a name: a reporting verb, a function word, punctuation or a title."""
PLACE_SUFFIXES = ("气田", "油田", "口岸", "地区", "港", "州")
"""Suffixes that belong to a place's name (库里克港, 曼格斯套州, 加尔金内什气田)."""
PLACE_MARKERS = ("市", "湖", "河", "县", "省", "岛", "村", "镇")
"""Suffixes that show a place but stay outside the name (菲祖利市 -> 菲祖利)."""
_NOT_A_PLACE_MARKER = ("市场", "市值", "市民", "河流", "湖泊", "省份", "岛屿", "村民", "镇压")
ORG_SUFFIXES = ("公司", "集团", "银行", "大学", "学院", "基金")
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
        if len(run) < 2:
            continue
        after = text[run_end:end]
        before = text[start:run_start]
        marker = next(
            (m for m in PLACE_MARKERS if after.startswith(m) and not after.startswith(_NOT_A_PLACE_MARKER)), None
        )
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
        label = _POS_LABELS.get(token.pos or "")
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
        mentions.append(Mention(token.start, token.end, label, f"jieba:{token.pos}", "jieba_pos", 0.4))
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
