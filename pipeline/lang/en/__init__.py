"""English: spaCy's rule-based tokenizer, capitalisation and context rules for names, quotation-mark
quotes and reported speech. Rule tables in ``data/``; modules ``segment``, ``ner``, ``quotes``, ``lexicon``."""

from __future__ import annotations

from importlib.metadata import version

from pipeline.lang import Language, SegmenterOptions, register_language
from pipeline.lang.en import lexicon
from pipeline.lang.en.morph import describe as describe_tagger
from pipeline.lang.en.ner import MODEL, find_english
from pipeline.recognisers import Recogniser, register_recogniser


def _describe(options: SegmenterOptions) -> str:
    return f"spacy {version('spacy')} (blank en tokenizer, sentencizer)"


register_recogniser(
    Recogniser(
        MODEL.key,
        "1",
        4,
        MODEL.find,
        frozenset({"en"}),
        description="trained English NER tagger",
        prepare=MODEL.prepare,
    )
)
register_recogniser(
    Recogniser(
        "rules_en", "1", 6, find_english, frozenset({"en"}), weak=True, description="capitalisation and context rules"
    )
)

LANGUAGE = register_language(
    Language(
        code="en",
        name="English",
        segmenter="pipeline.lang.en.segment:make_segmenter",
        describe_segmenter=_describe,
        recognisers=("model_en", "rules_en"),
        quote_finder="pipeline.lang.en.quotes:find_quotes",
        tagger="pipeline.lang.en.morph:make_tagger",
        describe_tagger=describe_tagger,
        commemorating_words=lexicon.COMMEMORATING_WORDS,
        pronouns=lexicon.PRONOUNS,
        plural_pronouns=lexicon.PLURAL_PRONOUNS,
        local_titles=lexicon.LOCAL_TITLES,
        office_phrases=lexicon.OFFICE_PHRASES,
        body_heads=lexicon.BODY_HEADS,
        company_nouns=lexicon.COMPANY_NOUNS,
        owned_heads=lexicon.OWNED_HEADS,
        body_owners=lexicon.BODY_OWNERS,
        body_anaphors=lexicon.BODY_ANAPHORS,
        resolving_titles=lexicon.RESOLVING_TITLES,
        female_endings=lexicon.FEMALE_ENDINGS,
        male_endings=lexicon.MALE_ENDINGS,
        honorifics=lexicon.HONORIFICS,
        demonyms=tuple(sorted(lexicon.DEMONYMS)),
        person_titles=lexicon.PERSON_TITLES,
        title_offices=lexicon.TITLE_OFFICES,
        describing_nouns=lexicon.DESCRIBING_NOUNS,
        latter_words=lexicon.LATTER_WORDS,
        receiving_verbs=lexicon.RECEIVING_VERBS,
        candidate_rules="pipeline.lang.en.ner:candidate_rules",
        mention_rules="pipeline.lang.en.ner:document_rules",
    )
)
