"""Russian: razdel segmentation, natasha's NER with normal forms, dash and guillemet quotes and reported
speech. Rule tables in ``data/``; modules ``segment``, ``ner``, ``quotes``, ``lexicon``."""

from __future__ import annotations

from importlib.metadata import version

from pipeline.lang import Language, SegmenterOptions, register_language
from pipeline.lang.ru import lexicon
from pipeline.lang.ru.morph import describe as describe_tagger
from pipeline.lang.ru.ner import find_bodies, find_latin, find_named_places, find_natasha
from pipeline.recognisers import Recogniser, register_recogniser


def _describe(options: SegmenterOptions) -> str:
    return f"razdel {version('razdel')}"


register_recogniser(
    Recogniser("natasha", "1", 3, find_natasha, frozenset({"ru"}), description="natasha's Russian news NER")
)

register_recogniser(
    Recogniser(
        "bodies_ru",
        "1",
        4,
        find_bodies,
        frozenset({"ru"}),
        on_labels=True,
        description="lower-case body names up to a place",
    )
)

register_recogniser(
    Recogniser(
        "latin_ru",
        "1",
        5,
        find_latin,
        frozenset({"ru"}),
        weak=True,
        description="Latin-script names in Russian prose (captions and credits have their own reader)",
    )
)

register_recogniser(
    Recogniser(
        "places_ru",
        "1",
        6,
        find_named_places,
        frozenset({"ru"}),
        weak=True,
        description="names after a noun of a street, a town district or a village",
    )
)

LANGUAGE = register_language(
    Language(
        code="ru",
        name="Russian",
        segmenter="pipeline.lang.ru.segment:make_segmenter",
        describe_segmenter=_describe,
        recognisers=("natasha", "bodies_ru", "latin_ru", "places_ru"),
        quote_finder="pipeline.lang.ru.quotes:find_quotes",
        tagger="pipeline.lang.ru.morph:make_tagger",
        describe_tagger=describe_tagger,
        romanizer="pipeline.lang.ru.lexicon:romanize_russian_name",
        mention_rules="pipeline.lang.ru.ner:document_rules",
        body_namer="pipeline.lang.ru.bodies:make_body_namer",
        commemorating_words=lexicon.COMMEMORATING_WORDS,
        pronouns=lexicon.PRONOUNS,
        plural_pronouns=lexicon.PLURAL_PRONOUNS,
        local_titles=lexicon.LOCAL_TITLES,
        office_phrases=lexicon.OFFICE_PHRASES,
        body_heads=lexicon.BODY_HEADS,
        company_nouns=lexicon.COMPANY_NOUNS,
        place_anaphors=lexicon.PLACE_ANAPHORS,
        qualifier_places=tuple(sorted(lexicon.QUALIFIER_PLACES)),
        place_adjective_anaphors=lexicon.PLACE_ADJECTIVE_ANAPHORS,
        compound_prefixes=lexicon.COMPOUND_PREFIXES,
        body_anaphors=lexicon.BODY_ANAPHORS,
        body_owners=lexicon.BODY_OWNERS,
        title_equivalents=lexicon.TITLE_EQUIVALENTS,
        statement_anaphors=lexicon.STATEMENT_ANAPHORS,
        resolving_titles=lexicon.RESOLVING_TITLES,
        title_endings=lexicon.TITLE_CASE_ENDINGS,
        female_endings=lexicon.FEMALE_ENDINGS,
        male_endings=lexicon.MALE_ENDINGS,
        person_titles=lexicon.PERSON_TITLES,
        title_offices=lexicon.TITLE_OFFICES,
        people_adjectives=lexicon.PEOPLE_ADJECTIVES,
        inflected_names=True,
    )
)
