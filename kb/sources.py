"""What a document is as a source: official or a news repost, complete or cut short, and the
places it speaks for. Read from the catalog's metadata, never from one question."""

from __future__ import annotations

import re

from kb.text import HAN_CHAR
from kb.types import Document, DocumentMeta

# Issuing bodies: a government, its offices and departments, a legislature, an agency.
_BODY = re.compile(
    r"人民政府|办公厅|办公室|厅|局|委员会|人民代表大会|人大|常委会|政府|"
    r"congress|assembly|office of|council|department|city and county|executive office|administration",
    re.IGNORECASE,
)
# Who reposts and reports rather than issues: newspapers, portals, reposts.
_REPORTER = re.compile(
    r"news|repost|daily|日报|网(?!信)|網(?!信)|报社|记者|观察者|觀察者|\.com|国脉|(?<![公简簡通学學年周週月季情汇匯])[报報]$",
    re.IGNORECASE,
)  # 珠海特區報: a paper's name ends in 报; a gazette (政府公报) or a bulletin (工作简报) is no paper
_ENDS_A_SENTENCE = re.compile(r"[。！？!?.;；:：)）”\"」』]\s*$")


def is_official(doc: Document) -> bool:
    """Issued by a public body (it has a 文号, or its issuer is one), not reported by the press."""
    if doc.doc_number.strip():
        return True
    issuer = doc.issuer or ""
    return bool(_BODY.search(issuer)) and not is_reported(doc)


def is_reported(doc: DocumentMeta) -> bool:
    """Published by the press or a portal (a news item or a repost), by its issuer."""
    return is_press(doc.issuer or "")


def is_press(name: str) -> bool:
    """A newspaper, news site or portal, by its name (观察者网, 惠州日报, Huizhou Daily)."""
    return bool(_REPORTER.search(name.strip()))


def is_complete(doc: Document) -> bool:
    """False when the stored copy stops early: said by its front matter, or, when the front
    matter is silent, seen in a text that ends mid-sentence."""
    said = (doc.extra.get("complete") or "").strip().lower()
    if said:
        return said not in ("no", "false", "partial", "0")
    return bool(_ENDS_A_SENTENCE.search(doc.text[-200:]))


_SPLIT_REGION = re.compile(r"\s*(?:/|,|，|、|;)\s*")
_PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")
_ZH_LEVEL = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|省|市|县|区|镇|乡|街道)")


def places_of(doc: Document) -> list[str]:
    """The places a document speaks for, from its region: 四川省达州市 -> [四川省, 达州市],
    "United States / Connecticut" -> [United States, Connecticut]."""
    region = _PARENTHESES.sub("", doc.region or "")
    places: list[str] = []
    for part in _SPLIT_REGION.split(region):
        part = part.strip()
        if not part:
            continue
        pieces = _ZH_LEVEL.findall(part) if HAN_CHAR.search(part) else []
        for piece in pieces or [part]:
            if piece not in places:
                places.append(piece)
    return places
