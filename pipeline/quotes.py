"""The quotes stage: who said what.

Finders per language give quoted spans with the words that name the speaker; this stage resolves
those words: a named person or body (explicit), a pronoun (to the nearest fitting earlier speaker or
person), a title such as 州长 / the Minister / Премьер-министр (to the nearest earlier person), an
interview label (阿利耶夫总统 -> Ilham Aliyev), or an unnamed source kept as written (专家, 双方).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from pipeline.document import Block, Document, Mention, Quote
from pipeline.entities import OFFICE_HOLDER_IDS, alias_index
from pipeline.gazetteer import HOME_CAPITAL, HOME_COUNTRY, GazetteerEntity
from pipeline.lang import gendered_name_endings, given_name_genders, language_for, languages, romanized_person
from pipeline.lang.en.lexicon import CITY_OFFICES
from pipeline.lang.en.ner import ministry_key
from pipeline.lang.ru.bodies import BODY_WORDS as BODY_WORDS_RU
from pipeline.lang.ru.lexicon import ADJECTIVE_ENDINGS
from pipeline.lang.zh.bodies import BODY_WORDS as BODY_WORDS_ZH
from pipeline.lang.zh.quotes import CLAUSE_PREAMBLE
from pipeline.langid import has_han
from pipeline.names import LEGAL_FORMS, name_parts
from pipeline.quote_candidate import QUOTATION_PAIRS, QuoteCandidate, opens_quotation
from pipeline.rules import common_table

Resolution = tuple[dict[str, str | None], frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]


def _from_languages() -> Resolution:
    """Pronouns, titles, title endings and honorifics of every language package: speaker resolution reads
    them all, since a speaker phrase may be in another script than its block."""
    pronouns: dict[str, str | None] = {}
    plurals: set[str] = set()
    titles: list[str] = []
    endings: list[str] = []
    honorifics: set[str] = set()
    for language in languages().values():
        pronouns.update(language.pronouns)
        plurals |= language.plural_pronouns
        titles += [t.lower() for t in language.resolving_titles if t.lower() not in titles]
        endings += [e for e in language.title_endings if e not in endings]
        honorifics |= {h for title in language.honorifics for h in (title, title.rstrip("."))}
    return pronouns, frozenset(plurals), tuple(titles), tuple(endings), frozenset(honorifics)


PRONOUNS, PLURAL_PRONOUNS, PERSON_TITLES, _TITLE_ENDINGS, _HONORIFICS = _from_languages()
TITLE_OFFICES = {title: office for language in languages().values() for title, office in language.title_offices.items()}
"""A title (lower case) -> the office it names, in Russian and English (министр, the Minister -> minister)."""
LOCAL_TITLES = {title: place for language in languages().values() for title, place in language.local_titles.items()}
"""A local office's title (州长, аким, governor) -> the place whose head it names: region, city or any."""
TITLES_WRITTEN_OUT = {
    title: full for language in languages().values() for title, full in language.titles_written_out.items()
}
"""A short title -> the full titles it stands for (副外长 -> 外交部副部长)."""
_HAN_LOCAL_TITLES = tuple(sorted((title for title in LOCAL_TITLES if has_han(title)), key=len, reverse=True))
_MINISTER_OFFICE = "minister@"
"""How office_holders.tsv names a ministry's minister: ``minister@`` and the office of ``ministry_offices.tsv``."""
MINISTRY_OFFICES = {row["entity"]: row["office"] for row in common_table("ministry_offices")}
"""A gazetteer ministry -> the minister's office, one for a ministry renamed or split (culture: Culture and Sports,
then Culture and Information)."""
_HAN_MINISTER = "长"
"""What 部 takes to name its minister (卫生部 -> 卫生部长)."""
_LOCAL_OFFICE = "akim@"
"""How office_holders.tsv names the office of a place's head: ``akim@`` and the place's gazetteer id."""
PLACE_LEVELS = tuple((row["word"], row["level"]) for row in common_table("place_levels"))
"""Words in a local title's phrase that say which level of place it heads (`аким области`, `city mayor`); a district's
or a village's head (`аким района`, `县长`) holds none of the offices the table lists (``place_levels.tsv``)."""
_PLACE_LEVEL_WORDS = {
    level: re.compile(
        "|".join(
            re.escape(word) if has_han(word) else rf"(?<![\w-]){re.escape(word)}"
            for word, at in PLACE_LEVELS
            if at == level
        )
        or "(?!)",
        re.IGNORECASE,
    )
    for level in dict.fromkeys(level for _, level in PLACE_LEVELS)
}
"""Per level, its words, at a word's start outside Han script (`сел` opens `села`, not `Асель`)."""
_DEPUTY_OFFICES = frozenset({"deputy", "vice-minister", "deputy-pm", "vice-president"})
"""Offices of the titles' ``office`` column a deputy holds (заместитель, вице-министр, Deputy Minister): no minister."""
_HAN_DEPUTY = "副"
"""The prefix of a Chinese deputy's title (副部长)."""
_ALL_TITLES = frozenset(title.lower() for language in languages().values() for title in language.person_titles)
"""Every title of every language, lower case, those of no one office too (заместитель, Deputy): the first title of
a description before a name decides the office it gives (a Deputy Prime Minister holds no Prime Minister's)."""
_COMPANY_NOUNS = tuple(dict.fromkeys(noun for language in languages().values() for noun in language.company_nouns))
"""Every language's nouns standing for the company named last (company, компани-)."""
_COORDINATOR = re.compile(r"[ \t]*(?:、|，|,|和|与|及|以及|and|и|,[ \t]*and)[ \t]*")
"""All that stands between two names joined into one subject (`Tokayev and Xi Jinping`, `托卡耶夫和习近平`); not an
apposition's words (`Aibek Smadiyarov, spokesperson of Minister Murat Nurtleu, said`)."""
_MINISTER_OF_FIELD = re.compile(
    r"\bMinister of (?:the )?(?P<after>[A-Z][\w-]*(?:,? (?:and |& )?[A-Z][\w-]*)*)"
    r"|\b(?P<before>[A-Z][\w-]*(?:,? (?:and |& )?[A-Z][\w-]*)*) Minister\b(?! of)"
    r"|\b(?P<lower>[a-z][\w-]*(?:,? (?:and |& )?[a-z][\w-]*){0,5}) minister\b(?! of)"
    r"|(?<![\w-])[Мм]инистр(?:а|у|ом|е)?[ \t]+(?P<genitive>[а-яё]+(?:,?[ \t]+[а-яё]+){0,6})"
)
"""A minister named by field, after `Minister of`, before `Minister` (`Kazakh Industry and Infrastructure
Development Minister`, `water resources and irrigation minister`), or `министр` before the field's genitive."""
_MINISTRY_HEADS = frozenset({"ministry", "министерств"})
"""The body heads (``body_heads.tsv``) a minister's ministry is named by."""
_AKIMAT_HEAD = "акимат"
"""The head a bare `акимат` has: the akimat of the place the article's news happens in."""
_RUSSIAN_MINISTRY = re.compile(r"министерство (?P<field>.+?)(?: республики казахстан| рк)?")


def _russian_ministry_key(name: str) -> str | None:
    """`Министерство здравоохранения Республики Казахстан` -> `министерство здравоохранения`."""
    found = _RUSSIAN_MINISTRY.fullmatch(name.strip().lower())
    return f"министерство {found['field']}" if found else None


def _ministry_key(field: str) -> str | None:
    """The key of the ministry of a minister's field, as the gazetteer's ministries are keyed: `Energy` (English),
    `здравоохранения` (Russian, the genitive a ministry's name keeps)."""
    if re.search("[а-яё]", field):
        return _russian_ministry_key(f"Министерство {field}")
    return ministry_key(f"Ministry of {field}")


_AND_THEN = re.compile(r",[ \t]+и[ \t]+")
"""`…, и поблагодарил`: a comma and `и` before the subject's next verb."""
_MIN_WORDS_CHARS = 10
"""Reported speech cut shorter than this is left whole: the cut would be a mistake."""
_CUE_REACH = 200
"""How far before reported speech its verb of saying is looked for."""
_AND_A_TITLE = re.compile(r"[ \t]+(?:and|и)[ \t]+[A-ZА-ЯЁ][\w-]*(?:[ \t]+(?:of|the|for|and|[A-Z][\w-]*))*[ \t]+")
"""`… Kairat Nurtayev and Deputy Chairman of the Kazakh Culture Committee Kumis Seitova`: `and`, then a title."""
_NO_ROLE = re.compile(r"(?i)(?:the|a|an)?")
"""What may stand before a speaker's name without saying who they are (`The Ministry of Energy`)."""


def _role_before(phrase: str) -> str | None:
    """The role written before a speaker's name (`州长`, `the Minister`), without the punctuation around it;
    None for an honorific, a bare article, a dash (`——阿斯哈特·沙哈洛夫表示`) or a phrase too long to be one."""
    role = phrase.strip(" \t，,的—–-:：")
    if not 2 <= len(role) <= 30 or role in _HONORIFICS or _NO_ROLE.fullmatch(role):
        return None
    return role


_FEMALE_ENDINGS, _MALE_ENDINGS = gendered_name_endings()
BODY_HEADS = tuple(head for language in languages().values() for head in language.body_heads)
"""Stems heading a body's name in every language (пресс-служб-, департамент-)."""
_OWNED_HEADS = "|".join(re.escape(head) for language in languages().values() for head in language.owned_heads) or "(?!)"
_OWNED_BODY = re.compile(rf"(?P<head>{_OWNED_HEADS})\s+of\s+(?:the\s+)?(?P<owner>.+)", re.IGNORECASE)
"""`press service of the city akimat`: a body whose English name puts its owner first."""
_NAMED_OWNER = re.compile(rf"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+(?P<head>{_OWNED_HEADS})")
"""`Akorda's press service`: a body owned by a name is written with the name alone before it (Akorda press service)."""
BODY_OWNERS = {owner: name for language in languages().values() for owner, name in language.body_owners.items()}
"""Owners written by their office, in every language -> the name their bodies take (president -> Akorda)."""
_PRESS_STEMS_RU = tuple(
    key[0] for key, word in BODY_WORDS_RU.items() if len(key) == 1 and word.english == "press service"
)
"""Russian stems of a press service (пресс-служб, ``body_words.tsv``): one before an office's owner speaks for it."""
_OFFICE_OWNER = re.compile(rf"(?P<owner>[\w ]+?)['’]s\s+(?P<head>{_OWNED_HEADS})", re.IGNORECASE)
"""`the president's press service`: a body owned by an office, written with the office first."""
_OWNER_FOLLOWS = re.compile(rf"(?:the\s+)?(?:{_OWNED_HEADS})\s+of(?:\s+the)?", re.IGNORECASE)
"""`the press service of (the)` before the owner's name."""
_HAN_BODY_HEADS = tuple(sorted((head for head in BODY_HEADS if has_han(head)), key=len, reverse=True))
"""The Chinese body heads, longest first (管理局 before 局)."""
_HAN_PLACE_NOUNS = frozenset(word for word, part in BODY_WORDS_ZH.items() if part.kind == "place" and has_han(word))
"""Chinese place nouns (州, 市: ``pipeline/lang/zh/data/body_words.tsv``): alone before a body's head they stand for
the place of that kind named last (州政府)."""
_LATIN_BODY_HEADS = sorted((head for head in BODY_HEADS if re.fullmatch(r"[a-z' ]+", head)), key=len, reverse=True)
"""The Latin-script body nouns, longest first (press service before service)."""
DEMONYMS = frozenset(word.lower() for language in languages().values() for word in language.demonyms)
"""Adjectives of peoples in every language (uzbek): a title with one names that people's person."""
PRESS_OFFICES = tuple(office for language in languages().values() for office in language.press_offices)
"""Offices that speak for the body named before them, in every language (新闻处)."""
_PRESS_HEADS = frozenset((*PRESS_OFFICES, *(head for head in _LATIN_BODY_HEADS if head.split()[0] == "press")))
"""Press offices as a body's head word (新闻处, press service): named bare, they speak for the body the article is
about."""
BODY_ANAPHORS = {
    phrase: pointer for language in languages().values() for phrase, pointer in language.body_anaphors.items()
}
"""Words pointing back to a body named before (该部, полиции) -> the end of its name (部) and the stems one of its
words starts with (полиц, дп)."""
TITLE_EQUIVALENTS = {
    phrase: title for language in languages().values() for phrase, title in language.title_equivalents.items()
}
"""`глава региона` -> аким, in every language."""
STATEMENT_ANAPHORS = frozenset(phrase for language in languages().values() for phrase in language.statement_anaphors)
"""A statement named with no owner (`говорится в сообщении`): the last speaker's, else the last body's."""
SOURCING_STATEMENTS = frozenset(phrase for language in languages().values() for phrase in language.sourcing_statements)
"""Of those, the ones that name a source note (消息称): reported words are the last speaker's, else no one's (a body
cited as a source, `据国防部消息`, is not the speaker of what the message says)."""
AUTHORED_WORKS = frozenset(phrase for language in languages().values() for phrase in language.authored_works)
"""A written work named alone as the speaker (文章指出): its author's words."""
BODY_AUTHORED_WORKS = frozenset(phrase for language in languages().values() for phrase in language.body_authored_works)
"""Of those, the works a body sends too (贺词): whose author may be the body named last."""
PLACE_ANAPHORS = frozenset(word for language in languages().values() for word in language.place_anaphors)
"""Words after a body's head that stand for the region named before (администрация региона)."""
QUALIFIER_PLACES = frozenset(word for language in languages().values() for word in language.qualifier_places)
"""A country's abbreviation after a body's name that says whose it is (МЧС РК)."""
PLACE_ADJECTIVE_ANAPHORS = {
    stem: noun for language in languages().values() for stem, noun in language.place_adjective_anaphors.items()
}
"""Stems of adjectives before a body's head that stand for the place named before (в областном акимате) -> the
stem of the place's noun (област)."""
COMPOUND_PREFIXES = {
    prefix: stem for language in languages().values() for prefix, stem in language.compound_prefixes.items()
}
"""First parts of compound nouns shortening an adjective (нац in нацмузей) -> the adjective's stem (национальн)."""
OFFICE_PHRASES = {
    phrase: office for language in languages().values() for phrase, office in language.office_phrases.items()
}
"""Phrases naming an office in every language (Глава государства, the Head of State, 国家元首) -> the office."""
OFFICE_HOLDERS = [(row["office"], row["entity"], row["from"], row["until"]) for row in common_table("office_holders")]
"""(office, holder, from, until) with ISO dates; an empty ``until``: the holder still serves."""
DESCRIBING_SUBJECTS = tuple(word for language in languages().values() for word in language.describing_subjects)
"""Words opening a description of someone named before (这位官员): the phrase points back as a pronoun does."""
COMMEMORATING_WORDS = tuple(word for language in languages().values() for word in language.commemorating_words)
"""Words right before a person's name that make it a name commemorated (named after Abai): no antecedent."""
LATTER_WORDS = tuple(word for language in languages().values() for word in language.latter_words)
"""Words opening a sentence that point to the person named last before it (the latter)."""
_RECEIVING_VERBS = tuple(verb for language in languages().values() for verb in language.receiving_verbs)
_RECEIVED = (
    re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _RECEIVING_VERBS))})(?!\w)", re.IGNORECASE)
    if _RECEIVING_VERBS
    else None
)
"""A host receiving a guest (received): the guest, named after it, reports in the sentence after."""
DESCRIBING_NOUNS = frozenset(word for language in languages().values() for word in language.describing_nouns)
"""Nouns of what a person does (boxer): `the boxer` points back as a pronoun does."""
HOME_BODIES = {row["word"]: row["entity"] for row in common_table("home_bodies")}
"""Words that alone name a body of the home country (政府: the Government of Kazakhstan) when none was named before."""
NEWS_AGENCIES = frozenset(row["entity"] for row in common_table("news_agencies"))
"""Agencies that pass news on (Kazinform): never the owner of a statement named without one."""


@functools.cache
def _office_phrases() -> re.Pattern[str]:
    """Every language's office phrases as written in running text (`The Head of State`, `Глава государства`,
    `国家元首`), whole words where the script has words. The word boundaries are written once around all the
    phrases of words, not around each: the same matches, twenty times faster over a document."""

    def alternatives(han: bool) -> str:
        phrases = sorted((p for p in OFFICE_PHRASES if has_han(p) == han), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases) or "(?!)"

    return re.compile(rf"{alternatives(han=True)}|(?<!\w)(?:{alternatives(han=False)})(?!\w)", re.IGNORECASE)


def _office_named(phrase: str) -> str | None:
    """The office a phrase names (`the Head of State` -> president_kz), or None."""
    return OFFICE_PHRASES.get(re.sub(r"^(?:the|this)\s+", "", " ".join(phrase.lower().split())))


def office_holder(phrase: str, date: dt.date | None) -> str | None:
    """The entity that held the office a phrase names on ``date`` (the present holder without a date):
    `Глава государства` in 2018 is Nazarbayev, in 2024 Tokayev; None when the phrase names no office."""
    office = _office_named(phrase)
    return _holder_of(office, date) if office is not None else None


def _undated_holder(index: _Index, office: str | None, start: int, end: int) -> str | None:
    """Without a date, whoever ever held ``office`` and the article names: the last of those named before the
    words at ``start:end``, else the first named after them. An undated article that names `Президент Казахстана
    Нурсултан Назарбаев`, then says `Глава государства заявил` (or quotes `ответил Президент` and names
    Назарбаев in the next paragraph), means him, not today's holder."""
    holders = {entity for held, entity, *_ in OFFICE_HOLDERS if held == office}
    before, after = index.persons_between(0, start), index.persons_between(end, len(index.doc.text))
    return next((m.entity_id for m in (*reversed(before), *after) if m.entity_id in holders), None)


def _in_force(date: dt.date | None, start: str, end: str) -> bool:
    """Whether a row dated ``start`` to ``end`` (ISO dates, empty: open) holds on the date; without one, now."""
    if date is None:
        return not end
    return start <= date.isoformat() and (not end or date.isoformat() < end)


def _holder_of(office: str, date: dt.date | None) -> str | None:
    return next(
        (entity for held, entity, start, end in OFFICE_HOLDERS if held == office and _in_force(date, start, end)), None
    )


@functools.lru_cache(maxsize=1024)
def _offices_held(entity_id: str, date: dt.date | None) -> frozenset[str]:
    """The national offices of ``office_holders.tsv`` a person held on the date (now, without one); a place's head
    or a minister (``akim@``, ``minister@``) holds none, so that a bare `аким` may still be the akim the article
    names."""
    return frozenset(
        office
        for office, *_ in OFFICE_HOLDERS
        if not office.startswith((_LOCAL_OFFICE, _MINISTER_OFFICE)) and _holder_of(office, date) == entity_id
    )


class QuoteFinder:
    """Callable stage; needs the gazetteer for the English names of speakers."""

    name = "quotes"
    requires = frozenset({"blocks", "sentences", "mentions", "entity_ids"})
    provides = frozenset({"quotes"})

    def __init__(self, gazetteer: Iterable[GazetteerEntity]):
        self.gazetteer = {entity.id: entity for entity in gazetteer}
        self.centres = _RegionalCentres(self.gazetteer)
        """Regional centres and their regions' names: a body named by its level alone (`the regional akimat`) after
        a centre is named and no region."""
        self.regions = frozenset(
            entity.id
            for entity in self.gazetteer.values()
            if entity.type == "LOC" and (entity.names.get("en") or "").lower().endswith(" region")
        )
        """Regions (Павлодарская область): the place `администрация региона` means is the last one named."""
        self.cities = frozenset(
            entity.id
            for entity in self.gazetteer.values()
            if entity.type == "LOC" and any(name.endswith("市") for name in entity.surfaces("zh"))
        )
        """Cities (Алматы, Костанай), those the gazetteer also names with 市 (阿拉木图市): the place `городской
        акимат` means is the last one named."""
        capital = self.gazetteer.get(HOME_CAPITAL)
        self.capital = capital.names.get("ru") if capital else None
        """The home capital's Russian name (Астана): the place `столичный акимат` means, whether named or not."""
        self._bodies_by_english = {
            entity.names["en"]: entity.id for entity in gazetteer if entity.type == "ORG" and entity.names.get("en")
        }
        """The gazetteer's bodies by their English name (Akorda -> org:akorda)."""
        self.ministries = {
            key: entity.id
            for entity in self.gazetteer.values()
            if entity.type == "ORG"
            for name in (*entity.surfaces("en"), *entity.surfaces("ru"))
            if (key := ministry_key(name) or _russian_ministry_key(name)) is not None
        }
        """The country's ministries by their field (`ministry of energy`): `the ministry` after `Minister of Energy
        X` is the Ministry of Energy."""
        self._ministry_ids = frozenset(self.ministries.values())
        self._company_ids = frozenset(
            entity.id for entity in self.gazetteer.values() if entity.type == "ORG" and _a_known_company(entity)
        )
        """The gazetteer's companies (Tengizchevroil: 田吉兹雪佛龙公司), the ones `в компании` points back to first."""
        self._zh_bodies = {
            name: entity_id
            for (label, name), entity_id in alias_index(list(self.gazetteer.values())).items()
            if label == "ORG" and has_han(name)
        }
        """The gazetteer's bodies by their Chinese names (卫生部 -> the Ministry of Health), as in 卫生部长; a name two
        bodies share names neither (``alias_index``)."""
        home = self.gazetteer.get(HOME_COUNTRY)
        self._han_home_names = tuple(sorted(home.surfaces("zh") if home else (), key=len, reverse=True))
        """The home country's Chinese names (哈萨克斯坦, 哈国), which may open a body's (哈萨克斯坦卫生部长)."""
        self._home_names = sorted(
            {name.lower() for lang in ("en", "ru", "zh") for name in (home.surfaces(lang) if home else ())}
        )
        """The home country's names in every language: a place written where one stands in an office phrase."""
        self._body_namers: dict[str, Callable[[str], str | None] | None] = {}

    def __call__(self, doc: Document) -> Document:
        quotes: list[Quote] = []
        previous: Block | None = None
        self._index = _Index(doc)
        runs = _quotations_over_paragraphs(doc)
        covered = -1  # the last paragraph a quotation over several paragraphs took in
        for index, block in enumerate(doc.blocks):
            if index <= covered:
                previous = block
                continue
            if index in runs and (spanning := self._candidates(doc, index, block, previous, runs[index])):
                quotes += [self._resolve(doc, candidate, quotes) for candidate in spanning]
                covered, previous = runs[index], block
                continue
            if block.kind in ("question", "answer"):
                quote = self._interview_quote(doc, block, quotes)
                if quote.speaker_start is not None and quote.turn is not None:
                    self._index.turn_speakers.setdefault(quote.turn, quote)
                if quote.end > quote.start:  # a label with nothing after it (`Journalist:`) says nothing
                    quotes.append(quote)
            elif block.kind == "paragraph":
                candidates = self._candidates(doc, index, block, previous)
                whole = whole_paragraph_quote(doc.text, block.start, block.end)
                if whole is None and not candidates and _spoke_in(quotes, previous):
                    whole = dash_paragraph_quote(doc.text, block.start, block.end)  # `— …` after `По его словам, …`
                if whole is not None and not any(
                    (c.start <= whole[0] and whole[1] <= c.end)
                    or (c.kind == "direct" and c.speaker_start is not None and whole[0] <= c.start < whole[1])
                    for c in candidates
                ):  # `«A, - ответил Президент. - B»`: an attribution inside the marks splits them
                    quotes.append(self._context_quote(*whole, quotes))
                    candidates = [c for c in candidates if c.end <= whole[0] or c.start >= whole[1]]
                for candidate in candidates:
                    overlapped = _overlapped_earlier(candidate, quotes) if candidate.start < block.start else []
                    if overlapped:
                        if candidate.kind != "direct" or not _holds_each(candidate, overlapped):
                            continue  # `Об этом сообщил X` after a paragraph whose last sentence is someone's quote
                        quotes = [quote for quote in quotes if quote not in overlapped]  # what it reported inside
                    quotes.append(self._resolve(doc, candidate, quotes))
            if block.kind not in ("caption", "credit"):
                previous = block
        quotes = sorted(quotes + self._dash_runs(doc, quotes), key=lambda q: q.start)
        doc.quotes = self._bodies_in_full(doc, self._openers_named_after(doc, quotes))
        return doc

    def _openers_named_after(self, doc: Document, quotes: list[Quote]) -> list[Quote]:
        """Pronouns that open an article cut before its lead (`他说，…` at the top of a page that lost its
        headline) and that no person named later settles: the speaker of the first quote after them whom the text
        names by name or title (`市长指出` -> the city's akim), of the pronoun's gender."""
        if not quotes or (self._index.person_starts and self._index.person_starts[0] < quotes[0].start):
            return quotes
        opening = []
        for quote in quotes:
            if (
                quote.attribution != "pronoun"
                or quote.speaker_entity_id is not None
                or quote.start in self._index.unnamed_holders
            ):
                break
            opening.append(quote)
        named = next(
            (
                q
                for q in quotes[len(opening) :]
                if q.attribution in _NAMED_ATTRIBUTIONS and (q.speaker_entity_id or "").startswith("per:")
            ),
            None,
        )
        if not opening or named is None:
            return quotes
        for quote in opening:
            pronoun = doc.span(quote.speaker_start, quote.speaker_end) if quote.speaker_start is not None else ""
            if _of_gender(self._index, named.speaker_entity_id, PRONOUNS.get(pronoun.lower())):
                quote.speaker_entity_id, quote.role = named.speaker_entity_id, named.role
        return quotes

    def _bodies_in_full(self, doc: Document, quotes: list[Quote]) -> list[Quote]:
        """A body that speaks under a name without its place which the article also gives in full (`управлении
        энергетики и жилищно-коммунального хозяйства` and `управлении энергетики и ЖКХ области Жетысу`, before or
        after) is that body: one body whose English name is this one's with a region, a city or a district before
        it, however the Russian or Chinese wrote the field. Two such bodies leave the name as it is."""
        speaking = [q for q in quotes if (q.speaker_entity_id or "").startswith("org:")]
        speaking = [q for q in speaking if q.speaker_entity_id not in self.gazetteer]
        if not speaking:
            return quotes
        named: dict[str, str | None] = {}
        placed: dict[str, set[str]] = {}  # the name after a place noun -> the bodies named so (one pass, linear)
        for entity_id in {
            *(m.entity_id for m in doc.mentions if m.label == "ORG"),
            *(q.speaker_entity_id for q in quotes),
        }:
            if not entity_id or not entity_id.startswith("org:"):
                continue
            named[entity_id] = name = self.name_en(entity_id)
            words = (name or "").split()
            for index, word in enumerate(words[:-1]):
                if word in _PLACE_NOUNS_EN:
                    placed.setdefault(" ".join(words[index + 1 :]), set()).add(entity_id)
        for quote in speaking:
            entity_id = quote.speaker_entity_id or ""
            short = named.get(entity_id)
            if not short or short.split()[0] in _PLACE_NOUNS_EN:
                continue
            others = placed.get(short, set()) - {entity_id}
            if len({named[other] for other in others}) == 1:
                quote.speaker_entity_id = min(others)
        return quotes

    def _dash_runs(self, doc: Document, quotes: list[Quote]) -> list[Quote]:
        """Dash paragraphs with no attribution right before a dash paragraph that has one (`—A。` `—B。-他说。`,
        `— A.` `— B, — сказал он.`): one statement over several paragraphs, each its own quote with the speaker
        the last one names (a run of list items ends in `;` or is too short to count). Linear: one pass back over
        the paragraphs, quotes looked up by position."""
        ordered = sorted(quotes, key=lambda q: q.start)
        starts = [q.start for q in ordered]
        found: list[Quote] = []
        following: Quote | None = None
        for block in reversed([block for block in doc.blocks if block.kind == "paragraph"]):
            first = bisect.bisect_left(starts, block.start)
            inside = ordered[first : bisect.bisect_left(starts, block.end, lo=first)]
            if inside:
                following = next((q for q in inside if q.kind == "direct" and q.cue), None)
                continue
            whole = dash_paragraph_quote(doc.text, block.start, block.end) if following is not None else None
            if whole is None or following is None:
                following = None
                continue
            quote = Quote(*whole, "direct", following.cue, confidence=0.7)
            quote.attribution, quote.speaker_entity_id = "context", following.speaker_entity_id
            quote.role = following.role
            found.append(quote)
            following = quote
        return found

    def _candidates(
        self, doc: Document, index: int, block: Block, previous: Block | None, last: int | None = None
    ) -> list[QuoteCandidate]:
        """The quotes a paragraph's language finds in it; with ``last``, in the paragraphs from this one to that one
        read as one, where a quotation opened here closes there: then the quotation over them and what lies outside
        it, or nothing when the finder reads no quotation over them (reported speech inside it is none)."""
        language = language_for(block.lang, doc.span(block.start, block.end))
        before = (previous.start, previous.end) if previous is not None and previous.kind == "paragraph" else None
        through = last if last is not None else index
        sentences = [span for i in range(index, through + 1) for span in self._index.sentences_of(i)]
        end = doc.blocks[through].end
        found = language.find_quotes(doc.text, block.start, end, sentences, before, self._index.finite_verbs)
        if last is not None:
            over = [c for c in found if c.kind == "direct" and c.start < block.end and c.end > doc.blocks[last].start]
            if not over:
                return []
            found = [*over[:1], *(c for c in found if c.end <= over[0].start or c.start >= over[0].end)]
        return without_overlaps(
            [self._before_second_predicate(candidate) for candidate in found if not self._inside_a_name(candidate)]
        )

    def _before_second_predicate(self, candidate: QuoteCandidate) -> QuoteCandidate:
        """Reported speech ends where its subject's next verb of the past begins after `, и`, agreeing with the
        verb of saying (`отметил, что мир … строится на Алматинской декларации, и поблагодарил Президента …`: the
        thanks is no part of what he said; `сообщил, что построили 10 школ, и открыли 5 больниц` is all said)."""
        if candidate.kind != "indirect" or not candidate.cue:
            return candidate
        index, text = self._index, self._index.doc.text
        cue = text.rfind(candidate.cue, max(0, candidate.start - _CUE_REACH), candidate.start)
        if cue < 0:
            return candidate
        for joint in _AND_THEN.finditer(text, candidate.start, candidate.end):
            verb = joint.end()
            if (
                index.upos_from(verb) == "VERB"
                and index.feature_at("Tense", verb) == "Past"
                and all(index.feature_at(name, verb) == index.feature_at(name, cue) for name in ("Number", "Gender"))
            ):  # the subject's own verb agrees with its verb of saying (`построили …, и открыли` goes on)
                end = joint.start()
                return (
                    dataclasses.replace(candidate, end=end) if end - candidate.start >= _MIN_WORDS_CHARS else candidate
                )
        return candidate

    def _inside_a_name(self, candidate: QuoteCandidate) -> bool:
        """Quoted words that are part of a name (`“阿塔梅肯”国家企业家商会`, `«Казгидромет»`): no one's words."""
        return candidate.kind == "direct" and any(
            mention.start < candidate.start and candidate.end < mention.end
            for mention in self._index.starting(max(0, candidate.start - _NAME_REACH), candidate.start)
        )

    def _context_quote(self, start: int, end: int, earlier: list[Quote]) -> Quote:
        """A paragraph that is one quotation and names no speaker: the person who spoke or was named last says
        it (persons are quoted so far more often than bodies); a body that spoke last only when no person is in
        reach."""
        quote = Quote(start, end, "direct", "", attribution="context", confidence=0.6)
        quote.speaker_entity_id = self._announcer(start) or _nearest_person(self._index, start, None, earlier)
        last = earlier[-1] if earlier else None
        if quote.speaker_entity_id is None and last is not None and start - last.end <= _CONTEXT_REACH:
            quote.speaker_entity_id = last.speaker_entity_id
        if last is not None and last.speaker_entity_id == quote.speaker_entity_id:
            quote.role = last.role
        return quote

    def _announcer(self, start: int) -> str | None:
        """The person a paragraph ending in a colon names, who announces the quotation after it (`来自库斯塔奈的游客
        卡尼扎·扎利耶娃分享了她的感受：`, `The visitor Anna Petrova shared her impressions:`), whoever spoke before."""
        text = self._index.doc.text
        line_end = text.rfind("\n", 0, start)
        while line_end > 0 and text[line_end - 1] in " \t\n":
            line_end -= 1
        if line_end <= 0 or text[line_end - 1] not in ":：":
            return None
        line_start = text.rfind("\n", 0, line_end) + 1
        named = [m for m in self._index.persons_between(line_start, line_end) if m.entity_id]
        return named[0].entity_id if named else None  # its subject, named first

    def _interview_quote(self, doc: Document, block: Block, earlier: list[Quote]) -> Quote:
        """A question or answer paragraph; its speaker is the turn's label (记者, 阿利耶夫总统)."""
        text = doc.span(block.start, block.end)
        start = block.start
        label = block.speaker_label or ""
        if label and text.startswith(label):
            start = block.start + len(label)
            while start < block.end and doc.text[start] in "：: \t":
                start += 1
        first = self._index.turn_speakers.get(block.turn) if block.turn is not None else None
        if first is not None:
            return Quote(
                start, block.end, block.kind, "：", first.speaker_start, first.speaker_end, "interview",
                first.speaker_entity_id, first.role, block.turn, block.turn, 0.95,
            )  # fmt: skip
        label_end = block.start + len(label)
        mention = _last_mention(self._index, block.start, label_end, ("PER",))
        entity = mention.entity_id if mention else None
        role = "journalist" if label in ("记者", "问", "Q", "Вопрос", "Корреспондент", "Journalist") else None
        speaker = (mention.start, mention.end) if mention else (block.start, label_end)
        return Quote(
            start, block.end, block.kind, "：", *speaker, "interview", entity, role, block.turn, block.turn, 0.95
        )

    def _resolve(self, doc: Document, candidate: QuoteCandidate, earlier: list[Quote]) -> Quote:
        quote = Quote(candidate.start, candidate.end, candidate.kind, candidate.cue, confidence=candidate.confidence)
        if candidate.impersonal:
            quote.attribution = "unnamed"
            return quote
        if candidate.listener is not None:
            return self._teller(doc, candidate, candidate.listener, earlier)
        if candidate.speaker_start is None or candidate.speaker_end is None:
            opening = _pointer_opening(self._index, candidate.start)
            if opening is not None:  # `他向阿利耶夫总统致以敬意，并指出…`: he speaks, not the president he greeted
                return self._resolve(
                    doc, dataclasses.replace(candidate, speaker_start=opening[0], speaker_end=opening[1]), earlier
                )
            subject = _subject_of_sentence(self._index, candidate.start, earlier)
            if subject is None:  # `哈萨克斯坦卫生部对…表示感谢，称…`: a body that opens the sentence speaks
                subject = _body_opening_sentence(self._index, candidate.start, earlier)
            if subject is not None:  # `X感谢…，并指出…`: the sentence's subject speaks
                quote.speaker_entity_id, quote.attribution = subject, "explicit"
                return quote
            last = earlier[-1] if earlier else None
            if (
                last is not None
                and (last.speaker_entity_id or "").startswith("org:")
                and candidate.start - last.end <= _CONTEXT_REACH
            ):  # `The press service said in a statement that …. …, reads the statement.`: the body goes on
                quote.speaker_entity_id, quote.attribution = last.speaker_entity_id, "context"
                return quote
            return self._pronoun(doc, quote, None, earlier)
        end = candidate.speaker_end
        start = self._index.person_start_around(candidate.speaker_start, end)
        phrase = doc.span(start, end)
        mention = _speaker_mention(self._index, start, end)
        if mention is not None and mention.label == "ORG" and self._unlinked_head(mention):
            mention = None
        if mention is not None and mention.label != "PER" and _is_title(_title_head(phrase)):
            mention = None  # `The Senior Marshal of the Polish Senate`: a person, named by a title
        if mention is not None and mention.label == "PER" and _names_the_subject_after(doc, mention.end, end):
            start = end - len(doc.span(mention.end, end).lstrip())  # `После отчета акима X президент отметил`
            phrase, mention = doc.span(start, end), None
        joined = self._index.person_joined_before(mention)
        if (
            candidate.group
            or phrase.lower() in PLURAL_PRONOUNS
            or self._index.several_people(start, end)
            or joined is not None
        ):
            quote.speaker_start, quote.speaker_end = start, end  # `他们`, `A、B以及C一致表示`: a group speaks
            if joined is not None and joined < start:
                quote.speaker_start = joined  # `A and Deputy Chairman … B noted`: the span names both
            quote.attribution = "unnamed"
            return quote
        if mention is not None and mention.label == "ORG" and _heads_a_body(doc.span(start, mention.start)):
            # `пресс-служба Мажилиса`: the press service, not the Mazhilis; `… региона` after it: of the region
            anaphor = _PLACE_ANAPHOR_AFTER.match(doc.text, mention.end) or _BRACKETED_THEN_QUALIFIER.match(
                doc.text, mention.end
            )
            named_to = anaphor.end() if anaphor is not None else mention.end
            phrase = doc.span(start, named_to)
            body = self._body(doc, phrase, start, earlier, (quote.start, quote.end))
            if body is not None and self.name_en(body[0]) is not None:
                quote.speaker_start, quote.speaker_end = start, named_to
                quote.speaker_entity_id, quote.attribution = body
                return quote
        if mention is not None:
            quote.speaker_start, quote.speaker_end = mention.start, mention.end
            written = doc.span(mention.start, mention.end).split()
            placed = (
                self._place_of_adjective(written, mention.start)
                or (self._named_before_with_place(written, mention.start) if len(written) > 1 else None)
                or self._department_of_region_named(written, mention)
                if mention.label == "ORG"
                else None
            )
            if placed is not None:  # `областного департамента …`: the department of the region named last; and
                # `управления культуры` after `областного управления культуры`: the same department
                quote.speaker_entity_id, quote.attribution = placed, "descriptor"
                return quote
            quote.speaker_entity_id = mention.entity_id
            quote.attribution = "explicit"
            quote.role = _role_before(doc.span(start, mention.start))
            return quote
        quote.speaker_start, quote.speaker_end = start, end
        if phrase.lower() in AUTHORED_WORKS:  # `文章指出` after `托卡耶夫…发表署名文章`: the author, named last before
            # (a person; or a body, for what a ministry sends too: `文化和信息部…致以节日祝贺。贺词中指出`)
            labels = ("PER", "ORG") if phrase.lower() in BODY_AUTHORED_WORKS else ("PER",)
            before = min(start, quote.start)  # `-贺电写道。` after the words: named before them, not inside
            # not a name inside words quoted before (`托卡耶夫指出，贤圣阿拜的…`: Abai is spoken of)
            author = _last_mention(self._index, max(0, before - _CONTEXT_REACH), before, labels, earlier)
            quote.speaker_entity_id = author.entity_id if author is not None else None
            quote.attribution = "descriptor" if quote.speaker_entity_id else "unnamed"
            return quote
        if phrase.lower() in STATEMENT_ANAPHORS:  # `— …, — говорится в сообщении.`: whose statement it is
            # `据国防部消息，… ¶ 消息称，…`: what the message says, no one's unless someone just spoke; a body
            # cited as the source speaks only words quoted from its message (`“…”消息称。`)
            bodies = quote.kind == "direct" or phrase.lower() not in SOURCING_STATEMENTS
            quote.speaker_entity_id = self._statement_owner(quote.start, earlier, bodies=bodies)
            quote.attribution = "descriptor" if quote.speaker_entity_id else "unnamed"
            return quote
        named = self._index.person_named(phrase) or self._index.person_by_first_character(phrase, start)
        if named is not None:  # `——瓦里表示` after `州长瓦里`: a name the article gave a person, not tagged again
            quote.speaker_entity_id, quote.attribution = named, "explicit"
            return quote
        holder = office_holder(phrase, doc.date)
        if holder is not None and doc.date is None:
            holder = _undated_holder(self._index, _office_named(phrase), start, end) or holder
        if holder is not None:  # `Глава государства отметил`: whoever held the office then
            quote.speaker_entity_id, quote.attribution, quote.role = holder, "descriptor", phrase
            return quote
        words = phrase.split()
        if phrase.lower() in PRONOUNS or (words and words[0].lower() in PRONOUNS and len(words) == 1):
            return self._pronoun(doc, quote, PRONOUNS.get(phrase.lower()), earlier)
        lowered = _LEADING_DETERMINER.sub("", phrase.lower())
        owned = _OWNED_BODY.fullmatch(lowered)  # `the press service of the President`: a body, not the President
        body_headed = bool(re.search("[а-яё]", lowered)) and not _title_head(phrase)  # `Пресс-служба Президента`
        if (_is_title(lowered) or _is_title(_title_head(phrase))) and not owned and not body_headed:
            index, head = self._index, _title_head(phrase)
            if self._plural_title(phrase, head, start):  # `По оценкам аналитиков`: many, none of them named
                quote.attribution, quote.role = "unnamed", phrase
                return quote
            envoy_of = _envoy_country(index, start, end)
            if envoy_of is not None:  # `印尼驻哈大使表示`: a foreign envoy, named with that country or not at all
                quote.attribution, quote.role = "descriptor", phrase
                quote.speaker_entity_id = _person_after_place(index, envoy_of, start)
                return quote
            # `the Uzbek President`, `the President of Mongolia`: no holder of a Kazakh office
            foreign = _foreign_people(phrase) or self._foreign_office(start, end)
            cue_gender = _cue_gender(quote.cue)  # `Вице-премьер заверил`: a man
            ways: tuple[Callable[[], str | None], ...] = (
                lambda: _person_of_people(index, phrase, start),
                # `The Prime Minister stressed` after `Prime Minister X` and `Minister of Transport Y`: the whole
                # description given before a name, before the nearest holder of its head word alone
                lambda: _introduced_person(index, start, end, exact=True),
                lambda: _apposed_person(index, head, start, earlier),
                lambda: _introduced_person(index, start, end),
                # `Minister for Investments Zhenis Kassymbek reported … "…," the minister said`: the last one
                # introduced with the title, before whoever spoke last under another
                lambda: _described_before(index, start, [head.lower()]) if not has_han(head) else None,
            ) + (
                (lambda: _nearest_of(index, start, earlier, lambda entity: entity not in OFFICE_HOLDER_IDS),)
                if foreign
                else (
                    lambda: _named_office_holder(index, lowered, (start, end)),
                    lambda: _nearest_of(
                        index,
                        start,
                        earlier,
                        lambda entity: (
                            index.may_hold(entity, head, lowered)
                            and (index.given(entity, head) or not _spoke_as_other(earlier, entity, head))
                            and _may_be_of_gender(index, entity, cue_gender)
                        ),
                    ),
                    lambda: _untitled(index, _next_person(index, quote.end), head, lowered),
                    # `州长还指出` in an article that names no governor (its page began after the headline that did)
                    lambda: self._local_holder(phrase, head, start, end),
                    lambda: self._minister_holder(phrase, start, end),
                    lambda: _named_office_holder(index, lowered, (start, end), named=False),
                )
            )
            # `欧安组织议会大会主席`: the office of a body the gazetteer does not know is held only by someone the
            # article gave its title (a known body's holder may be found as any title's: 参议院议长)
            body_office = has_han(phrase) and _body_title_end(index, start, known=False) == end
            person = next(
                (
                    found
                    for way in ways
                    if (found := way())
                    and not (foreign and found in OFFICE_HOLDER_IDS)
                    and (not body_office or index.given(found, head))
                ),
                None,
            )
            quote.attribution = "descriptor"
            quote.role = phrase
            if person is not None:
                quote.speaker_entity_id = person
            return quote
        people_title = _inflected_peoples(phrase) and any(_title_entry(word) for word in lowered.split())
        if people_title and _foreign_people(phrase):  # `По словам узбекского лидера`: a title of no resolving kind
            quote.attribution, quote.role = "descriptor", phrase
            quote.speaker_entity_id = _person_of_people(self._index, phrase, start)
            return quote
        described = lowered != phrase.lower() and lowered in DESCRIBING_NOUNS  # `the boxer told`
        if described or any(phrase.startswith(word) and len(phrase) > len(word) for word in DESCRIBING_SUBJECTS):
            # `这位官员指出`: a description that is no title points back to the one named before
            return self._pronoun(doc, quote, None, earlier)
        introduced = _introduced_person(self._index, start, end)
        if introduced is not None:  # `— добавила главный государственный санитарный врач`: named so before
            quote.speaker_entity_id, quote.attribution, quote.role = introduced, "descriptor", phrase
            return quote
        if lowered != phrase.lower() and _describing_noun_phrase(lowered):
            return self._pronoun(doc, quote, None, earlier)  # `said the Kazakh chess player`: introduced otherwise
        body = self._body(doc, phrase, start, earlier, (quote.start, quote.end))
        if body is not None:  # `пресс-служба акима Павлодарской области`, `в пресс-службе`: a body speaks
            quote.speaker_entity_id, quote.attribution = body
            return quote
        quote.attribution = "unnamed"
        return quote

    def _foreign_office(self, start: int, end: int) -> bool:
        """Whether a speaker's phrase is a home office phrase with another country in the home country's place
        (`the President of Mongolia` as `president of kazakhstan`, `蒙古国总统` as `哈萨克斯坦总统`): that country's
        office, whose holder is none of the home country's."""
        doc = self._index.doc
        for mention in self._index.inside(start, end):
            if mention.label != "LOC" or mention.entity_id == HOME_COUNTRY:
                continue
            before, after = doc.span(start, mention.start).lower(), doc.span(mention.end, end).lower()
            for home in self._home_names:
                if _LEADING_DETERMINER.sub("", f"{before}{home}{after}") in OFFICE_PHRASES:
                    return True
        return False

    def _office_press_service(self, owner: str) -> str | None:
        """The press service of an owner written by its office (`Президента`, `президента РК`: the Akorda press
        service, ``body_owners.tsv``), as English names `the president's press service`; None for another owner."""
        name = BODY_OWNERS.get(owner.lower())
        return f"org:en:{name} press service" if name is not None else None

    def _han_body(
        self, phrase: str, start: int, earlier: list[Quote], quoted: tuple[int, int]
    ) -> tuple[str, str] | None:
        """A Chinese body the tagger did not read as one: opened by a place, the phrase itself (阿拉木图市旅游管理部门,
        named in English by the language's body namer); else, by its words and head, the body that spoke before
        (旅游部门 after 阿拉木图市旅游管理部门); the head alone, the last body named with it (基金)."""
        office = next((office for office in PRESS_OFFICES if phrase.endswith(office)), None)
        owner = BODY_OWNERS.get(phrase[: -len(office)]) if office else None
        if owner is not None:  # `哈萨克斯坦总统新闻处`: a Chinese press office speaks for its body, here Akorda
            return self._bodies_by_english.get(owner, f"org:en:{owner}"), "explicit"
        head = next((head for head in _HAN_BODY_HEADS if phrase.endswith(head)), None)
        if head is None:
            return None
        if phrase == head:  # `基金表示`: the fund named before; `政府表示` with none: the country's government
            body = _last_body(self._index, start, None, head, skip=NEWS_AGENCIES, outside=quoted)
            home = HOME_BODIES.get(phrase)
            if (body is None or not body.entity_id) and home is not None:
                owner = _place_before_last(self._index, start, phrase)
                if owner is None or owner.entity_id == HOME_COUNTRY:
                    return home, "descriptor"
                return f"org:zh:{self._index.doc.span(owner.start, owner.end)}{phrase}", "descriptor"  # 蒙古国政府
            return (body.entity_id, "descriptor") if body is not None and body.entity_id else None
        end = start + len(phrase)
        if any(m.label == "LOC" and m.start == start and m.end < end for m in self._index.inside(start, end)):
            return f"org:zh:{phrase}", "explicit"
        field = phrase[: -len(head)]
        place = _last_han_place(self._index, start, field) if field in _HAN_PLACE_NOUNS else None
        if place is not None:  # `州政府表示` after `克孜勒奥尔达州`: that region's akimat
            return f"org:zh:{place}{head}", "descriptor"
        spoke = _body_that_spoke(
            earlier,
            lambda quote, name: quote.speaker_entity_id.startswith("org:zh:") and name.endswith(head) and field in name,
        )
        return (spoke, "descriptor") if spoke is not None else None

    def _local_holder(self, phrase: str, head: str, start: int, end: int) -> str | None:
        """Who headed the place a local title names on the article's date (``office_holders.tsv``, ``akim@``): the
        place written in the phrase (阿拉木图州州长, аким Павлодарской области), else the last one of the title's
        level named before it (州长 after 东哈萨克斯坦州), else the first the article names (where its news happens);
        for a governor or a mayor the article names nowhere, as when its page began after the headline that did."""
        level = _local_level(phrase, head)
        if level is None:
            return None
        index = self._index
        places = self.regions if level == "region" else self.cities if level == "city" else self.regions | self.cities
        written = [m for m in index.inside(start, end) if m.label == "LOC" and m.entity_id != HOME_COUNTRY]
        if written:
            place: Mention | None = written[-1]  # `аким Кентау`: a town with no such office listed is no one's
        else:
            before = bisect.bisect_left(index.starts, start)
            earlier = reversed(index.mentions[max(0, before - _Index.LOOK_BACK_ITEMS) : before])
            place = next((m for m in earlier if m.label == "LOC" and m.entity_id in places), None)
            if place is None and index.first_place is not None and index.first_place.entity_id in places:
                place = index.first_place
        if place is None or place.entity_id not in places:
            return None
        return _holder_of(f"{_LOCAL_OFFICE}{place.entity_id}", index.doc.date)

    def _minister_holder(self, phrase: str, start: int, end: int) -> str | None:
        """Who was minister on the article's date of the ministry a title names by its field (`卫生部长`, `министр
        здравоохранения`, `the Health Minister`), when no person the article names may be the one (``minister@``
        rows of ``office_holders.tsv``; the ministries of each office in ``ministry_offices.tsv``); not a deputy's
        title, nor another country's minister."""
        if _deputy_title(phrase) or self._foreign_office(start, end) or _foreign_people(phrase):
            return None
        ministry = self._ministry_of_title(phrase)
        office = MINISTRY_OFFICES.get(ministry or "")
        return _holder_of(f"{_MINISTER_OFFICE}{office}", self._index.doc.date) if office else None

    def _ministry_of_title(self, phrase: str) -> str | None:
        """The gazetteer's ministry a minister's title names by its field (卫生部长 -> 卫生部; `министр энергетики`,
        `Minister of Energy`, `the energy minister` -> the Ministry of Energy)."""
        if has_han(phrase):
            body = phrase[: -len(_HAN_MINISTER)] if phrase.endswith(_HAN_MINISTER) else ""
            home = next((name for name in self._han_home_names if body.startswith(name)), "")
            found = self._zh_bodies.get(body[len(home) :])
            return found if found in self._ministry_ids else None
        return next(
            (
                ministry
                for match in _MINISTER_OF_FIELD.finditer(phrase)
                if (
                    ministry := self._ministry_of_field(
                        match["after"] or match["genitive"] or "", match["before"] or match["lower"] or ""
                    )
                )
            ),
            None,
        )

    def _ministry_of_field(self, after: str, before: str) -> str | None:
        """The gazetteer's ministry of a minister's field, written after `Minister of` (a start of the words: `Energy
        Almassadam Satkaliyev`) or before `Minister` (an end of them: `Kazakh Industry and Infrastructure
        Development`)."""
        words = (after or before).split()
        for size in range(len(words), 0, -1):
            key = _ministry_key(" ".join(words[:size] if after else words[-size:]))
            if key in self.ministries:
                return self.ministries[key]
        return None

    def _last_city(self, position: int) -> str | None:
        """The English name of the last city the gazetteer knows (or a regional centre) named before ``position``,
        a dateline's too."""
        before = bisect.bisect_left(self._index.starts, position)
        for mention in reversed(self._index.mentions[max(0, before - _Index.LOOK_BACK_ITEMS) : before]):
            entity_id = mention.entity_id or ""
            city = entity_id in self.cities or entity_id in self.centres.cities
            place = self.gazetteer.get(entity_id) if city else None
            if mention.label == "LOC" and place is not None and place.names.get("en"):
                return place.names["en"]
        return None

    def _akimat_of_place_named(self, position: int) -> str | None:
        """The akimat a bare `акимат` means where the article names none: that of the first city or region it
        names, where the news happens (`Без холодной воды остались дома в Костанае … Как уточнили в акимате`: the
        Kostanay City Akimat; not a city named later, `житель Алматы`); None where the first place is neither."""
        mention = self._index.first_place
        if mention is None or mention.start >= position:
            return None
        place = self.gazetteer.get(mention.entity_id or "")
        english = place.names.get("en") if place is not None else None
        if english and mention.entity_id in self.cities:
            return f"org:en:{english} City Akimat"
        if english and mention.entity_id in self.regions:
            return f"org:en:{_capitalised(english)} Akimat"
        return None

    def _place_of_adjective(self, words: list[str], start: int) -> str | None:
        """`в областном акимате`, `В районном акимате`, `областного департамента по чрезвычайным ситуациям`, `в
        акимате города`: the body of the region, district or city named last, as if written with it (акимат
        Жетысуской области); None when the phrase does not open with such an adjective and a head, nor is a head
        and such a place noun alone."""
        unplaced = [word for word in words if word.lower() not in ("в", "во", "на")]
        if len(unplaced) == 2 and _body_head(unplaced[0]) is not None:
            # `в акимате города` (области, столицы): the noun with no name points where its adjective does
            stem = next(
                (s for s, noun in PLACE_ADJECTIVE_ANAPHORS.items() if unplaced[1].lower().startswith(noun)), None
            )
            unplaced = [stem, unplaced[0]] if stem is not None else unplaced
        owner = None
        if len(unplaced) > 2 and _body_head(unplaced[0]) is not None and _body_head(unplaced[1]) is None:
            owner, unplaced = unplaced[0].lower(), unplaced[1:]  # `пресс-служба областного акимата`: its press service
        if len(unplaced) < 2 or not _body_head(unplaced[1]):
            return None
        noun = next((n for stem, n in PLACE_ADJECTIVE_ANAPHORS.items() if unplaced[0].lower().startswith(stem)), None)
        places = self.cities if noun == _CITY_STEM else self.regions if noun == _REGION_STEM else frozenset()
        if noun == _CAPITAL_STEM:  # `пресс-служба столичного акимата`: the capital's akimat, named or not
            place = self.capital
        else:
            place = _last_region(self._index, start, places, noun, self.centres) if noun is not None else None
        if place is None:
            return None
        if owner is not None:  # the owned body as written, its owner's head in the genitive
            return f"org:ru:{' '.join([owner, *unplaced[1:], place])}"
        head_start = self._index.doc.text.find(unplaced[1], start)
        # `областного департамента по чрезвычайным ситуациям`: what the head governs stays between it and the place
        return f"org:ru:{' '.join([self._index.lemma_at(head_start) or unplaced[1], *unplaced[2:], place])}"

    def _statement_owner(self, position: int, earlier: list[Quote], bodies: bool = True) -> str | None:
        """Who a statement with no owner belongs to: the last speaker a little before ``position``, else (with
        ``bodies``) the last body named before it that the gazetteer knows (a ministry, not 实验室 a tagger read as a
        body), else the last body."""
        last = earlier[-1] if earlier else None
        if last is not None and last.speaker_entity_id and position - last.end <= _CONTEXT_REACH:
            return last.speaker_entity_id
        if not bodies:
            return None
        body = _last_body(self._index, position, None, known=True, skip=NEWS_AGENCIES) or _last_body(
            self._index, position, None, skip=NEWS_AGENCIES
        )
        return body.entity_id if body is not None else None

    def _body(
        self, doc: Document, phrase: str, start: int, earlier: list[Quote], quoted: tuple[int, int]
    ) -> tuple[str, str] | None:
        """The body a phrase headed by a body noun names, and how it was found: a bare noun (`в
        пресс-службе`) is the last body with that head that spoke or was named before (``descriptor``), a word
        pointing back (`ведомство`, `该部`) the body that spoke just before or else the last one named; a
        region named as `региона` / `области` alone is the last region named before; otherwise the
        phrase itself, its head in the normal form, is the body (``explicit``). A body named inside the ``quoted``
        words (`… 31,300 passengers from the CIS member countries," the press service says`) is none it points to."""
        end = start + len(phrase)
        office = next((word for word in PRESS_OFFICES if phrase.endswith(word) and len(phrase) > len(word)), "")
        if office and phrase[: -len(office)].lower() in BODY_ANAPHORS:
            phrase = phrase[: -len(office)]  # `该部新闻处`: the press office speaks for the body pointed back to
        words = phrase.split()
        if len(words) == 2 and _body_head(words[0]) and words[1].lower() in BODY_ANAPHORS:
            phrase = words[1]  # `пресс-служба ведомства`, `пресс-служба организации`: so does a Russian one
        if phrase.lower() in BODY_ANAPHORS:  # 该部, ведомство: the body that spoke just before, else the last named
            ends, stems = BODY_ANAPHORS[phrase.lower()]
            spoke = _body_that_spoke(
                earlier,
                lambda quote, _: (
                    start - quote.end <= _CONTEXT_REACH
                    and quote.speaker_entity_id not in NEWS_AGENCIES
                    and _names_kind(doc.span(quote.speaker_start or 0, quote.speaker_end or 0), ends, stems)
                ),
            )
            if spoke is not None:
                return spoke, "descriptor"
            mention = (
                _last_body(
                    self._index,
                    start,
                    None,
                    skip=NEWS_AGENCIES,
                    fits=_names_an_office,
                    in_credits=False,
                    outside=quoted,
                )
                if not ends and not stems
                else None
            ) or _last_body(
                self._index,
                start,
                None,
                skip=NEWS_AGENCIES,
                fits=lambda name: _names_kind(name, ends, stems),
                outside=quoted,
            )
            return (mention.entity_id, "descriptor") if mention is not None and mention.entity_id else None
        if has_han(phrase):
            return self._han_body(phrase, start, earlier, quoted)
        cyrillic = bool(re.search("[а-яё]", phrase.lower()))
        if not cyrillic:
            phrase = re.sub(r"^(?:the|this)\s+", "", phrase, flags=re.IGNORECASE)
        words = phrase.split()
        place = self._place_of_adjective(words, start) if cyrillic else None
        if place is not None:  # `в областном акимате`: the akimat of the region named last
            return place, "descriptor"
        head = _body_head(phrase) if words else None
        if head is None and len(words) == 1 and words[0].lower().startswith(_COMPANY_NOUNS):
            # `, the company said`, `— сообщили в компании`: the company named last
            company = self._owner_named_before("company", start)
            return (company, "descriptor") if company is not None else None
        if head is None and cyrillic and len(words) == 1 and words[0].islower():
            # `— подчеркнули в центре` after `Центр международных программ`: the body named by that noun before
            named = _last_body(self._index, start, None, fits=lambda name: _shares_stem(words[0], name), outside=quoted)
            return (named.entity_id, "descriptor") if named is not None and named.entity_id else None
        if head is None or (not cyrillic and re.match(r"(?:a|an|one)\s", phrase, re.IGNORECASE)):
            return None  # `A Kazakh court`: not a body the article names
        # `the national federation`: a lower-case description, more than its head alone
        described = not cyrillic and phrase.islower() and phrase.endswith(head) and len(words) > len(head.split())
        if len(words) == 1 or phrase.lower() == head or described:
            spoke = _body_that_spoke(earlier, lambda _, name: _body_head(name) == head)
            if spoke is not None:
                return spoke, "descriptor"
            mention = _last_body(
                self._index, start, None, outside=quoted, where=lambda m: self._names_a_body_by(m, head)
            ) or (_next_body(self._index, start, head) if described else None)
            if mention is not None and mention.entity_id:
                return mention.entity_id, "descriptor"
            if head in _MINISTRY_HEADS and (ministry := self._ministry_of_a_minister(start)) is not None:
                return ministry, "descriptor"  # `Minister of Energy X …. According to the ministry, …`
            if cyrillic and head == _AKIMAT_HEAD and (akimat := self._akimat_of_place_named(start)) is not None:
                return akimat, "descriptor"  # `Как уточнили в акимате` in news of Kostanay: the city's akimat
            if head in _PRESS_HEADS and (
                body := _press_service_owner(self._index, start, quoted)
                or _last_body(self._index, start, None, known=True, skip=NEWS_AGENCIES, outside=quoted)
            ):  # `The press service notes that` after `Astana Opera` was named: the body it speaks for
                return body.entity_id or "", "descriptor"
            if not described:
                return None
        if not cyrillic:
            ministry = self._ministry_named_in(start, end)
            if ministry is not None and head not in _MINISTRY_HEADS:
                return ministry, "explicit"  # `the Kazakh MFA's press service`: the ministry speaks
            owned = _OWNED_BODY.fullmatch(phrase) or _NAMED_OWNER.fullmatch(phrase)  # -> Akorda press service
            office = owned or _OFFICE_OWNER.fullmatch(phrase)
            owner = BODY_OWNERS.get(re.sub(r"^the\s+", "", office["owner"].lower())) if office else None
            if owner is not None and office is not None:  # `the president's press service` -> Akorda press service
                return f"org:en:{owner} {office['head']}", "explicit"
            if office is not None and (named := self._owner_named_before(office["owner"], start)) is not None:
                return named, "descriptor"  # `the company's press service reports` after `Passenger Transportation JSC`
            regional = _REGIONAL_BODY.fullmatch(phrase)
            region = _last_region(self._index, start, self.regions, "region", self.centres) if regional else None
            if regional is not None and region is not None:  # `the regional akimat` in Akmola region's news
                return f"org:en:{_capitalised(region)} {_capitalised(regional['body'])}", "explicit"
            city = self._last_city(start) if _CITY_OFFICE.fullmatch(phrase.replace("’", "'")) else None
            if city is not None:  # `the municipal mayor's office` in news of Taldykorgan
                return f"org:en:{city} City Akimat", "explicit"
            placed = _PLACE_OWNED.fullmatch(phrase)
            region = _last_region(self._index, start, self.regions, placed["place"], self.centres) if placed else None
            if placed is not None and region is not None:  # `the region's administration` in Zhambyl region's news
                return f"org:en:{_capitalised(region)} {_capitalised(placed['body'])}", "explicit"
            if owned is None and (named_ministry := self.ministries.get(ministry_key(phrase) or "")) is not None:
                return named_ministry, "explicit"  # `According to the transport ministry`: the Ministry of Transport
            if owned is None and office is not None and office["owner"].islower():
                return None  # `the ministry's press service` with no ministry named before: no body the article names
            return f"org:en:{owned['owner']} {owned['head']}" if owned else f"org:en:{phrase}", "explicit"
        press = words[0].lower().startswith(_PRESS_STEMS_RU)
        owned_press = self._office_press_service(" ".join(words[1:])) if press else None
        if owned_press is not None:  # `пресс-служба Президента`: the Akorda press service
            return owned_press, "explicit"
        if len(words) > 1 and (placed := self._named_before_with_place(words, start)) is not None:
            return placed, "descriptor"  # `По информации управления культуры` after `областного управления культуры`
        rest = " ".join(words[1:])
        if len(words) == 2 and (owner_head := _body_head(words[1])) is not None:
            owner = _last_body(self._index, start, owner_head, outside=quoted)
            if owner is not None:  # `в пресс-службе акимата` after `Акимат Алматы`: the akimat the article named
                rest = " ".join([rest, *doc.span(owner.start, owner.end).split()[1:]])
        if (
            words[-1].lower() in PLACE_ANAPHORS
            and len(words) > 1
            and (len(words) == 2 or not words[-2].lower().endswith(ADJECTIVE_ENDINGS))
        ):  # `администрации региона`, `пресс-служба департамента полиции региона`: of the region named last, not
            # the region a name gives (`пресс-служба акима Павлодарской области`)
            region = _last_region(self._index, start, self.regions, centres=self.centres)
            if region is None:
                return None
            rest = " ".join([*words[1:-1], region])
        return f"org:ru:{self._index.lemma_at(start) or words[0]} {rest}", "explicit"

    def _department_of_region_named(self, words: list[str], mention: Mention) -> str | None:
        """A Russian regional department named without its region (`ДЧС`, `в департаменте по чрезвычайным ситуациям`):
        the department of the region named before it, or whose centre is named (the abbreviations of
        ``_REGIONAL_DEPARTMENTS`` and `департамент`); None for one whose name holds its place (`ДЧС Алматы`), a
        ministry's (`Департамент … Министерства …`) or any other body."""
        first = words[0].lower() if words else ""
        if not (first in _REGIONAL_DEPARTMENTS or first.startswith(_DEPARTMENT_STEM)):
            return None
        english = self.name_en(mention.entity_id) or ""
        if not english or any(noun in english.split() for noun in (*_PLACE_NOUNS_EN, *_NATIONAL_HEADS_EN)):
            return None
        region = _last_region(self._index, mention.start, self.regions, centres=self.centres)
        if region is None:
            return None
        head = self._index.lemma_at(mention.start) or words[0]  # `в департаменте` and `департамент`: one body
        return f"org:ru:{' '.join([head, *words[1:]])} {region}"

    def _named_before_with_place(self, words: list[str], start: int) -> str | None:
        """A body's phrase without its place (`управления культуры`) that the article wrote before with an adjective
        pointing to one (`областного управления культуры`, `в районном управлении культуры`): the body of that
        region or district, as the nearest such phrase before names it; None when the phrase was not written so."""
        head = _body_head(words[0])
        if head is None:
            return None
        adjectives = "|".join(map(re.escape, PLACE_ADJECTIVE_ANAPHORS))
        rest = r"\s+".join(map(re.escape, words[1:]))
        written = re.compile(
            rf"(?<![\w-])(?:{adjectives})[а-яё]{{0,4}}\s+{re.escape(head)}[а-яё]{{0,4}}\s+{rest}(?![\w-])",
            re.IGNORECASE,
        )
        text = self._index.doc.text
        found = list(written.finditer(text, max(0, start - _NAMED_BEFORE_REACH), start))
        return self._place_of_adjective(found[-1].group().split(), found[-1].start()) if found else None

    def _names_a_body_by(self, mention: Mention, head: str) -> bool:
        """Whether a body's mention has ``head`` and names a body (not :meth:`_unlinked_head`)."""
        return _body_head(self._index.doc.span(mention.start, mention.end)) == head and not self._unlinked_head(mention)

    def _unlinked_head(self, mention: Mention) -> bool:
        """Whether a mention is a body's English head word alone that no body named before took (`Investments …
        decline - Ministry` in a title): it names no body, so `According to the Ministry` is read as the phrase
        (the ministry of the minister named before), not as that word's own entity."""
        name = self._index.doc.span(mention.start, mention.end)
        return mention.entity_id == f"org:en:{name}" and _body_head(name) == name.lower()

    def _owner_named_before(self, owner: str, start: int) -> str | None:
        """The body a common noun owning a press service points back to (or standing alone: `the company said`, `—
        сообщили в компании`): `the company` -> the last company named
        (a legal form or `Company` in its name; else the last body whose name no public body's noun heads:
        `Tengizchevroil`), `the ministry` -> the last ministry; None for a name or none."""
        noun = re.sub(r"^(?:the|this)\s+", "", owner.strip(), flags=re.IGNORECASE).lower()
        if noun == "company":  # one a legal form or `Company` shows, else the last body no public body's noun heads
            body = (
                _last_body(self._index, start, None, fits=_names_a_company)
                or _last_body(self._index, start, None, where=lambda mention: mention.entity_id in self._company_ids)
                or _last_body(self._index, start, None, fits=lambda name: _body_head(name) is None, skip=NEWS_AGENCIES)
            )
        else:
            body = _last_body(self._index, start, noun) if noun in _LATIN_BODY_HEADS else None
        return body.entity_id if body is not None and body.entity_id else None

    def _ministry_named_in(self, start: int, end: int) -> str | None:
        """A ministry the gazetteer knows, named inside a body's phrase (`the Kazakh MFA's press service`, `the press
        service of the Ministry of Energy`): a ministry's press service speaks for the ministry, as annotators name it,
        where an office's (`the PM's press service`) or Akorda's is named for itself."""
        return next(
            (
                mention.entity_id
                for mention in self._index.inside(start, end)
                if mention.label == "ORG" and mention.entity_id in self._ministry_ids
            ),
            None,
        )

    def _ministry_of_a_minister(self, position: int) -> str | None:
        """The ministry of the last minister named by field before ``position`` (`Minister of Energy Almassadam
        Satkaliyev`, `Kazakh Industry and Infrastructure Development Minister`, `water resources and irrigation
        minister`) that the gazetteer knows, for a bare `the ministry` no body was named for."""
        fields = self._index.minister_fields
        return next(
            (
                ministry
                for _, after, before in reversed(fields[: bisect.bisect_left(fields, (position,))])
                if (ministry := self._ministry_of_field(after, before))
            ),
            None,
        )

    def _previous_title(self, doc: Document, quote: Quote, gender: str | None, earlier: list[Quote]) -> str | None:
        """The holder of the title that opens the sentence before when the pronoun stands in the first words of
        its own or after the quotation it attributes (`The Akim reported on the region. According to him, …`, `The
        Prime Minister set a task …. "…," he said`: the akim, the prime minister, not the
        president who received him); ``_UNNAMED_HOLDER`` for a Chinese title whose holder no way finds
        (`欧安组织议会大会主席…。他认为…`, `副外长…。他说…`), so that the pronoun is no nearer person."""
        if quote.speaker_start is None:
            return None
        text, index = doc.text, self._index
        this_start = index.sentence_start(quote.speaker_start)
        if quote.kind == "direct" and quote.end <= quote.speaker_start:
            this_start = index.sentence_start(quote.start)  # `"A. B," he said.`: the sentence before the words
        elif len(text[this_start : quote.speaker_start].split()) > _PRONOUN_OPENING_WORDS:
            return None
        if this_start == 0:
            return None
        for previous_start, previous_end in _sentences_before(index, this_start):
            end = _opening_title_end(index, previous_start, previous_end)
            if end is None and _office_named_between(index, previous_start, previous_end):
                return None  # `Addressing them the Kazakh FM noted …. He stressed …`: that office's holder, not a
                # title opening a sentence before it (the nearest person's rule finds the holder)
            if end is None:
                continue
            if _in_quotes(previous_start, earlier):
                return None  # `X指出，A。总统托卡耶夫…。他强调`: a title inside X's words, not who goes on
            title = QuoteCandidate(quote.start, quote.end, quote.kind, quote.cue, previous_start, end, 0.0)
            found = self._resolve(doc, title, earlier)
            person = found.speaker_entity_id
            if found.attribution == "descriptor" and person and person.startswith("per:"):
                return person if _of_gender(index, person, gender) else None
            if found.attribution == "descriptor" and person is None and has_han(text[previous_start:end]):
                return _UNNAMED_HOLDER  # `欧安组织议会大会主席…。他认为…`: the holder of an office no one named holds
            return None
        return None

    def _teller(
        self, doc: Document, candidate: QuoteCandidate, listener: tuple[int, int], earlier: list[Quote]
    ) -> Quote:
        """`The President was told that …`: the nearest person before the listener other than the listener (the
        minister he received) told it; the listener is resolved as a speaker would be."""
        as_speaker = dataclasses.replace(candidate, speaker_start=listener[0], speaker_end=listener[1], listener=None)
        heard = self._resolve(doc, as_speaker, earlier).speaker_entity_id
        quote = Quote(candidate.start, candidate.end, candidate.kind, candidate.cue, confidence=candidate.confidence)
        quote.attribution = "context"
        quote.speaker_entity_id = _nearest_of(self._index, listener[0], earlier, lambda entity: entity != heard)
        return quote

    def _pronoun(self, doc: Document, quote: Quote, gender: str | None, earlier: list[Quote]) -> Quote:
        quote.attribution = "pronoun"
        subject = _previous_subject(self._index, quote, gender, earlier)
        holder = self._previous_title(doc, quote, gender, earlier) if subject is None else None
        if holder == _UNNAMED_HOLDER:
            quote.speaker_entity_id = None  # the holder of an office the article names no one in: nobody named
            self._index.unnamed_holders.add(quote.start)
            return quote
        quote.speaker_entity_id = subject or holder or _nearest_person(self._index, quote.start, gender, earlier)
        named_before = bisect.bisect_left(self._index.person_starts, quote.start)
        if quote.speaker_entity_id is None and named_before == 0:
            # `По его словам, … — сказал Олжас Бектенов.`: an article cut before its name names him after
            quote.speaker_entity_id = _next_person(self._index, quote.end, gender)
        if quote.speaker_entity_id is not None:
            previous = next((q for q in reversed(earlier) if q.speaker_entity_id == quote.speaker_entity_id), None)
            quote.role = previous.role if previous else None
        return quote

    def _plural_title(self, phrase: str, head: str, start: int) -> bool:
        """Whether a title speaks in the plural (`аналитиков`, `экспертов`): a group, whoever is named near it."""
        at = phrase.lower().find(head.lower())
        return at != -1 and self._index.feature_at("Number", start + at) == "Plur"

    def name_en(self, entity_id: str | None) -> str | None:
        """The speaker's English name: the gazetteer's; for a name first seen in English text the name itself
        (per:en:Daniyar Ospanov, org:en:Finance Ministry); a body's built from its words, the gazetteer's when that
        names one of the country's ministries; else the person's name in Latin letters (pinyin of a Chinese name,
        the Kazakh English spelling of a Russian, Kazakh or transliterated one)."""
        entity = self.gazetteer.get(entity_id or "")
        if entity is not None:
            return entity.names.get("en")
        kind, _, rest = (entity_id or "").partition(":")
        script, _, name = rest.partition(":")
        if script == "en" and name:
            return _place_first(name) if kind == "org" else name
        if kind == "org" and name:
            namer = self._body_namer(script)
            english = namer(name) if namer is not None else None
            key = ministry_key(english) if english else None
            # `生态和天然资源部`: the country's ministry the gazetteer lists under other words, by its field
            return self.name_en(self.ministries[key]) if key in self.ministries else english
        return romanized_person(entity_id)

    def _body_namer(self, code: str) -> Callable[[str], str | None] | None:
        """The language's namer of bodies, knowing the gazetteer's places and bodies in that language."""
        if code not in self._body_namers:
            language = languages().get(code)
            places, bodies = (
                [
                    (surface, entity.names["en"])
                    for entity in self.gazetteer.values()
                    if entity.type == kind and entity.names.get("en")
                    for surface in entity.surfaces(code)
                ]
                for kind in ("LOC", "ORG")
            )
            self._body_namers[code] = language.make_body_namer(places, bodies) if language is not None else None
        return self._body_namers[code]


_NAMED_ATTRIBUTIONS = frozenset({"explicit", "descriptor"})
"""How a quote's speaker was found where the text names the speaker: by name, or by title or description."""
_TITLE_AT_END = re.compile(
    f"(?:{'|'.join(map(re.escape, sorted(PERSON_TITLES, key=len, reverse=True)))})"
    f"(?:{'|'.join(map(re.escape, sorted(_TITLE_ENDINGS, key=len, reverse=True)))})$"
)

_HAN_TITLES = tuple(sorted((title for title in PERSON_TITLES if has_han(title)), key=len, reverse=True))
"""The Chinese titles, longest first, so that a phrase ending with one is headed by the longest (副委员长)."""
_HAN_OFFICE_PHRASES = tuple(sorted((phrase for phrase in OFFICE_PHRASES if has_han(phrase)), key=len, reverse=True))
"""The Chinese phrases of offices (国家元首), longest first: one opening a sentence names its holder as a title does."""

_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
"""Penn Treebank tags of finite verbs: a clause reported without `that` has one after its subject."""
_CHINESE_PREDICATE_TAGS = frozenset({"v", "vd", "vi", "a", "ad"})
"""jieba's tags of verbs and adjectives: what a Chinese clause says of its subject (Chinese has no finite form; an
adjective is a predicate of its own, 发展良好)."""
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
"""Penn Treebank tags of plural nouns: a base form (VB) right after one is a finite verb (VBP) a tagger misread."""
_PLACE_ANAPHOR_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(map(re.escape, sorted(PLACE_ANAPHORS, key=len, reverse=True)))})(?![\w-])", re.IGNORECASE
)
"""A word standing for the region named last right after a body's name (`… по чрезвычайным ситуациям региона`)."""
_BRACKETED_THEN_QUALIFIER = re.compile(
    rf"[ \t]*\([^()\n]{{1,12}}\)[ \t]+(?:{'|'.join(map(re.escape, sorted(QUALIFIER_PLACES, key=len, reverse=True)))})"
    r"(?![\w-])"
)
"""A body's abbreviation in brackets and the country whose body it is, after the body's name (`Министерства по
чрезвычайным ситуациям (МЧС) РК`): the country is part of the name the body speaks by."""
_NAME_REACH = 200
"""How far before quoted words a name that holds them may start."""
_CITY_STEM = "город"
"""The noun `городской` points to (`пресс-служба городского акимата`: the akimat of the city named last)."""
_REGION_STEM = "област"
"""The noun `областной` points to (`в областном акимате`: the akimat of the region named last)."""
_CAPITAL_STEM = "столиц"
"""The noun `столичный` points to: the home capital itself (``HOME_CAPITAL``), not the last city named."""
_PLACE_NOUNS_EN = frozenset({"Region", "City", "District"})
"""The English nouns a body's place ends with in its name (Zhetysu Region Police Department)."""
_NATIONAL_HEADS_EN = ("Ministry", "Committee")
"""Heads of a national body's English name: a department of one (`Department of … of the Ministry of …`) is no
region's."""
_CITY_POLICE = frozenset({"дп", "уп"})
"""Abbreviations of police departments that are a city's as often as a region's (ДП Астаны)."""
_REGIONAL_DEPARTMENTS = frozenset(
    head for head in BODY_HEADS if re.fullmatch("[а-яё]{2,3}", head) and head not in _CITY_POLICE
)
"""Abbreviations of the regions' departments of ministries (ДЧС, ДВД), lower case, from the body heads
(``ru/data/body_heads.tsv``)."""
_DEPARTMENT_STEM = "департамент"
"""The head of a ministry's regional department (`департамент по чрезвычайным ситуациям`)."""
_NAMED_BEFORE_REACH = 3000
"""How far back a body's phrase without its place is looked for written with a place adjective (about two articles):
the nearest such writing names the body, and a long document costs no more per quote."""
_CONTEXT_REACH = 600
"""How far (characters) after the last quote a quotation that names no speaker is still taken to be its speaker's."""
_MIN_WHOLE_QUOTE = 20
"""Characters a paragraph-long quotation holds at least (a quoted name or title alone is shorter)."""


_QUOTATION_PAIRS = (("«", "»"), ("“", "”"))
"""Opening and closing marks that may hold a quotation over several paragraphs."""
_MOST_QUOTED_PARAGRAPHS = 4
"""How many paragraphs after the one that opens it a quotation may close in."""


def _quotations_over_paragraphs(doc: Document) -> dict[int, int]:
    """Paragraphs that open a quotation they do not close, by block index -> the index of the paragraph that closes
    it (`«Глава государства отметил, что …` … `… не сказано», - сказал Премьер-министр.`), when the paragraphs
    between hold neither mark."""
    runs: dict[int, int] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        text = doc.span(block.start, block.end)
        for opening, closing in _QUOTATION_PAIRS:
            if text.count(opening) <= text.count(closing):
                continue
            for later in range(index + 1, min(len(blocks), index + 1 + _MOST_QUOTED_PARAGRAPHS)):
                if blocks[later].kind != "paragraph":
                    break
                written = doc.span(blocks[later].start, blocks[later].end)
                if written.count(closing) > written.count(opening):
                    runs[index] = later
                if opening in written or closing in written:
                    break
            break
    return runs


def whole_paragraph_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content of a paragraph that is one quotation from its first character to its last (`“…。”`,
    `«…».`, also after a dash: `- “…”`), which the text gives no attribution: a statement of the one who spoke
    before. None when the paragraph holds more than one quotation or text outside it, or is short enough to be a
    quoted name."""
    while start < end and text[start].isspace():
        start += 1
    if (dash := _DASH_OPENING.match(text, start, end)) and dash.end() < end and text[dash.end()] in QUOTATION_PAIRS:
        start = dash.end()  # `- “研究雪豹…”`: a dash before the quotation marks
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".。"):
        end -= 1
    closing = QUOTATION_PAIRS.get(text[start]) if start < end else None
    if closing is None or end - start < _MIN_WHOLE_QUOTE + 2 or text[end - 1] != closing:
        return None
    opening = text[start]
    if opening == closing:  # straight marks: every inner one that opens is closed before the last one
        inner = [position for position in range(start + 1, end - 1) if text[position] == opening]
        if len(inner) % 2 or not all(opens_quotation(text, position) for position in inner[::2]):
            return None
    else:
        depth = 0
        for position in range(start, end - 1):
            depth += (text[position] == opening) - (text[position] == closing)
            if depth == 0:
                return None  # `«A» и «B»`: two quotations, or one and text after it
    content_start, content_end = start + 1, end - 1
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    while content_end > content_start and text[content_end - 1].isspace():
        content_end -= 1
    return (content_start, content_end) if content_end - content_start >= _MIN_WHOLE_QUOTE else None


_DASH_OPENING = re.compile(r"[ \t]*[—–-](?:[ \t]+|(?=[\u4e00-\u9fff]))")
"""A paragraph opened by a dash (or a hyphen standing for one) and a space: direct speech in Russian and Kazakh
news, and in Kazinform's English (`- The population is growing. …`); in Chinese, no space is written (`—今年…`)."""


def dash_paragraph_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content of a paragraph of direct speech opened by a dash with no attribution (`— Создание
    однопалатного Парламента — судьбоносное решение.`): a statement of the one who spoke in the paragraph
    before. None for a list item (ending in `;` or `:`) or a line too short to be a statement."""
    opening = _DASH_OPENING.match(text, start, end)
    if opening is None:
        return None
    content_end = end
    attribution = _TRAILING_DASH_ATTRIBUTION.search(text, max(opening.end(), end - _ATTRIBUTION_REACH), end)
    if attribution is not None:  # `— …, — говорится в сообщении.`: the words before the attribution
        content_end = attribution.start() + 1 if text[attribution.start()] in "!?…" else attribution.start()
    while content_end > opening.end() and text[content_end - 1].isspace():
        content_end -= 1
    content = text[opening.end() : content_end]
    words = len(content) // _HAN_CHARS_PER_WORD if has_han(content) else len(content.split())
    if words < _DASH_QUOTE_WORDS or content.endswith((";", ":", "；", "：")) or _ITEM_LABEL.match(content):
        return None
    return opening.end(), content_end


_ITEM_LABEL = re.compile(r"[\u4e00-\u9fff][^\s,，。:：;；]{0,7}[:：]")
"""What a Chinese list item opens with: a short label and a colon (`- 小麦：减少12.5万公顷。`), the last item of a list
that ends in a full stop as well as the others. Not in Russian or English, whose speakers open words so too (`—
Скажу так: …`)."""
_TRAILING_DASH_ATTRIBUTION = re.compile(r"[,!?…][ \t]*[—–][ \t]+[a-zа-яё][^—–\n]*$")
"""`…, — говорится в сообщении.`: an attribution closing a dash paragraph, which names no one of its own."""
_ATTRIBUTION_REACH = 200
"""How far from a dash paragraph's end its trailing attribution is looked for (the search stays linear)."""
_DASH_QUOTE_WORDS = 6
"""Words a dash paragraph holds at least to be someone's statement, not a list item."""
_HAN_CHARS_PER_WORD = 2
"""Chinese writes no spaces: its words counted as two characters each."""


def _overlapped_earlier(candidate: QuoteCandidate, earlier: list[Quote]) -> list[Quote]:
    """The quotes found in the paragraph before that a candidate reaching back into it overlaps."""
    return [quote for quote in earlier[-8:] if quote.start < candidate.end and candidate.start < quote.end]


def _holds_each(candidate: QuoteCandidate, quotes: list[Quote]) -> bool:
    """Whether a quotation holds each of the quotes whole: reported speech inside someone's words, which it takes
    in (a quote reaching out of it keeps its place, and the candidate is dropped)."""
    return all(candidate.start <= quote.start and quote.end <= candidate.end for quote in quotes)


def _spoke_in(quotes: list[Quote], block: Block | None) -> bool:
    """Whether the last quote so far lies in ``block`` and has a speaker: a dash paragraph after it goes on."""
    last = quotes[-1] if quotes else None
    return (
        block is not None
        and last is not None
        and block.start <= last.start < block.end
        and (last.speaker_entity_id is not None or last.speaker_start is not None)
    )


def without_overlaps(candidates: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """No quote overlaps another, whatever a finder returned: direct quotes first, then the more confident;
    a candidate that overlaps one already kept is dropped (kept spans are held sorted: n log n)."""
    kept: list[QuoteCandidate] = []
    starts: list[int] = []
    for candidate in sorted(candidates, key=lambda c: (c.kind != "direct", -c.confidence, c.start)):
        at = bisect.bisect_left(starts, candidate.start)
        if at > 0 and kept[at - 1].end > candidate.start:
            continue
        if at < len(kept) and kept[at].start < candidate.end:
            continue
        kept.insert(at, candidate)
        starts.insert(at, candidate.start)
    return kept


def _is_title(lowered: str) -> bool:
    """A person's title, Russian ones in any case (По словам министра)."""
    return _TITLE_AT_END.search(lowered) is not None


def _title_entry(words: str) -> str | None:
    """The title (lower case, as listed) that ``words`` are, in any case form (министром -> министр)."""
    if words in _ALL_TITLES:
        return words
    for ending in _TITLE_ENDINGS:
        if ending and words.endswith(ending) and words[: -len(ending)] in _ALL_TITLES:
            return words[: -len(ending)]
    return None


def _title_office(head: str, phrase: str) -> str | None:
    """The office a bare title names (`the Prime Minister` -> prime-minister, `акима` -> akim, `the deputy akim` ->
    deputy): its first title's, else its head's (`главы региона` -> аким), if it names one."""
    titled, office = _first_title_office(_LEADING_DETERMINER.sub("", phrase.lower()).split())
    if titled and office is not None:
        return office
    title = _title_entry(head.lower())
    return TITLE_OFFICES.get(title) if title else None


def _first_title_office(words: list[str]) -> tuple[bool, str | None]:
    """Whether the words hold a title, and the office the first one names (a title of up to three words, the longest
    first: `deputy prime minister` before `deputy`)."""
    for first in range(len(words)):
        for size in (3, 2, 1):
            title = _title_entry(" ".join(words[first : first + size])) if first + size <= len(words) else None
            if title is not None:
                return True, TITLE_OFFICES.get(title)
    return False, None


def _office_before(text: str, start: int) -> tuple[bool, str | None]:
    """Whether a title stands in the description right before a name (back to a comma or a sentence's end), and
    the office its first title names (`Kazakh Energy Minister X` -> minister; `Deputy Prime Minister X`, `Заместитель
    министра X`: a title of no one office first, None)."""
    description = _description_before(text[max(0, start - _DESCRIPTION_REACH) : start])
    return _first_title_office([word.strip('«»"“”()').lower() for word in description.split()])


_DESCRIPTION_REACH = 80
"""How far before a name the description giving a person's title is read."""
_DESCRIPTION_EDGE = re.compile(r"[.!?\n,;:()—–«»]")
"""Marks a description before a name does not run over (another person's description ends at its comma: `X, Chairman
of the Kazakh Parliament, and Y`); `and` may stand inside one (Minister of Trade and Integration X)."""


def _description_before(window: str) -> str:
    """The words of a text window (ending at a name) after the last edge of a description, which describe the name."""
    return _DESCRIPTION_EDGE.split(window)[-1]


def _title_head(phrase: str) -> str:
    """The title a phrase is headed by: `The Senior Marshal of the Polish Senate` -> `marshal`; a Russian
    phrase is headed by its first title, the words after it are its complements (`глава государства`,
    `первый заместитель министра` -> `заместитель`)."""
    lowered = phrase.lower()
    if (equivalent := _equivalent_title(lowered)) is not None:
        return equivalent
    if re.search("[а-яё]", lowered):
        for word in lowered.split():
            if word.startswith(BODY_HEADS) or any(f"-{head}" in word for head in BODY_HEADS):
                return ""  # `пресс-служба акима`: the press service speaks, not the akim
            if _is_title(word):
                return word
        return ""
    return re.split(r"\s+(?:of|of the)\s+", lowered, maxsplit=1)[0].split()[-1] if phrase.split() else ""


def _equivalent_title(lowered: str) -> str | None:
    """The office's own title a general one with its complement names (`главы региона` -> аким), in any case
    form of the general title; None for none."""
    words = lowered.split()
    for phrase, title in TITLE_EQUIVALENTS.items():
        first, *rest = phrase.split()
        if not words or words[1 : 1 + len(rest)] != rest:
            continue
        if words[0] == first or (words[0][: len(first) - 1] == first[:-1] and len(words[0]) <= len(first) + 2):
            return title
    return None


class _Index:
    """The document's mentions, persons and sentences by position, so that each lookup a quote needs is a
    binary search and a bounded walk, never a scan of the whole document (long documents stay linear)."""

    LOOK_BACK_CHARS = 3000
    """How far back a title's holder (州长X) is looked for."""
    LOOK_BACK_ITEMS = 60
    """How many earlier speakers or persons a pronoun is checked against."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.mentions = sorted((m for m in doc.mentions if m.recogniser != "caption"), key=lambda m: (m.start, m.end))
        """The names of the text, not those of a photo's credit (`Фото: Сәл Сабыров`): neither its author nor the
        place it shows speaks or is spoken of."""
        self.credits = [(block.start, block.end) for block in doc.blocks if block.kind == "caption"]
        """Captions, each a credit (`Фото: акимат области Абай`): a body named there is named by its own noun (`в
        акимате`), not by a word for any body (`в ведомстве`)."""
        self.descriptions = [
            (block.start, block.end)
            for block, following in zip(doc.blocks, [*doc.blocks[1:], None], strict=True)
            if block.kind == "paragraph"
            and (
                _PHOTO_DESCRIPTION.match(doc.text, block.start, block.end)
                or (following is not None and following.kind == "caption" and _same_line(doc.text, block, following))
            )
        ]
        """A photo's description (`L-R: Olga Rypakova, Danial Akhmetov, Sebastian Coe. Photo credit: …`): the people
        it shows are no one a pronoun of the running text points back to."""
        self.starts = [m.start for m in self.mentions]
        self.persons = [m for m in self.mentions if m.label == "PER" and m.entity_id]
        self.person_starts = [m.start for m in self.persons]
        self.sentence_starts = [s.start for s in doc.sentences]
        self.by_block: dict[int, list[tuple[int, int]]] = {}
        for sentence in doc.sentences:
            self.by_block.setdefault(sentence.block, []).append((sentence.start, sentence.end))
        self.turn_speakers: dict[int, Quote] = {}
        """The first quote of each interview turn that has a speaker: the turn's later paragraphs share it."""
        self.unnamed_holders: set[int] = set()
        """Starts of quotes whose pronoun stands for the holder of an office the article names no one in."""
        self.title_ends: dict[tuple[int, int], int | None] = {}
        """Where the title opening each sentence asked of ends (``_opening_title_end``)."""
        self._lemmas: dict[int, str] | None = None
        self._features: dict[str, dict[int, str]] = {}
        self.surfaces: dict[str, set[str]] = {}
        """Every form the text names each person by."""
        for mention in self.persons:
            self.surfaces.setdefault(mention.entity_id or "", set()).add(doc.span(mention.start, mention.end))

    def describes_a_photo(self, position: int) -> bool:
        """Whether ``position`` lies in a photo's description (``descriptions``)."""
        return any(start <= position < end for start, end in self.descriptions)

    @functools.cached_property
    def first_place(self) -> Mention | None:
        """The first place the text names other than the home country: where its news happens (looked up once, so
        that every bare `акимат` of a long document costs a lookup, not a scan)."""
        return next((m for m in self.mentions if m.label == "LOC" and m.entity_id != HOME_COUNTRY), None)

    @functools.cached_property
    def lead(self) -> Block | None:
        """The article's first paragraph, its lead (looked up once per document)."""
        return next((block for block in self.doc.blocks if block.kind == "paragraph"), None)

    @functools.cached_property
    def commemorated(self) -> frozenset[str]:
        """Persons the text commemorates somewhere (`named after Abai`, `the anniversary of Abai`): whatever else it
        calls them (`Abai boarding schools`), no pronoun points to them."""
        return frozenset(m.entity_id for m in self.persons if m.entity_id and _commemorated(self.doc.text, m.start))

    @functools.cached_property
    def titles(self) -> dict[str, set[str]]:
        """The Chinese titles the text gives each person right beside a name (`公司主任阿斯卡尔·伊斯马伊洛夫`,
        `托卡耶夫总统`), each of a run of them (`花样滑冰运动员、冬奥会冠军X`: 运动员 and 冠军)."""
        text, found = self.doc.text, {}
        for mention in self.persons:
            before, after = text[max(0, mention.start - 16) : mention.start], text[mention.end : mention.end + 6]
            items = before.split("、")
            given = [title for item in (items[-1][-12:], *items[:-1]) if (title := _han_title_ending(item))]
            given += [t for t in _HAN_TITLES if after.startswith(t)][:1]
            found.setdefault(mention.entity_id or "", set()).update(given)
        return found

    @functools.cached_property
    def offices_given(self) -> dict[str, set[str | None]]:
        """The offices the Russian and English text gives each person in a description before a name (`Министр
        энергетики Алмасадам Саткалиев`: minister); None for a title of no one office (заместитель, Deputy)."""
        found: dict[str, set[str | None]] = {}
        for mention in self.persons:
            if mention.entity_id and not has_han(self.doc.span(mention.start, mention.end)):
                titled, office = _office_before(self.doc.text, mention.start)
                if titled:
                    found.setdefault(mention.entity_id, set()).add(office)
        return found

    def holds_other_office(self, entity_id: str, head: str, title: str) -> bool:
        """Whether the article introduced the person under the titles of other offices only, so that a bare title of
        this one is someone else (`По словам акима` after `Министр энергетики X` spoke; the akim said)."""
        wanted = _title_office(head, title)
        given = self.offices_given.get(entity_id)
        return bool(wanted and given and None not in given and wanted not in given)

    def titled_otherwise(self, entity_id: str, head: str) -> bool:
        """Whether the text gives this person Chinese titles, none of them ``head`` (`主任` to one who is not
        总统)."""
        given = self.titles.get(entity_id)
        if not given or not has_han(head):
            return False  # English and Russian titles have synonyms no list holds (akim, governor, mayor)
        return not any(_same_title(head, title) for title in given)

    def given(self, entity_id: str, head: str) -> bool:
        """Whether the text gives this person the Chinese title ``head`` beside a name (运动员 in
        `花样滑冰运动员、冬奥会冠军X`), whatever title they spoke under."""
        return has_han(head) and any(_same_title(head, title) for title in self.titles.get(entity_id, ()))

    def may_hold(self, entity_id: str, head: str, title: str) -> bool:
        """Whether a person may be the one a bare title names: in Chinese not given another title, and, for the
        title of a national office (总统, 总理), given this one: the expert quoted before `总统宣布` is no
        president, whose holder on the article's date speaks instead; in English and Russian the holder of that
        office on the article's date, when the office has one then, and never the holder of another national office
        (`the Prime Minister` after the President spoke) nor of one when the title names none (`the mayor`)."""
        if self.titled_otherwise(entity_id, head):
            return False
        offices = _offices_titled(title)
        if not has_han(head):  # `the Prime Minister` is not the President, whatever English calls him elsewhere
            if self.holds_other_office(entity_id, head, title):
                return False  # `the akim said` after `Energy Minister X` spoke: not the minister
            held = _offices_held(entity_id, self.doc.date)
            if offices and not held:  # `Президент отметил` after a minister spoke: the President, not the minister
                return not any(_holder_of(office, self.doc.date) for office in _offices_titled(title, heading=True))
            if held and not offices and not _part_of_phrases(head, held):
                return False  # `the mayor of Almaty said` after the President spoke: not the President
            return not (offices and held and not held & set(offices))
        if not offices:
            return True
        return bool(self.titles.get(entity_id))  # given a title, none of them other than this one

    def person_named(self, phrase: str) -> str | None:
        """The one person the text names by exactly these words elsewhere, if only one is."""
        found = [entity for entity, surfaces in self.surfaces.items() if entity and phrase in surfaces]
        return found[0] if len(found) == 1 else None

    def person_by_first_character(self, phrase: str, before: int) -> str | None:
        """The one person named before whose transliterated surname opens with this one character: Chinese news
        names a foreign person again by it (`伊表示` after `副部长伊萨耶娃`)."""
        if len(phrase) != 1 or not has_han(phrase):
            return None
        found = {
            person.entity_id
            for person in self.persons[: bisect.bisect_left(self.person_starts, before)]
            if len(surname := name_parts(self.doc.span(person.start, person.end))[-1]) >= 3
            and surname.startswith(phrase)
        }
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def offices(self) -> list[tuple[int, str]]:
        """(start, holder on the article's date) of every office phrase (`the Head of State`), in order: a
        pronoun after one is its holder (`The Head of State … He noted that`)."""
        found = []
        for match in _office_phrases().finditer(self.doc.text):
            holder = office_holder(match.group(), self.doc.date)
            if holder is not None:
                found.append((match.start(), holder))
        return found

    @functools.cached_property
    def office_starts(self) -> list[int]:
        """Where each office phrase of :attr:`offices` starts, in order (for bisecting)."""
        return [start for start, _ in self.offices]

    def sentences_of(self, block: int) -> list[tuple[int, int]]:
        return self.by_block.get(block, [])

    def inside(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def several_people(self, start: int, end: int) -> bool:
        """Whether a speaker phrase names two persons or more joined as one subject (`Tokayev and Xi Jinping`,
        `A、B`, `A and Deputy Chairman B`): a group, no one person. `Токаев во время встречи с Си Цзиньпином`
        names one speaker."""
        people = [m for m in self.starting(start, end) if m.label == "PER" and m.end <= end]
        return any(
            first.entity_id != second.entity_id
            and (
                _COORDINATOR.fullmatch(self.doc.text, first.end, second.start)
                or _AND_A_TITLE.fullmatch(self.doc.text, first.end, second.start)
            )
            for first, second in itertools.pairwise(people)
        )

    def person_start_around(self, start: int, end: int) -> int:
        """Where a speaker phrase starts, moved back to the start of a person's name it begins inside: a Chinese
        phrase stops at the space of a Latin or Cyrillic name (`部长Арнур |Рахимбеков表示`)."""
        before = bisect.bisect_right(self.person_starts, start) - 1
        if before >= 0 and self.persons[before].start < start < self.persons[before].end <= end:
            return self.persons[before].start
        return start

    def person_joined_before(self, mention: Mention | None) -> int | None:
        """Where the person starts whom a speaker's name is joined to by `and` and a title (`Deputy Governor …
        Kairat Nurtayev and Deputy Chairman of the … Committee Kumis Seitova noted that`): the two speak together.
        None when the speaker is no person or is named alone."""
        if mention is None or mention.label != "PER":
            return None
        before = bisect.bisect_left(self.person_starts, mention.start) - 1
        if before < 0 or self.persons[before].end > mention.start:
            return None
        other = self.persons[before]
        return other.start if _AND_A_TITLE.fullmatch(self.doc.text, other.end, mention.start) else None

    def starting(self, start: int, end: int) -> list[Mention]:
        """The mentions that start inside ``[start, end)``, wherever they end."""
        return self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    @functools.cached_property
    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, lower-case lemma, else form) of every word token (punctuation aside), in order."""
        text = self.doc.text
        found = [
            (t.start, t.end, (t.lemma or text[t.start : t.end]).lower()) for s in self.doc.sentences for t in s.tokens
        ]
        return [word for word in found if any(ch.isalnum() for ch in word[2])]

    @functools.cached_property
    def verb_starts(self) -> list[int]:
        """Where every verb (or auxiliary) token starts, in order."""
        return [t.start for s in self.doc.sentences for t in s.tokens if t.upos in ("VERB", "AUX")]

    @functools.cached_property
    def finite_verbs(self) -> list[int]:
        """Where every finite verb starts, in order (the English tagger's Penn Treebank tags VBZ, VBP, VBD, MD; a
        base form right after a plural noun too, which a tagger reads VB for VBP: `30,000 schoolchildren attend`);
        in Chinese, every verb and adjective jieba tags, the predicates a clause may have."""
        chinese = self.doc.lang == "zh"
        return [
            token.start
            for sentence in self.doc.sentences
            for previous, token in zip((None, *sentence.tokens), sentence.tokens, strict=False)
            if token.xpos in _FINITE_TAGS
            or (token.xpos == "VB" and previous is not None and previous.xpos in _PLURAL_NOUN_TAGS)
            or (chinese and token.xpos in _CHINESE_PREDICATE_TAGS)
        ]

    @functools.cached_property
    def token_tags(self) -> tuple[list[int], list[str]]:
        """Where every token starts, and its universal part of speech, in order."""
        tokens = [(t.start, t.upos or "") for s in self.doc.sentences for t in s.tokens]
        return [start for start, _ in tokens], [upos for _, upos in tokens]

    def upos_from(self, position: int) -> str | None:
        """The part of speech of the first token that starts at or after ``position``."""
        starts, tags = self.token_tags
        at = bisect.bisect_left(starts, position)
        return tags[at] if at < len(tags) else None

    def has_verb(self, start: int, end: int) -> bool:
        """Whether a verb starts in ``start:end``."""
        at = bisect.bisect_left(self.verb_starts, start)
        return at < len(self.verb_starts) and self.verb_starts[at] < end

    def word_at(self, position: int) -> int:
        """The index of the first word that starts at or after ``position``."""
        return bisect.bisect_left(self.words, (position,))

    def lemma_at(self, position: int) -> str | None:
        """The lemma of the token that starts at ``position`` (None without one or without a lemma)."""
        if self._lemmas is None:
            self._lemmas = {t.start: t.lemma for s in self.doc.sentences for t in s.tokens if t.lemma}
        return self._lemmas.get(position)

    @functools.cached_property
    def minister_fields(self) -> list[tuple[int, str, str]]:
        """(start, field after, field before) of every minister named by field, in order: the words after
        `Minister of` (`Energy Almassadam Satkaliyev`: the field is a start of them) or before `Minister` (`Marat
        Karabayev Kazakh Industry and Infrastructure Development`: an end of them)."""
        return [
            (match.start(), match["after"] or match["genitive"] or "", match["before"] or match["lower"] or "")
            for match in _MINISTER_OF_FIELD.finditer(self.doc.text)
        ]

    def case_at(self, position: int) -> str | None:
        """The grammatical case of the token that starts at ``position`` (None in a language without cases)."""
        return self.feature_at("Case", position)

    def feature_at(self, name: str, position: int) -> str | None:
        """One morphological feature (`Case`, `Tense`) of the token that starts at ``position``, each feature's
        table built once per document."""
        table = self._features.get(name)
        if table is None:
            prefix = f"{name}="
            table = self._features[name] = {
                t.start: feature[len(prefix) :]
                for s in self.doc.sentences
                for t in s.tokens
                if t.feats
                for feature in t.feats.split("|")
                if feature.startswith(prefix)
            }
        return table.get(position)

    def persons_between(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.person_starts, start)
        last = bisect.bisect_left(self.person_starts, end)
        return self.persons[first:last]

    def sentence_start(self, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.doc.sentences[index].start if index >= 0 else 0

    def sentence_end(self, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.doc.sentences[index].end if index >= 0 else len(self.doc.text)

    def is_female(self, entity_id: str) -> bool:
        """Whether the person's name ends as a woman's does, in the entity's own normal form or any form
        the text names her by; a form ending as a man's settles it the other way (По словам Бауыржана
        Омарова: the genitive of Омаров ends like Омарова)."""
        return not self.is_male(entity_id) and any(
            form.endswith(_FEMALE_ENDINGS) or _given_name_gender(form) == "f" for form in self._forms(entity_id)
        )

    def is_male(self, entity_id: str) -> bool:
        """Whether a form of the person's name ends as a man's does (Омаров, 托卡耶夫), or begins with a man's
        given name."""
        return any(form.endswith(_MALE_ENDINGS) or _given_name_gender(form) == "m" for form in self._forms(entity_id))

    def _forms(self, entity_id: str) -> list[str]:
        """The entity's own normal form and every form the text names the person by."""
        return [entity_id.split(":")[-1], *self.surfaces.get(entity_id, ())]


def _given_name_gender(form: str) -> str | None:
    """The gender of the given name a full name begins with (Valentina Matviyenko: ``f``), if it is known."""
    parts = name_parts(form)
    return given_name_genders().get(parts[0].lower()) if len(parts) >= 2 else None


def _names_the_subject_after(doc: Document, name_end: int, end: int) -> bool:
    """Whether a title or pronoun stands alone after a name, apart from it, at the end of the words before a
    cue: it is the subject, the name belongs to a phrase before it (`После отчета акима Жениса Касымбека
    президент отметил`); `托卡耶夫总统` is one phrase (no space), `Касымбек, аким` is cut at the comma."""
    tail = doc.span(name_end, end)
    word = tail.strip().lower()
    if not tail[:1].isspace() or not word:
        return False
    return word in PRONOUNS or (len(word.split()) == 1 and _is_title(word)) or office_holder(word, doc.date) is not None


_POSSESSIVE_MARKS = ("'s ", "’s ", "的")
"""What follows a name that only owns the speaker phrase's head."""


_OF_BEFORE = re.compile(r"[ \t]of[ \t]+(?:the[ \t]+)?$")
"""`of` right before a name inside a speaker's words: the name is part of the body a title is of."""


def _speaker_mention(index: _Index, start: int, end: int) -> Mention | None:
    """The subject among the names before a cue: the first person (州长X在Y中心…上表示), else the last body
    (one that runs on past the phrase counts: a finder may cut `департамент комитета | по …` at a
    preposition the body's name holds)."""
    inside = index.inside(start, end)
    text = index.doc.text
    persons = [m for m in inside if m.label == "PER"]
    heads = [m for m in persons if not text.startswith(_POSSESSIVE_MARKS, m.end)]
    if len(heads) > 1 and _OF_BEFORE.search(text, start, heads[0].start):
        heads = heads[1:]  # `said President of Jas Qyran … League Berik Kaniyev`: a name inside the title's body
    if persons:  # `Kolyadin’s coach Anatoly Poiskovoy`, `托卡耶夫的顾问X`: the possessor does not speak
        return (heads or persons)[0]
    bodies = [
        m
        for m in index.starting(start, end)
        if m.label == "ORG"
        and ((rest := text[m.end : end].strip(" \t,.'’s»\"")) in ("", *PRESS_OFFICES) or _COMPANY_KIND.fullmatch(rest))
    ]
    if not bodies:
        return None
    unit = next(
        (m for m in inside if m.label == "ORG" and _UNIT_OF.fullmatch(text, m.end, bodies[-1].start)),
        None,
    )  # `the Bureau of National Statistics of the Agency for …`: the unit speaks, not the body it belongs to
    return unit or bodies[-1]  # a body speaks when it heads the phrase (not `A Kazakh court`)


_COMPANY_KIND = re.compile(rf"(?:national[ \t]+)?(?:{'|'.join(map(re.escape, _COMPANY_NOUNS))})", re.IGNORECASE)
"""What a company's name may be followed by in a speaker phrase (`According to Kazakhstan Temir Zholy company`,
`KTZ national company`): the company speaks."""
_UNIT_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
"""Between a unit's name and the body it belongs to, both named (`Committee for Emergency Situations of the Ministry
of Internal Affairs`)."""


def _heads_a_body(words: str) -> bool:
    """Whether the words before a body's name are a body noun that body owns (пресс-служба before Мажилиса,
    департамент before Министерства энергетики, the press service of before Akorda): the noun's body speaks,
    not the owner."""
    words = words.strip()
    if not re.search("[а-яё]", words.lower()):
        return bool(_OWNER_FOLLOWS.fullmatch(words))
    return len(words.split()) == 1 and _body_head(words) is not None


def _body_head(phrase: str) -> str | None:
    """The body noun heading a phrase: the stem its first word starts with in Cyrillic (пресс-службе ->
    служб, департамента -> департамент), a whole-word noun that ends the phrase or takes `of` in Latin (the
    press service of the city akimat, the city akimat's press service -> press service; not `police
    officers`); None for none."""
    lowered = phrase.lower()
    if re.search("[а-яё]", lowered):
        first = lowered.split()[0] if lowered.split() else ""
        return next((head for head in BODY_HEADS if first.startswith(head) or f"-{head}" in first), None)
    return next(
        (head for head in _LATIN_BODY_HEADS if re.search(rf"(?<![\w-]){re.escape(head)}(?:$|\s+of\s)", lowered)),
        None,
    )


def _last_body(
    index: _Index,
    position: int,
    head: str | None,
    end: str = "",
    known: bool = False,
    skip: frozenset[str] = frozenset(),
    fits: Callable[[str], bool] | None = None,
    in_credits: bool = True,
    outside: tuple[int, int] = (0, 0),
    where: Callable[[Mention], bool] | None = None,
) -> Mention | None:
    """The last body named before ``position`` with the given head (or, without one, whose name ends with
    ``end``, or whose name ``fits``); with ``known``, one the gazetteer recognised; none of the entities in
    ``skip``; without ``in_credits``, none a photo's credit names; none inside the span ``outside``; with ``where``,
    the last whose place in the text it accepts."""
    before = bisect.bisect_left(index.starts, position)
    for mention in reversed(index.mentions[max(0, before - _Index.LOOK_BACK_ITEMS) : before]):
        name = index.doc.span(mention.start, mention.end)
        if (known and mention.recogniser != "gazetteer") or mention.entity_id in skip or mention.label != "ORG":
            continue
        if outside[0] <= mention.start < outside[1]:
            continue
        if not in_credits and any(start <= mention.start < end for start, end in index.credits):
            continue
        if where is not None:
            matched = where(mention)
        elif fits is not None:
            matched = fits(name)
        else:
            matched = _body_head(name) == head if head is not None else name.endswith(end)
        if matched:
            return mention
    return None


_PRESS_SERVICE_OF = re.compile(r"\b(?:{})\s+of\s+(?:the\s+)?$".format("|".join(h for h in _PRESS_HEADS if h.isascii())))
"""`the press service of the`: the words before the body a press service speaks for."""


def _press_service_owner(index: _Index, position: int, quoted: tuple[int, int]) -> Mention | None:
    """The last body named as a press service's owner before ``position`` (`Kazinform cites the press service of
    the Ministry of Investment and Development`), outside the ``quoted`` words: what `the press service` says is
    that body's."""
    text = index.doc.text
    return _last_body(
        index,
        position,
        None,
        skip=NEWS_AGENCIES,
        outside=quoted,
        where=lambda mention: bool(_PRESS_SERVICE_OF.search(text, max(0, mention.start - 40), mention.start)),
    )


def _names_kind(name: str, ends: str, stems: tuple[str, ...]) -> bool:
    """Whether a body's name is of the kind a word pointing back names: it ends as given (该部: …部), and with
    ``stems``, a word of it starts with one (полиции: `ДП Шымкента`, `департаменте полиции`)."""
    return name.endswith(ends) and (not stems or any(word.lower().startswith(stems) for word in name.split()))


def _names_an_office(name: str) -> bool:
    """Whether a body's name is an office's (`Управление полиции города Семей`, `МЧС РК`): a body noun heads it
    or it is an abbreviation, which `ведомство` points back to before a facility or a company in guillemets
    (`коллектор «Мясокомбинат»`)."""
    return _body_head(name) is not None or (name.replace(" ", "").isupper() and len(name) <= _MOST_ABBREVIATION)


_MOST_ABBREVIATION = 12
"""Characters an abbreviated body's name has at most (МЧС РК, ДЧС ВКО)."""


_SHARED_STEM = 4
"""Letters a bare Russian noun and a word of a body's name must share at least, and all but its case ending
(центре ~ Центр: two letters at most), to be one word."""


def _shares_stem(noun: str, name: str) -> bool:
    """Whether a word of a body's name is the noun in another case (центре ~ Центре международных программ), or
    a compound's parts are its adjective and noun (нацмузея ~ Национального музея РК)."""
    noun = noun.lower()
    words = name.lower().split()
    prefix = next((prefix for prefix in COMPOUND_PREFIXES if noun.startswith(prefix)), None)
    if prefix is not None and len(noun) - len(prefix) >= _SHARED_STEM:
        rest, stem = noun[len(prefix) :], COMPOUND_PREFIXES[prefix]
        adjective = next((i for i, word in enumerate(words) if word.startswith(stem)), None)
        if adjective is not None and _shares_stem(rest, " ".join(words[adjective + 1 :])):
            return True
    return any(_common_letters(noun, word) >= max(_SHARED_STEM, len(noun) - 2, len(word) - 2) for word in words)


def _common_letters(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _names_a_company(name: str) -> bool:
    """Whether a body's name is a company's: a legal form or `Company` opens or closes it (`Passenger
    Transportation JSC`)."""
    words = name.split()
    return bool(words) and bool({words[0], words[-1]} & {*LEGAL_FORMS, "Company"})


_COMPANY_WORDS_ZH = tuple(word for word, part in BODY_WORDS_ZH.items() if part.english in ("Company", "Group"))
"""Chinese words that close a company's name (公司, 集团: ``pipeline/lang/zh/data/body_words.tsv``)."""


def _a_known_company(entity: GazetteerEntity) -> bool:
    """Whether a gazetteer body is a company: its English name shows a legal form or `Company`, or its Chinese name
    ends in a company's word (Tengizchevroil is 田吉兹雪佛龙公司)."""
    english, chinese = entity.names.get("en") or "", entity.names.get("zh") or ""
    return _names_a_company(english) or chinese.endswith(_COMPANY_WORDS_ZH)


def _body_that_spoke(earlier: list[Quote], fits: Callable[[Quote, str], bool]) -> str | None:
    """The last body among the recent speakers that ``fits`` (given the quote and the name in the body's id,
    empty for a gazetteer id): `в пресс-службе`, `旅游部门`, `ведомство` point back to a body that spoke."""
    for quote in reversed(earlier[-_Index.LOOK_BACK_ITEMS :]):
        entity = quote.speaker_entity_id or ""
        kind, _, rest = entity.partition(":")
        if kind == "org" and fits(quote, rest.partition(":")[2]):
            return entity
    return None


def _next_body(index: _Index, position: int, head: str) -> Mention | None:
    """The first body with the given head named after ``position`` in the same paragraph: `the national
    federation informed … President of the Kazakhstan Boxing Federation` names the federation it meant."""
    text = index.doc.text
    paragraph_end = text.find("\n", position)
    after = bisect.bisect_left(index.starts, position)
    for mention in index.mentions[after : after + _Index.LOOK_BACK_ITEMS]:
        if paragraph_end != -1 and mention.start > paragraph_end:
            return None
        if mention.label == "ORG" and _body_head(text[mention.start : mention.end]) == head:
            return mention
    return None


_REGIONAL_BODY = re.compile(r"regional\s+(?P<body>[a-z][a-z ]*)")
"""`the regional akimat`, `the regional domestic policy department`: the body of the region the article is about,
named as Kazakh English-language news names it (Akmola Region Akimat)."""


_BODY_OF_PLACE = re.compile(
    r"(?P<body>[a-z][a-z ]*?) of (?:the )?(?P<place>[A-Z][\w'’-]*) (?P<noun>region|city|district)"
    r"(?P<press>(?: press service)?)"
)
"""`education office of Kostanay region`: a body of a place written with its lower-case words first."""


def _place_first(name: str) -> str:
    """A body of a region, a city or a district named as Kazakh English-language news names it, the place first and
    its words capitalised (`education office of Kostanay region` -> Kostanay Region Education Office; its press
    service stays lower case); other names as written."""
    match = _BODY_OF_PLACE.fullmatch(name)
    if match is None:
        return name
    return f"{match['place']} {_capitalised(match['noun'])} {_capitalised(match['body'])}{match['press']}"


def _capitalised(words: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in words.split())


_CITY_OFFICE = re.compile(rf"(?:city|municipal)\s+(?:{'|'.join(map(re.escape, CITY_OFFICES))})", re.IGNORECASE)
"""`city akimat`, `municipal mayor's office` (``en/data/city_offices.tsv``): the akimat of the city named last."""
_PLACE_OWNED = re.compile(r"(?P<place>region|city|district)['’]s\s+(?P<body>.+)", re.IGNORECASE)
"""`the region's administration`: a body of the place the article is about, named by the place's noun."""


_NOUN_BEFORE_REACH = 12
"""How far before a place's name its noun may stand (`города Темиртау`)."""


@functools.lru_cache(maxsize=16)
def _noun_before(noun: str) -> re.Pattern[str]:
    """A place noun of that stem right before a name, in any case (`города ` before Темиртау)."""
    return re.compile(rf"(?<![\w-]){noun}[а-яё]*[ \t]+$", re.IGNORECASE)


def _last_region(
    index: _Index,
    position: int,
    regions: frozenset[str],
    noun: str = _REGION_STEM,
    centres: _RegionalCentres | None = None,
) -> str | None:
    """The last region named before ``position``, as written (Павлодарской области, Жетысуской области); with
    another ``noun`` stem, the last such place (район: Катон-Карагайского района). Where no region is named, the
    region whose centre the article names (`KOKSHETAU. KAZINFORM …, the regional … department`: Akmola region)."""
    before = bisect.bisect_left(index.starts, position)
    noun_before = _noun_before(noun)
    earlier = index.mentions[max(0, before - _Index.LOOK_BACK_ITEMS) : before]
    for mention in reversed(earlier):
        written = index.doc.span(mention.start, mention.end)
        words = written.split()
        if mention.label == "LOC" and (
            mention.entity_id in regions
            or (len(words) > 1 and words[-1].lower().startswith(noun))
            or noun_before.search(index.doc.text, max(0, mention.start - _NOUN_BEFORE_REACH), mention.start)
        ):
            return written  # a place no gazetteer knows is still one when its noun is written (after or before it)
    if centres is None or noun not in _REGION_NOUNS:
        return None
    for mention in reversed(earlier):
        region = centres.region_of(mention.entity_id or "", index.doc.date) if mention.label == "LOC" else None
        if region is not None:
            written = index.doc.span(mention.start, mention.end)
            return centres.written(region, cyrillic=re.search("[а-яё]", written.lower()) is not None)
    return None


_REGION_NOUNS = frozenset({_REGION_STEM, "region"})


class _RegionalCentres:
    """Kazakhstan's regional centres and their regions (``pipeline/data/regional_centres.tsv``), with the years each
    city was its region's centre, and the regions' names as a body's name takes them."""

    def __init__(self, gazetteer: dict[str, GazetteerEntity]) -> None:
        self.rows = [
            (row["city"], row["region"], row["from"], row["until"]) for row in common_table("regional_centres")
        ]
        self.cities = frozenset(city for city, *_ in self.rows)
        """Every city that is or was a regional centre."""
        self.names = {
            region: (entity.names.get("en"), _genitive_region(entity.names.get("ru")))
            for _, region, *_ in self.rows
            if (entity := gazetteer.get(region)) is not None
        }

    def region_of(self, city: str, date: dt.date | None) -> str | None:
        """The region whose centre ``city`` was on the date (now, without one)."""
        return next(
            (region for centre, region, start, end in self.rows if centre == city and _in_force(date, start, end)), None
        )

    def written(self, region: str, cyrillic: bool) -> str | None:
        """The region's name in English (Akmola region) or in the Russian genitive (Акмолинской области)."""
        english, genitive = self.names.get(region, (None, None))
        return genitive if cyrillic else english


def _genitive_region(russian: str | None) -> str | None:
    """A Russian region's name in the genitive (Акмолинская область -> Акмолинской области, область Абай -> области
    Абай), as a body's name takes it."""
    if not russian:
        return None
    return " ".join(
        "области" if word == "область" else word[:-2] + "ой" if word.endswith("ая") else word
        for word in russian.split()
    )


def _describing_noun_phrase(lowered: str) -> bool:
    """Whether a speaker's phrase (lower case, its determiner taken off) is a noun describing a person by what they
    do, perhaps after up to three words that qualify it (`boxer`, `kazakh chess player`, `young kazakh boxer`)."""
    words = lowered.split()
    return any(
        " ".join(words[index:]) in DESCRIBING_NOUNS and all(word.isalpha() for word in words[:index])
        for index in range(min(len(words), _MOST_QUALIFIERS + 1))
    )


_MOST_QUALIFIERS = 3
"""Words a describing noun may have before it (`the young Kazakh chess player`)."""


def _last_han_place(index: _Index, position: int, noun: str) -> str | None:
    """The last place named before ``position`` with the Chinese place noun ``noun`` (州, 市), as written
    (克孜勒奥尔达州): what `州政府` alone stands for; in an article cut before the place is named, the first one
    named after."""
    before = bisect.bisect_left(index.starts, position)
    earlier = reversed(index.mentions[max(0, before - _Index.LOOK_BACK_ITEMS) : before])
    for mention in itertools.chain(earlier, index.mentions[before : before + _Index.LOOK_BACK_ITEMS]):
        written = index.doc.span(mention.start, mention.end)
        if mention.label == "LOC" and len(written) > len(noun) and written.endswith(noun):
            return written
    return None


def _place_before_last(index: _Index, position: int, word: str) -> Mention | None:
    """The place written right before the last ``word`` before ``position`` (蒙古国 in 蒙古国政府), if any: whose body
    that word names when it stands alone later."""
    text = index.doc.text
    at = text.rfind(word, max(0, position - index.LOOK_BACK_CHARS), position)
    if at < 0:
        return None
    return _mention_ending_at(index, at)


def _mention_ending_at(index: _Index, position: int, label: str = "LOC") -> Mention | None:
    """The mention of ``label`` that ends right at ``position`` (蒙古国 before 政府, 哈萨克斯坦 before 总统), if any."""
    return next(
        (m for m in index.inside(max(0, position - 40), position) if m.label == label and m.end == position), None
    )


def _last_mention(
    index: _Index, start: int, end: int, labels: tuple[str, ...], earlier: list[Quote] | None = None
) -> Mention | None:
    """The last mention of one of ``labels`` between ``start`` and ``end``; with ``earlier``, outside their words."""
    inside = [
        m for m in index.inside(start, end) if m.label in labels and not (earlier and _in_quotes(m.start, earlier))
    ]
    return inside[-1] if inside else None


_LEADING_DETERMINER = re.compile(r"^(the|this|that)\s+")
"""A determiner opening a speaker's phrase, which office phrases and titles are written without."""
_HOME_PEOPLES = DEMONYMS & frozenset(word for phrase in OFFICE_PHRASES for word in phrase.split())
"""The peoples' adjectives the office phrases use (kazakh president): the home country's."""


_PEOPLE_ADJECTIVES = {
    stem: named for language in languages().values() for stem, named in language.people_adjectives.items()
}
"""Stems of peoples' adjectives of the inflected languages (узбекск) -> (the country's stem, home?)."""
_ADJECTIVE_ENDING = re.compile(r"[а-яё]{1,3}")
"""What follows an adjective's stem in its case forms (узбекск|ого, российск|ий)."""


def _inflected_peoples(phrase: str) -> list[tuple[str, str, bool]]:
    """The peoples' adjectives of a Russian phrase: (adjective stem, country stem, home?) of each word that is one
    (`узбекского лидера` -> узбекск, узбекистан)."""
    found = []
    for word in re.findall(r"[\w-]+", phrase.lower()):
        for stem, (country, home) in _PEOPLE_ADJECTIVES.items():
            if word.startswith(stem) and _ADJECTIVE_ENDING.fullmatch(word, len(stem)):
                found.append((stem, country, home))
    return found


def _foreign_people(phrase: str) -> bool:
    """Whether a title names another country's people (`the Uzbek President`, `узбекского лидера`), so it is no
    Kazakh office."""
    peoples = set(re.findall(r"[\w-]+", phrase.lower())) & DEMONYMS
    inflected = _inflected_peoples(phrase)
    if inflected:
        return not any(home for _, _, home in inflected)
    return bool(peoples) and not peoples & _HOME_PEOPLES


def _person_of_people(index: _Index, phrase: str, position: int) -> str | None:
    """`the Uzbek minister` after `his Uzbek counterpart Bakhtiyor Saidov`: the last person before
    ``position`` whose name follows the people's adjective the phrase gives (within a few words); in Russian also
    its country's name (`По словам узбекского лидера` after `Президентом Узбекистана Шавкатом Мирзиёевым`)."""
    peoples = set(re.findall(r"[\w-]+", phrase.lower())) & DEMONYMS
    patterns = [rf"(?<![\w-]){re.escape(people)}(?![\w-])" for people in peoples]
    patterns += [
        rf"(?<![\w-]){re.escape(part)}"
        for stem, country, home in _inflected_peoples(phrase)
        if not home
        for part in (stem, country)
    ]
    if not patterns:
        return None
    text = index.doc.text
    before = bisect.bisect_left(index.person_starts, position)
    earlier = reversed(index.persons[max(0, before - _Index.LOOK_BACK_ITEMS) : before])
    # an article's first words may name them so before it names them (`По словам американского лидера, … Президент
    # США Дональд Трамп заявил`): the first so named after, when no one before is
    later = index.persons[before : before + _Index.LOOK_BACK_ITEMS] if before == 0 or _in_lead(index, position) else []
    for person in itertools.chain(earlier, later):
        window = _description_before(text[max(0, person.start - _PEOPLE_WINDOW) : person.start]).lower()
        if any(re.search(pattern, window) for pattern in patterns):
            return person.entity_id
    return None


def _in_lead(index: _Index, position: int) -> bool:
    """Whether ``position`` is in the article's first paragraph (its lead)."""
    lead = index.lead
    return lead is not None and lead.start <= position < lead.end


_ENVOY = re.compile(r"[ \t]*驻")
"""`印尼驻哈大使`: the country before 驻 sends the one the phrase names."""


def _envoy_country(index: _Index, start: int, end: int) -> str | None:
    """The country a Chinese phrase names as sending its envoy (`印尼驻哈大使`: Indonesia), unless it is home's."""
    first = next((m for m in index.inside(start, end) if m.start == start), None)
    if first is None or first.label != "LOC" or first.entity_id in (None, HOME_COUNTRY):
        return None
    return first.entity_id if _ENVOY.match(index.doc.text, first.end, end) else None


def _person_after_place(index: _Index, place: str, position: int) -> str | None:
    """The last person before ``position`` whose name follows a mention of ``place`` within a title's length, with
    no other name between (`印尼驻哈大使X` before `大使表示`)."""
    before = bisect.bisect_left(index.person_starts, position)
    for person in reversed(index.persons[max(0, before - _Index.LOOK_BACK_ITEMS) : before]):
        around = list(index.inside(max(0, person.start - _ENVOY_TITLE_CHARS), person.start))
        last = max((m for m in around if m.label in ("PER", "LOC")), key=lambda m: m.end, default=None)
        if last is not None and last.entity_id == place:
            return person.entity_id
        sender = next((m for m in around if m.entity_id == place and _ENVOY.match(index.doc.text, m.end)), None)
        if sender is not None and not any(m.label == "PER" and m.start > sender.start for m in around):
            return person.entity_id  # `土耳其驻哈萨克斯坦特命全权大使X`: the host country stands between
    return None


_ENVOY_TITLE_CHARS = 20
"""How far before a name the envoy's country may stand (`印尼驻哈萨克斯坦大使`, `土耳其驻哈萨克斯坦特命全权大使`)."""


_PEOPLE_WINDOW = 40
"""How many characters before a name its people's adjective may stand (`Kazakh Foreign Minister `)."""


_TITLE_NEAR = 31
"""How far after a Latin title its holder's name may begin with any words between."""
_TITLE_REACH = 80
"""How far after a Latin title its holder's name may begin when only the title's complement stands between."""
_NEXT_IN_LIST = re.compile(r",\s+(?:and|и)\s+$")
"""A comma and `and` right before a name: the name opens the next item of a list, after the title's holder."""
_TITLE_COMPLEMENT = re.compile(
    r"\s+(?:of(?:\s+(?:of|and|the|for|[A-Z][\w-]*,?))+|(?:[а-яё-]+,?\s+)+(?:[А-ЯЁа-яё-]+\s+)*[А-ЯЁа-яё-]+)\s+"
)
"""What may stand between a title and its holder further off: the title's complement (`Minister of Ecology,
Geology and Natural Resources of Kazakhstan Serikkali Brekeshev`, `министр труда и социальной защиты населения
Светлана Жакупова`, `министр национальной экономики Республики Казахстан Серик Жумангарин`: in Russian, words that
open in lower case)."""


def _apposed_person(index: _Index, phrase: str, position: int, earlier: Sequence[Quote] = ()) -> str | None:
    """The person a title was given to: `州长努尔达乌列特·科伊勒拜`, `Marshal of the Senate Stanisław
    Karczewski`; the nearest such before ``position``, else the first after it (a title used before the
    article names its holder); never a title given inside someone's quoted words (`—我曾与前外交部长穆拉特·努尔特列吾
    一同访问蒙古国…-萨帕若夫说道。部长强调`: Saparov's words name the foreign minister, who is not the one speaking)."""
    quoted = [(quote.start, quote.end) for quote in earlier[-_Index.LOOK_BACK_ITEMS :]]
    words = re.findall(r"[\w-]+", phrase)
    head = words[-1] if words else ""
    han = has_han(head)
    text = index.doc.text
    if han and (ending := _han_title_ending(head)) and ending != head:
        # `外交部副部长宣布` after `外交部副部长X` and `交通部副部长Y`: the one given the whole title, before the
        # nearest holder of the title it ends with
        whole = _title_pattern(head).finditer(text, max(0, position - index.LOOK_BACK_CHARS), position)
        given = [
            person
            for match in whole
            if not any(a <= match.start() < b for a, b in quoted)
            and (person := _touching_person(index, match.start(), match.end()))
        ]
        if given:
            return given[-1]
    country = ""  # `哈副外长`: the country the short title is written with
    if han:  # `中国人大委员长`: the title the phrase ends with, given to its holder as `委员长赵乐际`
        ending = _han_title_ending(head)
        country = head[: -len(ending)] if ending else ""
        head = ending or head
    if not head:
        return None
    pattern = _title_pattern(head)

    def holder(match: re.Match[str]) -> str | None:
        if any(a <= match.start() < b for a, b in quoted):
            return None
        if han and country and match.group() != head:
            # `哈副外长` written out: only `外交部副部长` given after that country (哈萨克斯坦), not after 乌兹别克斯坦
            before = [
                m
                for m in index.inside(max(0, match.start() - 40), match.end())
                if m.label in ("LOC", "ORG") and m.start < match.start() <= m.end
            ]  # the country, or its body the title runs into (哈萨克斯坦外交部|副部长)
            if not before or not text[before[-1].start : before[-1].end].startswith(country):
                return None
        if han:  # 州长努尔达乌列特·科伊勒拜, 托卡耶夫总统: a Chinese title touches its holder's name
            return _touching_person(index, match.start(), match.end())
        for person in index.persons_between(match.end(), match.end() + _TITLE_REACH):
            between = text[match.end() : person.start]
            if re.search(r"[。.;；!?！？\n]", between) or index.has_verb(match.end(), person.start):
                continue  # `The President emphasized Demeu Zhadrayev's participation`: an object, no holder; a
                # headline's title and the byline under it (`…, Kazakh President` / `Zhanna Nurmaganbetova`) neither
            if _NEXT_IN_LIST.search(between):
                continue  # `X, Chairman of the Senate, and Y, Ambassador …`: the next person of a list, not the holder
            if len(between) <= _TITLE_NEAR or _TITLE_COMPLEMENT.fullmatch(between):
                return person.entity_id
        return None

    found = subject = same_case = None
    inflected = bool(re.search("[а-яё]", head.lower()))
    for match in pattern.finditer(text, max(0, position - index.LOOK_BACK_CHARS), position):
        person = holder(match)
        found = person or found
        if person and inflected and match.group().lower() == head.lower():
            same_case = person  # `Президент выразил` after `Президент X …, поприветствовал Президента Y`: the subject
        named = _touching_mention(index, match.start(), match.end()) if person and han else None
        opening = _home_country_start(index, min(match.start(), named.start)) if named is not None else 0
        if named is not None and _OPENS_SENTENCE.search(text, max(0, opening - 60), opening):
            subject = person  # `托卡耶夫总统向…及总统谢尔达尔…致以祝贺。总统强调`: the subject goes on
    found = subject or same_case or found
    if found is None:
        # `В завершение Президент сообщил …` before `Президентом США Дональдом Трампом`: a title that alone names a
        # national office someone holds on the date is not a foreign holder named later
        national = _names_a_held_office(head, index.doc.date)
        for match in pattern.finditer(text, position, min(len(text), position + index.LOOK_BACK_CHARS)):
            found = holder(match)
            if found and national and not index.may_hold(found, head, head.lower()):
                found = None
            if found:
                break
    return found


def _introduced_person(index: _Index, start: int, end: int, exact: bool = False) -> str | None:
    """The person the article introduced, before ``start``, with the description that ``start:end`` speaks
    by, compared word by word through lemmas, so in any case form (`Главный государственный санитарный врач
    Сархат Бейсенова рассказала …`, then `— добавила главный государственный санитарный врач` or `по словам
    главного … врача`): the nearest such apposition; a description of two words or more only. Unless ``exact``,
    a description found nowhere whole is looked for by its head noun."""
    words = [word for _, word_end, word in index.words[index.word_at(start) : index.word_at(end)] if word_end <= end]
    if words and words[0] in ("the", "this"):
        words = words[1:]
    if len(words) < 2 or has_han(index.doc.text[start:end]) or _body_head(index.doc.text[start:end]) is not None:
        return None  # `the president's press service`: a body speaks, not the person who owns it
    described = _described_before(index, start, words)
    if described is None and not exact:
        # `заявил 21-летний казахстанский фигурист из Алматы` after `фигурист Михаил Шайдоров`
        head = _head_noun(index.doc, start, end)
        described = _described_before(index, start, [head]) if head else None
    return described


def _head_noun(doc: Document, start: int, end: int) -> str | None:
    """The lemma of the first noun of a description (`21-летний казахстанский фигурист из Алматы` ->
    фигурист), lower case; None without one."""
    for sentence in doc.sentences:
        if sentence.start >= end:
            break
        for token in sentence.tokens:
            if start <= token.start and token.end <= end and token.upos in ("NOUN", "PROPN"):
                if token.upos == "PROPN":
                    return None  # a name comes first: the description is no common noun phrase
                return (token.lemma or doc.span(token.start, token.end)).lower()
    return None


def _described_before(index: _Index, start: int, words: list[str]) -> str | None:
    """The person named right after the last place before ``start`` where ``words`` (lemmas) stand in a row, or
    right before it with a comma between (`Vasil Shaikhraziyev, Deputy Prime Minister of Tatarstan`)."""
    before = index.words[index.word_at(max(0, start - index.LOOK_BACK_CHARS)) : index.word_at(start)]
    text = index.doc.text
    for first in range(len(before) - len(words), -1, -1):
        if [word for _, _, word in before[first : first + len(words)]] != words:
            continue
        described_start, described_end = before[first][0], before[first + len(words) - 1][1]
        for person in index.persons_between(described_end, described_end + _DESCRIPTION_GOES_ON):
            gap = text[described_end : person.start]
            if not gap.strip(" ,"):
                return person.entity_id
            if not _DESCRIPTION_BREAK.search(gap) and not index.has_verb(described_end, person.start):
                return person.entity_id  # `заместитель председателя Комитета` of the Committee's whole name
        apposed = index.persons_between(max(0, described_start - _NAME_REACH), described_start)
        if apposed and _APPOSITION_COMMA.fullmatch(text, apposed[-1].end, described_start):
            return apposed[-1].entity_id
    return None


_NAME_REACH = 100
"""How far before a description set after a name that name may start (`X, Deputy Prime Minister`)."""
_APPOSITION_COMMA = re.compile(r"[ \t]*,[ \t]*")
"""What stands between a name and a description set after it: a comma."""


_DESCRIPTION_GOES_ON = 80
"""How far a description may run on before its holder's name (`Заместитель председателя Комитета по делам спорта
и физической культуры Нурлан Есембаев`, later `заместитель председателя Комитета`)."""
_DESCRIPTION_BREAK = re.compile(r"[.,;:!?()«»\"“”—–\n]|\s-\s")
"""What a description does not run on over to a name: punctuation between clauses or around a quotation, or a line's
end (a headline's `глава Минздрава` and the byline under it); nor a verb: `врач встретилась с Анной Ивановой`
introduces no one."""


def _touching_person(index: _Index, start: int, end: int) -> str | None:
    """The person whose name ends where a Chinese title begins (托卡耶夫总统) or begins where it ends
    (州长努尔达乌列特), spaces aside: `总统特别赞扬了该州州长X` gives the president no name, X is the governor."""
    mention = _touching_mention(index, start, end)
    return mention.entity_id if mention is not None else None


def _touching_mention(index: _Index, start: int, end: int) -> Mention | None:
    """The mention of :func:`_touching_person`."""
    text = index.doc.text
    after = bisect.bisect_left(index.person_starts, end)
    if after < len(index.persons) and not text[end : index.persons[after].start].strip():
        return index.persons[after]
    before = bisect.bisect_left(index.person_starts, start)
    for person in reversed(index.persons[max(0, before - 2) : before]):
        if person.end <= start and not text[person.end : start].strip():
            return person
    return None


def _home_country_start(index: _Index, position: int) -> int:
    """Where the home country begins when it stands right before a title (`哈萨克斯坦总统X`): a sentence that opens with
    it opens with the title's holder; ``position`` itself otherwise, so that a foreign leader opening one
    (`俄罗斯总统普京与哈萨克斯坦总统…会谈`) does not take a bare 总统 from the home one."""
    country = _mention_ending_at(index, position)
    return country.start if country is not None and country.entity_id == HOME_COUNTRY else position


def _names_a_held_office(title: str, date: dt.date | None) -> bool:
    """Whether a bare title alone names a national office that someone holds on the date (`Президент`, 总统; not
    `Министр`, a title of many)."""
    return any(_holder_of(office, date) for office in _offices_titled(title.lower(), heading=True))


_OPENS_SENTENCE = re.compile(r"(?:^|[。！？\n])(?:\s|（[^）]{0,30}）|\([^)]{0,30}\))*$")
"""Only spaces and a bracketed dateline between a sentence's start and this point: what follows is its subject."""


@functools.lru_cache(maxsize=256)
def _title_base(head: str) -> str:
    """A title in its dictionary form, lower case (министра -> министр); the word itself when no title is."""
    lowered = head.lower()
    return next(
        (
            t
            for t in sorted(PERSON_TITLES, key=len, reverse=True)
            if lowered.startswith(t) and lowered[len(t) :] in _TITLE_ENDINGS
        ),
        lowered,
    )


@functools.lru_cache(maxsize=256)
def _title_pattern(head: str) -> re.Pattern[str]:
    """Where a title is given in the text, in any case form (министра -> Министр энергетики …), as a whole
    word in alphabetic scripts (a vice-minister is not the minister)."""
    base = _title_base(head)
    if has_han(base):  # 副外长 is given as itself or written out: 外交部副部长罗曼·瓦西里恩科
        forms = sorted((base, *TITLES_WRITTEN_OUT.get(base, ())), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, forms)))
    endings = "|".join(re.escape(e) for e in sorted(_TITLE_ENDINGS, key=len, reverse=True) if e)
    return re.compile(rf"(?<![\w-]){re.escape(base)}(?:{endings})?(?![\w-])", re.IGNORECASE)


def _named_office_holder(index: _Index, title: str, words: tuple[int, int], named: bool = True) -> str | None:
    """The holder, on the article's date, of an office whose phrases hold a bare title (`президент` in
    `президент казахстана`, 总统 in 哈萨克斯坦总统), when the article names that person: `Затем президент
    заявил` after `Касым-Жомарт Токаев дал поручения` is Tokayev, not the last name before it; without a date, a
    past holder the article names around the ``words`` (`ответил Президент` … Назарбаев). With ``named`` false,
    also when it does not: a national agency's bare `总统` with no other president in reach is its own."""
    if not title:
        return None
    # `Глава региона` is in no phrase: no head of state; `the minister` heads none: not the Prime Minister
    for office in _offices_titled(title, heading=True):
        holder = _holder_of(office, index.doc.date)
        if holder is not None and (holder in index.surfaces or not named):
            return holder
        if index.doc.date is None and (past := _undated_holder(index, office, *words)) is not None:
            return past
    return None


_WORD = re.compile(r"[\w-]+")


def _part_of_phrases(head: str, offices: set[str]) -> bool:
    """Whether a title is written as a word of a phrase naming one of the offices (президент in `президент
    казахстана`); not inside a hyphened word: a bare `министр` is no `премьер-министр`."""
    title = _title_pattern(head)
    return any(title.search(phrase) for phrase, office in OFFICE_PHRASES.items() if office in offices)


@functools.lru_cache(maxsize=256)
def _offices_titled(title: str, heading: bool = False) -> tuple[str, ...]:
    """Offices one of whose phrases has ``title`` as a word or words (`prime minister` in `kazakh prime minister`;
    a Chinese phrase: ends with it). With ``heading``, only phrases the title heads, nothing but a people's
    adjective before it (`president` in `president of kazakhstan`, `kazakh president`; not `minister` in `prime
    minister`): the offices a bare title names on its own."""
    found = []
    size = len(title.split())
    for phrase, office in OFFICE_PHRASES.items():
        if has_han(title):
            named = phrase.endswith(title)
        else:
            words = _WORD.findall(phrase)
            starts = [at for at in range(len(words) - size + 1) if " ".join(words[at : at + size]) == title]
            named = any(not heading or all(word in DEMONYMS for word in words[:at]) for at in starts)
        if named and office not in found:
            found.append(office)
    return tuple(found)


def _untitled(index: _Index, entity_id: str | None, head: str, title: str) -> str | None:
    """The person, if they may be the one the title names (:meth:`_Index.may_hold`)."""
    return entity_id if entity_id is not None and index.may_hold(entity_id, head, title) else None


def _next_person(index: _Index, position: int, gender: str | None = None) -> str | None:
    """The first person named after ``position`` of the pronoun's gender, if one is given: a title used before the
    article names its holder, a pronoun opening an article that names nobody before it."""
    after = bisect.bisect_left(index.person_starts, position)
    for mention in index.persons[after : after + _Index.LOOK_BACK_ITEMS]:
        if mention.entity_id and _of_gender(index, mention.entity_id, gender):
            return mention.entity_id
    return None


def _of_gender(index: _Index, entity_id: str, gender: str | None) -> bool:
    """Whether a pronoun of ``gender`` (``f``, ``m``, or None for either) may stand for the person."""
    return gender is None or (gender == "f") == index.is_female(entity_id)


_PAST_GENDER = re.compile(r"[а-яё]+(?:(?P<m>л|лся)|(?P<f>ла|лась))", re.IGNORECASE)


def _cue_gender(cue: str | None) -> str | None:
    """The gender a Russian verb of saying in the past gives its subject (`заверил` a man, `отметила` a woman), as
    the finder read the cue; None for any other cue (`по словам`, `said`, `表示`)."""
    past = _PAST_GENDER.fullmatch(cue or "")
    if past is None:
        return None
    return "m" if past.group("m") else "f"


def _may_be_of_gender(index: _Index, entity_id: str, gender: str | None) -> bool:
    """Whether nothing in the person's name says another gender than the pronoun's: the subject of the sentence before
    a pronoun is its antecedent unless the name says otherwise (`杰伦·居文·居雷斯…给予肯定。她表示`: a name that ends
    as neither a woman's nor a man's, not the woman named before her)."""
    if gender is None:
        return True
    return not index.is_male(entity_id) if gender == "f" else not index.is_female(entity_id)


_BEFORE_A_SPEAKER = " \t\n,，:：—–-\"'“”‘’«»「」"
_SENTENCE_MARKS = "。.!！?？"
"""Marks that may stand between a quotation and the pronoun after it (`"…," he said`, `«…», — сказал он`)."""
_INSERTED_SOURCE_BEFORE = re.compile(r"[,，][ \t]*(?:in|according to|по)[ \t]*$", re.IGNORECASE)
"""The words of a source set off inside a sentence before its pronoun (`…, in his words, …`, `…, according to him,
…`, `…, по его словам, …`): the pronoun stands for the subject before as one opening the sentence does."""
_UNNAMED_HOLDER = "holder:unnamed"
"""What ``_previous_title`` finds for a pronoun after a sentence opened by a Chinese title or office whose holder the
article does not name (a body's office, `欧安组织议会大会主席`; a deputy, `副外长`): the pronoun stands for that unnamed
holder, not for the nearest person named."""
_PRONOUN_OPENING_WORDS = 2
"""How many words may stand before a pronoun that opens its sentence (`According to him`)."""
_TITLE_OPENING_WORDS = 6
"""How many words a title that opens the sentence before may run to (`The Minister of Energy`)."""


def _sentence_before(index: _Index, sentence_start: int) -> int | None:
    """Where the sentence before the one starting at ``sentence_start`` starts, which may close the paragraph
    before; None when there is none or it runs over a line break of its own (a title line and the text after)."""
    previous_start = index.sentence_start(sentence_start - 1)
    if previous_start >= sentence_start or "\n" in index.doc.text[previous_start:sentence_start].rstrip():
        return None
    return previous_start


_SENTENCES_BACK = 3
"""How many sentences back a pronoun's antecedent may open one, over sentences that name nobody."""


def _sentences_before(index: _Index, sentence_start: int) -> Iterator[tuple[int, int]]:
    """The sentences before one, nearest first, as (start, end), while the ones passed over name no person and
    open with no title: `The Governor reported … Special attention was given to … According to him` points over
    the sentence that names nobody to the governor."""
    end = sentence_start
    for _ in range(_SENTENCES_BACK):
        start = _sentence_before(index, end)
        if start is None:
            return
        yield start, end
        if index.persons_between(start, end) or _opening_title_end(index, start, end) is not None:
            return
        end = start


def _opens_a_body(index: _Index, start: int, end: int) -> bool:
    """Whether an organisation's name begins at ``start`` and runs on past ``end`` (总统|办公厅)."""
    return any(m.label == "ORG" and m.start == start and m.end > end for m in index.starting(start, start + 1))


def _opening_title_end(index: _Index, start: int, end: int) -> int | None:
    """Where the title that opens a sentence ends (`The Akim`, `The Minister of Energy`), when it opens with one
    and names nobody in it; once per sentence (each pronoun's look-back asks of the same sentences)."""
    if (start, end) not in index.title_ends:
        index.title_ends[start, end] = _title_end_in(index, start, end)
    return index.title_ends[start, end]


def _title_end_in(index: _Index, start: int, end: int) -> int | None:
    text = index.doc.text
    opening = len(text[start:end]) - len(text[start:end].lstrip())
    han_title = next((title for title in _HAN_TITLES if text.startswith(title, start + opening)), None)
    if han_title is not None and _opens_a_body(index, start + opening, start + opening + len(han_title)):
        return None  # `总统办公厅相关负责人证实`: the title begins a body's name, no one's title
    if han_title is not None:  # `市长表示，…`: a Chinese sentence opened by a title alone
        return start + opening + len(han_title)
    han_office = next((phrase for phrase in _HAN_OFFICE_PHRASES if text.startswith(phrase, start + opening)), None)
    if han_office is not None:  # `国家元首指出，…`: or by an office's phrase
        return start + opening + len(han_office)
    body_title = _body_title_end(index, start + opening)
    if body_title is not None:  # `欧安组织议会大会主席对…表示支持`: or by a named body's office
        return body_title
    words = list(re.finditer(r"\S+", text[start:end]))[:_TITLE_OPENING_WORDS]
    for word in reversed(words):
        phrase_end = start + word.end()
        phrase = text[start:phrase_end]
        lowered = _LEADING_DETERMINER.sub("", phrase.lower())
        head = _title_head(phrase)
        opens = _TITLE_AT_END.fullmatch(lowered) or (head and _is_title(head) and lowered.startswith(head))
        named = index.persons_between(start, phrase_end)
        # `The Head of State`, not `The Head of State noted that`: no comma, name or verb inside
        if opens and not re.search(r"[,;:]", phrase) and not named and not index.has_verb(start, phrase_end):
            return phrase_end
    return None


def _body_title_end(index: _Index, position: int, known: bool = True) -> int | None:
    """Where a Chinese body's name and a title right after it end when they open a sentence with no name after the
    title (`欧安组织议会大会主席对…`: the assembly's president, whoever holds the office); None otherwise, and for a
    body the gazetteer knows unless ``known``."""
    text = index.doc.text
    found = bisect.bisect_left(index.starts, position)
    body = index.mentions[found] if found < len(index.mentions) else None
    if body is None or body.start != position or body.label != "ORG" or not has_han(text[body.start : body.end]):
        return None
    if not known and not (body.entity_id or "").startswith("org:zh:"):
        return None
    title = next((title for title in _HAN_TITLES if text.startswith(title, body.end)), None)
    if title is None or index.persons_between(body.end, body.end + len(title) + 1):
        return None
    return body.end + len(title)


def _deputy_title(phrase: str) -> bool:
    """Whether a title is a deputy's (副部长, `вице-министр`, `заместитель министра`, `Deputy Minister`): the office
    its first title names (the ``office`` column of ``titles.tsv``)."""
    if has_han(phrase):
        return _HAN_DEPUTY in phrase
    return _title_office(_title_head(phrase), phrase) in _DEPUTY_OFFICES


def _local_level(phrase: str, head: str) -> str | None:
    """The level of place a local title's phrase heads (region, city, any), a place noun in it deciding for `аким`
    (`аким области`, `аким города`); None for no local title."""
    level = LOCAL_TITLES.get(head.lower())
    if level is None and has_han(phrase):
        level = next((LOCAL_TITLES[title] for title in _HAN_LOCAL_TITLES if phrase.endswith(title)), None)
    if level is None:
        return None
    written = next((at for at, words in _PLACE_LEVEL_WORDS.items() if words.search(phrase)), None)
    if written == "district":
        return None
    return (written or level) if level == "any" else level


def _latter_named(index: _Index, sentence_start: int) -> str | None:
    """The person named last before the sentence before this one, when that sentence opens with `the latter`
    and names nobody."""
    previous_start = _sentence_before(index, sentence_start)
    if previous_start is None:
        return None
    opening = index.doc.text[previous_start:sentence_start].lstrip().lower()
    if not opening.startswith(LATTER_WORDS) or index.persons_between(previous_start, sentence_start):
        return None
    before = index.persons_between(max(0, previous_start - _Index.LOOK_BACK_CHARS), previous_start)
    return before[-1].entity_id if before else None


_BY_AGENT = re.compile(r"[ \t]+by(?![\w-])", re.IGNORECASE)
"""`by` after a verb of receiving: the passive, whose agent after it is the host."""


def _received_guest(index: _Index, sentence_start: int) -> str | None:
    """The guest received in the sentence before this one (`X received Y.`): the first person named after the verb
    of receiving; None when there is none, or this sentence names the guest again (`He thanked Y`: the host)."""
    previous_start = _sentence_before(index, sentence_start)
    if previous_start is None or _RECEIVED is None:
        return None
    received = _RECEIVED.search(index.doc.text, previous_start, sentence_start)
    if received is not None and _BY_AGENT.match(index.doc.text, received.end()):
        return None  # `Y will be received by President X`: the one named after the verb is the host, no guest
    guests = index.persons_between(received.end(), sentence_start) if received else []
    if not guests or not guests[0].entity_id:
        return None
    this_end = index.sentence_end(sentence_start)
    again = any(m.entity_id == guests[0].entity_id for m in index.persons_between(sentence_start, this_end))
    return None if again else guests[0].entity_id


def _office_named_between(index: _Index, start: int, end: int) -> bool:
    """Whether an office phrase (`the Head of State`, `国家元首`) is written between ``start`` and ``end``."""
    found = bisect.bisect_left(index.office_starts, start)
    return found < len(index.office_starts) and index.office_starts[found] < end


def _previous_subject(index: _Index, quote: Quote, gender: str | None, earlier: list[Quote]) -> str | None:
    """The person who opens the sentence before when a pronoun opens this one or follows
    its quotation (`世界气象组织主席阿尔·曼杜斯对…表示感谢…。他同时强调` : 阿尔·曼杜斯, though another spoke before him;
    `Ibragim Magomadov claimed gold. "…," he said`): the subject
    named before any verb, of the pronoun's gender, outside quoted words."""
    if quote.speaker_start is None:
        return None
    text = index.doc.text
    this_start = index.sentence_start(quote.speaker_start)
    before = text[this_start : quote.speaker_start]
    if this_start <= quote.start and quote.end <= quote.speaker_start:  # `"…," he said`: the words come first
        before = text[this_start : quote.start] + text[quote.end : quote.speaker_start]
    elif quote.start < this_start and quote.end <= quote.speaker_start:  # `«A. B. C,» he said`: over sentences
        this_start = index.sentence_start(quote.start)
        before = text[this_start : quote.start] + text[quote.end : quote.speaker_start]
    inserted = _INSERTED_SOURCE_BEFORE.search(before)  # `Of the total volume, in his words, …`: as if it opened
    if inserted is not None:
        before = before[: inserted.start()]
    if (len(before.strip(_BEFORE_A_SPEAKER).split()) > _PRONOUN_OPENING_WORDS and inserted is None) or this_start == 0:
        return None  # the pronoun does not open its sentence (`In his words`, `По его словам` do)
    between = text[quote.end : quote.speaker_start]
    if quote.end <= quote.speaker_start and not between.strip(_BEFORE_A_SPEAKER + _SENTENCE_MARKS):
        this_start = min(this_start, index.sentence_start(quote.start))  # `—A。B。-他说。`: back from before the words
    latter = _latter_named(index, this_start)
    if latter is not None:  # `… received Y. The latter reported …. He told …`: Y
        return latter if _of_gender(index, latter, gender) else None
    guest = _received_guest(index, this_start)
    if guest is not None:  # `Tokayev received Majilis Speaker Yerlan Koshanov. According to him, …`: the guest
        return guest if _of_gender(index, guest, gender) else None
    named = next(
        (
            (start, persons)
            for start, end in _sentences_before(index, this_start)
            if not index.describes_a_photo(start)
            and (
                (persons := index.persons_between(start, end))
                or _office_named_between(index, start, end)
                or _opening_title_end(index, start, end) is not None
            )
        ),
        None,
    )
    if named is None or not named[1]:
        return None  # none, or the sentence before names an office and no one (`Having heard the report, the Kazakh
        # President pointed out …. He believes …`, `The Prime Minister set a task …. "…," he said`): the office's
        # holder, found by the title's or the nearest person's rule
    previous_start, persons = named
    first = persons[0]
    spoke = _last_quote_between(earlier, previous_start, this_start)
    if spoke is not None and spoke.speaker_entity_id and _PRONOUN_OPENING.match(text, previous_start, first.start):
        # `他同时向阿利耶夫总统致以敬意，并指出…。他相信…`: that sentence opens with a pronoun too, and the one who
        # spoke there speaks on; the name after the pronoun is no subject
        return spoke.speaker_entity_id if _of_gender(index, spoke.speaker_entity_id, gender) else None
    body_report = _body_report_around(first.start, earlier)
    if body_report is not None:  # `As the press service informed, Director X announced …. According to him`: X
        previous_start = body_report.start
    if (
        (_in_quotes(first.start, earlier) and body_report is None)
        or (
            index.has_verb(previous_start, first.start)
            and not _predicate_after(index, first)
            and not _subject_after_verb(index, first, len(persons))
        )
        or _in_oblique_clause(text, previous_start, first.start)  # `应国家主席胡锦涛邀请，…`: the inviter
        or (
            any(mark in text[previous_start : first.start] for mark in _CLAUSE_BREAKS)
            and not _short_opener(text[previous_start : first.start])
        )
        or index.case_at(first.start) not in (None, "Nom")
        or not _may_be_of_gender(index, first.entity_id, gender)
        or first.entity_id in index.commemorated  # `the network of Abai boarding schools started`: no subject
    ):
        return None
    return first.entity_id


def _last_quote_between(earlier: list[Quote], start: int, end: int) -> Quote | None:
    """The last of the quotes so far (in text order) that begins between ``start`` and ``end``; the walk back stops
    at the first one before ``start``, so a long run of quotes is read once."""
    for quote in reversed(earlier):
        if quote.start < start:
            return None
        if quote.start < end:
            return quote
    return None


_PRONOUN_OPENING = re.compile(
    r"[ \t]*(?:"
    + "|".join(
        re.escape(pronoun) if has_han(pronoun) else rf"(?i:{re.escape(pronoun)})\b"
        for pronoun in sorted(PRONOUNS, key=len, reverse=True)
        if pronoun.strip()
    )
    + ")"
)
"""A personal pronoun opening a sentence (他, she, он): its subject."""
_PREDICATE_OPENINGS = frozenset({"ADV", "ADP", "VERB", "AUX"})


def _subject_after_verb(index: _Index, person: Mention, persons_named: int) -> bool:
    """Whether the one person a sentence names, in the nominative, ends it after its verb (`Ситуацию прокомментировал
    директор департамента Ерлан Сапаров.`): the subject, put last, whom a pronoun opening the next sentence means."""
    if persons_named != 1 or index.case_at(person.start) != "Nom":
        return False
    return not index.doc.text[person.end : index.sentence_end(person.start)].strip(_SENTENCE_MARKS + " \t\n")


def _predicate_after(index: _Index, person: Mention) -> bool:
    """Whether a Chinese name is followed by its predicate (`…委员会主席赛力克·萨皮耶夫也向运动员们表达了支持`): an
    adverb, a preposition or a verb right after it makes it the subject, whatever the segmenter read as a verb in the
    title before it (听障); a name after its verb ends its clause (`会见了托卡耶夫。`)."""
    name = index.doc.text[person.start : person.end]
    return has_han(name) and index.upos_from(person.end) in _PREDICATE_OPENINGS


def _subject_of_sentence(
    index: _Index, position: int, earlier: list[Quote], fits: Callable[[str | None], bool] | None = None
) -> str | None:
    """The first person named earlier in the same sentence, outside quoted words (韩春霖感谢…，并指出…), of
    the right gender when ``fits`` says which; in a language with cases, the first in the nominative
    (`Информацию о задержании министра X опроверг Y`: Y, whatever the word order)."""
    start = index.sentence_start(position)
    for person in index.persons_between(start, position):
        if _in_quotes(person.start, earlier) or (fits is not None and not fits(person.entity_id)):
            continue
        if _in_oblique_clause(index.doc.text, start, person.start):
            continue  # `应国家主席胡锦涛邀请，纳扎尔巴耶夫…`: the inviter is not the subject
        case = index.case_at(person.start)
        if case is None or case == "Nom":
            return person.entity_id
    return None


def _pointer_opening(index: _Index, position: int) -> tuple[int, int] | None:
    """The span of a pronoun for one person, or of a word for a body named before, that opens the sentence holding
    ``position``, before it (`他同时向…致以敬意，并指出…`, `He thanked X and noted …`, `部门呼吁…，强调…`): the
    subject of a verb of saying with no subject of its own, whoever the sentence names after it."""
    start = index.sentence_start(position)
    at = index.word_at(start)
    if at >= len(index.words):
        return None
    word_start, word_end, word = index.words[at]
    if word_end > position or any(ch.isalnum() for ch in index.doc.text[start:word_start]):
        return None
    pointer = (word in PRONOUNS and word not in PLURAL_PRONOUNS) or word in BODY_ANAPHORS
    return (word_start, word_end) if pointer else None


def _body_opening_sentence(index: _Index, position: int, earlier: list[Quote]) -> str | None:
    """The body named first in the sentence, before ``position`` and outside quoted words, when nothing but a short
    opener comes before it (`哈萨克斯坦卫生部对…表示感谢，称…`): the subject of a verb of saying with none of its
    own; no news agency."""
    start = index.sentence_start(position)
    first = next((m for m in index.inside(start, position) if not _in_quotes(m.start, earlier)), None)
    if first is None or first.label != "ORG" or not first.entity_id or first.entity_id in NEWS_AGENCIES:
        return None
    opener = index.doc.span(start, first.start)
    return first.entity_id if not opener.strip() or _short_opener(opener) else None


_CLAUSE_BREAKS = frozenset("，,。；;：:！？!?\n")


def _short_opener(words: str) -> bool:
    """Whether the words before a sentence's first name are a short opener and its comma (`In turn,`, `Also,`,
    `В свою очередь,`, `此外，`): the name after it is still the subject, as it is in a clause of its own after a
    longer phrase (`After meeting X, Y said`) it is not."""
    opener = words.strip()
    comma = next((index for index, char in enumerate(opener) if char in ",，"), -1)
    if 0 < comma < len(opener) - 1 and _title_head(opener[comma + 1 :].strip()):
        opener = opener[: comma + 1]  # `For his part, Minister of Ecology, Geology … X`: the opener, the name's title
    if not opener.endswith((",", "，")) or any(mark in opener[:-1] for mark in _CLAUSE_BREAKS):
        return False
    return len(opener.split()) <= _OPENER_WORDS and len(opener) <= _OPENER_CHARS


_OPENER_WORDS, _OPENER_CHARS = 3, 20
"""Words and characters a sentence's opener has at most (`At the same time,`, `与此同时，`)."""


@functools.cache
def _oblique_openers() -> tuple[str, ...]:
    """Every language's words opening a clause whose names are not its subject (应, 据), longest first."""
    openers = {word for language in languages().values() for word in language.oblique_openers}
    return tuple(sorted(openers, key=len, reverse=True))


def _in_oblique_clause(text: str, sentence_start: int, position: int) -> bool:
    """Whether the clause holding ``position`` opens with such a word (应国家主席胡锦涛邀请)."""
    openers = _oblique_openers()
    start = position
    while openers and start > sentence_start and text[start - 1] not in _CLAUSE_BREAKS:
        start -= 1
    # `哈通社/阿斯塔纳/2月9日-今日在…总统主持召开的会议上`: the dateline and the day come before the opener
    preamble = CLAUSE_PREAMBLE.match(text, start, position)  # all its parts optional: it matches, maybe empty
    start = preamble.end() if preamble is not None else start
    return bool(openers) and text.startswith(openers, start)


def _body_report_around(position: int, earlier: list[Quote]) -> Quote | None:
    """The reported speech of a body that holds ``position`` (`As the press service informed, Director X
    announced …`): a person there opening its words is the one a pronoun after it points to, as a body is no he."""
    return next(
        (
            quote
            for quote in earlier[-_Index.LOOK_BACK_ITEMS :]
            if quote.start <= position < quote.end
            and quote.kind == "indirect"
            and (quote.speaker_entity_id or "").startswith("org:")
        ),
        None,
    )


def _in_quotes(position: int, earlier: list[Quote]) -> bool:
    return any(quote.start <= position < quote.end for quote in earlier[-_Index.LOOK_BACK_ITEMS :])


def _nearest_person(index: _Index, position: int, gender: str | None, earlier: list[Quote]) -> str | None:
    """The nearest earlier speaker of the right gender; failing that, the nearest person mentioned outside
    quoted words (a name inside someone's quote is not who speaks next). A woman whose name does not tell
    her gender (古丽努尔) is found for 她 when no name in reach ends as a woman's does."""
    found = _nearest_of(index, position, earlier, lambda entity_id: _of_gender(index, entity_id, gender))
    if found is None and gender == "f":
        found = _nearest_of(index, position, earlier, lambda entity_id: not index.is_male(entity_id))
    return found


def _commemorated(text: str, start: int) -> bool:
    """Whether a person's name follows words that make it commemorated (`named after Abai`, `175th anniversary of
    Abai`, `имени Абая`, `纪念阿拜`): the name of a school or a date, not a person who may speak next."""
    before = text[max(0, start - _COMMEMORATING_REACH) : start].rstrip().lower()
    return before.endswith(COMMEMORATING_WORDS)


_COMMEMORATING_REACH = 20
"""Characters before a name in which the words that commemorate it are looked for."""


def _spoke_as_other(earlier: list[Quote], entity_id: str, head: str) -> bool:
    """Whether the person spoke earlier under another Chinese title (`总统宣布…` then `部长表示…`: the minister
    is not the president)."""
    if not has_han(head):
        return False
    return any(
        q.speaker_entity_id == entity_id and q.role and has_han(q.role) and not _same_title(head, q.role)
        for q in earlier[-_Index.LOOK_BACK_ITEMS :]
    )


def _han_title_ending(words: str) -> str | None:
    """The (longest) Chinese title the words end with (中国人大委员长 -> 委员长), None for none."""
    return next((title for title in _HAN_TITLES if words.endswith(title)), None)


def _same_title(head: str, given: str) -> bool:
    """Whether a title given in the text (or a role a speaker spoke under) is ``head``: 部长 is given in 副部长,
    总统 in 哈萨克斯坦总统."""
    if has_han(head):  # `这位运动员` and `花样滑冰运动员、冬奥会冠军`: the title it ends with is among those given
        return (_han_title_ending(head) or head) in given
    return _title_base(head) in given or _title_base(given) in head.lower()


_PHOTO_DESCRIPTION = re.compile(
    r"\(?(?:L-R|R-L|(?:From )?(?:left to right|right to left))\)?[ \t]*[:.,]", re.IGNORECASE
)
"""How a photo's description of who stands where opens (`L-R:`, `From left to right:`)."""


def _same_line(text: str, block: Block, following: Block) -> bool:
    """Whether two blocks were one line of the text (a description and the credit closing it)."""
    return "\n" not in text[block.end : following.start]


_CREDIT_RECOGNISERS = frozenset({"caption", "dateline"})
"""Recognisers of the names in a caption's or a dateline's credit: a photographer or an author, who says nothing
in the article, so no pronoun points back to them."""


def _nearest_of(index: _Index, position: int, earlier: list[Quote], right: Callable[[str], bool]) -> str | None:
    """The nearest earlier speaker, else person named outside quoted words, that ``right`` accepts."""

    def fits(entity_id: str | None) -> bool:
        return bool(entity_id and entity_id.startswith("per:") and right(entity_id))

    recent = earlier[-_Index.LOOK_BACK_ITEMS :]
    speakers = sorted(
        ((q.speaker_start or q.start, q.speaker_entity_id) for q in recent if (q.speaker_start or q.start) < position),
        key=lambda item: item[0],
        reverse=True,
    )
    for _, entity_id in speakers:
        if fits(entity_id):
            return entity_id
    named_before = bisect.bisect_left(index.offices, (position,))  # offices named before the quote
    offices = index.offices[max(0, named_before - _Index.LOOK_BACK_ITEMS) : named_before]
    office = next(
        ((start, holder) for start, holder in reversed(offices) if not _in_quotes(start, earlier) and fits(holder)),
        None,
    )  # the nearest office named before, a bounded walk back as for persons
    before = bisect.bisect_left(index.person_starts, position)
    for mention in reversed(index.persons[max(0, before - _Index.LOOK_BACK_ITEMS) : before]):
        outside = not _in_quotes(mention.start, earlier) or _body_report_around(mention.start, earlier) is not None
        credited = mention.recogniser in _CREDIT_RECOGNISERS  # `Photo credit: Zhiger Abenov`: who took the picture
        credited = credited or index.describes_a_photo(mention.start)  # `L-R: Olga Rypakova, …`: who it shows
        if outside and not credited and fits(mention.entity_id) and mention.entity_id not in index.commemorated:
            if office is not None and office[0] > mention.start:
                return office[1]  # `Tokayev met X. The Head of State noted …; he added`: the nearer, the office
            if index.case_at(mention.start) == "Nom":
                return mention.entity_id  # a subject itself (`… опроверг представитель Y`)
            return _subject_of_sentence(index, mention.start, earlier, fits) or mention.entity_id
    return office[1] if office is not None else None
