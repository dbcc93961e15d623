"""A small zh-en glossary of CDO policy terms, used to widen keyword queries across languages.

The dense side already bridges languages; this lets BM25 do so for the words that matter
most in these documents. Each entry: Chinese terms, English phrases (lower case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.text import fold, tokenize

GLOSSARY: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("首席数据官",), ("chief data officer", "cdo", "chief data official")),
    (("首席数据执行官",), ("chief data executive officer", "chief data executive")),
    (("数据专员",), ("data commissioner", "data specialist", "data officer")),
    (("政务专员",), ("government affairs commissioner", "government commissioner")),
    (("数据联络专员",), ("data liaison",)),
    (("试点",), ("pilot", "pilots")),
    (("部门",), ("department", "departments", "agency", "agencies")),
    (("市直部门", "市级部门"), ("municipal department", "municipal departments")),
    (("镇",), ("town", "towns", "township")),
    (("县",), ("county", "counties")),
    (("区",), ("district", "districts")),
    (("街道",), ("street", "subdistrict")),
    (("企业",), ("enterprise", "enterprises", "company")),
    (("培训",), ("training", "train")),
    (("组织",), ("organize", "organise", "organizes")),
    (("报告", "报送"), ("report", "reports", "submit")),
    (("年度报告",), ("annual report",)),
    (("半年度", "半年"), ("half-year", "half year", "semiannual", "semi-annual")),
    (("工作总结", "总结"), ("summary", "summarize", "review")),
    (("备案",), ("record", "filing", "file")),
    (("职责", "负责"), ("duties", "duty", "responsibilities", "responsible", "functions", "role")),
    (("兼任", "担任"), ("concurrently", "serve as", "hold", "held", "appointed")),
    (("领导班子成员",), ("leadership team", "leading member")),
    (("推广",), ("promote", "spread", "roll out", "extend")),
    (("政务云", "迁云上云", "上云", "应上尽上"), ("cloud",)),
    (("政务信息系统", "信息系统"), ("systems", "information system", "information systems")),
    (("信息化项目",), ("informatization project", "information project", "information projects")),
    (("数据共享", "共享"), ("data sharing", "share", "sharing")),
    (("开放",), ("open", "opening")),
    (("数据治理",), ("data governance", "governance")),
    (("数据安全", "安全"), ("security", "data security")),
    (("疫情防控",), ("epidemic", "covid", "pandemic")),
    (("人才",), ("talent", "talents", "workforce")),
    (("人才供给欠缺",), ("supply of talents", "talent shortage")),
    (("不足",), ("shortcomings", "weakness", "weaknesses")),
    (("考核", "评价", "履职评价"), ("evaluation", "assessment", "appraisal", "performance")),
    (("联席会议",), ("joint meeting", "meetings")),
    (("缺席",), ("absent", "miss", "skip")),
    (("统筹", "协调"), ("coordinate", "coordinating", "coordination")),
    (("公安局",), ("public security bureau", "police")),
    (("重点项目",), ("key projects", "key project")),
    (("时间表", "路线图"), ("timetable", "timetables", "roadmap", "roadmaps")),
    (("数据库表",), ("database tables", "tables")),
    (("跨省通办",), ("inter-provincial", "across provinces", "cross-province")),
    (("数字政府",), ("digital government",)),
    (("政务服务数据管理局",), ("administration of service data", "government service data administration")),
    (("目标",), ("goal", "goals", "objective", "objectives", "target")),
    (("任务",), ("task", "tasks")),
    (("期限", "前", "底前"), ("deadline", "due", "by when")),
    (("机构负责人", "机构首长"), ("head of each agency", "agency head", "head of the agency")),
    (("资格", "条件"), ("qualifications", "basis", "qualification")),
    (("国会",), ("congress",)),
    (("生命周期",), ("lifecycle", "life cycle")),
    (("委员会", "理事会"), ("council", "committee")),
    (("美国", "联邦"), ("federal", "united states", "u.s.")),
    (("指定",), ("designate", "designated", "designation")),
    (("机构",), ("agency", "agencies")),
    (("公务员", "非政治任命"), ("nonpolitical appointee", "career")),
    (("主要任务", "重点任务"), ("key task", "main task", "key tasks")),
    (("经验",), ("experience",)),
    (("地方",), ("local",)),
    (("共性",), ("common",)),
]


@dataclass(frozen=True)
class Bridge:
    """The question's tokens `source` may appear in a passage as `target`: their translation or a synonym."""

    source: tuple[str, ...]
    target: tuple[str, ...]


@lru_cache(maxsize=1)
def _entries() -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]]:
    """(zh tokens, zh terms, english phrases as token tuples) for every glossary entry."""
    entries = []
    for zh_terms, english in GLOSSARY:
        zh_tokens = tuple(dict.fromkeys(t for term in zh_terms for t in tokenize(term)))
        phrases = tuple(tuple(tokenize(en)) for en in english if tokenize(en))
        entries.append((zh_tokens, zh_terms, phrases))
    return entries


def _contains(sequence: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(sequence[i : i + n]) == phrase for i in range(len(sequence) - n + 1))


@lru_cache(maxsize=4096)
def place_name_in_pinyin(name: str) -> str:
    """海丰县 -> haifeng: how English texts and questions write a Chinese place."""
    from pypinyin import lazy_pinyin

    core = re.sub(r"(特别行政区|自治区|自治州|自治县|省|市|县|区|镇|乡|街道)$", "", fold(name))
    if len(core) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in core):
        return ""
    return "".join(lazy_pinyin(core))


def bridges(question: str, places: list[str] = ()) -> list[Bridge]:
    """How the question's words may be written in the other language: glossary terms and the
    places the knowledge base knows (Chinese names and their pinyin)."""
    folded = fold(question)
    tokens = tokenize(question)
    found: list[Bridge] = []
    for zh_tokens, zh_terms, phrases in _entries():
        english = tuple(dict.fromkeys(t for phrase in phrases for t in phrase))
        # Each entry is one meaning: its words stand for each other in either language
        # (兼任 for 担任, responsibilities for duties, 首席数据官 for chief data officer).
        for phrase in phrases:
            if _contains(tokens, phrase):
                found.append(Bridge(phrase, zh_tokens + tuple(t for t in english if t not in phrase)))
        for term in zh_terms:
            if term in folded:
                own = tuple(tokenize(term))
                others = tuple(t for t in zh_tokens if t not in own)
                found.append(Bridge(tuple(t for t in own if t in tokens) or own, english + others))
    for place in places:
        core = re.sub(r"(省|市|县|区|镇|街道)$", "", fold(place))
        pinyin = place_name_in_pinyin(place)
        if not pinyin:
            continue
        if pinyin in tokens:
            found.append(Bridge((pinyin,), tuple(tokenize(core))))
        elif core in folded:
            found.append(Bridge(tuple(tokenize(core)), (pinyin,)))
    return found
