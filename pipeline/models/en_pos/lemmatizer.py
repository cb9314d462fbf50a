"""English lemmas from the predicted tags.

Order of evidence: the lemma that the treebank's training split gives a (word, XPOS) pair; a base-form XPOS
(`VB`, `NN`, `JJ`, ...) is its own lemma; WordNet's exceptions, index and suffix rules (the tables behind spaCy's
rule-based English lemmatizer) for nouns, verbs, adjectives and adverbs; spaCy's English lookup table; the word.
"""

from __future__ import annotations

from typing import Any

# XPOS tags whose word is already the lemma (up to case).
_BASE_XPOS = frozenset({"VB", "VBP", "NN", "JJ", "RB", "UH", "CD", "FW", "LS", "SYM"})
_PROPER_XPOS = frozenset({"NNP", "NNPS"})
_RULE_POS = {"NOUN": "noun", "PROPN": "noun", "VERB": "verb", "AUX": "verb", "ADJ": "adj", "ADV": "adv"}


class Lemmatizer:
    """Rule lemmatizer driven by UPOS and XPOS; all tables come from the package's lemma file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.known: dict[str, str] = data["known"]
        self.index: dict[str, frozenset[str]] = {pos: frozenset(words) for pos, words in data["index"].items()}
        self.exc: dict[str, dict[str, list[str]]] = data["exc"]
        self.rules: dict[str, list[list[str]]] = data["rules"]
        self.lookup: dict[str, str] = data["lookup"]
        self._cache: dict[tuple[str, str, str], str] = {}

    def lemma(self, word: str, upos: str, xpos: str) -> str:
        """The lemma of one token; memoised on (word, UPOS, XPOS)."""
        key = (word, upos, xpos)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._lemma(word, upos, xpos)
            if len(self._cache) > 500_000:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def _lemma(self, word: str, upos: str, xpos: str) -> str:
        lower = word.lower()
        known = self.known.get(f"{lower}\t{xpos}")
        if xpos in _PROPER_XPOS:
            # Names keep their spelling; only plural names (`Americans`) change.
            if known is not None and known.lower() != lower:
                return known
            if xpos == "NNPS" and known is None:
                base = self._rules(lower, "noun")
                return word[: len(base)] if word.lower().startswith(base) else base
            return word
        if known is not None:
            return known
        if upos in ("PUNCT", "SYM", "NUM", "X"):
            return word
        if upos == "ADJ" and word[:1].isupper() and word[1:].islower():
            # Unseen capitalised adjectives are mostly from names (`Uzbek`), whose lemma keeps the capital.
            return word
        if xpos in _BASE_XPOS:
            return lower
        pos = _RULE_POS.get(upos)
        if pos is not None:
            return self._rules(lower, pos)
        return self.lookup.get(word) or self.lookup.get(lower) or lower

    def _rules(self, lower: str, pos: str) -> str:
        """spaCy's rule lemmatizer: exceptions first, then suffix rules whose result WordNet knows."""
        exceptions = self.exc.get(pos, {}).get(lower)
        if exceptions:
            return exceptions[0]
        index = self.index.get(pos, frozenset())
        if lower in index:
            return lower
        forms: list[str] = []
        oov: list[str] = []
        for old, new in self.rules.get(pos, []):
            if lower.endswith(old):
                form = lower[: len(lower) - len(old)] + new
                if not form:
                    continue
                if form in index or not form.isalpha():
                    forms.append(form)
                else:
                    oov.append(form)
        if forms:
            return forms[0]
        return oov[0] if oov else self.lookup.get(lower, lower)
