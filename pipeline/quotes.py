"""The quotes stage: who said what.

Finders per language give quoted spans with the words that name the speaker; this stage resolves
those words: a named person or body (explicit), a pronoun (to the nearest fitting earlier speaker or
person), a title such as 州长 / the Minister / Премьер-министр (to the nearest earlier person), an
interview label (阿利耶夫总统 -> Ilham Aliyev), or an unnamed source kept as written (专家, 双方).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.document import Block, Document, Mention, Quote
from pipeline.gazetteer import GazetteerEntity
from pipeline.lang import language_for, languages
from pipeline.lang.ru.lexicon import romanize_russian_name
from pipeline.lang.zh.translit import romanize_chinese_name
from pipeline.quote_candidate import QuoteCandidate

Resolution = tuple[dict[str, str | None], tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]


def _from_languages() -> Resolution:
    """Pronouns, titles, title endings, women's name endings and honorifics of every language package:
    speaker resolution reads them all, since a speaker phrase may be in another script than its block."""
    pronouns: dict[str, str | None] = {}
    titles: list[str] = []
    endings: list[str] = []
    female: list[str] = []
    honorifics: set[str] = set()
    for language in languages().values():
        pronouns.update(language.pronouns)
        titles += [t.lower() for t in language.resolving_titles if t.lower() not in titles]
        endings += [e for e in language.title_endings if e not in endings]
        female += [e for e in language.female_endings if e not in female]
        honorifics |= {h for title in language.honorifics for h in (title, title.rstrip("."))}
    return pronouns, tuple(titles), tuple(endings), tuple(female), frozenset(honorifics)


PRONOUNS, PERSON_TITLES, _TITLE_ENDINGS, _FEMALE_ENDINGS, _HONORIFICS = _from_languages()
"""Pronouns with the gender they point to; titles that stand for a person named earlier (州长说 -> the
governor introduced before; unnamed sources such as 专家 are not resolved); the endings a title may take
(министра); endings of women's names (纳扎尔巴耶娃, Назарбаева); forms of address (Mr.)."""


class QuoteFinder:
    """Callable stage; needs the gazetteer for the English names of speakers."""

    name = "quotes"
    requires = frozenset({"blocks", "sentences", "mentions", "entity_ids"})
    provides = frozenset({"quotes"})

    def __init__(self, gazetteer: Iterable[GazetteerEntity]):
        self.gazetteer = {entity.id: entity for entity in gazetteer}

    def __call__(self, doc: Document) -> Document:
        quotes: list[Quote] = []
        previous: Block | None = None
        for index, block in enumerate(doc.blocks):
            if block.kind in ("question", "answer"):
                quotes.append(self._interview_quote(doc, block, quotes))
            elif block.kind == "paragraph":
                for candidate in self._candidates(doc, index, block, previous):
                    quotes.append(self._resolve(doc, candidate, quotes))
            if block.kind not in ("caption", "credit"):
                previous = block
        doc.quotes = sorted(quotes, key=lambda q: q.start)
        return doc

    def _candidates(self, doc: Document, index: int, block: Block, previous: Block | None) -> list[QuoteCandidate]:
        language = language_for(block.lang, doc.span(block.start, block.end))
        before = (previous.start, previous.end) if previous is not None and previous.kind == "paragraph" else None
        sentences = [(s.start, s.end) for s in doc.sentences if s.block == index]
        return language.find_quotes(doc.text, block.start, block.end, sentences, before)

    def _interview_quote(self, doc: Document, block: Block, earlier: list[Quote]) -> Quote:
        """A question or answer paragraph; its speaker is the turn's label (记者, 阿利耶夫总统)."""
        text = doc.span(block.start, block.end)
        start = block.start
        label = block.speaker_label or ""
        if label and text.startswith(label):
            start = block.start + len(label)
            while start < block.end and doc.text[start] in "：: \t":
                start += 1
        same_turn = [q for q in earlier if q.turn == block.turn and q.speaker_start is not None]
        if same_turn:
            first = same_turn[0]
            return Quote(
                start, block.end, block.kind, "：", first.speaker_start, first.speaker_end, "interview",
                first.speaker_entity_id, first.role, block.turn, block.turn, 0.95,
            )  # fmt: skip
        label_end = block.start + len(label)
        mention = _last_mention(doc, block.start, label_end, ("PER",))
        entity = mention.entity_id if mention else None
        role = "journalist" if label in ("记者", "问", "Q", "Вопрос", "Корреспондент", "Journalist") else None
        speaker = (mention.start, mention.end) if mention else (block.start, label_end)
        return Quote(
            start, block.end, block.kind, "：", *speaker, "interview", entity, role, block.turn, block.turn, 0.95
        )

    def _resolve(self, doc: Document, candidate: QuoteCandidate, earlier: list[Quote]) -> Quote:
        quote = Quote(candidate.start, candidate.end, candidate.kind, candidate.cue, confidence=candidate.confidence)
        if candidate.speaker_start is None or candidate.speaker_end is None:
            return self._pronoun(doc, quote, None, earlier)
        start, end = candidate.speaker_start, candidate.speaker_end
        phrase = doc.span(start, end)
        mention = _speaker_mention(doc, start, end)
        if mention is not None and mention.label != "PER" and _is_title(_title_head(phrase)):
            mention = None  # `The Senior Marshal of the Polish Senate`: a person, named by a title
        if mention is not None:
            quote.speaker_start, quote.speaker_end = mention.start, mention.end
            quote.speaker_entity_id = mention.entity_id
            quote.attribution = "explicit"
            role = doc.span(start, mention.start).strip(" \t，,的")
            quote.role = role if 2 <= len(role) <= 30 and role not in _HONORIFICS else None
            return quote
        quote.speaker_start, quote.speaker_end = start, end
        words = phrase.split()
        if phrase.lower() in PRONOUNS or (words and words[0].lower() in PRONOUNS and len(words) == 1):
            return self._pronoun(doc, quote, PRONOUNS.get(phrase.lower()), earlier)
        lowered = re.sub(r"^(the|this|that)\s+", "", phrase.lower())
        if _is_title(lowered) or _is_title(_title_head(phrase)) or _is_person_title(phrase):
            person = _apposed_person(doc, _title_head(phrase), start) or _nearest_person(doc, start, None, earlier)
            quote.attribution = "descriptor"
            quote.role = phrase
            if person is not None:
                quote.speaker_entity_id = person
            return quote
        quote.attribution = "unnamed"
        return quote

    def _pronoun(self, doc: Document, quote: Quote, gender: str | None, earlier: list[Quote]) -> Quote:
        quote.attribution = "pronoun"
        quote.speaker_entity_id = _nearest_person(doc, quote.start, gender, earlier)
        if quote.speaker_entity_id is not None:
            previous = next((q for q in reversed(earlier) if q.speaker_entity_id == quote.speaker_entity_id), None)
            quote.role = previous.role if previous else None
        return quote

    def name_en(self, entity_id: str | None) -> str | None:
        """The speaker's English name: the gazetteer's, the pinyin of a Chinese person's name, or a Russian
        or Kazakh person's name in Latin letters."""
        entity = self.gazetteer.get(entity_id or "")
        if entity is not None:
            return entity.names.get("en")
        if entity_id and entity_id.startswith("per:zh:"):
            return romanize_chinese_name(entity_id.split(":", 2)[-1])
        if entity_id and entity_id.startswith("per:ru:"):
            return romanize_russian_name(entity_id.split(":", 2)[-1])
        return None


def _is_title(lowered: str) -> bool:
    """A person's title, Russian ones in any case (По словам министра)."""
    return any(lowered.endswith(title + ending) for title in PERSON_TITLES for ending in _TITLE_ENDINGS)


def _title_head(phrase: str) -> str:
    """The title a phrase is headed by: `The Senior Marshal of the Polish Senate` -> `marshal`."""
    return re.split(r"\s+(?:of|of the)\s+", phrase.lower(), maxsplit=1)[0].split()[-1] if phrase.split() else ""


def _is_person_title(phrase: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{0,6}(?:长|总统|总理|主席|大使)", phrase))


def _speaker_mention(doc: Document, start: int, end: int) -> Mention | None:
    """The subject among the names before a cue: the first person (州长X在Y中心…上表示), else the last body."""
    inside = [m for m in doc.mentions if start <= m.start and m.end <= end]
    persons = [m for m in inside if m.label == "PER"]
    if persons:
        return persons[0]
    bodies = [m for m in inside if m.label == "ORG"]
    return bodies[-1] if bodies else None


def _last_mention(doc: Document, start: int, end: int, labels: tuple[str, ...]) -> Mention | None:
    inside = [m for m in doc.mentions if start <= m.start and m.end <= end and m.label in labels]
    return inside[-1] if inside else None


def _is_female(doc: Document, entity_id: str) -> bool:
    name = entity_id.split(":")[-1]
    mention = next((m for m in doc.mentions if m.entity_id == entity_id), None)
    surface = doc.span(mention.start, mention.end) if mention else name
    return surface.endswith(_FEMALE_ENDINGS) or name.endswith(_FEMALE_ENDINGS)


def _apposed_person(doc: Document, phrase: str, position: int) -> str | None:
    """The person a title was given to: `州长努尔达乌列特·科伊勒拜`, `Marshal of the Senate Stanisław
    Karczewski`; the nearest such before ``position``."""
    words = re.findall(r"[\w-]+", phrase)
    head = words[-1] if words else ""
    if not head:
        return None
    found = None
    for match in re.finditer(re.escape(head), doc.text[:position], re.IGNORECASE):
        person = next(
            (
                m
                for m in doc.mentions
                if m.label == "PER" and match.end() <= m.start <= match.end() + 30 and m.entity_id
            ),
            None,
        )
        if person is not None and not re.search(r"[。.;；!?！？]", doc.text[match.end() : person.start]):
            found = person.entity_id
    return found


def _nearest_person(doc: Document, position: int, gender: str | None, earlier: list[Quote]) -> str | None:
    """The nearest earlier speaker of the right gender; failing that, the nearest person mentioned outside
    quoted words (a name inside someone's quote is not who speaks next)."""

    def fits(entity_id: str | None) -> bool:
        if not entity_id or not entity_id.startswith("per:"):
            return False
        return gender is None or (gender == "f") == _is_female(doc, entity_id)

    speakers = sorted(
        ((q.speaker_start or q.start, q.speaker_entity_id) for q in earlier if (q.speaker_start or q.start) < position),
        key=lambda item: item[0],
        reverse=True,
    )
    for _, entity_id in speakers:
        if fits(entity_id):
            return entity_id
    quoted = [(q.start, q.end) for q in earlier]
    mentions = [
        m for m in doc.mentions
        if m.label == "PER" and m.start < position and not any(s <= m.start < e for s, e in quoted)
    ]  # fmt: skip
    for mention in reversed(mentions):
        if fits(mention.entity_id):
            return mention.entity_id
    return None
