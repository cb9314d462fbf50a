"""Gazetteer recogniser: every name and alias of the gazetteer, in all three languages.

Chinese and Latin-script forms, and Russian acronyms (ООН, СНГ), are found in the raw text with an
Aho-Corasick automaton (one pass per block, whatever the size of the gazetteer), outside Chinese on
word boundaries. Other Russian forms are matched on normal forms of tokens, so ``Токаеву`` and
``Казахстане`` find ``Токаев`` and ``Казахстан`` (an acronym matched that way would find ГАЗ in газа).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ahocorasick

from pipeline.document import Mention, Token
from pipeline.gazetteer import GazetteerEntity
from pipeline.lang.en.lexicon import PERSON_TITLES as ENGLISH_TITLES
from pipeline.lang.en.lexicon import alternatives, spelling_forms
from pipeline.lang.kk.lexicon import RUSSIAN_LETTERS
from pipeline.lang.zh.lexicon import PERSON_TITLES
from pipeline.lang.zh.ner import merges_into_title
from pipeline.langid import has_han
from pipeline.names import NAME_DOTS, with_closing_guillemets

_WORD_CHAR = re.compile(r"[^\W\u3400-\u9fff]")
"""A character a Latin name may not touch: a letter or digit of an alphabet (a Chinese character may: `Meta等`)."""
_MAX_RUSSIAN_TOKENS = 8


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    entity_id: str
    label: str
    surface_lang: str


_LEADING_TITLES = re.compile(rf"^{alternatives(ENGLISH_TITLES)}\s+")


def _without_title(surface: str, start: int, end: int, label: str) -> tuple[int, int]:
    """A person alias such as 托卡耶夫总统 or President Tokayev marks the name only: the title is not part
    of the person's surface."""
    if label != "PER":
        return start, end
    for title in PERSON_TITLES:
        if surface.endswith(title) and len(surface) > len(title) + 1:
            return start, end - len(title)
    leading = _LEADING_TITLES.match(surface)
    return (start + leading.end(), end) if leading and leading.end() < len(surface) else (start, end)


_HYPHENS_AS_TYPESET = (" - ", "－", " — ", "—")
"""How Chinese text also writes the hyphen of a name (萨姆鲁克 - 卡泽纳, 萨姆鲁克－卡泽纳)."""


def _typeset_variants(surface: str) -> tuple[str, ...]:
    """A Chinese name with a hyphen or a middle dot as it is also typeset (迪玛希•库达伊别尔艮 for
    迪玛希·库达伊别尔艮); none for other names."""
    if not has_han(surface):
        return ()
    hyphened = [surface, *(surface.replace("-", hyphen) for hyphen in _HYPHENS_AS_TYPESET if "-" in surface)]
    dotted = [written.replace("·", dot) for written in hyphened for dot in NAME_DOTS if dot != "·" and "·" in written]
    return tuple(dict.fromkeys((*hyphened[1:], *dotted)))


_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def _case_variants(surface: str) -> tuple[str, ...]:
    """A one-word Latin name written with a capital inside (YouTube, TikTok, WhatsApp) as news also writes it,
    with the first capital only (Youtube, Tiktok, Whatsapp); none for other names."""
    return (surface.capitalize(),) if _INNER_CAPITAL.fullmatch(surface) else ()


def _is_latin(surface: str) -> bool:
    return all(ch.isascii() or not ch.isalpha() or "\u00c0" <= ch <= "\u024f" for ch in surface)


class GazetteerMatcher:
    """Finds gazetteer names in text; ``normal_form`` lemmatises one Russian word."""

    def __init__(self, entities: Iterable[GazetteerEntity], normal_form: Callable[[str], str] | None = None):
        self.entities = {entity.id: entity for entity in entities}
        self.normal_form = normal_form
        self.automaton = ahocorasick.Automaton()
        self.russian: dict[tuple[str, ...], tuple[GazetteerHit, tuple[bool, ...]]] = {}
        """Normal forms of a Russian name's words -> the entity, and which of the words are capitalised."""
        self.russian_longest: dict[str, int] = {}
        """First normal form of a Russian name -> the most words a name starting with it has: most tokens
        start no name, and are passed over with one lookup."""
        for entity in self.entities.values():
            for lang in ("zh", "en", "ru"):
                for surface in entity.surfaces(lang):
                    hit = GazetteerHit(entity.id, entity.type, lang)
                    if lang == "ru" and not _is_latin(surface) and not surface.isupper():
                        self._add_russian(surface, hit)
                    else:  # `Prosecutor General's Office` as typeset too: `General’s` (same length, same offsets);
                        # a body's name in the other English spelling too (`World Health Organisation`)
                        variants = (*_typeset_variants(surface), *_case_variants(surface), *spelling_forms(surface)[1:])
                        for written in dict.fromkeys((surface, surface.replace("'", "’"), *variants)):
                            if written not in self.automaton:
                                self.automaton.add_word(written, (written, hit))
        if len(self.automaton):
            self.automaton.make_automaton()

    def _add_russian(self, surface: str, hit: GazetteerHit) -> None:
        if self.normal_form is None:
            return
        words = re.findall(r"\w+(?:-\w+)*", surface)
        key = tuple(self.normal_form(word.translate(RUSSIAN_LETTERS)) for word in words)  # as find_russian reads them
        if key:
            capitals = tuple(word[:1].isupper() for word in words)
            known = self.russian.get(key)
            if known is not None and known[0].entity_id == hit.entity_id:  # `Генпрокуратура` and `генпрокуратура`:
                capitals = tuple(a and b for a, b in zip(known[1], capitals, strict=True))  # either case is it
            elif known is not None:
                return
            self.russian[key] = (hit if known is None else known[0], capitals)
            self.russian_longest[key[0]] = max(self.russian_longest.get(key[0], 0), len(key))

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        """Matches of Chinese and Latin-script forms in ``text[start:end]`` (Latin ones on word boundaries)."""
        if not len(self.automaton):
            return []
        mentions = []
        for last, (surface, hit) in self.automaton.iter(text, start, end):
            first = last - len(surface) + 1
            if not has_han(surface) and (
                (first > 0 and _WORD_CHAR.match(text[first - 1]))
                or (last + 1 < len(text) and _WORD_CHAR.match(text[last + 1]))
            ):
                continue
            if hit.label == "ORG" and has_han(surface) and merges_into_title(text, first, last + 1):
                continue  # 外交部长: a minister, not the ministry
            first, stop = _without_title(surface, first, last + 1, hit.label)
            mentions.append(
                Mention(first, stop, hit.label, f"gazetteer:{hit.surface_lang}", "gazetteer", 1.0, hit.entity_id)
            )
        return mentions

    def within_words(self, found: list[Mention], text: str, tokens: list[Token]) -> list[Mention]:
        """The Chinese matches that do not cut a word the segmenter found: a name is not a name when it
        begins inside a word (中国 in 发展中国家, 美国 in 拉美国家) or ends inside one (卫生部 in 卫生部门), unless
        the rest of the word is a title (托卡耶夫总统, one word, is a name and its title) or the word is a
        gazetteer name itself (哈萨克斯坦 in 哈萨克斯坦能源部). The segmenter knows every gazetteer name, so it
        cuts one only for a word its dictionary prefers."""
        starts = [token.start for token in tokens]
        kept = []
        for mention in found:
            if tokens and has_han(text[mention.start : mention.end]):
                around = bisect.bisect_right(starts, mention.start) - 1  # the token holding the first character
                if around >= 0 and tokens[around].start < mention.start < tokens[around].end:
                    continue
                last = bisect.bisect_left(starts, mention.end) - 1  # the last token starting inside the name
                word = tokens[last] if last >= 0 else None
                if word is not None and word.end > mention.end:
                    rest, whole = text[mention.end : word.end], text[word.start : word.end]
                    if mention.start < word.start or not (rest in PERSON_TITLES or whole in self.automaton):
                        continue
            kept.append(mention)
        return kept

    def find_russian(self, text: str, tokens: list[Token]) -> list[Mention]:
        """Matches of Russian forms on the normal forms of a sentence's tokens; a word written with Kazakh letters as
        Russian spells it (Ақорда as Акорда: Kazinform's Russian keeps them in Kazakh names)."""
        if not self.russian or self.normal_form is None:
            return []
        words = [
            (t, self.normal_form(text[t.start : t.end].translate(RUSSIAN_LETTERS)))
            for t in tokens
            if _WORD_CHAR.match(text[t.start])
        ]
        mentions = []
        for i in range(len(words)):
            longest = self.russian_longest.get(words[i][1], 0)
            for size in range(min(longest, _MAX_RUSSIAN_TOKENS, len(words) - i), 0, -1):
                found = self.russian.get(tuple(form for _, form in words[i : i + size]))
                if found is None:
                    continue
                hit, capitals = found
                span = words[i : i + size]
                written = [text[token.start].isupper() for token, _ in span]
                if any(capital and not upper for capital, upper in zip(capitals, written, strict=True)):
                    continue  # `газу` (gas) is not `Газа`: a proper name's capital must be written
                first, last = span[0][0], span[-1][0]
                if hit.label == "LOC" and not written[0] and any(written):
                    first = span[written.index(True)][0]  # `порту Актау`: the port's name, not the common noun
                end = with_closing_guillemets(text, first.start, last.end)  # `холдинга «Байтерек»`
                mentions.append(Mention(first.start, end, hit.label, "gazetteer:ru", "gazetteer", 1.0, hit.entity_id))
                break
        return mentions
