"""Rule tables: the word lists a linguist edits, read from TSV files by one validating loader.

Each language package keeps its tables in ``pipeline/lang/<code>/data/*.tsv``. A table is UTF-8 text:
``#`` lines are comments, blank lines are ignored, the first other line names the columns (tab
separated), and every later line is one row. The loader knows each table's columns and the values a
column may take (:data:`TABLES`); it rejects unknown or missing columns, a value outside its set,
an empty key and a key listed twice, naming the file and line. The format is described for editors
in ``pipeline/lang/README.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

LANG_ROOT = Path(__file__).resolve().parent / "lang"

YES_NO = frozenset({"yes", "no"})
GENDERS = frozenset({"m", "f", "-"})
UPOS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ",
     "SYM", "VERB", "X"}
)  # fmt: skip
"""The seventeen Universal Dependencies parts of speech."""


class RuleError(ValueError):
    """A rule table that cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class TableSpec:
    """The columns of one kind of table; the first column is the key and must be unique unless ``repeats``."""

    columns: tuple[str, ...]
    choices: dict[str, frozenset[str]] = field(default_factory=dict)
    """Columns whose values come from a fixed set."""
    optional: frozenset[str] = frozenset()
    """Columns that may be left out of a file (their value is then the empty string)."""
    repeats: bool = False
    """Whether a key may have several rows (a character with several other readings)."""


TABLES: dict[str, TableSpec] = {
    "titles": TableSpec(
        ("title", "resolves", "splits_name", "honorific", "modifier", "office", "place", "written_out"),
        {
            "resolves": YES_NO,
            "splits_name": YES_NO,
            "honorific": YES_NO,
            "modifier": YES_NO,
            "place": frozenset({"region", "city", "any"}),
        },
        optional=frozenset({"splits_name", "honorific", "modifier", "office", "place", "written_out"}),
    ),
    "reporting_verbs": TableSpec(
        ("verb", "cue", "scope", "subject", "addressee", "object", "inverted", "clause", "topic", "passes_on"),
        {
            "cue": frozenset({"indirect", "direct", "both"}),
            "scope": frozenset({"sentence", "paragraph"}),
            "subject": frozenset({"plural", "singular"}),
            "addressee": YES_NO,
            "object": YES_NO,
            "inverted": YES_NO,
            "clause": YES_NO,
            "topic": frozenset({"on", "to"}),
            "passes_on": YES_NO,
        },
        optional=frozenset({"scope", "subject", "addressee", "object", "inverted", "clause", "topic", "passes_on"}),
    ),
    "pronouns": TableSpec(
        ("pronoun", "gender", "number", "subject"),
        {"gender": GENDERS, "number": frozenset({"plural"}), "subject": YES_NO},
        optional=frozenset({"number", "subject"}),
    ),
    "name_endings": TableSpec(
        ("ending", "kind", "gender"),
        {"kind": frozenset({"surname", "given", "oblique", "patronymic", "indeclinable", "gender"}), "gender": GENDERS},
    ),
    "surname_cases": TableSpec(("ending", "nominative")),
    "case_endings": TableSpec(("ending", "titles", "surnames"), {"titles": YES_NO, "surnames": YES_NO}),
    "unnamed_sources": TableSpec(("word", "scope"), {"scope": frozenset({"sentence", "paragraph"})}),
    "surname_alone": TableSpec(("word", "side"), {"side": frozenset({"before", "after", "both"})}),
    "place_suffixes": TableSpec(("suffix", "in_name"), {"in_name": YES_NO | {"unless_known"}}),
    "state_forms": TableSpec(("word", "extends", "note"), {"extends": YES_NO}, optional=frozenset({"note"})),
    "org_words": TableSpec(
        ("word", "kind", "after_translit"), {"kind": frozenset({"word", "char", "tail"}), "after_translit": YES_NO}
    ),
    "named_after_nouns": TableSpec(("word", "label"), {"label": frozenset({"ORG", "LOC", "MISC"})}),
    "state_bodies": TableSpec(("word", "nominative")),
    "outlet_heads": TableSpec(("word", "outlet", "note"), {"outlet": YES_NO}, optional=frozenset({"note"})),
    "ambiguous_place_chars": TableSpec(("char", "not_after", "note"), optional=frozenset({"not_after", "note"})),
    "local_bodies": TableSpec(("word", "translit", "note"), {"translit": YES_NO}, optional=frozenset({"note"})),
    "source_openings": TableSpec(("phrase", "scope"), {"scope": frozenset({"sentence", "paragraph"})}),
    "agency_verbs": TableSpec(("verb", "always"), {"always": YES_NO}),
    "latin_letters": TableSpec(("letter", "latin")),
    "cyrillic_letters": TableSpec(("letter", "cyrillic")),
    "body_words": TableSpec(
        ("word", "english", "kind", "owner", "city"),
        {
            "kind": frozenset(
                {
                    "head",
                    "head_of",
                    "local_head",
                    "country",
                    "stationed",
                    "title",
                    "adjective",
                    "noun",
                    "preposition",
                    "conjunction",
                    "place",
                    "city",
                    "skip",
                }
            ),
            "owner": YES_NO,
            "city": YES_NO | {"name"},
        },
        optional=frozenset({"owner", "city"}),
    ),
    "cyrillic_readings": TableSpec(("written", "cyrillic")),
    "alternative_readings": TableSpec(("written", "cyrillic"), repeats=True),
    "surname_readings": TableSpec(("surname", "pinyin")),
    "western_names": TableSpec(("han", "latin")),
    "demonyms": TableSpec(
        ("word", "note", "given_name"), {"given_name": YES_NO | {""}}, optional=frozenset({"note", "given_name"})
    ),
    "given_names": TableSpec(("name", "gender", "note"), {"gender": GENDERS}, optional=frozenset({"note"})),
    "office_phrases": TableSpec(("phrase", "office")),
    "body_anaphors": TableSpec(("phrase", "ends", "names"), optional=frozenset({"names"})),
    "statement_anaphors": TableSpec(
        ("word", "opens"), {"opens": frozenset({"sourcing", "owned"})}, optional=frozenset({"opens"})
    ),
    "authored_works": TableSpec(
        ("word", "author", "note"), {"author": frozenset({"person", "any"})}, optional=frozenset({"note"})
    ),
    "title_equivalents": TableSpec(("phrase", "title")),
    "body_owners": TableSpec(("owner", "name")),
    "place_adjective_anaphors": TableSpec(("stem", "noun")),
    "compound_prefixes": TableSpec(("prefix", "stem")),
    "generic_qualifiers": TableSpec(
        ("word", "alone", "note"), {"alone": frozenset({"yes", "no", "opening"})}, optional=frozenset({"note"})
    ),
    "news_agencies": TableSpec(("entity",)),
    "home_bodies": TableSpec(("word", "entity")),
    "time_words": TableSpec(("word", "dates_saying", "note"), {"dates_saying": YES_NO}, optional=frozenset({"note"})),
    "ministry_offices": TableSpec(("entity", "office")),
    "place_levels": TableSpec(("word", "level"), {"level": frozenset({"district", "region", "city"})}),
    "office_holders": TableSpec(
        ("term", "office", "entity", "from", "until", "source"), optional=frozenset({"from", "until", "source"})
    ),
    "regional_centres": TableSpec(
        ("city", "region", "from", "until"), optional=frozenset({"from", "until"}), repeats=True
    ),
    "upos": TableSpec(("tag", "upos", "note"), {"upos": UPOS}, optional=frozenset({"note"})),
    "upos_words": TableSpec(("word", "upos", "note"), {"upos": UPOS}, optional=frozenset({"note"})),
    "body_heads": TableSpec(
        ("word", "owner", "note", "opened_by"), {"owner": YES_NO}, optional=frozenset({"owner", "note", "opened_by"})
    ),
    "side_abbreviations": TableSpec(("word", "name")),
    "words_before_titles": TableSpec(("word", "capital"), {"capital": YES_NO}),
    "named_after_heads": TableSpec(("word", "plural")),
    "event_heads": TableSpec(("word", "opens"), {"opens": YES_NO}),
    "unit_heads": TableSpec(("word", "unit", "parent"), {"unit": YES_NO, "parent": YES_NO}),
    "spelling_variants": TableSpec(("british", "american")),
    "fixture_words": TableSpec(
        ("word", "note", "second"), {"second": frozenset({"team", "venue"})}, optional=frozenset({"note"})
    ),
    "given_name_endings": TableSpec(("ending", "latin")),
    "given_name_spellings": TableSpec(("given", "latin")),
    "western_name_spellings": TableSpec(("cyrillic", "latin")),
    "palladius": TableSpec(("cyrillic", "pinyin")),
    "people_adjectives": TableSpec(("stem", "country", "home"), {"home": YES_NO}),
    "words": TableSpec(("word", "note"), optional=frozenset({"note"})),
    "characters": TableSpec(("characters", "note"), optional=frozenset({"note"})),
}
"""Every kind of rule table. A file's kind follows from its name (:func:`table_kind`: ``titles.tsv`` is a
``titles`` table; word lists such as ``speaker_adverbs.tsv`` are ``words`` tables)."""


def parse_table(lines: list[str], kind: str, origin: str) -> list[dict[str, str]]:
    """Rows of a table of ``kind`` from its lines; ``origin`` names the file in errors."""
    spec = TABLES[kind]
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        where = f"{origin}:{number}"
        if header is None:
            unknown = [c for c in cells if c not in spec.columns]
            missing = [c for c in spec.columns if c not in cells and c not in spec.optional]
            if unknown or missing or len(set(cells)) != len(cells):
                raise RuleError(
                    f"{where}: the header must name the columns {', '.join(spec.columns)}"
                    + (f" (unknown: {', '.join(unknown)})" if unknown else "")
                    + (f" (missing: {', '.join(missing)})" if missing else "")
                )
            header = cells
            continue
        if len(cells) > len(header):
            raise RuleError(f"{where}: {len(cells)} cells for {len(header)} columns (a stray tab?)")
        row = {column: "" for column in spec.columns}
        row.update(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        key = row[spec.columns[0]]
        if not key:
            raise RuleError(f"{where}: the first column ({spec.columns[0]}) is empty")
        if key in seen and not spec.repeats:
            raise RuleError(f"{where}: {key!r} is already listed on line {seen[key]}")
        seen[key] = number
        for column, allowed in spec.choices.items():
            value = row[column]
            if column in spec.optional and not value:
                continue
            if value not in allowed:
                raise RuleError(f"{where}: {column} is {value!r}; it must be one of {', '.join(sorted(allowed))}")
        rows.append(row)
    if header is None:
        raise RuleError(f"{origin}: no header line")
    return rows


@functools.cache
def load_table(lang: str, name: str, kind: str | None = None) -> tuple[dict[str, str], ...]:
    """The rows of ``pipeline/lang/<lang>/data/<name>.tsv`` (a ``kind`` table, by default ``name``)."""
    path = LANG_ROOT / lang / "data" / f"{name}.tsv"
    origin = f"pipeline/lang/{lang}/data/{name}.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise RuleError(f"{origin}: cannot be read ({err.strerror})") from err
    return tuple(parse_table(lines, kind or table_kind(name), origin))


@functools.cache
def common_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``pipeline/data/<name>.tsv``: facts every language shares (who held an office when)."""
    path = LANG_ROOT.parent / "data" / f"{name}.tsv"
    origin = f"pipeline/data/{name}.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise RuleError(f"{origin}: cannot be read ({err.strerror})") from err
    return tuple(parse_table(lines, table_kind(name), origin))


def table_kind(name: str) -> str:
    """A file's kind from its name: a kind of its own (``titles.tsv``), a character list (``*_chars.tsv``),
    or a plain word list (any other name)."""
    return name if name in TABLES else ("characters" if name.endswith("_chars") else "words")


def words(lang: str, name: str, **where: str) -> tuple[str, ...]:
    """The key column of a table, in file order, for the rows whose columns have the given values."""
    kind = table_kind(name)
    rows = load_table(lang, name, kind)
    key = TABLES[kind].columns[0]
    return tuple(row[key] for row in rows if all(row[column] == value for column, value in where.items()))


def characters(lang: str, name: str) -> frozenset[str]:
    """Every character listed in a ``*_chars`` table; a character listed twice is an error."""
    chars: set[str] = set()
    for row in load_table(lang, name, table_kind(name)):
        for char in row["characters"]:
            if char.isspace():
                continue
            if char in chars:
                raise RuleError(f"pipeline/lang/{lang}/data/{name}.tsv: {char!r} is listed twice")
            chars.add(char)
    return frozenset(chars)


def mapping(lang: str, name: str, value: str) -> dict[str, str]:
    """Key column -> ``value`` column of a table (``pronouns`` -> gender)."""
    kind = table_kind(name)
    key = TABLES[kind].columns[0]
    return {row[key]: row[value] for row in load_table(lang, name, kind)}


def title_column(lang: str, column: str) -> dict[str, str]:
    """Lower-case title -> a column of the language's ``titles.tsv`` where the row fills it (office, place)."""
    return {title.lower(): value for title, value in mapping(lang, "titles", column).items() if value}


def body_pointers(lang: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Words pointing back to a body (``body_anaphors``) -> the end of that body's name and the stems one word of
    it starts with (该部 -> (部, ()); полиции -> ("", (полиц, дп))); ``*`` is any word, so any body, not an office
    first (организации -> ("", ("",)))."""
    return {
        row["phrase"]: (row["ends"], tuple("" if stem == "*" else stem for stem in row["names"].split()))
        for row in load_table(lang, "body_anaphors", table_kind("body_anaphors"))
    }


def genders(lang: str, name: str = "pronouns") -> dict[str, str | None]:
    """Word -> gender (``m``, ``f``, or None for either) of a table with a ``gender`` column."""
    return {word: (None if gender == "-" else gender) for word, gender in mapping(lang, name, "gender").items()}
