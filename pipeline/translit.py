"""Chinese transliteration of foreign names: which characters it uses, and pinyin readings.

Xinhua-style transliteration (哈斯穆-卓玛尔特·托卡耶夫, 努尔达乌列特·科伊勒拜) draws on a small, stable set of
characters chosen for their sound. A run of them, joined by ``·`` or a hyphen, or ending like a Russian or
Kazakh surname (…耶夫, …诺娃, …拜), is a foreign name.
"""

from __future__ import annotations

from pipeline.lexicon_zh import CHINESE_SURNAMES

TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕别宾波伯博布查楚达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰弗福伏"
    "富盖甘冈高戈格哥贡古瓜圭哈海亥汉杭豪赫黑亨洪胡华霍基吉加贾杰捷金京久居卡凯坎康考柯科克肯孔库夸奎拉腊莱赖兰朗"
    "劳勒雷蕾黎里利丽莉列林琳留柳卢鲁陆伦罗洛马玛迈麦曼芒梅美门蒙米敏明缪莫默姆木穆纳娜乃奈南内尼涅宁纽努诺欧帕潘"
    "庞佩彭皮珀普齐奇恰乔切钦琴丘屈热日茹若萨塞赛桑瑟森沙莎善舍什施史斯松苏索塔泰坦汤唐陶特滕提铁图托瓦万旺威韦维"
    "温文沃乌伍西希锡夏谢辛休叙雅亚扬耶伊因英尤于约扎泽詹哲珍朱卓兹佐祖娃娅努吾勒哲茨伦隆哈喀什穆罕默德克孜"
    "夫力延瑞舒那连卜斐叶呼济绍莲龙季欣申朔"
)
"""Characters of transliterated names. Common words can be made of them too (特别, 比如), so a run
counts as a name only with a joiner, a surname ending, or a title or reporting verb beside it."""

NAME_JOINERS = "·‧•・-‐－"

SURNAME_ENDINGS = (
    "耶夫",
    "耶娃",
    "诺夫",
    "诺娃",
    "科夫",
    "科娃",
    "洛夫",
    "洛娃",
    "罗夫",
    "罗娃",
    "莫夫",
    "莫娃",
    "托夫",
    "托娃",
    "佐夫",
    "索夫",
    "索娃",
    "巴耶夫",
    "巴耶娃",
    "斯基",
    "斯卡娅",
    "维奇",
    "耶维奇",
    "延科",
    "扎德",
    "乌勒",
    "拜",
    "奥夫",
    "耶娃",
    "林娜",
    "诺维奇",
    "舍夫",
    "列夫",
    "切夫",
    "伊夫",
)


def pinyin_reading(text: str) -> str | None:
    """Toneless pinyin of the Han characters (``阿扎马特·拜加利耶夫`` -> ``a zha ma te · bai jia li ye fu``)."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a dependency
        return None
    return " ".join(syllable for syllable in lazy_pinyin(text) if syllable.strip()) or None


def romanize_chinese_name(name: str) -> str | None:
    """Hanyu pinyin of a Chinese person's name, surname first (丁海 -> Ding Hai, 韩春霖 -> Han Chunlin).

    Only for names of two or three characters that start with a common surname; a transliterated
    foreign name has an English form of its own, which pinyin would not give.
    """
    if not (2 <= len(name) <= 3 and name[0] in CHINESE_SURNAMES and all("\u4e00" <= ch <= "\u9fff" for ch in name)):
        return None
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"
