"""English recogniser: capitalised word sequences typed by the words around and inside them."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Sequence

from pipeline.document import Document, Mention, Sentence, Token
from pipeline.lang import given_name_genders
from pipeline.lang.en.lexicon import (
    ADJECTIVE_PLACES,
    ADJECTIVE_SUFFIXES,
    BODY_HEAD_WORDS,
    BODY_HEADS,
    COMPANY_ENDINGS,
    COMPANY_PLURALS,
    COMPASS_WORDS,
    COMPOUND_SECONDS,
    COUNTRIES,
    CURRENCY_NOUNS,
    DEGREES,
    DEMONYM_GIVEN_NAMES,
    DEMONYMS,
    DESCRIBING_NOUNS,
    DISMISSAL_WORDS,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    EVENT_OPENERS,
    FIXTURE_WORDS,
    GEOGRAPHIC_NOUNS,
    GROUP_NOUNS,
    HEADS_ALONE,
    HONORIFICS,
    LIST_PLACE_NOUNS,
    MONTH_NAMES,
    NAME_MODIFIERS,
    NAME_SPLITTING_TITLES,
    NAMED_AFTER_HEADS,
    ORG_WORDS,
    OUTLET_KINDS,
    PARENT_HEADS,
    PERSON_CONTEXT,
    PERSON_TITLES,
    PLACE_NAME_WORDS,
    PLACE_WORDS,
    PROJECT_HEADS,
    REPORTING_VERBS,
    RESULT_VERBS,
    ROUTE_WORDS,
    SENTENCE_WORDS,
    SURNAME_ENDINGS,
    THING_NOUNS,
    TIME_WORDS,
    TITLE_MODIFIERS,
    UNIT_HEADS,
    VENUE_FIXTURE_WORDS,
    VENUE_HEADS,
    alternatives,
    american_spelling,
)
from pipeline.names import LEGAL_FORMS, WEB_NAME, WEB_SITE
from pipeline.quote_candidate import QUOTATION_PAIRS
from pipeline.recognisers import BlockContext, SentenceTagger, joined_neighbours

_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z][\w'’.-]*[a-z\w])(?:\s+(?:of|the|for|and|de|al)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)*"
)
_TITLE_WORDS = alternatives(PERSON_TITLES, any_case=True)
_HEAD_TITLE_WORDS = alternatives(tuple(title for title in PERSON_TITLES if title not in TITLE_MODIFIERS), any_case=True)
"""Titles that name an office themselves: `first` before a name (`the first Paralympic gold`) makes it no person's."""
_PERSON_TITLES = re.compile(
    rf"(?<!\w)(?:{_HEAD_TITLE_WORDS})"  # a whole word: `king` in `marking` is no title
    rf"(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*(?: (?:{alternatives(PLACE_WORDS)}))?)?\s+$"
)
_LEADING_TITLE = re.compile(rf"(?:{_TITLE_WORDS}) of (?:the )?")  # used with match(text, pos)
_ORG_WORDS = re.compile(rf"\b{alternatives(ORG_WORDS)}\b")
_PLACE_WORDS = re.compile(rf"\b{alternatives(PLACE_WORDS, any_case=True)}\b")
_PLACE_WORD_AFTER = re.compile(rf"[ \t]+(?:{alternatives(PLACE_WORDS)})\b")
_PLACE_NAME_WORD_AFTER = re.compile(rf"[ \t]+(?:{alternatives(PLACE_NAME_WORDS)})\b")
"""A place word right after a name (`Atyrau region`); the second, only those that are part of the name."""
_HELD_IN = re.compile(r"(?:held|hosted|located|based|place)[ \t]+in")
"""Words before a place where something is held or takes place (`will be held in Tianjin`)."""
_SENTENCE_WORDS = SENTENCE_WORDS
_IN_DOCUMENT_TITLE = re.compile(
    rf"\b{alternatives(DOCUMENT_HEADS)}[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|on|in|for|the)[ \t]+)*)*$"
)
"""The words of a document's title up to a position (`Memorandum of Mutual Understanding and `)."""
_DOCUMENT_TITLE = re.compile(rf"{alternatives(DOCUMENT_HEADS)}[ \t]+(?:of|on)\b")
"""A span that is a document's title (`Agreement on Cooperation`): a document, not a body."""
_OF_OR_ON = 4
"""Characters after a span that ` of` / ` on` takes, for a document's head read alone (`Decree` of the President)."""
_FIELD_WORD = r"[A-Z][\w-]*"
"""A capitalised word of a ministry's or a minister's field (Ecology, Natural)."""
_DEPUTY = r"(?:Deputy[ \t]+|Vice[ \t]+)?"
_FIELD_GOES_ON = rf"(?:,?[ \t]+and|,|[ \t]+of(?:[ \t]+the)?)(?:[ \t]+{_FIELD_WORD}){{1,3}}"
"""The rest of a field of several parts: `and Social Development`, `, Innovations`, `of the Population`."""
_FIELD_OF_MINISTER = re.compile(rf"(?:{_FIELD_GOES_ON}){{0,4}}[ \t]+{_DEPUTY}Minister\b")
"""What follows the field of a minister's office written before the title (`Emergency Situations Minister`, `Kazakh
Information and Social Development Minister`, `Labor and Social Protection of the Population Minister`)."""
_PART_OF_FIELD = re.compile(rf"(?:[ \t]+{_FIELD_WORD}){{1,3}}[ \t]+{_DEPUTY}Minister\b")
"""What follows the start of such a field that a tagged body cut short (`[Kazakh National] Economy Minister`); a
place keeps its name there (`Kazakhstan Foreign Minister`)."""
_SPEECH_AFTER = re.compile(rf"^,?\s+{alternatives((*REPORTING_VERBS, *PERSON_CONTEXT))}\b")


_SPLIT_AFTER = frozenset(title.lower() for title in NAME_SPLITTING_TITLES)


_MINISTER_OF = re.compile(
    r"((?:Deputy |Vice )?(?:Prime )?Minister of [A-Z]\w+(?: and [A-Z]\w+)?)\s+(?=[A-Z]\w+\s+[A-Z])"
)


_PEOPLE = alternatives(DEMONYMS)
_COUNTRY_INITIALS = "[A-Z]{2,3}"
_HYPHENATED_ADJECTIVE = re.compile(
    rf"{_PEOPLE}(?:-(?:{_PEOPLE}|{_COUNTRY_INITIALS}))+|{_COUNTRY_INITIALS}(?:-{_PEOPLE})+"
    rf"|[\w'’.]+-(?:{'|'.join(map(re.escape, ADJECTIVE_SUFFIXES))})"
)
"""Peoples joined by hyphens (Kazakh-Uzbek talks, Kazakh-US cooperation: a country's initials with a people) and a
name made an adjective (Kostanay-based, China-invested)."""


_ASCII_LEGAL_FORM_WORDS = frozenset(form for form in LEGAL_FORMS if form.isascii())
"""The legal forms English writes after a company's name (JSC, LLP; ``pipeline/data/legal_forms.tsv``)."""


def _sequences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Capitalised word sequences, cut after a title or a body (`the Senate Stanisław Karczewski`)."""
    spans = []
    for match in _NAME.finditer(text, start, end):
        title = _MINISTER_OF.match(match.group())
        if title:  # `Minister of Energy Nurlan Nogayev`: the office, then the person
            spans.append((match.start(), match.start() + title.end(1)))
            spans.append((match.start() + title.end(), match.end()))
            continue
        pieces = list(re.finditer(r"\S+", match.group()))
        cut = match.start()
        for index, piece in enumerate(pieces[:-1]):
            # `AlmatyMetroKurylys JSC Murat Ukshebayev`: a company's legal form after its name ends the name
            ends_company = (
                index > 0
                and piece.group().rstrip(".") in _ASCII_LEGAL_FORM_WORDS
                and pieces[index + 1].group().rstrip(".,") not in _ASCII_LEGAL_FORM_WORDS  # `Kia Co Ltd`
            )
            if (piece.group().lower() in _SPLIT_AFTER or ends_company) and pieces[index + 1].group()[0].isupper():
                spans.append((cut, match.start() + piece.end()))
                cut = match.start() + pieces[index + 1].start()
        stop = match.end() - 2 if match.group().endswith(("'s", "’s")) else match.end()
        spans.append((cut, stop))  # `the Government’s decision`: the name without its possessive ending
    return spans


_DESCRIBED_BEFORE = re.compile(rf"\b(?:{alternatives(DESCRIBING_NOUNS)})\s+$")
"""A noun saying what a person does right before capitalised words (the midfielder Islambek Kuat): a person's name."""


_POSSESSIVE_BEFORE_LAST = re.compile(r"['’]s[ \t]+\S+$")
"""A possessive before a span's last word (`the Party’s Chairman`): the last word is what the owner has."""


def english_names(text: str, start: int, end: int) -> list[Mention]:
    """Names typed PER after a title or before a speech verb, LOC with region/city words, ORG with
    organisation words; lone capitalised words without such a sign are left out."""
    mentions = []
    for seq_start, seq_end in _sequences(text, start, end):
        name = text[seq_start:seq_end]
        words = name.split()
        described = False  # `Midfielder Islambek Kuat`: what the person does opens the run, and is left out
        while words:
            describing = len(words) > 1 and _DESCRIBING_WORD.fullmatch(words[0]) is not None
            if not (
                describing
                or words[0] in _SENTENCE_WORDS
                or (len(words) < len(name.split()) and words[0] == "the")
                or (len(words) > 2 and words[1] == "the" and _PARTICIPLE.fullmatch(words[0]))
            ):
                break
            described = described or describing
            words = words[1:]  # `So the Government`, `Welcoming the Commission`: the opener and the article after it
        if not words or all(word in MONTH_NAMES or word == "and" for word in words):
            continue  # `in late June and July was…`: months, no one's name
        first = seq_start + name.index(words[0])
        office = _LEADING_TITLE.match(text, first, seq_end)
        if office:  # `Akim of Atyrau region`: the place, not the office
            first = office.end()
            words = text[first:seq_end].split()
            if not words:
                continue
        title = next(
            (m for m in _TITLE_PHRASES.finditer(text, max(start, first - 30), seq_end) if m.start() <= first < m.end()),
            None,
        )
        if title is not None and title.end() < seq_end:  # `Head of [State Kassym-Jomart Tokayev]`: after the title
            first = title.end() + len(text[title.end() : seq_end]) - len(text[title.end() : seq_end].lstrip())
            words = text[first:seq_end].split()
            if not words or not words[0][:1].isupper():
                continue  # `Deputy Prime Minister [and Minister of Agriculture]`: a second office, no name
        span_text = text[first:seq_end]
        if _TITLE_WORD.match(words[-1]) and (
            not _ORG_WORDS.search(span_text) or _POSSESSIVE_BEFORE_LAST.search(span_text)
        ):
            continue  # `State Counselor`, `Prime Minister`, `the Party’s Chairman`: an office, not a name
        if _inside_title(text, text.index(words[-1], first, seq_end), seq_end):
            continue  # `the Head of State pointed out`: an office before a speech verb, not a person
        before = text[max(start, first - 40) : first]
        after = text[seq_end:end]
        if len(words) == 1 and span_text.lower() in HEADS_ALONE:
            continue  # `the Secretariat`, `the Ministry`: a body named before, referred back to
        if _ORG_WORDS.search(span_text):
            label, fine = "ORG", "caps+org_word"
        elif WEB_NAME.search(span_text):
            label, fine = "ORG", "caps+web"  # `BaigeNews.kz`: a news site, the body behind it
        elif _PLACE_WORDS.search(span_text) or _PLACE_WORD_AFTER.match(text, seq_end, end):
            label, fine = "LOC", "caps+place_word"
            region = _PLACE_NAME_WORD_AFTER.match(text, seq_end, end)
            if region:
                mentions.append(Mention(first, region.end(), label, fine, "rules_en", 0.6))
                continue
        elif len(words) >= 2 and words[-1] in PROJECT_HEADS:
            label, fine = "MISC", "caps+project"  # `the Extension Project is being implemented`: no one's name
        elif (
            office is None
            and (
                _PERSON_TITLES.search(before)
                or (len(words) >= 2 and (described or _SPEECH_AFTER.match(after) or _DESCRIBED_BEFORE.search(before)))
            )
            and not (" and " in span_text and _MINISTER_OF_BEFORE.search(text, max(0, first - 60), first))
        ):  # not `Minister of Ecology, [Geology and Natural Resources] noted`: the rest of the office's field
            label, fine = "PER", "caps+title"  # not after `Minister of`: `Industry and Infrastructure Development`;
            # `Midfielder Islambek Kuat`, `the boxer Vassiliy Levit`: a name after what the person does
        elif _MINISTER_OF.match(text[first:seq_end] + " X Y") and text[first:seq_end].startswith(
            ("Minister", "Deputy", "Prime")
        ):
            label, fine = "MISC", "office"
        elif office is None and 2 <= len(words) <= 4 and _OFFICE_AFTER.match(text, seq_end):
            label, fine = "PER", "caps+office_after"  # `Saken Dildakhmet, press secretary of …`: a person
        elif (named := _given_name_ending(text, first, seq_end)) is not None and _TITLE_OF.search(
            text, max(start, first - 80), first
        ):  # `Minister of Information and Social [Development] Daniyar Kadyrov`: the field's last word before a name
            mentions.append(Mention(named, seq_end, "PER", "caps+given_name", "rules_en", 0.5))
            continue
        elif len(words) == 1 and _is_company_word(words[0]):
            label, fine = "ORG", "caps+company_shape"  # `EkibastuzFerroAlloys`, `Saryarkaavtoprom`: a company
        elif len(words) >= 2 and all(w[0].isupper() for w in words) and not _FIELD_OF_MINISTER.match(text, seq_end):
            label, fine = "MISC", "caps"  # not `[Digital Development], Innovations and … Minister`: an office's field
        else:
            continue
        mentions.append(Mention(first, seq_end, label, fine, "rules_en", 0.5 if label != "MISC" else 0.3))
    return mentions


_AMOUNT = re.compile(r"[A-Z]{3}\d[\d.,]*(?:mln|bln|m|bn|k)?")
"""A sum written as a currency's code and the figure in one word (`KZT83mln`, `USD1.5bn`)."""
_CAMEL_CASE_COMPANY = re.compile(r"[A-Z][a-z]{3,}[A-Z][A-Za-z]{2,}")
"""One word written in camel case (`KazakhAltyn`, `EkibastuzFerroAlloys`, `RailCastSystems`): how Kazakh companies
write their names in Latin letters; four lower-case letters at least before the inner capital, so that no surname
(McDonald, MacArthur, DeLuca) reads as one."""


_ASCII_LEGAL_FORMS = "|".join(map(re.escape, sorted(_ASCII_LEGAL_FORM_WORDS)))
"""The legal forms English writes (JSC, LLP, Ltd; ``pipeline/data/legal_forms.tsv``), one alternation."""
_ENDS_IN_LEGAL_FORM = re.compile(rf"\b(?:{_ASCII_LEGAL_FORMS})\.?$")
"""A company's name ending in its legal form (`Kia Motor Corp`): a place after it and `of` is where it is, not
whose."""
_LEGAL_FORM_NAME = re.compile(
    rf"\b(?:{_ASCII_LEGAL_FORMS})[ \t]+"
    r"[\"“«](?P<name>[^\"“”«»\n]{1,60})[\"”»]"
)
"""A company written as its legal form before its name in quotation marks (`JSC "Passenger transport"`,
``pipeline/data/legal_forms.tsv``): the name is a body whatever its case."""


def legal_form_names(text: str, start: int, end: int) -> list[Mention]:
    """Bodies named by their legal form and a quoted name in ``start:end``, the name alone (as in every language)."""
    return [
        Mention(*match.span("name"), "ORG", "rule:legal_form", "rules_en", 0.8)
        for match in _LEGAL_FORM_NAME.finditer(text, start, end)
        if match.group("name").strip()
    ]


def _plural(noun: str) -> str:
    """An English noun's plural (ministry -> ministries, valley -> valleys, village -> villages)."""
    return f"{noun[:-1]}ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else f"{noun}s"


_PLURAL_PLACE_NOUN = re.compile(
    rf"[ \t]+(?:{'|'.join(sorted({*map(_plural, PLACE_WORDS), *LIST_PLACE_NOUNS}, key=len, reverse=True))})\b"
)
"""A plural place noun (villages, regions) that may close a list of names."""
_ITEM_BEFORE = re.compile(r"(?:(?P<first>[A-Z][\w’'-]+)[ \t])?(?P<last>[A-Z][\w’'-]+)$")
"""A name of one or two capitalised words ending where the search stops."""
_SEPARATOR_BEFORE = re.compile(r"(?:,[ \t]+|,?[ \t]+and[ \t]+)$")
_ITEM_REACH = 60
"""Characters a list item and its separator are looked for in, back from where the next item begins."""


def listed_places(text: str, start: int, end: int) -> list[Mention]:
    """Each name of a list that a plural place noun closes (`Bolshaya Malyshka, Sokolovka, Vishnyovka villages`,
    `Kyzylorda and Mangistau regions`): two names or more, walked back from the noun, each read once (linear)."""
    mentions = []
    for noun in _PLURAL_PLACE_NOUN.finditer(text, start, end):
        items: list[tuple[int, int]] = []
        position = noun.start()
        while (item := _ITEM_BEFORE.search(text, max(start, position - _ITEM_REACH), position)) is not None:
            first = item.group("first")
            items.append((item.start("last") if first in _SENTENCE_WORDS else item.start(), item.end()))
            if first in _SENTENCE_WORDS:
                break  # `In Akmola and Kostanay regions`: the list opens after the sentence's word
            separator = _SEPARATOR_BEFORE.search(text, max(start, item.start() - _ITEM_REACH), item.start())
            if separator is None:
                break
            position = separator.start()
        if len(items) >= 2:
            mentions += [Mention(s, e, "LOC", "list+place_noun", "rules_en", 0.7) for s, e in reversed(items)]
        opened = _LIST_OPENING.match(text, noun.end(), end)
        items = []
        while opened is not None and (item := _ITEM_AFTER.match(text, opened.end(), end)) is not None:
            items.append(item.span())
            opened = _SEPARATOR_AFTER.match(text, item.end(), end)
        if len(items) >= 2:  # `Seven villages – Yernazar, Yenbek, …, Ashybulak and Shaidana – were gasified`
            mentions += [Mention(s, e, "LOC", "place_noun+list", "rules_en", 0.7) for s, e in items]
    return mentions


_LIST_OPENING = re.compile(r"[ \t]*[–—:-][ \t]*")
"""A dash or a colon after a plural place noun: the list of its names follows (`Seven villages – A, B and C`)."""
_ITEM_AFTER = re.compile(r"[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+)?(?=,|[ \t]+and[ \t]|[ \t]*[–—.;:)]|$)")
"""A name of one or two capitalised words, followed by what separates or closes a list."""
_SEPARATOR_AFTER = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def find_english(ctx: BlockContext) -> list[Mention]:
    """The recogniser registry's entry: prose blocks only (captions have their own recogniser); a site's address
    written in a sentence is the site (`Kazinform cites primeminister.kz`)."""
    if ctx.is_label:
        return []
    start, end = ctx.block.start, ctx.block.end
    sites = [Mention(*m.span(), "ORG", "web:ORG", "rules_en", 0.6) for m in WEB_SITE.finditer(ctx.text, start, end)]
    listed = listed_places(ctx.text, start, end)
    return english_names(ctx.text, start, end) + legal_form_names(ctx.text, start, end) + sites + listed


def _tag_sentences(batch: list[tuple[Document, list[Sentence]]]) -> list[list[Mention]]:
    """The tagger over every sentence of the batch in one call, titles kept out of persons."""
    from pipeline.models.en_ner import load

    forms = [[doc.text[t.start : t.end] for t in s.tokens] for doc, sentences in batch for s in sentences]
    tagged = iter(load().tag(forms) if forms else [])
    return [_from_spans(doc.text, sentences, [next(tagged) for _ in sentences]) for doc, sentences in batch]


MODEL = SentenceTagger("model_en", "en", frozenset({"date", "caption", "credit"}), _tag_sentences)
"""The trained English tagger (pipeline/models/en_ner) on prose blocks: ``MODEL.find``, ``MODEL.prepare``."""


def _from_spans(text: str, sentences: list[Sentence], tagged: list[list[tuple[int, int, str]]]) -> list[Mention]:
    """Mentions from the tagger's token spans, titles kept out of persons and edges at whole words."""
    found = []
    for sentence, spans in zip(sentences, tagged, strict=True):
        spans = _with_field_lists(text, sentence.tokens, spans)
        for first, last, label in spans:
            while last - first > 1 and _opens_no_name(text, sentence.tokens[first]):
                first += 1  # `Yesterday Kazakhstan celebrated`, `In 2019 Air Astana plans`: no part of the name
            if label == "PER":  # the rules know titles: `Governor Shapkenov` names Shapkenov
                while first < last - 1 and (
                    _is_title_word(text, sentence.tokens[first], sentence.tokens[first + 1])
                    or _DESCRIBING_WORD.fullmatch(text, sentence.tokens[first].start, sentence.tokens[first].end)
                ):
                    first += 1  # `Boxer Vassiliy Levit` opening a sentence: what he does, then his name
                title = _title_after_dash(text, sentence.tokens, first, last - 1)
                if title is not None:  # `… of Kazakhstan-Elbasy Nursultan Nazarbayev`: the name starts anew
                    first = title + 1
                if _is_title_word(text, sentence.tokens[last - 1], None):
                    continue  # `Senior Marshal`, `General`: a title with no name after it
                first = _name_after_office(text, sentence.tokens, first, last)
                tokens = sentence.tokens
                if (
                    first > 0
                    and _is_name_word(text, tokens[first - 1])
                    and tokens[first - 1].upos not in _NOT_IN_NAMES
                    and (first == 1 or _is_title_word(text, tokens[first - 2], None))
                    and not _DESCRIBING_WORD.fullmatch(text, tokens[first - 1].start, tokens[first - 1].end)
                ):
                    first -= 1  # `Akim Aidar [Bekov]`: a given name after a title, which the tagger left out
                elif (
                    first > 0
                    and _is_given_name(text, tokens[first - 1])
                    and tokens[first - 1].end < tokens[first].start
                ):
                    first -= 1  # `the wax figures of Akhmet [Baiturssynov]`: a known given name is part of the name
                opener = tokens[0]
                participle = opener.upos == "VERB" and _PARTICIPLE.fullmatch(text, opener.start, opener.end)
                if first == 0 and last > 1 and (participle or opener.upos in _NOT_IN_NAMES):
                    first = 1  # `Welcoming Kassym-Jomart Tokayev, …`, `Although Altunkaya …`, `Then …`: not the name
                if (
                    first == 0
                    and last == 1
                    and opener.xpos in _PLURAL_TAGS
                    and text[opener.end - 1] == "s"
                    and not _singular_after(text, tokens, 1)
                ):
                    continue  # `Agrarians expect a record harvest`: a plural opening a sentence is a group, no name
                    # (`Woods was among…`, `Seles's shoulder`, `Woods, who…`: one person whose name ends in s)
            elif label == "ORG" and _is_office(text, sentence.tokens[first].start, sentence.tokens[last - 1].end):
                continue  # `the First President of Kazakhstan`: a person's office, no body
            if label != "PER" and last - first == 1 and _is_title_word(text, sentence.tokens[first], None):
                continue  # `the post of the Advisor to the President`: a title alone is no body or place
            if label == "ORG" and last - first > 1 and _is_title_word(text, sentence.tokens[last - 1], None):
                continue  # `the Human Rights Commissioner`: an office, held by a person, no body
            if label == "ORG" and _cuts_a_title(text, sentence.tokens[first].start, sentence.tokens[last - 1].end):
                continue  # `Kazakh [State] Counselor`, `the Heads of [State] of Russia`: the office's words, no body
            while last - first > 1 and _is_lower_word(text, sentence.tokens[last - 1]):
                last -= 1  # `Ministry of Energy adheres`: a name does not end in a verb or common word
            while label == "ORG" and _ends_before_its_noun(text, sentence.tokens, last, spans):
                last += 1  # `Kazakhstan Temir Zholy National [Company]`: a body's name does not end in an adjective
            while label == "LOC" and last - first > 1 and _is_title_word(text, sentence.tokens[last - 1], None):
                last -= 1  # `Ambassador … to Kazakhstan H.E. Rashad Mammadov`: the title of the name after it
            if _inside_title(text, sentence.tokens[first].start, sentence.tokens[last - 1].end):
                continue  # `Head of [State] Kassym-Jomart Tokayev`: a word of a title, not a place or a person
            if label == "PER" and _modifies_next(text, sentence.tokens, first, last):
                continue  # `Brent crude rose`: a capitalised opener before a common noun is no person
            if label == "PER" and _quoted(text, sentence.tokens[first].start, sentence.tokens[last - 1].end):
                continue  # `"Zhezkiik" international festival`: a name in quotation marks is a work, a brand, an event
            while label != "PER" and last - first > 1 and _is_lower_word(text, sentence.tokens[first]):
                first += 1  # `representatives [of KazMunayGas]`: nor does a body or place begin with one
            if (
                label == "LOC"
                and last - first > 1
                and text[sentence.tokens[first].start : sentence.tokens[first].end] == "The"
            ):
                first += 1  # `The People's Republic of China`: the article opening a sentence is no part of a place
            last_word = text[sentence.tokens[last - 1].start : sentence.tokens[last - 1].end]
            if label == "PER" and last - first > 1 and last_word in _LOWER_ENDS:
                label = "LOC"  # `Akmola rgn Governor X`: a name ending in a place word is the place
            if last - first == 1 and _INITIAL_THEN_SURNAME.fullmatch(
                text, sentence.tokens[first].start, sentence.tokens[first].end
            ):
                label = "PER"  # `A.Nugymarov (East Kazakhstan region)`: an initial and a surname written as one word
            if label == "PER" and WEB_NAME.search(text, sentence.tokens[first].start, sentence.tokens[last - 1].end):
                label = "ORG"  # `Kaspi.kz`, `Tengrinews.kz`: a site or the company behind it, not a person
            if label == "PER" and last - first == 1 and _acronym_in_running_text(text, sentence.tokens, first):
                label = "ORG"  # `SCAT will fly from Astana`: an acronym among lower-case words names a body
            span_words = " ".join([text[t.start : t.end] for t in sentence.tokens[first:last]])
            if label != "MISC" and (span_words in DEMONYMS or span_words.removesuffix("s") in DEMONYMS):
                label = "MISC"  # `Kazakh`, `Central Asian`, `Kazakhstanis`: a people or language, no body or place
            if (label == "PER" or (label == "ORG" and last - first == 1)) and _before_place_word(
                text, sentence.tokens[last - 1].end
            ):
                label = "LOC"  # `Katon-Karagai and Markakol districts`: places, whatever the tagger read
            if label == "LOC" and last - first > 1 and _names_a_federation(text, sentence.tokens[first:last]):
                label = "ORG"  # `Kazakhstan Boxing Federation`: a sports body, not a country as `Russian Federation`
            if label in ("PER", "LOC") and _before_outlet_word(text, sentence.tokens[last - 1].end):
                label = "ORG"  # `Ana Tili, Yegemen Kazakhstan newspapers`: media, whatever the tagger read
            if (
                label == "LOC"
                and last < len(sentence.tokens)
                and _PLACE_NAME_WORD_AFTER.match(text, sentence.tokens[last - 1].end, sentence.tokens[last].end)
            ):
                last += 1  # `Ayagoz town`, `Shaanxi province`: the place word is part of the name
            if (
                label == "MISC"
                and last - first == 1
                and first > 1
                and _HELD_IN.fullmatch(text, sentence.tokens[first - 2].start, sentence.tokens[first - 1].end)
                and span_words not in DEMONYMS
            ):
                label = "LOC"  # `will be held in Tianjin`: one word where something is held or takes place
            if label == "MISC" and last - first < 2:
                continue  # the model's weakest type; one capitalised word is as often a sentence opener
            span_start, span_end = sentence.tokens[first].start, sentence.tokens[last - 1].end
            if not any(text[t.start].isupper() or text[t.start].isdigit() for t in sentence.tokens[first:last]):
                continue  # `the inherited nuclear arsenal`: English writes a name with a capital letter
            if label != "PER" and (
                _IN_DOCUMENT_TITLE.search(text, max(0, span_start - 80), span_start)
                or _DOCUMENT_TITLE.match(text, span_start, span_end + _OF_OR_ON)
            ):
                # `the Memorandum of [Mutual Understanding] and [Cooperation]`: words of a document's title; `[Decree]
                # of the President`: its head
                continue
            field = _FIELD_OF_MINISTER.match(text, span_end) or (
                label == "ORG" and _PART_OF_FIELD.match(text, span_end)
            )
            if label != "PER" and field and not _ORG_WORDS.search(span_words):
                continue  # `Kazakh [Emergency Situations] Minister Yuri Ilyin`: the field of an office, no body
            if label != "PER" and _MINISTER_OF_BEFORE.search(text, max(0, span_start - 60), span_start):
                continue  # `Minister of [Trade and Integration]`: the field of an office, not a body
            if (
                label == "ORG"
                and _TITLES_ALONE.fullmatch(text, span_start, span_end)
                and not _ORG_WORDS.search(text, span_start, span_end)
            ):
                continue  # `First President` (of Kazakhstan): an office, no body (`Senate` is one)
            if label != "PER" and _is_apposed_person(text, sentence.tokens[first:last], span_end):
                label = "PER"  # `Aigerim Tazhi, chairperson of …`: a name with an office after it is a person
            if label != "PER" and _is_person_name(text, sentence.tokens[first:last]):
                label = "PER"  # `Mariya Ovchinnikova clinched gold`: a name and a surname, whatever the tagger read
            elif (
                label != "PER"
                and last - first > 3
                and text[sentence.tokens[first + 2].start : sentence.tokens[first + 2].end] == "of"
                and _is_person_name(text, sentence.tokens[first : first + 2])
            ):
                # `wrestler Almat Kebispayev of Kazakhstan`: the person, then his country
                label, last = "PER", first + 2
            person_after = (label == "ORG" and _ends_in_a_person(text, sentence.tokens[first:last])) or (
                label == "LOC" and last - first == 3 and _is_person_name(text, sentence.tokens[last - 2 : last])
            )
            person = None  # the tokens of a person the span runs into, cut off the span
            if (
                label == "ORG"
                and last - first >= 3
                and last < len(sentence.tokens)
                and (
                    (_is_given_name(text, sentence.tokens[last - 1]) and _is_name_word(text, sentence.tokens[last]))
                    or _given_name_before_surname(text, sentence.tokens, last)
                )
            ):  # `Kazakhstan National Team [Grigoriy] Yegorov`, `… of Education and Science [Sayan] Nyussupov`
                person, last = (last - 1, last + 1), last - 1
            elif person_after:
                person, last = (last - 2, last), last - 2  # `… Wealth Fund [Berik Beisengaliyev]`
            elif label != "PER" and (honorific := _honorific_inside(text, sentence.tokens, first, last)) is not None:
                person, last = (honorific + 1, last), honorific  # `… Communications Service Mr. [Loscertales]`
            if person is not None:
                start, end = sentence.tokens[person[0]].start, sentence.tokens[person[1] - 1].end
                if (named := _whole_words(text, start, end)) is not None:
                    found.append(Mention(*named, "PER", "model:PER", "model_en", 0.8))
            head = text[sentence.tokens[first].start : sentence.tokens[first].end]
            if label in ("LOC", "PER") and last - first == 1 and _AMOUNT.fullmatch(head):
                continue  # `amount to KZT83mln`: a sum of money written as one word, no name
            if label in ("LOC", "PER") and last - first == 1 and _is_company_word(head):
                label = "ORG"  # `the 100th anniversary of Embamunaigas`, `RailCastSystems`: a company, whatever it read
            if (
                label in ("ORG", "LOC")
                and last - first == 1
                and head.lower() in HEADS_ALONE
                and not _OF_THE_AFTER.match(text, sentence.tokens[first].end)
            ):
                continue  # `the Cosmodrome`, `the Ministry`: a building or a body named before (`the Council of the
                # SCO Foreign Ministers` goes on into a name)
            degree = head in DEGREES and _after_person(sentence, first, found)
            if label in ("ORG", "LOC") and last - first == 1 and degree:
                continue  # `Stefano Gidaro, MD, PhD`: his degrees, not Maryland (`Baltimore, MD` stays a place)
            if label == "PER" and last - first == 1 and (head in _SENTENCE_WORDS or head.lower() in GROUP_NOUNS):
                continue  # `Each Kazakhstani snow leopard …`: a word that opens the sentence, no one's name; `Women's
                # singles`: a group of people
            if label == "ORG" and _head_after(text, sentence.tokens, last):
                last += 1  # `the Kazakh National Space [Agency]`: the tagger stopped before the body's head
            edges = _whole_words(text, sentence.tokens[first].start, sentence.tokens[last - 1].end)
            if edges is not None and label == "PER":
                edges = _with_hyphened_syllable(text, *edges)
            if edges is not None and not _HYPHENATED_ADJECTIVE.fullmatch(text, *edges):  # adjectives: Kazakh-Uzbek
                parts = _parts_joined(text, *edges, label)
                found.extend(Mention(*part, label, f"model:{label}", "model_en", 0.8) for part in parts)
    return _persons_joined(text, found)


def _head_after(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is a body's head word, capitalised, one space after the token before it (`Kazakh
    National Space Agency`, where the tagger read the name without its head)."""
    if index >= len(tokens) or text[tokens[index - 1].end : tokens[index].start] != " ":
        return False
    word = text[tokens[index].start : tokens[index].end]
    return word[:1].isupper() and word.lower() in HEADS_ALONE


_AND_THE = re.compile(r"[ \t]+and[ \t]+the[ \t]+(?=[A-Z])")
"""`and the` before a capitalised word inside a span: two names joined, each with its own article."""


def _parts_joined(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """A body or place span the tagger ran over `and the` (`the Mazhilis and the Senate of Kazakhstan`): two names,
    each capitalised; a person's name is never cut so."""
    joint = _AND_THE.search(text, start, end) if label in ("ORG", "LOC") else None
    if joint is None or not text[start].isupper():
        return [(start, end)]
    return [(start, joint.start()), *_parts_joined(text, joint.end(), end, label)]


_SYLLABLE_AFTER = re.compile(r"[-‐](?P<syllable>[a-z]{1,5})(?![\w-])")
_HYPHENED_GIVEN_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]{1,3}[-‐](?P<syllable>[a-z]{1,5})(?![\w-])")
"""A given name of two syllables joined by a hyphen after a one-word surname (Kim In-so, Li In-mo)."""
_SHORT_SURNAME = 5
"""Letters a one-word surname has at most for a hyphened given name to follow it (Kim, Park, Moon, Li)."""


def _with_hyphened_syllable(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's full name whose given name goes on after a hyphen in lower case (Kim Jong-un, Park Geun-hye, Lai
    Ching-te): the syllable is part of the name the tagger cut at the hyphen; a compound's second word (Tokayev-led,
    Putin-era; ``data/compound_seconds.tsv``) is not. A short surname alone takes the hyphened given name after it
    (Kim In-so: the tagger reads `In` as the preposition)."""
    words = text[start:end].split()
    if len(words) == 1 and len(words[0]) <= _SHORT_SURNAME:
        given = _HYPHENED_GIVEN_NAME_AFTER.match(text, end)
        return (start, given.end()) if given and given["syllable"] not in COMPOUND_SECONDS else (start, end)
    after = _SYLLABLE_AFTER.match(text, end)
    if after is None or after["syllable"] in COMPOUND_SECONDS or len(words) < 2:
        return start, end
    return start, after.end()


_SINGULAR_VERBS = frozenset({"is", "was", "has", "'s", "’s"})
"""Verbs in the singular and the possessive after a name: one person is meant (`Woods was`, `Seles's`)."""


def _singular_after(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` agrees with one person before it: a verb in the singular (was, says), a
    possessive, or a comma opening a clause about them (`Woods, who…`)."""
    if index >= len(tokens):
        return False
    word = text[tokens[index].start : tokens[index].end]
    if word == "," and index + 1 < len(tokens):
        return text[tokens[index + 1].start : tokens[index + 1].end] in ("who", "whose")
    return tokens[index].xpos == "VBZ" or word.lower() in _SINGULAR_VERBS


def _after_person(sentence: Sentence, index: int, found: list[Mention]) -> bool:
    """Whether the token at ``index`` follows a person found before it and a comma (`Stefano Gidaro, MD`)."""
    comma = sentence.tokens[index - 1] if index > 0 else None
    return (
        comma is not None
        and comma.end - comma.start == 1
        and any(m.label == "PER" and m.end == comma.start for m in found[-2:])
    )


_INITIAL_THEN_SURNAME = re.compile(rf"[A-Z]\.[A-Z][a-z]+(?:{'|'.join(sorted(SURNAME_ENDINGS, key=len, reverse=True))})")
"""An initial and a surname with no space between (`A.Nugymarov`, `N.Zharylgapov`), as Kazinform lists athletes."""


def _ends_before_its_noun(text: str, tokens: list[Token], last: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether a span ending before token ``last`` ends in an adjective whose capitalised noun comes next, outside
    any other span and no title (`Ministry of Ecology, Geology and Natural [Resources]`; not `Kazakh Foreign
    Minister`)."""
    if last >= len(tokens) or tokens[last - 1].upos != "ADJ" or tokens[last].upos not in ("NOUN", "PROPN"):
        return False
    following = tokens[last]
    if _is_title_word(text, following, None):
        return False  # `the Kazakh Foreign Minister`: an office, no body
    return text[following.start].isupper() and not any(first <= last < end for first, end, _ in spans)


def _names_a_federation(text: str, tokens: list[Token]) -> bool:
    """Whether a name ends in `Federation` after a word that is no people's adjective: a body (`Kazakhstan Boxing
    Federation`), where `Russian Federation` is a country."""
    before, last = (text[t.start : t.end] for t in tokens[-2:])
    return last == "Federation" and before not in DEMONYMS


def _persons_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two persons the tagger read side by side with nothing but a space between are one name (`Nazym` +
    `Kyzaibai`: the tagger opened a second name on the surname); English writes two people apart."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label == mention.label == "PER"
            and text[last.end : mention.start] == " "
            and text[mention.start].isupper()
        ):
            joined[-1] = Mention(last.start, mention.end, "PER", last.label_fine, last.recogniser, last.score)
        else:
            joined.append(mention)
    return joined


_COMPANY_WORD = re.compile(rf"[A-Z][\w-]{{2,}}(?:{'|'.join(COMPANY_ENDINGS)})", re.IGNORECASE)


def _is_company_word(word: str) -> bool:
    """A capitalised word shaped as Kazakh companies' names are: ending as they do (``data/company_endings.tsv``:
    Embamunaigas) or in camel case (KazakhAltyn)."""
    return word[:1].isupper() and (
        _COMPANY_WORD.fullmatch(word) is not None or _CAMEL_CASE_COMPANY.fullmatch(word) is not None
    )


def _is_person_name(text: str, tokens: list[Token]) -> bool:
    """Whether two words are a name and a surname as Kazakh, Russian and Central Asian surnames end
    (``data/name_endings.tsv``), or a known given name and a name word (`Aidos Sarym`): a person, whatever type
    the tagger gave."""
    if len(tokens) != 2:
        return False
    surname = text[tokens[1].start : tokens[1].end]
    return (
        _is_name_word(text, tokens[0])
        and _is_name_word(text, tokens[1])
        and ((len(surname) >= 6 and surname.endswith(SURNAME_ENDINGS)) or _is_given_name(text, tokens[0]))
        and not _ORG_WORDS.search(text, tokens[0].start, tokens[1].end)
    )


def _ends_in_a_person(text: str, tokens: list[Token]) -> bool:
    """Whether a tagged body's last two words are a given name and a surname (``data/name_endings.tsv``), or any
    two name words right after its head word (`International Exhibitions Bureau Vicente Loscertales`), after at
    least two words of its own, or after a body's head alone: the tagger runs a body on into the person it
    introduces."""
    if len(tokens) < 3 or (len(tokens) == 3 and text[tokens[0].start : tokens[0].end].lower() not in BODY_HEADS):
        return False  # `the Federation Eldar Tabanov`: a body's head alone before the person, as two words
    given, surname = (text[t.start : t.end] for t in tokens[-2:])
    after_head = text[tokens[-3].start : tokens[-3].end].lower() in BODY_HEADS  # `… Bureau Vicente Loscertales`
    return (
        _is_name_word(text, tokens[-2])
        and _is_name_word(text, tokens[-1])
        and (after_head or (len(surname) >= 6 and surname.endswith(SURNAME_ENDINGS)))
        and not _ORG_WORDS.search(f"{given} {surname}")
    )


def _with_field_lists(text: str, tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body named by its fields runs on over `and` and capitalised common nouns (`Agency for Strategic
    Planning and Reforms`, which the tagger cuts before `and`, calling `Reforms` a name); a span inside the
    run is dropped, and a body's span that begins inside it and reaches further takes the run on to its end
    (`… and Natural Resources| of Kazakhstan`)."""
    merged: list[tuple[int, int, str]] = []
    for first, last, label in spans:
        if merged and first < merged[-1][1]:
            if label == merged[-1][2] == "ORG" and last > merged[-1][1]:  # `… and Natural Resources| of Kazakhstan`
                merged[-1] = (merged[-1][0], last, label)
            continue  # inside the body run on before
        if label == "ORG" and any(text[t.start : t.end] in ("of", "for") for t in tokens[first:last]):
            last = _field_list_end(text, tokens, last)
        merged.append((first, last, label))
    return merged


_TITLES_ALONE = re.compile(rf"(?:(?:{_TITLE_WORDS})[ \t-]+)*(?:{_TITLE_WORDS})")
"""Titles of ``titles.tsv`` and nothing else (`First President`, `Deputy Prime Minister`; its modifiers are rows too):
an office, whose country may follow (`of Kazakhstan`), no body to take it in."""
_OF_THE_AFTER = re.compile(r"[ \t]+of the\b")
"""`of the` after a body's head: the head opens a longer name (`Council of the SCO Foreign Ministers`)."""
_MINISTER_OF_BEFORE = re.compile(r"\bMinister (?:of|for) (?:the )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:,? and|,) )*$")
"""The title before the field of an office, or before a later part of it (`Minister of Industry and [Infrastructure
Development]`, `Minister of Ecology, [Geology and Natural Resources]`)."""
_OFFICE_AFTER = re.compile(rf",[ \t]+(?:the[ \t]+)?{_TITLE_WORDS}\b", re.IGNORECASE)
"""`, press secretary of …` after a name: its office, written in either case."""


def _is_apposed_person(text: str, tokens: list[Token], end: int) -> bool:
    """Two to four capitalised words without a body's word, followed by `, <title>` (`Aigerim Tazhi,
    chairperson of the National Commission`): the tagger may call an unfamiliar name a body."""
    if not 2 <= len(tokens) <= 4 or not _OFFICE_AFTER.match(text, end):
        return False
    words = [text[token.start : token.end] for token in tokens]
    return all(word[:1].isupper() for word in words) and not _ORG_WORDS.search(" ".join(words))


def _field_list_end(text: str, tokens: list[Token], last: int) -> int:
    """Where a body's field list ends when `and` follows it (after a comma too: `Ecology, Geology, and Natural
    Resources`) or closes the tagger's span (`Ministry of Religions and| Civil Society Affairs`): after the
    capitalised words that are common nouns or adjectives by their part-of-speech tags, a plural one tagged a proper
    noun too once a field word is taken (`Natural Resources`, NNPS), so another name (`the Ministry of Energy and
    KazMunayGas`, `… and Kazakhs living abroad`) stays apart; ``last`` itself when there is none or a capitalised
    name goes on."""

    def capitalised(index: int) -> bool:
        return index < len(tokens) and text[tokens[index].start : tokens[index].start + 1].isupper()

    def word(index: int) -> str:
        return text[tokens[index].start : tokens[index].end] if index < len(tokens) else ""

    if word(last - 1) == "and":
        conjunction = last - 1  # the tagger's span took `and` in and left the fields after it to another
    elif word(last) == "," and word(last + 1) == "and":
        conjunction = last + 1  # `Geology, and Natural …`
    else:
        conjunction = last
    if conjunction + 1 >= len(tokens) or word(conjunction) != "and":
        return last
    end = conjunction + 1
    # a capitalised plural common noun is tagged a proper one (`Natural Resources`, `Social Programmes`: NNPS)
    while capitalised(end) and (
        tokens[end].upos in ("NOUN", "ADJ") or (tokens[end].xpos == "NNPS" and end > conjunction + 1)
    ):
        end += 1
    return end if end > conjunction + 1 and not capitalised(end) else last


_TITLE_PHRASES = re.compile(alternatives(tuple(title for title in PERSON_TITLES if " " in title), any_case=True))
"""Titles of several words (Head of State, Prime Minister)."""


_TITLE_PHRASE_FORMS = re.compile(
    "|".join(
        rf"\b{re.escape(title.split(' ', 1)[0])}s?{re.escape(' ' + title.split(' ', 1)[1])}\b"
        for title in sorted(PERSON_TITLES, key=len, reverse=True)
        if " " in title
    ),
    re.IGNORECASE,
)
"""Titles of several words, their first word in the plural too (Heads of State)."""


def _cuts_a_title(text: str, start: int, end: int) -> bool:
    """Whether a span and a title of several words overlap with neither holding the other (`Kazakh [State]
    Counselor`, `the Heads of [State] of Russia`): the span's words at that edge belong to the office."""
    return any(
        match.start() < end and start < match.end() and (match.start() < start) != (match.end() > end)
        for match in _TITLE_PHRASE_FORMS.finditer(text, max(0, start - 30), end + 30)
    )


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether a span lies inside a title of several words written around it (`Head of State`)."""
    window = max(0, start - 30)
    return any(
        match.start() <= start and end <= match.end() for match in _TITLE_PHRASES.finditer(text, window, end + 30)
    )


def _modifies_next(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """One word opening the sentence (also after the quotation mark that opens it: `«Gifted schoolchildren`), or
    after a lower-case adjective (`the first Paralympic gold`), before a lower-case common noun (`Brent crude`): its
    capital says nothing, and a person's name is not followed by a noun it modifies."""
    if last != first + 1 or last >= len(tokens):
        return False
    previous = tokens[first - 1] if first > 0 else None
    opening_mark = first == 1 and previous is not None and text[previous.start : previous.end] in QUOTATION_PAIRS
    if (
        previous is not None
        and not opening_mark
        and not (previous.upos == "ADJ" and text[previous.start : previous.start + 1].islower())
    ):
        return False
    following = tokens[last]
    return text[following.start : following.start + 1].islower() and following.upos == "NOUN"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a span stands alone inside quotation marks (`"Zhezkiik"`)."""
    opening = text[start - 1 : start] if start > 0 else ""
    return opening in QUOTATION_PAIRS and text[end : end + 1] == QUOTATION_PAIRS[opening]


_LOWER_ENDS = frozenset(word.lower() for word in PLACE_NAME_WORDS)
"""Lower-case words a name may end in (`Akmola region`, `Caspian sea`); not those that only tell what the name is
(`Almaty city` names Almaty)."""


def _honorific_inside(text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """Where a form of address (Mr., Dr.) stands inside a tagged body or place, a name after it: the tagger ran
    the body on into the person it addresses (`Central Communications Service Mr. Loscertales`)."""
    for index in range(first + 1, last - 1):
        if text[tokens[index].start : tokens[index].end] in _HONORIFICS and _is_name_word(text, tokens[index + 1]):
            return index
    return None


_HONORIFICS = frozenset(HONORIFICS)


def _opens_no_name(text: str, token: Token) -> bool:
    """A year, or a word that opens sentences and no name (``data/sentence_words.tsv``; an article may: `The
    Astana Times`)."""
    form = text[token.start : token.end]
    return (
        (len(form) == 4 and form.isdigit())
        or (form in _SENTENCE_WORDS and form not in _ARTICLES)
        or (form in MONTH_NAMES and _DAY.match(text, token.end) is not None)
        or (form.isdigit() and len(form) <= 2 and _MONTH_BEFORE.search(text, max(0, token.start - 12), token.start))
    )


_DAY = re.compile(r"[ \t]+\d{1,2}\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(MONTH_NAMES))})[ \t]+$")
"""A date opening a capitalised run (`Starting from October 9 Kazakhstan will resume flights`): no part of a name."""


_ARTICLES = frozenset({"The", "A", "An"})


def _acronym_in_running_text(text: str, tokens: list[Token], index: int) -> bool:
    """Whether a token is written in capitals (SCAT, KEGOC) in a sentence mostly not: an acronym, which names a
    body, not a person (in a headline in capitals it says nothing)."""
    form = text[tokens[index].start : tokens[index].end]
    if not (len(form) >= 2 and form.isalpha() and form.isupper()):
        return False
    words = [text[t.start : t.end] for t in tokens if text[t.start : t.end].isalpha()]
    return sum(word.isupper() for word in words) * 2 < len(words)


def _is_lower_word(text: str, token: Token) -> bool:
    """A lower-case word other than a place word: no name ends in one (`of` and `and` only inside)."""
    form = text[token.start : token.end]
    return form[:1].islower() and form.isalpha() and form not in _LOWER_ENDS


def _name_after_office(text: str, tokens: list[Token], first: int, last: int) -> int:
    """Where the name starts in a person span that still holds an office (`U.S. Secretary of State Marco
    Rubio`, `Minister of Foreign Affairs Murat Nurtleu`): the last two names after the office's title; a
    hyphenated name is one (`Kassym-Jomart Tokayev`)."""
    titled = [i for i in range(first, last - 1) if _TITLE_WORD.match(text, tokens[i].start, tokens[i].end)]
    if not titled:
        return first
    groups: list[int] = []  # start index of each name, right to left
    i = last - 1
    while i > titled[-1] and len(groups) < 2:
        start = i
        while (
            start - 2 > titled[-1]
            and text[tokens[start - 1].start : tokens[start - 1].end] in "-‐"
            and (tokens[start - 1].start == tokens[start - 2].end)
        ):
            start -= 2  # `Kassym - Jomart`: one name
        if not _is_name_word(text, tokens[start]):
            break
        groups.append(start)
        i = start - 1
    return groups[-1] if len(groups) == 2 else first


_EDGE_PUNCTUATION = "()[]{}-‐–—,;:!?\"'“”‘’«»"


_NAME_GOES_ON = re.compile(r"[^\W_a-z]|[a-z]+[-‐][^\W_a-z]")
"""What may follow a hyphen inside a name: a capital or a digit (Samruk-Kazyna, Astana-1), or a small word before
another capital (Rostov-on-Don); not a common word (`Kokshetau-cultural capital`)."""


def _whole_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A tagged span with no punctuation at its edges (`Georgia)` -> `Georgia`) and no hyphenated word cut
    (`Board of Samruk-` -> `Board of Samruk-Kazyna`); None when no letter is left."""
    while start < end and (text[start] in _EDGE_PUNCTUATION or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCTUATION or text[end - 1].isspace()):
        if text[end - 1] in "-‐" and _NAME_GOES_ON.match(text, end):
            break  # `Samruk-` before `Kazyna`: the word goes on
        end -= 1
    if end <= start or not any(ch.isalpha() for ch in text[start:end]):
        return None  # nothing but punctuation or digits (`2022` is no place)
    while end < len(text) and (text[end].isalnum() or (text[end] in "-‐" and _NAME_GOES_ON.match(text, end + 1))):
        end += 1
    while start > 0 and text[start - 1] in "-‐" and start > 1 and text[start - 2].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    return start, end


_TITLE_WORD = re.compile(rf"{_TITLE_WORDS}$")
_DESCRIBING_WORD = re.compile(alternatives(DESCRIBING_NOUNS, any_case=True))
"""A noun saying what a person does (boxer, coach; ``data/describing_nouns.tsv``): before a name, no part of it."""


def ends_with_title(phrase: str) -> bool:
    """Whether capitalised words end with a title (`First Vice Minister`): an office, no name."""
    words = phrase.split()
    return bool(words) and _TITLE_WORD.match(words[-1]) is not None


def _is_name_word(text: str, token: Token) -> bool:
    """A capitalised word that is neither a title nor a word that opens sentences (The, According)."""
    form = text[token.start : token.end]
    return (
        form[:1].isupper()
        and form.isalpha()
        and not form.isupper()
        and form not in _SENTENCE_WORDS
        and not _TITLE_WORD.match(text, token.start, token.end)
    )


def _given_name_before_surname(text: str, tokens: Sequence[Token], end: int) -> bool:
    """Whether the last word of a body's span is a given name: a capitalised word after `of X` or `and X`, with
    a surname right after the span (`… of Education and Science Sayan Nyussupov`; ``name_endings.tsv``)."""
    if end >= len(tokens) or end < 3:
        return False
    last, after = tokens[end - 1], tokens[end]
    surname = text[after.start : after.end]
    return (
        last.end < after.start
        and _is_name_word(text, last)
        and len(surname) >= _SURNAME_LETTERS
        and surname[:1].isupper()
        and surname.endswith(SURNAME_ENDINGS)
        and text[tokens[end - 2].start : tokens[end - 2].end][:1].isupper()
    )


_SURNAME_LETTERS = 6
"""Letters a surname ending as one does (-ov, -yev, -uly) has at least, so that a short word is not read as one."""


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
_TITLE_OF = re.compile(rf"\b(?:{_HEAD_TITLE_WORDS}) of ")
"""An office named by its fields (`Minister of Information and Social Development`), whose holder's name follows."""


def _given_name_ending(text: str, start: int, end: int) -> int | None:
    """Where a known given name and one or two words after it end a run of capitalised words that begins with
    other words (`Development Daniyar Kadyrov`): the person's name; None when the run ends otherwise."""
    words = list(_CAPITALISED_WORD.finditer(text, start, end))
    known = given_name_genders()
    for given in words[-3:-1] if len(words) >= 3 else ():
        if given.group().lower() in known and given.start() > start:
            return given.start()
    return None


def _is_given_name(text: str, token: Token) -> bool:
    """A capitalised word that is a known given name (``pipeline/lang/kk/data/given_names.tsv``: Akhmet, Aigul),
    `-iy` written for `-y` (Grigoriy, Yevgeniy) and `E-` for `Ye-` too (Evgeny, Erlan)."""
    name = text[token.start : token.end].lower()
    known = given_name_genders()
    spellings = (name, name[:-2] + "y" if name.endswith("iy") else "", "y" + name if name.startswith("e") else "")
    return _is_name_word(text, token) and any(spelling in known for spelling in spellings if spelling)


_PLACE_PLURALS = (
    frozenset({f"{word.lower()}s" for word in PLACE_WORDS})
    | frozenset(f"{word.lower()[:-1]}ies" for word in PLACE_WORDS if word.endswith("y"))
    | frozenset(LIST_PLACE_NOUNS)
)
"""Place words in the plural (districts, cities), after names they are given to together."""


_OUTLET_WORDS = frozenset(kind.split()[-1].lower() for kind in OUTLET_KINDS)
_OUTLET_PLURALS = frozenset(f"{word}s" for word in _OUTLET_WORDS)
"""The last words of kinds of media (newspaper, channel), and their plurals."""


_LATIN_LETTER = re.compile("[A-Za-z]")


def document_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """The English rules over the mentions written in Latin letters (those in other scripts are left to their
    languages' rules, and the English passes skip them: a Chinese article's hundreds of names cost nothing here)."""
    latin: list[Mention] = []
    others: list[Mention] = []
    for mention in mentions:
        (latin if _LATIN_LETTER.search(text, mention.start, mention.end) else others).append(mention)
    if not others:
        return _latin_document_rules(text, mentions)
    return sorted([*others, *_latin_document_rules(text, latin)], key=lambda mention: (mention.start, mention.end))


def _persons_after_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body's span that ends with a person's full name written as a person elsewhere in the text is the body,
    then the person (`spokesperson of the Chinese MFA Mao Ning, …`, where `Mao Ning reminded …` follows): the
    tagger ran the two together."""
    persons = {text[m.start : m.end] for m in mentions if m.label == "PER" and len(text[m.start : m.end].split()) >= 2}
    if not persons:
        return mentions
    found: list[Mention] = []
    for mention in mentions:
        written = text[mention.start : mention.end]
        ending = (name for name in persons if mention.label == "ORG" and written.endswith(f" {name}"))
        person = next(ending, None)
        if person is None:
            found.append(mention)
            continue
        start = mention.end - len(person)
        body_end = start - 1
        found.append(dataclasses.replace(mention, end=body_end, entity_id=None))
        found.append(Mention(start, mention.end, "PER", "person_after_body:PER", "rules_en", 0.6))
    return sorted(found, key=lambda m: (m.start, m.end)) if len(found) > len(mentions) else mentions


_BODY_HEAD_WORDS = HEADS_ALONE | BODY_HEAD_WORDS
"""A body's head word (the Chamber, the Ministry): alone it is no person's name, whatever the tagger read."""


def _latin_document_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """The English rules over merged mentions (the language's ``mention_rules``): a person's name in a list of
    places a plural place word closes or opens is a place (`farms in Abai, Bukhar-Zhyrau, and Nura districts`: the
    district named after Abai; `Seven villages – …, Ashybulak and Shaidana`), whichever recogniser found it, unless a
    title names the person (`Governor Zhanseit Tuimebayev region pointed out`); a body's name goes on over the
    country or region it belongs to (`Main Customs Administration of the People's Republic of China`) and back over
    the fields listed before it (`Kazakh Ecology, Geology, and Natural Resources Ministry`); the ends of a route are
    places of their own (`the Ayagoz-Techen railway`: Ayagoz and Techen); a direction alone (`South-east wind`), a
    person's name that names a thing (`the Auezov field`, `the discussion club Parasat`) and a piece of a hyphenated
    word (`Greco-Roman`) are no entities; an event's name is no body (`the Rio Olympics`)."""
    mentions = _with_named_after(
        text, _listed_companies(text, _route_ends_apart(text, _persons_after_bodies(text, mentions)))
    )
    mentions = [_body_named_by_a_person_reading(text, mention) for mention in mentions]
    persons = any(mention.label == "PER" for mention in mentions)
    in_place_lists = {(m.start, m.end) for m in listed_places(text, 0, len(text))} if persons else set()
    listed = [
        dataclasses.replace(mention, label="LOC", label_fine="listed_place:LOC", entity_id=None)
        if mention.label == "PER"
        and (
            _before_place_word(text, mention.end)
            or _among_places(text, mentions, index)
            or (mention.start, mention.end) in in_place_lists
        )
        and not _PERSON_TITLES.search(text, max(0, mention.start - 80), mention.start)
        else mention
        for index, mention in enumerate(mentions)
        if text[mention.start : mention.end].lower() not in COMPASS_WORDS
        and not (mention.label == "PER" and text[mention.start : mention.end].lower() in _BODY_HEAD_WORDS)
        and not _names_a_field(text, mention)
        and not _names_a_thing(text, mention)
        and not (mention.label == "LOC" and _CURRENCY_AFTER.match(text, mention.end))
        and not (mention.label == "LOC" and _adjective_of_a_noun(text, mention))
        and not _inside_a_hyphenated_word(text, mention)
        and not _names_a_period_or_a_kind(text, mention)
        and not _ORDINAL.fullmatch(text, mention.start, mention.end)
    ]
    listed = [
        _country_as_place(text, part)
        for mention in listed
        for apart in _result_apart(text, mention)
        for part in _country_apart(text, apart)
    ]

    listed = [_venue_as_body(text, mention) for mention in _without_plural_heads(text, listed)]
    listed = [
        part
        for mention in listed
        for apart in _acronym_apart(
            text, _as_event(text, _without_demonym(text, _without_office(text, _company_by_form(text, mention))))
        )
        for part in _bodies_apart(
            text, _before_open_bracket(text, _with_compass_letter(text, _without_hyphened_title(text, apart)))
        )
    ]

    def with_owner(body: Mention, place: Mention) -> Mention | None:
        if _is_plural_title(text, place) and _OF_THE.fullmatch(text, body.end, place.start) and body.label == "ORG":
            return dataclasses.replace(body, end=place.end, entity_id=None)  # `Kazakh Cabinet` + of + `Ministers`
        purpose = _FOR_NAMES.match(text, body.end) if body.label == "ORG" else None
        if (
            purpose is not None
            and place.end <= purpose.end()
            and text[body.start : body.end].split()[-1] in _HEAD_WORDS
            and (place.label in ("ORG", "MISC") or not purpose.group().lstrip().startswith("on"))
        ):
            # `Research Institute` + for + `Biological Safety` Problems, `Working Group` + on + `Parliamentary Reform`:
            # one body, named to the run's end
            return dataclasses.replace(body, end=purpose.end(), entity_id=None)
        if (
            body.label == place.label == "ORG"
            and text[body.start : body.end].lower() in BODY_HEADS
            and _OF_THE.fullmatch(text, body.end, place.start)
        ):
            return dataclasses.replace(body, end=place.end, entity_id=None)  # `Council` + of the + `SCO …`
        owned = body.label == "ORG" and place.label == "LOC" and text[body.start].isupper()
        owned = owned and not _ENDS_IN_LEGAL_FORM.search(text, body.start, body.end)  # `Dow Chemical Co of the U.S.`
        if owned and _OF_THE.fullmatch(text, body.end, place.start):
            return dataclasses.replace(body, end=place.end, entity_id=None)
        return _named_for_person(text, body, place)

    joined = joined_neighbours(
        _with_legal_forms(
            text, _with_joined_fields(text, _with_listed_fields(text, _with_second_fields(text, listed)))
        ),
        with_owner,
    )
    joined = [
        part
        for mention in _fragments_joined(text, joined)
        if not _is_plural_title(text, mention)
        for part in _parent_apart(text, mention)
    ]
    return _with_given_names_before(
        text, _initialled_persons(text, _teams_in_running_results(text, _names_in_results_and_datelines(text, joined)))
    )


_HYPHENED_TITLE = re.compile(rf"[ \t]?[-‐–][ \t]?(?:{_TITLE_WORDS})$")


def _without_hyphened_title(text: str, mention: Mention) -> Mention:
    """A name with a title hyphened to it (`First President of Kazakhstan-Elbasy`) ends before the hyphen: the
    tagger's span is widened to whole words before the rules see it, so the title is cut here, over the whole
    mention (a person's name after such a title starts anew: ``_title_after_dash``)."""
    title = _HYPHENED_TITLE.search(text, mention.start, mention.end)
    if title is None or title.start() <= mention.start:
        return mention
    return dataclasses.replace(mention, end=title.start(), entity_id=None)


_FRAGMENT_GAP = re.compile(r"[ \t]+(?:(?:[A-Z][\w'’-]*|and)[ \t]+)*")
"""Between two pieces of one long name the tagger cut: capitalised words and `and`."""
_HEAD_WORDS = frozenset((*ORG_WORDS, *VENUE_HEADS))
"""The words that end a body's or a venue's name (Institute, Committee, Theater)."""
_BODY_HEAD_WORD = re.compile(rf"\b{alternatives(tuple(_HEAD_WORDS))}\b")
"""A word that ends a body's or a venue's name (Ministry, Theater): a piece holding one is a name of its own."""
_MOST_NAME_WORDS = 12
"""Words a body's name joined from pieces may hold at most."""


def _fragments_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """Pieces of one long body's name the tagger cut apart (`Kuanyshbayev State` + `Academic` + `Kazakh Music` + `and
    Drama Theater`) are one body when the last ends the name with a body's or a venue's head (see
    :func:`_name_goes_on`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    joined: list[Mention] = []
    index = 0
    while index < len(ordered):
        last = index
        while last + 1 < len(ordered) and _name_goes_on(text, ordered[last], ordered[last + 1]):
            last += 1
        first, final = ordered[index], ordered[last]
        whole = last > index and _BODY_HEAD_WORD.search(text, final.start, final.end)
        if whole and len(text[first.start : final.end].split()) <= _MOST_NAME_WORDS:
            joined.append(dataclasses.replace(first, end=final.end, label="ORG", entity_id=None))
        else:
            joined += ordered[index : last + 1]
        index = last + 1
    return joined


def _name_goes_on(text: str, piece: Mention, following: Mention) -> bool:
    """Whether ``following`` carries on the body's name ``piece`` began: ``piece`` a body with no head of its own,
    ``following`` a body (or a work or place the tagger read, ending with a head: `and Drama Theater`), neither known
    to the gazetteer, only capitalised words and `and` between them."""
    if piece.label != "ORG" or {"gazetteer", "dateline"} & {piece.recogniser, following.recogniser}:
        return False  # a known body, or the agency of a dateline (`KAZINFORM Civil Aviation Committee …`)
    if _BODY_HEAD_WORD.search(text, piece.start, piece.end):
        return False
    headed = following.label in ("MISC", "LOC") and _BODY_HEAD_WORD.search(text, following.start, following.end)
    if following.label != "ORG" and not headed:
        return False
    return _FRAGMENT_GAP.fullmatch(text, piece.end, following.start) is not None


_SUBORDINATE_OF_MINISTRY = re.compile(
    rf"(?P<unit>(?:[A-Z][\w'’-]*[ \t]+){{0,4}}?{alternatives(UNIT_HEADS)}\b"
    r"[^,;\n]*?)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<ministry>(?:[A-Z][\w'’-]*[ \t]+(?:and[ \t]+)?){0,5}?"
    rf"{alternatives(PARENT_HEADS)}\b.*)"
)
"""A unit of a ministry or an agency named with it (`Committee for Emergency Situations of Ministry of Internal Affairs
of Kazakhstan`, `the Sports Committee of the Tourism and Sport Ministry`, `Bureau of National Statistics of the Agency
for Strategic Planning and Reforms`): two bodies, each named."""


_ACRONYM_THEN_UNIT = re.compile(
    rf"(?:(?:{alternatives(DEMONYMS)})[ \t]+)?(?P<ministry>[A-Z]{{2,5}})[ \t]+"
    rf"(?P<unit>(?:[A-Z][\w'’-]*[ \t]+){{1,4}}{alternatives(UNIT_HEADS)})"
)
"""A unit written after its ministry's acronym (`Kazakh MIA Emergencies Committee`: the Emergencies Committee of the
Ministry of Internal Affairs)."""


def _parent_apart(text: str, mention: Mention) -> list[Mention]:
    """A body named with the ministry it belongs to is its two named parts, as the corpus lists compound bodies
    (`Committee for Emergency Situations` + `Ministry of Internal Affairs of Kazakhstan`, `MIA` + `Emergencies
    Committee`); a people's adjective before the acronym is neither's."""
    if mention.label != "ORG":
        return [mention]
    found = _SUBORDINATE_OF_MINISTRY.fullmatch(text, mention.start, mention.end)
    if found is not None:
        unit = dataclasses.replace(mention, end=found.end("unit"), entity_id=None)
        ministry = dataclasses.replace(mention, start=found.start("ministry"), entity_id=None)
        return [unit, ministry]
    found = _ACRONYM_THEN_UNIT.fullmatch(text, mention.start, mention.end)
    if found is None:
        return [mention]
    ministry = dataclasses.replace(mention, start=found.start("ministry"), end=found.end("ministry"), entity_id=None)
    return [ministry, dataclasses.replace(mention, start=found.start("unit"), entity_id=None)]


_SINGULAR_TITLES = frozenset(title.lower() for title in PERSON_TITLES if " " not in title)


def _is_plural_title(text: str, mention: Mention) -> bool:
    """A person the tagger read in one title in the plural (`Ministers`, `Governors`): a group named by office, no
    person; after a body's name and `of` the end of that name (`Cabinet of Ministers`, `Board of Directors`)."""
    written = text[mention.start : mention.end]
    return mention.label == "PER" and written.endswith("s") and written[:-1].lower() in _SINGULAR_TITLES


class _Spans:
    """Mentions or spans sorted by start, answering which overlap a span in about log time: a document's rules
    look up every candidate name this way instead of scanning every mention for each."""

    def __init__(self, spans: Sequence[Mention] | Sequence[tuple[int, int]]):
        self.items = sorted(spans, key=_span_of)
        self.starts = [_span_of(item)[0] for item in self.items]
        self.reach: list[int] = []  # the furthest end among the items up to each one
        for item in self.items:
            self.reach.append(max(_span_of(item)[1], self.reach[-1] if self.reach else 0))

    def over(self, start: int, end: int) -> list:  # type: ignore[type-arg]
        """The items that overlap ``start:end``, in order."""
        found = []
        at = bisect.bisect_left(self.starts, end) - 1
        while at >= 0 and self.reach[at] > start:
            if _span_of(self.items[at])[1] > start:
                found.append(self.items[at])
            at -= 1
        return found[::-1]


def _span_of(item: Mention | tuple[int, int]) -> tuple[int, int]:
    return (item.start, item.end) if isinstance(item, Mention) else item


_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*[ \t]+(?P<given>[A-Z][a-z]{2,})[ \t]+$")
"""A capitalised word after a lower-case one (`the healthcare department [Askhan] `), right before a position."""
_NOT_GIVEN_NAMES = frozenset(
    part.lower()
    for word in (*PERSON_TITLES, *DEMONYMS, *MONTH_NAMES, *SENTENCE_WORDS, *ORG_WORDS, *PLACE_WORDS)
    for part in word.split()
)
"""Words of titles (`Head of State`), peoples, months and bodies: no given name."""


def _with_given_names_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """A surname alone (`-ov`, `-yev`; ``name_endings.tsv``) right after a capitalised word that follows a lower-case
    one is that word's person (`chief of the healthcare department Askhan Baiduvaliyev`): a given name no list knows,
    which the tagger leaves out; not a title, a people, a month, a body's word or a word that names something else."""
    found = []
    named = _Spans(mentions)
    for mention in mentions:
        surname = text[mention.start : mention.end]
        given = None
        if mention.label == "PER" and surname.isalpha() and len(surname) >= _SURNAME_LETTERS:
            given = _GIVEN_NAME_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        if (
            given is None
            or not surname.endswith(SURNAME_ENDINGS)
            or given["given"].lower() in _NOT_GIVEN_NAMES
            or named.over(*given.span("given"))
        ):
            found.append(mention)
            continue
        found.append(dataclasses.replace(mention, start=given.start("given"), entity_id=None))
    return found


_TEAM_FIXTURE_WORDS = alternatives(tuple(word for word in FIXTURE_WORDS if word not in VENUE_FIXTURE_WORDS))
"""Words between two teams (`v`, `vs.`, `versus`; ``data/fixture_words.tsv``), not those before a venue."""
_RESULT_BETWEEN = re.compile(
    rf"[ \t]+(?:{alternatives(RESULT_VERBS)}|{_TEAM_FIXTURE_WORDS})[ \t]+(?:(?:the|their|hosts|visitors)[ \t]+)?$"
)
"""A result's verb, or `v`, between two names in running text (`as Leicestershire beat Somerset by an innings`)."""
_FIXTURE_ABBREVIATIONS = tuple(word for word in FIXTURE_WORDS if word not in VENUE_FIXTURE_WORDS and len(word) <= 3)
"""`v`, `vs.`: what a list of fixtures writes before the other team; `versus` in prose compares anything (`versus New
York's $ 387.60 finish`)."""
_FIXTURE_BEFORE = re.compile(rf"(?<![\w.])(?:{alternatives(_FIXTURE_ABBREVIATIONS)})[ \t]+$")
"""`v` right before a name (`May 18 v Worcestershire`): the name is the other team of a fixture."""
_FIXTURE_REACH = max(map(len, _FIXTURE_ABBREVIATIONS)) + 3
"""How far before a name its fixture word may begin (the longest such word and the spaces around it)."""


def _teams_in_running_results(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places on either side of a result's verb or `v` in running text that are no country are teams named after
    their city or county (`Leicestershire beat Somerset`, `May 18 v Worcestershire`): bodies; a country there is
    its national team, which stays a place, as in a line of results."""
    teams: set[int] = set()
    for index, mention in enumerate(mentions):
        if index + 1 < len(mentions) and _RESULT_BETWEEN.fullmatch(text, mention.end, mentions[index + 1].start):
            teams |= {index, index + 1}
        if _FIXTURE_BEFORE.search(text, max(0, mention.start - _FIXTURE_REACH), mention.start):
            teams.add(index)
    if not teams:
        return mentions
    return [
        dataclasses.replace(mention, label="ORG", label_fine="team:ORG", entity_id=None)
        if index in teams
        and mention.label == "LOC"
        and text[mention.start : mention.end].casefold() not in _COUNTRIES_FOLDED
        else mention
        for index, mention in enumerate(mentions)
    ]


_RESULT_VERB_INSIDE = re.compile(rf"[ \t]+(?:{alternatives(RESULT_VERBS)})[ \t]+", re.IGNORECASE)


def _result_apart(text: str, mention: Mention) -> list[Mention]:
    """A span the tagger ran over a result in a headline in capitals (`SLOVAKIA BEAT FAROES`) is the two teams
    around the verb, bodies unless countries (which :func:`_country_as_place` makes places)."""
    verb = _RESULT_VERB_INSIDE.search(text, mention.start, mention.end)
    if verb is None or mention.label == "PER" or not text[mention.start : mention.end].isupper():
        return [mention]
    parts = ((mention.start, verb.start()), (verb.end(), mention.end))
    return [Mention(start, end, "ORG", "result:ORG", mention.recogniser, mention.score) for start, end in parts]


_WORD_SPAN = re.compile(r"\S+")


def _country_apart(text: str, mention: Mention) -> list[Mention]:
    """A person's name of two words or more the tagger ran together with a country's name beside it, where a
    stop or a comma is missing (`President Nursultan Nazarbayev Kazakhstan will render`, `Khan Yessim Kazakhstan
    rose`): the person, and the country apart (a place by :func:`_country_as_place`); and two countries' names a
    place ran together where the comma between them is missing (`Great Britain, Switzerland Spain, Norway`)."""
    if mention.label == "LOC":
        return _countries_apart(text, mention)
    if mention.label != "PER":
        return [mention]
    words = [word.span() for word in _WORD_SPAN.finditer(text, mention.start, mention.end)]
    for size in (2, 1):  # `… South Korea`: a country's name of two words whole
        if len(words) < size + 2:
            continue
        if text[words[-size][0] : mention.end].casefold() in _COUNTRIES_FOLDED:
            person = dataclasses.replace(mention, end=words[-size - 1][1], entity_id=None)
            named = Mention(words[-size][0], mention.end, "ORG", "country:ORG", mention.recogniser, mention.score)
            return [person, named]
        if text[mention.start : words[size - 1][1]].casefold() in _COUNTRIES_FOLDED:
            person = dataclasses.replace(mention, start=words[size][0], entity_id=None)
            named = Mention(mention.start, words[size - 1][1], "ORG", "country:ORG", mention.recogniser, mention.score)
            return [named, person]
    return [mention]


def _countries_apart(text: str, mention: Mention) -> list[Mention]:
    """A place made of two countries' names side by side (`Switzerland Spain`): the two places."""
    words = [word.span() for word in _WORD_SPAN.finditer(text, mention.start, mention.end)]
    for cut in range(1, len(words)):
        first, second = (mention.start, words[cut - 1][1]), (words[cut][0], mention.end)
        if text[first[1] : second[0]] == " " and all(
            text[start:end].casefold() in _COUNTRIES_FOLDED for start, end in (first, second)
        ):
            return [
                dataclasses.replace(mention, start=start, end=end, label_fine="country:LOC", entity_id=None)
                for start, end in (first, second)
            ]
    return [mention]


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""A number in words' order (`the 65th minute`): no name, whatever the tagger read."""


def _country_as_place(text: str, mention: Mention) -> Mention:
    """A country's name alone is the country, a place, where the tagger read a body or a person (`England 's
    opening World Cup qualifier`, `SOCCER - BELGIUM BEAT TURKEY`): its national team is named so too, and the
    corpus lists it as a place, as CoNLL does."""
    if mention.label not in ("ORG", "PER") or text[mention.start : mention.end].casefold() not in _COUNTRIES_FOLDED:
        return mention
    return dataclasses.replace(mention, label="LOC", label_fine="country:LOC", entity_id=None)


_INITIAL_AND_SURNAME = re.compile(
    r"(?<![\w.’'-])[A-Z]\.[ \t]?(?P<surname>[A-Z][a-z][\w'’-]*|[A-Z]'[A-Z][a-z]+)(?![\w.-])"
)
"""An initial and a surname (`M. Gatting`, `T.O'Gorman`), as scorecards and lists of officials write persons."""


_GIVEN_NAME_BEFORE_INITIAL = re.compile(r"[A-Z][a-z]+[ \t]+")
"""One given name before a middle initial (`Antony` of `Antony J. Blinken`)."""


def _initialled_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """An initial and a surname is a person wherever no recogniser read the surname as something else it knows: the
    tagger misses them in scorecards (`( W. Athey 111 , V. Drakes 52 )`) or takes the initial alone; a surname the
    gazetteer knows as a place or a body (`Group A. Kazakhstan`) is left as it is."""
    found: list[Mention] = []
    named = _Spans(mentions)
    for name in _INITIAL_AND_SURNAME.finditer(text):
        covering = named.over(*name.span())
        if any(m.recogniser == "gazetteer" or m.label != "PER" or m.end > name.end() for m in covering):
            continue
        if any(
            m.end == name.end() and _GIVEN_NAME_BEFORE_INITIAL.fullmatch(text, m.start, name.start()) for m in covering
        ):
            continue  # `Antony J. Blinken`: a given name, a middle initial and the surname, one name
        if not any((m.start, m.end) == name.span() for m in covering):
            found.append(Mention(*name.span(), "PER", "initial+surname:PER", "rules_en", 0.6))
    if not found:
        return mentions
    kept = []
    initialled = _Spans(found)
    for mention in mentions:
        over = next(iter(initialled.over(mention.start, mention.end)), None)
        if over is None:
            kept.append(mention)
        elif mention.start < over.start and len(before := text[mention.start : over.start].split()) > 1:
            # `Nursultan Nazarbayev K.Massimov visited`: the tagger ran two persons together (not `in Olgii K.Massimov`)
            end = text.rfind(before[-1], mention.start, over.start) + len(before[-1])
            kept.append(dataclasses.replace(mention, end=end, entity_id=None))
    return sorted(kept + found, key=lambda m: (m.start, m.end))


_CAPITALISED_RUN = r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*)*"
"""Capitalised words in a row: the names of a line of results, a scorecard or a dateline."""
_TEAM = rf"(?:\d{{4}}[ \t]+)?{_CAPITALISED_RUN}"
"""A team's name in a results line: capitalised words, a founding year before them (`1860 Munich`)."""
_COLUMN = r"(?:-|\d+(?:[.,/:]\d+)*|\.\d+)"
_ASIDE = r"(?:[ \t]*\([^()\n]*\))?"
"""What a results line adds in brackets after a team or a score: its country, its scorers, `(OT)`."""
_STANDINGS_ROW = re.compile(
    rf"^(?:\d+\.[ \t]+)?(?P<a>{_TEAM}){_ASIDE}(?P<columns>(?:[ \t]+{_COLUMN}){{3,}})[ \t]*$", re.MULTILINE
)
"""A row of a league table: a team and its columns (played, won, lost, points; `Derby 16 5 7 4 19 19 22`)."""
_SCORE = rf"\d+(?:-\d+)?{_ASIDE}(?:[ \t]+and[ \t]+\d+(?:-\d+)?{_ASIDE})?"
"""A team's score, the scorers in brackets after it, and a second innings (`259 and 207 ( A. Dale 69 )`)."""
_SCORE_ROW = re.compile(
    rf"^(?:{_TEAM}{_ASIDE}[ \t]*:[ \t]*)?(?P<a>{_TEAM})[ \t]+{_SCORE}[ \t]*,?[ \t]+(?P<b>{_TEAM})[ \t]+{_SCORE}{_ASIDE}"
    r"[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
"""A result: two teams, each with its score (`Stoke 2 Tranmere 0`, `Hartford 4 BOSTON 2`), where it was played
before a colon (`Hove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8`)."""
_FIXTURE_ROW = re.compile(
    rf"^(?P<a>{_TEAM})[ \t]+(?P<word>{alternatives(FIXTURE_WORDS)})[ \t]+(?P<b>{_TEAM}){_ASIDE}[ \t]*$", re.MULTILINE
)
"""A fixture: two teams and the word between them (`ORLANDO AT LA LAKERS`, `Airdrieonians v Clydebank`)."""
_PERCENTAGE_COLUMN = re.compile(r"(?<![\d.])\.\d{3}\b")
_LEAGUE_COLUMNS = 4
"""Columns after a name that make a line a league table's row without a win percentage among them."""


def _names_in_results_and_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name that stands in a line of results as a team is a body (ORG), whatever place or person it also names:
    a league table's row (`Derby 16 5 7 4 19 19 22`, `CHICAGO 17 1 .944 -`), a result (`Stoke 2 Tranmere 0`) or a
    fixture (`ORLANDO AT LA LAKERS`); a country there is its national team, which stays a place, and a table of a
    region's figures has fewer columns and no win percentage. A competitor named with a country in brackets at the
    start of a line or after `beat` (`result_verbs.tsv`) is a person (`5. Korneilus Hole ( Norway ) 23.92`),
    whatever the tagger typed. The names of a dateline on its own line are places
    (`WASHINGTON 1996-08-31`), whatever the tagger made of a name in capitals."""
    teams: list[tuple[int, int]] = []
    for row in _STANDINGS_ROW.finditer(text):
        columns = row["columns"].split()
        if len(columns) >= _LEAGUE_COLUMNS or _PERCENTAGE_COLUMN.search(row["columns"]):
            teams.append(row.span("a"))
    teams += [span for row in _SCORE_ROW.finditer(text) for span in (row.span("a"), row.span("b"))]
    for row in _FIXTURE_ROW.finditer(text):
        teams += [row.span("a")] if row["word"] in VENUE_FIXTURE_WORDS else [row.span("a"), row.span("b")]
    teams = [
        (start, end)
        for start, end in teams
        if text[start:end].casefold() not in _COUNTRIES_FOLDED and text[start:end].split()[0] not in MONTH_NAMES
    ]
    found = [Mention(start, end, "ORG", "results_row:ORG", "rules_en", 0.7) for start, end in teams]
    named, team_spans = _Spans(mentions), _Spans(teams)
    for competitor in _COMPETITOR.finditer(text):
        if competitor["country"].casefold() not in _COUNTRIES_FOLDED or team_spans.over(*competitor.span("name")):
            continue
        name = competitor.span("name")
        covering = named.over(*name)
        if all(m.recogniser != "gazetteer" and m.label in ("PER", "ORG", "MISC") for m in covering) and not (
            _ORG_WORDS.search(text, *name)
        ):
            found.append(Mention(*name, "PER", "competitor:PER", "rules_en", 0.6))
    players: list[tuple[int, int]] = []
    for row in _BATTING_ROW.finditer(text):  # the batsman, then who caught and bowled him
        players += [
            row.span("batsman"),
            *(player.span() for player in _PLAYER.finditer(text, row.end("batsman"), row.end())),
        ]
    players += [figures.span("bowler") for figures in _BOWLING_FIGURES.finditer(text)]
    found += [Mention(start, end, "PER", "scorecard:PER", "rules_en", 0.6) for start, end in players]
    for line in _DATELINE.finditer(text):
        found += [
            Mention(*place.span(), "LOC", "dateline:LOC", "rules_en", 0.7)
            for place in _NAME_IN_DATELINE.finditer(text, *line.span("places"))
        ]
    if not found:
        return mentions
    replaced = _Spans(found)
    kept = [m for m in mentions if not replaced.over(m.start, m.end)]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


_PLAYER = re.compile(rf"(?<![\w.])(?:[A-Z]\.[ \t]?)?{_CAPITALISED_RUN}")
_DISMISSAL = alternatives(DISMISSAL_WORDS)
_BATTING_ROW = re.compile(
    rf"^(?P<batsman>{_PLAYER.pattern})(?:[ \t]+(?:{_DISMISSAL})(?:[ \t]+{_PLAYER.pattern})?)+[ \t]+\d+[ \t]*$",
    re.MULTILINE,
)
"""A batsman's line of a cricket scorecard: who was out, how and by whom, and the runs (`S. Jayasuriya c Healy b
Fleming 44`, `A. Ranatunga lbw b Fleming 0`)."""
_BOWLING_FIGURES = re.compile(
    rf"(?:^|(?<=[,:;])[ \t]*)(?P<bowler>{_PLAYER.pattern})[ \t]+\d+(?:\.\d)?-\d+-\d+-\d+\b", re.MULTILINE
)
"""A bowler and his overs, maidens, runs and wickets after a line's start or a list's comma (`Bowling : Gough
8-0-39-3 , Fleming 8-1-26-3`)."""
_COMPETITOR = re.compile(
    rf"(?:^\d+\.[ \t]+|^|\b(?:{alternatives(RESULT_VERBS)})[ \t]+)(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{1,3}})"
    rf"[ \t]*\([ \t]*(?P<country>[A-Z][\w. ]*?)[ \t]*\)",
    re.MULTILINE,
)
"""A competitor in a line of results, named with their country in brackets (`5. Korneilus Hole ( Norway ) 23.92`,
`Sandrine Testud ( France ) beat Ines Gorrochategui ( Argentina ) 4-6 6-2 6-1`)."""
_COUNTRIES_FOLDED = frozenset(country.casefold() for country in COUNTRIES)
_NAME_IN_DATELINE = re.compile(_CAPITALISED_RUN)
_DATELINE = re.compile(
    rf"^(?P<places>{_NAME_IN_DATELINE.pattern}(?:[ \t]*,[ \t]*{_NAME_IN_DATELINE.pattern})*)[ \t]+"
    rf"(?:\d{{4}}-\d\d-\d\d|(?:{alternatives(tuple(MONTH_NAMES))})[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)[ \t]*$",
    re.MULTILINE,
)
"""A dateline on its own line: where the story was filed and when (`MILWAUKEE , Wisconsin 1996-08-31`)."""


_DETERMINER = re.compile(r"(?:The|A|An)[ \t]+")
"""A determiner that opens a sentence before a name: no part of it."""
_NAME_LEGAL_FORM = re.compile(
    rf"(?<![\w'’-])(?:{_DETERMINER.pattern})?(?P<company>(?P<name>(?:[A-Z][\w'’-]*[ \t]+){{1,4}})"
    rf"(?:{_ASCII_LEGAL_FORMS})\b)"
)
"""Capitalised words and a company's legal form after them (`Passenger Transportation JSC`), a determiner that opens
a sentence left out."""


def _with_legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """A company written as capitalised words and its legal form after them (`Passenger Transportation JSC`) is one
    body, its form included, where the tagger cut it into a body and a person or left words out; the words and
    mentions inside it that the gazetteer knows stay as they are (`Kaspi Bank JSC`); the words alone elsewhere name
    the same company."""
    found = list(mentions)
    names: set[str] = set()
    for match in _NAME_LEGAL_FORM.finditer(text):
        start, end = match.span("company")
        inside = [m for m in found if m.start < end and start < m.end]
        if not inside or any(m.entity_id or m.start < start or m.end > end or m.label == "LOC" for m in inside):
            continue
        found = [m for m in found if m not in inside]
        found.append(Mention(start, end, "ORG", "rule:legal_form", "rules_en", 0.8))
        names.add(match.group("name").strip())
    found = [  # `Passenger Transportation noted that …`: the company named without its form
        dataclasses.replace(m, label="ORG", label_fine="rule:legal_form")
        if m.label == "PER" and text[m.start : m.end] in names
        else m
        for m in found
    ]
    return sorted(found, key=lambda mention: (mention.start, mention.end))


_VENUE_WORDS = re.compile(rf"(?<![\w-]){alternatives(VENUE_HEADS)}(?![\w-])")


def _venue_as_body(text: str, mention: Mention) -> Mention:
    """A venue the tagger read as a place is a body, as the gold lists it (`the Large Hall`, `Palace of Arts
    Atameken`, `Khalyk Arena`; ``data/venue_heads.tsv``), unless the gazetteer knows it as a place."""
    if mention.label != "LOC" or mention.recogniser == "gazetteer":
        return mention
    if not _VENUE_WORDS.search(text, mention.start, mention.end):
        return mention
    return dataclasses.replace(mention, label="ORG", label_fine="venue:ORG", entity_id=None)


_PLURAL_HEADS = frozenset(_plural(head) for head in HEADS_ALONE)
"""Body heads in the plural (Ministries, Committees): a name ending in one names several bodies, no one body."""
_LIST_JOINER = re.compile(r"(?:,[ \t]+and|,|[ \t]+and)[ \t]+")


def _without_plural_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """No body whose name ends in a plural head (`the Health and Education Ministries`), nor the fields listed
    before it in spans of their own (`the Emergencies, Defense, and Interior Ministries`): several bodies each
    named by its field, none named whole."""
    dropped: set[int] = set()
    for index, mention in enumerate(mentions):
        words = text[mention.start : mention.end].split()
        if mention.label != "ORG" or words[-1].lower() not in _PLURAL_HEADS or "of" in words:
            continue  # `Federation of Trade Unions`: the plural is what the body unites
        dropped.add(index)
        before = index - 1
        while before >= 0 and mentions[before].label == "ORG":
            joiner = _LIST_JOINER.fullmatch(text, mentions[before].end, mentions[before + 1].start)
            if joiner is None or _ORG_WORDS.search(text, mentions[before].start, mentions[before].end):
                break
            dropped.add(before)
            before -= 1
    return [mention for index, mention in enumerate(mentions) if index not in dropped]


def _named_for_person(text: str, person: Mention, named: Mention) -> Mention | None:
    """A person's name and, right after it, a place or body the tagger read as only a head and its modifiers
    (`Nursultan Nazarbayev` + `International Airport`, `Satbayev` + `Kazakh National University`): one name, the
    airport's; None otherwise."""
    if person.label != "PER" or named.label not in ("LOC", "ORG") or text[person.end : named.start] != " ":
        return None
    *modifiers, head = text[named.start : named.end].split()
    if head.lower() not in HEADS_ALONE or not all(w.lower() in NAME_MODIFIERS or w in DEMONYMS for w in modifiers):
        return None
    return dataclasses.replace(named, start=person.start, entity_id=None)


def _company_by_form(text: str, mention: Mention) -> Mention:
    """A name that a company's legal form opens or closes (`Passenger Transportation JSC`, `JSC Kazpost`) is a
    company's, whatever the tagger called it."""
    words = text[mention.start : mention.end].split()
    if mention.label in ("ORG", "PER") or len(words) < 2 or not {words[0], words[-1]} & LEGAL_FORMS:
        return mention
    return dataclasses.replace(mention, label="ORG", label_fine="legal_form:ORG", entity_id=None)


def _without_office(text: str, mention: Mention) -> Mention:
    """A body read with the title of a person before it (`Laureate of the Union of Kazakhstan Youth`) is the body
    alone, when what follows the title names a body by its head word (Union, Ministry, …); `Minister of Foreign
    Affairs` keeps its words."""
    office = _LEADING_TITLE.match(text, mention.start, mention.end) if mention.label == "ORG" else None
    if office is None or not text[office.end() : office.end() + 1].isupper():
        return mention
    if _ORG_WORDS.match(text, mention.start):
        return mention  # `Mazhilis of the Parliament …`: a chamber, a body that also cuts a name after it as titles do
    if not _ORG_WORDS.search(text, office.end(), mention.end):
        return mention
    return dataclasses.replace(mention, start=office.end(), entity_id=None)


_NAME_THEN_ACRONYM = re.compile(
    r"(?P<name>(?:[A-Z][a-z][\w’'-]*[ \t]+)(?:[\w’'-]+[ \t]+)*?)(?P<acronym>[A-Z][A-Z0-9&]{1,5})"
)


def _acronym_apart(text: str, mention: Mention) -> list[Mention]:
    """A body's full name and its acronym written after it (`International Chess Federation FIDE`): two names of
    the body, each a mention; a legal form after a name (`Kazakhtelecom JSC`) stays part of it."""
    found = _NAME_THEN_ACRONYM.fullmatch(text, mention.start, mention.end) if mention.label == "ORG" else None
    if found is None or found.group("acronym") in LEGAL_FORMS or len(found.group("name").split()) < 2:
        return [mention]
    name_end = found.start("acronym") - (len(found.group("name")) - len(found.group("name").rstrip()))
    return [
        dataclasses.replace(mention, end=name_end, entity_id=None),
        dataclasses.replace(mention, start=found.start("acronym"), entity_id=None),
    ]


_COMPASS_LETTER_BEFORE = re.compile(r"(?<![\w.&'’-])(?:[NS][EW]|[NSEW])[ \t]+$")
"""A compass point written as its capital letter before a name (`W Kazakhstan`, `N Kazakhstan region`)."""


def _with_compass_letter(text: str, mention: Mention) -> Mention:
    """A place after a compass point written as its letter is the region of that side (`W Kazakhstan develops …`:
    West Kazakhstan, as headlines shorten it), the letter part of its name."""
    if mention.label != "LOC":
        return mention
    letter = _COMPASS_LETTER_BEFORE.search(text, max(0, mention.start - 4), mention.start)
    return dataclasses.replace(mention, start=letter.start(), entity_id=None) if letter is not None else mention


def _before_open_bracket(text: str, mention: Mention) -> Mention:
    """A body's name ends before a bracket it never closes (`National Council of Public Trust (Council)`: the
    tagger ran into the short name in brackets)."""
    bracket = text.find(" (", mention.start, mention.end)
    if mention.label != "ORG" or bracket <= mention.start or text.find(")", bracket, mention.end) != -1:
        return mention
    return dataclasses.replace(mention, end=bracket, entity_id=None)


_TWO_BODIES = re.compile(
    rf"(?P<first>.*\b(?:{alternatives(ORG_WORDS)}))[ \t]+and[ \t]+(?P<second>[A-Z].*\b(?:{alternatives(ORG_WORDS)}))"
)
"""Two bodies joined by `and`, each ending in a body's word (`the Ministry and Samruk-Kazyna Fund`)."""


def _bodies_apart(text: str, mention: Mention) -> list[Mention]:
    """A tagged body that is two joined by `and`, each closed by a body's word (`Ministry and Samruk-Kazyna Fund`):
    two bodies; a name with fields joined by `and` (`Ministry of Culture and Sport`) ends in no such word first."""
    both = _TWO_BODIES.fullmatch(text, mention.start, mention.end) if mention.label == "ORG" else None
    if both is None:
        return [mention]
    return [
        dataclasses.replace(mention, end=both.end("first"), entity_id=None),
        dataclasses.replace(mention, start=both.start("second"), entity_id=None),
    ]


_AND_ONE_WORD = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+(?![\w-]|[ \t]+[A-Z])")
"""`… of Opera and Ballet`: `and` and one capitalised word, with no capitalised word after it."""


def _with_second_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body named by two fields the tagger cut at `and` (`Astrakhan State Theatre of Opera` + `Ballet`, `Ministry
    of Culture and Sport`): one body, when the second is one capitalised word that no gazetteer names and the tagger
    reads as no person, and no name goes on after it (`… of Energy and Chevron` keeps Chevron)."""
    found: list[Mention] = []
    skip_until = -1
    for index, mention in enumerate(mentions):
        if mention.start < skip_until:
            continue
        joint = (
            _AND_ONE_WORD.match(text, mention.end)
            if mention.label == "ORG"
            and mention.recogniser != "gazetteer"
            and " of " in text[mention.start : mention.end]
            else None
        )
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        named = (
            joint is not None
            and after is not None
            and after.start < joint.end()
            and (after.recogniser == "gazetteer" or after.label == "PER")
        )
        if joint is not None and not named:
            mention = dataclasses.replace(mention, end=joint.end(), entity_id=None)
            skip_until = joint.end()
        found.append(mention)
    return found


_FIELDS_BEFORE = re.compile(rf"(?:(?:{_FIELD_WORD}[ \t]+){{0,2}}{_FIELD_WORD},[ \t]+)+(?:and[ \t]+)?$")
"""Capitalised fields listed with commas before the rest of a ministry's name (`Kazakh Ecology, Geology, and `)."""
_MINISTRY_END = re.compile(r"[ \t]Ministry$")


def _with_listed_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    """A ministry named by fields listed with commas (`Kazakh Ecology, Geology, and Natural Resources Ministry`) is
    one body: the tagger's cut at the commas leaves its first fields as a body or a place of their own."""
    found: list[Mention] = []
    for mention in mentions:
        fields = (
            _FIELDS_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            if mention.label == "ORG" and _MINISTRY_END.search(text, mention.start, mention.end)
            else None
        )
        if fields is not None:
            while found and found[-1].start >= fields.start():
                found.pop()  # `Kazakh Ecology`: the ministry's first field
            mention = dataclasses.replace(mention, start=fields.start(), entity_id=None)
        found.append(mention)
    return found


_FIELDS_AND = re.compile(rf"(?<![\w-])(?P<fields>(?:{_FIELD_WORD}[ \t]+){{1,4}}and[ \t]+)$")
"""Capitalised fields and `and` right before a body's name (`the [Kazakh Oncology and ]Radiology … Institute`)."""
_WORD_BEFORE = re.compile(r"([\w-]+)[ \t]+$")


def _with_joined_fields(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body named by two fields joined by `and` before its head (`Kazakh Oncology and Radiology Scientific
    Research Institute`, `Opera and Ballet Theater of Shymkent`) is one body: the tagger's cut at `and` leaves the
    first field a body of its own or nothing. Not when what stands before `and` is a name of its own (a person, a
    place, a body the gazetteer knows: `Air Astana and SCAT Airlines`, a company with its legal form: `KazMunayGas
    JSC and Kaspi Bank`) or holds a head word itself (`the Ministry of Energy and Radiology Institute`)."""
    found: list[Mention] = []
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        head_at = next((i for i, word in enumerate(words) if word.lower() in HEADS_ALONE), 0)
        match = (
            _FIELDS_AND.search(text, max(0, mention.start - 80), mention.start)
            if mention.label == "ORG" and head_at > 0
            else None
        )
        start = match.start("fields") if match else mention.start
        word_before = _WORD_BEFORE.search(text, max(0, start - 40), start) if match else None
        if word_before is not None and word_before.group(1)[:1].isupper():
            match = None  # more capitalised words before: a longer name, or another one, runs on there
        if match is not None and (opening := _DETERMINER.match(text, start)) is not None:
            start = opening.end()  # `The Opera and Ballet Theatre` at a sentence's start
        kept = len(found)
        while match is not None and kept and found[kept - 1].end > start:
            kept -= 1  # mentions in text order: only those at the end of the list reach past the fields' start
        before = found[kept:]
        if (
            match is not None
            and not any(
                word.lower() in HEADS_ALONE or word in LEGAL_FORMS for word in text[start : mention.start].split()
            )
            and not _ORG_WORDS.search(text, start, mention.start)
            and all(m.start >= start and m.label == "ORG" and m.recogniser != "gazetteer" for m in before)
        ):
            del found[kept:]
            mention = dataclasses.replace(mention, start=start, entity_id=None)
        found.append(mention)
    return found


_LIST_GAP = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
_COMPASS_OF = re.compile(rf"\b(?:{alternatives(tuple(COMPASS_WORDS))})[ \t]+of[ \t]+$", re.IGNORECASE)


def _among_places(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether a name stands in a list of places, next to one on each side, first before one after `in` (`in
    Abai, Zhetysu, Ulytau and Akmola`) or first of three or more, or after a direction (`east of Abai`): the
    region named after a person."""
    mention = mentions[index]
    if _COMPASS_OF.search(text, max(0, mention.start - 30), mention.start):
        return True
    after = mentions[index + 1] if index + 1 < len(mentions) else None
    before = mentions[index - 1] if index > 0 else None
    place_after = after is not None and after.label == "LOC" and _LIST_GAP.fullmatch(text, mention.end, after.start)
    place_before = before is not None and before.label == "LOC" and _LIST_GAP.fullmatch(text, before.end, mention.start)
    opens = text[max(0, mention.start - 3) : mention.start] == "in "
    following = mentions[index + 2] if index + 2 < len(mentions) else None
    heads_list = (  # `six regions, including Abai, Kyzylorda, Karaganda`: first of three places or more
        place_after
        and following is not None
        and following.label == "LOC"
        and _LIST_GAP.fullmatch(text, after.end, following.start)  # type: ignore[union-attr]
    )
    return bool(place_after and (place_before or opens or heads_list))


_DEMONYM_BEFORE_MINISTRY = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(DEMONYMS, key=len, reverse=True)))})[ \t]+(?=(?:[A-Z][\w-]*[ \t]+)*"
    rf"(?:Ministry|MFA)(?:$|[ \t]+of[ \t]))"
)
"""`Kazakh Foreign Ministry`, `Kazakh MFA`, `Kazakh Ministry of Foreign Affairs`: the country's adjective before a
ministry's name."""


_HOME_DEMONYMS = frozenset({"Kazakh", "Kazakhstani"})
"""The adjectives of the country whose news this is: its ministries are the gazetteer's (Health Ministry)."""
_HOME_DEMONYM_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_HOME_DEMONYMS))})[ \t]+$")
"""The country's adjective right before a body's name (`the Kazakh MFA`)."""
_HOME_COUNTRY = re.compile(
    r"^(?:the[ \t]+)?(?:kazakh|kazakhstani|kazakhstan['’]s)[ \t]+"
    r"|[ \t]+of[ \t]+(?:the[ \t]+)?(?:republic[ \t]+of[ \t]+)?kazakhstan$"
)
"""The country whose news this is, before a ministry's name or after it (lower case)."""
_MINISTRY = re.compile(r"^(?:the[ \t]+)?(?:ministry[ \t]+(?:of|for)[ \t]+(?P<after>.+)|(?P<before>.+?)[ \t]+ministry)$")
"""A ministry's name with its field after `Ministry of` or before `Ministry` (lower case)."""
_LOWER_DEMONYMS = frozenset(word.lower() for word in DEMONYMS)


def ministry_key(name: str) -> str | None:
    """A key that names one of the country's ministries however English writes it (`Kazakh Culture and Sport
    Ministry`, `Ministry of Culture and Sports of Kazakhstan`, `the Kazakh Ministry of Energy`): its field, lower
    case, `&` as `and`, spelled the American way, without plural endings; None for another name or another country's
    ministry."""
    found = _MINISTRY.match(_HOME_COUNTRY.sub("", american_spelling(name.strip()).lower()))
    if found is None:
        return None
    field = (found.group("after") or found.group("before")).replace("&", "and").replace(",", " ")
    words = [word.removesuffix("s") if len(word) > 4 else word for word in field.split()]
    if not words or words[0] in _LOWER_DEMONYMS:
        return None  # `the Russian Ministry of Energy`: no ministry of this country
    return "ministry of " + " ".join(words)


def _without_demonym(text: str, mention: Mention) -> Mention:
    """Another country's ministry named by its short name without that country's adjective (`the Russian Health
    Ministry` -> Health Ministry, as CoNLL has it), as the adjective of `the Kazakh President` is no part of a
    title; a body of the country whose news this is with its adjective (`the Kazakh MFA`, `Kazakh Healthcare
    Ministry`: Kazinform's name for it, as the gold lists it); a person's name without the people he belongs to
    (`Kazakhstani Ibragim Magomadov`), and a people's adjective alone or before common nouns is no person, place
    or body (`Greco-Roman wrestler`, `Kazakh city airport` in a headline, `a Norwegian settlement`), nor a word
    of lower-case parts joined to a name (`pro-Moscow`)."""
    known = mention.recogniser == "gazetteer"
    written = text[mention.start : mention.end]
    head, _, rest = written.partition(" ")
    if (
        mention.label in ("PER", "LOC", "ORG")
        and not known
        and (
            (written if not written.isupper() else written.title()) in DEMONYMS
            or (
                head in DEMONYMS and rest.islower() and not _BODY_WORDS_LOWER & set(rest.split())
            )  # `the English county`
            or _PREFIXED_NAME.match(written) is not None  # `pro-Moscow`, `made-in-Kazakhstan`: a word made of a name
        )
    ):
        return dataclasses.replace(mention, label="MISC", label_fine="people:MISC", entity_id=None)
    if mention.label == "PER" and not known:
        words = text[mention.start : mention.end].split(" ")
        people = len(words) > 1 and words[0] in DEMONYMS and words[1][:1].isupper()
        if people and (len(words) > 2 or words[0] not in DEMONYM_GIVEN_NAMES):  # `German Gref` keeps his name
            return dataclasses.replace(mention, start=mention.start + len(words[0]) + 1, entity_id=None)
        return mention
    if mention.label != "ORG":
        return mention
    home = _HOME_DEMONYM_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    name = text[mention.start : mention.end]
    ministry = name.isupper() and (mention.entity_id or "").startswith("org:ministry-")  # `MFA`
    if home is not None and (_ORG_WORDS.search(name) or ministry):
        return dataclasses.replace(mention, start=home.start())  # `the Kazakh MFA`, `Kazakh Healthcare Ministry`
    demonym = _DEMONYM_BEFORE_MINISTRY.match(text, mention.start, mention.end)
    if demonym is None or demonym.end() >= mention.end:
        return mention
    if text[mention.start : demonym.end()].strip() in _HOME_DEMONYMS:
        return mention
    entity = mention.entity_id if mention.recogniser == "gazetteer" else None
    if entity is None:
        # `the Russian Health Ministry`: another country's, which the short name alone must not link to Kazakhstan's
        entity = f"org:en:{text[mention.start : mention.end]}"
    return dataclasses.replace(mention, start=demonym.end(), entity_id=entity)


_BODY_WORDS_LOWER = frozenset(word.lower() for word in ORG_WORDS)
"""Words that make a body's name, in lower case: `the Kazakh government` is a body, `a Norwegian settlement` none."""
_PREFIXED_NAME = re.compile(r"[a-z]+(?:-[a-z]+)*-[A-Z]")
"""A word of lower-case parts joined to a name by hyphens (`pro-Moscow`, `ex-Milan`, `made-in-Kazakhstan`)."""
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


_WORD_AFTER = re.compile(r"[ \t](?P<word>[A-Z][A-Za-z]+)\b")


def _as_event(text: str, mention: Mention) -> Mention:
    """An organisation or place the tagger read whose name opens or closes with an event's word is the event
    (`Rio Olympics`, `Summit of the Turkic States`, `Astana Media Week`), and so is one, even a known place,
    right before such a word (`the U.S. Open`): no body or place of the text; so is a person's name of two words
    or more that closes with one after `the` (`the Theatre Week`; not `Doris Day`)."""
    if mention.label in ("ORG", "LOC") and (head := _WORD_AFTER.match(text, mention.end)) is not None:
        word = head["word"].title() if head["word"].isupper() else head["word"]
        if word in EVENT_HEADS:  # `the U.S. Open`, `HONG KONG OPEN`: a place inside an event's name is no place of it
            return dataclasses.replace(mention, end=head.end(), label="MISC", label_fine="event:MISC", entity_id=None)
    if mention.label not in ("ORG", "LOC", "PER") or mention.recogniser == "gazetteer":
        return mention
    words = text[mention.start : mention.end].split()
    if (
        mention.label == "PER"
        and len(words) > 1
        and words[-1] in EVENT_HEADS
        and _THE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    ):
        return dataclasses.replace(mention, label="MISC", label_fine="event:MISC", entity_id=None)  # `the Theatre Week`
    if (
        mention.label != "PER"
        and words
        and (
            words[0] in EVENT_OPENERS
            or words[-1] in EVENT_HEADS
            or any(word in EVENT_HEADS and after in ("of", "on", "for") for word, after in itertools.pairwise(words))
        )
    ):  # `XIX Near-Border Forum of Kazakhstan`, `OIC Summit on Science and Technology`: the event's word, what of
        return dataclasses.replace(mention, label="MISC", label_fine="event:MISC", entity_id=None)
    if mention.label == "ORG" and len(words) > 1 and words[-1] in PROJECT_HEADS:
        # `the Comfortable School National Project`: a project, no body
        return dataclasses.replace(mention, label="MISC", label_fine="project:MISC", entity_id=None)
    if mention.label == "ORG" and _PROGRAM_AFTER.match(text, mention.end):
        # `the [Transport Infrastructure Development] State Program`: the programme's name, no body
        return dataclasses.replace(mention, label="MISC", label_fine="project:MISC", entity_id=None)
    return mention


_PROGRAM_AFTER = re.compile(r"[ \t]+(?:(?:State|National|Government)[ \t]+)?(?:Program|Programme)\b")
"""A programme's word right after a name (`… Development State Program`): the name is the programme's."""


_FOR_NAMES = re.compile(r"[ \t]+(?:for|on)[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*)*")
"""What a body is for or on, in capitalised words after its head (`Research Institute for Biological Safety Problems`,
`Working Group on Parliamentary Reform`)."""
_OF_THE = re.compile(r"[ \t]+of(?:[ \t]+the)?[ \t]+")
"""Between a body and the country or region whose it is (`… Administration of the People's Republic of China`)."""
_ROUTE_ENDS = re.compile(r"[A-Z][\w'’]+[ \t]?[-–—][ \t]?[A-Z][\w'’]+")
_ROUTE_AFTER = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?{alternatives(ROUTE_WORDS)}\b")


def candidate_rules(text: str, candidates: list[Mention]) -> list[Mention]:
    """The English rules over every recogniser's candidates (the language's ``candidate_rules``): places the
    gazetteer knows joined by dashes are a route or a pair (`Almaty-Turkestan launched early last year`, `Russian
    Federation – Martuk – Aktobe`, `Belarus-Kazakhstan cooperation`), whose ends are places of the text, as the
    gold lists them in every language, and places it knows joined by commas or `and` are a list of places
    (`hit Kostanay, Petropavlovsk and Kokshetau`): a span over them that no list knows gives way to them."""
    candidates = _bodies_the_tagger_cut(text, _bodies_opened_by_known_places(text, candidates))
    candidates = [_without_time_after(text, mention) for mention in candidates]
    known = {(m.start, m.end) for m in candidates if m.recogniser == "gazetteer" and m.label == "LOC"}
    candidates = [_without_place_after_in(text, mention, known) for mention in candidates]
    if len(known) < _ROUTE_KNOWN_ENDS:
        return candidates
    return [
        mention
        for mention in candidates
        if mention.label not in ("LOC", "ORG", "MISC")
        or mention.recogniser == "gazetteer"
        or _known_parts(text, mention, known) < _ROUTE_KNOWN_ENDS
    ]


_ROUTE_KNOWN_ENDS = 2
_CAPITALISED_TIMES = tuple(word for word in TIME_WORDS if word[:1].isupper() and " " not in word)
_TIME_AFTER = re.compile(rf"[ \t]+{alternatives(_CAPITALISED_TIMES)}$")
"""A weekday closing a span (`the session of the Government Wednesday`): when it happened, no word of the name."""


def _without_time_after(text: str, mention: Mention) -> Mention:
    """A tagged name without the weekday the tagger ran it into (`Government Wednesday` -> Government)."""
    time = _TIME_AFTER.search(text, mention.start, mention.end)
    if time is None or mention.recogniser == "gazetteer":
        return mention
    return dataclasses.replace(mention, end=time.start())


_IN_PLACE = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
"""`in` (and an article) inside a tagged body's span, before where the body is."""


def _without_place_after_in(text: str, mention: Mention, known_places: set[tuple[int, int]]) -> Mention:
    """A body's name without a known place the tagger ran into it after `in` (`the National Bank in Kazakhstan`):
    where the body works, not a word of its name (`of` makes the place part of it: Bank of Japan)."""
    if mention.label != "ORG" or mention.recogniser == "gazetteer":
        return mention
    for found in _IN_PLACE.finditer(text, mention.start, mention.end):
        if (found.end(), mention.end) in known_places:
            return dataclasses.replace(mention, end=found.start(), entity_id=None)
    return mention


_COMPLEMENT_AFTER = re.compile(r"[ \t]+(?:for|of|on)[ \t]+[A-Z]")


def _bodies_the_tagger_cut(text: str, candidates: list[Mention]) -> list[Mention]:
    """A body's name the rules read whole over its head word and what it is for, of or on (`Regional Centre for
    Preventive Diplomacy`, `Institute for War and Peace Reporting`), where the tagger stopped at the head (the place
    `Regional Centre`) with nothing read after it, or read the whole as something else (MISC): the tagger's span gives
    way, or takes the body's label, so the rules' body is not left out for it. Where the tagger read pieces after
    the head, the document rules join them (`Research Institute` + `for` + `Biological Safety Problems`)."""
    bodies = [m for m in candidates if m.recogniser == "rules_en" and m.label == "ORG"]
    if not bodies:
        return candidates
    found = []
    for mention in candidates:
        if mention.recogniser == "model_en":
            body = next((b for b in bodies if b.start <= mention.start and mention.end <= b.end), None)
            if body is not None and (body.start, body.end) == (mention.start, mention.end):
                mention = dataclasses.replace(mention, label="ORG") if mention.label == "MISC" else mention
            elif (
                body is not None
                and text[mention.start : mention.end].split()[-1] in _HEAD_WORDS
                and _COMPLEMENT_AFTER.match(text, mention.end, body.end)
                and not any(
                    other is not mention and other.recogniser != "rules_en" and mention.end < other.end <= body.end
                    for other in candidates
                )
            ):
                continue  # the tagger read nothing after the head: the document rules have no pieces to join
        found.append(mention)
    return found


def _place_names_the_body(text: str, body: Mention, place: Mention) -> bool:
    """Whether a place is the first word of a body's name (`Ekibastuz Thermal Power Plant`; not `Kazakhstan’s
    Assembly`, the country's body named after it) or its owner at its end (`Tourism and Sport Ministry of
    Kazakhstan`)."""
    if place.start == body.start and place.end < body.end:
        return text[place.end] in " \t"
    return place.end == body.end and body.start < place.start and text.startswith(" of ", place.start - len(" of "))


_ORG_WORD_AT_END = re.compile(rf"\b{alternatives(ORG_WORDS)}(?:[ \t]+of[ \t]+[A-Z][\w'’-]*)?$")
"""A body's word at the end of a name, or before `of` and a one-word owner (`Ministry of Kazakhstan`)."""
_LONGEST_NAME = 200
"""Characters a name runs to at most, for looking back from a body to the names that may cross it."""


def _bodies_opened_by_known_places(text: str, candidates: list[Mention]) -> list[Mention]:
    """A capitalised name that opens with a place the gazetteer knows and ends in a body's word (`Ekibastuz Thermal
    Power Plant`, `Pavlodar Aluminum Smelter`), or ends in such a word and `of` the place (`Tourism and Sport Ministry
    of Kazakhstan`), is the body: the place gives way, so the rules' body, weak as it is, is not left out for the
    place inside it. Not where another recogniser read a longer or crossing name there."""
    bodies = [
        m
        for m in candidates
        if m.recogniser == "rules_en"
        and m.label_fine == "caps+org_word"
        and _ORG_WORD_AT_END.search(text, m.start, m.end)  # not `Almaty Thermal Power Plant No` (No. 2)
    ]
    if not bodies:
        return candidates
    order = sorted(range(len(candidates)), key=lambda index: candidates[index].start)
    starts = [candidates[index].start for index in order]
    dropped: set[int] = set()
    for body in bodies:  # the candidates that start at most a long name's length before it: linear in a document
        nearby = order[bisect.bisect_left(starts, body.start - _LONGEST_NAME) : bisect.bisect_left(starts, body.end)]
        inside = [index for index in nearby if candidates[index] is not body and body.start < candidates[index].end]
        place = next(
            (candidates[i] for i in inside if candidates[i].recogniser == "gazetteer" and candidates[i].label == "LOC"),
            None,
        )
        if (
            place is not None
            and _place_names_the_body(text, body, place)
            # the place as any recogniser read it, or a body inside the name: nothing longer, nothing crossing
            and all(
                (candidates[i].start, candidates[i].end) == (place.start, place.end)
                or (candidates[i].label == "ORG" and body.start <= candidates[i].start <= candidates[i].end <= body.end)
                for i in inside
            )
        ):
            dropped.update(inside)
    return [m for index, m in enumerate(candidates) if index not in dropped]


_ROUTE_DASH = re.compile(r"[ \t]?[-–—][ \t]?")


_PART_SEPARATOR = re.compile(rf"{_ROUTE_DASH.pattern}|,[ \t]+|[ \t]+and[ \t]+")
"""What joins the places of a route (a dash) or of a list (a comma, `and`)."""


def _known_parts(text: str, mention: Mention, known: set[tuple[int, int]]) -> int:
    """How many of the parts of a span joined by dashes, commas or `and` are places the gazetteer knows (0 for a
    span of one part)."""
    separators = list(_PART_SEPARATOR.finditer(text, mention.start, mention.end))
    if not separators:
        return 0
    count, position = 0, mention.start
    for separator in [*separators, None]:
        end = separator.start() if separator is not None else mention.end
        count += (position, end) in known
        position = separator.end() if separator is not None else end
    return count


_NAMED_AFTER_NAME = re.compile(
    r"[ \t]+named[ \t]+after[ \t]+(?:(?:the|al-|el-)[ \t]*)?[A-Z][\w'’.-]*(?:[ \t]+(?:al-)?[A-Z][\w'’.-]*){0,3}"
)
"""`named after` and a person's name after a body's or a place's (`… Philharmonic Hall named after Yerkegali
Rakhmadiyev`): Kazakh English writes so the Russian `имени`."""


def _with_named_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body or a place named after a person runs on over `named after` and the name (`State Academic Philharmonic
    Hall named after Yerkegali Rakhmadiyev`); the person there is no person of the news."""
    found: list[Mention] = []
    extended_to = -1
    for mention in mentions:
        if mention.end <= extended_to:
            continue  # a name inside the body's name
        named = _NAMED_AFTER_NAME.match(text, mention.end) if mention.label in ("ORG", "LOC") else None
        if named is not None:
            mention = dataclasses.replace(mention, end=named.end(), entity_id=None)
            extended_to = named.end()
        found.append(mention)
    return found


_LIST_ITEM = r"[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}"
_LISTED_COMPANIES = re.compile(
    rf"\b(?:{alternatives(COMPANY_PLURALS)})(?:[ \t]*,?[ \t]+(?:such[ \t]+as|including|like|namely))?[ \t]+"
    rf"(?P<items>{_LIST_ITEM}(?:(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_LIST_ITEM})+)"
)
"""A plural noun of companies and the list of their names, after `such as` or right after it
(``data/company_plurals.tsv``)."""
_ONE_LIST_ITEM = re.compile(_LIST_ITEM)


def _listed_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every name of a list after a plural noun of companies (`transnational companies, such as JAC, Hikma, Peugeot,
    and Tenaris`, `political parties Amanat, Auyl, Respublica`) is a body: the tagger's person or place there gives
    way, a body it read and a name the gazetteer knows stay as they are."""
    spans = [
        item.span()
        for listed in _LISTED_COMPANIES.finditer(text)
        for item in _ONE_LIST_ITEM.finditer(text, *listed.span("items"))
    ]
    if not spans:
        return mentions
    kept = [
        mention
        for mention in mentions
        if mention.label == "ORG"
        or mention.recogniser == "gazetteer"
        or not any(s < mention.end and mention.start < e for s, e in spans)
    ]
    bodies = [(m.start, m.end) for m in kept if m.label == "ORG" or m.recogniser == "gazetteer"]
    kept += [
        Mention(s, e, "ORG", "listed_company:ORG", "rules_en", 0.6)
        for s, e in spans
        if not any(a < e and s < b for a, b in bodies)
    ]
    return sorted(kept, key=lambda m: (m.start, m.end))


def _route_ends_apart(text: str, mentions: list[Mention]) -> list[Mention]:
    """`the Ayagoz-Techen railway`, `the Almaty-Bishkek gas pipeline`: two ends joined by a dash name a route, whose
    ends are places (one LOC mention each); a place the gazetteer knows keeps its name (`the Ust-Kamenogorsk
    road`)."""
    found = []
    for mention in mentions:
        route = _ROUTE_ENDS.fullmatch(text, mention.start, mention.end)
        dash = _ROUTE_DASH.search(text, mention.start, mention.end) if route is not None else None
        if mention.recogniser == "gazetteer" or dash is None or _ROUTE_AFTER.match(text, mention.end) is None:
            found.append(mention)
            continue
        ends = ((mention.start, dash.start()), (dash.end(), mention.end))
        found.extend(
            dataclasses.replace(mention, start=start, end=end, label="LOC", label_fine="route_end:LOC", entity_id=None)
            for start, end in ends
        )
    return found


_PLACE_SINGULARS = frozenset(word.lower() for word in PLACE_WORDS)
_WORD_OR_COMMA = re.compile(r"[\w'’-]+|,")
_KIND_WORD_REACH = 6
"""Words and commas after a name among which the kind word of a list of such names may stand."""


_NAMED_AFTER_SINGULARS = frozenset(NAMED_AFTER_HEADS)
_NAMED_AFTER_PLURALS = frozenset(NAMED_AFTER_HEADS.values())
_NAMED_LIST_REACH = 16
"""Words and commas after a name among which the noun of a list of things named after people may stand (six
prizes named in a row)."""
_NAMED_AFTER = re.compile(r"\bnamed[ \t]+(?:after|for)[ \t]+$")


_MINISTER_AFTER = re.compile(
    rf"(?:,[ \t]+{_FIELD_WORD})*(?:[ \t]+and(?:[ \t]+{_FIELD_WORD}){{1,3}})?[ \t]+{_DEPUTY}Minist(?:er|ry)\b"
)
"""What follows the field of a minister or a ministry: the other fields (`, Geology and Natural Resources`), then
the title (`Minister`, `Vice Minister`, `Ministry`)."""


def _names_a_field(text: str, mention: Mention) -> bool:
    """Whether a one-word name read as a person's or a body's, perhaps after its country's adjective, is the field
    of a minister or a ministry written after it (`Kazakh Enlightenment Minister Gani Beissembayev`, `Ecology,
    Geology and Natural Resources Minister`): English writes no person's name right before a title."""
    words = text[mention.start : mention.end].split()
    return (
        mention.label in ("PER", "ORG")
        and mention.recogniser != "gazetteer"
        and (len(words) == 1 or (len(words) == 2 and words[0] in DEMONYMS))
        and not words[-1].isupper()  # `NUR-SULTAN. KAZINFORM Minister of Energy …`: the agency's dateline
        and _MINISTER_AFTER.match(text, mention.end) is not None
    )


_CURRENCY_AFTER = re.compile(rf"[ \t]+{alternatives(CURRENCY_NOUNS)}\b")
"""A currency's noun after a country's name (`600 million US dollars`): the country names the currency."""


_HEAD_WORD_AFTER = re.compile(r"[ \t]+(?P<head>[A-Z][a-z]+)\b(?![ \t]+of\b)")
"""A capitalised word right after a name, not opening an `of` phrase (`… Liaison Department`, not `… Department of`)."""


def _body_named_by_a_person_reading(text: str, mention: Mention) -> Mention:
    """A person the tagger read in capitalised words that a body's head word closes (`the CPC Central Committee
    International Liaison Department`: `International Liaison` was a person) is that body; a person the gazetteer
    knows stays one."""
    known = mention.entity_id is not None and not mention.entity_id.startswith("per:en:")
    if mention.label != "PER" or known:
        return mention
    head = _HEAD_WORD_AFTER.match(text, mention.end)
    if head is None or head.group("head").lower() not in _BODY_HEAD_WORDS:
        return mention
    return dataclasses.replace(mention, end=head.end("head"), label="ORG", label_fine="named+head:ORG", entity_id=None)


def _names_a_thing(text: str, mention: Mention) -> bool:
    """Whether a person's name is part of a thing's name: before a noun that things are named by (`Altynsarin
    prize`, `Satbayev, Ualikhanov and Auezov prizes`) or after `named after` (`the orchestra named after
    Kurmangazy`), with no title before it (`President Tokayev award` stays his); or the name of a thing right
    after its noun (`the discussion club Parasat`; ``data/thing_nouns.tsv``)."""
    if mention.label != "PER" or _PERSON_TITLES.search(text, max(0, mention.start - 80), mention.start):
        return False
    noun = _NOUN_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if noun is not None and noun.group(1) in THING_NOUNS and not _reads_as_a_person(text[mention.start : mention.end]):
        return True
    return _NAMED_AFTER.search(text, max(0, mention.start - 20), mention.start) is not None or _before_kind_word(
        text, mention.end, _NAMED_AFTER_SINGULARS, _NAMED_AFTER_PLURALS, _NAMED_LIST_REACH
    )


_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z][\w-]*)")


def _adjective_of_a_noun(text: str, mention: Mention) -> bool:
    """Whether a sea's or a region's name is an adjective before a common noun (`Caspian seal`, `Caspian logistical
    infrastructure`; ``data/adjective_places.tsv``): no place of the text; before a noun of its parts or a place
    word it stays one (`the Caspian shore`, `the Caspian region`; ``data/geographic_nouns.tsv``)."""
    after = _LOWER_WORD_AFTER.match(text, mention.end)
    return (
        text[mention.start : mention.end] in ADJECTIVE_PLACES
        and after is not None
        and after.group("word") not in GEOGRAPHIC_NOUNS
        and after.group("word") not in _PLACE_SINGULARS
    )


def _before_place_word(text: str, position: int) -> bool:
    """Whether the name ending at ``position`` is followed by a place word that it names (`Markakol district`),
    or by more names and a plural one (`Katon-Karagai and Markakol districts`; not `Nurlan Nogayev, Atyrau
    region akim`, whose region word is no plural)."""
    return _before_kind_word(text, position, _PLACE_SINGULARS, _PLACE_PLURALS)


def _before_outlet_word(text: str, position: int) -> bool:
    """Whether the name ending at ``position`` is followed by a kind of media (`the Aikyn newspaper`), or by more
    names and its plural (`Ana Tili, Yegemen Kazakhstan newspapers`)."""
    return _before_kind_word(text, position, _OUTLET_WORDS, _OUTLET_PLURALS)


def _before_kind_word(
    text: str, position: int, singulars: frozenset[str], plurals: frozenset[str], reach: int = _KIND_WORD_REACH
) -> bool:
    """The walk of the two above over the words after a name, in one line: capitalised names, `and` and commas
    until the kind word (in the plural after more names, in the singular right after the name)."""
    for index, match in enumerate(_WORD_OR_COMMA.finditer(text, position)):
        gap = text[position : match.start()]
        if index == reach or gap.strip() or "\n" in gap:
            return False  # too far, or past a mark that ends the list
        word = match.group()
        if word.lower() in plurals or (index == 0 and word.lower() in singulars):
            return True
        if word not in ("and", ",") and not word[:1].isupper():
            return False
        position = match.end()
    return False


def _names_a_period_or_a_kind(text: str, mention: Mention) -> bool:
    """Whether a span names no place or body but a half or a quarter of a year (`in H1 of 2022`), a word of a
    compound joined by `-of-`, `-in-`… (`the State-of-the-Nation Address`), or only a kind of place (`the City
    Mayor`): the tagger reads their capitals as a name."""
    name = text[mention.start : mention.end]
    if _PERIOD.fullmatch(name):
        return True
    if _COMPOUND_AFTER.match(text, mention.end):
        return True
    return mention.label == "LOC" and name.lower() in _PLACE_SINGULARS


_PERIOD = re.compile(r"[HQ][1-4]")
_COMPOUND_AFTER = re.compile(r"-(?:of|in|the|and|to|for|by|on|at)-")
"""A hyphen and a function word after a span: the span is the first word of a compound (State-of-the-Nation)."""


def _inside_a_hyphenated_word(text: str, mention: Mention) -> bool:
    """Whether a person's name begins after a hyphen joined to a word (`men's Greco-[Roman]`): a piece of
    another word, no name."""
    return (
        mention.label == "PER"
        and mention.start > 1
        and text[mention.start - 1] == "-"
        and text[mention.start - 2].isalpha()
    )


def _reads_as_a_person(name: str) -> bool:
    """Whether a name of two words or more opens with a known given name or ends as a surname does (`Aidos Sarym`,
    `Ibragim Magomadov`)."""
    words = name.split()
    return len(words) > 1 and (words[0].lower() in given_name_genders() or words[-1].endswith(SURNAME_ENDINGS))


_NOUN_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}$")
"""The lower-case word before a name, perhaps with the first words of a longer name between (`the state program
Nurly [Zhol Kazakhstan]`)."""
_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ing|ed)")
"""A capitalised participle (Welcoming, Congratulating): the tagger's VERB on it is trusted, not on a name it
has never seen (Adlet)."""
_CLOSED_CLASSES = frozenset({"SCONJ", "CCONJ", "ADP", "DET", "PRON"})
"""Parts of speech of the few words a tagger reads right even capitalised (Although, But, With, Our)."""
_NOT_IN_NAMES = _CLOSED_CLASSES | {"ADV"}
"""Parts of speech of a capitalised word before a name that is no part of it (Although, Then, Meanwhile)."""
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
"""Penn tags of plural nouns: a person's name is singular."""
_OFFICE = re.compile(
    rf"(?:(?:{alternatives(DEMONYMS)})[ \t]+)?(?:(?:First|Former|Vice|Acting)[ \t-]+)?{_LEADING_TITLE.pattern}"
)
"""A person's office, after a people's adjective too (`the Kazakh Head of State`)."""


def _is_office(text: str, start: int, end: int) -> bool:
    """A span naming a person's office (President of Kazakhstan, First President of Kazakhstan, Kazakh Head of State)
    and no body's word after it (not `President of the Council of Ministers`)."""
    office = _OFFICE.match(text, start, end)
    return office is not None and not _ORG_WORDS.search(text, office.end(), end)


def _title_after_dash(text: str, tokens: list[Token], first: int, last: int) -> int | None:
    """The index of the last title word in ``tokens[first:last]`` written right after a dash (Kazakhstan-Elbasy)."""
    for index in range(last - 1, first, -1):
        if text[tokens[index - 1].start : tokens[index - 1].end] in ("-", "–", "—") and _TITLE_WORD.match(
            text, tokens[index].start, tokens[index].end
        ):
            return index
    return None


def _is_title_word(text: str, token: Token, following: Token | None) -> bool:
    """A title or form of address (President, Mr.), before the rest of a name when ``following`` is given."""
    if not _TITLE_WORD.match(text, token.start, token.end):
        return False
    return following is None or text[following.start].isupper()
