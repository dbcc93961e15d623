"""Chinese and English labels for the web page, in one table so a switch can relabel everything.

Chinese is the default: the readers are government CDOs. Every key has both languages; a
missing key is a bug that `tests/test_handlers.py` catches.
"""

from __future__ import annotations

ZH = "zh"
EN = "en"
LANGUAGES = {"中文": ZH, "English": EN}

LABELS: dict[str, tuple[str, str]] = {
    # page
    "title": ("首席数据官政策知识库", "Chief Data Officer Policy Knowledge Base"),
    "subtitle": (
        "离线检索首席数据官政策文件，每个回答都注明文件、发文机关、日期、文号和条款。",
        "Offline search of CDO policy documents; every answer cites document, issuer, date, number and clause.",
    ),
    "language": ("界面语言", "Language"),
    "tab_ask": ("问答", "Ask"),
    "tab_duties": ("职责", "Duties"),
    "tab_deadlines": ("时间节点", "Deadlines"),
    "tab_library": ("文库", "Library"),
    "tab_compare": ("对比", "Compare"),
    # ask
    "question": ("问题", "Question"),
    "question_placeholder": (
        "例如：试点镇首席数据官的职责是什么？",
        "e.g. What are the duties of an agency CDO?",
    ),
    "ask": ("提问", "Ask"),
    "empty_question": (
        "请先输入问题，或点击下面的示例问题。",
        "Type a question first, or click one of the example questions below.",
    ),
    "error": ("出错了", "Error"),
    "examples": ("示例问题", "Example questions"),
    "filters": ("筛选", "Filters"),
    "filter_doc": ("文件", "Document"),
    "filter_region": ("地区", "Region"),
    "filter_level": ("层级", "Level"),
    "filter_language": ("语言", "Language"),
    "filter_year": ("年份", "Year"),
    "k": ("引用条数", "Passages to cite"),
    "answer": ("回答", "Answer"),
    "citations": ("引用", "Citations"),
    "source": ("原文", "Source"),
    "open_hint": ("点击引用卡片查看原文。", "Click a citation card to read the source."),
    "no_answer": ("知识库中未找到可靠依据。", "No reliable basis was found in the knowledge base."),
    "col_complete": ("文本完整", "Complete copy"),
    "closest": ("最相关条文，非直接答案", "closest clause, not an answer"),
    "incomplete": ("收录文本不完整", "stored copy incomplete"),
    "original_script": ("原文字形", "original script"),
    "ms": ("耗时 {ms} 毫秒", "{ms} ms"),
    "issuer": ("发文机关", "Issuer"),
    "date": ("日期", "Date"),
    "doc_number": ("文号", "Number"),
    "section": ("章节", "Section"),
    "page": ("页码", "Page"),
    "open_source": ("查看原文", "Open source"),
    "not_stated": ("未注明", "not stated"),
    # ask, with an LLM configured
    "show_extractive": ("显示原文摘录答案", "Show the extractive answer"),
    "llm_writing": (
        "{model} 正在改写，写完后逐句核对……",
        "{model} is rephrasing; each sentence is checked when it is done…",
    ),
    "llm_by": ("由 {model} 改写，逐句核对", "Rephrased by {model}, checked sentence by sentence"),
    "llm_unavailable": (
        "语言模型暂时无法使用，以下为原文摘录答案。",
        "The language model is unavailable; the extractive answer is shown.",
    ),
    "llm_not_answered": (
        "{model} 认为所引条文不能回答此问题，以下为原文摘录答案。",
        "{model} found that the cited clauses do not answer this question; the extractive answer is shown.",
    ),
    "llm_unsupported": (
        "{model} 的改写多数未能通过逐句核对，以下为原文摘录答案。",
        "Most of {model}'s sentences did not pass the check; the extractive answer is shown.",
    ),
    "llm_dropped": ("核对时删去 {n} 句：", "{n} removed by the check:"),
    "dropped_why": ("（{reason}）", " ({reason})"),
    "reason_no_citation": ("未引用条文", "no citation"),
    "reason_question": ("是提问，不是回答", "a question, not an answer"),
    "reason_echo": ("只重复了 {where} 的标题", "only repeats the title or heading of {where}"),
    "reason_cites": ("引用的 {where} 不存在", "cites {where}, which does not exist"),
    "reason_quotation": (
        "引号中的 {what} 未逐字见于 {where}",
        "the quotation {what} is not word for word in {where}",
    ),
    "reason_missing": ("{kind} {what} 不见于 {where}", "the {kind} {what} is not in {where}"),
    "kind_title": ("标题", "title"),
    "kind_doc_number": ("文号", "document number"),
    "kind_date": ("日期", "date"),
    "kind_month": ("月份", "month"),
    "kind_number": ("数字", "number"),
    "kind_place": ("地名", "place"),
    "kind_role": ("职务", "role"),
    # duties
    "role": ("角色", "Role"),
    "region": ("地区", "Region"),
    "show_duties": ("查询职责", "Show duties"),
    "duties": ("职责", "Duties"),
    "col_role": ("角色", "Role"),
    "col_level": ("层级", "Level"),
    "col_holder": ("兼任", "Held by"),
    "col_duty": ("职责", "Duty"),
    "col_clause": ("条款原文", "Clause"),
    "col_document": ("文件", "Document"),
    "col_section": ("章节", "Section"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "make_brief": ("生成培训讲义（Word）", "Make a training brief (Word)"),
    "download_brief": ("下载培训讲义", "Download the brief"),
    # compare
    "compare_docs": ("文件（不选则比较全部方案类文件）", "Documents (none: every plan-type document)"),
    "compare_regions": ("地区", "Places"),
    "compare_dimensions": ("维度（不选则全部）", "Dimensions (none: all)"),
    "show_compare": ("对比", "Compare"),
    "dimension": ("维度", "Dimension"),
    "incomplete_copy": ("收录文本不完整", "stored copy incomplete"),
    "download_docx": ("下载 Word", "Download Word"),
    "download_md": ("下载 Markdown", "Download Markdown"),
    "download_ics": ("下载日历 .ics", "Download calendar .ics"),
    "count": ("共 {n} 条", "{n} rows"),
    # deadlines
    "show_deadlines": ("查询时间节点", "Show deadlines"),
    "col_due": ("截止日期", "Due"),
    "col_status": ("状态", "Status"),
    "col_repeat": ("周期", "Repeats"),
    "col_who": ("责任主体", "Who"),
    "col_what": ("事项", "What"),
    "col_anchor": ("起算", "Counted from"),
    "col_flag": ("说明", "Note"),
    "upcoming": ("即将到期", "upcoming"),
    "past": ("已过期", "past"),
    "undated": ("未定", "undated"),
    # duties and deadlines: grouping and the document-language filter
    "group_by": ("分组", "Group by"),
    "group_none": ("不分组", "none"),
    "group_place": ("地区", "Place"),
    "group_role": ("角色", "Role"),
    "doc_language": ("文件语言", "Document language"),
    # library
    "documents": ("文件列表", "Documents"),
    "col_id": ("编号", "ID"),
    "col_title": ("标题", "Title"),
    "col_issuer": ("发文机关", "Issuer"),
    "col_date": ("日期", "Date"),
    "col_number": ("文号", "Number"),
    "col_language": ("语言", "Language"),
    "col_region": ("地区", "Region"),
    "col_doclevel": ("层级", "Level"),
    "col_chunks": ("段落数", "Chunks"),
    "view_doc": ("查看文件", "View a document"),
    "structure": ("结构", "Structure"),
    "upload": ("上传文件（可多选）", "Upload files (several at once)"),
    "drop_files": ("将文件拖到此处，或点击选择文件", "Drop files here, or click to choose them"),
    "upload_button": ("加入知识库", "Add to knowledge base"),
    "upload_result": ("上传结果", "Upload result"),
    "remove_doc": ("删除文件", "Remove a document"),
    "remove_button": ("删除", "Remove"),
    "refresh": ("刷新", "Refresh"),
    "admin_only": (
        "仅管理员可以上传或删除文件；请用管理员账号登录。",
        "Only admins may upload or remove; log in as an admin.",
    ),
    "status_added": ("已加入", "added"),
    "status_updated": ("已更新", "updated"),
    "status_unchanged": ("未变化", "unchanged"),
    "status_duplicate": (
        "与已收录的文件内容相同，未重复收录",
        "same content as a stored document, not stored twice",
    ),
    "status_failed": ("失败", "failed"),
    "removed": ("已删除 {doc}", "removed {doc}"),
    "pick_doc": ("请先选择一个文件。", "Pick a document first."),
    "no_files": ("请先选择要上传的文件。", "Choose files to upload first."),
    "uploading": ("正在处理 {name}", "Processing {name}"),
    "embedding": ("正在向量化 {name}（{detail}）", "Embedding {name} ({detail})"),
    "export_missing": ("导出功能尚未安装（kb.export）。", "Export is not installed (kb.export)."),
}


def t(key: str, lang: str = ZH, **values: object) -> str:
    """The label for `key` in `lang` (zh or en), with {placeholders} filled."""
    zh, en = LABELS[key]
    text = en if lang == EN else zh
    return text.format(**values) if values else text


def lang_code(choice: str | None) -> str:
    """The radio's visible choice (中文 / English) or a code (zh / en) -> zh or en."""
    if choice in (ZH, EN):
        return choice
    return LANGUAGES.get(choice or "", ZH)
