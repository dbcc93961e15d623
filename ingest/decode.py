"""Bytes -> text for plain-text files and saved web pages: one encoding cascade, so a GBK or
Big5 file reads the same whichever reader meets it."""

from __future__ import annotations

import re

from kb.text import HAN

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Characters a wrong double-byte decoding produces: kana, Greek, Cyrillic, box drawing,
# private use, half-width kana, rare CJK extension A. Real Chinese policy text has few.
_IMPLAUSIBLE = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
    "\ue000-\uf8ff\uff61-\uff9f\ufffd]"
)
_HAN = re.compile(f"[{HAN}]")


class UndecodableError(ValueError):
    """No encoding reads the bytes cleanly; `encoding` is the best guess for a lossy read."""

    def __init__(self, problem: str, encoding: str = "utf-8") -> None:
        super().__init__(problem)
        self.problem = problem
        self.encoding = encoding


def _implausibility(text: str) -> float:
    """Share of characters that a wrong Chinese codec typically yields (0 = clean)."""
    bad = len(_IMPLAUSIBLE.findall(text))
    good = len(_HAN.findall(text))
    return bad / max(1, bad + good)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding used: UTF-16 with a BOM, UTF-8 with a BOM, the `declared` charset
    (a web page's meta tag), strict UTF-8, strict GB18030 (covers GB2312/GBK), Big5/Big5-HKSCS,
    then charset-normalizer. Short texts fool detectors, so the strict Chinese codecs go first
    and are compared on plausibility. Raises UndecodableError."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UndecodableError("is not valid UTF-16 text", "utf-16") from None
    if b"\x00" in data and declared is None:  # a web page's declared charset is trusted
        raise UndecodableError("looks binary (NUL bytes)")
    for codec in ("utf-8-sig", declared, "utf-8"):
        if not codec or (codec == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf")):
            continue
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass
    candidates: list[tuple[float, int, str, str]] = []
    for rank, codec in enumerate(("gb18030", "big5hkscs", "big5")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _implausibility(text)
        if codec == "gb18030" and score < 0.01:
            return text, codec
        candidates.append((score, rank, text, codec))
    if candidates:
        score, _, text, codec = min(candidates)
        if score < 0.05:
            return text, codec
    return _decode_with_detector(data)


def _decode_with_detector(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UndecodableError("is not text in any known encoding")
    encoding = best.encoding
    if encoding in ("gb2312", "gbk"):
        encoding = "gb18030"
    text = data.decode(encoding, errors="replace")
    if text.count("\ufffd") > max(2, len(text) // 100):
        raise UndecodableError(f"is not valid text (guessed {encoding})", encoding)
    return text, encoding
