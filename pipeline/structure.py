"""Article structure: the blocks of a Kazinform article and their kinds.

Kazinform articles are line oriented: one paragraph per line, blank lines between them. On top of
that they carry a ``date`` header, an optional title, section headings, photo captions with a
credit (``Фото: Солтан Жексенбеков / Kazinform``), agency datelines (``（哈萨克国际通讯社讯）``,
``ASTANA. KAZINFORM –``), interview turns (``记者：`` / ``阿利耶夫总统：``) and a translator credit
(``【编译：小穆】``). This module finds them; offsets index the normalised text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from pipeline.document import Block
from pipeline.lang.zh.lexicon import REPORTING_VERBS
from pipeline.langid import detect_lang, has_han
from pipeline.names import CAPTION_LABELS, DATED_DATELINE, KAZINFORM_DATELINE, PHOTO_LABELS, WEB_ADDRESS
from pipeline.rules import common_table

_DATE_HEADER = re.compile(r"date[ \t]+(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d[^\s]*)")
_ISO_DATE = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")

_AGENCY_DATELINE = re.compile(
    r"""(?:
        [（(]?[ \t]*(?P<zh>哈萨克国际通讯社|哈通社)[^（()）\n]{0,20}?讯[ \t]*[）)]
      | (?P<zh_slash>哈通社)(?:/[^/\s]{1,12}){1,2}/[ \t]*\d{1,2}月\d{1,2}日[ \t]*(?:--|—{1,2}|–|-)?
      | (?P<kazinform>"""
    + KAZINFORM_DATELINE.pattern
    + r""")[ \t]*(?:--|[-–—])?
    )""",
    re.VERBOSE,
)
_AGENCY_NAMES = {"zh": None, "zh_slash": None, "kazinform": "Kazinform"}

_TRANSLATOR_OPENING = re.compile(r"[【\[〔（(][ \t]*(?:编译|翻译|编辑|译者|译)[ \t]*[:：]")
_TRANSLATOR_CLOSERS = "】]〕）)"
_MAX_TRANSLATOR_CHARS = 100

_CAPTION = re.compile(rf"^(?:(?:{CAPTION_LABELS})[ \t]*[:：][ \t]*)+(.*)$", re.IGNORECASE)
"""A caption line: its label, repeated as some pages print it (``Photo: Фото: ОКҚ``), then the caption."""
_CAPTION_WITHOUT_COLON = re.compile(rf"^(?:{PHOTO_LABELS})[ \t]+(?=[«\"“A-ZА-ЯЁ])([^.!?:\n]{{2,40}})$", re.IGNORECASE)
"""A line of a photo label and a short credit with no colon between (`ФОТО "АК ЖАЙЫК"`, `Фотоколлаж Azattyq Rýhy`):
a caption's credit, no sentence (a capital or a quotation mark opens the credit)."""
_MAX_CAPTION_CHARS = 200
_TRAILING_CAPTION = re.compile(
    rf"^(?P<text>[^\n]{{10,200}}?[^:： \t])[ \t]+(?P<label>(?:{CAPTION_LABELS})[ \t]*[:：])[ \t]*"
    r"\S[^\n]{0,60}$"
)
"""A caption's credit written after the picture's description on one line (`Head of State receives … Minister X
Photo: akorda.kz`, `L-R: Olga Rypakova, Sebastian Coe. Photo credit: Zhiger Abenov.`): a short credit closing the
line; each is read as a line of its own."""

_PERSON_NAME = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’\-]+(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’\-]+){1,2}$"
)

_ARCHIVE_CREDITS = sorted((row["word"] for row in common_table("archive_credits")), key=len, reverse=True)
"""Words before the owner of the archive a photo comes from (``pipeline/data/archive_credits.tsv``)."""
_SOURCELESS_CREDITS = frozenset(row["word"] for row in common_table("sourceless_credits"))
"""Credits that name no source (``pipeline/data/sourceless_credits.tsv``: a screenshot, a placeholder)."""

_LABEL_LINE = re.compile(r"([^：:\n]{1,30}?)[ \t]*(?:[：:][ \t]*)+([^\s：:].*)")
"""A speaker label and the words after it; doubled colons (``Journalist::``) belong to the label, and a
label with nothing after it is no turn (it would make an empty answer)."""
_LABEL_FORBIDDEN = re.compile(r"[\s\d，。、,.;；!?！？“”\"'«»()（）《》\[\]【】/]")
_QUESTION_LABELS = frozenset(
    {"记者", "问", "主持人", "q", "question", "interviewer", "journalist", "вопрос", "корреспондент", "журналист"}
)
_REPORTING_ENDINGS = (*REPORTING_VERBS, "问题", "如下")

_SENTENCE_END = "。．.;；:：,，、…"
_CLOSERS = "”’\"'»)）】」』》"
_BULLETS = ("-", "–", "—", "•", "·", "*", "●", "▪")
_MAX_TITLE_CHARS = {"han": 60, "other": 200}
_MAX_HEADING_CHARS = {"han": 40, "other": 120}
_MAX_HEADING_WORDS = 15


@dataclass(slots=True)
class Structure:
    """What structure parsing finds in one normalised text."""

    blocks: list[Block]
    date: dt.date | None = None
    title: str | None = None
    translator: str | None = None
    problems: list[str] = field(default_factory=list)


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without its surrounding whitespace."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def _ends_like_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSERS)
    return not core or core[-1] in _SENTENCE_END


def split_credit(credit: str) -> tuple[str | None, str | None]:
    """Split a caption credit into (person, agency).

    ``Солтан Жексенбеков / Kazinform`` (or ``\\``, ``|``) and ``НОК РК, Сали Сабиров`` -> both; ``пресс-служба
    КИСИ`` -> agency only; a lone capitalised two- or three-word name -> person only. ``None`` (a CMS artefact) or a
    screenshot (``data/sourceless_credits.tsv``) -> neither.
    """
    credit = credit.rstrip(" \t.。")  # `Photo credit: Zhiger Abenov.`: the stop closes the line, not the name
    if WEB_ADDRESS.fullmatch(credit.strip()):
        return None, credit.strip()  # `t.me/KZgovernment`: a site's page
    archive = next((words for words in _ARCHIVE_CREDITS if credit.lower().startswith(words + " ")), None)
    if archive is not None and _PERSON_NAME.fullmatch(credit[len(archive) :].strip()):
        return credit[len(archive) :].strip(), None  # `из личного архива Марата Искалиева`: the archive's owner
    parts = []
    for part in (part.strip() for part in re.split(r"\s*[/\\|]\s*", credit) if part.strip()):
        head, comma, tail = part.rpartition(",")
        if comma and head.strip() and _PERSON_NAME.fullmatch(tail.strip()):
            parts += [head.strip(), tail.strip()]  # `НОК РК, Сали Сабиров`: the source and the photographer
        else:
            parts.append(part)
    person = agency = None
    for part in parts:
        if part.lower() in _SOURCELESS_CREDITS:
            continue
        if person is None and _PERSON_NAME.match(part) and not _names_a_body(part):
            person = part
        elif agency is None:
            agency = part
    return person, agency


@functools.cache
def _body_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every language's body heads, lower case: one-word heads and stems (ministry, служб), and phrases (press
    service)."""
    from pipeline.lang import languages

    heads = {head.lower() for language in languages().values() for head in language.body_heads if not has_han(head)}
    return frozenset(head for head in heads if " " not in head), tuple(head for head in heads if " " in head)


def _names_a_body(credit: str) -> bool:
    """Whether capitalised words of a credit name a body, not a photographer (`Kazakh Science Ministry`, `Akorda
    Press Service`, `Пресс-служба Акорды`): one of them begins with a body's head."""
    heads, phrases = _body_heads()
    lowered = credit.lower()
    words = re.split(r"[\s\-]+", lowered)
    return (
        any(phrase in lowered for phrase in phrases)
        or any(word in heads for word in words)  # ministry, agency: whole words
        or any(word.startswith(head) for word in words for head in heads if len(head) >= 4 and not head.isascii())
    )  # служб, министерств: Russian stems, any case ending


def _translator(line: str) -> str | None:
    """The name in a translator credit line such as ``【编译：小穆】`` (linear: no backtracking regex), also among
    the other roles of a staff credit (``【记者:鲁斯兰 编译:昂哈尔 审校:金桥】`` -> 昂哈尔)."""
    if (worded := _WORDED_TRANSLATOR.fullmatch(line)) is not None:
        return worded.group("name")  # `Translation by Assem Zhanmukhanova`
    if len(line) > _MAX_TRANSLATOR_CHARS or not line.endswith(tuple(_TRANSLATOR_CLOSERS)):
        return None
    opening = _TRANSLATOR_OPENING.match(line)
    if opening is None:
        staff = _STAFF_CREDIT.fullmatch(line)
        return staff.group("name") if staff is not None and staff.group("name") else None
    name = line[opening.end() : -1].strip(" \t")
    if not name or any(closer in name for closer in _TRANSLATOR_CLOSERS):
        return None
    return name


_WORDED_TRANSLATOR = re.compile(
    r"(?:Translat(?:ion|ed)[ \t]+by|Translat(?:ion|or)[ \t]*:|Перевод[ \t]*:|Перевела|Перевел|Перевёл)[ \t]+"
    r"(?P<name>[A-ZА-ЯЁ][\w'’.-]*(?:[ \t]+[A-ZА-ЯЁ][\w'’.-]*){0,2})[ \t]*\.?"
)
"""A translator's credit line in words (`Translation by Assem Zhanmukhanova`, `Перевод: Айгерим Ахметова`)."""
_AUTHOR_ROLES = "记者|摄影"
"""The roles of a staff credit that make its holder an author, a person of the article (reporter, photographer)."""
_STAFF_ROLES = f"{_AUTHOR_ROLES}|编译|翻译|编辑|译者|审校|校对|责编"
_STAFF_CREDIT = re.compile(
    rf"[【\[〔（(](?:[ \t]*(?:(?:编译|翻译|译者)[ \t]*[:：][ \t]*(?P<name>[^\s:：】\]〕）)]+)"
    rf"|(?:{_STAFF_ROLES})[ \t]*[:：][ \t]*[^\s:：】\]〕）)]+))+[ \t]*[】\]〕）)]"
)
"""A staff credit line naming the roles of the article's makers (reporter, translator, proofreader), each
``role:name``, in one bracket."""
_REPORTER = re.compile(rf"(?:{_AUTHOR_ROLES})[ \t]*[:：][ \t]*(?P<name>[^\s:：】\]〕）)]+)")
"""The reporter or photographer in a staff credit (`【记者:鲁斯兰•哈毕索夫 编译:昂哈尔】`): an author, a person of the
article as a byline is, where the translator and the proofreader are metadata."""


def staff_authors(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the reporters and photographers of a staff credit line are named (offsets of ``text``)."""
    return [match.span("name") for match in _REPORTER.finditer(text, start, end)]


def _interview_label(line: str) -> tuple[str, int] | None:
    """(label, offset of the content) when the line opens with a speaker label like ``记者：``."""
    match = _LABEL_LINE.fullmatch(line)
    if not match:
        return None
    label = match.group(1).strip()
    if has_han(label):
        if len(label) > 16 or _LABEL_FORBIDDEN.search(label) or label.endswith(_REPORTING_ENDINGS):
            return None
    else:
        words = label.split()
        if len(words) > 4 or any(_LABEL_FORBIDDEN.search(word) for word in words):
            return None
        if re.search(r"[,.;!?\d]", label):
            return None
    return label, match.start(2)


def _is_question_label(label: str) -> bool:
    lowered = label.lower()
    return lowered in _QUESTION_LABELS or label.endswith("记者")


def _parse_date(token: str) -> dt.date | None:
    match = _ISO_DATE.fullmatch(token)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _size_class(text: str) -> str:
    return "han" if has_han(text) else "other"


def _could_be_heading(text: str) -> bool:
    if text.startswith(_BULLETS) or _ends_like_sentence(text):
        return False
    if len(text) > _MAX_HEADING_CHARS[_size_class(text)] or len(text.split()) > _MAX_HEADING_WORDS:
        return False
    return "。" not in text[:-1]


def _could_be_title(text: str) -> bool:
    if text.startswith(_BULLETS) or _ends_like_sentence(text):
        return False
    return len(text) <= _MAX_TITLE_CHARS[_size_class(text)]


_Piece = tuple[int, int, Block | None]
"""A line's (start, end) after any dateline, and the dateline's credit block when one was cut off."""


def parse_structure(text: str) -> Structure:
    """Cut a normalised article into typed blocks and read its header, title and translator.

    Each pass reads what the one before left: the header is taken off the first line, datelines off
    every line, and only then are the remaining lines classified and given a language."""
    structure = Structure(blocks=[])
    spans = _read_date_header(text, _line_spans(text), structure)
    pieces = _cut_datelines(text, _trailing_credits_apart(text, spans))
    labels = _interview_labels(text, pieces)
    _classify_lines(text, pieces, labels, structure)
    _assign_languages(text, structure.blocks)
    return structure


def _read_date_header(text: str, spans: list[tuple[int, int]], structure: Structure) -> list[tuple[int, int]]:
    """Pass 1: the date header, possibly followed by text on the same line.

    The header is metadata, not prose, so it becomes a ``date`` block and the rest of its line (if any)
    goes on to be classified like any other line."""
    if spans:
        start, end = spans[0]
        header = _DATE_HEADER.match(text, start, end)
        if header:
            structure.blocks.append(Block("date", start, header.end(), lang="und"))
            structure.date = _parse_date(header.group(1))
            if structure.date is None:
                structure.problems.append(
                    f"malformed date header {text[start : header.end()]!r}: expected ' date YYYY-MM-DD'; "
                    "date left empty"
                )
            rest = _skip_spaces(text, header.end(), end)
            spans[0] = (rest, end)
            if rest >= end:
                spans.pop(0)
    return spans


def _trailing_credits_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pass 1b: a translator credit written at the end of a paragraph (``…他说。(编译:塔尔)``) and a caption's credit
    after the picture's description (``Head of State receives … Minister X Photo: akorda.kz``) are lines of their
    own, so that each is read as the credit it is: its name is no place or person of the news, and the description's
    names stay names."""
    apart: list[tuple[int, int]] = []
    for start, end in spans:
        described = _TRAILING_CAPTION.match(text[start:end])
        if described is not None:
            label = text[start:end].find(described.group("label"), described.end("text"))
            apart += [(start, start + described.end("text")), (start + label, end)]
            continue
        opening = None
        if text[end - 1 : end] in _TRANSLATOR_CLOSERS and end - start > 1:
            opening = next(_TRANSLATOR_OPENING.finditer(text, max(start + 1, end - _MAX_TRANSLATOR_CHARS), end), None)
        if opening is not None and _translator(text[opening.start() : end]) is not None:
            content_end = opening.start()
            while content_end > start and text[content_end - 1] in " \t":
                content_end -= 1
            if content_end > start:
                apart += [(start, content_end), (opening.start(), end)]
                continue
        apart.append((start, end))
    return apart


def _cut_datelines(text: str, spans: list[tuple[int, int]]) -> list[_Piece]:
    """Pass 2: agency datelines open a paragraph; cut them off as credit blocks.

    A dateline names the agency, not the speaker or topic, so it must not count as the paragraph's
    words (nor make a paragraph look like a title or a heading)."""
    pieces: list[_Piece] = []
    for start, end in spans:
        match = _AGENCY_DATELINE.match(text, start, end)
        dated = None if match else DATED_DATELINE.match(text, start, end)  # another outlet's, with its date
        if match and match.end() < end:
            agency = next(_AGENCY_NAMES[name] or match.group(name) for name in _AGENCY_NAMES if match.group(name))
            credit = Block("credit", start, start + len(match.group().rstrip()), credit_agency=agency)
            pieces.append((_skip_spaces(text, match.end(), end), end, credit))
        elif dated and dated.end() < end:
            credit_end = start + len(dated.group().rstrip(" \t-–—"))
            credit = Block("credit", start, credit_end, credit_agency=dated.group("agency"))
            pieces.append((_skip_spaces(text, dated.end(), end), end, credit))
        else:
            pieces.append((start, end, None))
    return pieces


def _interview_labels(text: str, pieces: list[_Piece]) -> list[tuple[str, int] | None]:
    """Pass 3: the speaker label of each line, when the article is an interview (else all ``None``).

    A label such as ``总统：`` only marks a turn when the article has both a question label and an answer
    label; a lone ``Note:`` line in an ordinary article is not an interview."""
    labelled = [_interview_label(text[s:e]) for s, e, _ in pieces]
    is_interview = any(lab and _is_question_label(lab[0]) for lab in labelled) and any(
        lab and not _is_question_label(lab[0]) for lab in labelled
    )
    return labelled if is_interview else [None] * len(pieces)


def _classify_lines(
    text: str, pieces: list[_Piece], labels: list[tuple[str, int] | None], structure: Structure
) -> None:
    """Pass 4: give every line its kind (credit, caption, turn, title, heading or paragraph), in order.

    One walk, because a line's kind depends on what came before it: a title only before any content, and
    unlabelled lines after an interview turn continue that turn."""
    turn = 0
    turn_kind: str | None = None
    turn_label: str | None = None
    seen_content = False
    for index, (start, end, credit) in enumerate(pieces):
        line = text[start:end]
        is_last = index == len(pieces) - 1
        if credit is not None:
            structure.blocks.append(credit)
            seen_content = True
        if (translator := _translator(line)) is not None:
            structure.translator = translator
            structure.blocks.append(Block("credit", start, end, credit_person=translator))
            turn_kind = None
            continue
        if line.strip().lower() in _SOURCELESS_CREDITS:  # `None`: a publishing system's empty caption
            structure.blocks.append(Block("caption", start, end))
            continue
        caption = _CAPTION.match(line) or _CAPTION_WITHOUT_COLON.match(line)
        if caption is not None and len(line) <= _MAX_CAPTION_CHARS:
            person, agency = split_credit(caption.group(1))
            structure.blocks.append(Block("caption", start, end, credit_person=person, credit_agency=agency))
            continue
        label = labels[index]
        if label is not None:
            turn += 1
            turn_label = label[0]
            turn_kind = "question" if _is_question_label(turn_label) else "answer"
            structure.blocks.append(Block(turn_kind, start, end, speaker_label=turn_label, turn=turn))
            seen_content = True
            continue
        if not seen_content and credit is None and not is_last and _could_be_title(line):
            structure.title = line
            structure.blocks.append(Block("title", start, end))
            seen_content = True
            continue
        seen_content = True
        if not is_last and _could_be_heading(line):
            structure.blocks.append(Block("heading", start, end))
            continue
        if turn_kind is not None:
            structure.blocks.append(Block(turn_kind, start, end, speaker_label=turn_label, turn=turn))
        else:
            structure.blocks.append(Block("paragraph", start, end))


def _assign_languages(text: str, blocks: list[Block]) -> None:
    """Pass 5: the language of each block but the date header.

    Per block rather than per article, because a Chinese article carries Russian captions and English
    credits, and each block is annotated by its own language's tools."""
    for block in blocks:
        if block.kind != "date":
            block.lang = _block_lang(text[block.start : block.end], block.kind)


def _block_lang(text: str, kind: str) -> str:
    """Language of a block; a caption whose credit is a Latin brand (``Фото: Kazinform``) takes its label's."""
    lang = detect_lang(text)
    if kind == "caption" and lang in ("en", "mixed"):
        label_lang = detect_lang(re.split(r"[:：]", text, maxsplit=1)[0])
        if label_lang in ("ru", "kk", "zh"):
            return label_lang
    return lang


def _skip_spaces(text: str, start: int, end: int) -> int:
    """First offset at or after ``start`` that is not a space or tab (at most ``end``)."""
    while start < end and text[start] in " \t":
        start += 1
    return start
