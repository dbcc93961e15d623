"""Markdown's inline syntax -> the text it marks up.

Why: a policy copied into Markdown writes its labels in bold ("c. **Chief Data Officer.** The
CDO:") and its references as links; the readers after this one look for the words, and `**`
between a list's label and its lead-in hides the lead-in. Headings (#) and tables (|) stay:
the chunker and the table readers use them.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
# A site's logo described as one ("![ACT Government logo](logo.svg)"): the body's name it shows
_LOGO_WORD = re.compile(r"\s+logo$", re.I)
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")  # not a form's blank (________)
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=[^\s_])([^_\n]+?)(?<=\S)_(?!\w)"
)
# An HTML anchor or tag alone on its line, which Markdown passes through unseen ('<a id="main"></a>')
_TAG_LINE = re.compile(r"^[ \t]*(?:</?[a-z][a-z0-9]*(?:\s[^<>\n]*)?/?>[ \t]*)+$", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_RULE = re.compile(r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", re.M)


def inline_text(markdown: str) -> str:
    """The text without emphasis markers, link and image syntax (a logo as the name it shows),
    HTML tags on their own lines, block quotes' `>` and rules."""
    text = _IMAGE.sub(lambda m: _LOGO_WORD.sub("", m.group(1)), markdown)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _QUOTE.sub("", _TAG_LINE.sub("", text))
    return _RULE.sub("", text)
