"""HTML pages saved from government portals: main text only, line structure kept, metadata found.

Main content: the article container that Chinese government CMSs use (TRS_Editor, #zoom, ...)
when there is one, else readability-lxml (which, unlike trafilatura, copes with the old nested
table layouts), with trafilatura as the last resort. The HTML is then turned into lines
ourselves (each <p>, <br>, <div>, <li>, table row a line) and portal chrome lines are dropped.
Metadata (title, 成文/发布日期, 发文机关/来源, 文号) is read from meta tags and labelled fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ingest.decode import UndecodableError
from ingest.decode import decode as decode_bytes
from ingest.formats.base import Extracted, RawPage
from kb.config import MAX_HTML_BYTES
from kb.countries import links_host
from kb.dates import parse_date
from kb.errors import FileError
from kb.sources import EN_ORG_LINE, first_page_of, issuer_in_cell
from kb.text import DOC_NUMBER, HAN_CHAR, TW_DOC_NUMBER, fold_same_length

MIN_CONTENT_CHARS = 40
MIN_CONTAINER_CHARS = 20  # a marked article container is trusted with less text

# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "x-big5": "big5hkscs",
    "unicode": "utf-8",
    "utf8": "utf-8",
}


def declared_charset(data: bytes) -> str | None:
    """Charset from <meta charset> or <meta http-equiv ... content="...; charset=...">."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    return _ALIASES.get(name, name)


def decode(data: bytes) -> str:
    """Bytes to text by `ingest.decode`, the declared charset first; never fails, but only
    lossy as a last resort."""
    try:
        return decode_bytes(data, declared_charset(data))[0]
    except UndecodableError as exc:
        return data.decode(exc.encoding, "replace")


# --------------------------------------------------------------------------- HTML -> lines

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody",
    "thead", "tfoot", "section", "article", "blockquote", "pre", "dd", "dt", "dl", "center", "hr",
    "header", "main", "figure", "figcaption", "address", "caption", "form", "fieldset", "body",
}  # fmt: skip
_DROP = {
    "script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas", "template", "input",
    "select", "button", "textarea", "nav", "aside", "footer", "map", "audio", "video", "head", "title",
}  # fmt: skip
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_NEWLINE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _has_block(el) -> bool:
    return any(_tag(d) in _BLOCK for d in el.iterdescendants())


def _discloses(el) -> bool:
    """A button that is a heading's text: an FAQ's question on its accordion ("Q: Who appoints
    agency data stewards?"), not a page's "Search", "Menu" or "Share this page"."""
    parent = el.getparent()
    return _tag(el) == "button" and parent is not None and _tag(parent) in _HEADINGS


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def html_lines(root) -> list[str]:
    """Visible text of an lxml tree as lines: block elements and <br> break lines, a table row
    with simple cells becomes 'a | b | c', whitespace is collapsed, a source line break between
    two Chinese characters is removed (it is only HTML source wrapping)."""
    out: list[str] = [""]

    def newline() -> None:
        if out[-1].strip():
            out.append("")

    def text(s: str | None) -> None:
        if s:
            s = _NEWLINE_BETWEEN_CJK.sub("", s)
            out[-1] += _SPACES.sub(" ", s)

    def walk(el) -> None:
        tag = _tag(el)
        if tag in _DROP or not tag:
            text(el.tail)
            return
        if tag == "br":
            newline()
            text(el.tail)
            return
        if tag == "tr":
            cells = [c for c in el if _tag(c) in ("td", "th")]
            if cells and not any(_has_block(c) for c in cells):
                newline()
                values = [" ".join(c.text_content().split()) for c in cells]
                values = [v for v in values if v]
                out[-1] += " | ".join(values)
                newline()
                text(el.tail)
                return
        block = tag in _BLOCK or tag in ("td", "th")
        if block:
            newline()
        text(el.text)
        for child in el:
            walk(child)
        if block:
            newline()
        text(el.tail)

    walk(root)
    lines = []
    for line in out:
        line = line.strip().strip("\u3000").strip()
        if line:
            lines.append(line)
    return lines


# --------------------------------------------------------------------------- chrome filter

# Markers that only portal chrome carries, wherever they sit in a short line.
_CHROME = re.compile(
    r"您现在所在的位置|您的位置|当前位置|所在位置|分享到|扫一扫|在手机打开|打印本页|打印此页|打印文章|关闭窗口|关闭本页"
    r"|【\s*(?:打印|关闭|大|中|小|收藏|返回顶部)\s*】|字号\s*[:：]?\s*[大中小]|字体\s*[:：]?\s*[大中小]|【\s*字体"
    r"|ICP备|ICP证|公网安备|网站标识码|网站地图|联系我们|版权所有|Copyright\s*©?\s*\d{4}|All rights reserved"
    r"|Was this page (?:helpful|useful)"
    r"|上一篇|下一篇|上一条|下一条|浏览次数|浏览人次|访问人次|访问量|阅读次数|点击数|点击量|阅读量|责任编辑|返回顶部|加入收藏|设为首页"
    r"|(?:主办|承办|维护)单位\s*[:：].*(?:承办|维护|技术支持|网站|ICP|电话|地址)"
    r"|^(?:承办单位|维护单位|技术支持)\s*[:：]",
    re.IGNORECASE,
)
# Navigation words that are chrome only as a whole line (bullets and separators allowed).
_NAV_LINE = re.compile(
    r"^[\s•·|>»/、]*(?:(?:首页|头部|底部|搜索|登录|注册|收藏|打印|关闭|返回|更多|分享|无障碍|适老化|长者模式|繁体|繁體|简体|简体版"
    r"|English|政务微博|政务微信|微信公众号|手机版|相关链接|相关文章|相关阅读|网站导航|智能问答)[\s•·|>»/、]*)+$",
    re.IGNORECASE,
)
# Page-info lines (their values go to the metadata): labels no article starts a line with,
# or two or more info labels on one line (发布时间：… 来源：…).
_META_STRONG = re.compile(
    r"^(?:发布时间|发布日期|信息来源|文章来源|浏览次数|点击数|点击量|索引号|发布机构|公开方式|公开范围|公开时限|主题分类)\s*[:：]"
)
_META_LABEL = re.compile(r"(?:日期|时间|来源|作者|分类|浏览|字号|发布机构)\s*[:：]")


def is_chrome(line: str) -> bool:
    """A portal navigation/tool line, or a page-info line whose values go to the metadata."""
    if len(line) > 80:
        return False
    line = fold_same_length(line)  # a traditional page's 瀏覽次數, 列印本頁
    cells = [c.strip() for c in re.split(r"\s*\|\s*", line)]
    if len(cells) >= 3 and "首页" in cells and all(len(c) <= 8 for c in cells):
        return True  # a navigation bar laid out as a table row
    return bool(
        _CHROME.search(line)
        or _NAV_LINE.match(line)
        or _META_STRONG.match(line)
        or len(_META_LABEL.findall(line)) >= 2
    )


# --------------------------------------------------------------------------- metadata

_DATE = r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})"
_STOP = (
    r"(?=\s|\||【|\[|$|发布|来源|作者|浏览|点击|字号|字体|分享|责任|时间|日期|信息|文章|索引|成文|发文|主题)"
)
_ORG_SUFFIX = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|委员会|局|厅|部|委|署|中心|院|会|集团|公司|小组|办|政府网|新华社)$"
)


def _is_doc_number(text: str) -> bool:
    return bool(DOC_NUMBER.fullmatch(text) or TW_DOC_NUMBER.fullmatch(text))


def _iso(match: re.Match) -> str:
    y, m, d = (int(g) for g in match.groups()[-3:])
    if not (1949 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def _label_pattern(labels: str) -> str:
    """Labels tried as alternatives, spaced out or not; a label of two characters must not be the
    tail of a longer one (日期 inside 成文日期), so it needs a non-Chinese character before it."""
    # an info table spaces a label out to the width of the others: 文　　号
    spaced = [r"[ \t\u3000]*".join(map(re.escape, lab)) for lab in labels.split("|")]
    parts = [
        lab if len(orig) > 2 else rf"(?<![\u4e00-\u9fff]){lab}"
        for lab, orig in zip(spaced, labels.split("|"), strict=True)
    ]
    return "(?:" + "|".join(parts) + ")"


# How far after its label a date written another way may start: 中華民國114年3月5日 (Taiwan's
# calendar), which the ISO-like pattern above does not read.
_DATE_REACH = 4


def _labelled_date(text: str, labels: str) -> str:
    """The date after the first label found; labels are read in simplified characters, so a
    traditional page's 發布日期 is found too."""
    folded = fold_same_length(text)
    for label in labels.split("|"):  # in order of preference; the first one a date follows
        for match in re.finditer(rf"{_label_pattern(label)}\s*[:：]?\s*\|?\s*", folded):
            after = folded[match.end() : match.end() + 40]
            iso = re.match(_DATE, after)
            if iso and _iso(iso):
                return _iso(iso)
            found = parse_date(after, allow_partial=False)
            if found and found[1] <= _DATE_REACH:
                return found[0]
    return ""


# An office inside the body that runs the site, named by its kind alone
_OWN_UNIT = re.compile(r"(?:信息|宣传|新闻|网络|数据|综合)?(?:中心|办公室|办|科|处|部)|[院局校厅委]办|党政办")


def _labelled(text: str, labels: str) -> str:
    """The value after the first label found, as the page writes it; labels are read in
    simplified characters (發文字號 is 发文字号)."""
    folded = fold_same_length(text)
    for label in labels.split("|"):
        pat = _label_pattern(label)
        match = re.search(rf"{pat}\s*[:：]\s*\|?\s*([^\s|【\[]{{2,60}}?){_STOP}", folded)
        if not match:
            match = re.search(rf"(?:^|\n|\| ){pat}\s*\|\s*([^\s|]{{2,60}})", folded)
        if match:
            return text[match.start(1) : match.end(1)].strip("：: ")
    return ""


# An English page's own date line: "Published 14 March 2024", "First published: March 14, 2024".
_PUBLISHED = re.compile(
    r"(?:^|\n|\| )(?:First published|Date published|Published|Issued|Date issued)\s*[:|]?\s*\n?\s*"
    r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s*\d{4})"
)


def _english_published(text: str) -> str:
    m = _PUBLISHED.search(text)
    found = parse_date(m.group(1), allow_partial=False) if m else None
    return found[0] if found else ""


def _meta(root, *names: str) -> str:
    for name in names:
        for el in root.iter("meta"):
            key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
            if key == name.lower() and (el.get("content") or "").strip():
                return el.get("content").strip()
    return ""


def _title_parts(root) -> list[str]:
    el = root.find(".//title")
    title = " ".join((el.text_content() if el is not None else "").split())
    return [p.strip() for p in re.split(r"\s*[_|｜]\s*|\s+[-—–]\s+", title) if p.strip()]


def _title_from_tag(root) -> str:
    """The page's part of its <title>, or the heading that spells it out in full ("Data leadership
    roles | Leeds City Council" and <h1>Data leadership roles: our Chief Data Officer and …)."""
    parts = _title_parts(root)
    # "Data roles | Leeds City Council", "… | Louisville Metro Government Careers", "… | Local
    # Government Jobs": the site's name
    own = [p for p in parts if not _is_site_body(p) and not _SITE_SECTION.search(p)] or parts
    title = max(own, key=len) if own else ""
    for el in root.iter("h1"):
        heading = " ".join(el.text_content().split())
        # "Chief Data Officer | Job Details | …" over <h1>Chief Data Officer: the part the page's
        # heading repeats is the page's own (not a section's one word: <h1>Careers)
        repeated = [p for p in own if p.lower() == heading.lower() and len(p.split()) > 1]
        if repeated:
            return repeated[0]
        if title and len(heading) > len(title) and heading.lower().startswith(title.lower()):
            return heading
        break
    return title


# A council system's page of one agenda item or file, named by its kind and number: the item's
# own title is the heading below ("Agenda Item History - 2025.EX21.5", "File #: 25-1234")
_RECORD_PAGE = re.compile(
    r"(?i)(?:agenda\s+item(?:\s+history)?|file\s*#?|legislation\s+details|matter)\s*[-–—:#]*\s*"
    r"(?P<ref>[A-Z0-9][\w./-]*\d[\w./-]*)?$"
)


_ITEM_SECTION = re.compile(
    r"(?i)(?:recommendations?|summary|origin|background(?: information)?|comments|contact|signature|"
    r"attachments?|financial impact|equity impact statement|decision history|decision advice and other information|"
    r"communications|motions?|committee decision)"
)
_PAGE_FURNITURE = {"nav", "header", "footer", "aside"}


def _item_title(root) -> str:
    """The item's own title: the first heading of three words or more after the page's <h1>, not in
    its menus and not one of an item's sections (Recommendations, Decision Advice and Other Information)."""
    seen_h1 = False
    for el in root.iter("h1", "h2"):
        if el.tag == "h1":
            seen_h1 = True
            continue
        text = " ".join(el.text_content().split())
        if (
            seen_h1
            and len(text.split()) >= 3
            and not _ITEM_SECTION.fullmatch(text)
            and not any(_tag(a) in _PAGE_FURNITURE for a in el.iterancestors())
        ):
            return text
    return ""


# An English site's name after its page's in the <title>: the body that publishes it.
_EN_BODY = re.compile(
    r"^(?:[A-Z][\w'’.&-]*\s+){0,6}(?:Council|Government|Department|Ministry|Agency|Authority|Office|Commission|"
    r"Trust|Bureau|Administration|Service|Institute|University|College)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})?$"
    # a local government by its place: "… | City of Helsinki"
    r"|^(?:City|County|Municipality|Borough|Town|Shire) of [A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}$"
)


# "Title: | X" in a table's row too, the row's further cells left out
_EN_TITLE_LABEL = re.compile(r"(?m)^\s*Title\s*:\s*(?:\|\s*)?([A-Z][^\n|]{3,150}?)\s*(?:\||$)")
# a cover sheet's fields, not a contact block further down ("Title: Communications Manager")
_TITLE_LABEL_LINES = 15


# The part of a site a page sits in, after the body's name: "Louisville Metro Government Careers";
# a name left that opens with a kind of government is no body's ("Local Government Jobs", "Open
# Government Portal", "Civil Service Jobs")
_SITE_SECTION = re.compile(r"\s+(?:Careers|Jobs|News|Newsroom|Portal|Website|Online)$")
_GENERIC_BODY = re.compile(
    r"^(?:Open|Local|Civil|Public|Federal|National|State|Central|General|Digital|The)\b"
)


def _is_site_body(part: str) -> bool:
    if _EN_BODY.match(part):
        return True
    body = _SITE_SECTION.sub("", part)
    return body != part and bool(_EN_BODY.match(body)) and not _GENERIC_BODY.match(body)


def _site_body(root, title: str) -> str:
    return next((_SITE_SECTION.sub("", p) for p in _title_parts(root) if p != title and _is_site_body(p)), "")


# The element a site prints its own name in, above every page ("Texas Constitution and Statutes")
_SITE_NAME_CLASS = re.compile(
    r"site[-_]?(?:title|name)|sitename|logo[-_]?(?:text|title)|brand[-_]?name", re.I
)
_SITE_NAME_CHARS = 60


def _site_name(root) -> str:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue  # a comment or a processing instruction
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _SITE_NAME_CLASS.search(marks):
            name = " ".join(el.text_content().split())
            if 2 <= len(name) <= _SITE_NAME_CHARS:
                return name
    return ""


# A page's <title> writes its site after the page's own name: "Chief Data Officer … - INF-17-1 (EP) -
# King County, Washington"
_TITLE_PARTS = re.compile(r"\s+[-|–—]\s+")


# ... which a Chinese portal joins without spaces: "…數位轉型-新聞稿-花蓮縣政府全球資訊網"
_ZH_TITLED_SITE = re.compile(r"[-_|–—｜]([\u4e00-\u9fff]{2,30}(?:网|網|网站|網站))$")


def _titled_site(root) -> str:
    """The last part of the page's <title>, where it has parts: the site that holds the page."""
    head = next(root.iter("title"), None)
    written = " ".join(head.text_content().split()) if head is not None else ""
    parts = _TITLE_PARTS.split(written)
    if len(parts) > 1 and 2 <= len(parts[-1]) <= _SITE_NAME_CHARS:
        return parts[-1]
    joined = _ZH_TITLED_SITE.search(written)
    return joined.group(1) if joined else ""


def metadata(root, page_text: str, content_lines: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """front_matter (title, date: the written date, portal_date: the page's 发布时间, issuer,
    doc_number, source) and extra fields, only as found."""
    front: dict[str, str] = {}
    extra: dict[str, str] = {}
    # 法規名稱: the field Taiwan's law databases give a rule's name in
    title = _meta(root, "ArticleTitle") or _labelled(page_text, "标题|名称|文件名称|法规名称")
    if not title:
        title = _meta(root, "og:title", "dc.title")
    if not title:
        for el in root.iter("h1", "h2"):
            t = " ".join(el.text_content().split())
            if len(t) >= 6 and HAN_CHAR.search(t):
                title = t
                break
    if not title:  # a paper's cover sheet: "Title: Establishing the role of Chief Data Officer"
        head = [ln for ln in page_text.splitlines() if ln.strip()][:_TITLE_LABEL_LINES]
        labelled = _EN_TITLE_LABEL.search("\n".join(head))
        title = labelled.group(1) if labelled else ""
    title = title or _title_from_tag(root)
    record = _RECORD_PAGE.match(title)
    if record:  # "Agenda Item History - 2025.EX21.5": a council system's page of one item, titled below
        title = _item_title(root) or title
    if title:
        front["title"] = title

    # 公发布日: Taiwan's law pages (法規資料庫) give a rule's promulgation date so, and 修正日期
    # the date of the amended text they show (the 發文字號 beside it is the amendment's)
    written = _labelled_date(page_text, "成文日期|成文时间|印发日期|发文日期|修正日期|公发布日")
    published = _labelled_date(page_text, "发布日期|发布时间|公开日期|发文时间|日期|时间")
    meta_pub = _meta(
        root,
        "PubDate",
        "publishdate",
        "article:published_time",
        "dc.date",
        "dc.date.issued",
        "dcterms.issued",
    )
    if not published and meta_pub:
        m = re.search(_DATE, meta_pub)
        published = _iso(m) if m else ""
    published = published or _english_published(page_text)
    if written:
        front["date"] = written
    if published:  # the document's own date (its signature's) first: ingest.metadata
        front["portal_date"] = published
        extra["published"] = published

    number = _labelled(page_text, "发文字号|文号|发文号|文件编号|字号")
    if not (number and _is_doc_number(number)):
        number = next((ln for ln in content_lines[:10] if _is_doc_number(ln.strip())), "")
    number = number or ((record.group("ref") or "") if record else "")  # the item's number cites it
    if number:
        front["doc_number"] = number.strip()

    issuer = _labelled(page_text, "发文机关|发文单位|发布机关|制发机关")
    if not issuer:
        candidate = _labelled(page_text, "发布机构") or ""
        if candidate and not re.search(r"网站|门户|网$", candidate):
            issuer = candidate
    if not issuer:
        candidate = _meta(root, "ContentSource") or _labelled(page_text, "来源|信息来源|文章来源")
        # a named body (邢台市数据局, "Nansha Government Services and Data Management Bureau"), not
        # the site's own unit that posted the page (信息中心, 院办)
        if candidate and (
            (_ORG_SUFFIX.search(candidate) and not _OWN_UNIT.fullmatch(candidate.strip()))
            or EN_ORG_LINE.match(candidate.strip())
        ):
            issuer = candidate
        elif candidate:
            extra["html_source_label"] = candidate
    # an English page's details table ("Issued by | Department of …") before the site's name
    issuer = issuer or issuer_in_cell(page_text) or _site_body(root, title)
    if issuer:
        front["issuer"] = issuer
    else:  # the unit that posted it (發布單位：計畫處), which may be the site owner's own office
        posted_by = _labelled(page_text, "发布单位")
        if posted_by:
            front["posted_by"] = posted_by

    site = _site_name(root) or _titled_site(root)
    if site:
        front["site_name"] = site

    url = ""
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            url = el.get("href").strip()
    url = url or _meta(root, "og:url", "url")
    if url:
        front["source"] = url
    else:  # the government site its links point to (www.capetown.gov.za), where it names no address
        host = links_host("\n".join(a.get("href") or "" for a in root.iter("a")))
        if host:
            front["site_host"] = host
    # the pager of a page whose text goes on on the next one, in the text or in a navigation
    # bar's links, which the page's lines leave out ("Next: Part 2: Reporting …")
    links = "\n".join(" ".join(a.text_content().split()) for a in root.iter("a"))
    pages = first_page_of(page_text) or first_page_of(links)
    if pages:
        front["complete"] = "no"
        front["note"] = f"the page stored is page 1 of {pages}"
    crumb = re.search(r"(?:您现在所在的位置|您的位置|当前位置|所在位置)\s*[:：]?\s*(.+)", page_text)
    if crumb:
        path = re.sub(r"\s*(?:>>|>|»|/|→)\s*", " > ", crumb.group(1).split("\n")[0]).strip(" >")
        extra["breadcrumb"] = path
        if "source" not in front and path:
            front["source"] = path
    return front, extra


# --------------------------------------------------------------------------- main content

_CONTAINERS = (
    "TRS_Editor", "trs_editor", "zoom", "Zoom", "UCAP-CONTENT", "ucapcontent", "ucap_content",
    "article-content", "article_content", "articleContent", "article-body", "pages_content",
    "xxgk_content", "detail-content", "detail_content", "news_content", "newsContent", "content_text",
    "contentText", "conTxt", "con_text", "wzcon", "Custom_UnionStyle", "view TRS_UEDITOR",
    "TRS_UEDITOR", "zwgk_content", "artibody", "mainText", "main-txt", "txt_content",
    "js_content", "rich_media_content",  # a WeChat 公众号 article (mp.weixin.qq.com), saved
)  # fmt: skip


def _known_container(root):
    """The article element that government CMSs (TRS, Hanweb, ...) and WeChat mark by id or class:
    readability keeps the part with the most running text and drops a 公众号 article's headings,
    which WeChat sets in short styled <section>s (一、总则)."""
    best = None
    best_len = 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("id") or ""
        classes = (el.get("class") or "").split()
        if ident in _CONTAINERS or any(c in _CONTAINERS for c in classes):
            size = len("".join(el.text_content().split()))
            if size > best_len:
                best, best_len = el, size
    return best if best_len >= MIN_CONTAINER_CHARS else None


def _readability(html: str):
    import lxml.html
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises its own Unparseable and lxml errors
        return None
    root = lxml.html.fromstring(summary)
    return root if len("".join(root.text_content().split())) >= MIN_CONTENT_CHARS else None


def _trafilatura(html: str) -> list[str]:
    try:
        import trafilatura
    except ImportError:
        return []
    text = trafilatura.extract(html, include_tables=True, include_comments=False) or ""
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# A list or block whose text is nearly all link text is a menu of other pages ("Related links",
# share buttons, "Other items on this agenda"), not the document's text.
_LINK_SHARE = 0.8
_LINK_BLOCKS = {"ul", "ol", "div", "section", "p", "dl"}
_CARDS = {"div", "li", "article", "section"}  # what holds a teaser: its link heading and summary


def _link_dense(el) -> bool:
    whole = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return whole > 0 and linked >= _LINK_SHARE * whole


def _main_landmark(root):
    """The page's own mark of its main content: one <main>, or role="main"; None otherwise."""
    marked = [el for el in root.iter() if _tag(el) == "main" or el.get("role") == "main"]
    if not marked or any(el not in marked[0].iter() for el in marked):
        return None  # two main parts, or none: nothing to trust
    return marked[0]


_SELF_LABEL = re.compile(r"\s*[^\s:：|]{1,20}\s*[:：]")  # a block that says what it is: "Share:", "分享到："


def _without_link_lists(element):
    """A copy without the link lists inside it, the teaser cards headed by a link to another
    page ("Council adopts budget" over its summary), and the headings that only introduce them."""
    import copy

    main = copy.deepcopy(element)
    for el in [e for e in main.iterdescendants() if _tag(e) in _LINK_BLOCKS and _link_dense(e)]:
        heading = el.getprevious()
        # (not when the block says what it is itself, "Share: Facebook X": the heading above is
        # the page's own, an executive order's subtitle)
        if heading is not None and _tag(heading) in _HEADINGS and not _SELF_LABEL.match(el.text or ""):
            heading.drop_tree()
        el.drop_tree()
    for heading in [e for e in main.iterdescendants() if _tag(e) in _HEADINGS and _link_dense(e)]:
        card = heading.getparent()
        if card is not None and card is not main and _tag(card) in _CARDS:
            card.drop_tree()
    for heading in [e for e in main.iterdescendants() if _tag(e) in _HEADINGS]:
        parent = heading.getparent()
        if parent is not None and parent is not main and len(parent) == 1:
            parent.drop_tree()  # a section left with its heading alone ("Related news")
    return main


def _with_landmark(root, lines: list[str]) -> list[str]:
    """The lines of the page's main landmark where readability's choice lies wholly inside it:
    readability keeps the part with the most running text and can drop the rest of the document
    with it (a meeting portal's vote table, a regulation database's header table)."""
    main = _main_landmark(root)
    if main is None or not set(lines) <= set(html_lines(main)):
        return lines
    marked = [ln for ln in html_lines(_without_link_lists(main)) if not is_chrome(ln)]
    return marked if len(marked) > len(lines) else lines


def _strip_prolog(html: str) -> str:
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html)


def read(path: Path, data: bytes, progress: Callable[[int, int], None] | None = None) -> Extracted:
    """Read a saved web page: one page (label None) of main-text lines plus metadata."""
    import lxml.html
    from lxml.etree import ParserError

    if len(data) > MAX_HTML_BYTES:
        raise FileError(
            path,
            f"HTML page is {len(data) // 2**20} MB, over the {MAX_HTML_BYTES // 2**20} MB limit",
            "check the file",
        )
    html = _strip_prolog(decode(data))
    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError) as exc:
        raise FileError(
            path, f"not a readable HTML page ({exc})", "save the page again as 'HTML only'"
        ) from exc
    for el in list(root.iter("script", "style", "noscript", "template")):
        el.drop_tree()
    disclosing = [el for el in root.iter("button") if _discloses(el)]
    for el in disclosing:  # an FAQ's questions are its text to readability too, whose heuristics
        el.tag = "span"  # drop buttons and the headings classed as headers ("accordion-header")
        parent = el.getparent()
        if parent is not None and _tag(parent) in _HEADINGS:
            parent.attrib.pop("class", None)
    if disclosing:
        html = lxml.html.tostring(root, encoding="unicode")
    page_lines = html_lines(root)
    page_text = "\n".join(page_lines)

    method = "container"
    container = _known_container(root)
    if container is not None:
        lines = html_lines(container)
    else:
        method = "readability"
        summary = _readability(html)
        lines = html_lines(summary) if summary is not None else []
        if lines:
            lines = _with_landmark(root, [ln for ln in lines if not is_chrome(ln)])
        else:
            method = "trafilatura"
            lines = _trafilatura(html)
    lines = [ln for ln in lines if not is_chrome(ln)]
    if not lines:
        raise FileError(
            path, "no main text found on the page", "save the article page itself, not a list page"
        )

    front, extra = metadata(root, page_text, lines)
    if "complete" not in front and _ends_whole(container if container is not None else root, lines):
        front["complete"] = "yes"
    title = front.get("title", "")
    if title and not any(fold_key(title) == fold_key(ln) for ln in lines[:4]):
        lines.insert(0, title)
    extra["html_extractor"] = method
    if progress:
        progress(1, 1)
    return Extracted(
        pages=[RawPage(label=None, text="\n".join(lines))], front_matter=front, format="html", extra=extra
    )


# What a page's text may end with after its body: who to contact ("Contact us", the team,
# "Email: data@…", "联系电话：…"), when it was updated, "Was this page helpful?": short lines that
# end no sentence.
_AFTER_BODY = 6  # lines
_CONTACT = re.compile(
    r"\S+@\S+\.\w+|^(?:e-?mail|tel|telephone|phone|fax|联系电话|电话|邮箱|电子邮箱|传真|联系人)\s*[:：]", re.I
)
_SHORT_LINE = 60  # characters: a heading or a team's name, not a paragraph
_CUT = re.compile(r"[,，、;；:：]$|\b(?:and|or|of|to|on|the|a|an|in|for|with|by)$", re.I)
_UPDATED = re.compile(
    r"(?:last\s+)?updated|最后更新|更新(?:日期|时间)|was this page helpful|本页内容是否有帮助", re.I
)
# ... and an infographic's credits: who drew it and the link to the text it draws ("（图片制作：…
# 设计：…）", "原文链接：…"), which a page keeps only at its end (not a news page's 来源 or 责任编辑,
# which may follow a copy cut short)
_CREDIT = re.compile(
    r"^[（(]?\s*(?:图片制作|圖片製作|制图|製圖|原文链接|原文鏈接|image credit)\s*[:：]", re.I
)


def _ends_whole(root, lines: list[str]) -> bool:
    """A page whose body ends with a sentence or an item of a list (<li>, which ends no sentence:
    "the CDO post is funded from the IDS budget"), before at most a few short closing lines, is
    whole: the mid-sentence test of kb.sources.is_complete cannot see past a contact block or
    tell a list's last item from a copy cut short, and the page's structure can."""
    items = {
        " ".join(li.text_content().split())
        for li in root.iter("li")
        if not any(_tag(a) in _PAGE_FURNITURE for a in li.iterancestors())
    }
    closing = False  # a contact or an update line seen: short lines above it close the page too
    credited = False  # an infographic's credits seen: its short points above reach the page's end
    for n, line in enumerate(reversed(lines[-_AFTER_BODY - 1 :])):
        line = " ".join(line.split())
        if _CUT.search(line):
            return False  # "… within three months, and": a clause cut short, even in a list
        if len(line) > _SHORT_LINE // 2 and (line in items or re.search(r"[.。!?！？]$", line)):
            # a list's last item (a last sentence is whole to is_complete already), or either
            # before the closing lines
            return line in items if n == 0 else closing
        credit = bool(_CREDIT.match(line))
        if _CONTACT.search(line) or _UPDATED.search(line) or credit:
            closing = True
            credited = credited or credit
        elif len(line) > _SHORT_LINE:
            return False  # a paragraph that ends no sentence
    # short points to the last, then the page's credits (一图读懂's "原文链接：…"): a page of
    # points reaches its end, where a copy cut short would stop in a sentence
    return credited


def fold_key(text: str) -> str:
    return re.sub(r"\s+", "", text)
