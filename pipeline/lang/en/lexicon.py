"""English rule tables (``data/*.tsv``), loaded once under the names the English modules use."""

from __future__ import annotations

import re

from pipeline.rules import body_pointers, genders, mapping, title_column, words

REPORTING_VERBS = words("en", "reporting_verbs")
REPORTING_VERBS_INDIRECT = words("en", "reporting_verbs", cue="both") + words("en", "reporting_verbs", cue="indirect")
"""Those that also report speech without quotation marks (`reads` only closes one: `"…," the post reads`)."""
CLAUSE_VERBS = words("en", "reporting_verbs", clause="yes")
"""Verbs whose reported clause may follow without `that` whatever its verb (said, says)."""
STATEMENT_NOUNS = words("en", "statement_nouns")
"""Written statements that speak for their author (the post, the presidential telegram)."""
MEDIA_NOUNS = words("en", "media_nouns")
"""What a post shows (photo, video): the object a verb of writing may take after a quotation."""
AUDIENCES = words("en", "audiences")
"""Who is told after `told` (reporters, a press briefing): the clause after them is the speaker's words."""
PAST_FORMS = words("en", "past_forms")
"""Irregular past-tense verbs (began, took): the verb of a clause reported without `that`."""
WORDS_BEFORE_NAMES = words("en", "words_before_names")
"""Lower-case words a name may follow inside a reported clause's subject (of, the): any other ends an object."""
OBJECT_OPENERS = words("en", "object_openers")
"""Words opening a verb of saying's object or a phrase after it (to, during): no reported clause follows."""
COMPLEMENT_NOUNS = words("en", "complement_nouns")
"""Nouns whose `that` opens a clause held true (the possibility that …), not a relative clause."""
OBJECT_NOUNS = words("en", "object_nouns")
"""Nouns opening a verb of saying's object with `of` or `for` after them (the importance of, the need for)."""
ADDING_VERBS = words("en", "adding_verbs")
"""Participles going on with more reported speech after an attribution (adding that, underlining that)."""
PLURAL_VERBS = frozenset(words("en", "reporting_verbs", subject="plural"))
"""Forms of saying that agree with a plural subject only (Experts believe)."""
SINGULAR_VERBS = frozenset(words("en", "reporting_verbs", subject="singular"))
"""Forms that are also plural nouns (states, reports): their speaker is one named source."""
ADDRESSEE_VERBS = words("en", "reporting_verbs", addressee="yes")
"""Verbs after which who was told may stand before the sentence goes on (told reporters)."""
INVERTED_VERBS = words("en", "reporting_verbs", inverted="yes")
"""Verbs also written before their subject with no quotation marks (`…, reported head of … X.`)."""
TOPIC_ON_VERBS = frozenset(words("en", "reporting_verbs", topic="on"))
TOPIC_TO_VERBS = frozenset(words("en", "reporting_verbs", topic="to"))
"""Verbs whose `to` opens what they answer (responded to the situation), unless an audience follows (to reporters)."""
"""Verbs after which `on` opens what was reported (`reported on the campaign`), not where it was said."""
PERSON_TITLES = words("en", "titles")
TITLE_OFFICES = title_column("en", "office")
"""A title -> the office it names (``office`` column), for titles of distinct offices."""
RESOLVING_TITLES = tuple(title.lower() for title in words("en", "titles", resolves="yes"))
NAME_SPLITTING_TITLES = words("en", "titles", splits_name="yes")
HONORIFICS = words("en", "titles", honorific="yes")
TITLE_MODIFIERS = words("en", "titles", modifier="yes")
"""Adjectives that only qualify the title after them (First, Senior, Acting)."""
PRONOUNS = genders("en")
SUBJECT_PRONOUNS = words("en", "pronouns", subject="yes")
"""The pronouns that stand as a clause's subject (he, she, they)."""
PLURAL_PRONOUNS = frozenset(words("en", "pronouns", number="plural"))
ORG_WORDS = words("en", "org_words")
COMPANY_NOUNS = words("en", "company_nouns")
"""A noun standing for the company named last (`the company said`)."""
CITY_OFFICES = words("en", "city_offices")
"""What a city's akimat is called after `city` or `municipal` (`the city administration`)."""
COMPANY_ENDINGS = words("en", "company_endings")
"""Endings of one-word company names (Embamunaigas, Kazatomprom): such a word is a company."""
CONTINUATIONS = words("en", "continuations")
"""Sentence openings that carry the sentence before on (And, Also, Moreover)."""
BODY_HEADS = words("en", "body_heads")
"""Nouns heading a body's name (press service, akimat): such a speaker phrase is a body."""
OWNED_HEADS = words("en", "body_heads", owner="yes")
"""Body nouns written after their owner in a body's name (Akorda press service)."""
HEADS_ALONE = frozenset(words("en", "heads_alone"))
"""Nouns heading a body's or a building's name, which alone refer back to one and name nothing of their own (the
Ministry, the Cosmodrome): no mention of their own."""
BODY_HEAD_WORDS = frozenset(head.lower() for head in BODY_HEADS if " " not in head)
"""The one-word heads of a body's name (ministry, akimat), lower case: a phrase ending in one names one body."""
DEGREES = frozenset(words("en", "degrees"))
"""Degrees written after a person's name and a comma (`MD`, `PhD`): no place or body."""
NAME_MODIFIERS = frozenset(words("en", "name_modifiers"))
"""Words between a person's name and the head of what is named after the person (International Airport)."""
PLACE_WORDS = words("en", "place_suffixes")
LIST_PLACE_NOUNS = words("en", "list_place_nouns")
"""Plurals that close a list of places only (mountains), beside the plurals of ``PLACE_WORDS``."""
ROUTE_WORDS = words("en", "route_words")
"""What follows the two ends of a route (railway, highway): the pair names no entity."""
COMPASS_WORDS = frozenset(words("en", "compass_words"))
"""Directions (South-east, Northerly): written alone, no place."""
PLACE_NAME_WORDS = words("en", "place_suffixes", in_name="yes")
"""Place words that are part of the name they follow (Akmola region, not Almaty city)."""
SENTENCE_WORDS = frozenset(words("en", "sentence_words"))
MONTH_NAMES = frozenset(words("en", "month_names"))
"""January … December: with a day number, a date, which opens no name."""
PERSON_CONTEXT = words("en", "person_context")
DOCUMENT_HEADS = words("en", "document_heads")
"""Nouns heading a document's title (Memorandum, Agreement): the capitalised words after `of`/`on` name no body."""
TALKING_VERBS = words("en", "talking_verbs")
"""Verbs of talking about or naming things (spoke, named): before `in his opinion` the sentence tells of the person."""


def either_case(word: str) -> str:
    """A regular expression for ``word`` with its first letter in either case (President, president)."""
    head, rest = word[:1], re.escape(word[1:])
    return f"[{head.upper()}{head.lower()}]{rest}" if head.isalpha() else re.escape(word)


def alternatives(items: tuple[str, ...], *, any_case: bool = False) -> str:
    """``(?:a|b|c)`` of the items, longest first so that `Prime Minister` wins over `Minister`."""
    ordered = sorted(items, key=len, reverse=True)
    return "(?:" + "|".join(either_case(i) if any_case else re.escape(i) for i in ordered) + ")"


SOURCE_OPENINGS = mapping("en", "source_openings", "scope")
"""Lower-case opening (according to) -> scope of the statement it introduces (paragraph or sentence)."""
RULE_SOURCES = frozenset(words("en", "rule_sources"))
"""Nouns after `according to (the)` that name a rule or an order followed, not a speaker (instruction, law)."""
DATA_SOURCES = frozenset(words("en", "data_sources"))
"""Nouns of data that alone name no source (According to records, …)."""
AGENCY_SOURCING = words("en", "agency_sourcing")
GREETING_VERBS = words("en", "greeting_verbs")
"""Verbs of addressing people (congratulated, greeted) whose colon opens the subject's quoted words."""
DIRECTIVE_VERBS = words("en", "directive_verbs")
"""Verbs of an order or an appeal (tasked, urged): coordinated after reported words, they end them."""
ADJECTIVE_PLACES = frozenset(words("en", "adjective_places"))
"""Sea and region names that are adjectives before a common noun (Caspian seal): no place there."""
GEOGRAPHIC_NOUNS = frozenset(words("en", "geographic_nouns"))
"""Nouns of a sea's parts (shore, coast): after an adjective place name they keep it a place."""
FIXTURE_WORDS = words("en", "fixture_words")
"""Words between two names in a fixture line (at, v): the first a team."""
VENUE_FIXTURE_WORDS = words("en", "fixture_words", second="venue")
"""Those after which the second name is where the game is played (`KANSAS CITY AT DETROIT`), not a team."""
RESULT_VERBS = words("en", "result_verbs")
"""Verbs between two competitors in a line of results (beat)."""
DISMISSAL_WORDS = words("en", "dismissal_words")
"""How a cricket scorecard writes a dismissal (c, b, lbw b): the names after them are players."""
COUNTRIES = frozenset(words("en", "countries"))
"""Countries and sporting nations: one's name alone is a place whatever a tagger typed, a national team too."""
ACTING_VERBS = words("en", "acting_verbs")
"""Verbs with which a speaker acts on an object after reported words (… and highlighted the key role): those end."""
DIRECTIVE_PARTICIPLES = words("en", "directive_participles")
"""Participles of an order after reported words and a comma (…, giving the instruction to …): those end."""
NEWS_OUTLETS = words("en", "news_outlets")
"""What a news outlet's name ends with (news agency, newspaper): one reporting is agency sourcing."""
SURNAME_ENDINGS = words("en", "name_endings", kind="surname")
FEMALE_ENDINGS = words("en", "name_endings", gender="f")
MALE_ENDINGS = words("en", "name_endings", gender="m")
SELF_REFERENCES = frozenset(words("en", "self_references"))
"""The agency naming itself (Kazinform reported that …): a back-reference, not a quote."""
TIME_WORDS = words("en", "time_words")
SAYING_DAYS = words("en", "time_words", dates_saying="yes")
"""Time words that tell when words were said, right after the verb of saying (said Tuesday, said today)."""
SPEAKER_ADVERBS = words("en", "speaker_adverbs")
"""also, in turn: words beside a speaker that are not part of who spoke."""
DEMONYMS = frozenset(words("en", "demonyms"))
"""Peoples and languages (Kazakh, Central Asian): adjectives, typed MISC when a tagger calls them names."""
DEMONYM_GIVEN_NAMES = frozenset(words("en", "demonyms", given_name="yes"))
"""Peoples' adjectives that are also given names (German): before one surname, the man's name."""
ADJECTIVE_SUFFIXES = words("en", "adjective_suffixes")
"""-based, -invested: a hyphenated adjective made from a name (Kostanay-based) names nothing."""

OFFICE_PHRASES = mapping("en", "office_phrases", "office")
"""Phrases naming an office, not a person (the Head of State -> president_kz): its holder speaks."""
BODY_OWNERS = mapping("en", "body_owners", "name")
"""An owner written by its office (president) -> the name its bodies take (the president's press service -> Akorda
press service)."""
EVENT_HEADS = frozenset(words("en", "event_heads"))
"""Olympics, Summit, Week: a name opening or closing with one is an event's (the Rio Olympics), no body's."""
EVENT_OPENERS = frozenset(words("en", "event_heads", opens="yes"))
"""Event words that may also open an event's name (`Days of Culture`); `Open` only closes one."""
PROJECT_HEADS = frozenset(words("en", "project_heads"))
"""Words closing a project's name (National Project): no body (``data/project_heads.tsv``)."""
COMPANY_PLURALS = words("en", "company_plurals")
"""Plural nouns of companies before a list of their names (companies such as …): each name a body."""
UNIT_HEADS = words("en", "unit_heads", unit="yes")
"""Heads of the units of a ministry or an agency (Committee, Bureau): named with it, two bodies
(``data/unit_heads.tsv``)."""
PARENT_HEADS = words("en", "unit_heads", parent="yes")
"""Heads of the bodies units belong to (Ministry, Agency; ``data/unit_heads.tsv``)."""
NAMED_AFTER_HEADS = mapping("en", "named_after_heads", "plural")
"""prize -> prizes: nouns that a person's name before them names a thing by (the Satbayev prize)."""
WORDS_BEFORE_TITLES = frozenset(words("en", "words_before_titles", capital="no"))
"""Words right before quotation marks that make what they hold a title (a film titled "…")."""
WORDS_BEFORE_CAPITALISED_TITLES = frozenset(words("en", "words_before_titles", capital="yes"))
"""Words that do so only before a quotation opening with a capital letter (a forum on «Greater Eurasia…», not
called on “all citizens …”)."""
THING_NOUNS = frozenset(words("en", "thing_nouns"))
"""Nouns of things given names, right before the name (the discussion club Parasat, the article «…»)."""
CURRENCY_NOUNS = words("en", "currency_nouns")
"""Nouns of currencies named after a country (US dollars): the country before one names no place."""
VENUE_HEADS = words("en", "venue_heads")
"""Words of a venue run as a body (Hall, Palace, Arena): a place's name holding one is a body's."""
OUTLET_KINDS = words("en", "outlet_kinds")
"""newspaper, channel: after a name (the Aikyn newspaper) they make it a body's."""

DESCRIBING_NOUNS = words("en", "describing_nouns")
"""`the boxer`, `this athlete`: a person described by what they do, named before (``data/describing_nouns.tsv``)."""
LATTER_WORDS = tuple(words("en", "latter_words"))
RECEIVING_VERBS = tuple(words("en", "receiving_verbs"))
"""Words opening a sentence that point to the person named last before it (the latter)."""
COMMEMORATING_WORDS = tuple(words("en", "commemorating_words"))
"""Words right before a person's name that make it a name commemorated (named after, имени, 纪念)."""

GROUP_NOUNS = frozenset(words("en", "group_nouns"))
"""Nouns of groups of people (women, men): alone they name nobody (``data/group_nouns.tsv``)."""
COMPOUND_SECONDS = frozenset(words("en", "compound_seconds"))
"""Short words making a compound with a name before them (Tokayev-led, Putin-era): no syllable of a given name."""

_AMERICAN = mapping("en", "spelling_variants", "american")
"""British -> American spelling of the words of bodies' names English writes two ways
(``data/spelling_variants.tsv``)."""
_OTHER_SPELLING = {**_AMERICAN, **{american: british for british, american in _AMERICAN.items()}}
_SPELLING_WORD = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, _OTHER_SPELLING), key=len, reverse=True))})(?![\w-])", re.IGNORECASE
)
_MOST_SPELLING_WORDS = 4
"""Words spelled two ways a name is written in every combination of (2**4 forms at most)."""


def _as_cased(word: str, like: str) -> str:
    """``word`` with the case of ``like`` (ORGANISATION, Organisation, organisation)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def american_spelling(name: str) -> str:
    """A name with its words spelled the American way (`Shanghai Co-operation Organisation` -> `Shanghai Cooperation
    Organization`): one key for the two ways English writes a body's name."""
    return _SPELLING_WORD.sub(lambda found: _as_cased(_AMERICAN.get(found[0].lower(), found[0]), found[0]), name)


def spelling_forms(name: str) -> tuple[str, ...]:
    """The name and every other way of spelling it with its words written British or American (`World Health
    Organization` -> `World Health Organisation`); the name alone when no word is spelled two ways."""
    found = list(_SPELLING_WORD.finditer(name))[:_MOST_SPELLING_WORDS]
    if not found:
        return (name,)
    forms = [""]
    position = 0
    for match in found:
        between = name[position : match.start()]
        other = _as_cased(_OTHER_SPELLING[match[0].lower()], match[0])
        forms = [form + between + word for form in forms for word in (match[0], other)]
        position = match.end()
    return tuple(form + name[position:] for form in forms)


BODY_ANAPHORS = body_pointers("en")
"""Words pointing back to a body named before (the meteorological service -> Kazhydromet), ``body_anaphors.tsv``."""
LOCAL_TITLES = title_column("en", "place")
"""A local office's title (lower case) -> the place whose head it names: region, city or any (``place`` column)."""
