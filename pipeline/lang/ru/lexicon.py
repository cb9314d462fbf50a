"""Russian rule tables (``data/*.tsv``), loaded once under the names the Russian modules use."""

from __future__ import annotations

import functools

from pipeline.lang.ru.palladius import chinese_name_in_pinyin
from pipeline.rules import body_pointers, genders, load_table, mapping, title_column, words
from pipeline.spelling import Respeller

REPORTING_VERBS = words("ru", "reporting_verbs")
"""Verbs of saying in the masculine form; the finders add the endings -а, -о, -и."""
REPORTING_VERBS_INDIRECT = words("ru", "reporting_verbs", cue="both") + words("ru", "reporting_verbs", cue="indirect")
"""Those that also report speech without quotation marks (`поздравил` only closes a quotation: `«…», — поздравил
X`; `поздравил X с победой` reports no words)."""
VERB_ENDINGS = ("а", "и", "о")
PERSON_TITLES = words("ru", "titles")
TITLE_OFFICES = title_column("ru", "office")
"""A title -> the office it names (``office`` column), for titles of distinct offices."""
RESOLVING_TITLES = tuple(
    form
    for title in words("ru", "titles", resolves="yes")
    for form in ((title, title[:-1]) if title.endswith(("а", "я", "ий")) else (title,))
)
"""Titles that stand for a person named earlier; one declined like глава or парламентарий also as its stem,
which takes the case endings (главы, главе, главой: По словам главы ведомства; парламентария)."""
PRONOUNS = genders("ru")
PLURAL_PRONOUNS = frozenset(words("ru", "pronouns", number="plural"))
TITLE_CASE_ENDINGS = ("", *words("ru", "case_endings", titles="yes"))
"""A title in any case: the bare form and each ending (министр, министра, министру...)."""
TITLE_PREFIXES = ("", *words("ru", "title_prefixes"))
"""What may open a title and leave it a title (экс-аким)."""
ADJECTIVE_ENDINGS = ("ой", "ей", "ий", "ый", "ая", "яя", "ую", "юю", "го", "му", "ом", "ем", "ых", "их")
"""The last two letters of a Russian adjective's forms (Карагандинской, Северного): such a word before `области` is
the region's own name, and the noun is its."""
SURNAME_CASE_ENDINGS = words("ru", "case_endings", surnames="yes")
SURNAME_CASES = mapping("ru", "surname_cases", "nominative")
"""A surname's oblique ending -> its nominative (Слямгазиной -> Слямгазина, Карину -> Карин)."""
SURNAME_ENDINGS = words("ru", "name_endings", kind="surname")
FEMALE_ENDINGS = words("ru", "name_endings", gender="f")
MALE_ENDINGS = words("ru", "name_endings", gender="m")
INDECLINABLE_SURNAME_ENDINGS = words("ru", "name_endings", kind="indeclinable")
SPEAKER_PREPOSITIONS = words("ru", "speaker_prepositions")
ADDRESSEES = words("ru", "addressees")
"""Who was told (журналистам) or how (в телефонном разговоре), between a verb of saying and its speaker."""


def verb_pattern(verbs: tuple[str, ...] = REPORTING_VERBS) -> str:
    """A regular expression for the verbs with their gender and number endings."""
    import re

    plain = [verb for verb in verbs if not verb.endswith("ся") and " " not in verb]
    # a reflexive verb puts the ending before its particle: поделился, поделилась, поделились
    reflexive = [verb[:-2] + ending + "сь" for verb in verbs if verb.endswith("ся") for ending in VERB_ENDINGS]
    reflexive += [verb for verb in verbs if verb.endswith("ся")]
    # a verb with its object puts the ending on the verb: выразил уверенность, выразила уверенность
    endings = f"(?:{'|'.join(VERB_ENDINGS)})?"
    phrases = [
        re.escape(verb.split(" ", 1)[0]) + endings + r"[ \t]+" + re.escape(verb.split(" ", 1)[1])
        for verb in sorted((verb for verb in verbs if " " in verb), key=len, reverse=True)
    ]
    alternatives = "|".join(re.escape(verb) for verb in sorted(plain, key=len, reverse=True))
    fixed = "|".join([*phrases, *(re.escape(verb) for verb in sorted(reflexive, key=len, reverse=True))])
    ended = f"(?:{alternatives}){endings}"
    return either_yo(f"(?:{fixed}|{ended})" if fixed else ended)


def either_yo(pattern: str) -> str:
    """A pattern of Russian words with each е also matching ё (передает, передаёт): Russian writes ё or leaves it
    out, and the tables write е."""
    return pattern.replace("е", "[её]").replace("Е", "[ЕЁ]")


SOURCE_OPENINGS = mapping("ru", "source_openings", "scope")
"""Lower-case opening (по словам) -> scope of the statement it introduces (paragraph or sentence)."""
IMPERSONAL_CUES = words("ru", "impersonal_cues")
STATEMENT_PLACES = words("ru", "statement_places")
"""`в сообщении`, `на сайте`: where an impersonal report (говорится, сообщается) was made; its owner follows."""
NOT_QUOTE_OPENINGS = words("ru", "not_quote_openings")
NOT_QUOTE_WORDS = words("ru", "not_quote_words")
NEWS_OUTLETS = words("ru", "news_outlets")
"""Words naming a news outlet (агентство, МИА, Казинформ): one reporting is agency sourcing, not a speaker."""
AGENCY_VERBS = mapping("ru", "agency_verbs", "always")
"""Verbs of an outlet's report after a comma at a sentence's end -> whether they end a statement by themselves."""
ROUTE_WORDS = words("ru", "route_words")
"""Stems of nouns naming a route before its dash-joined ends (линий: Кызылжар – Мойынты)."""
COMPANY_NOUNS = words("ru", "company_nouns")
"""Stems of nouns standing for the company named last (`сообщили в компании`)."""
SPEAKER_ADVERBS = words("ru", "speaker_adverbs")
"""Words beside a speaker that are not part of it (Он также добавил -> Он)."""
_LATIN_LETTERS = mapping("ru", "latin_letters", "latin")
LATIN_SPELLING = Respeller(_LATIN_LETTERS, vowels="аеёиоуыэюяәөұүі")
"""Cyrillic -> Latin with the context rules of ``latin_letters.tsv`` (Ерлан -> Yerlan, Дадебай -> Dadebay)."""
PLACE_SPELLING = Respeller(
    {key: latin for key, latin in _LATIN_LETTERS.items() if key != "V[с]V"}, vowels="аеёиоуыэюяәөұүі"
)
"""The same for a place's name, whose с between vowels stays one s (Жетысу -> Zhetysu): the doubling is how
passports write people's names."""


@functools.lru_cache(maxsize=4096)
def romanize_russian_name(name: str, *, given_names_only: bool = False) -> str | None:
    """A Cyrillic person's name in Latin letters (Ерлан Аккенженов -> Yerlan Akkenzhenov); None if it is not
    Cyrillic. Every word before the last is a given name, or every word with ``given_names_only`` (the given names
    of a name whose surname is written apart: Алексей of 阿列克谢·崔, Alexey Tsoi)."""
    if not name or not any(ch.isalpha() for ch in name):
        return None
    chinese = chinese_name_in_pinyin(name)
    if chinese is not None:  # Сяо Евэнь -> Xiao Yewen: a Chinese name is written in pinyin
        return chinese
    parts = name.split()
    if len(parts) >= 3:  # Ерлан Тимурович Сейткали -> Yerlan Seitkali: English names leave the patronymic out,
        # and a Kazakh one before the surname (Марат Сахатулы Балпан -> Marat Balpan; Мухамедиулы alone at the end
        # is the surname)
        parts = [
            part
            for index, part in enumerate(parts)
            if not part.lower().endswith(PATRONYMIC_ENDINGS)
            and not (0 < index < len(parts) - 1 and part.lower().endswith(INDECLINABLE_SURNAME_ENDINGS))
        ] or parts
    latin = LATIN_SPELLING.name(" ".join(parts))
    if latin is None:
        return None  # a character no rule spells
    written = latin.split(" ")
    if len(written) != len(parts):
        return latin
    if not given_names_only and len(parts) >= 2 and parts[0] in WESTERN_NAMES:
        # a Western given name: the person is from abroad, and each Western part keeps its own spelling
        return " ".join(WESTERN_NAMES.get(part, spelled) for part, spelled in zip(parts, written, strict=True))
    for index, part in enumerate(parts if given_names_only else parts[:-1]):  # the given names
        if (customary := GIVEN_NAME_SPELLINGS.get(part.lower())) is not None:
            written[index] = customary  # Александр -> Alexander, as English news writes it
            continue
        ending = next((ending for ending in GIVEN_NAME_ENDINGS if part.lower().endswith(ending)), None)
        spelled = LATIN_SPELLING.word(ending) if ending else ""
        if ending and spelled and written[index].lower().endswith(spelled):
            written[index] = written[index][: -len(spelled)] + GIVEN_NAME_ENDINGS[ending]
    return " ".join(written)


WESTERN_NAMES = mapping("ru", "western_name_spellings", "latin")
"""Western given names and surnames as Russian writes them -> their own spelling (Гарсия -> Garcia)."""

GIVEN_NAME_ENDINGS = mapping("ru", "given_name_endings", "latin")
"""The Latin end of a given name that a surname writes otherwise (Алтай -> Altai, but Сарыбай -> Sarybay)."""

GIVEN_NAME_SPELLINGS = mapping("ru", "given_name_spellings", "latin")
"""Given names English news spells by custom, not letter by letter (Александр -> Alexander)."""


PATRONYMIC_ENDINGS = words("ru", "name_endings", kind="patronymic")


NAMED_AFTER_NOUNS = mapping("ru", "named_after_nouns", "label")
"""Stems of nouns naming a body, a place or a thing after a person with `имени` -> ORG, LOC or MISC."""
STATE_BODIES = mapping("ru", "state_bodies", "nominative")
"""Stems of nouns naming a state's body by one lower-case word -> its nominative (правительств -> правительство)."""
STREET_NOUNS = words("ru", "street_nouns")
"""Stems of nouns of streets, town districts and villages a place's own name follows (улица, микрорайон, село)."""
NAME_HONORIFICS = words("ru", "name_honorifics")
"""Kazakh honorifics after a name (Толе би, Кабанбай батыра): part of it (``data/name_honorifics.tsv``)."""

PLACE_NOUNS = words("ru", "place_nouns")
"""Stems of nouns that introduce place names (в населенных пунктах X, Y и Z)."""

SITE_NOUNS = words("ru", "site_nouns")
"""Stems of nouns of sites named after a person (мавзолей Игилик би): the name after one is a place."""
WORK_NOUNS = words("ru", "work_nouns")
"""Stems of nouns of works, contests and programmes (конкурс, турне): a name right after one is the work's."""
VEHICLE_NOUNS = words("ru", "vehicle_nouns")
"""Nouns of vehicles (stems): a name right after one is a make or a model, no body (``vehicle_nouns.tsv``)."""
CELESTIAL_BODIES = frozenset(words("ru", "celestial_bodies"))
"""The Earth, the Moon, the Sun and the planets (dictionary forms): capitalised, names of places."""
QUOTED_BODY_NOUNS = words("ru", "quoted_body_nouns")
"""Stems of nouns of kinds of body (завод, газета) whose name in guillemets follows them: the name is the body's."""

PLACE_NOUNS_AFTER = words("ru", "place_nouns_after")
"""Stems of nouns that follow place names (Есильскому и Нуринскому районам)."""
PLACE_ADJECTIVE_HEADS = words("ru", "place_adjective_heads")
"""Stems of lower-case words a place adjective names a place before (Алматинской области, not декларации)."""

OFFICE_PHRASES = mapping("ru", "office_phrases", "office")
"""Phrases naming an office, not a person (глава государства -> president_kz): its holder speaks."""
BODY_HEADS = words("ru", "body_heads")
"""Stems of nouns heading a lower-case body name (управлени-, департамент-)."""
BODY_HEAD_OPENERS = {
    head: tuple(stems.split()) for head, stems in mapping("ru", "body_heads", "opened_by").items() if stems
}
"""A body head -> stems of adjectives that open the body's name before it (консульств -> генеральн)."""
PLACE_ANAPHORS = words("ru", "place_anaphors")
"""Words that stand for the region named before after a body's head (администрации региона)."""
REPORTING_PARTICIPLES = words("ru", "reporting_participles")
"""Adverbial participles of verbs of saying (отметив): `…, отметив, что …` reports what the subject said."""
COMPOUND_PREFIXES = mapping("ru", "compound_prefixes", "stem")
"""First parts of compound nouns shortening an adjective (нац in нацмузей) -> its stem (национальн)."""
PLACE_ADJECTIVE_ANAPHORS = mapping("ru", "place_adjective_anaphors", "noun")
"""Stems of adjectives standing for the last region or district named, before a body's head (в областном
акимате) -> the stem of that place's noun (област)."""
BODY_ANAPHORS = body_pointers("ru")
"""Words that name a body said before (ведомство: the last organisation named speaks; полиции: the last police
body) -> what that body's name ends with and the stems one of its words starts with."""
POSSESSIVES = frozenset(words("ru", "possessives"))
"""Possessive pronouns (Вашей, нашим): a span that begins with one is no name."""
QUESTION_WORDS = words("ru", "question_words")
"""Words opening an indirect question (`рассказали, сколько …`): what was told about, no words said."""
QUESTION_OPENERS = words("ru", "question_openers")
"""Of those, the ones that opening a sentence before a trailing verb make it a question (Сколько …, рассказал X)."""
TITLE_EQUIVALENTS = mapping("ru", "title_equivalents", "title")
"""`глава региона` -> аким: a general title with what it governs names an office's own title."""
STATEMENT_ANAPHORS = words("ru", "statement_anaphors")
"""A statement with no owner (`говорится в сообщении`): the last speaker's, else the last body's."""
NOT_IN_BODY_NAMES = words("ru", "not_in_body_names")
"""Words a body's name never runs through (в, на, что)."""
QUALIFIER_PLACES = frozenset(words("ru", "qualifier_places"))
"""РК, РФ: after a body or an office (МЧС РК) part of its name, not a place (``data/qualifier_places.tsv``)."""
OWNER_COUNTRIES = frozenset(words("ru", "owner_countries"))
"""Countries in the genitive that, right after a body, are part of its name (Курултай Республики Казахстан)."""
OFFICE_TERMS = tuple(words("ru", "office_terms"))
"""Stems of nouns of a term of office (председательств): a body natasha reads opening with one is none."""
REPORT_DATES = words("ru", "report_dates")
"""Stems of words dating an impersonal past report (октябр, год, ранее): a back-reference, no quote."""
HOME_COUNTRY_AFTER = tuple(words("ru", "home_country_after"))
"""The home country in the genitive after a body's name (Казахстана, РК): the gazetteer's body with or without it."""


def home_body_names(name: str) -> list[str]:
    """The names a gazetteer may list a body of the home country under, for a name written with the country after
    it (`Министерство энергетики Казахстана` -> Министерство энергетики, Министерство энергетики Республики
    Казахстан); none for another name."""
    for country in HOME_COUNTRY_AFTER:
        if name.endswith(f" {country}") and len(name) > len(country) + 1:
            body = name[: -len(country) - 1]
            return [body, *(f"{body} {other}" for other in HOME_COUNTRY_AFTER if other != country)]
    return []


ATTACHED_HEADS = words("ru", "attached_heads")
"""What a body is attached to after при (Президенте, Правительстве): part of the body's name."""
DOCUMENT_NAMES = words("ru", "document_names")
"""Stems of documents' names a country in the genitive completes (красн книг: Красная книга Казахстана)."""
PLACE_PREPOSITIONS = frozenset(words("ru", "place_prepositions"))
"""Prepositions after which РК is the place (в РК)."""
COMMEMORATING_WORDS = tuple(words("ru", "commemorating_words"))
"""Words right before a person's name that make it a name commemorated (named after, имени, 纪念)."""
PEOPLE_ADJECTIVES = {
    row["stem"]: (row["country"], row["home"] == "yes")
    for row in load_table("ru", "people_adjectives", "people_adjectives")
}
"""Stems of peoples' adjectives -> (stem of the country's name, home country?), ``people_adjectives.tsv``."""
OCCASION_GERUNDS = words("ru", "occasion_gerunds")
"""Verbal adverbs opening an occasion's clause between a subject and its verb of saying (выступая на заседании)."""
TOLD_OUTLETS = words("ru", "told_outlets")
"""Outlets told, written between a verb of saying and who spoke (Как рассказали Kazinform в пресс-службе)."""
BODY_OWNERS = mapping("ru", "body_owners", "name")
"""Owners written by their office in the genitive -> the name their press service takes (президента -> Akorda)."""
LOCAL_TITLES = title_column("ru", "place")
"""A local office's title (lower case) -> the place whose head it names: region, city or any (``place`` column)."""
