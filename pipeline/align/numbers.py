"""Numbers written in Chinese, Russian and English, reduced to one comparable form.

A translator carries figures over in the target language's own notation: ``26,3 млрд`` (Russian decimal
comma, short scale word), ``263亿`` (Chinese myriads), ``26.3 bn``; ``5,4%`` / ``5.4%`` / ``5,4 процента``;
``2026年2月6日`` / ``6 февраля 2026`` / ``February 6, 2026``. Each becomes a key: a value rounded to six
significant digits (``2.63e+10``), a percentage (``5.4%``) or a month-day (``02-06``); a year is just its
value. These keys are the language-neutral anchors that document pairing and sentence alignment
compare.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

import ahocorasick

from pipeline.rules import parse_table

NOT_QUANTITIES_PATH = Path(__file__).resolve().parent / "data" / "not_quantities.tsv"

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_MAGNITUDES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千万": 1e7, "百万": 1e6}
_WORD_MAGNITUDES = {
    "трлн": 1e12,
    "триллион": 1e12,
    "млрд": 1e9,
    "миллиард": 1e9,
    "млн": 1e6,
    "миллион": 1e6,
    "тыс": 1e3,
    "тысяч": 1e3,
    "тысяча": 1e3,
    "тысячи": 1e3,
    "trillion": 1e12,
    "trln": 1e12,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "thousand": 1e3,
}

_RU_MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_EN_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december")
    )
}  # fmt: skip
_EN_MONTHS.update({m[:3]: i for m, i in list(_EN_MONTHS.items())})
_EN_MONTHS["sept"] = 9

_SMALL_WORDS = {
    # 2-10 only: "one" / "один" are pronouns and articles as often as numbers.
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
    "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
}  # fmt: skip

_CLASSIFIERS = "个名艘项次年月日天份位家座种架辆条周届枚张倍所台只批轮场人吨公里米亿万"
"""What follows a Chinese numeral that counts something (两艘, 三次); 一 elsewhere is mostly a word part."""

_DIGIT_NUMBER = re.compile(r"\d(?<![0-9A-Za-z_]\d)(?<!\d[.,]\d)\d*(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))*(?:[.,]\d+)*")
"""Digits not glued to a word or to a decimal part before them (the look-behinds follow the first digit, so
a search skips to the next digit instead of testing them at every position)."""
_ZH_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+(?=[" + _CLASSIFIERS + "])")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENUMERATOR = re.compile(r"\s*\(?\d{1,2}(?:[.)、）]\s*|\s*[)）]\s*)(?!\d)")
"""A list item's number at the start of a sentence (``1. ``, ``2）``, ``3、``): a translator drops or
renumbers these, so they are markup rather than figures."""


_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \u00a0]$")
_ZH_DAY_AFTER = re.compile(r"月(\d{1,2})日")


@dataclass(slots=True)
class NumberMention:
    """A number found in text: its span and its comparable key."""

    start: int
    end: int
    key: str
    value: float


def canonical(value: float) -> str:
    """Six significant digits, so that 26.3 x 10^9 and 263 x 10^8 give the same key."""
    if value == int(value) and abs(value) < 1e6:
        return str(int(value))
    return f"{value:.6g}"


def parse_digits(token: str, lang: str) -> float | None:
    """A digit string in the notation of ``lang``: Russian ``26,3`` and ``1 500``; English ``3,000`` and ``26.3``.

    A comma before exactly three digits is a thousands separator outside Russian and Kazakh (where it
    is the decimal comma); a dot is a decimal point unless it groups thousands (``1.500.000``)."""
    if token.isdecimal():
        return float(token)  # plain digits, the usual case
    compact = _GROUP_SPACES.sub("", token)
    if lang in ("ru", "kk"):
        if compact.count(".") > 1:
            compact = compact.replace(".", "")
        compact = compact.replace(",", ".")
    else:
        groups = compact.split(",")
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and "." not in groups[0]:
            compact = "".join(groups)
        else:
            compact = compact.replace(",", ".")
        if compact.count(".") > 1:
            compact = compact.replace(".", "")
    try:
        return float(compact)
    except ValueError:
        return None


def zh_numeral(text: str) -> int | None:
    """一百二十 -> 120, 两 -> 2, 十五 -> 15 (Chinese numerals below ten thousand)."""
    total, digit = 0, None
    for char in text:
        if char in _ZH_DIGITS:
            digit = _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


_ZH_SCALE = re.compile(r"万亿|千万|百万|亿|万")
_WORD_SCALE = re.compile(
    r"[ \u00a0\u202f]?(трлн|триллион\w*|млрд|миллиард\w*|млн|миллион\w*|тыс|тысяч\w*|trillion|trln|billion|bln|bn"
    r"|million|mln|thousand)(?![^\W\d_])\.?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"[ \u00a0\u202f]?(?:%|процент\w*|percent|per cent|pct)", re.IGNORECASE)


def _magnitude_after(text: str, end: int, lang: str) -> tuple[float, int]:
    """The scale word right after a number (万, 亿, млрд, bn...) and where it ends."""
    match = _ZH_SCALE.match(text, end)
    if match:
        return _ZH_MAGNITUDES[match.group()], match.end()
    match = _WORD_SCALE.match(text, end)
    if match:
        word = match.group(1).lower()
        for stem, scale in _WORD_MAGNITUDES.items():
            if word == stem or (len(stem) > 4 and word.startswith(stem)):
                return scale, match.end()
    return 1.0, end


_AFTER_NUMBER = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (_PERCENT, _ZH_SCALE, _WORD_SCALE)), re.IGNORECASE
)
"""Whether a percent sign or a scale word follows (one search where most numbers have neither)."""


def _is_percent(text: str, end: int) -> int | None:
    match = _PERCENT.match(text, end)
    return match.end() if match else None


def _month_near(text: str, start: int, end: int, lang: str) -> int | None:
    """A month named right after (``6 февраля``, ``6 February``) or right before (``February 6``) a day."""
    after = _WORD.match(text, end + 1) if end < len(text) and text[end] in " \u00a0" else None
    if after:
        month = _month(after.group().lower(), lang)
        if month:
            return month
    before = _WORD_BEFORE.search(text[max(0, start - 14) : start])
    if before and lang == "en":
        return _month(before.group(1).lower(), lang)
    return None


@functools.lru_cache(maxsize=1 << 14)
def _month(word: str, lang: str) -> int | None:
    if lang == "en":
        return _EN_MONTHS.get(word)
    for stem, month in _RU_MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "май", "мае")):
            return month
    return None


@functools.cache
def _not_quantities() -> re.Pattern[str] | None:
    """One pattern for the words of ``data/not_quantities.tsv`` (longest first), or None if it lists none."""
    lines = NOT_QUANTITIES_PATH.read_text(encoding="utf-8").splitlines()
    words = sorted(
        (row["word"] for row in parse_table(lines, "words", "pipeline/align/data/not_quantities.tsv")),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(word) for word in words)) if words else None


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number in ``text`` (of language ``lang``) with its comparable key, in text order; none inside
    a fixed word whose numerals count nothing (``data/not_quantities.tsv``: 冬季两项, biathlon)."""
    found = _find_numbers(text, lang)
    pattern = _not_quantities()
    fixed = [match.span() for match in pattern.finditer(text)] if found and pattern is not None else []
    if fixed:
        found = [n for n in found if not any(start < n.end and n.start < end for start, end in fixed)]
    return found


def _find_numbers(text: str, lang: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    enumerator = _ENUMERATOR.match(text)
    for match in _DIGIT_NUMBER.finditer(text):
        start, end = match.span()
        if enumerator and end <= enumerator.end():
            continue
        value = parse_digits(match.group(), lang)
        if value is not None:
            number = _keyed(text, start, end, value, lang)
            if number is not None:
                found.append(number)
    if lang == "zh":
        for match in _ZH_NUMERAL.finditer(text):
            value = zh_numeral(match.group())
            number = _keyed(text, match.start(), match.end(), float(value), lang) if value else None
            if number is not None:
                found.append(number)
        if _ZH_MONTH_HINT in text:
            found.extend(_months_alone(text, lang, found))
    else:
        lowered = text.lower()
        if _holds_any(_SMALL_HINT, lowered):
            for match in _WORD.finditer(text):
                value = _SMALL_WORDS.get(match.group().lower())
                if value:
                    found.append(NumberMention(match.start(), match.end(), canonical(value), float(value)))
        if _holds_any(_MONTH_HINT, lowered):
            found.extend(_months_alone(text, lang, found))
    found.sort(key=attrgetter("start"))
    return found


def _finder(words: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton that finds any of ``words`` in one pass (a regular expression tries each alternative at
    every position of the text)."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _holds_any(finder: ahocorasick.Automaton, text: str) -> bool:
    return next(finder.iter(text), None) is not None


_SMALL_HINT = _finder(_SMALL_WORDS)
"""Any of the small number words anywhere in a lower-cased text: a text without one has no word to look up
(one search instead of a look-up per word)."""

_ZH_MONTH_HINT = "月"
"""What a Chinese month needs (:data:`_ZH_MONTH`)."""

_MONTH_HINT = _finder((
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "январ", "феврал", "март", "апрел", "май", "мая", "мае", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
    "декабр",
))  # fmt: skip
"""What every lower-cased word that may name a month begins with: a text without any of these has no month
to look for (one search instead of looking every word up)."""

_ZH_MONTH = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])月(?![0-9]{1,2}日)")


def _months_alone(text: str, lang: str, found: list[NumberMention]) -> list[NumberMention]:
    """A month named without a day (``10月份``, ``в октябре``, ``in October``), keyed ``month-10``: a
    translation names the month too, and the bare number would match nothing on the other side."""
    months = []
    if lang == "zh":
        for match in _ZH_MONTH.finditer(text):
            month = int(match.group(1))
            found[:] = [n for n in found if not (n.start == match.start(1) and n.value == month)]
            months.append(NumberMention(match.start(), match.end(), f"month-{month:02d}", float(month)))
        return months
    days = [n for n in found if len(n.key) == 5 and n.key[2] == "-"]
    for match in _WORD.finditer(text):
        word = match.group()
        if lang == "en" and not ((word[0].isupper() and len(word) > 3) or word == "May"):
            continue  # "may", "march" are verbs, "Jan" a name
        month = _month(word.lower(), lang)
        if (
            month
            and len(word) >= 3
            and not any(n.start - 2 <= match.end() and match.start() <= n.end + 2 for n in days)
        ):
            months.append(NumberMention(match.start(), match.end(), f"month-{month:02d}", float(month)))
    return months


def _keyed(text: str, start: int, end: int, value: float, lang: str) -> NumberMention | None:
    if lang == "zh":
        month_day = _ZH_DAY_AFTER.match(text[end : end + 4]) if text.startswith("月", end) else None
        if month_day and 1 <= value <= 12:
            day = int(month_day.group(1))
            return NumberMention(start, end + month_day.end(), f"{int(value):02d}-{day:02d}", value)
        if text[end : end + 1] == "日" and text[start - 1 : start] == "月":
            return None  # the day of 2月6日, already keyed with its month
    elif value == int(value) and 1 <= value <= 31:
        month = _month_near(text, start, end, lang)
        if month:
            return NumberMention(start, end, f"{month:02d}-{int(value):02d}", value)
    if not _AFTER_NUMBER.match(text, end):
        return NumberMention(start, end, canonical(value), value)  # the usual case: no unit after it
    percent_end = _is_percent(text, end)
    if percent_end is not None:
        return NumberMention(start, percent_end, canonical(value) + "%", value)
    scale, scaled_end = _magnitude_after(text, end, lang)
    if scale != 1.0:
        value *= scale
        end = scaled_end
    return NumberMention(start, end, canonical(value), value)


def number_keys(text: str, lang: str) -> list[str]:
    """Just the keys of :func:`find_numbers`."""
    return [number.key for number in find_numbers(text, lang)]


def key_weight(key: str) -> float:
    """How much a shared number says: a specific figure much, a year or a count below ten little."""
    if key.endswith("%") or "-" in key[1:]:
        return 1.0
    try:
        value = float(key)
    except ValueError:
        return 1.0
    if value <= 10:
        return 0.3
    if 1990 <= value <= 2040 and value == int(value):
        return 0.4
    return 1.0
