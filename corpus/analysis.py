"""Corpus statistics for linguists: frequency lists, n-grams, collocations, entity co-occurrence, keywords.

Everything is one DuckDB query over the build's Parquet files (tokens are unnested from the sentences
table inside the query), so nothing loops over rows in Python and a corpus of 100,000 documents answers
in seconds (benchmarks/bench_analysis.py). Values from the user reach the queries only as bound
parameters, never as SQL text.

Measures, with f_xy the co-occurrence count, f_x and f_y the counts of the two items and N the corpus
size (as Sketch Engine defines them):

- logDice = 14 + log2(2·f_xy / (f_x + f_y)); at most 14, comparable across corpus sizes;
- MI = log2(f_xy·N / (f_x·f_y));
- t-score = (f_xy − f_x·f_y/N) / sqrt(f_xy);
- log-likelihood (keywords) G² = 2·Σ O·ln(O/E) over the two subcorpora, E = size·(a+b)/(size_a+size_b),
  with the log ratio log2((a/size_a)/(b/size_b)) as effect size (b = 0 counted as 0.5).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from corpus.errors import CorpusError
from corpus.reader import Build, Dataset, open_build, read_manifest

T = TypeVar("T")

Row = dict[str, Any]

UNITS = ("form", "lemma", "upos")
MEASURES = ("logdice", "mi", "t")
SKIPPED_UPOS = ("PUNCT", "SYM")
"""Parts of speech left out of word counts (freq by form or lemma, collocations, keywords)."""


def _connect(build: Build, tables: tuple[str, ...]) -> Any:
    """A DuckDB connection with one view per table of the build (``documents``, ``sentences``...)."""
    import duckdb

    connection = duckdb.connect()
    for table in tables:
        quoted = str(build.path(table)).replace("'", "''")
        connection.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{quoted}')")
    return connection


def _query(root: Dataset, tables: tuple[str, ...], run: Callable[[Any], T]) -> T:
    """``run`` on a connection whose views read one build, however many commits come meanwhile.

    DuckDB opens Parquet files by path inside SQL, so it cannot be handed a pinned build's open files as
    pyarrow is. Where the OS names open files (Linux, /proc/self/fd/N) the views read the pinned build's
    own files. Elsewhere they read OUT's paths, so the manifest's build_id is read before and after the
    query, which runs once more if it changed (a commit came between: its result may mix two builds)."""
    import duckdb

    for attempt in range(2):
        with open_build(root) as build:
            before = build.manifest.get("build_id")
            connection = _connect(build, tables)
            try:
                result = run(connection)
                failure: duckdb.IOException | None = None
            except duckdb.IOException as err:  # a file of the old build removed as the query ran
                failure = err
            finally:
                connection.close()
            if build.pinned_paths or read_manifest(build.root).get("build_id") == before:
                if failure is not None:
                    raise failure
                return result
            name = build.root
            if isinstance(root, Build) or attempt:
                break
    raise CorpusError(f"{name}: new builds were committed while it was read; run the command again")


def _key(unit: str) -> str:
    """The SQL expression of a token's unit: its form, its lemma (the lower-cased form where a tagger gave
    none) or its UPOS."""
    if unit == "form":
        return "t.form"
    if unit == "lemma":
        return "coalesce(t.lemma, lower(t.form))"
    if unit == "upos":
        return "coalesce(t.upos, 'X')"
    raise CorpusError(f"unknown unit {unit!r}: use one of {', '.join(UNITS)}")


def _keys_sql(unit: str, where: str = "TRUE", *, lower: bool = False) -> str:
    """One row per sentence: its tokens' units in order as ``keys`` (NULL for punctuation when counting
    words; lower-cased with ``lower``), with the document and the block's language."""
    skip = "FALSE" if unit == "upos" else f"t.upos IN {SKIPPED_UPOS}"
    key = f"lower({_key(unit)})" if lower else _key(unit)
    return (
        f"SELECT s.doc_id, s.sentence, s.lang, list_transform(s.tokens, lambda t: CASE WHEN {skip} THEN NULL "
        f"ELSE {key} END) AS keys FROM sentences s WHERE {where}"
    )


def _limit(top: int | None) -> int:
    """The LIMIT of a query: ``top``, or no limit worth the name for None."""
    return top if top is not None else 2**62


def _rows(cursor: Any) -> list[Row]:
    columns = [description[0] for description in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def frequencies(
    root: Dataset,
    *,
    by: str = "lemma",
    lang: str | None = None,
    ngram: int = 1,
    top: int | None = 50,
    docs: bool = False,
) -> list[Row]:
    """A frequency list: item, freq, per_million (of the tokens counted), docs (document frequency).

    ``by`` form, lemma or upos counts tokens of the sentences in ``lang`` (the block's language),
    punctuation left out but for upos; ``ngram`` > 1 counts runs of that many tokens inside a sentence
    (none crossing punctuation), joined by spaces. ``by`` entity counts mentions per entity. ``docs`` adds
    the document frequency (a second grouping by document and item: about twice the time)."""
    if by == "entity":
        return _entity_frequencies(root, lang=lang, top=top)
    if ngram < 1:
        raise CorpusError("--ngram must be 1 or more")
    where = "s.lang = $lang" if lang else "TRUE"
    # Shifted copies of each sentence's list unnested side by side give its n-grams (the shorter lists end
    # in NULLs, as do punctuation tokens: an n-gram with a NULL is none).
    columns = ", ".join(f"unnest(keys[{k + 1}:]) AS k{k}" if k else "unnest(keys) AS k0" for k in range(ngram))
    complete = " AND ".join(f"k{k} IS NOT NULL" for k in range(ngram))
    item = " || ' ' || ".join(f"k{k}" for k in range(ngram))
    counted = (
        "SELECT item, sum(n)::BIGINT AS freq, count(*) AS docs FROM per_doc GROUP BY item"
        if docs
        else f"SELECT {item} AS item, count(*) AS freq FROM grams WHERE {complete} GROUP BY item"
    )
    sql = f"""
        WITH grams AS (SELECT doc_id, {columns} FROM ({_keys_sql(by, where)})),
        per_doc AS (SELECT {item} AS item, doc_id, count(*) AS n FROM grams WHERE {complete} GROUP BY ALL),
        counted AS ({counted})
        SELECT item, freq, round(freq * 1e6 / sum(freq) OVER (), 2) AS per_million{", docs" if docs else ""}
        FROM counted ORDER BY freq DESC, item LIMIT $top
    """
    params: dict[str, Any] = {"top": _limit(top)}
    if lang:
        params["lang"] = lang
    return _query(root, ("sentences",), lambda connection: _rows(connection.execute(sql, params)))


def _entity_frequencies(root: Dataset, *, lang: str | None, top: int | None) -> list[Row]:
    """Mentions per entity (in documents of ``lang``), with the entity's names."""
    sql = """
        WITH counted AS (
            SELECT m.entity_id, count(*) AS freq, count(DISTINCT m.doc_id) AS docs
            FROM mentions m JOIN documents d USING (doc_id)
            WHERE $lang IS NULL OR d.lang = $lang GROUP BY m.entity_id)
        SELECT c.entity_id AS item, e.label, coalesce(e.name_en, e.name_ru, e.name_zh) AS name, c.freq,
               round(c.freq * 1e6 / sum(c.freq) OVER (), 2) AS per_million, c.docs
        FROM counted c LEFT JOIN entities e USING (entity_id)
        ORDER BY c.freq DESC, item LIMIT $top
    """
    params = {"lang": lang, "top": _limit(top)}
    tables = ("mentions", "entities", "documents")
    return _query(root, tables, lambda connection: _rows(connection.execute(sql, params)))


def collocations(
    root: Dataset,
    query: str,
    *,
    by: str = "lemma",
    window: int = 5,
    measure: str = "logdice",
    min_freq: int = 2,
    lang: str | None = None,
    top: int | None = 50,
) -> list[Row]:
    """Words that keep company with ``query`` (a lemma or a form, by ``by``; lower-cased) within
    ``window`` tokens either side in the same sentence, punctuation left out.

    Each row: collocate, f_xy (co-occurrences), f_x (the query's count), f_y (the collocate's count),
    logdice, mi, t; sorted by ``measure``. ``min_freq`` is the least f_xy kept."""
    if measure not in MEASURES:
        raise CorpusError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}")
    if by not in ("form", "lemma"):
        raise CorpusError("collocations are counted by form or lemma")
    where = "s.lang = $lang" if lang else "TRUE"
    # The sentences' keys (lower-cased) are read from Parquet once and held in memory for the three passes:
    # the sentences holding the query, the collocates' counts and the corpus size.
    keyed = _keys_sql(by, where, lower=True)
    sql = f"""
        WITH hit AS (SELECT doc_id, sentence, keys FROM keyed WHERE list_contains(keys, lower($query))),
        tokens AS (SELECT doc_id, sentence, unnest(keys) AS item, unnest(range(len(keys))) AS i FROM hit),
        nodes AS (SELECT doc_id, sentence, i FROM tokens WHERE item = lower($query)),
        pairs AS (
            SELECT w.item AS collocate, count(*) AS f_xy FROM nodes n
            JOIN tokens w ON w.doc_id = n.doc_id AND w.sentence = n.sentence
                AND w.i BETWEEN n.i - $window AND n.i + $window AND w.i <> n.i AND w.item IS NOT NULL
            GROUP BY w.item HAVING count(*) >= $min_freq),
        sizes AS (
            SELECT item, count(*) AS f FROM (SELECT unnest(keys) AS item FROM keyed)
            WHERE item IN (SELECT collocate FROM pairs) GROUP BY item),
        total AS (SELECT sum(list_count(keys)) AS n FROM keyed),
        node AS (SELECT count(*) AS f FROM nodes)
        SELECT p.collocate, p.f_xy, node.f AS f_x, s.f AS f_y,
               14 + log2(2.0 * p.f_xy / (node.f + s.f)) AS logdice,
               log2(p.f_xy * total.n / (node.f * s.f::DOUBLE)) AS mi,
               (p.f_xy - node.f * s.f::DOUBLE / total.n) / sqrt(p.f_xy) AS t
        FROM pairs p JOIN sizes s ON s.item = p.collocate, total, node
        ORDER BY {measure} DESC, p.f_xy DESC, p.collocate LIMIT $top
    """
    params: dict[str, Any] = {
        "query": query,
        "window": window,
        "min_freq": min_freq,
        "top": _limit(top),
    }

    def run(connection: Any) -> list[Row]:
        connection.execute(f"CREATE TEMP TABLE keyed AS {keyed}", {"lang": lang} if lang else {})
        return [_rounded(row) for row in _rows(connection.execute(sql, params))]

    return _query(root, ("sentences",), run)


def cooccurrences(
    root: Dataset,
    *,
    labels: tuple[str, ...] = (),
    unit: str = "sentence",
    min_freq: int = 2,
    top: int | None = 50,
    entity_ids: list[str] | None = None,
) -> list[Row]:
    """Pairs of entities named in the same sentence (or document): count (units holding both), f_a and
    f_b (units holding each), logdice and mi over the units; only entities of ``labels`` when given,
    only those of ``entity_ids`` when given (the report's network of the top entities)."""
    if unit not in ("sentence", "document"):
        raise CorpusError("--unit is sentence or document")
    unit_key = "doc_id || ':' || coalesce(sentence, -1)" if unit == "sentence" else "doc_id"
    sql = f"""
        WITH present AS (
            SELECT DISTINCT {unit_key} AS unit, entity_id FROM mentions
            WHERE (len($labels) = 0 OR list_contains($labels, label))
              AND ($ids IS NULL OR list_contains($ids, entity_id))),
        sizes AS (SELECT entity_id, count(*) AS f FROM present GROUP BY entity_id),
        total AS (SELECT count(DISTINCT unit) AS n FROM present),
        pairs AS (
            SELECT a.entity_id AS entity_a, b.entity_id AS entity_b, count(*) AS count
            FROM present a JOIN present b ON a.unit = b.unit AND a.entity_id < b.entity_id
            GROUP BY ALL HAVING count(*) >= $min_freq)
        SELECT p.entity_a, coalesce(ea.name_en, ea.name_ru, ea.name_zh) AS name_a, ea.label AS label_a,
               p.entity_b, coalesce(eb.name_en, eb.name_ru, eb.name_zh) AS name_b, eb.label AS label_b,
               p.count, sa.f AS f_a, sb.f AS f_b,
               14 + log2(2.0 * p.count / (sa.f + sb.f)) AS logdice,
               log2(p.count * total.n / (sa.f * sb.f::DOUBLE)) AS mi
        FROM pairs p
        JOIN sizes sa ON sa.entity_id = p.entity_a JOIN sizes sb ON sb.entity_id = p.entity_b
        LEFT JOIN entities ea ON ea.entity_id = p.entity_a LEFT JOIN entities eb ON eb.entity_id = p.entity_b,
        total
        ORDER BY p.count DESC, logdice DESC, p.entity_a, p.entity_b LIMIT $top
    """
    params = {
        "labels": list(labels),
        "ids": entity_ids,
        "min_freq": min_freq,
        "top": _limit(top),
    }
    return _query(
        root,
        ("mentions", "entities"),
        lambda connection: [_rounded(row) for row in _rows(connection.execute(sql, params))],
    )


@dataclass
class Subcorpus:
    """Documents chosen by ``--where``: a SQL condition over documents (d) with its bound parameters."""

    spec: str
    sql: str
    params: dict[str, Any] = field(default_factory=dict)


_CONDITION = re.compile(r"^\s*(lang|date|source)\s*(>=|<=|!=|=|<|>|~)\s*(.+?)\s*$")


def parse_where(spec: str, prefix: str = "a") -> Subcorpus:
    """Parse a subcorpus: conditions joined by ``,`` (all must hold).

    - ``lang=ru``, ``lang!=zh``, ``lang=ru|kk`` (any of);
    - ``date=2024`` (a year), ``date=2024-05`` (a month), ``date=2024-05-01``, ``date=2024-01..2024-06``
      (from the start of the first to the end of the second, both included), ``date>=2024-03-01``,
      ``date<2024``; documents without a date never match a date condition;
    - ``source=zh/*`` (a glob over the source path: ``*`` any characters, ``?`` one), ``source~kazinform``
      (contains), ``source!=…``.
    ``rest`` (only for the reference) means every document the other side does not hold."""
    conditions, params = [], {}
    for number, part in enumerate(p for p in spec.split(",") if p.strip()):
        match = _CONDITION.match(part)
        if not match:
            raise CorpusError(
                f"--where: cannot read {part.strip()!r}; write conditions such as lang=ru, date=2024-05, "
                "date>=2024-01-01, date=2023..2024-06, source=zh/*, joined by commas"
            )
        column, operator, value = match.groups()
        name = f"{prefix}{number}"
        if column == "lang":
            if operator not in ("=", "!="):
                raise CorpusError(f"--where: lang takes = or != ({part.strip()!r})")
            params[name] = value.split("|")
            conditions.append(f"{'NOT ' if operator == '!=' else ''}list_contains(${name}, d.lang)")
        elif column == "source":
            if operator == "~":
                params[name] = f"%{_like_escape(value)}%"
            elif operator in ("=", "!="):
                params[name] = _like_escape(value).replace("*", "%").replace("?", "_")
            else:
                raise CorpusError(f"--where: source takes =, != or ~ ({part.strip()!r})")
            conditions.append(f"d.source {'NOT ' if operator == '!=' else ''}LIKE ${name} ESCAPE '\\'")
        else:
            conditions.append(_date_condition(value, operator, name, params, part.strip()))
    if not conditions:
        raise CorpusError("--where: give at least one condition (lang=ru, date=2024, source=zh/*)")
    return Subcorpus(spec, "(" + " AND ".join(conditions) + ")", params)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _date_condition(value: str, operator: str, name: str, params: dict[str, Any], part: str) -> str:
    """``date`` compared with a year, a month, a day, or a range of them (``a..b``)."""
    if ".." in value:
        if operator != "=":
            raise CorpusError(f"--where: a date range takes = ({part!r})")
        first, last = value.split("..", 1)
        params[f"{name}s"], params[f"{name}e"] = _period(first, part)[0], _period(last, part)[1]
        return f"(d.date >= ${name}s AND d.date < ${name}e)"
    start, end = _period(value, part)
    condition = {
        "=": f"(d.date >= ${name}s AND d.date < ${name}e)",
        "!=": f"(d.date < ${name}s OR d.date >= ${name}e)",
        "<": f"d.date < ${name}s",
        "<=": f"d.date < ${name}e",
        ">": f"d.date >= ${name}e",
        ">=": f"d.date >= ${name}s",
    }.get(operator)
    if condition is None:
        raise CorpusError(f"--where: date takes =, !=, <, <=, >, >= ({part!r})")
    for suffix, day in (("s", start), ("e", end)):
        if f"${name}{suffix}" in condition:  # DuckDB refuses parameters the query does not use
            params[f"{name}{suffix}"] = day
    return condition


def _period(value: str, part: str) -> tuple[dt.date, dt.date]:
    """[start, end) of a year, month or day written YYYY, YYYY-MM or YYYY-MM-DD."""
    try:
        pieces = [int(piece) for piece in value.strip().split("-")]
        if len(pieces) == 1:
            return dt.date(pieces[0], 1, 1), dt.date(pieces[0] + 1, 1, 1)
        if len(pieces) == 2:
            year, month = pieces
            return dt.date(year, month, 1), dt.date(year + month // 12, month % 12 + 1, 1)
        if len(pieces) == 3:
            day = dt.date(*pieces)
            return day, day + dt.timedelta(days=1)
    except (ValueError, TypeError):
        pass
    raise CorpusError(f"--where: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD) in {part!r}")


def keywords(
    root: Dataset,
    where: str,
    against: str = "rest",
    *,
    by: str = "lemma",
    min_freq: int = 3,
    top: int | None = 50,
) -> tuple[list[Row], dict[str, int]]:
    """Items more frequent in the documents of ``where`` than in those of ``against`` (``rest``: every
    other document), by log-likelihood G²; each row with freq_a, freq_b, per-million rates, g2 and
    log_ratio. Also returns the sizes: documents and tokens of each side."""
    if by not in UNITS:
        raise CorpusError(f"unknown unit {by!r}: use one of {', '.join(UNITS)}")
    target = parse_where(where, "a")
    if against.strip() == "rest":
        reference = Subcorpus("rest", f"NOT coalesce({target.sql}, FALSE)", dict(target.params))
    else:
        reference = parse_where(against, "b")
    sql = f"""
        WITH sides AS (
            SELECT doc_id, coalesce({target.sql}, FALSE) AS in_a, coalesce({reference.sql}, FALSE) AS in_b
            FROM documents d),
        keyed AS (
            SELECT sides.in_a, sides.in_b, k.keys FROM ({_keys_sql(by)}) k JOIN sides USING (doc_id)
            WHERE sides.in_a OR sides.in_b),
        items AS (SELECT in_a, in_b, unnest(keys) AS item FROM keyed),
        counted AS (
            SELECT item, count(*) FILTER (WHERE in_a) AS a, count(*) FILTER (WHERE in_b) AS b
            FROM items WHERE item IS NOT NULL GROUP BY item),
        size AS (SELECT sum(a)::DOUBLE AS c, sum(b)::DOUBLE AS d FROM counted),
        scored AS (
            SELECT item, a, b, c, d, c * (a + b) / (c + d) AS e1, d * (a + b) / (c + d) AS e2 FROM counted, size)
        SELECT item, a AS freq_a, b AS freq_b, round(a * 1e6 / c, 2) AS per_million_a,
               round(b * 1e6 / nullif(d, 0), 2) AS per_million_b,
               2 * ((CASE WHEN a > 0 THEN a * ln(a / e1) ELSE 0 END)
                    + (CASE WHEN b > 0 THEN b * ln(b / e2) ELSE 0 END)) AS g2,
               log2((a / c) / (greatest(b, 0.5) / nullif(d, 0))) AS log_ratio, c AS tokens_a, d AS tokens_b
        FROM scored
        WHERE a >= $min_freq AND a / c > b / nullif(d, 0) OR (a >= $min_freq AND d = 0)
        ORDER BY g2 DESC, item LIMIT $top
    """
    params = {**target.params, **reference.params, "min_freq": min_freq, "top": _limit(top)}
    size_sql = f"""
        SELECT count(*) FILTER (WHERE coalesce({target.sql}, FALSE)) AS docs_a,
               count(*) FILTER (WHERE coalesce({reference.sql}, FALSE)) AS docs_b
        FROM documents d
    """

    def run(connection: Any) -> tuple[list[Row], Row]:
        rows = [_rounded(row) for row in _rows(connection.execute(sql, params))]
        return rows, _rows(connection.execute(size_sql, {**target.params, **reference.params}))[0]

    rows, sizes = _query(root, ("sentences", "documents"), run)
    for side in ("tokens_a", "tokens_b"):
        sizes[side] = rows[0][side] if rows else 0
        for row in rows:
            del row[side]
    sizes = {key: int(value) for key, value in sizes.items()}
    if sizes["docs_a"] == 0:
        raise CorpusError(f"--where {where!r} holds no document")
    if sizes["docs_b"] == 0:
        raise CorpusError(f"--against {against!r} holds no document")
    return rows, sizes


def _rounded(row: Row) -> Row:
    """Scores to 3 decimals (what a table shows; JSON and CSV carry the same values)."""
    return {key: round(value, 3) if isinstance(value, float) else value for key, value in row.items()}
