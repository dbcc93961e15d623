"""What a document is as a source: official or a news repost, complete or cut short, and the
places it speaks for. Read from the catalog's metadata, never from one question."""

from __future__ import annotations

import itertools
import re

from kb.dates import WEEKDAYS, parse_date
from kb.text import HAN_CHAR, TITLE_CASE_WORD, fold
from kb.types import Document, DocumentMeta

# Issuing bodies: a government, its offices and departments, a legislature, an agency.
_BODY = re.compile(
    r"人民政府|办公厅|办公室|厅|局|委员会|人民代表大会|人大|常委会|政府|"
    r"congress|assembly|office of|council|department|city and county|executive office|administration",
    re.IGNORECASE,
)
# Who reposts and reports rather than issues: newspapers, portals, reposts.
_REPORTER = re.compile(
    r"news|repost|daily|日报|(?<![电電国國])[网網](?!信)|报社|记者|观察者|觀察者|\.com|国脉|(?<![公简簡通学學年周週月季情汇匯])[报報]$",
    re.IGNORECASE,
)  # 珠海特區報: a paper's name ends in 报; a gazette (政府公报) or a bulletin (工作简报) is no paper;
# 国网/电网 (the State Grid, a power grid) are no news site
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


# A closing block after the body: the date a notice was signed (2023年7月10日, 二〇二三年七月十日,
# "July 10, 2023", "Dated: October 14, 2024") with the issuer's name above it or the signer's
# below it, the 此件公开发布 note, and the 版记 that closes a printed notice (抄送：…; "…办公室
# 2024年3月18日印发"). The body ended before.
_PUBLIC_NOTE = re.compile(
    r"^\s*[(（]?此件(?:公开发布|主动公开|不予公开|依申请公开)[)）]?\s*$|^\s*公开(?:方式|属性)\s*[:：]"
)
_PUBLIC_NOTE_BESIDE = re.compile(r"\s*[(（]此件(?:公开发布|主动公开|不予公开|依申请公开)[)）]\s*$")
# A page's bar of labelled facts, no sentence ("Agency: City of Long Beach | Department: … | Job
# Type: Full-time", "发布时间：… | 来源：…")
_INFO_BAR = re.compile(r"^[^|｜:：]{1,40}[:：][^|｜]{1,80}(?:\s*[|｜]\s*[^|｜:：]{1,40}[:：][^|｜]{1,80})+$")
_COPIED_TO = re.compile(r"^\s*(?:抄送|主送|抄报|分送|cc|copies to|distribution)\s*[:：]", re.I)
# An executive order's closing formula with its date ("Given under my hand and the Seal of the
# County … this 12th day of August, 2025.", "Dated at Hartford, Connecticut, this 18th day of
# September, 2025."), and a clerk's stamp of receipt or filing below it
_GIVEN_UNDER = re.compile(
    # (or its year in words and the independence's: "GIVEN, under my hand and seal this 12th day of
    # June, Two Thousand and Twenty-Five, and of the Independence of the United States, the …")
    # (or a board's: "Approved and adopted this 23rd day of October 2025.")
    r"^(?:given,?\s+under\s+my\s+hand|in witness whereof|done at|dated at|signed (?:on )?this\b|"
    r"(?:(?:approved|passed|enacted) and )?adopted this\b|(?:approved|passed|enacted|executed|issued|ordered) this\b)\b.{0,240}$",
    re.I,
)
# A filing office's stamp: its word ("FILED", "Received for record"), then the date it was stamped
FILING_WORD = r"(?:received|filed)(?:\s+for\s+record)?"
_FILED_STAMP = re.compile(rf"^{FILING_WORD}\b.{{0,100}}\b(?:19|20)\d{{2}}\b", re.I)
# A blank form's field ("Name of institution: ______"): an annex to fill in, the copy's last part
_FORM_FIELD = re.compile(r"_{4,}")
# Where a form goes, with its e-mail address ("Send to: MINICT, P.O. Box 720 Kigali - info@…"),
# not a sentence that ends with one ("… shall tell the CDO by email: cdo@agency.gov")
_SEND_TO = re.compile(
    r"^(?:send|return|submit)(?: (?:it|this form|the form))? to\s*:.*\S+@\S+\.\w{2,}\s*$", re.I
)
# a 版记's printing record, "某某办公室 2024年3月18日印发": on a line of its own, or ending one
_PRINTED = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$"
PRINTED_LINE = re.compile(rf"^.{{0,40}}?{_PRINTED}")
_PRINTED_AT_END = re.compile(_PRINTED)
# A photo's caption under an article's last lines, as WeChat and news pages mark it ("▲ 启动会现场")
_PICTURE_CAPTION = re.compile(r"^[▲△]\s*\S.{0,38}$")
# (a control block's "Date approved:", "Review date:" too)
_DATE_LABEL = re.compile(
    r"^(?:(?:review|approval|issue|effective)\s+date|date\s+(?:approved|issued|signed|adopted)|"
    r"dated|date|signed|approved|adopted|issued)\b(?: on| this)?\s*[:：]?\s*",
    re.I,
)
# ... as a signer's line opens ("Approved: …", "Approved by …"), not a sentence ("Signed agreements …")
_SIGNED_LABEL = re.compile(r"^(?:signed|approved|adopted|issued)(?:\s*[:：]|\s+by\b)", re.I)
# A post's credits and a graphic's maker at its end: "文字：数据资源科 摄影：张三", "文字 | 数据资源科",
# "福州市大数据委员会 制" (a body's name and 制 run together too: 福州市大数据委员会制)
_CREDIT = re.compile(
    r"^(?:(?:文字|摄影|图片|供稿|制图|设计|编辑|责任编辑|审核|初审|复审|终审|监制|校对|来源|作者|记者|撰稿|排版)\s*[:：|｜丨/]\s*\S{1,30}\s*)+$"
    r"|^[\u4e00-\u9fff]{2,30}\s+(?:制|制图|出品)$"
    r"|^[\u4e00-\u9fff]{2,30}(?:委员会|局|办公室|中心|政府|厅)(?:制|制图|出品)$"
)
# a signature's blank or mark, and the attestation's label over its signer ("ATTEST:" over
# "Secretary of State")
_SIGNATURE_MARK = re.compile(r"^(?:/s/)?[\s_]*$|^/s/|^(?i:attest(?:ed)?(?: by)?)\s*:?$")
# A county attorney's stamp under a US order's signature, wrapped over two lines as printed:
# "Approved by County Attorney as to form and" / "legal sufficiency"
_AS_TO_FORM = re.compile(
    r"^(?:approved (?:by [\w .]{1,40} )?as to form\b.*|(?:and )?legal sufficiency\.?)$", re.I
)
_SIGNATURE_FIELD = re.compile(r"\bsignature\b|\bsigned\b", re.I)
# Whom to ask, as a 政策解读 or a notice closes ("解读人：…", "咨询电话：0531-…", "Contact: …"): a
# copy that ends with its contacts reached its end.
_CONTACT = re.compile(
    r"^(?:联系人|联系电话|咨询电话|联系方式|电话|传真|邮箱|电子邮箱|解读人|解读机构|"
    r"contact|tel|telephone|phone|fax|e-?mail)\s*[:：]\s*\S",
    re.I,
)
# Where to send questions, at a page's foot ("Questions about this Framework? Contact
# data.governance@vancouver.ca", "For more information, email …")
_ASK_US = re.compile(
    r"^(?:questions?|enquiries|inquiries|for (?:more|further) information)\b.{0,80}?\b(?:contact|e-?mail|write to|call)\b"
    r".{0,80}?(?:\S+@\S+\.\w{2,}|\d{3}[\d\s().-]{4,})\s*\.?$",
    re.I,
)
# A telephone number alone on its line, as a page's contact block sets it under its "Phone" label
# ("(502) 574-3003", "0898-66881234", "020 7946 0000")
# (three groups of digits, seven or more in all: not a year range, a date or an amount)
_PHONE_LINE = re.compile(r"^(?!(?:(?:19|20)\d\d\D*){3}$)\+?\(?\d{2,4}\)?[\s.\-]?\d{3,4}[\s.\-]?\d{3,4}$")
# An address's last line, its postcode: "EH6 6QQ" (UK), "Chicago, IL 60602" (US)
_POSTCODE_LINE = re.compile(
    r"^(?:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|[a-z][a-z .'-]{1,30},?\s+[a-z]{2}\s+\d{5}(?:-\d{4})?)$", re.I
)
# A statute section's enactment record under its last subdivision ("History: 2025 c 71 art 3 s 12")
_STATUTE_HISTORY = re.compile(r"^History\s*:\s*(?:19|20)\d{2}\s+(?:c|ch\.?|chapter)\s+\d+", re.I)
# A team's address that ends with its e-mail ("Data Strategy Team, …, Belfast BT3 9ED. Email: …")
# (its label after the address's stop or comma, not "… reported to the CDO by email: …")
_ADDRESS_WITH_MAIL = re.compile(
    r"^.{0,200}?(?:[.。,，;；]|^)\s*(?:e-?mail|电子邮箱|邮箱)\s*[:：]\s*\S+@\S+\.\w+\s*$", re.I
)
# A page's link to an attached file: "2.江苏省自然资源厅数据资源目录编制要求.pdf"
# a link to an attached or related file (相关文件：…的通知, a page's own link to the plan it explains)
_ATTACHED_FILE = re.compile(
    r"^(?:附件\s*[:：]?\s*)?\S.{0,80}\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)$|^相关(?:文件|链接|附件)\s*[:：].{2,80}$"
    # (a policy page's list of its related policies: "Related: Open Data Policy (ADMIN-039) | …")
    r"|^(?:related|see also)(?: (?:policies|documents|links|pages|information))?\s*:"
    r"(?!.*\b(?:shall|must|will|should|may)\b)\s*\S.{2,200}$"
    # (or its format and size in brackets: "公共部門首席數據官報備表（PDF，156 KB）")
    r"|^\S.{0,80}[(（]\s*(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)\s*[,，]\s*[\d.]+\s*[km]b\s*[)）]$"
    # (or an annex the copy leaves out: "Annex: Registration Form … (omitted)", 附件：备案表（略）)
    r"|^(?:附件|annex|attachment|appendix)\s*\w{0,3}\s*[:：].{2,100}[(（]\s*(?:omitted|略|not (?:attached|reproduced))\s*[)）]$",
    re.I,
)
# ... and a notice's 附件 line that names its attachment alone (附件：…备案表), above the signer
_ANNEX_NAMED = re.compile(r"附件\s*\d{0,2}\s*[:：]\s*(?:\d{1,2}\s*[.、]\s*)?[^。；;，,:：]{2,60}$")
_ANNEX_ITEM = re.compile(r"\d{1,2}\s*[.、]\s*[^。；;，,:：]{2,60}$")  # its next ones: "2.数据专员名单"
_CLOSING_LINES = 8  # a closing block is a few lines: date, one or two signers, a note, the 版记
_SIGNER_CHARS = 40  # an issuer's name or a signer's title, not a sentence cut short
# A Chinese issuer's name ends with its kind of body (浙江省经济和信息化厅, 中共湘潭市委组织部,
# 市发展改革委); an English signature is a name or a title.
_SIGNER_ZH = re.compile(
    r"(?:政府|办公厅|办公室|办事处|管委会|党工委|厅|局|部|委|委员会|常委会|中心|小组|公司|集团|协会|医院|大学|学院|学校|银行|研究院|研究所)\s*$"
)


def is_date_line(line: str) -> bool:
    """A line that is one full date and nothing else (a closing full stop aside, or the
    此件公开发布 note a printed notice sets beside its date: "2026年3月16日（此件公开发布）")."""
    line = _PUBLIC_NOTE_BESIDE.sub("", line)
    found = parse_date(line, allow_partial=False)
    return found is not None and found[1] == 0 and found[2] >= len(line.rstrip(" .。")) - 1


def _ends_with_date(line: str) -> bool:
    """A signer's line that ends with its date after a comma: "…, 12 August 2025", "…, September
    18, 2025", "…, on 12 August 2025"."""
    parts = line.split(",")
    tails = (parts[-1], ",".join(parts[-2:])) if len(parts) > 2 else (parts[-1],)
    return len(parts) > 1 and any(
        is_date_line(re.sub(r"^\s*on\s+", "", t, flags=re.I).strip()) for t in tails
    )


def is_signed_off(line: str) -> bool:
    """A short line that dates the text with its day of the week or an end mark beside the date: a
    press release's sign-off, "Ends/Wednesday, March 12, 2025" (not "Next review: 30 June 2027")."""
    found = parse_date(line, allow_partial=False) if len(line) <= _SIGNER_CHARS else None
    if not found:
        return False
    rest = re.findall(r"[A-Za-z]+", line[: found[1]] + line[found[2] :])  # type: ignore[index]
    return bool(rest) and all(w.lower() in _SIGN_OFF_WORDS for w in rest)


_SIGN_OFF_WORDS = WEEKDAYS | {"ends", "end"}


def is_given_under(line: str) -> bool:
    """An order's closing formula that dates it: "Given under my hand … this 12th day of August, 2025." """
    return bool(_GIVEN_UNDER.match(line.strip())) and parse_date(line, allow_partial=False) is not None


def _closing_kind(line: str) -> str | None:
    """What a line of a closing block is ("date", "attached", "contact", "note", "credit", "bar",
    "form", "signer"), or None for body text."""
    if is_date_line(line) or is_date_line(_DATE_LABEL.sub("", line)) or PRINTED_LINE.match(line):
        return "date"
    label = _SIGNED_LABEL.match(line)
    if label and (_ends_with_date(line) or not line[label.end() :].strip()):
        # "Approved: Dr Helen Marchetti, Government Chief Data Officer, 12 August 2025", or the
        # label alone above its signer ("Approved:" over "Daniella Levine Cava" / "Mayor"): it
        # closes an order as a signature date does
        return "date"
    if (_PUBLIC_NOTE.match(line) or _COPIED_TO.match(line)) and _PRINTED_AT_END.search(line):
        return "date"  # a 版记 read as one line: 公开方式：… 抄送：… 某某办公室 2025年6月12日印发
    if is_signed_off(line) or is_given_under(line) or _BY_ORDER.fullmatch(line):
        return "date"
    if _FILED_STAMP.match(line) or _PICTURE_CAPTION.match(line):
        return "note"
    if _CREDIT.match(line):
        return "credit"
    if _ATTACHED_FILE.match(line):
        return "attached"
    if _STATUTE_HISTORY.match(line):
        return "contact"  # closes the section as a contact block closes a notice
    if (
        _PUBLIC_NOTE.match(line)
        or _COPIED_TO.match(line)
        or _SIGNATURE_MARK.match(line)
        or _AS_TO_FORM.match(line)
    ):
        return "note"
    if _INFO_BAR.match(line):
        return "bar"
    if _FORM_FIELD.search(line):
        return "form"
    if (
        (_CONTACT.match(line) and len(line) <= _SIGNER_CHARS)
        or _ADDRESS_WITH_MAIL.search(line)
        or _PHONE_LINE.match(line)
        or _POSTCODE_LINE.match(line)
        or (_SEND_TO.match(line) and len(line) <= 120)
        or (_ASK_US.match(line) and len(line) <= 160)
    ):
        return "contact"
    signer = not HAN_CHAR.search(line) or _SIGNER_ZH.search(line)
    if len(line) <= _SIGNER_CHARS and not _ENDS_A_SENTENCE.search(line) and signer:
        return "signer"
    if len(line) <= _POST_OF_BODY_CHARS and (_POST_OF_BODY.fullmatch(line) or _BODY_LINE.fullmatch(line)):
        return "signer"  # "President, Cook County Board of Commissioners": a post and its body, however long
    return None


# A signature's lines: a name with its honorific, a post, in capitals as written ("Dr. Renee C.
# Whitfield", "Superintendent", "Chief Data Officer, City of Boston")
_SIGNER_LINES = 2
# (a folded, lower-cased line: its words, a comma, a body's name ending in what the body is)
_POST_OF_BODY = re.compile(
    r"(?:[\w'’.-]+\s){0,3}[\w'’.-]+,\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,10}?"
    r"(?:board(?: of \w+)?|council|commission|committee|government|legislature|assembly)",
    re.I,
)
_POST_OF_BODY_CHARS = 80
# ... or the body alone under its signer's post ("National Information Technology Development Agency")
_BODY_LINE = re.compile(
    r"(?:the\s+)?(?:[\w'’.&-]+\s+){1,8}(?:agency|authority|ministry|department|office|council|commission|board|bureau"
    r"|administration)",
    re.I,
)
_SIGNED_NAME = re.compile(rf"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w.'’-]*(?:,?\s+{TITLE_CASE_WORD}){{0,7}}")


def _body_ending(text: str) -> str:
    """`text` without its closing block: the trailing lines that are dates, notes and signers,
    when one of them is a date (a short line alone may be a sentence cut short), or the links
    to its attached files alone."""
    written = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [fold(line).strip() for line in written]
    end, block = len(lines), []
    while end and len([k for k in block if k != "form"]) < _CLOSING_LINES:  # a form's fields, any number
        kind = _closing_kind(lines[end - 1])
        if kind is None or (kind == "signer" and "date" not in block and HAN_CHAR.search(lines[end - 1])):
            break  # an English signer signs below the date; a Chinese issuer stands above it
        block.append(kind)
        end -= 1
    if "date" in block:  # a notice's 附件 line, the attachments' names alone above its signer and date
        items = list(itertools.takewhile(lambda k: _ANNEX_ITEM.match(lines[k]), range(end - 1, -1, -1)))
        head = end - 1 - len(items)
        if head >= 0 and len(items) < _CLOSING_LINES and _ANNEX_NAMED.match(lines[head]):
            end = head
    # (a page that ends with a telephone number or an address reached its contact block, whatever
    # labels stand above it; so did a circular signed below its contact lines by a name and a post
    # written as such: "Dr. Jane Roe" over "Superintendent", not a heading and a sentence cut short)
    signed = list(itertools.takewhile(lambda kind: kind == "signer", block))
    if (
        "date" not in block
        and not (
            block
            and (
                set(block) <= {"attached", "contact", "bar", "form", "credit"}
                # a form's blanks and, below them, the signature it asks for ("Agency Head Signature")
                or (
                    block[len(signed) : len(signed) + 1] == ["form"]
                    and set(block) <= {"form", "signer"}
                    and 0 < len(signed) <= _SIGNER_LINES
                    and all(_SIGNATURE_FIELD.search(line) for line in written[len(written) - len(signed) :])
                )
                or block[0] == "contact"
                # a conformed signature ("/s/ Marcus T. Holloway" over the signer's post) signs it
                or any(line.startswith("/s/") for line in written[len(written) - len(block) :])
                or (
                    0 < len(signed) <= _SIGNER_LINES
                    and block[len(signed) : len(signed) + 1] == ["contact"]
                    and all(_SIGNED_NAME.fullmatch(line) for line in written[len(written) - len(signed) :])
                )
            )
        )
    ):
        return "\n".join(lines) or text
    return "\n".join(lines[:end]) or text


# A web page's pager on the first of several pages ("共2页 上一页 1 2 下一页", "第 1 頁／共 2 頁",
# "（本頁資料未完，請點選下一頁）", "Page 1 of 3", a publication's part that links to the next one,
# "Next: Part 2"), and a later page's own mark: a PDF prints
# "Page n of N" on every page, so a copy holding page 2 is whole.
_PAGER = re.compile(
    r"第\s*1\s*[页頁]\s*[/／,，]?\s*共\s*(\d+)\s*[页頁]|共\s*(\d+)\s*[页頁][\s　]*(?:上一[页頁]|首[页頁]|\[?第一[页頁])"
    r"|\bPage\s+1\s+of\s+(\d+)\b|(本[页頁](?:资料|資料|内容|內容)未完)|\bNext\s*:\s*Part\s+([2-9])\b",
    re.I,
)
_LATER_PAGE = re.compile(
    r"第\s*(?:[2-9]|\d{2,})\s*[页頁]\s*[/／,，]?\s*共|\bPage\s+(?:[2-9]|\d{2,})\s+of\s+\d", re.I
)


def first_page_of(raw_text: str) -> int:
    """N when the text is the first page of N (N > 1) and no later page is in it, else 0."""
    for m in _PAGER.finditer(raw_text):
        pages = int(next((g for g in m.groups() if g and g.isdigit()), "2"))
        if pages > 1 and not _LATER_PAGE.search(raw_text):
            return pages
    return 0


# A body's name as it ends: a company, a government or its office, an institution (…有限责任公司,
# …集团, …数据局, …大学), not a meeting's (推进会); simplified
BODY_NAME_END = re.compile(r"(?:公司|集团|局|厅|委员会|办公室|中心|政府|大学|学院|医院|银行)$")


# A page's own mark of where it stands among the copy's pages: "Page 3 of 7", "第3页 共7页", the
# footer a PDF, a Word file or a copied page keeps
_PAGE_OF = re.compile(
    r"\bPage\s+(\d{1,3})\s+of\s+(\d{1,3})\b|第\s*(\d{1,3})\s*[页頁]\s*[/／,，]?\s*共\s*(\d{1,3})\s*[页頁]",
    re.I,
)


def _page_marks(text: str) -> list[tuple[int, int]]:
    """Each (n, N) of the "Page n of N" marks in `text`."""
    marks = []
    for m in _PAGE_OF.finditer(text):
        page, total = (int(g) for g in (m.group(1, 2) if m.group(1) else m.group(3, 4)))
        if 1 <= page <= total:
            marks.append((page, total))
    return marks


def _pages_seen(text: str) -> dict[int, set[int]]:
    """The pages the marks of `text` show, by the count of pages they give."""
    pages: dict[int, set[int]] = {}
    for page, total in _page_marks(text):
        pages.setdefault(total, set()).add(page)
    return pages


def stopped_at_page(raw_text: str) -> str:
    """A note when the pages' marks show a copy of N pages that stops at page n (n < N): a PDF
    that prints "Page n of N" on every page, its last pages missing; else "". Two pages' marks
    at least, so that one page's mark is no sentence's "page 3 of 10" (one page alone:
    first_page_of)."""
    for total, seen in _pages_seen(raw_text).items():
        if len(seen) >= 2 and max(seen) < total:
            return f"the copy stored stops at page {max(seen)} of {total}"
    return ""


def reaches_last_page(raw_text: str) -> bool:
    """Whether the pages' marks (two at least, as for stopped_at_page) run to the last one: a
    PDF whose footers say "Page 4 of 4" is whole, however its last line ends (an address, a
    contact line)."""
    return any(len(seen) >= 2 and total in seen for total, seen in _pages_seen(raw_text).items())


def is_complete(doc: Document) -> bool:
    """False when the stored copy stops early: said by its front matter, or, when the front
    matter is silent, seen in a body that ends mid-sentence (a notice's closing issuer and
    date are not its body)."""
    said = (doc.extra.get("complete") or "").strip().lower()
    if said:
        return said not in ("no", "false", "partial", "0")
    tail = _before_distribution(doc.text[-TAIL_CHARS:])
    if any(page == total for page, total in _page_marks(tail)):
        return True  # "Page 4 of 4" in the last footer: the copy reaches the last page
    if _ends_with_annex_list(tail):
        return True
    if _FORM_BLANK.search(tail.rstrip().rsplit("\n", 1)[-1]):
        return True  # an annexed form's last field, left blank to fill in ("Register No. ________")
    ending = _body_ending(tail)
    last = ending.splitlines()[-1] if ending.strip() else ""
    closed = len(ending.splitlines()) < len([line for line in tail.splitlines() if line.strip()])
    # an attachment's table row above a closing block (its date, its 版记) ends no sentence
    return bool(_ENDS_A_SENTENCE.search(ending)) or (closed and " | " in last)


# An Indian order's closing formula, "(BY ORDER AND IN THE NAME OF THE GOVERNOR OF TELANGANA)"
# above its signer: it dates nothing, but closes the order as a signature date closes a notice
_BY_ORDER = re.compile(r"\(?by order(?: and in the name)? of the governor\b[^()]*\)?", re.I)
# An order's distribution list at its end ("Copy to:" over the offices it is copied to, and the
# forwarding clerk's "//FORWARDED :: BY ORDER//"): addressees, one short line each, not its body.
# ("Copy for information to:", as a South Asian office memorandum heads its list)
_DISTRIBUTION_HEAD = re.compile(
    r"^(?:(?:copy|copies)(?: (?:for information|forwarded)(?: and (?:necessary )?action)?)? to|cc|distribution(?: list)?|to)"
    r"\s*:?$",
    re.I,
)
_ADDRESSEE_CHARS = 120
# ... not a part that follows it (ANNEXURE, 附件) or a clause that binds someone: a body goes on
_NOT_ADDRESSEE = re.compile(
    r"^(?:annex|annexure|appendix|schedule|attachment|附件|附表)\b|\b(?:shall|must|will|should)\b", re.I
)


def _before_distribution(tail: str) -> str:
    """The tail without the distribution list that ends it, when it does: every line after its
    head an addressee, short and binding no one."""
    lines = tail.splitlines()
    heads = [i for i, line in enumerate(lines) if _DISTRIBUTION_HEAD.fullmatch(line.strip())]
    listed = lines[heads[0] + 1 :] if heads else []
    if heads and all(
        len(line.strip()) <= _ADDRESSEE_CHARS and not _NOT_ADDRESSEE.search(line.strip()) for line in listed
    ):
        return "\n".join(lines[: heads[0]])
    return tail


_FORM_BLANK = re.compile(r"_{4,}\s*$")


def _ends_with_annex_list(tail: str) -> bool:
    """The text ends with its annex's list of names below its signature (二零二五年九月二日,
    行政長官, then 附件 over 一、行政公職局 … 十六、勞工事務局): numbered short items that end no
    sentence and leave none open, all the annex holds."""
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    heads = [i for i, line in enumerate(lines) if _ANNEX_HEAD.fullmatch(line)]
    if not heads:
        return False
    above = lines[max(0, heads[-1] - _SIGNER_LINES - 1) : heads[-1]]
    if not any(_closing_kind(line) == "date" for line in above):
        return False
    items = [line for line in lines[heads[-1] + 1 :] if not _BRACKETED_NOTE.fullmatch(line)]
    rows = [line for line in items if " | " in line]
    if len(rows) > _ANNEX_ITEMS and items[-1] == rows[-1]:
        # a table (附表: its caption, header and rows), every row with its header's cells
        return len({row.count(" | ") for row in rows}) == 1
    numbered = [line for line in items if _LIST_NUMBER.match(line)]
    return (
        len(numbered) >= _ANNEX_ITEMS
        and all(len(line) <= _SIGNER_CHARS and not _LEFT_OPEN.search(line) for line in numbered)
        and items[-1] == numbered[-1]
    )


_ANNEX_HEAD = re.compile(r"附[件表]\s*\d*|Annex(?:\s+[A-Z\d]+)?|Appendix(?:\s+[A-Z\d]+)?", re.I)
_ANNEX_ITEMS = 3  # a list, not a heading and its first sentence
_LEFT_OPEN = re.compile(r"[，,、；;：:（(]$")
_LIST_NUMBER = re.compile(
    r"[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
)
_BRACKETED_NOTE = re.compile(r"[(（][^()（）]{1,30}[)）]")  # （第二條第一款所指者）


# The end a copy is judged by: its last sentences and a closing block below them, or its last
# page's footer with a page's links below it (kb.catalog.endings reads as much)
TAIL_CHARS = 600


_SPLIT_REGION = re.compile(r"\s*(?:/|,|，|、|;)\s*")
_PARENTHESES = re.compile(r"\s*[(（][^)）]*[)）]")
# 台湾 (臺灣) heads a region without a level's character as often as with one (台湾新竹县, 台湾省新竹县);
# a region given in traditional characters (臺灣屏東縣) has its levels so written; an autonomous
# prefecture by its short name at the region's end (贵州省黔东南州, as its own documents write it)
# is a place too, not the 州 of a name that goes on (贵州省, 杭州市, 苏州工业园区); a 镇 or 乡 before 市 or
# 县 is a city's name, not a town (景德镇市, 新乡市, 湘乡市: a town comes after its county, never before).
_ZH_LEVEL = re.compile(
    r"[台臺][湾灣]省?(?=.)(?!地区|地區)|.+?(?:特别行政区|特別行政區|自治区|自治區|自治州|自治县|自治縣|省|市|县|縣|区|區|镇(?![市县])|鎮(?![市縣])|乡(?![市县])|鄉(?![市縣])|街道"
    r"|州$)"
)


def places_of(doc: Document) -> list[str]:
    """The places a document speaks for, from its region: 四川省达州市 -> [四川省, 达州市],
    "United States / Connecticut" -> [United States, Connecticut]."""
    return region_places(doc.region or "")


def region_places(region: str) -> list[str]:
    """A region's places, the larger first: 广东省汕尾市海丰县 -> [广东省, 汕尾市, 海丰县]."""
    region = _PARENTHESES.sub("", region)
    places: list[str] = []
    for part in _SPLIT_REGION.split(region):
        part = part.strip()
        if not part:
            continue
        pieces = _ZH_LEVEL.findall(part) if HAN_CHAR.search(part) else []
        if pieces and part.endswith(("".join(pieces) + "镇", "".join(pieces) + "乡")):
            pieces[-1] += part[-1]  # a town whose name holds 市 (昆山市周市镇): 周市 + 镇 is one place
        for piece in pieces or [part]:
            if piece not in places:
                places.append(piece)
    return places


# A details table's row: "Issued by | Department of …" (a government's banner above it, when there
# is one, names the body; this cell may name the office or the post that signed)
_ISSUER_CELL = re.compile(
    # ("Department/Issuing Agency | Department of Information Technology (KCIT)")
    r"^[•·\-*|\s]*(?:Department\s*/\s*)?(?:Issued by|Issuer|Issuing (?i:body|authority|department|agency|office))"
    r"\s*\|\s*([A-Z][^\n|]{1,80}?)\s*(?:$|\|)",
    re.M,
)
# ... a body's or a post's name, not a role table's next column ("Issuer | Recipient | Obligation")
_ISSUER_WORDS = re.compile(
    r"\b(?:Department|Ministry|Office|Agency|Authority|Council|Commission|Board|Government|Bureau|Division|"
    r"Directorate|Secretariat|Services?|Minister|Secretary|Director|Commissioner|Mayor|Governor|Officer)\b"
)
# An English body's name, as a signature or a page's source gives it: capitalised words (and of, the, and …) ending with what an
# organisation is ("General Office of Tianjin Municipal People's Government").
EN_ORG_LINE = re.compile(
    # not a line that says what the document is or was done ("Prepared for the City Council",
    # "Minutes of the Data Governance Board")
    r"^(?!(?:Prepared|Submitted|Presented|Minutes|Agenda|Report|Approved|Adopted|Signed|Issued|Dated|"
    r"Published|Updated|Notice|Memorandum|Letter|Address|Remarks)\b)(?:The )?[A-Z][\w'’.&-]*(?: (?:of|and|for|on|the|[A-Z][\w'’.&-]*)){0,14}"
    r" (?:Government|Office|Department|Agency|Council|Commission|Committee|Bureau|Ministry|"
    r"Administration|Authority|Board|Legislature|Congress|"
    # a trust that is a public body, not a title's "Data You Can Trust"
    r"(?:NHS|Foundation|Health|Hospitals?|Care|Ambulance|Housing) Trust)$"
)
_ISSUER_CELL_LINES = 15  # a details table at the top of the page


def issuer_in_cell(text: str) -> str:
    """The body a page's details table names as its issuer, or "": read by the HTML reader and,
    for other files, by ingest.metadata."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:_ISSUER_CELL_LINES])
    m = _ISSUER_CELL.search(head)
    return m.group(1) if m and _ISSUER_WORDS.search(m.group(1)) else ""
