"""Chinese: jieba segmentation, transliterated-name and organisation recognisers, dash and quotation-mark
quotes. Rule tables in ``data/``; the modules: ``segment`` (sentences, tokens), ``ner`` (recognisers),
``quotes`` (quotation finder), ``translit`` (pinyin readings), ``lexicon`` (the tables as constants)."""

from __future__ import annotations

from importlib.metadata import version

from pipeline.lang import Language, SegmenterOptions, register_language
from pipeline.lang.zh import lexicon
from pipeline.lang.zh.morph import describe as describe_tagger
from pipeline.lang.zh.ner import (
    MODEL,
    find_compound,
    find_cyrillic,
    find_latin,
    find_pos,
    find_quoted_bodies,
    find_titled,
    find_transliterated,
    find_wire_datelines,
)
from pipeline.recognisers import Recogniser, register_recogniser


def _describe(options: SegmenterOptions) -> str:
    words = f"{len(options.user_words)} user words"
    if options.hmm:
        return f"jieba {version('jieba')} (HMM on, {words})"
    return f"rjieba {version('rjieba')} (jieba {version('jieba')}'s dictionary and algorithm, HMM off, {words})"


ZH = frozenset({"zh"})
register_recogniser(
    Recogniser(
        MODEL.key,
        "1",
        3,
        MODEL.find,
        ZH,
        on_labels=True,
        description="trained Chinese NER tagger",
        prepare=MODEL.prepare,
    )
)
register_recogniser(
    Recogniser(
        "translit_zh", "1", 2, find_transliterated, ZH, on_labels=True, description="transliterated foreign names"
    )
)
register_recogniser(
    Recogniser(
        "compound_zh", "1", 3, find_compound, ZH, on_labels=True, description="organisations named after a place"
    )
)
register_recogniser(
    Recogniser("zh_name", "1", 4, find_titled, ZH, on_labels=True, description="Chinese names after a title")
)
register_recogniser(Recogniser("latin_zh", "1", 5, find_latin, ZH, on_labels=True, description="Latin-script names"))
register_recogniser(
    Recogniser("cyrillic_zh", "1", 5, find_cyrillic, ZH, on_labels=True, description="Cyrillic names in Chinese text")
)
register_recogniser(
    Recogniser(
        "quoted_zh", "1", 4, find_quoted_bodies, ZH, on_labels=True, description="bodies named in quotation marks"
    )
)
register_recogniser(
    Recogniser(
        "wire_zh", "2", 4, find_wire_datelines, ZH, on_labels=True, description="other outlets cited or in datelines"
    )
)
register_recogniser(
    Recogniser("jieba_pos", "1", 7, find_pos, ZH, weak=True, on_labels=True, description="jieba's nr/ns/nt tags")
)

LANGUAGE = register_language(
    Language(
        code="zh",
        name="Chinese",
        segmenter="pipeline.lang.zh.segment:make_segmenter",
        describe_segmenter=_describe,
        recognisers=("translit_zh", "model_zh", "latin_zh", "cyrillic_zh", "zh_name", "quoted_zh", "wire_zh"),
        quote_finder="pipeline.lang.zh.quotes:find_quotes",
        body_namer="pipeline.lang.zh.bodies:make_body_namer",
        body_heads=lexicon.BODY_HEADS,
        tagger="pipeline.lang.zh.morph:make_tagger",
        describe_tagger=describe_tagger,
        romanizer="pipeline.lang.zh.translit:romanize_person",
        candidate_rules="pipeline.lang.zh.ner:candidate_rules",
        mention_rules="pipeline.lang.zh.ner:document_rules",
        commemorating_words=lexicon.COMMEMORATING_WORDS,
        pronouns=lexicon.PRONOUNS,
        plural_pronouns=lexicon.PLURAL_PRONOUNS,
        local_titles=lexicon.LOCAL_TITLES,
        titles_written_out=lexicon.TITLES_WRITTEN_OUT,
        office_phrases=lexicon.OFFICE_PHRASES,
        body_anaphors=lexicon.BODY_ANAPHORS,
        body_owners=lexicon.BODY_OWNERS,
        statement_anaphors=lexicon.STATEMENT_ANAPHORS,
        sourcing_statements=lexicon.SOURCING_STATEMENTS,
        authored_works=lexicon.AUTHORED_WORKS,
        body_authored_works=lexicon.BODY_AUTHORED_WORKS,
        press_offices=lexicon.PRESS_OFFICES,
        resolving_titles=lexicon.RESOLVING_TITLES,
        female_endings=lexicon.FEMALE_ENDINGS,
        male_endings=lexicon.MALE_ENDINGS,
        person_titles=lexicon.PERSON_TITLES,
        oblique_openers=lexicon.OBLIQUE_OPENERS,
        describing_subjects=lexicon.DESCRIBING_SUBJECTS,
    )
)
