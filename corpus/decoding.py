"""Bytes -> text for article files: UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030, Windows-1251."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 8192
_NOT_CONTROLS = bytes(range(32, 256)) + b"\t\n\x0c\r\x1b"
"""Bytes that are not control characters, for counting the ones that are at C speed."""
# In real GB18030/GBK Chinese text most characters are common hanzi (GB2312 level 1, lead bytes
# 0xB0-0xD7) or punctuation (0xA1-0xA9). Text in another 8-bit encoding (cp1251 Russian, Latin-1)
# can decode as GB18030 too, but lands mostly on rare characters.
_GB_COMMON_SHARE = 0.5


_CYRILLIC_SHARE = 0.95
"""Windows-1251 (Russian text saved on Windows) is read when, decoded so, at least this share of the characters
outside ASCII are Cyrillic letters or the punctuation Russian text uses, and Cyrillic and Latin letters do not run
into each other inside words (Latin-1 read as Windows-1251 gives `cafй`, `trиs`), and most are lower case (KOI8-R
read as Windows-1251 swaps the cases: `пРЕЗИДЕНТ`)."""
_RUSSIAN_PUNCTUATION = "«»„“”‘’–—…№\u00a0°"
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_CAPITAL = re.compile("[\u0400-\u042f]")
_MIXED_WORD = re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")


class BinaryData(ValueError):
    """The bytes are not text at all (NUL bytes, control characters)."""


class UndecodableText(ValueError):
    """Text in an encoding the corpus does not read."""


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters in its first 8 KiB."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROLS))
    return bool(head) and controls / len(head) > 0.05


def _plausible_gb18030(text: str) -> bool:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    if not wide:
        return True
    common = 0
    for ch in wide:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7 or 0xA1 <= encoded[0] <= 0xA9:
            common += 1
    return common / len(wide) >= _GB_COMMON_SHARE


def _plausible_cp1251(text: str) -> bool:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    letters = len(_CYRILLIC.findall(text))
    if not letters:
        return False
    russian = sum(1 for ch in wide if _CYRILLIC.match(ch) or ch in _RUSSIAN_PUNCTUATION)
    capitals = len(_CYRILLIC_CAPITAL.findall(text))
    return (
        russian / len(wide) >= _CYRILLIC_SHARE
        and len(_MIXED_WORD.findall(text)) <= letters * (1 - _CYRILLIC_SHARE)
        and capitals <= letters / 2
    )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises :class:`BinaryData` or :class:`UndecodableText`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as err:
                raise UndecodableText(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {err.reason}"
                ) from err
    if looks_binary(data):
        raise BinaryData("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_gb18030(text):
        return text, "gb18030"
    text = data.decode("cp1251", errors="replace")
    if "\ufffd" not in text and _plausible_cp1251(text):
        return text, "cp1251"
    raise UndecodableText("not UTF-8, UTF-16, GB18030 or Windows-1251 Russian text")
