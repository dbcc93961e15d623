"""The comparison dimensions of a CDO system, and which of them a passage speaks to.

Why: trainers and drafters compare pilots the way the research does (张丽琴、张诗璇 2024,
corpus/cdo-pilots-comparison-abstract-2024.txt): 工作目标、试点范围、组织体系、主要职责、实施步骤、
保障措施, plus who holds the post and how it reports and is evaluated. `dimensions_of` tags a
passage from its own headings first (a plan's "二、试点范围" says what follows), and only when no
heading in its path names a dimension, from cue words in its text (news, statutes, charters).

Rule: the nearest heading (innermost first) that matches any heading cue decides, with the
cross-cutting dimensions' content cues (CROSS_CUTTING); all content cues are read only when no
heading in the path matches, and a task-list heading (KEY ACTIVITIES) adds duties to them.
Pure and fast: it runs on every chunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kb.outline import SEPARATOR
from kb.roles import roles_named, zh_role_mentions
from kb.text import CJK, CJK_CHAR, HAN_CHAR, fold
from kb.types import Chunk


@dataclass(frozen=True)
class Dimension:
    """One axis of comparison: a stable id for code and JSON, labels for either language."""

    id: str
    label_zh: str
    label_en: str


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("goals", "工作目标", "Goals"),
    Dimension("scope", "试点范围", "Scope"),
    Dimension("organisation", "组织体系", "Organisation"),
    Dimension("duties", "主要职责", "Duties"),
    Dimension("steps", "实施步骤", "Steps"),
    Dimension("safeguards", "保障措施", "Safeguards"),
    Dimension("holder", "由谁担任", "Who holds it"),
    Dimension("reporting", "报告与考核", "Reporting and evaluation"),
)
DIMENSION_IDS: tuple[str, ...] = tuple(d.id for d in DIMENSIONS)

# Heading cues: words a heading uses when the section below it is about that dimension.
# From the shipped documents' headings (Guangdong/Shenzhen/Haifeng/Huizhou/Guangzhou/Shanwei
# plans: 一、工作目标 二、试点范围 三、主要任务 四、实施计划 五、保障措施, (一)…组织体系,
# (二)明确首席数据官职责任务; 44 U.S.C. § 3520 (b) Qualifications (c) Functions (e) Reports; the
# CDO Council charters: PURPOSE, VISION, GOALS, MEMBERSHIP, …RESPONSIBILITIES) and the research
# abstract's six dimension names in Chinese and English; 运行机制 and 人员构成 are other names of
# 工作机制 and 人员配备 that later plans use). Simplified, lower case (headings are
# folded first); English entries match whole words.
# fmt: off
HEADING_CUES: dict[str, tuple[str, ...]] = {
    "goals": (
        "目标", "指导思想", "总体要求", "工作思路", "目的", "宗旨", "愿景", "意义",
        "purpose", "purposes", "goal", "goals", "objective", "objectives", "vision", "mission", "aims",
        "ambition", "ambitions",  # a UK strategy's "Our ambition"
    ),
    "scope": (
        "试点范围", "适用范围", "实施范围", "覆盖范围", "设立范围", "设置范围", "试点单位", "试点对象", "适用对象",
        "申报条件", "试点条件", "试点企业条件",
        "scope", "applicability", "coverage", "covered agencies", "eligibility",
    ),
    "organisation": (
        "组织体系", "组织架构", "组织机构", "机构设置", "岗位设置", "组织建设", "人员配备",
        "工作机制", "运行机制", "协调机制", "领导小组", "工作专班", "联席会议", "一官两员", "两官一员",
        "人员构成",
        "organization", "organisation", "organizational", "organisational", "structure",
        "membership", "members", "composition", "chair", "vice-chair", "committee",
        "governance body", "governance board",
    ),
    "duties": (
        "职责", "职能", "任务", "分工",
        "responsibilities", "responsibility", "functions", "duties", "role", "roles", "tasks",
    ),
    "steps": (
        "实施步骤", "实施计划", "工作步骤", "推进步骤", "步骤", "进度安排", "时间安排", "工作安排",
        "实施进度", "推进计划", "工作程序", "阶段", "时间表", "路线图",
        "timeline", "timelines", "timetable", "schedule", "milestone", "milestones", "implementation", "phases",
        "next steps", "roadmap", "deadlines", "target dates",
    ),
    "safeguards": (
        "保障措施", "组织保障", "人才保障", "经费保障", "资金保障", "工作保障", "保障机制",
        "工作要求", "组织领导", "组织实施", "人才", "培训", "激励", "宣传", "经费", "资金",
        "safeguards", "funding", "budget", "support", "training", "incentives",
    ),
    "holder": (
        "任职条件", "任职资格", "任职要求", "人选", "选聘", "任命", "任免", "兼任", "担任",
        "qualifications", "qualification", "appointment", "designation", "abilities", "competencies",
    ),
    "reporting": (
        "报告", "述职", "考核", "考评", "评价", "评估", "总结", "汇报",
        "report", "reports", "reporting", "evaluation", "evaluations", "performance", "metrics",
        "accountability",
    ),
}

# A playbook's or action plan's list of things to do (KEY ACTIVITIES, KEY STRATEGIC ACTIONS, Agency
# Actions, Checklist) gives tasks (duties) without saying what they are about: the passage's content
# cues still tell that (a training play is also safeguards), so these headings add duties and
# decide nothing. Not any "activities": a report's "Council Activities" narrates. Alone, micro F1
# on the gold's tuning half 0.735 -> 0.757 (duties 0.679 -> 0.746), on training.jsonl 0.553 -> 0.614.
TASK_LIST_HEADINGS: tuple[str, ...] = ("key activities", "actions", "checklist")

# Content cues, for passages without a telling heading (news, statutes, charters,
# regulations): general policy language for each dimension, not phrases of any one passage.
# Plain words are matched as substrings (Chinese) or whole words (English); an entry with regex
# syntax is a regular expression, on the folded text (Chinese, or anchored with "(?:^") or on the
# English words separated by single spaces, punctuation a word of its own ("by june 30 , 2020").
CONTENT_CUES: dict[str, tuple[str, ...]] = {
    "goals": (
        "工作目标", "总体目标", "主要目标", "目标是", "旨在", "指导思想", "为指导", "助力", "愿景",
        "有利于", "重要举措", "重要抓手", "目标[:：]",
        # (订定: as Taiwan's rules write 制定; 要点: a rule's kind there, 资料长设置要点)
        "(?:制定|订定)本(?:实施方案|工作方案|方案|条例|规定|办法|指南|细则|意见|要点)",
        "(?:^|[。\n])为[^。]{4,150}(?:决定|现将|特制定)",
        # a purpose clause that opens its sentence (为加快推进数字拉萨建设，…; not 因为, nor the 为 of
        # 为推进数据共享提供决策支持), and 以…为目标 (not 不得以营利为目的)
        "(?:^|[。:：;；\\s])为(?:了)?(?:加快|进一步|深入|全面|切实|推进|推动|加强|规范|提升|健全|落实|贯彻|促进|构建|建立)(?![^。，,]*(?:提供|创造|奠定|做好))[^。，,]{2,60}[，,]",
        "(?<!不得)(?<!禁止)以(?!营利)[^。，,；]{2,40}为(?:目标|导向|目的)",
        r"(?:^|\n)\s*(?:authority and )?purposes?\s*:",
        r"purposes? (?:of|is|are|to)", r"aim(?:s|ed)? (?:to|at)", "vision is", "mission is",
        "in order to", "intended to", "strive to", r"seeks? to", r"ambitions? (?:is|are)",
        r"goals? (?:is|are|of (?:this|the))", r"objectives? (?:is|are|of (?:this|the))",
        # an order's "… hereby order the establishment of …, with the following objectives:"
        r"(?:the following|these|its) (?:objectives|aims|goals) :",
        r"aims? (?:is|are|of (?:this|the))",
        # an order's or a resolution's recitals: the problems it is made to solve
        r"(?:^|\n)\s*whereas\b",
    ),
    "scope": (
        "试点范围", "适用范围", "适用于", "适用本", "作为试点", "试点单位", "试点地区", "选取",
        "覆盖至", "纳入试点", "试点设立", "设立试点", "(?:方案|试点|制度)[^。；;，,]{0,3}覆盖",
        "applies to", "apply to", "applicable to", r"scope of (?:this|the)", "in scope",
        "piloted", r"pilot (?:departments?|counties|agencies|units|cities|districts)",
        "covered agencies",
        # who must take part, and where it reaches (在有条件的县区部门试点, 在全省推行, "Required
        # for CFO Act agencies only", "fully implemented in all counties")
        "在有条件的(?!情况)", "在全[省市县区](?:推行|推广|推开|实施)",
        "参照本(?:条例|办法|方案|规定|指南|细则)[^。]{0,20}执行",
        r"(?:required|encouraged) for (?:all|cfo act)", r"implemented in all",
    ),
    "organisation": (
        "组织体系", "组织架构", "组织机构", "一官两员", "两官一员", "首席数据执行官", "数据专员",
        "政务专员", "联络专员", "领导小组", "工作专班", "联席会议", "议事协调", "委员会",
        "由[^。;]{0,30}组成", "[两三四]级(?:首席数据官|联动|组织|架构|体系)", "分级", "上下贯通",
        r"organi[sz]ational (?:system|structure|model)", "membership", "comprised of",
        "composed of", r"consists? of", "executive committee", "ex officio", "vice-chair",
        "chair of the", r"governance (?:bod(?:y|ies)|boards?)", "subcommittee",
        "chief data executive officer", r"members? of the (?:council|committee|working group)",
        r"(?:creat\w*|establish\w*|form(?:s|ed|ing)?|set up|convene[sd]?) (?:a |an |the )?(?:[\w-]+ ){0,3}"
        r"(?:working groups?|committees?|subcommittees?|councils?|task force)",
        r"working group (?:leader|lead|chair)", r"liaisons?",
        # how the body works: its votes and its ties to other councils (the labelling guide's rule 4;
        # with goals' purpose clause and 以…为目标: micro F1 on the gold's tuning half 0.760 -> 0.761,
        # on training.jsonl 0.626 -> 0.633)
        r"(?:council|committee|board|members?) (?:voted|votes?|held a vote)", r"a vote (?:on|by)", "by a vote of",
        "interagency councils",
    ),
    "duties": (
        "职责", "职能", "负责(?!人)", "履职", "牵头", "承担[^。;]{0,10}(?:责任|职责|工作)",
        "主要任务", "工作任务",
        r"responsib\w*", r"functions?", "duties", "duty", r"role (?:of|is)", "roles and",
        r"(?<!person )in charge of", "tasked with", r"oversees?", "overseeing",
        r"(?:cdo|chief data officer) (?:shall|will|should|must)",
        # a named public body or role bound to act: 市经济和信息化部门…应当, "The Council shall"
        "(?:部门|政府|机构|单位|委员会|办公厅|中心|首席数据官|专员)[^。；;]{0,30}(?:应当|必须)",
        r"(?:council|agency|agencies|cdos?|omb|gsa|departments?|working group|committee|board|dgb"
        r"|chair|members) (?:shall|will|should|must)(?! be\b| not\b| designat| appoint)",  # appointing: holder
    ),
    "steps": (
        "实施步骤", "实施计划", "分[两三四]?个?阶段", "第[一二三四]阶段", "试点时间", "试点期",
        "全面推广", "逐步推广", "时间表", "路线图", "工作程序", "月底前", "年底前",
        r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|中旬|上半年|下半年)?(?:前|之前|以前)",
        r"\d{4}年(?:年底|底|末)?(?:初步|基本|全面)?(?:完成|建成|实现|组建|推开)",
        # the Chinese of "within 30 days" and of an effective date
        r"(?:之日|日)起\d+个?(?:日|天|工作日|月)内", r"自\d{4}年\d{1,2}月\d{1,2}日起(?:施行|实施|执行)",
        r"timelines?", r"milestones?", r"target dates?", r"deadlines?",
        r"by (?:january|february|march|april|may|june|july|august|september|october|november"
        r"|december)(?: \d{1,2}(?: ,)?)? \d{4}",
        r"(?:not|no) later than", r"within \d+ (?:days|months|years)", "next year",
        "fully implemented", r"roll(?:ed)? out",
    ),
    "safeguards": (
        "保障措施", "组织保障", "人才保障", "经费保障", "资金保障", "组织领导", "人才队伍", "人才培养",
        "人才库", "培训", "激励", "宣传", "经费", "资金支持", "预算", "督促", "能力提升",
        "training", "funding", r"(?<!management and )budget\w*", r"incentiv\w*", "talent",
        "workforce", "hiring", r"skills? gaps?", "capacity building", "staffing",
    ),
    "holder": (
        "兼任", "担任", "任命", "任免", "人选", "选拔", "聘任", "委任", "任职",
        r"(?:designat|appoint)\w*[^.;]{0,80}(?:chief data officer|cdo|data officer|data coordinator)",
        r"(?:chief data officer|cdo)s?[^.;]{0,60}(?:appointee|be designated|be appointed)",
        r"serve as (?:the |an |a )?(?:agency |state )?(?:chief data officer|cdo|data officer)",
        r"(?<!by the )(?<!about the )(?<!by )(?<!about )(?:chief data officer|cdo)\)?s? (?:role |post |position )?"
        r"(?:is|are|shall be|will be) (?:currently |normally |usually )?(?:held|filled|performed) by",
        r"qualifications?", r"must have (?:the )?(?:ability|experience|skills)", "experience in",
        # 由…担任 as machine translation renders it ("It is served by the main person in charge")
        r"(?:is|are|be) (?:concurrently )?(?:served|assumed) by (?:the )?(?:main |principal )?"
        r"(?:person|head|director|deputy|leader|leading|secretary|vice|member|chief|mayor|governor)",
        # and as an official translation does: "The Municipal Chief Data Officer is the vice mayor …"
        r"(?:chief data officer|cdo)s? (?:is|are|shall be) (?:the |a |an )?"
        r"(?:vice|deputy|director|head|mayor|governor|secretary|senior official)",
    ),
    "reporting": (
        "述职", "考核", "考评", "履职评价", "评价(?:机制|制度|结果|指标|体系)", "年度报告", "工作报告",
        "总结报告", "工作总结", "报告", "报送", "汇报", "通报", "绩效评估",
        r"(?:annual|progress|quarterly|status) reports?", r"report(?:s|ed|ing)? (?:to|on)",
        r"report(?:s|ed|ing)? (?:annually|quarterly|monthly|yearly|each year|every year)",
        r"submit\w*[^.;]{0,60}reports?", r"reporting (?:requirements?|mechanisms?|tools?|procedures?)",
        r"evaluations? of (?:the )?(?:council|cdo|chief data officer|performance|progress)",
        r"evaluat\w* (?:the |their |its )?(?:performance|progress)",
        r"performance (?:evaluation|metrics|indicators|measures|review)s?",
        r"reviewed (?:at least )?(?:annually|once a year)", "apprised",
    ),
}
# fmt: on

# A heading that names the document itself (…方案, …的通知, … Charter) says nothing about the part.
_TITLE = re.compile(
    r"(?:方案|通知|条例|指南|办法|规定|意见|细则|规划|决定|公告|章程|标准"
    r"|charter|playbook|plan|strategy|act|ordinance|memorandum|guide|guidance)\W*$"
)
# Numbering in front of a heading: 一、 (一) 1. 1.1 (a) § 3520. 第三章 Action 1: PLAY #2
_MARKER = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[编章节部分]\s*|[一二三四五六七八九十]+[、.]\s*"
    r"|[(（][一二三四五六七八九十\d]+[)）]\s*|\d{1,2}(?:[.．]\d{1,2})*[.．、]?\s+|\d{1,2}[.．、]"
    r"|\([a-z]{1,4}\)\s*|§+\s*[\w.\-]+\s*|[①-⑳]\s*"
    r"|(?:action|play|step|phase|part|goal|objective|principle|practice|recommendation|appendix"
    r"|section)(?:\s+#?\s*|\s*#\s*)(?:\d{1,2}|[a-z])\b\s*[:.：—–-]?\s*)+",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条")
_BRACKET_LABEL = re.compile(r"【([^】]{1,12})】")
_MAX_EN_HEADING_WORDS = 6  # longer "headings" are the first words of a clause, not a title


_REGEX_SYNTAX = frozenset("\\()[]{}?*+|^$")
_LATIN = re.compile("[a-z]")
_EN_TOKEN = re.compile(f"[a-z0-9]+|[^\\sa-z0-9{CJK}]")


def _english_words(folded: str) -> str:
    """ " by june 30 , 2020 ": whole-word matching becomes a substring test."""
    return " " + " ".join(_EN_TOKEN.findall(folded)) + " "


@dataclass(frozen=True)
class _Cues:
    """One dimension's cues, split so that most are plain substring tests (fast), not regexes."""

    chinese: tuple[str, ...]  # substrings of the folded text
    english: tuple[str, ...]  # " word word " in the English words
    patterns: tuple[tuple[re.Pattern[str], bool], ...]  # (regex, on the English words)

    def found_in(self, folded: str, words: str) -> bool:
        return (
            any(c in folded for c in self.chinese)
            or (bool(words) and any(c in words for c in self.english))
            or any(p.search(words if on_words else folded) for p, on_words in self.patterns)
        )


def _compile(cues: dict[str, tuple[str, ...]], literal: bool) -> dict[str, _Cues]:
    compiled = {}
    for dim, entries in cues.items():
        chinese, english, patterns = [], [], []
        for cue in entries:
            plain = literal or not (_REGEX_SYNTAX & set(cue))
            if CJK_CHAR.search(cue) or cue.startswith("(?:^"):
                (chinese.append(cue) if plain else patterns.append((re.compile(cue), False)))
            elif plain:
                english.append(_english_words(cue))
            else:  # spaces around, no group: the regex keeps its literal prefix (fast search)
                patterns.append((re.compile(f" {cue} "), True))
        compiled[dim] = _Cues(tuple(chinese), tuple(english), tuple(patterns))
    return compiled


_HEADING_CUES = _compile(HEADING_CUES, literal=True)
_TASK_LIST = _compile({"duties": TASK_LIST_HEADINGS}, literal=True)
_CONTENT_CUES = _compile(CONTENT_CUES, literal=False)
# Named inside clauses under any heading: who holds the role (由…兼任 under 组织体系), to whom it
# reports (述职 under 保障措施), by when (2021年初步组建… under 工作目标) and where it applies (在有条件的
# 县区部门试点 under 指导思想), so their content cues are read even when a heading decides. Steps and
# scope joined on the gold's tuning half (micro F1 0.757 -> 0.760, beside the task lists) and on
# training.jsonl (0.614 -> 0.626); goals, organisation, duties and safeguards did not pay.
CROSS_CUTTING = ("holder", "reporting", "steps", "scope")
_CROSS_CUES = {dim: _CONTENT_CUES[dim] for dim in CROSS_CUTTING}


def _heading_words(heading: str) -> str:
    """The words of one heading worth reading, folded; "" for a document title, an article
    number with its first words (第五条 市经济…), or an English clause's opening words."""
    article = _ARTICLE.match(heading)
    if article:
        label = _BRACKET_LABEL.search(heading)
        return fold(label.group(1)) if label else ""
    marked = _MARKER.match(heading)
    words = fold(heading[marked.end() :] if marked else heading).strip()
    if not marked and _TITLE.search(words):
        return ""
    if words.endswith("…") or (not HAN_CHAR.search(words) and len(words.split()) > _MAX_EN_HEADING_WORDS):
        return ""
    return words


def _matches(cues: dict[str, _Cues], folded: str) -> frozenset[str]:
    words = _english_words(folded) if _LATIN.search(folded) else ""
    return frozenset(dim for dim, c in cues.items() if c.found_in(folded, words))


@lru_cache(maxsize=8192)
def heading_dimensions(section: str) -> frozenset[str] | None:
    """The dimensions the nearest telling heading of `section` names; None when none does."""
    for heading in reversed(section.split(SEPARATOR)):
        words = _heading_words(heading)
        found = _matches(_HEADING_CUES, words) if words else frozenset()
        if found:
            return found
    return None


def nearest_heading(section: str) -> str:
    """The words of the innermost heading worth reading (not a title or an article number)."""
    for heading in reversed(section.split(SEPARATOR)):
        words = _heading_words(heading)
        if words:
            return words
    return ""


def content_dimensions(text: str) -> frozenset[str]:
    """The dimensions whose content cues a text holds, whatever its headings say."""
    return _matches(_CONTENT_CUES, fold(text))


def dimensions_of(section: str, text: str) -> frozenset[str]:
    """The dimension ids a passage speaks to: its headings decide when one is telling (plus
    the cross-cutting holder, reporting, steps and scope, from its text), otherwise cue words in
    its text, and duties under a task-list heading. Possibly empty, possibly several."""
    by_heading = heading_dimensions(section or "")
    run_in = _run_in_dimensions(text)
    if by_heading is not None:
        return by_heading | run_in | _matches(_CROSS_CUES, fold(text))
    return content_dimensions(text) | run_in | _task_list(section or "")


# A plan's items headed by their run-in labels, several to a passage ("（一）工作机制。州大数据
# 管理局牵头成立…专班…（二）实施步骤。试点工作分为三个阶段"): each label is a heading of its item
_RUN_IN_LABEL = re.compile(
    r"(?:^|[\n。；;])\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*([^。，,：:；;\n]{2,12})[。：:]"
)


def _run_in_dimensions(text: str) -> frozenset[str]:
    found: frozenset[str] = frozenset()
    for label in _RUN_IN_LABEL.findall(text):
        found |= _matches(_HEADING_CUES, fold(label))
    return found


@lru_cache(maxsize=8192)
def _task_list(section: str) -> frozenset[str]:
    """{"duties"} under a heading that lists things to do (TASK_LIST_HEADINGS), else nothing."""
    for heading in section.split(SEPARATOR):
        words = _heading_words(heading)
        if words and _matches(_TASK_LIST, words):
            return frozenset({"duties"})
    return frozenset()


@lru_cache(maxsize=16384)
def _tags(section: str, text: str) -> frozenset[str]:
    return dimensions_of(section, text)


def tagged(chunk: Chunk) -> frozenset[str]:
    """A stored passage's dimensions, remembered: compare, brief and ask read the same passages
    again and again, and the tags depend on nothing else."""
    return _tags(chunk.section, chunk.text)


# The dimension that holds the answer to a question of a kind (kb.intents.question_kind): a
# by-when question compares timetables, a what-is-the-goal question the goals.
KIND_DIMENSIONS: dict[str, str] = {"when": "steps", "goal": "goals"}


# Dimensions as people ask about them rather than as a clause states them: who holds a post the
# question names (首席数据官由谁来当, 什么人来当, "who can be a CDO", "who is supposed to serve as";
# not "who should be notified"), which units are in the pilot (选了哪些单位试点, "which units were
# picked as pilots"). The passage cues (兼任, designated, 试点范围) are the answer's words, which a
# question need not use.
_UNITS = r"(?:单位|部门|地方|地区|城市|区县|区|县|市|镇|街道|企业|机构|委办局)"
_UNITS_EN = (
    r"(?:units|cities|departments|agencies|districts|counties|towns|places|companies|enterprises|bureaus)"
)
# how an asker hedges "who holds it" ("who actually holds", "who normally should be")
_HEDGE = r"(?:actually |really |currently |normally |usually |typically )?"
# 活(儿) as work, whatever the verb asks of it: 办法里对子公司的CDO都规定了哪些活儿 (not 哪些活动, 活期);
# kb.intents asks a post's duties by it too
WORK_ASKED = r"(?:哪些|哪几项|哪几样|什么|啥)活(?!动|力|跃|性|化|用|泼|期|体|页|着)"
_ASKED_CUES: dict[str, re.Pattern[str]] = {
    "holder": re.compile(
        # (兼 alone is 兼任 as people say it, the question's end after it: 由谁来兼的, 谁来兼呢; not
        # 兼顾, 兼得, 兼管)
        r"由谁(?:来)?(?:当|担任|兼任|出任|兼(?=的|着|呢|啊|[？?。，,]|$))|"
        r"谁(?:来|能|可以|可)(?:当|担任|兼任|出任|兼(?=的|着|呢|啊|[？?。，,]|$))|"
        r"什么(?:样的)?人(?:来|能|可以)?(?:当|担任|兼任)|"
        r"由哪(?:个|位|些|一级)[^？?。，,]{0,6}(?:担任|兼任|出任)|"
        rf"\bwho {_HEDGE}"
        r"(?:can|may|could|should|shall|must|will|gets to|is allowed to|is supposed to) "
        r"(?:be|serve as|become|hold)\b|\bwho (?:serves|holds|acts) as\b|"
        # "who actually holds the Chief Data Officer role", "how does Auckland fill its CDO post":
        # the post's name with its noun, which is no duties heading here
        rf"\bwho {_HEDGE}"
        r"(?:holds|fills|occupies|takes on|takes|gets) (?:the |that |this |a |an |its |their |[\w'’]+['’]s )"
        r"(?:[\w'’-]+ ){0,5}?(?:role|post|position|job|seat)\b|"
        r"\bhow (?:does|do|did|will|would|is|are) [^?]{0,60}?\bfill(?:s|ed|ing)? (?:the |that |this |its |their )"
        r"(?:[\w'’-]+ ){0,5}?(?:role|post|position|job)\b"
    ),
    # what a post's holder does, as people ask it: 数据专员具体要干哪些活, 主要管哪些事, 平时都干啥,
    # 给我们派了哪些活, 要管的事 (not 结果拿来干啥, 成立是为了干啥: what a thing is for; nor 要做什么整改,
    # 要做什么准备)
    "duties": re.compile(
        r"(?:要|具体|主要|平时|平常|都|到底|额外)(?:干|做|管)(?:哪些|哪几项|哪几件|哪几样|什么|啥)"
        r"(?=活|事|工作|的|[？?。，,！!呢啊吗]|$)|"
        r"(?:派|分配|安排|分派|交代)(?:了|给)?[^，,。？?]{0,4}(?:哪些|哪几项|哪几件|什么|啥)(?:活|任务|事)|"
        r"(?:要|需要|得|该)(?:干|做|管|负责)的(?:事|活|工作)|"  # 数据专员要管的事
        rf"{WORK_ASKED}|"
        # ... and in English: "what am I on the hook for", "what's on my plate", "what am I
        # supposed to do", "what do we have to do" (a post's holder asking; a named post: below)
        r"\bon the hook for\b|\bon (?:my|our|his|her|their) plate\b|"
        r"\bwhat(?:'s|’s| is| are) (?:my|our|his|her|their) (?:job|jobs|remit|brief)\b|"
        r"\bwhat (?:am i|are we) (?:supposed|expected|required) to do\b|"
        r"\bwhat (?:do|will|would) (?:i|we) (?:have|got) to do\b"
    ),
    "scope": re.compile(
        rf"哪些{_UNITS}[^？?。，,]{{0,4}}试点|试点(?:选了|选取了?|包括|有)哪些{_UNITS}|"
        # "which (city) departments and which counties/districts were chosen as pilots"
        rf"\bwhich (?:\w+ ){{0,2}}{_UNITS_EN}\b[^?]{{0,60}}?\b(?:picked|chosen|selected) as (?:\w+ )?pilots?\b|"
        rf"\bwhich {_UNITS_EN} (?:are|were) (?:in|part of)\b[^?]{{0,30}}\bpilot"
    ),
}


# A question that names its source by the document's kind ("那份给国会的报告里", "in the
# committee report"): the document it reads, not the reporting it asks about.
_SOURCE_NAMED = re.compile(
    r"(?:那|这)份[^，,。？?]{0,30}?报告(?:里|中|上)|"
    r"(?:^|[,，]\s*)(?:in|from|according to) (?:the|that|this|its|their) (?:[\w'’-]+ ){0,4}reports?\s*[,，]"
)


# Who puts someone in a post: the clause that designates its holder answers that too. The post is
# what is picked ("who gets to pick Pittsburgh's CDO", 首席数据官由谁任命, 谁来任命首席数据官), not
# something of it ("who selects the datasets the CDO publishes", 谁来指定首席数据官的考核指标)
_PUTS_IN_EN = re.compile(
    rf"\bwho {_HEDGE}(?:(?:gets|has|is) to |(?:can|may|should|shall|must|will|does|do) )?"
    r"(?:picks?|chooses?|appoints?|selects?|designates?|nominates?|hires?)\b(?!\s+up\b)\s+(?P<post>[^,.;:?!]{1,60})"
)
_PUTS_IN_ZH = "(?:任命|指定|选定|选派|挑选|聘任|提名)"
_PUTS_IN_ZH_AFTER = re.compile(rf"谁(?:来|负责|有权)?{_PUTS_IN_ZH}(?P<post>[^，,。？?；;]{{1,16}})")
_PUTS_IN_ZH_BEFORE = re.compile(
    rf"(?P<post>[^，,。？?；;]{{1,16}}?)由?谁(?:来|负责|有权)?{_PUTS_IN_ZH}(?=[？?。，,呢啊吗]|$)"
)
# the words before a noun ("Pittsburgh's CDO", "the agency CDO") and the first that ends it
_DETERMINERS = re.compile(r"^(?:(?:the|a|an|our|their|its|this|that|each|every|[\w'-]+['’]s)\s+)+")
_NOUN_ENDS = re.compile(
    r"\s(?:to|for|of|that|who|which|in|on|at|and|or|is|are|was|were|will|should|must|each|every|the|a|an)\b"
)


def _asks_who_appoints(folded: str) -> bool:
    for m in _PUTS_IN_EN.finditer(folded):
        post = _DETERMINERS.sub("", m.group("post").strip())
        post = post[: m2.start()] if (m2 := _NOUN_ENDS.search(post)) else post
        if roles_named(post):
            return True
    for pattern in (_PUTS_IN_ZH_AFTER, _PUTS_IN_ZH_BEFORE):
        for m in pattern.finditer(folded):
            head = m.group("post").split("的")[-1]  # a Chinese phrase ends with its noun: the post
            if any(mention.end == len(head) for mention in zh_role_mentions(head)):
                return True
    return False


# "what is a data steward supposed to do": a post's duties where a post is named (not "what is
# the data strategy supposed to do")
_POST_SUPPOSED_TO = re.compile(
    r"\bwhat (?:is|are) (?P<post>(?:the|a|an|our|their) [\w'’ -]{1,40}?) (?:supposed|expected|required) to do\b"
)


def question_dimensions(question: str, kind: str = "") -> frozenset[str]:
    """The dimensions a question asks about. A question is as short as a heading and words like
    one ("多久交一次总结", "training"), so the heading cues count as well as the passage cues."""
    folded = _SOURCE_NAMED.sub(" ", fold(question))
    by_kind = frozenset([KIND_DIMENSIONS[kind]]) if kind in KIND_DIMENSIONS else frozenset()
    by_asking = frozenset(dim for dim, cue in _ASKED_CUES.items() if cue.search(folded))
    if any(roles_named(m.group("post")) for m in _POST_SUPPOSED_TO.finditer(folded)):
        by_asking |= {"duties"}
    if "holder" in by_asking and not roles_named(question):
        by_asking -= {"holder"}  # "who should be notified" names no post
    if _asks_who_appoints(folded):
        by_asking |= {"holder"}
    if "holder" in by_asking:  # the post it asks who holds ("the CDO role") is no duties heading
        folded = _ASKED_CUES["holder"].sub(" ", folded)
    return _matches(_HEADING_CUES, folded) | _matches(_CONTENT_CUES, folded) | by_kind | by_asking
