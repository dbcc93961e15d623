"""Remove the junk that web portals, converters and reposts leave in policy texts.

`clean` keeps content as written: traditional stays traditional, Chinese punctuation and
legitimate parentheses stay. It is a list of small named rules so each one can be tested
on the real junk of the shipped corpus:

- character rules: line endings, zero-width/control characters, full-width letters/digits;
- line rules: portal chrome (breadcrumbs, share/print bars, ICP lines, image names, bullets
  that only carry metadata: metadata.py reads those from the raw text instead);
- tail rules: "follow us" blocks, vendor "about us" adverts, and unrelated items appended
  after an end marker such as "- END -" / "（完）" / "责任编辑";
- span rules: pinyin glosses after characters (`數(shù)據(jù)` -> `數據`), escaped quotes, and
  runs of machine-translation repetition.

`clean` runs the rules to a fixed point, so clean(clean(x)) == clean(x).
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable

from kb.text import is_pinyin_syllable

_HAN = re.compile("[\u3400-\u9fff]")

# ---------------------------------------------------------------------------------------------
# Character rules


def normalize_newlines(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become \\n."""
    return re.sub(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]", "\n", text)


_KEEP_CONTROLS = {"\n", "\t"}


def remove_invisible(text: str) -> str:
    """Drop zero-width and control characters (BOM, ZWSP, soft hyphen, bidi marks...) and
    turn no-break/odd-width spaces into plain spaces; tabs and newlines stay."""
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _KEEP_CONTROLS:
            out.append(ch)
        elif cat in ("Cc", "Cf", "Cs", "Co", "Cn") and not ("\ue000" <= ch <= "\uf8ff"):
            continue
        elif cat == "Zs" and ch != "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()}


def fold_fullwidth_alnum(text: str) -> str:
    """Ａ１ -> A1 for letters and digits only; （一） and other punctuation stay as written."""
    return text.translate(_FULLWIDTH_ALNUM)


def strip_line_space(text: str) -> str:
    """Indentation (ASCII or ideographic spaces, tabs) and trailing spaces carry no content."""
    return "\n".join(line.strip(" \t\u3000") for line in text.split("\n"))


def collapse_blank_lines(text: str) -> str:
    """At most one blank line in a row; none at the start or the end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


# ---------------------------------------------------------------------------------------------
# Line rules: portal chrome

_BULLET = "•·●▪◆◇■□○◦►▶-*"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Whole lines that are navigation, sharing, printing or page furniture (after bullets go).
_CHROME_EXACT = _words(
    """
    头部 底部 頭部 页头 页脚 頁頭 頁腳 政务微信 政务微博 政務微信 政務微博 微信 微博 手机版 手機版 无障碍 無障礙 长者模式 長者模式 无标题文档 無標題文檔 打印本页
    文档简介 文檔簡介 文档介绍 文檔介紹 无障碍浏览 無障礙瀏覽 网站地图 網站地圖 搜索 搜尋 列印 返回页首 返回頁首
    登录 登錄 注册 註冊 English 简体 繁体 繁體 简体版 繁体版 繁體版
    打印本頁 关闭窗口 關閉窗口 关闭本页 關閉本頁 扫码查看 掃碼查看 展开 展開 收起 展开> 展開> 返回顶部 返回頂部 返回首页 返回首頁 打印 关闭 關閉 【打印】 【关闭】
    跳到主要内容 跳到主要內容 跳到主要内容区块 跳到主要內容區塊 回列表 回到列表 返回列表 回顶端 回頂端 回上一页 回上一頁
    【關閉】 分享 分享到 相关附件 相關附件 附件下载 附件下載 上一篇 下一篇 扫一扫 掃一掃 二维码 二維碼 视频 視頻 图片 圖片 字号 字號
    """
)
_CHROME_PREFIX = re.compile(
    r"^(?:"
    r"您(?:现在|現在)?(?:所在|當前|当前)?的?位置|(?:当前|當前|现在|現在)位置|您的位置"
    r"|分享到|【\s*(?:字体|字體|字号|字號|打印|关闭|關閉)|(?:字体|字體|字号|字號|字級|字级)(?:设定|設定)?\s*[:：]|[【\[]?\s*(?:大|中|小)\s*[】\]]\s*[【\[]\s*(?:大|中|小)"
    r"|扫一扫在手机|掃一掃在手機|用手机扫|用手機掃|扫描二维码|掃描二維碼|手机扫码|手機掃碼"
    r"|您访问的链接即将离开|您訪問的鏈接即將離開|您即将离开|您即將離開"
    r"|网站标识码|網站標識碼|主办单位|主辦單位|承办单位|承辦單位|版权所有|版權所有|技术支持|技術支持"
    # a portal's footer: 主办：…　承办：…; 建议使用1366×768分辨率 IE10以上版本浏览器浏览本站
    # (a line of the footer's, with no sentence in it: not a training notice's 主办：…；承办：…。, nor
    # "建议使用国产浏览器访问政务系统。")
    r"|(?:主办|主辦)\s*[:：][^\n。；;]*(?:承办|承辦)[^\n。；;]*$"
    r"|(?:建议|建議)(?:使用|采用|採用)[^\n。]{0,40}(?:浏览器|瀏覽器|分辨率)[^\n。]{0,20}(?:本站|本网站|本網站)"
    r"|责任编辑|責任編輯|编辑\s*[:：]|編輯\s*[:：]|审核\s*[:：]|審核\s*[:：]|校对\s*[:：]|校對\s*[:：]"
    # an English news page's byline of its editor, a name alone: "Editor: Chen Yutong"
    r"|(?i:editor|edited by|responsible editor|chief editor)\s*:\s*[^\n.;:!?]{1,40}$"
    r"|相关附件\s*[:：]|相關附件\s*[:：]|附件下载\s*[:：]|附件下載\s*[:：]"
    r"|首页\s*[|>›»/]|首頁\s*[|>›»/]|首页\s*$|首頁\s*$"
    # a news site's login and date bar: 登录 | 注册　今天是：2024年5月16日 星期四
    r"|(?:登录|登錄)\s*[|｜/]\s*(?:注册|註冊)|今天是\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|週)"
    r"|展开\s*[>›»]|展開\s*[>›»]|收起\s*[<‹«]"
    r"|(?:更多精彩|更多资讯|更多資訊|更多内容|更多內容)[^\n]{0,12}(?:关注|關注)"
    r"|(?:欢迎|歡迎)?(?:关注|關注)(?:我们|我們|公众号|公眾號|官方微信)"
    r"|长按(?:识别|識別|二维码|二維碼)|長按(?:識別|二維碼)"
    # a WeChat official account's furniture: 点击上方蓝字关注我们, 阅读原文, 在看, 点赞, 写留言
    r"|(?:点击|點擊)(?:上方|下方)?(?:蓝字|藍字)|(?:阅读原文|閱讀原文|写留言|寫留言)\s*$|(?:分享|点赞|點讚|在看|收藏)(?:\s*[|｜/、]?\s*(?:分享|点赞|點讚|在看|收藏))+\s*$"
    r"|[【\[]?(?:广告|廣告)[】\]]?\s*[:：]|[【\[](?:推广|推廣|广告|廣告)[】\]]"  # an advert: "广告：XX平台…", "【推广】", "【广告】…"
    # Document-sharing sites (a standard previewed on a 文库): "版权说明:本文档由用户提供并上传…"
    r"|(?:版权说明|版權說明|版权声明|版權聲明)\s*[:：]\s*本(?:文档|文檔)"
    r"|(?:上一篇|下一篇|上一條|下一條|上一条|下一条)\s*[:：]"  # the portal's links to its other stories
    r")"
)
# An English portal's furniture, a line each (Canada.ca, gov.uk, a state's site): skip links,
# language and search boxes, sharing, feedback, the modified date, footer links.
_EN_CHROME = re.compile(
    r"^(?:skip to\b.{0,40}|language selection|search(?: [\w-]+(?:\.[\w-]+)*\.(?:ca|gov|com|org|uk|au|nz|us))?"
    r"(?:\s*\[search\])?|menu|main menu|français|english|"
    r"中文|简体中文|繁體中文|简体|繁體|"  # the language switch of a bilingual site
    r"contact the (?:writer|author|reporter|editor)s? at \S+@\S+|"  # a news site's byline
    # (its buttons after a colon, a bar or a space: "Share this page Facebook X LinkedIn Email Print",
    # "Share this page: Facebook X Email Copy link")
    r"share this (?:page|job|article|story|post)(?:\s*:?\s*(?:facebook|linkedin|twitter|x|email|print|copy link)"
    r"(?:\s*[|•]\s*\w+|\s+(?:facebook|linkedin|twitter|x|email|print|whatsapp|copy link))*)?|print this page|"
    # a job board's links to the employer's other postings, on one line ("Related jobs: A | B")
    r"(?:similar|related|other|more) (?:jobs|vacancies|job postings)\s*:.*\|.*|"
    # a job board's account and sharing bar: Sign In | Create an Account | Job Alerts, Apply Now
    r"sign in(?: to save this job)?|sign up|log ?in|log ?out|create an account|my account|job alerts?|apply(?: now)?|"
    r"print|share\s*:\s*(?:email|facebook|x|twitter|linkedin|whatsapp|wechat|weibo|print)"
    r"(?:[\s|•,]+(?:email|facebook|x|twitter|linkedin|whatsapp|wechat|weibo|print))*|"
    r"back to (?:the )?top|on this page|report a problem(?: or mistake)?(?: on this page)?|"
    r"menu\s+search|was this (?:page|information|article) (?:helpful|useful)\??(?:\s+yes\s*[|/]?\s*no)?"
    r"(?:\s*[·•|]\s*report a problem(?: or mistake)?(?: (?:with|on) this page)?)?|te reo māori|"
    r"date modified\s*:.{0,20}|(?:page )?last updated\s*:.{0,20}|about this site|contact us|terms and conditions|"
    r"privacy(?: policy| notice)?|accessibility(?: statement)?|sitemap|site map|related links|document details|"
    r"terms of (?:use|service)|(?:agency |employer )?login|powered by [\w .-]{1,40}|"
    r"page views\s*:\s*[\d,]+|"
    # a page's tools bar ("Translate | Text Size: A | Print | Email | Share on Facebook")
    r"translate|text size(?:\s*:.{0,12})?|share on (?:facebook|x|twitter|linkedin|email)|email this page|"
    # the site's own name over the page ("Dane County Executive - Official Website")
    r".{1,80}?\s[-–|]\s*official (?:web)?site|"
    # a UK or Australian government page's protective marking, printed on every page
    r"official(?:[- ]sensitive)?|unclassified|protected|for official use only|"
    # a site's cookie banner: its heading, its sentence and its buttons ("Cookies on bristol.gov.uk",
    # "We use some essential cookies to make this website work. …", "[Accept additional cookies]")
    r"cookies on \S+|(?:this (?:site|website) uses|we(?:'d like to)? (?:use|set)) (?:some |essential |"
    r"necessary |additional |optional |analytics )*cookies\b.{0,400}|"
    r"(?:\[?(?:accept|reject|allow|decline)(?: all| additional| optional| analytics| essential)? cookies\]?\s*)+"
    r"(?:(?:view|manage|change) (?:your )?cookies?(?: settings| preferences)?)?|"
    r"(?:view|manage|change) (?:your )?cookies?(?: settings| preferences)|cookie (?:settings|preferences|policy|notice))$",
    re.IGNORECASE,
)
# A bar of links (网站地图 | 联系我们 | 隐私声明; "Social media • Mobile applications • Privacy") or a
# breadcrumb (Canada.ca > Natural Resources Canada > Transparency): three or more short parts,
# no sentence among them.
_LINK_BAR = re.compile(r"\s+[|｜•·]\s+|\s*[|｜]\s*")
_CRUMB = re.compile(r"\s+[>›»/]\s+")
_ARROW_CRUMB = re.compile(r"\s+[>›»]\s+")
_CRUMB_CHARS = 20  # a portal's column or site name (区政务服务和数字化建设管理局), not a sentence
# four names by arrows: a process written so has fewer steps than a site has levels, as a rule
_EN_CRUMB_PARTS = 4
_CAPITALISED_NAME = re.compile(
    r"^[A-Z0-9][\w.&'’-]*(?:[ ,]+(?:[A-Z0-9&][\w.&'’-]*|and|of|the|for|on|in)){0,6}$"
)
_SITE_NAME = re.compile(r"(?:政府|网|網|网站|網站|门户|門戶|首页|首頁|局|厅|廳|委员会|委員會|办公室|辦公室)$")


_PAPER = re.compile(r"(?:日报|日報|晚报|晚報|数字报|數字報|新闻网|新聞網)$")  # not 政务外网 | 互联网
_MEDIA_NAME = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:网|網|日报|日報|晚报|晚報|数字报|數字報|客户端|客戶端)$")
_HOME = re.compile(r"^(?:home|首页|首頁|主页|主頁|\S+\.(?:gov|ca|uk|au|com|org|net|cn|hk))$", re.IGNORECASE)
_FOOTER_WORDS = _words(
    "网站地图 網站地圖 联系我们 聯繫我們 隐私声明 隱私聲明 法律声明 法律聲明 网站声明 網站聲明 关于我们 關於我們"
)


# A page's links to its accounts ("Follow us: Facebook | X | Instagram"), parts of a bar of links
_SOCIAL = re.compile(
    r"^(?:follow us\s*:\s*)?(?:facebook|x|twitter|instagram|youtube|linkedin|wechat|weibo|tiktok|flickr)$",
    re.I,
)


def _is_link_bar(line: str) -> bool:
    """A footer's bar of links, one of them a site's own (Privacy, Contact us, 联系我们), or a
    breadcrumb from a site's home: not a row of a table, nor a line of the text that uses bars."""
    if line.startswith(("|", "｜")) or line.endswith(("|", "｜")):
        return False  # a table's row
    sentence = r"[。；;!?！？]|\.\s|\.$"
    parts = [p.strip() for p in _LINK_BAR.split(line) if p.strip()]
    # two of its links a site's own: a table's row ("Privacy | Chief Privacy Officer | Quarterly")
    # may hold one such word
    chrome = sum(bool(_EN_CHROME.match(p) or _SOCIAL.match(p)) or p in _FOOTER_WORDS for p in parts)
    if len(parts) >= 2 and chrome == len(parts):
        return True  # "English | 中文"
    if len(parts) >= 3 and chrome >= 2 and not any(re.search(sentence, p) for p in parts):
        return True
    # a site's menu from its home page: "Home | China | World | Business", or after the site's own
    # name ("文匯網 | 首頁 | 香港 | 內地 | …")
    if (
        len(parts) >= 4
        and any(_HOME.match(p) for p in parts[:2])
        and all(len(p) <= 40 and not re.search(sentence, p) for p in parts)
    ):
        return True
    # a menu spaced out from 首页 ("首页  绵阳要闻  区县新闻  科技城 …"), or a paper's masthead of
    # its site's and its editions' names ("绵阳新闻网 | 绵阳日报 绵阳晚报 数字报")
    spaced = [p for p in re.split(r"\s{2,}|\u3000+", line.strip()) if p]
    if len(spaced) >= 4 and _HOME.match(spaced[0]) and all(len(p) <= 8 for p in spaced):
        return True
    names = [n for p in parts for n in p.split()]
    papers = [n for n in names if _MEDIA_NAME.search(n)]
    if len(parts) >= 2 and len(names) >= 3 and papers == names and any(_PAPER.search(n) for n in names):
        return True
    crumbs = [p.strip() for p in _CRUMB.split(line) if p.strip()]
    if len(crumbs) >= 3 and bool(_HOME.match(crumbs[0])) and all(len(p) <= 40 for p in crumbs):
        return True
    # ... or from the site's own name, a government's or a portal's, by arrows ("长春市朝阳区人民政府
    # > 部门动态 > 通知公告"; not a process written "数据采集 > 数据治理 > 数据共享"): short names, no
    # sentence (a slash also writes "Canada / Alberta", so arrows only)
    arrows = [p.strip() for p in _ARROW_CRUMB.split(line) if p.strip()]
    return (
        len(arrows) >= 3
        and bool(_SITE_NAME.search(arrows[0]))
        and all(len(p) <= _CRUMB_CHARS and not re.search(sentence, p) for p in arrows)
    )


def _is_en_crumb(line: str) -> bool:
    """An English site's breadcrumb from whatever its home is called ("GNBnet > Finance and
    Treasury Board > OCIO > Policies, Standards and Directives"): four or more names, each
    capitalised, one a body's or a section's of three words or more (not "Plan > Do > Check >
    Act"). Only at the page's head (drop_chrome_lines): in the body such a line is a process
    ("Data Collection > Data Quality Review > Data Sharing > Archive")."""
    arrows = [p.strip() for p in _ARROW_CRUMB.split(line) if p.strip()]
    return (
        len(arrows) >= _EN_CRUMB_PARTS
        and any(len(p.split()) >= 3 for p in arrows)
        and all(len(p) <= 40 and _CAPITALISED_NAME.match(p) and not re.search(r"[.;!?]", p) for p in arrows)
    )


_CHROME_ANYWHERE = re.compile(
    r"ICP\s*备|ICP\s*備|ICP\s*证|ICP\s*證|公网安备|公網安備|网站标识码|網站標識碼|Copyright\s*©|版权所有\s*[©:]"
    r"|^©\s*(?:\w+\s+)?copyright\b"  # a page's "© Crown copyright 2024"
    r"|^©\s*(?:\d{4}\s*)?[\w .,&'’()-]{1,60}$"  # ... or "© Bristol City Council", "© 2025 State of Utah"
    r"|请输入(?:关键字|关键词|搜索)|請輸入(?:關鍵字|關鍵詞|搜尋)|高级检索|高級檢索"  # a site's search box
    r"|【\s*(?:打印本页|打印本頁|关闭窗口|關閉窗口)\s*】|(?:字号|字號)\s*[:：]\s*[\[【]?\s*大\s*[\]】]?\s*[\[【]?\s*中",
    re.IGNORECASE,
)
# Bullets and labels that only carry metadata (date, source, publisher, views).
_META_LINE = re.compile(
    r"^(?:"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:来源|來源|信息来源|信息來源|发布机构|發布機構|发布时间|發布時間|发布日期|發布日期|成文日期|"
    r"索引号|索引號|主题分类|主題分類|发文机关|發文機關|发文字号|發文字號|主题词|主題詞|作者|记者|記者|通讯员|通訊員|"
    r"浏览次数|瀏覽次數|阅读次数|閱讀次數|阅读量|閱讀量|点击数|點擊數|点击量|點擊量|访问量|訪問量)"
    r"\s*[:：][^\n]{0,60}"
    r")$"
)
# ... and an English page's fields about the post, side by side on one line
_EN_META_FIELD = re.compile(
    r"(?:posted|published|updated|last updated|category|categories|tags?|downloads?|views|page views|author|"
    r"filed under)\s*:",
    re.I,
)
# A row of sharing buttons as a page's text keeps them: "[Facebook] [X] [LinkedIn] [Mail]".
_SHARE_ROW = re.compile(r"^(?:\[[^\[\]\n\d]{1,20}\]\s*){3,}$")  # not a row of references, [1] [2] [3]
_IMAGE_NAME = re.compile(r"^[\w\-.()（）\u4e00-\u9fff]{0,60}\.(?:jpe?g|png|gif|bmp|webp|svg|tiff?)$", re.I)
# (":::" is the access-key anchor of Taiwan's government portals, above each block of the page)
_SEPARATOR = re.compile(r"^[-=_*~·•—–]{2,}$|^:::$")
# A placeholder a template or a scan leaves where an image stood: "[COUNTY SEAL]", "[LOGO]"
_PLACEHOLDER = re.compile(r"^\[(?:[A-Z]+\s+)?(?:SEAL|LOGO|EMBLEM|CREST|LETTERHEAD|SIGNATURE|IMAGE)\]$")
# A page template's rendering of an empty field (a repost's missing byline printed as "None").
_EMPTY_VALUE = frozenset({"None", "null", "undefined", "NaN"})


def _unbullet(line: str) -> tuple[str, bool]:
    s = line.strip(" \t\u3000")
    bulleted = bool(s) and s[0] in _BULLET and (len(s) == 1 or s[1] in " \t\u3000")
    return (s[1:].strip(" \t\u3000") if bulleted else s), bulleted


def is_chrome_line(line: str) -> bool:
    """True for a line of portal furniture or a metadata-only bullet/label line."""
    s, bulleted = _unbullet(line)
    if not s:
        return bulleted  # a lone bullet
    if s in _EMPTY_VALUE:
        return True
    tokens = [re.sub(r"[:：]+$", "", t) for t in re.split(r"[\s|｜/【】\[\]]+", s) if t]
    if tokens and all(t in _CHROME_EXACT for t in tokens):
        return True  # "打印本页 关闭窗口", "【打印】【关闭】"
    compact = re.sub(r"\s+", "", s)
    if re.sub(r"[:：]+$", "", compact) in _CHROME_EXACT:
        return True
    if _CHROME_PREFIX.match(s) or _CHROME_ANYWHERE.search(s) or _is_link_bar(s):
        return True
    if _EN_CHROME.match(s) and not bulleted:  # "• Privacy" is an item of a list
        return True
    if _META_LINE.match(s) and (bulleted or not re.match(r"^\d", s)):
        return True
    parts = [p for p in _LINK_BAR.split(s) if p.strip()]
    if len(parts) >= 2 and all(_EN_META_FIELD.match(p.strip()) for p in parts):
        return True  # "Posted: February 17, 2026 · Category: Executive Orders · Downloads: PDF (212 KB)"
    return bool(_IMAGE_NAME.match(s) or _SEPARATOR.match(s) or _SHARE_ROW.match(s) or _PLACEHOLDER.match(s))


_HEAD_LINES = 5  # the lines a page's banner, menu and breadcrumb take above its title
# A WeChat account's line under its name, at the head of a copied post: a body's name and its
# account's kind, nothing else ("深圳市政务服务和数据管理局官方公众号"; not "（三）加强政务微信公众号" nor a
# clause that names one)
_ACCOUNT_LINE = re.compile(
    r"[\u4e00-\u9fff]{2,24}?(?:官方)?(?:微信)?(?:公众号|公眾號|服务号|服務號|订阅号|訂閱號)"
)


def drop_chrome_lines(text: str) -> str:
    kept, seen = [], 0
    for line in text.split("\n"):
        at_head = seen < _HEAD_LINES
        seen += bool(line.strip())
        if not (
            is_chrome_line(line)
            or (at_head and (_is_en_crumb(line.strip()) or _ACCOUNT_LINE.fullmatch(line.strip())))
        ):
            kept.append(line)
    return "\n".join(kept)


# A page's details block, each label on a line over its value ("Published:" over "14 October 2025",
# "Directorate:" over "Digital Directorate"): one "label: value" line each, as other pages write
# them, so that a value is read as its label's (not as a heading over the text)
_LABEL_LINE = re.compile(r"(?:[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}|[\u4e00-\u9fff]{2,6})\s*[:：]")
_LABELLED_HEAD = 20  # lines: a page's details sit above its text
_VALUE_CHARS = 60


def join_head_labels(text: str) -> str:
    """Two or more labels in a row at the text's head, each over its value, joined each to its
    value; not a list's lead-in ("The Chief Data Officer:" over its first item)."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:_LABELLED_HEAD]
    pairs = [
        (at, value)
        for at, value in itertools.pairwise(filled)
        if _LABEL_LINE.fullmatch(lines[at].strip())
        and not _LABEL_LINE.fullmatch(lines[value].strip())
        and len(lines[value].strip()) <= _VALUE_CHARS
        and not _SENTENCE_END.search(lines[value].strip())
    ]
    # a details block: a pair whose label stands right below another pair's value
    position = {at: k for k, at in enumerate(filled)}
    chained = {
        pair
        for before, after in itertools.pairwise(pairs)
        if position[after[0]] == position[before[1]] + 1
        for pair in (before, after)
    }
    for at, value in sorted(chained, reverse=True):
        lines[at] = f"{lines[at].strip()} {lines[value].strip()}"
        del lines[at + 1 : value + 1]
    return "\n".join(lines)


# A printed page's number as PDF conversion leaves it on a line of its own ("— 2 —", "第 2 页 共 6
# 页", "Page 2 of 6", "-- 3 of 6 --" as pdf-parse separates pages), and the running header
# repeated after it (a line the text already had): both stand between a list's items.
_PAGE_MARK = re.compile(
    r"^(?:[-—–－]+\s*\d{1,4}(?:\s+of\s+\d{1,4})?\s*[-—–－]+|第\s*\d{1,4}\s*[页頁](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[页頁])?"
    r"|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?"
    r"|p\.\s*\d{1,4}(?:[ \t]{2,}\S.{0,30})?"  # "p. 2        SHB 1742.SL": a bill's page foot
    # a footer's running title with its page number set right ("Administration Policy CS-027 |
    # Chief Data Officer and Data Stewardship        Page 4 of 5")
    r"|\S.{0,100}?[ \t]{3,}page\s+\d{1,4}\s+of\s+\d{1,4})$",
    re.IGNORECASE,
)
# ... or without the page count ("Executive Order 25-07        Page 2"): a mark where the same title
# comes back with another page's number, not a contents list's entry ("1. Purpose      Page 2")
_RUNNING_PAGE = re.compile(r"^(\S.{0,100}?)[ \t]{3,}page\s+(\d{1,4})$", re.IGNORECASE)
# the rule a text copy draws beside a page mark to show the page's edge (not a signature's line
# or the rules around a 版记, which stand by no mark)
_RULE = re.compile(r"^[-—–_]{10,}$")
_SENTENCE_END = re.compile(r"[。；;.!?！？:：]$")


def drop_page_furniture(text: str) -> str:
    lines = text.split("\n")
    stripped = [line.strip(" \t\u3000") for line in lines]
    running = [_RUNNING_PAGE.match(s) for s in stripped]
    pages: dict[str, set[str]] = {}
    for m in filter(None, running):
        pages.setdefault(m.group(1).strip(), set()).add(m.group(2))
    marks = [
        bool(_PAGE_MARK.match(s)) or bool(m and len(pages[m.group(1).strip()]) >= 2)
        for s, m in zip(stripped, running, strict=True)
    ]
    for i in [i for i, s in enumerate(stripped) if _RULE.match(s)]:
        above = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
        below = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
        marks[i] = any(k is not None and marks[k] for k in (above, below))
    # The lines after each page mark; one that follows two or more marks is the running header
    # (a table of contents' heading repeated once in the body is not), and so is the header's
    # next line when it too comes back after every mark ("Republic of the Philippines" over
    # the department's name).
    # The lines before each mark likewise, where a copy sets the header above the page's number
    # ("Ministry of Digital Transformation" / "Circular Memorandum No. 7 of 2025" / "Page 2 of 6").
    dropped: set[int] = set()
    for step in (_next_line, _previous_line):
        near = [i for i, mark in enumerate(marks) if mark]
        for _ in range(_HEADER_LINES):
            near = [j for i in near if (j := step(stripped, marks, i)) is not None]
            counts = Counter(stripped[j] for j in near)
            header = {
                s for s, n in counts.items() if n >= 2 and _header_sized(s) and not _SENTENCE_END.search(s)
            }
            near = [j for j in near if stripped[j] in header]
            dropped.update(near)
    kept: list[str] = []
    broken = False  # a page mark since the last line kept
    for i, line in enumerate(lines):
        if marks[i] or i in dropped:
            broken = True
            continue
        if broken and stripped[i] and _continues(kept, stripped[i]):
            while kept and not kept[-1].strip():
                kept.pop()  # the page's gap inside a sentence ("… based on / p. 1 / agency inventories;")
        if stripped[i]:
            broken = False
        kept.append(line)
    return "\n".join(kept)


_HEADING_MAX = 30  # characters of a heading; a list item cut by the page's end runs longer
_HEADER_CHARS = 60  # a running header's length; one set in two parts may run to _SET_APART_CHARS
_SET_APART_CHARS = 120
_SET_APART = re.compile(r"\S[ \t]{3,}\S")


def _header_sized(line: str) -> bool:
    """A running header's length: short, or its parts set apart on the line ("Circular 07/2025 –
    Appointment of Chief Data Officers          Ciorclán 07/2025"), not a sentence wrapped."""
    return len(line) <= _HEADER_CHARS or (len(line) <= _SET_APART_CHARS and bool(_SET_APART.search(line)))


_HEADER_LINES = 3  # lines a running header may take (a body's name over its letterhead's address)


def _next_line(stripped: list[str], marks: list[bool], i: int) -> int | None:
    return next((k for k in range(i + 1, len(stripped)) if stripped[k] and not marks[k]), None)


def _previous_line(stripped: list[str], marks: list[bool], i: int) -> int | None:
    return next((k for k in range(i - 1, -1, -1) if stripped[k] and not marks[k]), None)


def _continues(kept: list[str], line: str) -> bool:
    """Whether `line` goes on with the sentence of the last line kept, across a page's end: a
    lower-case word after an unfinished line, or Chinese after a page-wide line cut mid-clause
    (not a heading, a date or a signature above the page's end)."""
    from ingest.formats.layout import STRUCTURE

    previous = next((k.strip(" \t\u3000") for k in reversed(kept) if k.strip()), "")
    if not previous or _SENTENCE_END.search(previous):
        return False
    if STRUCTURE.match(previous) and len(previous) <= _HEADING_MAX:
        return False  # a heading (第三章 …) at the page's foot, not a list item cut mid-sentence
    if line[:1].isascii():
        return line[:1].islower()
    return (
        bool(_HAN.match(line))
        and len(previous) >= _WRAP_MIN
        and bool(re.search(r"[\u4e00-\u9fff，、,]$", previous))
    )


# Printed line numbers, as a bill or a pleading prints them in its margin and text extraction
# keeps them: "12     (3) The legislature sets …", numbered 1, 2, 3 … down each page.
_LINE_NUMBER = re.compile(r"^(\d{1,2})(?:[ \t]+(.*))?$")
# A page's worth of lines numbered in a row (Washington's bills print 30 a page): no list numbers
# twenty bare items so (a list writes "1." or "(1)"), though a task table's 序号 column may, so
# the lines must also be English, as the bills and pleadings that print them are; once a text
# shows one such page, its shorter pages (the last) are numbered too.
MIN_NUMBERED_PAGE = 20
MIN_NUMBERED_TAIL = 3


def strip_line_numbers(text: str) -> str:
    lines = text.split("\n")
    numbers = [int(m.group(1)) if (m := _LINE_NUMBER.match(line)) else None for line in lines]
    runs: list[list[int]] = []  # the line indexes of each run numbered 1, 2, 3 … (blank lines between)
    i = 0
    while i < len(lines):
        if numbers[i] != 1:
            i += 1
            continue
        run, k = [i], i + 1
        while k < len(lines) and (not lines[k].strip() or numbers[k] == len(run) + 1):
            if lines[k].strip():
                run.append(k)
            k += 1
        runs.append(run)
        i = run[-1] + 1
    if not any(len(run) >= MIN_NUMBERED_PAGE and not any(_HAN.search(lines[k]) for k in run) for run in runs):
        return text
    for run in runs:
        if len(run) >= MIN_NUMBERED_TAIL:
            for k in run:
                lines[k] = _LINE_NUMBER.match(lines[k]).group(2) or ""
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Tail rules

_FOLLOW_US = re.compile(
    r"^(?:(?:更多精彩|更多资讯|更多資訊|更多内容|更多內容)[^\n]{0,12}(?:关注|關注)"
    r"|(?:欢迎|歡迎)?(?:关注|關注)(?:我们|我們|公众号|公眾號|官方微信)|长按(?:识别|識別|二维码|二維碼)|長按(?:識別|二維碼))"
)
# A portal's list of other stories after the article: "相关阅读：", "推荐阅读", "Related articles";
# cut, like an end marker, only when what follows is about something else.
_RELATED = re.compile(
    # in brackets or between rules ("—— 往期推荐 ——")
    # (a law page's "相關法規", a portal's "最新消息")
    r"^(?:#{1,6}\s*)?[-—–=~\s]*[【\[]?(?:相关|相關|延伸|推荐|推薦|热点|熱點|更多|往期|最新)"
    r"(?:阅读|閱讀|新闻|新聞|资讯|資訊|链接|鏈接|文章|文件|报道|報道|推荐|推薦|回顾|回顧|精选|精選|解读|解讀|法规|法規|消息)[】\]]?\s*[:：]?[-—–=~\s]*$"
    r"|^(?:#{1,6}\s*)?(?:related|more) (?:articles|stories|news|reading|links|content|pages|resources)\s*:?$"
    # a document library's links on the heading's own line: "Related issuances: MC No. 2025-009 · …"
    # (no sentence that binds someone: "Related documents: the CDO shall also publish …")
    r"|^related (?:issuances|documents|publications|circulars|orders)\s*:(?![^\n]*\b(?:shall|must|will|should)\b)",
    re.IGNORECASE,
)
# A forum thread below its first post: the post's edit note (本帖最后由 X 于 2025-7-21 09:02 编辑)
# and the replies, floor by floor (沙发 | 用户 | 发表于 …; 5# | …)
_FORUM_TAIL = re.compile(
    r"^(?:本帖最[后後]由\s*\S{1,20}\s*[于於]\s*[\d\s:-]{8,20}[编編][辑輯]"
    r"|(?:沙发|沙發|板凳|地板|\d{1,4}\s*[#楼樓])\s*[|｜]\s*[^|｜]{1,20}[|｜]\s*(?:发表于|發表於))"
)
# A job board's other postings after the one shown: cut whatever they share with it (they are
# jobs of the same employer).
_OTHER_POSTINGS = re.compile(r"^(?:similar|related|other|more) (?:jobs|vacancies|job postings)\s*:?$", re.I)
_END_MARKER = re.compile(r"^(?:[-—–_=~\s]*END[-—–_=~\s]*|[（(【\[]\s*完\s*[）)】\]])$")
_END_SUFFIX = re.compile(r"[（(【]\s*完\s*[）)】]$")
_EDITOR = re.compile(r"^(?:责任编辑|責任編輯)")
_ABOUT_HEADING = re.compile(r"^(?:关于|關於|关於|關于)\s*([\u4e00-\u9fffA-Za-z]{2,10})$")
_VENDOR_WORDS = re.compile(
    r"提供商|服务商|服務商|供应商|供應商|解决方案|解決方案|有限公司|股份公司|科技公司|咨询公司|諮詢公司|服务模型|服務模型|软件产品|軟件產品"
)


def _features(text: str) -> set[str]:
    """Words (Latin, 4+ letters) and character bigrams (CJK): enough to tell topics apart."""
    feats = {w for w in re.findall(r"[a-z]{4,}", text.lower())}
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
        feats.update(run[i : i + 2] for i in range(len(run) - 1))
    return feats


def is_unrelated(before: str, after: str) -> bool:
    """True when `after` shares little vocabulary with `before` (an appended other story)."""
    feats = _features(after)
    if not feats:
        return True
    shared = len(feats & _features(before)) / len(feats)
    return shared < 0.5


# A list of links is of titles: short lines that end no sentence ("·盛泽镇召开数字化转型推进会");
# a title of 60 characters is long for a page's link
_LINK_CHARS = 60


def is_link_list(text: str) -> bool:
    """Only titles of other pages, a line each: the pages a portal links to after the article,
    about its topic or not."""
    lines = [line.strip(" \t\u3000") for line in text.split("\n") if line.strip(" \t\u3000")]
    return bool(lines) and all(len(line) <= _LINK_CHARS and not _SENTENCE_END.search(line) for line in lines)


def cut_tail(text: str) -> str:
    """Cut what follows the article: a "follow us" line or a forum post's end in the second
    half, or an end marker ("- END -", "（完）", 责任编辑; "相关阅读" in the second half) followed by
    unrelated text or, after a heading of related pages (相关链接, 往期推荐), by links alone."""
    lines = text.split("\n")
    half = len(text) / 2
    pos = 0
    for i, line in enumerate(lines):
        s = line.strip(" \t\u3000")
        in_second_half = pos >= half
        pos += len(line) + 1
        if (_FOLLOW_US.match(s) or _OTHER_POSTINGS.match(s) or _FORUM_TAIL.match(s)) and in_second_half:
            return "\n".join(lines[:i])
        if _END_MARKER.match(s) or _EDITOR.match(s) or (_RELATED.match(s) and in_second_half):
            before, after = "\n".join(lines[:i]), "\n".join(lines[i + 1 :])
            if is_unrelated(before, after) or (_RELATED.match(s) and is_link_list(after)):
                return before
        elif _END_SUFFIX.search(s):
            before, after = "\n".join(lines[: i + 1]), "\n".join(lines[i + 1 :])
            if is_unrelated(before, after):
                return "\n".join([*lines[:i], _END_SUFFIX.sub("", line).rstrip()])
    return text


_VENDOR_INTRO = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,10})\s*[,，]\s*是")
# An advertisement's line: a sales hotline with an offer ("【远航云仓】…扫码预约演示，限时享年度服务八折
# 优惠！咨询热线：400-880-6618")
# (a training notice's "报名热线：010-…" is a contact: an ad has a sales number or a price)
_SALES_NUMBER = re.compile(r"\b400[-\s]?\d{3}[-\s]?\d{4}\b")
_OFFER = re.compile(r"优惠|限时|预约|扫码|[一二三四五六七八九]折|特价|试用|领取")
_PRICE = re.compile(r"优惠|[一二三四五六七八九]折|特价|限时")


def drop_vendor_ads(text: str) -> str:
    """Drop a vendor's "about us" block in the last third: a paragraph that introduces a
    company ("X,是…提供商") and the "关于X" heading right before it; an advertisement's line."""
    lines = text.split("\n")
    start = len(text) * 2 // 3
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if offsets[i] < start:
            continue
        s = line.strip(" \t\u3000")
        if (_SALES_NUMBER.search(s) and _OFFER.search(s)) or ("热线" in s and _PRICE.search(s)):
            drop.add(i)
            continue
        intro = _VENDOR_INTRO.match(s)
        if not intro:
            continue
        prev = next((k for k in range(i - 1, -1, -1) if lines[k].strip(" \t\u3000")), None)
        heading = _ABOUT_HEADING.match(lines[prev].strip(" \t\u3000")) if prev is not None else None
        if heading and heading.group(1) == intro.group(1):
            drop.update({i, prev})
        elif _VENDOR_WORDS.search(s):
            drop.add(i)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


# ---------------------------------------------------------------------------------------------
# Span rules

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff\u3400-\u4dbf])([ \t]*\n?[ \t]*)\(\s*([a-z"
    + _TONED
    + r"ü]{1,6}(?:[ \t]+[a-z"  # a word's syllables, spaced: 數據(shù jù)
    + _TONED
    + r"ü]{1,6}){0,3}(?:[ \t]*\n[ \t]*[a-z"
    + _TONED
    + r"ü]{1,5})?)\s*\)"
)


def _is_syllable(word: str) -> bool:
    return is_pinyin_syllable(word)


def remove_pinyin_glosses(text: str) -> str:
    """`數(shù)據(jù)` -> `數據`: a pinyin syllable (or a word's tone-marked syllables, `數據(shù jù)`)
    in ASCII parentheses right after a character.

    Tone-marked syllables always go; toneless ones only in a text that is visibly glossed
    (3+ tone-marked glosses), so (a), (CDO), (1), (市、区) are never touched."""
    toned = [m for m in _GLOSS.finditer(text) if any(c in _TONED for c in m.group(2))]
    glossed_text = len(toned) >= 3

    def repl(m: re.Match[str]) -> str:
        word = re.sub(r"\s+", "", m.group(2))
        has_tone = any(c in _TONED for c in word)
        # 數據(shù jù): syllables spaced on one line (a syllable wrapped over two lines is one);
        # "(long run)" is English, toneless.
        parts = re.sub(r"[ \t]*\n[ \t]*", "", m.group(2)).split()
        spaced = len(parts) > 1
        syllables = all(_is_syllable(w) for w in parts) if spaced else _is_syllable(word)
        if not syllables or not (has_tone or (glossed_text and len(word) >= 2 and not spaced)):
            return m.group(0)
        return "\n" if "\n" in m.group(1) else ""  # keep a line break between char and gloss

    return _GLOSS.sub(repl, text)


def drop_markup_comments(text: str) -> str:
    """`<!-- INFO END -->` left by a Markdown/HTML converter: never content. str.find, not a
    regex, so a file of unclosed `<!--` stays linear."""
    parts, at = [], 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        parts.append(text[at:start])
        at = end + 3
    return "".join(parts) + text[at:] if parts else text


def unescape_quotes(text: str) -> str:
    r"""`\"` left by a JSON/HTML converter -> `"`."""
    return re.sub(r'\\+(["\'])', r"\1", text)


_WORD = r"[A-Za-z][A-Za-z'’\-]*"
_PHRASE = rf"{_WORD}(?: +{_WORD}){{0,5}}"
_EXACT_REPEAT = re.compile(rf"\b({_PHRASE})(?:(?: *,+ *| +)(?:and +)?\1\b){{2,}}")
_ITEM_SEP = re.compile(r" *,+ *(?:and +)?| +and +")
_SHORT_ITEM = re.compile(rf"^{_PHRASE}$")


def collapse_repetitions(text: str) -> str:
    """Machine-translation stutter: a phrase of 1-6 words repeated 3+ times in a row
    (commas/"and" between) becomes one occurrence; and in a comma list of short items where
    one item occurs 3+ times, the duplicates go ("technical integration,, technical
    integration, technology integration, and technical integration" -> two items)."""
    text = _EXACT_REPEAT.sub(r"\1", text)
    return "\n".join(_dedupe_lists(line) for line in text.split("\n"))


def _dedupe_lists(line: str) -> str:
    if line.count(",") < 2:
        return line
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;:!?])(\s+)", line):
        out.append(_dedupe_sentence(sentence))
    return "".join(out)


def _dedupe_sentence(sentence: str) -> str:
    parts: list[tuple[int, int]] = []  # spans of items between separators
    last = 0
    for m in _ITEM_SEP.finditer(sentence):
        parts.append((last, m.start()))
        last = m.end()
    parts.append((last, len(sentence)))
    if len(parts) < 3:
        return sentence
    # find maximal runs of short items; the last item may carry the sentence's end mark
    result = sentence
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        j = i
        while j < len(parts) and _SHORT_ITEM.match(_item(sentence, parts[j])):
            j += 1
        if j - i >= 3:
            runs.append((i, j))
        i = max(j, i + 1)
    for i, j in reversed(runs):
        items = [_item(sentence, parts[k]) for k in range(i, j)]
        counts = {it.lower(): 0 for it in items}
        for it in items:
            counts[it.lower()] += 1
        if max(counts.values()) < 3:
            continue
        seen: set[str] = set()
        unique = [it for it in items if not (it.lower() in seen or seen.add(it.lower()))]
        start = parts[i][0]
        end = parts[j - 1][0] + len(_item(sentence, parts[j - 1]))
        result = result[:start] + ", ".join(unique) + result[end:]
    return result


def _item(sentence: str, span: tuple[int, int]) -> str:
    return sentence[span[0] : span[1]].rstrip(".;:!?")


# ---------------------------------------------------------------------------------------------

# A Chinese text copied out of a PDF keeps the page's line breaks: lines cut at one width
# ("…研究部署数据治" / "理重大事项。"). Lines of that width that end no sentence are wrapped, when
# the text shows the width often enough to be a page's, and few lines are longer (a text of
# paragraphs has lines of every length).
_CLAUSE_MARK = re.compile(r"[，、；,;。]")  # (a label's 。: "（一）指导思想。以…思想为")
_WRAP_EVIDENCE = 4  # lines cut at the same width before the width counts as the page's
_WRAP_MIN = 15  # characters: shorter lines are headings and list items, not a page's width


def unwrap_chinese_lines(text: str) -> str:
    from ingest.formats.layout import STRUCTURE, ZH_LINE_END

    lines = text.split("\n")
    cut = Counter(
        len(line)
        for line in lines
        if len(line) >= _WRAP_MIN and _HAN.search(line) and not ZH_LINE_END.search(line)
    )
    width = next((w for w, n in cut.most_common(1) if n >= _WRAP_EVIDENCE), 0)
    longer = sum(1 for line in lines if len(line) > width + 1 and _HAN.search(line))
    if not width or longer > cut[width]:
        return text  # a page's lines are no longer than its width; paragraphs of any length are
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        wrapped = (
            len(prev) >= width - 2  # a paragraph's first line is shorter by its indent
            and _HAN.search(prev)
            and _CLAUSE_MARK.search(prev)  # prose, not a list of names or a title at that width
            and not ZH_LINE_END.search(prev)
            and line
            # "…于2024年" / "5月20日前确定…" / "各试点县" over "（市、区）政府…"
            and (_HAN.match(line) or line[:1].isdigit() or line[:1] in "（(“《")
            and not STRUCTURE.match(line)
        )
        if wrapped:
            out[-1] = prev + line
        else:
            out.append(line)
    return "\n".join(out)


# A plain-text copy of a page laid out in print: English prose cut into lines at one width, a
# lowercase word (or a year: "by 30 June" / "2026, and") opening each continuation, a word
# hyphenated across two. Not a web page's or a Word file's lines, which are its paragraphs and
# items (their lengths do not gather at one width).
_LATIN_WRAP_MIN = 30  # characters: a wrapped line is prose, not a heading or a field
# (an item that joins the next: "…standards; and")
_LATIN_LINE_END = re.compile(r"(?:[.:;!?…)\]”\"']|[;,]\s*(?:and|or))$")
_CONTINUES = re.compile(r"[a-z]|(?:19|20)\d\d\b(?![.)])")
# a line of its own: an item's mark (a. ii) A.; not Hon., Mr., No.), a symbol (• ➢ – ✓ o), a label
# ("cc:", "e-mail:"), an address
_OWN_LINE = re.compile(
    r"^(?:[a-z]{1,3}[.)]\s|[ivx]{1,5}[.)]\s|[A-Z][.)]\s|[IVX]{2,5}[.)]\s|[^\w(\"“‘']|o\s"
    r"|(?i:cc|bcc|e-?mail|tel|fax|ref|encl|attn|from|to|subject|date)\s*:|[A-Za-z][\w-]*:\s*$|https?://|www\.)"
)
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"forty-five|fifty|sixty|ninety|hundred)$",
    re.I,
)
# the words a sentence opens with: "… in each Ministry" over "The Chief Data Officer shall …" is a
# heading over its paragraph, not a name run on
_OPENS_SENTENCE = re.compile(r"^(?:The|This|These|Each|Every|All|A|An|In|For|Where|If|When|It|They)\b")


def _wraps(prev: str, line: str, width: float) -> bool:
    """Whether `line` goes on the sentence `prev` (a line as the copy has it) leaves open, `prev`
    cut near the copy's width: a lowercase word goes on it, and a capitalised one after a word
    no sentence ends with or in a sentence's words (the Permanent / Secretary)."""
    from ingest.formats.layout import OPEN_END, STRUCTURE

    # (not a table's row, its last cell a date: "… Chief Data Officer 31 July 2026" over "report")
    if not (
        len(prev) >= max(_LATIN_WRAP_MIN, width - _WIDTH_SLACK)
        and not _HAN.search(prev)
        and prev[-1:].isascii()
        and not _LATIN_LINE_END.search(prev)
        and not prev[-1].isdigit()
        and " | " not in prev
        and line
        and " | " not in line
    ):
        return False
    if _NUMBER_WORD.search(prev) and re.match(r"\(\d{1,3}\)\s+[a-z]", line):
        return True  # "within ten" / "(10) working days": the figure after its word, not an item
    if _OWN_LINE.match(line) or STRUCTURE.match(line):
        return False
    if _CONTINUES.match(line):
        return True
    if not line[:1].isupper() or _OPENS_SENTENCE.match(line) or line.isupper():
        return False  # (nor a heading in capitals: "REPRESENTATIVES OF OTHER COUNCILS AND GROUPS")
    if OPEN_END.search(prev):
        return True  # a name run on: "of every" / "Ministry and Department"
    # (no figures: a table's rows, "… 6 hours a week 2 hours a week" over "Residents who say …")
    words = prev.split()
    lower = sum(w[:1].islower() for w in words)
    figures = re.search(r"\d", _PARAGRAPH_NUMBER.sub("", prev) + line)
    return not figures and lower >= _PROSE_SHARE * len(words)


_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(\w{1,4}\))\s+")  # 4.4, (a): not a figure
_WIDTH_SLACK = 12  # characters a wrapped line falls short of the width by: the next word did not fit
# of a sentence's words, those in lowercase at least ("The Chief Data Officer shall report directly
# to the Permanent": 5 of 11), not a heading's ("Roles and Responsibilities of the Chief Data Officer")
_PROSE_SHARE = 0.4
_AT_WIDTH_SHARE = 0.6  # of the lines a lowercase word goes on from, those cut at the copy's width


def _copy_width(lines: list[str]) -> float:
    """The width a copy's lines were cut at, where they were (0 where not): the lines a lowercase
    word goes on from, _WRAP_EVIDENCE at least, most of them near one length."""
    cut = [len(a) for a, b in itertools.pairwise(lines) if _wraps(a, b, 0) and _CONTINUES.match(b)]
    if len(cut) < _WRAP_EVIDENCE:
        return 0
    width = statistics.median(cut)
    near = sum(abs(n - width) <= _WIDTH_SLACK for n in cut)
    return width if near >= _AT_WIDTH_SHARE * len(cut) else 0


def _join_wrapped(left: str, right: str, text: str) -> str:
    """`left` and `right` as one line: a word broken with a hyphen made whole (Depart- / ment,
    interoper- / ability), unless it is a compound (long- / term, e- / government, three- /
    to-five-year): the text writes it with its hyphen elsewhere, or it opens with a compound's prefix."""
    from ingest.formats.layout import join_text

    left, right = left.rstrip(), right.lstrip()
    broken = re.search(r"([A-Za-z]+)-$", left)
    if broken and right[:1].islower():
        tail = re.match(r"[A-Za-z]*", right).group(0)
        hyphenated = re.search(rf"\b{broken.group(1)}-{tail}\b", text, re.I)  # (not "-\n": its own)
        if hyphenated or broken.group(1).lower() in _COMPOUND_PREFIXES:
            return left + right
    return join_text(left, right)


# the first parts of English compounds, whose hyphen at a line's end is the compound's (not re-, pre-,
# inter-, pro-: hyphenation breaks re-sponsible, pre-sent, inter-national, pro-gram there)
_COMPOUND_PREFIXES = frozenset(
    ("e", "co", "non", "self", "cross", "multi", "well", "long", "short", "high", "low", "full", "part",
     "anti", "semi", "open", "data", "real", "one", "two", "three", "four", "five", "year", "half")
)  # fmt: skip


def unwrap_latin_lines(text: str) -> str:
    """Rejoin English prose that a copy broke into lines at one width (its continuations gathered
    near it, _WRAP_EVIDENCE at least), each line judged as the copy has it."""
    lines = text.split("\n")
    width = _copy_width(lines)
    if not width:
        return text
    out: list[str] = []
    previous = ""  # the line before, as the copy has it
    for line in lines:
        if out and _wraps(previous, line, width):
            out[-1] = _join_wrapped(out[-1], line, text)
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


RULES: list[tuple[str, Callable[[str], str]]] = [
    ("newlines", normalize_newlines),
    ("invisible", remove_invisible),
    ("fullwidth", fold_fullwidth_alnum),
    ("line_space", strip_line_space),
    ("tail", cut_tail),
    ("vendor_ads", drop_vendor_ads),
    ("chrome_lines", drop_chrome_lines),
    ("head_labels", join_head_labels),
    ("line_numbers", strip_line_numbers),
    ("page_furniture", drop_page_furniture),
    ("pinyin_glosses", remove_pinyin_glosses),
    ("markup_comments", drop_markup_comments),
    ("quotes", unescape_quotes),
    ("repetitions", collapse_repetitions),
    ("wrapped_lines", unwrap_chinese_lines),
    ("wrapped_latin_lines", unwrap_latin_lines),
    ("line_space_again", strip_line_space),
    ("blank_lines", collapse_blank_lines),
]


def clean(text: str, structural_lines: bool = False) -> str:
    """The display text of a document: junk removed, content as written. `structural_lines`: each
    line is a paragraph, an item or a cell as the file marks them (a web page, a Word file), never
    a printed line that wrapped."""
    for _ in range(4):  # to a fixed point; one pass is enough for real texts
        before = text
        for name, rule in RULES:
            if structural_lines and name == "wrapped_latin_lines":
                continue
            text = rule(text)
        if text == before:
            break
    return text
