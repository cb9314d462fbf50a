"""Names carried into Latin letters: the context rules, Kazakh English spelling, transliterations read back."""

from __future__ import annotations

import pytest

from corpus.runner import PipelineConfig, make_pipeline
from pipeline.lang import romanized_person
from pipeline.lang.ru.lexicon import romanize_russian_name
from pipeline.lang.zh.translit import (
    chinese_surname,
    cyrillic_reading,
    cyrillic_readings,
    known_name_reading,
    romanize_person,
    romanize_transliteration,
)
from pipeline.rules import RuleError, parse_table
from pipeline.spelling import Respeller, parse_rule


def test_a_rule_with_context_beats_the_plain_letter() -> None:
    speller = Respeller({"a": "A", "b": "B", "V[b]": "bb", "[a]$": "ah", "^[b]": "p"}, vowels="a")
    assert speller.word("bab") == "pAbb"
    assert speller.word("ba") == "pah"
    assert speller.word("abc") is None  # a letter without a rule: no spelling rather than a wrong one
    assert parse_rule("V[е]", "ye").before == "V" and parse_rule("ж", "zh").before == ""


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Ерлан Карин", "Yerlan Karin"),  # е at a word's start
        ("Касым-Жомарт Токаев", "Kassym-Zhomart Tokayev"),  # с between vowels, е after one; the hyphen kept
        ("Айбек Дадебай", "Aibek Dadebay"),  # й before a consonant, at the end
        ("Сагырбайулы", "Sagyrbayuly"),  # й between vowels
        ("Жайык Махсутов", "Zhaiyk Makhsutov"),  # й before ы
        ("Дмитрий", "Dmitry"),
        ("Асель Нысанова", "Assel Nyssanova"),  # с between vowels is doubled
        ("Серик Сейсенов", "Serik Seisenov"),  # not after й, nor at a word's start
        ("Жанар Әбішева", "Zhanar Abisheva"),  # Kazakh letters
        ("Ерлан Тимурович Сейткали", "Yerlan Seitkali"),  # the patronymic is left out of an English name
        ("Марат Сахатулы Балпан", "Marat Balpan"),  # and a Kazakh one before the surname
        ("Арыстанбек Мухамедиулы", "Arystanbek Mukhamediuly"),  # which, last, is the surname
        ("Айгуль Маратовна Исаева", "Aigul Issayeva"),
        ("Александр Лукашевич", "Alexander Lukashevich"),  # a surname in -евич after a given name stays
        ("Юрий Ильин", "Yuri Ilyin"),  # a soft sign before и is y; Юрий, Александр as English news spells them
        ("Алексей Бородавкин", "Alexey Borodavkin"),
        ("Максим", "Maksim"),  # a given name alone is spelled letter by letter
        ("Сяо Евэнь", "Xiao Yewen"),  # a Chinese name in Russian (Palladius) is written in pinyin
        ("Си Цзиньпин", "Xi Jinping"),
        ("Чжан Ханьхуэй", "Zhang Hanhui"),
        ("Ли Дина", "Li Dina"),  # not Ding'a: pinyin sets a, o, e off after a syllable
        ("Ян Ерлан", "Yan Yerlan"),  # a Chinese surname alone does not make a name Chinese
        ("Ким Ен", "Kim Yen"),
        ("Алтай Кульгинов", "Altai Kulginov"),  # a given name in -ай ends in -ai
        ("Кайрат Сарыбай", "Kairat Sarybay"),  # a surname in -бай in -bay
        ("Сергей Лавров", "Sergey Lavrov"),  # -ей is no -ай
    ],
)
def test_cyrillic_names_in_kazakh_english_spelling(cyrillic: str, latin: str) -> None:
    assert romanize_russian_name(cyrillic) == latin


def test_transliterated_names_read_back_through_cyrillic() -> None:
    assert cyrillic_reading("努尔兰·阿利耶夫") == "Нурлан Алиев"
    assert romanize_transliteration("努尔兰·阿利耶夫") == "Nurlan Aliyev"
    assert romanize_transliteration("达娜·诺夫") == "Dana Nov"  # 夫 is в at a word's end
    assert romanize_transliteration("弗拉基米尔·沙曼诺夫") == "Vladimir Shamanov"  # a given-name row; 曼诺 -> мано
    assert romanize_transliteration("叶尔兰") == "Yerlan"
    assert romanize_transliteration("阿卜杜拉·阿里波夫") == "Abdulla Aripov"  # 波 is бо, 波夫 пов
    assert romanize_transliteration("波拉特") == "Bolat"
    # characters of the official Russian-Chinese transliteration table read as it writes them (坚 де(н), 昆 кун)
    assert cyrillic_reading("穆拉特·叶尔坚别科夫") == "Мурат Ерденбеков"
    assert romanize_transliteration("阿尔斯兰·昆巴耶夫") == "Arslan Kunbayev"
    assert romanize_transliteration("学校") is None  # not transliteration characters
    # one character the readings lack, among enough they have, is read by its Mandarin syllable (Palladius)
    assert romanize_transliteration("哈纳特·霍世曼") == "Kanat Khoshiman"


def test_a_reading_is_put_right_by_the_names_of_kazakh_news_by_one_difference_at_most() -> None:
    # name_words.tsv (KazNERD's persons): Ашмбаев is Ашимбаев (a vowel left out), Хошанов Кошанов (哈 is х or к)
    assert romanize_transliteration("玛吾林·阿什姆巴耶夫") == "Maulen Ashimbayev"
    assert romanize_transliteration("叶尔兰·霍沙诺夫") == "Yerlan Koshanov"
    assert romanize_transliteration("阿斯哈特·阿伊马汗别托夫") == "Askhat Aimagambetov"
    assert romanize_transliteration("玛吾林·阿什姆巴耶娃") == "Maulen Ashimbayeva"  # a woman's: the man's with а
    # two differences are too many for a listed surname: Кусаинов stays itself, not Косанов
    assert romanize_transliteration("詹多斯·库萨伊诺夫") != "Zhandos Kossanov"


def test_name_words_come_from_person_annotations_in_russian_spelling(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from training.kk_names.extract_names import base_form, folded, person_words

    data = tmp_path / "iob.txt"
    data.write_text("Әшімбаевтың B-PERSON\nсөзі O\n\nАбай B-PERSON\nАбайдың B-PERSON\nАстана B-GPE\n", encoding="utf-8")
    seen = person_words([data])
    assert set(seen) == {"әшімбаевтың", "абай", "абайдың"}  # persons only, in lower case
    assert folded(base_form("әшімбаевтың", set(seen))) == "ашимбаев"  # a surname's case ending off, Russian letters
    assert base_form("абайдың", set(seen)) == "абай"  # a word seen on its own
    assert base_form("алуа", set(seen)) == "алуа"  # `а` is no ending of a word not otherwise seen


def test_a_reading_is_put_right_by_the_known_given_names() -> None:
    # 凯拉特 reads Кайлат and 阿布德拉赫曼诺夫 Абдлахманов: 拉 is ла or ра, and Кайрат and Абдрахман are given names
    assert romanize_transliteration("凯拉特·阿布德拉赫曼诺夫") == "Kairat Abdrakhmanov"
    assert romanize_transliteration("塔勒哈特") == "Talgat"  # 哈 is ха, га or ка
    assert romanize_transliteration("萨德尔") == "Sadyr"  # a vowel the transliteration leaves out
    assert romanize_transliteration("拉希德·苏莱伊缅诺夫") == "Rashid Suleimenov"  # 缅 is мен, not Palladius' мянь
    assert romanize_transliteration("阿卜杜勒阿齐兹") == "Abdulaziz"  # 齐 is ци or зи
    assert romanize_transliteration("哈比特·柯依舍巴耶夫") == "Gabit Koishebayev"  # 依 has a reading too
    # п and б of two characters (普巴) are two sounds, not one written twice: no given name Калипа drops the б
    assert romanize_transliteration("努尔塔斯·卡里普巴耶夫") == "Nurtas Karipbayev"


def test_a_given_name_no_listed_name_fits_is_put_right_by_the_wider_list_of_given_names() -> None:
    # 坦齐拉 reads Танцила, 埃迪尔 Эдир: neither is in given_names.tsv, natasha's given names have Танзила and Эдиль
    assert romanize_person("坦齐拉·纳尔巴耶娃") == "Tanzila Narbayeva"
    assert romanize_person("埃迪尔·拜萨洛夫") == "Edil Baisalov"
    # only in a given name's place: a surname (or a name of one word) is never made a rare given name
    assert romanize_person("卡尼扎·扎利耶娃") == "Kaniza Zaliyeva"  # not Залифа
    assert romanize_person("坦齐拉") == "Tantsila"


def test_a_character_xinhua_writes_for_zin_reads_so() -> None:
    # 津 (Березин 别列津, Кузин 库津): without a reading the name was spelled by its Chinese sound (Katszin)
    assert cyrillic_reading("卡津") == "Казин"
    assert romanize_person("努尔兰·卡津") == "Nurlan Kazin"


def test_a_reduced_vowel_left_out_is_likelier_than_another() -> None:
    # 哈勒姆詹 reads Халмжан: Галымжан and Галимжан both fit, but Xinhua writes и and leaves the reduced ы out
    assert romanize_person("哈勒姆詹·霍伊格勒迪耶夫").startswith("Galymzhan ")


def test_surnames_made_of_older_given_names_and_vowels_a_transliteration_leaves_out() -> None:
    assert romanize_person("道列特·叶斯马甘别托夫") == "Daulet Yesmagambetov"  # 道 дау; Есмагамбет makes the surname
    assert romanize_person("叶尔克布兰") == "Yerkebulan"  # Еркблан: the е and у that 克 and 布 leave out
    assert romanize_person("阿斯哈特·沃拉洛夫") == "Askhat Oralov"  # 拉 is ра in Орал
    assert romanize_person("马赫祖穆") == "Magzum"  # 穆 closing a name is its м


def test_a_second_reading_that_makes_a_known_given_name_romanises_a_new_name() -> None:
    assert romanize_person("赛力克·萨皮耶夫") == "Serik Sapiyev"  # 赛 reads сай, and се in Серик
    assert romanize_person("凯拉特·阿布德拉赫曼诺夫") == "Kairat Abdrakhmanov"  # the common reading where none helps


def test_kazakh_surname_endings_after_bai_and_ke() -> None:
    assert cyrillic_reading("阿拜·库南拜耶夫") == "Абай Кунанбаев"  # not Кунанбайев
    assert cyrillic_reading("舒克耶夫") == "Шукеев"  # 克耶夫 keeps the е: -кеев
    assert known_name_reading("Кулибаев") == "Кулибаев"  # Кулибай makes Кулибаев, not Кулибайев


def test_a_name_ending_as_a_transliterated_surname_is_no_pinyin() -> None:
    assert romanize_person("谢若夫") == "Serov"  # 谢 begins Chinese names too, but 若夫 ends a transliteration
    assert romanize_person("阔谢若夫") == "Kosserov"  # 阔 is ко
    assert romanize_person("谢飞") == "Xie Fei"  # a Chinese name stays pinyin


def test_lie_ending_a_surname_reads_as_the_common_kazakh_ending() -> None:
    # 列 is ле, but 列耶夫 closing a name is -лиев (Доскалиев), as -леев hardly ends a Kazakh name
    assert romanize_person("阿尔马特·多斯卡列耶夫") == "Almat Doskaliyev"
    assert romanize_transliteration("列斯别克") == "Lesbek"  # elsewhere 列 keeps its reading


def test_khan_before_be_is_the_mb_of_mukhambet() -> None:
    assert romanize_transliteration("努尔穆罕别托夫") == "Nurmukhambetov"  # Мухамбет, from Muhammad
    assert romanize_transliteration("阿斯卡尔·马罕") == "Askar Makhan"  # elsewhere 罕 keeps its reading


def test_a_reading_no_known_name_fits_stays_as_read() -> None:
    assert romanize_transliteration("米尔") == "Mir"  # not Amir: a name does not gain a first letter
    assert romanize_transliteration("卡米洛夫") == "Kamilov"  # not Kamalov: и and а are written apart
    assert romanize_transliteration("叶尔兰·托卡耶夫") == "Yerlan Tokayev"  # known name and no close one


def test_a_chinese_name_puts_its_surname_first_in_han_and_in_pinyin() -> None:
    assert chinese_surname("张汉晖") == "张"
    assert chinese_surname("Xi Jinping") == "Xi"
    assert chinese_surname("Jinping Xi") is None  # not a Chinese surname first
    assert chinese_surname("托卡耶夫") is None  # a transliteration, no Chinese name
    assert chinese_surname("Zeng Qinghong") == "Zeng"  # a surname read as a surname, not as the word


def test_a_surname_is_read_as_a_surname_and_rarer_surnames_are_chinese_names() -> None:
    assert romanize_person("曾庆红") == "Zeng Qinghong"  # not Ceng
    assert romanize_person("单霁翔") == "Shan Jixiang"  # not Dan
    assert romanize_person("翁星星") == "Weng Xingxing"  # a rarer surname: pinyin, not a transliteration


def test_chinese_names_get_pinyin_and_foreign_ones_their_own_spelling() -> None:
    assert romanize_person("韩春霖") == "Han Chunlin"
    assert romanize_person("阿扎马特·拜加利耶夫") == "Azamat Baigaliyev"
    assert romanized_person("per:zh:韩春霖") == "Han Chunlin"
    assert romanized_person("per:ru:Ерлан Карин") == "Yerlan Karin"
    assert romanized_person("org:ru:Акимат") is None  # only people are romanised
    assert romanized_person("per:en:John Smith") is None  # English has no romaniser: the name is Latin already


def test_a_duplicate_reading_is_refused() -> None:
    with pytest.raises(RuleError, match="already listed"):
        parse_table(["written\tcyrillic", "拉\tла", "拉\tра"], "cyrillic_readings", "cyrillic_readings.tsv")


def test_speaker_outside_the_gazetteer_gets_an_english_name() -> None:
    pipeline = make_pipeline(PipelineConfig())
    text = "标题\n\n2024年5月1日\n\n哈萨克斯坦副部长努尔兰·阿利耶夫表示：“我们将继续合作。”\n"
    document, _ = pipeline.annotate(text, "test.txt")
    quote = next(q for q in document.quotes if q.kind == "direct")
    assert quote.speaker_entity_id == "per:zh:努尔兰·阿利耶夫"
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Nurlan Aliyev"


def test_a_western_name_in_russian_keeps_its_own_spelling_and_a_kazakh_citizens_the_kazakh_one() -> None:
    # a listed Western given name says the person is from abroad: the listed parts are written in their own spelling
    assert romanize_russian_name("Руди Гарсия") == "Rudi Garcia"
    assert romanize_russian_name("Джон Смит") == "John Smith"
    assert romanize_russian_name("Джулия Фальконе") == "Giulia Falcone"
    # the same surname after a Russian given name is a Kazakh citizen's, spelled as Kazakh news spells it
    assert romanize_russian_name("Марина Шмидт") == "Marina Shmidt"
    pipeline = make_pipeline(PipelineConfig())
    text = "Заголовок\n\n«Мы тщательно готовились к этой встрече», — сказал главный тренер Руди Гарсия.\n"
    document, _ = pipeline.annotate(text, "test.txt")
    (quote,) = document.quotes
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Rudi Garcia"


def test_a_final_n_before_nuo_or_na_is_one_n() -> None:
    """汗 reads хан and 诺夫 нов, but 马汗诺夫 is Маханов: Kazakh and Russian surnames hardly double н; nor do
    the female ones in -на (尼基京娜 Никитина, 热巴金娜 not Жебакинна); given names that do have rows (安娜 Анна)."""
    assert romanize_person("马汗诺夫") == "Makhanov"
    assert romanize_person("别克图尔甘诺夫") == "Bekturganov"
    assert romanize_person("罗曼诺夫") == "Romanov"
    assert cyrillic_reading("尼基京娜") == "Никитина"
    assert cyrillic_reading("热巴金娜") == "Жебакина"
    assert cyrillic_reading("斯韦特兰娜") == "Светлана"
    assert (cyrillic_reading("安娜"), cyrillic_reading("因娜"), cyrillic_reading("然娜")) == ("Анна", "Инна", "Жанна")
    assert cyrillic_reading("伊万诺夫") == "Иванов"  # a row read with a final н too (伊万 Иван)
    assert cyrillic_reading("迪安娜") == "Диана"  # 安娜 is Анна only as the whole given name


def test_en_opening_a_name_is_en_and_closing_a_syllable_n() -> None:
    """恩 is the н of 热恩别科夫 (Жээнбеков) but a name never opens with н and a consonant (恩斯特 Эрнст)."""
    assert cyrillic_reading("伊娃·恩斯特").split()[1].startswith("Эн")
    assert romanize_transliteration("安娜·恩格尔").split()[1].startswith("En")
    assert cyrillic_reading("热恩别科夫") == "Женбеков"  # inside a name: the н closing a syllable


def test_kazakh_readings_of_wo_pu_and_the_patronymics() -> None:
    assert cyrillic_reading("沃斯潘库洛夫") == "Оспанкулов"  # 沃 opening a Kazakh name is its о
    assert cyrillic_reading("弗拉基米尔·普京") == "Владимир Путин"  # 普 before another consonant than р, л: пу
    assert cyrillic_reading("普拉托诺夫") == "Платонов"
    assert romanize_transliteration("古丽努尔·肯杰别克克兹") == "Gulnur Kenzhebekkyzy"
    assert romanize_transliteration("穆尔扎赫普·杜拉特吾勒").endswith("Dulatuly")
    assert cyrillic_reading("穆罕默德哈努利").endswith("ханулы")


def test_fu_is_the_v_of_russian_and_kazakh_names_and_jie_also_their_de() -> None:
    """夫 writes в inside a name as at its end (Лавров, Шавкат), ф only as a second reading; 杰 reads же in a
    Kazakh name and also де, the reading a Russian name needs (Медведев)."""
    assert cyrillic_reading("谢尔盖·拉夫罗夫") == "Сергей Лавров"
    assert romanize_person("沙夫卡特") == "Shavkat"
    assert romanize_person("梅德韦杰夫") == "Medvedev"
    assert romanize_person("杰兹卡兹甘") == "Zhezkazgan"
    assert "Лафроф" in " ".join(cyrillic_readings("拉夫罗夫"))


def test_every_combination_of_second_readings_links_a_name() -> None:
    readings = cyrillic_readings("沃勒加斯·别克帖诺夫")  # 加 as жа with 沃 as о: Олжас
    assert readings[0] == "Олгас Бектенов" and "Олжас Бектенов" in readings
    assert "Волокин" in " ".join(cyrillic_readings("沃洛金"))  # a Russian name's во is still tried


def test_a_character_with_several_other_readings_is_read_each_way() -> None:
    """然 writes жан, the рен of Даурен and the ран of Сауранбаев: each is tried, one at a time."""
    assert cyrillic_readings("萨乌然巴耶夫") == ("Саужанбаев", "Сауренбаев", "Сауранбаев")
    assert romanize_person("马拉特·苏勒坦哈兹耶夫") == "Marat Sultangaziyev"  # 哈 also the Kazakh ға
    parse_table(["written\tcyrillic", "然\tрен", "然\tран"], "alternative_readings", "alternative_readings.tsv")


def test_a_transliteration_read_with_another_reading_links_to_the_gazetteer() -> None:
    pipeline = make_pipeline(PipelineConfig())
    document, _ = pipeline.annotate("标题\n\n萨乌然巴耶夫表示，今年将新建铁路。\n", "test.txt")
    assert [q.speaker_entity_id for q in document.quotes] == ["per:nurlan-sauranbayev"]


def test_a_korean_surname_in_a_joined_name_is_written_as_kazakhstans_koreans_write_it() -> None:
    assert romanize_person("司涅詹纳·金") == "Snezhana Kim"  # 金 Kim; 司涅詹纳 reads Сынежанна: Снежана
    assert romanize_person("阿列克谢·崔") == "Alexey Tsoi"  # the given name as before any surname (Alexey Ivanov)
    assert romanize_person("亚历山大·金") == "Alexander Kim"


def test_gen_is_read_as_xinhua_writes_it() -> None:
    assert romanize_person("阿姚伦姆·萨艮巴耶娃") is not None  # 艮 ген: only 姚 is left to its Mandarin syllable
    assert romanize_person("迪玛希·库达伊别尔艮") == "Dimash Kudaibergen"


def test_common_kazakh_given_names_put_a_reading_right() -> None:
    assert romanize_person("阿曼格勒德·叶斯拜") == "Amangeldy Yesbay"  # reads Аманглд: Амангелды
    assert romanize_person("阿勒滕别克·努赫吾勒") == "Altynbek Nukhuly"  # reads Алтенбек: Алтынбек


def test_a_reading_that_opens_with_dzh_finds_a_given_name_in_zh() -> None:
    """贾 reads Дж, which a transliteration writes for Ж: Джакпов is a surname made of Жакып."""
    assert romanize_person("努尔兰·贾克波夫") == "Nurlan Zhakypov"


def test_a_western_names_known_parts_keep_their_own_spelling() -> None:
    assert romanize_person("杰里米·多库") == "Jeremy Doku"  # not Zherimi: a Western given name, the surname read
    assert romanize_person("桑切斯") == "Sanchez"
    assert romanize_person("叶尔兰·卡林").startswith("Yerlan")  # a Kazakh name is read as before
    assert romanize_person("夏尔·米歇尔") == "Charles Michel"  # French given names and surnames too


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("安东·伊万诺夫", "Anton Ivanov"),  # the table reads 东 as дун (Andun)
        ("阿尔乔姆·伊万诺夫", "Artyom Ivanov"),  # 乔 writes тё
        ("埃尔维拉·伊万诺娃", "Elvira Ivanova"),  # 尔 writes ль
        ("丹尼斯·伊万诺夫", "Denis Ivanov"),
        ("伊利亚·伊万诺夫", "Ilya Ivanov"),
        ("阿克尔克·伊万诺娃", "Akerke Ivanova"),
    ],
)
def test_common_given_names_xinhua_writes_apart_from_the_table_have_rows(han: str, latin: str) -> None:
    """Russian and Kazakh given names whose usual Chinese form the character table cannot read back are rows of
    ``cyrillic_readings.tsv`` of their own, so a speaker's name is spelled as the English articles spell it."""
    assert romanize_person(han) == latin


def test_another_reading_wins_only_when_it_spells_names_far_better() -> None:
    """吉 also writes жи and 拉 also ра: with no known name to settle a word, the reading the model of name
    spellings finds far likelier wins (Нуржигитов, Батрашев); a common reading that reads as a name stays (Башимов)."""
    from pipeline.lang.zh.translit import romanize_person

    assert romanize_person("努尔詹·努尔吉格托夫") == "Nurzhan Nurzhigitov"
    assert romanize_person("道莱特•巴特拉谢夫") == "Daulet Batrashev"
    assert romanize_person("鲁斯帖穆•阿布德拉谢夫") == "Rustem Abdrashev"
    assert romanize_person("马拉特·巴希莫夫") == "Marat Bashimov"


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [
        ("尼古拉·安季波夫", "Nikolai Antipov"),  # 季 is a Russian name's ти
        ("穆赫塔尔·特列乌别尔季", "Mukhtar Tleuberdi"),  # and a Kazakh one's ди
        ("苏勒坦哈里·肯杰库洛夫", "Sultangali Kenzhekulov"),  # 哈里 ending a Kazakh given name: -гали
        ("努尔哈里", "Nurgali"),
        ("穆罕默德·本·萨勒曼", "Mukhamed Ben Salman"),  # 穆罕默德 read whole, not Мухан-мед
        ("哈斯穆–卓玛尔特·托卡耶夫", "Kassym-Zhomart Tokayev"),  # a dash between the given names joins them
        ("阿依别克·斯玛迪亚尔沃夫", "Aibek Smadiyarov"),  # 沃 after a consonant before 夫, 娃: the о of -ов, -ова
        ("阿赫马拉尔·阿勒纳扎尔沃娃", "Akmaral Alnazarova"),
        ("安娜·彼得罗娃", "Anna Petrova"),  # 彼得 is Пётр, 彼得罗 the Петро of Петров
        ("彼得罗夫", "Petrov"),
        ("努尔兰·翁扎诺夫", "Nurlan Onzanov"),  # 翁 opening a Kazakh name is Оң (Оңжанов), not pinyin weng
        ("努尔哈兹", "Nurgazy"),  # 哈兹 ending a given name is the Kazakh -ғазы, not Хаз
        ("叶尔兰·拉兹耶夫", "Yerlan Laziyev"),  # 兹耶夫 is -зиев (Газиев), no Russian -зев
        ("翁星星", "Weng Xingxing"),  # and a Chinese surname stays pinyin
    ],
)
def test_readings_of_characters_that_write_two_sounds(chinese: str, latin: str) -> None:
    assert romanize_person(chinese) == latin


def test_western_given_names_keep_their_own_spelling() -> None:
    """A Western diplomat's given name as Xinhua writes it is spelled as its bearer does (``western_names.tsv``)."""
    assert romanize_person("朱莉·斯塔夫特").startswith("Julie ")
    assert romanize_person("奥拉夫·朔尔茨").startswith("Olaf ")
