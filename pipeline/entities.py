"""The entities stage: recognisers per block, merged by rules, then linked to entities.

Merge: the longest span wins; on equal spans the recogniser with the higher priority in the registry
(``pipeline/recognisers.py``); weak recognisers only fill gaps. Linking: gazetteer names carry their
entity; other mentions whose (normal) form is a gazetteer name or alias of the same type take that
entity, and so does a one-letter spelling variant of a gazetteer person or a Chinese transliteration with
a gazetteer person's consonants; a surname alone (or with initials) links to the full name with that
surname, or spelled one letter off it, in the same document (the nearest before it, else the first
after); a different given name is a different person; everyone else becomes an entity of their own,
keyed by label and fullest form. Tokens are then cut at mention edges.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

from pipeline.align.persons import NamedPerson, names_alike
from pipeline.align.signature import name_skeleton
from pipeline.document import Block, Document, Mention, Sentence, Token
from pipeline.gazetteer import GazetteerEntity
from pipeline.lang import Language, gendered_name_endings, language_for, languages, romanized_person
from pipeline.lang.en.lexicon import PLACE_WORDS, american_spelling
from pipeline.lang.en.ner import ends_with_title, ministry_key
from pipeline.lang.kk.lexicon import CYRILLIC_SPELLING, RUSSIAN_LETTERS
from pipeline.lang.ru.lexicon import SURNAME_CASE_ENDINGS, home_body_names
from pipeline.lang.ru.ner import RussianNER
from pipeline.lang.zh.translit import (
    chinese_surname,
    consonant_added,
    cyrillic_reading,
    cyrillic_readings,
    reads_as,
    same_consonants,
)
from pipeline.langid import has_cyrillic, has_han
from pipeline.names import LEGAL_FORMS, NAME_JOINERS, TERM_ABBREVIATIONS, name_parts
from pipeline.ner_gazetteer import GazetteerMatcher
from pipeline.recognisers import COMMON, BlockContext, Recogniser, check_language, get_recogniser, per_document
from pipeline.rules import common_table
from pipeline.structure import staff_authors


def recogniser_plans(stanza_langs: Iterable[str] = ()) -> dict[str, tuple[Recogniser, ...]]:
    """Per language, the recognisers run on its blocks, in order (checked against the registry)."""
    with_stanza = frozenset(stanza_langs)
    plans: dict[str, tuple[Recogniser, ...]] = {}
    for code, language in languages().items():
        check_language(language)
        names = (*COMMON, *language.recognisers, *(("stanza",) if code in with_stanza else ()))
        plans[code] = tuple(get_recogniser(name) for name in names)
    return plans


class EntityRecognizer:
    """Callable stage: the registered recognisers of each block's language, merged, then linked.

    Models load on first use (natasha on the first Russian block)."""

    name = "entities"
    requires = frozenset({"blocks", "sentences", "tokens"})
    provides = frozenset({"mentions", "entity_ids"})

    def __init__(self, gazetteer: Iterable[GazetteerEntity], stanza_langs: Iterable[str] = (), stanza: Any = None):
        self.gazetteer = list(gazetteer)
        self.matcher = GazetteerMatcher(self.gazetteer)
        self.aliases = alias_index(self.gazetteer)
        self.spellings = SpellingIndex(self.gazetteer)
        self.stanza_langs = frozenset(stanza_langs)
        self.stanza = stanza
        self._russian: RussianNER | None = None
        self._resources: dict[str, Any] = {}
        self.plans = recogniser_plans(self.stanza_langs)

    def russian(self) -> RussianNER:
        """natasha's models, and a matcher that also knows the gazetteer's Russian normal forms."""
        if self._russian is None:
            self._russian = RussianNER()
            self.matcher = GazetteerMatcher(self.gazetteer, self._russian.normal_form)
        return self._russian

    def known_label(self, name: str) -> str | None:
        """The type the gazetteer knows a name as, written however the linker reads names (case, joiners, spelling):
        PER, LOC or ORG, in that order; None for a name it does not know."""
        key = _fold(name)
        return next((label for label in ("PER", "LOC", "ORG") if (label, key) in self.aliases), None)

    def matcher_for(self, language: Language) -> GazetteerMatcher:
        """The gazetteer matcher; for a language that inflects names, one that knows normal forms."""
        if language.inflected_names:
            self.russian()
        return self.matcher

    def resource(self, key: str, make: Callable[[EntityRecognizer], Any]) -> Any:
        """A model or index a recogniser loads once per stage (``make(stage)`` on first use)."""
        if key not in self._resources:
            self._resources[key] = make(self)
        return self._resources[key]

    def recognisers(self) -> dict[str, str]:
        """name -> version of every recogniser some language runs, for the manifest."""
        return {r.name: r.version for plan in self.plans.values() for r in plan}

    def stanza_mentions(self, ctx: BlockContext) -> list[Mention]:
        """Stanza's entities in a block: Russian and English ones came with the segment stage's pass;
        Chinese ones come from its NER model on jieba's tokens."""
        if ctx.language.code != "zh":
            return per_document(ctx, "stanza", lambda doc: doc.candidate_mentions)
        if self.stanza is None:
            return []
        from pipeline.stanza_backend import mentions_from_stanza

        sentences = [s for s in ctx.sentences if s.tokens]
        if not sentences:
            return []
        forms = [[ctx.doc.span(t.start, t.end) for t in s.tokens] for s in sentences]
        stanza_doc = self.stanza.annotate_tokens("zh", forms)
        return mentions_from_stanza(stanza_doc, 0, [t for s in sentences for t in s.tokens])

    def prepare(self, docs: list[Document]) -> None:
        """Run each batched model once over a batch of documents (see ``Recogniser.prepare``)."""
        seen: set[str] = set()
        for plan in self.plans.values():
            for recogniser in plan:
                if recogniser.prepare is not None and recogniser.name not in seen:
                    seen.add(recogniser.name)
                    recogniser.prepare(docs)

    def __call__(self, doc: Document) -> Document:
        candidates: list[Mention] = []
        normal_forms: dict[tuple[int, int], str] = {}
        sentences_by_block: dict[int, list[Sentence]] = {}
        for sentence in doc.sentences:
            sentences_by_block.setdefault(sentence.block, []).append(sentence)
        for index, block in enumerate(doc.blocks):
            if block.kind == "date":
                continue
            candidates += self._block_candidates(doc, block, sentences_by_block.get(index, []), normal_forms)
        candidates = [named for mention in candidates if (named := _company_name(doc, mention)) is not None]
        candidates = [part for mention in candidates for part in _apart_at_brackets(doc.text, mention)]
        candidates = [_without_stray_marks(doc.text, mention) for mention in candidates]
        candidates = _descriptions_apart(doc, candidates)
        for language in languages().values():  # rules over every recogniser's candidates: a known place run on
            candidates = language.apply_candidate_rules(doc.text, candidates)
        merged = _completed_han_names(doc, merge(_not_across_known_names(candidates)))
        mentions = merge(merged + _surname_mentions(doc, merged, normal_forms))
        for language in languages().values():  # rules over several mentions: a list of places, РК after a body
            mentions = language.apply_mention_rules(doc.text, mentions)
        doc.mentions = mentions
        link(doc, normal_forms, self.aliases, self.spellings)
        split_tokens_at_mentions(doc)
        _assign_sentences(doc)
        return doc

    def _block_candidates(
        self, doc: Document, block: Block, sentences: list[Sentence], normal_forms: dict[tuple[int, int], str]
    ) -> list[Mention]:
        if block.kind == "credit" and not block.credit_agency:
            # a translator credit: the translator is metadata (documents.translator), not news; a reporter or a
            # photographer named with him is an author, a person as a byline's (`【记者:X 编译:Y】`)
            return [
                Mention(start, end, "PER", "credit:PER", "caption", 0.9)
                for start, end in staff_authors(doc.text, block.start, block.end)
            ]
        language = language_for(block.lang, doc.span(block.start, block.end))
        ctx = BlockContext(doc, block, sentences, language, self, normal_forms=normal_forms)
        for recogniser in self.plans[language.code]:
            if ctx.is_label and not recogniser.on_labels:
                continue
            assert recogniser.find is not None
            ctx.found += recogniser.find(ctx)
        # A person's name holds no digit in any script, whichever recogniser proposed it (`the first COVID-19`),
        # and the abbreviation of a term (`LRT`, `GDP`) names nothing, whichever recogniser read it as a name.
        return [
            m
            for m in ctx.found
            if (m.label != "PER" or not _DIGIT.search(doc.text, m.start, m.end))
            and doc.text[m.start : m.end] not in TERM_ABBREVIATIONS
        ]


_DIGIT = re.compile(r"\d")
_QUOTED_NAME = re.compile(r"[«“„「『\"](?P<name>[^«»“”„「」『』\"\n]{1,60})[»”“」』\"]")
"""A name in quotation marks, innermost."""
_LEGAL_WORDS = re.compile("|".join(re.escape(form) for form in sorted(LEGAL_FORMS, key=len, reverse=True)))
_MARKS_AND_SPACE = re.compile(r"[\s«»“”„「」『』\"-]*")


_CLOSING_MARKS = "»”’」』)）"
_OPENING_MARKS = "«“‘「『(（"
_QUOTE_MARKS = "«»“”‘’「」『』\"'"


_MEDIA_TAG = re.compile(r"[ \t]*\((?:ФОТО|ВИДЕО|ФОТО, ВИДЕО|PHOTO|VIDEO|фото|видео)\)$")
"""The tag a headline ends with to announce pictures or a video: no part of a name before it."""


_BRACKETS = re.compile(r"[()（）\[\]]")
_BETWEEN_NAMES = ",;:、，；：-–—/"


def _apart_at_brackets(text: str, mention: Mention) -> list[Mention]:
    """A person's name holds no bracket: a span run across one is the names on either side of it (`Аскар Куанышевич
    (Жумагалиев` -> Аскар Куанышевич, Жумагалиев; `Абаев)` -> Абаев), each kept where it holds a letter. Not in Han
    script, where a reporter's given name may be written in brackets after the surname (记者袁（日希）): one name."""
    if (
        mention.label != "PER"
        or not _BRACKETS.search(text, mention.start, mention.end)
        or has_han(text[mention.start : mention.end])
    ):
        return [mention]
    parts, start = [], mention.start
    for bracket in [*_BRACKETS.finditer(text, mention.start, mention.end), None]:
        end = bracket.start() if bracket is not None else mention.end
        while start < end and (text[start].isspace() or text[start] in _BETWEEN_NAMES):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _BETWEEN_NAMES):
            end -= 1
        if end > start and any(ch.isalpha() for ch in text[start:end]):
            parts.append(dataclasses.replace(mention, start=start, end=end))
        start = bracket.end() if bracket is not None else end
    return parts


def _without_stray_marks(text: str, mention: Mention) -> Mention:
    """A mention without a closing mark at its start or an opening mark at its end (`»米尔扎哈利耶夫说` after a
    quotation), nor, for a person, any quotation mark at its edges: no name begins with the end of a quotation;
    nor a headline's media tag at its end (`(ФОТО)`)."""
    start, end = mention.start, mention.end
    if (tag := _MEDIA_TAG.search(text, start, end)) is not None and tag.start() > start:
        end = tag.start()  # `Йоханнесбурге (ФОТО)` in a headline: the place, without the headline's tag
    edges_start = _CLOSING_MARKS + (_QUOTE_MARKS if mention.label == "PER" else "")
    edges_end = _OPENING_MARKS + (_QUOTE_MARKS if mention.label == "PER" else "")
    while start < end and (text[start] in edges_start or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in edges_end or text[end - 1].isspace()):
        end -= 1
    if (start, end) == (mention.start, mention.end) or end <= start:
        return mention
    return dataclasses.replace(mention, start=start, end=end)


def _only_legal_forms(text: str) -> bool:
    return _MARKS_AND_SPACE.fullmatch(_LEGAL_WORDS.sub(" ", text)) is not None


def _company_name(doc: Document, mention: Mention) -> Mention | None:
    """No name for a legal form alone (СПК of АО «СПК «Ертіс», JSC); a body written with nothing but its legal form
    around a name in quotation marks is that name
    (ТОО «Сервис-Жарс» -> Сервис-Жарс, АО «НК «QazaqGaz» -> QazaqGaz, “ZIKSTO”有限责任公司 -> ZIKSTO;
    ``pipeline/data/legal_forms.tsv``), and so is one with a legal form before it, whatever follows the name
    (ТОО «Сервис-Жарс» Кызылжарского района); the closing mark may stand just after the span."""
    if doc.text[mention.start : mention.end] in LEGAL_FORMS:
        return None  # `JSC` read as a place or a body: a legal form alone names nothing
    if mention.label != "ORG":
        return mention
    *_, quoted = (None, *_QUOTED_NAME.finditer(doc.text, mention.start, min(len(doc.text), mention.end + 1)))
    if quoted is None or quoted.end("name") > mention.end:
        return mention
    start, end = quoted.span("name")
    before, after = doc.text[mention.start : start], doc.text[end : mention.end]
    if not _only_legal_forms(before) or not doc.text[start:end].strip():
        return mention
    if not _only_legal_forms(after) and not _LEGAL_WORDS.search(before):
        return mention  # `ТОО «Сервис-Жарс» Кызылжарского района`: the place after a legal form's name is no name
    return dataclasses.replace(mention, start=start, end=end)


_DESCRIPTION = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)+(?: of(?: the)?)? ")
"""Capitalised words before a known body's name that describe it (`the National Met Office Kazhydromet`) or
name a part of it (`European Regional Bureau of the World Health Organization`)."""
_OF_THE = re.compile(r" of(?: the)? $")
_KIND_AFTER = re.compile(
    "[ \t]+(?:" + "|".join(re.escape(row["word"]) for row in common_table("kinds_after_names")) + ")"
)
"""What kind of body a known name is, written after it (`… National Company`; ``data/kinds_after_names.tsv``)."""


def _descriptions_apart(doc: Document, candidates: list[Mention]) -> list[Mention]:
    """A body the gazetteer knows, written after capitalised words that describe it (`National Met Office
    Kazhydromet`) or name a part of it (`European Regional Bureau of the World Health Organization`), is a
    mention of its own, and so are the words before it unless they end in a title (an office): a span that took
    both is cut before the name (and its `of the`), as compound bodies are cut into their named parts; a span that
    runs on from a known name over the kind of body it is (`Kazakhstan Temir Zholy National Company`) is the name."""
    known_ends = {m.end: m.start for m in candidates if m.recogniser == "gazetteer" and m.label == "ORG"}
    if not known_ends:
        return candidates
    known_starts = {start: end for end, start in known_ends.items()}
    kept = []
    for mention in candidates:
        known_end = known_starts.get(mention.start)
        if (
            known_end is not None
            and mention.recogniser != "gazetteer"
            and known_end < mention.end
            and _KIND_AFTER.fullmatch(doc.text, known_end, mention.end)
        ):
            continue  # `Kazakhstan Temir Zholy National Company`: the known name, then what kind of body it is
        start = known_ends.get(mention.end)
        if (
            start is not None
            and mention.label == "ORG"
            and mention.recogniser != "gazetteer"
            and mention.start < start
            and _DESCRIPTION.fullmatch(doc.text, mention.start, start)
        ):
            joint = _OF_THE.search(doc.text, mention.start, start)
            mention = dataclasses.replace(mention, end=joint.start() if joint else start - 1)
            if ends_with_title(doc.span(mention.start, mention.end)):
                continue  # `First Vice Minister of Ministry of Agriculture`: the words before are an office
        kept.append(mention)
    return kept


_KNOWN_NAME_REACH = 100
"""How far before a mention a known name that runs into it may begin (longer names than this are not looked for)."""


def _not_across_known_names(candidates: list[Mention]) -> list[Mention]:
    """Candidates without those that cut across a name the gazetteer found (a span that takes part of it and
    runs on past its edge: `Temir Zholy Askar Mamin` over `Kazakhstan Temir Zholy` and `Askar Mamin`): a known
    name is whole or untouched; a span holding it whole, or held in it, stays."""
    known = sorted((m.start, m.end) for m in candidates if m.recogniser == "gazetteer")
    if not known:
        return candidates
    starts = [start for start, _ in known]
    kept = []
    for mention in candidates:
        first = bisect.bisect_left(starts, mention.start - _KNOWN_NAME_REACH)
        last = bisect.bisect_left(starts, mention.end)
        crosses = mention.recogniser != "gazetteer" and any(
            start < mention.end
            and mention.start < end
            and not (mention.start <= start and end <= mention.end)
            and not (start <= mention.start and mention.end <= end)
            for start, end in known[first:last]
        )
        if not crosses:
            kept.append(mention)
    return kept


def merge(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then by recogniser priority, then leftmost; weak
    recognisers only where no other recogniser found anything.

    Priorities and weakness come from the recogniser registry; a mention from an unregistered
    recogniser is an error; an empty span is never chosen. After the sort, a map of the characters already
    covered makes each check cost the mention's length, so the merge stays linear in the text."""
    ranks = {name: get_recogniser(name) for name in {m.recogniser for m in candidates}}
    if not candidates:
        return []
    size = max(m.end for m in candidates)
    strong = [m for m in candidates if not ranks[m.recogniser].weak]
    covered_by_strong = bytearray(size)  # characters any strong candidate covers, chosen or not
    for m in strong:
        covered_by_strong[m.start : m.end] = b"\x01" * (m.end - m.start)
    weak = [m for m in candidates if ranks[m.recogniser].weak and covered_by_strong.find(1, m.start, m.end) == -1]
    occupied = bytearray(size)  # characters a chosen mention already covers
    chosen: list[Mention] = []
    for mention in sorted(strong + weak, key=lambda m: (m.start - m.end, ranks[m.recogniser].priority, m.start)):
        if mention.end <= mention.start or occupied.find(1, mention.start, mention.end) != -1:
            continue
        occupied[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    chosen.sort(key=lambda m: m.start)
    return chosen


def _completed_han_names(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A Chinese person's name cut short where the document names the person whole (谢若夫 after 阔谢若夫, in
    `-阔谢若夫说`): the characters before the cut that complete a longer name of the document (or its last part)
    are the name's, when no other mention holds them."""
    by_last: dict[str, set[str]] = {}  # names by their last character: each mention looks at a few
    for m in mentions:
        if m.label == "PER" and has_han(text := doc.text[m.start : m.end]):
            for whole in (text, *name_parts(text)[-1:]):
                by_last.setdefault(whole[-1], set()).add(whole)
    if all(len(same) < 2 for same in by_last.values()):
        return mentions
    ends = sorted((m.start, m.end) for m in mentions)
    completed = []
    for mention in mentions:
        text = doc.text[mention.start : mention.end]
        if mention.label == "PER" and has_han(text):
            same_end = by_last.get(text[-1], ())
            longer = [name for name in same_end if len(name) > len(text) and name.endswith(text)]
            for name in sorted(longer, key=len, reverse=True):
                start = mention.start - (len(name) - len(text))
                completes = start >= 0 and doc.text[start : mention.start] == name[: -len(text)]
                if completes and not _held(ends, start, mention):
                    mention = Mention(start, mention.end, "PER", mention.label_fine, mention.recogniser, mention.score)
                    break
        completed.append(mention)
    return completed


def _held(spans: list[tuple[int, int]], start: int, mention: Mention) -> bool:
    """Whether another mention covers a character in ``start`` .. ``mention.start``."""
    index = bisect.bisect_left(spans, (start, 0))
    if index and spans[index - 1][1] > start:
        return True
    return index < len(spans) and spans[index][0] < mention.start


def _surname_mentions(
    doc: Document, mentions: list[Mention], normal_forms: dict[tuple[int, int], str]
) -> list[Mention]:
    """Every other occurrence of the surname of a full name found in the document (努尔特列吾 after
    穆拉特·努尔特列吾, Бектенова after Олжас Бектенов, Kulagin after Sergey Kulagin)."""
    found = []
    prose = [b for b in doc.blocks if b.kind not in ("date", "credit")]
    searched: set[str] = set()  # each surname once: the text is scanned per distinct surname, not per mention
    named = bytearray(len(doc.text))  # characters inside a person's name already found: its own surname is no other
    for mention in mentions:
        if mention.label == "PER":
            named[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for mention in mentions:
        if mention.label != "PER":
            continue
        parts = name_parts(_key_form(doc, mention, normal_forms))
        if len(parts) < 2 or len(parts[-1]) < 2 or parts[-1] in searched:
            continue
        surname = parts[-1]
        searched.add(surname)
        if surname.lower() in _all_titles():
            continue  # `State Counselor`: a title, not a surname to look for
        if re.search("[а-яёА-ЯЁ]", surname):
            pattern = re.compile(rf"(?<!\w){re.escape(_surname_key(surname))}\w{{0,3}}(?!\w)", re.IGNORECASE)
        elif re.search("[A-Za-z]", surname):
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
        else:
            pattern = re.compile(re.escape(surname))
        for block in prose:
            for match in pattern.finditer(doc.text, block.start, block.end):
                if named.find(0, match.start(), match.end()) != -1:  # `Anatoly [Poiskovoy]` stays whole
                    found.append(Mention(match.start(), match.end(), "PER", "surname_of_full_name", "surname", 0.7))
    return found


@functools.cache
def _all_titles() -> frozenset[str]:
    """Every language's person titles, lower case."""
    return frozenset(title.lower() for language in languages().values() for title in language.person_titles)


def _normal_forms_cut(doc: Document, normal_forms: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    """Normal forms of mentions a rule cut from the end of a longer span that has one (`Министерства по чрезвычайным
    ситуациям` of `… (МЧС) РК`, `Министерство по чрезвычайным ситуациям (МЧС) РК`): the longer span's form without the
    words cut off, where it writes them as the text does; so the part keeps its head in the nominative and links."""
    longer: dict[int, list[tuple[int, str]]] = {}
    for (start, end), form in normal_forms.items():
        longer.setdefault(start, []).append((end, form))
    cut: dict[tuple[int, int], str] = {}
    for mention in doc.mentions:
        if (mention.start, mention.end) in normal_forms or mention.start not in longer:
            continue
        for end, form in longer[mention.start]:
            tail = doc.span(mention.end, end)
            if end > mention.end and tail.strip() and form.endswith(tail) and len(form) > len(tail):
                cut[(mention.start, mention.end)] = form[: len(form) - len(tail)].rstrip()
                break
    return cut


def _key_form(doc: Document, mention: Mention, normal_forms: dict[tuple[int, int], str]) -> str:
    form = normal_forms.get((mention.start, mention.end)) or doc.span(mention.start, mention.end)
    if has_han(form) and any(j in form for j in NAME_JOINERS):
        return "·".join(name_parts(form))  # 达丽哈•纳扎尔巴耶娃 and 达丽哈·纳扎尔巴耶娃 are one key
    return " ".join(form.split())  # Latin and Cyrillic keep their hyphens (Samruk-Kazyna, Касым-Жомарт)


def alias_index(gazetteer: list[GazetteerEntity]) -> dict[tuple[str, str], str]:
    """(label, folded name) -> entity id for every gazetteer form, and ("ministry", its key) for the country's
    ministries however English writes them; a form two entities share is left out."""
    index: dict[tuple[str, str], str] = {}
    shared: set[tuple[str, str]] = set()
    for entity in gazetteer:
        for lang in ("zh", "ru", "en"):
            for surface in entity.surfaces(lang):
                key = (entity.type, _fold(surface))
                if index.get(key, entity.id) != entity.id:
                    shared.add(key)
                index[key] = entity.id
        for surface in entity.surfaces("en") if entity.type == "ORG" else ():
            if (ministry := ministry_key(surface)) is not None:  # `Culture and Sport Ministry` finds it too
                key = ("ministry", ministry)
                if index.get(key, entity.id) != entity.id:
                    shared.add(key)
                index[key] = entity.id
    for key in shared:
        del index[key]
    return index


_CITY_CHAR = "市"
"""What a Chinese city's name may end with (努尔苏丹市, 鲁德内市): the city the name without it is."""


def _surname_alias(form: str, aliases: dict[tuple[str, str], str]) -> str | None:
    """The gazetteer person a Chinese surname written alone reads as, where the gazetteer lists that surname as an alias
    in Russian or English (别克捷诺夫 reads Бектенов, an alias of Olzhas Bektenov): a person known in those languages
    only, whom a Chinese article names by surname and title (别克捷诺夫总理) without the full name."""
    latin = romanized_person(f"per:zh:{form}")
    for spelled in (*cyrillic_readings(form), *([latin] if latin else [])):
        if (entity_id := aliases.get(("PER", _fold(spelled)))) is not None:
            return entity_id
    return None


def _fold(name: str) -> str:
    """Case, name joiners, the two spellings of English and Kazakh letters in a Russian spelling do not tell names
    apart: KAZINFORM ~ Kazinform, 达丽哈•纳扎尔巴耶娃 ~ 达丽哈·纳扎尔巴耶娃 ~ 达丽哈纳扎尔巴耶娃 (Chinese names are
    compared without joiners), Kassym-Jomart ~ Kassym Jomart, Ministry of Defence ~ Ministry of Defense, Ақорда ~
    Акорда."""
    if has_han(name):
        return "".join(name_parts(name)).lower()
    return " ".join(name_parts(american_spelling(name.translate(RUSSIAN_LETTERS)))).lower()


class SpellingIndex:
    """The gazetteer's persons by surname, to link a spelling variant of a known name (别克帖诺夫 ~ 别克捷诺夫,
    Mukhamediuly ~ Mukhamediyuly): one letter different, added or left out, in a surname long enough
    that this rarely names someone else, and only when a single person fits. A short surname must match
    exactly, and then only a given name one letter off links (Erlan Karin ~ Yerlan Karin). A Chinese
    transliteration is also looked up by its Latin spelling (阿斯哈特·沙哈洛夫 ~ Askhat Shakharov), by the
    consonants of its surname, and, as a full name, by its Cyrillic reading (阿利汉·斯迈洛夫 ~ Алихан Смаилов)."""

    MIN_LENGTH: ClassVar[dict[str, int]] = {"han": 5, "other": 6}
    MIN_SKELETON = 5
    """Consonants a surname's skeleton needs before a transliteration is linked by it alone."""

    def __init__(self, gazetteer: list[GazetteerEntity]):
        self.by_first: dict[str, list[tuple[str, str, str]]] = {}
        self.by_skeleton: dict[str, set[tuple[str | None, str]]] = {}
        self.full_names: list[tuple[str, str, str]] = []
        """(given name, surname, entity id) of every Russian full name, for Chinese readings."""
        self._read: dict[str, str | None] = {}
        self.given_names: dict[str, set[str]] = {}
        """Entity id -> the given names its full names open with, lower case (比比萨拉, bibisara, бибисара)."""
        for entity in gazetteer:
            if entity.type != "PER":
                continue
            for lang in ("zh", "ru", "en"):
                for surface in entity.surfaces(lang):
                    parts = [p.lower() for p in name_parts(surface)]
                    words = surface.lower().split()
                    # a double given name (Касым-Жомарт) is also written as one word (Касымжомарт, 卡瑟姆若马尔特)
                    joined = words[0].replace("-", "") if len(words) == 2 and "-" in words[0] else None
                    if lang == "ru" and len(parts) >= 2:
                        self.full_names.append((parts[0], parts[-1], entity.id))
                        if joined:
                            self.full_names.append((joined, parts[-1], entity.id))
                    elif lang == "en" and len(parts) >= 2 and not entity.surfaces("ru"):
                        # known in English only: its Cyrillic reading stands in for the Russian name
                        cyrillic = [CYRILLIC_SPELLING.word(part) for part in (parts[0], parts[-1])]
                        if all(cyrillic):
                            self.full_names.append((cyrillic[0], cyrillic[1], entity.id))  # type: ignore[arg-type]
                    if len(parts) > 1 and not _is_initial(parts[0]):
                        self.given_names.setdefault(entity.id, set()).add(parts[0])
                    if parts:
                        given = parts[0] if len(parts) > 1 else ""
                        self.by_first.setdefault(parts[-1][:1], []).append((parts[-1], given, entity.id))
                    if joined:
                        self.by_first.setdefault(parts[-1][:1], []).append((parts[-1], joined, entity.id))
                    skeleton = _loose_key(surface)
                    if skeleton is not None:
                        given_key = _loose_key(parts[0]) if len(parts) > 1 else None
                        self.by_skeleton.setdefault(skeleton, set()).add((given_key, entity.id))

    MIN_INITIALLED_VARIANT = 7
    """Letters a surname after an initial needs before a spelling one letter off is the listed one (`T. Mussabaev`:
    Talgat Mussabayev)."""

    def find_initialled(self, name: str) -> str | None:
        """The one gazetteer person an initial and a surname name (`K.Massimov`, `К. Масимов` is Karim Massimov):
        the surname as a known full name has it, or one letter off when it is long, the given name beginning with
        the initial."""
        parts = [part.lower() for part in name_parts(name)]
        if len(parts) < 2 or _leading_initials(parts, name) is None:
            return None
        surname, initial = parts[-1], parts[0][:1]
        fits = {
            entity
            for known, given, entity in self.by_first.get(surname[:1], ())
            if (known == surname or (len(surname) >= self.MIN_INITIALLED_VARIANT and _one_edit(surname, known)))
            and given[:1] == initial
        }
        if len(fits) > 1:
            fits = (fits & OFFICE_HOLDER_IDS) or fits  # `K.Tokayev`: the President, not Kemel Tokayev
        return fits.pop() if len(fits) == 1 else None

    def find_transliteration(self, name: str) -> str | None:
        """A Chinese transliteration of a gazetteer person whose Chinese form the gazetteer lacks or spells
        otherwise, by the consonants of the surname (穆尔扎波森诺夫 and Мырзабосынов are both ``mlzbsnv``),
        and of the given name when the text gives one; only a long skeleton, and only when one person fits."""
        skeleton = _loose_key(name)
        if skeleton is None or len(skeleton) < self.MIN_SKELETON:
            return None
        parts = name_parts(name)
        given_key = _loose_key(parts[0]) if len(parts) > 1 else None
        givens: dict[str, set[str]] = {}  # each candidate's given names; a surname-only form adds none
        for known_given, entity_id in self.by_skeleton.get(skeleton, ()):
            givens.setdefault(entity_id, set()).update({known_given} if known_given else set())
        fits = [
            entity_id for entity_id, known in givens.items() if given_key is None or not known or given_key in known
        ]
        return fits[0] if len(fits) == 1 else None

    MIN_READING = 6
    """Letters a surname's Cyrillic reading needs before it is linked by its reading alone."""

    def find_reading(self, name: str) -> str | None:
        """The one gazetteer person a Chinese transliteration reads as, letter groups the script writes alike
        allowed (:func:`pipeline.lang.zh.translit.reads_as`): a full name by its Russian given name and
        surname (阿利汉·斯迈洛夫 reads Алихан Смайлов: Alikhan Smailov), the given name also by its consonants
        alone when it has four or more (沃穆尔吾扎克·舒克耶夫 reads Омурузак Шукеев: Umirzak Shukeyev) or when the
        surname reads exactly (阿塞恩·拜汗诺夫 reads Асеин Байханов: Assain Baikhanov), or both names by their
        consonants (阿克托特·热伊姆库洛娃 reads Актот Реимкулова: Aktoty Raimkulova), a surname alone by a surname
        of six letters or more (萨哈迪耶夫 reads Сахадиев: Сагадиев); None when none or two fit, unless one of them
        is one who held an office of ``office_holders.tsv`` or is read letter for letter (阔谢尔巴耶夫 reads Кошербаев
        exactly: Kosherbayev, not Kusherbayev)."""
        if name in self._read:
            return self._read[name]
        fits: set[str] = set()
        exact: set[str] = set()
        for reading in cyrillic_readings(name):  # 阔谢若夫: Косеров and Кошеров
            parts = name_parts(reading)
            exact |= {
                entity_id
                for known_given, known_surname, entity_id in self.full_names
                if parts[-1].lower() == known_surname.lower()
                and (len(parts) == 1 or parts[0].lower() == known_given.lower())
            }
            if len(parts) >= 2:
                given, surname = parts[0], parts[-1]
                fits |= {
                    entity_id
                    for known_given, known_surname, entity_id in self.full_names
                    if (
                        reads_as(surname, known_surname)
                        and (
                            reads_as(given, known_given)
                            or same_consonants(given, known_given)
                            # the surname read exactly: a short given name by its consonants (阿塞恩 Асеин: Асаин)
                            or (
                                surname.lower() == known_surname.lower()
                                and same_consonants(given, known_given, least=2)
                            )
                        )
                    )
                    # both names by their consonants, the surname by four or more (阿克托特·热伊姆库洛娃 reads Актот
                    # Реимкулова: Актоты Раимкулова), where the script writes a vowel otherwise or leaves one out
                    or (same_consonants(surname, known_surname) and same_consonants(given, known_given, least=2))
                }
            elif len(parts) == 1 and len(parts[0]) >= self.MIN_READING:
                fits |= {
                    entity_id for _, known_surname, entity_id in self.full_names if reads_as(parts[0], known_surname)
                }
        if not fits:
            # the surname read, the given name with one consonant more (库万德科·毕申姆巴耶夫 reads Кувандко Бишенмбаев:
            # Kuandyk Bishimbayev), when only one listed person has such a name
            fits = {
                entity_id
                for reading in cyrillic_readings(name)
                if len(parts := name_parts(reading)) >= 2
                for known_given, known_surname, entity_id in self.full_names
                if reads_as(parts[-1], known_surname) and consonant_added(parts[0], known_given)
            }
        if len(fits) > 1 and len(fits & OFFICE_HOLDER_IDS) == 1:
            fits &= OFFICE_HOLDER_IDS  # 别森巴耶夫 reads Бейсенбаев and Бейсембаев: the minister the news quotes
        if len(fits) > 1 and len(exact & fits) == 1:
            fits &= exact
        found = fits.pop() if len(fits) == 1 else None
        self._read[name] = found
        return found

    def find(self, name: str) -> str | None:
        parts = [p.lower() for p in name_parts(name)]
        if not parts:
            return None
        surname, given = parts[-1], parts[0] if len(parts) > 1 else ""
        if len(surname) < self.MIN_LENGTH["han" if has_han(surname) else "other"]:
            if not given:
                return None
            # A short surname must be spelled the same; then the given name may vary (Erlan ~ Yerlan Karin).
            fits = {
                entity_id
                for known, known_given, entity_id in self.by_first.get(surname[:1], ())
                if surname == known and known_given and given != known_given and _one_edit(given, known_given)
            }
            return fits.pop() if len(fits) == 1 else None
        # One letter off in all: a surname one letter off needs the given name as known (Ержан Биржанов is not
        # Елжан Биртанов, one letter off in each), unless it is off only by a doubled letter (Aset Isekeshev).
        fits = {
            entity_id
            for known, known_given, entity_id in self.by_first.get(surname[:1], ())
            if _one_edit(surname, known)
            and (
                # a Han character for another (别克帖诺夫 ~ 别克捷诺夫), never one more or less: a syllable of its own
                # (纳尔巴耶娃 Нарбаева is not 纳扎尔巴耶娃 Назарбаева)
                (
                    not given
                    and (len(surname) == len(known) if has_han(surname) else not _other_consonant(surname, known))
                )
                or (
                    known_given
                    and _one_edit(given, known_given)
                    and (_undoubled(surname) == _undoubled(known) or given == known_given)
                )
                # the surname as known: the given name may be written with its semivowels otherwise (Ерсайын ~
                # Ерсаин, Yersaiyn ~ Yersayin), never with another consonant or a full vowel
                or (surname == known and known_given and _semivowels_apart(given) == _semivowels_apart(known_given))
            )
        }
        if not fits and given and has_cyrillic(surname):
            # `Айбек Смадияр` is `Айбек Смадияров`: one surname in its Kazakh form and its Russian one (the forms
            # :func:`_kazakh_form` relates for a surname alone); a Latin spelling is the English text's own (Aibek
            # Dadebayev, whom the gazetteer lists as Dadebay, is named so there)
            fits = {
                entity_id
                for known, known_given, entity_id in self.by_first.get(surname[:1], ())
                if given == known_given and (_kazakh_form(known) == surname or _kazakh_form(surname) == known)
            }
        return fits.pop() if len(fits) == 1 else None


def _loose_key(name: str) -> str | None:
    """The consonants of a surname (:func:`pipeline.align.signature.name_skeleton`) with h, k and g as one: a
    Chinese transliteration writes х, к and г alike (萨哈迪耶夫 is Сагадиев, 哈斯穆 Касым). A transliteration
    is read through its Cyrillic reading, not its pinyin (加 is га, not jia)."""
    if has_han(name):
        reading = cyrillic_reading(name)
        if reading is None:
            return None
        name = reading
    return name_skeleton(name).replace("h", "k") or None


_SPELLING_LETTERS = frozenset("aeiouy")
"""Latin letters whose presence or choice varies between spellings of one name (Tokayev, Tokaev; Nurlybek,
Nurlibek)."""


def _other_consonant(a: str, b: str) -> bool:
    """Whether two Latin words one edit apart differ in a consonant: another name (Abishev is not Akishev), not
    another spelling of one (Tokaev, Tokayev). Chinese characters are compared as before: 别克帖诺夫 and 别克捷诺夫
    are two transliterations of one name."""
    if len(a) == len(b):
        return any(x != y and not {x, y} <= _SPELLING_LETTERS for x, y in zip(a, b, strict=True))
    short, long = sorted((a, b), key=len)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return long[i] not in _SPELLING_LETTERS and not (i > 0 and long[i] == long[i - 1])  # Kassym ~ Kasym: doubled


_SEMIVOWELS = str.maketrans({"й": None, "ь": None, "ъ": None, "ы": "и", "ё": "е", "y": None})
"""What Russian and Latin spellings of one Kazakh given name write or leave out (Ерсайын, Ерсаин; Yersayin,
Yersaiyn, Ersain): the semivowel й / y, the signs, ы for и."""


def _semivowels_apart(name: str) -> str:
    """A given name without what its spellings vary in (:data:`_SEMIVOWELS`), doubled letters once."""
    return _undoubled(name.lower().translate(_SEMIVOWELS))


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once: romanisations double a consonant or not (Issekeshev and
    Isekeshev, Assylov and Asylov), so a surname that differs only so is spelled the same."""
    return re.sub(r"(.)\1+", r"\1", word)


def _one_edit(a: str, b: str) -> bool:
    """Whether two strings are equal or differ by one substitution, insertion or deletion."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def link(
    doc: Document,
    normal_forms: dict[tuple[int, int], str],
    aliases: dict[tuple[str, str], str],
    spellings: SpellingIndex | None = None,
) -> None:
    """Give every mention an entity id (see the module docstring for the rules)."""
    normal_forms = {**normal_forms, **_normal_forms_cut(doc, normal_forms)}
    for mention in doc.mentions:
        if mention.entity_id is None:
            form = _key_form(doc, mention, normal_forms)
            mention.entity_id = aliases.get((mention.label, _fold(form)))
            if mention.entity_id is None and mention.label == "LOC" and has_han(form) and form.endswith(_CITY_CHAR):
                mention.entity_id = aliases.get(("LOC", _fold(form[: -len(_CITY_CHAR)])))  # 鲁德内市: 鲁德内
            if mention.entity_id is None and mention.label == "ORG" and (ministry := ministry_key(form)):
                mention.entity_id = aliases.get(("ministry", ministry))  # `the Kazakh Ministry of Energy`
            if mention.entity_id is None and mention.label == "ORG":  # `Министерство энергетики Казахстана`
                known = (aliases.get(("ORG", _fold(name))) for name in home_body_names(form))
                mention.entity_id = next(filter(None, known), None)
            if mention.entity_id is None and mention.label == "PER" and spellings is not None:
                mention.entity_id = spellings.find(form) or spellings.find_initialled(form)
                if mention.entity_id is None and has_han(form) and len(name_parts(form)) == 1:
                    # a surname alone: an alias it reads as exactly, else the one person it reads as (of two, the
                    # office holder: 别森巴耶夫 is the minister Бейсембаев, not Бейсенбаев), before spellings one
                    # letter off in Latin or by consonants
                    mention.entity_id = _surname_alias(form, aliases) or spellings.find_reading(form)
                if mention.entity_id is None and has_han(form) and (latin := romanized_person(f"per:zh:{form}")):
                    mention.entity_id = spellings.find(latin)  # 阿斯哈特·沙哈洛夫 -> Askhat Shakhalov ~ Shakharov
                if mention.entity_id is None and has_han(form):
                    mention.entity_id = spellings.find_transliteration(form)
                if mention.entity_id is None and has_han(form) and len(name_parts(form)) >= 2:
                    mention.entity_id = spellings.find_reading(form)
            if mention.entity_id is None and mention.label == "PER" and (stem := _without_case_ending(form)):
                # `Бахтиёром Саидовым`, whose surname the normal form kept in the instrumental
                mention.entity_id = aliases.get(("PER", _fold(stem))) or (spellings.find(stem) if spellings else None)
    persons = [m for m in doc.mentions if m.label == "PER"]
    person_parts = [name_parts(_key_form(doc, m, normal_forms)) for m in persons]
    # Full names indexed by surname (and by surname and first letter, for initials), in document order:
    # each mention looks up its candidates instead of comparing itself with every full name.
    by_surname: dict[tuple[str, str], list[Mention]] = {}
    for m, full in zip(persons, person_parts, strict=True):
        if len(full) >= 2 and not _is_initial(full[0]):
            key = _surname_key(full[-1])
            by_surname.setdefault((key, ""), []).append(m)
            by_surname.setdefault((key, full[0][:1].lower()), []).append(m)
    starts = {key: [m.start for m in same] for key, same in by_surname.items()}
    # Each surname under its first two letters: a variant that differs in its first letter, or lost it (尔穆罕别托夫
    # for 努尔穆罕别托夫), still shares one of them.
    surnames_by_letter: dict[str, set[str]] = {}
    for surname, first in by_surname:
        if not first:
            for letter in surname[:2]:
                surnames_by_letter.setdefault(letter, set()).add(surname)
    variants: dict[str, str | None] = {}
    for mention, parts in zip(persons, person_parts, strict=True):
        initials = _leading_initials(parts, _key_form(doc, mention, normal_forms)) if len(parts) > 1 else []
        if initials is None:
            continue
        key = (_surname_key(parts[-1]), initials[0][:1].lower() if initials else "")
        if key not in by_surname and not initials and mention.entity_id is None:
            if key[0] not in variants:  # Mukhamediuly after Arystanbek Mukhamediyuly
                variants[key[0]] = _spelling_variant(key[0], surnames_by_letter)
            key = (variants[key[0]] or key[0], "")
        same = by_surname.get(key, [])
        before = bisect.bisect_left(starts.get(key, []), mention.start)  # full names that start earlier
        target = same[before - 1] if before else (same[0] if same else None)
        if target is not None:
            if target.entity_id is None:
                target.entity_id = _new_id(doc, target, normal_forms)
            mention.entity_id = target.entity_id
    _link_credited_persons(doc, persons, person_parts, by_surname, normal_forms)
    _link_chinese_surnames(doc, persons, normal_forms)
    _link_given_names(doc, persons, person_parts, normal_forms)
    if spellings is not None:
        _link_known_given_names(persons, person_parts, spellings)
    if spellings is not None:  # a transliterated surname that no full name of the document explains
        for mention in persons:
            form = _key_form(doc, mention, normal_forms)
            if mention.entity_id is None and has_han(form) and len(name_parts(form)) == 1:
                mention.entity_id = spellings.find_reading(form)
    _link_shortened_bodies(doc, normal_forms)
    for mention in doc.mentions:
        if mention.entity_id is None:
            mention.entity_id = _new_id(doc, mention, normal_forms)
    _link_parenthesised_originals(doc)


_ORIGINAL_OPEN, _ORIGINAL_CLOSE = ("（", "("), ("）", ")")
"""The brackets around a name's original spelling after its Chinese form: 中国阜丰集团（Fufeng Group）."""
_READ_TYPES = ("PER", "LOC")
"""The types whose Chinese names are transliterations, read against a bracketed original; a body's or an event's is
a translation, taken as the brackets give it (of the same type only)."""


def _link_parenthesised_originals(doc: Document) -> None:
    """A Chinese name outside the gazetteer right before its original spelling in brackets is the entity the
    original names (中国阜丰集团(Fufeng Group), 阿迪勒·图列舍夫（Adil Tuleshev）): every mention of the Chinese one,
    and of a body's shorter Chinese form anywhere in the document (阜丰集团), takes the original's id, so the body or
    the person has the name it gives itself, not a romanisation or none. A person's or a place's Chinese name must
    read as the original (`运动员叶尔兰·卡利耶夫（Astana Motors）` names his team, `塔尔加尔区（Almaty region）` the
    region it lies in; a surname alone in the brackets, 图列舍夫（Tuleshev）, gives the full name no shorter one);
    where the two were read as different types, the Chinese reading, made in context, wins over the bare name's
    (`Adil Tuleshev` alone reads as a body; a place's original only when it ends with a place word, `Alatau City`,
    not `Uil Oil Company`), for every mention of the original; a body's or an event's name, a translation, is taken
    as the brackets give it, of the same type only."""
    mentions = sorted(doc.mentions, key=lambda m: m.start)
    same: dict[str, str] = {}
    relabelled: dict[str, str] = {}
    for chinese, original in itertools.pairwise(mentions):
        written = doc.span(original.start, original.end)
        if not (
            chinese.entity_id
            and original.entity_id
            and chinese.entity_id.startswith(f"{chinese.label.lower()}:zh:")
            and not has_han(written)
            and doc.span(chinese.end, original.start).strip() in _ORIGINAL_OPEN
            and doc.text[original.end :].lstrip()[:1] in _ORIGINAL_CLOSE
            and _original_of(chinese.entity_id.split(":", 2)[-1], chinese.label, written)
        ):
            continue
        target = original.entity_id
        if original.label != chinese.label:
            rest = original.entity_id.partition(":")[2]
            if chinese.label not in _READ_TYPES or ":" not in rest:  # not read; a gazetteer entity of its type
                continue
            if chinese.label == "LOC" and len(written.split()) > 1 and written.split()[-1].lower() not in PLACE_WORDS:
                continue  # `乌伊尔区（Uil Oil Company）`: a company the place names, not the place
            target = f"{chinese.label.lower()}:{rest}"
            relabelled[original.entity_id] = chinese.label
            same.setdefault(original.entity_id, target)
        same.setdefault(chinese.entity_id, target)
    if not same:
        return
    bodies = [chinese_id for chinese_id in same if chinese_id.startswith("org:zh:")]
    for mention in doc.mentions:  # a body's shorter Chinese form: 阜丰集团 of 中国阜丰集团
        form = doc.span(mention.start, mention.end)
        if not bodies or mention.entity_id != f"org:zh:{form}" or len(form) < _SHORTER_FORM_CHARS:
            continue
        fuller = next((chinese_id for chinese_id in bodies if chinese_id.endswith(form)), None)
        if fuller is not None:
            same.setdefault(mention.entity_id, same[fuller])
    for mention in doc.mentions:
        if mention.entity_id in relabelled:
            mention.label = relabelled[mention.entity_id]
        mention.entity_id = same.get(mention.entity_id or "", mention.entity_id)


def _original_of(chinese: str, label: str, written: str) -> bool:
    """Whether a bracketed name can be the original spelling of the Chinese name before it (its entity's fullest
    form): a body's or an event's in any case (a translation, no reading tells); a place's when the start of the
    Chinese name reads as the original's first word (阿拉套城: 阿拉套, Alatau City); a person's when the Chinese
    reads as it and the brackets give no fewer name parts (图列舍夫（Tuleshev）after 阿迪勒·图列舍夫 adds nothing)."""
    if label not in _READ_TYPES:
        return True
    lang = "ru" if has_cyrillic(written) else "en"
    if label == "LOC":
        first = NamedPerson("", lang, written.split()[0])
        return any(
            names_alike(NamedPerson("", "zh", chinese[:end]), first)
            for end in range(len(chinese), 1, -1)
            if cyrillic_readings(chinese[:end])
        )
    return len(name_parts(written)) >= len(name_parts(chinese)) and names_alike(
        NamedPerson("", "zh", chinese), NamedPerson("", lang, written)
    )


_SHORTER_FORM_CHARS = 4
"""Characters a body's shorter Chinese form needs before it is taken for the body (阜丰集团 of 中国阜丰集团; not
集团)."""


def _link_shortened_bodies(doc: Document, normal_forms: dict[tuple[int, int], str]) -> None:
    """A body named again by a shorter form of a name written before is that body, when the earlier names it shortens
    are of one body: the last field of a Chinese compound (教育部 after 科学和高等教育部: not the other ministry the
    gazetteer knows by those words), a Russian name without the place it ends with (`Федерации легкой атлетики` after
    `Федерации легкой атлетики Казахстана`). Each name is filed under its shorter forms once, so a long document is
    read in linear time."""
    fuller_by_form: dict[str, list[Mention]] = {}
    for mention in sorted(doc.mentions, key=lambda m: m.start):
        if mention.label != "ORG":
            continue
        form = _key_form(doc, mention, normal_forms)
        fuller = fuller_by_form.get(form, [])
        if fuller and len({earlier.entity_id or id(earlier) for earlier in fuller}) == 1:
            whole = fuller[-1]
            if whole.entity_id is None:
                whole.entity_id = _new_id(doc, whole, normal_forms)
            mention.entity_id = whole.entity_id
        for short in _shortened_forms(form):
            fuller_by_form.setdefault(short, []).append(mention)


def _shortened_forms(name: str) -> Iterator[str]:
    """The shorter forms a body's name is written again by: each end of a Chinese compound after a joiner of fields
    (信息部 of 文化和信息部, 教育部 of 科学和高等教育部; not of a list of bodies read as one, 卫生部和教育部, whose
    fields before hold a head of their own), a Russian name without its last word, a place (Казахстана, Алматы)."""
    if has_han(name):
        joined = [index for index, char in enumerate(name) if char in _FIELD_JOINERS]
        if joined:
            yield from (name[start:] for start in range(joined[0] + 1, len(name) - 1) if name[-1] not in name[:start])
        return
    stem, _, last = name.rpartition(" ")
    if stem and _RUSSIAN_PLACE_WORD.fullmatch(last):
        yield stem


_FIELD_JOINERS = "和与及、"
"""What joins the fields of a compound Chinese body's name (文化和信息部, 生态、地质和自然资源部)."""
_RUSSIAN_PLACE_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?")
"""One capitalised Cyrillic word ending a body's name: the place it serves (Казахстана, Алматы, Астаны)."""


def _link_credited_persons(
    doc: Document,
    persons: list[Mention],
    parts: list[list[str]],
    by_surname: dict[tuple[str, str], list[Mention]],
    normal_forms: dict[tuple[int, int], str],
) -> None:
    """A full name in a photo credit, which keeps the case its phrase gives it (`из личного архива Марата
    Искалиева`), is the person the text names with the same surname and given name (Марат Искалиев)."""
    for mention, name in zip(persons, parts, strict=True):
        if mention.entity_id is not None or mention.recogniser != "caption" or len(name) < 2:
            continue
        named = [
            other
            for other in by_surname.get((_surname_key(name[-1]), name[0][:1].lower()), [])
            if other.recogniser != "caption"
            and _same_given_name(name[0], name_parts(_key_form(doc, other, normal_forms))[0])
        ]
        if named:
            for other in named:
                other.entity_id = other.entity_id or _new_id(doc, other, normal_forms)
            if len({other.entity_id for other in named}) == 1:
                mention.entity_id = named[0].entity_id


def _same_given_name(written: str, other: str) -> bool:
    """Whether a given name in some case is the other one (марата ~ Марат, даны ~ Дана): the shorter, less its
    last letter when it is a vowel, begins the longer."""
    a, b = sorted((written.lower(), other.lower()), key=len)
    stem = a[:-1] if len(a) > 3 and a[-1] in "аяыиуюео" else a
    return len(stem) >= 3 and b.startswith(stem)


def _link_given_names(
    doc: Document, persons: list[Mention], parts: list[list[str]], normal_forms: dict[tuple[int, int], str]
) -> None:
    """A given name alone is the person of the document whose full name begins with it, when only one does
    (古丽努尔介绍 after 古丽努尔·肯杰别克克兹, `Гульнур рассказала` after `Гульнур Кенжебеккызы`): interviewees are
    often named so; also when the word is a known person's surname but the document names that person nowhere in
    full (`said Nurbek` after `Nurbek Oralbay`: not Minister Sayasat Nurbek). A Chinese name is one part (its
    surname is linked by its own rule)."""
    owners: dict[str, list[Mention]] = {}
    named_fully: set[str | None] = set()
    for mention, name in zip(persons, parts, strict=True):
        if len(name) >= 2 and not _is_initial(name[0]):
            owners.setdefault(name[0].lower(), []).append(mention)
            named_fully.add(mention.entity_id)
    if not owners:
        return
    for mention, name in zip(persons, parts, strict=True):
        unsettled = mention.entity_id is None or mention.entity_id not in named_fully
        found = owners.get(name[0].lower(), []) if unsettled and len(name) == 1 else []
        for owner in found:
            if owner.entity_id is None:
                owner.entity_id = _new_id(doc, owner, normal_forms)
        if len({owner.entity_id for owner in found}) == 1:
            mention.entity_id = found[0].entity_id


def _link_known_given_names(persons: list[Mention], parts: list[list[str]], spellings: SpellingIndex) -> None:
    """A given name alone that no full name of the document explains is the known person the document names by
    surname whose gazetteer name opens with it (比比萨拉 in an article that calls her 阿萨乌巴耶娃 otherwise), when only
    one such person is named."""
    present = {mention.entity_id for mention in persons if mention.entity_id in spellings.given_names}
    if not present:
        return
    for mention, name in zip(persons, parts, strict=True):
        if len(name) != 1 or (mention.entity_id is not None and mention.entity_id in spellings.given_names):
            continue
        owners = {entity for entity in present if name[0].lower() in spellings.given_names[entity]}
        if len(owners) == 1:
            mention.entity_id = owners.pop()


def _link_chinese_surnames(doc: Document, persons: list[Mention], normal_forms: dict[tuple[int, int], str]) -> None:
    """A Chinese surname alone (张 in 张大使指出, Xi after Xi Jinping) is the person of the document with a
    Chinese name of that surname (张汉晖), when there is one such name: it comes first, so the linking by a
    name's last part does not find it."""
    forms = [_key_form(doc, mention, normal_forms) for mention in persons]
    full_names: dict[str, dict[str, Mention]] = {}  # surname -> full name -> its first mention
    for mention, form in zip(persons, forms, strict=True):
        surname = chinese_surname(form)
        if surname is not None:
            full_names.setdefault(surname, {}).setdefault(form, mention)
    for mention, form in zip(persons, forms, strict=True):
        same = full_names.get(form, {}) if mention.entity_id is None and " " not in form else {}
        if len(same) == 1:
            target = next(iter(same.values()))
            if target.entity_id is None:
                target.entity_id = _new_id(doc, target, normal_forms)
            mention.entity_id = target.entity_id


def _spelling_variant(surname: str, surnames_by_letter: dict[str, set[str]]) -> str | None:
    """The one surname of a full name in the document that a surname alone misspells by one letter (six
    letters or more, as the gazetteer's spelling variants) or writes without its Russian ending (Mynbay for
    Mynbayev): the article's own variant of the name. A
    feminine form is not a variant (Nazarbayev is not Dariga Nazarbayeva, 纳扎尔巴耶夫 not 纳扎尔巴耶娃)."""
    if len(surname) < SpellingIndex.MIN_LENGTH["han" if has_han(surname) else "other"]:
        return None
    fits = {
        known
        for letter in surname[:2]
        for known in surnames_by_letter.get(letter, ())
        if (_one_edit(surname, known) or _kazakh_form(known) == surname)
        and surname + "a" != known
        and known + "a" != surname  # Nazarbayev(a)
        and not _opposite_genders(surname, known)
    }
    return fits.pop() if len(fits) == 1 else None


_RUSSIAN_SURNAME_ENDINGS = (("аев", "ай"), ("ев", ""), ("ов", ""), ("ev", ""), ("ov", ""))
"""A surname's Russian ending and what a Kazakh form writes instead (Мынбаев -> Мынбай, Mynbayev -> Mynbay)."""


def _kazakh_form(surname: str) -> str | None:
    """A surname without its Russian ending, as Kazakh forms write it (`According to Mynbay` after Sauat Mynbayev)."""
    for ending, kazakh in _RUSSIAN_SURNAME_ENDINGS:
        if surname.endswith(ending):
            return surname[: -len(ending)] + kazakh
    return None


def _opposite_genders(name: str, other: str) -> bool:
    """Whether one name ends as a woman's and the other as a man's does."""
    female, male = gendered_name_endings()
    return (name.endswith(female) and other.endswith(male)) or (name.endswith(male) and other.endswith(female))


OFFICE_HOLDER_IDS = frozenset(row["entity"] for row in common_table("office_holders"))
"""Everyone who held an office of ``office_holders.tsv`` (the home country's): of two known persons an initial and
a surname fit, the one the news names (`K.Tokayev` is the President, not his father)."""


def _leading_initials(parts: list[str], form: str) -> list[str] | None:
    """The initials a surname follows (`K.Tokayev`, `Б.Б. Мусин`, and a hyphenated surname: `H.Amir-Abdollahian`),
    or None when the name is no such pair (`Hossein Amir-Abdollahian`, `K. Jomart Tokayev`)."""
    count = next((index for index, part in enumerate(parts) if not _is_initial(part)), len(parts))
    if count == 0 or count == len(parts):
        return None
    if len(parts) - count > 1 and "-" not in form.split(".")[-1]:
        return None
    return parts[:count]


def _is_initial(part: str) -> bool:
    """``Б.``, ``Б.Б.`` or ``K.``: a given name cut to its initial (Б. Мусин is Беймбет Мусин)."""
    return bool(re.fullmatch(r"(?:\w\.){1,2}", part))


def _without_case_ending(name: str) -> str | None:
    """A Cyrillic full name with the case ending of its surname taken off (Бахтиер Саидовым -> Бахтиер
    Саидов), or None when it has none to take off."""
    parts = name.split()
    if len(parts) < 2 or not re.search("[а-яё]", parts[-1].lower()):
        return None
    stem = _surname_key(parts[-1])
    if len(stem) == len(parts[-1]):
        return None
    return " ".join([*parts[:-1], parts[-1][: len(stem)]])


def _surname_key(surname: str) -> str:
    """Russian surnames are compared without case endings (Бектенова ~ Бектенов)."""
    lowered = surname.lower()
    for ending in SURNAME_CASE_ENDINGS:
        if re.search("[а-яё]", lowered) and lowered.endswith(ending) and len(lowered) > len(ending) + 3:
            return lowered[: -len(ending)]
    return lowered


def _new_id(doc: Document, mention: Mention, normal_forms: dict[tuple[int, int], str]) -> str:
    """Deterministic id of an entity outside the gazetteer: label, script and normalised form."""
    form = _key_form(doc, mention, normal_forms)
    script = "zh" if re.search("[\u4e00-\u9fff]", form) else "ru" if re.search("[а-яёА-ЯЁ]", form) else "en"
    return f"{mention.label.lower()}:{script}:{form}"


def _assign_sentences(doc: Document) -> None:
    starts = [s.start for s in doc.sentences]
    for mention in doc.mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and doc.sentences[index].end >= mention.end:
            mention.sentence = index


def split_tokens_at_mentions(doc: Document) -> None:
    """Cut every token that straddles a mention's edge (托卡耶夫总统 -> 托卡耶夫 + 总统), so that a concordance
    or a CQP query over tokens finds each name. Both pieces keep the token's tags; lemmas, which a split
    word no longer has, become the pieces' own forms."""
    edges = sorted({edge for m in doc.mentions for edge in (m.start, m.end)})
    if not edges:
        return
    for sentence in doc.sentences:
        first = bisect.bisect_right(edges, sentence.start)
        last = bisect.bisect_left(edges, sentence.end)
        inside = edges[first:last]
        if not inside:
            continue
        tokens: list[Token] = []
        for token in sentence.tokens:
            cuts = inside[bisect.bisect_right(inside, token.start) : bisect.bisect_left(inside, token.end)]
            if not cuts:
                tokens.append(token)
                continue
            for left, right in itertools.pairwise([token.start, *cuts, token.end]):
                piece = doc.span(left, right)
                lemma = piece if token.lemma is not None else None
                if piece.strip():
                    tokens.append(Token(left, right, token.xpos, token.upos, lemma, token.feats))
        sentence.tokens = tokens
