"""Document metadata: front matter first, else inferred from the text, else "".

Every answer cites title, issuer, date and 文号, so a wrong value is worse than none: each
inference looks only where official documents put the fact (a 文号 on its own line near the
top, the signature date after the issuer, a portal's 发布日期 bullet) and gives "" otherwise.
Labels the portal prints (来源:, 发布机构:, • 2023-01-03) are read from the RAW text,
because `clean` drops them; structure (title lines, signature) from the cleaned text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kb.countries import (
    COUNTRIES,
    COUNTY_COUNCIL_PLACES,
    GOVERNMENT_HOST,
    NATIONS,
    SUBDIVISIONS,
    US_LEGISLATURES,
    US_POSTAL_CODES,
    US_STATES,
    contact_host,
    country_named,
    country_of_address,
    country_of_part,
    most_named,
    other_countries_named,
    part_governed,
)
from kb.dates import parse_date, precision, writes_day_first
from kb.gazetteer import (
    PROVINCE_CORE,
    PROVINCES,
    chinese_place,
    city_of,
    is_county_level_city,
    province_of,
    with_province,
)
from kb.lexicon import lexicon
from kb.places import place_core
from kb.sources import (
    BODY_NAME_END,
    EN_ORG_LINE,
    FILING_WORD,
    PRINTED_LINE,
    first_page_of,
    is_date_line,
    is_given_under,
    is_press,
    is_signed_off,
    issuer_in_cell,
    region_places,
    stopped_at_page,
)
from kb.text import CJK_CHAR, DOC_NUMBER, GO_NUMBER, TW_DOC_NUMBER, fold_same_length, printable, to_simplified
from kb.types import DocumentMeta

_FIELDS = (
    "title",
    "issuer",
    "date",
    "doc_number",
    "language",
    "region",
    "level",
    "source",
    "portal_date",
    "site_name",
    "site_host",
    "posted_by",
)


def infer_metadata(
    front_matter: dict[str, str],
    raw_text: str,
    cleaned_text: str,
    path: Path,
    running_heads: tuple[str, ...] = (),
) -> DocumentMeta:
    """Front matter wins when it gives a real value; anything unknown is inferred or ""."""
    fm = {k.strip().lower(): str(v) for k, v in front_matter.items()}
    # a post that reprints a document whole is that document, whatever the page's headline
    reprint = reprinted_document(cleaned_text) or Reprint("", "", "", "")
    reprinted = reprint.retitles(_known(fm.get("title", "")))
    title = _statute_own_title(
        (reprint.title if reprinted else _known(fm.get("title", "")))
        or infer_title(cleaned_text, raw_text)
        or "",
        cleaned_text,
    )
    signer, signed = _signature(cleaned_text)
    issuer = _SITE_OWNER.sub(
        r"\1",
        # the reprinted document's issuer, by its title or its signature, not the page's author
        (reprint.issuer if reprinted else "")
        or strip_annotation(_known(fm.get("issuer", "")))
        or infer_issuer(cleaned_text, raw_text, title)
        or _code_legislature(cleaned_text)
        or _running_head_body(running_heads)
        or _issuer_reported(cleaned_text),
    )
    owner = _SITE_OWNER.fullmatch(fm.get("site_name", "").strip())
    # 行政暨研考處 posting on 花蓮縣政府全球資訊網, in the text or in the page's 發布單位 that the text
    # leaves out: 花蓮縣政府's release
    unit = ("" if _known(fm.get("issuer", "")) else issuer) if issuer else fm.get("posted_by", "")
    if owner and _BARE_UNIT.match(unit):
        issuer = owner.group(1)
    posted = normalize_date(fm.get("portal_date", ""))  # a web page's 发布时间 (ingest.formats.html)
    if posted and issuer and signer and signer != issuer and _posts_for(issuer, signer):
        issuer = signer
    if posted and issuer and signer != issuer:
        signed = ""  # a notice the page quotes (a 政策解读 reproducing the 2021 notice) is not the page
    if not title:
        title = infer_cover_title(cleaned_text, issuer) or Path(path).stem
    title = " ".join(printable(title).split())  # one line, even from a file name holding a newline
    title = _with_subtitle(title, cleaned_text)
    # A page's 发布时间 is when the portal posted it, days after the date the document signs with.
    # The 版记's 印发 date is the document's too, as its signature's is.
    date = (
        normalize_date(fm.get("date", ""))
        or signed
        or _printed_date(cleaned_text)
        or posted
        or infer_date(cleaned_text, raw_text)
        or _running_head_date(running_heads)
    )
    doc_number = (
        _known(fm.get("doc_number", "")) or infer_doc_number(cleaned_text, raw_text) or reprint.doc_number
    )
    language = normalize_language(fm.get("language", "")) or infer_language(cleaned_text, title)
    source = _known(fm.get("source", ""))
    region = (
        _known(fm.get("region", ""))
        # (saved from the government site its links point to, when it gives no address: capetown.gov.za)
        or infer_region(issuer, title, cleaned_text, language, source or _site_host(fm), raw_text)
        or _site_region(fm.get("site_name", ""))
    )
    level = _known(fm.get("level", "")) or infer_level(issuer, title, region, cleaned_text, language)
    extra = {k: v for k, v in fm.items() if k not in _FIELDS}
    pages = first_page_of(raw_text)
    stopped = stopped_at_page(raw_text)
    if pages and "complete" not in extra:
        extra["complete"] = "no"
        extra.setdefault("note", f"the page stored is page 1 of {pages}")
    elif stopped and "complete" not in extra:
        extra["complete"] = "no"
        extra.setdefault("note", stopped)
    return DocumentMeta(
        title=title,
        issuer=issuer,
        date=date,
        doc_number=doc_number,
        language=language,
        region=region,
        level=level,
        source=source,
        extra=extra,
    )


def _site_host(fm: dict[str, str]) -> str:
    """The government site a saved page's links point to, as its reader recorded it (a page's
    own menus and footer, not the references a plain text cites)."""
    return _known(fm.get("site_host", ""))


# ---------------------------------------------------------------------------------------------
# Front-matter values

_UNKNOWN = re.compile(
    r"^\s*(?:unknown|none|null|nil|n/?a|tbd|tba|not (?:known|stated|given)|未知|无|無|不详|不詳|暂无|暫無|-+|—+|\?+)"
    r"(?=$|[\s(（,;:])",
    re.I,
)


def _known(value: str) -> str:
    """The value, or "" when it says it is unknown ("unknown (not in stored text)", "none ...")."""
    value = (value or "").strip()
    return "" if not value or _UNKNOWN.match(value) else value


def strip_annotation(value: str) -> str:
    """`广州市 (issuing office not named)` -> `广州市`: drops a trailing editorial note in
    parentheses that starts in lower case; `(CDO)`, `(惠州日报)` or `(United States Code)` stay."""
    value = value.strip()
    m = re.search(r"\s+\(([a-z][^()]*)\)$", value)
    return value[: m.start()].rstrip() if m else value


def normalize_date(value: str) -> str:
    """A front-matter date as YYYY-MM-DD, YYYY-MM or YYYY: "2022-03-28 (last change ...)"
    -> "2022-03-28"; "unknown (2021; ...)" -> "" (the text must say it)."""
    value = _known(value)
    if not value:
        return ""
    found = parse_date(value)
    return found[0] if found and found[1] == 0 else ""


def normalize_language(value: str) -> str:
    v = _known(value).lower().replace("_", "-")
    if not v:
        return ""
    if v in ("zh-hant", "zh-tw", "zh-hk", "zh-mo", "traditional chinese", "繁体中文", "繁體中文"):
        return "zh-Hant"
    if v in ("zh", "zh-hans", "zh-cn", "zh-sg", "chinese", "simplified chinese", "中文", "简体中文"):
        return "zh-Hans"
    if v in ("en", "english") or v.startswith("en-"):
        return "en"
    return ""


# ---------------------------------------------------------------------------------------------
# Text helpers


def _lines(text: str) -> list[str]:
    return [ln.strip(" \t\u3000") for ln in text.split("\n")]


def _nonempty(text: str) -> list[str]:
    return [ln for ln in _lines(text) if ln]


# ---------------------------------------------------------------------------------------------
# Language


def infer_language(text: str, title: str = "") -> str:
    """zh-Hans / zh-Hant / en by counting characters; one CJK character weighs about three
    Latin letters. A bilingual text (an abstract page) goes by its title's script.
    Traditional when converting to simplified changes 5%+ of the characters."""
    cjk = CJK_CHAR.findall(text)
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if not cjk and not latin:
        return ""
    weight = len(cjk) * 3
    if weight < latin and not (weight * 2 >= latin and CJK_CHAR.search(title)):
        return "en"
    sample = "".join(cjk[:20000])
    converted = to_simplified(sample)
    changed = sum(1 for a, b in zip(sample, converted, strict=False) if a != b)
    return "zh-Hant" if changed >= 0.05 * len(sample) else "zh-Hans"


# ---------------------------------------------------------------------------------------------
# 文号

# spaced out in an info table as well (文　　号：)
_NUMERIC_DATE = re.compile(r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
_DOC_NUMBER_LABEL = re.compile(r"(?:[发發]\s*文\s*字\s*[号號]|文\s*[号號])\s*[:：|]\s*(\S[^\n]{0,40})")


# A Taiwanese rule's history under its title: the date and the letter that enacted it
# (中華民國114年3月5日府計資字第1140087654號函訂定), its own number
_ROC_ENACTED = re.compile(
    r"^\s*(?:法規沿革|法规沿革)?\s*[|｜:：]?\s*(?:中華民國|中华民国)\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    r"([\u4e00-\u9fff]{1,12}字\s*第\s*\d{5,12}\s*[號号])\s*(?:函|令)?\s*(?:訂定|订定|發布|发布|核定)"
)


def infer_doc_number(cleaned: str, raw: str = "") -> str:
    """The document's OWN 文号: a labelled one (发文字号:), else one on a line of its own in
    the first 30 lines. Numbers cited inside a sentence (《…》(粤办函〔2021〕63号)) never count."""
    for m in _DOC_NUMBER_LABEL.finditer(raw or cleaned):
        own = DOC_NUMBER.search(m.group(1)) or TW_DOC_NUMBER.search(m.group(1))
        if own:
            return own.group(0).replace(" ", "")
    lines = _nonempty(cleaned)
    enacted = next(filter(None, map(_ROC_ENACTED.match, lines[:30])), None)
    if enacted:
        return re.sub(r"\s", "", enacted.group(1))
    for line in lines[:30]:
        line = _SIGNED_BY.sub("", line)  # 海数函〔2026〕12号　　签发人：符明远
        m = DOC_NUMBER.fullmatch(line.strip(" \t()（）"))
        if m:
            return m.group(0).replace(" ", "")
        m = _PINYIN_DOC_NUMBER.fullmatch(line.strip())
        if m:  # an official translation's: "Jin Zheng Ban Fa [2024] No. 23" (津政办发〔2024〕23号)
            return m.group(0)
        m = _PINYIN_DOC_NUMBER.match(line.strip())
        own = DOC_NUMBER.fullmatch(line.strip()[m.end() :].strip(" \t()（）")) if m else None
        if own:  # ... with the number in characters beside it: "Fu Fu Ban [2025] No. 41 (福府办〔2025〕41号)"
            return own.group(0).replace(" ", "")
    for line in lines[:10]:  # Hong Kong's and Macao's numbers within a year: 第 93/2025 號行政長官批示
        m = _NUMBER_IN_YEAR_ZH.fullmatch(line.strip())
        if m:
            return line.strip()
    for above, line in itertools.pairwise(lines[:10]):  # a 公告 numbered in its series: 公　告 / 第三十四号
        if re.sub(r"\s", "", above) == "公告" and _ANNOUNCEMENT_NUMBER.fullmatch(line.strip()):
            return line.strip()
    for line in lines[:10]:  # minutes numbered in their own series, with no office's characters: 〔2025〕1号
        m = _SERIAL_NUMBER.fullmatch(line.strip())
        if m:
            return m.group(0).replace(" ", "")
    _, _, ordered = _letterhead(lines)
    if ordered:
        return ordered
    masthead = _masthead(lines)
    if masthead and re.fullmatch(r"第\s*\d+\s*期", masthead[2]):
        return masthead[2].replace(" ", "")  # a bulletin numbered by its issue alone: 第3期
    for line in lines[:30]:  # a state's session law by its number: "PUBLIC CHAPTER NO. 417"
        m = _SESSION_LAW.fullmatch(line.strip())
        if m:
            return " ".join(m.group(0).split())
    for line in lines[:3]:  # an OMB memorandum opens with its number: "M-19-23 ..."
        m = re.match(r"^(?:OMB\s+)?(?:Memorandum\s+)?(M-\d{2}-\d{2,3})\b", line)
        if m:
            return m.group(1)
    for line in lines[:30]:  # a council's resolution or ordinance by its number: "RESOLUTION No. 37758"
        m = _NUMBERED_MEASURE.fullmatch(line.strip())
        if m:
            return f"{m.group(1).title()} No. {m.group(2)}"
    for line in lines[:3]:  # an order's page titled by its short number: "EO 25-17: To Establish …"
        m = _SHORT_ORDER_NUMBER.match(line)
        if m:
            return m.group(1)
    # "CIRCULAR MEMORANDUM No. 7 of 2025" above its "FILE NO.:": its own number, before a file's
    # (not one cited under a labelled number: "Circular No.: MDT/07/2025" / "Supersedes:" / "… No. 3 of 2019")
    for i, line in enumerate(lines[:12]):
        if any(_OWN_NUMBER_LABEL.search(above) for above in lines[:i]):
            break  # (a file's reference above it, "FILE NO.:", "Ref:", is no number of the document's)
        if i and _CITES_ANOTHER.match(lines[i - 1]):
            continue  # the instrument a "Supersedes:" line cites
        if _NUMBER_OF_YEAR.fullmatch(line.strip()):
            return " ".join(line.split())
        # ... or opening its subject: "DIRECTIVE NO. 3 OF 2025 ON THE DESIGNATION OF …"
        m = _NUMBER_OF_YEAR.match(line.strip())
        if m and re.match(r"\s+(?i:on|concerning|regarding)\s", line.strip()[m.end() :]):
            return " ".join(m.group(0).split())
    for line, following in zip(lines[:30], [*lines[1:31], ""], strict=False):
        if (
            _NUMBER_VALUE.fullmatch(following)
            and _EN_NUMBER_LABEL.fullmatch(f"{line}: {following}")
            and not _EN_NUMBER_LABEL.match(line)
        ):
            line = f"{line}: {following}"  # a page's field list: "Job Number" over "MTS-24-0412"
        cells = re.split(r"\s*\|\s*", line.strip(" |"))
        # "| Directive number | X |" too, and a record's first field ("File #: | 25-2186 | Version: | 1"),
        # and a cover's two fields on one line ("Standard Number: SS-25-004 Effective Date: …")
        labelled = next(
            filter(None, (_EN_NUMBER_LABEL.fullmatch(f) for f in _fields(line.strip(" |")))), None
        ) or (_FILE_NUMBER.match(cells[0]) and _EN_NUMBER_LABEL.fullmatch(" | ".join(cells[:2])))
        if labelled:  # "Paper ref: BoD(P) 25/118", "Job Number: 2025-00417"
            return labelled.group(1)
        aside = _PAPER_REF_ASIDE.search(line)
        if aside:  # "Agenda item | 14  (Paper reference TB 25/138)"
            return aside.group(1)
        order = _ORDER_NUMBER_LABEL.fullmatch(line.strip())
        if order:  # "Implementing Order No.: 3-67"
            return f"{order.group(1)} No. {order.group(2)}"
        circular = _CIRCULAR_NO.search(line)
        if circular and (circular.start() == len(line) - len(line.lstrip()) or _HEAD_FIELD.search(line)):
            return circular.group(1)  # "My No.: MDE/DGD/… Circular No. MDE/07/2025 Your No.: --- Date: …"
    for line in lines[:10]:  # a company's controlled document: 文件编号：YHWL-HR-GWSM-2024-017
        m = _ZH_CODE_LABEL.search(line)
        if m:
            return m.group(1)
    for line in lines[:12]:  # a cover's "Ministerial Guidelines No 004/MINICT/2025": the number
        m = _KIND_AND_NUMBER.fullmatch(line.strip()) or _UNSEPARATED_NUMBER.fullmatch(line.strip())
        if m:
            return m.group(1)
    # A statute is cited by its code and section: "Code of Virginia § 2.2-203.2:4".
    for i, line in enumerate(lines[:6]):
        m = _SECTION_LINE.match(line)
        if m:
            code = next((ln for ln in lines[:i] if _CODE_NAME.search(ln) and len(ln.split()) <= 6), "")
            us_title = next(filter(None, (_US_CODE_TITLE.match(ln) for ln in lines[:i])), None)
            if not code and us_title:
                code = f"{us_title.group(1)} U.S.C."  # "Title 44— PUBLIC PRINTING …" then "§ 3520."
            if code:  # "§ 1. Short title" of an unnamed act is no citation
                return f"{code} {' '.join(m.group(1).split()).rstrip('.')}"
            break
    return ""


# A labelled field's label: up to four capitalised words and a colon ("Effective Date: …")
_FIELD_LABEL = re.compile(r"(?<!\S)(?:[A-Z][a-z]+\s){0,3}[A-Z][a-z]+:\s")


def _fields(line: str) -> list[str]:
    """A line's labelled fields, as a cover sets two side by side ("Standard Number: SS-25-004
    Effective Date: September 2, 2025"); the line itself when it has fewer than two."""
    starts = [m.start() for m in _FIELD_LABEL.finditer(line)]
    if len(starts) < 2:
        return [line]
    return [
        line[: starts[1]].strip(),
        *(line[a:b].strip() for a, b in zip(starts[1:], [*starts[2:], len(line)], strict=True)),
    ]


# A number within its year, as Hong Kong and Macao number their circulars, orders and laws:
# 數字政策辦公室通函第4/2024號, 第5/SAFP/2024號通函, 第 93/2025 號行政長官批示
_NUMBER_IN_YEAR_ZH = re.compile(
    r"(?:[\u4e00-\u9fff]{2,12}(?:通函|通告))?第\s*\d{1,4}(?:/[A-Z]{2,10})?/\d{4}\s*[號号]"
    r"(?:[\u4e00-\u9fff]{0,10}(?:批示|法律|行政法規|行政法规|通函|通告|公告|命令))?"
)
# An English paper's, circular's or posting's own number, labelled on a line of its own
_EN_NUMBER_LABEL = re.compile(
    r"(?:Paper\s+ref(?:erence)?|Our\s+ref(?:erence)?\.?(?:\s*No\.?)?|Ref(?:erence)?\.?(?:\s*No\.?|\s+Number)?|"
    # labelled with a colon, or in a table's row ("Directive number | TI-IMT-DIR-2024-02")
    # ("Document Code No. | INF-17-1 (EP)")
    # (its kind's word may say whose: "Corporate Policy Number: ADMIN-047"; not another document's:
    # "Superseded Policy Number", "Related Policy No.")
    r"(?:(?!(?i:supersed|previous|prior|former|old|related|parent|replac|amend|rescind|see)\w*\s)(?-i:[A-Z][a-z]+\s+))?"
    r"(?:Job|Document|Standard|Policy|Circular|Directive|File|Memo|Memorandum|Letter)\s+(?:Code\s+)?(?:Number|No\.?|ID)|"
    r"File\s*#)\s*:?\s*[:：|]\s*"
    # a number's form: a digit in it, at most three words ("BoD(P) 25/118"), not prose ("to be assigned")
    r"((?=[^\s]*\d|\S+\s+[^\s]*\d|\S+\s+\S+\s+[^\s]*\d)\S+(?:\s\S+){0,2})",
    re.I,
)
# ... or an order's, labelled by its kind in its header block: "Implementing Order No.: 3-67"
_ORDER_NUMBER_LABEL = re.compile(
    r"((?:Implementing|Executive|Administrative|Mayoral) Order) No\.?\s*:\s*(\d[\w.-]*)"
)
# ... or a circular's, without a colon, among its head's fields on one line (not a sentence's
# "This replaces Circular No. MDE/03/2024.")
_CIRCULAR_NO = re.compile(r"\b(?:Circular|Directive)\s+No\.?\s+([A-Z][A-Za-z]*[/-][\w/.-]*\d[\w/.-]*)")
_HEAD_FIELD = re.compile(r"\b(?:Date|Dated|Your No|My No|Our Ref|Ref)\.?\s*:")
# ... or set aside in brackets beside the agenda item, without a colon
_PAPER_REF_ASIDE = re.compile(
    r"\((?i:paper|our)\s+(?i:ref(?:erence)?)\.?:?\s+([A-Z][A-Z()]{0,9}\s?\d[\w/.-]*)\)"  # its series in capitals
)
# ... or a document-control table's row whose cells a PDF ran together: "Policy number GAM 1.27"
# (a series' capitals and its number)
_UNSEPARATED_NUMBER = re.compile(
    r"(?i:policy|directive|document|standard|circular|procedure)\s+(?i:number|no\.?)\s+([A-Z]{1,6}[\s-]?\d[\w.-]*)"
)
# A kind of document in a few capitalised words, then its number with a digit and a series'
# letters or separators in it ("Ministerial Guidelines No 004/MINICT/2025"; not "Version No. 2")
_KIND_AND_NUMBER = re.compile(
    r"(?:[A-Z][A-Za-z]+\s+){1,4}(No\.?\s*(?=[\w./-]*[/-])[A-Z0-9][\w./-]*\d[\w./-]*)"
)
# A circular or order numbered within its year, on a line of its own, as Commonwealth
# governments number them ("e-Government Circular No. 7 of 2025", "Executive Order No. 12 of 2024")
# (a series' capitalised words before it, not a sentence's: "This replaces Circular No. 3 of 2022")
_NUMBER_OF_YEAR = re.compile(
    r"(?:(?:[A-Z]|e-)[\w-]*\s+){0,3}(?i:circular|memorandum|directive|notice|instruction|order|guidelines?)\s+"
    r"(?i:no)\.?\s*(?:\d{1,4}|\(\d{1,4}\))\s+(?i:of)\s+(?:19|20)\d{2}"  # "Circular No. (7) of 2025" too
)
# The number a state legislature gives an enacted bill, on a line of its own above its text:
# Tennessee's "PUBLIC CHAPTER NO. 417", Illinois's and Connecticut's "Public Act 103-0456"
_SESSION_LAW = re.compile(r"Public\s+(?:Chapter|Act|Law)\s+(?:No\.?\s*)?\d+(?:-\d+)?", re.I)
_FILE_NUMBER = re.compile(r"File\s*(?:#|No\.?|Number)", re.I)
# A city council's measure numbered in its series, on a line of its own above its text
_NUMBERED_MEASURE = re.compile(r"(Resolution|Ordinance)\s+(?:No\.?|Number|#)\s*(\d[\d-]*)", re.I)
# An executive order's short number opening its page's title, before a colon: "EO 25-17: …"
_SHORT_ORDER_NUMBER = re.compile(r"^(E\.?O\.?\s+\d{1,4}-\d{1,4})\s*:")
# A number alone on the line under its label: one code ("MTS-24-0412"), or a series' capitals and
# its number ("DGS 2024/05"); not "Version 2.1" nor a table's "1.1 Appoint CDO"
_NUMBER_VALUE = re.compile(r"(?:[A-Z]{2,6}\s)?[A-Z0-9][\w./#-]*\d[\w./-]*")
# The signer a 红头 file prints beside its 文号 on the same line, two at most, a name spaced out
# to fill its width ("签发人：王　军")
_SIGNED_BY = re.compile(r"[\s\u3000]*[签簽][发發]人\s*[:：][\s\u3000]*(?:[^\s\u3000]{1,4}[\s\u3000]*){1,3}$")
# A company's or a body's document code, labelled as such in its header (not a post's 岗位编码)
_ZH_CODE_LABEL = re.compile(r"(?:文件|制度|文档)编[号码]\s*[:：]\s*([A-Z][A-Z0-9]*(?:[-/.][A-Z0-9]+){2,})")
_OWN_NUMBER_LABEL = re.compile(
    r"\b(?:Circular|Directive|Memo|Memorandum|Policy|Document|Standard|Letter|Order)\s+(?:Code\s+)?(?:Number|No\.?|ID)\s*[:：|]",
    re.I,
)
_CITES_ANOTHER = re.compile(r"^\s*(?:supersedes|replaces|see also|amends|revokes)\b[^\n]{0,20}$", re.I)
_ANNOUNCEMENT_NUMBER = re.compile(r"第[〇零一二三四五六七八九十百\d]{1,6}[号號]")
_SERIAL_NUMBER = re.compile(r"[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\s*\d{1,5}\s*[号號]")
_PINYIN_DOC_NUMBER = re.compile(r"(?:[A-Z][a-z]{0,5} ){2,6}[\[〔(]\d{4}[\]〕)] No\. ?\d{1,4}")


# ---------------------------------------------------------------------------------------------
# Title

# what a notice's title ends with on the line below its 《…》: 的通知
_NOTICE_TAIL = re.compile(r"的?(?:通知|通报|决定|意见|批复|函|公告|通告)")
_TITLE_END = re.compile(
    r"(?:通知|通报|通報|决定|決定|意见|意見|方案|办法|辦法|规定|規定|细则|細則|指南|指引|报告|報告|批复|批復|批示|答复|答復|函|公告|通告|"
    r"纲要|綱要|规划|規劃|计划|計劃|要点|要點|条例|條例|制度|规则|規則|章程|试行|試行|征求意见稿|徵求意見稿|解读|解讀|实录|實錄|说明书|說明書|"
    r"总结|總結|纪要|紀要)"
    r"[)）》」”\"]*$"
)
_SECTION_START = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十百\d]+[章节條条])"
)
_SENTENCE_END = re.compile(r"[。;;]|[!?!?]$")


def _heading_like(line: str) -> bool:
    if not line or len(line) > 120:
        return False
    if _SENTENCE_END.search(line) or line.endswith((":", ":", ",", ",")):
        return False
    if _SECTION_START.match(line) or DOC_NUMBER.fullmatch(_SIGNED_BY.sub("", line)):
        return False
    return parse_date(line, allow_partial=False) is None or len(line) > 20


# A printed official document's letterhead (红头): "内蒙古工业大学文件", "XX市人民政府办公室文件":
# the issuer, not the title.
# A title that opens with a government's name, then the rule's own (新竹縣政府首席資料長設置要點,
# 某市人民政府令), not with one of its offices (某市政府数据局…, 某县政府办公室…).
_GOVERNMENT_OPENING = re.compile(
    r"^《?([\u4e00-\u9fff]{2,10}?(?:人民政府|政府))(?=[\u4e00-\u9fff])"
    # not 政府数据/政府信息 (the rule's subject), nor an office of it named anywhere after
    r"(?!数据|信息|资源|国有|投资|网站|公报|机关)(?![^《》]*?(?:办公|局|厅|委|处|部|室|中心|门户))"
    # and ends as a rule's name does, not as a news headline (深圳市政府…推进…)
    r"(?=[^《》]*(?:要点|办法|规定|细则|规则|规程|条例|方案|意见|决定|规范|指引|指南|计划|令)》?$)"
)
# The issuer's banner over its documents: 安徽省数据资源管理局文件, or a company's document system
# (中国远航物流集团有限公司　人力资源管理体系文件), the body before the system's name
_RED_HEADER = re.compile(
    r"^([\u4e00-\u9fff（）()]{2,30}?)文件$"
    r"|^([\u4e00-\u9fff（）()]{2,30}?(?:公司|集团|局|委|厅|办公室|政府|中心|院|行))\s+[\u4e00-\u9fff]{2,16}文件$"
    # a government's minutes under its own masthead: 西宁市人民政府会议纪要, 某某区政府常务会议纪要
    r"|^([\u4e00-\u9fff（）()]{2,30}?(?:政府|委员会|办公室|办公厅|局|委|厅|公司|集团))(?:常务|专题|办公)?会议纪要$"
)
# Lines a document-sharing site puts above the text: a copyright or takedown notice; and the
# marking a printed internal paper carries above its masthead (内部资料　注意保存).
_SITE_NOTICE = re.compile(
    r"版[权權]说明|版[权權]說明|侵[权權]|举报|舉報|認領|认领|^内部(?:资料|資料)\s*注意保[存密]"
)
# A bulletin's masthead (首席数据官工作简报 / 第3期 / 澧县数据局编　2026年4月10日): its issue line,
# then the body that edits it and the date, on one line
_ISSUE_LINE = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[(（]总第\s*\d+\s*期[)）])?")
_EDITED_BY = re.compile(
    r"([\u4e00-\u9fff]{3,24}?(?:局|委|办|厅|政府|办公室|中心|委员会|领导小组))(?:编印|编)?"
    r"[\s\u3000]{2,}((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)


_DATED_LETTERHEAD_LINES = 3  # the title and its number above it, at most


def _masthead(lines: list[str]) -> tuple[int, str, str] | None:
    """(index of the issue line, issuer, its issue) of a bulletin's masthead in the first lines."""
    for i, line in enumerate(lines[:6]):
        if _ISSUE_LINE.fullmatch(line.strip()):
            edited = next(
                filter(None, (_EDITED_BY.fullmatch(ln.strip()) for ln in lines[i + 1 : i + 3])), None
            )
            if edited:
                return i, edited.group(1), line.strip()
    return None


# A line wholly inside one pair of 【】: a drafter's note on a draft (【送审稿…定稿前请删除此行】), a
# page's buttons (【打印本页】) or a speaker's label, never a document's title.
_BRACKETED_LINE = re.compile(r"【[^【】]*】")
# A filing office's stamp above an order ("FILED" / "AUG 12 2025" / "NEBRASKA SECRETARY OF STATE"):
# the word, then the date and the office that stamped it, none of them the order's title
_FILING_STAMP = re.compile(rf"{FILING_WORD}\s*:?", re.I)
_STAMPING_OFFICE = re.compile(r"(?:[A-Z]+\s+){0,5}(?:SECRETARY OF STATE|CLERK|RECORDER)(?:'S OFFICE)?", re.I)
_STAMP_LINES = 3


def _without_filing_stamp(lines: list[str]) -> list[str]:
    """The head's lines less a filing stamp's: its word, and the date and office below it."""
    out: list[str] = []
    stamp_left = 0
    for line in lines:
        bare = line.strip()
        if _FILING_STAMP.fullmatch(bare):
            stamp_left = _STAMP_LINES - 1
            continue
        if stamp_left and (is_date_line(bare) or _STAMPING_OFFICE.fullmatch(bare)):
            stamp_left -= 1
            continue
        stamp_left = 0
        out.append(line)
    return out


# A page's labelled title near its top ("法規名稱：臺中市政府資料長設置要點", "标题：…"), not a
# form's field in an appendix (文件名称：（请填写…）).
_LABEL_LINES = 20
_TITLE_LABEL = re.compile(
    r"^(?:标\s*题|標\s*題|法规名称|法規名稱|文件名称|文件名稱)\s*[:：]\s*(\S.{3,80}?)\s*$"
    # an order's header block: "Implementing Order No.: 3-67" over "Title: Chief Data Officer and …"
    r"|^Title\s*:\s*([A-Z][^\n]{3,200}?)\s*$",
    re.M,
)
# An order's or a circular's subject line under its letterhead ("Subject: Designation of
# Departmental Chief Data Officers …"), which may be longer than the lines _head_lines reads.
_SUBJECT_LINE = re.compile(r"^(?:Subject|SUBJECT|Sub)\s*[:：.](?:\s*\|)?\s*([A-Z].{3,150}?)\s*$")
_SUBJECT_LINES = 20
# the headings a memo's body opens with, which follow its subject line and are none of it
_SECTION_HEADINGS = frozenset((
    "background", "purpose", "scope", "introduction", "summary", "context", "definitions",
    "authority", "applicability", "overview", "objectives", "discussion", "recommendation",
    "recommendations", "decision", "action", "actions", "policy", "responsibilities", "references",
))  # fmt: skip
_WRAPPED_SUBJECT_CHARS = 40  # a line this long may have wrapped (ingest.chunk's capitals titles too)
# the last words of a capitals subject wrapped onto the next line: a few capitals words, no
# number or label opening the body ("1. PURPOSE", "DATE:")
_WRAPPED_SUBJECT = re.compile(r"[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,4}")


# A statute's short-title clause: 'shall be known and may be cited as the "… Act."'
_SHORT_TITLE = re.compile(r"\bmay be cited as (?:the )?[\"“]([A-Z][^\"”\n]{5,120}?)[.,]?[\"”]")
_SHORT_TITLE_REACH = 6000  # a bill's history table may stand above its text
# A legislature's name, as its site's banner writes it over a bill's page
# An order's enacting words name the officer who makes it: "NOW, THEREFORE, I, Katie Hobbs,
# Governor of the State of Arizona, by virtue of the authority vested in me …", or the post alone
# ("I, the Governor of the State of Arkansas, acting under the authority …")
_ENACTING_OFFICER = re.compile(
    r"\bI,\s+(?:[A-Z][\w.'’-]*,?\s+){0,5}?(?:as\s+)?(?:the\s+)?"
    r"((?i:(?:Acting\s+)?(?:Lieutenant\s+)?(?:Governor|Mayor|County\s+(?:Executive|Judge)|President)\s+of\s+)[^,;\n]{3,60}?),"
    r"\s+(?i:by\s+virtue|pursuant|(?:acting\s+)?under|in\s+accordance|do\s+hereby|hereby|by\s+the\s+(?:authority|power))"
)


def _enacting_officer(cleaned: str) -> str:
    """The officer the enacting words name, as running text writes the post where the order prints
    it in capitals ("I, WES MOORE, GOVERNOR OF THE STATE OF MARYLAND, BY VIRTUE OF …")."""
    m = _ENACTING_OFFICER.search(cleaned)
    return _capitals_as_written(m.group(1)) if m else ""


_LEGISLATURE = re.compile(
    r"^(?:The )?(?:(?!(?:To|Of|The|For|And|Report|Annual)\b)[A-Z][\w.'’-]*\s+){1,4}"
    r"(?i:General Assembly|Legislature|General Court)$"
)


# A state's code as its page heads it: "Indiana Code 2025 — …", "Minnesota Statutes 2025",
# "Code of Virginia" (not its Administrative Code: an agency's rules)
_STATE_CODE = re.compile(
    rf"^(?:The |\d{{4}} )?(?:({'|'.join(US_STATES)})\s+(?:Code|Statutes|Revised Statutes|General Statutes|General Laws"
    rf"|Compiled Statutes|Revised Code|Code Annotated|Government Code|Consolidated Laws)(?!\s+of\b)"
    rf"|Code of ({'|'.join(US_STATES)})(?!\s+Regulations))\b"
)
_CODE_HEAD_LINES = 3
# a state whose "Code" is its agencies' regulations (the Pennsylvania Code; its statutes are the
# Pennsylvania Consolidated Statutes)
_REGULATIONS_CODE = frozenset({"Pennsylvania"})


def _code_legislature(cleaned: str) -> str:
    """The legislature whose code a statute page prints, by the code its first lines name
    ("2025 Minnesota Statutes, 16E.27 …")."""
    for line in _nonempty(cleaned)[:_CODE_HEAD_LINES]:
        m = _STATE_CODE.match(line.strip())
        if m and not (m.group(1) in _REGULATIONS_CODE and m.group(0).endswith(" Code")):
            return US_LEGISLATURES[m.group(1) or m.group(2)]
    return ""


# a code's citation alone ("IC 4-3-26", "KRS 42.650"), over the heading that names its chapter
_BARE_CITATION = re.compile(r"^[A-Z]{1,5}\.?\s+\d+[A-Z]?(?:[-.:]\d+[A-Z]?)+$")
_CHAPTER_HEADING = re.compile(r"^(?:Chapter|Article|Part|Subchapter)\s+[\dA-Z]+[A-Z]?\.\s+[A-Z]\S")


def _statute_own_title(title: str, cleaned: str) -> str:
    """Where a title only names a body (a legislature's banner, or its page's <title>, over a
    bill), the short title the statute gives itself; else the title."""
    if title and (_LEGISLATURE.match(title) or EN_ORG_LINE.match(title)):
        cited = _SHORT_TITLE.search(cleaned[:_SHORT_TITLE_REACH])
        if cited:
            return cited.group(1)
    if title and _BARE_CITATION.match(title):
        lines = _nonempty(cleaned)
        at = next((i for i, line in enumerate(lines[: _CODE_HEAD_LINES + 2]) if line.strip() == title), None)
        below = lines[at + 1].strip() if at is not None and at + 1 < len(lines) else ""
        if _CHAPTER_HEADING.match(below):
            return below
    return title


# A post that reprints a document whole (…正式印发（附全文）, 以下为制度全文：): the document's own
# title on a line of its own, its text opening below it (第一章, 第一条, 一、), named in 《》 above
# it with its 文号 in the brackets after: the stored text is that document's.
# (a post's words for reprinting, not a notice's "现将《…》全文印发给你们")
_REPRINTED_BELOW = re.compile(
    r"附全文|全文如下|全文刊发|全文转载|全文发布|以下为[^。\n]{0,10}全文|全文[:：]\s*$", re.M
)
# ... of which those a post's lead writes above the document (not a headline's 附全文)
_FULL_TEXT_BELOW = re.compile(r"全文如下|以下为[^。\n]{0,10}全文|全文[:：]\s*$")
_LEAD_REACH = 6  # lines: a post's headline, its byline and its lead, above the document it reprints
# a notice that transmits the document is the notice (关于印发《…》的通知)
_TRANSMITS = re.compile(r"(?:印发|转发)[^\n]{0,60}(?:通知|决定)\s*$", re.M)
_REPRINT_REACH = 15  # lines: a headline, a lead of a paragraph or two, the title
_REPRINT_OPENING = re.compile(r"^(?:第[一1]章|第[一1]条|一、|总\s*则|總\s*則)")
# the body that issues it, as its title opens: 山东高速集团有限公司首席数据官管理办法
# (a name, brackets and all: 中国太平洋保险（集团）股份有限公司; not a kind of body: 大型企业集团, 公立医院)
_TITLE_ORG = re.compile(
    r"^(?!(?:大型|公立|国有|省属|市属|各|某|有关|相关)[\u4e00-\u9fff]{0,4}(?:企业|集团|医院|高校|大学))"
    r"([\u4e00-\u9fff（）()]{2,30}(?:有限公司|有限责任公司|集团|人民政府|政府|委员会|大学|学院|医院))(?=首席|数据)"
)


_OFFICE_END = re.compile(r"(?:办公厅|辦公廳|办公室|辦公室)$")


def _posts_for(poster: str, signer: str) -> bool:
    """Whether the body a page names as its source (发布机构, 来源) posts what `signer` signs: the
    same body named shorter (鲤城区人民政府办公室 of 泉州市鲤城区人民政府办公室, 莫干山镇 of
    德清县莫干山镇人民政府), the office of the body that signs (宁夏回族自治区人大常委会办公厅 for
    宁夏回族自治区人民代表大会常务委员会 under its 公告), or a group's department (集团人力资源部 for
    厦门国贸控股集团有限公司)."""
    return bool(
        re.fullmatch(rf".+{re.escape(poster)}(?:人民政府|政府)?", signer)
        or (_OFFICE_END.search(poster) and not _OFFICE_END.search(signer) and signer[:2] == poster[:2])
        or (_COMPANY.search(signer) and _COMPANY_DEPARTMENT.match(to_simplified(poster)))
    )


@dataclass(frozen=True)
class Reprint:
    title: str
    doc_number: str
    issuer: str
    above: str  # the post's own text above the title: its headline, its lead

    def retitles(self, found: str) -> bool:
        """The title found is the post's own headline (a page's <title>), not the document's."""
        return bool(self.title) and (not found or to_simplified(found) in self.above)


def reprinted_document(cleaned: str) -> Reprint | None:
    """The document a post reprints in full, by its title, 文号 and issuer; None for any other text."""
    lines = _nonempty(cleaned)[:_REPRINT_REACH]
    for i in range(1, len(lines) - 1):
        title = lines[i].strip()
        above = to_simplified("\n".join(lines[:i]))
        named = f"《{to_simplified(title)}》"
        if not (
            _heading_like(title)
            and _TITLE_END.search(to_simplified(title))
            # its text opening below it, or below its preamble (为…，制定本方案。)
            and any(_REPRINT_OPENING.match(line.strip()) for line in lines[i + 1 : i + 3])
            and named in above
            and _REPRINTED_BELOW.search(above)
            and not _TRANSMITS.search(above.split("\n", 1)[0])
        ):
            continue
        given = re.search(re.escape(named) + r"\s*[(（]([^)）]{0,40})", above)
        number = DOC_NUMBER.search(given.group(1)) if given else None
        org = _TITLE_ORG.match(to_simplified(title))
        # else the body that signs what it reprints above the title (a notice that transmits it),
        # below the post's words for reprinting, not the post's own byline above them
        said = next((k for k in range(i) if _REPRINTED_BELOW.search(to_simplified(lines[k]))), None)
        signer, _ = _signature("\n".join(lines[said + 1 : i])) if said is not None else ("", "")
        # ... else the body its lead says issued it (近日，泸州市人民政府办公室印发《…》（…号），现将全文发布如下)
        lead = (
            m.group(1)
            for m in _ISSUED_IN_LEAD.finditer(above)
            if m.group(0).endswith(named) and _ORG_END.search(m.group(1))
        )
        return Reprint(
            title,
            number.group(0).replace(" ", "") if number else "",
            title[: org.end(1)] if org else signer or next(lead, ""),
            above,
        )
    return None


_TITLE_MARKS = re.compile(r"[《》〈〉“”\"\s]")


def _as_printed(label: str, cleaned: str) -> str:
    """A portal's title field as the document's own head prints it: the field drops the book-title
    marks (标题：南阳市人民政府办公室关于印发南阳市首席数据官工作规则的通知) that the issuer's line
    and the title line under it keep."""
    key = _TITLE_MARKS.sub("", label)
    lines = _nonempty(cleaned)[: _LABEL_LINES * 2]
    for line, below in zip(lines, [*lines[1:], ""], strict=True):
        if _TITLE_MARKS.sub("", line) == key:
            return line
        if below and _TITLE_MARKS.sub("", line + below) == key:
            return line + below
    return label


def infer_title(cleaned: str, raw: str = "") -> str:
    """A labelled title (法规名称:), else the first heading-like line near the top; a notice
    title wrapped over two lines ("…关于印发…" + "…方案的通知", or the issuer + "关于…的通知")
    is joined; all-caps English title lines are joined. Markdown heading marks (# ) are not part
    of a title; a site's copyright notice is not a title, nor, when a line below names a kind of
    document (…细则, …的通知), is a site's or a body's name above it (江苏省自然资源厅, 绵阳新闻网)."""
    labelled = _TITLE_LABEL.search("\n".join(_head_lines(raw or cleaned)))
    if labelled:
        return _as_printed(labelled.group(1) or labelled.group(2), cleaned)
    memo = _memo_subject(cleaned)
    if memo:
        return memo
    lines = [re.sub(r"^#{1,6}\s+", "", ln) for ln in _without_filing_stamp(_nonempty(cleaned))]
    lines = [
        ln
        for ln in lines
        if ln
        and not _SITE_NOTICE.search(ln)
        and not _WECHAT_BYLINE.match(ln)  # "原创 清远政数 清远政数 2025-12-09 19:12 广东"
        and not _WECHAT_HEAD_LINE.match(ln)
        and not _RED_HEADER.match(ln)
        and not _BRACKETED_LINE.fullmatch(ln.strip())
    ][:12]
    _, ordered, _ = _letterhead(lines)
    if ordered:
        return ordered
    below = next((i for i, ln in enumerate(lines) if _FULL_TEXT_BELOW.search(to_simplified(ln))), None)
    if (
        below is not None
        and 0 < below <= _LEAD_REACH
        and below + 1 < len(lines)
        and _heading_like(lines[below + 1])
    ):
        lines = lines[below + 1 :]  # a post's lead (…以下为全文), the document's own title below it
    masthead = _masthead(lines)
    if masthead:  # the article under a bulletin's masthead, else the bulletin's own name
        at = masthead[0]
        below = next((ln for ln in lines[at + 1 : at + 4] if _TITLE_END.search(to_simplified(ln))), "")
        if below and not _EDITED_BY.fullmatch(below.strip()):
            return below
        if at > 0 and _heading_like(lines[at - 1]):
            return lines[at - 1]
    top = _nonempty(cleaned)[:_SUBJECT_LINES]
    at = next((i for i, line in enumerate(top) if _SUBJECT_LINE.match(line)), None)
    if at is not None:
        subject = _SUBJECT_LINE.match(top[at]).group(1)
        after = top[at + 1].strip() if at + 1 < len(top) else ""
        if (
            subject.isupper()
            and len(subject) >= _WRAPPED_SUBJECT_CHARS
            and _WRAPPED_SUBJECT.fullmatch(after)
            and after.lower() not in _SECTION_HEADINGS
        ):
            return f"{subject} {after}"  # "…CHIEF DATA OFFICERS IN GAUTENG PROVINCIAL" over "DEPARTMENTS"
        return subject
    crumbed = _crumbed_title(lines)
    if crumbed:
        return crumbed
    named = _first_named_kind(lines)
    for i, line in enumerate(lines):
        if named is not None and i < named and _gives_way_to_title(line, lines[i + 1 : i + 2]):
            continue
        if not _heading_like(line):
            if CJK_CHAR.search(line) and len(line) > 60:
                break  # body text has started
            continue
        is_cjk = bool(CJK_CHAR.search(line))
        if is_cjk:
            if len(CJK_CHAR.findall(line)) < 6:
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            folded = to_simplified(line)
            if (
                "关于" in folded
                and not _TITLE_END.search(re.sub(r"《[^》]*》", "", folded))  # 办法 inside 《》 ends nothing
                and nxt
                and _heading_like(nxt)
                and len(nxt) <= 60
                and _TITLE_END.search(to_simplified(nxt))
            ):
                return line + nxt
            if (
                "关于" not in folded
                and _ORG_END.search(folded)  # a body's name (…厅办公室), not a portal's welcome
                and to_simplified(nxt).startswith("关于")
                and _heading_like(nxt)
                and _TITLE_END.search(to_simplified(nxt))
            ):
                # the issuer on a line of its own above "关于印发…的通知", which may wrap after its 》
                after = lines[i + 2] if i + 2 < len(lines) else ""
                if nxt.endswith("》") and _NOTICE_TAIL.fullmatch(to_simplified(after.strip())):
                    return line + nxt + after.strip()
                return line + nxt
            if (
                "关于" not in folded
                and BODY_NAME_END.search(folded)
                and _heading_like(nxt)
                and len(nxt) <= _KIND_LINE_CHARS
                and _TITLE_END.search(to_simplified(nxt))
                and not _ORG_END.search(to_simplified(nxt))
            ):
                # a body's name over its rule's: 中国太平洋保险（集团）股份有限公司 / 首席数据官管理办法
                return line + nxt
            return line
        later = _titled_below(line, lines[i + 1 : i + _BANNER_REACH])
        if later:
            return later
        if line.isupper() and len(line) < 80:
            parts = [line]
            for nxt in lines[i + 1 : i + 6]:
                if nxt.isupper() and len(nxt) < 80 and not re.search(r"\d", nxt):
                    parts.append(nxt)
                else:
                    break
            return " ".join(parts)
        words = line.split()
        if 3 <= len(words) <= 20 and not line.endswith(".") and line[0] not in "-•*·([":
            section = _statute_section(lines[i + 1 : i + 4]) if _CODE_NAME.search(line) else ""
            return f"{line} {section}" if section else line
    return ""


# A circular's memo head: its addressees (致：…) and those it is copied to (副本送：…), each a
# block of lines, then its subject on a line of its own (Hong Kong's 通函)
_ADDRESSEE = re.compile(r"^\s*致\s*[:：]")
_COPIED_TO = re.compile(r"^\s*(?:副本送|副本抄送|抄送)\s*[:：]")
_MEMO_HEAD_LINES = 30
_MEMO_SUBJECT_CHARS = 6  # a subject's characters at least: not a part's heading (目的, 背景)


def _memo_subject(cleaned: str) -> str:
    """The subject line below a Chinese circular's addressee and copy blocks, or ""."""
    lines = cleaned.splitlines()[:_MEMO_HEAD_LINES]
    at = next((i for i, line in enumerate(lines) if _ADDRESSEE.match(line)), None)
    if at is None or any(re.match(r"\s*(?:关于|關於|关於|關于)", line) for line in lines[:at]):
        return ""  # a notice titled above its addressees: its title is that line

    def past_block(i: int) -> int:
        while i < len(lines) and lines[i].strip():
            i += 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        return i

    i = past_block(at)
    if i < len(lines) and _COPIED_TO.match(lines[i]):
        i = past_block(i)
    subject = lines[i].strip() if i < len(lines) else ""
    alone = i + 1 >= len(lines) or not lines[i + 1].strip()
    if (
        alone
        and len(CJK_CHAR.findall(subject)) >= _MEMO_SUBJECT_CHARS
        and _heading_like(subject)
        and not re.search(r"[。:：]", subject)  # nor a label: 附件：…
        and len(subject) <= 40
    ):
        return subject
    return ""


# An order named by its number alone, its subject on the line below: "Executive Order No. 25-4" over
# "Establishing Agency Chief Data Officers and …" is "Executive Order No. 25-4: Establishing …"
_NUMBERED_ORDER = re.compile(
    r"(?:Executive|Administrative|Mayoral) Order(?: No\.?| Number)?\s*[\w.-]*\d[\w.-]*"
)


def _with_subtitle(title: str, cleaned: str) -> str:
    """The order's letterhead title ("Executive Order No. 25-4: Establishing …") where the title
    found elsewhere (a page's <title>) is its number alone."""
    if not _NUMBERED_ORDER.fullmatch(title):
        return title
    _, ordered, _ = _letterhead(_nonempty(cleaned))
    return ordered if ordered.startswith(f"{title}: ") else title


def _crumbed_title(lines: list[str]) -> str:
    """The line a breadcrumb ends with, written again below it as the page's heading
    ("All Jobs > Information Technology > Chief Data Officer", then "Chief Data Officer")."""
    for i, line in enumerate(lines):
        crumbs = [c.strip() for c in re.split(r"\s+[>›»]\s+", line) if c.strip()]
        if len(crumbs) >= 3:
            last = crumbs[-1].casefold()
            return next((ln for ln in lines[i + 1 : i + 5] if ln.strip().casefold() == last), "")
    return ""


# How far below a government's banner its document's title may stand: past its office's name
# and a letter's address, reference and date lines ("Our Ref. No.: …", "Date: 12th August, 2024")
_BANNER_REACH = 10
_COVER_TABLE_REACH = 4  # lines from a paper's letterhead to its cover table (its meeting's name between)
# a title's first two or three words: enough to tell its cover line from a council's other lines, and
# over before the dashes and colons a title's text and its cover write differently (2025–2028, 2025-2028)
_TITLE_OPENING_CHARS = 12


_CAPITALS_SUBJECT_CHARS = 200
_KIND_LINE_CHARS = 30  # a rule's name under its body's: 首席数据官管理办法（试行）


def _titled_below(line: str, below: list[str]) -> str:
    """The page's own title under a banner that only names a government ("Government of
    Canada", a report's cover "CITY AND COUNTY OF DENVER"): the near line naming a kind of
    document; "" when `line` is no such banner or none follows."""
    line = _banner_body(line)
    if CJK_CHAR.search(line) or not _BANNER.match(line) or len(line.split()) > 5:
        return ""
    # not a series' name, which lists kinds ("Enterprise … Policies, Standards and Guidelines"; a
    # title may name two: "Data Strategy and Action Plan")
    # (or a subject in capitals too long for a heading: "DIRECTIVE NO. 3 OF 2025 ON THE DESIGNATION …")
    near = [
        ln
        for ln in below
        if (_heading_like(ln) or (ln.isupper() and len(ln) <= _CAPITALS_SUBJECT_CHARS))
        and not (len(_EN_KIND.findall(ln)) >= 2 and "," in ln)
    ]
    later = next((ln for ln in near if _EN_KIND.search(ln)), "")
    return later if later and not CJK_CHAR.search(later) and 3 <= len(later.split()) <= 20 else ""


def _head_lines(text: str) -> list[str]:
    """The lines above the body: up to the first sentence (。) or long line, at most _LABEL_LINES;
    a long line of labelled fields is the head's too ("Agenda Item 812 | Regular Agenda | Council
    Meeting of October 8, 2025", "Title: Establish the position of …"), a sentence is not."""
    head = []
    for line in _nonempty(text)[:_LABEL_LINES]:
        if "。" in line or (len(line) > 60 and not _HEAD_FIELDS.match(line)):
            break
        head.append(line)
    return head


# A header block's long line: fields set apart by bars, or one labelled field, ending in no stop
_HEAD_FIELDS = re.compile(r"^(?:[^|\n]{1,40}(?:\s\|\s[^|\n]{1,60}){2,}|[A-Z][A-Za-z ]{1,30}:\s.*[^.;])$")


def _first_named_kind(lines: list[str]) -> int | None:
    """The first Chinese heading-like line, before the body starts, that ends with a kind of
    document (方案, 细则, 通知 …)."""
    for i, line in enumerate(lines):
        if CJK_CHAR.search(line) and len(line) > 60 and not _heading_like(line):
            return None
        if CJK_CHAR.search(line) and _heading_like(line) and _TITLE_END.search(to_simplified(line)):
            return i
    return None


# What a site's or a body's name ends with: 江苏省自然资源厅, 蚌埠市第一人民医院, 绵阳新闻网 | 绵阳日报 … 数字报.
_SITE_OR_BODY = re.compile(r"(?:厅|局|委|委员会|政府|办公室|医院|大学|学院|学校|网|网站|门户|报|客户端)$")


def _gives_way_to_title(line: str, following: list[str]) -> bool:
    """A line that names a site or a body (by its ending) and no kind of document, and does not
    open a two-line title (the issuer above its 关于…的通知); a menu of links or a line of labels;
    an English line above a Chinese title. Not a headline or the first line of a wrapped title."""
    folded = to_simplified(line)
    if not CJK_CHAR.search(line):
        return True  # a site's English name above a Chinese title
    if _TITLE_END.search(folded) or "关于" in folded:
        return False
    if re.search(r"[|｜]", folded):
        return True  # a menu of links is no issuer, above a 关于…的通知 too
    if any(to_simplified(n).startswith("关于") for n in following):
        return False  # the issuer above its 关于…的通知
    # or a line of labels (信息索引号：… 发布日期：…)
    named = re.sub(r"[(（][^()（）]{1,12}[)）]$", "", folded)  # 武汉东湖新技术开发区管理委员会（中国光谷）
    named = _without_dated_end(named)  # a letterhead's body and date: 西陵区教育局　　2025年12月26日
    if _place_banner(line):
        return True  # the place alone, as a Macao 批示 opens under 澳門特別行政區
    return bool(_SITE_OR_BODY.search(named) or re.search(r"[:：]", folded))


def _without_dated_end(line: str) -> str:
    """The line without a full date set apart at its end, as a letterhead writes the date across
    from its body's name."""
    parts = re.split(r"[\s\u3000]{2,}", line.strip())
    if len(parts) > 1 and parse_date(parts[-1], allow_partial=False) is not None:
        return " ".join(parts[:-1])
    return line


def _banner_body(line: str) -> str:
    """A banner's government, before the office it sets after a mark ("Government of Alberta ■
    Technology and Innovation")."""
    return _BANNER_MARK.split(line, maxsplit=1)[0]


_BANNER_MARK = re.compile(r"\s+[■|｜·•–—]\s+")


# "Government" in the other languages of bilingual governments' banners (Canada, Wales, …)
_GOVERNMENT_ELSEWHERE = re.compile(r"(?i)(?:gouvernement|gobierno|governo|regierung|llywodraeth)\b")


def _banner_issuer(banner: str) -> str:
    """The government a banner names, with the office it sets after the mark ("Government of
    Alberta, Technology and Innovation"); not a document's name after it ("City of Toronto – Open
    Data Master Plan") nor the name again in another language ("Gouvernement du Canada")."""
    parts = _BANNER_MARK.split(banner, maxsplit=1)
    if len(parts) == 1:
        return banner
    body, after = parts
    if _EN_KIND.search(after) or _BANNER.match(after) or _GOVERNMENT_ELSEWHERE.match(after):
        return body
    return f"{body}, {after}"


# The words that open a heading about a body, not the body's own name ("Message from the Department")
_NOT_A_BODYS_NAME = (
    r"(?!(?:The|THE|About|ABOUT|Message|MESSAGE|Role|ROLE|Responsibilities|RESPONSIBILITIES)\b)"
)
# The ministry a banner's government sets under it ("MINISTRY OF COMMUNICATIONS AND DIGITALISATION")
_MINISTRY_LINE = re.compile(
    # (its name may list its fields: "Ministry of Communications, Knowledge and Technology")
    r"^(?:the\s+)?(?:executive\s+)?(?:ministry|department|office)\s+of\b[^.,;:|\d]{3,80}"
    r"(?:,\s*(?-i:[A-Z])[^.,;:|\d]{2,40}){0,3}$"
    # ... or its authority or division by name ("Dubai Digital Authority", "Roads and Transport
    # Authority"; not a page's "Message From The Authority")
    rf"|^(?-i:{_NOT_A_BODYS_NAME}(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the)\s+)?){{1,5}})"
    # (an Indian department by its name: "Information Technology Department")
    r"(?i:authority|division|agency|commission|directorate|department)$",
    re.I,
)
# A government site's banner line: its name, not a document's.
_BANNER = re.compile(
    r"^(?:the\s+)?(?:government|gouvernement|republic|state|commonwealth|city and county|city|county|ministry|department)\s+of\b"
    # or a local council's name on its cover ("Kent County Council" over "Data Strategy 2026–2029")
    r"|^(?-i:(?:(?!(?:To|By|And|Of|The|For|Full|Report|Approved|Cabinet)\b)[A-Z][\w'’-]*\s+){1,3})"
    r"(?:City|County|Borough|District|Shire)\s+Council$"
    # or a state body's name alone, as a standard's cover prints it ("GEORGIA TECHNOLOGY AUTHORITY")
    # (capitalised words, as a name is written: not a heading's "Message from the Department")
    rf"|^(?-i:(?:{_NOT_A_BODYS_NAME}[A-Z][\w'’&-]*\s+){{1,4}})(?:Authority|Agency|Commission|Ministry|Department)$",
    re.I,
)
# The kinds of document an English title names (a fixed list of genres, not of any file's words).
_EN_KIND = re.compile(
    # (not a meeting's "call to order"; a meeting's minutes are a kind of their own)
    r"\b(?:terms of reference|polic(?:y|ies)|directive|(?<!call to )order|act|charter|plan|strategy|guidelines?|guidance|"
    r"standard|regulations?|memorandum|framework|procedures?|statutes?|laws?|ordinance|code|rules?|"
    r"mandate|playbook|circular|report|minutes|resolution)\b",
    re.IGNORECASE,
)


# An English order, regulation or directive as an office prints it: the letterhead (CITY OF BOSTON /
# OFFICE OF THE MAYOR; U.S. DEPARTMENT OF AGRICULTURE), the kind of document with its number
# (EXECUTIVE ORDER 2024-09; DEPARTMENTAL REGULATION  Number: DR 3400-003), then its subject (a
# SUBJECT: line, or the capitalised line under the kind). The letterhead is the issuer, the kind
# and its subject the title, the number the document number.
_KIND_LINE = re.compile(
    r"^(?:(?:EXECUTIVE|ADMINISTRATIVE|MAYORAL|GENERAL) ORDER|ORDINANCE|RESOLUTION|"
    r"(?:DEPARTMENTAL|AGENCY|POLICY) (?:REGULATION|DIRECTIVE|NOTICE|MANUAL|POLICY)|DIRECTIVE|POLICY DIRECTIVE|"
    # a mayor's or a manager's series ("Executive Directive No. 14", "PROCEDURAL MEMORANDUM NO. 70-14")
    r"(?:EXECUTIVE|MAYORAL|MANAGEMENT|ADMINISTRATIVE) DIRECTIVE|(?:PROCEDURAL|OFFICE|ADMINISTRATIVE) MEMORANDUM|"
    # a city manager's series: "ADMINISTRATIVE BULLETIN" over "Administrative Bulletin Number: 25-04"
    r"(?:ADMINISTRATIVE|POLICY|INFORMATION) BULLETIN|"
    # a school district's or an office's circular series: "Superintendent's Circular"
    r"(?:[A-Z][a-z]+(?:'|’)s\s+)?CIRCULAR)"
    r"(?:\s+(?:NO\.?\s*|#\s*)?\d[\w./-]*)?(?:\s{2,}.*)?$",
    re.I,
)
# The number after the kind: 2024-09, Maryland's dotted 01.01.2025.14 (not a date: 15.05.2025)
_KIND_NUMBER = re.compile(
    r"\s(?:NO\.?\s*|#\s*)?(?!\d{1,2}\.\d{1,2}\.\d{4}\s*$)(\d{1,4}(?:[-–]\d{1,4}[\w-]*|(?:\.\d{1,4}){2,}))\s*$"
    r"|\s(?:NO\.?|#)\s*(\d{1,5})\s*$",  # a number the kind labels: EXECUTIVE ORDER NO. 391, #265
    re.I,
)
_NUMBER_LABEL = re.compile(r"\b(?:Number|No\.)\s*:\s*([A-Z0-9][\w./-]*(?:\s\d[\w./-]*)?)", re.I)
_SUBJECT_LABEL = re.compile(r"^(?:SUBJECT|Subject|RE|Re)\s*:\s*(?:\|\s*)?(\S.{3,150})$")  # (or in its cell)
# a file number alone over a memorandum's letterhead, as South Asian ministries print it
# ("No. F.2-11/2025-DG(MoITT)" over "GOVERNMENT OF PAKISTAN")
_FILE_NUMBER_LINE = re.compile(r"^No\.\s*([A-Z0-9][\w.()/-]*\d[\w.()/-]*)$")
# A document-control field under the kind ("NUMBER: SUP-12", "Version 01", "Effective Date: …"):
# not its subject
_CONTROL_FIELD = re.compile(
    r"^(?:(?:number|no\.?|ref(?:erence)?|version|(?:effective |issue |review )?date|issued(?: by| on)?|"
    # (an ordinance's sponsors: "Sponsored by: RAYMOND J. OKAFOR …, County Commissioners")
    r"supersedes|rescinds|revised|category|owner|classification|status|(?:co-?)?sponsored by|introduced by)"
    r"\s*:\s*(?P<value>.*)|version\s+\d+)$",
    re.I,
)


def _subject_after(lines: list[str]) -> str:
    """The first line below a document's kind that is not one of its control fields (a label
    alone, "NUMBER:", holds its value on the next line)."""
    skip = False
    for line in lines:
        field = _CONTROL_FIELD.match(line.strip())
        if skip or field:
            skip = bool(field and field.group("value") is not None and not field.group("value").strip())
            continue
        return line
    return ""


_SEAL_LINE = re.compile(r"[(\[]?(?:[A-Za-z]+ )?seal[)\]]?|[(\[]?seal of [^()\[\]]{2,40}[)\]]?", re.I)
_LETTERHEAD_LINES = 4  # a body's name and its office, above the kind of document
_LETTERHEAD_CHARS = 80  # a name or an address line, not a sentence
_TITLE_WORDS = 25  # a subject line under the kind, not the order's first sentence
_SENTENCE_STOP = re.compile(r"(?<![A-Z])\.$|[;:?]$|[;:]\s")  # "Washington, D.C." ends no sentence
_NOT_SUBJECT = re.compile(r"(?:WHEREAS|NOW,? THEREFORE|By the authority|By virtue)\b", re.I)


def _letterhead(lines: list[str]) -> tuple[str, str, str]:
    """(issuer, title, number) of an English order or regulation, or ("", "", ""); below a web
    page's menus (the site's name, its links), its title and number without an issuer."""
    found = _kind_and_subject(lines, _LETTERHEAD_LINES + 1)
    if found != ("", "", ""):
        return found
    _, title, number = _kind_and_subject(lines, _MENU_LINES, below_menus=True)
    return ("", title, number) if title else found


# A letterhead's contact line ("Phone: (402) 471-2244 | governor.nebraska.gov"): its label's colon
# opens no sentence
_LETTERHEAD_CONTACT = re.compile(
    r"(?:^|\|)\s*(?:phone|tel|telephone|fax|e-?mail|web(?:site)?)\s*[:.]\s", re.I
)
_MENU_LINES = 20  # a governor's page: its site's name, menus and breadcrumb above the order


def _kind_and_subject(lines: list[str], reach: int, below_menus: bool = False) -> tuple[str, str, str]:
    for i, line in enumerate(lines[:reach]):
        if not _KIND_LINE.match(line):
            continue
        # (a web page's own title above, which repeats the kind: "Executive Directive No. 14: Data …")
        head = [ln for ln in lines[:i] if not ln.lower().startswith(line.strip().lower())]
        if any(
            (len(ln) > _LETTERHEAD_CHARS or _SENTENCE_STOP.search(ln)) and not _LETTERHEAD_CONTACT.search(ln)
            for ln in head
        ):
            return "", "", ""  # a sentence above: not a letterhead
        kind = re.split(r"\s{2,}", line)[0]
        label = next(filter(None, (_NUMBER_LABEL.search(ln) for ln in lines[i : i + 4])), None)
        in_kind = _KIND_NUMBER.search(kind)
        # the number alone on the line under the kind ("ORDINANCE" over "25-3187")
        below = lines[i + 1].strip() if i + 1 < len(lines) and not in_kind else ""
        # (not a date: "07-01-2025", which way round its day and month are)
        alone = below if _KIND_NUMBER.fullmatch(f" {below}") and not _NUMERIC_DATE.fullmatch(below) else ""
        filed = next(filter(None, (_FILE_NUMBER_LINE.match(ln.strip()) for ln in head)), None)
        number = (
            label.group(1) if label else (kind if in_kind else alone or (filed.group(1) if filed else ""))
        )
        subject = next(filter(None, (_SUBJECT_LABEL.match(ln) for ln in lines[i : i + 6])), None)
        after = _subject_after(lines[i + 1 + bool(alone) : i + 6])
        titled = not _NOT_SUBJECT.match(after) and (
            after.isupper() or (len(after.split()) <= _TITLE_WORDS and not _SENTENCE_STOP.search(after))
        )
        about = subject.group(1) if subject else (after if titled and len(after) < 200 else "")
        # the title in full under the kind: "Executive Order No. 391: Establishing …", or a subject
        # that names its kind ("CHIEF DATA OFFICER AND OPEN DATA ORDINANCE" under "ORDINANCE")
        named = re.escape(_KIND_NUMBER.sub("", kind).strip())
        whole = (
            not subject
            and len(after) < 200
            and (
                after.lower().startswith(kind.lower())
                or bool(titled and re.search(rf"(?i)\b{named}\b", after))
            )
        )
        # (not a seal's caption, "CITY SEAL" or "(Seal)", nor the signer a cell names beside the office)
        issuer = ", ".join(
            ln.split(" | ")[0]
            for ln in head
            if not re.search(r"\d", ln) and not _SEAL_LINE.fullmatch(ln.strip())
        )
        return issuer, after if whole else f"{kind}: {about}" if about else kind, number
    if below_menus:
        return "", "", ""
    return _government_order_head(lines) if _GO_ABSTRACT_LINE in lines[:_GO_REACH] else _circular_head(lines)


# An Indian state government's order (G.O.), as every state prints one: "GOVERNMENT OF
# TELANGANA", "ABSTRACT", the subject over a few lines ("… – Orders – Issued."), the department
# in capitals, then "G.O.Ms.No. 14 Dated: 22-07-2025" and "Read the following:".
_GO_ABSTRACT_LINE = "ABSTRACT"
_GO_REACH = 4  # lines of the government's banner above ABSTRACT
_GO_SUBJECT_LINES = 8


def _government_order_head(lines: list[str]) -> tuple[str, str, str]:
    """(issuer, title, number) of such an order: "Government of <state>, <department>", its
    subject, its G.O. number; ("", "", "") when the lines are no such head."""
    at = lines.index(_GO_ABSTRACT_LINE)
    below = lines[at + 1 : at + 1 + _GO_SUBJECT_LINES]
    numbered = next((i for i, line in enumerate(below) if GO_NUMBER.match(line.strip())), None)
    if numbered is None:
        return "", "", ""
    subject = below[:numbered]
    department = subject.pop() if subject and subject[-1].isupper() and "DEPARTMENT" in subject[-1] else ""
    banner = next((_capitals_as_written(ln) for ln in lines[:at] if _BANNER.match(ln)), "")
    issuer = ", ".join(filter(None, (banner, _capitals_as_written(department))))
    title = " ".join(" ".join(subject).split()).rstrip(".")
    return issuer, title, " ".join(GO_NUMBER.match(below[numbered].strip()).group(0).split())


# A government circular's head, as Ireland's and Britain's departments print it: the letterhead
# (the department's name, in Irish too, its address and telephone), To: and cc: lines, then
# "Circular 07/2025", its date, and its subject on a line of its own above "A Chara," / "Dear …".
_CIRCULAR_NUMBER = re.compile(r"(?:Circular|Ciorclán)\s+(?:No\.?\s*)?\d{1,3}/\d{2,4}", re.I)
_CIRCULAR_REACH = 12  # lines of letterhead and addressees above the number
_CIRCULAR_ISSUER = re.compile(r"^(?:The )?(?:Department|Ministry|Office) (?:of|for) [A-Z][^\d|]{3,100}$")


def _circular_head(lines: list[str]) -> tuple[str, str, str]:
    """(issuer, title, number) of such a circular, or ("", "", "")."""
    at = next(
        (i for i, line in enumerate(lines[:_CIRCULAR_REACH]) if _CIRCULAR_NUMBER.fullmatch(line.strip())),
        None,
    )
    if at is None:
        return "", "", ""
    issuer = next(
        (
            ln.strip()
            for ln in lines[:at]
            if _CIRCULAR_ISSUER.match(ln.strip()) or EN_ORG_LINE.match(ln.strip())
        ),
        "",
    )
    below = [ln.strip() for ln in lines[at + 1 : at + 4] if not is_date_line(ln.strip())]
    subject = below[0] if below else ""
    titled = (
        len(subject.split()) <= _TITLE_WORDS and not _SENTENCE_STOP.search(subject) and "," not in subject
    )
    return issuer, subject if titled else "", lines[at].strip()


# A statute as a code prints it: the code's name ("Code of Virginia", "Connecticut General
# Statutes"), the title or chapter, then the section's own heading ("§ 2.2-203.2:4. Office of
# Data Governance and Analytics; Chief Data Officer"), which says what the document is.
_CODE_NAME = re.compile(
    r"^Code of\b|\b(?:General Statutes|Revised Statutes|Code|Statutes|Laws)\b"
)  # as capitalised
_US_CODE_TITLE = re.compile(r"^Title (\d+)\s*[—–-]")
_SECTION_LINE = re.compile(r"^(§{1,2}\s*\d[\w.:\-]*)")


def _statute_section(lines: list[str]) -> str:
    return next((line for line in lines if _SECTION_LINE.match(line)), "")


_COVER = re.compile(
    r"《([^《》\n]{4,60})》(?:[^《》\n]{0,30})(?:现印发给你们|現印發給你們|现予印发|現予印發|印发给你们|印發給你們)"
    r"|(?:现将|現將)《([^《》\n]{4,60})》(?:印发|印發)"
)


def infer_cover_title(cleaned: str, issuer: str) -> str:
    """A cover letter without its title line ("《X》已经…同意,现印发给你们"): the notice's
    conventional title "{issuer}关于印发《X》的通知", when the issuer is known."""
    if not issuer or not CJK_CHAR.search(issuer):
        return ""
    m = _COVER.search("\n".join(_nonempty(cleaned)[:12]))
    if not m:
        return ""
    name = m.group(1) or m.group(2)
    traditional = infer_language(cleaned) == "zh-Hant"
    return f"{issuer}{'關於印發' if traditional else '关于印发'}《{name}》的通知"


# ---------------------------------------------------------------------------------------------
# Issuer

# A WeChat post's byline: "原创　信州区数据局　信州数据　2025年04月11日 18:30　江西", "原创 清远政数 清远政数
# 2025-12-09 19:12 广东" (the account's owner and its name, either first, then when and from which
# province it was posted)
_POST_TIME = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2}(?:\s+(?:发表于)?[\u4e00-\u9fff]{2,3})?\s*$"
_WECHAT_BYLINE = re.compile(
    rf"^(?:原创\s+)?(?P<a>[\u4e00-\u9fff]{{2,20}})\s+(?P<b>[\u4e00-\u9fff]{{2,20}})\s+{_POST_TIME}"
)
# ... or its parts on lines of their own, as a copy keeps them: "原创 综合办公室 牡丹江交投" (the
# post's author and account), "2025年03月14日 08:30 黑龙江" (when and from where): no title either
_WECHAT_HEAD_LINE = re.compile(rf"^原创(?:\s+[\u4e00-\u9fff]{{2,20}}){{1,2}}\s*$|^{_POST_TIME}")
_ORG_END = re.compile(
    r"(?:办公室|辦公室|办公厅|辦公廳|人民政府|政府|委员会|委員會|厅|廳|局|委|部|院|署|中心|办|辦|办事处|辦事處|小组|小組|"
    r"协会|協會|公司|集团|集團|大学|大學|学院|學院|研究院|研究所|会|會|Council|Office|Department|Agency|Congress)$"
)
_SOURCE_LABEL = re.compile(
    # "2024-08-21 07:52　　来源：三峡日报　　作者：…": a portal's date, then the label, on one line
    r"^[•·●\-*\s]*(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+)?"
    r"(?:来源|來源|发布机构|發布機構|发文机关|發文機關|发布单位|發布單位|信息来源|信息來源)\s*[:：]\s*(\S[^\n]{0,60}?)\s*$",
    re.M,
)
# a government's portal named as the source: the government that runs it (克拉玛依市人民政府网)
_SITE_OWNER = re.compile(
    r"^(\S{1,24}(?:人民政府|[省市县区州旗縣區]政府))(?:门户|門戶|全球资讯|全球資訊)?(?:网站|網站|网|網)$"
)
# A unit inside a government named alone, as a portal's 發布單位 gives it (行政暨研考處, 办公室): no
# place and no body of its own, so the government that runs the site issues what it posts
_BARE_UNIT = re.compile(
    r"^(?![^\n]*(?:[省市县縣区區州镇鎮乡鄉局委厅廳部院党黨]|政府|中心|国家|國家))[\u4e00-\u9fff]{2,10}(?:处|處|科|室|组|組|股)$"
)
_EN_SOURCE_LABEL = re.compile(
    # on its own line, or among a page's info bar ("Updated: … | Source: General Office … | Print")
    # (not a table's cell: "| Chart | Source: Agency survey 2023 |")
    # (a label's table cell, then its value's: "From: | Governor …"; a job board's "Agency: City of …";
    # gov.scot's "Directorate: Digital Directorate")
    r"(?:^[•·\-*\s]*|^(?!\|)[^\n]*?\|\s*)(?:Source|Issued by|Published by|Issuer|From|Agency|Employer|Directorate)\s*:(?:\s*\|)?\s*(?=[^\n|]*[A-Za-z])(\S[^\n|]{1,80}?)\s*(?:$|\|)",
    re.M | re.I,
)
_ORG_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{3,30}$")


def _signature(cleaned: str) -> tuple[str, str]:
    """(issuer, date) of the signature block: an organisation line right before a date line."""
    lines = _nonempty(cleaned)
    for i, line in enumerate(lines[:80]):
        if i == 0 or not is_date_line(line):
            continue
        prev = lines[i - 1]
        # ... or the bodies that issue it jointly, side by side ("中共绵阳市委办公室　绵阳市人民政府办公室",
        # or in a Word table's two cells: "中共霍山县委办公室 | 霍山县人民政府办公室")
        joint = [name for name in re.split(r"\s*\|\s*|\s+", prev.strip()) if name]
        chinese = len(joint) <= _JOINT_ISSUERS and all(
            _ORG_LINE.match(o) and _ORG_END.search(o) for o in joint
        )
        # ... or the post that signs below its date, its holder's name beside it, as a Macao 批示
        # is signed ("二零二五年九月二日" over "行政長官　岑浩輝") under its government's banner
        # (not a speech's speaker under its date: no banner opens it)
        signing = (lines[i + 1].split() or [""])[0] if i + 1 < len(lines) else ""
        banner = _place_banner(lines[0])
        post = bool(banner) and bool(_SIGNING_POST.fullmatch(to_simplified(signing)))
        if chinese or EN_ORG_LINE.match(prev) or post:
            found = parse_date(line, allow_partial=False)
            if post and not chinese:
                return banner + signing, found[0] if found else ""
            return "、".join(joint) if chinese else prev, found[0] if found else ""
    return "", ""


# A post that signs in its own name (行政长官, 局长, 主任): a few characters ending with the post
_SIGNING_POST = re.compile(r"[\u4e00-\u9fff]{0,8}(?:长官|局长|司长|署长|市长|县长|区长|主任|主席)")


_JOINT_ISSUERS = 4  # bodies that sign one notice side by side: the Party's and government's offices


def _running_head_body(heads: tuple[str, ...]) -> str:
    """The body a paged file's running header names ("Manchester City Council" left of "Item 7"
    on one line), read when the text itself names none."""
    for head in heads:
        if _ORG_LINE.match(head) and _ORG_END.search(head):
            return head
        words = head.split()
        for end in range(len(words), 1, -1):  # the header's left part, what it sets right dropped
            if EN_ORG_LINE.match(" ".join(words[:end])):
                return " ".join(words[:end])
    return ""


def _running_head_date(heads: tuple[str, ...]) -> str:
    """The publication date a paged file's running header prints ("… 政府信息公开 发布日期：2025-06-20"),
    read when the text itself dates nothing (a copy cut short before its signature); not when it
    was printed or downloaded (打印时间：…)."""
    for head in heads:
        for m in _PUBLISHED_LABEL.finditer(head):
            found = parse_date(head[m.end() : m.end() + 40])
            if found and found[1] == 0:
                return found[0]
    return ""


_PLACEHOLDER = re.compile(r"\[[A-Za-z][\w ]{1,30}\]")


# A report's lead on the document it is about: "近日，德阳市人民政府办公室印发《…工作方案》"
# (the body at a clause's start, a time before it; not "为贯彻落实省政府办公厅印发《…》精神", nor
# "省政府办公厅印发《…》以来", a document the text follows)
_ISSUED_IN_LEAD = re.compile(
    r"(?:^|[，,。；;\s])(?:近日|日前|近期|最近|今年\d{1,2}月(?:\d{1,2}日)?)?[，,]?"
    r"(?!为|根据|按照|依据|贯彻|落实|结合)([\u4e00-\u9fff]{3,24}?)(?:近日|日前|近期|正式|已)*(?:印发|出台|发布|制定)了?"
    r"《[^《》]{4,60}》(?!以来|精神|要求|的要求|有关要求|部署)",
    re.M,
)
_LEAD_LINES = 6  # the headline, a post's byline and its "follow us" lines, the reporter's, the lead


def _issuer_reported(cleaned: str) -> str:
    """The body a report's lead says issued the one document it reports on."""
    lead = to_simplified("\n".join(_nonempty(cleaned)[:_LEAD_LINES]))
    bodies = {m.group(1) for m in _ISSUED_IN_LEAD.finditer(lead) if _ORG_END.search(m.group(1))}
    return bodies.pop() if len(bodies) == 1 else ""


def _account_named(value: str, cleaned: str) -> bool:
    """`value` is the name of the WeChat account a post's byline names, and no body's name."""
    if _ORG_END.search(to_simplified(value)):
        return False
    byline = next(filter(None, map(_WECHAT_BYLINE.match, _nonempty(cleaned)[:4])), None)
    return bool(byline) and value in byline.group("a", "b")


# A government the text names as such ("the Scottish Government", "Welsh Government")
# (a people's adjective, as Scottish, Welsh, Irish, Canadian and Chinese are: not "The", "Open",
# "Digital" or "Local Government")
_GOVERNMENT_NAME = re.compile(r"\b([A-Z][a-z]+(?:ish|sh|an|ese|ch) Government)\b")


def _within_government(unit: str, label: str, text: str) -> str:
    """A directorate a page names by its label ("Directorate: Digital Directorate") with the
    government it is part of, the one the text names most: "Scottish Government (Digital
    Directorate)"; any other source as given."""
    if not re.search(r"(?i)directorate\s*:", label):
        return unit
    named = _GOVERNMENT_NAME.findall(text)
    return f"{max(dict.fromkeys(named), key=named.count)} ({unit})" if named else unit


def _body_below(text: str, end: int) -> str:
    """The body a memo's From field names on its indented second line, under the post that
    signs ("FROM:  Permanent Secretary" over "       Ministry of Digital Transformation")."""
    nxt = text[end:].split("\n", 2)[1:2] if "\n" in text[end:] else []
    line = nxt[0] if nxt else ""
    body = line.strip()
    return body if line[:1].isspace() and (EN_ORG_LINE.match(body) or _MINISTRY_LINE.match(body)) else ""


# the larger place a title writes before its body's name (宜昌市 of 宜昌市西陵区教育局)
_LARGER_PLACE = re.compile(r"[\u4e00-\u9fff]{1,7}[省市州盟]")


def _with_banner_place(signer: str, cleaned: str) -> str:
    """The signer with the place its page's banner sets before it on one line ("澳門特別行政區政府
    行政公職局" over a notice signed 行政公職局: 澳門特別行政區行政公職局)."""
    for line in _nonempty(cleaned)[:_BANNER_REACH]:
        banner, _, office = line.strip().rpartition(" ")
        place = _place_banner(banner).removesuffix("政府") if office.strip() == signer else ""
        if place:
            return place + signer
    return signer


# A government's page signs its footer with its name: "© City of Cape Town 2025" (a news site's
# footer names the paper, not a government)
_COPYRIGHT_GOVERNMENT = re.compile(
    r"(?:©|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s+)?"
    r"((?:the\s+)?(?:City|County|State|Commonwealth|Government|Province|Municipality|Republic) of [A-Z][\w'’ -]{1,40}?)"
    r"(?=\s*(?:(?:19|20)\d{2}\b|[|.,;]|all rights|$))",
    re.I | re.M,
)
_FOOTER_LINES = 12


def _copyright_government(text: str) -> str:
    lines = _nonempty(text)[-_FOOTER_LINES:]
    m = next(filter(None, (_COPYRIGHT_GOVERNMENT.search(ln) for ln in lines)), None)
    return m.group(1).strip() if m else ""


_SIGNING_BLOCK_LINES = 4  # below the signing date: a name, a post, the body


def _signing_body(cleaned: str) -> str:
    """The body an English text is signed for, named under its signing date and signer ("Signed
    on this 14th day of July, 2025." / a name / "Director-General/CEO" / "National Information
    Technology Development Agency")."""
    lines = _nonempty(cleaned)[-(_SIGNING_BLOCK_LINES + 1) :]
    at = next((i for i, ln in enumerate(lines) if is_given_under(ln)), None)
    below = lines[at + 1 :] if at is not None else []
    return next((ln.strip() for ln in reversed(below) if EN_ORG_LINE.match(ln.strip())), "")


# A text that names its own body and the short name it goes on to use: "The University of Auckland
# (the University)", 'the City of Austin ("the City")'
_SELF_NAMED = re.compile(
    r"\b((?:The )?[A-Z][\w'’.&-]*(?: (?:of|and|for|the|[A-Z][\w'’.&-]*)){1,8}) \((?:the |[\"“]the )"
    r"(University|City|County|Council|Department|Ministry|Agency|Authority|Board|Bank|Company|Corporation|"
    r"Commission|Trust|Institute|College|Hospital|Government)[\"”]?\)"
)
_SELF_NAMED_REACH = 2000  # characters: an introduction's first paragraphs


def _self_named(cleaned: str) -> str:
    m = _SELF_NAMED.search(cleaned[:_SELF_NAMED_REACH])
    if not m or m.group(2) not in m.group(1):
        return ""
    name = m.group(1)
    # (not the post named before it: "the Vice-Chancellor of The University of Auckland (the University)")
    inner = max(name.rfind(" of The "), name.rfind(" of the "))
    return name[inner + len(" of ") :] if inner >= 0 and m.group(2) in name[inner:] else name


# The enacting formula of an ordinance or a resolution names the body that passes it: "BE IT
# ORDAINED by the Cook County Board of Commissioners, that …"
_ORDAINED_BY = re.compile(
    r"\bBE IT (?:ORDAINED|RESOLVED|ENACTED)(?: AND (?:ORDAINED|RESOLVED|ENACTED))? BY (?:THE )?"
    r"((?-i:[A-Z][\w'’.-]*(?: (?:of|and|the|[A-Z][\w'’.-]*)){1,10}?))(?=,|\s+that\b|\s*:)",
    re.I,
)


def _as_ordained(letterhead: str, cleaned: str) -> str:
    """The letterhead's body as its enacting formula names it, where that has the same words in
    another order ("BOARD OF COMMISSIONERS OF COOK COUNTY": "Cook County Board of Commissioners")."""
    m = _ORDAINED_BY.search(cleaned)

    def words(name: str) -> list[str]:
        return sorted(w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("of", "the", "and"))

    return m.group(1) if m and words(m.group(1)) == words(letterhead) else letterhead


def infer_issuer(cleaned: str, raw: str = "", title: str = "") -> str:
    """Signature line before the date, else a 来源:/发布机构: label, else the part of the
    title before 关于 when it names an organisation. Kept as written (省政府办公厅 stays)."""
    issuer, _ = _signature(cleaned)
    if issuer:
        return _with_banner_place(issuer, cleaned)
    text = raw or cleaned
    for pattern in (_SOURCE_LABEL, _EN_SOURCE_LABEL):
        m = pattern.search(text)
        if m:
            # "來源：珠海特區報  發佈時間：2021-09-15": the value ends where the next label starts.
            value = re.split(r"\s{2,}|\s+(?=\S{1,8}[:：])", m.group(1))[0]
            value = re.sub(r"^[\s,,。.]+|[\s,,。.]+$", "", value)
            if pattern is _EN_SOURCE_LABEL and re.search(r"\b(?:19|20)\d{2}$", value):
                continue  # a table's or a chart's source, cited with its year: "Source: Ministry of …, 2024"
            if not re.sub(r"[\W_]+", "", _PLACEHOLDER.sub("", value)):
                continue  # a template's blanks to fill in: "From: [Agency Head Name], [Title]"
            if _account_named(value, cleaned):
                continue  # "来源：徐汇数据", the WeChat account its byline names, no body's name
            if value and not value.lower().startswith(("http", "www")):
                body = _body_below(text, m.end()) if pattern is _EN_SOURCE_LABEL else ""
                return body or _within_government(value, m.group(0), text)
    if title:
        m = re.match(r"^《?([\u4e00-\u9fff]{3,30}?)(?:关于|關於|关於|關于)", title)
        if m and _ORG_END.search(m.group(1)):
            return m.group(1)
    masthead = _masthead(_nonempty(cleaned))
    if masthead:
        return masthead[1]  # 澧县数据局编　2026年4月10日
    # (under its title and number, as minutes print it: 渝北数据纪〔2025〕7号 over 重庆市渝北区大数据发展局　2025年9月26日)
    head = _nonempty(cleaned)[:_DATED_LETTERHEAD_LINES]
    dated = next((m for ln in head if (m := _EDITED_BY.fullmatch(ln.strip()))), None)
    if dated:  # a report's letterhead, its body across from its date: 西陵区教育局　　2025年12月26日
        body = dated.group(1)
        # as its title writes it in full (宜昌市西陵区教育局…述职报告)
        at = title.find(body)
        return title[: at + len(body)] if _LARGER_PLACE.fullmatch(title[: max(at, 0)]) else body
    red = next(
        (next(filter(None, m.groups())) for ln in _nonempty(cleaned)[:3] if (m := _RED_HEADER.match(ln))), ""
    )
    if red:
        return red
    byline = next(filter(None, map(_WECHAT_BYLINE.match, _nonempty(cleaned)[:4])), None)
    if byline:  # a WeChat account's post: the body that runs the account (信州区数据局), not its name
        owner = next((n for n in byline.group("a", "b") if _ORG_END.search(to_simplified(n))), "")
        if owner:
            return owner
    letterhead, _, _ = _letterhead(_nonempty(cleaned))
    if letterhead:
        return _as_ordained(letterhead, cleaned)
    signed = _signing_body(cleaned)
    if signed:
        return signed
    banner, office = [*_nonempty(cleaned), "", ""][:2]
    if (
        _place_banner(banner)
        and _BANNER_OFFICE.search(to_simplified(office))
        and len(office) <= _OFFICE_CHARS
    ):
        return office  # 香港特別行政區政府 over 數字政策辦公室: the office under its government's banner
    m = _GOVERNMENT_OPENING.match(fold_same_length(title))
    if m:  # 新竹縣政府首席資料長設置要點: a government's own rule, named after it
        return title[m.start(1) : m.end(1)]
    m = _TITLE_ORG.match(fold_same_length(title))
    if m and not m.group(1).endswith(("政府", "委员会")):  # (a government's: _GOVERNMENT_OPENING above)
        return title[: m.end(1)]  # 蜀道投资集团有限责任公司首席数据官工作细则: a body's own rule
    lines = _nonempty(cleaned)[:4]
    careers = next(filter(None, map(_CAREERS_BANNER.fullmatch, lines)), None)
    if careers:  # a job board's banner: "Westbury County, PA - Career Opportunities"
        return _state_spelled_out(careers.group("org"))
    # an English cover's banner above its title: the government that issues it, with its
    # ministry on the line below ("REPUBLIC OF GHANA" over "MINISTRY OF COMMUNICATIONS AND …")
    heads = _nonempty(cleaned)[:_BANNER_REACH]
    at = next((i for i, ln in enumerate(heads) if _titled_below(ln, heads[i + 1 : i + _BANNER_REACH])), None)
    if at is None:
        # a legislature's site names it over the bill's page: "Tennessee General Assembly"
        if heads and _LEGISLATURE.match(heads[0]):
            return heads[0]
        # ... or a letterhead that names the body alone above a paper's cover table ("Leicester
        # Riverside NHS Foundation Trust" over "Trust Board (Public Session)")
        cover_table = any(" | " in line for line in heads[1:_COVER_TABLE_REACH])
        # ... or above the cover's title (a council's name, in Welsh too, over "Data Strategy …")
        opening = title[:_TITLE_OPENING_CHARS]
        titled = bool(opening) and any(line.startswith(opening) for line in heads[1:_COVER_TABLE_REACH])
        letterhead_body = (
            heads[0] if heads and EN_ORG_LINE.match(heads[0]) and (cover_table or titled) else ""
        )
        return (
            issuer_in_cell(raw or cleaned)
            or _enacting_officer(cleaned)
            or letterhead_body
            or _copyright_government(raw or cleaned)
            or _self_named(cleaned)
        )
    banner = _banner_issuer(_capitals_as_written(heads[at]))
    office = heads[at + 1] if at + 1 < len(heads) else ""
    if _MINISTRY_LINE.match(office) and not _EN_KIND.search(office):
        return f"{_capitals_as_written(office)}, {banner}"
    return banner


# ---------------------------------------------------------------------------------------------
# Date

_DATE_LABEL = re.compile(
    # a page's details table: the label in a cell of its own at the row's start ("Approved |
    # November 18, 2025"; not a milestone table's "Target date | …" within a row)
    r"^[\W_]*(?:Date(?: issued| approved| signed| of (?:the )?meeting)?|Meeting date|Dated|"
    r"(?:Approved|Issued|Signed|Published|Adopted)(?: on)?)\s*[:：]?\s*\|\s*|"  # (or "Date: | …")
    r"(?<![A-Za-z])(?:发布日期|發布日期|发布时间|發布時間|成文日期|印发日期|印發日期|日期|时间|時間|"
    r"Dated(?: this)?|Date(?: of issue| of (?:the )?meeting| approved| issued| signed| adopted)?|Issue date|Time|Adopted(?: on)?|Last Updated|Updated|Released|Issued(?: on)?|Signed(?: on)?|"
    # an enacted bill's "APPROVED this 21st day of May 2025" opens its line (a table's "standard
    # approved September 2025" is a milestone)
    # (or by whom: "Approved by Council on 28 May 2025")
    # (or by whom with a colon: "Approved by City Manager: October 14, 2025")
    r"Published(?: on)?|^[\W_]*(?:Approved|Adopted)(?: by (?:the )?[A-Z][\w'’ ]{1,40}?(?: on|(?=\s*:))| on| this)?)\s*[:：]?\s*"
    # a meeting portal's record of the day the council acted on the item, in its table's row
    r"|Final action\s*:?\s*(?:\|\s*)?",
    re.I,
)
_UPDATED_LABEL = re.compile(r"(?i)updated")
# a header's line naming the earlier document this one replaces, with that one's date
_REPLACED_LINE = re.compile(r"(?i)^[\W_]*(?:supersedes|rescinds|replaces|repeals|amends)\b")
_SIGNATURE_LINES = 6  # the last lines: a signature, a disclaimer or a page's links below it
_SIGNING_ORG = re.compile(
    r"^[A-Z].{0,100}\b(?:Office|Government|Ministry|Department|Agency|Council|Bureau|Commission|Authority)\b[^.;:]*$"
)
# a date the text is due to be looked at again, not its own: "Review date: 20 May 2028"
_NEXT_DATE = re.compile(r"(?i)\b(?:review|expiry|expiration|sunset)\s*$")
# a meeting's date among a page's labels ("Meeting Date | June 25, 2025")
_MEETING_LABEL = re.compile(r"(?i)meeting")
# A date in another calendar before the Gregorian one, as Bangladesh and Nepal date circulars (Bangla
# and Bikram Sambat years, BS) and others the Hijri year (AH)
_OTHER_CALENDAR = re.compile(
    r"^\s*\d{1,2}\s+[A-Z][a-z]+,?\s+\d{3,4}\s*(?:BS|B\.S\.|AH|A\.H\.|Bangabda)\s*[/|,]?\s*"
)
# the day a document takes effect, a date of its own: the issue date when one is given
_EFFECTIVE = re.compile(r"\b(?:effective|commencement)\s*$", re.I)
_PUBLISHED_LABEL = re.compile(
    r"(?:发布日期|發布日期|发文日期|成文日期|印发日期|印發日期|Date of publication|Published(?: on)?)\s*[:：]?\s*",
    re.I,
)
_PORTAL_DATE = re.compile(r"^[•·●\-*\s]*(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$", re.M)


_BRACKETED = re.compile(r"^\s*[(（]\s*(.+?)\s*[)）]\s*$")
_OWN_DATE_LINES = 6  # a title, its speaker or issuer, and the date below them, under a page's byline


def _printed_date(cleaned: str) -> str:
    """The date of the 版记 at the end: "内蒙古工业大学党政办公室　　2024年11月4日印发"."""
    printed = [ln for ln in _nonempty(cleaned)[-6:] if PRINTED_LINE.match(ln)]
    found = parse_date(printed[-1], allow_partial=False) if printed else None
    return found[0] if found else ""


_HISTORY_NOTE = re.compile(r"^(?:Added by|Amended by|Acts \d{4})\b")
_IN_FORCE_NOTE = re.compile(r"\beff\.\s+([A-Z][a-z]+\.?\s+\d{1,2},\s*(?:19|20)\d{2})")
# lines from the end: the signers, a clerk's stamp, a cc list, related orders, a site's footer
_GIVEN_UNDER_REACH = 25


def infer_date(cleaned: str, raw: str = "") -> str:
    """The signature date (2023年1月3日 after the issuer line), else a labelled date
    (发布日期:, Time:, Date, Adopted on…) at the top or the end, else the portal's date
    bullet, else a date alone on a line near the top. The most precise of one kind wins."""
    _, date = _signature(cleaned)
    if date:
        return date
    printed = _printed_date(cleaned)
    if printed:
        return printed
    lines = _nonempty(cleaned)
    # a speech's or a document's own date in brackets under its title, as printed (（2025年6月20日）
    # under the speaker): the day it was given, before the page's 发布时间 of days later
    for line in lines[:_OWN_DATE_LINES]:
        bracketed = _BRACKETED.match(line)
        if bracketed and CJK_CHAR.search(line) and is_date_line(bracketed.group(1)):
            found = parse_date(bracketed.group(1), allow_partial=False)
            if found:
                return found[0]
    raw_lines = _nonempty(raw) if raw else lines
    zones = raw_lines[:40] + raw_lines[-8:] if len(raw_lines) > 48 else raw_lines
    day_first = writes_day_first(raw or cleaned)  # "Dated: 12-03-2024" beside 15-03-2024
    labelled, effective, meeting, updated = [], [], [], []
    for line in zones:
        if _REPLACED_LINE.match(line):
            continue  # "Supersedes: | Procedural Memorandum No. 70-08, …, dated June 3, 2019"
        for m in _DATE_LABEL.finditer(line):
            # "30 Srabon 1432 BS / 14 August 2025 AD": the Gregorian date after the other calendar's
            after = _OTHER_CALENDAR.sub("", line[m.end() : m.end() + 80])
            found = parse_date(after[:40], day_first=day_first)
            if found and found[1] == 0 and not _NEXT_DATE.search(line[: m.start()]):
                # "Effective date: October 1, 2025" under "Date of issue: September 12, 2025"
                kind = effective if _EFFECTIVE.search(line[: m.start()]) else labelled
                # a page's "Last updated" dates the page: any other labelled date of the text wins
                kind = updated if _UPDATED_LABEL.search(m.group(0)) else kind
                (meeting if _MEETING_LABEL.search(m.group(0)) else kind).append(found[0])
    # a report is dated before the meeting that takes it up ("Meeting Date | June 25, 2025" over
    # "Date: May 29, 2025"); minutes approved after their meeting keep the meeting's day
    if meeting and labelled and min(labelled) < min(meeting):
        meeting = []
    if labelled or effective or meeting or updated:
        return max(meeting or labelled or effective or updated, key=precision)
    m = _PORTAL_DATE.search(raw or cleaned)
    if m:
        found = parse_date(m.group(1))
        if found:
            return found[0]
    alone = []
    for line in lines[:40]:
        line = _BRACKETED.sub(r"\1", line)  # a speech's date under its speaker: （2025年4月9日）
        if is_date_line(line) and (len(line) <= 20):
            found = parse_date(line)
            if found:
                alone.append(found[0])
    if alone:
        return max(alone, key=precision)
    # a translation's signature: the body over its date, at the end ("General Office of the
    # People's Government of Futian District, Shenzhen" / "July 28, 2025")
    for above, line in itertools.pairwise(lines[-_SIGNATURE_LINES:]):
        if _SIGNING_ORG.search(above) and is_date_line(line):
            found = parse_date(line, allow_partial=False)
            if found:
                return found[0]
    # an order's "Given under my hand … this 17th day of February, 2026." above its signers, stamps
    # and the page's links to other orders
    signed_off = [ln for ln in lines[-6:] if is_signed_off(ln)] or [
        ln for ln in lines[-_GIVEN_UNDER_REACH:] if is_given_under(ln)
    ]
    found = parse_date(signed_off[-1], allow_partial=False) if signed_off else None
    if found:
        return found[0]
    # a code section's history notes below its text ("Added by Acts 2019 …, eff. September 1,
    # 2019." / "Amended by: Acts 2025 …, eff. September 1, 2025."): the text shown is in force
    # since the last of them
    closing = "\n".join(ln for ln in lines[-_GIVEN_UNDER_REACH:] if _HISTORY_NOTE.match(ln))
    in_force = [parse_date(m.group(1), allow_partial=False) for m in _IN_FORCE_NOTE.finditer(closing)]
    if any(in_force):
        return max(f[0] for f in in_force if f)  # ISO dates: the latest is the greatest
    head = cleaned[:300]
    found = parse_date(head, allow_partial=False)
    return found[0] if found else ""


# ---------------------------------------------------------------------------------------------
# Region and level

_PLACE_KINDS = "特别行政区|自治区|自治州|自治县|省|市|县|区|州|盟|旗|镇|乡|街道"
_PLACE = re.compile(rf"^([\u4e00-\u9fff]{{1,8}}?(?:{_PLACE_KINDS}))")
_NOT_PLACE_START = set("全我本各该此其每省市县区")
# A district or county written after its city (宁波市鄞州区): a name of two characters or more
# before 区/县/旗, not a word such as 社区 or 城乡.
_DISTRICT = re.compile(r"[^城社乡村]{2,6}(?:区|县|旗)")
_NATIONAL = re.compile(r"^(?:国务院|中共中央|中央|全国|国家|中华人民共和国|国办|工业和信息化部|.*部$)")
_US_STRONG = re.compile(
    r"U\.S\.C\.|\bUnited States\b|\bU\.S\. |\bOMB\b|Office of Management and Budget|\bCongress\b|"
    r"Executive Office of the President|\bP\.L\. \d|Pub\. L\.|^Title \d+\s*—",
    re.I | re.M,
)
# The US's own law and strategy for CDOs: a US text's, unless the text names another country (a
# Victorian circular drawing on "the Federal Data Strategy in the US")
_US_OWN = re.compile(r"Evidence-Based Policymaking Act|\bFederal Data Strategy\b", re.I)
_US_WEAK = re.compile(r"\bfederal\b", re.I)


_OFFICE_CHARS = 20  # an office's name on the line under its government's banner
# ... an office, not a meeting (首席数据官工作推进会) nor the government's own name split off (人民政府)
_BANNER_OFFICE = re.compile(r"(?<!人民)(?:局|办公室|署|委员会|厅|处|司)$")


def _place_banner(line: str) -> str:
    """The place a government's banner names, as written, where the line is that place alone or
    with its 政府 (澳門特別行政區, 澳門特別行政區政府); "" for any other line."""
    name = line.strip().removesuffix("政府")
    return name if name and _place(name) == to_simplified(name) else ""


# The Party's name before its committee's place (中共绵阳市委, 中国共产党石嘴山市委员会)
_PARTY = re.compile(r"^(?:中共|中国共产党)(?=[\u4e00-\u9fff]{2})")


def _place(text: str) -> str:
    """The place a name or title opens with, down to the innermost one written with it:
    宁波市鄞州区人民政府办公室 -> 宁波市鄞州区, as a 区's own office writes its name."""
    text = re.sub(r"^[《「“\s]*(?:关于|关於)?(?:印发|转发)?[《「“]?", "", to_simplified(text.strip()))
    text = _PARTY.sub("", text)  # 中共绵阳市委办公室: the Party's committee of 绵阳市
    found = ""
    # its province written without 省 before the place (河北雄安新区管理委员会, 上海浦东新区): both,
    # as a region names them, when a place the dictionary knows follows (not 海南藏族自治州, a
    # prefecture of Qinghai, nor Shanghai's 四川北路街道)
    province = _province_opening(text)
    core = next((c for c, full in PROVINCE_CORE.items() if full == province and text.startswith(c)), "")
    after = _PLACE.match(text[len(core) :]) if core and not text.startswith(province) else None
    opened = bool(after) and _known_place(after.group(1), text[len(core) + after.end() :])
    if opened:
        found, text = province, text[len(core) :]
    while m := _PLACE.match(text):
        name, text = m.group(1), text[m.end() :]
        name, text = _with_kind(name, text)  # 惠州市, 贵州省: not 惠州, 贵州
        town_kind = re.match(r"镇|乡", text) if found and len(name) == 2 and name.endswith("市") else None
        if town_kind:  # a town whose name holds 市 (昆山市周市镇, 德清县新市镇): not 周市, then 镇
            name, text = name + town_kind.group(0), text[town_kind.end() :]
        if name[0] in _NOT_PLACE_START or len(name) < 2 or re.search(r"关于|推行", name):
            break
        if re.search(r"[在的和与对]", name) and not lexicon().place_notes_of(name):
            break  # 广州市和深圳市, not 和平区 (a district the dictionary knows)
        if not found and name.endswith("省") and name not in PROVINCES:
            # a company's brand before its province (国网江西省电力…): the province alone
            name = next((p for p in PROVINCES if name.endswith(p)), "")
            if not name:
                break
        district = _DISTRICT.fullmatch(name) or lexicon().place_notes_of(name)  # 鲤城区, 鹿城区
        # a street or town of the district or county before it (小店区坞城街道; 余杭区人民政府仓前街道,
        # where the district's government stands between them)
        town = name.endswith(("街道", "镇", "乡")) and found.endswith(("区", "县", "市"))
        name = re.sub(r"^(?:人民政府|政府)", "", name) if town else name
        if found and not (found.endswith(("市", "州")) and district) and not town and not opened:
            break  # 杭州市城市管理局, 温州市城乡规划局: words, not a district of the city
        found += name
        opened = False
    if found.endswith("州") and province_of(found + "市") and _CITY_NAMED_BODY.match(text):
        found += "市"  # a city's name that opens a body's without its 市 (温州医科大学, 杭州银行)
    return found


# what a city's name without its 市 opens: a university, a hospital, a bank (not 德州仪器, a company)
_CITY_NAMED_BODY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:大学|学院|医院|银行|学校)")


def _with_kind(name: str, rest: str) -> tuple[str, str]:
    """A name _PLACE read up to a 州 with the kind written after it (惠州 + 市), and what is left;
    a city whose name ends in 镇 or 乡 likewise (景德镇 + 市, 新乡 + 市), where the dictionary knows
    it so (not 莫干山镇 before 市场监管所)."""
    if name.endswith("州") and rest[:1] in ("省", "市", "县", "区"):
        return name + rest[0], rest[1:]
    if name.endswith(("镇", "乡")) and rest[:1] in ("市", "县") and province_of(name + rest[0]):
        return name + rest[0], rest[1:]
    return name, rest


def _known_place(name: str, rest: str) -> bool:
    """Whether `name` (杭州 of 杭州市, read up to its 州) is a place the dictionary knows by its core."""
    name, _ = _with_kind(name, rest)
    core = place_core(name)
    return len(core) >= 2 and "自治" not in name and bool(lexicon().place_notes_of(core) or province_of(name))


# A company's address line (地址：海南省海口市龙华区滨海大道188号…)
_ADDRESS = re.compile(r"(?:^|[\s　|｜])(?:公司|注册|办公|通讯)?地址\s*[:：]\s*([\u4e00-\u9fff]{4,40})", re.M)


def _address_city(cleaned: str) -> str:
    """The city of the address a company's or an institution's document prints: it sits there;
    its street's urban district (龙华区) is no part of what it governs."""
    m = _ADDRESS.search(to_simplified(cleaned))
    if not m:
        return ""
    address = m.group(1)
    province = next((p for p in PROVINCES if address.startswith(p)), "")
    if province.endswith("市"):  # 北京市, 天津市, 上海市, 重庆市 (PROVINCES)
        return province  # 北京市海淀区…: the city; its urban district is no part of what it governs
    # (the district after 广州市, not 市海珠区 after 广州's 州)
    city = re.sub(r"(?<=[市州盟])(?![市州盟])[\u4e00-\u9fff]{1,6}区$", "", _place(address[len(province) :]))
    return with_province(city, cleaned) if city else province


def _province_opening(name: str) -> str:
    """The province a company's or body's name opens with, written without 省: 陕西秦川… -> 陕西省."""
    folded = to_simplified(name.strip())
    return next((full for core, full in PROVINCE_CORE.items() if folded.startswith(core)), "")


def _later_cities(name: str) -> Iterator[str]:
    """The cities (with 市) a name writes after its first two characters, by the gazetteer."""
    folded = to_simplified(name.strip())
    for i in range(2, len(folded) - 1):
        for n in (2, 3):
            city = folded[i : i + n] + "市"
            if i + n <= len(folded) and province_of(city):
                yield city


def _city_within(name: str, province: str) -> str:
    """The province a company's name opens with and a city of it that the name goes on to name
    (山东港口潍坊港集团: 山东省潍坊市, the group's port company in Weifang); the province alone when
    it names none, "" without a province."""
    if not province:
        return ""
    city = next((c for c in _later_cities(name) if province_of(c) == province), "")
    return province + city


def _campus_elsewhere(name: str) -> bool:
    """An institution's name that holds a second city after its first words: 北京理工大学珠海学院
    stands in Zhuhai, not in Beijing."""
    return any(_later_cities(name))


def _city_opening(name: str, cleaned: str, institution: bool = False) -> str:
    """The city a company's name opens with, written without 市 (青岛农村商业银行 -> 青岛市), when the
    dictionary knows it as a city of a province and the text names it apart from the company's
    name (青岛监管局, 青岛市): a name may open with a city's words and be elsewhere (中山证券 is in
    Shenzhen); an institution's, when the text names the province the city lies in (哈尔滨理工学院
    in a text that names 黑龙江: a university bears its city's name, a company may not)."""
    folded, text = to_simplified(name.strip()), to_simplified(cleaned)
    for n in (2, 3):
        core = folded[:n]
        province = province_of(core + "市")
        if not province:
            continue
        apart = any(text[m.end() : m.end() + 1] != folded[n : n + 1] for m in re.finditer(core, text))
        if apart or (institution and any(c in text for c, full in PROVINCE_CORE.items() if full == province)):
            return core + "市"
    return ""


def _titled_place(title: str, cleaned: str) -> str:
    """A news title's opening place written without its suffix (宜昌全面推行…), as the text writes
    it with one (宜昌市首席数据官…)."""
    from kb.text import tagged_words

    words = tagged_words(to_simplified(title))
    if not words or words[0][1] != "ns" or len(words[0][0]) < 2:
        return ""
    core = words[0][0]
    if core.endswith(("国", "洲")):
        return ""  # 中国, 欧洲: a country or a continent, not a place a plan governs
    # 宜昌市, not 中国市场 or 中国区块链
    m = re.search(rf"{re.escape(core)}(市(?!场|民|值)|县|区(?!块|域|别)|州|省)", to_simplified(cleaned))
    return _place(core + m.group(1)) if m else ""


# A portal's footer naming the government that runs the site: "主办：郴州市北湖区人民政府办公室"
_SITE_RUN_BY = re.compile(r"(?:主办|主辦)(?:单位|單位)?\s*[:：]\s*([\u4e00-\u9fff]{4,30})")


def _site_owner_district(raw: str) -> str:
    """The district or county whose government runs the site a township's page was saved from."""
    m = _SITE_RUN_BY.search(to_simplified(raw))
    place = _place(m.group(1)) if m else ""
    return place if re.search(r"[区县]$", place) else ""


def infer_region(
    issuer: str, title: str, cleaned: str = "", language: str = "", source: str = "", raw: str = ""
) -> str:
    """The most specific place the document governs, from the issuer, else the title, with the
    province it lies in: 广东省人民政府办公厅 -> 广东省, 株洲市人民政府办公室 -> 湖南省株洲市; "United
    States" for US federal texts, "United States / Missouri / Kansas City" for a city's; another
    country by the address it was saved from or the country it names (kb.countries); "" when
    unsure."""
    place = _chinese_place(issuer, title, cleaned)
    if place:
        placed = with_province(place, cleaned)  # 株洲市 -> 湖南省株洲市 (kb.gazetteer)
        county = _NEW_AREA_COUNTY.search(to_simplified(cleaned)) if placed == place else None
        if county and place.endswith("新区"):
            # a new area the gazetteer does not know, by the district it is (新区（黄岛区）)
            within = with_province(county.group(1), cleaned)
            if within != county.group(1):
                return within
        city = _city_of_zone(place) if placed == place else ""
        if city:  # a development zone named after its city (苏州工业园区, 石家庄高新区): within that city
            return with_province(city) + place
        if placed == place and _TOWNSHIP.search(place):
            district = _district_named(cleaned, place)  # 秋长街道 of a text that names 惠州市 and 惠阳区
            if district and not place.startswith(place_core(district)):
                return with_province(district, cleaned) + place
            district = _site_owner_district(raw)  # ... or posted on its district's site
            if district and not place.startswith(place_core(district)):
                return with_province(district, district) + place
        return placed
    # A state's or city's own text by its title or issuer, then a federal one, then a state or
    # city its first lines name (a federal memo may cite "the Governor of Virginia").
    english = language == "en" or (not language and not CJK_CHAR.search(title))
    named = f"{issuer}\n{cleaned}"  # the issuer's name too: "Ministry of …, Province of British Columbia"
    saved_from = source
    country, source = _country_of(named, cleaned, source) if english else ("", source)
    place = (
        _us_place((title, issuer), language)
        # a county's body at its letterhead's address, whatever the text says of the United States
        or ("" if country or not english else _county_at_address(issuer, cleaned))
        or ("United States" if _is_us_federal(issuer, title, cleaned, language) else "")
        or ("" if country and country != "United States" else _governors_state(issuer, cleaned, language))
        # not a city its first lines name in another country's text ("the City of Edmonton" of a
        # directive under Alberta's acts), unless a US state follows its name (Victoria, Texas:
        # the country read may be the city's own name)
        or _first_lines_us_place(cleaned, language, country)
        or ("" if country else _county_named(cleaned, language))
        or ("" if country else _state_bodys_state(cleaned, language))
    )
    place = _with_state(place, cleaned) if place else ""
    # "City of Cape Town" alone, in a text saved from capetown.gov.za or whose contacts write from
    # it: a city of that country (a US city's text may name other countries, not live at their address)
    # (or from the city's own address: vancouver.ca for the City of Vancouver, not Vancouver, Washington)
    city_host = bool(place) and _letters(place.split(" / ")[-1]) in re.split(r"[.@/:]", source.lower())
    abroad = (
        country
        and country_of_address(source)
        and (source == saved_from or GOVERNMENT_HOST.search(source) or city_host)
    )
    # (a city's name alone, with no state, is another country's city where the text is of that
    # country by its address, or names that country's state and no country: the City of Sydney
    # under "(NSW)" acts; not San Diego's text that names Mexico)
    stateless = len(place.split(" / ")) == 2 and place.split(" / ")[1] not in US_STATES
    by_part = bool(country) and not country_named(named) and country_of_part(saved_from, named) == country
    if place and not (stateless and (abroad or by_part)):
        return place
    # An English report on a Chinese city names it in pinyin: "Nanning's chief data officers …"
    if english:
        found = [
            place
            for word in re.findall(
                r"\b[A-Z][a-z]+['’](?!s\b)[a-z]+\b|\b[A-Z][a-z]{2,}\b", title
            )  # Xi'an, Nanning
            if (place := chinese_place(word))
        ]
        for place in found:  # "… of Futian District, Shenzhen": the district of the city named beside it
            city = city_of(place)
            if city and city != place and city in found:
                return with_province(place, city + place)
        if found:  # (with its city and province where the text writes them: 广州市南沙区)
            return with_province(found[0], cleaned)
        # ... or gives the Chinese title of the plan it reports on: "its Implementation Plan for
        # the Chief Data Officer System (《广州市南沙区首席数据官制度实施方案》)"
        quoted = [] if country else _CHINESE_TITLE.findall(cleaned[:_QUOTED_TITLE_REACH])
        placed = [with_province(p, q) for q in quoted if (p := _place(q))]
        if placed:
            return max(placed, key=lambda p: len(region_places(p)))  # its district's plan, not its province's
    borough = _LONDON_BOROUGH.search(f"{issuer}\n{cleaned[: _LETTERHEAD_SPAN * 4]}")
    if borough and (not issuer or borough.group(1) in issuer) and country in ("", "United Kingdom"):
        return f"United Kingdom / England / {borough.group(1)}"  # the council of a London borough
    if not country:  # a county council that names no country: its county says which
        county = _COUNCIL_OF.match(issuer) if re.search(r"\bCounty\s+Council$", issuer) else None
        where = COUNTY_COUNCIL_PLACES.get(county.group(1)) if county else None
        if where:
            return f"{where} / {county.group(1)}"
        # ... and a city's council the city it governs, in a country the text does not say
        # (Birmingham City Council's charter names no country)
        city = _COUNCIL_OF.match(issuer) if re.search(r"\bCity\s+Council$", issuer) else None
        return city.group(1) if city else ""
    part = part_governed(country, source, named)
    # Leeds City Council's page, the City of Cape Town's: the city it governs, by its body's name
    council = _PLACE_COUNCIL.match(issuer)  # "Auckland Council", not "Research Council"
    council = council if council and not lexicon().is_common_word(council.group(1).lower()) else None
    city = _COUNCIL_OF.match(issuer) or _CITY_OF.search(issuer) or council
    if not city and not issuer:  # no issuer read: the city its first lines govern as the US's do
        city = _GOVERNING_CITY.search(_capitals_as_written(cleaned[:600]))
        city = _CITY_OF.search(city.group(0)) if city else None
    elif not city and _CITY_POST.match(issuer):  # "City Manager": the city its text names as its own
        city = _posts_city(cleaned, source)
    return " / ".join(p for p in (country, part, city.group(1) if city else "") if p)


# A city's officer or office signing for it, which names no city ("City Manager", "Office of the
# Mayor"): the city is the one its report names ("the City of Toronto's most valuable assets"),
# within its first pages
_CITY_POST = re.compile(
    r"(?:Office of the )?(?:(?:City|Town|Village) (?:Manager|Clerk|Administrator|Solicitor|Auditor)|Mayor)$"
)
_CITY_POST_REACH = 4000


def _letters(name: str) -> str:
    """A name or a web address as lower-case letters alone, to find the one in the other."""
    return re.sub(r"[^a-z]", "", name.lower())


def _posts_city(cleaned: str, source: str) -> re.Match[str] | None:
    """The "City of X" a city post's report is of: the one its address is at (secure.toronto.ca),
    else the one it names most (not a model it cites first: "following the City of Vancouver")."""
    named = list(_CITY_OF.finditer(cleaned[:_CITY_POST_REACH]))
    host = _letters(source)
    at_home = [m for m in named if _letters(m.group(1)) in host]
    if at_home or not named:
        return next(iter(at_home), None)
    counts = Counter(m.group(1) for m in named)
    return max(named, key=lambda m: counts[m.group(1)])


_CHINESE_TITLE = re.compile(r"《([^》\n]{4,60})》")
_QUOTED_TITLE_REACH = 1500  # characters: a report names the plan it is about in its first paragraphs


_TOWNSHIP = re.compile(r"(?:街道|镇|乡)$")
_DISTRICT_END = re.compile(r"[区县]")
_DISTRICT_REACH = 800  # characters: a township's rules name their district in their opening article


def _district_named(cleaned: str, township: str) -> str:
    """The district or county the text's opening writes right before the township's name
    (惠州市惠阳区秋长街道), else the only one it names that the dictionary places in a city the
    text names too (惠阳区 of "惠州市…惠阳区首席数据官制度"), or ""."""
    head = to_simplified(cleaned[:_DISTRICT_REACH])
    named = []
    for end in _DISTRICT_END.finditer(head):
        for chars in (2, 3):
            name = head[max(0, end.start() - chars) : end.end()]
            city = city_of(name) if province_of(name) else ""
            if city and place_core(city) in head:
                if head.startswith(township, end.end()):
                    return name
                named.append(name)
    return named[0] if len(set(named)) == 1 else ""


_GOVERNMENT_SITE = re.compile(
    r"\b(?:Statutes|Constitution|Legislature|Legislative|General Assembly|Government|Laws|Code|Register|State of)\b|"
    r"政府|政务|人大"
)


def _site_region(site: str) -> str:
    """The place a web page's site is named after, where the page's text names none: the state
    of "Texas Constitution and Statutes" (a code section's page never writes the state's name)."""
    county = _COUNTY_OF_STATE.fullmatch(site)
    if county:  # "King County, Washington"
        return f"United States / {county.group(2)} / {_county_name(county.group(1))}"
    if not _GOVERNMENT_SITE.search(to_simplified(site)):
        return ""  # a news site's name (Washington Technology, 广州日报) governs nothing
    state = re.match(rf"(?:State of )?({_STATE})\b", site)  # West Virginia before Virginia
    if state:
        return f"United States / {state.group(1)}"
    place = _place(to_simplified(site)) if CJK_CHAR.search(site) else ""
    return with_province(place, site) if place else ""


def _first_lines_us_place(cleaned: str, language: str, country: str) -> str:
    place = _us_place((cleaned[:600],), language)
    if place and country and country != "United States" and _with_state(place, cleaned) == place:
        return ""
    return place


def _country_of(named: str, cleaned: str, source: str) -> tuple[str, str]:
    """The country an English text outside China and the US governs, and the address that says
    so: the address it was saved from, the country it names most, the part of a country it names
    most, else its contacts' e-mail domain (manchester.gov.uk), their own body's."""
    country = country_of_address(source) or country_named(named) or country_of_part(source, named)
    if country:
        return country, source
    host = contact_host(cleaned)
    return country_of_address(host) or country_of_part(host, ""), host


# A local paper's "our city" (我市全面推行…): the paper's own place.
_OWN_PLACE = re.compile(r"^(?:我|本)(?:省|市|州|县|区)")


def _chinese_place(issuer: str, title: str, cleaned: str) -> str:
    for source in (issuer if not is_press(issuer) else "", title):  # 珠海特區報 governs nothing
        place = _place(source) if source else ""
        if place:
            return place
    first = (_nonempty(cleaned) or [""])[0].split()
    banner = _place_banner(first[0]) if first else ""
    if banner:  # an office's circular under its government's banner (香港特別行政區政府, 澳門特別行政區政府 行政公職局)
        return _place(banner)
    if is_press(issuer) and _OWN_PLACE.match(to_simplified(title)):
        place = _titled_place(issuer, cleaned)  # 绵阳日报 of "我市…" -> 绵阳市
        if place:
            return place
    if _COMPANY_DEPARTMENT.match(to_simplified(issuer)):
        # a group's department signs its page (集团数字科技部): the group that signs the text
        issuer = _signing_company(cleaned) or issuer
    if _COMPANY.search(issuer):  # 陕西秦川能源投资集团有限公司; not 北京大学, 上海合作组织
        place = (
            _city_within(issuer, _province_opening(issuer))
            or _city_opening(issuer, cleaned)
            or _address_city(cleaned)
            or _supervisors_place(cleaned)
        )
        if place:
            return place
    institution = institution_of(issuer)
    if institution:
        # 内蒙古工业大学: where its name says it stands, else its address (中南大学: 湖南省长沙市…)
        own = not _campus_elsewhere(institution)
        named = own and (_province_opening(institution) or _city_opening(institution, cleaned))
        # a city the name opens with, in the province the text names, only without an address
        # (中山大学 stands in 广州, not in 中山)
        place = (
            named or _address_city(cleaned) or (own and _city_opening(institution, cleaned, institution=True))
        )
        if place:
            return place
    return _titled_place(title, cleaned) if title else ""


# The state-owned assets commission that supervises a company: 四川省国资委, 四川省政府国有资产监督管理委员会
_SUPERVISOR = re.compile(r"([\u4e00-\u9fff]{2,8}?[省市])(?:人民政府|政府)?(?:国资委|国有资产监督管理委员会)")


def _supervisors_place(cleaned: str) -> str:
    """The place of the one assets commission a company's text reports to (its 抄送 line, or
    省属/市属 企业 beside it): a province's own group; not a commission whose guidance it cites."""
    folded = to_simplified(cleaned)
    places = set()
    for m in _SUPERVISOR.finditer(folded):
        line = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
        near = folded[m.end() : m.end() + _SUPERVISED_REACH]
        if not (line.lstrip().startswith("抄送") or re.search(r"[省市]属|监管|出资", near)):
            continue
        name = m.group(1)
        known = next(
            (name[k:] for k in range(len(name) - 1) if name[k:] in PROVINCES or province_of(name[k:])), ""
        )
        if known:
            places.add(known)
    return places.pop() if len(places) == 1 else ""


_SUPERVISED_REACH = 20  # characters after the commission's name: 关于推进省属企业…


_NEW_AREA_COUNTY = re.compile(r"新区[（(]([\u4e00-\u9fff]{2,6}[区县市])[）)]")
_ZONE = re.compile(r"(?:工业园区|高新技术产业开发区|高新区|经济技术开发区|开发区|[\u4e00-\u9fff]{0,2}新区)")


def _city_of_zone(place: str) -> str:
    """The city a zone is named after (苏州 of 苏州工业园区, 石家庄 of 石家庄高新区), as the gazetteer
    knows it; "" for any other name."""
    for size in (3, 2):
        city = place[:size] + "市"
        if _ZONE.fullmatch(place[size:]) and with_province(city) != city:
            return city
    return ""


def _with_state(region: str, cleaned: str) -> str:
    """ "United States / Kansas City" with the state the text writes after the city's name
    ("Kansas City, Missouri", or "City of Raleigh" over "North Carolina"): larger first."""
    parts = region.split(" / ")
    if len(parts) != 2 or parts[1] in US_STATES:
        return region
    m = re.search(rf"\b{re.escape(parts[1])}(?:,\s*|[ \t]*\n\s*)({_STATE})\b", cleaned)
    return f"United States / {m.group(1)} / {parts[1]}" if m else region


_STATE = "|".join(sorted(US_STATES, key=len, reverse=True))  # West Virginia before Virginia
# A public employer's job board: its name (and state), then what the site lists
_CAREERS_BANNER = re.compile(
    r"(?P<org>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}\s+"
    r"(?:County|City|Township|Borough|Town|Village|State|Commonwealth|Department|Agency|Authority|Government|"
    r"Council|District|Parish)(?:,\s*[A-Z]{2})?|(?:City|County|State|Town|Village|Commonwealth) of [A-Z][\w .'-]{1,40})"
    r"\s+[-–|]\s+"
    r"(?:Career Opportunities|Careers|Jobs|Employment(?: Opportunities)?)"
)


def _state_spelled_out(name: str) -> str:
    """ "Westbury County, PA" -> "Westbury County, Pennsylvania"."""
    m = re.fullmatch(r"(.+),\s*([A-Z]{2})", name)
    return f"{m.group(1)}, {US_POSTAL_CODES[m.group(2)]}" if m and m.group(2) in US_POSTAL_CODES else name


_GOVERNING_STATE = re.compile(
    rf"\b(?:Code|Commonwealth|State|Laws|Constitution|Governor|Legislature|General Assembly) of (?:the )?({_STATE})\b|"
    rf"\b({_STATE}) (?:General Statutes|Revised Statutes|Code|Statutes|Administrative Code|Legislature|"
    r"General Assembly|Governor|State Legislature|Legislative (?:Auditor|Council|Services))\b|"
    # a state's own agency: "Oregon Employment Department", "Virginia Department of Health"
    rf"^(?:The )?({_STATE})(?! (?:City|County|Beach|Heights|Springs|Park)\b)(?: [A-Z][a-z]+){{0,3}} "
    r"(?:Department|Agency|Authority|Commission|Division)\b|"
    # a state's university: "Iowa State University", "University of Michigan"
    rf"^(?:The )?({_STATE}) State University\b|^(?:The )?University of ({_STATE})\b(?! (?:City|County)\b)"
)


# A city's own ordinance: "City and County of San Francisco", "San Francisco Administrative Code",
# "Municipal Code of Chicago", "City of Austin".
_CITY_NAME = r"(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
_GOVERNING_CITY = re.compile(
    rf"\bCity and County of {_CITY_NAME}|\b{_CITY_NAME}(?:['’]s)? (?:Administrative|Municipal) Code\b|"
    rf"\bMunicipal Code of (?:the City of )?{_CITY_NAME}|\bCity of {_CITY_NAME}|"
    # a city's school district: "Boston Public Schools", "Austin Independent School District" (not a
    # county's, "Fairfax County Public Schools", nor "Each Local School District")
    r"(?<![\w-])(?!(?:All|Each|Every|Any|Local|Rural|Urban|Our|This|That|These|Its|Public|City)\b)"
    r"([A-Z][a-z]+(?: (?!Independent|Unified|Public|City)[A-Z][a-z]+)?)(?<!County)(?<!Parish) "
    r"(?:Public Schools|(?:Unified |Independent |City |Public )?School District)\b|"
    # a consolidated city-county's government: "Louisville Metro Government" (not "Tokyo
    # Metropolitan Government", nor the county of "Louisville/Jefferson County Metro Government")
    r"(?:^|(?<=[^/\w]))(?:[Tt]he )?(?:Greater )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?<!County) Metro Government\b"
)
# Words that begin a document's own name after its city's ("City of Austin Open Data Resolution").
# fmt: off
_DOCUMENT_WORDS = frozenset((
    "Open", "Data", "Policy", "Ordinance", "Resolution", "Administrative", "Municipal", "Code",
    "Department", "Office", "Council", "Chief", "Executive", "Order", "Directive", "Plan", "Act",
    "Program", "Information", "Technology", "Digital", "Government", "Board", "Mayor", "Public",
    "Records", "Privacy", "Strategy",
))
# fmt: on


# A county's own text names it with its state ("Miami-Dade County, Florida"); a county alone may
# be an English one (Kent County Council).
_COUNTY_OF_STATE = re.compile(rf"\b((?:[A-Z][a-z]+[- ]){{1,3}}County),?[ \t]+({_STATE})\b")
_NOT_A_COUNTY_NAME = frozenset({"The", "This", "That", "Each", "Every", "Any", "Our", "Such"})


def _us_place(texts: tuple[str, ...], language: str) -> str:
    """ "United States / Virginia" or "United States / San Francisco" for a state's or a city's
    own text, "United States / Florida / Miami-Dade County" for a county's, from the first of
    `texts` that names one; "" otherwise."""
    if language and language != "en":
        return ""
    texts = tuple(_capitals_as_written(text or "") for text in texts)
    for text in texts:
        state = _GOVERNING_STATE.search(text)
        city = _GOVERNING_CITY.search(text)
        name = _city_words(next(g for g in city.groups() if g)) if city else ""
        found = [next(g for g in state.groups() if g)] if state else []
        if name and name not in US_STATES:
            found.append(name)
        if found:
            return " / ".join(["United States", *found])
    for text in texts:  # a county's own text, where it names no state's or city's body
        for county in _COUNTY_OF_STATE.finditer(text or ""):
            first_word = re.split(r"[- ]", county.group(1))[0]
            if first_word not in _NOT_A_COUNTY_NAME:  # not "The Public Safety County"
                return f"United States / {county.group(2)} / {county.group(1)}"
        county = _GOVERNING_COUNTY.search(text or "")  # "County of Dane, Wisconsin"
        if county and county.group(2):
            return f"United States / {county.group(2)} / {county.group(1)} County"
    return ""


# A state governor's own issue: "Governor Gretchen Whitmer", "(Executive) Office of the Governor";
# not a central bank's governor ("Governor, Reserve Bank of India", "Governor of the People's Bank
# of China"), a Governor-General or a board of governors
_GOVERNOR = re.compile(r"^(?:(?:The )?(?:Executive )?Office of the )?Governor(?:\s+[A-Z][\w.'’-]*){0,4}$")
# Each state as a text names it: not the Virginia of West Virginia, nor Washington, D.C. (no state)
_STATE_MENTIONS = {
    state: re.compile(rf"(?<!West )\b{state}\b" + (r"(?!,?\s*D\.?\s?C\b)" if state == "Washington" else ""))
    for state in US_STATES
}


def _governors_state(issuer: str, cleaned: str, language: str) -> str:
    """ "United States / Michigan" for a directive a governor issues, by the US state its text
    names most (kb.countries.most_named): "Michigan's residents", "the Michigan Constitution"."""
    if (language and language != "en") or not _GOVERNOR.match(issuer.strip()):
        return ""
    state = most_named(_STATE_MENTIONS, cleaned)
    return f"United States / {state}" if state else ""


# A state's own body writes of its government as "the State" mid-sentence ("resources the State
# holds", "State agencies"), capitalised as a name; a federal or foreign text writes "states"
# (not "Member State", "Lagos State", "Federal, State, and local", nor "State of Texas")
# (or "the Commonwealth", as Kentucky, Massachusetts, Pennsylvania and Virginia call theirs)
_THE_STATE = re.compile(r"\b(?:the|of|by|to|across)\s+(?:State|Commonwealth)\b(?!s\b|\s+of\b)")
# one more than kb.countries.most_named asks of a name: "State" is also a common noun
_STATE_SELF_MENTIONS = 3


def _state_bodys_state(cleaned: str, language: str) -> str:
    """ "United States / Vermont" for a state agency's policy that calls its government "the
    State", by the US state its text names most ("Vermont Open Data Portal", "Vermonters")."""
    if (language and language != "en") or len(_THE_STATE.findall(cleaned)) < _STATE_SELF_MENTIONS:
        return ""
    state = most_named(_STATE_MENTIONS, cleaned)
    return f"United States / {state}" if state else ""


# One of London's boroughs by its formal name (London Government Act 1963; the royal ones): its
# council governs it as a city's does
# (Tower Hamlets, Kensington and Chelsea, Richmond upon Thames; not "Camden Council")
_LONDON_BOROUGH = re.compile(
    r"\b(?:London|Royal) Borough of ([A-Z][a-z]+(?: (?:and|upon) [A-Z][a-z]+| (?!Council\b)[A-Z][a-z]+)?)\b"
)
# A county's government by its formal name, with its state when written beside it
_GOVERNING_COUNTY = re.compile(rf"\bCounty of ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b(?:,?\s+({_STATE})\b)?")
# A US street address's state and ZIP code ("White Plains, New York 10601")
_STATE_ZIP = re.compile(rf",\s*({_STATE})\s+\d{{5}}(?:-\d{{4}})?\b")


def _county_at_address(issuer: str, cleaned: str) -> str:
    """ "United States / New York / Westchester County" for an issuer named "County of
    Westchester" whose letterhead's address gives the state."""
    # (or "Cook County Board of Commissioners")
    county = _GOVERNING_COUNTY.search(_capitals_as_written(issuer)) or _COUNTY_BODY.match(issuer)
    address = _STATE_ZIP.search(cleaned[:_LETTERHEAD_SPAN])
    return f"United States / {address.group(1)} / {county.group(1)} County" if county and address else ""


_COUNTY_BODY = re.compile(
    r"^(?:The )?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) County (?:Board|Council|Commission)\b"
)


_LETTERHEAD_SPAN = 1500  # the first characters, where a letterhead prints the body's address


def _county_named(cleaned: str, language: str) -> str:
    """ "United States / Arizona / Maricopa County" for a text that names one county with its
    state at least twice (its resolution's title and signature), and no other."""
    if language and language != "en":
        return ""
    named = [
        f"{m.group(2)} / {_county_name(m.group(1))}"
        for m in _COUNTY_OF_STATE.finditer(_capitals_as_written(cleaned))
    ]
    counts = sorted(((named.count(n), n) for n in set(named)), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return ""
    return f"United States / {counts[0][1]}"


# Words a county's name follows in running text ("Across Maricopa County, Arizona")
_BEFORE_A_COUNTY = frozenset(
    {"Across", "In", "Of", "For", "From", "Throughout", "Within", "At", "By", "To", "And"}
)


def _county_name(words: str) -> str:
    parts = words.split(" ")
    while len(parts) > 2 and (parts[0] in _BEFORE_A_COUNTY or parts[0] in _NOT_A_COUNTY_NAME):
        parts = parts[1:]
    return " ".join(parts)


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")  # PEOPLE'S -> People's, not str.title's People'S
_SMALL_WORD = re.compile(r"\b(?:And|Of|The|For)\b")


def _capitals_as_written(text: str) -> str:
    """A cover's all-capital lines as running text writes them ("CITY AND COUNTY OF DENVER" ->
    "City and County of Denver"), for the patterns that read names by their capitals."""
    return "\n".join(
        _SMALL_WORD.sub(
            lambda m: m.group(0).lower(), _WORD.sub(lambda m: m.group(0).capitalize(), line.lower())
        )
        if line.isupper()
        else line
        for line in text.split("\n")
    )


def _city_words(words: str) -> str:
    """The city's name among the capitalised words: the longest run the dictionary knows as a
    place (San Francisco, Los Angeles), else the words before a word that begins a document's
    name ("Austin Open Data" -> Austin; Grand Rapids, Long Beach stay whole)."""
    from kb.lexicon import lexicon

    parts = words.split()
    for n in range(len(parts), 1, -1):  # runs of two or more: one word may be any word (Grand)
        if lexicon().chinese_for_gloss(" ".join(parts[:n])):
            return " ".join(parts[:n])
    cut = next((i for i, w in enumerate(parts) if i and w in _DOCUMENT_WORDS), len(parts))
    return " ".join(parts[:cut])


def _is_us_federal(issuer: str, title: str, cleaned: str, language: str) -> bool:
    if language and language != "en":
        return False
    head = "\n".join([issuer, title, cleaned[:2000]])
    if _US_STRONG.search(head):
        return True
    if _US_OWN.search(head) and not other_countries_named(cleaned, "United States"):
        return True
    # "federal" alone is any federation's word (Malaysia's federal agencies): not where the text
    # names another country
    return len(_US_WEAK.findall(head)) >= 2 and not country_named(cleaned)


_COMPANY = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司|集团)$")
# A company's full name (宁波港城投资集团有限公司), as a line of its own signs a text or a quoted
# title opens with it (《宁波港城投资集团有限公司首席数据官工作制度》)
_COMPANY_NAME = r"[\u4e00-\u9fff]{2,20}?(?:有限责任公司|股份有限公司|有限公司)"
_COMPANY_SIGNS = re.compile(rf"^\s*({_COMPANY_NAME})\s*$", re.M)
_COMPANY_TITLED = re.compile(rf"《({_COMPANY_NAME})")
# A company's department, as a group's page signs its posts (集团数字科技部, 公司办公室): not a
# ministry's (工业和信息化部) nor a regulator's (证监会上市公司监管部)
_COMPANY_DEPARTMENT = re.compile(
    r"^(?:集团|公司|[\u4e00-\u9fff]{2,12}(?:集团|有限公司|集团公司|股份公司))[\u4e00-\u9fff]{1,10}(?:部|室|中心)$"
)


def _signing_company(cleaned: str) -> str:
    """The company a text is signed by, or whose name opens a title it quotes; "" if none."""
    text = to_simplified(cleaned)
    found = _COMPANY_SIGNS.search(text) or _COMPANY_TITLED.search(text)
    return found.group(1) if found else ""


# An English body that is no country's government: a council, university, bank or company.
_NOT_GOVERNMENT = re.compile(
    r"\b(?:Council|University|College|School|Hospital|Bank|Company|Ltd|Limited|Inc|plc|Corporation)\b"
)
# A council named after its place alone, outside the US: Auckland Council, Cornwall Council
_PLACE_COUNCIL = re.compile(r"^(?:The\s+)?([A-Z][a-z]{2,})\s+Council$")
_COUNCIL_OF = re.compile(
    r"^(?:The\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+(?:City|Borough|County|District|Town)\s+Council$"
)
_LOCAL_COUNCIL = re.compile(
    r"\b(?:City|Borough|County|District|Town|Metropolitan|Municipal|Shire)\s+Council\b|^City of\b|"
    r"\bMunicipality of\b"
)
# A city's own body named as the city: "City of Cape Town", "the Municipality of Amsterdam"
_CITY_OF = re.compile(
    r"(?:^|\b(?i:the)\s+|,\s*)(?:City|Municipality) of ([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b"
)
# A public institution (事业单位): a university, hospital, school or research institute that sets
# up its own CDO, as a company does; not a government body.
_INSTITUTION = re.compile(r"(?:大学|学院|医院|学校|研究院|研究所|图书馆|博物馆)$")
# ... or one of its offices, as its notices are signed (哈尔滨理工学院党政办公室, 某某医院院长办公室)
_INSTITUTION_OFFICE = re.compile(
    r"^(.{2,24}?(?:大学|学院|医院|学校|研究院|研究所))(?:党政|党委|校长|院长|行政)?(?:办公室|办公厅)$"
)


# The kinds of institution a drafter compares with its own: a hospital's plan with hospitals',
# a university's with universities' (学院 is a college, 科学院 and 行政学院 are not); the rest
# are 事业单位 (研究院, 图书馆 …)
_INSTITUTION_KINDS = (("医院", "医院"), ("大学", "高校"), ("学院", "高校"))
_NOT_A_COLLEGE = ("科学院", "行政学院")


def institution_kind(institution: str) -> str:
    """医院, 高校 or 事业单位: 蚌埠市第一人民医院, 内蒙古工业大学, 某某研究院, 中国科学院."""
    name = to_simplified(institution)
    if name.endswith(_NOT_A_COLLEGE):
        return "事业单位"
    return next((kind for suffix, kind in _INSTITUTION_KINDS if name.endswith(suffix)), "事业单位")


def institution_of(issuer: str) -> str:
    """The institution that issues, itself or by its office; "" for any other issuer."""
    name = to_simplified(issuer)
    if _INSTITUTION.search(name):
        return issuer
    m = _INSTITUTION_OFFICE.match(name)
    return issuer[: m.end(1)] if m else ""


_LEVEL_BY_SUFFIX = (
    ("特别行政区", "省"),
    ("自治区", "省"),
    ("省", "省"),
    ("自治州", "市"),
    ("市", "市"),
    ("州", "市"),
    ("盟", "市"),
    ("自治县", "县"),
    ("县", "县"),
    ("旗", "县"),
    ("区", "区"),
    ("镇", "镇"),
    ("乡", "镇"),
    ("街道", "街道"),
)


# A title that opens with one department's name and its CDO: the department's own rules, not a
# region's (河南省首席数据官管理办法 is the province's, whoever drafted it).
_DEPARTMENT_OWN = re.compile(
    r"^(?![\u4e00-\u9fff]*?(?:各|市直|省直|区直|县直|全市|全省|全区|全县|委办))"
    r"[\u4e00-\u9fff]{2,20}?(?<!人民政府)(?<!办公)(?:厅|局|委员会|委)(?:首席数据官|数据专员)"
)


def _own_title(title: str) -> str:
    """The title a notice transmits (关于印发《…》的通知), else the title."""
    m = re.search(r"《([^》]+)》", title)
    return m.group(1) if m and re.search(r"印发|转发", title) else title


def infer_level(issuer: str, title: str, region: str, cleaned: str = "", language: str = "") -> str:
    """国家/省/市/县/区/镇/街道/部门/企业/医院/高校/事业单位; "US federal", "state", "county", "city" or "national" (another
    country's government, or one of the United Kingdom's nations'): a guide or notice about ENTERPRISE CDOs is 企业 whoever issues it;
    otherwise the level of the governing place."""
    subject = to_simplified(title)
    if "企业首席数据官" in subject or re.search(r"企业\S{0,6}(?:CDO|首席数据)", subject):
        return "企业"
    if _COMPANY.search(to_simplified(issuer)) or _COMPANY_DEPARTMENT.match(to_simplified(issuer)):
        return "企业"  # a company's own plan (…集团有限公司, its 集团数字科技部), wherever it is registered
    institution = institution_of(issuer)
    if institution:
        return institution_kind(institution)
    if _DEPARTMENT_OWN.match(_own_title(subject)):
        return "部门"  # a department's rules for its own CDO (江苏省自然资源厅首席数据官工作细则)
    if region == "United States" or (not region and _is_us_federal(issuer, title, cleaned, language)):
        return "US federal"
    if region.startswith("United States / "):
        place = region.rsplit(" / ", 1)[-1]
        return "state" if place in US_STATES else "county" if place.endswith(" County") else "city"
    if (
        region.split(" / ")[0] in COUNTRIES.values() or (region and region in issuer)
    ) and _LOCAL_COUNCIL.search(issuer):
        # Leeds City Council, a borough's or district's council: local government; Kent County
        # Council governs a county
        return "county" if re.search(r"\bCounty\s+Council\b", issuer) else "city"
    if region.split(" / ")[0] in SUBDIVISIONS and " / " in region:
        # Ontario, Tasmania: a part that makes its own policy (Scotland, a nation, governs as a
        # country); a city within one (the City of Edmonton, Alberta) is local government
        if region.count(" / ") == 1:
            country, part = region.split(" / ")
            if part in NATIONS:
                return "national"
            return "state" if part in SUBDIVISIONS[country] else "city"  # Canada / Toronto: a city
        return "city"
    if region in COUNTRIES.values() and not _NOT_GOVERNMENT.search(issuer):
        return "national"  # another country's government: Natural Resources Canada, Singapore's GovTech
    if region in PROVINCES:
        return "省"  # 天津市: a municipality under the central government ranks as a province
    places = region_places(region)
    if places and is_county_level_city(places[-1]):
        return "县"  # 山东省潍坊市寿光市: a county-level city governs as a county does
    if region:
        for suffix, level in _LEVEL_BY_SUFFIX:
            if region.endswith(suffix):
                return level
    org = to_simplified(issuer)
    if org and _NATIONAL.match(org):
        return "国家"
    if org and re.search(r"(?:局|厅|委|委员会|办|中心)$", org) and CJK_CHAR.search(org):
        return "部门"
    return ""
