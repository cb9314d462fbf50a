"""Kazakh (Cyrillic): razdel segmentation, gazetteer names with Kazakh endings, dash and guillemet quotes.
Rule tables in ``data/``; modules ``ner``, ``quotes``, ``lexicon``."""

from __future__ import annotations

from importlib.metadata import version

from pipeline.lang import Language, SegmenterOptions, register_language
from pipeline.lang.kk import lexicon
from pipeline.lang.kk.morph import describe as describe_tagger
from pipeline.lang.kk.ner import find_kazakh
from pipeline.recognisers import Recogniser, register_recogniser


def _describe(options: SegmenterOptions) -> str:
    return f"razdel {version('razdel')}"


register_recogniser(
    Recogniser("gazetteer_kk", "1", 0, find_kazakh, frozenset({"kk"}), description="gazetteer names, Kazakh endings")
)

LANGUAGE = register_language(
    Language(
        code="kk",
        name="Kazakh",
        segmenter="pipeline.lang.ru.segment:make_segmenter",
        describe_segmenter=_describe,
        recognisers=("gazetteer_kk",),
        quote_finder="pipeline.lang.kk.quotes:find_quotes",
        tagger="pipeline.lang.kk.morph:make_tagger",
        describe_tagger=describe_tagger,
        romanizer="pipeline.lang.ru.lexicon:romanize_russian_name",
        pronouns=lexicon.PRONOUNS,
        office_phrases=lexicon.OFFICE_PHRASES,
        resolving_titles=lexicon.RESOLVING_TITLES,
    )
)
