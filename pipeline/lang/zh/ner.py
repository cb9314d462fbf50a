"""Chinese recognisers: transliterated foreign names, Latin-script names, and jieba's POS tags.

Off-the-shelf segmenters cut transliterated names apart (阿扎/马特/利耶夫); these rules read characters.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Collection, Sequence

from pipeline.document import Document, Mention, Sentence, Token
from pipeline.gazetteer import HOME_COUNTRY
from pipeline.lang import given_name_genders
from pipeline.lang.en.lexicon import COMPANY_NOUNS as EN_COMPANY_NOUNS
from pipeline.lang.en.lexicon import ORG_WORDS as EN_ORG_WORDS
from pipeline.lang.en.lexicon import VENUE_HEADS as EN_VENUE_HEADS
from pipeline.lang.kk.lexicon import GIVEN_NAMES
from pipeline.lang.zh.lexicon import (
    ABBREVIATION_WORDS,
    AFTER_SURNAME_ALONE,
    AMBIGUOUS_PLACE_CHARS,
    BEFORE_SURNAME_ALONE,
    BODY_HEADS,
    BODY_KINDS,
    BODY_POINTERS,
    BUILDING_PHRASES,
    CHINA_COMPOUNDS,
    CHINESE_SURNAMES,
    COMMONEST_SURNAMES,
    COMPANY_FIELDS,
    COMPANY_INDUSTRIES,
    DATE_OPENING_CHARS,
    DATELINE_AGENCIES,
    DESCRIPTION_OPENERS,
    EVENT_WORDS,
    EXTENDING_STATE_FORMS,
    FIELD_NOUNS,
    FOREIGN_NAME_CHARS,
    GENERIC_BODIES,
    GENERIC_QUALIFIERS,
    GROUP_NOUNS,
    HOLIDAY_HEADS,
    HONORIFICS,
    LANDMARK_WORDS,
    LATIN_NOT_NAMES,
    LED_BODIES,
    LISTED_SURNAMES,
    LOCAL_BODY_WORDS,
    MEASURE_CHARS,
    MISSION_HEADS,
    NAME_CONTEXT,
    NAMED_THING_HEADS,
    NATURE_HEADS,
    NOT_OUTLETS,
    NOT_PERSON_HEADS,
    NOT_PLACE_WORDS,
    ORG_CHARS,
    ORG_SUFFIXES,
    ORG_TAIL_CHARS,
    ORG_WORDS,
    OUTLET_HEADS,
    PAIR_WORDS,
    PARENT_BODIES,
    PEOPLES,
    PERSON_TITLES,
    PLACE_ABBREVIATIONS,
    PLACE_DETERMINERS,
    PLACE_MARKERS,
    PLACE_OR_BODY_HEADS,
    PLACE_SUFFIXES,
    PLACE_SUFFIXES_UNLESS_KNOWN,
    PLACE_TERMS,
    PRESS_OFFICES,
    REPORTING_VERBS,
    ROUTE_WORDS,
    SIDE_ABBREVIATIONS,
    SPEAKER_ADVERBS,
    SPEAKING_DOCUMENTS,
    SPECIES_WORDS,
    STATE_FORMS,
    SURNAME_ENDINGS,
    TERM_HEADS,
    TIME_CHARS,
    TRANSLIT_CHARS,
    TRANSLITERATED_LOCAL_BODIES,
)
from pipeline.langid import has_han
from pipeline.names import LATIN_NAME, LEGAL_FORMS, NAME_DOTS, NAME_JOINERS, PHOTO_LABELS
from pipeline.recognisers import BlockContext, SentenceTagger, joined_neighbours

_CHARS = "".join(sorted(TRANSLIT_CHARS))
_JOINERS = re.escape(NAME_JOINERS)
_RUN = re.compile(f"[{_CHARS}]+(?:[{_JOINERS}][{_CHARS}]+)*")

SPEECH_AFTER = (*REPORTING_VERBS, *NAME_CONTEXT, *PERSON_TITLES)
_FUNCTION_CHARS = frozenset(word for word in NAME_CONTEXT if len(word) == 1)
"""What may follow a name: a reporting verb, a function word, punctuation or a title."""
_ORG_TOKEN_ENDINGS = (*ORG_WORDS, *ORG_CHARS, "会")


def _titled_at(text: str, start: int, position: int) -> bool:
    """Whether ``text[start:position]`` ends in a title right before a name, a space between allowed (`（记者
    文龙杰）`), looking at its end only: the block's whole beginning is searched for no run of it."""
    while position > start and text[position - 1] in " \t":
        position -= 1
    return text.endswith(PERSON_TITLES, start, position)


_POS_LABELS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
_SUFFIX_TITLES = tuple(title for title in PERSON_TITLES if title.startswith((*PLACE_SUFFIXES, *PLACE_MARKERS)))
"""Titles that begin with a place suffix (市长, 州长): after a name they make it a person's, not a place's."""


_PLACE_RUN_CHARACTERS = 3
"""Characters a transliteration run needs before a place suffix types it (two are as often a word: 西南地区)."""


_JOINER_SET = frozenset(NAME_JOINERS)
_MOST_LEADING_CHARS = 2
"""Characters before a known name at a run's end that belong to the word before it (弘扬阿拜: 扬 of 弘扬)."""


def transliterated_names(
    text: str,
    start: int,
    end: int,
    known: Sequence[Mention] = (),
    places: Collection[tuple[int, int]] = (),
    tagged: Sequence[Mention] = (),
) -> list[Mention]:
    """Runs of transliteration characters that are names: joined by ``·``/``-``, ending like a surname,
    or standing beside a title or a reporting verb; typed LOC/ORG by a place or company suffix.

    ``known``: names already found (the gazetteer's); a run that begins inside one begins after it
    (俄罗斯特列季亚科夫画廊: 特列季亚科夫画廊), and a run that lies inside one or inside a name the tagger read
    (``tagged``), not at its start, is a piece of it and no name (墨西哥银行: no 西哥银行). A tagged name a run
    only begins inside cuts it where the tagger read a place and another place right after it (辽宁|丹东市: not
    宁丹东), not elsewhere: the tagger's span may be the wrong one (新特|列季亚科夫画廊). ``places``:
    spans known as places on their own, after which a suffix such as 地区 describes the place instead of naming
    it (科索沃地区 -> 科索沃)."""
    mentions = []
    for match in _RUN.finditer(text, start, end):
        run_start, run_end = match.span()
        for name in (*known, *_places_in_places(tagged)):
            if name.start < run_start < name.end < run_end:
                run_start = name.end
        for name in known:
            leading = text[run_start : name.start]
            if name.end == run_end and 0 < len(leading) <= _MOST_LEADING_CHARS and not set(leading) & _JOINER_SET:
                run_start = name.start  # `弘扬阿拜`: a known name closing the run begins it; 扬 ends the word before
        if any(name.start < run_start and run_end <= name.end for name in (*known, *tagged)):
            continue  # a piece of a longer name: 西哥 of 墨西哥 (no bank 西哥银行)
        run = text[run_start:run_end]
        if (
            len(run) > 3
            and run[-1] in _FUNCTION_CHARS
            and (run[:-1].endswith(SURNAME_ENDINGS) or _on_a_date(text, run_end))
        ):
            run_end -= 1  # `托卡耶夫于3日`, `萨尔瓦托雷·夏基塔诺于今年7月`: the name ends before 于
            run = run[:-1]
        if len(run) > 3 and run[0] in _FUNCTION_CHARS and run_start > start and has_han(text[run_start - 1]):
            run_start += 1  # `位于布拉拜`: 于 ends the word before the name
            run = run[1:]
        if len(run) < 2:
            continue
        # A place suffix types only a run of three characters or more (two are as often a word: 西南地区,
        # 内陆地区), and not when it begins a title (朱佩市长: the mayor).
        place_like = len(run) >= _PLACE_RUN_CHARACTERS and not text.startswith(_SUFFIX_TITLES, run_end, end)
        known_place = (run_start, run_end) in places
        in_name = (*PLACE_SUFFIXES, *(() if known_place else PLACE_SUFFIXES_UNLESS_KNOWN)) if place_like else ()
        outside = (*PLACE_MARKERS, *(PLACE_SUFFIXES_UNLESS_KNOWN if known_place else ())) if place_like else ()
        not_place = text.startswith(NOT_PLACE_WORDS, run_end, end)
        marker = next((m for m in outside if text.startswith(m, run_end, end) and not not_place), None)
        typed = False
        for suffixes, label in ((in_name, "LOC"), (ORG_SUFFIXES, "ORG")):
            if not text.startswith(suffixes, run_end, end):
                continue  # one test in C for the whole tuple; the loop below only picks which suffix, in order
            suffix = next((s for s in suffixes if text.startswith(s, run_end, end)), None)
            if suffix and not any(j in run for j in NAME_JOINERS[1:]):
                mentions.append(
                    Mention(run_start, run_end + len(suffix), label, f"translit+{suffix}", "translit_zh", 0.7)
                )
                typed = True
                break
        industry = _industry_at(text, run_end)
        if (
            not typed
            and industry
            and not any(name.label == "LOC" and (name.start, name.end) == (run_start, run_end) for name in known)
        ):  # `卢克石油`: the company, not a place 卢克 (a place the gazetteer knows: its oil, 哈萨克斯坦石油)
            mentions.append(
                Mention(run_start, run_end + len(industry), "ORG", f"translit+{industry}", "translit_zh", 0.7)
            )
            typed = True
        if not typed and marker:
            mentions.append(Mention(run_start, run_end, "LOC", f"translit+{marker}", "translit_zh", 0.7))
            typed = True
        if not typed:
            joined = any(j in run for j in NAME_JOINERS)
            ends_like_surname = len(run) >= 3 and run.endswith(SURNAME_ENDINGS)
            bounded = run_end >= end or not has_han(text[run_end]) or text.startswith(SPEECH_AFTER, run_end, end)
            titled = _titled_at(text, start, run_start)
            if "·" in run or (joined and bounded and not _is_route(run)):
                mentions.append(Mention(run_start, run_end, "PER", "translit:joined", "translit_zh", 0.9))
            elif ends_like_surname and bounded:
                mentions.append(Mention(run_start, run_end, "PER", "translit:surname", "translit_zh", 0.8))
            elif titled and bounded and len(run) <= 8 and run not in _HEAD_WORDS:
                mentions.append(Mention(run_start, run_end, "PER", "translit:titled", "translit_zh", 0.6))
    return mentions


_HEAD_WORDS = frozenset((*ORG_SUFFIXES, *ORG_WORDS, *PLACE_SUFFIXES))
"""Words that head a body's or a place's name (基金, 中心, 地区): no name of their own after a title (`荣获国家杰出青年
基金`: the fund, no person)."""


def _places_in_places(tagged: Sequence[Mention]) -> list[Mention]:
    """The tagged places another tagged place follows right after (辽宁 before 丹东, 山东 before 泰安市): a province
    and a city in it, whose boundary a transliteration run does not cross."""
    place_starts = {mention.start for mention in tagged if mention.label == "LOC"}
    return [mention for mention in tagged if mention.label == "LOC" and mention.end in place_starts]


def _industry_at(text: str, position: int) -> str | None:
    """The industry word (石油, 能源: ``company_industries.tsv``) at ``position`` that makes a company of the name
    before it; none where a public body's one-character head follows (能源部, 能源局: the field of a ministry or an
    agency, ``org_words.tsv``)."""
    industry = next((word for word in COMPANY_INDUSTRIES if text.startswith(word, position)), None)
    return None if industry is None or text.startswith(ORG_CHARS, position + len(industry)) else industry


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
_COMPOUND_ORG = re.compile(f"({'|'.join(ORG_WORDS)}|{'|'.join(ORG_CHARS)})")


def compound_organisations(text: str, heads: list[Mention], end: int) -> list[Mention]:
    """Organisations named by a place and an organisation word right after it: 西哈州州政府, 阿拉木图市政府.

    A one-character word (部, 局) closes the name only before a break (``_AFTER_ORG_CHAR``); ``…部长`` is a
    title, not an organisation. Names with words between the place and the head (阿富汗工业与贸易部) are the
    tagger's.
    """
    mentions = []
    for head in heads:
        if head.label != "LOC":
            continue
        word = _COMPOUND_ORG.match(text, head.end, end)
        if not word:
            continue
        after = text[word.end() : end]
        if word.group() in ORG_CHARS and after and has_han(after[0]) and not after.startswith(_AFTER_ORG_CHAR):
            continue
        if after.startswith("长"):
            continue
        mentions.append(Mention(head.start, word.end(), "ORG", "compound_zh", "compound_zh", 0.65))
    return mentions


_MARKUP_TAG = re.compile(r"<[^<>\n]*>")


_WORD_GOES_ON = re.compile(r"[.-][0-9a-z]")
"""A Latin word that goes on after a dot or a hyphen with a digit or a small letter (RCP4.5, GRES-2, TOP-5,
QazCovid-in, Kim Ok-sun): a number, a model or a name read only in part, no body's name."""
_ROMAN_NUMERAL = re.compile("M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
"""A number in Roman numerals (III期测试: the third phase), no name."""


_HAN_LEGAL_FORMS = tuple(sorted((form for form in LEGAL_FORMS if has_han(form)), key=len, reverse=True))
_FIELD_WORDS = re.compile(f"(?:{'|'.join(sorted(map(re.escape, COMPANY_FIELDS), key=len, reverse=True))}){{1,3}}")
"""What a company does, up to three words of it, written between its Latin name and its kind."""


def _kind_after(text: str, position: int) -> str:
    """The kind of body written after a Latin name (`Jibek Joly电视台`: the station's name with its kind, as
    `“波克隆卡”影院`), with what the body does before the kind (`TAV机场控股公司`, `Cerberus资本管理公司`: the words
    of ``data/company_fields.tsv``, no others: `Kaspi预计银行…` is Kaspi); a legal form right after the name is none
    (`ZIKSTO有限责任公司` is ZIKSTO)."""
    if any(text.startswith(form, position) for form in _HAN_LEGAL_FORMS):
        return ""
    fields = _FIELD_WORDS.match(text, position)
    for start in (position, fields.end()) if fields else (position,):
        kind = next((word for word in _LONG_ORG_WORDS if text.startswith(word, start)), "")
        if kind:
            return text[position : start + len(kind)]
    return ""


_CATEGORY_NUMBER = re.compile(r"[A-Za-z]\d{2,}$")
"""Letters with a number written onto them (ATP500, WTA1000, A320): a tournament's category or a model, no body."""


_ORG_WORDS_IN_LATIN = frozenset(
    word.lower() for word in (*EN_ORG_WORDS, *EN_COMPANY_NOUNS, *EN_VENUE_HEADS, *LEGAL_FORMS) if word.isascii()
)
"""Words that make a Latin name a body's, whatever its first word (Dana Holdings, Tomiris Group)."""


def _label_by_given_name(name: str, kind: str = "") -> str:
    """How a name left in its own letters inside Chinese text is read: a person's when two or three words open with a
    known given name (Cyrillic, or its Latin spelling: `Арнур Рахимбеков表示`, `Arnur Rakhimbekov表示`), no later
    word is a body's (`Dana Holdings`) and no kind of body follows; a body's otherwise."""
    words = name.split()
    first = words[0].lower() if words else ""
    person = 2 <= len(words) <= 3 and (first in GIVEN_NAMES or first in given_name_genders())
    return "PER" if person and not kind and not any(w.lower() in _ORG_WORDS_IN_LATIN for w in words[1:]) else "ORG"


def latin_names(text: str, start: int, end: int) -> list[Mention]:
    """Latin-script names inside Chinese text (QazaqGaz, SOCAR, Semurg Invest): organisations as a rule, persons
    when they open with a given name. Words inside a markup tag left in the text (``<ADDREX TYPE="PHONE">``) are
    markup, not names."""
    tags = [tag.span() for tag in _MARKUP_TAG.finditer(text, start, end)]
    found = []
    for m in LATIN_NAME.finditer(text, start, end):
        if (
            m.group() not in LATIN_NOT_NAMES
            and len(m.group()) >= 3
            and not _ROMAN_NUMERAL.fullmatch(m.group())
            and not _CATEGORY_NUMBER.search(m.group())
            and not _WORD_GOES_ON.match(text, m.end())
            and not any(tag_start < m.end() and m.start() < tag_end for tag_start, tag_end in tags)
            and not _names_a_term(text, m.start(), m.end())
        ):
            kind = _kind_after(text, m.end())
            label = _label_by_given_name(m.group(), kind)
            found.append(Mention(m.start(), m.end() + len(kind), label, f"latin_in_zh:{label}", "latin_zh", 0.6))
    return found


_NO_HAN = r"[^“”\"«»《》\u4e00-\u9fff\n]*"
_LATIN_TITLE = re.compile(rf"[《“\"«]{_NO_HAN}\b[a-z]{{2,}}\b{_NO_HAN}[》”\"»]")
"""An English phrase in Latin letters, with a lower-case word, in title or quotation marks (《Korea and Kazakhstan,
Time of Diaspora…》, `"All for one. And one for all"`): a work's name or a slogan, whose capitalised words name no
body; a name without lower-case words (《China Daily》, `“Jibek Joly”电视台`) is not one."""


def _latin_titles(text: str) -> list[tuple[int, int]]:
    """The spans of the English phrases in title or quotation marks (``_LATIN_TITLE``) written in Chinese text: a
    Chinese character right before or after each (an English article's quotations are its own)."""
    return [
        title.span()
        for title in _LATIN_TITLE.finditer(text)
        if has_han(text[title.start() - 1 : title.start()]) or has_han(text[title.end() : title.end() + 1])
    ]


def _names_a_term(text: str, start: int, end: int) -> bool:
    """Whether a Latin abbreviation names a term, not a body: a term's head follows it (`GMP标准`, `STEM学科`;
    ``term_heads.tsv``)."""
    return text.startswith(TERM_HEADS, end)


def _bracketed_bodies_named(text: str, candidates: list[Mention]) -> list[Mention]:
    """Candidates without an abbreviation in brackets after Chinese words that name no body: it is the other name
    of what stands before it (`光明之路党（KHP）`, the party's; `国际空间站（ISS）` the station's, no body), kept
    where the words end as a body's name does (`德国学术交流中心（DAAD）`) though the tagger missed it; a name of
    several words (`（Almaty Arena）`) is left to the recognisers."""
    body_ends = {m.end for m in candidates if m.label == "ORG" and has_han(text[m.start : m.end])}
    things = [
        bracket.span()
        for bracket in _BRACKETED_LATIN.finditer(text)
        if bracket.start() > 0
        and has_han(text[bracket.start() - 1])
        and bracket.start() not in body_ends
        and not text.endswith(_ORG_TOKEN_ENDINGS, 0, bracket.start())
    ]  # brackets after words that name no body
    if not things:
        return candidates
    return [
        mention
        for mention in candidates
        if not (
            mention.label == "ORG"
            and _ABBREVIATION.fullmatch(text, mention.start, mention.end)
            and any(start < mention.start and mention.end < end for start, end in things)
        )
    ]


_BRACKETED_LATIN = re.compile(r"[（(][A-Za-z0-9/ .&-]+[）)]")
_ABBREVIATION = re.compile("[A-Z]{2,6}")


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


_TITLES_PATTERN = "|".join(sorted(set(PERSON_TITLES) - set(HONORIFICS), key=len, reverse=True))
_TITLED_CHINESE_NAME = re.compile(
    f"(?:{_TITLES_PATTERN})([{''.join(sorted(CHINESE_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    f"(?=(?:{'|'.join(sorted(SPEAKER_ADVERBS, key=len, reverse=True))})*"
    "(?:[，。、；：）)]|在|表示|指出|说|称|会见|与|和|率|出席|介绍|强调|等|时|摄|的))"
)
"""A title, then a Chinese name (surname and one or two characters) before what it does; an adverb between
(总领事蒋薇也强调) is no part of the name, nor what closes a list, a time, a photo's credit or a possessive after
it (院长吴彬等, 副委员长谢非时表示, 记者刘宇摄, 教练高珲的率领)."""
_PRONOUN_CHARS = frozenset("我你他她们")
"""Characters of personal pronouns: no given name holds one (负责人向我们介绍: to us)."""


def chinese_titled_names(text: str, start: int, end: int) -> list[Mention]:
    """Chinese names right after a title: 大使韩春霖, 董事长丁海 (surname + one or two characters)."""
    mentions = []
    for match in _TITLED_CHINESE_NAME.finditer(text, start, end):
        if "某" in match.group(1):
            continue  # 刘某: a name withheld
        if len(match.group(1)) == 3 and match.group(1).endswith("方"):
            continue  # `部长向吉方介绍`: to the Kyrgyz side, a preposition and a side of the talks
        if _PRONOUN_CHARS & set(match.group(1)[1:]):
            continue  # `负责人向我们介绍`: a preposition and a pronoun
        mentions.append(Mention(match.start(1), match.end(1), "PER", "zh_name:titled", "zh_name", 0.6))
    return mentions


_BODY_TITLES = tuple(title for title in PERSON_TITLES if len(title) > 1)


def merges_into_title(text: str, start: int, end: int) -> bool:
    """Whether the last character of a body's name also begins a title (外交部长, 能源部长: the minister of a
    ministry is written with one 部): the name then stands for the person, and the body is not named, unless its
    field is a compound one (科学和高等教育部长, 劳动和社会保障部长: the ministry's name, then its minister), as the
    gold lists it; 哈萨克斯坦能源部长 stays the minister."""
    if not (end > 0 and text.startswith(_BODY_TITLES, end - 1)):
        return False
    return not any(joiner in text[start : end - 1] for joiner in _FIELD_JOINERS)


def _names_a_side(text: str, start: int, end: int, label: str) -> bool:
    """Whether a span ending in 方 is a side of a talk (哈方, 中俄方, 各方), not a name: a person's or a body's name of
    three characters or more that opens with a surname, not with places' one-character names, ends in 方 as well
    (邓朴方, 杨明方; 韩美方 is two sides)."""
    if not text.endswith("方", start, end):
        return False
    if label == "LOC" or end - start < 3 or text[start] not in CHINESE_SURNAMES:
        return True
    return all(char in PLACE_ABBREVIATIONS for char in text[start : end - 1])


def _title_across_end(text: str, start: int, end: int) -> int | None:
    """Where a title of three characters or more begins inside a body's span and runs on past its end, after a
    name that ends as a body's does (哈萨克斯坦国家铁路公司 + 董事会主席): the body ends there; None otherwise."""
    for position in range(start + 2, end):
        for title in _LONG_TITLES:
            if text.startswith(title, position) and position + len(title) > end:
                return position if text.endswith(_LONG_ORG_WORDS, start, position) else None
    return None


_LONG_TITLES = tuple(title for title in PERSON_TITLES if len(title) >= 3)
"""Titles that hold a body's head word (董事会主席, 委员会主席): a body read into one ends before it."""
_FIELD_JOINERS = ("和", "与", "及")
"""What joins the parts of a compound field (劳动和社会保障部)."""


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


def bodies_named_after_people(text: str, names: Sequence[Mention], tagged: Sequence[Mention]) -> list[Mention]:
    """阿布勒罕·哈斯帖夫国家艺术博物馆: a body named after a person. The tagger sees the body's head run into the
    end of a transliterated full name (…夫国家艺术博物馆) but not the name; the rule sees the name. The body runs
    from the name to the head when a span of the tagger begins inside the name or right after it and ends
    with a word that makes a body (博物馆, 大学), and no title follows the name (托卡耶夫总统办公厅 is no body
    named after him)."""
    bodies = []
    for person in names:
        if person.label != "PER" or not any(j in text[person.start : person.end] for j in NAME_JOINERS):
            continue
        if text.startswith(PERSON_TITLES, person.end):
            continue
        for span in tagged:
            if person.start < span.start <= person.end < span.end and text[span.start : span.end].endswith(
                ORG_SUFFIXES
            ):
                bodies.append(Mention(person.start, span.end, "ORG", "translit+body", "translit_zh", 0.7))
    return bodies


_LIST_JOINER = re.compile("[、及]")
"""What joins the items of a Chinese list (阿拉尔、哈扎勒及锡尔河); 和 and 与 are as often "with"
(在阿斯塔纳和卡林会面)."""


_ITEM_END = re.compile(r"[、及等，。；：,;:）)]|$")
"""What follows a place that is a whole item of a list (锡尔河等地区), not the start of one (美国前国务卿基辛格)."""


_NAMED_AFTER = "named_after:ORG"
"""The fine label of a body named after a person (纳扎尔巴耶夫大学)."""


def candidate_rules(text: str, candidates: list[Mention]) -> list[Mention]:
    """The Chinese rules over every recogniser's candidates (the language's ``candidate_rules``): nothing inside
    a Latin title or a quoted English phrase is a name of the text (`《Korea and Kazakhstan, Time of Diaspora…》`,
    as names inside an event's title are not), nor inside a thing's quoted name (“光明大道”国家计划), an
    abbreviation in brackets is a body's only after one, and known places are apart from the place after them."""
    titles = [*_latin_titles(text), *_named_things(text)]
    outside_titles = [
        m
        for m in candidates
        if not any(a <= m.start and m.end <= b for a, b in titles) and not (m.label == "LOC" and _names_event(text, m))
    ]
    datelines = [(m.start, m.end) for m in outside_titles if m.recogniser == "wire_zh"]
    if datelines:  # `新华网阿拉木图5月13日电`: the outlet and the place, no name run over both
        outside_titles = [
            m
            for m in outside_titles
            if m.recogniser == "wire_zh"
            or not any(s < m.end and m.start < e and (s, e) != (m.start, m.end) for s, e in datelines)
        ]
    return _missions_whole(
        text,
        known_places_apart(text, _without_joined_known_names(text, _bracketed_bodies_named(text, outside_titles))),
    )


_MISSION_HEADS = "|".join(sorted(MISSION_HEADS, key=len, reverse=True))
_MISSION = re.compile(rf"驻(?P<host>[^\s，,。；、“”]{{1,12}}?)(?:{_MISSION_HEADS})")
"""`驻哈萨克斯坦大使馆`, `驻华使馆`: 驻, the host country and a mission's head."""


def _missions_whole(text: str, candidates: list[Mention]) -> list[Mention]:
    """`中国驻哈萨克斯坦大使馆` is one body, as MSRA and the gold list a mission, where the tagger read only the two
    countries: a place (or a one-character name: 驻华) after 驻 and before a mission's head, with the sending country
    as a place right before 驻, make the body; its places are no names of their own. (Where the tagger read the
    mission without its sending country, `_with_sending_country` widens it.)"""
    if "驻" not in text:
        return candidates
    places = {(m.start, m.end) for m in candidates if m.label == "LOC"}
    starts_of_place_ending = {end: start for start, end in places}
    bodies = []
    for mission in _MISSION.finditer(text):
        host = mission.span("host")
        if host not in places and not (host[1] - host[0] == 1 and mission["host"] in PLACE_ABBREVIATIONS):
            continue
        sender = starts_of_place_ending.get(mission.start())
        if sender is None:
            continue
        if any(m.label == "ORG" and m.start <= sender and mission.end() <= m.end for m in candidates):
            continue  # a body the tagger read already, as long or longer
        bodies.append(Mention(sender, mission.end(), "ORG", "mission:ORG", "model_zh", 0.8))
    return [*candidates, *bodies] if bodies else candidates


_NAMED_THING = re.compile(
    r"(?:[“「«][^“”「」«»\n]{1,20}[”」»]|\"[^\"“”「」«»，。,.:：;；！？!?\s]{1,12}\")"
    r"(?:[(（][ \t]*[A-Za-z][A-Za-z .'-]*[)）])?"
    f"(?:{'|'.join(map(re.escape, NAMED_THING_HEADS))})"
)
"""A name in quotation marks (straight ones too, around a name alone: "光明大道"国家项目), perhaps with its Latin form
in brackets, before a word that makes it a thing's: an award (二级“巴尔斯”勋章), a programme (“光明大道”国家计划,
“博拉沙克”(Bolashak)奖学金), a building (“阿拉套”综合体)."""


def _names_event(text: str, mention: Mention) -> bool:
    """Whether a place opens an event's name (亚洲锦标赛, 北京冬奥会, 阿斯塔纳国际论坛): the gold lists no place
    inside an event's name."""
    after = mention.end + len(_INTERNATIONAL) if text.startswith(_INTERNATIONAL, mention.end) else mention.end
    return text.startswith(EVENT_WORDS, after)


_INTERNATIONAL = "国际"
"""What may stand between a place and the event it names (阿斯塔纳国际论坛)."""


def _named_things(text: str) -> list[tuple[int, int]]:
    """Where things are named (``_NAMED_THING``): no place, person or body inside, as none inside a title."""
    return [match.span() for match in _NAMED_THING.finditer(text)]


def _without_joined_known_names(text: str, candidates: list[Mention]) -> list[Mention]:
    """Candidates without a span that is only names the gazetteer knows joined by 和, 与, 及 or 、 (`黑石和辉瑞公司`:
    two companies, not one): the known names stand on their own."""
    known = sorted((m.start, m.end) for m in candidates if m.recogniser == "gazetteer")
    if len(known) < 2:
        return candidates
    starts = [start for start, _ in known]
    kept = []
    for mention in candidates:
        if mention.recogniser != "gazetteer":
            first, last = bisect.bisect_left(starts, mention.start), bisect.bisect_left(starts, mention.end)
            inside: list[tuple[int, int]] = []
            for span in (span for span in known[first:last] if span[1] <= mention.end):  # the longest of those nested
                if inside and span[0] < inside[-1][1]:
                    inside[-1] = max(inside[-1], span, key=lambda known_span: known_span[1] - known_span[0])
                else:
                    inside.append(span)
            if (
                len(inside) >= 2
                and inside[0][0] == mention.start
                and inside[-1][1] == mention.end
                and all(
                    text[a_end:b_start] in _NAME_JOINING_WORDS
                    for (_, a_end), (b_start, _) in itertools.pairwise(inside)
                )
            ):
                continue
        kept.append(mention)
    return kept


_NAME_JOINING_WORDS = frozenset({"和", "与", "及", "、", "以及", "同"})
"""What joins two names into a list, never a name of its own."""


def known_places_apart(text: str, candidates: list[Mention]) -> list[Mention]:
    """A name the tagger ran into the known place before it is the name without the place, as MSRA and the
    gold both write them:
    - a place (俄罗斯克拉斯诺达尔市, 塞尔维亚尼什市, 卡塔尔多哈: 俄罗斯 + 克拉斯诺达尔市), cut to what
      follows the known place when that is a known place too (多哈), or ends as a place's name does (市, 州,
      省, 县) and is no autonomous area of it (伊犁哈萨克自治州);
    - a body named after a known person, a body's head after the name (哈萨克斯坦 + 纳扎尔巴耶夫大学, as MSRA
      writes 泰国 + 朱拉隆功大学): where it is, not its name; not after a region or a city written with its
      noun (北哈州霍兹巴耶夫国立大学), nor before a known body or place (巴基斯坦外交部, 哈萨克斯坦里海管道联盟)."""
    known: dict[int, list[Mention]] = {}  # the gazetteer's names by where they start
    for mention in candidates:
        if mention.recogniser == "gazetteer":
            known.setdefault(mention.start, []).append(mention)
    if not known:
        return candidates
    cut: list[Mention] = []
    for mention in candidates:
        places = [m for m in known.get(mention.start, ()) if m.label == "LOC" and m.end < mention.end]
        if mention.label == "LOC" and mention.recogniser != "gazetteer" and places:
            place_end = max(m.end for m in places)
            rest = text[place_end : mention.end]
            if any(m.end == mention.end for m in known.get(place_end, ()) if m.label == "LOC") or (
                len(rest) >= _OWN_PLACE_LETTERS
                and rest[-1] in _OWN_PLACE_ENDS
                and rest[0] not in _PLACE_CHARS
                and _AUTONOMOUS not in rest
                and has_han(rest)
            ):
                mention = dataclasses.replace(mention, start=place_end)
        elif mention.label == "ORG" and mention.recogniser != "gazetteer":
            place = next(
                (
                    place
                    for place in places
                    if text[place.end - 1] not in _OWN_PLACE_ENDS
                    and any(
                        named.label == "PER" and text[named.end : mention.end] in ORG_SUFFIXES
                        for named in known.get(place.end, ())
                    )
                ),
                None,
            )
            if place is not None:
                mention = dataclasses.replace(mention, start=place.end, entity_id=None)
        cut.append(mention)
    return cut


_OWN_PLACE_ENDS = frozenset("市州省县")
"""What a place's own name ends in after the known place that holds it (克拉斯诺达尔市, 尼什市)."""
_OWN_PLACE_LETTERS = 3
"""Characters that place needs at least: 州 alone after 阿拉木图 is the region's own name (阿拉木图州)."""
_AUTONOMOUS = "自治"


def document_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """The Chinese rules over several mentions (the language's ``mention_rules``)."""
    found = natural_areas(
        text,
        events_opening_bodies(
            text,
            places_opening_bodies(
                text,
                persons_naming_bodies(
                    text,
                    intergovernmental_bodies(
                        text, bodies_of_joined_fields(text, places_in_lists(text, untagged_list_places(text, mentions)))
                    ),
                ),
            ),
        ),
    )
    return one_character_surnames(
        text,
        persons_the_text_bears_out(
            text, places_before_routes(text, places_naming_languages(text, local_governments(text, found)))
        ),
    )


def one_character_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one-character surname of a full name the document gives (阿列克谢·崔, a Korean surname), written alone
    before a verb of saying, a title or a meeting (`崔感谢中方…，表示…`, `崔部长`): that person again. A character
    alone is a name only there, where the text shows a person."""
    surnames = {
        name[-1]
        for mention in mentions
        if mention.label == "PER" and len(name := text[mention.start : mention.end]) >= 3 and name[-2] in NAME_DOTS
    }
    if not surnames:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    found = list(mentions)
    for surname in surnames:
        for at in (m.start() for m in re.finditer(re.escape(surname), text)):
            if (at and text[at - 1] in NAME_DOTS) or not text.startswith(_PERSON_CONTEXT, at + 1):
                continue
            inside = bisect.bisect_right(taken, (at, len(text))) - 1
            if inside >= 0 and taken[inside][0] <= at < taken[inside][1]:
                continue  # a character of a name found already
            found.append(Mention(at, at + 1, "PER", "surname_of_full_name", "surname", 0.7))
    return sorted(found, key=lambda m: m.start)


_PERSON_CONTEXT = (*REPORTING_VERBS, *PERSON_TITLES, *(word for word in NAME_CONTEXT if len(word) > 1))
"""Words after a name that make it a person's: a verb of saying, a title, meeting or signing (会见, 签署)."""
_ADVERB_THEN = re.compile(f"(?:{'|'.join(map(re.escape, SPEAKER_ADVERBS))})?")
_TO_A_TITLE = re.compile(f"向(?:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})")
"""`X向总统汇报`: one who turns to an office holder is a person."""


def persons_the_text_bears_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """A transliteration the tagger alone read as a person, in one part and without a surname's ending (斋月,
    琼布拉克, 拉纳卡), is a person only where the text bears it out. A news article introduces the people it
    names: a verb of saying, a title or a meeting beside one of its mentions (穆塔利普指出, 据萨热姆介绍), or a full
    name it is part of (·穆塔利普). A text of a sentence or two has no room for that; there the name goes
    only where the text shows something else: a noun after it (纳乌鲁兹节, 哈乌边境; ``data/not_person_heads.tsv``),
    a dash joining it to another name (阿拉木图—拉纳卡: a route), or a work's title (《纳巴特行动》)."""
    doubtful = {
        name
        for mention in mentions
        if mention.label == "PER"
        and mention.recogniser == "model_zh"
        and len(name := text[mention.start : mention.end]) >= 2
        and all(char in TRANSLIT_CHARS for char in name)
        and not name.endswith(SURNAME_ENDINGS)
    }
    if not doubtful:
        return mentions
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in mentions:
        if (name := text[mention.start : mention.end]) in doubtful:
            spans.setdefault(name, []).append((mention.start, mention.end))
    an_article = len(_SENTENCE_ENDS.findall(text)) >= _ARTICLE_SENTENCES
    not_persons = {
        name
        for name, found in spans.items()
        if (an_article or any(_shows_a_thing(text, start, end) for start, end in found))
        and not any(joiner + name in text or name + joiner in text for joiner in NAME_JOINERS)
        and not any(_shows_a_person(text, start, end) for start, end in found)
    }
    return [m for m in mentions if m.label != "PER" or text[m.start : m.end] not in not_persons]


_DASHES = frozenset("—–-－")
_SENTENCE_ENDS = re.compile("[。！？]")
_ARTICLE_SENTENCES = 3
"""Sentences a text needs before its people are expected to be introduced in it."""


def _shows_a_thing(text: str, start: int, end: int) -> bool:
    return (
        text.startswith(NOT_PERSON_HEADS, end)
        or text[end : end + 1] in _DASHES
        or (start > 0 and text[start - 1] in _DASHES and text[start - 2 : start - 1] not in ("", "\n", "，", "。"))
        or text[start - 1 : start] == "《"
    )


def _shows_a_person(text: str, start: int, end: int) -> bool:
    after = _ADVERB_THEN.match(text, end)
    return (
        text.startswith(_PERSON_CONTEXT, after.end() if after else end)
        or _TO_A_TITLE.match(text, after.end() if after else end) is not None
        or _titled_at(text, max(0, start - 8), start)
        or text.endswith("据", 0, start)
        or (text.endswith(_WITH, 0, start) and text.startswith(_TALKS_AFTER, after.end() if after else end))
    )


_WITH = ("与", "同", "跟")
_TALKS_AFTER = ("举行", "会谈", "会晤", "通电话", "见面")
"""`与阿拉法特举行了一次会谈`: one held talks with a person (`在X举行`, held in X, is a place's)."""


_LANGUAGE_AFTER = re.compile("语(?![境录调气义])")
"""A place's name written before 语 makes a language (俄语, 西班牙语、阿拉伯语书籍, 韩语版); not before 语境 (a
context), 语录, 语调, 语气 or 语义."""


def places_naming_languages(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place whose name makes a language's (俄语, 韩语, 西班牙语和阿拉伯语) is no place of the text: the books are in
    Russian, not in Russia."""
    return [m for m in mentions if m.label != "LOC" or _LANGUAGE_AFTER.match(text, m.end) is None]


def places_before_routes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A transliterated place the tagger read together with the route after it is the place (杰兹卡兹甘铁路 ->
    杰兹卡兹甘): the railway is no place of the text. Names of three transliteration characters or more, or a
    route's second end after its dash (巴克图-塔琴铁路 -> 塔琴); Chinese route names made of place abbreviations
    (京九铁路) stay whole."""
    found = []
    for mention in mentions:
        name = text[mention.start : mention.end]
        route = next((word for word in ROUTE_WORDS if name.endswith(word)), "") if mention.label == "LOC" else ""
        place = name[: len(name) - len(route)]
        second_end = mention.start > 0 and _HYPHENS.match(text, mention.start - 1) is not None
        if route and (len(place) >= 3 or second_end) and all(char in TRANSLIT_CHARS for char in place):
            mention = dataclasses.replace(mention, end=mention.end - len(route), entity_id=None)
        found.append(mention)
    return found


_AREA_JOINER = re.compile("[-‐－–—]")
"""What joins two places into one area's name (伊犁-巴尔喀什保护区, 伊犁—阿拉套国家自然公园)."""


def natural_areas(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place before a nature-area word is the area, named in full (布拉拜 + 国家自然公园 -> 布拉拜国家自然公园),
    with a place joined to it by a hyphen (伊犁-巴尔喀什保护区) or its quotation marks (“赫罗姆套”工业区), the same
    for a resort or an economic zone (琼布拉克高山滑雪场), or an ancient city whose name the tagger read as a
    person's (博佐克古城, and 博佐克 alone in the same text); a place before an animal's name is part of that name
    (里海虎), and one before a term's word part of the term (波罗的海基准系统), no place of the text. Mentions in text
    order."""
    found: list[Mention] = []
    places_read_as_persons: set[str] = set()
    for mention in mentions:
        if mention.label == "PER" and text.startswith(NATURE_HEADS, mention.end):
            places_read_as_persons.add(text[mention.start : mention.end])
            mention = dataclasses.replace(mention, label="LOC", entity_id=None)  # `博佐克古城`: read as a person
        if mention.label != "LOC":
            found.append(mention)
            continue
        if text.startswith(SPECIES_WORDS, mention.end) or text[mention.start : mention.end].endswith(SPECIES_WORDS):
            continue  # 里海虎, or the tagger's 布哈拉鹿: an animal
        if text.startswith(PLACE_TERMS, mention.end):
            continue  # 波罗的海基准系统, 香港流感: a term named after the place
        head_at = next(
            (
                (at, word)
                for word in NATURE_HEADS
                if (at := text.find(word, mention.start + 2, mention.end + len(word))) != -1 and at <= mention.end
            ),
            None,
        )  # right after the place, or begun inside what the tagger took (阿拉木图都市|圈)
        quoted = mention.start > 0 and _CLOSING_MARK.get(text[mention.start - 1]) == text[mention.end : mention.end + 1]
        if head_at is None and quoted:  # `“赫罗姆套”工业区`: the area's name in quotation marks, marks and all
            head_at = next(
                ((mention.end + 1, word) for word in NATURE_HEADS if text.startswith(word, mention.end + 1)), None
            )
        if head_at is None:
            found.append(mention)
            continue
        start = mention.start - 1 if quoted and head_at[0] == mention.end + 1 else mention.start
        previous = found[-1] if found else None
        if previous is not None and previous.label == "LOC" and _AREA_JOINER.fullmatch(text, previous.end, start):
            start = found.pop().start
        end = head_at[0] + len(head_at[1])
        found.append(dataclasses.replace(mention, start=start, end=end, label_fine="nature_area:LOC", entity_id=None))
    return [  # `博佐克是8至16世纪的古城`: the same name alone is that place too
        dataclasses.replace(m, label="LOC", entity_id=None)
        if m.label == "PER" and text[m.start : m.end] in places_read_as_persons
        else m
        for m in found
    ]


def bodies_of_joined_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body whose name joins two fields (哈萨克肿瘤学和放射学研究所: the institute of oncology and radiology) that
    the tagger cut at the conjunction is one body: the part before it names no body of its own (no head word such
    as 部, 委员会, 研究所) and ends as the field before the other part's head does (学 … 学). Two bodies joined so
    stay two (外交部和内务部, 联合国和伊斯兰会议组织). Mentions in text order."""
    heads = tuple(sorted((*ORG_WORDS, *BODY_HEADS), key=len, reverse=True))

    def with_field(field: Mention, body: Mention) -> Mention | None:
        if not (
            field.label == body.label == "ORG" and body.start - field.end == 1 and text[field.end] in _FIELD_JOINERS
        ):
            return None  # looked at first: the head words are many
        head = next((word for word in heads if text.endswith(word, body.start, body.end)), None)
        if head is None or text.endswith(heads, field.start, field.end):
            return None
        if body.end - len(head) - 1 <= body.start or text[field.end - 1] != text[body.end - len(head) - 1]:
            return None  # 联合国和伊斯兰会议组织: a body's name, then another body, not two fields of one
        return dataclasses.replace(body, start=field.start, entity_id=None)

    return joined_neighbours(mentions, with_field)


def intergovernmental_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body of governments (政府间): `欧亚经济联盟政府` + `间理事会`, which the tagger cut after 政府, is one body,
    and so is `哈萨克斯坦共和国与俄罗斯联邦` + `政府间` + `合作委员会` (or `哈俄` + …), the places or sides that own it
    and the words between taken into its name (the gold lists the whole; places inside a body's name are not
    listed). Mentions in text order."""
    found: list[Mention] = []
    for mention in mentions:
        previous = found[-1] if found else None
        if (
            mention.label == "ORG"
            and previous is not None
            and previous.label == "ORG"
            and text.endswith(_INTERGOVERNMENTAL[:2], previous.start, previous.end)
            and text.startswith(_INTERGOVERNMENTAL[2:], previous.end)
            and mention.start <= previous.end + 1
        ):  # `欧亚经济联盟政府` + `间理事会`
            found[-1] = dataclasses.replace(previous, end=mention.end, entity_id=None)
            continue
        if mention.label == "ORG" and text.endswith(_INTERGOVERNMENTAL, 0, mention.start):
            start = mention.start - len(_INTERGOVERNMENTAL)
            while found and found[-1].label == "LOC" and found[-1].end == start:
                start = found.pop().start  # `…俄罗斯联邦` + 政府间: the owner is part of the name
                if start > 0 and text[start - 1] in _FIELD_JOINERS and found and found[-1].end == start - 1:
                    start -= 1  # `哈萨克斯坦共和国与`
            sides = text[max(0, start - 2) : start]
            if len(sides) == 2 and all(has_han(char) for char in sides) and set(sides) & set(SIDE_ABBREVIATIONS):
                start -= 2  # `哈俄政府间合作委员会`: the two sides' one-character names
            mention = dataclasses.replace(mention, start=start, entity_id=None)
        found.append(mention)
    return found


_INTERGOVERNMENTAL = "政府间"
"""`Intergovernmental`, written inside a body's name (政府间合作委员会, 政府间理事会)."""
_FIELD_JOINERS = "和与及"
"""Conjunctions between the fields a body's name joins (肿瘤学和放射学研究所)."""


def persons_naming_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name written right before a body's name that ends in a word a body named after someone ends
    in (大学, 剧院, 制片厂) is part of that name (沙肯•阿伊马诺夫 + 哈萨克电影制片厂: the Shaken Aimanov Kazakhfilm
    studio), not a person of the text. Mentions in text order."""

    def with_person(person: Mention, body: Mention) -> Mention | None:
        named = person.label == "PER" and body.label == "ORG" and person.end == body.start
        if named and text[body.start : body.end].endswith(ORG_SUFFIXES):
            return dataclasses.replace(body, start=person.start, label_fine=_NAMED_AFTER, entity_id=None)
        return None

    return joined_neighbours(mentions, with_person)


_LOCAL_BODY = re.compile(f"[市州]?(?:{'|'.join(LOCAL_BODY_WORDS)})")
"""What makes a body of the city or region before it (阿斯塔纳市政府, 阿克莫拉州马斯利哈特; ``local_bodies.tsv``)."""
_TRANSLITERATED_LOCAL_BODY = re.compile(f"[市州]?(?:{'|'.join(TRANSLITERATED_LOCAL_BODIES)})")
"""A local body's Kazakh word, perhaps after its level (州马斯利哈特): a body or no name, never a person."""


def local_governments(text: str, mentions: list[Mention]) -> list[Mention]:
    """A city or a region and 政府 right after it (阿斯塔纳市政府, 阿拉木图州政府: the akimat) is one body, as the gold
    lists it, the place not on its own; the place must end in 市 or 州, or take it before 政府, so that a country
    and its government keep MSRA's reading (韩国 + 政府). The same for the Kazakh words of the local bodies
    (阿拉木图州马斯利哈特), which the tagger reads as persons: one with only 州 or 市 before it is the body
    (州马斯利哈特), one alone no name."""
    found: list[Mention] = []
    covered_until = -1
    for mention in mentions:
        if mention.end <= covered_until:
            continue  # the body word the tagger read apart, now part of its place's body
        body = _LOCAL_BODY.match(text, mention.end) if mention.label == "LOC" else None
        local = body is not None and (text[mention.end - 1] in "市州" or body.group()[0] in "市州")
        if body is not None and local:
            mention = Mention(mention.start, body.end(), "ORG", "local_government:ORG", "model_zh", 0.8)
            covered_until = body.end()
        elif mention.label == "PER" and _TRANSLITERATED_LOCAL_BODY.fullmatch(text, mention.start, mention.end):
            if text[mention.start] not in "市州":
                continue  # `马斯利哈特`: the council, described, no person and no name
            mention = Mention(mention.start, mention.end, "ORG", "local_government:ORG", "model_zh", 0.8)
        found.append(mention)
    return found


def places_opening_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place written right before a body is part of the body's name where the body is named after a person (北哈州 +
    霍兹巴耶夫国立大学 -> 北哈州霍兹巴耶夫国立大学) or is a ministry the gazetteer knows by its bare name (泰国 +
    旅游和体育部: the gold lists a country's ministry whole, 俄罗斯外交部), which is then that country's, not the
    one of Kazakhstan the bare name links to. Mentions in text order."""

    def with_place(place: Mention, body: Mention) -> Mention | None:
        if place.label != "LOC" or body.label != "ORG" or place.end != body.start:
            return None
        if body.label_fine == _NAMED_AFTER:
            return dataclasses.replace(body, start=place.start, entity_id=None)
        if body.recogniser == "gazetteer" and text.endswith(_MINISTRY, body.start, body.end):
            home = place.entity_id == HOME_COUNTRY
            return dataclasses.replace(body, start=place.start, entity_id=body.entity_id if home else None)
        return None

    return joined_neighbours(mentions, with_place)


def events_opening_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """An event written right before a body is part of the body's name (世界游牧民族运动会 + 国际秘书处, + 组委会: the
    games' secretariat, one body, the event not listed on its own); a body the tagger began inside an event's head
    word (冬|奥会组委会) begins with that word. Mentions in text order."""

    def with_event(event: Mention, body: Mention) -> Mention | None:
        if event.label != "MISC" or body.label != "ORG" or event.end != body.start:
            return None
        return dataclasses.replace(body, start=event.start, entity_id=None)

    found = []
    for mention in mentions:
        if mention.label == "ORG":
            opening = next(
                (
                    mention.start - inside
                    for word in EVENT_WORDS
                    for inside in range(1, len(word))
                    if text.startswith(word, mention.start - inside) and mention.start - inside >= 0
                ),
                None,
            )
            if opening is not None:
                mention = dataclasses.replace(mention, start=opening, entity_id=None)
        found.append(mention)
    return joined_neighbours(found, with_event)


def places_in_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Unlinked persons listed with a place are places (向阿拉尔、哈扎勒、卡尔马克什及锡尔河等地区): a list
    names things of one kind, and a transliterated district reads like a name. Mentions in text order; one
    sweep each way carries a place along the whole list."""
    found = list(mentions)
    for index in range(1, len(found)):  # the place before: 锡尔河及阿拉尔
        listed = index > 1 and bool(_LIST_JOINER.fullmatch(text, found[index - 2].end, found[index - 1].start))
        found[index] = _listed_place(text, found[index], found[index - 1], found[index - 1], found[index], listed)
    for index in range(len(found) - 2, -1, -1):  # the place after: 阿拉尔及锡尔河, 托布勒、库斯塔奈和特罗伊茨克
        listed = bool(_LIST_JOINER.fullmatch(text, found[index].end, found[index + 1].start))
        found[index] = _listed_place(text, found[index], found[index + 1], found[index], found[index + 1], listed)
    return found


def untagged_list_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Transliterated names no recogniser read, listed with 、 or 及 beside a place (`阿特巴萨尔、耶斯勒、托布勒、
    库斯塔奈和特罗伊茨克`): places, as the items of a list are things of one kind. Each new place carries the list
    on. Mentions in text order."""
    covered = bytearray(len(text) + 1)  # the characters some mention holds: one look per item, whatever the length
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    found = list(mentions)
    queue = [m for m in mentions if m.label == "LOC"]
    while queue:
        place = queue.pop()
        for item in (_list_item_after(text, place.end), _list_item_before(text, place.start)):
            if item is None or any(covered[item[0] : item[1]]):
                continue
            new = Mention(item[0], item[1], "LOC", "list:LOC", "model_zh", 0.5)
            covered[item[0] : item[1]] = b"\x01" * (item[1] - item[0])
            found.append(new)
            queue.append(new)
    return sorted(found, key=lambda m: (m.start, m.end)) if len(found) > len(mentions) else found


def _list_item_after(text: str, end: int) -> tuple[int, int] | None:
    """The transliterated item right after a list joiner at ``end``, when it is a whole item."""
    if not _LIST_JOINER.match(text, end):
        return None
    start = end + 1
    stop = start
    while stop < len(text) and text[stop] in TRANSLIT_CHARS and stop - start < _MOST_ITEM:
        stop += 1
    whole = _ITEM_END.match(text, stop) or text.startswith("和", stop)
    return (start, stop) if stop - start >= _LEAST_ITEM and whole else None


def _list_item_before(text: str, start: int) -> tuple[int, int] | None:
    """The transliterated item right before a list joiner ending at ``start``, when it is a whole item."""
    if start == 0 or not _LIST_JOINER.match(text, start - 1):
        return None
    stop = start - 1
    first = stop
    while first > 0 and text[first - 1] in TRANSLIT_CHARS and stop - first < _MOST_ITEM:
        first -= 1
    whole = first == 0 or _ITEM_START.match(text, first - 1) is not None
    return (first, stop) if stop - first >= _LEAST_ITEM and whole else None


_ITEM_START = re.compile(r"[、及，。；：,;:（(\s]")
"""What precedes an item that opens a list (`，耶斯勒、`)."""
_LEAST_ITEM, _MOST_ITEM = 2, 8
"""Characters a transliterated list item runs to."""


def _listed_place(
    text: str, mention: Mention, place: Mention, first: Mention, second: Mention, listed: bool = False
) -> Mention:
    """``mention`` as a place when it is an unlinked person, or a body named by a bare transliteration (伊列茨克),
    joined in a list to ``place``, a whole item; by 和 too when ``place`` is itself an item of a 、 list
    (多斯特克、卡尔塔勒和萨热阿尕什)."""
    written = text[mention.start : mention.end]
    bare_body = mention.label == "ORG" and all(char in TRANSLIT_CHARS for char in written)
    if mention.label == "PER" and _reads_as_chinese_name(written):
        return mention  # `任命张皓若、陆江、阎敦实…`: Chinese persons listed, one of them read as a place
    joined = _LIST_JOINER.fullmatch(text, first.end, second.start) or (
        listed and text[first.end : second.start] == "和"
    )
    if (
        (mention.label == "PER" or bare_body)
        and mention.recogniser != "gazetteer"
        and place.label == "LOC"
        and joined
        and (_ITEM_END.match(text, place.end) or (listed and text.startswith("和", place.end)))
    ):
        return dataclasses.replace(mention, label="LOC", label_fine="list:LOC", entity_id=None)
    return mention


def _reads_as_chinese_name(name: str) -> bool:
    """A Chinese person's name (周道炯, 陈顺恒): two or three characters from a common surname (as
    ``translit.chinese_surname`` reads one, without loading pinyin), not all of them characters transliterations are
    written with (阿拉尔, 哈扎勒 are)."""
    return 2 <= len(name) <= 3 and name[0] in CHINESE_SURNAMES and not all(char in TRANSLIT_CHARS for char in name)


def find_transliterated(ctx: BlockContext) -> list[Mention]:
    gazetteer = [m for m in ctx.found if m.recogniser == "gazetteer"]
    tagged = MODEL.find(ctx)
    places = {(m.start, m.end) for m in (*gazetteer, *tagged) if m.label == "LOC"}
    found = transliterated_names(ctx.text, ctx.block.start, ctx.block.end, gazetteer, places, tagged)
    found = [
        m
        for m in (_at_word_edges(m, ctx.sentences) for m in found)
        if m is not None and not _place_suffix_too_soon(ctx.text, m)
    ]
    found += bodies_named_after_people(ctx.text, [*gazetteer, *found], tagged)
    return without_route_runs(found, ctx.found)


def _place_suffix_too_soon(text: str, mention: Mention) -> bool:
    """Whether a run typed a place by its suffix has fewer than three characters before it once cut to whole
    words (利于[本]地区 -> 本地区: `this region`): a place suffix types only a longer run."""
    suffix = mention.label_fine.partition("+")[2] if mention.label == "LOC" else ""
    return (
        bool(suffix)
        and text.endswith(suffix, mention.start, mention.end)
        and mention.end - mention.start - len(suffix) < _PLACE_RUN_CHARACTERS
    )


_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "x", "eng"})
"""jieba tags of names and of what it cannot read: a word with one of these may be part of a name."""


def _at_word_edges(mention: Mention, sentences: Sequence[Sentence]) -> Mention | None:
    """A run of transliteration characters that reaches into a common word at either edge ends before it:
    感[谢阿克托别州] -> 阿克托别州, [托卡耶夫提]出 -> 托卡耶夫 (谢 and 提 are transliteration characters too);
    None when too little is left."""
    start, end = mention.start, mention.end
    opening, closing = _word_across(sentences, start), _word_across(sentences, end)
    if opening is not None:
        start = opening.end
    if closing is not None:
        end = closing.start
    while (word := _whole_word_at(sentences, start, end, first=False)) is not None:
        end = word.start  # 阿斯洛夫[特别]关注: an adverb or a verb after the name, whole
    while (word := _whole_word_at(sentences, start, end, first=True)) is not None:
        start = word.end
    if _one_common_word(sentences, start, end):
        return None  # 特别, 基金: a word the dictionary knows, no name, however its characters read
    if (start, end) == (mention.start, mention.end):
        return mention
    if end - start < 2:
        return None
    return Mention(start, end, mention.label, mention.label_fine, mention.recogniser, mention.score)


_NO_NAME_WORD_TAGS = frozenset({"d", "ad", "v", "p", "c"})
"""jieba's tags of adverbs, verbs, prepositions and conjunctions: a whole word of these at a run's edge (特别,
表示) is no part of a transliterated name, though its characters are transliteration characters."""


def _whole_word_at(sentences: Sequence[Sentence], start: int, end: int, first: bool) -> Token | None:
    """The common word of two characters or more that opens (``first``) or closes ``start:end`` exactly, with
    room left for a name beside it, if its tag is no name's."""
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    token = _token_starting_at(sentence, start) if first else _token_ending_at(sentence, end)
    if token is None or token.end - token.start < 2 or token.xpos not in _NO_NAME_WORD_TAGS:
        return None
    return token if (token.end < end if first else token.start > start) else None


def _opens_with_preposition(sentences: Sequence[Sentence], start: int, adverb: bool = False) -> bool:
    """Whether jieba read the character at ``start`` alone as a preposition (向, 对, 与: 总统向贵宾的到访表示欢迎), or,
    with ``adverb``, as an adverb (曾 "once": 负责人曾评价称; not for a place: 莫因特 opens with 莫 "do not")."""
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    token = _token_starting_at(sentence, start) if sentence is not None else None
    return token is not None and token.end == start + 1 and token.xpos in (("p", "d") if adverb else ("p",))


def _one_common_word(sentences: Sequence[Sentence], start: int, end: int) -> bool:
    """Whether ``start:end`` is exactly one word of the dictionary whose tag is no name's."""
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    token = _token_starting_at(sentence, start) if sentence is not None else None
    return token is not None and token.end == end and token.xpos not in _NAME_TAGS


def _word_across(sentences: Sequence[Sentence], position: int) -> Token | None:
    """The common word (two characters or more, no name's tag) that ``position`` falls inside, if any."""
    for sentence in sentences:
        if sentence.start < position < sentence.end:
            index = _tokens_before(sentence, position) - 1  # the last token that starts before the position
            token = sentence.tokens[index] if index >= 0 else None
            if token is not None and position < token.end and token.end - token.start >= 2:
                return token if token.xpos not in _NAME_TAGS else None
            return None
    return None


def find_compound(ctx: BlockContext) -> list[Mention]:
    return compound_organisations(ctx.text, list(ctx.found), ctx.block.end)


_QUOTED_BODY = re.compile(
    '(?:“[^“”"\\s，。、；：！？]{1,12}”|"[^“”"\\s，。、；：！？]{1,12}")'
    f"(?:{'|'.join(map(re.escape, sorted(ORG_SUFFIXES, key=len, reverse=True)))})"
)
"""A name in quotation marks and the word that makes it a body (“全民教育”基金, "哈扎纳特"赛马场), marks and all."""


_OUTLET_HEADS = "|".join(map(re.escape, OUTLET_HEADS))
"""How an outlet's name ends (报, 网, 网站, 社, 台; ``data/outlet_heads.tsv``), longest first."""
_MARKED_OUTLET = re.compile(
    f"(?:《(?P<title>[^《》“”\\n，。、；：！？]{{1,15}}(?:{_OUTLET_HEADS}))》"
    f"|“(?P<quoted>[^《》“”\\n，。、；：！？]{{1,15}}(?:{_OUTLET_HEADS}))”)"
)
"""A newspaper's, a magazine's or a news site's name in title or quotation marks (《主权报》, “腾格里网”)."""


_WIRE_DATELINE = re.compile(
    f"[（(]?(?P<outlet>(?![本据])[\u4e00-\u9fff]{{1,6}}?(?:{_OUTLET_HEADS}))"
    "(?P<place>[\u4e00-\u9fff]{2,8}?)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)|报道(?=[ \t]*[（(：:]))"
)
"""Another outlet's dateline opening a paragraph (人民网北京5月22日电, 中新网阿斯塔纳6月3日电, 国际在线报道(记者…):):
the outlet, the place where the story was filed and its date; not 本报 (the paper itself), nor 据 (according to)
before the outlet."""


_SOURCED_OUTLET = re.compile(
    f"据(?P<outlet>(?![本该此这])[\u4e00-\u9fff]{{2,8}}?(?:{_OUTLET_HEADS}))(?:报道|消息|援引|发布|称)"
)
"""An outlet another article cites as its source (据斜体字网站报道, 据腾格里新闻网消息): the outlet is a body, whatever
the tagger read in its name (斜体字, "italic", as a person); not 本网 or 该网站 (this site)."""


_AGENCIES = "|".join(map(re.escape, DATELINE_AGENCIES))
_DATED_DASH = "(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:--|[ \t]*[-－–—]{1,2}[ \t])"
_AGENCY_DATELINES = (
    re.compile(f"(?P<outlet>{_AGENCIES})[/／](?P<place>[^/／\\s]{{2,12}})[/／]{_DATED_DASH}"),
    re.compile(f"(?P<outlet>{_AGENCIES})(?P<place>[\u4e00-\u9fff]{{2,8}}?){_DATED_DASH}"),
)
"""The agency's own dateline with a dash (`哈通社/阿斯塔纳/10月27日 –`, `哈通社阿斯塔纳--据…`): the agency and the
place, whatever the tagger read over both (``data/dateline_agencies.tsv``)."""


_NO_BODY_ALONE = frozenset(PERSON_TITLES) | frozenset(ORG_WORDS)
"""What names no body alone before a site or press office: a title (总理), a body's head word (政府)."""


def _without_press_office(text: str, start: int, end: int) -> tuple[int, int]:
    """A body's name without the office or site it speaks through (`据总理府官网消息`: 总理府, as the gold lists the
    body; ``data/press_offices.tsv``)."""
    office = next((word for word in PRESS_OFFICES if text.endswith(word, start + 2, end)), None)
    return (start, end - len(office)) if office else (start, end)


def find_wire_datelines(ctx: BlockContext) -> list[Mention]:
    """The outlet (ORG) and the place (LOC) of another outlet's dateline opening a paragraph, and an outlet cited as
    a source (据…网站报道), whether or not the tagger read them (人民网 as a name)."""
    found = []
    for match in _SOURCED_OUTLET.finditer(ctx.text, ctx.block.start, ctx.block.end):
        start, end = _without_press_office(ctx.text, *match.span("outlet"))
        # not `据总理官网消息`: an office holder's site names no body, nor a head word alone (`据政府官网消息`)
        if not match.group("outlet").endswith(NOT_OUTLETS) and ctx.text[start:end] not in _NO_BODY_ALONE:
            found.append(Mention(start, end, "ORG", "source:outlet", "wire_zh", 0.8))
    dateline = next(
        (
            match
            for pattern in (_WIRE_DATELINE, *_AGENCY_DATELINES)
            if (match := pattern.match(ctx.text, ctx.block.start, ctx.block.end)) is not None
        ),
        None,
    )
    if dateline is None or dateline.group("outlet").endswith(NOT_OUTLETS):
        return found
    found.append(Mention(*dateline.span("outlet"), "ORG", "dateline:agency", "wire_zh", 0.8))
    if dateline.group("place") is not None:
        found.append(Mention(*dateline.span("place"), "LOC", "dateline:place", "wire_zh", 0.7))
    return found


def find_quoted_bodies(ctx: BlockContext) -> list[Mention]:
    """Bodies named in quotation marks before their head word, and outlets named in marks (《主权报》: 主权报),
    whether or not the tagger read the name."""
    found = [
        Mention(match.start(), match.end(), "ORG", "quoted:ORG", "quoted_zh", 0.8)
        for match in _QUOTED_BODY.finditer(ctx.text, ctx.block.start, ctx.block.end)
    ]
    for match in _MARKED_OUTLET.finditer(ctx.text, ctx.block.start, ctx.block.end):
        name = "title" if match.group("title") is not None else "quoted"
        if not match.group(name).endswith(NOT_OUTLETS):
            found.append(Mention(*match.span(name), "ORG", "outlet:ORG", "quoted_zh", 0.8))
    return found


def find_latin(ctx: BlockContext) -> list[Mention]:
    return latin_names(ctx.text, ctx.block.start, ctx.block.end)


_CYRILLIC_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_CYRILLIC_LETTER = f"{_CYRILLIC_UPPER}а-яёәғқңөұүһі"
_CYRILLIC_WORD = rf"[{_CYRILLIC_UPPER}][{_CYRILLIC_LETTER}-]*[{_CYRILLIC_LETTER}]"
_CYRILLIC_LEGAL_FORMS = "|".join(
    sorted((form for form in LEGAL_FORMS if re.fullmatch(f"[{_CYRILLIC_UPPER}]+", form)), key=len, reverse=True)
)
CYRILLIC_NAME = re.compile(
    rf"(?<![{_CYRILLIC_LETTER}A-Za-z0-9])(?:(?:{_CYRILLIC_LEGAL_FORMS})[ \t]*«[^«»\n]{{2,60}}»"
    rf"|{_CYRILLIC_WORD}(?:[ \t]+{_CYRILLIC_WORD}){{0,4}}(?![{_CYRILLIC_LETTER}A-Za-z0-9]))"
)
"""A name in Cyrillic letters inside Chinese text: capitalised words (Газпром, ҚуатАмлонМұнай, Солтан
Жексенбеков), or a company's quoted name after its legal form (ТОО «Фирма Балауса»)."""
_CYRILLIC_MARKS = r"[ \t,.:;«»()：，-]*"
_CYRILLIC_BEFORE = re.compile(rf"[{_CYRILLIC_LETTER}]{_CYRILLIC_MARKS}$")
_CYRILLIC_AFTER = re.compile(rf"{_CYRILLIC_MARKS}[{_CYRILLIC_LETTER}]")
"""A Cyrillic letter next to a name with only spaces and punctuation between: the name is part of Cyrillic text (a
Russian or Kazakh sentence quoted whole), which the Chinese rules do not read."""
_CYRILLIC_REACH = 3
_PHOTO_LABEL = re.compile(PHOTO_LABELS)


def cyrillic_names(text: str, start: int, end: int, known_label: Callable[[str], str | None]) -> list[Mention]:
    """Names in Cyrillic letters inside Chinese text, often the original name of what the Chinese names
    (俄气公司（Газпром）, 巴拉乌萨公司(ТОО «Фирма Балауса»)): a person's when its first word is a given name, what
    the gazetteer knows it as (``known_label``: a name -> its type, or None), a body's otherwise, as Latin names are
    (:func:`latin_names`)."""
    found = []
    for match in CYRILLIC_NAME.finditer(text, start, end):
        if _CYRILLIC_BEFORE.search(text, max(start, match.start() - _CYRILLIC_REACH), match.start()):
            continue
        if _CYRILLIC_AFTER.match(text, match.end(), min(end, match.end() + _CYRILLIC_REACH)):
            continue
        words = match.group().split()
        if _PHOTO_LABEL.fullmatch(words[0]):
            continue  # `Фото：…` of a credit line: a label, the name is after it
        label = known_label(match.group()) or _label_by_given_name(match.group())
        found.append(Mention(match.start(), match.end(), label, f"cyrillic_in_zh:{label}", "cyrillic_zh", 0.6))
    return found


def find_cyrillic(ctx: BlockContext) -> list[Mention]:
    return cyrillic_names(ctx.text, ctx.block.start, ctx.block.end, ctx.stage.known_label)


def find_titled(ctx: BlockContext) -> list[Mention]:
    """Names after a title, but not a common word there (院士盛会: a gathering, not a man named 盛会) nor a
    preposition and its noun (总统向贵宾…: to the guest, not a man named 向贵宾); and Chinese names that open a clause
    and speak (陈大有在会谈中表示)."""
    found = chinese_titled_names(ctx.text, ctx.block.start, ctx.block.end)
    titled = [
        m
        for m in found
        if not _one_common_word(ctx.sentences, m.start, m.end)
        and not _opens_with_preposition(ctx.sentences, m.start, adverb=True)
    ]
    return titled + speaking_chinese_names(ctx.text, ctx.sentences)


_SPEAKING_CHINESE_NAME = re.compile(
    f"(?:^|(?<=[。，；：！？“”、\n]))([{''.join(sorted(CHINESE_SURNAMES))}][\u4e00-\u9fff]{{1,2}}?)"
    f"(?:{'|'.join(sorted(map(re.escape, SPEAKER_ADVERBS), key=len, reverse=True))})*"
    "(?:在[^，。；：！？“”]{1,14}?)?"
    f"(?:{'|'.join(sorted(map(re.escape, REPORTING_VERBS), key=len, reverse=True))})"
)
"""A clause's opening words that are a surname and one or two characters, then the verb of saying it does
(an adverb and a `在…` of where or when between): 陈大有在会谈中表示, 高昌礼指出."""
_SURNAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
"""jieba's tags of a person's name: the surname alone, or the whole name in one word."""


def speaking_chinese_names(text: str, sentences: Sequence[Sentence]) -> list[Mention]:
    """A Chinese name that opens a clause and speaks is a person, where the tagger read a word inside it
    (陈大有: 大有, "much"). The words must be the name's: jieba's one word with a name's tag, or the surname alone
    before the given name's word; a surname before a title or a form of address (唐外长, 李大妈, 胡老, 蔡先生)
    is the surname alone, and a word that opens with a surname's character (许多人, 严格说来, 高兴地) is no name."""
    mentions = []
    for sentence in sentences:
        for match in _SPEAKING_CHINESE_NAME.finditer(text, sentence.start, sentence.end):
            start, end = match.span(1)
            given = text[start + 1 : end]
            if given in _NOT_GIVEN_NAMES or given.startswith(AFTER_SURNAME_ALONE) or "某" in given:
                continue
            if text[start:end] in SPEAKING_DOCUMENTS or _names_a_side(text, start, end, "PER"):
                continue  # 韩方强调: the Korean side, no person named 韩
            first = _token_starting_at(sentence, start)
            last = _token_ending_at(sentence, end)
            if first is None or last is None:
                continue  # the name's edges cut a word (严格说来)
            if first.xpos not in _SURNAME_TAGS or (first.end != end and first.end != start + 1):
                continue  # a word that is no name's, or a longer word opening it (许多人, 曾再次: "once again")
            if any(token.xpos in _NOT_IN_GIVEN_NAMES for token in sentence.tokens if start < token.start < end):
                continue  # a pronoun, a preposition or an adverb after the surname (向他介绍, 戴利在谈到)
            mentions.append(Mention(start, end, "PER", "zh_name:speaking", "zh_name", 0.6))
    return mentions


_NOT_GIVEN_NAMES = frozenset({*PERSON_TITLES, *HONORIFICS})
"""Titles and forms of address after a surname (唐外长, 蔡先生): no given name."""
_NOT_IN_GIVEN_NAMES = frozenset({"r", "p", "d", "u", "uj", "ul", "uz", "c", "x"})
"""jieba's tags of pronouns, prepositions, adverbs, particles, conjunctions and punctuation: no given name's word."""


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
            named = [
                m
                for start, end, label in _transliterated_halves_joined(
                    doc.text,
                    sentence,
                    _quotes_closed(
                        doc.text[sentence.start : sentence.end],
                        _bodies_closed_up(doc.text[sentence.start : sentence.end], next(spans)),
                    ),
                )
                for corrected in _corrected(doc.text, sentence.start + start, sentence.start + end, label)
                if (m := _span_at_words(doc.text, sentence, _before_etc(doc.text, sentence, corrected))) is not None
                and not _bare_head(doc.text, m.start, m.end, m.label)  # `赛马场|园内`: cut to words, a head alone
                and not (m.label == "ORG" and _describes(doc.text, sentence, m))
                and not (m.label == "LOC" and _opens_with_count(doc.text, sentence, m))
                and not (m.label == "LOC" and "语" in doc.text[m.start + 1 : m.end])  # 哈萨克语开场: a language
                and not (m.label == "ORG" and doc.text.endswith(FIELD_NOUNS, m.start, m.end))  # 刑事司法(体系)
                and not _time_words(doc.text, sentence, m)
                and not _new_thing(doc.text, sentence, m)
                and not (m.label == "LOC" and doc.text.startswith(HOLIDAY_HEADS, m.end))  # 纳乌鲁兹节: a holiday
                and not (m.label == "PER" and _country_and_title(doc.text, m.start, m.end))
            ]
            named = _listed_names(doc.text, sentence, named)
            mentions += [
                _with_ministry_fields(doc.text, sentence, _with_sending_country(doc.text, sentence, m), named)
                for m in named
            ]
        found.append(mentions)
    return found


_LIST_GAP = 3
"""Characters a list of names may hold between two persons the tagger read (one name it missed)."""
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_COST = {3: 1.0, 2: 1.1}
"""Cost of a Chinese name of three or two characters in a list (three-character names are the most common)."""
_KEPT_COST, _RUN_TOGETHER_COST, _OTHER_COST = 1.2, 6.0, 3.0
"""Cost of keeping a person as the tagger read it (two names run together: far more), of a character that is
no name's."""
_COMMON_SURNAME_INSIDE_COST = 0.3
"""Further cost of a name whose given name holds one of the commonest surnames (田李菊 in 李广田李菊)."""


def _chinese_name_at(run: str, start: int, length: int) -> bool:
    """Whether ``run[start:start + length]`` reads as a Chinese name in a roll: a surname of the two surname tables
    and one or two characters, none of them a transliterated name's. Wider than :func:`_reads_as_chinese_name`, which
    must tell a name from a transliteration on its own (and so rejects 马丽, all of it transliteration characters):
    in a roll, the names around a stretch already say it is names."""
    return (
        start + length <= len(run)
        and run[start] in LISTED_SURNAMES
        and not any(char in FOREIGN_NAME_CHARS for char in run[start + 1 : start + length])
    )


def _surname_inside_cost(run: str, start: int, length: int) -> float:
    """The further cost of a name whose given name holds one of the commonest surnames."""
    return _COMMON_SURNAME_INSIDE_COST if any(c in COMMONEST_SURNAMES for c in run[start + 1 : start + length]) else 0.0


def _runs_names_together(text: str, start: int, end: int) -> bool:
    """Whether a person the tagger read at ``start:end`` is two or more Chinese names run together (王瑛王黎白剑峰)."""
    run = text[start:end]
    reachable = {0}
    for position in range(len(run)):
        if position in reachable:
            reachable |= {position + n for n in _NAME_COST if _chinese_name_at(run, position, n)}
    return len(run) >= 4 and len(run) in reachable


def _listed_names(text: str, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A list of Chinese names written without separators (委员名单 in print: 王瑛王黎白剑峰盛澄华) is one name
    per person. The tagger runs such names together or starts one inside the name before; where persons it read
    lie at most three characters apart and one of them is two names run together (five characters or more when
    it stands alone: 施瓦辛格 is one person), or two pairs touch, the stretch is cut anew into names by their
    surnames, keeping what the tagger read where no cut is better."""
    persons = sorted(
        (m for m in mentions if m.label == "PER" and _HAN_RUN.fullmatch(text, m.start, m.end)), key=lambda m: m.start
    )
    chains: list[list[Mention]] = []
    for person in persons:
        previous = chains[-1][-1] if chains else None
        if previous is not None and (
            person.start == previous.end
            or (0 < person.start - previous.end <= _LIST_GAP and _HAN_RUN.fullmatch(text, previous.end, person.start))
        ):
            chains[-1].append(person)
        else:
            chains.append([person])
    replaced: dict[int, list[Mention]] = {}
    for chain in chains:
        touching = sum(b.start == a.end for a, b in itertools.pairwise(chain))
        alone = len(chain) == 1 and chain[0].end - chain[0].start < 5  # 施瓦辛格, 陈方安生: one person
        if touching < 2 and (alone or not any(_runs_names_together(text, m.start, m.end) for m in chain)):
            continue
        first, last = chain[0], chain[-1]
        cuts = _cut_into_names(
            text, chain, _roll_start(text, sentence, first.start), _roll_end(text, sentence, last.end)
        )
        replaced[id(first)] = [dataclasses.replace(first, start=start, end=end, entity_id=None) for start, end in cuts]
        replaced.update({id(m): [] for m in chain[1:]})
    if not replaced:
        return mentions
    kept = [n for m in mentions for n in replaced.get(id(m), [m])]
    names = [(m.start, m.end) for m in kept if m.label == "PER"]
    return [m for m in kept if m.label == "PER" or not any(s < m.end and m.start < e for s, e in names)]


def _roll_start(text: str, sentence: Sentence, start: int) -> int:
    """Where a roll's stretch begins: at the first person the tagger read, or one or two characters before it when
    that person does not open with a surname and a surname stands there (`任|志国俞斌`: the tagger began inside
    任志国)."""
    if text[start] in LISTED_SURNAMES:
        return start
    for back in (1, 2):
        at = start - back
        if at >= sentence.start and text[at] in LISTED_SURNAMES and _HAN_RUN.fullmatch(text, at, start):
            return at
    return start


def _roll_end(text: str, sentence: Sentence, end: int) -> int:
    """Where a roll's stretch ends: at the last person the tagger read, or one or two characters after it when that
    person ends with a surname and no surname follows (`周勇夏|立新`: the tagger took the next name's surname)."""
    if text[end - 1] not in LISTED_SURNAMES or text[end : end + 1] in LISTED_SURNAMES:
        return end
    for ahead in (2, 1):
        if end + ahead <= sentence.end and _HAN_RUN.fullmatch(text, end, end + ahead):
            return end + ahead
    return end


def _cut_into_names(text: str, chain: list[Mention], begin: int, end: int) -> list[tuple[int, int]]:
    """The cheapest reading of a chain's stretch ``begin:end`` as names (Chinese names by surname, or persons as
    the tagger read them) and characters that are no name's."""
    run = text[begin:end]
    kept = {m.start - begin: m.end - begin for m in chain}
    best: list[tuple[float, list[tuple[int, int]]] | None] = [None] * (len(run) + 1)
    best[0] = (0.0, [])
    for position in range(len(run)):
        if best[position] is None:
            continue
        cost, names = best[position]  # type: ignore[misc]
        moves = [
            (position + n, name_cost + _surname_inside_cost(run, position, n), True)
            for n, name_cost in _NAME_COST.items()
            if _chinese_name_at(run, position, n)
        ]
        if position in kept:
            stop = kept[position]
            together = _runs_names_together(run, position, stop)
            moves.append((stop, _RUN_TOGETHER_COST if together else _KEPT_COST, True))
        moves.append((position + 1, _OTHER_COST, False))
        for stop, step, is_name in moves:
            if stop <= len(run) and (best[stop] is None or cost + step < best[stop][0]):  # type: ignore[index]
                best[stop] = (cost + step, [*names, (begin + position, begin + stop)] if is_name else names)
    return best[len(run)][1]  # type: ignore[index]


def _country_and_title(text: str, start: int, end: int) -> bool:
    """`哈防长`, `俄外长`: a place's one-character name and a title name an office, no person (the tagger reads a person
    in them); the office's holder is found from the title."""
    return end - start >= 2 and text[start] in PLACE_ABBREVIATIONS and text[start + 1 : end] in PERSON_TITLES


MODEL = SentenceTagger("model_zh", "zh", frozenset({"date"}), _tag_sentences)
"""The trained Chinese tagger (pipeline/models/zh_ner) as a recogniser: ``MODEL.find``, ``MODEL.prepare``."""


def _before_etc(text: str, sentence: Sentence, mention: Mention) -> Mention:
    """A name ends before 等 written as its own word (`FlyArystan等航空公司`: FlyArystan and other airlines);
    高等 is one word and stays inside (高等教育委员会)."""
    inside = sentence.tokens[_tokens_before(sentence, mention.start + 1) : _tokens_before(sentence, mention.end)]
    etc = next((token for token in inside if text[token.start : token.end] == "等"), None)
    return dataclasses.replace(mention, end=etc.start) if etc is not None else mention


def _span_at_words(text: str, sentence: Sentence, mention: Mention) -> Mention | None:
    """A place or body the tagger read with one character of a common word after it (哈萨克斯坦国|际) ends before
    that word, unless its head begins the title after it (布隆迪对外关系和合作部|长: the rules kept the ministry,
    whose minister shares its 部), and before a one-character function word (哈萨克斯坦[共]开采); one that takes the
    last character of the word before it starts after it, or, for a body, takes that word whole with the country
    before it (哈萨克斯坦国立博物馆); a span inside an idiom (无与[伦比]) names nothing. A person's name and a
    one-character name (中美) keep their edges (a transliterated name's last character may be segmented into the
    next word)."""
    if mention.label == "PER":
        return _person_at_words(text, sentence, mention)
    if mention.end - mention.start == 1:
        return mention  # 中美关系: a country's one-character name stays
    if _opens_with_preposition([sentence], mention.start) and mention.end - mention.start > 2:
        mention = dataclasses.replace(mention, start=mention.start + 1)  # `据|总统府新闻局`: according to, no name's
    start, end = mention.start, mention.end
    whole = _token_across(sentence, end)
    if whole is not None and whole.start <= start and text.endswith(STATE_FORMS, start, whole.end):
        # `哈萨克斯坦共|和国`: the tagger cut the state's formal word, which jieba reads with the name; the place whole
        return Mention(start, whole.end, "LOC", mention.label_fine, mention.recogniser, mention.score)
    opening, closing = _word_across([sentence], start), _word_across([sentence], end)
    if opening is not None and end <= opening.end:
        return None if opening.xpos in _IDIOM_TAGS else mention  # 无与[伦比]: inside an idiom
    cut_back = (
        closing is not None
        and end - closing.start == 1
        and closing.start > start
        and not (mention.label == "ORG" and text.startswith(_BODY_TITLES, closing.start))
    )
    if cut_back and closing is not None:
        end = closing.start
        left = _token_starting_at(sentence, start)
        if left is not None and left.end == end and left.xpos not in _NAME_TAGS:
            return None  # `行政司|法`: what stays before the common word is a common word (行政), no name
    last = _token_ending_at(sentence, end)
    if (
        cut_back
        and mention.label == "ORG"
        and not text.endswith(_ORG_TOKEN_ENDINGS, start, end)
        and (last is None or last.xpos not in _NAME_TAGS)
    ):
        return None  # `世界贸易|局势`: the tagger's body head was a common word's character; no head is left
    if (
        last is not None
        and last.end - last.start == 1
        and last.xpos in _FUNCTION_TAGS
        and last.start - start >= 2
        and not (mention.label == "ORG" and text[last.start] in ORG_TAIL_CHARS)
    ):
        end = last.start  # 哈萨克斯坦[共]开采: an adverb after the name, a word of its own (沈阳自动化所 keeps 所)
    if opening is not None and opening.end - start == 1 and opening.end < end:
        if mention.label == "ORG":  # 哈萨克斯坦国|立博物馆: the body's name begins with the word, and its country
            at = _tokens_before(sentence, opening.start)
            before = sentence.tokens[at - 1] if at > 0 else None
            owned = before is not None and before.end == opening.start and before.xpos == "ns"
            start = before.start if owned and before is not None else opening.start
        else:
            start = opening.end
    if end - start <= 1:
        return None
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(start, end, mention.label, mention.label_fine, mention.recogniser, mention.score)


def _person_at_words(text: str, sentence: Sentence, mention: Mention) -> Mention:
    """A person's name the tagger began inside a word: the last character of a verb or an adverb before the name
    is no part of it (送[别穆萨巴耶夫]: 别 is a transliteration character too), and a given name of one character before
    the joiner takes in the character before it when a mark or a list's conjunction stands there (、席[琳·迪翁])."""
    verb = _word_across([sentence], mention.start)
    if (
        verb is not None
        and verb.end - mention.start == 1
        and verb.xpos in _NO_NAME_WORD_TAGS
        and mention.end - verb.end >= 2
    ):
        return dataclasses.replace(mention, start=verb.end)
    joiner = next((at for at in range(mention.start, mention.end) if text[at] in NAME_JOINERS), None)
    opening = mention.start - 1
    if (
        joiner == mention.start + 1
        and opening >= sentence.start
        and has_han(text[opening])
        and text[opening] not in _NAME_JOINING_WORDS
        and text[opening] not in _FUNCTION_CHARS  # 对乔·拜登: a preposition before the name
        and (opening == 0 or text[opening - 1] in _NAME_JOINING_WORDS or not text[opening - 1].isalnum())
    ):
        return dataclasses.replace(mention, start=opening)  # a given name of one character is rare: 、席[琳·迪翁]
    return mention


_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "ul", "uj", "uz", "ug", "uv", "ud"})
"""jieba's tags of adverbs, prepositions, conjunctions and particles: one of these after a name is no part of it."""


def _token_across(sentence: Sentence, position: int) -> Token | None:
    """The token of a sentence that ``position`` falls strictly inside, if any."""
    index = _tokens_before(sentence, position) - 1
    token = sentence.tokens[index] if 0 <= index < len(sentence.tokens) else None
    return token if token is not None and token.start < position < token.end else None


def _token_ending_at(sentence: Sentence, position: int) -> Token | None:
    """The token of a sentence that ends exactly at ``position``, if any."""
    index = _tokens_before(sentence, position) - 1
    token = sentence.tokens[index] if 0 <= index < len(sentence.tokens) else None
    return token if token is not None and token.end == position else None


def _token_starting_at(sentence: Sentence, position: int) -> Token | None:
    """The token of a sentence that starts exactly at ``position``, if any."""
    index = _tokens_before(sentence, position)
    token = sentence.tokens[index] if index < len(sentence.tokens) else None
    return token if token is not None and token.start == position else None


_IDIOM_TAGS = frozenset({"i", "l"})
"""jieba's tags of idioms and set phrases (无与伦比): no name lies inside one."""
_PLACE_OR_NUMBER_TAGS = frozenset({"ns", "m", "q", "mq"})


_FIELD_TAGS = frozenset({"n", "nt", "nz", "vn", "an", "b"})
_CONJUNCTIONS = frozenset({"和", "与", "及", "以及"})
_CONJUNCTION_WORDS = tuple(sorted(_CONJUNCTIONS, key=len, reverse=True))
_PLAIN_FIELD_TAGS = frozenset({"n", "vn", "an", "b"})
"""A name that begins with one of these begins with a field (医学康复研究所), not with its owner's name."""


def _tokens_before(sentence: Sentence, position: int) -> int:
    """How many of the sentence's tokens start before ``position`` (a binary search: tokens are in order)."""
    return bisect.bisect_left(sentence.tokens, position, key=lambda token: token.start)


def _widened(mention: Mention, start: int) -> Mention:
    return Mention(start, mention.end, mention.label, mention.label_fine, mention.recogniser, mention.score)


_FIELD_REACH = 10
"""Tokens a walk back over a body's fields may take (文化、信息、体育和: seven, the country one more)."""


def _with_ministry_fields(text: str, sentence: Sentence, mention: Mention, others: Sequence[Mention] = ()) -> Mention:
    """`哈萨克斯坦科学和高等[教育部]`, `疗养学与[医学康复研究所]`: a body's fields joined by 和/与 belong to its
    name. A walk back over adjacent field nouns and a conjunction, at most ten tokens, widens the name to the
    country that begins it (哈萨克斯坦科学和高等教育部), or, when the name begins with a field noun, to the first
    field (疗养学与医学康复研究所), over a longer list before the conjunction too (国际事务、国防和安全委员会);
    never across a title (美国总统与教育部 stays apart), from a place right before the conjunction to a company
    (奇姆肯特与中国陕西建工集团: the city and the company it signed with), a body of its own
    (墨西哥劳动部和社会发展部: two ministries) or another name the tagger found (联合国和伊斯兰会议组织)."""
    if mention.label != "ORG" or not text[mention.start : mention.end].endswith(_ORG_TOKEN_ENDINGS):
        return mention
    last = _tokens_before(sentence, mention.start)  # the last of them may run into the span (高等教育部)
    opens_with_field = last < len(sentence.tokens) and sentence.tokens[last].start == mention.start
    opens_with_field = opens_with_field and sentence.tokens[last].xpos in _PLAIN_FIELD_TAGS
    edge, first_field = mention.start, mention.start
    joined = any(conjunction in text[mention.start : mention.end] for conjunction in _CONJUNCTIONS)
    for token in reversed(sentence.tokens[max(0, last - _FIELD_REACH) : last]):
        form = text[token.start : token.end]
        if token.end < edge:
            break  # not adjacent
        overlapping = [other for other in others if other.start < token.end and token.start < other.end]
        if any(other is not mention and other.label != "LOC" for other in overlapping):
            break  # another name: 联合国和伊斯兰会议组织 are two bodies, 安南与伊拉克政府 a person and one
        if token.xpos == "ns":
            if text.startswith(_CONJUNCTION_WORDS, token.end) and text.endswith(ORG_SUFFIXES, 0, mention.end):
                return mention  # `奇姆肯特与[中国陕西建工集团]`: the city and the company it deals with, two parties
            return _widened(mention, token.start) if joined else mention
        if any(other is not mention for other in overlapping):
            break
        if form in PERSON_TITLES or form.endswith(_ORG_TOKEN_ENDINGS):
            break
        if form in _CONJUNCTIONS and not joined:
            joined = True
        elif form == "、" and joined:
            pass  # a longer list of fields: 国际事务、国防和安全委员会
        elif token.xpos in _FIELD_TAGS:
            if joined and opens_with_field and token.end <= mention.start:
                first_field = token.start
        else:
            break
        edge = token.start
    return _widened(mention, first_field) if first_field < mention.start else mention


def _with_sending_country(text: str, sentence: Sentence, mention: Mention) -> Mention:
    """`[中国大使馆]` after `哈萨克斯坦驻`: the mission's name runs from the sending country (a place token right
    before 驻) to its head, 哈萨克斯坦驻中国大使馆; after a conjunction or a mark, from 驻 (和驻上海领事馆)."""
    if (
        mention.label != "ORG"
        or mention.start < 2
        or text[mention.start - 1] != "驻"
        or not text[mention.start : mention.end].endswith(MISSION_HEADS)
    ):
        return mention
    before = _tokens_before(sentence, mention.start - 1)
    country = sentence.tokens[before - 1] if before else None
    if country is None or country.end != mention.start - 1 or country.xpos in _NOT_NAME_TAGS:
        return _widened(mention, mention.start - 1)  # `和驻上海领事馆`: the mission's name opens with 驻
    if country.xpos != "ns":
        return mention
    return _widened(mention, country.start)


def _words_of(sentence: Sentence, mention: Mention, least: int = 2) -> list[Token]:
    """The sentence's tokens that make up a span of ``least`` words or more exactly; none when a token crosses
    its edges or it has fewer words (the rules below decide on whole words only)."""
    first, last = _tokens_before(sentence, mention.start), _tokens_before(sentence, mention.end)
    inside = sentence.tokens[first:last]
    if len(inside) < least or inside[0].start != mention.start or inside[-1].end != mention.end:
        return []
    return inside


def _time_words(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a span is only words of time (周日清晨, 斋月: jieba's `t`): a day, a season, a holiday month, no name.
    A person must also end like a time (jieba tags 周恩来 `t`)."""
    inside = _words_of(sentence, mention, least=1)
    if mention.label == "PER" and text[mention.end - 1] not in TIME_CHARS:
        return False
    return bool(inside) and all(token.xpos == "t" for token in inside)


def _describes(text: str, sentence: Sentence, mention: Mention) -> bool:
    """A place or number and a generic noun (格鲁吉亚 + 公司, 两个 + 工作组), or a number and common words (三座热电厂):
    a description, not a body's name."""
    name = text[mention.start : mention.end]
    if name[:1] in _ONE_CHAR_PLACE_NOUNS and name[1:] in ORG_WORDS:
        return True  # 州政府, 市政府: the region's or the city's body named before, no name of its own
    inside = _words_of(sentence, mention)
    if not inside:
        return False
    *before, head = inside
    at = _tokens_before(sentence, mention.start)
    counted = at > 0 and _counts(text, sentence, at - 1)  # `300兆瓦太阳能电站`: the count outside the span
    if (counted or _counts(text, sentence, at)) and not any(token.xpos in _NAME_TAGS for token in inside):
        return True  # 三座热电厂, 10台, 300兆瓦太阳能电站: a count of things, no name (七三一部队, 第六中学 are names)
    if inside[0].xpos in _NOT_OPENING_TAGS:
        return True  # 及地方警察局, 自博物馆: no name opens with a conjunction or a preposition
    if text[head.start : head.end] in GENERIC_BODIES and all(t.xpos in _PLACE_OR_NUMBER_TAGS for t in before):
        return True
    words = [text[t.start : t.end] for t in before]
    if words and GENERIC_QUALIFIERS.get(words[0]) == "opening" and len(words) == 1:
        return True  # 地方议会, 地方博物馆: a local council, a local museum
    return any(GENERIC_QUALIFIERS.get(word) == "yes" for word in words) and all(  # 本国航空公司, 世界顶尖大学
        word in GENERIC_QUALIFIERS or t.xpos in _PLACE_OR_NUMBER_TAGS for word, t in zip(words, before, strict=True)
    )


def _opens_with_count(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a place's span opens with a number and its measure word and holds no name (四间体育馆: counted rooms);
    a count before the span is another thing's (６道巴哈马: lane 6, Bahamas)."""
    inside = _words_of(sentence, mention)
    return (
        bool(inside)
        and _COUNT_WORD.fullmatch(text, inside[0].start, inside[0].end) is not None
        and not any(token.xpos in _NAME_TAGS for token in inside)
    )


_COUNT_WORD = re.compile(rf"[首一二三四五六七八九十百千万两几数多\d０-９]+[{''.join(sorted(MEASURE_CHARS))}]")


def _counts(text: str, sentence: Sentence, index: int) -> bool:
    """Whether the token at ``index`` is a number that counts (三座, 两个, 首座, or 10 and 300 before a measure word:
    10台, 300兆瓦), or that measure word after its number; a number alone names (七三一部队, １５国集团), and so does
    an ordinal (第六中学) or a session (九届人大)."""
    tokens = sentence.tokens
    if not 0 <= index < len(tokens):
        return False
    token = tokens[index]
    if token.xpos == "q":  # 兆瓦 of 300兆瓦, 台 of 10台
        return index > 0 and tokens[index - 1].xpos in _NUMBER_TAGS
    if _COUNT_WORD.fullmatch(text, token.start, token.end):
        return True  # whatever jieba's tag (四间 of 四间体育馆 is its `f`)
    if token.xpos not in _NUMBER_TAGS:
        return False
    return index + 1 < len(tokens) and tokens[index + 1].xpos in ("q", "mq")


_ONE_CHAR_PLACE_NOUNS = frozenset(
    suffix for suffix in (*PLACE_SUFFIXES, *PLACE_MARKERS, *PLACE_SUFFIXES_UNLESS_KNOWN) if len(suffix) == 1
)
"""Place nouns of one character (州, 市, 区, 县): alone before a body's head they point back to a place."""
_NUMBER_TAGS = frozenset({"m", "mq"})
_NOT_OPENING_TAGS = frozenset({"c", "p"})
"""jieba's tags of conjunctions and prepositions: a body's name never opens with one (a verb may: 协调委员会,
驻华大使馆)."""
_NOT_NAME_TAGS = _NOT_OPENING_TAGS | {"x", "u", "w"}
"""jieba's tags of conjunctions, prepositions, particles and punctuation: no sending country before 驻."""


def _new_thing(text: str, sentence: Sentence, mention: Mention) -> bool:
    """新 + common nouns (新航线, 新机场): something new described, not a name (``description_openers.tsv``)."""
    inside = _words_of(sentence, mention)
    if not inside:
        return False
    opener, *rest = inside
    return (
        opener.xpos == "a"
        and text[opener.start : opener.end] in DESCRIPTION_OPENERS
        and all(token.xpos == "n" for token in rest)
    )


def _cuts_latin_word(text: str, position: int) -> bool:
    """Whether a span edge at ``position`` falls between two Latin letters."""
    return 0 < position < len(text) and _is_latin_letter(text[position - 1]) and _is_latin_letter(text[position])


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _word_at_end(text: str, start: int, end: int, words: tuple[str, ...]) -> tuple[int, bool] | None:
    """Where a word of ``words`` that the span's end reaches into begins (阿斯塔纳峰|会, 哈萨克斯坦民|众), and
    whether the span holds all of it; None when the span ends in none of them. The first word of ``words``
    that fits wins, holding as few of its characters as it can."""
    if end <= start:
        return None
    for word, covered in _ends_by_char(words).get(text[end - 1], ()):  # the span's last character is in the word
        if end - covered >= start and text.startswith(word, end - covered):
            return end - covered, covered == len(word)
    return None


@functools.cache
def _ends_by_char(words: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    """For each character, the (word, characters of it a span holds) whose last held character it is, in the
    order :func:`_word_at_end` tries them: only those can fit a span ending in that character."""
    found: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        for covered in range(1, len(word) + 1):
            found.setdefault(word[covered - 1], []).append((word, covered))
    return found


def _bodies_closed_up(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two bodies the tagger left one character apart (国家安全委员会|边|境服务局): the character begins the second
    body's name, since the first ends as a body does; a conjunction (和, 与, 及) or a mark between stays out."""
    closed = list(spans)
    for index in range(1, len(closed)):
        (_, first_end, first_label), (start, end, label) = closed[index - 1], closed[index]
        gap = text[first_end:start]
        if (
            first_label == label == "ORG"
            and len(gap) == 1
            and has_han(gap)
            and gap not in _FUNCTION_CHARS
            and gap not in _BETWEEN_BODIES
            and text.endswith(_ORG_TOKEN_ENDINGS, 0, first_end)
        ):
            closed[index] = (start - 1, end, label)
    return closed


def _quotes_closed(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the tagger ended right before the closing mark of a quoted part it opened inside the name
    (中国交响乐团“附属合唱团|”, 嵊州市“农函大|”) takes the mark: a name holds its quotation whole, as MSRA has it."""
    closed = []
    for start, end, label in spans:
        opening = next((mark for mark in _PAIRED_MARKS if mark in text[start + 1 : end]), None)
        if (
            opening is not None
            and _PAIRED_MARKS[opening] not in text[start:end]
            and text[end : end + 1] == _PAIRED_MARKS[opening]
        ):
            end += 1
        closed.append((start, end, label))
    return closed


def _transliterated_halves_joined(
    text: str, sentence: Sentence, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """One transliterated name the tagger cut in two (卡拉恰|加纳克 for Karachaganak): two places or two persons that
    touch, each two transliteration characters or more, are one name, unless the first is one word of jieba's
    dictionary (伦敦|希斯罗, 日本|东海, 英格兰|罗马尼亚: a known name, and another after it). Spans are the
    sentence's."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if joined:
            first_start, first_end, first_label = joined[-1]
            word = _token_starting_at(sentence, sentence.start + first_start)
            one_word = word is not None and word.end == sentence.start + first_end
            if (
                first_end == start
                and first_label == label
                and label in ("LOC", "PER")
                and min(end - start, first_end - first_start) >= 2
                and not one_word
                and all(char in TRANSLIT_CHARS for char in text[sentence.start + first_start : sentence.start + end])
            ):
                joined[-1] = (first_start, end, label)
                continue
        joined.append((start, end, label))
    return joined


_BETWEEN_BODIES = frozenset(word for word in _CONJUNCTIONS if len(word) == 1) | frozenset("同跟或并、驻")
"""Characters that stand between two bodies without beginning the second (驻: 办事处 of a place, 驻京办事处)."""


_ORGANISED_AT = re.compile("在.{2,12}组织[的了]")
"""`在阿斯塔纳组织的演出`: 组织 the verb after a place, no body's head."""
_REGNAL_NUMBER = re.compile("[一二三四五六七八九十]{1,3}世")
"""The number after a ruler's name (彼得一世, 伊丽莎白二世)."""


_ONE_CHARACTER_ADVERBS = frozenset(word for word in SPEAKER_ADVERBS if len(word) == 1)
_JOINED_NAME = re.compile(f"[^{re.escape(NAME_JOINERS)}]+[{re.escape(NAME_JOINERS)}]")


def _name_without_title_or_adverb(text: str, start: int, end: int) -> tuple[int, int]:
    """A joined name the tagger read with the end of a title before it (大使馆[参赞]乌兰·阿卜杜克里莫夫 read as
    馆参赞乌兰·…) begins after the title; one read with an adverb after a surname's ending (阔谢若夫亦出席: also
    attended), or with 于 before a date (夏基塔诺于今年7月), ends before it."""
    for position in range(start + 1, end):
        if text.endswith(PERSON_TITLES, start, position) and _JOINED_NAME.match(text, position, end):
            start = position
            break
    if end - start > 2 and text[end - 1] in _ONE_CHARACTER_ADVERBS and text.endswith(SURNAME_ENDINGS, start, end - 1):
        end -= 1
    elif end - start > 3 and _on_a_date(text, end):
        end -= 1  # `萨尔瓦托雷·夏基塔诺于今年7月访问`: 于 is "in", before a date
    return start, end


_WHERE_BEFORE = frozenset("在驻赴访来")
"""Words before a one-character place abbreviation that say where (在哈, 驻哈): a country's name right after it is a
place of its own (在哈中国公民)."""
_SIDE_COUNTRIES = frozenset(SIDE_ABBREVIATIONS.values())
"""The countries whose one-character names ``side_abbreviations.tsv`` lists (哈萨克斯坦), written out in full."""
_OF = "的"
"""The possessive particle: a body's head after it is described by what stands before (乌斯卡曼的热电厂)."""
_ON = "于"
"""The preposition of time and place (于今年7月): no name's last character before a date."""


def _on_a_date(text: str, end: int) -> bool:
    """Whether the span ending at ``end`` ends with 于 and a date follows (…于今年7月, …于2025年)."""
    return text[end - 1 : end] == _ON and text[end : end + 1] in DATE_OPENING_CHARS


_TITLE_WORDS = frozenset(PERSON_TITLES)
"""Every title of ``data/titles.tsv``: a model span that is one alone (中校, 部长) names nothing."""


def _corrected(text: str, start: int, end: int, label: str) -> list[Mention]:
    """A model span with what the rules know: edges, sides, routes, names in two scripts."""
    stop = _SENTENCE_STOP.search(text, start, end)
    if stop is not None:  # `哈萨克斯坦公民。内务部` in one dash quote: no name runs over a sentence's end
        return [*_corrected(text, start, stop.start(), label), *_corrected(text, stop.end(), end, label)]
    comma = text.find("、", start, end)
    if comma > start and label != "PER":  # `突厥投资基金、协调委员会`: two bodies of a list, as MSRA lists them
        return [*_corrected(text, start, comma, label), *_corrected(text, comma + 1, end, label)]
    title_mark = text.rfind("《", start, end)
    if title_mark != -1 and text.find("》", title_mark, end) == -1 and title_mark + 1 < end:
        start = title_mark + 1  # `俄罗斯《消息报》`: the title's name, inside its marks
    for opening, closing in (("（", "）"), ("(", ")")):  # `联盟（C`: the bracket opens an abbreviation
        cut = text.find(opening, start, end)
        if cut > start + 1 and text.find(closing, cut) == end - 1 and end - cut > 2:
            # `阿斯塔纳航空（Air Astana）`: a name and its other name in brackets, two mentions of the body
            return [*_corrected(text, start, cut, label), *_corrected(text, cut + 1, end - 1, label)]
        if cut > start and text.find(closing, cut, end) == -1:
            end = cut
        if text.endswith(closing, start, end) and text.find(opening, start, end) == -1:
            end -= 1  # `KazMunaiGaz）`: the bracket closes the abbreviation, not the name
        close = text.find(closing, start, end)
        if close > start and text.find(opening, start, close) == -1:
            end = close  # `（Cardiff University）阿斯塔纳分校`: the other name in brackets ends at its bracket
    if _cuts_latin_word(text, start) or _cuts_latin_word(text, end):
        return []  # `c[ass]ation`: letters of a Latin word, not a name
    start, end = _whole_quoted_transliteration(text, start, end)
    if text[start:end] in _TITLE_WORDS:
        return []  # `叶尔兰·卓尔塔诺夫(中校)`: a title or rank alone names no one and nothing
    if label == "LOC" and end - start == 2 and text[start] in PLACE_DETERMINERS and text[start + 1] in _PLACE_CHARS:
        return []  # `本州`, `全市`: this region, the whole city
    if (
        label == "LOC"
        and text[start] in PLACE_ABBREVIATIONS
        and text[start - 1 : start] in _WHERE_BEFORE
        and (
            (end - start == 3 and text[end - 1] == "国" and text[start + 1] in PLACE_ABBREVIATIONS)
            or text[start + 1 : end] in _SIDE_COUNTRIES
        )
    ):
        start += 1  # `在哈中国公民`, `在华哈萨克斯坦公民`: citizens of one country in another (哈, 华), then its name
        # (`驻日本国`: 日本国 is one name, 本国 none)
    if label == "ORG" and text.endswith(STATE_FORMS, start + 2, end):
        label = "LOC"  # `摩洛哥王国`: a state by its formal name, no body
    if label == "LOC" and (form := next((f for f in EXTENDING_STATE_FORMS if text.startswith(f, end)), None)):
        end += len(form)  # `摩洛哥|王国`: the formal name is the place's whole name
    if label == "PER" and (regnal := _REGNAL_NUMBER.match(text, end)) is not None:
        end = regnal.end()  # `彼得一世`: a ruler's number is part of the name
    if label == "PER":
        start, end = _name_without_title_or_adverb(text, start, end)
        industry = _industry_at(text, end)
        if industry is not None and end - start >= 2:  # `阿伊旦石油`: a company, no person, the tagger's 阿伊旦
            return _corrected(text, start, end + len(industry), "ORG")
    if label == "ORG" and _ORGANISED_AT.fullmatch(text, max(0, start - 1), min(len(text), end + 1)):
        return _corrected(text, start, end - len("组织"), "LOC")  # `在阿斯塔纳组织的`: organised in Astana, a place
    if label == "ORG":
        start = _with_opening_mark(text, start, end)
        quoted = _QUOTED_NAME_OPENING.search(text, start + 1, end)
        closing = text.find(_CLOSING_MARK[quoted.group()], quoted.end(), end) if quoted is not None else -1
        if quoted is not None and closing != -1 and text[closing + 1 : end] in LEGAL_FORMS:
            # `中国“VEGA Power”公司`: a company named in quotation marks with its legal form is listed under the name,
            # the country before it no part of it (`台湾“国防部”军事情报局`, with a kind word, stays whole)
            return _corrected(text, quoted.start(), end, label)
        owner_end = text.rfind(_OF, start + 1, end)
        if owner_end != -1 and _BARE_HEAD_RUN.fullmatch(text, owner_end + 1, end):
            return []  # `乌斯卡曼的热电厂`: the power plant of a place, described, not named
    inner_mark = _QUOTE_MARKS.search(text, start + 1, end - 1) if label != "ORG" else None
    if inner_mark:  # `“…-赫拉特”铁路`: a place ends at its quotation mark (a body may hold one: “幸福工程”组委会)
        end = inner_mark.start()
    while end - start > 2 and _CLOSING_MARK.get(text[start]) == text[end - 1]:
        start, end = start + 1, end - 1  # `“卡西尼”`: the name inside its quotation marks
    while start < end and text[start] in _EDGE_MARKS:  # `-托列哈利耶夫说`: the dash opens the attribution
        closing = _CLOSING_MARK.get(text[start])
        if closing and text.find(closing, start + 1, end) != -1:
            break  # `“幸福工程”组委会`: the quoted part is the body's name
        start += 1
    while end > start and text[end - 1] in _EDGE_MARKS:
        if text[end - 1] in _OPENING_MARK and text.find(_OPENING_MARK[text[end - 1]], start, end - 1) != -1:
            break  # `英国《星期日泰晤士报》`: the title's closing mark belongs to the name
        end -= 1
    event = _word_at_end(text, start, end, EVENT_WORDS)
    if event and not event[1] and event[0] == start and label != "LOC":
        return []  # [亚冬]会: a piece of an event's head word (the Asian Winter Games) names no body; [亚]冬会 stays
        # the place Asia, as MSRA has 亚 of 亚运会
    if event and not event[1] and event[0] > start + 1:
        end = event[0]  # 阿斯塔纳[峰]会: a name ends before an event's head word, never inside it
    elif event and event[1] and label != "PER":
        return [Mention(start, end, "MISC", "event", "model_zh", 0.8)]
    group = _word_at_end(text, start, end, GROUP_NOUNS) if label != "PER" else None
    if group is not None:  # 哈萨克斯坦民众, 哈萨克侨民: people, not a body or a place; a place's own name before
        # them, closed by its kind (伊犁哈萨克自治州代表团), is that place
        place_end = group[0]
        if place_end - start >= _OWN_PLACE_LETTERS and text.endswith(tuple(_OWN_PLACE_ENDS), start, place_end):
            return [Mention(start, place_end, "LOC", "model:LOC", "model_zh", 0.8)]
        return []
    if start > 0 and _CLOSING_MARK.get(text[start - 1]) == text[end : end + 1]:
        head = next((word for word in ORG_SUFFIXES if text.startswith(word, end + 1)), None)
        if head:  # `“波克隆卡”影院`: a name in quotation marks and the word that makes it a body
            return [Mention(start - 1, end + 1 + len(head), "ORG", "model:ORG", "model_zh", 0.8)]
        if label == "PER":
            return []  # `“沃克杰特佩斯”`: a name in quotation marks names a place, a work or a brand, not a person
    if end <= start or _names_a_side(text, start, end, label) or (end - start == 1 and text.startswith("方", end)):
        return []  # 哈方, 中方: the sides of a talk, not names (a tagger trained on MSRA calls them persons or places)
    if (
        label == "LOC"
        and end - start == 1
        and (
            text[start] not in PLACE_ABBREVIATIONS
            or _side_or_word_part(text, start)
            or (text[start] == _CHINA and not _names_china(text, start))
            or _names_a_word(text, start)
        )
    ):
        return []  # 惠及, 若总统: no place's name; 哈中两国, 冬奥会: a side of a relation, or part of another word
    if _bare_head(text, start, end, label):
        return []  # `委员会主席表示`, `博物馆组织的展览`: a body's head word alone names no body, nor a place
    if label != "PER" and _LEVEL.match(text, start, end):
        return []  # `州级儿童医院`: a regional children's hospital, a body described by its level, no name
    if label != "PER" and _WHOLE_PLACE.match(text, start, end) and _BARE_HEAD_RUN.fullmatch(text, start + 2, end):
        return []  # `全国博物馆`: the museums of the whole country, described, no name (全国人民代表大会 is one)
    if label == "ORG" and _COUNTED.search(text, start, end):
        return []  # `俄罗斯九所大学`: nine universities of a country, counted, no body's name
    branch = next((word for word in _BRANCHES if text.endswith(word, start, end)), None)
    if label == "ORG" and branch and text.endswith(ORG_SUFFIXES, start, end - len(branch)):
        # `莫斯科国立罗蒙诺索夫大学分校`: a university's branch is named by the university;
        # `哈萨克斯坦国家铁路公司子公司`: a company's subsidiary, whose own name follows, by the company
        end -= len(branch)
    if label == "LOC" and end - start > 1 and _PLACE_WORDS_ONLY.fullmatch(text, start, end):
        return []  # `友好省州关系`: provinces and states, no place's name (one character may be one: 港台)
    if label == "ORG" and (title := _title_across_end(text, start, end)) is not None:
        end = title  # `…铁路公司董事会主席`: the company; its board begins the chairman's title
    if label == "ORG" and merges_into_title(text, start, end):
        return []  # 能源部长: a minister, not the ministry
    if text[start:end] in PEOPLES:
        return []  # 哈萨克艺术, 哈萨克-俄罗斯联合…: the people, its art or language, not a place, a body or a person
    if label == "PER":
        ends = _route_ends(text, start, end)
        if ends:
            return ends  # `肯基亚克-库姆科尔管道`, `巴克图-塔琴铁路`: the places at the route's ends
        named_after = _named_after_person(text, start, end)
        if named_after is not None:
            return [named_after]  # `…陵墓`, `…大学`: what is named after the person
        if _is_route(text[start:end]):
            return []
        if any(text.startswith(word, end) for word in PAIR_WORDS):
            return []  # 哈新两国: the abbreviations of two countries, not a person
    if label == "PER" and end - start == 1 and not _beside_surname_words(text, start, end):
        return []  # 展映周: one character is a person only beside a title or a word like 老, 某, 姓
    if (
        label == "PER"
        and end - start == 1
        and text[start] in SIDE_ABBREVIATIONS
        and text.startswith(PERSON_TITLES, end)
    ):
        return []  # 哈外长: Kazakhstan's foreign minister, no one named 哈
    latin_head = _LATIN_THEN_HEAD.fullmatch(text, start, end)
    if (
        label == "ORG"
        and latin_head
        and text.endswith(_LONG_ORG_WORDS, start, end)
        and latin_head.group("kind") not in LEGAL_FORMS
    ):
        return [Mention(start, end, label, f"model:{label}", "model_zh", 0.8)]  # `SCAT航空公司`: the name and its kind
    if label != "PER" and _MIXED_SCRIPTS.search(text, start, end):  # 阿塞拜疆国家石油公司SOCAR: two names
        return [
            Mention(run.start(), run.end(), label, f"model:{label}", "model_zh", 0.8)
            for run in _SCRIPT_RUN.finditer(text, start, end)
            if len(run.group().strip()) >= 2 and run.group() not in ORG_WORDS
        ]
    if _HYPHENS.search(text, start, end) and (
        label == "LOC" or (len(_HYPHENS.findall(text, start, end)) >= 2 and not text[start:end].endswith(ORG_WORDS))
    ):  # 哈萨克斯坦-阿克套-巴库: a route of places, not one place or body
        return _hyphen_parts(text, start, end)
    if label == "LOC" and text[start:end] not in ORG_WORDS and text.endswith(_INSTITUTION_WORDS, start, end):
        label = "ORG"  # `哈萨克斯坦国家博物馆`: a museum, a university, a theatre is a body, as the gold has them
    if label == "ORG" and text.endswith(ROUTE_WORDS, start, end):
        return [Mention(start, end, "MISC", "route", "model_zh", 0.8)]  # 哈中石油管道: a pipeline, not a body
    if label == "ORG":
        building = _BUILDING.search(text, start + 1, end)
        if building:  # 阿克托别市建设新热电厂: a city building a new plant, not a body
            place = text[start : building.start()]
            return (
                [Mention(start, building.start(), "LOC", "model:LOC", "model_zh", 0.8)]
                if place.endswith(_PLACE_ENDINGS) and len(place) >= 3
                else []
            )
        named_end = _without_press_office(text, start, end)[1]
        if text[start:named_end] not in GENERIC_QUALIFIERS:
            end = named_end  # `突厥斯坦州政府新闻办公室`: the body is named, its press office is no name of its own
            # (`国际新闻中心` is one: 国际 names no body)
        return [Mention(s, e, label, f"model:{label}", "model_zh", 0.8) for s, e in _named_parts(text, start, end)]
    return [Mention(start, end, label, f"model:{label}", "model_zh", 0.8)]


_SENTENCE_STOP = re.compile("[。！？；]+")
_PLACE_CHARS = frozenset(
    word for word in (*PLACE_SUFFIXES, *PLACE_MARKERS, *PLACE_SUFFIXES_UNLESS_KNOWN) if len(word) == 1
)
"""One-character place words (州, 市, 县)."""
_BARE_HEADS = frozenset((*ORG_WORDS, *GENERIC_BODIES))
"""Head words of bodies (委员会, 中心, 集团): written alone, they refer back to a body or describe one."""


_BARE_HEAD_RUN = re.compile("(?:" + "|".join(map(re.escape, sorted(_BARE_HEADS, key=len, reverse=True))) + ")+")
"""One or more head words of bodies in a row (公司集团): a run of heads with no name before them."""


def _bare_head(text: str, start: int, end: int, label: str) -> bool:
    """Whether a place or body's span is only head words of bodies (委员会, 博物馆, 公司集团) or of missions (使馆,
    总领馆), after a word that points to one at most (原大使馆 the former embassy, 将大使馆 of 将大使馆迁至: to move the
    embassy), which refer back to one or describe one and name none."""
    if label == "PER":
        return False
    if end - start > 1 and text[start] in BODY_POINTERS:
        start += 1
    return _BARE_HEAD_RUN.fullmatch(text, start, end) is not None or text[start:end] in MISSION_HEADS


_BUILDING = re.compile("|".join(map(re.escape, sorted(BUILDING_PHRASES, key=len, reverse=True))))
_PLACE_ENDINGS = (*PLACE_SUFFIXES, *PLACE_MARKERS)
"""What a place doing the building ends with (市, 州, 港); with two characters or more before it."""
_LEVEL = re.compile("(?:州|市|省|县|区|地区|国家|国际|共和国)级")
"""A level opening a body's span (州级, 国家级): what kind of body it is, not its name."""
_WHOLE_PLACE = re.compile("全[国州市省区县]")
"""The whole country, region or city (全国, 全州) before a body's head: every such body, described."""
_COUNTED = re.compile(r"(?<!第)[一二三四五六七八九十两几数多\d]+[所家个座]")
"""A number and a measure word inside a body's span: bodies counted (九所大学), not one named."""
_BRANCHES = ("分校", "子公司")
"""A university's branch campus, a company's subsidiary: the name before the word is the body's name."""
_PLACE_WORDS_ONLY = re.compile("(?:" + "|".join(map(re.escape, sorted(_PLACE_ENDINGS, key=len, reverse=True))) + ")+")
"""Words for kinds of places and nothing else (省州, 州市): no name."""


_PARENT = re.compile("|".join(map(re.escape, sorted(PARENT_BODIES, key=len, reverse=True))))
_TITLES_FROM_HEADS = tuple(title for title in PERSON_TITLES if _PARENT.match(title) and len(title) > 1)
"""Titles that begin with a body's head (部长, 院长): where one is written, the head is no body."""
_MINISTRY = "部"
_NOT_A_BODY_BEFORE = frozenset("东西南北中内外全")
"""北部, 内部: 部 after these is a part of something, not a ministry."""


def _named_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A compound body cut into its named parts: 俄联邦国家杜马国防委员会 -> 俄联邦国家杜马 + 国防委员会,
    参议院预算委员会 -> 参议院 + 预算委员会; a body whose rest does not end as a body does (外交部长) stays whole."""
    for parent in _PARENT.finditer(text, start, end):
        cut = parent.end()
        whole = cut - start >= 3 and (parent.start() == start or parent.group() == _MINISTRY)
        if parent.start() < start + 3 and not whole:
            continue  # a head this early is a word of the name; one that opens it is a body (参议院…), as is a
            # ministry of two characters and 部 (交通部 + 铁路和水运委员会, 农业部 + 农产品生产及加工司)
        rest = text[cut:end]
        before = text[parent.start() - 1] if parent.start() else ""
        if any(text.startswith(title, parent.start()) for title in _TITLES_FROM_HEADS):
            continue  # 欧洲委员会部长委员会: 部长 is a title (the Committee of Ministers), not a ministry
        if text.startswith(_BODY_TITLES, cut):
            continue  # 独联体政府首脑理事会: 政府首脑 is an office (the Council of Heads of Government)
        if len(rest) < 3 or not rest.endswith(_ORG_TOKEN_ENDINGS) or before in _NOT_A_BODY_BEFORE:
            continue
        if any(text.count(opening, start, cut) > text.count(closing, start, cut) for opening, closing in _PAIRS):
            continue  # 台湾“国防部”军事情报局: never cut inside quotation marks
        return [(start, cut), *_named_parts(text, cut, end)]
    return [(start, end)]


_EDGE_MARKS = frozenset(NAME_JOINERS + "—–“”\"'《》「」 ")


_HYPHENS = re.compile("[-‐－–—]")
_QUOTED_NAME_MOST = 10
"""How long a transliterated name in quotation marks may be for a span inside it to take it whole."""


def _whole_quoted_transliteration(text: str, start: int, end: int) -> tuple[int, int]:
    """A span inside quotation marks that hold a transliterated name alone (`"萨热阿尔卡"` read as 阿尔卡) is the
    whole name; any other span stays as it is."""
    opening = start - 1
    while opening >= max(0, end - _QUOTED_NAME_MOST - 1) and text[opening] in TRANSLIT_CHARS:
        opening -= 1
    closing = _CLOSING_MARK.get(text[opening]) if opening >= 0 else None
    if closing is None or (opening == start - 1 and text.startswith(closing, end)):
        return start, end
    after = end
    while after < opening + _QUOTED_NAME_MOST + 1 and after < len(text) and text[after] in TRANSLIT_CHARS:
        after += 1
    return (opening + 1, after) if text.startswith(closing, after) else (start, end)


_CLOSING_MARK = {"“": "”", "「": "」", "《": "》", "«": "»", '"': '"'}
_PAIRS = tuple(_CLOSING_MARK.items())
_OPENING_MARK = {closing: opening for opening, closing in _PAIRS}
_PAIRED_MARKS = {opening: _CLOSING_MARK[opening] for opening in "“「"}
"""Quotation marks a name may hold a quoted part in (a title in 《》 is a name of its own: 俄罗斯《消息报》 ->
消息报)."""
_QUOTE_MARKS = re.compile('[“”"「」《》«»]')
_QUOTED_NAME_OPENING = re.compile(f"[{''.join(_PAIRED_MARKS)}]")
"""The opening quotation mark of a body's name inside a span (the country before it is no part of the name)."""
_MIXED_SCRIPTS = re.compile(r"[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]")
_SCRIPT_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z][A-Za-z0-9 &.-]*[A-Za-z0-9]")
_LATIN_THEN_HEAD = re.compile(r"[A-Za-z][A-Za-z0-9 &.-]*[A-Za-z0-9](?P<kind>[\u4e00-\u9fff]{2,5})")
"""A Latin name and a short Chinese head after it (`SCAT航空公司`, `SANY集团`): one body; not a legal form alone
(公司, 股份公司: ``legal_forms.tsv``), which only says it is a company (`Fabe-Agro公司` -> Fabe-Agro)."""


def _named_after_person(text: str, start: int, end: int) -> Mention | None:
    """A place, a route or a body named after a person, which the tagger reads as the person (霍贾·艾哈迈德·亚萨维陵墓,
    纳扎尔巴耶夫大学; a route between places gives its ends, ``_route_ends``): the whole name with the word that
    makes it one, when that word ends the span or follows it, perhaps after words of the body's kind
    (霍兹巴耶夫国立大学); None for a person, and for one whose title follows (区长: the district's head)."""
    if text.startswith(PERSON_TITLES, end):
        return None
    for words_, label, fine in (
        (LANDMARK_WORDS, "LOC", "model:LOC"),
        (ROUTE_WORDS, "MISC", "route"),
        (_NAMING_WORDS, "ORG", _NAMED_AFTER),
    ):
        for word in words_:
            if text.endswith(word, start, end) and end - start > len(word) + 1:
                return Mention(start, end, label, fine, "model_zh", 0.8)
            if text.startswith(word, end) and not text.startswith(NOT_PLACE_WORDS, end):
                return Mention(start, end + len(word), label, fine, "model_zh", 0.8)  # not 区域, 街道
    gap = _NAMED_BODY_GAP.match(text, end)  # `霍兹巴耶夫国立大学`: words of kind between the name and its head
    word = next((word for word in _NAMING_WORDS if text.startswith(word, gap.end())), None) if gap else None
    return Mention(start, gap.end() + len(word), "ORG", _NAMED_AFTER, "model_zh", 0.8) if gap and word else None


_NAMED_BODY_GAP = re.compile(f"(?:{'|'.join(map(re.escape, BODY_KINDS))}){{1,3}}")
"""Words of a body's kind (国立, 国家艺术; ``data/body_kinds.tsv``) between the name it bears and its head."""


def _with_opening_mark(text: str, start: int, end: int) -> int:
    """Where a body's name begins when the span holds the closing quotation mark of a name whose opening mark
    lies just before it (`“祖国之光”党`, not `之光”党`: the quoted part is the body's name)."""
    for position in range(start, end):
        opening = _OPENING_MARK.get(text[position])
        if opening is None or text.find(opening, start, position) != -1:
            continue
        found = text.rfind(opening, max(0, start - _QUOTED_NAME_LENGTH), start)
        if found != -1 and not _CLAUSE_MARKS.search(text, found, start):
            return found
        return start
    return start


_LONG_ORG_WORDS = tuple(word for word in ORG_WORDS if len(word) >= 2)
"""Words that make a body of a person's name before them (大学, 博物馆); one character (院, 部) may begin
another word (院士)."""
_NAMING_WORDS = tuple(word for word in _LONG_ORG_WORDS if word not in LED_BODIES)
"""Of those, the ones a body named after a person ends in: not a body the person leads (克林顿政府,
``data/led_bodies.tsv``)."""
_INSTITUTION_WORDS = tuple(word for word in _LONG_ORG_WORDS if word not in PLACE_OR_BODY_HEADS)
"""Head words that make a body of a span the tagger calls a place (博物馆, 大学); not those that also end places
(购物中心, 体育场; ``data/place_or_body_heads.tsv``)."""
_QUOTED_NAME_LENGTH = 12
"""How far before a body's span its quoted name may begin (“哈巴尔24”电视台)."""
_CLAUSE_MARKS = re.compile("[，。；：！？,;:!?\n]")


def _side_or_word_part(text: str, position: int) -> bool:
    """Whether the one character at ``position`` writes a side of a relation with Kazakhstan (驻哈, 哈中: the
    gold, like 哈方, lists neither side) or is part of a word that names no place (奥 in 奥运)."""

    def side_at(index: int) -> bool:
        name = SIDE_ABBREVIATIONS.get(text[index : index + 1]) if index >= 0 else None
        return name is not None and not text.startswith(name, index)

    if side_at(position) or side_at(position - 1) or side_at(position + 1):
        return True  # a word found around the position covers it: the window is one letter short of two words
    return any(word in text[max(0, position - len(word) + 1) : position + len(word)] for word in ABBREVIATION_WORDS)


_CHINA = "中"


def _names_china(text: str, position: int) -> bool:
    """Whether a lone 中 is China: beside another place's one-character name (中美, 美中) or before a word it makes
    Chinese (中外, 中资; ``data/china_compounds.tsv``); elsewhere it is "in" after a noun (在排名中位列第二)."""
    return _beside_place_char(text, position) or text[position + 1 : position + 2] in CHINA_COMPOUNDS


def _beside_place_char(text: str, position: int) -> bool:
    """Whether another place's one-character name stands right before or after ``position`` (中美, 中新, 亚欧)."""
    before, after = text[position - 1 : position], text[position + 1 : position + 2]
    return (before != "" and before in PLACE_ABBREVIATIONS) or (after != "" and after in PLACE_ABBREVIATIONS)


def _names_a_word(text: str, position: int) -> bool:
    """Whether a lone character that may name a place is the common word it more often is (新宪法: new, 明日: a day;
    ``data/ambiguous_place_chars.tsv``): with no characters listed, unless another place's one-character name stands
    beside it (中新 Singapore); else right after one of its characters."""
    not_after = AMBIGUOUS_PLACE_CHARS.get(text[position])
    if not_after is None:
        return False
    if not not_after:
        return not _beside_place_char(text, position)
    return position > 0 and text[position - 1] in not_after


def _beside_surname_words(text: str, start: int, end: int) -> bool:
    """Whether a one-character surname stands beside a title or a word that makes it a person (李主席, 刘某, 姓孙)."""
    return text.startswith((*PERSON_TITLES, *AFTER_SURNAME_ALONE), end) or text.endswith(BEFORE_SURNAME_ALONE, 0, start)


def _route_ends(text: str, start: int, end: int) -> list[Mention]:
    """The places at the ends of a route the tagger read as a person with its route word (`巴克图-塔琴铁路`,
    `肯基亚克-库姆科尔管道`: 巴克图, 塔琴), as the gold lists a route's ends; empty when the span is no such route."""
    route_at = next((end - len(word) for word in ROUTE_WORDS if text.endswith(word, start, end)), end)
    if route_at == end and not text.startswith(ROUTE_WORDS, end):
        return []
    if not _HYPHENS.search(text, start, route_at) or not _is_route(text[start:route_at]):
        return []
    return _hyphen_parts(text, start, route_at)


def _hyphen_parts(text: str, start: int, end: int) -> list[Mention]:
    """The places a route's hyphens join (`哈萨克斯坦-阿克套-巴库`), each of two characters or more."""
    parts, position = [], start
    for part in _HYPHENS.split(text[start:end]):
        if len(part) >= 2:
            parts.append(Mention(position, position + len(part), "LOC", "model:LOC", "model_zh", 0.8))
        position += len(part) + 1
    return parts


def _is_route(name: str) -> bool:
    """`乌赞-别列克特-埃特列克-戈尔甘`, `南-北`: places joined by hyphens, not a person's name, which joins its
    surname with a middle dot (哈斯穆-卓玛尔特·托卡耶夫) and has no one-character parts."""
    parts = _HYPHENS.split(name)
    if len(parts) < 2:
        return False
    if any(len(part) < 2 for part in parts) or (len(parts) > 2 and "·" not in name):
        return True
    # `巴克图-阿亚古兹`: two names neither of which ends like a surname (…耶夫, …娃, …拜) are a route's ends
    return "·" not in name and not any(part.endswith(SURNAME_ENDINGS) for part in parts)
