"""Persons outside the gazetteer that the two versions of one story name in two scripts: linked in the entities
table (``same_as``), the Chinese one spelled as the other version spells the person, in the entities and the quotes
tables alike, and undone when the pair no longer holds."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus.build import BuildOptions, build
from corpus.cli import main
from corpus.entity_index import EntityIndex
from corpus.reader import with_same_as
from corpus.schemas import DOC_PAIRS
from corpus.writer import AtomicDatasetWriter
from pipeline.align.persons import NamedPerson, same_persons

ZH = """ date 2025-10-18
哈萨克斯坦粮食出口创新高

哈萨克斯坦农业部副部长梅列克·阿尔丹克诺夫18日在新闻发布会上表示，2025年哈萨克斯坦粮食产量达到2650万吨，比上年增长12%。

阿尔丹克诺夫指出，今年粮食出口量预计为1120万吨，主要出口到中国、伊朗和阿富汗。
"""

RU = """ date 2025-10-18
Экспорт зерна из Казахстана достигнет рекорда

Вице-министр сельского хозяйства Мереке Алданкенов 18 октября заявил, что в 2025 году урожай зерна в Казахстане \
составил 26,5 млн тонн, что на 12% больше, чем в прошлом году.

По словам Алданкенова, экспорт зерна в этом году ожидается на уровне 11,2 млн тонн, в основном в Китай, Иран и \
Афганистан.
"""


def _zh(name: str) -> NamedPerson:
    return NamedPerson(f"per:zh:{name}", "zh", name)


def test_a_transliteration_is_the_person_whose_name_its_reading_is_near() -> None:
    """科希尔·拉苏尔佐达 reads Кошир Ласурзода: Кохир Расулзода of the Russian version, not Ерлан Карин;
    梅列克·阿尔丹克诺夫 is the English version's Mereke Aldankenov; a Chinese name is the same name in pinyin or
    Palladius."""
    others = [
        NamedPerson("per:ru:Кохир Расулзода", "ru", "Кохир Расулзода"),
        NamedPerson("per:ru:Ерлан Карин", "ru", "Ерлан Карин"),
        NamedPerson("per:en:Mereke Aldankenov", "en", "Mereke Aldankenov"),
        NamedPerson("per:ru:Си Цзиньпин", "ru", "Си Цзиньпин"),
    ]
    found = same_persons([_zh("科希尔·拉苏尔佐达"), _zh("梅列克·阿尔丹克诺夫"), _zh("习近平"), _zh("李强")], others)
    assert sorted(found) == [
        ("per:zh:习近平", "per:ru:Си Цзиньпин"),
        ("per:zh:梅列克·阿尔丹克诺夫", "per:en:Mereke Aldankenov"),
        ("per:zh:科希尔·拉苏尔佐达", "per:ru:Кохир Расулзода"),
    ]


def test_no_link_to_someone_else_or_between_two_names_alike() -> None:
    """A person the other version does not name is linked to no one there; a reading near two names (卡林 reads Калин:
    Карин or Калин) links to neither; two Chinese persons of different surnames never share one partner, two of
    one surname may (a full name and the surname alone)."""
    assert same_persons([_zh("梅列克·阿尔丹克诺夫")], [NamedPerson("per:ru:Ерлан Карин", "ru", "Ерлан Карин")]) == []
    alike = [NamedPerson(f"per:ru:{n}", "ru", n) for n in ("Ерлан Карин", "Ерлан Калин")]
    assert same_persons([_zh("叶尔兰·卡林")], alike) == []
    assert same_persons([_zh("叶尔兰·卡林")], alike[:1]) == [("per:zh:叶尔兰·卡林", "per:ru:Ерлан Карин")]
    two = same_persons([_zh("叶尔兰·卡林"), _zh("阿斯兰·卡林")], alike[:1])
    assert two == []
    full_and_surname = same_persons(
        [_zh("梅列克·阿尔丹克诺夫"), _zh("阿尔丹克诺夫")], [NamedPerson("p", "ru", "Мереке Алданкенов")]
    )
    assert sorted(full_and_surname) == [("per:zh:梅列克·阿尔丹克诺夫", "p"), ("per:zh:阿尔丹克诺夫", "p")]


def test_a_person_named_twice_by_the_other_version_is_linked_to_the_full_name() -> None:
    """The other version names Мереке Алданкенов and then Алданкенов under two ids: one person, linked by the full
    name; a full Chinese name beside a surname alone needs the surname's nearness (科伊勒拜 is too far from Килыбай
    alone)."""
    others = [NamedPerson("surname", "ru", "Алданкенов"), NamedPerson("full", "ru", "Мереке Алданкенов")]
    assert same_persons([_zh("梅列克·阿尔丹克诺夫")], others) == [("per:zh:梅列克·阿尔丹克诺夫", "full")]
    assert same_persons([_zh("努尔达乌列特·科伊勒拜")], [NamedPerson("k", "ru", "Килыбай")]) == []
    assert same_persons([_zh("努尔达乌列特·科伊勒拜")], [NamedPerson("k", "ru", "Нурдаулет Килыбай")]) == [
        ("per:zh:努尔达乌列特·科伊勒拜", "k")
    ]


def test_a_russian_person_is_the_english_versions_read_back_in_cyrillic() -> None:
    """Ерлан Киясов beside the English version's Yerlan Kiyasov and Marat Kozhayev: the first; a name of no words
    (a stray joiner) compares with nothing."""
    others = [NamedPerson("e1", "en", "Yerlan Kiyasov"), NamedPerson("e2", "en", "Marat Kozhayev")]
    assert same_persons([NamedPerson("r", "ru", "Ерлан Киясов")], others) == [("r", "e1")]
    assert same_persons([_zh("梅列克·阿尔丹克诺夫")], [NamedPerson("dash", "en", "-")]) == []


def _pairs_table(*pairs: tuple[str, str, str, str]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {"doc_id_a": a, "doc_id_b": b, "lang_a": la, "lang_b": lb, "score": 0.9, "evidence": None, "n_links": 1}
            for a, b, la, lb in pairs
        ],
        schema=DOC_PAIRS,
    )


def test_the_entities_table_links_the_persons_of_a_pair_both_ways() -> None:
    index = EntityIndex([])
    index.add("zh1", [("per:zh:梅列克·阿尔丹克诺夫", "PER", "梅列克·阿尔丹克诺夫", 2)])
    index.add(
        "ru1", [("per:ru:Мереке Алданкенов", "PER", "Мереке Алданкенов", 1), ("per:ru:Ерлан Карин", "PER", "Карин", 1)]
    )
    index.add("zh2", [("per:zh:阿斯卡尔·托克帕诺夫", "PER", "阿斯卡尔·托克帕诺夫", 1)])
    alone = {row["entity_id"]: row for row in index.table().to_pylist()}
    unpaired = alone["per:zh:梅列克·阿尔丹克诺夫"]
    assert unpaired["same_as"] == [] and unpaired["name_ru"] is None
    paired = {row["entity_id"]: row for row in index.table(_pairs_table(("zh1", "ru1", "zh", "ru"))).to_pylist()}
    chinese, russian = paired["per:zh:梅列克·阿尔丹克诺夫"], paired["per:ru:Мереке Алданкенов"]
    assert chinese["same_as"] == ["per:ru:Мереке Алданкенов"] and russian["same_as"] == ["per:zh:梅列克·阿尔丹克诺夫"]
    assert (chinese["name_en"], chinese["name_ru"]) == ("Mereke Aldankenov", "Мереке Алданкенов")
    assert alone["per:zh:梅列克·阿尔丹克诺夫"]["name_en"] != "Mereke Aldankenov"  # the romanisation guesses otherwise
    assert russian["name_zh"] == "梅列克·阿尔丹克诺夫" and paired["per:ru:Ерлан Карин"]["same_as"] == []
    assert paired["per:zh:阿斯卡尔·托克帕诺夫"]["same_as"] == []  # its article has no pair


def test_english_spellings_reach_the_chinese_person_through_the_russian_one() -> None:
    """A Russian and an English version are linked first: the Russian person takes the English spelling (Kiyasov, not
    the romanisation Kiyassov), and the Chinese person linked to the Russian one takes it too, with the Russian name;
    the Russian row gets the Chinese name and its pinyin."""
    index = EntityIndex([])
    index.add("zh1", [("per:zh:叶尔兰·基亚索夫", "PER", "叶尔兰·基亚索夫", 1)])
    index.add("ru1", [("per:ru:Ерлан Киясов", "PER", "Ерлан Киясов", 1)])
    index.add("en1", [("per:en:Yerlan Kiyasov", "PER", "Yerlan Kiyasov", 1)])
    pairs = _pairs_table(("zh1", "ru1", "zh", "ru"), ("ru1", "en1", "ru", "en"))
    rows = {row["entity_id"]: row for row in index.table(pairs).to_pylist()}
    russian, chinese = rows["per:ru:Ерлан Киясов"], rows["per:zh:叶尔兰·基亚索夫"]
    assert russian["name_en"] == chinese["name_en"] == "Yerlan Kiyasov"
    assert chinese["name_ru"] == "Ерлан Киясов" and russian["name_zh"] == "叶尔兰·基亚索夫" and russian["pinyin"]
    assert set(russian["same_as"]) == {"per:en:Yerlan Kiyasov", "per:zh:叶尔兰·基亚索夫"}
    assert rows["per:en:Yerlan Kiyasov"]["name_ru"] == "Ерлан Киясов"


def test_linked_rows_share_their_names_and_are_followed_through_each_other() -> None:
    """A Chinese person linked to a Russian one, who is linked to an English one: the English row gets the Chinese
    name too, and asking for any of the three brings the other two."""
    index = EntityIndex([])
    index.add("zh1", [("per:zh:梅列克·阿尔丹克诺夫", "PER", "梅列克·阿尔丹克诺夫", 1)])
    index.add("ru1", [("per:ru:Мереке Алданкенов", "PER", "Мереке Алданкенов", 1)])
    index.add("en1", [("per:en:Mereke Aldankenov", "PER", "Mereke Aldankenov", 1)])
    pairs = _pairs_table(("zh1", "ru1", "zh", "ru"), ("ru1", "en1", "ru", "en"))
    rows = index.table(pairs).to_pylist()
    english = next(row for row in rows if row["entity_id"] == "per:en:Mereke Aldankenov")
    assert (english["name_zh"], english["name_ru"]) == ("梅列克·阿尔丹克诺夫", "Мереке Алданкенов")
    for asked in ("per:zh:梅列克·阿尔丹克诺夫", "per:en:Mereke Aldankenov"):
        chosen = [row for row in rows if row["entity_id"] == asked]
        assert len(with_same_as(chosen, rows)) == 3


def test_a_chinese_surname_linked_to_two_people_takes_neither_name() -> None:
    """per:zh:卡林 is one id in every Chinese article: beside Yerlan Karin in one pair and Aslan Karin in another it is
    no one person, is linked to neither and keeps its own romanisation; a person linked in a zh-en and a zh-ru pair,
    whose partners spell one name two ways (Kiyasov, the romanisation Kiyassov), takes the English version's
    spelling and the Russian name."""
    index = EntityIndex([])
    index.add("zh1", [("per:zh:卡林", "PER", "卡林", 1)])
    index.add("zh2", [("per:zh:卡林", "PER", "卡林", 1)])
    index.add("en1", [("per:en:Yerlan Karin", "PER", "Yerlan Karin", 1)])
    index.add("en2", [("per:en:Aslan Karin", "PER", "Aslan Karin", 1)])
    index.add("zh3", [("per:zh:叶尔兰·基亚索夫", "PER", "叶尔兰·基亚索夫", 1)])
    index.add("en3", [("per:en:Yerlan Kiyasov", "PER", "Yerlan Kiyasov", 1)])
    index.add("ru3", [("per:ru:Ерлан Киясов", "PER", "Ерлан Киясов", 1)])
    alone = {row["entity_id"]: row["name_en"] for row in index.table().to_pylist()}
    pairs = _pairs_table(
        ("zh1", "en1", "zh", "en"), ("zh2", "en2", "zh", "en"), ("zh3", "en3", "zh", "en"), ("zh3", "ru3", "zh", "ru")
    )
    rows = {row["entity_id"]: row for row in index.table(pairs).to_pylist()}
    assert rows["per:zh:卡林"]["same_as"] == [] and rows["per:zh:卡林"]["name_en"] == alone["per:zh:卡林"]
    assert rows["per:en:Aslan Karin"]["same_as"] == rows["per:en:Yerlan Karin"]["same_as"] == []
    kiyasov = rows["per:zh:叶尔兰·基亚索夫"]  # the Russian partner alone would give the romanisation Kiyassov
    assert rows["per:ru:Ерлан Киясов"]["name_en"] == "Yerlan Kiyassov"  # its versions in Russian and English unpaired
    assert (kiyasov["name_en"], kiyasov["name_ru"]) == ("Yerlan Kiyasov", "Ерлан Киясов")


def test_a_rewritten_table_keeps_its_rows_and_takes_no_more(tmp_path: Path) -> None:
    schema = pa.schema([pa.field("x", pa.int64())])
    with AtomicDatasetWriter(tmp_path / "out", {"t": schema}) as writer:
        writer.write("t", pa.table({"x": [1, 2]}, schema=schema))
        writer.rewrite("t", lambda data: pa.table({"x": pa.compute.multiply(data["x"], 10)}, schema=schema))
        with pytest.raises(ValueError, match="finished"):
            writer.write("t", pa.table({"x": [3]}, schema=schema))
        writer.finish_tables()
        assert pq.read_table(writer.staging / "t.parquet")["x"].to_pylist() == [10, 20]
        writer.abort()


def _speakers(out: Path) -> dict[str, set[str]]:
    quotes = pq.read_table(out / "quotes.parquet", columns=["speaker_entity_id", "speaker_name_en"]).to_pylist()
    found: dict[str, set[str]] = {}
    for row in quotes:
        found.setdefault(row["speaker_entity_id"], set()).add(row["speaker_name_en"])
    return found


def _entity(out: Path, entity_id: str) -> dict:  # type: ignore[type-arg]
    rows = pq.read_table(out / "entities.parquet").to_pylist()
    return next(row for row in rows if row["entity_id"] == entity_id)


def test_a_build_spells_the_chinese_speaker_as_the_paired_version_and_undoes_it(tmp_path: Path) -> None:
    """The Chinese article's quotes carry the Russian version's spelling once the two are paired, and a search for
    the person by the Russian name or id (quotes, concordance) finds the Chinese too; when the Russian article
    changes so that it no longer names the person, or the pair threshold drops the pair, a rebuild gives the Chinese
    quotes their romanisation back (the copied rows' names are not left as they were)."""
    source, out = tmp_path / "articles", tmp_path / "out"
    source.mkdir()
    (source / "zh.txt").write_text(ZH, encoding="utf-8")
    (source / "ru.txt").write_text(RU, encoding="utf-8")
    build([str(source)], out, BuildOptions())
    chinese = "per:zh:梅列克·阿尔丹克诺夫"
    assert _speakers(out)[chinese] == {"Mereke Aldankenov"}
    assert _entity(out, chinese)["same_as"] == ["per:ru:Мереке Алданкенов"]
    found = CliRunner().invoke(main, ["quotes", str(out), "--speaker", "Aldankenov", "--format", "json"])
    assert found.exit_code == 0 and {q["speaker_entity_id"] for q in json.loads(found.output)} >= {chinese}
    listed = CliRunner().invoke(main, ["entities", str(out), "--type", "PER", "--format", "csv"])
    assert f"{chinese},PER," in listed.output and "per:ru:Мереке Алданкенов" in listed.output.split(chinese, 1)[1]
    by_id = CliRunner().invoke(main, ["quotes", str(out), "--speaker", "Мереке Алданкенов", "--format", "json"])
    assert {q["speaker_entity_id"] for q in json.loads(by_id.output)} >= {chinese, "per:ru:Мереке Алданкенов"}
    lines = CliRunner().invoke(main, ["kwic", str(out), "--entity", "per:ru:Мереке Алданкенов"])
    assert lines.exit_code == 0 and "[梅列克·阿尔丹克诺夫]" in lines.output and "[Мереке Алданкенов]" in lines.output

    build([str(source)], out, BuildOptions(pair_threshold=0.99))  # nothing changed but the threshold: no pair
    assert pq.read_table(out / "doc_pairs.parquet").num_rows == 0
    assert _entity(out, chinese)["same_as"] == [] and _speakers(out)[chinese] == {_entity(out, chinese)["name_en"]}
    assert _entity(out, chinese)["name_en"] != "Mereke Aldankenov"

    build([str(source)], out, BuildOptions())
    assert _speakers(out)[chinese] == {"Mereke Aldankenov"}
    (source / "ru.txt").write_text(RU.replace("Мереке Алданкенов", "Бауыржан Омаров").replace("Алданкенова", "Омарова"))
    build([str(source)], out, BuildOptions())  # the Chinese article's rows are copied from the previous build
    assert pq.read_table(out / "doc_pairs.parquet").num_rows == 1
    assert _entity(out, chinese)["same_as"] == [] and _speakers(out)[chinese] == {_entity(out, chinese)["name_en"]}


def test_a_dataset_built_before_same_as_still_answers(tmp_path: Path) -> None:
    """An entities table without ``same_as`` (a build made before it): the entities, quotes and concordance commands
    answer as before."""
    source, out = tmp_path / "articles", tmp_path / "out"
    source.mkdir()
    (source / "ru.txt").write_text(RU, encoding="utf-8")
    build([str(source)], out, BuildOptions())
    path = out / "entities.parquet"
    pq.write_table(pq.read_table(path).drop_columns(["same_as"]), path)
    runner = CliRunner()
    for args in (
        ["entities", str(out), "--format", "csv"],
        ["quotes", str(out), "--speaker", "Алданкенов", "--format", "json"],
        ["kwic", str(out), "--entity", "Алданкенов"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and "Алданкенов" in result.output, (args, result.output)


def test_spellings_of_one_name_are_one_and_other_names_are_not() -> None:
    """What tells the partners of one id apart: romanisations of one name are one (Kiyassov, Kiyasov; Yesimov,
    Esimov, in any word), other given names are not (Aslan and Yerlan Karin)."""
    from corpus.entity_index import _spelling_key

    assert _spelling_key("Yerlan Kiyassov") == _spelling_key("Erlan Kiyasov")
    assert _spelling_key("Daniyar Yesimov") == _spelling_key("Daniyar Esimov")
    assert _spelling_key("Aslan Karin") != _spelling_key("Yerlan Karin")


def test_a_partner_two_different_people_took_links_neither() -> None:
    """Two Russian articles name only `Карин`, one beside 叶尔兰·卡林, the other beside 阿斯兰·卡林: one id for two
    people on the Russian side, so neither is linked and each Chinese row keeps its own romanised given name."""
    index = EntityIndex([])
    index.add("zh1", [("per:zh:叶尔兰·卡林", "PER", "叶尔兰·卡林", 1)])
    index.add("ru1", [("per:ru:Карин", "PER", "Карин", 1)])
    index.add("zh2", [("per:zh:阿斯兰·卡林", "PER", "阿斯兰·卡林", 1)])
    index.add("ru2", [("per:ru:Карин", "PER", "Карин", 1)])
    alone = {row["entity_id"]: row["name_en"] for row in index.table().to_pylist()}
    rows = {
        row["entity_id"]: row
        for row in index.table(_pairs_table(("zh1", "ru1", "zh", "ru"), ("zh2", "ru2", "zh", "ru"))).to_pylist()
    }
    assert all(row["same_as"] == [] for row in rows.values())
    assert {entity_id: row["name_en"] for entity_id, row in rows.items()} == alone
    one = {row["entity_id"]: row for row in index.table(_pairs_table(("zh1", "ru1", "zh", "ru"))).to_pylist()}
    assert one["per:zh:叶尔兰·卡林"]["same_as"] == ["per:ru:Карин"]
    assert one["per:zh:叶尔兰·卡林"]["name_en"] == alone["per:zh:叶尔兰·卡林"]  # not `Karin`: the surname alone
