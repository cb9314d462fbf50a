"""One-time text normalisation; every offset downstream indexes its result."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# BOM, zero-width space/joiners, word joiner, soft hyphen: invisible, and they break matching.
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_TRAILING_SPACE = re.compile(r"[ \t\u3000\u00a0]+$", re.MULTILINE)
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""Every line break ``str.splitlines`` knows besides ``\\n``: CR LF, CR, VT, FF, the C0 separators,
NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. Texts converted from Word or old Mac and mainframe files
use them between paragraphs; left as they are, a whole article would be one line, one block."""

_EMPTY_EMBED = re.compile("^null(?=$|[A-ZА-ЯЁ\"«“„'‘(])", re.MULTILINE)
"""The `null` a news page prints for an empty embed, alone on a line or glued to the paragraph after it
(`nullShumenov admitted…`, `null"Our evening…`): no word of the article, and it hides the name it is glued to."""


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` for every kind of line break, invisible characters and empty-embed `null`s removed, trailing
    spaces trimmed.

    Chinese (full-width) punctuation and dashes are kept as written: they are data for the
    later stages (quote detection reads them).
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _EMPTY_EMBED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _TRAILING_SPACE.sub("", text)


def doc_id_for(normalized_text: str) -> str:
    """Stable id from the normalised text: the same article gets the same id in every build."""
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:16]
