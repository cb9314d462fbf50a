"""Russian recogniser: natasha's news NER (PER/LOC/ORG), with normal forms so Токаеву links to Токаев.

natasha's models are loaded once per process (:func:`natasha_models`) and shared by the morph stage and
this recogniser. NER runs in the morph stage's pass over the document (``pipeline.lang.ru.morph``): all
Russian blocks in one batch, spans normalised with the morphology of the same pass; ``find_natasha``
takes the spans from there.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.document import Mention, Token
from pipeline.lang.kk.lexicon import GIVEN_NAME_GENDERS
from pipeline.lang.ru.bodies import classify_body_words
from pipeline.lang.ru.lexicon import (
    ADJECTIVE_ENDINGS,
    ATTACHED_HEADS,
    BODY_HEAD_OPENERS,
    BODY_HEADS,
    CELESTIAL_BODIES,
    DOCUMENT_NAMES,
    INDECLINABLE_SURNAME_ENDINGS,
    NAME_HONORIFICS,
    NAMED_AFTER_NOUNS,
    NOT_IN_BODY_NAMES,
    OFFICE_TERMS,
    OWNER_COUNTRIES,
    PATRONYMIC_ENDINGS,
    PERSON_TITLES,
    PLACE_ADJECTIVE_ANAPHORS,
    PLACE_ADJECTIVE_HEADS,
    PLACE_NOUNS,
    PLACE_NOUNS_AFTER,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    QUALIFIER_PLACES,
    QUOTED_BODY_NOUNS,
    RESOLVING_TITLES,
    ROUTE_WORDS,
    SITE_NOUNS,
    STATE_BODIES,
    STREET_NOUNS,
    SURNAME_CASE_ENDINGS,
    SURNAME_CASES,
    SURNAME_ENDINGS,
    TITLE_CASE_ENDINGS,
    TITLE_PREFIXES,
    VEHICLE_NOUNS,
    WORK_NOUNS,
)
from pipeline.names import LATIN_NAME, TERM_ABBREVIATIONS, WEB_SITE, with_closing_guillemets
from pipeline.recognisers import BlockContext, in_block, joined_neighbours
from pipeline.rules import common_table

if TYPE_CHECKING:  # numpy is imported with the models, not with the language registry
    from collections.abc import Iterator

    from natasha import MorphVocab

    from pipeline.lang.ru.slovnet_fast import FastMorph

_PROPER_TAGS = ("Surn", "Geox", "Orgn", "Name", "Patr", "Trad")
"""pymorphy's proper-noun tags, the most telling first (Токаеву is a surname before it is a name)."""


def _tags(parse) -> set[str]:  # type: ignore[no-untyped-def]
    return set(str(parse.tag).replace(" ", ",").split(","))


@dataclass(frozen=True, slots=True)
class RussianSpan:
    mention: Mention
    normal: str
    """The span in the nominative (``Ильхамом Алиевым`` -> ``Ильхам Алиев``)."""


def _morph_vocab():  # type: ignore[no-untyped-def]
    """natasha's MorphVocab, given its dictionary's path.

    Without a path, pymorphy2 looks its dictionary up through ``pkg_resources``, which setuptools no
    longer ships (torch brings a setuptools without it): with the path it never needs it.
    """
    import pymorphy2
    import pymorphy2_dicts_ru
    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm

    class Vocab(MorphVocab):
        def __init__(self) -> None:
            pymorphy2.MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), lang="ru", result_type=MorphForm)

    return Vocab()


_NORMALS_LIMIT = 100_000
BATCH_SIZE = 256
"""Blocks per call of the NER executor, which packs them into matrix products of up to
``slovnet_fast.MAX_ROWS`` tokens."""


@dataclass(frozen=True)
class NatashaModels:
    morph: FastMorph
    """natasha's news morphology tagger on the packed executor: tag ids per token."""
    ner: Any
    """natasha's news NER as a slovnet ``NER`` (texts in, span markups out) on the packed executor."""
    vocab: Any
    reference: tuple[Any, Any]
    """natasha's own morphology and NER taggers (slovnet's executor, the same weights): what the packed
    executor is checked against."""

    def morph_tags(self, sentences: list[list[str]]) -> list[list[int]]:
        """Tag ids (``self.morph.tags`` decodes them) of every token of every sentence."""
        return self.morph.tag_ids(sentences)

    def map_ner(self, texts: list[str]) -> Any:
        """slovnet's NER markups (spans with start, stop, type), batched; a :class:`TokenisedText` is not cut
        into words again."""
        from slovnet.api import API

        return API.map(self.ner, texts)


@contextlib.contextmanager
def _navec_without_similarity() -> Iterator[None]:
    """Load navec's embedding without the tables it precomputes for word similarity (vector norms and a
    100 x 256 x 256 product table, 26 MiB): the taggers read only its codes and indexes, and the tables
    cost every build worker 0.2-0.3 s of start-up."""
    from navec.pq import PQ

    precompute = PQ.precompute
    PQ.precompute = lambda self: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        PQ.precompute = precompute  # type: ignore[method-assign]


def _share_vocabularies(first: Any, second: Any) -> None:
    """Let ``second`` encode with ``first``'s word and shape vocabularies where they hold the same items.

    natasha's two news taggers each load their own copy of one 250,000-word vocabulary (a list of strings
    and a dict of ids, about 37 MiB per copy in every process that reads Russian); one copy serves both."""
    for name in ("words_vocab", "shapes_vocab"):
        mine, theirs = getattr(first, name), getattr(second, name)
        if mine is not theirs and mine.items == theirs.items:
            setattr(second, name, mine)


@functools.cache
def natasha_models() -> NatashaModels:
    """natasha's morphology and NER taggers and its morph vocabulary, loaded once per process (a build
    worker loads them once). They ship inside the packages (slovnet, navec): nothing is downloaded.
    The forward passes run on :mod:`pipeline.lang.ru.slovnet_fast` (2.5-4 times slovnet's own speed, the
    same tags); BLAS is held to one thread per process when the pipeline is built
    (``pipeline.stages.single_threaded_blas``)."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger
    from slovnet.api import NER

    from pipeline.lang.ru.slovnet_fast import FastMorph, FastNERInfer

    with _navec_without_similarity():
        embedding = NewsEmbedding()
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    _share_vocabularies(morph.infer.encoder, ner.infer.encoder)
    return NatashaModels(FastMorph(morph.infer), NER(FastNERInfer(ner.infer), BATCH_SIZE), _morph_vocab(), (morph, ner))


@dataclass(frozen=True, slots=True)
class _NormToken:
    """What natasha's span normaliser reads of a token."""

    text: str
    pos: str | None
    feats: dict[str, str]
    start: int
    stop: int


def parse_feats(feats: str | None) -> dict[str, str]:
    """``Case=Dat|Number=Sing`` as a dict (natasha's form)."""
    return dict(item.split("=", 1) for item in feats.split("|") if "=" in item) if feats else {}


class RussianNER:
    """Normal forms of Russian words and natasha's NER spans, on the shared models."""

    def __init__(self) -> None:
        self.models = natasha_models()
        self._morph_vocab = self.models.vocab
        self.normal_form = functools.lru_cache(maxsize=200_000)(self._normal_form)
        self._normals: dict[tuple[tuple[str, str | None, str | None, int, int], ...], str] = {}
        """natasha's normal form of a span's tokens (forms, tags, offsets in the span): a name recurs in the
        same case across a corpus, and pymorphy's inflection is most of a span's cost."""

    def _normal_form(self, word: str) -> str:
        """Lower-case dictionary form of one word.

        pymorphy's first parse is often wrong for names (Токаеву -> токаева, Токаев -> токай): a capitalised
        word takes the normal form of its first proper-noun parse (surname, name, place, organisation),
        and is its own normal form when it has none.
        """
        parses = self._morph_vocab.parse(word)
        if word[:1].isupper():
            ranked = [(_PROPER_TAGS.index(tag), p) for p in parses for tag in _tags(p) if tag in _PROPER_TAGS]
            if ranked:
                return min(ranked, key=lambda item: item[0])[1].normal_form.lower()
            if word.lower().endswith(SURNAME_ENDINGS):
                return word.lower()
        return (parses[0].normal_form if parses else word).lower()

    def find_blocks(
        self, text: str, blocks: list[tuple[int, int]], tokens: list[Token], words: list[list[str] | None]
    ) -> list[RussianSpan]:
        """natasha's spans in several blocks, one batch; each normalised to the nominative with the
        morphology of ``tokens`` (the blocks' tokens, tagged, in text order). ``words`` holds, per block,
        the words razdel cuts the whole block into when the segment stage's tokens give them (None: the
        NER cuts the block itself)."""
        from natasha.norm import normalize

        from pipeline.lang.ru.slovnet_fast import TokenisedText

        starts = [t.start for t in tokens]
        texts = [
            text[s:e] if block_words is None else TokenisedText(text[s:e], block_words)
            for (s, e), block_words in zip(blocks, words, strict=True)
        ]
        spans = []
        for (start, _end), markup in zip(blocks, self.models.map_ner(texts), strict=True):
            for span in markup.spans:
                span_start, span_end = start + span.start, start + span.stop
                span_text = text[span_start:span_end]
                span_words = list(re.finditer(r"\S+", span_text))
                while span_words and not span_words[0].group()[0].isupper():
                    span_words.pop(0)  # `порту Актау` names Актау; an all-lower-case span (`газа`) names nothing
                if not span_words:
                    continue
                offset = span_words[0].start()
                inside = tokens[bisect.bisect_left(starts, span_start) : bisect.bisect_left(starts, span_end)]
                key = tuple(
                    (text[t.start : t.end], t.upos, t.feats, t.start - span_start, t.end - span_start)
                    for t in inside
                    if t.end <= span_end
                )
                normal = self._normals.get(key)
                if normal is None:
                    if len(self._normals) > _NORMALS_LIMIT:
                        self._normals.clear()
                    parts = [_NormToken(form, upos, parse_feats(feats), s, e) for form, upos, feats, s, e in key]
                    normal = self._normals[key] = normalize(self._morph_vocab, parts) if parts else ""
                normal = normal or span_text
                if offset:
                    normal = " ".join(normal.split()[len(span_text[:offset].split()) :]) or span_text[offset:]
                mention = Mention(span_start + offset, span_end, span.type, f"natasha:{span.type}", "natasha", 0.75)
                spans.append(RussianSpan(mention, normal))
        return spans


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_COUNTRIES_AFTER = sorted((*OWNER_COUNTRIES, *QUALIFIER_PLACES), key=len, reverse=True)
_COUNTRY_AFTER = rf"(?:[ \t]+(?:{'|'.join(map(re.escape, _COUNTRIES_AFTER))}))?"
"""The country a body belongs to, written after its name (РК, Казахстана, Российской Федерации)."""
_ABBREVIATION_AFTER = re.compile(
    rf"[ \t]*\(([A-ZА-ЯЁ](?=[^)]*[A-ZА-ЯЁ])[A-ZА-ЯЁa-zа-яё0-9-]{{1,11}})\){_COUNTRY_AFTER}$"
)
"""An abbreviation in brackets closing a body's name (Диалога по сотрудничеству в Азии (ДСА)), with lower-case
letters inside too (…института онкологии и радиологии (КазНИИОР)): two capitals at least, no space; the country
after it is neither's (Министерства по чрезвычайным ситуациям (МЧС) РК)."""


_CYRILLIC_LETTER = re.compile("[А-Яа-яЁё]")


def document_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """The Russian rules over several mentions (the language's ``mention_rules``), run only where the text has
    Cyrillic letters (a Latin name in Russian prose is theirs too: газете «Turkistan»): a Chinese or English
    article's names cost nothing here."""
    if _CYRILLIC_LETTER.search(text) is None:
        return mentions
    return _cyrillic_document_rules(text, mentions)


def _cyrillic_document_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """The Russian rules over the document's mentions."""
    found = _places_in_a_list(
        text,
        abbreviations_apart(
            text,
            bodies_attached(
                text,
                bodies_with_owner(
                    text,
                    without_qualifier_places(text, [_ministry_fields(text, m) for m in _named_after(text, mentions)]),
                ),
            ),
        ),
    )
    kept = [
        _each_mention_rule(text, mention)
        for mention in _route_ends_as_places(text, found)
        if not _route_end(text, mention)
        and not (mention.label == "PER" and _COMPOUND_ADJECTIVE.fullmatch(text, mention.start, mention.end))
        and not _place_in_a_title(text, mention)
        and not _completes_a_document(text, mention)
        and not _bare_head(text, mention)
    ]
    works = {text[m.start : m.end] for m in kept if m.label_fine == "work"}
    return [_as_work(text, m, works) for m in kept] if works else kept


def _each_mention_rule(text: str, mention: Mention) -> Mention:
    """One mention through the Russian rules that read it alone, in turn (each takes what the one before gave)."""
    for rule in (
        _named_in_full,
        _with_honorific,
        _place_after_place_noun,
        _with_region_noun,
        _with_level_adjective,
        _whole_ministry,
        _quoted_body,
        _as_work,
        _as_vehicle,
    ):
        mention = rule(text, mention)
    return mention


def _bare_head(text: str, mention: Mention) -> bool:
    """A body's head noun alone, capitalised (`сообщили в Департаменте` after `Департамента экологии по ВКО`): a
    word pointing back to the body named before, no name of its own (an abbreviation such as ДП is one)."""
    word = text[mention.start : mention.end]
    return (
        mention.label == "ORG"
        and word.isalpha()
        and not word.isupper()
        and _BARE_HEAD_WORD.fullmatch(word.lower()) is not None
    )


_BARE_HEAD_WORD = re.compile(
    rf"(?:{'|'.join(re.escape(head) for head in sorted(BODY_HEADS, key=len, reverse=True) if len(head) > 2)})"
    r"[^\W\d_]{0,3}"
)
"""A body's head noun with a case ending of three letters at most (департаменте, управлении; ``body_heads.tsv``)."""


_COMPOUND_ADJECTIVE = re.compile(rf"[А-ЯЁ][а-яё]+о-[а-яё]+(?:{'|'.join(ADJECTIVE_ENDINGS)}|ое|ые|ие)")
"""A compound adjective (`Транзитно-транспортная` opening a heading): no person's name, whatever natasha read."""
_WORK_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(map(re.escape, WORK_NOUNS))})[а-яё]*[ \t]+«?$")
"""A work's, a contest's or a programme's noun right before a name (``work_nouns.tsv``)."""


_LIST_GAP = re.compile(r"[ \t]*,[ \t]*(?:и[ \t]+)?|[ \t]+и[ \t]+")
"""What stands between two items of a list (`Каратал, Карасу и Коптогай`)."""
_LEAST_LIST = 3
"""Items a list must have before its places tell what the other items are."""


def _places_in_a_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name natasha reads as a person in a list of three names or more, most of them places (`Каратал,
    Карасу, Амангельди и Коптогай находятся в опасности`), is a place too; the gazetteer's persons stay."""
    ordered = sorted(mentions, key=lambda m: m.start)
    runs: list[list[int]] = []
    for index, mention in enumerate(ordered):
        previous = ordered[index - 1] if index else None
        if runs and previous is not None and _LIST_GAP.fullmatch(text, previous.end, mention.start):
            runs[-1].append(index)
        else:
            runs.append([index])
    listed = {
        (mention.start, mention.end)
        for run in runs
        if len(run) >= _LEAST_LIST and 2 * sum(ordered[i].label == "LOC" for i in run) > len(run)
        for mention in (ordered[i] for i in run)
        if mention.label == "PER" and mention.recogniser == "natasha" and " " not in text[mention.start : mention.end]
    }
    return [
        dataclasses.replace(m, label="LOC", label_fine="listed_place:LOC", entity_id=None)
        if (m.start, m.end) in listed and m.label == "PER"
        else m
        for m in mentions
    ]


_VEHICLE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(map(re.escape, VEHICLE_NOUNS))})[а-яё]*(?:[ \t]+(?:марки|модели))?"
    r"[ \t]*(?:[—–:-][ \t]*)?«?"
    r"(?:[A-ZА-ЯЁ0-9][\w-]*(?:[ \t]+[A-ZА-ЯЁ0-9][\w-]*){0,3}»?[ \t]*(?:,|[ \t]и)[ \t]*«?)*$"
)
"""A vehicle's noun right before a name, and the makes listed after it (`автомобилями «Lada» и «`)."""


def _as_vehicle(text: str, mention: Mention) -> Mention:
    """A body's name right after a vehicle's noun (`водитель автомобиля «Toyota»`, `двух автомобилей — Toyota Avalon и
    Toyota Camry`) is its make or model: MISC, a product, no body (``vehicle_nouns.tsv``)."""
    if mention.label != "ORG" or not _VEHICLE_BEFORE.search(text, max(0, mention.start - 120), mention.start):
        return mention
    return dataclasses.replace(mention, label="MISC", label_fine="vehicle", entity_id=None)


def _as_work(text: str, mention: Mention, works: Collection[str] = ()) -> Mention:
    """A body's name right after a noun of a work or an event (`конкурса Silk Way Star`, `турне «Arnau Tour»`) is
    the work's or the event's name: MISC, no body; so is the same name elsewhere in the article (``works``); a
    place's name in guillemets there too (`программу «Алатау»`: the programme, not the mountains)."""
    quoted_place = mention.label == "LOC" and text[mention.start - 1 : mention.start] == "«"
    if (mention.label != "ORG" and not quoted_place) or mention.label_fine == _ROUTE_END_FINE:
        # `проекты «Кызылжар — Мойынты»`: the route's end stays a place
        return mention
    named = text[mention.start : mention.end] in works
    if not named and not _WORK_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return mention
    return dataclasses.replace(mention, label="MISC", label_fine="work", entity_id=None)


_BODY_NOUN_BEFORE = re.compile(
    "(?<![\\w-])(?i:"
    + "|".join(r"[а-яё]*[ \t]+".join(map(re.escape, noun.split())) for noun in QUOTED_BODY_NOUNS)
    + ")[а-яё]*[ \t]+«$"
)
"""A body's kind right before a name in guillemets (``quoted_body_nouns.tsv``: `завода «`, `газете «`)."""


def _quoted_body(text: str, mention: Mention) -> Mention:
    """A place's name in guillemets right after a noun of a kind of body (`завода «Каспий»`, `газете «Turkistan»`)
    is that body's name: an organisation, linked to no place."""
    if mention.label != "LOC" or not _BODY_NOUN_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return mention
    if text[mention.end : mention.end + 1] != "»":
        return mention
    return dataclasses.replace(mention, label="ORG", label_fine="quoted_body:ORG", entity_id=None)


_GUILLEMETS = re.compile(r"«[^«»\n]{1,80}»")
_DOCUMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(r"[ \t]+".join(rf"{re.escape(stem)}[а-яё]*" for stem in name.split()) for name in DOCUMENT_NAMES)
    + r")[ \t]+$",
    re.IGNORECASE,
)
"""A document's name right before a country that completes it (``document_names.tsv``: `Красную книгу `)."""


def _completes_a_document(text: str, mention: Mention) -> bool:
    """Whether a place completes the name of a document before it (`Красную книгу Казахстана`): no place there."""
    return (
        mention.label == "LOC" and _DOCUMENT_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
    )


def _place_in_a_title(text: str, mention: Mention) -> bool:
    """Whether a place is a word of a title in guillemets with other words (`концепцию «Дети Казахстана»`, `предмет
    «История Казахстана»`): part of the work's or programme's name, no place of the text; a title that is the place's
    name alone (`«Астана»`) or a route's (`«КС-14 — Костанай»`) keeps it."""
    if mention.label != "LOC":
        return False
    opening = text.rfind("«", max(0, mention.start - 80), mention.start)
    title = _GUILLEMETS.match(text, opening) if opening != -1 else None
    if title is None or title.end() < mention.end:
        return False
    words = text[title.start() + 1 : title.end() - 1].strip()
    return (
        words != text[mention.start : mention.end]
        and not _ROUTE_NEXT.search(words)  # `«КС-14 — Костанай»`: a route's name, whose ends are places
        and re.search("[а-яё]", words) is not None  # not an English quotation in guillemets
        and len(words.split()) <= _MOST_TITLE_WORDS
        and not re.search(r"[.,!?:;]", words)  # a title, not quoted words
    )


_MOST_TITLE_WORDS = 5
"""Words a title in guillemets has at most; longer quoted words are speech."""


def _place_after_place_noun(text: str, mention: Mention) -> Mention:
    """A person's name after a preposition and a place noun, or right after a street's noun (`пр. Назарбаева`), is
    the place named after the person, whichever recogniser read it (`в городе Сатпаев`: the town, not Kanysh
    Satbayev). natasha's own reads are turned into
    places earlier, in :func:`find_natasha`, where their normal forms are made; this catches the gazetteer's."""
    if mention.label != "PER":
        return mention
    if not (
        _AFTER_PLACE_NOUN.search(text, max(0, mention.start - 120), mention.start)
        or _STREET_NOUN_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    ):
        return mention
    return dataclasses.replace(mention, label="LOC", label_fine="named_place:LOC", entity_id=None)


_STREET_NOUN = rf"(?<![\w-])(?i:{'|'.join(map(re.escape, STREET_NOUNS))})[а-яё]{{0,3}}[ \t]+"
"""A street's, a town district's or a village's noun and the space after it (``street_nouns.tsv``)."""
_STREET_NOUN_BEFORE = re.compile(rf"{_STREET_NOUN}$")
"""A street's noun right before a name (`пр. Назарбаева`, `улица Абая`): the street named after the person."""


_GENITIVE_WORD = r"[а-яё]{2,}(?:а|я|и|ы|ов|ев|ей|ой|ого|его|ых|их)"
_FIELD = rf"{_GENITIVE_WORD}(?:[ \t]+{_GENITIVE_WORD}){{0,2}}"
_LISTED_FIELDS = re.compile(rf"(?:,[ \t]+{_FIELD})*,[ \t]+{_FIELD}[ \t]+и[ \t]+{_FIELD}(?![\w-])")
"""`, информации и молодежной политики`: the further fields of a ministry named by three or more."""


def _ministry_fields(text: str, mention: Mention) -> Mention:
    """A ministry named by three fields or more is one body (`Министерства культуры, информации и молодежной
    политики`): natasha stops at the first comma."""
    if mention.label != "ORG" or not text[mention.start : mention.end].lower().startswith("министерств"):
        return mention
    fields = _LISTED_FIELDS.match(text, mention.end)
    if fields is None or " и " in text[mention.start : mention.end]:
        return mention
    if any(word.startswith(BODY_HEADS) for word in re.findall(r"[а-яё]+", fields.group())):
        return mention  # `Министерства здравоохранения, акиматов и полиции`: three bodies
    return dataclasses.replace(mention, end=fields.end(), entity_id=None)


_MINISTRY_ABBREVIATION = re.compile(r"Мин[а-яё]{3,}")
_SECOND_FIELD = re.compile(
    r"[ \t]+и[ \t]+((?:[а-яё]{3,}(?:ой|ей|ых|их|ого|его)[ \t]+)?[а-яё]{3,}(?:[аяыи]|ов|ев)(?:[ \t]+[а-яё]{3,}[аяыи])?)"
    rf"{_COUNTRY_AFTER}(?![\w-])"
)
"""`Минтуризма и спорта РК`, `Минтруда и социальной защиты населения РК`, `Минэкологии и природных ресурсов`: the
second field of an abbreviated ministry's name (a noun in the genitive, an adjective before it, a noun after), and
its country."""


_LEVEL_ADJECTIVE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, PLACE_ADJECTIVE_ANAPHORS))})[а-яё]{{1,4}}[ \t]+$", re.IGNORECASE
)
"""`городского` (`областного`, `районного`) right before a body's head: the level of the body, part of its name."""


def _with_level_adjective(text: str, mention: Mention) -> Mention:
    """A body whose name opens with its head (`отдела жилищно-коммунального хозяйства Актау`) takes the adjective of
    its level before it (`городского отдела …`), as natasha leaves it out, and so does a head that an adjective of
    its own opens (`генерального консульства Казахстана`; the ``opened_by`` column of ``body_heads.tsv``)."""
    name = text[mention.start : mention.end].lower()
    if mention.label != "ORG" or not name.startswith(BODY_HEADS):
        return mention
    openers = (_LEVEL_ADJECTIVE_BEFORE, *(pattern for head, pattern in _OPENER_BEFORE.items() if name.startswith(head)))
    before = max(0, mention.start - 20)
    level = next((found for pattern in openers if (found := pattern.search(text, before, mention.start))), None)
    return dataclasses.replace(mention, start=level.start(), entity_id=None) if level else mention


_OPENER_BEFORE = {
    head: re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, stems))})[а-яё]{{1,4}}[ \t]+$", re.IGNORECASE)
    for head, stems in BODY_HEAD_OPENERS.items()
}
"""Per body head, its opening adjective right before it (`генерального ` before `консульства`)."""


def _whole_ministry(text: str, mention: Mention) -> Mention:
    """An abbreviated ministry named by two fields is one body (`Минтуризма и спорта РК`, `Минтруда и
    соцзащиты`): natasha stops at the first."""
    if mention.label != "ORG" or not _MINISTRY_ABBREVIATION.fullmatch(text, mention.start, mention.end):
        return mention
    field = _SECOND_FIELD.match(text, mention.end)
    if field is None or any(word.startswith(BODY_HEADS) for word in field.group(1).split()):
        return mention  # `Минздрав и акимат`, `Минфин и местных исполнительных органов`: two bodies
    return dataclasses.replace(mention, end=field.end())  # the same body as the gazetteer's abbreviation


_ROUTE_DASH = r"(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]+|-(?=[А-ЯЁ][а-яё]+[ \t]*[–—]))"
_ROUTE_NEXT = re.compile(rf"{_ROUTE_DASH}[А-ЯЁ][а-яё]")
_ROUTE_BEFORE = re.compile(rf"[А-ЯЁ][а-яё]+{_ROUTE_DASH}$")
"""A dash between two capitalised words (`Кызылжар – Мойынты`, `«Алматы — Талдыкорган — Усть-Каменогорск»`)."""


_ROUTE_END_WORD = r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі][а-яёәғқңөұүһі]+)*"
_ROUTE = re.compile(rf"(?<![\w-]){_ROUTE_END_WORD}(?:{_ROUTE_DASH}{_ROUTE_END_WORD})+(?![\w-])")
"""Capitalised words joined by dashes (`Кызылжар –Мойынты`, `Алматы — Талдыкорган — Усть-Каменогорск`)."""
_ONE_ROUTE_END = re.compile(_ROUTE_END_WORD)
_ROUTE_NOUN = re.compile(rf"(?<![\w-])(?i:{'|'.join(map(re.escape, ROUTE_WORDS))})[а-яё]*")
_ROUTE_END_FINE = "route_end:LOC"
_ROUTE_NOUN_REACH = 120
"""Characters before a route's ends within which its noun stands (a list of routes after `линий:`)."""


def _route_ends_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The ends of a route named by a noun before them in its sentence (`железнодорожных линий: Кызылжар – Мойынты,
    Дарбаза — Мактаарал`; ``route_words.tsv``) are places: an end read as a person or read as nothing becomes one,
    an end inside a longer name is left to it."""
    if not any(dash in text for dash in "–—-"):
        return mentions
    by_span = {(m.start, m.end): index for index, m in enumerate(mentions)}
    starts = sorted((m.start, m.end) for m in mentions)
    found = list(mentions)
    for route in _ROUTE.finditer(text):
        reach = max(0, route.start() - _ROUTE_NOUN_REACH)  # within the route's sentence
        sentence = max(text.rfind(mark, reach, route.start()) for mark in ".!?\n") + 1
        if not _ROUTE_NOUN.search(text, max(sentence, reach), route.start()):
            continue
        for end in _ONE_ROUTE_END.finditer(text, route.start(), route.end()):
            span = end.span()
            if span in by_span:
                mention = found[by_span[span]]
                if mention.label == "PER" and mention.recogniser != "gazetteer":
                    found[by_span[span]] = dataclasses.replace(
                        mention, label="LOC", label_fine=_ROUTE_END_FINE, entity_id=None
                    )
                continue
            first = bisect.bisect_left(starts, (span[0] - _ROUTE_NOUN_REACH, 0))
            nearby = itertools.takewhile(lambda named, end=span[1]: named[0] < end, starts[first:])
            if any(start < span[1] and span[0] < end for start, end in nearby):
                continue  # inside or across a name already found
            found.append(Mention(*span, "LOC", _ROUTE_END_FINE, "places_ru", 0.6))
    return sorted(found, key=lambda m: (m.start, m.end)) if len(found) > len(mentions) else found


def _route_end(text: str, mention: Mention) -> bool:
    """Whether a one-word name read as a person is an end of a route (`линий: Кызылжар – Мойынты, Дарбаза —
    Мактаарал`, `по дороге «Усть-Каменогорск — Риддер — граница РФ»`): no person a pronoun could point to. The
    places at a route's ends stay places of the text, as the gold lists them in every language. A person's name
    of two words (`Иван Петров — Мактаарал`), a known person (`Токаев — Президент страны`) and names dashed with no
    route's noun before them nor a road's quoted name around them (`бой Головкин — Альварес`) are left alone."""
    if mention.label != "PER" or " " in text[mention.start : mention.end] or mention.recogniser == "gazetteer":
        return False
    before = _ROUTE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if not (_ROUTE_NEXT.match(text, mention.end) or before):
        return False
    reach = max(0, mention.start - _ROUTE_NOUN_REACH)  # a route's noun in the sentence, or a road's quoted name:
    sentence = max(text.rfind(mark, reach, mention.start) for mark in ".!?\n") + 1  # `Головкин — Альварес` is a bout
    opened = text.rfind("«", max(sentence, reach), mention.start)
    return bool(
        _ROUTE_NOUN.search(text, max(sentence, reach), mention.start)
        or _STREETS_NOUN.search(text, reach, mention.start)  # `квадрат улиц — Алтынсарина — пр. Назарбаева — …`
        or (opened >= 0 and "»" not in text[opened : mention.start])
    )


_STREETS_NOUN = re.compile(rf"(?<![\w-])(?i:{'|'.join(map(re.escape, STREET_NOUNS))})")
"""A street's noun before (`квадрат улиц — Алтынсарина — пр. Назарбаева`, whose `пр.` no sentence ends at): streets
joined by dashes."""


_ADJECTIVE_ENDS = "|".join(ADJECTIVE_ENDINGS)
_REGION_NOUN_LAST = re.compile(rf"(?<!{_ADJECTIVE_ENDS})(?<=\w)[ \t]+[Оо]бласт(?:ь|и|ью|ей)$")
"""`Ынтымак области`: a place's name, no adjective (Карагандинской области), and the noun `область` after it, which
belongs to the region named next (области Жетысу)."""
_REGION_OR_DISTRICT_LAST = re.compile(r"[ \t]+(?:област|район|округ)[а-яё]*$")
"""A region's, a district's or an area's noun closing a name (Карагандинской области): the name is a place's."""
_NAME_NEXT = re.compile(r"[ \t]+[А-ЯЁ]")
_REGION_NOUN_BEFORE = re.compile(rf"(?<!(?:{_ADJECTIVE_ENDS})[ \t])(?<![\w-])[Оо]бласт(?:ь|и|ью)[ \t]+$")
"""`области Абай`, `область Жетысу`: a region named after a person or a word, its noun written first; not the noun
of an adjective before it (`Карагандинской области Казахстана`: the country after the region), nor the plural of
several regions named after it (`областей Абай, Улытау`: each region by its name)."""


_REGION_NOUN_OPENING = re.compile(r"[Оо]бласт(?:ь|и|ью|ей)[ \t]+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")
"""The noun `область` opening a region's mention (the gazetteer's `область Жетысу`; `областей Абай` of a list)."""


_HOME_REGIONS = frozenset(row["region"] for row in common_table("regional_centres"))
"""Kazakhstan's regions, as gazetteer ids (``pipeline/data/regional_centres.tsv``)."""


def _with_region_noun(text: str, mention: Mention) -> Mention:
    """A region written after the noun `область` (the regions created in 2022) is named with the noun, as a region
    named by its adjective is (области Улытау, области Жетысу as Карагандинской области): the gazetteer's `область
    Улытау` keeps it, and a region whose name alone is a person's takes it (области Абай). In a list of regions
    after the plural (`областей Абай, Улытау`) each is named by its name."""
    if mention.label != "LOC":
        return mention
    opening = _REGION_NOUN_OPENING.match(text, mention.start, mention.end)
    if opening is not None:
        plural = opening.group().lower().startswith("областей")
        return dataclasses.replace(mention, start=opening.end()) if plural else mention
    known_region = mention.entity_id in _HOME_REGIONS  # `области Улытау`: the gazetteer's region
    if not known_region and text[mention.start : mention.end].lower() not in GIVEN_NAME_GENDERS:
        return mention  # `области Казахстана`: the country of a region named before, no region's name
    noun = _REGION_NOUN_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    return dataclasses.replace(mention, start=noun.start()) if noun else mention


_ABBREVIATED_BODY = re.compile(r"[А-ЯЁ]{2,5}")
_GENITIVE_END = re.compile(r"[аяиы]$")


def bodies_with_owner(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country in the genitive right after a body is part of the body's name (Курултай + Республики
    Казахстан), no place of its own (``data/owner_countries.tsv``); so is any place in the genitive after an
    abbreviated body (`ДП Шымкента`, as natasha reads `ДЧС Алматинской области` whole). Mentions in text order."""

    def with_owner(body: Mention, place: Mention) -> Mention | None:
        owned = body.label == "ORG" and place.label == "LOC" and text[body.end : place.start] == " "
        name = text[place.start : place.end]
        abbreviated = _ABBREVIATED_BODY.fullmatch(text, body.start, body.end) and _GENITIVE_END.search(name)
        return (
            dataclasses.replace(body, end=place.end, entity_id=None)
            if owned and (name in OWNER_COUNTRIES or abbreviated)
            else None
        )

    return joined_neighbours(mentions, with_owner)


_ATTACHED = re.compile(rf"[ \t]+при[ \t]+(?:{'|'.join(map(re.escape, ATTACHED_HEADS))}){_COUNTRY_AFTER}\b")


def bodies_attached(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body attached to the President or the Government is named with it (`Национальной академии наук` + `при
    Президенте РК`, ``data/attached_heads.tsv``); a place inside that is part of the name. Mentions in text order."""
    found: list[Mention] = []
    reach = -1
    for mention in mentions:
        if mention.end <= reach:
            continue  # `РК` of `при Президенте РК`: inside the body's name
        attached = _ATTACHED.match(text, mention.end) if mention.label == "ORG" else None
        if attached is not None:
            mention = dataclasses.replace(mention, end=attached.end(), entity_id=None)
            reach = attached.end()
        found.append(mention)
    return found


def abbreviations_apart(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body's name and its abbreviation in brackets are two mentions of it (Диалога по сотрудничеству в
    Азии (ДСА): the name and ДСА), as the name alone and the abbreviation alone are written elsewhere."""
    found: list[Mention] = []
    for mention in mentions:
        bracket = _ABBREVIATION_AFTER.search(text, mention.start, mention.end) if mention.label == "ORG" else None
        if bracket is None or bracket.start() == mention.start:
            found.append(mention)
            continue
        found.append(dataclasses.replace(mention, end=bracket.start(), entity_id=None))
        found.append(dataclasses.replace(mention, start=bracket.start(1), end=bracket.end(1), entity_id=None))
    return found


def without_qualifier_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A country's abbreviation after a body's name or a code is part of that name (МЧС РК, УК РК) and no place;
    after a preposition (в РК) or a person's title (Президент РК, премьер-министр РФ: a title is no name, so the
    country in it is the country) it is one (``data/qualifier_places.tsv``)."""
    kept = []
    for mention in mentions:
        if mention.label == "LOC" and text[mention.start : mention.end] in QUALIFIER_PLACES:
            before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            word = before.group(1).lower() if before is not None else None
            if word is not None and word not in PLACE_PREPOSITIONS and word not in _TITLE_FORMS:
                continue
        kept.append(mention)
    return kept


_HONORIFIC = rf"(?:[ \t]+(?:{'|'.join(map(re.escape, NAME_HONORIFICS))})[а-яё]{{0,2}}(?![\w-]))?"
"""A Kazakh honorific after a name (Толе би, Кабанбай батыра), in any case (``name_honorifics.tsv``)."""
_STREET_NAME = rf"«?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?»?{_HONORIFIC}"
_NAMED_AFTER_STREET_NOUN = re.compile(
    rf"{_STREET_NOUN}"
    rf"(?P<names>{_STREET_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+и[ \t]+){_STREET_NAME})*)"
)
"""A street, town district or village noun and the names after it, a list of them after a plural (``street_nouns``)."""
_ONE_STREET_NAME = re.compile(_STREET_NAME)


_GENITIVE_NAME_WORD = r"(?:[А-ЯЁ]\.[ \t]*)*(?:аль-)?[А-ЯЁ][а-яё-]*(?:а|я|ы|и|ого|его|ой)(?![\w-])"
_NAMED_AFTER = re.compile(
    rf"(?<![\w-])(?P<noun>[А-ЯЁа-яё-]+)[ \t]+(?:имени|им\.)[ \t]*"
    rf"(?P<name>{_GENITIVE_NAME_WORD}(?:[ \t]+{_GENITIVE_NAME_WORD}){{0,2}})"
)
"""A noun, `имени` and a person's name in the genitive after it (`филармонии имени Жамбыла`, `им. Ы.Алтынсарина`);
a name in the nominative after it is someone else's (`филармонии имени Жамбыла Акан Абдуалиев`)."""


def _named_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name after `имени` names a body, a place or a thing after them (``named_after_nouns.tsv``): a body
    or a place read right before runs on over the name (`Национальной академии образования имени Ы.Алтынсарина`),
    one read over the name already stays whole (`Казахского национального университета имени аль-Фараби`);
    else the noun, `имени` and the name are one body or place (`шахты имени Ленина`, `район имени Габита
    Мусрепова`), or a prize's name, which lists nothing (`премию имени Чингиза Айтматова`). The person is none.
    One pass over the text and one over the mentions: long documents stay linear."""
    by_end = {m.end: m for m in mentions if m.label in ("ORG", "LOC")}
    names: list[tuple[int, int]] = []
    widened: dict[int, Mention] = {}  # id of a body read before `имени` -> the body over the name
    whole: set[int] = set()  # ids of bodies read over the noun, `имени` and the name already
    added: list[Mention] = []
    for named in _NAMED_AFTER.finditer(text):
        name = named.span("name")
        over = by_end.get(name[1])
        if over is not None and over.start <= named.start("noun"):
            names.append(name)  # `Казахского национального университета имени аль-Фараби`, read whole
            whole.add(id(over))
            continue
        before = by_end.get(named.end("noun"))
        label = next(
            (lab for stem, lab in NAMED_AFTER_NOUNS.items() if named.group("noun").lower().startswith(stem)), None
        )
        if before is None and label is None:
            continue  # a noun the table does not know: the name stays as read
        names.append(name)
        if before is not None:
            widened[id(before)] = dataclasses.replace(before, end=name[1], entity_id=None)
        elif label != "MISC":
            added.append(Mention(named.start("noun"), name[1], label, f"named_after:{label}", "natasha", 0.7))
    if not names:
        return mentions
    starts = [start for start, _ in names]
    found = []
    for mention in mentions:
        at = bisect.bisect_right(starts, mention.start) - 1  # the last name starting at or before the mention
        inside = at >= 0 and mention.start < names[at][1]
        crossing = at + 1 < len(names) and names[at + 1][0] < mention.end
        if id(mention) in widened:
            found.append(widened[id(mention)])
        elif id(mention) in whole or (not inside and not crossing):
            found.append(mention)
    return sorted(found + added, key=lambda m: (m.start, m.end))


_HONORIFIC_AFTER = re.compile(_HONORIFIC.removesuffix("?"))
"""A Kazakh honorific right after a name (`поселке Айтеке би`): the name's last word."""


_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])(?P<word>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]+$")
"""The capitalised word (a hyphenated given name too: Касым-Жомарта) right before a mention."""


def _named_in_full(text: str, mention: Mention) -> Mention:
    """A person's name as the text gives it in full: a surname read alone takes the given name right before it in
    any case (`Президента Касым-Жомарта [Токаева]`), and a name read on into the adjective after it loses it (not a
    surname in -ский after a patronymic: `Владимир Вольфович Жириновский`)."""
    if mention.label != "PER":
        return mention
    if " " not in text[mention.start : mention.end]:
        before = _CAPITALISED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is not None and _is_given_name(before.group("word")):
            return dataclasses.replace(mention, start=before.start("word"), entity_id=None)
        return mention
    adjective = _ADJECTIVE_AFTER_NAME.fullmatch(text, mention.start, mention.end)
    words = text[mention.start : mention.end].split()
    if adjective is not None and _is_given_name(words[0]) and not words[1].lower().endswith(PATRONYMIC_ENDINGS):
        return dataclasses.replace(mention, end=adjective.end("name"), entity_id=None)
    return mention


def _with_honorific(text: str, mention: Mention) -> Mention:
    """A person's or a place's name with the honorific after it (Айтеке би, Абылай хана): the honorific is part of
    the name whoever read the name without it."""
    if mention.label not in ("PER", "LOC"):
        return mention
    honorific = _HONORIFIC_AFTER.match(text, mention.end)
    return dataclasses.replace(mention, end=honorific.end()) if honorific is not None else mention


def find_named_places(ctx: BlockContext) -> list[Mention]:
    """The names after a noun of a street, a town district or a village (на улице Караван, села Бирлик и Геолог),
    which natasha passes over when the name is also a common word; a weak recogniser, so natasha's own reading of a
    name there wins and the mention rules make a person's name there a place (улица Абая)."""
    if ctx.is_label or ctx.block.lang != "ru":
        return []
    found = []
    for match in _NAMED_AFTER_STREET_NOUN.finditer(ctx.text, ctx.block.start, ctx.block.end):
        for name in _ONE_STREET_NAME.finditer(ctx.text, match.start("names"), match.end("names")):
            start, end = name.start(), name.end()
            start += ctx.text[start] == "«"
            end -= ctx.text[end - 1] == "»"
            found.append(Mention(start, end, "LOC", "rule:street", "places_ru", 0.5))
    return found


def find_latin(ctx: BlockContext) -> list[Mention]:
    """Names in Latin letters inside Russian text, which natasha passes over: companies, media and sites as a
    rule (Besqaru, World Boxing, Gov.kz, a site's address in lower case: `передает kazlenta.kz`); capitals alone
    are as often a unit or a term (MPV, MSK) and left out, and the entity stage drops the abbreviations of terms (LRT)
    whoever found them."""
    block = ctx.block
    names = [
        Mention(match.start(), match.end(), "ORG", "latin_in_ru", "latin_ru", 0.5)
        for match in LATIN_NAME.finditer(ctx.text, block.start, block.end)
        if len(match.group()) >= 3
        and not match.group().isupper()
        and not (match.start() > 0 and _SPECIES_NAME.match(ctx.text, match.start() - 1))
    ]
    taken = {(m.start, m.end) for m in names}
    sites = [
        Mention(*site.span(), "ORG", "web:ORG", "latin_ru", 0.5)
        for site in WEB_SITE.finditer(ctx.text, block.start, block.end)
        if site.span() not in taken and not any(m.start <= site.start() < m.end for m in names)
    ]
    return [*names, *sites] if sites else names


_SPECIES_NAME = re.compile(r"\([A-Z][a-z]+(?: [a-z]{3,}){1,2}\)")
"""A capitalised Latin word and lower-case ones in brackets: a species' scientific name (ирбис (Panthera uncia)),
no body."""


_REGION_BEFORE = re.compile(r"(?<![\w-])(?:области|района)\s+$")
"""A region's or a district's noun right before a name: the name's first word is the region's (области Абай)."""
_REGION_NAME_FIRST = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+$)")
"""The first of three capitalised words: after a region's noun, the region's name before a given name and a
surname (not before a patronymic: `района Сергей Иванович Петров` is one man's name)."""


def _patronymic_first(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` open with a patronymic (Иванович Петров)."""
    return text[start:end].split()[0].lower().endswith(PATRONYMIC_ENDINGS)


def _celestial(word: str) -> bool:
    """Whether a capitalised word is the Earth, the Moon, the Sun or a planet in any case form (Землю, Луны;
    ``celestial_bodies.tsv``), which Russian capitalises only as names."""
    return word[:1].isupper() and any(
        parse.normal_form in CELESTIAL_BODIES for parse in natasha_models().vocab.parse(word.lower())
    )


def _a_known_thing(word: str, things_only: bool = True) -> bool:
    """Whether one word is, by every analysis of the Russian dictionary, a known noun of a thing and no name
    (фотоловушка; not Нурлан, nor a surname the dictionary only guesses); with ``things_only`` off, a
    known common noun of people too (сейсмологи). A word in capitals is an abbreviation (ФИФА), whatever noun it
    spells."""
    if not word.isalpha() or (word.isupper() and len(word) > 1):
        return False
    parses = natasha_models().vocab.parse(word.lower())
    return bool(parses) and all(
        parse.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"
        and all(_known_prefix(method) for method in parse.methods_stack[1:])
        and ("inan" in parse.tag or not things_only)
        and not {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(parse.tag.grammemes)
        for parse in parses
    )


def _compound_noun(word: str) -> bool:
    """Whether the dictionary reads a word only as a compound, a combining form before a noun (рыбо|храны,
    вики|новостям): a name of a thing or a body's short name, never a person's."""
    parses = natasha_models().vocab.parse(word.lower())
    return bool(parses) and all(len(parse.methods_stack) > 1 for parse in parses)


def _known_prefix(method: tuple) -> bool:  # type: ignore[type-arg]
    """Whether a step of a word's analysis is a prefix that makes compounds: a combining form, which ends in a vowel
    (фото|ловушка, рыбо|храны, вики|новостям), or a word the dictionary knows. The dictionary also reads a foreign
    surname as an unknown prefix and a noun (Лоуен|крон), which is no known thing."""
    if method[0].__class__.__name__ != "UnknownPrefixAnalyzer":
        return True
    prefix = method[1]
    if prefix[-1:] in _VOWELS:
        return True
    return any(
        parse.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"
        for parse in natasha_models().vocab.parse(prefix)
    )


_VOWELS = frozenset("аеёиоуыэюя")


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…»]\s+|\n|[—–-]\s+)$")
"""What stands before a word that opens a sentence (or a dash quote), where any noun is capitalised."""


def _opens_sentence(text: str, block_start: int, start: int) -> bool:
    """Whether the word at ``start`` opens its paragraph, a sentence or a dash quote."""
    return _SENTENCE_OPENING.search(text, max(block_start, start - 3), start) is not None or start == block_start


def find_natasha(ctx: BlockContext) -> list[Mention]:
    """The recogniser registry's entry: Russian prose blocks, normal forms kept for linking. The spans
    come from the morph stage's natasha pass over the document; a chain without that stage gets the
    same pass here, once per document."""
    if ctx.is_label or ctx.block.lang != "ru":
        return []
    spans = ctx.doc.model_mentions.get("natasha")
    if spans is None:
        from pipeline.lang.ru.morph import analyse_document

        spans = analyse_document(ctx.doc)
    found = []
    in_body: set[int] = set()
    block_spans = in_block(spans, ctx.block)
    for index, (mention, normal) in enumerate(block_spans):
        if mention.start in in_body:
            continue  # the place of a body's name (`Авиационной администрацией [Казахстана]`)
        start, end = mention.start, mention.end
        if mention.label == "ORG" and (owner := _owner_place(ctx.text, end, block_spans[index + 1 : index + 2])):
            # `НОК РК`, `Авиационной администрацией Казахстана`, `ДЧС города Астаны`: the country's or city's body
            in_body.update(place.start for place, _ in block_spans[index + 1 : index + 2] if place.end <= owner[1])
            normal = f"{normal} {ctx.text[owner[0] : owner[1]]}" if normal else None  # the place stays genitive
            end = owner[1]
        end = with_closing_guillemets(ctx.text, start, end)  # `АО «Казахстан темир жолы`: natasha left it out
        while end > start + 1 and (
            ctx.text[end - 1] in _TRAILING_MARKS
            or (
                ctx.text[end - 1] in _UNOPENED_CLOSERS
                and _UNOPENED_CLOSERS[ctx.text[end - 1]] not in ctx.text[start : end - 1]
            )
        ):  # `КАЗИНФОРМ /Канат Кульшманов/`: the slash opens the author's name; `компания"`: a mark it never opened
            end -= 1
            normal = normal.rstrip(_TRAILING_CHARS + '"”') if normal else normal  # `реформе (`: its normal form too
        quoted = _QUOTED_NAME.fullmatch(ctx.text, start, end) if mention.label == "ORG" else None
        if quoted:  # `АО «НК «QazaqGaz»`, `МИА «Казинформ»`: the name is what the guillemets hold
            start, end, normal = quoted.start("name"), quoted.end("name"), None
        label = mention.label
        if ctx.text[start:end].split(maxsplit=1)[0].lower() in POSSESSIVES:
            continue  # `Вашей страной`, `Вашим морским портам`: a letter's address, no name
        region = _REGION_NAME_FIRST.match(ctx.text, start, end) if label == "PER" else None
        after_region = region is not None and _REGION_BEFORE.search(ctx.text, max(0, start - 12), start) is not None
        if region and after_region and not _patronymic_first(ctx.text, region.end(), end):
            start, normal = region.end(), None  # `по области Абай Жаркынбек Байсабыров`: the region's name, then him
        if label == "PER" and (after_title := _after_title(ctx.text, start, end)) == end:
            continue  # `Аким отчитался`: a title alone is nobody's name (Аким Иванов keeps his)
        if (
            label == "PER"
            and _a_known_thing(ctx.text[start:end])
            and (_opens_sentence(ctx.text, ctx.block.start, start) or _compound_noun(ctx.text[start:end]))
        ):
            continue  # `Фотоловушка зафиксировала…`: a thing's noun opening a sentence, capitalised, or a compound
            # noun anywhere (`сообщил Рыбохраны`), no person; inside a sentence the capital of a plain noun makes it a
            # name (`сказал Пак`, `по словам Шумова`)
        if (
            label != "PER"
            and _opens_sentence(ctx.text, ctx.block.start, start)
            and _a_known_thing(ctx.text[start:end], things_only=False)
        ):
            continue  # `Сейсмологи готовят прогноз`: a common noun opening a sentence, no place or body
        if (
            label == "LOC"
            and (noun := _REGION_NOUN_LAST.search(ctx.text, start, end))
            and _NAME_NEXT.match(ctx.text, end)
        ):
            # `селе Ынтымак области Жетысу`: the village; the noun opens the region's name after it
            end, normal = noun.start(), None
        if label == "LOC" and _a_known_thing(ctx.text[start:end]) and not _celestial(ctx.text[start:end]):
            continue  # `за годы Независимости`: one capitalised common noun of a thing, anywhere, no place (but
            # `на Луну`, `на Землю`: the capital names the body in space)
        if label == "PER" and start < after_title < end and ctx.text[after_title : after_title + 1].isupper():
            if normal is not None:  # `Аким Бакыт Нурмуханов`: the title opening a sentence is no part of the name
                normal = " ".join(normal.split()[len(ctx.text[start:after_title].split()) :])
            start = after_title
        if label != "PER" and (after_title := _after_title(ctx.text, start, end)) > start:
            if not any(word[:1].isupper() for word in ctx.text[after_title:end].split()):
                continue  # `Аким` opening a sentence, `Аким области`: a title (and a common noun) names nothing
            start, normal = after_title, None  # `Аким Карагандинской области`: the place after the title
            if _REGION_OR_DISTRICT_LAST.search(ctx.text, start, end):
                label = "LOC"  # natasha read the akim's office as a body: the region is a place
        if label == "PER" and (name_start := _without_leading_body(ctx, start, end)) > start:
            if normal is not None:  # the normal form loses the same words
                normal = " ".join(normal.split()[len(ctx.text[start:name_start].split()) :])
            start = name_start
        if label in ("PER", "ORG") and _AFTER_PLACE_NOUN.search(ctx.text, max(ctx.block.start, start - 120), start):
            label = "LOC"  # `в населенных пунктах Шубар, Ы. Алтынсарина и Аккайын`: places named so
        if label == "PER" and _BEFORE_PLACE_NOUN.match(ctx.text, end):
            label = "LOC"  # `Есильскому и Нуринскому районам`: adjectives of places, not surnames
        if label == "LOC" and _adjective_of_a_thing(ctx.text, start, end):
            continue  # `Алматинской декларации`, `Гонконгский грипп`: a document, an illness, no place
        if label == "ORG" and ctx.text[start:end].lower().startswith(OFFICE_TERMS):
            continue  # `Председательство Казахстана в ОИК`: a term of office, no body (``data/office_terms.tsv``)
        if label == "ORG" and ctx.text.count('"', start, end) == 1 and ctx.text.startswith('"', end):
            quote = ctx.text.index('"', start, end)  # `НДП "Нур Отан"`: the name inside straight quotation marks,
            start, normal = quote + 1, None  # as natasha reads it inside guillemets (НДП «Нур Отан»: Нур Отан)
        pieces = _two_names(ctx.text, start, end, normal) if label == "PER" else [(start, end, normal)]
        for start, end, normal in pieces:
            found.append(Mention(start, end, label, mention.label_fine, "natasha", 0.75))
            if normal is not None:
                ctx.normal_forms[(start, end)] = (
                    _as_her_surname(
                        _given_name_before_indeclinable(
                            _given_name_in_case(
                                ctx.text[start:end],
                                _his_genitive(ctx.text, start, _nominative_name(ctx.text[start:end], normal)),
                            )
                        ),
                        ctx.text[start:end],
                    )
                    if label == "PER"
                    else _body_nominative(ctx.text[start:end], normal)
                    if label == "ORG"
                    else normal
                )
    return found


_NAME_WORD = re.compile(r"[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ-]+")
_PLACE_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|ую|ом|ие|их|им|ими)")
_ADJECTIVE_AFTER_NAME = re.compile(
    rf"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[ \t]+[А-ЯЁ][а-яё]+)[ \t]+{_PLACE_ADJECTIVE.pattern}"
)
"""A given name and a surname, then a capitalised adjective in -ский (`Касым-Жомарта Токаева Жаркентскую мечеть`):
the adjective opens the next noun phrase."""
_LOWER_WORD = re.compile(r"[ \t]+([а-яё]+)")


def _adjective_of_a_thing(text: str, start: int, end: int) -> bool:
    """Whether a place natasha read is a capitalised adjective with only lower-case words after it, before a
    lower-case word that no place is named by (``data/place_adjective_heads.tsv``): `Алматинской декларации`,
    `Алматинского прогностического полигона`."""
    words = text[start:end].split()
    if not words or not _PLACE_ADJECTIVE.fullmatch(words[0]) or any(not w.islower() for w in words[1:]):
        return False
    following = words[-1] if len(words) > 1 else None
    if following is None:
        after = _LOWER_WORD.match(text, end)
        following = after.group(1) if after else None
    return following is not None and not following.startswith(PLACE_ADJECTIVE_HEADS)


def _two_names(text: str, start: int, end: int, normal: str | None) -> list[tuple[int, int, str | None]]:
    """A span of four name words that are two people side by side, each a given name and a surname (`брата
    Нурлана Нигматулина Ерлана Нигматулина`, `сына … Нурлана Нигматулина Нуржана Нурланова`): two names."""
    words = list(_NAME_WORD.finditer(text, start, end))
    if len(words) != 4 or text[start:end].count(" ") != 3 or not all(_is_given_name(w.group()) for w in words[::2]):
        return [(start, end, normal)]
    normals = normal.split() if normal is not None and len(normal.split()) == 4 else None
    first = " ".join(normals[:2]) if normals else None
    second = " ".join(normals[2:]) if normals else None
    return [(words[0].start(), words[1].end(), first), (words[2].start(), words[3].end(), second)]


def _is_given_name(word: str) -> bool:
    """Whether a word is a known given name, in any case (Нурлана, Ерлану -> нурлан, ерлан)."""
    lowered = word.lower()
    if lowered in GIVEN_NAME_GENDERS:
        return True
    return any(
        lowered.endswith(ending) and lowered[: -len(ending)] in GIVEN_NAME_GENDERS
        for ending in TITLE_CASE_ENDINGS
        if ending
    )


_TRAILING_MARKS = frozenset(" \t/\\|-–—,;:(")
_TRAILING_CHARS = "".join(sorted(_TRAILING_MARKS))
"""Marks no name ends with, which natasha may take in after one."""
_UNOPENED_CLOSERS = {'"': '"', "”": "“"}
"""Closing quotation marks, each with the mark that opens it: one natasha took in after a name that holds no opening
mark closes the quotation around the name (`мега-проекта "Консолидированная … компания"`), no part of it."""
_COUNTRY_ABBREVIATION = re.compile(r"[ \t]+(?P<country>РК|РФ|КНР|США)(?![\w-])")


def _owner_place(text: str, end: int, following: list[tuple[Mention, str | None]]) -> tuple[int, int] | None:
    """(start, end) of the place a body's name goes on with, written right after it: a country's abbreviation
    (`НОК РК`) or a place in the genitive (`администрацией Казахстана`, whose normal form differs and ends so), or
    one that never declines (`Акимат Алматы`)."""
    abbreviation = _COUNTRY_ABBREVIATION.match(text, end)
    if abbreviation:
        return abbreviation.span("country")
    if not following:
        return None
    place, normal = following[0]
    surface = text[place.start : place.end]
    # Declined (its normal form differs), or a name that never declines (Алматы, Баку: -ы, -и, -у, -о, -е).
    genitive = (surface != normal and surface.endswith(_GENITIVE_ENDINGS)) or (
        surface == normal and surface.endswith(_INDECLINABLE_ENDINGS)
    )
    gap = text[end : place.start]
    between = gap.strip()
    if place.label == "LOC" and genitive and (not between or _CITY_NOUN.fullmatch(between)):
        return (end + len(gap) - len(gap.lstrip()) if between else place.start), place.end  # from `города` if written
    return None


_CITY_NOUN = re.compile(r"города|г\.")
"""The noun of a city between a body and the city's name (`ДЧС города Астаны`, `суд г. Алматы`): the city's body."""


_GENITIVE_ENDINGS = ("а", "ы", "и", "я", "ой области", "ого района", "ого округа")
_INDECLINABLE_ENDINGS = ("ы", "и", "у", "о", "е")


_SURNAME_CASE_ENDINGS_LONGEST = sorted(SURNAME_CASES, key=len, reverse=True)


def _nominative_name(surface: str, normal: str) -> str:
    """natasha's normal form, or where it left a name it does not know as written (`Сауле Слямгазиной`), the
    name with its surname read back to the nominative (`Сауле Слямгазина`, ``data/surname_cases.tsv``)."""
    words = surface.split()
    if normal != surface or not 2 <= len(words) <= 3 or not words[-1][:1].isupper():
        return normal  # a word alone may be a given name (Карине is Карина's, not Карин's)
    last = words[-1].lower()
    ending = next((e for e in _SURNAME_CASE_ENDINGS_LONGEST if last.endswith(e) and len(last) - len(e) >= 3), None)
    if ending is None:
        return normal
    words[-1] = words[-1][: -len(ending)] + SURNAME_CASES[ending]
    return " ".join(words)


_ADJECTIVE_NOMINATIVES = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
"""How a Russian adjective ends in the nominative: the words before a body's head noun that agree with it."""


def _body_nominative(surface: str, normal: str) -> str:
    """A body's name in the nominative: natasha's normal form up to the head noun (the adjectives agreeing with it
    and the noun), the words after it as written, since they do not agree with it (`Министерства иностранных дел`
    -> `Министерство иностранных дел`, where natasha gives `Министерство иностранные дела`)."""
    written, normals = surface.split(), normal.split()
    if len(written) != len(normals):
        return normal
    head = next(
        (index for index, word in enumerate(normals) if not word.lower().endswith(_ADJECTIVE_NOMINATIVES)),
        len(normals) - 1,
    )
    return " ".join([*normals[: head + 1], *written[head + 1 :]])


_MASCULINE_SURNAME = re.compile(r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын)")


_GENITIVE_SURNAME = re.compile(r"[А-ЯЁ][а-яё-]+(?:ова|ева|ёва|ина|ына)")
_WORDS_BEFORE = re.compile(r"(?:[\w-]+[ \t]+){1,6}$")


def _genitive(title: str) -> str:
    """A title's genitive singular by its ending (министр -> министра, руководитель -> руководителя, глава -> главы,
    судья -> судьи, спортсменка -> спортсменки)."""
    if title.endswith(("ь", "й")):
        return title[:-1] + "я"
    if title.endswith("я") or (title.endswith("а") and title[-2:-1] in "кгхжшчщ"):
        return title[:-1] + "и"
    if title.endswith("а"):
        return title[:-1] + "ы"
    return title if title.endswith(("ы", "и", "у", "о", "е")) else title + "а"


_GENITIVE_TITLES = frozenset(_genitive(title) for title in PERSON_TITLES)
"""Titles in the genitive (министра, руководителя, главы): the name after one and its complement is too."""


def _his_genitive(text: str, start: int, normal: str) -> str:
    """A man's name left in the genitive when natasha does not know it (`директора департамента Жайыка Махсутова`
    -> Жайык Махсутов): both words end in -а after a title in the genitive, or after `по словам`, and the given
    name is no woman's (`Министр культуры Аида Балаева` stays)."""
    words = normal.split()
    if len(words) != 2 or not words[0].endswith("а") or not _GENITIVE_SURNAME.fullmatch(words[1]):
        return normal
    if GIVEN_NAME_GENDERS.get(words[0].lower()) == "f" or words[0][-2:-1].lower() in "аеёиоуыэюя":
        return normal  # a woman's given name, or one that ends in a vowel and -а (Айя)
    before = _WORDS_BEFORE.search(text, max(0, start - 120), start)
    preceding = before.group().lower().split() if before else []
    governed = "словам" in preceding or any(word in _GENITIVE_TITLES for word in preceding)
    if not governed or any(word in _TITLE_FORMS and word not in _GENITIVE_TITLES for word in preceding):
        return normal  # no genitive title before it, or a title in another case nearer (Министр культуры Аида …)
    return f"{words[0][:-1]} {words[1][:-1]}"


def _as_her_surname(normal: str, surface: str) -> str:
    """A woman's name with her surname in its own form, which natasha gives in the man's when it does not know
    her given name (`Аружан Муратова` -> Аружан Муратов -> Аружан Муратова; ``kk/data/given_names.tsv``), or
    leaves in its case (`Даны Махсутовой` -> Дана Махсутова). A name the text itself writes with a man's surname
    (`Ардак Зебешев поздравил`, Ардак given to men and women) is a man's."""
    words = normal.split()
    written = surface.split()
    if len(written) == 2 and written[1] == words[-1] and _MASCULINE_SURNAME.fullmatch(written[1]):
        return normal  # the man's surname as written: a man
    if len(words) == 2 and GIVEN_NAME_GENDERS.get(words[0].lower()) == "f" and _MASCULINE_SURNAME.fullmatch(words[1]):
        return f"{words[0]} {words[1]}а"
    if len(words) == 2 and GIVEN_NAME_GENDERS.get(words[0].lower()) == "f" and _HER_OBLIQUE.fullmatch(words[1]):
        return f"{words[0]} {words[1][:-2]}а"  # `Даны Махсутовой` -> Дана Махсутова
    return normal


_HER_OBLIQUE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын)ой")
"""A woman's surname in the genitive, dative, instrumental or prepositional (Махсутовой)."""


def _given_name_before_indeclinable(normal: str) -> str:
    """A name whose surname never declines with its given name still in the case the text gives it, which
    natasha leaves as written: `Дархана Нурханулы` -> `Дархан Нурханулы` (a known given name once the case
    ending is off, ``kk/data/given_names.tsv``)."""
    words = normal.split()
    if len(words) != 2 or not words[1].lower().endswith(INDECLINABLE_SURNAME_ENDINGS):
        return normal
    given = words[0].lower()
    if given in GIVEN_NAME_GENDERS:
        return normal
    for ending in sorted(TITLE_CASE_ENDINGS, key=len, reverse=True):
        stem = given[: -len(ending)]
        if not ending or not given.endswith(ending) or len(stem) < 3:
            continue
        for nominative in (stem, stem + "а"):  # Дархана -> Дархан; Жанны -> Жанна
            if nominative in GIVEN_NAME_GENDERS:
                return f"{words[0][:1]}{nominative[1:]} {words[1]}"
    return normal


def _given_name_in_case(surface: str, normal: str) -> str:
    """A normal form whose given name natasha left in the case its surname was in: `Алибеку Сатбаеву` ->
    `Алибеку Сатбаев` -> `Алибек Сатбаев` (the given name loses the ending the surname lost, when it has the
    same one), so the person is one entity in every case."""
    written, normalised = surface.split(), normal.split()
    if len(written) != 2 or len(normalised) != 2 or written[0] != normalised[0] or written[1] == normalised[1]:
        return normal
    surname = written[1].lower()
    for ending in sorted(SURNAME_CASE_ENDINGS, key=len, reverse=True):
        if surname.endswith(ending) and surname[: -len(ending)] == normalised[1].lower():
            given = written[0]
            if given.lower().endswith(ending) and len(given) > len(ending) + 3:
                return f"{given[: -len(ending)]} {normalised[1]}"
            break
    return normal


_TITLE_FORMS = frozenset(
    prefix + title.lower() + ending
    for title in (*PERSON_TITLES, *RESOLVING_TITLES)
    for ending in TITLE_CASE_ENDINGS
    for prefix in TITLE_PREFIXES
)
"""A person's title in any case, with or without a prefix (Аким, Министру, Главой, Экс-акима), which natasha
may read as a place, a body or a person."""


def _after_title(text: str, start: int, end: int) -> int:
    """Where a span goes on after the person's title that opens it (`Аким области`; ``end`` when the title is
    all of it), or ``start`` when it opens with none."""
    first = re.match(r"\S+", text[start:end])
    if first is None or first.group().lower() not in _TITLE_FORMS:
        return start
    rest = re.search(r"\S", text[start + first.end() : end])
    return start + first.end() + rest.start() if rest else end


def _without_leading_body(ctx: BlockContext, start: int, end: int) -> int:
    """A person's span without a body named before the name in the genitive (`депутат [Мажилиса] Айдос
    Сарым`): natasha sometimes takes the capitalised body in; a first word that the gazetteer knows as an
    organisation or place on its own, followed by at least two more words, is left out, and so is an abbreviation
    (three capitals or more) before a name."""
    words = list(re.finditer(r"\S+", ctx.text[start:end]))
    if len(words) >= 2 and sum(char.isupper() for char in words[0].group()) >= 3:
        return start + words[1].start()  # `отдела [ОиВЖМ] Е. Касымов`: a body's abbreviation, no part of a name
    if len(words) < 3:
        return start
    first = words[0].group()
    matcher = ctx.stage.matcher_for(ctx.language)
    normal = ctx.stage.russian().normal_form(first)
    entry = matcher.russian.get((normal,))
    if entry is not None and entry[0].label in ("ORG", "LOC"):
        return start + words[1].start()
    return start


_NAME = rf"[А-ЯЁ][\w.-]*(?:[ \t]+[А-ЯЁ][\w.-]*)*{_HONORIFIC}"
_NAMES_BEFORE = (
    rf"(?:{_NAME}(?:[ \t]*,[ \t]*(?:и[ \t]+)?{_NAME}|[ \t]+и[ \t]+{_NAME})*"
    r"[ \t]*(?:,[ \t]*(?:и[ \t]+)?|[ \t]+и[ \t]+))?$"
)
_AFTER_PLACE_NOUN = re.compile(
    rf"\b(?i:в|во|на|из|по)[ \t]+(?:[а-яё]+[ \t]+)?(?i:{'|'.join(map(re.escape, PLACE_NOUNS))})[а-яё]*[ \t]+"
    + _NAMES_BEFORE
    + rf"|\b(?i:{'|'.join(map(re.escape, SITE_NOUNS))})[а-яё]*[ \t]+"
    + _NAMES_BEFORE
)
"""A preposition and a place noun (в населенных пунктах), then only names separated by commas or `и` up
to the mention: one more place (`аким района Марат Сеитов` has no preposition: a person). Names
are separated only by a comma or `и`, so the pattern cannot split a list two ways (no backtracking blow-up). A site
noun needs no preposition (`реставрация мавзолея Игилик би`, ``site_nouns.tsv``)."""
_BEFORE_PLACE_NOUN = re.compile(
    rf"(?:[ \t]+и[ \t]+[А-ЯЁ][а-яё-]+)?[ \t]+(?:{'|'.join(map(re.escape, PLACE_NOUNS_AFTER))})[а-яё]*(?![\w-])"
)
"""What follows a place's name: a place noun, maybe after `и` and a second name (Есильскому и Нуринскому районам)."""
_QUOTED_NAME = re.compile(r"(?:[А-ЯЁA-Z]{2,4}[ \t]+)*(?:«[А-ЯЁA-Z]{2,4}[ \t]+)?«(?P<name>[^«»]+)»+")
"""A legal form or agency type before a name in guillemets (АО, ТОО, МИА, НК)."""


_HEADS_ANY_CASE = "|".join(f"[{head[0]}{head[0].upper()}]{re.escape(head[1:])}" for head in BODY_HEADS)
_BODY_HEAD = rf"(?:{_HEADS_ANY_CASE})(?:[аеёиоуыэюя][а-яё]{{0,2}})?"
"""A body's head noun in any case form, also capitalised where it opens the name (управлению, акимата, `В
Управлении полиции города Семей`): its case ending opens with a vowel, so `отдельно` (separately) and `палатка` (a
tent) are no `отдел` and no `палата`."""
_CYRILLIC_TERMS = "|".join(
    sorted((term for term in TERM_ABBREVIATIONS if "А" <= term[0] <= "Я"), key=len, reverse=True)
)
"""Abbreviated terms that a body's field may hold (`управление энергетики и ЖКХ`): words of its name, no place."""
_BODY = re.compile(
    rf"(?<![\w-]){_BODY_HEAD}"
    rf"(?P<rest>(?:[ \t]+(?:[а-яё][а-яё-]*|и|(?:{_CYRILLIC_TERMS})(?![\w-]))){{0,12}}?)"
    rf"[ \t]+(?P<place>(?!(?:{_CYRILLIC_TERMS})(?![\w-]))[А-ЯЁ][А-ЯЁа-яё-]+"
    r"(?:[ \t]+(?:области|района|города|региона|округа))?)(?=[\s,.;:!?)»]|$)"
)
_QUALIFIES_NEXT_NOUN = re.compile(rf"[А-ЯЁ][а-яё-]+(?:{_ADJECTIVE_ENDS})[ \t]+(?P<next>[а-яё]{{3,}})(?![\w-])")
"""A capitalised adjective with a lower-case noun after it (`Конституционного суда`): it qualifies that noun (not a
city's name ending as an adjective does before a verb: `города Семей сообщили`)."""
_SECOND_HEAD = re.compile(rf"[ \t]+и[ \t]+(?={_BODY_HEAD}(?![\w-]))")
"""`и` before a second body's head inside a body's words: two bodies named one after the other."""
_ENDS_AS_ADJECTIVE = re.compile(rf"(?:{_ADJECTIVE_ENDS})$")
_CAPITALISED_NOUN = re.compile(r"[ \t]+[А-ЯЁ][А-ЯЁа-яё-]*(?![\w-])")
"""A capitalised word after a capitalised adjective (`Казахской ССР`, `Кыргызской Республики`): its noun."""
_STOP_WORDS = frozenset(NOT_IN_BODY_NAMES)
_MOST_CAPITALISED_REST = 3
"""Words a capitalised head's name may have before its place (`Управлении полиции города Семей`); a longer one is
left to natasha, which reads capitalised names."""
_OF_A_BODY = re.compile(rf"{_BODY_HEAD}[ \t]+$", re.IGNORECASE)
"""A body word right before another (`пресс-служба акимата`): the second is the first's owner, not a name."""
_VERB_ENDINGS = ("ло", "ла", "ли", "ет", "ит", "ют", "ят", "ся", "сь", "ть", "ал", "ил", "ел", "ул")


def find_bodies(ctx: BlockContext) -> list[Mention]:
    """Bodies whose names are written in lower case up to a place: `управление энергетики и
    жилищно-коммунального хозяйства ЗКО`, `департамент комитета … Атырауской области`, `акимат Астаны` (natasha
    reads only the place in them). The words between head and place must read as a name: no preposition but по, no verb.
    A photo credit is read too: the body that gave the photo is a source (`Фото: управление … Шымкента`)."""
    if (ctx.is_label and ctx.block.kind != "caption") or ctx.block.lang != "ru":
        return []
    found = []
    natasha_spans = in_block(ctx.doc.model_mentions.get("natasha") or [], ctx.block)
    person_starts = {mention.start for mention, _ in natasha_spans if mention.label == "PER"}
    # `Акимат области Улытау`: natasha reads the region's name as a person, the gazetteer knows the place
    known_places = {m.start for m in ctx.found if m.label == "LOC" and m.recogniser == "gazetteer"}
    position = ctx.block.start
    while (match := _BODY.search(ctx.text, position, ctx.block.end)) is not None:
        # a match turned down may hold the head of a body after it (`Агентство … задержало сотрудника управления
        # земельных отношений Атырауской области`), so the next search starts inside it, as finditer's would not
        position = match.start() + 1
        words = match.group("rest").split()
        if any(word in _STOP_WORDS or word.endswith(_VERB_ENDINGS) for word in words):
            continue
        if match.group()[:1].isupper() and (len(words) > _MOST_CAPITALISED_REST or "по" in words[:-1]):
            continue  # `Министерстве водных ресурсов и ирригации по восстановлению …`: natasha reads such names
        # (`Департамента экологии по Павлодарской области`: по right before the place, which the body serves, is one)
        if not words and _OF_A_BODY.search(ctx.text, ctx.block.start, match.start()):
            continue  # `пресс-служба акимата Алматы`: the press service of the akimat, a description
        if match.start("place") in person_starts and match.start("place") not in known_places:
            continue  # `руководитель управления здравоохранения Алия Нурлыбаева`: a person, not a place
        if match.group("place").split()[0].isupper() and match.start("place") not in known_places:
            continue  # `службы пожаротушения ДЧС города Астаны`: a body's abbreviation, not a place (ВКО is one)
        qualified = _QUALIFIES_NEXT_NOUN.match(ctx.text, match.start("place"))
        if (
            qualified is not None
            and " " not in match.group("place")
            and match.start("place") not in known_places
            and not qualified.group("next").endswith(_VERB_ENDINGS)
        ):
            continue  # `Служба прессы Конституционного суда`: an adjective of the noun after it, no place
        second = _SECOND_HEAD.search(ctx.text, match.start("rest"), match.start("place"))
        if second is not None:  # `департамента полиции и департамента по ЧС города Астаны`: two bodies, each its own
            found.append(Mention(match.start(), second.start(), "ORG", "rule:body", "bodies_ru", 0.7))
            position = second.end()
            continue
        end = match.end()
        if _ENDS_AS_ADJECTIVE.search(match.group("place")) and (noun := _CAPITALISED_NOUN.match(ctx.text, end)):
            end = noun.end()  # `прокуратуры Казахской ССР`: the adjective's noun closes the place
        found.append(Mention(match.start(), end, "ORG", "rule:body", "bodies_ru", 0.7))
        position = end
    for match in _STATE_BODY.finditer(ctx.text, ctx.block.start, ctx.block.end):
        if not any(m.start <= match.start() < m.end for m in found):
            found.append(Mention(match.start(), match.end(), "ORG", "rule:state_body", "bodies_ru", 0.6))
            country = match.group("country")
            ctx.normal_forms[match.span()] = STATE_BODIES[match.group("stem")] + (f" {country}" if country else "")
    found += _bodies_by_field(ctx.text, ctx.block.start, ctx.block.end, found)
    vocab = ctx.stage.russian().models.vocab
    for mention in found:
        span = (mention.start, mention.end)
        if span not in ctx.normal_forms:
            ctx.normal_forms[span] = body_normal_form(ctx.text[mention.start : mention.end], vocab)
    return found


_UD_GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
"""pymorphy's genders as the grammemes natasha's inflection takes."""


def body_normal_form(name: str, vocab: MorphVocab) -> str:
    """A body's name with its head noun, and the level adjective before it, in the nominative and capitalised, its
    complements as written (`министерства энергетики Казахстана` -> Министерство энергетики Казахстана,
    `областного управления образования` -> Областное управление образования), as natasha normalises the names it
    reads: one entity whatever case the text puts it in."""
    words = name.split(" ")
    head = next((index for index, word in enumerate(words) if _HEAD_WORD.fullmatch(word)), None)
    if head is None:
        return name
    noun = next((parse for parse in vocab.parse(words[head].lower()) if "NOUN" in parse.tag), None)
    nominative = noun.inflect({"Nom", "Sing"}) if noun is not None else None
    if nominative is None:
        return name
    words[head] = nominative.word
    gender = _UD_GENDERS.get(nominative.tag.gender or "")
    for index in range(head):  # the level adjective (`областного`) agrees with its head
        adjective = next((parse for parse in vocab.parse(words[index].lower()) if "ADJF" in parse.tag), None)
        agreed = adjective.inflect({"Nom", "Sing", gender}) if adjective is not None and gender else None
        if agreed is not None:
            words[index] = agreed.word
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


_STATE_BODY = re.compile(
    rf"(?<![\w-])(?P<stem>{'|'.join(map(re.escape, STATE_BODIES))})(?:о|а|у|ом|е|ы)?(?![\w-])"
    r"(?:[ \t]+(?P<country>РК|Казахстана|Республики[ \t]+Казахстан)(?![\w-]))?"
)
"""A state's body named by one lower-case word and perhaps its country (`правительства`, `правительстве Казахстана`;
``data/state_bodies.tsv``)."""


_FIELD_WORD = re.compile(rf"[а-яё]+(?:-[а-яё]+)?|(?:{_CYRILLIC_TERMS})(?![\w-])")
"""A word of a department's field: lower case, or an abbreviated term (`управления энергетики и ЖКХ`)."""
_HEAD_WORD = re.compile(rf"(?<![\w-]){_BODY_HEAD}(?![\w-])")
_LEVEL_ADJECTIVE = re.compile(r"(?:областн|городск|районн)[а-яё]{1,3}[ \t]+$")
"""The level a department serves, written before its head and part of its name (`областного департамента
экологии`)."""
_MOST_FIELD_WORDS = 6
"""Words a department's field runs to at most (`по регулированию естественных монополий и защите конкуренции`)."""
_GAP = re.compile(r"[ \t]+")


def _bodies_by_field(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """Departments named in lower case by their field alone, with no place after them (`департамента экологии`,
    `городском отделе образования`, `управления рыбного хозяйства`): a body head and words of
    ``body_words.tsv`` that end on a field noun, with the level before the head (`областного`). Not inside a body
    found already."""
    taken = [(m.start, m.end) for m in found]
    bodies = []
    for head in _HEAD_WORD.finditer(text, start, end):
        if head.group()[:1].isupper() or any(a <= head.start() < b for a, b in taken):
            continue
        words = [head, *_field_words_after(text, head.end(), end)]
        best = 0
        for count in range(2, len(words) + 1):
            items = classify_body_words([word.group() for word in words[:count]])
            if (
                items
                and items[0].kind == "head"
                and items[-1].kind == "noun"
                and all(item.kind in ("noun", "adjective", "preposition", "conjunction") for item in items[1:])
            ):
                best = count
        if best:
            level = _LEVEL_ADJECTIVE.search(text, max(start, head.start() - 16), head.start())
            first = level.start() if level else head.start()
            bodies.append(Mention(first, words[best - 1].end(), "ORG", "rule:body_field", "bodies_ru", 0.6))
    return bodies


def _field_words_after(text: str, position: int, end: int) -> list[re.Match[str]]:
    """The lower-case words right after a head, spaces between them, up to punctuation."""
    words: list[re.Match[str]] = []
    while len(words) < _MOST_FIELD_WORDS:
        gap = _GAP.match(text, position, end)
        word = _FIELD_WORD.match(text, gap.end(), end) if gap else None
        if word is None:
            break
        words.append(word)
        position = word.end()
    return words
