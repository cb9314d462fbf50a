"""Chinese word lists shared by the stages (structure, entities, and later quotes)."""

from __future__ import annotations

REPORTING_VERBS = ("表示", "指出", "说", "称", "强调", "认为", "介绍", "透露", "补充", "写道", "提到", "宣布", "回忆")
"""Verbs that introduce what someone said (X表示, 据X介绍)."""

ORG_WORDS = (
    "委员会", "大使馆", "领事馆", "代表处", "研究所", "研究院", "理事会", "基金会", "公司", "集团", "组织", "银行",
    "大学", "学院", "基金", "协会", "中心", "政府", "议会",
)  # fmt: skip
"""Words that end an organisation's name."""

ORG_CHARS = ("部", "局", "署", "院")
"""One-character organisation words (外交部, 原子能署); inside words too (签署, 局势), so used with care."""

CHINESE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
"""The most common Chinese surnames: a Chinese (not transliterated) name starts with one (韩春霖, 丁海)."""
