"""Chinese rule tables (``data/*.tsv``), loaded once under the names the Chinese modules use."""

from __future__ import annotations

from pipeline.rules import body_pointers, characters, genders, mapping, title_column, words

REPORTING_VERBS = words("zh", "reporting_verbs", cue="both")
"""Verbs that introduce reported speech and attribute quoted words (X表示, 据X介绍)."""
QUOTE_CUES = words("zh", "reporting_verbs")
"""Every verb that attributes quoted words, the direct-only ones (补充道, 道) included."""
OBJECT_CUES = frozenset(words("zh", "reporting_verbs", object="yes"))
"""Cues that also take a plain object (承认错误): they report only before a comma, a colon or 说."""
CLAUSE_CUES = frozenset(words("zh", "reporting_verbs", clause="yes"))
"""Verbs that take an object whose clause, marked by a modal, reports with no comma (并相信两国关系将…)."""
PARAGRAPH_CUES = words("zh", "reporting_verbs", scope="paragraph")
"""Cues whose statement runs on to the end of the paragraph (据X介绍, X强调)."""
LIST_ANNOUNCERS = words("zh", "list_announcers")
"""Words before a closing colon that announce a list (具体措施如下：), not someone's words."""
STATEMENT_ANAPHORS = words("zh", "statement_anaphors")
"""A statement named with no owner (消息称): the last speaker's, else the last body's."""
AUTHORED_WORKS = words("zh", "authored_works")
BODY_AUTHORED_WORKS = words("zh", "authored_works", author="any")
"""Works a body sends as well as a person (贺词: the ministry's greeting), whose author is whoever was named last."""
"""A written work named alone before a cue (文章指出): its author's words."""
SOURCING_STATEMENTS = frozenset(words("zh", "statement_anaphors", opens="sourcing"))
"""Statement nouns that, opening a sentence alone, report no one's words (消息称，…), unless the text has named the
message before (据国防部消息 …; 教育部发布消息称 …)."""
ISSUING_VERBS = words("zh", "issuing_verbs")
"""Verbs of issuing a statement between a speaker and its cue (外交部发表声明称): no part of who speaks."""
ORDER_VERBS = words("zh", "order_verbs")
"""Verbs of giving an order (责成, 指示): `，并` + one ends the words reported before it."""
DESCRIBING_SUBJECTS = words("zh", "describing_subjects")
"""Words opening a subject that describes a person named before (这位运动员): the article's narration."""
ACCORDING_VERBS = words("zh", "according_verbs")
"""Verbs of a source opening (据X介绍，, 据专家评估，)."""
BACK_REFERENCES = words("zh", "back_references")
"""A statement made that points back to the sentence before (做上述表示)."""
MESSAGE_BACK_REFERENCES = words("zh", "message_back_references")
"""`…公布了这一消息。`: the sentence before is the words of the one who made the news public."""
SPEECH_OCCASIONS = words("zh", "speech_occasions")
"""Occasions of speaking that end a speaker phrase before 中 (总统讲话中指出)."""
COLLECTIVE_ADVERBS = words("zh", "collective_adverbs")
"""Adverbs before a cue that make its subject a group (一致表示): an unnamed source."""
PERFORMATIVE_OBJECTS = words("zh", "performative_objects")
"""What a declaration does by being said (开幕, 启动): after a declaring verb, an act, no report."""
DECLARING_VERBS = frozenset(words("zh", "declaring_verbs"))
"""Verbs that may perform an act by being said (宣布)."""
TOPIC_NOUNS = words("zh", "topic_nouns")
"""Nouns that end an object that is spoken about, not said (强调…的意义), when no comma follows the cue."""
PERSON_TITLES = words("zh", "titles")
HONORIFICS = words("zh", "titles", honorific="yes")
"""Forms of address that follow a name (先生, 女士) and never stand before one."""
BEFORE_SURNAME_ALONE = (*words("zh", "surname_alone", side="before"), *words("zh", "surname_alone", side="both"))
AFTER_SURNAME_ALONE = (*words("zh", "surname_alone", side="after"), *words("zh", "surname_alone", side="both"))
"""Words beside which one character, a surname, stands for a person (姓孙, 胡老)."""
RESOLVING_TITLES = words("zh", "titles", resolves="yes")
PRONOUNS = genders("zh")
PLURAL_PRONOUNS = frozenset(words("zh", "pronouns", number="plural"))
NAME_CONTEXT = words("zh", "name_context")
PLACE_SUFFIXES = words("zh", "place_suffixes", in_name="yes")
PLACE_MARKERS = words("zh", "place_suffixes", in_name="no")
PLACE_SUFFIXES_UNLESS_KNOWN = words("zh", "place_suffixes", in_name="unless_known")
"""Suffixes that name a place with the run before them, unless that run is a place known on its own."""
NOT_PLACE_WORDS = words("zh", "not_place_words")
HOLIDAY_HEADS = words("zh", "holiday_heads")
"""Words after a name that make it a holiday's (纳乌鲁兹节): no place before them."""
NOT_PERSON_HEADS = words("zh", "not_person_heads")
"""Nouns that, right after a one-part transliteration, make it a place, a people or a thing (纳乌鲁兹节)."""
SPEAKING_DOCUMENTS = frozenset(words("zh", "speaking_documents"))
"""Documents that speak (白皮书指出) and open with a surname's character: no person's name."""
PEOPLES = frozenset(words("zh", "peoples"))
"""Names of peoples, not places (哈萨克: the country is 哈萨克斯坦)."""
DESCRIPTION_OPENERS = frozenset(words("zh", "description_openers"))
"""Adjectives (新) that with common nouns after them make a description (新航线), not a name."""
BUILDING_PHRASES = words("zh", "building_phrases")
"""Phrases that build or open something new (建设新): a tagged body never runs across one."""
ORG_WORDS = words("zh", "org_words", kind="word")
LED_BODIES = words("zh", "led_bodies")
"""Heads of bodies a person leads, not names (克林顿政府: the person, and the body theirs)."""
ORG_CHARS = words("zh", "org_words", kind="char")
ORG_TAIL_CHARS = frozenset(words("zh", "org_words", kind="tail"))
"""One-character heads jieba also reads as function words (所): the last character of a tagged body stays."""
ORG_SUFFIXES = words("zh", "org_words", after_translit="yes")
COMPANY_INDUSTRIES = words("zh", "company_industries")
"""Industry words that make a company of the transliterated run before them (卢克石油) unless it is a known place."""
COMPANY_FIELDS = words("zh", "company_fields")
"""What a company does, between its Latin name and its kind (TAV机场控股公司; ``data/company_fields.tsv``)."""
FIELD_NOUNS = words("zh", "field_nouns")
"""Nouns of a field (司法, 体系) that end no body's name."""
STATE_FORMS = tuple(sorted(words("zh", "state_forms"), key=len, reverse=True))
"""Words of a state's formal name (王国, 共和国, 联邦) that end a place's name."""
EXTENDING_STATE_FORMS = tuple(sorted(words("zh", "state_forms", extends="yes"), key=len, reverse=True))
"""The state forms a place right before takes into its name (摩洛哥 + 王国; not 联邦, which opens bodies' names)."""
PLACE_OR_BODY_HEADS = frozenset(words("zh", "place_or_body_heads"))
BODY_HEADS = words("zh", "body_heads")
"""Body heads that also end places (中心, 体育场): a place the tagger found with one stays a place."""
SURNAME_ENDINGS = words("zh", "name_endings", kind="surname")
FEMALE_ENDINGS = words("zh", "name_endings", gender="f")
MALE_ENDINGS = words("zh", "name_endings", gender="m")
TRANSLIT_CHARS = characters("zh", "translit_chars")
ONE_N_JOINING_CHARS = characters("zh", "one_n_joining_chars")
"""Characters before which a final н is written once (诺, 娜: 斯韦特兰娜 Светлана; ``one_n_joining_chars.tsv``)."""
TIME_CHARS = characters("zh", "time_chars")
"""Characters that end a word of time (斋月, 清晨): a person-tagged time word with another ending is a name."""
MEASURE_CHARS = characters("zh", "measure_chars")
"""Measure words counting bodies after a number (三座, 两个, 九所; ``data/measure_chars.tsv``)."""
DATE_OPENING_CHARS = characters("zh", "date_opening_chars")
"""Characters that open a date after 于 (于今年7月): a name read with that 于 ends before it."""
CHINESE_SURNAMES = characters("zh", "surname_chars")
LISTED_SURNAMES = CHINESE_SURNAMES | characters("zh", "further_surname_chars")
"""Surnames at which a list of Chinese names run together is cut (``surname_chars.tsv`` and the rarer ones)."""
COMMONEST_SURNAMES = characters("zh", "commonest_surname_chars")
"""The forty commonest surnames, which a given name seldom holds (李广田|李菊, not 李广|田李菊)."""
FOREIGN_NAME_CHARS = characters("zh", "foreign_name_chars")
"""Characters of transliterated names that no Chinese given name has (莫夫 of 马西莫夫): no list of names holds one."""
PLACE_ABBREVIATIONS = characters("zh", "place_abbreviation_chars")
"""Characters that alone name a place (中, 美, 京, 哈): a one-character place in any other is no place."""
LOCAL_BODY_WORDS = words("zh", "local_bodies")
"""Words that make a body of the city or region before them: 政府 and the Kazakh words of the local bodies."""
TRANSLITERATED_LOCAL_BODIES = words("zh", "local_bodies", translit="yes")
"""The local bodies' Kazakh words (马斯利哈特), which the tagger reads as persons."""
AMBIGUOUS_PLACE_CHARS = mapping("zh", "ambiguous_place_chars", "not_after")
"""One-character place names more often a word (新 new, 日 day) -> the characters after which they are the word;
empty: the word unless another place's character stands beside them (``data/ambiguous_place_chars.tsv``)."""
CHINA_COMPOUNDS = frozenset(words("zh", "china_compounds"))
"""What makes a lone 中 China (中外, 中医, 中资); without one, or another place's name beside it, 中 is "in"."""
SURNAME_READINGS = mapping("zh", "surname_readings", "pinyin")
"""Surname -> its pinyin where a surname is read otherwise than the character elsewhere (曾 zeng, 单 shan)."""
SPEAKER_ADVERBS = words("zh", "speaker_adverbs")
NOT_AFTER_CUE = words("zh", "not_after_cue")
PARTICLE_WORDS = words("zh", "particle_words")
"""Words that begin with a particle's character (过去, 着力): after a cue they open what was said."""
DATELINE_AGENCIES = words("zh", "dateline_agencies")
"""Agencies whose name opens a dateline with a dash (哈通社阿斯塔纳 - ): no part of the lead sentence."""
NOT_BEFORE_CUE = words("zh", "not_before_cue")
HEARING_VERBS = words("zh", "hearing_verbs")
"""Verbs of hearing a report (听取): a verb of saying later in their clause is their object (听取了…介绍)."""
IMPERSONAL_MODALS = words("zh", "impersonal_modals")
"""Modals that, opening a clause before a verb of saying with no subject, make it no one's report (可以说)."""
FIRST_PERSON = tuple(sorted(words("zh", "first_person"), key=len, reverse=True))
"""Pronouns of the speaker's own voice (我, 我们): a sentence they open carries a statement on."""
CONTINUATIONS = words("zh", "continuations")
SCOPE_BREAKERS = words("zh", "scope_breakers")
"""Words of an appeal or a question (呼吁, 提问): a sentence with one reports nothing more of a statement."""
SCOPE_BREAKER_NOUNS = words("zh", "scope_breaker_nouns")
"""Noun phrases holding a scope breaker as a noun (防疫要求): no break."""
BACKGROUND_OPENERS = words("zh", "background_openers")
"""Words that open the article's own background (此前): a sentence opened by one reports nothing more."""
WORDS_WITH_CUES = words("zh", "words_with_cues")

OFFICE_PHRASES = mapping("zh", "office_phrases", "office")
"""Phrases naming an office, not a person (国家元首 -> president_kz): its holder speaks."""
BODY_ANAPHORS = body_pointers("zh")
"""Words pointing back to a body (该部) -> the characters its name ends with (部), and no stems."""
PRESS_OFFICES = words("zh", "press_offices")
"""Offices that speak for the body named before them (新闻处)."""
UNNAMED_SOURCES = words("zh", "unnamed_sources")
"""Collective or unnamed sources (双方, 专家): a statement they open is nobody's in particular."""
SENTENCE_SOURCES = tuple(words("zh", "unnamed_sources", scope="sentence"))
"""Unnamed sources whose statement covers its own sentence only (双方, 会议); experts run on as a person does."""
PARENT_BODIES = words("zh", "parent_bodies")
"""Heads of bodies that contain named sub-bodies (部, 杜马): 俄联邦国家杜马国防委员会 is two bodies."""
GENERIC_BODIES = frozenset(words("zh", "generic_bodies"))
"""Nouns that, after only a place or a number, describe rather than name (哈萨克斯坦代表团)."""
MISSION_HEADS = words("zh", "mission_heads")
"""Heads of missions abroad (大使馆): X驻Y大使馆 is one body."""
BODY_POINTERS = frozenset(words("zh", "body_pointers"))
"""Characters pointing to a body before its head word (原, 将, 该): the head after them names none."""
LATIN_NOT_NAMES = frozenset(words("zh", "latin_not_names"))
"""Latin-script words in Chinese text that name nothing (Photo, GDP, LNG)."""
TERM_HEADS = tuple(words("zh", "term_heads"))
"""Words that make a Latin abbreviation before them a term (GMP标准), not a body."""
GROUP_NOUNS = words("zh", "group_nouns")
"""Nouns for a group of people (民众, 侨民): a span ending with or inside one names no body."""
NAMED_THING_HEADS = tuple(sorted(words("zh", "named_thing_heads"), key=len, reverse=True))
"""Words after a quoted name that make it a thing's (勋章, 国家计划, 综合体), longest first."""
OUTLET_HEADS = tuple(sorted(words("zh", "outlet_heads", outlet="yes"), key=len, reverse=True))
"""How an outlet's name in title or quotation marks ends (报, 网): the name is the outlet's."""
NOT_OUTLETS = tuple(sorted(words("zh", "outlet_heads", outlet="no"), key=len, reverse=True))
"""Words with an outlet's ending that name a document or a thing (公报, 互联网): a name ending in one is none."""
GENERIC_QUALIFIERS = mapping("zh", "generic_qualifiers", "alone")
"""Words before a body's head that describe bodies, not name one (本国航空公司, 德国顶尖大学) -> yes where one alone
does, no where it also stands in names (世界银行)."""
EVENT_WORDS = words("zh", "event_words")
"""Head words of events' names (峰会, 论坛): a name ends before them, never inside one."""
ROUTE_WORDS = words("zh", "route_words")
"""Words that end a route's or a line's name (管道, 铁路): infrastructure, not a body."""
LANDMARK_WORDS = words("zh", "landmark_words")
"""Words that end the name of a place named after a person (陵墓, 广场)."""
NATURE_HEADS = tuple(sorted(words("zh", "nature_heads"), key=len, reverse=True))
"""Words naming a natural or metropolitan area after the place before them (保护区, 都市圈), longest first."""
SPECIES_WORDS = words("zh", "species_words")
"""Animals named after a place (里海虎): the place is part of the animal's name."""
PLACE_TERMS = words("zh", "place_terms")
"""Words after a place's name that make a term of it (波罗的海基准, 香港流感): no place of the text."""
SIDE_ABBREVIATIONS = mapping("zh", "side_abbreviations", "name")
"""One-character names of a side of a relation with Kazakhstan (哈) -> the country's full name (哈萨克斯坦)."""
ABBREVIATION_WORDS = words("zh", "abbreviation_words")
"""Words in which a one-character country name is no place (奥运)."""
PAIR_WORDS = words("zh", "pair_words")
"""Words after the abbreviations of two sides (两国, 双方)."""
SOUND_GROUPS = words("zh", "sound_groups")
"""Cyrillic letters a transliteration writes alike (л р; к г х), space-separated, one group per row."""
CLOSE_VOWELS = words("zh", "close_vowels")
"""Pairs of Cyrillic vowels a transliteration writes alike (и ы, о у)."""
OBLIQUE_OPENERS = words("zh", "oblique_openers")
"""Prepositions opening a clause whose names are not its subject (应X邀请，…)."""
ADDRESSEE_MARKERS = words("zh", "addressee_markers")
"""Words after a speaker that open who was spoken to (他对记者说): the speaker ends before them."""
PLACE_DETERMINERS = frozenset(words("zh", "place_determiners"))
"""本, 全, 该: with a one-character place word a reference (本州), not a name."""
BODY_KINDS = words("zh", "body_kinds")
"""国立, 国家艺术: words of kind between a person's name and the head of a body named after the person."""
COMMEMORATING_WORDS = tuple(words("zh", "commemorating_words"))
"""Words right before a person's name that make it a name commemorated (named after, имени, 纪念)."""
BODY_OWNERS = mapping("zh", "body_owners", "name")
"""Owners written by their office -> the name their press office takes (哈萨克斯坦总统 -> Akorda)."""
LOCAL_TITLES = title_column("zh", "place")
"""A local office's title (lower case) -> the place whose head it names: region, city or any (``place`` column)."""
TITLES_WRITTEN_OUT = {title: tuple(full.split()) for title, full in title_column("zh", "written_out").items()}
"""A short title -> the full titles it stands for (副外长 -> 外交部副部长)."""
PASSING_ON_VERBS = frozenset(words("zh", "reporting_verbs", passes_on="yes"))
"""An outlet's verbs that pass on the words of the one its reported clause names (称)."""
