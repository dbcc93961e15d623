"""The trainer's brief and the drafter's outline as Markdown and Word files.

Each handout is laid out once, as a list of blocks (headings, quotes, items, the sources
table), and the blocks are written as Markdown or Word, so the two files say the same thing.
A quote block holds a clause quoted whole and its citation in the same paragraph (kb.compare_export
`citation`): a paragraph that quotes is never read apart from where it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kb.brief import Brief, Quote
from kb.compare_export import add_docx_table, citation, source_header, sources_heading, sources_rows
from kb.draft import AGENCY, DISCLAIMER_EN, DISCLAIMER_ZH, NUMERALS_ZH, Draft, Part
from kb.schedule import when_in_words
from kb.types import DocumentInfo

HEADING, PARA, QUOTE, ITEM, TABLE = "heading", "para", "quote", "item", "table"
QUOTE_STYLE = "Quote"  # python-docx's default template style for quoted text


@dataclass
class Block:
    kind: str
    text: str = ""
    level: int = 1  # a heading's level
    cite: str = ""  # a quote's citation
    lead: str = ""  # a quote's lead-in, e.g. the date a deadline falls
    rows: list[list[str]] = field(default_factory=list)  # a table: header row first


_WORDS = {
    "brief_title": ("{role}培训讲义", "Training brief: {role}"),
    "brief_method": (
        "本讲义只摘录已发布文件的原文条款，每条注明出处。",
        "This brief only quotes published documents, each clause with its source.",
    ),
    "holders": ("由谁担任", "Who holds it"),
    "duties": ("职责", "Duties"),
    "deadlines": ("时间节点与定期报告", "Deadlines and recurring reports"),
    "no_holder": (
        "所选文件中没有说明由谁担任此角色的条款。",
        "No clause in the chosen documents says who holds this role.",
    ),
    "no_duties": (
        "所选文件中没有此角色的职责条款。",
        "No clause in the chosen documents gives this role a duty.",
    ),
    "no_deadlines": (
        "所选文件中没有以此角色为责任主体的时间节点。",
        "No deadline in the chosen documents falls to this role.",
    ),
    "undated": ("未定日期", "undated"),
    "draft_title": (
        "{name}首席数据官制度方案提纲（条款汇编）",
        "Outline of a CDO plan for {name} (compiled clauses)",
    ),
    "level_name": ("{level}级", "the {level} level"),
    "agency_name": ("联邦机构", "a federal agency"),
    "differences": ("各地做法", "How places differ"),
    "stated": ("有相关条款：{places}", "Have such a clause: {places}"),
    "not_stated": ("未作规定：{places}", "Have none: {places}"),
    "not_in_text": (
        "收录文本不完整，未见相关条文：{places}",
        "Not in the stored text (the copy is incomplete): {places}",
    ),
    "more": ("《{title}》另有 {n} 条相关条款未列出", "{title}: {n} more such clauses not quoted here"),
    "holder_named": ("{place} · {role}：{holder}", "{place} · {role}: {holder}"),
    "quoted_above": ("相关条款已在上文列出。", "The clauses on this are quoted above."),
    "no_models": ("所选文件中均无此类条款。", "None of the chosen documents has such a clause."),
}


def _say(key: str, chinese: bool, **values: str) -> str:
    zh, en = _WORDS[key]
    return (zh if chinese else en).format(**values)


def _join(places: list[str], chinese: bool) -> str:
    return ("、" if chinese else ", ").join(places)


def _quote(quote: Quote, docs: dict[str, DocumentInfo], chinese: bool, lead: str = "") -> Block:
    text = " ".join(quote.text.split())
    cite = citation(docs[quote.doc_id], quote.section, quote.page, chinese)
    return Block(QUOTE, text, cite=cite, lead=lead)


def _sources(documents: list[DocumentInfo], chinese: bool) -> list[Block]:
    rows = [source_header(chinese), *sources_rows(documents, chinese)]
    return [Block(HEADING, sources_heading(chinese), level=2), Block(TABLE, rows=rows)]


def _numbered(n: int, text: str, chinese: bool) -> str:
    return f"{NUMERALS_ZH[n - 1]}、{text}" if chinese else f"{n}. {text}"


def brief_blocks(brief: Brief, chinese: bool = True) -> list[Block]:
    docs = {d.doc_id: d for d in brief.documents}
    out = [
        Block(HEADING, _say("brief_title", chinese, role=brief.role)),
        Block(PARA, _say("brief_method", chinese)),
    ]
    out.append(Block(HEADING, _numbered(1, _say("holders", chinese), chinese), level=2))
    for place in brief.holders:
        out.append(Block(HEADING, place.place, level=3))
        out += [_quote(q, docs, chinese) for q in place.quotes]
    if not brief.holders:
        out.append(Block(PARA, _say("no_holder", chinese)))
    out.append(Block(HEADING, _numbered(2, _say("duties", chinese), chinese), level=2))
    for group in brief.duties:
        out.append(Block(HEADING, group.dimension.label_zh if chinese else group.dimension.label_en, level=3))
        for place in group.places:
            out.append(Block(HEADING, place.place, level=4))
            out += [_quote(q, docs, chinese) for q in place.quotes]
    if not brief.duties:
        out.append(Block(PARA, _say("no_duties", chinese)))
    out.append(Block(HEADING, _numbered(3, _say("deadlines", chinese), chinese), level=2))
    for d in brief.deadlines:
        when = when_in_words(d, chinese) or _say("undated", chinese)
        quote = Quote(d.doc_id, d.text, d.section)
        out.append(_quote(quote, docs, chinese, lead=f"{when} · {d.who}" if d.who else when))
    if not brief.deadlines:
        out.append(Block(PARA, _say("no_deadlines", chinese)))
    return out + _sources(brief.documents, chinese)


def _part_blocks(part: Part, docs: dict[str, DocumentInfo], chinese: bool) -> list[Block]:
    out = []
    for model in part.models:
        out += [_quote(q, docs, chinese) for q in model.quotes]
    if not part.models:  # none has such a clause, or those that do were quoted under the heading
        out.append(Block(PARA, _say("quoted_above" if part.stated else "no_models", chinese)))
    out.append(Block(PARA, _say("differences", chinese) + ("：" if chinese else ":")))
    for key, places in (
        ("stated", part.stated),
        ("not_stated", part.not_stated),
        ("not_in_text", part.not_in_text),
    ):
        if places:
            out.append(Block(ITEM, _say(key, chinese, places=_join(places, chinese))))
    for model in part.models:
        if model.more:
            out.append(Block(ITEM, _say("more", chinese, title=docs[model.doc_id].title, n=str(model.more))))
    for held in part.holders:
        text = _say("holder_named", chinese, place=held.place, role=held.role, holder=held.holder)
        cite = citation(docs[held.doc_id], held.section, None, chinese)
        out.append(Block(ITEM, f"{text}（{cite}）" if chinese else f"{text} ({cite})"))
    return out


def draft_blocks(draft: Draft, chinese: bool = True) -> list[Block]:
    docs = {d.doc_id: d for d in draft.documents}
    level = (
        _say("agency_name", chinese)
        if draft.level == AGENCY
        else _say("level_name", chinese, level=draft.level)
    )
    name = draft.name or level
    out = [
        Block(HEADING, _say("draft_title", chinese, name=name)),
        Block(PARA, DISCLAIMER_ZH if chinese else DISCLAIMER_EN),
    ]
    for heading in draft.headings:
        dim = heading.part.dimension
        out.append(
            Block(
                HEADING,
                _numbered(heading.number, dim.label_zh if chinese else dim.label_en, chinese),
                level=2,
            )
        )
        out += _part_blocks(heading.part, docs, chinese)
        for i, sub in enumerate(heading.subparts, start=1):
            label = sub.dimension.label_zh if chinese else sub.dimension.label_en
            out.append(
                Block(
                    HEADING,
                    f"（{NUMERALS_ZH[i - 1]}）{label}" if chinese else f"{heading.number}.{i} {label}",
                    level=3,
                )
            )
            out += _part_blocks(sub, docs, chinese)
    return out + _sources(draft.documents, chinese)


def _quoted(block: Block, chinese: bool) -> tuple[str, str]:
    """(the quoted clause with its lead-in, the citation in brackets)."""
    text = f"「{block.text}」" if chinese else f"“{block.text}”"
    if block.lead:
        text = f"{block.lead}{'：' if chinese else ': '}{text}"
    return text, f"（{block.cite}）" if chinese else f" ({block.cite})"


def to_markdown(blocks: list[Block], chinese: bool = True) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|")

    out: list[str] = []
    for block in blocks:
        if block.kind == HEADING:
            out += ["", "#" * block.level + " " + block.text, ""]
        elif block.kind == PARA:
            out += [block.text, ""]
        elif block.kind == QUOTE:
            text, cite = _quoted(block, chinese)
            out += [f"> {text}{cite}", ""]
        elif block.kind == ITEM:
            out.append(f"- {block.text}")
        elif block.kind == TABLE:
            head, *rows = block.rows
            out += ["", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            out += ["| " + " | ".join(escape(v) for v in row) + " |" for row in rows]
            out.append("")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def to_docx(blocks: list[Block], path: Path, chinese: bool = True) -> None:
    from docx import Document as Word
    from docx.shared import Pt, RGBColor

    word = Word()
    for block in blocks:
        if block.kind == HEADING:
            word.add_heading(block.text, level=block.level)
        elif block.kind == PARA:
            word.add_paragraph(block.text)
        elif block.kind == QUOTE:
            text, cite = _quoted(block, chinese)
            paragraph = word.add_paragraph(style=QUOTE_STYLE)
            paragraph.add_run(text)
            run = paragraph.add_run(cite)
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif block.kind == ITEM:
            word.add_paragraph(block.text, style="List Bullet")
        elif block.kind == TABLE:
            head, *rows = block.rows
            add_docx_table(word, head, rows)
    word.save(str(path))
