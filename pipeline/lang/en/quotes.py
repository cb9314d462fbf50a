"""English quotations: ``"…," X said``, ``«…,» said X``, ``X said that …``, ``According to X, …``,
``As X reported, …``, ``In his words, …``, ``X …: «…»``, ``X, mayor of Y, said …``; adverbs beside a
speaker (``He also added``) are not part of it (``data/speaker_adverbs.tsv``)."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence

from pipeline.lang.en.lexicon import (
    ACTING_VERBS,
    ADDING_VERBS,
    ADDRESSEE_VERBS,
    AGENCY_SOURCING,
    AUDIENCES,
    BODY_HEAD_WORDS,
    BODY_HEADS,
    CLAUSE_VERBS,
    COMPLEMENT_NOUNS,
    CONTINUATIONS,
    DATA_SOURCES,
    DIRECTIVE_PARTICIPLES,
    DIRECTIVE_VERBS,
    GREETING_VERBS,
    INVERTED_VERBS,
    MEDIA_NOUNS,
    MONTH_NAMES,
    NEWS_OUTLETS,
    OBJECT_NOUNS,
    OBJECT_OPENERS,
    ORG_WORDS,
    OUTLET_KINDS,
    PAST_FORMS,
    PERSON_TITLES,
    PLURAL_VERBS,
    REPORTING_VERBS,
    REPORTING_VERBS_INDIRECT,
    RULE_SOURCES,
    SAYING_DAYS,
    SELF_REFERENCES,
    SINGULAR_VERBS,
    SOURCE_OPENINGS,
    SPEAKER_ADVERBS,
    STATEMENT_NOUNS,
    SUBJECT_PRONOUNS,
    TALKING_VERBS,
    THING_NOUNS,
    TIME_WORDS,
    TITLE_MODIFIERS,
    TOPIC_ON_VERBS,
    TOPIC_TO_VERBS,
    WORDS_BEFORE_CAPITALISED_TITLES,
    WORDS_BEFORE_NAMES,
    WORDS_BEFORE_TITLES,
    alternatives,
)
from pipeline.names import SOCIAL_NETWORKS
from pipeline.quote_candidate import QuoteCandidate, quotations_after_reports, scoped_quotes
from pipeline.quote_candidate import trim as _trim

_VERB = alternatives(REPORTING_VERBS)
_INDIRECT_VERB = alternatives(REPORTING_VERBS_INDIRECT)
"""A verb that reports speech with no quotation marks around it (``cue`` both or indirect in the table)."""
_AFTER_ADDRESSEE_VERB = "(?:" + ("|".join(f"(?<={re.escape(verb)})" for verb in ADDRESSEE_VERBS) or "(?!)") + ")"
"""Right after a verb that may take who was told (`…," the minister told reporters.`)."""
_QUOTE = re.compile(
    r"[\"“«](?P<content>(?:[^\"“”«»]|«[^\"“”«»\n]{1,80}»)+)[\"”»]"
    r"|(?<![\w'’])‘(?P<single>[^‘\"“”«»\n]{2,}?)(?:['’](?=[,.;:!?])|(?<=[,.!?])['’](?=[ \t]))"
)
"""A quotation; a word in guillemets inside it (`continue «throwing» fake news`) stays part of it. Single marks
(`‘I agree that …', he said`, `‘… seasons,’ he said`) close only before punctuation or after it, so the
apostrophes of `teacher's` stay inside."""
_FIELD_COMMA = r",(?=[ \t](?:[A-Z][a-z]+(?:,|[ \t]and[ \t])|and[ \t][A-Z]))"
"""A comma in a list of a ministry's fields (`Ecology, Geology and Natural Resources Minister`, `Ecology, Geology,
and Natural Resources Ministry`): no end of a speaker's phrase."""
_SHORT_MONTHS = tuple(sorted({month[:3] for month in MONTH_NAMES} | {"Sept"}))
_MONTH_ABBREVIATION = rf"(?:{alternatives(_SHORT_MONTHS)})\.(?=[ \t]*\d)"
"""A month written short before its day (`a Nov. 3 press conference`, ``data/month_names.tsv``): its period ends no
sentence or speaker."""
_ABBREVIATION = rf"Mr\.|Mrs\.|Ms\.|Dr\.|(?<![\w.])[A-Z][a-z]?\.|{_MONTH_ABBREVIATION}"
"""A title or an initial whose period ends no name (`Mr. Kulagin`, `A.Kurishbayev`, `Zh. Doskaliyev`: Kazakh initials
of two letters)."""
_NAME_PART = rf"(?:{_ABBREVIATION}|{_FIELD_COMMA}|[^.,;\"“”«»])"
"""A character of a speaker's name; a title's or an initial's period ends nothing, nor does a comma in a list of a
ministry's fields."""
_ANY_TITLE = alternatives(PERSON_TITLES, any_case=True)
"""Any person's title, in either case of its first letter (Minister, minister)."""
_OFFICE = (
    rf"(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){{0,3}}{_ANY_TITLE}\b"
    r"[^,.;\"“”«»]{0,120}?"
)
"""A person's office set off by commas after the name (`first deputy head of the Presidential Administration`,
`Ecology Minister of Kazakhstan`: its field may come first)."""
_PARTICIPLE = r"(?!(?:no|some|any|every)thing\b)[a-z]{3,}ing\b"
"""A participle opening what the speaker did while saying it (adding, noting, speaking, criticizing)."""
_AND_ALSO = r"[ \t]+and[ \t]+(?:also[ \t]+)?"
_AND_SAID = rf"{_AND_ALSO}(?P<cue>{_VERB})[ \t]+that\b"
"""`… and added that`, `… and expressed hope that`: a second verb of saying of the same subject, with its clause."""
_SUBJECT_OPENS = rf"(?:{alternatives(SUBJECT_PRONOUNS)})[ \t]+[a-z]"
"""A clause opening with its subject pronoun and no `that` (`he is ready to …`)."""
_CLAUSE_SUBJECT = (
    r"(?:he|she|they|it|we|this|these)[ \t]+(?:will|would|is|are|was|were|has|have|had|can|could|must|should)\b"
)
"""A clause opening with a subject pronoun and an auxiliary (`it will have …`): what a second verb of saying reports
without `that` (`… and expressed hope it will have …`)."""
_ATTRIBUTION_END = (
    rf"(?=[ \t]*[.,;]|[ \t]+(?:at|in|during|on|to|about|after|before|while|when|via)\b|(?<![ \t]and)[ \t]+{_PARTICIPLE}"
    rf"|[ \t]+(?:the|a|his|her|their)[ \t]+{alternatives(MEDIA_NOUNS)}\b"
    r"|(?<=\bsaid|\bsays)[ \t]+of\b"
    rf"|{_AND_SAID}|{_AND_ALSO}(?:{_VERB})[ \t]+{_SUBJECT_OPENS}|[ \t]+and[ \t]+[a-z]{{2,}}ed\b)"
)
"""What may follow an attribution after a quotation: the sentence's end, where and how it was said (`via his
Facebook account`; a participle not after `and`: `chief of the wildlife and hunting unit X` goes on), what a
post shows (`he captioned the photo`), what it was said of (`X said of the milestone`), or a second verb of
saying (`X pointed out and added that …`), or a second deed of the speaker's (`he stressed and tasked the Ministry
…`)."""
_BEING = "is|are|was|were|be|been|being"
"""The forms of `be`, which make a verb of saying after them a passive."""
_AUXILIARY = rf"(?:{_BEING}|has|have|had)\b"
"""A verb of being or having right after a quotation is no speaker: `the rocket "Zenith" is estimated to …` is a
passive, no attribution."""
_AFTER = re.compile(
    rf"[ \t]*(?:[-–—][ \t]+)?(?:(?P<cue1>{_VERB})[ \t]+(?P<speaker1>{_NAME_PART}{{1,100}}?)"
    rf"|(?:as[ \t]+)?(?![ \t]*{_AUXILIARY})(?P<speaker2>{_NAME_PART}{{1,100}}?)[ \t]+(?P<cue2>{_VERB}))"
    rf"(?:{_AFTER_ADDRESSEE_VERB}[ \t]+[^.,;\"“”«»]{{1,80}}?)?"
    rf"(?:[ \t]+[a-z]+ly\b)?{_ATTRIBUTION_END}"
)
"""`"…," X said (jokingly).`: the speaker, the verb, and at most a manner adverb before the sentence goes on; an
`as` before the speaker is no part of it (`which "should be punished" as he said`), nor is a passive's auxiliary a
speaker (:data:`_AUXILIARY`); a dash before them (`"…", - X noted.`, as translated text writes it) belongs to
neither."""
_PUBLISHED = "published|posted|released|issued"
"""Verbs of putting words out in writing (the information published by X, published on its website)."""
_SOURCE_AFTER_QUOTE = re.compile(
    rf"[ \t]*,?[ \t]+(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS))})[ \t]+"
    rf"(?:the[ \t]+(?:information|data|report|statement)[ \t]+(?:{_PUBLISHED}[ \t]+)?by[ \t]+)?"
    rf"(?P<speaker>{_NAME_PART}{{2,100}}?)[ \t]*[.!](?=[ \t]|$)"
)
"""`"…", according to the Committee.`, `…», according to the information published by X.`: a source after a
quotation, its sentence ending there."""
_INSIDE_REPORTED_CLAUSE = re.compile(rf"\b(?:{_VERB})[ \t]+that[ \t]+[^\"“”«»]{{3,}}$")
"""A verb of saying, `that` and words of the clause before a quotation: the quotation ends the reported clause."""
_CLAUSE_BEFORE_MOST = 300
"""Characters before a quotation searched for the reported clause it may end."""
_THING_NOUN_MOST = 40
"""Characters before a quotation searched for the noun of the thing it may name."""
_THING_NOUN_BEFORE = re.compile(rf"\b(?:{alternatives(THING_NOUNS)})[ \t]*$")
"""A noun of a named thing right before a quotation (`the article «…»`, ``data/thing_nouns.tsv``): its title."""
_TITLE_WORD_MOST = 20
"""Characters before a quotation searched for a word that makes it a title."""
_TITLE_WORD_BEFORE = re.compile(rf"(?<![\w-])(?:{alternatives(WORDS_BEFORE_TITLES)})[ \t]+$")
"""A word that makes the quotation right after it a title (``data/words_before_titles.tsv``)."""
_CAPITALISED_TITLE_WORD = re.compile(rf"(?<![\w-])(?:{alternatives(WORDS_BEFORE_CAPITALISED_TITLES)})[ \t]+$")
"""A word that makes a quotation opening with a capital letter right after it a title (a forum on «Greater …»)."""
_QUOTATION_WORDS = 6
"""Words a quotation holds at least to be someone's words even with no attribution (not a quoted name or title)."""
_CIRCUMSTANCE = "at|in|on|during|while|when|after|before"
"""Words opening where or when something was said, which end the words naming who said it."""
_NEXT_QUOTATION = re.compile(
    rf"(?:(?:,[ \t]+|[ \t]+(?:of|{_CIRCUMSTANCE})[ \t]+)[^,.;\"“”«»]{{2,80}}?)?"
    r"[ \t]*[.!][ \t]+(?=[\"“«])"
)
"""`"A," he elaborated. "B."`: the attribution's sentence ends (after an apposition: `said X, the district's
governor.`, what it was said of: `X said of the initiative.`, or where and when: `X said at the session on
Wednesday.`) and the next sentence is a quotation."""
_SPLIT_REST = re.compile(r",[ \t]*(?=[\"“«])")
"""`"We have launched," X added, "a multimodal …"`: the attribution's comma, then the quotation goes on."""
_BEFORE_COLON = re.compile(
    rf"(?P<speaker>[A-Z][^.:;\"“«]{{0,80}}?)[ \t]+(?:adheres to|{_VERB})\b[^.:]*:[ \t]*$"
    rf"|(?P<greeter>[A-Z][^.:;\"“«]{{0,200}}?)[ \t]+{alternatives(GREETING_VERBS)}\b[^.:]*:[ \t]*$"
)
"""`He said: "…"`, `X, the Minister of Defense, congratulated the winners: "…"`: a verb of saying or addressing
and its colon right before the quotation."""
_BEFORE_COMMA = re.compile(rf"(?P<speaker>[A-Z][^.:;,\"“”«»]{{0,80}}?)[ \t]+(?:{_VERB}),[ \t]*$")
"""`He said, "…"`: the verb's comma right before the quotation."""
_WORD_START = r"(?<![\w'’-])"
"""A speaker found by its verb begins a word, even where the 80 characters allowed before the verb begin
inside one (`The Senior Marshal … thanked governor Kulagin … and noted that`)."""
_SPEAKER_BEFORE = rf"{_WORD_START}(?P<speaker>(?:{_ABBREVIATION}|{_FIELD_COMMA}|[^.;,\"“”«»]){{1,80}}?)"
"""The words before a verb of saying that may name its speaker: within one clause (a comma in a ministry's fields
stays inside: `The Kazakh Ecology, Geology and Natural Resources Ministry reported that`), 80 characters at most."""
_THAT = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>{_INDIRECT_VERB})"
    r",?[ \t]+that,?[ \t]+"
)
"""`X said that …`, also with a comma before `that` (`He added, that by 2030 …`) or after it, before words set off
by commas (`pointed out that, first of all, it is necessary …`)."""
_CAPITALISED = r"[A-Z][\w'’.-]*"
"""A word of a name (Kassym-Jomart, O’Brien, Jr.)."""
_SHORT_SPEAKER = r"he|she|they|[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
"""A speaker in a short attribution set off by commas: a pronoun or up to four capitalised words."""
_FULL_NAME = rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{1,3}}"
"""Two to four capitalised words: a person's name set off by commas."""
_AFTER_DESCRIBED = re.compile(
    rf"[ \t]*(?P<speaker2>[A-Za-z][^.;\"“”«»]{{1,120}}?[ \t]{_CAPITALISED}(?:[ \t]+{_CAPITALISED})+)"
    rf",?[ \t]+(?P<cue2>{_VERB})(?:{_ATTRIBUTION_END}|(?=[ \t]+(?:a|the)\b))"
)
"""`«…,» head of the construction, architecture and town planning department Aidyn Begimbekov told a briefing`:
a description with commas in it, ending in the speaker's name; a title may open it (`Director General of the
National Library, writer Alibek Askarov told.`)."""
_AFTER_APPOSED = re.compile(
    rf"[ \t]*(?P<speaker2>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,3}}),"
    rf"(?:(?:[ \t]+[^,.;\"“”«»]{{2,120}}?,){{1,2}}|(?:[ \t]+[^,.;\"“”«»]{{2,120}}?,)?[ \t]+[a-z][^,.;\"“”«»]{{1,120}}?)"
    rf"[ \t]+(?P<cue2>{_VERB})(?:{_ATTRIBUTION_END}|(?=[ \t]+(?:a|the)\b))"
)
"""`"…," Giulia Sirolli, festival organizer, noted.`: the speaker named before the apposition that describes them,
or two (`X, Honoured Worker of Kazakhstan, Astana Opera's general director, said.`); the last one may run into the
verb without its comma when it is a description (`X, head of the Tourism Department of Almaty city said at …`);
`…, told a briefing`: whom it was told, as after a description."""
_APPOSED = re.compile(
    rf"(?!(?i:{_CIRCUMSTANCE}|{alternatives(TIME_WORDS)})\b)(?P<speaker>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,3}}),"
    rf"[ \t]+(?:(?P<role>[^,.;\"“”«»]{{2,80}}?(?:,[ \t]+[^,.;\"“”«»]{{2,80}}?)?),"
    rf"|(?P<office>(?=(?:[A-Z][\w'’-]*[ \t]+){{0,3}}?{_ANY_TITLE}\b)[^,.;\"“”«»]{{2,160}}?))"
    rf"[ \t]+(?P<cue>{_INDIRECT_VERB})(?:(?:[ \t]+[^,.;\"“”«»]{{1,40}}?)??[ \t]+that)?[ \t]+"
)
"""`Daniyar Ospanov, mayor of Karaganda city, said the repairs …`: the name before the apposition speaks (one or
two: `X, chief of the laboratory …, member of Wildlife Without Borders, said that`); an office opening the
apposition may run into the verb without its closing comma (`Vladimir Bekker, Chairman of the Committee for
Emergency Situations stated that`); a time or a circumstance names no one (`On Tuesday, …`); what was said
begins after the first `that` (`noted that it is possible that …`), a few words before it where they come first
(`said on Monday that`)."""
_NAME_ONLY = re.compile(rf"{_FULL_NAME}|{_CAPITALISED}")
"""Words that are a name and nothing more: after a verb of saying, its subject, not what was said."""
_PAST_VERB = rf"[a-z]+ed|has|had|was|is|told|{alternatives(PAST_FORMS)}"
_FIRST_VERB = re.compile(rf"[ \t]+(?:{_PAST_VERB})\b")
"""The first verb after a subject (`Akim of Astana also reported on …, stressing that`)."""
_FIRST_PAST = re.compile(rf"[ \t]+(?:said|{_PAST_VERB})\b")
"""The subject's verb before `and noted that`, `said` too (`He also said X is planning … and noted that`); not
before a participle, where `said` ends a quotation's attribution (`…, Yerlan Karin said, adding that …`)."""
_ASIDE = r"(?:,[ \t]*(?:however|though|also|moreover|in particular|at the same time|in turn)[ \t]*,)?"
"""An aside between a participle of saying and its `that` (`noting, however, that`)."""
_ADDING = rf"[ \t]+(?P<cue>{alternatives(ADDING_VERBS)}){_ASIDE}[ \t]+that[ \t]+"
"""`adding that`, `stressing that` (``data/adding_verbs.tsv``): a participle that carries more of someone's words."""
_ADDING_THAT = re.compile(r"(?:[ \t]+(?:during|at|in|on|after|before)[ \t][^,.;\"“”«»]{1,60}?)?,?" + _ADDING)
"""`…," X said (during the talks), adding that …`: more of X's words, in reported speech."""
_PARTICIPLE_THAT = re.compile(",?" + _ADDING)
"""`X reported on …, stressing that …`: a participle after what the subject did carries its words."""
_ADDING_CLAUSE = re.compile(
    rf",[ \t]+(?P<cue>{alternatives(ADDING_VERBS)})[ \t]+"
    r"(?=[^,.;:\"“”«»]{0,60}?[ \t](?:is|are|was|were|has|have|had|will|would|can|could|should|must)[ \t])"
)
"""`X reminded that A, adding the reason is unclear`: the participle with a clause of its own, no `that` (an
auxiliary soon after it, not `adding 20 buses to the fleet`): more of the speaker's words."""
_NO_SPEAKER_SUBJECTS = frozenset({"it", "this", "that", "there", "these", "those"})
"""Subjects that name no speaker (`It was cold, noting that …`)."""
_OPENING = re.compile(
    rf"(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS), any_case=True)})[ \t]+(?P<speaker>[^,\"“«]{{1,120}}?),[ \t]*"
)
_OPENING_FIELDS = re.compile(
    rf"(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS), any_case=True)})[ \t]+"
    rf"(?P<speaker>(?:the[ \t]+)?(?:[A-Z][\w-]*,?[ \t]+)+and[ \t]+(?:[A-Z][\w-]*[ \t]+)*{alternatives(ORG_WORDS)}),"
    r"[ \t]*"
)
"""`According to the Ecology, Geology and Natural Resources Ministry, …`: a body named by fields listed with commas
before its head is one source, whose name the first comma does not end."""
_OPENING_TITLE_NAME = re.compile(
    rf"(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS), any_case=True)})[ \t]+(?:the[ \t]+)?(?:{_ANY_TITLE})\b"
    rf"[^.;\"“”«»]{{0,120}}?,[ \t]+(?P<speaker>{_FULL_NAME}),[ \t]*"
)
"""`According to Minister of Digital Development, Innovations, and Aerospace Industry, Zhaslan Madiev, …`: an office
whose fields are listed with commas, then the name set off by commas: the name is the source."""
_PARTICIPLE_PHRASE = re.compile(r"[A-Z][a-z]+ing\b(?:(?!\bthat\b)[^.!?])*")
"""A participle's phrase (`Noting a positive trend in the political sphere`): with no finite verb in it, what the
subject did while speaking, no words of theirs (`Increasing the number of beds is our priority` has one)."""
_NAME_WORDS = 2
"""Words a name in straight marks before the noun it names holds at most outside a quotation (`"Nur Otan" Party`);
more may be someone's words with the speaker after them (`"We will win" Tokayev said`)."""
_OPENING_PRONOUN = re.compile(
    rf"(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS), any_case=True)})[ \t]+"
    rf"(?P<speaker>him|her|them|(?:{_ANY_TITLE}(?:[ \t]+[a-z][\w'’-]*){{0,6}}[ \t]+)?{_FULL_NAME}(?=[ \t]+[a-z]))"
    r"[ \t]+(?=\w)"
)
"""`According to him new cases are possible …`, `According to Sergey Lavrov the positive dynamics …`, `According to
chief of the healthcare department Askhan Baiduvaliyev the man is …`: a pronoun or a full name, an office before it,
needs no comma to end the source (a lower-case word after the name begins what was said)."""
_ROLE_AFTER_NAME = re.compile(
    rf"(?:{_OFFICE}|(?P<apposition>an?[ \t]+[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){{0,4}})),[ \t]*"
)
"""`According to Dauren Abayev, first deputy head of the Presidential Administration, …`, `…, Ecology Minister of
Kazakhstan, …`: the named source's office between commas (its field may come first), or what the source is
(`According to Dinara Yeskaziyeva, a museum interpreter, …`; with no finite verb: `According to Kazhydromet, a
cold front arrives, …` is what it said), not what the source said."""
_MOST_ROLES = 3
"""Offices and degrees a named source may have between commas (`candidate of historical sciences, senior lecturer,
head of the Center of Archeology`)."""
_OFFICE_APPOSED = re.compile(
    rf"(?P<office>(?:[A-Z]|the[ \t])[^,.;\"“”«»]{{2,80}}?),[ \t]+(?P<speaker>{_FULL_NAME}),"
    rf"[ \t]+(?P<cue>{_INDIRECT_VERB})(?:[ \t]+that)?[ \t]+"
)
"""`Akim of the region, Marat Akhmetzhanov, said that …`, `…, the head coach of the team, Ali Aliyev, announced
that …`: the name set off after an office speaks."""
_AUTHOR_REMARK = re.compile(
    r"It[ \t]+(?:should|must|can|is[ \t]+worth|is[ \t]+to|was[ \t]+to)(?:[ \t]+(?:be|also))*", re.IGNORECASE
)
"""`It should be noted that`: what the article itself remarks."""
_EXPLETIVE = re.compile(r"It[ \t]+(?:is|was|has[ \t]+been)(?:[ \t]+also)?", re.IGNORECASE)
"""`It was noted that`: a report without a source (as Russian `Отмечается, что`)."""
_TITLED = re.compile(rf"\b{_ANY_TITLE}\b")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:of|at|in|during|with|to|from|by|for|on|after|before)(?:[ \t]+the)?[ \t]+$", re.IGNORECASE
)
"""A preposition right before a name: the name is its object, not the subject of a verb after an apposition."""
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+ing(?:[ \t]+the)?[ \t]+$")
"""A lower-case participle right before a name (`While meeting Blinken`): the name is its object, no subject."""
"""A phrase holding a person's title (`the data of the Minister of Science`)."""
_NAME_AFTER_OFFICE = re.compile(rf"(?P<name>{_FULL_NAME}),[ \t]*")
"""The holder's name set off by commas after an office (`…the Minister of Education, Askhat Aimagambetov, …`)."""
_TITLED_NAME_AFTER = re.compile(
    rf"(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|the)[ \t]+)?){{0,8}}?(?P<name>{_FULL_NAME}),[ \t]*(?=[a-z])"
)
"""A name after a description set off by a comma, with capitalised titles before it (`According to organizer of the
festival, FIDE International Master and Woman Grandmaster Dinara Saduakassova, the mission …`): the named person."""
_HOLDER_AFTER = re.compile(rf",[ \t]*(?P<name>{_FULL_NAME})(?=[ \t]*(?:[.,;!]|$))")
"""An office's holder named after it at a sentence's end (`…," said the Vice President, Mr Song Luzeng.`)."""
_THEIR_WORDS = re.compile(r"(?P<pronoun>his|her|their)[ \t]+words", re.IGNORECASE)
_WORDS = re.compile(
    r"In[ \t]+(?:(?P<pronoun>his|her|their)|(?P<owner>(?:the[ \t]+)?[^,.;\"“”«»]{1,60}?)['’]s?)[ \t]+"
    r"(?:words|opinion|view),[ \t]*"
    r"|In[ \t]+the[ \t]+words[ \t]+of[ \t]+(?P<source>[^,.;\"“”«»]{1,80}?),[ \t]*"
)
"""`In his words, …`, `In the minister’s words, …`, `In the words of the minister, …`: to the paragraph's end."""
_WORDS_INSIDE = re.compile(r",[ \t]+in[ \t]+(?P<pronoun>his|her|their)[ \t]+(?P<noun>words|opinion|view),[ \t]+")
"""`Those facilities, in her words, are 2% full.`: the sentence is hers."""
_TALKING_VERB = re.compile(rf"\b{alternatives(TALKING_VERBS)}\b")
"""A verb of talking about or naming things (spoke, named; ``talking_verbs.tsv``)."""
_THAT_LATE = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>{_INDIRECT_VERB})"
    rf"(?P<gap>[ \t]+[^,.;\"“”«»]{{1,60}}?)?[ \t]+that[ \t]+"
)
_SUBJECT = (
    r"(?:he|she|they|we|there|the|The|[A-Z][a-z]+(?:['’]s)?|some|all|most|many|several|its|their|[0-9][\d,.]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|both)"
)
"""How the subject of a clause after its verb of saying begins (`it`, `this`, `these` aside: they may be objects); a
name may be a possessive (`Kazakhstan’s labor market has …`)."""
_AUXILIARY = r"(?:is|was|are|were|had|has|have|will|would|could|can|should|must)"
_NAME_WORD_AFTER = r"(?:[ \t]+(?:(?:of|the|and|for|on|in)[ \t]+){0,2}[A-Z][\w'’-]*)"
"""One more capitalised word of an office, a body or a name, `of`, `the`, `and`, `on`, `in` before it."""
_NAME_PHRASE = rf"[A-Z][\w'’-]*{_NAME_WORD_AFTER}{{1,10}}"
"""Capitalised words with `of`, `the`, `and` between them: an office and a name (`Chairwoman of the Federation
Council Valentina Matviyenko`)."""
_PAST_CLAUSE_START = (
    r"(?:he|she|they|we|many|all|some|most|several|both)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    rf"(?:[a-z]{{3,}}ed|{alternatives(PAST_FORMS)})\b"
)
"""`many people refused`, `they began`: a pronoun or a quantifier and a verb in the past (not `the projects
launched last year`, where the participle may describe a noun object)."""
_CLAUSE_START = (
    rf"(?:(?:it|these|this|{_SUBJECT})[ \t]+(?:(?!(?:that|which|who)\b)[\w-]+[ \t]+){{0,4}}?{_AUXILIARY}\b"
    rf"|{_PAST_CLAUSE_START})"
)
"""How a clause that follows its verb without `that` begins: a subject, then a finite verb within a few words
(not a relative clause's: `noted the projects that are under way`)."""
_CLAUSE = re.compile(_CLAUSE_START)
_RELATIVE_OBJECT = re.compile(
    rf"(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?!{alternatives(WORDS_BEFORE_NAMES)}\b)[a-z][\w-]*[ \t]+"
    rf"(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?:{_AUXILIARY}[ \t]+)?(?:[a-z]+ed|{alternatives(PAST_FORMS)})"
    r"[ \t]+(?:in|into|to|at|on|for|over|during|since|by|with|from)\b"
)
"""`noted the considerable progress Kazakhstan has made in …`, `stressed the contribution X made to …`: a noun
object with a relative clause and no `that` (a name right after a common noun, a verb missing its object), no
reported clause (``data/words_before_names.tsv``: words a name may follow inside a subject)."""
_NOT_A_TIME = rf"(?!(?:{alternatives(SAYING_DAYS)})\b)"
"""No day where a clause's subject begins (`said Tuesday KEGOC has raised …`: Tuesday is when, KEGOC the subject)."""
_CLAUSE_AFTER = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>{_INDIRECT_VERB})"
    rf"(?:[ \t]+{alternatives(TIME_WORDS)})?[ \t]+{_NOT_A_TIME}(?={_CLAUSE_START})"
)
_SAID_CLAUSE = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+"
    rf"(?P<cue>{alternatives(CLAUSE_VERBS)})(?:[ \t]+{alternatives(TIME_WORDS)})?[ \t]+{_NOT_A_TIME}"
    rf"(?!the[ \t]+following\b)(?={_SUBJECT}(?:[ \t]+[\w'’-]+){{0,5}}?[ \t]+"
    rf"(?:{_AUXILIARY}|[a-z]+(?:s|ed)|{alternatives(PAST_FORMS)})\b"
    rf"|(?:the[ \t]+)?{_NAME_PHRASE}(?:[ \t]+\([A-Z]{{2,8}}\))?[ \t]+{_AUXILIARY}\b)"
)
"""`He said the region plans to build …`: a clause after a verb that takes no noun object (``clause`` column): a
subject, then what reads as its verb within a few words, in -s, -ed or an irregular past (`said its oil output
rose`; not `said this at the briefing`), or a titled name of
any length and an auxiliary (`He also said Chairwoman of the Federation Council Valentina Matviyenko is …`,
`said the Conference on Interaction and Cooperation in Central Asia (CICA) will …`)."""
_QUOTED_AS_SAYING = re.compile(
    r",[ \t]+[^,.;\"“”«»]{1,60}?[ \t]+quote[sd]?[ \t]+(?P<speaker>[^,.;\"“”«»]{2,100}?)"
    r"(?:,[ \t]+[^.;\"“”«»]{2,120}?,)?[ \t]+as[ \t]+saying\b"
    r"[^,.;\"“”«»]{0,60}[.!]?[ \t]*$"
)
"""`…, Kazinform News Agency quotes governor X as saying at a briefing.`, `…, Kazinform quoted X, Chairman of the
Committee, as saying today.`: the outlet passes on X's words (the office set off by commas is no part of the name)."""
_TRAILING_INVERTED = re.compile(
    rf",[ \t]+(?P<cue>{alternatives(INVERTED_VERBS)})[ \t]+"
    rf"(?P<speaker>(?:{_MONTH_ABBREVIATION}|[^,.;\"“”«»]){{2,200}}?)"
    rf"(?:,[ \t]+[^.;!?\"“”«»]{{1,250}}?)?[.!]?[ \t]*$"
)
"""`…, reported head of the department Nurbek Kabizhan.`: the verb before its subject, no quotation marks; the
subject may have an apposition and where it was said after it (`…, said X, chief officer of …, at a briefing.`)."""
_INVERTED_THEN_ADDING = re.compile(
    rf",[ \t]+(?P<cue>{alternatives(INVERTED_VERBS)})[ \t]+(?P<speaker>[^,.;\"“”«»]{{2,120}}?),[ \t]+"
    rf"(?:{alternatives(ADDING_VERBS)})\b"
)
"""`The President reiterated …, said Karin, adding that …`: the words before the inverted verb are its subject's,
though a verb of saying opens them (what the speaker reports someone else said), and more of them follow."""
_COLON_END = re.compile(r"[ \t]*:[ \t]*$")
"""A colon ending the text before a quotation (`…, adding: "…"`)."""
_ANY_QUOTATION_MARK = re.compile('["“”«»]')
"""A quotation mark: words holding one are not reported speech alone."""
_NAMED_SUBJECT = re.compile(
    rf"[A-Z]|(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+)?(?:[a-z]+[ \t]+)?(?:{_ANY_TITLE})\b"
    rf"|the[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,2}}(?:{alternatives(BODY_HEADS)})(?:[ \t]*[.!]?(?=\s|$)|[ \t]+of\b)"
    rf"|the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?i:{alternatives(BODY_HEADS)})[ \t]+of\b"
    rf"|the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,2}}(?i:{alternatives(BODY_HEADS)})[ \t]*[.!]?(?=\s|$)"
)
"""How the subject after an inverted verb begins: a capital or a title, a people's or a place's word and a field
before it (`said the Kazakh Head of State`, `said the Kazakh health minister`; not `noted the importance of …`), or
a body named by its head (`said the ecology department.`), or by its head in capitals with what it is of or words
before it (`says the Ministry of Energy.`, `noted the Kazakh Foreign Ministry.`; not `said the Court.`, which points
back to a court named before as `the court` does)."""
_CIRCUMSTANCE_AFTER = re.compile(rf"[ \t]+(?:speaking|{_CIRCUMSTANCE})\b")
"""Where a speaker after the verb ends (`Nurbek Kabizhan speaking at a meeting`)."""
_TRAILING_SPEAKER_MOST = 160
"""Characters a trailing speaker's words may hold: a full office and a name (`Deputy Chairman of the Administrative
Police Committee of the Internal Affairs Ministry Zhandos Murataliyev`)."""
_WHERE_SAID = rf"(?:to|with|via|from|{_CIRCUMSTANCE})\b"
_HOW_SAID = (
    rf"(?:{_PARTICIPLE}|{_WHERE_SAID}"
    rf"|(?:{alternatives(TIME_WORDS)})\b(?=[ \t]*(?:[.!,;]|$)|[ \t]+(?:speaking\b|{_WHERE_SAID})))"
)
"""Words opening where, when, how or to whom something was said, after its verb (…, he said at the briefing); a time
only before the sentence's end or where it was said (`he said on Monday at …`, not `noted this year harvesting at a
fast pace`: what was noted)."""
_PLACE_APPOSITION = (
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|[a-z]{2,3}(?=[ \t]+[A-Z]))){0,6}"
    rf"(?:[ \t]+(?:{_CIRCUMSTANCE})\b[^,.;\"“”«»]{{1,60}})?)"
)
"""A name set off by a comma after a place's or a person's description (`in the Kazakh capital, Nur-Sultan`, `with
the Amir of Qatar, Sheikh Tamim bin Hamad Al Thani in Astana`), a particle inside it and where after it."""
_QUOTED_NAME = '[‘“«"][^‘’“”«»"\n]{1,160}[’”»"]'
"""A name in quotation marks inside a sentence: where the words were said (`speaking at the seminar "Day of space in
Kazakhstan"`), a project's or a work's name (`the ‘Strong regions are the driver …’ project`)."""
_TRAILING = re.compile(
    rf",[ \t]+(?P<speaker>{_NAME_PART}{{2,{_TRAILING_SPEAKER_MOST}}}?)[ \t]+(?P<cue>{_VERB})(?:[ \t]+(?:it|this|so)\b)?"
    rf"(?:[ \t]+{_HOW_SAID}(?:[^,.;\"“”«»]|{_QUOTED_NAME}){{0,120}}{_PLACE_APPOSITION}?"
    rf"|{_AFTER_ADDRESSEE_VERB}[ \t]+(?!(?:of|about|on)\b)[^,.;\"“”«»]{{1,120}})?(?:[.!][ \t]*)*$"
)
"""`…, the press service informs.`, `…, he said at the briefing.`, `…, President N. Nazarbayev told at the forum …`, `…,
X said it at a briefing today` (the words pointed back to: it, this, so) (an initial's period ends no speaker; a stop
typed twice ends the sentence): the verb may have only how it was said after it, not an object (`…, the President
pointed out fruitfulness of …` reports no words); a place there may have its name set off by commas (`at the Astana
Media Week in the Kazakh capital, Nur-Sultan`)."""
_WHO_ANTECEDENT = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+)?[A-Z][\w'’.-]*),?[ \t]*$")
"""The name a relative `who` stands for: the one or two capitalised words right before it (and its comma)."""
_PRONOUN_AFTER_CIRCUMSTANCE = re.compile(rf"[a-z][\w'’-]*[ \t]+(?P<pronoun>{alternatives(SUBJECT_PRONOUNS)})$")
"""A subject pronoun right after a phrase of circumstance written without its comma (`During the meeting in
Uralsk city he`)."""


def _pronoun_after_circumstance(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """The subject pronoun of a speaker span that opens with a phrase of time or place and no comma (`During the
    meeting in Uralsk city he noted that …` -> he)."""
    found = _PRONOUN_AFTER_CIRCUMSTANCE.search(text, *speaker)
    return found.span("pronoun") if found is not None and found.start() > speaker[0] else speaker


_APPOSITION_MOST = 160
"""Characters an apposition between a name and its verb may run to (`acting chairman of the Committee on
environmental regulation and control of the Kazakh Ministry of Ecology and Natural Resources`)."""
_TRAILING_APPOSED = re.compile(
    rf",[ \t]+(?P<speaker>{_FULL_NAME}),[ \t]+[^,.;\"“”«»]{{2,{_APPOSITION_MOST}}}?,?[ \t]+(?P<cue>{_VERB})"
    rf"(?:[ \t]+{_HOW_SAID}[^,.;\"“”«»]{{0,120}})?[.!]?[ \t]*$"
)
"""`…, Aibek Smadiyarov, official spokesperson of the Ministry, said.`: the name, what he is, then the verb (the
comma after what he is is sometimes left out: `…, Kuandyk Kassymov, the head of the Department … said`), and how or
where it was said (`…, Asset Irgaliyev, Minister of National Economy of Kazakhstan, said at today's government
session`)."""
_TRAILING_TITLE_FIRST = re.compile(
    rf",[ \t]+(?:(?:(?!\b(?:of|for)\b)[^,.;\"“”«»]){{0,{_APPOSITION_MOST}}}?\b(?:{_ANY_TITLE})),[ \t]+"
    rf"(?P<speaker>{_FULL_NAME}),[ \t]+"
    rf"(?:ha(?:s|ve)[ \t]+)?(?P<cue>{_VERB})(?:[ \t]+{_HOW_SAID}[^,.;\"“”«»]{{0,120}})?[.!]?[ \t]*$"
)
"""`…, the mayor's press secretary, Elvira Zhurgenbayeva, has announced on Facebook.`: what the speaker is, then the
name set off by commas, then the verb; not a title after `of` or `for` (`the press service of the President, X,
reported`: the name is the President's, and the press service speaks)."""
_TRAILING_TITLED = re.compile(
    rf",[ \t]+(?P<speaker>{_FULL_NAME}[ \t]+[^,.;\"“”«»]{{0,{_APPOSITION_MOST}}}?\b(?:{_ANY_TITLE})),[ \t]+"
    rf"(?P<cue>{_VERB})[.!]?[ \t]*$"
)
"""`…, Marat Karabayev Kazakh Industry and Infrastructure Development Minister, said.`: the name and the office
written after it with no comma between, then a comma before the verb."""
_TRAILING_NAME_COMMA = re.compile(
    rf",[ \t]+(?P<speaker>(?=[^,.;]*?\b[a-z]{{2,}}\b)[^,.;\"“”«»]{{2,{_APPOSITION_MOST}}}?[ \t]{_FULL_NAME}),"
    rf"[ \t]+(?P<cue>{_VERB})[.!]?[ \t]*$"
)
"""`…, governor of the region Kumar Aksakalov, said, Kazinform reports.`: a trailing speaker, what he is and his name,
with a comma typed between the name and its verb; a name alone between commas is set off after what it follows
(`the press service of the President, Kassym-Jomart Tokayev, reported`: the press service reported)."""
_AFTER_THIS = rf"(?=[ \t]*[.!]?[ \t]*$|[ \t]+{_HOW_SAID})"
_SAID_THIS = re.compile(
    rf"(?P<speaker>[^,.;\"“”«»]{{2,120}}?)[ \t]+(?:has[ \t]+|had[ \t]+)?(?P<cue>{_INDIRECT_VERB})"
    rf"(?:(?:[ \t]+(?:(?:a|an|the)[ \t]+)?{alternatives(AUDIENCES, any_case=True)})?(?:[ \t]+(?:about|on))?"
    rf"[ \t]+(?:it|this)"
    rf"{_AFTER_THIS}|(?=[ \t]+(?:at|during)[ \t]+(?:a|an|the)\b[^,;:\"“”«»]{{0,120}}?[.!]?[ \t]*$))"
    rf"|(?:This|It)[ \t]+(?:was|has[ \t]+been)[ \t]+(?P<passive>{_INDIRECT_VERB})[ \t]+by[ \t]+"
    rf"(?P<agent>[^,.;\"“”«»]{{2,200}}?){_AFTER_THIS}"
    rf"|(?:This|That)[ \t]+(?:is|was)[ \t]+what[ \t]+(?P<subject>[^,.;\"“”«»]{{2,120}}?)[ \t]+"
    rf"(?P<what>{_INDIRECT_VERB}){_AFTER_THIS}"
)
"""`X has announced it at the session.`, `X told journalists about this`, `X reported on this at the session`, `X told
at a press conference today.`, `This was stated by X.`, `This is what X said.`: the sentence before is X's (Russian
`Об этом сообщил X`)."""
_ENDS_IN_BEING = re.compile(rf"[ \t](?:{_BEING})$")
"""A form of `be` closing the words before a verb of saying: the verb is a passive (`The decision was announced at …`),
and its subject what was said, no speaker."""
_STATED_IN = re.compile(
    rf"(?:This|It)[ \t]+(?:was|is|has[ \t]+been)[ \t]+(?P<cue>{_INDIRECT_VERB}|said)[ \t]+in[ \t]+(?:a|an|the)[ \t]+"
    rf"(?:[\w-]+[ \t]+)?(?:{alternatives(STATEMENT_NOUNS)})[ \t]+(?:of|by|from)[ \t]+(?P<owner>[^,.;\"“”«»]{{2,200}}?)"
    rf"{_AFTER_THIS}"
)
"""`This was stated in a press release of the Ministry of Healthcare.`: the sentence before is the statement's, its
owner's words (Russian `Об этом говорится в сообщении X`)."""
_TO_TOPIC = re.compile(rf"[ \t]+to[ \t]+(?!(?:(?:a|an|the)[ \t]+)?{alternatives(AUDIENCES, any_case=True)}\b)")
"""`to` after a verb of answering that opens what was answered (`responded to the situation`), not who was told
(`replied to reporters`): ``topic`` column ``to`` of ``reporting_verbs.tsv``."""
_ON = re.compile(rf"[ \t]+on\b(?![ \t]+(?:{alternatives(TIME_WORDS)}|\d|[A-Z][a-z]+[ \t]+\d))")
"""`on` after a verb: what was reported on after `reported` (``topic`` column of ``reporting_verbs.tsv``), not a day
(`reported on Tuesday`, `on 5 May`, `on May 5`)."""
_OUTLET = re.compile(rf"(?<![\w-]){alternatives(NEWS_OUTLETS, any_case=True)}$")
"""A trailing speaker that is a news outlet (``data/news_outlets.tsv``)."""
_SOURCE_AFTER = re.compile(
    rf",[ \t]+(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS))})[ \t]+(?P<speaker>{_NAME_PART}{{2,100}}?)"
    rf"(?:,[ \t]+who[ \t]+[^.;\"“”«»]{{1,160}}|,[ \t]+{_OFFICE})?[.!]?[ \t]*$"
)
"""`…, according to the airport's press service.`, `…, according to Yevgeny Zhuravlyov, press secretary of the
department.`: a source opening (``source_openings.tsv``) after what the source said, which is then its own sentence
only."""
_TRAILING_PASSIVE = re.compile(
    rf",[ \t]+(?:this|that|it)[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+(?P<cue>{_INDIRECT_VERB})[ \t]+by"
    rf"[ \t]+(?P<speaker>{_NAME_PART}{{2,200}}?)[.!]?[ \t]*$"
)
"""`…, this has been stated by the chief state sanitary doctor X.`: the words before are the agent's, whose title
may be long (`official representative of the Committee … under the Ministry of Internal Affairs X`)."""
_SAID_COLON = re.compile(rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>{_INDIRECT_VERB}):[ \t]+(?=\w)")
"""`X stressed: the work must go on.`: a sentence's subject, its verb of saying and a colon before plain words."""
_AUXILIARY = "(?:will|would|is|are|was|were|has|have|had|can|could|must|should)"
_TOLD_AUDIENCE = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>told)[ \t]+(?:(?:a|an|the)[ \t]+)?{alternatives(AUDIENCES, any_case=True)}\b"
    rf"(?:(?:[ \t]+(?:at|in|on|during|after)\b[^,.;\"“”«»]{{1,60}}?)?[ \t]+that[ \t]+"
    rf"|[^,.;\"“”«»]{{0,80}}?,(?![ \t]*(?:where|which|who|whom|when|while|as|and)\b)[ \t]*(?:that[ \t]+)?"
    rf"|[ \t]+(?:that[ \t]+)?(?!(?:about|of|on)\b)(?=[^,.;\"“”«»]{{1,80}}?\b{_AUXILIARY}\b))"
)
_TOLD_PERSON = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>told)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*{_NAME_WORD_AFTER}{{0,10}}"
    rf"[ \t]+(?:that[ \t]+)?(?!(?:about|of|on|in|at)\b)(?=[a-z][^,.;\"“”«»]{{0,80}}?\b{_AUXILIARY}\b)"
)
"""`X told a press briefing at the Government on Tuesday, the situation is stable.`, `X told reporters the rate
will remain unchanged`, `X told a briefing at the Central Communications Service that …`: the clause after whom it
was told (and where) is X's (``data/audiences.tsv``); with no comma, only a
clause with a verb soon after the audience (`told reporters about the plans` tells a topic); the same after a
person named as the one told (`X told President Tokayev a dormitory … is being constructed`)."""
_AS_STATED = re.compile(
    rf"As[ \t]+(?P<cue>{_INDIRECT_VERB})[ \t]+(?:there|therein|in[ \t]+(?:the|this|that|it)\b[^,\"“«]{{0,60}}),[ \t]*"
)
"""`As stated there, …`, `As noted in the document, …`: what a text named before says, by no one named."""
_AS_SAID = re.compile(
    rf"[Aa]s[ \t]+(?P<speaker>(?:[^,\"“«]|{_QUOTED_NAME}){{1,80}}?)[ \t]+(?P<cue>{_INDIRECT_VERB}|put[ \t]+it),[ \t]*"
)
"""`As the Ministry of Healthcare reported, …`, `As X put it, …`: to the end of the paragraph, as `According to X,`;
a name in quotation marks may open the source (`As "Daryn" Republican Scientific Practical Center … informed, …`)."""
_THAT_AROUND_ADVERB = re.compile(
    rf"{_SPEAKER_BEFORE},[ \t]+{alternatives(SPEAKER_ADVERBS)},"
    rf"[ \t]+(?P<cue>{_INDIRECT_VERB})[ \t]+that[ \t]+"
)
"""`The akim, in turn, said that …`: the adverb between commas is not part of the speaker."""
_ADVERBS = alternatives(SPEAKER_ADVERBS, any_case=True)
_ADVERB_BEFORE = re.compile(rf"{_ADVERBS}[ \t,]+")
_ADVERB_ONLY = re.compile(_ADVERBS)
"""`Askar Umarov, in turn, pointed out the importance of …`: an adverb set off by commas is no apposition."""
_ADVERB_AFTER = re.compile(rf"[ \t,]+{_ADVERBS}[ \t,]*$")
_AGENCY = re.compile(
    rf"(?:,[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){{0,3}}(?=[ \t]+[a-z]))?"
    rf",?[ \t]+{alternatives(AGENCY_SOURCING, any_case=True)}\b[^\n]*$"
)
"""Agency sourcing closing a sentence, with the outlet named before a phrase that does not name it (`…, Trend reports
with reference to Kazakh media.`)."""
_LEARNED_BY = re.compile(
    r",[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}(?:[ \t]+news[ \t]+agency)?[ \t]+has[ \t]+learned"
    r"(?:[ \t]+from[ \t]+[^,.;\"“”«»\n]{1,80})?[.!]?[ \t]*$"
)
"""`…, BelTA has learned.`: another agency that passed the sentence on (as `Kazinform has learned`), no speaker."""
_AND_DIRECTIVE = re.compile(
    rf",?[ \t]+and[ \t]+(?:also[ \t]+|to[ \t]+this[ \t]+end[ \t,]+|therefore[ \t,]+)?{alternatives(DIRECTIVE_VERBS)}\b"
)
"""`… must grow and tasked to ensure …`, `… and to this end instructed …`: the subject goes on to give an order."""
_AND_ACTING = re.compile(
    rf",?[ \t]+and[ \t]+(?:also[ \t]+)?{alternatives(ACTING_VERBS)}"
    r"[ \t]+(?:(?:the|a|an|his|her|its|their|this|these|those|them|him|us|everyone)\b|[A-Z])"
    r"|,[ \t]+while[ \t]+(?!(?:no|some|any|every)thing\b)[a-z]{3,}ing\b"
    rf"|,[ \t]+{alternatives(DIRECTIVE_PARTICIPLES)}\b"
)
"""`… in Kazakhstan and highlighted the key role they play …`, `… with dignity and wished them success`,
`…, while calling for collective responsibility`,
`…, giving the instruction to …`: the speaker goes on to act (``data/acting_verbs.tsv``) or to give an order
(``data/directive_participles.tsv``), told by the article, not reported."""


def find_quotes(
    text: str,
    start: int,
    end: int,
    sentences: list[tuple[int, int]],
    previous: tuple[int, int] | None = None,
    finite_verbs: Sequence[int] = (),
) -> list[QuoteCandidate]:
    """Quotations and reported speech in one paragraph; ``finite_verbs`` (where the tagger read a finite verb)
    tell a clause reported without `that` (`He stressed despite challenges the countries have …`)."""
    found: list[QuoteCandidate] = []
    quotations: list[tuple[int, int]] = []  # someone's words whether attributed or not: no speech inside them
    rest_at, rest_of = -1, (0, 0)  # where a split quotation goes on, and its speaker
    next_at, next_of = -1, (0, 0)  # a quotation right after an attributed one's sentence, and that speaker
    scan_from = start
    if (whole := _quoted_paragraph(text, start, end)) is not None:
        s, e, after = whole
        cue, speaker = _attributed(text, after, end)
        found.append(QuoteCandidate(s, e, "direct", cue, *speaker, 0.85))
        found += _added_after(text, after.end(), end, sentences, speaker)
        quotations.append((s, e))
        scan_from = after.end()
    elif (unopened := _unopened_paragraph(text, start, end, previous)) is not None:
        s, e, after = unopened
        cue, speaker = _attributed(text, after, end)
        found.append(QuoteCandidate(s, e, "direct", cue, *speaker, 0.8))
        quotations.append((s, e))
        scan_from = after.end()
    elif (dashed := _dash_quote(text, start, end, finite_verbs)) is not None:
        found.append(dashed)
        quotations.append((dashed.start, dashed.end))
        scan_from = end  # quotation marks inside the speaker's words quote no one else
    sentence_starts = sorted(a for a, _ in sentences)
    for quoted in _quotations(text, scan_from, end):
        s, e = _trim(text, *quoted.span("content" if quoted.group("content") is not None else "single"))
        at = bisect.bisect_right(sentence_starts, quoted.start())
        clause_from = max(start, sentence_starts[at - 1] if at else start, quoted.start() - _CLAUSE_BEFORE_MOST)
        if (
            len(text[s:e].split()) >= _QUOTATION_WORDS
            and not _THING_NOUN_BEFORE.search(text, max(start, quoted.start() - _THING_NOUN_MOST), quoted.start())
            and not _INSIDE_REPORTED_CLAUSE.search(text, clause_from, quoted.start())
        ):  # not `the article «Abai and Kazakhstan in the 21st century»` (a title), nor `X said that the visit is
            # ‘not an accident, …’` (words quoted inside a reported clause, which takes them in)
            quotations.append((s, e))
        if quoted.start() == rest_at:  # `"A," X added, "B"`: B is X's too
            found.append(QuoteCandidate(s, e, "direct", found[-1].cue, *rest_of, 0.85))
            continue
        before = text[max(start, quoted.start() - _TITLE_WORD_MOST) : quoted.start()]
        if _TITLE_WORD_BEFORE.search(before) or (text[s : s + 1].isupper() and _CAPITALISED_TITLE_WORD.search(before)):
            continue  # `the forum on «Greater Eurasia: Dialogue. Trust. Partnership», Kazinform reports`: a title
        after = _AFTER.match(text, quoted.end(), end)
        if after is None and text.startswith(",", quoted.end()) and len(text[s:e].split()) >= 3:
            after = _AFTER.match(text, quoted.end() + 1, end)  # `"…", A.Kurishbayev noted.`: the comma outside
        breaks_off = text[s:e].rstrip().endswith(",")  # `"A,"`: the sentence goes on after the attribution
        if after is None and breaks_off:
            after = _AFTER_DESCRIBED.match(text, quoted.end(), end) or _AFTER_APPOSED.match(text, quoted.end(), end)
        source_after = _SOURCE_AFTER_QUOTE.match(text, quoted.end(), end) if after is None else None
        if source_after is not None and not _names_a_rule(source_after.group("speaker")):
            # `"…», according to the information published by the Committee.`: the source's own words
            speaker = _trim(text, *source_after.span("speaker"))
            found.append(QuoteCandidate(s, e, "direct", source_after.group("phrase").lower(), *speaker, 0.8))
            continue
        if after is None and quoted.start() == next_at and not breaks_off:  # `"A," he elaborated. "B."`: his too
            found.append(QuoteCandidate(s, e, "direct", found[-1].cue, *next_of, 0.8))
            continue
        if after:
            rest = _SPLIT_REST.match(text, after.end(), end)
            cue, speaker = _attributed(text, after, end)
            if rest and breaks_off:
                rest_at, rest_of = rest.end(), speaker
            found.append(QuoteCandidate(s, e, "direct", cue, *speaker, 0.85))
            if going_on := _NEXT_QUOTATION.match(text, after.end(), end):
                next_at, next_of = going_on.end(), speaker
            found += _added_after(text, after.end(), end, sentences, speaker)
            continue
        opened_at = next((ss for ss, se in sentences if ss <= quoted.start() < se), start)
        source = _opening(text, opened_at, quoted.start())
        if source and source.end() == quoted.start() and not _names_a_rule(source.group("speaker")):
            # `According to the ministry, "…"`: the source's own words
            speaker = _trim(text, *source.span("speaker"))
            found.append(QuoteCandidate(s, e, "direct", source.group("phrase").lower(), *speaker, 0.8))
            continue
        inserted = _source_set_off_before(text, opened_at, quoted.start())
        if inserted is not None:  # `the airport, which, in his words, «does not comply …»`: the source's words
            found.append(QuoteCandidate(s, e, "direct", *inserted, 0.8))
            continue
        adding = _INVERTED_THEN_ADDING.search(text, opened_at, quoted.start())
        if (
            adding
            and _NAMED_SUBJECT.match(text, adding.start("speaker"))
            and _COLON_END.match(text, adding.end(), quoted.start())
        ):
            # `A, said Karin, adding: "B"`: the subject of the inverted verb speaks B, and A before the verb is his too
            speaker = _trim(text, *adding.span("speaker"))
            reported = _trim(text, opened_at, adding.start(), " \t,")
            if reported[1] - reported[0] >= 15 and not _ANY_QUOTATION_MARK.search(text, *reported):
                found.append(QuoteCandidate(*reported, "indirect", adding.group("cue"), *speaker, 0.7))
            found.append(QuoteCandidate(s, e, "direct", ":", *speaker, 0.75))
            continue
        before = _BEFORE_COLON.search(text, start, quoted.start()) or _BEFORE_COMMA.search(
            text, opened_at, quoted.start()
        )
        if before:  # `He said: "…"`, `He said, "…"`
            speaker = before.span("greeter" if before.groupdict().get("greeter") else "speaker")
            comma = text.rfind(", ", *speaker)
            if comma != -1 and _only_circumstances(text, speaker[0], comma + 1):
                speaker = (comma + 2, speaker[1])  # `At the end of the meeting, the Governor … pointed out: "…"`
            found.append(QuoteCandidate(s, e, "direct", ":", *speaker, 0.75))
            continue
        if not _names_before_noun(text, quoted):
            found += _reported_then_quoted(text, opened_at, quoted.start(), (s, e), finite_verbs, sentences)
    if (unclosed := _unclosed_quotation(text, scan_from, end, sentences)) is not None:
        found.append(unclosed)
        quotations.append((unclosed.start, unclosed.end))
    quoted = [(q.start, q.end) for q in found] + quotations  # `"… We always say that …," X concluded.`: none
    in_paragraph = [(s, e) for s, e in sentences if start <= s and e <= end]
    reported = _reported(text, in_paragraph, quoted, finite_verbs, previous)
    found += [quote for quote in reported if not _self_reference(text, quote) and _agrees(text, quote)]
    found += quotations_after_reports(text, end, found, _worded_quotations(text, scan_from, end), ".!?")
    found += _participle_openings(text, sentences, found)
    found += _participles_after(text, found, sentences)
    for quote in found:
        if quote.speaker_start is not None and quote.speaker_end is not None:
            medium = _MEDIUM_OF.match(text, quote.speaker_start, quote.speaker_end)
            if medium and medium.end() < quote.speaker_end:  # `the Telegram channel of X`: X speaks through it
                quote.speaker_start = medium.end()
            owned = _STATEMENT_FROM.match(text, quote.speaker_start, quote.speaker_end)
            if owned and owned.end() < quote.speaker_end:  # `an official statement from the Federation`: its author
                quote.speaker_start = owned.end()
            kind = _OUTLET_KIND_AFTER.search(text, quote.speaker_start, quote.speaker_end)
            if kind and _CAPITALISED_BEFORE.search(text, quote.speaker_start, kind.start()):
                quote.speaker_end = kind.start()  # `according to Egemen Qazaqstan newspaper`: the paper speaks
            if _STATEMENT.fullmatch(text, quote.speaker_start, quote.speaker_end):
                quote.speaker_start = quote.speaker_end = None  # `the post reads`: its author, named before
            elif owned := _OWNED_DATA.fullmatch(text, quote.speaker_start, quote.speaker_end) or (
                _OWNED_STATEMENT.fullmatch(text, quote.speaker_start, quote.speaker_end)
            ):  # `According to the Ministry's data`, `the ministry's statement reads`: the ministry's words
                quote.speaker_end = owned.end("owner")
    return [quote for quote in found if not _determiner_speaks(text, quote)]


def _worded_quotations(text: str, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
    """(opening mark, past the closing mark, words) of each quotation of a few words or more (`X said that A. "B."`:
    B may be X's own words; a quoted name is none)."""
    for quoted in _quotations(text, start, end):
        words = quoted.span("content" if quoted.group("content") is not None else "single")
        if len(text[words[0] : words[1]].split()) >= _QUOTATION_WORDS:
            yield quoted.start(), quoted.end(), *words


_OWNER_FIRST = r"(?P<owner>.+?)['’]s[ \t]+(?:[\w-]+[ \t]+)?"
"""An owner written first, with `'s` and perhaps a word before what it owns (the Ministry's preliminary …)."""
_OWNED_DATA = re.compile(rf"{_OWNER_FIRST}{alternatives(DATA_SOURCES)}")
"""Data written with its owner first (the Ministry's data, Kazhydromet's preliminary data): the owner is the source."""


_DETERMINER_ALONE = re.compile(r"(?:the|a|an|this|that|these|those)", re.IGNORECASE)


def _added_after(
    text: str, position: int, end: int, sentences: list[tuple[int, int]], speaker: tuple[int, int]
) -> list[QuoteCandidate]:
    """More of the speaker's words in reported speech right after a quotation's attribution (`…," said Mr. Kulagin
    adding that …`, `…," X pointed out and added that …`, `…," said the Minister and added he is ready to …`)."""
    adding = (
        _ADDING_THAT.match(text, position, end)
        or _AND_SAID_THAT.match(text, position, end)
        or _AND_SAID_PRONOUN.match(text, position, end)
    )
    if adding is None:
        return []
    stop = next((se for ss, se in sentences if ss <= adding.end() < se), end)
    return [QuoteCandidate(adding.end(), stop, "indirect", adding.group("cue"), *speaker, 0.75)]


def _determiner_speaks(text: str, quote: QuoteCandidate) -> bool:
    """Whether the speaker is a determiner alone (`The said measures are …`): `said` is an adjective there, no verb."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    return _DETERMINER_ALONE.fullmatch(text, quote.speaker_start, quote.speaker_end) is not None


_AND_SAID_THAT = re.compile(rf"{_AND_SAID}[ \t]+")
"""`… in January and expressed hope that …`: the second verb and where its clause begins."""
_AND_SAID_CLAUSE = re.compile(rf"{_AND_ALSO}(?P<cue>{_VERB})[ \t]+(?={_CLAUSE_SUBJECT})")
"""`… and expressed hope it will have …`: a second verb whose clause opens with its subject and no `that`."""
_AND_SAID_PRONOUN = re.compile(rf"{_AND_ALSO}(?P<cue>{_VERB})[ \t]+(?={_SUBJECT_OPENS})")
"""`…," said the Minister and added he is ready to …`: a second verb of saying whose clause opens with its subject
pronoun and no `that`."""


def _second_verb(text: str, quote: QuoteCandidate) -> re.Match[str] | None:
    """`X added that A and expressed hope that B`: a second verb of saying in the past, of the same subject, with its
    own clause; only after a verb of saying (after a source, `According to X, doctors forget … and believe that …`,
    the verb is the reported subject's)."""
    if quote.cue not in REPORTING_VERBS:
        return None
    reach = (text, quote.start, quote.end)
    second = _AND_SAID_THAT.search(*reach) or _AND_SAID_CLAUSE.search(*reach)
    past = second is not None and second.group("cue").split()[0].lower().endswith(("ed", "said", "told"))
    return second if past else None


_AS_WELL_AS_SAID = re.compile(
    rf"(?:{_AND_ALSO}(?P<cue>{_VERB})|,?[ \t]+as[ \t]+well[ \t]+as[ \t]+(?P<act>[a-z]+ed))[ \t]+(?!that\b)"
)
"""`… and keeps developing as well as expressed commitment to …`, `… and expressed hope for …`: the subject's second
act in the past, a verb of saying after `and`, any verb after `as well as` (which joins no verbs inside a clause)."""


def _second_verb_with_object(text: str, quote: QuoteCandidate) -> re.Match[str] | None:
    """`X said that A as well as expressed commitment to B`: a second verb of saying in the past, of the same subject,
    with a noun object and no clause of its own (no quote, `рассказал о …`), which ends what the first reported."""
    if quote.cue not in REPORTING_VERBS:
        return None
    second = _AS_WELL_AS_SAID.search(text, quote.start, quote.end)
    if second is None or second.start() - quote.start < 10:
        return None
    if _CLAUSE_SUBJECT_AFTER.match(text, second.end()):
        return None  # `… and added he is ready to …`: a clause of its own, which the rules above read
    if second.group("act") and second.group("act").lower() not in _SECOND_ACTS:
        return None  # `… as well as advanced technologies`: an adjective, no act of the subject
    past = (second.group("cue") or second.group("act")).split()[0].lower().endswith(("ed", "said", "told"))
    return second if past else None


_SECOND_ACTS = frozenset(
    word for verb in (*REPORTING_VERBS, *GREETING_VERBS) if (word := verb.split()[0].lower()).endswith("ed")
)
"""Verbs of saying and greeting in the past (expressed, welcomed, thanked): after `as well as`, the subject's act."""
_CLAUSE_SUBJECT_AFTER = re.compile(rf"(?:{_CLAUSE_SUBJECT}|{_SUBJECT_OPENS})")


_NOUN_AFTER_NAME = re.compile(r"[ \t]+[a-z]")


def _names_before_noun(text: str, quoted: re.Match[str]) -> bool:
    """Whether a short quotation is a name a lower-case noun follows (`…», said X, «Planeta Kino» company’s program
    director`): a name in the sentence's words, no quotation of them."""
    words = text[quoted.start() : quoted.end()].split()
    return len(words) <= _MAX_INNER_NAME_WORDS and _NOUN_AFTER_NAME.match(text, quoted.end()) is not None


def _attributed(text: str, after: re.Match[str], end: int) -> tuple[str, tuple[int, int]]:
    """The verb and the speaker of an attribution after a quotation (``_AFTER`` and its kin): the speaker without
    adverbs (`he simply captioned`), and the holder named after an office that follows the verb (`said the
    Council's Vice President, Mr Song Luzeng`)."""
    group = "1" if after.groupdict().get("cue1") else "2"
    speaker = _without_adverbs(text, after.span(f"speaker{group}"))
    named = _HOLDER_AFTER.match(text, after.end(), end) if group == "1" else None
    if named and _TITLED.search(text, *speaker):
        speaker = named.span("name")
    return after.group(f"cue{group}"), speaker


_MAX_INNER_NAME_WORDS = 5
"""Words a name in quotation marks inside a quotation holds at most (`He founded "Altay Athletics" club`)."""


class _Shifted:
    """A match found in a slice of the text, answering in the text's offsets."""

    def __init__(self, match: re.Match[str], offset: int):
        self.match, self.offset = match, offset

    def start(self, group: int | str = 0) -> int:
        return self.match.start(group) + self.offset

    def end(self, group: int | str = 0) -> int:
        return self.match.end(group) + self.offset

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def group(self, group: int | str = 0) -> str | None:
        return self.match.group(group)


_NAME_IN_MARKS = re.compile(r'(?<=[ \t])"[A-Z0-9][^"\n]{0,40}?"(?=[ \t][A-Z])')
"""A short name in straight marks between a word and the capitalised noun it names (`that "Astana" Football Club`)."""


def _quotations(text: str, start: int, end: int) -> Iterator[re.Match[str] | _Shifted]:
    """The quotations of a paragraph; a short name in straight marks before the noun it names is none and, inside a
    quotation in straight marks, neither closes nor opens one (`As "Daryn" Republican Scientific Practical Center
    informed, …`, `"… we didn't expect that "Astana" Football Club would win", the Mayor said`)."""
    names = list(_NAME_IN_MARKS.finditer(text, start, end))
    marks = [mark.start() for mark in re.finditer('"', text[start:end])] if names else []
    inner = [
        name.span()
        for name in names
        if len(name.group().split())
        <= (_MAX_INNER_NAME_WORDS if bisect.bisect_left(marks, name.start() - start) % 2 else _NAME_WORDS)
    ]
    if not inner:
        yield from _QUOTE.finditer(text, start, end)
        return
    paragraph = list(text[start:end])
    for name_start, name_end in inner:
        paragraph[name_start - start] = paragraph[name_end - 1 - start] = "\u02ba"  # a mark that pairs nothing
    for quoted in _QUOTE.finditer("".join(paragraph)):
        yield _Shifted(quoted, start)


def _last_mark_around_names(text: str, start: int, end: int) -> int | None:
    """The last straight mark of ``start:end`` when a quotation opens at ``start`` and the marks between pair up
    around short capitalised names (`"… the movement "Taliban" make us think …"`) or a translation in brackets
    (`"Rukhani Janghyru" ("spiritual revival")`): where the quotation closes; None when they do not."""
    if not text.startswith('"', start):
        return None
    marks = [start + found.start() for found in re.finditer('"', text[start:end])]
    if len(marks) < 4 or len(marks) % 2:
        return None
    for opening, closing in zip(marks[1:-1:2], marks[2:-1:2], strict=True):
        inner = text[opening + 1 : closing]
        bracketed = text[opening - 1 : opening] == "(" and text[closing + 1 : closing + 2] == ")"
        named = inner[:1].isupper() or inner[:1].isdigit() or bracketed
        titled = _THING_NOUN_BEFORE.search(text, max(start, opening - _THING_NOUN_MOST), opening) is not None
        if not named or (len(inner.split()) > _MAX_INNER_NAME_WORDS and not titled):
            return None  # a title after its noun may be long (`the article "The Course into the Future: …"`)
    return marks[-1]


def _quoted_paragraph(text: str, start: int, end: int) -> tuple[int, int, re.Match[str]] | None:
    """A paragraph that is one quotation in straight marks with names in the same marks inside (`"… He founded
    "Altay Athletics" athletic club there. …," said X.`): from its first mark to the last, which an attribution
    follows. The marks between pair up around short capitalised names only, or a translation in brackets
    (`"Rukhani Janghyru" ("spiritual revival")`); None for anything else (`"A," he said. "B," she said.` is two
    quotations)."""
    start, end = _trim(text, start, end)
    last = _last_mark_around_names(text, start, end)
    if last is None:
        return None
    after = _AFTER.match(text, last + 1, end)
    if after is None and text.startswith(",", last + 1):
        after = _AFTER.match(text, last + 2, end)
    if after is None:
        return None
    content = _trim(text, start + 1, last)
    return content[0], content[1], after


_ANY_MARK = re.compile('["“”«»]')


def _unopened_paragraph(
    text: str, start: int, end: int, previous: tuple[int, int] | None = None
) -> tuple[int, int, re.Match[str]] | None:
    """A paragraph whose one quotation mark closes a quotation, an attribution after it (`For further development …
    cooperation," he added.`): the words from the paragraph's start to the mark are quoted, or from the mark that
    opens the paragraph before and closes nowhere there (a quotation over two paragraphs, `"A sitting … began. ¶
    Heads of … take part," X told.`)."""
    start, end = _trim(text, start, end)
    marks = [mark.start() for mark in _ANY_MARK.finditer(text, start, end)]
    if len(marks) != 1 or text[marks[0]] in "“«" or marks[0] - start < _UNOPENED_LEAST:
        return None
    after = _AFTER.match(text, marks[0] + 1, end)
    if after is None and text.startswith(",", marks[0] + 1):
        after = _AFTER.match(text, marks[0] + 2, end)
    if after is None:
        return None
    opening = _opening_before(text, previous) if previous is not None else None
    if opening is not None:
        start = opening + 1  # a paragraph before opens the quotation and closes it nowhere
    content = _trim(text, start, marks[0])
    return content[0], content[1], after


_UNOPENED_LEAST = 20
"""Characters the words before a lone closing mark need at least (not `5" screen`)."""
_RUN_PARAGRAPHS = 6
"""How many paragraphs back a quotation closed in a later one may have opened (a letter quoted whole)."""
_RUN_CHARS = 4000
"""How many characters back it may have opened: a bound keeps a document of marks alone linear."""


def _opening_before(text: str, previous: tuple[int, int]) -> int | None:
    """The mark opening a quotation that runs on into the paragraph after ``previous``: the nearest paragraph back
    (``previous`` first) with any quotation mark holds one alone, opening it at its start, and the paragraphs
    between hold none (`«Dear veterans … ¶ 77 years have passed … ¶ … This is the biggest victory,» reads the
    letter`)."""
    start, end = previous
    floor = max(0, end - _RUN_CHARS)
    for _ in range(_RUN_PARAGRAPHS):
        start, end = _trim(text, start, end)
        marks = [mark.start() for mark in _ANY_MARK.finditer(text, start, end)]
        if marks:
            return marks[0] if len(marks) == 1 and text[marks[0]] in '"“«' and marks[0] == start else None
        before = start
        while before > floor and text[before - 1].isspace():
            before -= 1
        if before <= floor:
            return None
        start, end = text.rfind("\n", floor, before) + 1 or floor, before
    return None


_DASH_OPENING = re.compile(r"[-–—][ \t]+(?=[\"“«A-Z0-9])")
"""A dash before a paragraph's first word: how text translated from Russian opens someone's words (`- Despite …`)."""


_DASHED_ATTRIBUTION = re.compile(
    rf"(?<=[.,!?…])[ \t]*[–—-][ \t]+(?P<speaker>(?=[A-Z]){_NAME_PART}{{2,100}}?)[ \t]+(?P<cue>{_VERB})"
    rf"(?:[ \t]+{_HOW_SAID}[^.;\"“”«»]{{0,120}})?[.!]?[ \t]*$"
)
"""An attribution after a dash closing a dash paragraph (`… of the State. – E. Dosaev said in a press briefing.`)."""


def _dash_quote(text: str, start: int, end: int, finite_verbs: Sequence[int]) -> QuoteCandidate | None:
    """A paragraph opened by a dash and closed by its attribution (`- A. B, the Head of State said.`): one direct
    quote of every sentence before it, as Russian writes `— A, — сказал он` and its translation keeps the first dash
    only. An item of a dash-led list ends with no attribution and is no quote."""
    start, end = _trim(text, start, end)
    opening = _DASH_OPENING.match(text, start, end)
    closing = _DASHED_ATTRIBUTION.search(text, max(start, end - 200), end) if opening is not None else None
    if opening is not None and closing is not None and closing.start() - opening.end() >= 15:
        # `- A. B. – E. Dosaev said in a press briefing.`: the attribution after a dash, as Russian writes it
        speaker = _trim(text, *closing.span("speaker"))
        content = _trim(text, opening.end(), closing.start(), " \t,")
        return QuoteCandidate(*content, "direct", closing.group("cue"), *speaker, 0.8)
    framed = _frame(text, opening.end(), end, finite_verbs) if opening is not None else None
    if opening is None or framed is None:
        return None
    quote, _ = framed
    if quote.start != opening.end() or quote.speaker_start is None or quote.speaker_start < quote.end:
        return None  # not words closed by a trailing attribution (`- According to X, …`)
    return QuoteCandidate(quote.start, quote.end, "direct", quote.cue, quote.speaker_start, quote.speaker_end, 0.8)


_ATTRIBUTION_VERB = re.compile(rf"[ \t]+(?:{_VERB})(?:[ \t]+(?:{alternatives(TIME_WORDS)})(?=,))?")
"""The verb right after a trailing speaker (`…, X said`, `…, X said Friday`), before what the speaker added."""
_PARTICIPLE_OPENING = re.compile(rf"(?P<cue>{alternatives(ADDING_VERBS, any_case=True)})[ \t]+that[ \t]+")
"""`Noting that …, X stated that …`: a participle's clause opening the sentence is the speaker's words too."""


def _trailing_speaker(text: str, start: int, stop: int, reach: int) -> re.Match[str] | None:
    """A speaker and verb of saying closing ``start:stop`` within ``reach`` characters of its end, a name with what
    he is set off before or after it first (`…, the head of …, X, said`, `…, X, the head of …, said`), else any
    (`…, the minister said`)."""
    floor = max(start, stop - reach)
    return (
        _TRAILING_TITLE_FIRST.search(text, floor, stop)
        or _TRAILING_APPOSED.search(text, floor, stop)
        or _TRAILING.search(text, floor, stop)
        or _TRAILING_NAME_COMMA.search(text, floor, stop)
    )


def _adding_participle(text: str, start: int, stop: int) -> re.Match[str] | None:
    """A participle of saying that carries more of the speaker's words (`, adding that …`, `, noting this is …`)."""
    return _PARTICIPLE_THAT.search(text, start, stop) or _ADDING_CLAUSE.search(text, start, stop)


def _participle_openings(
    text: str, sentences: list[tuple[int, int]], found: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """The clause of a participle opening a sentence whose reported speech has a speaker (`Noting that the talks
    have been fruitful, the Minister stated that …`): the same speaker's words, up to the comma before them; in a
    sentence that reports no words, the subject after the clause says them (`Noting that …, he invited …`)."""
    extra = []
    for quote in found:
        if quote.kind != "indirect" or quote.speaker_start is None:
            continue
        opened_at = next((s for s, e in sentences if s <= quote.speaker_start < e), None)
        opening = _PARTICIPLE_OPENING.match(text, opened_at) if opened_at is not None else None
        if opening is None or opening.end() > quote.speaker_start:
            continue
        comma = text.rfind(",", opening.end(), quote.speaker_start)
        if comma - opening.end() >= 10 and not text[comma : quote.speaker_start].strip(" ,\t"):
            cue = opening.group("cue").lower()
            speaker = (quote.speaker_start, quote.speaker_end)
            extra.append(QuoteCandidate(opening.end(), comma, "indirect", cue, *speaker, 0.7))
    taken = sorted((quote.start, quote.end) for quote in found + extra)
    taken_starts = [start for start, _ in taken]
    ends_so_far = list(itertools.accumulate((end for _, end in taken), max))
    for start, end in sentences:
        opening = _PARTICIPLE_OPENING.match(text, start, end)
        before = bisect.bisect_left(taken_starts, end)  # the quotes starting before the sentence ends
        if opening is None or (before and ends_so_far[before - 1] > start):
            continue
        # the last subject and verb after a comma: the main clause's, not one inside the participle's own clause
        subject = next(reversed(list(_SUBJECT_AFTER_OPENING.finditer(text, opening.end() + 10, end))), None)
        if subject is not None:
            speaker = (subject.start("speaker"), subject.end("speaker"))
            extra.append(
                QuoteCandidate(opening.end(), subject.start(), "indirect", opening.group("cue").lower(), *speaker, 0.7)
            )
    return extra


_SUBJECT_AFTER_OPENING = re.compile(
    r",[ \t]+(?P<speaker>he|she|they"
    rf"|(?:the[ \t]+)?(?:{_ABBREVIATION}[ \t]*)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,4}})"
    rf"[ \t]+(?:also[ \t]+)?(?:[a-z]{{3,}}ed|{alternatives(PAST_FORMS)})\b"
)
"""`Noting that …, Mr Shukeev invited …`: where a participle's clause opening a sentence ends, its subject (a pronoun
or capitalised words, a title's abbreviation first) and a verb in the past: the participle's words are the subject's
though the sentence reports none."""


_FIRST_CLAUSE = re.compile(
    rf"[ \t]+(?:also[ \t]+)?(?P<cue>{alternatives(CLAUSE_VERBS)})[ \t]+(?!that\b)"
    rf"(?P<clause>(?:{_SUBJECT}|{_NAME_PHRASE})[^.;:\"“”«»]*?),?{_AND_ALSO}(?:{_VERB})[ \t]+that[ \t]+"
)
"""Between a subject and the clause of its second verb of saying: a first verb that reports a clause without `that`
(`He also said Matviyenko is planning to visit Kazakhstan and noted that …`)."""


def _participles_after(
    text: str, found: list[QuoteCandidate], sentences: list[tuple[int, int]]
) -> list[QuoteCandidate]:
    """A report that goes on with a participle of saying (`The President emphasized that A, noting that B.`,
    `A, X said, adding that B.`) or a second verb of saying (`X added that A and expressed hope that B`) is two
    quotes of one speaker: the report is cut before the participle's comma or the `and`, B is added."""
    extra = []
    for quote in found:
        if quote.kind != "indirect" or quote.speaker_start is None or quote.speaker_end is None:
            continue
        if quote.speaker_start > quote.end:  # `A, X said, adding that B.`: the participle after the attribution
            attribution = _ATTRIBUTION_VERB.match(text, quote.speaker_end)
            after = attribution.end() if attribution else quote.speaker_end  # `A, said X, adding that B.` too
            participle = _PARTICIPLE_THAT.match(text, after) or _ADDING_CLAUSE.match(text, after)
            stop = next((e for s, e in sentences if s <= quote.speaker_end < e), None)
            if participle and stop is not None and stop - participle.end() >= 10:
                cue, speaker = participle.group("cue"), (quote.speaker_start, quote.speaker_end)
                extra.append(
                    QuoteCandidate(
                        participle.end(), _content_end(text, participle.end(), stop), "indirect", cue, *speaker, 0.7
                    )
                )
            continue
        first = _FIRST_CLAUSE.fullmatch(text, quote.speaker_end, quote.start)
        if first is not None and first.end("clause") - first.start("clause") >= 10:
            # `He also said A and noted that B`: A is the subject's first report, B the second
            speaker = (quote.speaker_start, quote.speaker_end)
            extra.append(QuoteCandidate(*first.span("clause"), "indirect", first.group("cue"), *speaker, 0.7))
        participle = (
            _PARTICIPLE_THAT.search(text, quote.start, quote.end)
            or _ADDING_CLAUSE.search(text, quote.start, quote.end)
            or _second_verb(text, quote)
        )
        if participle is None and (second := _second_verb_with_object(text, quote)) is not None:
            # `X said that A as well as expressed commitment to B`: the subject's second act, no more of A
            quote.end = _trim(text, quote.start, second.start(), " \t,")[1]
            continue
        if participle is None or participle.start() - quote.start < 10 or quote.end - participle.end() < 10:
            continue
        cue, speaker = participle.group("cue"), (quote.speaker_start, quote.speaker_end)
        extra.append(QuoteCandidate(participle.end(), quote.end, "indirect", cue, *speaker, 0.7))
        quote.end = _trim(text, quote.start, participle.start(), " \t,")[1]  # `A, and also stressed that B`: no comma
    return extra


_OPENING_MARKS = ("“", "«")
"""Marks that only open a quotation (a straight mark may open or close one)."""


def _unclosed_quotation(text: str, start: int, end: int, sentences: Sequence[tuple[int, int]]) -> QuoteCandidate | None:
    """`She noted: “The country's museums boast …` with no closing mark before the paragraph ends: a quotation that
    goes on into the next paragraph, as English prints one (marks open each paragraph and close only the last),
    quoted to this paragraph's end; only after a verb of saying and its colon, where nothing else can follow."""
    opening = max(text.rfind(mark, start, end) for mark in _OPENING_MARKS)
    if opening < 0 or _CLOSING_MARK.search(text, opening + 1, end):
        return None
    opened_at = next((s for s, e in sentences if s <= opening < e), start)
    before = _BEFORE_COLON.search(text, opened_at, opening)
    content = _trim(text, opening + 1, end)
    if before is None or before.group("speaker") is None or len(text[slice(*content)].split()) < _QUOTATION_WORDS:
        return None
    return QuoteCandidate(*content, "direct", ":", *before.span("speaker"), 0.75)


_CLOSING_MARK = re.compile("[”»]")
_ENDS_WITH_THAT = re.compile(r"(?<![\w'’-])that$")


def _reported_then_quoted(
    text: str,
    opened_at: int,
    quotation_at: int,
    quotation: tuple[int, int],
    finite_verbs: Sequence[int],
    sentences: Sequence[tuple[int, int]] = (),
) -> list[QuoteCandidate]:
    """`X highlighted that both sides aim at …, «including the implementation of …»`: a sentence that reports
    speech and goes on in the speaker's own words is two quotes, the reported clause and the quotation; a
    quotation right after `that` (`X noted that «…»`) is one quote, the speaker's words."""
    lead_in = text[opened_at:quotation_at].rstrip()
    if _ENDS_WITH_THAT.search(lead_in):  # `X noted that «new facilities are being opened.»`: X's own words
        sentence_end = next((e for s, e in sentences if s <= quotation_at < e), quotation[1] + 1)
        if (last := _last_mark_around_names(text, quotation_at, sentence_end)) is not None:
            quotation = _trim(text, quotation_at + 1, last)  # `"… the movement "Taliban" make us think …"`
        framed = _frame(text, opened_at, min(len(text), quotation[1] + 1), finite_verbs)
        if framed is None or framed[0].speaker_start is None or framed[0].start > quotation[0]:
            return []
        reported = framed[0]
        return [QuoteCandidate(*quotation, "direct", reported.cue, reported.speaker_start, reported.speaker_end, 0.8)]
    if not lead_in.endswith(","):
        return []
    framed = _frame(text, opened_at, opened_at + len(lead_in) - 1, finite_verbs)
    if framed is None or framed[0].speaker_start is None or framed[0].end - framed[0].start < 10:
        return []
    reported = framed[0]
    words = QuoteCandidate(*quotation, "direct", reported.cue, reported.speaker_start, reported.speaker_end, 0.75)
    return [reported, words]


_STATEMENT = re.compile(
    rf"(?:the|his|her|their|this)[ \t]+(?:[\w-]+[ \t]+)?{alternatives(STATEMENT_NOUNS)}", re.IGNORECASE
)
"""A written statement with no author in the phrase (the post, the presidential telegram): its author speaks."""
_STATEMENT_FROM = re.compile(
    rf"(?:an?|the|this)[ \t]+(?:[\w-]+[ \t]+)?{alternatives(STATEMENT_NOUNS)}[ \t]+(?:from|of|by)[ \t]+", re.IGNORECASE
)
"""A written statement before its author (`an official statement from the Federation reads`): the author speaks."""
_OWNED_STATEMENT = re.compile(rf"{_OWNER_FIRST}{alternatives(STATEMENT_NOUNS)}", re.IGNORECASE)
"""A written statement after its author (`the ministry's statement reads`, `the company's press release says`): the
author speaks, as the owner of data does (``_OWNED_DATA``)."""


def _written(text: str, start: int, end: int) -> bool:
    """Whether a speaker phrase is a written statement or a medium (the post, the Instagram account of X): such
    a subject `reads`, a verb that otherwise only closes a quotation."""
    return bool(
        _STATEMENT.fullmatch(text, start, end)
        or _MEDIUM_OF.match(text, start, end)
        or ((owned := _STATEMENT_FROM.match(text, start, end)) is not None and owned.end() < end)
        or _OWNED_STATEMENT.fullmatch(text, start, end) is not None
    )


_OUTLET_KIND_AFTER = re.compile(rf"[ \t]+(?:{alternatives(OUTLET_KINDS)})$")
"""The kind of medium written after an outlet's name (`Egemen Qazaqstan newspaper`; ``data/outlet_kinds.tsv``)."""
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*$")
_MEDIUM_OF = re.compile(
    rf"(?:the[ \t]+)?(?:official[ \t]+)?(?:{SOCIAL_NETWORKS})[ \t]+(?:channel|page|account)[ \t]+of[ \t]+",
    re.IGNORECASE,
)


def _agrees(text: str, quote: QuoteCandidate) -> bool:
    """A verb that agrees with a plural subject only (Experts believe that …) has one: a speaker whose last
    word is a plural noun, not `I would` (say) or `Please` (note); nor `They say`, hearsay that names no
    source (and `they` would be read as the last person named)."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return True
    speaker = text[quote.speaker_start : quote.speaker_end]
    if quote.cue.lower() in SINGULAR_VERBS and quote.cue.lower() in text[quote.end : quote.speaker_start].lower():
        return True  # `…, claims Tourism and Sports Minister X`: the verb before its subject is a verb
    if quote.cue.lower() in SINGULAR_VERBS:  # `…, the report states.`, not `…, Kazakhstan and other states.`
        # `and` may join the fields of one body before its head (the Astana culture and sport department reports)
        one_body = speaker.lower().rsplit(" ", 1)[-1] in BODY_HEAD_WORDS  # one body, whatever `and` joins before it
        return bool(_ONE_SOURCE.match(speaker)) and (" and " not in speaker or one_body)
    if quote.cue.lower() not in PLURAL_VERBS:
        return True
    words = speaker.lower().split()
    return bool(words) and words[-1].endswith("s") and not words[-1].endswith(("'s", "’s"))


_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|be|being)$")
"""`…, the ambassador was recalled.`: a verb in the passive reports nothing."""
_BE_INSIDE = re.compile(r"\b(?:was|were|is|are|been)\b")
"""A form of `be` inside a trailing speaker: a clause of its own (`the Head of State was presented with reports
on …`), where `reports` is a noun."""
_AS_BEFORE = re.compile(r"as[ \t]+")
_CLAUSE_OPENER = re.compile(r"(?:and|but|or|while|which|who|to)\b")
"""A trailing clause that opens so continues the sentence (`…, and wrote reports.`, `…, to impose sanctions and
get the public informed.`); no source follows."""
_ONE_SOURCE = re.compile(r"[A-Z]|(?:the|its|his|her|their|a|an)\s")
"""How a named source begins: a capital, or a determiner before a noun (the report, its press service)."""


def _self_reference(text: str, quote: QuoteCandidate) -> bool:
    """`Earlier, Kazinform reported that …`, `As (Kazinform) previously reported, …`: the agency pointing back to
    its own story."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    words = text[quote.speaker_start : quote.speaker_end].lower().replace(",", " ").split()
    speaker = " ".join(word for word in words if word not in _BACK_REFERENCE_WORDS)
    speaker = re.sub(r"^(?:the|a) ", "", speaker)
    if _OWN_CORRESPONDENT.match(speaker):
        return True  # `…, Kazinform correspondent in China reports.`: the agency's own reporter
    if speaker == "it" and _PASSIVE_AFTER_IT.match(text, quote.speaker_end):
        return True  # `Earlier it was reported that …`: nobody's words but the agency's earlier story
    return not speaker or speaker in SELF_REFERENCES  # `As previously reported,`: nobody but the agency


_POINTING_BACK = re.compile(r"\b(?:earlier|previously|already)\b", re.IGNORECASE)
"""A time word after an impersonal passive that points back to an earlier story (`It was reported earlier that`)."""
_PASSIVE_AFTER_IT = re.compile(r"[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+")
"""The passive after an impersonal `it` (`it was reported that`), unlike `It said that …` of a body named before."""
_OWN_CORRESPONDENT = re.compile(
    rf"(?:{'|'.join(re.escape(name) for name in sorted(SELF_REFERENCES, key=len, reverse=True))})(?:['’]s)?"
    r" (?:own )?correspondents?\b"
)
"""The agency's reporter wherever posted (`Kazinform correspondent in China`, `Kazinform's correspondent`)."""


_BACK_REFERENCE_WORDS = frozenset({"earlier", "previously", "already", "as"})
"""Words around the agency pointing back to its own story (As Kazinform previously reported)."""


_PRESS_SOURCE = re.compile(
    rf",[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*(?:['’]s)?[ \t]+){{0,3}}"
    rf"(?:{alternatives(tuple(head for head in BODY_HEADS if head.startswith('press ')))})"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][^,.;\"“”«»]{{0,60}}?)?[ \t]+(?:{_VERB}|report)[.!]?[ \t]*$"
)
"""`…, the Akorda press service reports.` closing a sentence whose speaker is named before the words: the source
of the news, no part of what was said (`Tokayev noted that Kazakhstan continues …, the Akorda press service
report.`); with no speaker before, it attributes the words (`The road will be repaired, the press service informs.`)."""


_RELAYED = re.compile(
    rf"[ \t](?:{_VERB})"
    r"(?P<relay>,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+(?:reports|reported|writes|wrote)"
    r"[ \t]*[.!]?[ \t]*)$"
)
"""`…, he said, Bloomberg reports.`, `…, X, the head of …, said, Trend.az reports.`: an outlet relaying what the
speaker said, right after his verb."""


def _content_end(text: str, start: int, end: int) -> int:
    """A sentence's end without trailing agency sourcing (…, Kazinform has learned from BaigeNews.kz.; …, he said,
    Bloomberg reports.) or an order given after the words (… and tasked to ensure …)."""
    sourcing = _AGENCY.search(text, max(start, end - 160), end) or _LEARNED_BY.search(text, max(start, end - 160), end)
    relayed = _RELAYED.search(text, max(start, end - 160), end) if sourcing is None else None
    end = sourcing.start() if sourcing else relayed.start("relay") if relayed else end
    directive = _AND_DIRECTIVE.search(text, start, end)
    return _trim(text, start, directive.start() if directive else end)[1]


def _without_acting(text: str, frame: tuple[QuoteCandidate, str] | None) -> tuple[QuoteCandidate, str] | None:
    """A frame whose reported words end where the speaker goes on to act (`… in Kazakhstan and highlighted the key
    role …`): what follows in the sentence is told by the article. Only where the speaker comes before the words: in
    a trailing attribution the words have a subject of their own, whose acts they report."""
    if frame is None:
        return None
    candidate, scope = frame
    if candidate.speaker_start is None or candidate.speaker_start > candidate.start:
        return frame  # `A visited … and congratulated …, the press service reports`: A acts, told by the source
    acting = _AND_ACTING.search(text, candidate.start, candidate.end)
    if acting is None:
        return frame
    end = _trim(text, candidate.start, acting.start())[1]
    return (dataclasses.replace(candidate, end=end), scope) if end > candidate.start else None


def _reported(
    text: str,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    finite_verbs: Sequence[int] = (),
    previous: tuple[int, int] | None = None,
) -> list[QuoteCandidate]:
    """Reported speech sentence by sentence, none inside ``quoted``; `According to X,` runs on to the end of the
    paragraph; ``previous`` is the paragraph before (`This was stated by X.` on its own points back to it)."""
    return scoped_quotes(
        text,
        sentences,
        quoted,
        lambda s, e: _without_acting(text, _frame(text, s, e, finite_verbs)),
        lambda s, e: _content_end(text, s, e),
        lambda s, e: _ends_a_run(text, *_trim(text, s, e)),
        previous,
        lambda s, e: _CONTINUATION.match(text, s, e) is not None,
    )


_CONTINUATION = re.compile(rf"(?:{alternatives(CONTINUATIONS)})[ \t,]")
"""A sentence opening that carries the sentence before on (``data/continuations.tsv``)."""


def _ends_a_run(text: str, start: int, end: int) -> bool:
    """A sentence that ends a source's run: someone else acts (`The President gave …`) or the subject reports
    anew (`He also reported to the Head of State on …`)."""
    return bool(
        _TITLED_SUBJECT.match(text, start, end)
        or _SAYING_AGAIN.match(text, start, end)
        or _NAMED_AGAIN.match(text, start, end)
    )


_NAMED_AGAIN = re.compile(
    r"(?:[A-Z][\w ]{0,30},[ \t]+)?(?:Mr|Mrs|Ms|Dr)\.?[ \t]+[A-Z][\w'’-]+[ \t]+(?:also[ \t]+)?[a-z]+ed\b"
)
"""`In conclusion, Mr. Kulagin wished …` after `According to the governor, …`: the article tells what he did."""
_SAYING_AGAIN = re.compile(rf"(?:He|She|They)[ \t]+(?:also[ \t]+)?(?:{_VERB})\b")
"""`He also reported to the Head of State on …` after `According to X, …`: a new report, whatever its form."""
_HEAD_TITLES = tuple(title for title in PERSON_TITLES if title not in TITLE_MODIFIERS)
"""Titles that name someone on their own (not First, Senior, Acting)."""
_TITLED_SUBJECT = re.compile(
    rf"The[ \t]+(?:{alternatives(TITLE_MODIFIERS, any_case=True)}[ \t]+)*"
    rf"(?:{alternatives(_HEAD_TITLES, any_case=True)})\b(?![^,.;:]{{0,60}}?[ \t](?:was|were)[ \t])"
    rf"|[A-Z][\w-]*[ \t]+(?:{alternatives(_HEAD_TITLES, any_case=True)})[ \t]+(?:also[ \t]+)?(?:[a-z]+ed|{_VERB})\b"
)
"""`The President gave an instruction …`, `Almaty mayor also informed …` after `According to X, …`: someone else
acts, told by the article; `The first Director of the theatre was …` describes, and the source goes on."""


_OBJECT_OPENING = re.compile(r"[ \t]+(?:the|a|an|this|these|those|its|their)[ \t]", re.IGNORECASE)
_TOPIC_OPENING = re.compile(r"[ \t]+(?:of|about)[ \t]", re.IGNORECASE)
"""A verb of saying's topic right after it (`reminded of the increased number of accidents that occurred …`): a
relative `that` follows its noun."""


def _that_late(text: str, start: int, end: int) -> re.Match[str] | None:
    """`X said on Friday that …`, `X told the journalists that …`; not `X noted the projects that are …`, where
    `that` opens a relative clause after the verb's object (only a verb that takes whom it tells has one)."""
    late = _THAT_LATE.search(text, start, end)
    if late is None or not late.group("gap"):
        return late
    if _EXPLETIVE_GAP.match(late.group("gap")):
        return None  # `said it is quite symbolic that …`: the clause begins at `it`, `that` is inside it
    if _TOPIC_OPENING.match(late.group("gap")):
        return None  # `reminded of the number of accidents that occurred …`: what was talked of, no report
    if late.group("cue").lower() in ADDRESSEE_VERBS:  # `informed the President on the projects that are …`: a topic
        return None if _TOPIC_AFTER_ADDRESSEE.search(late.group("gap")) else late
    if _COMPLEMENT_OBJECT.fullmatch(late.group("gap")):
        return late
    return None if _OBJECT_OPENING.match(late.group("gap")) else late


_EXPLETIVE_GAP = re.compile(r"[ \t]+(?:it|this)[ \t]+(?:is|was|will[ \t]+be|would[ \t]+be|has[ \t]+been)\b")
"""`said it is symbolic that …`: a clause of its own after the verb, its `that` no report's."""
_COMPLEMENT_OBJECT = re.compile(rf"[ \t]+the[ \t]+(?:{alternatives(COMPLEMENT_NOUNS)})")
"""`did not rule out the possibility that …`: a noun whose `that` opens what is held true
(``data/complement_nouns.tsv``)."""


_TOPIC_AFTER_ADDRESSEE = re.compile(
    rf"\b(?:on|about|regarding|concerning)\b(?![ \t]+(?:{alternatives(TIME_WORDS, any_case=True)}|\d)\b)"
)
"""A preposition after whom something was told opens its topic, whose noun a relative `that` may follow."""


_VERB_OF_SAYING = re.compile(
    rf"{_SPEAKER_BEFORE}[ \t]+(?P<cue>{_INDIRECT_VERB})(?:[ \t]+{alternatives(SAYING_DAYS)})?[ \t]+(?=[\w])"
)
"""A verb of saying, and the day it was said if one follows (`said Tuesday KEGOC has …`): the clause after it."""
_NO_CLAUSE_OPENERS = frozenset(OBJECT_OPENERS)
"""Words after a verb of saying that open its object or a phrase, not a clause (``data/object_openers.tsv``)."""
_NOUN_OBJECT = re.compile(
    rf"[ \t]*the[ \t]+(?:[a-z-]+[ \t]+)?(?:{alternatives(OBJECT_NOUNS)})[ \t]+(?:of|for)\b", re.IGNORECASE
)
"""`the (urgent) need for`, `the results of`: a noun object, a noun with its complement (``object_nouns.tsv``)."""
_ABOUT_A_NUMBER = re.compile(r"(?:over|about|around|nearly|almost|some|up[ \t]+to|more[ \t]+than)[ \t]+[0-9]")
"""`said over 30,000 schoolchildren attend …`: a count opening the clause's subject, not the verb's object."""
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are)[ \t]+$", re.IGNORECASE)
_SECOND_VERB = re.compile(r"\b(?:and|or|but)(?:[ \t]+[a-z]+ly)?[ \t]+$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|if|whether|what|about)\b", re.IGNORECASE)
"""Words before a finite verb that make it no reported clause's: a relative clause, or what one informed about."""
_CLAUSE_STOP = re.compile(r"[;:(]|,(?![0-9]{3})")
"""Where a clause's first part ends: not at the comma of a number (`30,000 schoolchildren attend`)."""
_LIST_ITEM = re.compile(
    r",[ \t]+(?:and[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}|[\w'’-]+(?:[ \t]+[\w'’-]+){0,3}(?=,|[ \t]+and[ \t]))"
)
"""An item of a list inside a subject (`all government agencies, akimats and quasi-public sector need …`): the
clause goes on after it."""
_ASIDE = re.compile(
    r",[ \t]+(?:including|such as|in particular|among them|except(?:[ \t]+for)?|excluding|apart[ \t]+from"
    r"|other[ \t]+than|with[ \t]+the[ \t]+exception[ \t]+of)\b[^,;:()\"“”«»]{1,120},"
)
"""An aside set off by commas inside a subject (`a package of projects, including a large complex, is …`, `the
situation, except for the coronavirus infection, is stable`): the clause goes on after it."""


def _first_word(text: str, position: int) -> str:
    """The lower-case word that starts at ``position`` (what follows a verb of saying), after a word of time
    (`revealed Wednesday how …`: how)."""
    when = _TIME_AT.match(text, position)
    word = _WORD_AT.match(text, when.end() if when else position)
    return word.group().lower() if word else ""


_WORD_AT = re.compile(r"[\w'’-]+")
_TIME_AT = re.compile(rf"(?:{alternatives(TIME_WORDS, any_case=True)})[ \t]+(?=[a-z])")


def _talks_about(text: str, start: int, end: int, finite_verbs: Sequence[int]) -> bool:
    """Whether a verb of talking about or naming things (``talking_verbs.tsv``) stands between ``start`` and ``end``
    where the tagger read a finite verb (`The names of the winners`: a noun); any such word without the tagger."""
    for verb in _TALKING_VERB.finditer(text, start, end):
        at = bisect.bisect_left(finite_verbs, verb.start())
        if not finite_verbs or (at < len(finite_verbs) and finite_verbs[at] == verb.start()):
            return True
    return False


def _holds_finite_verb(finite_verbs: Sequence[int], start: int, end: int) -> bool:
    """Whether the tagger read a finite verb between ``start`` and ``end`` (an empty span holds none)."""
    at = bisect.bisect_left(finite_verbs, start)
    return start < end and at < len(finite_verbs) and finite_verbs[at] < end


def _clause_by_its_verb(text: str, start: int, end: int, finite_verbs: Sequence[int]) -> re.Match[str] | None:
    """`He stressed despite challenges the countries have …`, `The Kazakh Minister said strengthening of … remains
    a priority`: a clause reported without `that`, told by a finite verb the tagger read after a subject, before
    any comma and with no relative word between (`stressed the importance of the projects launched` has none;
    `noted the projects that are …` is a relative clause)."""
    if not finite_verbs:
        return None
    said = _VERB_OF_SAYING.search(text, start, end)
    if (
        said is None
        or said.group("cue").lower() in ADDRESSEE_VERBS  # `informed the President about …`: whom and what about
        or _PASSIVE_BEFORE.search(text, said.start("speaker"), said.start("cue"))  # `details were added since …`
        or (_first_word(text, said.end()) in _NO_CLAUSE_OPENERS and not _ABOUT_A_NUMBER.match(text, said.end()))
        or _NOUN_OBJECT.match(text, said.end(), end)  # `emphasized the results of the program carried out in …`
        or _PRONOUN_OBJECT.match(text, said.end(), end)  # `X said it at the forum held in …`: what was said before
    ):
        return None
    comma = _CLAUSE_STOP.search(text, said.end(), end)
    while comma and (aside := _ASIDE.match(text, comma.start(), end) or _LIST_ITEM.match(text, comma.start(), end)):
        comma = _CLAUSE_STOP.search(text, aside.end(), end)  # `a package of projects, including …, is`; `A, B and C`
    clause_end = comma.start() if comma else end
    first_word_end = text.find(" ", said.end(), clause_end)
    at = bisect.bisect_right(finite_verbs, first_word_end if first_word_end != -1 else clause_end)
    names = [match.span() for match in _QUOTED_WORDS.finditer(text, said.end(), clause_end)]
    while at < len(finite_verbs) and (
        any(a < finite_verbs[at] < b for a, b in names) or _BY_AFTER_WORD.match(text, finite_verbs[at])
    ):  # `… as part of the ‘Strong regions are the driver …’ project`: a verb inside a quoted name; `the delegation
        at += 1  # led by X`: a participle before its agent, no clause's verb
    verb = finite_verbs[at] if at < len(finite_verbs) else end
    if verb >= clause_end or _RELATIVE.search(text, said.end(), verb) or _SECOND_VERB.search(text, said.end(), verb):
        return None  # `stressed the growing population and noted …`: the subject's second verb, no clause
    return said


_PRONOUN_OBJECT = re.compile(rf"(?:it|this)[ \t]+{_WHERE_SAID}", re.IGNORECASE)
"""`said it at …`, `noted this during …`: the verb's object is the words before it, where it was said follows."""
_BY_AFTER_WORD = re.compile(r"[\w'’-]+[ \t]+by\b(?![ \t]+(?:[0-9]|nearly|almost|about|over|more|less|some|half)\b)")
"""A verb form with `by` after it: a participle before its agent (`the delegation led by the Chairman`), not a verb
with how much after `by` (`GDP grew by 4.4%`)."""
_QUOTED_WORDS = re.compile(_QUOTED_NAME)


def _clause_without_that(text: str, start: int, end: int, finite_verbs: Sequence[int]) -> re.Match[str] | None:
    """A verb of saying and the clause it reports without `that`, not a noun object with a relative clause."""
    said = (
        _CLAUSE_AFTER.search(text, start, end)
        or _SAID_CLAUSE.search(text, start, end)
        or _clause_by_its_verb(text, start, end, finite_verbs)
    )
    if said is None or _RELATIVE_OBJECT.match(text, said.end(), end):
        return None
    if _DETERMINER_ALONE.fullmatch(said.group("speaker").strip()):
        return None  # `The said works are to be completed …`: `said` after a determiner means "that one", no verb
    return said


_INSERTED_ATTRIBUTION = re.compile(
    rf",[ \t]+(?P<speaker>{_SHORT_SPEAKER})[ \t]+(?P<cue>{_INDIRECT_VERB}),"
    r"[ \t]+(?=[a-z])(?![a-z]+ing\b)"
)
"""`Kazakhstani farmers, Shukeyev stressed, have already harvested …`: the speaker and the verb set off by commas
inside the sentence they report, which goes on after them (not `A, X said, adding that B`: two quotes)."""


def _source_set_off_before(text: str, start: int, position: int) -> tuple[str, int, int] | None:
    """The cue and speaker of a source set off by commas right before ``position`` inside a sentence (`…, in his
    words, «…»`, `…, according to the minister, "…"`): the one whose words the quotation marks there hold."""
    words = _WORDS_INSIDE.search(text, start, position + 1)
    if words is not None and words.end() == position:
        return "in his words", *words.span("pronoun")
    opening = _INSERTED_OPENING.search(text, start, position + 1)
    if opening is not None and opening.end() == position and not _names_a_rule(opening.group("speaker")):
        return opening.group("phrase").lower(), *_trim(text, *opening.span("speaker"))
    return None


_INSERTED_OPENING = re.compile(
    rf",[ \t]+(?P<phrase>{alternatives(tuple(SOURCE_OPENINGS))})[ \t]+(?P<speaker>[^,\"“«]{{1,120}}?),[ \t]*(?=\S)"
)
"""`This initiative, according to Minister X, will cover …`: a source set off by commas inside its sentence."""


_CIRCUMSTANCE_PHRASE = re.compile(
    rf"(?:{_ADVERBS}|{alternatives(TIME_WORDS, any_case=True)}"
    rf"|(?i:{_CIRCUMSTANCE}|as part of|within|under|thanks to|due to|despite)[ \t][^,]{{1,60}})"
)
"""A linking word or where, when or within what, set off by a comma before a source (`Also, in 2018, according to
him, …`, `This year, according to him, …`, `As part of the national project, according to X, …`)."""


def _only_circumstances(text: str, start: int, end: int) -> bool:
    """Whether the words before an inserted source are only linking words and circumstances, no subject: what the
    source said starts after it (`Also, in 2018, according to him, Kazinform will …`)."""
    parts = [part.strip() for part in text[start:end].split(",") if part.strip()]
    return bool(parts) and all(_CIRCUMSTANCE_PHRASE.fullmatch(part) for part in parts)


def _opening(text: str, start: int, end: int) -> re.Match[str] | None:
    """A source opening at a sentence's start, maybe after a linking word (`Besides, according to X, …`)."""
    linking = _ADVERB_BEFORE.match(text, start, end)
    at = linking.end() if linking and "," in linking.group() else start
    return (
        _OPENING_TITLE_NAME.match(text, at, end)
        or _OPENING_FIELDS.match(text, at, end)
        or _OPENING.match(text, at, end)
        or _OPENING_PRONOUN.match(text, at, end)
    )


def _names_a_rule(source: str) -> bool:
    """Whether a source opening names a rule or an order (the instruction of X, the law), or data alone (records,
    preliminary data), not a speaker."""
    written = source.split()
    while written and written[0].lower() in ("the", "a", "an", "this", "that", "his", "her", "their", "its"):
        written = written[1:]
    words = [word.lower() for word in written]
    if bool(words) and words[0] in RULE_SOURCES:
        return True
    # `According to (preliminary) records, …`: data alone, no one's words; `data of the bureau`, `the Ministry's
    # data` name its owner
    owned = "of" in words or any(word.endswith(("'s", "’s")) for word in words)
    return bool(words) and words[-1] in DATA_SOURCES and not owned and all(word.islower() for word in written)


_PUBLISHED_ASIDE = re.compile(rf"(?:{_PUBLISHED})[ \t]+(?:on|in|by)[ \t]+[^,.;\"“”«»]{{1,60}},[ \t]*")
"""Where the source's words appeared, set off by commas after it (`published on its website,`): no words of its own."""


def _after_roles(text: str, speaker: tuple[int, int], content: int, stop: int, finite_verbs: Sequence[int]) -> int:
    """Where a named source's words begin after the offices set off by commas after it (`According to X, candidate
    of historical sciences, senior lecturer, …`, `As X earlier said, chair of the judicial board …, the draft law …`);
    a phrase with a finite verb is already what was said (`According to X, the first stage … has been completed, …`)."""
    if published := _PUBLISHED_ASIDE.match(text, content, stop):
        return published.end()  # `According to the Department of Culture, published on its website, …`
    if not text[speaker[0]].isupper():
        return content
    for _ in range(_MOST_ROLES):
        role = _ROLE_AFTER_NAME.match(text, content, stop)
        if role is None or stop - role.end() < 10 or _holds_finite_verb(finite_verbs, *role.span()):
            break
        content = role.end()
    return content


def _reports_a_clause(frame: re.Match[str] | None, stop: int, finite_verbs: Sequence[int]) -> bool:
    """Whether what follows a speaker's verb up to ``stop`` is a reported clause: after `that`, or holding a finite
    verb (not `X, Special Representative of …, noted the importance of …`, an object); without the tagger's verbs,
    taken as one."""
    if frame is None:
        return False
    return (
        not finite_verbs
        or frame.group().rstrip().endswith("that")
        or _holds_finite_verb(finite_verbs, frame.end(), stop)
    )


_INNER_INVERTED = re.compile(
    rf",[ \t]+(?P<cue>{alternatives(INVERTED_VERBS)})[ \t]+(?P<speaker>[^,;\"“”«»\n]{{2,200}}?)[ \t]*$"
)
"""An inverted attribution closing the words a second trailing attribution passes on (`A, said X during …`)."""
_UNDATED_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]{2,}(?:[ \t][A-Z][A-Z'’.-]+)?(?:[ \t]*\([A-Za-z]{2,12}\))?[ \t]+[–—][ \t]+(?=[A-Z])"
)
"""A paragraph opened by a place in capitals, perhaps an outlet's short name in brackets, and a dash (`NUR-SULTAN –`,
`ASTANA (TCA) —`): another outlet's dateline, no one's words."""


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether a source after `According to` is a thing, a document or a site (`the official … portal`), not a
    person (a name, a title, a pronoun) who would speak for himself."""
    words = text[start:end]
    return words[:1].islower() and not _TITLED.search(text, start, end) and not _THEIR_WORDS.fullmatch(text, start, end)


_TRAILING_REACH = 300
"""Characters before a sentence's end within which a trailing attribution (`…, the minister noted.`) is looked for."""
_LEAST_CONTENT = 10
"""Characters a reported clause holds at least."""


def _frame(text: str, start: int, end: int, finite_verbs: Sequence[int] = ()) -> tuple[QuoteCandidate, str] | None:
    """The reported-speech frame of one sentence and its scope (paragraph or sentence)."""
    start, end = _trim(text, start, end)
    if (start == 0 or text[start - 1] == "\n") and (dateline := _UNDATED_DATELINE.match(text, start, end)):
        start = dateline.end()  # `NUR-SULTAN – There are …`, `ASTANA (TCA) — This year …`: another outlet's dateline
    stop = _content_end(text, start, end)
    opening = _opening(text, start, end)
    if opening and _names_a_rule(opening.group("speaker")):
        return None  # `According to the instruction of the President, …`: an order followed, no statement
    source = _trim(text, *opening.span("speaker")) if opening else None
    said_after = (
        _TRAILING.search(text, max(start, stop - _TRAILING_REACH), stop)
        or _TRAILING_INVERTED.search(text, max(start, stop - _TRAILING_REACH), stop)  # `…, said X.`
        if source is not None and _names_a_thing(text, *source)
        else None
    )
    if (
        said_after is not None
        and said_after.group("cue") in REPORTING_VERBS_INDIRECT
        and _NAMED_SUBJECT.match(text, said_after.start("speaker"))
        and said_after.start() - opening.end() >= _LEAST_CONTENT  # type: ignore[union-attr]
    ):
        # `According to the portal, A, the minister also noted.`: the one who noted it speaks, the source included
        content = _trim(text, start, said_after.start(), " \t,")
        speaker = _without_adverbs(text, _trim(text, *said_after.span("speaker")))
        return QuoteCandidate(*content, "indirect", said_after.group("cue"), *speaker, 0.7), "sentence"
    if opening:
        scope = SOURCE_OPENINGS[opening.group("phrase").lower()]
        speaker = _trim(text, *opening.span("speaker"))
        content = _after_roles(text, speaker, opening.end(), stop, finite_verbs)
        holder = _NAME_AFTER_OFFICE.match(text, content, stop) if _TITLED.search(text, *speaker) else None
        if holder is None and text[speaker[0]].islower():  # `According to organizer of the festival, FIDE …
            holder = _TITLED_NAME_AFTER.match(text, content, stop)  # Grandmaster Dinara Saduakassova, …`
        if holder and stop - holder.end() >= 10:  # `According to the Minister of X, Sayasat Nurbek, …`
            speaker, content = holder.span("name"), holder.end()
        pronoun = _THEIR_WORDS.fullmatch(text, *speaker)
        if pronoun:  # `According to his words, …`: he speaks
            speaker = pronoun.span("pronoun")
        return QuoteCandidate(content, stop, "indirect", opening.group("phrase").lower(), *speaker, 0.8), scope
    inserted = _INSERTED_OPENING.search(text, start, stop)
    if inserted and _THAT.search(text, start, inserted.start()):
        inserted = None  # `X drew attention to the fact that A, which, according to him, B`: the verb's clause
    elif inserted and _SOURCE_AFTER.match(text, inserted.start(), stop):
        inserted = None  # `A, according to X, press secretary of …`: the source's office ends the sentence
    if inserted and stop - inserted.end() >= 10 and not _names_a_rule(inserted.group("speaker")):
        scope = SOURCE_OPENINGS[inserted.group("phrase")]
        speaker = _trim(text, *inserted.span("speaker"))
        opens = inserted.end() if _only_circumstances(text, start, inserted.start()) else start
        return QuoteCandidate(opens, stop, "indirect", inserted.group("phrase"), *speaker, 0.75), scope
    aside = _INSERTED_ATTRIBUTION.search(text, start, stop)
    if aside and aside.start() - start >= 10 and stop - aside.end() >= 10:
        speaker = _trim(text, *aside.span("speaker"))
        return QuoteCandidate(start, stop, "indirect", aside.group("cue"), *speaker, 0.7), "sentence"
    told = _TOLD_AUDIENCE.match(text, start, end) or _TOLD_PERSON.match(text, start, end)
    if told and stop - told.end() >= 10:
        speaker = _without_adverbs(text, _trim(text, *told.span("speaker")))
        return QuoteCandidate(told.end(), stop, "indirect", "told", *speaker, 0.7), "sentence"
    stated = _AS_STATED.match(text, start, end)
    if stated and stop - stated.end() >= 10:  # `As stated there, …`: a document speaks, no one named
        unnamed = QuoteCandidate(stated.end(), stop, "indirect", stated.group("cue"), None, None, 0.7, impersonal=True)
        return unnamed, "paragraph"
    linking = _ADVERB_BEFORE.match(text, start, end)  # `Now, as the President said, …`
    as_said = _AS_SAID.match(text, linking.end() if linking and "," in linking.group() else start, end)
    if as_said:
        speaker = _without_adverbs(text, _trim(text, *as_said.span("speaker")))
        content = _after_roles(text, speaker, as_said.end(), stop, finite_verbs)
        return QuoteCandidate(content, stop, "indirect", as_said.group("cue"), *speaker, 0.75), "paragraph"
    words = _WORDS.match(text, start, end)
    if words:
        speaker = next(words.span(group) for group in ("pronoun", "owner", "source") if words.group(group))
        return QuoteCandidate(words.end(), stop, "indirect", "in his words", *speaker, 0.8), "paragraph"
    inside = _WORDS_INSIDE.search(text, start, stop)
    if inside and _only_circumstances(text, start, inside.start()) and stop - inside.end() >= 10:
        # `However, in his words, there is …`: linking words only before it, as `In his words, …` alone
        speaker = inside.span("pronoun")
        return QuoteCandidate(inside.end(), stop, "indirect", "in his words", *speaker, 0.8), "paragraph"
    if (
        inside
        and inside.start() - start >= 3
        and stop - inside.end() >= 5
        and not (inside.group("noun") != "words" and _talks_about(text, start, inside.start(), finite_verbs))
    ):
        # `Of the total volume, in his words, some 11.6 …`: the whole sentence is his, and the paragraph's next
        # sentences go on, as after `according to him` set inside a sentence (Russian `по его словам`); not an
        # opinion after a verb of talking about things (`X spoke about the best destinations, in his opinion, as well
        # as …`: his opinion of what he spoke about, told of him; ``talking_verbs.tsv``)
        return QuoteCandidate(start, stop, "indirect", "in his words", *inside.span("pronoun"), 0.75), "paragraph"
    apposed = _APPOSED.search(text, start, end)
    if apposed and (
        _PREPOSITION_BEFORE.search(text, start, apposed.start("speaker"))
        or _PARTICIPLE_BEFORE.search(text, start, apposed.start("speaker"))
    ):  # `During the session of the Government, Minister … X informed that`: no subject after `of`; `While meeting
        # Blinken, Kazakh leader Tokayev said that`: the name is what the participle takes, and Tokayev speaks
        apposed = None
    office = _OFFICE_APPOSED.search(text, start, end)
    office = office if _reports_a_clause(office, stop, finite_verbs) else None
    if office and stop - office.end() >= 10 and _TITLED.search(office.group("office")):
        speaker = office.span("speaker")  # `The Minister of Education, Askhat Aimagambetov, reported that`
        return QuoteCandidate(office.end(), stop, "indirect", office.group("cue"), *speaker, 0.75), "sentence"
    if (
        apposed
        and apposed.group("role")
        and _ADVERB_ONLY.fullmatch(apposed.group("role"))
        and not apposed.group().rstrip().endswith("that")
    ):
        apposed = apposed if _CLAUSE.match(text, apposed.end(), stop) else None  # `X, in turn, pointed out the …`
    if apposed and _first_word(text, apposed.end()) in _NO_CLAUSE_OPENERS:
        apposed = None  # `X, Mayor of Y, said during today's discussion …`: where it was said, no clause
    if apposed and _NAME_ONLY.fullmatch(text, apposed.end(), stop):
        apposed = None  # `…, Zhambyl, Almaty regions and …, says Kazhydromet.`: the verb's subject follows it
    apposed = apposed if _reports_a_clause(apposed, stop, finite_verbs) else None
    if apposed and stop - apposed.end() >= 10:
        speaker = apposed.span("speaker")
        return QuoteCandidate(apposed.end(), stop, "indirect", apposed.group("cue"), *speaker, 0.75), "sentence"
    colon = _SAID_COLON.match(text, start, end)
    if colon and stop - colon.end() >= 10:  # `X stressed: the work must go on.`: the words after the colon
        speaker = _without_adverbs(text, _trim(text, *colon.span("speaker")))
        return QuoteCandidate(colon.end(), stop, "indirect", colon.group("cue"), *speaker, 0.7), "sentence"
    inverted_adding = _INVERTED_THEN_ADDING.search(text, start, stop)
    if (
        inverted_adding
        and _NAMED_SUBJECT.match(text, inverted_adding.start("speaker"))
        and inverted_adding.start() - start >= 15
    ):
        speaker = _trim(text, *inverted_adding.span("speaker"))
        content = _trim(text, start, inverted_adding.start(), " \t,")
        return QuoteCandidate(*content, "indirect", inverted_adding.group("cue"), *speaker, 0.7), "sentence"
    that = (
        _THAT.search(text, start, end)
        or _THAT_AROUND_ADVERB.search(text, start, end)
        or _that_late(text, start, end)
        or _clause_without_that(text, start, end, finite_verbs)
    )
    if that:
        speaker = _trim(text, *that.span("speaker"))
        if text[slice(*_without_adverbs(text, speaker))].lower().rpartition(" ")[2] in ("and", "but") and (
            verb := _FIRST_PAST.search(text, start, speaker[0])
            or _FIRST_PAST.match(text, _trim(text, start, speaker[0])[1], speaker[1])
        ):  # `He stressed …, and noted that …`, `X noted the need for … spheres and stressed that`: the subject;
            # also where the reach before the verb of saying began at the first verb (`Akim … Danial Akhmetov
            # congratulated the staff of the hospital on the success of the surgery and stressed that`)
            speaker = _after_opening_phrase(text, _trim(text, start, verb.start()))
        words = text[speaker[0] : speaker[1]].rsplit(maxsplit=1)
        if (
            words and words[-1].lower() == "who" and (antecedent := _WHO_ANTECEDENT.search(text, start, speaker[1] - 3))
        ):  # `… Minister of Culture Arystanbek Mukhamediuly, who emphasized that …`, `Attending the meeting was
            # akim … Adil Zholamanov who reported that …`: the person before `who`
            speaker = antecedent.span("name")
        comma = text.rfind(", ", *speaker)
        if comma != -1 and _only_circumstances(text, speaker[0], comma + 1):
            speaker = (comma + 2, speaker[1])  # `While meeting Blinken, Kazakh leader Tokayev said that`: Tokayev
        speaker = _pronoun_after_circumstance(text, speaker)
        if _TITLE_OPENING.match(text, *speaker) and (named := _NAME_APPOSED_BEFORE.search(text, start, speaker[0])):
            speaker = (named.start("name"), speaker[1])  # `…, Serikkali Brekeshev, Minister of Ecology noted that`
        if _AUTHOR_REMARK.fullmatch(text, *speaker):
            return None  # `It should be noted that …`: the article's own remark, nobody's statement
        if _EXPLETIVE.fullmatch(text, *speaker):  # `It was noted that …`: reported, by no one named
            if _POINTING_BACK.search(text, that.end("cue"), that.end()):
                return None  # `It was reported earlier that …`: the agency's earlier story, no one's words
            unnamed = QuoteCandidate(that.end(), stop, "indirect", that.group("cue"), None, None, 0.7, impersonal=True)
            return unnamed, "sentence"
        passive = _PASSIVE_BEFORE.search(text, speaker[0], that.start("cue"))
        if passive and that.group("cue").lower() in ADDRESSEE_VERBS:
            listener = _without_adverbs(text, _trim(text, speaker[0], passive.start()))
            told = QuoteCandidate(that.end(), stop, "indirect", that.group("cue"), None, None, 0.6, listener=listener)
            return told, "sentence"  # `The President was told that …`: the one who told him, named before, speaks
        verb = _FIRST_PAST.search(text, *speaker)
        if verb:  # `The Senior Marshal … thanked governor Kulagin … and noted that`: the subject
            speaker = _trim(text, speaker[0], verb.start())
            name_before = _NAME_BEFORE.search(text, start, speaker[0]) if text[speaker[0]].isupper() else None
            if name_before:  # `Kassym-Jomart Tokayev thanked … and noted that`: the name the reach cut
                speaker = (name_before.start(), speaker[1])
        speaker = _without_adverbs(text, speaker)
        press = _PRESS_SOURCE.search(text, max(that.end(), stop - 160), stop)
        stop = _trim(text, that.end(), press.start())[1] if press else stop
        if stop - that.end() >= 10 and speaker[1] > speaker[0]:
            return QuoteCandidate(that.end(), stop, "indirect", that.group("cue"), *speaker, 0.75), "sentence"
    participle = _adding_participle(text, start, stop)
    if participle and _TRAILING.search(text, max(start, participle.start() - _TRAILING_REACH), participle.start()):
        participle = None  # `A, X said Friday, adding that B`: X adds B, after his words A (the trailing rule below)
    if participle and text[start].isupper() and stop - participle.end() >= 10:
        verb = _FIRST_VERB.search(text, start, participle.start())
        speaker = _without_adverbs(text, _trim(text, start, verb.start())) if verb else (start, start)
        if speaker[1] > speaker[0] and text[speaker[0] : speaker[1]].lower() not in _NO_SPEAKER_SUBJECTS:
            # `Akim of Astana also reported on …, stressing that …` (or `…, noting this is the first time …`): the
            # subject's words, after what it did
            quote = QuoteCandidate(participle.end(), stop, "indirect", participle.group("cue"), *speaker, 0.7)
            return quote, "sentence"
    as_saying = _QUOTED_AS_SAYING.search(text, max(start, end - 240), end)
    if as_saying:
        content = _trim(text, start, as_saying.start(), " \t,")
        if content[1] - content[0] >= 15:
            speaker = _trim(text, *as_saying.span("speaker"))
            return QuoteCandidate(*content, "indirect", "as saying", *speaker, 0.7), "sentence"
    source = _SOURCE_AFTER.search(text, max(start, stop - 200), stop)  # not the agency's `…, according to Kazinform.`
    if source:
        content = _trim(text, start, source.start(), " \t,")
        if content[1] - content[0] >= 15:
            speaker = _trim(text, *source.span("speaker"))
            scope = "from_paragraph_start" if _POINTS_BACK.match(text, start) else "sentence"
            return QuoteCandidate(*content, "indirect", source.group("phrase"), *speaker, 0.7), scope
    passive = _TRAILING_PASSIVE.search(text, max(start, stop - 300), stop)
    if passive:
        content = _trim(text, start, passive.start(), " \t,")
        speaker = _trim(text, *passive.span("speaker"))
        if content[1] - content[0] >= 15 and not _OUTLET.search(text, *speaker):
            return QuoteCandidate(*content, "indirect", passive.group("cue"), *speaker, 0.7), "sentence"
    trailing = _trailing_speaker(text, start, stop, _TRAILING_REACH) or _TRAILING_TITLED.search(
        text, max(start, stop - _TRAILING_REACH), stop
    )  # not the agency's `…, Kazinform reports.`
    if trailing is None and (adding := _adding_participle(text, start, stop)):
        # `A, X said, adding that B`, `A, X said Friday, adding Kazakhstan will …`
        trailing = _TRAILING.search(text, max(start, adding.start() - 200), adding.start())
    if (
        trailing
        and not _CLAUSE_OPENER.match(text, trailing.start("speaker"))
        and not _PASSIVE_END.search(text, trailing.start("speaker"), trailing.end("speaker"))
        and not _BE_INSIDE.search(text, trailing.start("speaker"), trailing.end("speaker"))
        and (trailing.group("cue") in REPORTING_VERBS_INDIRECT or _written(text, *trailing.span("speaker")))
        and not (trailing.group("cue") in TOPIC_ON_VERBS and _ON.match(text, trailing.end("cue")))
        and not (trailing.group("cue") in TOPIC_TO_VERBS and _TO_TOPIC.match(text, trailing.end("cue")))
        and not _SAID_THIS.match(text, start, trailing.start())  # `X said it at …, the press service informs.`
    ):
        content = _trim(text, start, trailing.start(), " \t,")
        speaker = _trim(text, *trailing.span("speaker"))
        cue = trailing.group("cue")
        inner = _INNER_INVERTED.search(text, *content)
        said = _trailing_speaker(text, *content, 300) if inner is None else None
        if inner is not None and _NAMED_SUBJECT.match(text, inner.start("speaker")):
            cue = inner.group("cue")
            # `A, said President X during the meeting, Akorda press service reported.`: X's words, passed on
            speaker = _trim(text, *inner.span("speaker"))
            if (circumstance := _CIRCUMSTANCE_AFTER.search(text, *speaker)) and circumstance.start() > speaker[0]:
                speaker = (speaker[0], circumstance.start())
            content = _trim(text, content[0], inner.start(), " \t,")
        elif (
            said is not None
            and _NAMED_SUBJECT.match(text, said.start("speaker"))
            and not _OUTLET.search(text, *said.span("speaker"))
        ):
            # `A, Minister X said on May 17 at a roundtable, the Prime Minister's website reported.`: X's words
            cue, speaker = said.group("cue"), _trim(text, *said.span("speaker"))
            content = _trim(text, content[0], said.start(), " \t,")
        outlet = _OUTLET.search(text, *speaker)  # `…, TASS news agency reports.`
        participial = _PARTICIPLE_PHRASE.fullmatch(text, *content) and not _holds_finite_verb(finite_verbs, *content)
        if content[1] - content[0] >= 15 and not outlet and not participial:
            if (as_ := _AS_BEFORE.match(text, *speaker)) and as_.end() < speaker[1]:
                speaker = (as_.end(), speaker[1])  # `…, as the ministry reported.`: the ministry
            scope = "sentence" if as_ else _trailing_scope(text, start, trailing.start())
            return QuoteCandidate(*content, "indirect", cue, *speaker, 0.7), scope
    stated_in = _STATED_IN.match(text, start, stop)
    if stated_in:
        owner = _trim(text, *stated_in.span("owner"))
        return QuoteCandidate(start, stop, "indirect", stated_in.group("cue"), *owner, 0.7), "previous"
    said_this = _SAID_THIS.match(text, start, stop)
    if said_this:
        group = next(group for group in ("speaker", "agent", "subject") if said_this.group(group))
        speaker = _without_adverbs(text, _trim(text, *said_this.span(group)))
        passive = group == "speaker" and _ENDS_IN_BEING.search(text, *speaker) is not None
        if (
            (group != "speaker" or _NAMED_SUBJECT.match(text, speaker[0]))
            and not passive  # `The decision was announced at the session.`: what was announced, no one's words
            and not _OUTLET.search(text, *speaker)
        ):
            cue = said_this.group("cue") or said_this.group("passive") or said_this.group("what")
            return QuoteCandidate(start, stop, "indirect", cue, *speaker, 0.7), "previous"
    inverted = _TRAILING_INVERTED.search(text, max(start, stop - 400), stop)
    if inverted and inverted.group("cue") not in REPORTING_VERBS_INDIRECT:  # `…, reads the statement.`: written
        inverted = inverted if _written(text, *_trim(text, *inverted.span("speaker"))) else None
    if inverted and (
        _NAMED_SUBJECT.match(text, inverted.start("speaker")) or _written(text, *_trim(text, *inverted.span("speaker")))
    ):
        content = _trim(text, start, inverted.start(), " \t,")
        speaker = _trim(text, *inverted.span("speaker"))
        circumstance = _CIRCUMSTANCE_AFTER.search(text, *speaker)
        if circumstance and circumstance.start() > speaker[0]:
            speaker = (speaker[0], circumstance.start())
        if content[1] - content[0] >= 15 and not _OUTLET.search(text, *speaker):
            return QuoteCandidate(*content, "indirect", inverted.group("cue"), *speaker, 0.7), _trailing_scope(
                text, start, inverted.start()
            )
    return None


def _trailing_scope(text: str, start: int, attribution: int) -> str:
    """A trailing attribution takes its sentence; in a paragraph where the speaker talks of themselves (`Our
    countries share a border. They are a golden bridge, said X.`), or where its sentence opens by pointing back to
    the one before (`The number of charities has grown. The majority of them help orphans, according to X.`), it
    takes the paragraph up to it."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    if _FIRST_PERSON.search(text, paragraph_start, attribution) or (
        paragraph_start < start and _POINTS_BACK.match(text, start)
    ):
        return "from_paragraph_start"
    return "sentence"


_POINTS_BACK = re.compile(
    r"[ \t]*(?:They|(?:The[ \t]+)?(?:majority|most|many|some|all|half|each|none)[ \t]+of[ \t]+(?:them|these|those))\b",
    re.IGNORECASE,
)
"""A sentence opening with a pronoun for what the sentence before named (`They suffered …`, `The majority of them
help …`): it goes on from that sentence."""


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
"""Words of a speaker about themselves: a paragraph with them that ends `…, said X.` is X's words throughout,
written without quotation marks."""
_TITLE_OPENING = re.compile(rf"{_ANY_TITLE}\b")
"""A speaker's words that open with a title (`Minister of Ecology, Geology and Natural Resources`)."""
_NAME_APPOSED_BEFORE = re.compile(r"(?:^|,[ \t]+)(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}),[ \t]+$")
"""A full name set off by commas right before a title that opens the speaker's words: the person the title
describes, whose apposition has no comma of its own after it before the verb."""
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’]*(?:[ \t]+|-))+$")
"""Capitalised words running up to a speaker's first word: the start of the name it belongs to."""


_OPENING_COMMA = re.compile(rf"(?!{_FIELD_COMMA}),[ \t]+")


def _after_opening_phrase(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """The subject without a phrase set off by a comma before it (`In conclusion, the Kazakh President` -> the Kazakh
    President); a comma in a list of a ministry's fields stays."""
    commas = list(_OPENING_COMMA.finditer(text, *speaker))
    return (commas[-1].end(), speaker[1]) if commas and commas[-1].end() < speaker[1] else speaker


def _without_adverbs(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """The speaker without the adverbs beside it (`He also` -> He, `Besides, the minister` -> the minister)."""
    start, end = speaker
    while (before := _ADVERB_BEFORE.match(text, start, end)) and before.end() < end:
        start = before.end()
    while (after := _ADVERB_AFTER.search(text, start, end)) and after.start() > start:
        end = after.start()
    return start, end
