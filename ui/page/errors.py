"""What the page says when something goes wrong: the one place an error text is turned into
what a user reads. kb/ and ingest/ word their errors in English and name files by their full
path; the page shows them in the page's language, and never with a directory of the server.

No Gradio here: `error_text` is a plain function, tested directly.
"""

from __future__ import annotations

import re

from kb.text import is_chinese
from ui.i18n import EN, ZH

# A path inside a message: a root (/, ~/, C:\ or \\) and at least one segment, not part of a
# word, a URL (http://host/x) or a pair such as Word/WPS.
_PATH = re.compile(r"""(?<![\w.:/\\~-])(?:~|[A-Za-z]:)?[/\\][^\s;:,'"()<>\[\]]+""")
_ROOTED = re.compile(r"""^(?:~|[A-Za-z]:)?[/\\]""")

# Whole messages that are not about one file: (pattern, Chinese, English or None to keep it).
_MESSAGES: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(r"^the question is empty"), "问题为空，请输入关于文件内容的问题。", None),
    (re.compile(r"^the question must be text"), "问题必须是文字。", None),
    (
        re.compile(r"^the question is (\d+) characters long, over the (\d+)-character limit"),
        "问题长 {0} 字，超过 {1} 字的上限；请一次只问一件事，用一两句话提问。",
        None,
    ),
    (
        re.compile(r"^k=(.+?) is (?:out of range|not a whole number); ask for 1 to (\d+) citations"),
        "引用条数 {0} 无效，请选择 1 到 {1} 条。",
        None,
    ),
    (
        re.compile(r"^the knowledge base at .* is empty"),
        "知识库为空；请先用 `cdokb ingest` 导入文件。",
        "the knowledge base is empty; run `cdokb ingest` first",
    ),
    (
        re.compile(r"^no document '(.*)' in the knowledge base"),
        "知识库中没有文件 {0}；它可能已被删除，请刷新页面。",
        "no document {0} in the knowledge base; it may have been removed, reload the page",
    ),
    (re.compile(r"^unknown filter '(.*?)'"), "未知的筛选条件 {0}。", None),
    (re.compile(r"^no role named"), "请先选择一个角色。", "choose a role first"),
    (re.compile(r"^unknown role '(.*?)'"), "未知的角色 {0}；请从列表中选择。", None),
    (
        re.compile(r"^no clause of the chosen documents names (.+?);"),
        "所选文件中没有提及 {0} 的条款；请换一个角色或地区。",
        None,
    ),
    (
        re.compile(r"^no stored document matches"),
        "没有符合所选地区或文件的已收录文件；请换一个选择。",
        "no stored document matches the places or documents chosen; choose others",
    ),
    (
        re.compile(r"^(?:Chroma at .* failed|cannot open Chroma at)"),
        "向量库暂时不可用；请管理员检查服务后运行 `cdokb check --repair`。",
        "the vector store is unavailable; an admin should check it and run `cdokb check --repair`",
    ),
    (
        re.compile(r"^the knowledge base in .* was built with embedder"),
        "知识库使用的向量模型与当前设置不一致；请管理员检查 --embedder 设置。",
        "the knowledge base was built with another embedder; an admin should check --embedder",
    ),
    (
        re.compile(r"^cannot load sentence-transformers model|^unknown embedder"),
        "向量模型无法加载；请管理员检查 --embedder 设置。",
        "the embedding model cannot be loaded; an admin should check --embedder",
    ),
]

# What is wrong with a file (the part after "name: "), in Chinese.
_PROBLEMS: list[tuple[str, str]] = [
    (r"file not found", "找不到文件"),
    (r"is a folder, not a file", "是文件夹，不是文件"),
    (r"is not a regular file.*", "不是普通文件"),
    (r"file is (\d+) MB, over the (\d+) MB limit", "文件大小 {0} MB，超过 {1} MB 的上限"),
    (r"file is over the (\d+) MB limit", "文件超过 {0} MB 的上限"),
    (
        r"(PDF|DOCX|OFD|HTML page) is (\d+) MB, over the (\d+) MB limit",
        "{0} 文件大小 {1} MB，超过 {2} MB 的上限",
    ),
    (r"cannot be read \(permission denied\)", "没有读取权限"),
    (r"cannot be read \((.*)\)", "无法读取（{0}）"),
    (r"file is empty", "文件是空的"),
    (r"is an old Word/WPS binary document.*", "是旧版 Word/WPS 二进制文档（.doc/.wps），无法读取"),
    (r"is a zip archive that is neither DOCX nor OFD", "是压缩包，既不是 DOCX 也不是 OFD"),
    (
        r"looks binary.*|is not valid UTF-16 text|is not text in any known encoding|is not valid text.*",
        "不是可读的文本文件（可能是二进制文件或编码无法识别）",
    ),
    (
        r"holds ([\d,]+) characters of text, over the ([\d,]+)-character limit.*",
        "正文共 {0} 字，超过单个文件 {1} 字的上限",
    ),
    (r"has a line of ([\d,]+) characters.*", "有一行长达 {0} 字（生成或损坏的文本，不像公文）"),
    (
        r"splits into ([\d,]+) passages, over the ([\d,]+)-passage limit.*",
        "分段后共 {0} 段，超过单个文件 {1} 段的上限",
    ),
    (r"no reader for (\w+) yet|the (\w+) reader returned no pages", "暂不支持读取此格式"),
    (r"the (\w+) reader needs the missing package '(.*)'", "读取 {0} 需要安装软件包 {1}"),
    (r"could not be read as (\w+) \(.*", "无法按 {0} 格式读取"),
    (r"front matter is too long|front matter is not valid YAML.*", "文件开头的 --- 元数据块格式有误"),
    (
        r"no text left after cleaning|no text could be read from any page|the OFD has no text.*|"
        r"no main text found on the page",
        "没有读出正文（扫描件需要文字版或 OCR）",
    ),
    (r"the scanned pages need OCR but .* is not installed", "扫描页需要 OCR，但未安装 OCR 组件"),
    (r"\d+ pages need OCR, over the (\d+)-page OCR limit", "需要 OCR 的页数超过 {0} 页的上限"),
    (r"the (PDF|OFD) has (\d+) pages, over the (\d+)-page limit", "{0} 共 {1} 页，超过 {2} 页的上限"),
    (r"the (PDF|OFD) has no pages", "{0} 没有页面"),
    (r"not a PDF \(no %PDF header\)", "不是 PDF 文件"),
    (r"(?:the PDF is password protected|encrypted PDF.*|(\w+) is encrypted)", "文件已加密"),
    (
        r"not a Word document.*|not a readable (?:DOCX|PDF|HTML page|\w+).*|broken (?:DOCX|XML).*|"
        r"PDF text could not be read.*|corrupt part.*|missing part.*|no OFD\.xml.*|OFD\.xml names no.*|"
        r"the scanned PDF cannot be rendered.*",
        "文件已损坏或格式不对，无法读取",
    ),
    (r".*(?:zip bomb|unsafe member name|members \(limit).*", "压缩包内容异常，已拒绝"),
    (r"is a link, not an uploaded file", "是链接，不是上传的文件"),
    (r"unsafe file name|every name for this upload is taken.*", "文件名不可用"),
    (r"now leads outside the folder being ingested.*", "已指向导入文件夹之外，未读取"),
    (r"too large to process in memory", "文件太大，内存不足以处理"),
    (r"could not be processed \(.*", "处理时出错"),
]
# How to fix it (the part after "; "), in Chinese.
_FIXES: list[tuple[str, str]] = [
    (r"check the path and the file name", "请检查文件名"),
    (
        r"split (?:the document into smaller files|it into one file per document|it into parts|it|the file)",
        "请拆分为较小的文件",
    ),
    (r"add the document's text.*", "请补充文件正文或删除该文件"),
    (r"open it and save it as \.docx.*", "请用 Word/WPS 打开并另存为 .docx"),
    (r"unpack it and add the files inside", "请解压后上传其中的文件"),
    (r"save it as UTF-8 text, PDF, DOCX or OFD", "请另存为 UTF-8 文本、PDF、DOCX 或 OFD"),
    (r"save the document with its paragraphs on separate lines", "请分段保存后再上传"),
    (
        r"convert it to \.txt|install it, or convert the file to \.txt|check that it opens in .*",
        "请转换为 .txt 文本后再上传",
    ),
    (r"fix it \(quote values.*|keep only short key: value lines.*", "请修正或删除开头的 --- 块"),
    (
        r"check that the file holds the document's text.*|supply a text .*|split the scan .*",
        "请提供文字版文件",
    ),
    (r"pip install .*", "请管理员安装 OCR 组件"),
    (r"save an unencrypted copy.*", "请另存一份未加密的文件"),
    (r"re-(?:save|export).*|check the file.*|check that this is an OFD file", "请用原软件重新导出后再上传"),
    (r"do not add this file.*", "请勿上传此文件"),
    (r"save the article page itself.*|save the page again.*", "请保存正文页面本身后再上传"),
    (r"rename the file.*|upload the document file itself", "请重命名文件后再上传"),
    (
        r"give the user read access|check the disk and the path|check the folder|give .*",
        "请联系管理员检查服务器",
    ),
    (r"report this file", "请将此文件报告给管理员"),
]
_PROBLEM_RULES = [(re.compile(rf"^(?:{p})$", re.S), zh) for p, zh in _PROBLEMS]
_FIX_RULES = [(re.compile(rf"^(?:{p})$", re.S), zh) for p, zh in _FIXES]


def strip_paths(text: str) -> str:
    """Every path in `text` reduced to its last part: /srv/kb/uploads/x.pdf -> x.pdf."""
    return _PATH.sub(lambda m: _base(m.group()), text)


def _base(path: str) -> str:
    return re.split(r"[/\\]", path.rstrip("/\\"))[-1] or path.strip("/\\")


def _fill(template: str, match: re.Match[str]) -> str:
    return template.format(*(g or "" for g in match.groups()))


def _zh(rules: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    for pattern, zh in rules:
        found = pattern.match(text)
        if found:
            return _fill(zh, found)
    return None


def error_text(message: object, lang: str = ZH, with_name: bool = True) -> str:
    """The line the page shows for an error message from kb/ or ingest/: in the page's language
    where its kind is known, on one line, with no directory of the server in it. `with_name`:
    keep the file's name in front (False where the name is already shown beside it)."""
    text = " ".join(str(message).split())
    for pattern, zh, en in _MESSAGES:
        found = pattern.match(text)
        if found:
            chosen = zh if lang != EN else en
            return strip_paths(_fill(chosen, found) if chosen else text)
    name, problem, fix = _file_parts(text)
    if problem is None:
        shown = strip_paths(text)
        # The toast's title already says 出错了; a message the page wrote in Chinese stands alone.
        return shown if lang == EN or is_chinese(shown) else f"出错了：{shown}"
    name = _base(name) if name else ""
    if lang == EN:
        body = f"{problem}; {fix}" if fix else problem
        body = strip_paths(body)
    else:
        zh_problem = _zh(_PROBLEM_RULES, problem)
        zh_fix = _zh(_FIX_RULES, fix) if fix else None
        body = zh_problem or f"无法处理此文件（{problem}）"
        body = strip_paths(body + (f"；{zh_fix}。" if zh_fix else "。"))
    if not with_name or not name:
        return body
    return f"{name}: {body}" if lang == EN else f"{name}：{body}"


def _file_parts(text: str) -> tuple[str, str | None, str | None]:
    """A FileError's "path: problem; fix" as (path, problem, fix); (text, None, None) if the
    text is not one. The path is everything before the first ": ", spaces and all."""
    head, sep, rest = text.partition(": ")
    if not sep or not head or not (_ROOTED.match(head) or "." in head.rsplit("/", 1)[-1]):
        return text, None, None
    problem, _, fix = rest.rpartition("; ") if "; " in rest else (rest, "", "")
    return head, problem.strip(), fix.strip() or None
