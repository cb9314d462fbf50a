"""The morph stage: a UD part of speech, the tool's own tag, a lemma and features for every token.

Each language names its tagger in the registry (``Language.tagger``). The stage hands a tagger all of a
document's sentences in its language at once, so a model runs once per document over a batch instead
of once per block. Tokens stay those of the segment stage (the offsets of the sentences table); taggers
read their forms and fill ``upos``, ``xpos``, ``lemma`` and ``feats``, leaving alone what stanza already
gave. The stage runs before the entities stage: the Russian tagger's natasha pass also finds the named
entities that the ``natasha`` recogniser reports (``Document.model_mentions``).
"""

from __future__ import annotations

import unicodedata
from importlib.metadata import version

from pipeline.document import Document, Sentence, Token
from pipeline.lang import Tagger, language_for, languages

FIELDS = ("upos", "xpos", "lemma", "feats")


class MorphTagger:
    """Callable stage; each language's tagger is made on first use and then reused."""

    name = "morph"
    requires = frozenset({"sentences", "tokens"})
    provides = frozenset({"upos", "xpos", "lemma", "feats", "model_mentions"})

    def __init__(self, stanza_langs: frozenset[str] = frozenset()) -> None:
        self.stanza_langs = stanza_langs
        """Languages whose tokens stanza tags in the segment stage (ru, en); their taggers fill only gaps."""
        self._taggers: dict[str, Tagger | None] = {}

    def tagger(self, code: str) -> Tagger | None:
        if code not in self._taggers:
            self._taggers[code] = languages()[code].make_tagger()
        return self._taggers[code]

    def describe(self) -> dict[str, dict[str, str]]:
        """Per language, the tool behind each token field, for the manifest (without loading any)."""
        described: dict[str, dict[str, str]] = {}
        for code, language in languages().items():
            fields = language.describe_tagger() if language.describe_tagger else {}
            if code in self.stanza_langs and code != "zh":
                stanza = f"stanza {version('stanza')}"
                fields = {field: stanza for field in FIELDS}
            described[code] = {field: fields.get(field, "none") for field in FIELDS}
        return described

    def __call__(self, doc: Document) -> Document:
        for code, sentences in sentences_by_language(doc).items():
            tagger = self.tagger(code)
            if tagger is not None:
                tagger.tag(doc, sentences)
        return doc


def sentences_by_language(doc: Document) -> dict[str, list[Sentence]]:
    """The document's sentences grouped by the language package their block goes to (as in segmenting)."""
    routes: dict[int, str] = {}
    grouped: dict[str, list[Sentence]] = {}
    for sentence in doc.sentences:
        code = routes.get(sentence.block)
        if code is None:
            block = doc.blocks[sentence.block]
            code = routes[sentence.block] = language_for(block.lang, doc.span(block.start, block.end)).code
        grouped.setdefault(code, []).append(sentence)
    return grouped


def untagged(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with a token that has no UPOS yet (stanza's sentences come tagged)."""
    return [s for s in sentences if any(t.upos is None for t in s.tokens)]


def form_upos(form: str) -> str | None:
    """UPOS that a token's characters decide alone: PUNCT, SYM or NUM; None for words."""
    if not form:
        return None
    categories = {unicodedata.category(char)[0] for char in form}
    if categories == {"P"}:
        return "PUNCT"
    if categories <= {"S", "P"}:
        return "SYM"
    if form[0].isdigit() and all(char.isdigit() or char in ".,:%" for char in form):
        return "NUM"
    return None


def rule_upos(form: str, sentence_initial: bool, words: dict[str, str]) -> str:
    """The rule set for languages without a tagger: the form's characters, a closed-class word list
    (lower-case form -> UPOS), a capitalised word that does not open its sentence (or is all capitals)
    as PROPN, X otherwise."""
    by_form = form_upos(form)
    if by_form:
        return by_form
    listed = words.get(form.lower())
    if listed:
        return listed
    letters = [char for char in form if char.isalpha()]
    if letters and letters[0].isupper() and (not sentence_initial or (len(letters) > 1 and form.isupper())):
        return "PROPN"
    return "X"


def tag_by_rules(doc: Document, sentences: list[Sentence], words: dict[str, str]) -> None:
    """:func:`rule_upos` and the lower-cased form as lemma on every token that has no UPOS yet."""
    text = doc.text
    for sentence in sentences:
        for index, token in enumerate(sentence.tokens):
            if token.upos is None:
                form = text[token.start : token.end]
                token.upos = rule_upos(form, index == 0, words)
                token.lemma = token.lemma or form.lower()


def forms(doc: Document, tokens: list[Token]) -> list[str]:
    text = doc.text
    return [text[t.start : t.end] for t in tokens]
