"""Role names and their aliases: one canonical (role, level) for every way a text names a CDO role.

Chinese roles keep their Chinese names (首席数据官, 首席数据执行官, 副首席数据官, 数据专员, 政务专员,
数据联络专员) with the level taken from the prefix (县首席数据官 -> 县, 社区数据专员 -> 社区: a level of
a role's name, not one of LEVELS that a plan is drafted for). English roles are "Chief Data Officer"
(also the "chief data official" of machine translations), "Chief Data Executive Officer",
"CDO Council" and "agency head"; an agency CDO has level "agency". A bare "CDO" is the Chinese
首席数据官 unless the text is English. For filters, 首席数据官 and Chief Data Officer are the same
role, and so are the other posts named in both languages (数据管家 and Data Steward, 数据专员 and
Data Specialist; see `role_matches`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kb.text import fold

ZH_CDO = "首席数据官"
EN_CDO = "Chief Data Officer"
CDO_COUNCIL = "CDO Council"
AGENCY_HEAD = "agency head"
EN_EXECUTIVE = "Chief Data Executive Officer"  # 首席数据执行官 in English (Huizhou's English news)
EN_DEPUTY = "Deputy Chief Data Officer"  # 副首席数据官 in English: the CDO's deputy, with duties of its own

LEVELS = ("省", "市", "县", "区", "镇", "部门", "街道", "企业")
_LEVEL_WORD = {
    "省": "省",
    "市": "市",
    "县": "县",
    "区": "区",
    "镇": "镇",
    "乡镇": "镇",
    "乡": "镇",
    # an autonomous prefecture's (恩施州首席数据官) or, in a text on the United States, a state's
    # (州首席数据官): a prefix of the role's name that says no level of its own
    "州": "",
    "旗": "县",  # a banner (鄂尔多斯's 旗区首席数据官) as a county
    "街道": "街道",
    "社区": "社区",  # 社区数据专员: a community's, not a district's (区)
    "部门": "部门",
    "单位": "部门",
    "企业": "企业",
    "政府": "",
}


def level_named(word: str) -> str:
    """The level a word names as LEVELS write it (乡镇 and 乡 are 镇, 单位 is 部门); the word itself
    when it names none."""
    return _LEVEL_WORD.get(word) or word


# The CDO and the network of data roles plans set up under it (一官两员, 三级队伍: 数据专员,
# 数据联络员, 数据管理员, 社区数据网格员, 部门数据管家; a CDO's 助理), each its own role.
_ZH_ROLE_NAMES = {
    "首席数据官助理": "首席数据官助理",
    "首席数据执行官": "首席数据执行官",
    "副首席数据官": "副首席数据官",  # the CDO's deputy (街道副首席数据官 assists the 街道首席数据官)
    "首席数据官办公室": "首席数据官办公室",  # the office that runs the system day to day (办公室设在数据局)
    "首席数据官": ZH_CDO,
    "数据联络专员": "数据联络专员",
    "数据联络员": "数据联络员",
    "数据专员": "数据专员",
    "数据管理专员": "数据专员",  # a company's unit's 数据专员 (子公司数据管理专员)
    "数据管理员": "数据管理员",
    "数据网格员": "数据网格员",
    "数据管家": "数据管家",
    "政务专员": "政务专员",
    "cdo": ZH_CDO,
    "资料长": ZH_CDO,  # Taiwan's name for the CDO (資料長: 資料 is its word for data)
    "首席资料长": ZH_CDO,
    "副资料长": "副首席数据官",  # and its deputy and its units' data officers (副資料長, 資料專員)
    "副首席资料长": "副首席数据官",  # (副首席資料長, as 彰化縣's 要點 names the deputy)
    "资料专员": "数据专员",
    "资料管理员": "数据管理员",  # (資料管理員, a 要點's 資料管理人員 that each 局處 names)
    "资料管理人员": "数据管理员",
}
# The same network in English texts: a department's or agency's data officer, its stewards,
# liaisons, custodians, coordinators and leads (Conn. Gen. Stat. § 4-67p's agency data officer, San
# Francisco's Data Coordinators).
_EN_NETWORK = {
    "officer": "Data Officer",
    "steward": "Data Steward",
    "liaison": "Data Liaison",
    "custodian": "Data Custodian",
    "owner": "Data Owner",  # a domain's or a division's accountable manager (beside its custodians)
    "coordinator": "Data Coordinator",
    "lead": "Data Lead",
    "commissioner": "Data Commissioner",  # 数据专员 as machine translation renders it (专员: commissioner)
    "specialist": "Data Specialist",  # 数据专员 as official translations render it (kb.glossary)
    "focal person": "Data Focal Person",  # a unit's contact for data, as African and Asian governments name it
    "focal point": "Data Focal Person",
    "champion": "Data Champion",  # a directorate's or unit's lead for data (Australia's, South Africa's)
}
# One post in both languages: its Chinese name and the English ones texts and translations
# give it (数据管家: CC-CEDICT's steward; 数据专员: official "data specialist", machine-translated
# "data commissioner"; 数据联络员 and 数据联络专员: liaison)
_SAME_POST = (
    {ZH_CDO, EN_CDO},
    {"副首席数据官", EN_DEPUTY},
    {"数据管家", "Data Steward"},
    {"数据专员", "Data Specialist", "Data Commissioner"},
    {"数据联络员", "数据联络专员", "Data Liaison"},
)
_EQUIVALENT = {role: post for post in _SAME_POST for role in post}

# The names of the Chinese roles as a text writes them, longer first (not a 副资料长's 资料长), then
# the other data posts a text may set up (数据主任 of a 通函, a project's 数据员, 数据分析员), not
# 数据人员 (staff), 数据成员, 数据员工 or a 数据委员会.
ZH_ROLE_ALT = (
    r"首席数据官助理|首席数据执行官|副首席数据官|首席数据官办公室|首席数据官|数据联络专员|数据联络员|数据专员|数据管理专员|数据管理员|数据网格员|数据管家|政务专员|"
    r"副首席资料长|首席资料长|副资料长|(?<!副)资料长|资料专员|资料管理员|资料管理人员|数据(?:主任|(?:[专审质录采]|分析|安全|标注|质量)?员(?![工会额]))"
)
# (州 and 旗 alone, not ending a place's name: 州首席数据官, 县市和州直部门; not 广州市, 达拉特旗)
_LV = r"(?:乡镇|街道|社区|部门|单位|企业|政府|省|市|县|区|镇|乡|(?:(?<![\u4e00-\u9fff])|(?<=[各全本和及与、]))[州旗])"
_LV_ITEM = rf"(?:(?:试点|首批|各|全)?{_LV}(?:级|直)?(?:\((?:单位|区|市、区|县、区|市|街道|镇|乡镇)\))?(?:、|和|及|与|或)?)"
ZH_ROLE_RE = re.compile(
    rf"(?P<prefix>(?:各地区?)?(?:[一二三四五]级(?=单位|企业))?{_LV_ITEM}*(?:两级|三级|四级|各级|本级|本单位|本部门)?)"
    rf"(?P<role>{ZH_ROLE_ALT}|(?<![A-Za-z])CDO(?![A-Za-z]))",
    re.IGNORECASE,
)
_LV_TOKEN = re.compile(rf"(?P<lv>{_LV})(?P<mod>级|直)?(?:\([^)]*\))?(?P<sep>、|和|及|与|或)?")

EN_ROLE_RE = re.compile(
    r"(?P<council>\b(?:the\s+)?(?:federal\s+)?(?:chief\s+data\s+officers?(?:'|’)?\s*(?:\(CDOs?\)\s*)?|CDOs?\s+)council\b)"
    r"|(?P<head>\b(?:the\s+)?heads?\s+of\s+(?:each|an|the|every|all|such)\s+(?:executive\s+)?agenc(?:y|ies)\b|\bagency\s+heads?\b)"
    r"|(?P<cdo>(?P<pre>\b(?:the\s+|an\s+|each\s+|all\s+)?(?P<agency>(?:agency|ministry)(?:'s|’s)?\s+|"
    r"(?:agencies|ministries)(?:'|’)\s+|departmental\s+)?)"
    # (a "Chief Data and Analytics Officer", CDAO, is the same post with analytics in its name)
    r"(?:chief\s+data\s+(?:(?:and|&)\s+analytics\s+)?offic(?:ers?|ials?)|\bCDA?Os?)\b(?:\s*\(CDA?Os?\))?"
    r"(?P<of>\s+of\s+(?:an|the|each|every|that|such|its)\s+(?:[\w-]+\s+)?(?:agency|body|ministry))?)"
    r"|(?P<executive>\b(?:the\s+)?chief\s+data\s+executive\s+officers?\b)"
    # the CDO's deputy ("The Deputy CDO:", "an agency Deputy Chief Data Officer", "A Deputy Agency
    # CDO"), a post of its own
    r"|(?P<deputy>\b(?:(?:the|a|an|each)\s+)?(?:agency\s+)?deputy\s+(?:(?:agency|departmental|ministry)\s+)?"
    r"(?:chief\s+data\s+officers?|CDOs?)\b)"
    r"|(?P<network>\b(?:(?:the|each|every|all|an?)\s+)?(?:(?:department|departmental|agency|division|program"
    # (a statute's "data management officer" too: the same post under its management, not a
    # data protection officer's privacy post)
    r"|principal\s+office)\s+)?data\s+(?:(?:management|governance)\s+)?(?P<kind>officer|steward|liaison|custodian|owner|coordinator|lead|commissioner|specialist|champion|focal\s+(?:person|point))s?\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RoleMention:
    start: int
    end: int
    role: str
    levels: tuple[str, ...]  # one or more levels (县、镇两级 -> 县, 镇); () when not stated


def _levels_from_prefix(prefix: str) -> tuple[str, ...]:
    """县、镇两级 -> (县, 镇); 县试点部门 -> (部门,) since a level directly before another one
    without a separator only qualifies it; 各级/本级 -> ()."""
    found: list[tuple[str, bool]] = []  # (level, followed by a separator)
    for m in _LV_TOKEN.finditer(prefix):
        found.append((_LEVEL_WORD[m.group("lv")], bool(m.group("sep"))))
    levels: list[str] = []
    for i, (level, sep) in enumerate(found):
        last = i == len(found) - 1
        if (last or sep) and level and level not in levels:
            levels.append(level)
    return tuple(levels)


def zh_role_mentions(
    folded: str, start: int = 0, end: int | None = None, systems: bool = True
) -> list[RoleMention]:
    """Chinese role mentions in folded (simplified) text, with the levels their prefix names.
    With `systems` False, not the system named after a role, as a duty's subject is never one
    (市首席数据官制度推进工作领导小组 is a body, 首席数据官制度实施期间 a period); a question's or a
    title's 首席数据官制度 still asks of the role."""
    end = len(folded) if end is None else end
    out = []
    for m in ZH_ROLE_RE.finditer(folded, start, end):
        if not systems and folded.startswith("制度", m.end()):
            continue
        role = _ZH_ROLE_NAMES.get(m.group("role").lower(), m.group("role"))
        out.append(RoleMention(m.start(), m.end(), role, _levels_from_prefix(m.group("prefix"))))
    return out


def en_role_mentions(
    folded: str, start: int = 0, end: int | None = None, council_alias: bool = False
) -> list[RoleMention]:
    """English role mentions; `council_alias` lets a bare "the Council" mean the CDO Council."""
    end = len(folded) if end is None else end
    out = []
    for m in EN_ROLE_RE.finditer(folded, start, end):
        if m.group("council"):
            out.append(RoleMention(m.start(), m.end(), CDO_COUNCIL, ()))
        elif m.group("head"):
            out.append(RoleMention(m.start(), m.end(), AGENCY_HEAD, ("agency",)))
        elif m.group("executive"):
            out.append(RoleMention(m.start(), m.end(), EN_EXECUTIVE, ()))
        elif m.group("deputy"):
            out.append(RoleMention(m.start(), m.end(), EN_DEPUTY, ()))
        elif m.group("network"):
            if m.group("kind") in ("lead", "leads"):
                continue  # "open data lead to better services": a Data Lead is written as a title
            if m.group("kind").lower() == "commissioner" and re.search(
                r"\b(?!(?:The|A|An|Each|Every|All|Any|No|Its|Their|Our|This|These|That|Those|Such|Your|His|Her"
                r"|Where|When|If|Once)\b)[A-Z][a-z]+[ \t]+$",
                folded[max(0, m.start() - 30) : m.start()],
            ):
                # the National Data Commissioner: a regulator's title, not a unit's 数据专员 (not "The
                # data commissioner", nor a heading's last word on the line above)
                continue
            out.append(
                RoleMention(m.start(), m.end(), _EN_NETWORK[" ".join(m.group("kind").lower().split())], ())
            )
        else:
            agency = bool(m.group("agency") or m.group("of"))
            out.append(RoleMention(m.start(), m.end(), EN_CDO, ("agency",) if agency else ()))
    if council_alias:
        taken = [(r.start, r.end) for r in out]
        for m in re.finditer(r"\b[Tt]he\s+Council\b", folded[start:end]):
            s, e = m.start() + start, m.end() + start
            if not any(a <= s < b for a, b in taken):
                out.append(RoleMention(s, e, CDO_COUNCIL, ()))
        out.sort(key=lambda r: r.start)
    return out


def canonical_role(name: str, lang: str = "") -> tuple[str, str]:
    """Any alias -> (role, level): "县首席数据官" -> ("首席数据官", "县"), "CDO" -> ("首席数据官", ""),
    "agency Chief Data Officer" -> ("Chief Data Officer", "agency"), "chief data officer" ->
    ("Chief Data Officer", ""). A bare CDO is English only when `lang` starts with "en".
    Several levels (镇、部门首席数据官) give the first. Unknown names give ("", "")."""
    text = fold(name).strip()
    if not text:
        return "", ""
    mentions = zh_role_mentions(text)
    english_words = re.search(r"chief|officer|council|agency|head|deputy", text)
    if mentions and not english_words:
        best = max(mentions, key=lambda r: r.end - r.start)
        role = best.role
        if role == ZH_CDO and lang.startswith("en") and re.fullmatch(r"(?:the\s+)?cdos?", text):
            role = EN_CDO
        return role, best.levels[0] if best.levels else ""
    mentions_en = en_role_mentions(text, council_alias=text in {"council", "the council"})
    if mentions_en:
        best = max(mentions_en, key=lambda r: r.end - r.start)
        if best.role == EN_CDO and not english_words and not lang.startswith("en"):
            return ZH_CDO, ""
        return best.role, best.levels[0] if best.levels else ""
    return "", ""


def role_matches(query: str, role: str, level: str, lang: str = "", across_languages: bool = False) -> bool:
    """Whether a duty's (role, level) answers a --role filter such as "部门首席数据官" or "CDO".
    首席数据官 and Chief Data Officer are one role (and so are the posts of _SAME_POST); a query
    without a level matches every level."""
    q_role, q_level = canonical_role(query, lang)
    if not q_role:
        return same_body(query, role)
    if role not in _EQUIVALENT.get(q_role, {q_role}):
        return False
    return not q_level or level in (_SAME_LEVEL.get(q_level, {q_level}) if across_languages else {q_level})


_BODY_NAME_CHARS = 4  # a Chinese body's name at least this long to match by its ending: 联席会议


def same_body(asked: str, role: str) -> bool:
    """Whether a body a question names is the one a duty is given to: the same name, or in Chinese
    one name ending the other (联席会议 of 县首席数据官联席会议, as a plan names it short once set up)."""
    a, b = (re.sub(r"^the\s+|\s+", "", fold(name), flags=re.IGNORECASE) for name in (asked, role))
    if not a or not b:
        return False
    if a == b:
        return True
    chinese = all(re.search(r"[\u4e00-\u9fff]", name) for name in (a, b))
    return chinese and min(len(a), len(b)) >= _BODY_NAME_CHARS and (a.endswith(b) or b.endswith(a))


# An agency's or a department's CDO in English is a 部门首席数据官 in Chinese, and the reverse, for a
# question asked in the other language ("the duties of a departmental chief data officer" of a
# Chinese circular); a --role filter keeps the level as written
_SAME_LEVEL = {"agency": {"agency", "部门"}, "部门": {"部门", "agency"}}


# A body: a Chinese organ name (…局, …厅, …办公室, …委员会, …领导小组, …部门, …政府) or an English
# one (a word such as Council, Committee, Office, Agency, Bureau; or an acronym such as OMB, GSA).
_ZH_BODY = re.compile(
    r"(?:局|厅|委|办|办公室|办公厅|委员会|联席会议|推动会|领导小组|工作小组|小组|专班|政府|部门|单位|中心|机构|企业|镇|街道|"
    r"各地|各区|各县|各市)$"
)
_EN_BODY_WORD = re.compile(
    r"(?i)\b(?:councils?|committees?|offices?|agenc(?:y|ies)|bureaus?|departments?|administration|"
    r"government|groups?|program(?:me)?|teams?|boards?|commissions?|centers?|centres?|community|"
    r"secretary|director|administrator|chair|members?|officers?|officials?|congress|comptroller\s+general)\b"
)
_ACRONYM = re.compile(r"\b[A-Z]{2,}s?\b")
# An English lead-in that is not part of a name: a preposition or conjunction opening the phrase.
_EN_LEAD_WORD = re.compile(
    r"(?i)^(?:by|in|for|under|after|before|within|through|upon|once|when|if|as|required|encouraged|"
    r"thereafter|then|also|and|or|where|while|until|since|from|with|to|of|at|on)\b"
)

_EN_DETERMINER = re.compile(
    r"(?i)^(?:the|all|each|every|any|relevant|participating|covered|other|such|agenc(?:y|ies))\b"
)

_EDGE = re.compile(r"^[\s,,;;.]+|[\s,,;;.]+$")


def is_body_name(name: str) -> bool:
    """A Chinese body's name by its ending (…委员会, …办公室, …联席会议), not a post's; a 部 is left
    out (数据管理部 reads as a post), as 干部 ends so too."""
    return bool(_ZH_BODY.search(name))


def who_name(phrase: str) -> str:
    """The role or body a deadline's `who` names, or "" when the phrase holds none: the longest
    ending of the phrase that is one, so a lead-in ("thereafter, the Chief Data Officer",
    "Required for all agencies", a citation's tail "115-435) 44 USC § 3520A.1 The Council") and
    footnote marks fall away."""
    text = _EDGE.sub("", re.sub(r"\[\^\d+\]|[*†‡]+", "", phrase))
    starts = [0, *(m.end() for m in re.finditer(r"[\s,,;;:.)\]、]+", text))]
    for start in starts:
        tail = _EDGE.sub("", text[start:])
        if _is_role_or_body(tail):
            return tail
    return ""


def _is_role_or_body(text: str) -> bool:
    if not text or len(text) > 120 or re.search(r"\d{3}|§", text):
        return False
    if re.search(r"[\u4e00-\u9fff]", text):
        if re.search(r"[,,;;。:]", text) or len(text) > 30:
            return False
        return bool(_ZH_BODY.search(text) or zh_role_mentions(text))
    if _EN_LEAD_WORD.match(text) or len(text.split()) > 14:
        return False
    if not (text[:1].isupper() or _EN_DETERMINER.match(text)):
        return False  # "statute, the Council": a lower-case word that is not a determiner
    head, comma, _ = text.partition(",")
    if comma and not _is_role_or_body(head.strip()):
        return False  # "every two years thereafter, the Chief Data Officer": a list's first item must be one
    return bool(en_role_mentions(text) or _EN_BODY_WORD.search(text) or _ACRONYM.search(text))


def role_label(role: str, level: str) -> str:
    """How a table names a role: 县首席数据官, Chief Data Officer (agency)."""
    if not level:
        return role
    return f"{role} ({level})" if role.isascii() else f"{level}{role}"


def who_label(who: str) -> str:
    """A deadline's `who` as a group: the canonical role when it names just one role (The Chief Data
    Officer of an agency -> Chief Data Officer (agency)), else as written (a body, or a list such as
    "CIO and Chief Data Officer Councils" or 试点镇、部门首席数据官)."""
    if re.search(r",|\band\b|、|及|和|与", who):
        return who
    role, level = canonical_role(who)
    return role_label(role, level) if role else who


# The clause that puts someone in a role: 由县长兼任 after the role's name (首席数据官由…兼任,
# 设立数据专员，由…担任) or before it (由县长兼任首席数据官); "designate … as the Chief Data
# Officer", or "the Chief Data Officer shall be designated/appointed".
_ZH_HELD = re.compile(r"由[^。；;，,]{1,40}?(?:兼任|担任|出任)")
_EN_HELD_AFTER = re.compile(r"\b(?:designat|appoint|nam)(?:e|es|ed|ing)?\b[^.;]{0,80}?\bas\s+", re.IGNORECASE)
_CLAUSE_END = "，,；;"
_EN_HELD_BEFORE = re.compile(r"\bshall\s+be\s+(?:designated|appointed|named)\b", re.IGNORECASE)
# ... or says by whom, the role its subject: "The CDO shall be a member of the ELT and is appointed
# by the CEO" (not "Data stewards work with the CDO and are appointed by …")
_EN_APPOINTED_BY = re.compile(
    r"\b(?:is|are|will\s+be)\s+(?:designated|appointed|named)\s+by\b", re.IGNORECASE
)
# "The role of Chief Data Officer is held by the Chief Digital Officer": 由…担任 in English, the
# role right before it (not "the CDO ensures that data which is held by …")
_EN_HELD_BY = re.compile(
    r"\b(?:(?:role|post|position)\s+)?(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:(?:currently|normally|usually|ordinarily)\s+)?(?:held|filled|performed)\s+by\b",
    re.IGNORECASE,
)
# ... the role as the subject, not a passive's agent or an object: "Data approved by the CDO is held by"
_NOT_SUBJECT = re.compile(r"\b(?:by|about|from|to|with|for)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_HELD_BY_GAP = 3  # characters between the role's name and "is held by": a plural's s, a bracket
_AGENT_REACH = 16  # characters before the role's name: "about the "


# A body by its capitalised name (the Commonwealth Data Governance Council, the Data Governance
# Board, "the Steering Committee on Data Governance"): the duties reader's (ingest.duties) and a
# question's (kb.intents.asked_body)
EN_BODY_NAME = re.compile(
    r"\b(?:[A-Z][\w&'-]*\s+){1,5}(Council|Board|Committee|Commission|Office|Secretariat|(?<!Working\s)Group|Forum|Panel|(?<!Area\s)(?<!Private\s)(?<!Social\s)(?<!Computer\s)Network)\b"
    r"(?:\s+(?:on|for)\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}\b)?"
)


def same_role(role: str) -> str:
    """首席数据官 and Chief Data Officer as one role, as questions and duties are matched."""
    return ZH_CDO if role == EN_CDO else role


def roles_held(text: str) -> frozenset[str]:
    """The roles a sentence or passage puts someone in: the one right after 由…兼任
    (由县长兼任县首席数据官), else the nearest named before 由 in its clause or the clause before
    (设立数据专员，由…担任; not a role an earlier clause merely cites); the role after "designate
    … as", or before "shall be designated". 首席数据官 and Chief Data Officer as one; empty when it puts no one in a role."""
    return frozenset(_held_roles(fold(text)))


def _held_roles(text: str) -> Iterator[str]:
    for m in _ZH_HELD.finditer(text):
        after = zh_role_mentions(text, m.end(), min(len(text), m.end() + 12))
        if after and after[0].start - m.end() <= 2:
            yield same_role(after[0].role)
            continue
        clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END)
        previous = max(text.rfind(c, 0, max(clause, 0)) for c in _CLAUSE_END) if clause > 0 else -1
        before = zh_role_mentions(text, previous + 1, m.start())
        if before or after:
            yield same_role((before[-1] if before else after[0]).role)
    for m in _EN_HELD_AFTER.finditer(text):
        after = en_role_mentions(text, m.end(), min(len(text), m.end() + 60))
        if after and after[0].start - m.end() <= 5:
            yield same_role(after[0].role)
    for m in _EN_HELD_BEFORE.finditer(text):
        before = en_role_mentions(text, max(0, m.start() - 80), m.start())
        if before:
            yield same_role(before[-1].role)
    for m in _EN_APPOINTED_BY.finditer(text):
        held = _subject_before(text, m.start())
        if held and not re.search(r"[,;]|\b(?:who|which|that)\b", text[held.end : m.start()]):
            yield same_role(held.role)
    for m in _EN_HELD_BY.finditer(text):
        held = _subject_before(text, m.start())
        if held and m.start() - held.end <= _HELD_BY_GAP:
            yield same_role(held.role)


def _subject_before(text: str, at: int) -> RoleMention | None:
    """The English role named last before `at`, unless it is a passive's agent or an object
    ("approved by the CDO", "reports to the CDO")."""
    before = en_role_mentions(text, max(0, at - 80), at)
    held = before[-1] if before else None
    if held and _NOT_SUBJECT.search(text, max(0, held.start - _AGENT_REACH), held.start):
        return None
    return held


def roles_named(text: str) -> frozenset[str]:
    """The roles a question names, 首席数据官 and Chief Data Officer as one."""
    folded = fold(text)
    return frozenset(same_role(r.role) for r in zh_role_mentions(folded) + en_role_mentions(folded))
