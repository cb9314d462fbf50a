"""Russian quotations and reported speech.

Direct: a dash paragraph ``— …, — отметил он.`` (also split: ``— A, — сказал он. — B``), guillemets with an
attribution after (``«…», — сообщает департамент``) or a colon before (``Министр отметил: «…»``);
``"…"`` and ``“…”`` are read as guillemets. A speaker may hold initials (``— отметил А. Куришбаев``).
Indirect, sentence by sentence: openings from ``data/source_openings.tsv`` (``По словам X, …`` runs on
to the end of the paragraph; ``По данным X, …`` covers its sentence), ``Как сообщили в X, …`` (to the end
of the paragraph), ``X заявил, что …`` (its sentence), a trailing attribution without quotation marks
(``…, сказали в администрации.``), ``Об этом сообщил X`` (the sentence before is X's), impersonal
``Отмечается, что …`` (no speaker); a statement's report (``В сообщении пресс-службы говорится, что …``,
``Как говорится в сообщении X, …``, ``«…», — говорится в заявлении X``: X speaks; places in
``data/statement_places.tsv``). Not quotes: back-references (``Напомним``, ``Ранее сообщалось``),
agency sourcing (``со ссылкой на``), orders (``поручил``), ``рассказал о …`` (a verb with a noun object).

Every pattern looks at most a bounded number of characters back or ahead, so a block costs time
linear in its length.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from pipeline.lang.ru.lexicon import (
    ADDRESSEES,
    AGENCY_VERBS,
    BODY_HEADS,
    IMPERSONAL_CUES,
    NEWS_OUTLETS,
    NOT_QUOTE_OPENINGS,
    NOT_QUOTE_WORDS,
    OCCASION_GERUNDS,
    PERSON_TITLES,
    PLACE_PREPOSITIONS,
    QUESTION_OPENERS,
    QUESTION_WORDS,
    REPORT_DATES,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS_INDIRECT,
    SOURCE_OPENINGS,
    SPEAKER_ADVERBS,
    SPEAKER_PREPOSITIONS,
    STATEMENT_PLACES,
    TOLD_OUTLETS,
    either_yo,
    verb_pattern,
)
from pipeline.names import SOCIAL_NETWORKS
from pipeline.quote_candidate import QuoteCandidate, opens_quotation, quotations_after_reports, scoped_quotes
from pipeline.quote_candidate import trim as _trim

_VERB = verb_pattern()
_INDIRECT_VERB = verb_pattern(REPORTING_VERBS_INDIRECT)
"""A verb that reports speech with no quotation marks around it (``cue`` both or indirect in the table)."""
_DASH = "(?:—-|[—–-])"
"""A dash, or an em dash typed twice over with a hyphen (`, —- сказал X`)."""
_ATTRIBUTION_TAIL = 300
"""How far from the end of a dash paragraph its attribution is looked for."""

_INITIAL = r"(?<!\w)(?-i:[А-ЯЁA-Z])\.[ \t]*"
"""An initial before a surname (А. Куришбаев): its period ends no sentence and no speaker."""
_NOT_AN_INITIAL = r"(?<!\s(?-i:[А-ЯЁA-Z]))"
"""A speaker does not end on an initial's letter (`— отметил А.` is `А. Куришбаев` cut short)."""


def _words(excluded: str) -> str:
    """A speaker's characters: any but ``excluded``, where an initial's period is allowed (А. Куришбаев)."""
    return rf"(?:{_INITIAL}|[^{excluded}])"


_IN_MIDDLE = _words("—–«»\n.!?")
_IN_SENTENCE = _words(".!?\n")
_IN_CLAUSE = _words(",.!?\n")
_OUTSIDE_QUOTES = _words(".!?«»\n")

_OPENING_DASH = re.compile(rf"[ \t]*{_DASH}[ \t]*(?=\S)")
_GERUNDS = "|".join(map(re.escape, OCCASION_GERUNDS))
"""The verbal adverbs opening an occasion (выступая, отвечая; ``data/occasion_gerunds.tsv``), as alternatives."""
_OCCASION_ASIDE = rf"(?:,[ \t]*(?:{_GERUNDS})(?![\w-])[^—–«»\n.!?,]{{1,160}}?,(?=[ \t]+\S))?"
"""`сказал, выступая на съезде партии, Президент …`: the occasion set off by commas between the verb and who spoke."""
_END_ATTRIBUTION = re.compile(
    rf"[,.]?[ \t]*{_DASH}[ \t]*(?P<cue>{_VERB}){_OCCASION_ASIDE}"
    rf"(?:[ \t]+(?P<speaker>[^—–\n]{{1,160}}?))?[ \t]*[.!]?[ \t]*$"
)
"""The attribution after a dash quote; the comma before it is no part of the words, a `!`, `?` or `…` is."""
_MIDDLE_ATTRIBUTION = re.compile(
    rf",?[ \t]+{_DASH}[ \t]*(?P<cue>{_VERB})[ \t]+"
    rf"(?P<speaker>{_IN_MIDDLE}{{1,80}}?){_NOT_AN_INITIAL}[.,][ \t]+{_DASH}[ \t]*(?=\S)"
)
_GUILLEMETS = re.compile(
    rf"«(?P<content>[^«»]{{2,}})»[ \t]*,?[ \t]*{_DASH}[ \t]*(?P<cue>{_VERB}){_OCCASION_ASIDE}"
    rf"(?:[ \t]+(?P<speaker>{_IN_SENTENCE}{{1,160}}?){_NOT_AN_INITIAL})?[ \t]*(?=[.!?]|$)"
)
_GUILLEMET_SPAN = re.compile(r"«(?P<content>[^«»]{2,})»")
"""Words in guillemets, which an attribution in their middle splits (`«A, - ответил Президент. - B»`)."""
_COLON_INTRO = re.compile(rf"(?P<cue>{_VERB})(?P<rest>[^.!?«»:\n]{{0,60}}):[ \t]*«(?P<content>[^«»]{{2,}})»")
_OPENINGS = "|".join(re.escape(phrase) for phrase in sorted(SOURCE_OPENINGS, key=len, reverse=True))
_NOUNS = "|".join(phrase.split()[1] for phrase in SOURCE_OPENINGS)
_POSSESSIVE_OPENING = re.compile(
    rf"(?:как и |а |и )?по[ \t]+(?P<who>его|её|ее|их)[ \t]+(?P<noun>{_NOUNS}),[ \t]*",
    re.IGNORECASE,
)
_SOURCE_OPENING = re.compile(
    rf"(?:как и |а |и )?(?P<phrase>{_OPENINGS})[ \t]+(?P<who>[^,\n]{{1,120}}?),[ \t]*", re.IGNORECASE
)
_TITLE_STEMS = "|".join(sorted({title[:-1] if title[-1] in "ьйа" else title for title in PERSON_TITLES}, key=len))
_QUOTED_CLAUSE = re.compile(r"«(?P<words>[^«»]+(?:«[^«»]*»[^«»]*)*)»[.!?…]?")
"""A reported clause that is all one quotation in guillemets (a name in guillemets may stand inside it)."""
_PLAIN_QUOTED_CLAUSE = re.compile(r'["“](?P<words>[^"“”«»\n]+)["”][.!?…]?')
"""The same in straight or curly double quotation marks (`отметив, что "нашел человека, который понял…"`)."""


def _all_quoted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of a reported clause that is all one quotation, in guillemets or in double quotation marks."""
    quoted = _QUOTED_CLAUSE.fullmatch(text, start, end) or _PLAIN_QUOTED_CLAUSE.fullmatch(text, start, end)
    return quoted.span("words") if quoted is not None else None


_NAMED_APPOSITION = re.compile(
    rf"(?:{_TITLE_STEMS})[а-яё-]*[ \t]+(?:[^,.!?\n]{{1,80}}?[ \t]+)?"
    r"(?P<name>[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+){1,2}),[ \t]*"
)
"""`руководителя ботанического сада Уральска Кайрата Каримова, `: the source's office and name after a description,
set off by commas; the words after them are what the source said."""
_AS_OF = re.compile(r"на[ \t]+(?:\d|начало|конец|сегодня|утро|вечер|полдень|\w+[ \t]+\d)", re.IGNORECASE)
"""What an opening gives when it dates its figures rather than naming a source (`на 9:31`, `на 1 января`)."""
_AS_SAID = re.compile(rf"как[ \t]+(?P<cue>{_INDIRECT_VERB})[ \t]+(?P<who>[^,\n]{{1,200}}?),[ \t]*", re.IGNORECASE)
_IMPERSONAL = re.compile(
    r"(?:(?:также|кроме того|при этом)[ ,]+)?"
    r"(?:(?:в ходе|во время|по итогам|на|в|во)[ \t]+[^,.;!?«»\n]{1,60}?[ \t]+)?"  # `В ходе заседания сообщалось, что`
    rf"(?:(?:также|кроме того|при этом)[ ,]+)?(?P<cue>{'|'.join(map(re.escape, IMPERSONAL_CUES))}),?[ \t]+что[ \t]+",
    re.IGNORECASE,
)
_REPORT_DATE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, REPORT_DATES))})", re.IGNORECASE)
"""A word dating a report in the past (`октября`, `году`, `ранее`; ``data/report_dates.tsv``)."""
_AS_IMPERSONAL = re.compile(
    rf"как[ \t]+(?P<cue>{'|'.join(re.escape(cue) for cue in IMPERSONAL_CUES if cue.endswith('ется'))}),[ \t]*",
    re.IGNORECASE,
)
"""`Как отмечается, …`: an impersonal report in the present (not `Как сообщалось,`, a reference back, nor `Как
говорится,`, a saying)."""
_SAID_COLON = re.compile(
    rf"(?P<cue>{_INDIRECT_VERB})(?:[ \t]+[^,.!?:«»\n]{{0,30}})?:[ \t]+(?=[а-яёa-z\d])", re.IGNORECASE
)
"""`X подчеркнул: новые правила …`, `X сообщил журналистам: …`: a colon before plain words, no quotation."""
_THAT = re.compile(rf"(?P<cue>{_INDIRECT_VERB})(?:[ \t]+[^,.!?\n]{{0,40}})?,[ \t]*(?:что|будто),?[ \t]+")
_OCCASION_AFTER = rf"(?:,[ \t]*(?:{_GERUNDS})(?![\w-])[^.!?\n]{{1,240}}?)?"
"""`…, подчеркнул Президент, выступая на сессии …`: the occasion after who spoke, to the sentence's end."""
_TRAILING = re.compile(
    rf",[ \t]*(?P<cue>{_INDIRECT_VERB})[ \t]+(?!(?:о|об|обо)[ \t])(?P<who>{_IN_CLAUSE}{{1,120}}?){_NOT_AN_INITIAL}"
    rf"{_OCCASION_AFTER}[ \t]*[.!]?[ \t]*$"
)
"""`…, сказали в администрации.`: what was said before a trailing verb and its speaker; not a topic after the verb
(`…, доложили о принимаемых мерах`: what they reported on, said by the subject before it)."""
_TRAILING_SOURCE = re.compile(
    rf",[ \t]*(?P<phrase>{_OPENINGS})[ \t]+(?P<who>[^,.!?\n«»]{{1,120}}?)[ \t]*[.!]?[ \t]*$", re.IGNORECASE
)
"""`…, по данным Минздрава.`: the source after what it said (its own sentence only)."""
_TO_AGENCY = r"(?:[ \t]+(?:корреспонденту[ \t]+)?(?:МИА|агентству|агентства)?[ \t]*«[^»\n]{1,30}»)?"
"""`Об этом МИА «Казинформ» сообщили в …`: the agency told, between the words and the verb."""
_CIRCUMSTANCE = r"(?:[ \t]+(?:[^.!?«»\n]|«[^.!?«»\n]{1,40}»){1,80}?)?"
"""`Об этом на брифинге в СЦК рассказал …`, `в ходе конференции «Казахстан-космос»`: where or how it was said,
between the words and the verb (a name in guillemets too)."""
_ABOUT_THIS = re.compile(
    rf"(?:об|о)[ \t]+этом{_TO_AGENCY}(?P<before>{_CIRCUMSTANCE})[ \t]+(?P<cue>{_INDIRECT_VERB})"
    rf"[ \t]+(?P<who>{_IN_SENTENCE}{{1,160}}?){_NOT_AN_INITIAL}[ \t]*[.!]?[ \t]*$",
    re.I,
)
_CITES = re.compile(
    rf"«(?P<content>[^«»]{{2,}})»[ \t]*,?[ \t]*{_DASH}[ \t]*(?P<cue>цитиру(?:ет|ют)|привод(?:ит|ят))"
    rf"(?:[ \t]+[^.!?«»\n]{{1,80}}?)?[ \t]+слова[ \t]+"
    rf"(?P<speaker>{_OUTSIDE_QUOTES}{{1,120}}?){_NOT_AN_INITIAL}[ \t]*(?=[.!?]|$)",
    re.IGNORECASE,
)
"""`«…», — цитирует пресс-служба слова министра X`: the one whose words are cited speaks."""
_QUESTION_WORDS = "|".join(map(re.escape, QUESTION_WORDS))
_QUESTION_PREPOSITIONS = "(?:с|со|в|во|на|о|об|по|из|за|к|от|до|для|при|у)"
"""Prepositions an indirect question may open with (`с какими вопросами`, `в каком году`)."""
_YES_NO_QUESTION = r"[а-яё-]+[ \t]+ли(?![\w-])"
"""A question asked with `ли` after its first word (`прокомментировали, ожидаются ли повторные толчки`): what was
spoken about, not the words said."""
_TOPIC = re.compile(
    rf"(?:о|об)[ \t]+том,[ \t]*(?:{_QUESTION_PREPOSITIONS}[ \t]+)?(?:{_QUESTION_WORDS})\b",
    re.IGNORECASE,
)
"""`О том, какие факторы способны изменить курс, рассказал X`: what X spoke about, an indirect question before a
trailing verb, not X's words."""
_QUESTION_OPENING = re.compile(
    rf"(?:{_QUESTION_PREPOSITIONS}[ \t]+)?(?:{'|'.join(map(re.escape, QUESTION_OPENERS))})(?![\w-])", re.IGNORECASE
)
"""`Сколько спортсменов выступят на Играх, рассказал X`: an indirect question opening the words before a trailing
verb (``question_openers.tsv``)."""
_COMMA_CLAUSE = re.compile(
    rf"(?<=[а-яё][ \t])(?<!бы[ \t])(?P<cue>{_INDIRECT_VERB}),[ \t]+(?=[а-яё])"
    rf"(?!(?:что|будто|чтобы|если|котор\w*|а|и|но|в[ \t]+частности|в[ \t]+том[ \t]+числе)\b)"
    rf"(?!(?:{_QUESTION_PREPOSITIONS}[ \t]+)?(?:{_QUESTION_WORDS})\b)"
    rf"(?!{_YES_NO_QUESTION})"
    r"(?![а-яё]+(?:я|ав|ив|ев|ув|вшись)[ \t,])"
)
"""`Специалисты отмечают, появление …`: a verb of saying and, after its comma, the clause it reports with no
`что` (not a gerund, `отметил, выступая на …`, a conjunction, an aside, an indirect question, `рассказал, с
какими вопросами …`, `ожидаются ли …`, nor the aside `я бы сказал,`)."""
_SAID_IN = re.compile(
    rf"(?P<who>(?:в|во|на)[ \t]+[^,.!?«»\n]{{1,120}}?)[ \t]+(?P<cue>{_INDIRECT_VERB}),"
    rf"(?![ \t]*(?:(?:что|будто|(?:{_QUESTION_PREPOSITIONS}[ \t]+)?(?:{_QUESTION_WORDS}))(?![\w-])|{_YES_NO_QUESTION}))"
    r"[ \t]*",
    re.IGNORECASE,
)
"""`В областной прокуратуре сообщили, в 2024 году …`: as `Как сообщили в X,`, to the end of the paragraph (not
before an indirect question, `рассказал, с какими вопросами …` too)."""
_INSERTED = re.compile(
    rf"(?P<before>[^,.!?«»\n]{{2,80}}),[ \t]*(?:как[ \t]+)?(?P<cue>{_INDIRECT_VERB})"
    rf"[ \t]+(?P<who>[^,.!?«»\n]{{1,60}}?),[ \t]+"
    r"(?![а-яё]+(?:в|вшись|[^с]я)[ \t,])"
)
"""`Все проекты, отметил он, разрабатываются …`, `В дальнейшем, как уточнили в акимате, маршрут …`: the verb
set inside the words it reports (its sentence, the inserted verb with it); a participle after it (`…, сообщил
он, добавив, что`) makes it a trailing attribution."""
_INSERTED_SOURCE = re.compile(
    rf"(?P<before>[^,.!?«»\n]{{2,80}}),[ \t]*(?:по[ \t]+(?P<pronoun>его|её|ее|их)[ \t]+(?P<noun>{_NOUNS})"
    rf"|(?P<phrase>{_OPENINGS})[ \t]+(?P<who>[^,.!?«»\n]{{1,120}}?)),[ \t]+",
    re.IGNORECASE,
)
"""`Одним из ключевых проектов, по его словам, станет …`: a source set inside the words it gives (the whole
sentence is theirs), as at a sentence's start; a linking adverb or a circumstance of time or place before it
(`Сегодня, по словам акима, …`, `На текущий год, по словам вице-министра, …`) is no part of them."""


def _source_scope(cue: str) -> str:
    """How far the words a source set inside a sentence gives run: `по словам` the paragraph (as at a sentence's
    start), another opening as ``source_openings.tsv`` says."""
    return "paragraph" if cue == "по словам" else SOURCE_OPENINGS.get(cue, "sentence")


_SOURCE_AFTER_CLAUSE = re.compile(
    rf"(?P<before>[^.!?«»\n]{{2,120}}?,[^.!?«»\n]{{1,80}}?),[ \t]*по[ \t]+(?P<pronoun>его|её|ее|их)[ \t]+"
    rf"(?P<noun>{_NOUNS}),[ \t]+",
    re.IGNORECASE,
)
"""`Что касается будущего, то, по его словам, акцент будет смещен …`: after a clause of its own (a comma inside what
comes before), the source opens the words it gives."""
_INSERTED_AS = re.compile(
    rf"(?P<before>[^.!?«»\n]{{2,160}}?),[ \t]*как[ \t]+(?P<cue>{_INDIRECT_VERB})"
    rf"[ \t]+(?P<who>[^,.!?«»\n]{{1,60}}?),[ \t]+"
)
"""`Порядок формирования совета, его полномочия …, как отметил Пономарёв, будут …`: with `как` the words before the
inserted verb may hold commas."""
_PARTICIPLES = "|".join(map(re.escape, REPORTING_PARTICIPLES))
"""Participles of saying (добавив, отметив): `…, добавив, что …` reports a clause of the subject's."""
_PARTICIPLE_REPORT = rf",[ \t]+(?P<participle>{_PARTICIPLES}),[ \t]*что[ \t]+"
"""`…, добавив, что B`: the participle and the `что` that opens what it reports."""
_PARTICIPLE_THAT = re.compile(
    r"(?:(?:в ходе|во время|по итогам)[ \t]+[^,.!?«»\n]{1,60}?[ \t]+)?"  # `В ходе встречи министр …`: when, not who
    r"(?P<who>(?:(?:в|во|на)[ \t]+)?[^,.!?«»\n]{1,120}?)[ \t]+[а-яё]+(?:л|ла|ли|ло)\b[^,.!?«»\n]{0,80},[ \t]*"
    rf"(?P<cue>{_PARTICIPLES}),[ \t]*что[ \t]+",
    re.IGNORECASE,
)
"""`В ДП региона подтвердили факт, отметив, что …`, `Госсоветник представил общее видение, подчеркнув, что …`: what
the body or the person added after what it did."""
_IMPERSONAL_CUE = "|".join(map(re.escape, IMPERSONAL_CUES))
_ADJECTIVE = r"(?:[ \t]+[а-яё-]+(?:ом|ем|ой|ей))?"
"""An adjective inside a statement place (в распространенном сообщении), in the prepositional case."""
_PLACES = "|".join(
    re.escape(preposition) + _ADJECTIVE + r"[ \t]+" + re.escape(noun)
    for preposition, noun in (phrase.split(" ", 1) for phrase in sorted(STATEMENT_PLACES, key=len, reverse=True))
)
_ON_NETWORK = rf"(?:в|на)[ \t]+(?:{SOCIAL_NETWORKS})(?![\w-])"
"""Where a statement was posted (`в Facebook`): no part of whose it is."""
_STATEMENT = (
    rf"(?P<place>{_PLACES})(?:[ \t]+(?!{_ON_NETWORK})(?P<who>[^,.!?«»—–\n]{{1,120}}?))?(?:[ \t]+{_ON_NETWORK})?"
)
"""`в сообщении пресс-службы акимата`: the statement and, in the genitive, whose it is (`нацмузея`, not the
network it was posted on in `в сообщении нацмузея в Facebook`)."""
_STATEMENT_SAYS = re.compile(rf"{_STATEMENT}[ \t]+(?P<cue>{_IMPERSONAL_CUE}),?[ \t]+что[ \t]+", re.IGNORECASE)
"""`В сообщении пресс-службы говорится, что …`: indirect, its sentence."""
_AS_STATEMENT_SAYS = re.compile(rf"как[ \t]+(?P<cue>{_IMPERSONAL_CUE})[ \t]+{_STATEMENT},[ \t]*", re.IGNORECASE)
"""`Как говорится в сообщении ведомства, …`: indirect, to the end of the paragraph."""
_END_STATEMENT = re.compile(
    rf"[,!?.…]?[ \t]*{_DASH}[ \t]*(?P<cue>{_IMPERSONAL_CUE})[ \t]+{_STATEMENT}[ \t]*[.!]?[ \t]*$", re.IGNORECASE
)
"""`— …, — говорится в сообщении (ведомства).`: a dash paragraph closed by an impersonal report and where it
was made; its owner after it, else the statement, whose owner the quote stage finds (``statement_anaphors.tsv``)."""
_GUILLEMETS_STATEMENT = re.compile(
    rf"«(?P<content>[^«»]{{2,}})»[ \t]*,?[ \t]*{_DASH}[ \t]*(?P<cue>{_IMPERSONAL_CUE})"
    rf"(?:[ \t]+{_STATEMENT})?[ \t]*(?=[.!?]|$)",
    re.IGNORECASE,
)
"""`«…», — говорится в заявлении министерства`: direct, the statement's owner speaks."""


_ABOUT_THIS_STATEMENT = re.compile(
    rf"(?:об|о)[ \t]+этом[ \t]+(?P<cue>{_IMPERSONAL_CUE})[ \t]+{_STATEMENT}[ \t]*[.!]?[ \t]*$", re.IGNORECASE
)
"""`Об этом говорится в сообщении пресс-службы Минздрава.`, `Об этом сообщается на сайте ведомства.`: the sentence
before is the statement's, its owner's words (as after `Об этом сообщил X`)."""


def _statement_speaker(statement: re.Match[str]) -> tuple[int | None, int | None]:
    """Who a statement attribution names: the owner after the statement (`ведомства`), else the statement's noun
    (`сообщении`: whose it is, the quote stage finds with ``statement_anaphors.tsv``; `репортаже`: no one's);
    none when the attribution names no statement."""
    if statement.group("who"):
        return statement.span("who")
    if not statement.group("place"):
        return None, None
    place = statement.span("place")
    return place[1] - len(statement.group("place").split()[-1]), place[1]


_NOT_QUOTE_OPENING = re.compile(f"(?:{'|'.join(map(re.escape, NOT_QUOTE_OPENINGS))})", re.IGNORECASE)
_NOT_QUOTE_WORDS = re.compile(either_yo(f"(?:{'|'.join(map(re.escape, NOT_QUOTE_WORDS))})"), re.IGNORECASE)
_SUBJECT_BOUNDARY = re.compile(r"[,;:—–«»()]")
_QUOTED_NAME = re.compile(r"«[^«».!?\n]{1,60}»")
"""A name in guillemets (`АО «КазМунайГаз»`, `«Казгидромете»`): part of the subject it stands in, no boundary."""
_APPOSED_TITLE = re.compile(rf"(?:[а-яё-]+[ \t]+){{0,2}}(?:{_TITLE_STEMS})[а-яё]*(?![\w-])[^,]*$")
"""A lower-case description headed by a title between commas after a name (`Ерлан Карин, государственный советник,
отметил`): an aside; the name before it speaks."""
_OCCASION_GERUND = re.compile(rf"(?:{_GERUNDS})(?![\w-])", re.IGNORECASE)
"""A clause of the occasion between commas after the subject (`Токаев, выступая на заседании, отметил`): an aside."""
_RELATIVE = re.compile(r"котор[а-яё]+\b", re.IGNORECASE)
"""A relative clause opening after a subject (`Учащийся, который мечтает …, рассказал`)."""
_PARTICIPLE = re.compile(r"[а-яё]+(?:щий|щая|щее|щие|щих|вший|вшая|вшее|вшие|вших)\b", re.IGNORECASE)
"""A participle opening the clause set off after a subject (`Жители, проживающие …, сообщили`)."""
_ADVERBS = "|".join(re.escape(word) for word in sorted(SPEAKER_ADVERBS, key=len, reverse=True))
_ADVERB_BEFORE = re.compile(rf"(?:{_ADVERBS})[ \t,]+", re.IGNORECASE)
_ADVERB_AFTER = re.compile(rf"[ \t,]+(?:{_ADVERBS})$", re.IGNORECASE)
_ADVERB_ONLY = re.compile(rf"(?:{_ADVERBS})", re.IGNORECASE)
_LOCATIVE = re.compile(r"(?:в|во)[ \t]+", re.IGNORECASE)
"""The preposition of a body a plural verb speaks in (`в ведомстве напомнили`): no part of who speaks."""
_OUTLET_WORDS = "|".join(map(re.escape, sorted(NEWS_OUTLETS, key=len, reverse=True)))
_OUTLET = re.compile(rf"(?i:{_OUTLET_WORDS})(?:[ \t]+[«A-ZА-ЯЁ][^\n]*)?")
"""A speaker that is a news outlet (``data/news_outlets.tsv``): the outlet word alone or with a name after it."""
_AGENCY_TAIL = re.compile(
    r",[ \t]+(?i:(?:{always})\b|(?:{named})[ \t]+(?:корреспондент|{outlets}|[«\"]|[A-Za-z][\w-]*\.[a-z]{{2,3}}\b))"
    r"[^\n]*$".format(
        always=either_yo("|".join(verb for verb, always in AGENCY_VERBS.items() if always == "yes")),
        named=either_yo("|".join(verb for verb, always in AGENCY_VERBS.items() if always != "yes")),
        outlets=_OUTLET_WORDS,
    )
)
"""Agency sourcing closing a sentence (``data/agency_verbs.tsv``): `…, передает корреспондент Zakon.kz.`"""


def _content_end(text: str, start: int, end: int) -> int:
    """A sentence's end without the agency sourcing that closes it (what was said ends before it)."""
    sourcing = _AGENCY_TAIL.search(text, max(start, end - 200), end)
    return _trim(text, start, sourcing.start() if sourcing else end)[1]


_PREPOSITION = re.compile(f"[ \t]+(?:{'|'.join(re.escape(p) for p in SPEAKER_PREPOSITIONS)})[ \t]")
_LEADING_PREPOSITION = re.compile(r"(?:в|во|на|у)[ \t]+", re.IGNORECASE)
_CIRCUMSTANCES_THEN_TITLE = re.compile(
    rf"(?:(?:в|во|на|при|у|по|после|перед)[ \t]+)?(?!{_TITLE_STEMS})[а-яё-]+"
    rf"(?:[ \t]+(?!{_TITLE_STEMS})[а-яё-]+){{0,6}}?[ \t]+(?=(?:{_TITLE_STEMS})[а-яё]{{0,3}}[ \t])"
)
"""When, where and to whom it was said, in lower-case words, before the title that opens the speaker after an
inverted verb (`заявил в среду журналистам в кулуарах мажилиса | министр энергетики Алмасадам Саткалиев`)."""
_ADDRESSEE = re.compile(rf"(?:{'|'.join(map(re.escape, ADDRESSEES))})(?:[ \t]+(?:МИА[ \t]+)?«[^«»\n]{{1,40}}»)?[ \t]+")
_TOLD_OUTLET = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(TOLD_OUTLETS, key=len, reverse=True)))})[ \t]+")
"""An outlet told, right after the verb and before who spoke (``told_outlets.tsv``)."""
_ADDRESSEE_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, ADDRESSEES))})(?![\w-])")


_SHARED_OBJECT = re.compile(r"[а-яё]+(?:ами|ями)[ \t]+(?=(?:в|во)[ \t])")
"""A plural object in the instrumental before `в …` (`поделились планами в ведомстве`): what was shared."""


def _speaker_after(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker after the verb ends where a circumstance or a clause begins: `он | на заседании совета`,
    `министр | , отвечая на вопросы`; a leading
    `в` (сообщили в акимате) and who was told, before or after (`журналистам`), are not part of who spoke."""
    start, end = _trim(text, start, end, " \t,")
    comma = text.find(",", start, end)
    if comma > start:  # `сказал министр, отвечая на вопросы`: a clause after the speaker is no part of it
        start, end = _trim(text, start, comma)
    circumstances = _CIRCUMSTANCES_THEN_TITLE.match(text, start, end)
    if circumstances is not None and not any(
        head in word for word in circumstances.group().lower().split() for head in BODY_HEADS
    ):  # `заявил в среду журналистам в кулуарах мажилиса министр энергетики X`; not `в пресс-службе акима`
        start = circumstances.end()
    if (outlet := _TOLD_OUTLET.match(text, start, end)) and outlet.end() < end:
        start = outlet.end()  # `рассказали Kazinform в пресс-службе`: the outlet was told, the press service speaks
    while (told := _ADDRESSEE.match(text, start, end)) and told.end() < end:
        start = told.end()  # `сообщила журналистам пресс-служба`, `корреспонденту «Казинформа» X`: X speaks
    if shared := _SHARED_OBJECT.match(text, start, end):
        start = shared.end()  # `поделились планами в ведомстве`: what was shared, then who shared it
    while (adverb := _ADVERB_BEFORE.match(text, start, end)) and adverb.end() < end:
        start = adverb.end()  # `отметил недавно Глава государства`: when, then who
    leading = _LEADING_PREPOSITION.match(text, start, end)
    if leading and leading.end() < end:
        start = leading.end()
    preposition = _PREPOSITION.search(text, start, end)
    if preposition:
        end = preposition.start()
    while (told := _ADDRESSEE_AFTER.search(text, start, end)) and told.start() > start:
        end = told.start()  # `сказал он журналистам`: he speaks; the journalists were told
    while (adverb := _ADVERB_AFTER.search(text, start, end)) and adverb.start() > start:
        end = adverb.start()  # `Как сообщал Минздрав ранее`: who, then when
    return start, end


def _span(match: re.Match[str], group: str) -> tuple[int, int] | tuple[None, None]:
    return match.span(group) if match.group(group) else (None, None)


def find_quotes(
    text: str,
    start: int,
    end: int,
    sentences: list[tuple[int, int]],
    previous: tuple[int, int] | None = None,
    finite_verbs: Sequence[int] = (),
) -> list[QuoteCandidate]:
    """Quotations in one paragraph; ``sentences`` are its sentence spans. A paragraph that quotes with
    ``"…"`` or ``“…”``, or nests guillemets (``«… «…» …»``), is read as if it used guillemets with ``„…“``
    inside, the marks the rules are written for."""
    if previous is not None and (announced := _announced_dash(text, start, end, previous)) is not None:
        return [announced]
    if not _OTHER_QUOTE_MARKS.search(text, start, end) and not _NESTED_GUILLEMET.search(text, start, end):
        return _find_quotes(text, start, end, sentences, previous)
    paragraph = as_guillemets(text[start:end])
    found = _find_quotes(paragraph, 0, end - start, [(s - start, e - start) for s, e in sentences])
    for quote in found:
        quote.start, quote.end = quote.start + start, quote.end + start
        if quote.speaker_start is not None and quote.speaker_end is not None:
            quote.speaker_start, quote.speaker_end = quote.speaker_start + start, quote.speaker_end + start
    return found


_ANNOUNCES = re.compile(rf"(?P<cue>{_VERB})(?:[ \t]+[^.!?«»:\n]{{0,60}})?:[ \t]*$")
"""`Министр сообщил:` closing a paragraph: the dash paragraph after it is what was said."""
_SENTENCE_GAP = re.compile(r"[.!?][ \t]+")


def _announced_dash(text: str, start: int, end: int, previous: tuple[int, int]) -> QuoteCandidate | None:
    """A dash paragraph with no attribution of its own after `X сообщил:` (X's words, `по данным …` inside them
    no quote of its own)."""
    opening = _OPENING_DASH.match(text, start, end)
    announces = _ANNOUNCES.search(text, *previous) if opening is not None else None
    if announces is None or _dash_paragraph(text, start, end):
        return None
    sentence_start = max((m.end() for m in _SENTENCE_GAP.finditer(text, previous[0], announces.start())), default=0)
    speaker = _subject(text, max(previous[0], sentence_start), announces.start())
    content = _trim(text, opening.end(), end)  # type: ignore[union-attr]
    return QuoteCandidate(*content, "direct", announces.group("cue"), *(speaker or (None, None)), 0.75)


_OTHER_QUOTE_MARKS = re.compile('["“”„]')
_NESTED_GUILLEMET = re.compile("«[^»\n]*«")
"""An opening guillemet before the first one has closed: a quotation inside a quotation."""


def as_guillemets(paragraph: str) -> str:
    """The paragraph with its quotation marks as Russian typography writes them, of the same length: ``"…"`` and
    ``“…”`` become ``«…»``, a quotation inside one ``„…“`` (also one written ``«…»``); a straight mark opens
    where :func:`pipeline.quote_candidate.opens_quotation` says, and closes otherwise."""
    marks = list(paragraph)
    depth = 0
    for position, mark in enumerate(marks):
        if mark not in '"“”„«»':
            continue
        if mark in "„«" or (mark == "“" and depth == 0):
            opens = True
        elif mark in "”“»":
            opens = False
        else:
            opens = opens_quotation(paragraph, position)
        if opens:
            depth += 1
            marks[position] = "«" if depth == 1 else "„"
        elif depth > 0:
            marks[position] = "»" if depth == 1 else "“"
            depth -= 1
    return "".join(marks)


def _find_quotes(
    text: str, start: int, end: int, sentences: list[tuple[int, int]], previous: tuple[int, int] | None = None
) -> list[QuoteCandidate]:
    found = _dash_paragraph(text, start, end)
    if found:
        return found
    found = _guillemets(text, start, end)
    in_paragraph = [(s, e) for s, e in sentences if start <= s and e <= end]
    found += _reported(text, in_paragraph, found, previous)
    own = ((m.start(), m.end(), *m.span("words")) for m in _OWN_QUOTATION.finditer(text, start, end))
    found += quotations_after_reports(text, end, found, own, ".!?…")  # `Министр отметил, что A. «B».`: B is his
    return sorted(found, key=lambda q: q.start)


_OWN_QUOTATION = re.compile(r"«(?P<words>[^«»]{10,})»")
"""A quotation in guillemets of a clause or more (not a name: «Казахтелеком»)."""


def _dash_paragraph(text: str, start: int, end: int) -> list[QuoteCandidate]:
    """``— …, — отметил он.``, and the split form ``— A, — сказал он. — B``."""
    opening = _OPENING_DASH.match(text, start, end)
    if opening is None:
        return _undashed_quote(text, start, end)
    found = []
    middle = _MIDDLE_ATTRIBUTION.search(text, opening.end(), end)
    attribution = None
    for match in _END_ATTRIBUTION.finditer(text, max(opening.end(), end - _ATTRIBUTION_TAIL), end):
        attribution = match
        break
    if middle is not None and (attribution is None or middle.end() <= attribution.start()):
        speaker = _speaker_after(text, *middle.span("speaker"))
        first = _trim(text, opening.end(), middle.start(), " \t,")
        last_end = attribution.start() if attribution is not None else end
        second = _trim(text, middle.end(), last_end, " \t,")
        for s, e in (first, second):
            if e > s:
                found.append(QuoteCandidate(s, e, "direct", middle.group("cue"), *speaker, 0.85))
        return found
    if attribution is None:
        statement = _END_STATEMENT.search(text, max(opening.end(), end - _ATTRIBUTION_TAIL), end)
        if statement is None:
            return []
        s, e = _trim(text, opening.end(), statement.start(), " \t,")
        # `— …, — говорится в сообщении.`: the statement's owner when named, else the statement (whose it is, the
        # quote stage finds: statement_anaphors.tsv)
        owner = _statement_speaker(statement)
        return [QuoteCandidate(s, e, "direct", statement.group("cue").lower(), *owner, 0.8)] if e > s else []
    s, e = _trim(text, opening.end(), attribution.start(), " \t,")
    if e <= s:
        return []
    speaker_span = _span(attribution, "speaker")
    speaker = _speaker_after(text, *speaker_span) if speaker_span[0] is not None else (None, None)  # type: ignore[arg-type]
    quote = QuoteCandidate(s, e, "direct", attribution.group("cue"), *speaker, 0.9)
    if speaker_span[0] is None:
        return [quote]
    return _with_added_report(text, quote, speaker_span, attribution.end())  # type: ignore[arg-type]


def _undashed_quote(text: str, start: int, end: int) -> list[QuoteCandidate]:
    """A paragraph closed by a dash attribution with its comma (`A. B, — сказал Казыбаев.`) whose opening dash the
    page left out: the paragraph is the speaker's words, a dash quote. Not a paragraph with guillemets, whose
    quotation the attribution closes."""
    attribution = _END_ATTRIBUTION.search(text, max(start, end - _ATTRIBUTION_TAIL), end)
    if attribution is None or not text.startswith(",", attribution.start()) or attribution.group("speaker") is None:
        return []
    if "«" in text[start : attribution.start()] or "»" in text[start : attribution.start()]:
        return []
    s, e = _trim(text, start, attribution.start(), " \t,")
    if e - s < _UNDASHED_LEAST:
        return []
    speaker = _speaker_after(text, *attribution.span("speaker"))
    return [QuoteCandidate(s, e, "direct", attribution.group("cue"), *speaker, 0.8)]


_UNDASHED_LEAST = 15
"""Characters the words of a paragraph without its opening dash hold at least."""


_ADDED_REPORT = re.compile(_PARTICIPLE_REPORT)
"""`«…», — отметил X, добавив, что …`: after the attribution, the speaker's own report (as `adding that`)."""


def _with_added_report(
    text: str, quote: QuoteCandidate, speaker_span: tuple[int, int], sentence_end: int
) -> list[QuoteCandidate]:
    """A direct quote whose attribution goes on with a participle and its clause (`— отметил X, добавив, что B.`): the
    quote with the speaker before the participle, and B as the same speaker's indirect quote."""
    added = _ADDED_REPORT.search(text, *speaker_span)
    if added is None:
        return [quote]
    content = _trim(text, added.end(), sentence_end)
    speaker = _speaker_after(text, speaker_span[0], added.start())
    spoken = dataclasses.replace(quote, speaker_start=speaker[0], speaker_end=speaker[1])
    if content[1] - content[0] < 10:
        return [spoken]
    return [spoken, QuoteCandidate(*content, "indirect", added.group("participle").lower(), *speaker, 0.75)]


def _guillemets(text: str, start: int, end: int) -> list[QuoteCandidate]:
    """``«…», — сказал X``, ``«A, — ответил X. — B»`` and ``X отметил: «…»``."""
    found: list[QuoteCandidate] = []
    for match in _GUILLEMET_SPAN.finditer(text, start, end):
        middle = _MIDDLE_ATTRIBUTION.search(text, *match.span("content"))
        if middle is None:
            continue
        speaker = _speaker_after(text, *middle.span("speaker"))
        for s, e in (
            _trim(text, match.start("content"), middle.start(), " \t,"),
            _trim(text, middle.end(), match.end("content"), " \t,"),
        ):
            if e > s:
                found.append(QuoteCandidate(s, e, "direct", middle.group("cue"), *speaker, 0.85))
    for match in _GUILLEMETS.finditer(text, start, end):
        s, e = _trim(text, *match.span("content"), " \t,")
        if e <= s or any(q.start <= s < q.end or s <= q.start < e for q in found):
            continue
        speaker_span = _span(match, "speaker")
        speaker = _speaker_after(text, *speaker_span) if speaker_span[0] is not None else (None, None)  # type: ignore[arg-type]
        quote = QuoteCandidate(s, e, "direct", match.group("cue"), *speaker, 0.85)
        if speaker_span[0] is None:
            found.append(quote)
            continue
        sentence_end = match.end() + (1 if text[match.end() : match.end() + 1] in (".", "!") else 0)
        found.extend(_with_added_report(text, quote, speaker_span, sentence_end))  # type: ignore[arg-type]
    for match in _CITES.finditer(text, start, end):
        s, e = _trim(text, *match.span("content"), " \t,")
        if e > s and not any(q.start <= s < q.end for q in found):
            speaker = _trim(text, *match.span("speaker"))
            found.append(QuoteCandidate(s, e, "direct", match.group("cue").lower(), *speaker, 0.8))
    for match in _GUILLEMETS_STATEMENT.finditer(text, start, end):
        s, e = _trim(text, *match.span("content"), " \t,")
        if e > s and not any(q.start <= s < q.end for q in found):
            # `«…», — говорится в сообщении (ведомства)`: its owner when named, else the statement
            who = _trim(text, *match.span("who")) if match.group("who") else _statement_speaker(match)
            found.append(QuoteCandidate(s, e, "direct", match.group("cue").lower(), *who, 0.8))
    for match in _COLON_INTRO.finditer(text, start, end):
        s, e = _trim(text, *match.span("content"), " \t,")
        if e <= s or any(q.start <= s < q.end for q in found):
            continue
        subject = _subject(text, start, match.start())
        found.append(QuoteCandidate(s, e, "direct", match.group("cue"), *(subject or (None, None)), 0.75))
    return found


_CIRCUMSTANCE_FIRST = re.compile(rf"(?:в|во|на|при|после|по|в ходе|во время|{_GERUNDS})[ \t]", re.IGNORECASE)
"""Words before a verb that open with where or when something was said (`На заседании …`, `В ходе встречи …`,
`Выступая на заседании комиссии мажилисмен отметил`)."""
_LAST_TITLE = re.compile(
    rf"(?<=[ \t])(?:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})(?:[ \t][^ \t]+){{0,6}}$",
    re.IGNORECASE,
)
"""A title and the words after it ending the words before a verb: who spoke, after the circumstance."""
_ADDRESSEE_PRONOUN = re.compile(r"(?:ему|ей|им|нам|мне|вам|тебе)", re.IGNORECASE)
"""A pronoun in the dative before a verb of saying: who was told (`Ему сообщили, что …`), not who spoke."""
_DATIVE_OPENING = re.compile(r"[А-ЯЁа-яё][а-яё-]{2,}(?:у|ю|(?<![ыиое])е|ам|ям)(?:[ \t]+[А-ЯЁа-яё-]+){0,2}")
"""A subject opening with a noun in the dative (`Главе государства`, `Журналистам`, `Ерлану Карину`) before a plural
verb of saying: who was told; not a body in the locative after its preposition (`В министерстве сообщили`), nor a
short adverb (`Там заявили`: the body named before), nor an adjective in the plural (`Правоохранительные органы
напомнили`: who spoke)."""
_PREPOSITION_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(PLACE_PREPOSITIONS))})[ \t]+$", re.IGNORECASE)
"""A preposition right before a subject: the subject is where it was said, in the locative (`В министерстве`)."""
_PRONOUN_LAST = re.compile(r"(?<=[ \t])(?<! и )(?:он|она|они)$")
"""A subject pronoun (nominative) ending the words before a verb, after where or when something was said; not the
second of two subjects (`Глава региона и он`)."""


_AND_LAST = re.compile(r"[ \t]и$")
"""`и` right before the verb of saying: the verb is the second of two the subject does."""
_PAST_VERB = re.compile(r"(?<![\w-])[а-яё]+[аяеиыуо]л(?:а|о|и)?(?:ся|сь)?(?![\w-])")
"""A verb in the past tense (выразил, провела, встретились): where a subject's first verb begins."""


def _subject(text: str, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The words before a verb back to the last clause boundary (the subject of `X заявил, что`)."""
    floor = max(sentence_start, verb_start - 200)
    names = [name.span() for name in _QUOTED_NAME.finditer(text, floor, verb_start)]
    boundaries = [
        floor,
        *(
            boundary.end()
            for boundary in _SUBJECT_BOUNDARY.finditer(text, floor, verb_start)
            if not any(start <= boundary.start() < end for start, end in names)
        ),
    ]
    subject = _trim(text, boundaries[-1], verb_start)
    if subject[0] == subject[1] and len(boundaries) >= 3 and text[boundaries[-1] - 1] == ",":
        clause = _trim(text, boundaries[-2], boundaries[-1] - 1)
        # `Жители, проживающие вблизи аэропорта, сообщили`, `Ерлан Карин, в свою очередь, отметил`, `Учащийся, который
        # мечтает стать журналистом, рассказал`: the noun before a participle or relative clause or an aside
        aside = _ADVERB_ONLY.fullmatch(text, *clause) or _APPOSED_TITLE.match(text, *clause)
        aside = aside or _OCCASION_GERUND.match(text, *clause)
        if _PARTICIPLE.match(text, *clause) or _RELATIVE.match(text, *clause) or aside:
            subject = _trim(text, boundaries[-3], boundaries[-2] - 1)
    while (before := _ADVERB_BEFORE.match(text, *subject)) and before.end() < subject[1]:
        subject = (before.end(), subject[1])  # `Также министр отметил` -> министр
    while (after := _ADVERB_AFTER.search(text, *subject)) and after.start() > subject[0]:
        subject = (subject[0], after.start())  # `Он также добавил` -> Он
    joined = _AND_LAST.search(text, *subject)
    verb = _PAST_VERB.search(text, subject[0], joined.start()) if joined else None
    if verb is not None and verb.start() > subject[0]:  # `Глава государства выразил благодарность Президенту X и
        subject = _trim(text, subject[0], verb.start())  # подчеркнул`: the first verb's subject speaks, not its object
    if (pronoun := _PRONOUN_LAST.search(text, *subject)) and pronoun.start() > subject[0]:
        subject = pronoun.span()  # `В ходе встречи он отметил`: where it was said, then who said it
    elif _CIRCUMSTANCE_FIRST.match(text, *subject) and (titled := _LAST_TITLE.search(text, *subject)):
        subject = (titled.start(), subject[1])  # `На заседании курултая Президент отметил`: the President
    if (place := _LOCATIVE.match(text, *subject)) and place.end() < subject[1]:
        subject = (place.end(), subject[1])  # `Также в ведомстве напомнили`: said in the body, by it
    if subject[1] <= subject[0] or _NOT_QUOTE_WORDS.search(text, *subject):
        return None
    return subject


def _reported(
    text: str, sentences: list[tuple[int, int]], direct: list[QuoteCandidate], previous: tuple[int, int] | None = None
) -> list[QuoteCandidate]:
    """Reported speech, sentence by sentence, with the scope each frame has; ``previous`` is the paragraph before
    (`Об этом сообщил X.` opening a paragraph points back to its last sentence)."""
    quoted = [(quote.start, quote.end) for quote in direct]
    found = scoped_quotes(
        text,
        sentences,
        quoted,
        lambda s, e: _frame(text, s, e),
        lambda s, e: _content_end(text, s, e),
        previous=previous,
    )
    return [part for quote in found for part in _second_report(text, _without_back_reference(text, quote))]


_BACK_REFERENCE_THAT = re.compile(rf"{_NOT_QUOTE_OPENING.pattern}(?:[ \t]+о[ \t]+том)?,?[ \t]+что[ \t]+", re.IGNORECASE)


def _without_back_reference(text: str, quote: QuoteCandidate) -> QuoteCandidate:
    """`Ранее мы писали о том, что A. Об этом сообщил X.`: X's words are A, not the agency's pointing back."""
    lead_in = _BACK_REFERENCE_THAT.match(text, quote.start, quote.end)
    if lead_in and quote.end - lead_in.end() >= 10:
        return dataclasses.replace(quote, start=lead_in.end())
    return quote


_SECOND_REPORT = re.compile(
    rf",?[ \t]+и[ \t]+(?P<cue>{_INDIRECT_VERB})(?:[ \t]+[^,.!?«»\n]{{1,60}}?)?,?[ \t]+(?:в[ \t]+том,[ \t]*)?что[ \t]+"
    rf"|{_PARTICIPLE_REPORT}"
)
"""`…, что A и заверил соотечественников в том, что B`, `…, что A, добавив, что B`: the subject reports twice, two
quotes (as `A, X said, adding that B` in English)."""


def _second_report(text: str, quote: QuoteCandidate) -> list[QuoteCandidate]:
    """A quote that holds a second verb of saying with its own `что` clause, cut in two with one speaker."""
    second = _SECOND_REPORT.search(text, quote.start, quote.end) if quote.kind == "indirect" else None
    if second is None or second.start() - quote.start < 10 or quote.end - second.end() < 10:
        return [quote]
    first = dataclasses.replace(quote, end=_trim(text, quote.start, second.start(), " \t,")[1])
    cue = second.group("cue") or second.group("participle")
    return [first, dataclasses.replace(quote, start=second.end(), cue=cue.lower())]


def _frame(text: str, start: int, end: int) -> tuple[QuoteCandidate, str] | None:
    """The reported-speech frame a sentence opens (or closes) with, and its scope."""
    start, end = _trim(text, start, end)
    if start >= end or _NOT_QUOTE_OPENING.match(text, start, end):
        return None
    stop = _content_end(text, start, end)
    possessive = _POSSESSIVE_OPENING.match(text, start, end)
    if possessive:
        cue = f"по {possessive.group('noun').lower()}"
        scope = SOURCE_OPENINGS.get(cue, "sentence")  # По его данным, … runs on as По данным X, … does
        content = _trim(text, possessive.end(), stop)
        return QuoteCandidate(*content, "indirect", cue, *possessive.span("who"), 0.8), scope
    opening = _SOURCE_OPENING.match(text, start, end)
    if opening and _AS_OF.match(opening.group("who")):
        return None  # `По информации на 9:31 утра, …`, `По данным на 1 января`: as of a time, no source named
    if opening:
        scope = SOURCE_OPENINGS[opening.group("phrase").lower()]
        content = _trim(text, opening.end(), stop)
        who = _trim(text, *opening.span("who"))
        named = _NAMED_APPOSITION.match(text, opening.end(), stop)
        if named and stop - named.end() >= 10:  # `По словам известного садовода, руководителя … Кайрата Каримова, …`
            content, who = _trim(text, named.end(), stop), named.span("name")
        return QuoteCandidate(*content, "indirect", opening.group("phrase").lower(), *who, 0.8), scope
    as_said = _AS_SAID.match(text, start, end)
    if as_said and not _NOT_QUOTE_WORDS.search(text, *as_said.span("who")):
        content = _trim(text, as_said.end(), stop)
        who = _speaker_after(text, *as_said.span("who"))
        return QuoteCandidate(*content, "indirect", as_said.group("cue"), *who, 0.8), "paragraph"
    statement = _STATEMENT_SAYS.match(text, start, end) or _AS_STATEMENT_SAYS.match(text, start, end)
    if statement:
        content = _trim(text, statement.end(), stop)
        cue = statement.group("cue").lower()
        scope = "paragraph" if statement.re is _AS_STATEMENT_SAYS else "sentence"
        if statement.group("who"):
            return QuoteCandidate(*content, "indirect", cue, *_trim(text, *statement.span("who")), 0.75), scope
        return QuoteCandidate(*content, "indirect", cue, None, None, 0.7, impersonal=True), scope
    impersonal = _IMPERSONAL.match(text, start, end) or _AS_IMPERSONAL.match(text, start, end)
    if (
        impersonal
        and impersonal.group("cue").lower().endswith("лось")
        and _REPORT_DATE.search(text, start, impersonal.start("cue"))
    ):
        return None  # `В середине октября сообщалось, что …`: news reported before, a back-reference
    if impersonal:
        content = _trim(text, impersonal.end(), stop)
        return QuoteCandidate(
            *content, "indirect", impersonal.group("cue").lower(), None, None, 0.7, impersonal=True
        ), "sentence"
    said_in = _SAID_IN.match(text, start, end)
    if said_in and not _NOT_QUOTE_WORDS.search(text, *said_in.span("who")):
        content = _trim(text, said_in.end(), stop)
        who = _speaker_after(text, *said_in.span("who"))
        return QuoteCandidate(*content, "indirect", said_in.group("cue").lower(), *who, 0.75), "paragraph"
    inserted = _INSERTED.match(text, start, end) or _INSERTED_AS.match(text, start, end)
    if inserted and stop - inserted.end() >= 10 and not _NOT_QUOTE_WORDS.search(text, start, inserted.end()):
        who = _speaker_after(text, *inserted.span("who"))
        adverb = _ADVERB_BEFORE.fullmatch(text, start, inserted.end("before") + 1)  # `Кроме того, добавил он, …`
        content = (inserted.end(), stop) if adverb else (start, stop)
        return QuoteCandidate(*content, "indirect", inserted.group("cue"), *who, 0.7), "sentence"
    participle = _PARTICIPLE_THAT.match(text, start, end)
    if participle and stop - participle.end() >= 10:
        who = _speaker_after(text, *participle.span("who"))
        quoted = _all_quoted(text, *_trim(text, participle.end(), stop))
        if quoted is not None:  # `…, отметив, что "…"`: the words in quotation marks are quoted as said
            return QuoteCandidate(*quoted, "direct", participle.group("cue"), *who, 0.8), "sentence"
        return QuoteCandidate(participle.end(), stop, "indirect", participle.group("cue"), *who, 0.7), "sentence"
    dash_opened = _OPENING_DASH.match(text, start, end) is not None
    source_inside = None if dash_opened else _INSERTED_SOURCE.match(text, start, end)
    after_clause = None if dash_opened or source_inside else _SOURCE_AFTER_CLAUSE.match(text, start, end)
    if after_clause and stop - after_clause.end() >= 10:
        cue, who = f"по {after_clause.group('noun').lower()}", after_clause.span("pronoun")
        return QuoteCandidate(after_clause.end(), stop, "indirect", cue, *who, 0.7), _source_scope(cue)
    if source_inside and stop - source_inside.end() >= 10 and not _AS_OF.match(source_inside.group("who") or ""):
        if source_inside.group("pronoun"):
            cue, who = f"по {source_inside.group('noun').lower()}", source_inside.span("pronoun")
        else:
            cue, who = source_inside.group("phrase").lower(), _trim(text, *source_inside.span("who"))
        linking = _ADVERB_BEFORE.fullmatch(text, start, source_inside.end("before") + 1)  # `Причем, по словам X, …`
        circumstance = _CIRCUMSTANCE_FIRST.match(text, start)  # `На текущий год, по словам вице-министра, выделено …`
        content_start = source_inside.end() if linking or circumstance else start
        return QuoteCandidate(content_start, stop, "indirect", cue, *who, 0.7), _source_scope(cue)
    about_statement = _ABOUT_THIS_STATEMENT.match(text, start, end)
    if about_statement:
        cue = about_statement.group("cue").lower()
        return QuoteCandidate(start, end, "indirect", cue, *_statement_speaker(about_statement), 0.7), "previous"
    about = _ABOUT_THIS.match(text, start, stop)  # `…, передает корреспондент Kazpravda.kz.` is no speaker
    if about:
        who = _speaker_after(text, *about.span("who"))
        after_verb = _trim(text, *about.span("who"), " \t,")[0]
        when_or_where = _ADVERB_BEFORE.match(text, after_verb) or _CIRCUMSTANCE_FIRST.match(text, after_verb)
        if when_or_where and (subject := _subject(text, *about.span("before"))) is not None:
            # `Об этом Глава государства заявил сегодня`, `Об этом певица рассказала в ходе пресс-конференции`: who
            # spoke stands before the verb, when or where after it
            who = subject
        return QuoteCandidate(start, end, "indirect", about.group("cue"), *who, 0.7), "previous"
    colon = _SAID_COLON.search(text, start, end)
    if colon and stop - colon.end() >= 10 and (subject := _subject(text, start, colon.start())) is not None:
        content = _trim(text, colon.end(), stop)  # `Ерлан Карин подчеркнул: новые правила …`: plain words after it
        return QuoteCandidate(*content, "indirect", colon.group("cue"), *subject, 0.7), "sentence"
    that = _THAT.search(text, start, end)
    if that:
        subject = _subject(text, start, that.start())
        if subject is not None and (
            _ADDRESSEE_PRONOUN.fullmatch(text, *subject)
            or (
                that.group("cue").lower().endswith("ли")
                and _DATIVE_OPENING.fullmatch(text, *subject) is not None
                and _PREPOSITION_BEFORE.search(text, max(start, subject[0] - 4), subject[0]) is None
            )
        ):
            # `Ему сообщили, что …`, `Главе государства доложили, что …`: who was told; who told, when named, after
            # the verb (`Журналистам сообщили в акимате, что …`: the akimat), else no one the sentence names
            content = _trim(text, that.end(), stop)
            comma = text.rfind(",", that.end("cue"), that.end())
            teller = _speaker_after(text, that.end("cue"), comma) if comma > that.end("cue") + 1 else None
            if teller is not None and teller[1] > teller[0]:
                return QuoteCandidate(*content, "indirect", that.group("cue"), *teller, 0.7), "sentence"
            return QuoteCandidate(*content, "indirect", that.group("cue"), None, None, 0.7, impersonal=True), "sentence"
        if subject is not None:
            content = _trim(text, that.end(), stop)
            quoted = _all_quoted(text, *content)
            if quoted is not None:  # `отметил, что «…»` (or "…"): the words in quotation marks are quoted as said
                return QuoteCandidate(*quoted, "direct", that.group("cue"), *subject, 0.8), "sentence"
            return QuoteCandidate(*content, "indirect", that.group("cue"), *subject, 0.75), "sentence"
    comma = _COMMA_CLAUSE.search(text, start, end)
    if comma and (subject := _subject(text, start, comma.start())) is not None and stop - comma.end() >= 10:
        # `Специалисты отмечают, появление детеныша … — тревожный сигнал`: the clause with no `что`
        content = _trim(text, comma.end(), stop)
        return QuoteCandidate(*content, "indirect", comma.group("cue"), *subject, 0.7), "sentence"
    trailing = _TRAILING.search(text, max(start, stop - 200), stop)  # `…, сообщил X, передает корреспондент …`
    if (
        trailing
        and not _NOT_QUOTE_WORDS.search(text, trailing.start(), stop)
        and not _TOPIC.match(text, start)
        and not _QUESTION_OPENING.match(text, start)
    ):
        content = _trim(text, start, trailing.start(), " \t,")
        outlet = _OUTLET.fullmatch(text, *_trim(text, *trailing.span("who")))  # `…, сообщает агентство X.`
        if content[1] - content[0] >= 10 and not outlet:
            who = _speaker_after(text, *trailing.span("who"))
            return QuoteCandidate(*content, "indirect", trailing.group("cue"), *who, 0.7), "sentence"
    source = _TRAILING_SOURCE.search(text, max(start, end - 200), end)
    if source:
        content = _trim(text, start, source.start(), " \t,")
        if content[1] - content[0] >= 10:
            who = _trim(text, *source.span("who"))
            return QuoteCandidate(*content, "indirect", source.group("phrase").lower(), *who, 0.7), "sentence"
    return None
