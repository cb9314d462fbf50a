"""The language registry: one package per language, looked up by a block's language.

Each package (``zh``, ``ru``, ``en``, ``kk``) registers a :class:`Language`: how its blocks are cut into
sentences and tokens, how the tokens are tagged (UPOS, lemmas), which recognisers run on them (by
registered name, in order), how quotations are found, and the words speaker resolution needs (pronouns,
titles). Its rule tables live in its
``data/`` folder. Packages import their heavy libraries (jieba, natasha, spaCy) only when a segmenter or
finder is first made, so looking a language up costs nothing.

Adding a language: a package ``pipeline/lang/<code>/`` with ``__init__.py`` calling
:func:`register_language`, its ``data/*.tsv`` tables, and its code in :data:`PACKAGES` below.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from pipeline.langid import script_counts

if TYPE_CHECKING:
    from pipeline.document import Document, Mention, Sentence, Token
    from pipeline.quote_candidate import QuoteCandidate


class SentenceSplitter(Protocol):
    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int, list[Token]]]: ...


class Tagger(Protocol):
    def tag(self, doc: Document, sentences: list[Sentence]) -> None:
        """Fill upos, xpos, lemma and feats of the tokens of ``sentences`` (all of the document's sentences
        in this language, so a model runs once per document), leaving fields another tool set alone."""
        ...


class QuoteFinderFn(Protocol):
    def __call__(
        self, text: str, start: int, end: int, sentences: list[tuple[int, int]], previous: tuple[int, int] | None
    ) -> list[QuoteCandidate]: ...


@dataclass(frozen=True)
class SegmenterOptions:
    """What a segmenter factory may use: jieba's HMM switch, its cache folder, the gazetteer's words."""

    hmm: bool = False
    cache_dir: str | None = None
    user_words: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Language:
    """Everything the stages need to know of one language."""

    code: str
    name: str
    segmenter: str
    """``module:function`` making the segmenter from :class:`SegmenterOptions` (imported on first use)."""
    describe_segmenter: Callable[[SegmenterOptions], str]
    recognisers: tuple[str, ...]
    """Registered recognisers (``pipeline.recognisers``) run on this language's blocks, in this order,
    after the gazetteer, caption and dateline recognisers that run on every block."""
    quote_finder: str
    """``module:function`` finding quotation candidates in a block (a :class:`QuoteFinderFn`)."""
    tagger: str | None = None
    """``module:function`` making the morph stage's :class:`Tagger` (imported on first use); None leaves
    upos, xpos, lemma and feats empty."""
    describe_tagger: Callable[[], dict[str, str]] | None = None
    """The tool behind each of upos, xpos, lemma and feats, for the manifest (without loading anything)."""
    pronouns: dict[str, str | None] = field(default_factory=dict)
    """Pronoun -> gender (``m``, ``f`` or None for either) of the person it may stand for."""
    plural_pronouns: frozenset[str] = frozenset()
    """Pronouns of a group (they, они, 他们): an unnamed source, never the person named last."""
    resolving_titles: tuple[str, ...] = ()
    """Lower-case titles that, alone, name a speaker introduced earlier (州长, министр, the minister)."""
    title_endings: tuple[str, ...] = ("",)
    """Endings a title may take in this language (Russian cases: министра, министру)."""
    female_endings: tuple[str, ...] = ()
    """Endings of women's names (纳扎尔巴耶娃, Назарбаева), for pronouns."""
    male_endings: tuple[str, ...] = ()
    """Endings of men's names in their normal form (纳扎尔巴耶夫, Назарбаев): a man's name in the genitive
    (Назарбаева) looks like a woman's, so a form with a man's ending settles it."""
    demonyms: tuple[str, ...] = ()
    """Adjectives of peoples (Uzbek, Kazakh): `the Uzbek minister` is the person named with the adjective."""
    oblique_openers: tuple[str, ...] = ()
    """Words opening a clause whose names are not its subject (应X邀请): no antecedent of a pronoun there."""
    describing_subjects: tuple[str, ...] = ()
    """Words opening a description of someone named before (这位官员): the speaker is that person, as a pronoun."""
    commemorating_words: tuple[str, ...] = ()
    """Words right before a person's name that make it a name commemorated (named after Abai, имени Абая, 纪念阿拜):
    no pronoun or title after them points to that person."""
    latter_words: tuple[str, ...] = ()
    """Words opening a sentence that point to the person named last before it (the latter): a pronoun after that
    sentence is that person."""
    receiving_verbs: tuple[str, ...] = ()
    """Verbs of a host receiving a guest (received): a pronoun opening the next sentence is the guest, who reports."""
    describing_nouns: tuple[str, ...] = ()
    """Nouns of what a person does (boxer): after `the`/`this` they point back to the person named before."""
    honorifics: tuple[str, ...] = ()
    """Forms of address (Mr.) never kept as a speaker's role."""
    person_titles: tuple[str, ...] = ()
    """Titles that may stand beside a name in a gazetteer alias (托卡耶夫总统, President Tokayev)."""
    inflected_names: bool = False
    """Names change their endings by case: the gazetteer also matches normal forms (Токаеву -> Токаев)."""
    body_heads: tuple[str, ...] = ()
    """Stems of nouns that head a body's name (управлени-, пресс-служб-): a speaker phrase headed by one is a
    body, even when a title follows (`пресс-служба акима` is the press service, not the akim)."""
    company_nouns: tuple[str, ...] = ()
    """Stems of a noun standing for the company named last (company, компани-): `the company said`, `— сообщили в
    компании`."""
    owned_heads: tuple[str, ...] = ()
    """Latin-script body nouns written after their owner in the body's English name (the press service of
    Akorda -> Akorda press service)."""
    body_anaphors: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """Words that point back to a body named before (该部, полиции) -> the end of that body's name (部) and the stems
    one word of it starts with, for a word naming one kind of body (полиц, дп: `ДП Шымкента`)."""
    people_adjectives: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Stems of peoples' adjectives in an inflected language (узбекск) -> the stem of the country's name (узбекистан)
    and whether it is the home country: `узбекского лидера` is the person introduced with either."""
    local_titles: dict[str, str] = field(default_factory=dict)
    """A local office's title (lower case: 州长, аким, governor) -> the place whose head it names: region, city, any."""
    titles_written_out: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A short title (lower case: 副外长) -> the full titles it stands for (外交部副部长): the short one alone names
    whoever the article gave either."""
    title_offices: dict[str, str] = field(default_factory=dict)
    """A title (lower case) -> the office it names, where titles name different ones (министр -> minister, аким
    and губернатор -> akim): someone introduced as a minister is not `the akim`."""
    title_equivalents: dict[str, str] = field(default_factory=dict)
    """A general title with what it governs (глава региона) -> the office's own title (аким), lower case."""
    body_owners: dict[str, str] = field(default_factory=dict)
    """An owner written by its office (president, lower case) -> the name its bodies take (the president's press
    service -> Akorda press service)."""
    statement_anaphors: tuple[str, ...] = ()
    """A statement named with no owner (`говорится в сообщении`): the last speaker's, else the last body's."""
    sourcing_statements: frozenset[str] = frozenset()
    """Of those, the ones that alone open a sentence as a source note (消息称，…); where one still reports words (a
    message named before), they are the last speaker's or no one's, never a body named only as a source (words
    quoted from the message, `“…”消息称。`, are the body's)."""
    authored_works: tuple[str, ...] = ()
    """A written work named alone as the speaker (文章指出): its author, the person named last before it."""
    body_authored_works: tuple[str, ...] = ()
    """Of those, the works a body sends too (贺词): their author is the person or body named last before."""
    press_offices: tuple[str, ...] = ()
    """Offices written after a body's name that speak for it (卫生部新闻处称): the body is the speaker."""
    place_anaphors: tuple[str, ...] = ()
    """Lower-case words that, after a body's head, stand for the region named before (администрации
    региона -> the Pavlodar Region Akimat when Павлодарская область was named last)."""
    qualifier_places: tuple[str, ...] = ()
    """A country's abbreviation written after a body to say whose it is (МЧС РК): part of the body's name, also
    after the body's abbreviation in brackets (Министерства по чрезвычайным ситуациям (МЧС) РК)."""
    place_adjective_anaphors: dict[str, str] = field(default_factory=dict)
    """Stems of adjectives that, before a body's head, stand for the place named before (в областном акимате) ->
    the stem of that place's noun (област)."""
    compound_prefixes: dict[str, str] = field(default_factory=dict)
    """First parts of compound nouns that shorten an adjective (нац in нацмузей) -> the adjective's stem
    (национальн): such a word names the body whose name has that adjective and the rest of the word."""
    office_phrases: dict[str, str] = field(default_factory=dict)
    """Lower-case phrase naming an office (глава государства, the Head of State) -> the office, whose holder
    on the article's date speaks (``pipeline/data/office_holders.tsv``)."""
    romanizer: str | None = None
    """``module:function`` writing a person's name of this language in Latin letters (Ерлан -> Yerlan,
    叶尔兰 -> Yerlan, 韩春霖 -> Han Chunlin), for people the gazetteer has no English name for."""
    body_namer: str | None = None
    """``module:function`` making, from (name, English name) pairs of places and of known bodies, a function
    that gives a body named in this language its English name (пресс-служба акима Павлодарской области ->
    Pavlodar Region Akim's press service; пресс-служба Мажилиса -> Mazhilis press service), for bodies the
    gazetteer does not know."""

    candidate_rules: str | None = None
    """``module:function`` putting the candidates of every recogniser right before they are merged, where one
    recogniser's span holds what another knows (a tagger's 俄罗斯克拉斯诺达尔市 over the gazetteer's 俄罗斯):
    ``(text, candidates) -> candidates``."""
    mention_rules: str | None = None
    """``module:function`` putting a document's merged mentions right by rules that see more than one mention
    (a list of places: 阿拉尔、哈扎勒及锡尔河; РК after a body): ``(text, mentions) -> mentions``, in text order."""

    def make_segmenter(self, options: SegmenterOptions) -> SentenceSplitter:
        return _resolve(self.segmenter)(options)  # type: ignore[no-any-return]

    def make_body_namer(
        self, places: Iterable[tuple[str, str]], bodies: Iterable[tuple[str, str]] = ()
    ) -> Callable[[str], str | None] | None:
        return _resolve(self.body_namer)(places, bodies) if self.body_namer else None  # type: ignore[no-any-return]

    def apply_candidate_rules(self, text: str, candidates: list[Mention]) -> list[Mention]:
        return _resolve(self.candidate_rules)(text, candidates) if self.candidate_rules else candidates  # type: ignore[no-any-return]

    def apply_mention_rules(self, text: str, mentions: list[Mention]) -> list[Mention]:
        return _resolve(self.mention_rules)(text, mentions) if self.mention_rules else mentions  # type: ignore[no-any-return]

    def make_tagger(self) -> Tagger | None:
        return _resolve(self.tagger)() if self.tagger else None  # type: ignore[no-any-return]

    def find_quotes(
        self,
        text: str,
        start: int,
        end: int,
        sentences: list[tuple[int, int]],
        previous: tuple[int, int] | None,
        finite_verbs: Sequence[int] = (),
    ) -> list[QuoteCandidate]:
        """The quote candidates of one paragraph; ``finite_verbs`` are where the tagger read a finite verb (a
        clause without `that` after a verb of saying is told by one)."""
        finder = _resolve(self.quote_finder)
        return finder(text, start, end, sentences, previous, finite_verbs=finite_verbs)  # type: ignore[no-any-return]


def romanized_person(entity_id: str | None) -> str | None:
    """The Latin spelling of a person outside the gazetteer, from the language in its id (``per:ru:Ерлан
    Карин`` -> Yerlan Karin); None for other entities or a name the language cannot romanise."""
    kind, _, rest = (entity_id or "").partition(":")
    code, _, name = rest.partition(":")
    language = languages().get(code) if kind == "per" and name else None
    if language is None or language.romanizer is None:
        return None
    return _resolve(language.romanizer)(name)  # type: ignore[no-any-return]


@functools.cache
def gendered_name_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Women's and men's name endings of every language package (耶娃 / 耶夫, ова / ов, -ova / -ov), each once:
    a name is read whatever the script of the block it stands in."""
    female: list[str] = []
    male: list[str] = []
    for language in languages().values():
        female += [ending for ending in language.female_endings if ending not in female]
        male += [ending for ending in language.male_endings if ending not in male]
    return tuple(female), tuple(male)


@functools.cache
def given_name_genders() -> dict[str, str]:
    """Known given names, lower case, in Cyrillic and in their Latin spelling (валентина, valentina) -> ``m`` or
    ``f`` (``pipeline/lang/kk/data/given_names.tsv``): whose surname tells no gender, the given name may."""
    from pipeline.lang.kk.lexicon import GIVEN_NAME_GENDERS
    from pipeline.lang.ru.lexicon import romanize_russian_name

    found: dict[str, str] = {}
    for name, gender in GIVEN_NAME_GENDERS.items():
        if gender is not None:
            found[name] = gender
            latin = (romanize_russian_name(name) or name).lower()
            found.setdefault(latin, gender)
            found.setdefault(latin.replace("ss", "s"), gender)  # Асет: Asset, the Kazakh English spelling, or Aset
    return found


@functools.cache
def _resolve(reference: str) -> Callable[..., object]:
    """The function a ``module:function`` reference names (the module imported on first use)."""
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


LANGUAGES: dict[str, Language] = {}
PACKAGES = ("zh", "ru", "en", "kk")
"""The language packages, imported (and so registered) on first use of the registry."""
_SCRIPT_LANGUAGE = {"han": "zh", "cyrillic": "ru", "latin": "en"}


class LanguageError(ValueError):
    """A language that is not registered, or registered twice."""


def register_language(language: Language) -> Language:
    if language.code in LANGUAGES:
        raise LanguageError(f"language {language.code!r} is registered twice")
    LANGUAGES[language.code] = language
    return language


def languages() -> dict[str, Language]:
    """Every registered language by code (importing the packages the first time)."""
    if len(LANGUAGES) < len(PACKAGES):  # a package may have been imported (and registered) on its own
        for code in PACKAGES:
            importlib.import_module(f"pipeline.lang.{code}")
    return LANGUAGES


def get_language(code: str) -> Language:
    try:
        return languages()[code]
    except KeyError:
        raise LanguageError(f"no language package for {code!r} (known: {', '.join(sorted(LANGUAGES))})") from None


def language_for(block_lang: str, text: str) -> Language:
    """The package a block goes to: its own language's, or for ``mixed``/``und`` blocks the language of
    the script that dominates (Latin for a block with no letters)."""
    registered = languages()
    if block_lang in registered:
        return registered[block_lang]
    code = "en"
    if block_lang == "mixed":
        counts = script_counts(text)
        code = _SCRIPT_LANGUAGE[max(("han", "cyrillic", "latin"), key=lambda script: counts[script])]
    return registered[code]
