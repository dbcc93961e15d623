"""Duties: for every role, the duties the text gives it, with the verbatim clause and section.

Chinese plans name a subject role at the start of a clause (县、镇两级首席数据官应…, 设县首席数据执行官
一名,由…兼任,负责…) and then chain duties with semicolons and commas; a clause without its own
subject continues the previous one (…;推进… / 。应全力推动…). English statutes and plans say
"<role> shall …", sometimes followed by an enumerated list ("The Chief Data Officer of an agency
shall (1) …; (2) …"). Table rows whose responsible party is a role are duties too. Lists come
marked (首席数据官主要职责:(一)…) or run in (职责范围包括推进…、加强…等). One row per role, level and
duty: the same duty read twice is kept once.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from ingest.chunk import roman_value
from ingest.dates import ZH_PAST, clause_start
from ingest.extract import (
    EN_CHARGED_WITH,
    EN_FOLLOWING_DUTIES,
    EN_ORDERING_VERB,
    EN_RESPONSIBLE_FOR,
    TASK_TIME_LABELS,
    TASK_UNIT_LABELS,
    SectionIndex,
    Span,
    clean_phrase,
    is_table_row,
    segments,
    sentences,
    skip_markers,
    split_on,
    table_cells,
    units,
)
from kb.dates import cn_number
from kb.roles import (
    CDO_COUNCIL,
    EN_BODY_NAME,
    EN_CDO,
    ZH_CDO,
    ZH_ROLE_ALT,
    RoleMention,
    en_role_mentions,
    zh_role_mentions,
)
from kb.text import fold_compact, fold_same_length, is_chinese
from kb.types import Chunk, Document, Duty

# A duty's subject is a role, never the system named after it (市首席数据官制度推进工作领导小组 is
# a body's name); a title's 首席数据官制度 still names the role (zh_role_mentions)
_zh_roles = functools.partial(zh_role_mentions, systems=False)

# --------------------------------------------------------------------------- Chinese

_ZH_INTRO = re.compile(
    # (the units that set one up before: 设立首席数据官的单位应当明确数据专员, 县级以上人民政府及其有关部门、国有企业可以设立首席数据官)
    r"(?:[^,，;；。：:]{2,30}?(?:单位|部门|机构|企业|政府)(?:应当|应|要|须|可以|可)(?=设立|设置|配备|明确|指定))?"
    # (or the body itself that sets it up, as a 要點 writes: 本府置首席資料長一人)
    r"(?:本(?:府|市|县|区|局|厅|委|院|部|单位|部门|机关)(?=设|置))?"
    r"(?:同时|并|另|还|其中)?(?:应当?)?(?:分别)?(?:设立|设置|设|置|配备|配齐|明确|选拔|选派|确定|指定)?(?:一名|一位|1名)?"
    r"(?:专责|专职|兼职)?"  # (指定一名专责资料管理员: a post given to one officer alone)
    r"(?:由[^,,;;。]{1,40}?(?:担任|兼任)的)?"
)
# 要 as "must", not the first character of a word (要求, 要点 as in 设置要点, 要素, 要害)
_ZH_MUST = r"要(?!求|点|素|害)"
_ZH_MODAL = re.compile(rf"应当|应(?!急|用|对|上|答)|{_ZH_MUST}|须|必须|需要|负责|不得|可以")
_ZH_ADVERB = "(?:主要|具体|还|也|同时|则|均|都){1,2}"  # 首席数据官主要负责…, 区首席数据官则负责…, 数据专员则主要负责…: between the role and its verb
_ZH_VERBISH = re.compile(
    # 首席数据官本人原则上须参加: the holder in person
    # (首席資料長並應於…前提出…: and must, too)
    rf"(?:一名|各一名|一位)?\s*(?:本人)?(?:原则上)?(?:(?:并|还|也|同时)(?=应|{_ZH_MUST}|须|必须))?(?:{_ZH_ADVERB}负责|应当|应(?!用)|要|须|必须|需要|负责|不得|可|组织|推动|推进|统筹|协调|牵头|指导|监督|审核|"
    r"开展|落实|建立|健全|制定|制订|参与|配合|加强|强化|确保|承担|做好|督促|协助|实施|编制|定期|每年|每个?季度|每半年|每个?月|"
    r"向|对|按照|结合|积极|全面|加快|完善|探索|履行|研究|提出|审查|把关|将(?!来|由|被|纳入|列入|获得|予以|作为)|于(?=[^,,;;。]{2,14}(?:前|内|底)|\d{4}年)|"
    # 在首席数据官领导下开展具体工作: under whose lead, then what it does
    r"在[^,,;;。]{1,16}?(?:领导|指导|统筹|带领)下)"
)
_ZH_CONT_START = re.compile(rf"应当|应(?!用)|{_ZH_MUST}|须|必须|还应|还要|同时应|并|同时|另外|此外|原则上")
_ZH_ACTOR_START = re.compile(
    r"[\u4e00-\u9fff“”、]{1,30}?(?:局|厅|委|办|办公室|小组|政府|部门|单位|中心|机构|企业|各地|各区|各县)(?=应|要|须|将|负责|组织|定期|[,,])"
)
# What a role is, said before what it does: 则是首席数据官的“左膀右臂”, 是本单位数据工作的助手
_IS_A = re.compile(r"\s*(?:则|就|也|即)?(?:是(?!否|不是)|作为)[^,，;；。]{1,30}")
_INTRO_BEFORE = re.compile(
    r"(?:设立|设置|配备|配齐|选拔|选派|指定)(?:一名|一位|1名)?(?:专责|专职|兼职)?(?:由[^,,;;。]{1,40}?(?:担任|兼任)的)?$"
)
# 园区, 集团, 开发区, 市大数据局: a unit's name by its ending, not the words of a clause (进一步深化)
# what opens a list of duties (履行以下职责：, 如下事项：), as the duty phrase keeps it
_LIST_LEAD_IN = re.compile(
    r"(?:\S{0,12}?(?:履行|承担|负责))?(?:以下|下列|如下)(?:主要)?(?:职责|职能|任务|工作|事项)"
)
# (or is named to it: 各单位明确本单位…负责人为数据专员，协助…)
_TAKES_POST = re.compile(
    # (区数据局局长任区政府副首席数据官, 主要负责人任本部门首席数据官: 任 after a post or a
    # leader takes the post, as 担任 does)
    # (the place's name between: 局长任州副首席数据官, 任恩施州副首席数据官)
    r"(?<!由)[^由,,;;。]{2,40}(?:担任|兼任|(?<=[长任记员官理导人])任)(?:[\u4e00-\u9fff]{0,3}[州市县区省旗])?$"
    r"|(?:明确|指定|确定|任命|聘任|选派)[^由,,;;。]{1,40}为$"
)
_UNIT_NAME = re.compile(
    r"[\u4e00-\u9fff]{0,5}(?:区|园|集团|公司|局|厅|委|办|中心|单位|部门|街道|镇|县|市|省|企业|机关)"
)
# What a text says of the holders before the role's name: 新任数据专员应当…, 专职数据专员负责…,
# 被考核单位首席数据官负总责 (a passive participle: the units that are assessed), 各试点市首席数据官要…
# (the pilot places' own), 各成员单位首席数据官于…前报送 (a joint meeting's member units')
_ROLE_MODIFIER = re.compile(r"新任|现任|新任命的|专职|兼职|被[\u4e00-\u9fff]{1,4}|各?(?:试点|成员)|各")
# Where a body sits, said between its name and its duties
_SITS_IN = re.compile(r"\s*(?:设在|设于|挂靠)[^,，;；。]{2,24}")
# A parenthesis right after a subject, saying where it sits or what it is called:
# 区首席数据官办公室（设在区政务服务数据管理局）负责…, 首席数据官（以下简称CDO）应…
_ASIDE = re.compile(r"\s*\([^()]{1,30}\)")
_JOINT_SUBJECT = re.compile(r"(?:[\u4e00-\u9fff]{2,10}(?:、|及|和|与|以及))+")
# A piece that opens by acting on others (具体指导数据工作专班和社区数据专员开展工作): the roles after
# it are its objects, not a joint subject
_LEADS_OTHERS = re.compile(
    r"(?:具体|负责|积极)?(?:指导|协助|督促|配合|组织|支持|推动|会同|带领|帮助|统筹|协调)"
)
_HOLDER = re.compile(r"由(?P<h>[^,,;;。]{2,40}?)(?:兼任|担任)")
# What an item that says what the holder does opens with (组织…, and a duty list's stock last item,
# 完成…交办的其他事项)
_DOES = re.compile(rf"{_ZH_VERBISH.pattern}|完成")
_DUTY_FOLLOWS = re.compile(r"[,，]\s*(?:主要)?(?:负责(?!人|同志)|承担|统筹|牵头)")
# What the one after 由 does (由区首席数据官办公室予以通报批评, 联席会议由区首席数据官召集, 由办公室另行
# 补充公布): whatever follows, except the words that make it a member or the holder of a post
# (由各部门首席数据官组成, 由首席数据官兼任) or go on naming others (由首席数据官和数据专员…)
_AGENT_VERB = (
    r"(?:直接|统一|及时|另行)?(?!组成|构成|担任|兼任|任(?!务)|参加|参与|出席|列席|的|和|及|与|、|或|等"
    # a noun going on from the name (由首席数据官所在单位承担, 由…办公室工作人员组成)
    r"|所在|工作人员|人员|主任|成员|负责人|相关)[\u4e00-\u9fff]"
)
# A clause that says who belongs to or holds something, wherever its verb (由区数据工作领导小组办公室主任兼任)
_NOT_AN_AGENT = re.compile(r"组成|构成|兼任|担任")
# A body for data work named as a sentence's subject (市首席数据官办公室, 集团数据管理办公室, 数据工作专班)
# (its unit's name before it, not a verb's: 提交市首席数据官办公室审核, 由…办公室解释; and between 数据
# and the body's word only what kind of data work it is, not a clause: 数据局指导区数据工作专班)
_ZH_DATA_BODY = re.compile(
    r"(?!参加|配合|协助|报送?|提交|抄送|送|由|经|向|对|在|按照|会同|提请|接受|服从|指导|督促)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:市|州|县|区|镇|街道|厅|局|委|管委会|集团|公司|院|中心))?"
    r"(?:(?:首席数据官|大?数据)(?:管理|治理|工作|资源|专家|发展|安全|共享|联席会议)?(?:办公室|委员会|领导小组|工作小组|工作组|专班|部门"
    # a CDOs' joint meeting (首席数据官联席会议)
    r"|联席会议"
    # the office's short name (以下简称"数据办"), not 办理, 办法, 办事
    r"|办(?![理法事公]))"
    # or the plan's joint meeting or leading group and their office, by their short names once the
    # plan has set them up (联席会议原则上每半年召开一次…; 联席会议办公室设在市数据局，承担…;
    # 领导小组办公室设在区数据局，负责…)
    # (not after 由: "由领导小组办公室统一存档" says who files, not the office's charge)
    # (协调机制办公室负责…, once 首席数据官工作协调机制 is set up)
    r"|(?<![\u4e00-\u9fff])(?:联席会议|领导小组|协调机制)(?:办公室)?)"
)
_BY_BODY = re.compile(rf"由(?P<body>{_ZH_DATA_BODY.pattern}){_AGENT_VERB}")
_SHORT_JOINT_BODIES = frozenset(
    ("联席会议", "领导小组", "协调机制", "联席会议办公室", "领导小组办公室", "协调机制办公室")
)
_DATA_JOINT_BODY = re.compile(r"(?:首席数据官|数据)[^。，,；;\n]{0,12}?(?:联席会议|领导小组|协调机制)")
_BY_ROLE = re.compile(r"由\s*$")


@dataclass
class _Group:
    subject: list[RoleMention]
    start: int
    end: int
    subject_end: int  # where the subject (and 一名) stops inside the group
    holder: str = ""
    inherited: bool = False
    bare: bool = False
    pieces: list[Span] = field(default_factory=list)
    in_item: bool = False  # its subject is named inside a list's item (一是加强培训，办公室…)


def _states_after(folded: str, after: Span) -> bool:
    label = folded[max(0, after.start - _QUESTION_LABEL_CHARS) : after.start]
    return (
        _opens_with_role(folded, after)
        and not _ASKED.search(folded, after.start, after.end)
        and not re.search(r"(?:问|問|记者|記者|答|Q)\s*[:：]$", label)
    )


# A question after its label, with or without its mark: "问：首席数据官要不要述职", "记者：…负责哪些工作"
_ASKED = re.compile(r"[？?]|哪些|哪个|如何|怎么|怎样|什么|是否|要不要|能不能|可不可以|吗")
_QUESTION_LABEL_CHARS = 4


def _comma_pieces(folded: str, span: Span) -> list[Span]:
    out: list[Span] = []
    s = span.start
    depth = 0
    for i in range(span.start, span.end):
        ch = folded[i]
        if ch in "(“《":
            depth += 1
        elif ch in ")”》":
            depth = max(0, depth - 1)
        # (and at a colon where a role's own clause follows: "…对数据专员职责也作了细化：数据专员具体负责…";
        # not a question after its label: "问：首席数据官要不要述职？")
        elif depth == 0 and (ch in ",," or (ch in "：:" and _states_after(folded, Span(i + 1, span.end)))):
            if i > s:
                out.append(Span(s, i))
            s = i + 1
    if span.end > s:
        out.append(Span(s, span.end))
    return out


def _piece_subject(folded: str, piece: Span) -> tuple[list[RoleMention], int, bool] | None:
    """The roles a comma piece opens with (its subject), where the subject ends, and whether it
    is a bare introduction (设县首席数据官一名) whose duties must follow with 负责/应/兼任."""
    s = skip_markers(folded, piece.start, piece.end)
    intro = _ZH_INTRO.match(folded, s, piece.end)
    pos = intro.end() if intro else s
    body = _ZH_DATA_BODY.match(folded, s, piece.end)
    if body and _SITS_IN.fullmatch(folded, body.end(), piece.end):
        # 市首席数据官办公室设在市数据局，负责…: where it sits, then what it does
        return [RoleMention(body.start(), body.end(), body.group(0), ())], piece.end, True
    if body:
        aside = _ASIDE.match(folded, body.end(), piece.end)
        after = aside.end() if aside else body.end()
        if _ZH_VERBISH.match(folded, after, piece.end):
            # 市首席数据官办公室负责…, 集团数据管理办公室于…组织…, 区首席数据官办公室（设在区数据局）负责…:
            # a data body's own sentence
            return [RoleMention(body.start(), body.end(), body.group(0), ())], after, False
    mentions = _zh_roles(folded, pos, piece.end)
    if mentions and mentions[0].start == pos:
        subject = [mentions[0]]
        for m in mentions[1:]:
            gap = folded[subject[-1].end : m.start]
            if re.fullmatch(r"\s*(?:和|及|与|、|以及)\s*", gap):
                subject.append(m)
            else:
                break
        end = subject[-1].end
        rest = folded[end : piece.end]
        aside = _ASIDE.match(rest)
        rest = rest[aside.end() :] if aside else rest
        introduced = bool(intro and re.search(r"设|置|配|明确|选|确定|指定", folded[s:pos]))
        if rest.strip() == "" and introduced:
            return subject, end, True
        if re.fullmatch(r"\s*(?:各)?(?:[一二两三四五\d](?:名|位|人))\s*", rest) and introduced:
            return subject, piece.end, True
        if _HOLDER.fullmatch(rest.strip()):
            return subject, piece.end, True  # 县首席数据官由县长兼任，负责…: its duties follow
        if _HOLDER.fullmatch(re.sub(r"^(?:原则上|一般|通常)", "", rest.strip())) and _DUTY_FOLLOWS.match(
            folded, piece.end
        ):
            # 首席数据官原则上由分管负责同志担任，负责统筹…: a hedged holder, its duties after it
            # (not "…担任，不单独增加编制", more about the post)
            return subject, piece.end, True
        if _ZH_VERBISH.match(rest):
            return subject, end, False
        if _IS_A.fullmatch(rest):
            return subject, piece.end, True  # 数据专员则是首席数据官的“左膀右臂”，主要负责…
        return None
    for m in mentions[:1]:
        # 企业董事长、总经理及企业CDO负责…: the role is the last of a joint subject; 园区首席数据官
        # 负责…, 集团首席数据官应当…: the unit's own name before the role
        gap = folded[pos : m.start]
        joint = _JOINT_SUBJECT.fullmatch(gap) and not _ZH_VERBISH.match(gap) and not _LEADS_OTHERS.match(gap)
        unit = (_UNIT_NAME.fullmatch(gap) or _ROLE_MODIFIER.fullmatch(gap)) and not _ZH_VERBISH.search(gap)
        if (joint or unit) and _ZH_VERBISH.match(folded, m.end, piece.end):
            return [m], m.end, False
        # 局长担任市首席数据执行官，协助…: the post someone takes, its duties after
        after = re.match(r"[,，]\s*", folded[piece.end : piece.end + 2])
        then = piece.end + (after.end() if after else 0)
        if (
            _TAKES_POST.search(folded[s : m.start])
            and not folded[m.end : piece.end].strip()
            and after
            and _ZH_VERBISH.match(folded, then)
        ):
            return [m], m.end, False  # "…担任Y，协助…": the post's duty; not "…担任Y，此前…"
    # 在市县政府分别设立由政府分管领导担任的政府首席数据官 : a role introduced mid-piece
    for m in mentions:
        if _INTRO_BEFORE.search(folded[s : m.start]):
            rest = folded[m.end : piece.end]
            if not rest.strip() or re.fullmatch(r"\s*(?:各)?(?:一名|一位|1名)\s*", rest):
                return [m], m.end, True
            if _ZH_VERBISH.match(rest):
                return [m], m.end, False
    # 由首席数据官牵头推动… : the role (or the data body) after 由 is the agent
    agent_clause = not _NOT_AN_AGENT.search(folded, s, piece.end)
    by_body = _BY_BODY.search(folded, s, piece.end) if agent_clause else None
    if by_body and not any(m.start < by_body.start() for m in mentions):
        return (
            [RoleMention(by_body.start("body"), by_body.end("body"), by_body.group("body"), ())],
            by_body.end("body"),
            False,
        )
    for m in mentions:
        if (
            agent_clause
            and _BY_ROLE.search(folded[max(s, m.start - 2) : m.start])
            and re.match(rf"\s*{_AGENT_VERB}", folded[m.end : piece.end])
        ):
            return [m], m.end, False
    return None


# The appointment's filing after who holds the post: 报市数据局备案
_FILED = re.compile(r"\s*(?:并)?报[^,,;;。]{1,24}备案[。.]?\s*")


def _predicate(doc_text: str, folded: str, group: _Group) -> str:
    """The duty phrase: the group's text after its subject, holder clause and modal."""
    pos = group.subject_end
    for piece in group.pieces:
        if piece.end <= pos:
            continue
        body = folded[max(piece.start, pos) : piece.end].strip(" ,,")  # noqa: B005 (a set of characters)
        # (办公室主任)由…兼任: who holds it (or heads it), not what it does
        if re.fullmatch(r"(?:[^,,由]{2,8})?(?:原则上)?由[^,,]*(?:兼任|担任)。?", body) or re.fullmatch(
            r"(?:各)?(?:一名|一位)", body
        ):
            pos = piece.end
            continue
        break
    while pos < group.end and folded[pos] in " ,,、":
        pos += 1
    # (who holds it, in its own piece or the subject's: …由分管负责同志兼任，报委员会办公室备案)
    if _HOLDER.search(folded, group.start, pos) and _FILED.fullmatch(folded, pos, group.end):
        return ""  # …由分管负责同志兼任，报委员会办公室备案: the appointment filed, no duty of the post
    first = group.pieces[0] if group.pieces else None
    if first and _is_agent(folded, group) and len(folded[pos : first.end].strip()) <= 4:
        # 联席会议由区首席数据官召集: the verb alone says little, the clause says what is convened
        return clean_phrase(doc_text[skip_markers(folded, first.start, first.end) : group.end])
    m = re.match(
        rf"\s*(?:原则上)?(?:并(?=应|{_ZH_MUST}|须|必须))?(?:{_ZH_ADVERB})?(?:应当|应|{_ZH_MUST}|须|必须|需要|负责|还应)?",
        folded[pos : group.end],
    )
    if m:
        pos += m.end()
    return clean_phrase(doc_text[pos : group.end])


def _is_agent(folded: str, group: _Group) -> bool:
    """The group's subject follows 由 (由区首席数据官约谈…): it acts in one clause of another's sentence."""
    at = group.subject[0].start
    return bool(_BY_ROLE.search(folded, max(0, at - 2), at))


def _opens_own_clause(folded: str, piece: Span) -> bool:
    """A comma piece with a subject of its own (各部门、各镇首席数据官参加, 被约谈单位应…) or a
    condition for what follows (连续两次排名末位的)."""
    text = folded[piece.start : piece.end].strip()
    if text.startswith("被") or text.endswith("的") or _ZH_ACTOR_START.match(folded, piece.start, piece.end):
        return True
    first = _zh_roles(folded, piece.start, piece.end)[:1]
    return bool(first) and not _ZH_VERBISH.search(folded, piece.start, first[0].start)


def _zh_groups(folded: str, seg: Span, carry: _Group | None, sentence_first: bool) -> list[_Group]:
    pieces = _comma_pieces(folded, seg)
    groups: list[_Group] = []
    lead_start = seg.start
    closed = False  # the last group was an agent's (由X召集), and a piece with other words ended it
    for piece in pieces:
        found = _piece_subject(folded, piece)
        if found:
            subject, subject_end, bare = found
            closed = False
            lead_short = piece.start - lead_start <= 26  # "县试点镇按照“一官两员”人员配备架构,设…"
            start = lead_start if not groups and lead_short else piece.start
            # its subject named inside a list's item, after the item's first words (一是加强培训，
            # 管委会首席数据官办公室…), not the item's own opening subject (一是首席数据官统筹…)
            in_item = skip_markers(folded, seg.start, seg.end) > seg.start and piece is not pieces[0]
            groups.append(
                _Group(subject, start, piece.end, subject_end, pieces=[piece], bare=bare, in_item=in_item)
            )
        elif groups and not closed:
            last = groups[-1]
            if _is_agent(folded, last) and _opens_own_clause(folded, piece):
                # 联席会议由区首席数据官召集，各部门首席数据官参加: a clause of its own after an
                # agent's verb ends the agent's duty (…约谈…，督促限期整改 goes on)
                closed = True
                continue
            last.end = piece.end
            last.pieces.append(piece)
    if groups or carry is None or _is_agent(folded, carry):
        return groups  # an agent's duty (由市首席数据官统一领导，…。坚持…) ends with its sentence
    body = skip_markers(folded, seg.start, seg.end)
    head = folded[body : seg.end]
    if not _ZH_CONT_START.match(head):
        if sentence_first or (body > seg.start and carry.in_item):
            # a new sentence starting with a verb, or a new item after one that named its own
            # subject (一是加强培训，办公室…；二是保障经费，…), is not clearly the same subject's
            return []
        opening = _zh_roles(folded, body, min(seg.end, body + 12))
        if _ZH_ACTOR_START.match(head) or any(
            m.start == body or _ROLE_MODIFIER.fullmatch(folded, body, m.start) for m in opening
        ):
            return []  # a clause with a subject of its own (首席数据官…, 新任数据专员应当…)
    return [
        _Group(
            carry.subject,
            seg.start,
            seg.end,
            body,
            carry.holder,
            inherited=True,
            pieces=pieces,
            in_item=carry.in_item,
        )
    ]


_ASSIGNED = re.compile(
    r"将(?P<duty>[^。;;]{2,80}?)(?:明确为|列为|作为|纳入)(?P<role>[^。;;,,]{0,16}?(?:首席数据执行官|首席数据官|数据联络专员|数据专员|政务专员))"
    r"的?(?:工作|主要|重要|履职)?(?:职责|职能)"
)


def _zh_assigned(doc: Document, folded: str, seg: Span, index: SectionIndex) -> list[tuple[int, Duty]]:
    """将拓展数据应用场景明确为各级首席数据官的工作职责: a duty stated as an assignment."""
    out = []
    for m in _ASSIGNED.finditer(folded, seg.start, seg.end):
        mentions = _zh_roles(folded, m.start("role"), m.end("role"))
        if not mentions:
            continue
        mention = mentions[-1]
        span = _trim(doc.text, seg.start, seg.end)
        duty = clean_phrase(doc.text[m.start("duty") : m.end("duty")])
        for level in mention.levels or ("",):
            out.append((span.start, _en_duty(doc, index, mention.role, level, "", duty, span)))
    return out


def _zh_duties(doc: Document, folded: str, unit: Span, index: SectionIndex) -> list[tuple[int, Duty]]:
    out: list[tuple[int, Duty]] = []
    carry: _Group | None = None
    last_cdo_levels: tuple[str, ...] = ()
    for sent in sentences(folded, unit):
        first = True
        for seg in segments(folded, sent):
            groups = _zh_groups(folded, seg, carry, first)
            out.extend(_zh_assigned(doc, folded, seg, index))
            if not groups:
                if first and ZH_PAST.search(folded, seg.start, seg.end):
                    carry = None  # 截至5月底，…已完成…；18家单位设立了…: what was done, no one's duty
                elif not _ZH_CONT_START.match(folded[skip_markers(folded, seg.start, seg.end) : seg.end]):
                    carry = None if _ZH_ACTOR_START.match(folded[seg.start : seg.end]) else carry
                first = False
                continue
            first = False
            for group in groups:
                holder = group.holder
                if not group.inherited:
                    h = _HOLDER.search(folded, group.start, group.end)
                    first_modal = _ZH_MODAL.search(folded, group.subject_end, group.end)
                    if h and (first_modal is None or h.start() < first_modal.start()):
                        holder = clean_phrase(doc.text[h.start("h") : h.end("h")])
                    else:
                        pre = re.search(
                            r"由(?P<h>[^,,;;。]{2,40}?)(?:担任|兼任)的$",
                            folded[group.start : group.subject[0].start],
                        )
                        holder = clean_phrase(pre.group("h")) if pre else ""
                    group.holder = holder
                # from the role on: "县首席数据官由县长担任，统筹…" holds its holder before its duties
                tail = folded[group.subject[-1].end : group.end]
                # (a body set in a bureau, then what it does: 联席会议办公室设在市数据局，承担…)
                sits_then_acts = _SITS_IN.match(tail) and _DUTY_FOLLOWS.search(tail)
                if group.bare and not (
                    _ZH_MODAL.search(tail) or re.search(r"兼任|担任", tail) or sits_then_acts
                ):
                    continue  # 一是设立政府首席数据官,明确领头人: a heading, not a duty
                duty = _predicate(doc.text, folded, group)
                if len(re.findall(r"[\u4e00-\u9fff]", duty)) < 2:
                    continue
                span = _trim(doc.text, group.start, group.end)
                for mention in group.subject:
                    levels = mention.levels
                    if mention.role == ZH_CDO and levels:
                        last_cdo_levels = levels
                    if (
                        not levels
                        and mention.role in ("数据专员", "政务专员", "数据联络专员")
                        and len(last_cdo_levels) == 1
                    ):
                        levels = last_cdo_levels
                    for level in levels or ("",):
                        out.append(
                            (
                                span.start,
                                Duty(
                                    role=mention.role,
                                    level=level,
                                    holder=holder,
                                    duty=duty,
                                    text=doc.text[span.start : span.end],
                                    doc_id=doc.doc_id,
                                    title=doc.title,
                                    section=index.section_at(span.start),
                                ),
                            )
                        )
                carry = group
    return out


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",\uff0c;\uff1b"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",\uff0c"):
        end -= 1
    return Span(start, end)


# --------------------------------------------------------------------------- duty lists

_ROLE_ALT = rf"(?:{ZH_ROLE_ALT}|CDO)"
_COUNTED_WORK = r"[一二两三四五六七八九十\d]{1,2}(?:项|个方面)(?:重点|主要)?(?:工作|任务|职责)"  # 五项工作
# (职掌: the word Taiwan's rules write for a post's duties, 資料長之職掌如下：)
# A body or another post named over its own list (数据管理委员会的主要职责：, 首席数据官办公室的
# 主要职责：, 数据专责的主要职责：, 推动会之任务如下：, 局数据管理部履行以下职责：): the list is its,
# not a CDO's.
_BODY_HOLDER = (
    r"(?:委员会|推动会|联席会议|领导小组|工作小组|办公室|专班|负责人|专责|联络人|数据管理部|数据部|局|中心)"
)
_LIST_TRIGGER = re.compile(
    rf"(?P<body>(?=[\u4e00-\u9fff“”]{{3}})[\u4e00-\u9fff“”]{{0,16}}?{_BODY_HOLDER})(?:的|之)?(?:主要)?"
    # (or its work, listed: 联席会议的主要工作包括：)
    r"(?:履行(?:以下|下列))?(?:职责|职掌|任务|工作(?=如下|包括))(?:如下|包括|是|为)?\s*[:：]"
    rf"|{_ROLE_ALT}[^。;;\n]{{0,12}}?(?:应当|应)?(?:主要)?(?:履行|承担|负责)?(?:以下|下列|如下)?(?:主要|工作)?"
    # (or their list: 为各级首席数据官列出了一张“任务清单”：)
    r"(?:职责|职能|职掌|任务|(?<=以下|下列|如下)(?:工作|事项))(?:清单[”」]?)?(?:如下|包括|主要有|主要包括|为|是)?"
    # (what is done around them: 首席数据官履职考核主要围绕以下职责开展：)
    r"(?:(?<=以下职责|下列职责)(?:开展|进行))?"
    # (a clause may come between: 履行以下职责，考核围绕其履职情况开展：)
    r"(?:[,，][^。;；:：\n]{1,20})?\s*[::]"
    # the duties a 述职 reports on: 首席数据官主要围绕以下履职情况进行述职：, …围绕以下职责履行情况进行述职：
    # (or an assessment's: 首席数据官履职情况重点考核以下方面：)
    rf"|(?P<report>{_ROLE_ALT}[^。;;\n]{{0,12}}?(?:以下|下列)(?:方面的?)?(?:履职|职责的?履行)(?:情况|内容|事项)[^。;;\n:：]{{0,8}}"
    rf"|{_ROLE_ALT}履职(?:情况)?[^。;;\n:：]{{0,6}}?考核(?:以下|下列)(?:方面|内容|事项))[::]"
    rf"|{_ROLE_ALT}(?:应当|应|须|必须)\s*[::]"  # 部门首席数据官须：(a)…
    # its duties counted in a sentence of their own, the items after it: 方案给首席数据官列了六项职责。一是…
    rf"|{_ROLE_ALT}[^。;;\n]{{0,8}}?[一二两三四五六七八九十\d]{{1,2}}(?:项|条|个方面)(?:主要)?(?:职责|职能|任务)\s*[。.](?=\s*一是)"
    # a counted list a meeting sets a role, as the press reports it: 首席数据官要切实扛起责任，重点抓好五项工作：一是…
    rf"|{_ROLE_ALT}(?:要|应|须|必须|应当)[^。;;\n]{{0,14}}?{_COUNTED_WORK}\s*[::]"
    # an answer under its question (六、问：管委会首席数据官的主要职责有哪些？ 答：主要有五项职责：一是…)
    r"|(?P<counted>(?<![\u4e00-\u9fff])(?:主要)?(?:有|包括)[一二两三四五六七八九十\d]{1,2}(?:项|个方面)(?:主要)?(?:职责|职能))\s*[:：]",
    re.IGNORECASE,
)
# The words that open a list of duties without naming a role: 主要职责是, 其职责如下
_OPENS_LIST_WORDS = (
    r"(?:其)?(?:主要)?(?:(?:职责|职能|职掌)(?:如下|包括|主要有|主要包括|为|是)"
    r"|(?:履行|承担|负责)(?:以下|下列|如下)(?:主要)?(?:职责|职能|任务|工作|事项)"
    # 数据专员…，协助首席数据官开展工作，主要负责： then its items
    r"|(?<=[,，])(?:主要|具体)负责)"
)
# A paragraph that says who holds a role and ends by opening its list: 市首席数据官由副市长担任，
# 主要职责是： / …兼任。主要职责是： / the words alone on their line under the role's label
# (its items on the lines below, or run on after it: 主要职责包括：（一）…；（二）…)
_BARE_LEAD = re.compile(
    rf"(?:(?<![^\n])|[。;；,，])\s*{_OPENS_LIST_WORDS}\s*[::]\s*(?:$|(?=[(（][一二三四五六七八九十]{{1,3}}[)）]|一是))"
)
# How far into such a paragraph its subject may start, after its level (各试点单位首席数据官由…)
_OPENING_REACH = 12
# A body a paragraph opens with, as a list's subject whatever follows it: 区首席数据官办公室主要承担以下工作：
_BODY_SUBJECT = re.compile(rf"\s*(?:第[一二三四五六七八九十百]+条\s*)?(?P<body>{_ZH_DATA_BODY.pattern})")
# ... and where it names no role first, not as a label ("第八条 集团数据管理办公室设在…", not "数据工作专班：")
_BODY_OPENING = re.compile(_BODY_SUBJECT.pattern + r"(?![\u4e00-\u9fff]*[:：])")
# A duties heading: 二、县首席数据官主要职责, 三、市府資料長職掌 (its unit before the role: 市州卫生健康委首席数据官职责;
# or a policy interpretation's question: 六、问：管委会首席数据官的主要职责有哪些？),
# or one that names no role (四、主要职责), whose duties are those of the role the heading above or
# the document's title names.
_UNIT_BEFORE_ROLE = r"[\u4e00-\u9fff]{2,10}?(?:委|局|厅|办|中心|公司|部门|医院|单位|机构|集团)"
_LIST_HEADING = re.compile(
    # (a Markdown heading's marks first: "#### （一）首席数据官职责")
    rf"\s*(?:#{{1,6}}\s*)?(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十\d]{{1,3}}[)]|\d{{1,2}}(?:[.、]|(?=\s)))?\s*(?:问[:：])?\s*"
    # (a level's alternative in brackets too: 县（市）首席数据官职责; up to eight characters or
    # bracketed alternatives before the role: 县（市、区）和市直部门首席数据官职责)
    rf"(?:(?:(?:[\u4e00-\u9fff]|[(][\u4e00-\u9fff、]{{1,4}}[)]){{0,8}}?|{_UNIT_BEFORE_ROLE})(?P<role>{_ROLE_ALT})(?:的)?|(?P<body>{_ZH_DATA_BODY.pattern})(?:的)?)?"
    # with their count, as a slide or a 一图读懂 heads them: 首席数据官 6项主要职责, 数据专员 · 四项任务
    r"(?P<count>\s*[·•・｜|]?\s*[\d一二三四五六七八九十]{1,2}(?:项|个方面)\s*)?"
    # (a counted 任务 only under a role's or a body's name: a plan's "六项任务" are its own)
    r"(?:主要)?(?:工作|岗位)?(?:职责|职能|职掌|(?(role)(?<=项)任务|(?(body)(?<=项)任务|(?!))))(?:任务|范围|内容|清单)?"
    r"(?:(?:都)?有哪些|是什么|包括哪些)?\s*[。.?？]?\s*$",
    re.IGNORECASE,
)


def _heading_count(heading: re.Match[str] | None) -> int | None:
    """How many items a counted heading says it heads: 三 of "联席会议办公室 · 三项职能"."""
    if heading is None or not heading.group("count"):
        return None
    return cn_number(re.sub(r"[^\d一二三四五六七八九十]", "", heading.group("count")))


# The marks a slide's or a graphic's list items open with (not □, a form's box and a PDF's missing glyph)
_LIST_BULLETS = "▶►▸➤•●▪◆◇"
# a page's labels that a bullet may open, after its list: 相关阅读：…, 来源：…
_PAGE_LABEL = re.compile(r"\s*(?:相关阅读|相关链接|来源|编辑|责任编辑|审核|作者|原标题)\s*[:：]")
_ZH_ITEM = re.compile(
    r"\s*(?:(?P<paren>[(][一二三四五六七八九十]{1,3}[)])|(?P<dun>[一二三四五六七八九十]{1,3}、)|(?P<shi>[一二三四五六七八九十]{1,3}是)"
    # an enterprise standard's clause numbers (GB/T 1.1): 5.1 over 5.1.1
    r"|(?P<dec>\d{1,2}(?:\.\d{1,2}){1,3}(?=\s))"
    r"|(?P<num>\d{1,2}[.、](?!\d))|(?P<pnum>[(]\d{1,2}[)])|(?P<circ>[①-⑳])|(?P<alpha>[(]?[a-z][)])"
    # a 一图读懂's or a slide's bullets: ◆ 筹备联席会议…
    rf"|(?P<bullet>[{_LIST_BULLETS}]))\s*"
)


def _zh_item(folded: str, start: int, end: int) -> tuple[str, int] | None:
    """(style, marker end) of a Chinese list item: (一) 一、 一是 5.1 1. (1) ①; a clause number's
    style is its depth (dec1 for 5.1, dec2 for 5.1.1)."""
    m = _ZH_ITEM.match(folded, start, end)
    if not m:
        return None
    style = next(
        k for k in ("paren", "dun", "shi", "dec", "num", "pnum", "circ", "alpha", "bullet") if m.group(k)
    )
    if style == "dec":
        style += str(m.group("dec").count("."))
    return style, m.end()


def _has_own_subject(folded: str, span: Span) -> bool:
    return any(
        _zh_groups(folded, seg, None, True)
        for sent in sentences(folded, span)
        for seg in segments(folded, sent)
    )


def _names_a_role(folded: str, start: int, end: int) -> bool:
    """A role named before a body's list ends (首席数据官及联络人的主要职责, 首席数据官作为第一责任人、
    主要负责人的职责): the role's list, unless the role only names the body (首席数据官办公室)."""
    return any(not re.match(_BODY_HOLDER, folded[m.end : m.end + 3]) for m in _zh_roles(folded, start, end))


def _listed_duty(
    doc: Document, index: SectionIndex, mention: RoleMention, folded: str, item: Span, body: int
) -> list[tuple[int, Duty]]:
    span = _trim(doc.text, item.start, item.end)
    duty = re.sub(r"[;\uff1b。.,\uff0c、\s]+$", "", doc.text[body : item.end]).strip()
    if len(re.findall(r"[\u4e00-\u9fff]", duty)) < 2:
        return []
    return [
        (span.start, _en_duty(doc, index, mention.role, level, "", duty, span))
        for level in mention.levels or ("",)
    ]


# 首席数据官,职责范围包括推进…、加强…等 / 首席数据官主要负责包括:牵头…;统筹…: a run-in list without
# item marks, its items split at semicolons, else at 、 where the next item starts with a verb
_SCOPE_WORDS = r"(?:主要)?(?:职责|职能)(?:范围|任务)?\s*[,,]?\s*(?:主要)?(?:(?:包括|涵盖)\s*[::]?|(?:是|为|有|如下)\s*[::])"
_SCOPE_TRIGGER = re.compile(
    rf"{_ROLE_ALT}(?:的)?\s*[,,]?\s*{_SCOPE_WORDS}"
    rf"|{_ROLE_ALT}(?:的)?(?:主要)?负责(?:包括|以下|如下)(?:工作)?\s*[::]"
    # 首席数据官办公室主要承担以下工作：汇总…；做好…
    rf"|{_ROLE_ALT}(?:的)?(?:主要)?(?:承担|履行)(?:以下|下列|如下)(?:工作|职责|任务|事项)\s*[::]"
    # 街道首席数据官主要承担5项工作：统筹…；推动…
    rf"|{_ROLE_ALT}(?:主要)?(?:承担|履行|负责)(?:\d+|[一二三四五六七八九十]+)项(?:主要)?(?:工作|职责|任务|职能)\s*[::]",
    re.IGNORECASE,
)
# A sentence that opens with its list and names no role: the list of the role the one before opens with
_SCOPE_OPENING = re.compile(rf"\s*(?:其)?{_SCOPE_WORDS}")


def _opening_role(folded: str, sent: Span) -> list[RoleMention]:
    """The role (or data body) a sentence opens with (after its level, 各试点单位…, or an
    answer's 答：), if any; none when the role only names something else (首席数据官工作联席会议)."""
    start = skip_markers(folded, sent.start, sent.end)
    body = _BODY_SUBJECT.match(folded, start, sent.end)
    if body:  # 区首席数据官办公室设在区数据局。主要职责包括：…: the office's list
        return [RoleMention(body.start("body"), body.end("body"), body.group("body"), ())]
    first = _zh_roles(folded, start, min(sent.end, start + _OPENING_REACH + 8))[:1]
    if (
        first
        and first[0].start - start <= _OPENING_REACH
        and not re.search(r"[，,。；;：:]", folded[start : first[0].start])
        and not _NAMES_OTHER.match(folded, first[0].end, sent.end)
    ):
        return first
    return []


# A lead-in whose clause comes between its duties' word and its colon: only "以下/下列/如下 … 职责，…："
# lists duties, not "履行职责，不得有下列行为："
_CLAUSED_LEAD = re.compile(r"(?:职责|职能|职掌|任务)[^:：,，]*[,，][^,，]*[:：]\s*$")
_OWN_DUTIES_LEAD = re.compile(
    r"(?:(?:以下|下列|如下)(?:主要)?(?:职责|职能|任务|工作|事项)[,，]|(?:职责|职能|任务)[,，]\s*(?:主要|具体)?(?:包括|如下|有|是)"
    # (or their count: "首席数据官的主要职责，共8项：")
    r"|(?:职责|职能|任务)[,，]\s*共[一二两三四五六七八九十\d]{1,2}(?:项|条|个方面))"
    r"(?![^:：]*(?:不得|禁止|严禁|行为))"
)
# Whose guidance a subject works under: 在首席数据官的指导下, 在区数据局统筹下
_GUIDED_BY = re.compile(r"在[^，,。；;：:]{1,20}?(?:的)?(?:指导|领导|统筹|组织|协调|督促|监督|支持)下")
# A role's name at the head of another thing's (首席数据官工作联席会议, 首席数据官办公室)
_NAMES_OTHER = re.compile(r"(?:工作)?(?:联席会议|办公室|领导小组|委员会|工作组|专班|制度)")


# Verbs that open the items of a policy list (推进…、提升…、促进…)
_ZH_ITEM_VERB = re.compile(
    r"提升|提高|促进|完善|加快|深化|强化|优化|保障|培育|培养|支持|发展|组建|拓展|探索|创新|构建|打造|规范|引导|"
    r"鼓励|宣传|评估|考核|管理|维护|保护|运营|整合|汇聚|共享|开放"
)
_LIST_TAIL = re.compile(r"\s*(?:等|等等)?(?:[一二三四五六七八九十\d]+(?:大|个)?方面|工作|内容)?\s*[。.]?\s*$")


def _run_in_items(folded: str, span: Span) -> list[Span]:
    """The items of a run-in list: at semicolons when there are any, else at 、 (and a last 和)
    before a verb, so 省、市、县数据 stays one item."""
    if re.search(r"[;;]", folded[span.start : span.end]):
        return [p for p in split_on(folded, span, ";;") if p.end > p.start]
    cuts = [span.start]
    for m in re.finditer(r"、|和", folded[span.start : span.end]):
        at = span.start + m.end()
        last_and = m.group(0) == "、" or not re.search("、", folded[at : span.end])
        if last_and and (
            _ZH_VERBISH.match(folded, at, span.end) or _ZH_ITEM_VERB.match(folded, at, span.end)
        ):
            cuts.append(at)
    bounds = [*cuts, span.end + 1]
    return [Span(a, b - 1) for a, b in itertools.pairwise(bounds) if b - 1 > a]


def _zh_scope_duties(
    doc: Document, folded: str, all_units: list[Span], index: SectionIndex
) -> list[tuple[int, Duty]]:
    out: list[tuple[int, Duty]] = []
    for unit in all_units:
        if not is_chinese(folded[unit.start : unit.end]):
            continue
        opening: list[RoleMention] = []  # the role the sentence before opens with
        for sent in sentences(folded, unit):
            trigger = _SCOPE_TRIGGER.search(folded, sent.start, sent.end)
            mentions = _zh_roles(folded, sent.start, trigger.end()) if trigger else []
            if not trigger:
                # 区首席数据官由副区长担任，是…。主要职责包括：统筹…；主持…: its list, in the next sentence
                trigger = _SCOPE_OPENING.match(folded, sent.start, sent.end)
                mentions = opening if trigger else []
            opening = _opening_role(folded, sent)
            if not trigger or _zh_item(folded, trigger.end(), sent.end):
                continue  # marked items are _zh_listed_duties'
            if not mentions:
                continue
            body_end = sent.start + _LIST_TAIL.search(folded[sent.start : sent.end]).start()
            for item in _run_in_items(folded, Span(trigger.end(), body_end)):
                item = _trim(doc.text, item.start, item.end)
                duty = re.sub(r"[;\uff1b。.,\uff0c、\s]+$|(?:等|等等)$", "", doc.text[item.start : item.end])
                if len(re.findall(r"[\u4e00-\u9fff]", duty)) < 2:
                    continue
                span = _trim(doc.text, sent.start, sent.end)
                for level in mentions[-1].levels or ("",):
                    out.append((span.start, _en_duty(doc, index, mentions[-1].role, level, "", duty, span)))
    return out


def _zh_listed_duties(
    doc: Document, folded: str, all_units: list[Span], index: SectionIndex
) -> list[tuple[int, Duty]]:
    """首席数据官主要履行以下职责:(一)…;(二)… — list items without a subject of their own."""
    out: list[tuple[int, Duty]] = []
    title = fold_same_length(doc.title)
    named = zh_role_mentions(title)
    # One role, or none; at no level: a title's 杭州市首席数据官 names the city, not the level.
    title_roles = [replace(named[0], levels=())] if len({m.role for m in named}) == 1 else []

    def _bare_roles(unit: Span) -> list[RoleMention]:
        """The role of the heading above (三、数据专员 > 主要职责), else the title's."""
        above = fold_same_length(index.section_at(unit.start))
        return _zh_roles(above)[-1:] or title_roles

    for ui, unit in enumerate(all_units):
        trigger = _LIST_TRIGGER.search(folded, unit.start, unit.end)
        if (
            trigger
            and _CLAUSED_LEAD.search(trigger.group(0))
            and not _OWN_DUTIES_LEAD.search(trigger.group(0))
        ):
            trigger = None  # 履行职责，不得有下列行为：what the role must not do, not its duties
        heading = None if trigger else _LIST_HEADING.fullmatch(folded, unit.start, unit.end)
        lead = None if trigger or heading else _BARE_LEAD.search(folded, unit.start, unit.end)
        found = trigger or heading or lead
        if not found or not is_chinese(folded[unit.start : unit.end]):
            continue
        named_here = (trigger and not trigger.group("counted")) or (heading and heading.group("role"))
        # a 述职's contents are duties where they say what the holder does (统筹…), not a report's
        # parts (年度数据工作目标完成情况)
        reported = bool(trigger and trigger.group("report"))
        mentions = _zh_roles(folded, unit.start, found.end()) if named_here else _bare_roles(unit)
        # 数据专员在首席数据官的指导下，负责下列工作：the list is the one guided, not the guide's
        guides = [m.span() for m in _GUIDED_BY.finditer(folded, unit.start, found.end())]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in guides)] or mentions
        if heading and heading.group("body"):  # (二)数据管理部门职责: the body's list
            mentions = [RoleMention(heading.start("body"), heading.end("body"), heading.group("body"), ())]
        body = trigger.group("body") if trigger else None
        if body and not _names_a_role(folded, trigger.start(), trigger.end("body")):
            name = re.sub(r"^第[一二三四五六七八九十百]+条", "", body)
            mentions = [RoleMention(trigger.start("body"), trigger.end("body"), name.strip("“”"), ())]
        elif trigger or lead:
            # (二)市首席数据执行官 > 市首席数据执行官由…担任，协助市首席数据官开展工作，主要职责是：
            # the list is the role its label names, not the role the sentence assists
            above = _zh_roles(fold_same_length(index.section_at(unit.start)))[-1:]
            before = _zh_roles(folded, unit.start, found.start())
            titled_body = _heading_body(index.section_at(unit.start))
            if lead and titled_body is not None:
                # 5.5 首席数据官办公室 > 县级以上人民政府宜设立首席数据官办公室，…，承担以下工作：the body
                # its heading names
                mentions = [titled_body]
            elif above and (any(m.role == above[0].role for m in before) or (lead and not before)):
                mentions = above
            elif lead:
                opening = [
                    m
                    for m in before
                    if m.start - unit.start <= _OPENING_REACH
                    and not re.search(r"[，,。；;：:]", folded[unit.start : m.start])
                ]
                mentions = opening[:1]
                if not mentions:
                    # 第十二条 县级以上人民政府…可以设立首席数据官，由…兼任，履行下列职责：the role its
                    # first clause sets up
                    comma = re.compile(r"[,，]").search(folded, unit.start, found.start())
                    set_up = _piece_subject(folded, Span(unit.start, comma.start())) if comma else None
                    mentions = set_up[0][:1] if set_up and set_up[2] else []
                opened = None if mentions else _BODY_OPENING.match(folded, unit.start, found.start())
                if opened:  # 第八条 集团数据管理办公室设在集团数字化管理部，主要职责是：
                    mentions = [
                        RoleMention(opened.start("body"), opened.end("body"), opened.group("body"), ())
                    ]
        if trigger or lead:
            # 区首席数据官办公室（设在…）负责…，主要承担以下工作：the list is the office's, not the role's
            opened = _BODY_SUBJECT.match(folded, unit.start, found.end())
            if opened and (
                found.start() < opened.end("body")
                if trigger
                else not _zh_roles(folded, opened.end("body"), found.start())
            ):
                mentions = [RoleMention(opened.start("body"), opened.end("body"), opened.group("body"), ())]
        if not mentions and not heading:
            continue
        # 县首席数据官主要履行以下职责: the role with its level prefix; none under 五、职责 that
        # names no role, whose items must then be roles' labels
        mention = mentions[-1] if mentions else None
        inline = trigger or lead  # (a bare lead-in's items run on only after it: 主要职责包括：（一）…)
        after = inline.end() if inline else unit.end
        if inline and folded[after : unit.end].strip():
            # inline: …职责:一是…;二是…。
            segs = [
                seg
                for seg in split_on(folded, Span(after, unit.end), ";;。")
                if folded[seg.start : seg.end].strip()
            ]
            # items that run on unmarked, by semicolons alone, up to the sentence's end (联席会议的主要
            # 工作包括：研究…；协调…。), not the sentences after it (本办法自印发之日起施行)
            stop = folded.find("。", after, unit.end)
            first = [seg for seg in segs if stop < 0 or seg.start < stop]
            unmarked = len(segs) > 1 and not any(_zh_item(folded, seg.start, seg.end) for seg in segs)
            segs = first if unmarked else segs
            for seg in segs:
                item = ("run-on", seg.start) if unmarked else _zh_item(folded, seg.start, seg.end)
                if reported and item and not _DOES.match(folded, item[1], seg.end):
                    continue
                if item and not _has_own_subject(folded, Span(item[1], seg.end)):
                    out.extend(_listed_duty(doc, index, mention, folded, seg, item[1]))
            continue
        bullets = 0  # the bullet items read so far
        style = None  # the list's own item style
        sub = None  # the item style under a role's label
        current = mention
        bare_label = False
        grouped = False  # the list's items stand under its groups' labels (一、规划统筹类 > 1.…)
        for uj in range(ui + 1, len(all_units)):
            nxt = all_units[uj]
            item = _zh_item(folded, nxt.start, nxt.end)
            if item and item[0] == "bullet":
                counted = _heading_count(heading)
                bullets += 1
                if not counted or bullets > counted or _PAGE_LABEL.match(folded, item[1], nxt.end):
                    # bullets are items under a graphic's counted heading ("三项职能" over three), not
                    # a page's links or labels after them
                    item = None
            if (
                item
                and heading
                and current is not None
                and style in (None, item[0])
                and _DUTY_GROUP.fullmatch(folded, item[1], nxt.end)
            ):
                style, sub, grouped = item[0], None, True
                continue
            if item is None:
                if bare_label and current is not None:  # (四)数据专员职责, then its paragraph
                    out.extend(_label_duties(doc, index, folded, current, nxt, listed=True))
                    bare_label = False
                    continue
                break
            bare_label = False
            label = _role_label(folded, Span(item[1], nxt.end))
            if label is not None and style in (None, item[0]):
                # (一)市首席数据官 over its own items, or (四)数据专员。承担…: the role a label names
                style, sub = item[0], None
                current, body = label
                out.extend(_label_duties(doc, index, folded, current, Span(body, nxt.end), listed=True))
                bare_label = body >= nxt.end
                continue
            if style is not None and item[0] != style:
                if (current is mention and not grouped) or current is None or sub not in (None, item[0]):
                    break
                if _RANK[item[0]] <= _RANK[style]:
                    break
                sub = item[0]  # 1. 2. under (一)市首席数据官
            elif current is not mention or current is None:
                break  # an item beside the labels that names no role ends the lists
            style = style or item[0]
            if _has_own_subject(folded, Span(item[1], nxt.end)) or (
                reported and not _DOES.match(folded, item[1], nxt.end)
            ):
                continue
            first = sentences(folded, Span(item[1], nxt.end))
            body_end = nxt.end
            if heading and len(first) > 1 and _has_own_subject(folded, Span(first[1].start, nxt.end)):
                body_end = first[0].end  # "1.推进…。县、镇首席数据官…": the rest has a subject of its own
            if current is not None:
                out.extend(_listed_duty(doc, index, current, folded, Span(nxt.start, body_end), item[1]))
    return out


# A group's label in a duties list (附件 首席数据官职责清单 > 一、规划统筹类): a few characters naming a
# kind of work, no sentence
_DUTY_GROUP = re.compile(r"\s*[\u4e00-\u9fff]{2,8}(?:类|方面)\s*")


def _heading_body(section: str) -> RoleMention | None:
    """The data body the innermost heading names alone (5.5 首席数据官办公室), if it does."""
    heading = fold_same_length(section.split(" > ")[-1]) if section else ""
    name = re.sub(r"^[\d.\s　]+|^[(（]?[一二三四五六七八九十]+[)）、]?\s*", "", heading).strip()
    return RoleMention(0, 0, name, ()) if name and _ZH_DATA_BODY.fullmatch(name) else None


# A list item that only names a role, over that role's own items ((一)市首席数据官, (二)县首席数据官
# 职责), or that names it and runs its duties in ((四)数据专员。承担…；每季度…).
_ROLE_LABEL = re.compile(
    rf"\s*(?P<label>[^。.:：;；,，]{{0,24}}?{_ROLE_ALT})(?:的)?(?:主要)?(?:工作)?(?:职责|职能)?(?:任务|清单)?\s*(?:[。.:：]|$)",
    re.IGNORECASE,
)


# A data body labelled as the roles beside it are ((三)数据工作专班, (四)市首席数据官办公室), over its
# own items: the body a plan sets up for the work, named with 数据 or the role it serves.
_BODY_LABEL = re.compile(
    rf"\s*(?P<label>[^。.:：;；,，()（）]{{0,16}}?(?:数据|{_ROLE_ALT})[^。.:：;；,，()（）]{{0,8}}?"
    r"(?:专班|办公室|领导小组|工作小组|委员会|工作组))(?:的)?(?:主要)?(?:职责|任务)?\s*(?:[。.:：]|$)",
    re.IGNORECASE,
)


def _role_label(folded: str, span: Span) -> tuple[RoleMention, int] | None:
    """The role (or data body) a label names and where the text after it starts."""
    body = _BODY_LABEL.match(folded, span.start, span.end)
    if body and not _LABEL_TASK.search(body.group("label")):
        return RoleMention(
            body.start("label"), body.end("label"), body.group("label").strip(), ()
        ), body.end()
    m = _ROLE_LABEL.match(folded, span.start, span.end)
    if not m:
        return None
    mentions = _zh_roles(folded, m.start("label"), m.end("label"))
    if not mentions or mentions[-1].end != m.end("label"):
        return None
    # 县（市、区）和市直部门首席数据官, 集团首席数据官: places, levels and units before the role;
    # not 选好首席数据官 or 明确首席数据官, a task about the role
    before = folded[m.start("label") : mentions[-1].start]
    if _LABEL_TASK.search(before):
        return None
    return mentions[-1], m.end()


# the verbs of a task about a role (选好首席数据官, 明确首席数据官, 配齐数据专员)
_LABEL_TASK = re.compile(
    r"选|明确|配|设|建立|健全|完善|强化|加强|落实|推进|推动|做好|抓好|用好|管好|发挥|培育|培养|压实|成立|组建|召开|依托|关于"
)


# How deep an item mark sits: 一、 over (一) over 1. over (1) over ①.
_RANK = {
    "dun": 0,
    "shi": 1,
    "paren": 1,
    "dec1": 1,
    "num": 2,
    "dec2": 2,
    "pnum": 3,
    "dec3": 3,
    "circ": 4,
    "alpha": 4,
    "bullet": 5,
}
# 由…担任，统一领导…: who holds the post, before what it does
_LEAD_HOLDER = re.compile(rf"\s*(?:原则上|一般)?{_HOLDER.pattern}\s*[,,]?")


def _opens_with_role(folded: str, span: Span) -> bool:
    """A clause with a subject of its own: it opens with a role (各单位首席数据官负责…), not one
    that names a role after its verb (协助市首席数据官开展…)."""
    mentions = _zh_roles(folded, span.start, span.end)
    if not mentions or not _ZH_VERBISH.match(folded, mentions[0].end, span.end):
        return False
    gap = folded[span.start : mentions[0].start].strip()
    return not gap or bool(_UNIT_NAME.fullmatch(gap) or re.fullmatch(r"各[\u4e00-\u9fff]{0,4}", gap))


def _label_duties(
    doc: Document, index: SectionIndex, folded: str, mention: RoleMention, body: Span, listed: bool
) -> list[tuple[int, Duty]]:
    """The duties run in after a role's label, a clause each between semicolons, past who holds
    the post (由…担任，统一领导…). Outside a list of duties (`listed` False) only the clauses that
    open with a verb or after a holder: (四)数据专员。各单位明确1名数据专员 says who, not what."""
    out: list[tuple[int, Duty]] = []
    for piece in split_on(folded, body, ";;"):
        piece = _trim(doc.text, piece.start, piece.end)
        if piece.end <= piece.start:
            continue
        start = piece.start
        holder = _LEAD_HOLDER.match(folded, start, piece.end)
        if holder:
            start = holder.end()
        elif not listed and not _ZH_VERBISH.match(folded, start, piece.end):
            continue
        if start < piece.end and not _opens_with_role(folded, Span(start, piece.end)):
            out.extend(_listed_duty(doc, index, mention, folded, piece, start))
    return out


# An infographic's role in 【】 on a line of its own, its duties bulleted below it (一图读懂:
# 【市级首席数据官】 over "▶ 统筹全市数据资源规划和开发利用")
_BRACKETED_ROLE = re.compile(r"[ \t]*【([^【】\n]{2,20})】[ \t]*$", re.M)
_BULLET_LINE = re.compile(rf"[ \t]*[{_LIST_BULLETS}✔✅√·][ \t]*(\S[^\n]*)")


def _zh_bracketed_duties(doc: Document, folded: str, index: SectionIndex) -> list[tuple[int, Duty]]:
    out: list[tuple[int, Duty]] = []
    for m in _BRACKETED_ROLE.finditer(folded):
        label = Span(m.start(1), m.end(1))
        mentions = _zh_roles(folded, label.start, label.end)
        body = _ZH_DATA_BODY.fullmatch(folded, label.start, label.end)
        if body:
            mention = RoleMention(label.start, label.end, body.group(0), ())
        elif mentions and mentions[-1].end == label.end:
            mention = mentions[-1]
        else:
            continue
        at = m.end() + 1
        while bullet := _BULLET_LINE.match(folded, at):
            end = folded.find("\n", at)
            end = len(folded) if end < 0 else end
            out.extend(_listed_duty(doc, index, mention, folded, Span(bullet.start(1), end), bullet.start(1)))
            at = end + 1
    return out


def _zh_labelled_duties(
    doc: Document, folded: str, all_units: list[Span], index: SectionIndex
) -> list[tuple[int, Duty]]:
    """(一)县首席数据官。由副县长担任，统一领导…: a role's label, then what it does."""
    out: list[tuple[int, Duty]] = []
    for unit in all_units:
        item = _zh_item(folded, unit.start, unit.end)
        label = _role_label(folded, Span(item[1], unit.end)) if item else None
        if label and label[1] < unit.end and is_chinese(folded[unit.start : unit.end]):
            out.extend(_label_duties(doc, index, folded, label[0], Span(label[1], unit.end), listed=False))
    return out


# --------------------------------------------------------------------------- English

# A statute copied without line breaks runs subsections together: "…prompt manner.(c) Not later …"
_RUN_IN_SUBSECTION = re.compile(r"(?<=[a-z\]])\.(?=\([a-z0-9]{1,3}\)\s*[A-Z])")


def statute_sentences(folded: str, unit: Span) -> list[Span]:
    """`sentences`, also cut where a run-in subsection mark "(c)" starts a new sentence."""
    out: list[Span] = []
    for sent in sentences(folded, unit):
        start = sent.start
        for m in _RUN_IN_SUBSECTION.finditer(folded, sent.start, sent.end):
            out.append(Span(start, m.end()))
            start = m.end()
        out.append(Span(start, sent.end))
    return out


# What a role "may" do that is a power it holds ("may issue standards", "may pause an agreement",
# "may:" over a list of them), not what may happen to it ("may wish to", "may have a deputy")
_POWERS = (
    "issue|approve|designate|delegate|require|direct|request|establish|appoint|pause|escalate|refer|"
    "convene|create|invite|recommend|suspend|review|audit|publish|adopt|authori[sz]e|determine|grant|"
    "waive|exempt|form|set\\s+up|withhold|revoke|investigate|inspect|commission"
)
# whom the role answers to between "responsible" and its duties: "is responsible to the Director
# General or CEO for the following:"
# (not the "for" of an office's name: "responsible to the Minister for Data for ensuring …")
_ANSWERING_TO = r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[^.;:\n]{0,60}?\s+(?=for\b(?!\s+(?-i:[A-Z]))))?"
_EN_MODAL = re.compile(
    # "(Pegawai Pengurus Data) of each division is responsible for": its name in another language
    # and the units it serves between the role and its verb; "may issue standards": a power the
    # role holds, which the documents' readers count with its duties
    # ("A Deputy Agency CDO, where designated, shall …", "The CDO, as data governance body
    # chair, should …": the role's own condition or capacity set off between them; not "…,
    # after consulting the CDO, where appropriate, shall", whose subject is another's)
    # ("The data management officer for a state agency shall:": whose post it is)
    rf"\s*(?:\([^)]{{1,40}}\)\s*)?(?:(?:of|in|for)\s+(?:a|an|each|every|the|its)\s+(?:[a-z]+\s+){{1,3}}?)?"
    rf"(?:,\s*(?:(?:where|when|if|once)\s+(?:so\s+)?(?:designated|appointed|named|established)"
    rf"|as\s+[^,.;:\n]{{0,40}}\b(?:chair|chairperson|lead|head|secretary|member|officer)),\s*)?"
    # ("… acts as Deputy Chief Data Officer and shall:": the post named, then what it does)
    rf"(?:and\s+(?=(?:shall|must|will|should)\b))?(?P<modal>{EN_RESPONSIBLE_FOR}|{EN_CHARGED_WITH}|shall(?:\s+not)?|must(?:\s+not)?|will|should|(?-i:may)(?=\s*:|\s+(?:also\s+)?(?:{_POWERS})\b)|(?:is|are)\s+(?:responsible|accountable)\s+{_ANSWERING_TO}for|"
    r"(?:is|are)\s+required\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+to|has\s+the\s+responsibility\s+to|serves?\s+as)\b",
    re.IGNORECASE,
)
# "The CDO reports to the Committee twice a year", "The CDO also chairs …": a duty in the present
# tense, for one role (a plural subject's verb cannot be told from a noun); not is, has, was.
_EN_PRESENT = re.compile(
    r"\s+(?:also\s+|further\s+)?(?!(?:is|has|was|does|as|its|this|means|needs|believes|receives|includes|comprises"
    r"|consists|contains|remains|seems|appears|functions|members|shares|duties|responsibilities|tasks|roles)\b)"
    r"[a-z]{3,}s\b(?=\s+[a-z])"
)
# ... but not the post's line manager: "The CDO reports to the State CIO and leads …" (a report
# it makes says when: "reports to the Committee twice a year", "… every July")
_REPORTING_LINE = re.compile(
    r"\s+(?:also\s+)?reports?\s+(?:directly\s+)?to\b(?![^.;:\n]*\b(?:each|every|annual(?:ly)?|quarterly|monthly|"
    r"weekly|yearly|twice|once\s+a|within\s+\w+\s+(?:working\s+|business\s+)?(?:days?|weeks?|months?)|at\s+least|"
    r"progress|report)\b)",
    re.I,
)
_AND_THEN = re.compile(r",?\s+and\s")
# Where a present-tense sentence states a duty: under a heading on roles, responsibilities,
# reporting, procedures or compliance (a terms of reference, a policy's "6. Procedures": "The Data
# Steward creates the catalogue record"), not in a report's narrative ("The Council meets regularly").
_DUTY_SECTION = re.compile(
    r"responsib|dut(?:y|ies)|functions|\broles?\b|reporting|accountab|mandate|procedur|complian", re.I
)
# "Sector Data Leads:" over its items; "They:" for the role of the sentence before
_EN_COLON = re.compile(r"\s*:(?=\s*(?:$|\n))")
# ... whose items open with a subject and a modal of their own ("Every Head of Department … shall
# nominate …", "The Data Stewards shall,"): a section's paragraphs, not the label's duties
_EN_OWN_SUBJECT = re.compile(r"\s*(?i:the|every|each|all|any|no)\b[^;:]{0,120}?\b(?:shall|must)\b")
# "(1) The municipal chief data officer: lead …; review …": a role as its item's label, its duties
# after the colon, one to each semicolon (an English rendering of 市首席数据官：负责…；…)
# (a definition's "Chief Data Officer: the official in Treasury Board Secretariat who …" says who,
# not what to do)
_EN_LABEL = re.compile(
    r"\s*:\s+(?=[a-z])(?!(?:the|an?|any|each|every|all|this|that|one|someone|means|refers|is|are|composed|consisting"
    r"|comprising|includes?|including|e-?mail|contact|see|chief|data)\b)"
    # a verb opens a duty; a hyphenated word or a noun's ending ("subject-matter staff", "information
    # management") opens a description
    r"(?![a-z]+-[a-z]|[a-z]+(?:tion|ment|ness|ity|ance|ence|ship|ist|ary)\b)"
)
_EN_PRONOUN = re.compile(r"\s*(?:they|he or she|she|he)\b", re.IGNORECASE)
_EN_BODY_IT = re.compile(
    r"\s*(It)\s+(?:shall|will|must)\s+(?!(?:also\s+)?(?:include|contain|cover|set\s+out|describe|be|state|specify|list|"
    r"identify|provide\s+for|apply|take\s+effect|come\s+into|enter\s+into|require|expire|lapse|remain|cease)\b)"
)
_A_DOCUMENT = re.compile(
    r"\b(?:policy|policies|plan|report|standard|strategy|framework|directive|order|regulation|guidance|charter|"
    r"agreement|inventory|register|catalogue|catalog)\b",
    re.I,
)
_EN_RESP = re.compile(
    r"(?:'s|’s)?\s+(?:key\s+|primary\s+|main\s+|core\s+|specific\s+)?(?:responsibilities|duties|functions)"
    # "The CDO's main responsibilities are to:" then its items
    r"\s+(?:include|are(?:\s+to\b)?|shall\s+include|will\s+include)\b(?:\s+the\s+following)?",
    re.IGNORECASE,
)
# ", in consultation with the agency data officers and executive branch agency heads,", ", composed
# of all Agency CDOs …," or ", OA," between a subject and its modal
_EN_ASIDE = re.compile(
    r",\s*(?:(?i:in\s+consultation|in\s+coordination|in\s+collaboration|in\s+turn|together|working|acting|as\s+appropriate"
    r"|composed|consisting|comprising|chaired|established|created|nominated|appointed|designated|selected)[^,;.]{0,160}"
    # "The Commonwealth Chief Data Officer, OA, shall": the office it sits in, by its initials
    r"|[A-Z]{2,6}(?:\s+[A-Z]{2,6})?\s*),",
)
# a heading that asks, short, with no colon or stop (not "How data is shared: the CDO shall …")
_ASKING_HEADING = re.compile(r"(?i:what|how|which|why)\b[^:.;\n]{0,60}\??\s*")
# "the Council shall terminate": what happens to the subject, not what it must do
_EN_EVENT = re.compile(r"\s*(?:terminate|expire|sunset|cease|lapse|be\s+dissolved|be\s+rescinded)\b", re.I)
# "shall be a senior official", "shall consist of …", "must have: (i) senior experience …": what
# the holder is or has ("must be at least at Manager level"), not what it does
_EN_IS = re.compile(
    # ("shall be the Deputy Director General or an officer of equivalent level", "shall not be the
    # same officer as …"; not "shall be the nodal office of the State" nor "the point of contact")
    r"\s*(?:be\s+(?:a|an)\b|be\s+at\s+least\s+(?:at\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}(?:level|grade|rank|band)\b|be\s+the\s+same\b|be\s+the\b(?=[^.;]{0,80}\bor\s+(?:an?\s+)?(?:officer|official|equivalent)\b)|consist\s+of\b|have\s*:|be\s+able\s+to\s+demonstrate\b)",
    re.IGNORECASE,
)
# A modal denied of being: "shall not be responsible for", "will not be the SIRO"
_NOT_BE = re.compile(r"(?i)\s*(?:\S+\s+){0,3}?(?:shall|must|will|should|may)\s+not\s+be\b")
_NOT_BE_REACH = len(" not be")  # past a modal that stops before its "not"
_EN_PASSIVE = re.compile(
    r"\s*be\s+(?!responsible|accountable|able)(?:\w+(?:ed|en)|held|kept|made|paid|told|brought|bound|sent|built|"
    r"set|put|shown|known|seen|drawn|led|left|met|read|run|cut)\b",
    re.IGNORECASE,
)
_EN_WHO = re.compile(r"\s*,?\s*who\s+(?=shall|must|will|should|is\s+responsible|are\s+responsible)", re.I)
_EN_ITEM = re.compile(
    r"\s*(?:\(\w{1,4}\)|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s)|\d{1,2}[.)]|(?:[ivxl]{2,6}|[A-Za-z])[.)](?=\s)|[•●▪◦\-*])\s*"
)
_DESIGNATE = re.compile(
    r"designate\s+(?:an?\s+)?(?P<h>[^.;]{3,80}?)\s+(?:to\s+(?:serve|act)\s+)?as\s+(?:the\s+)?(?:agency\s+)?"
    r"Chief\s+Data\s+Officer",
    re.IGNORECASE,
)


def _item_kind(marker: str, expected: tuple[str, int] | None = None) -> tuple[str, int]:
    """(style, number) of a list marker: "(3)" -> ("(1)", 3), "b)" -> ("a)", 2), "•" -> ("•", 0),
    "ii." -> ("i.", 2) in a list that opened with "i." (an "i." after "h." is a letter); a list
    goes on only while the style stays and the number counts up."""
    marker = marker.strip()
    roman = re.fullmatch(r"\(([ivxl]+)\)|([ivxl]+)[.)]", marker)
    if roman:
        style, label = ("(i)" if marker.startswith("(") else "i."), roman.group(1) or roman.group(2)
        if (expected is None and label == "i") or (expected is not None and expected[0] == style):
            return style, roman_value(label)
    m = re.fullmatch(r"\((\d+)\)|(\d+)[.)]", marker)
    if m:
        return ("(1)" if m.group(1) else "1.", int(m.group(1) or m.group(2)))
    m = re.fullmatch(r"\(?([a-z])\)|([a-z])\.", marker)
    if m:
        return ("a)" if m.group(1) else "a.", ord(m.group(1) or m.group(2)) - 96)
    m = re.fullmatch(r"\(?([A-Z])\)|([A-Z])\.", marker)
    if m:
        return ("A)" if m.group(1) else "A.", ord(m.group(1) or m.group(2)) - 64)
    return (marker[:1], 0)


def _en_subject(folded: str, sent: Span, mention: RoleMention) -> bool:
    """A role mention is the subject when it opens the sentence or a clause (", and …")."""
    body = skip_markers(folded, sent.start, sent.end)
    lead = folded[body : mention.start]
    if "\n" in lead:
        # a heading's line glued to the clause ("Reporting\n6.1 The CDO reports …")
        above, line = lead.rsplit("\n", 1)
        if len(above.split()) <= 8 and not re.search(r"[.,;:]\s*$", above):
            lead = re.sub(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(\w{1,4}\)|[a-z]\))\s+", "", line)
    lead = re.sub(r"^[A-Z][A-Za-z .,'’&()-]{1,60}?(?:\.\s*—|—)\s*", "", lead)  # "(d) REPORTS.—"
    lead = re.sub(r"(?:[A-Z][\w&'’.-]*\s+){1,4}$", "", lead)  # "The USDA ", "Each Mission Area "
    lead = _EN_SETTING.sub("", lead)  # "For this purpose the Board will …"
    lead = _EN_ORDERED_THAT.sub("", lead)  # an order's "2. Direct that the CDO shall:"
    if _EN_PURPOSE_OF.fullmatch(lead):
        return False  # "The purpose of creating the CDO role and the Data Board is to:" its goals
    lead = _EN_ACTS_AS.sub("", lead)  # "The Head of Data and Insight acts as Deputy CDO and shall:"
    if not lead.strip() or re.fullmatch(_EN_DETERMINED, lead):
        return True
    # "6. Quarterly return:- The CDO shall …": a label, and the Indian and British colon-dash
    return bool(re.search(rf"(?:,|;|,\s*and|\band|:[-—–]?)\s*{_EN_DETERMINED}$", lead))


# A sentence's opening phrase of purpose or setting, before its subject ("For this purpose",
# "To this end", "In that capacity", "Under this Circular")
_EN_SETTING = re.compile(
    r"^\s*(?:For|To|In|At|On|Under|With|From)\s+(?:this|that|these|those|such)\s+[A-Za-z]+\s*,?"
)


# Who holds the post, before the post that is what the sentence goes on about: "The Head of Data
# and Insight acts as [Deputy Chief Data Officer and shall: …]"
_EN_ACTS_AS = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|\(\w{1,4}\)\s+)?[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,8}\s+"
    r"(?:(?:shall|will)\s+)?(?:acts?|serves?)\s+as\s+(?:the\s+|an?\s+)?$"
)
_EN_PURPOSE_OF = re.compile(r"\s*(?:the\s+)?(?:purpose|aim|objective|goal|intent)s?\s+of\b[^,;:]*", re.I)
_EN_ORDERED_THAT = re.compile(rf"^\s*(?:I\s+(?:hereby\s+)?)?(?i:{EN_ORDERING_VERB})\s+that\s+")


# What may stand before a role that is its sentence's subject: a determiner and up to three
# lowercase modifiers ("a department chief data officer", "Each department and county-level
# chief data officer"), not a phrase that makes it an object ("the report of the").
_EN_DETERMINED = (
    r"\s*(?:(?i:each|every|all|the|an?|such|any)\s+)?"
    r"(?:(?!(?:of|by|to|for|with|from|that|which|than|on|in|at|under|is|are|was|were)\s)[a-z][a-z-]*\s+){0,3}"
)


# An English heading over a role's duties, its items in bullets: "3. Key responsibilities",
# "Responsibilities of the Chief Data Officer", "Priority deliverables for the first year".
_EN_DUTY_HEADING = re.compile(
    # a job posting's "EXAMPLES OF DUTIES", "Essential Job Functions" too
    # numbered in digits or, as a translated Chinese plan's 四、, in Roman numerals ("IV. Main …")
    # (or, as a translation keeps the plan's (一), "(1) Responsibilities of the district CDO:")
    r"(?:#{1,6}\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|(?-i:[IVX]{1,4})\.\s+|\(\d{1,2}\)\s*)?(?:examples?\s+of\s+(?:the\s+)?)?"
    r"(?:(?:key|main|core|principal|specific|priority|essential|typical|major)\s+)?(?:job\s+)?"
    # a policy's "Roles and responsibilities", its parties' labels over their lists
    r"(?:roles?\s+and\s+)?"
    r"(?:responsibilities|duties|accountabilities|functions|deliverables)\b[^.;:]{0,60}:?",
    re.IGNORECASE,
)
EN_TOP_HEADING = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\.\s+[A-Z]")  # "3. Reporting", "V. Working mechanism"
# A posting's or a profile's headings for what the holder must be, after its duties
_EN_NOT_DUTIES = re.compile(
    r"(?:minimum|preferred|required|desirable|essential)?\s*(?:qualifications|knowledge|skills|abilities|"
    r"requirements|experience|education|competenc(?:y|ies)|person specification|benefits|salary|how to apply)\b"
    r"[^.;:]{0,40}:?$",
    re.I,
)
_EN_BULLET = re.compile(r"\s*[•●▪◦\-*]\s+")
# An item whose bullet a web page's <li> or a Word list kept apart from its text, as a job
# description writes it: one of the verbs job descriptions open their duties with, in the third
# person ("Develops, implements and maintains …", "Chairs the … Committee"); not a sentence
# ("This position reports to …") nor a sub-heading ("Analytics Services"). A known verb, where a
# role column's cell needs only _EN_DOES's shape: a line outside a table may be any prose.
_JOB_VERBS = (
    "Develops|Leads|Manages|Oversees|Chairs|Prepares|Establishes|Reviews|Works|Supervises|Represents|"
    "Performs|Coordinates|Ensures|Advises|Maintains|Implements|Directs|Provides|Serves|Monitors|Promotes|"
    "Supports|Builds|Drives|Sets|Defines|Owns|Champions|Delivers|Produces|Reports|Collaborates|Partners|"
    "Negotiates|Approves|Evaluates|Conducts|Facilitates|Designs|Administers|Assists|Analyzes|Analyses|"
    "Plans|Organizes|Organises|Trains|Hires|Mentors|Communicates|Presents|Publishes|Tracks|Measures|"
    "Assesses|Guides|Creates|Writes|Participates|Responds|Recommends|Acts|Convenes|Governs|Secures|"
    "Protects|Integrates|Enables|Fosters|Identifies|Applies|Verifies|Specifies|Carries|Liaises|"
    "Prioritizes|Prioritises|Translates|Budgets|Controls|Handles|Investigates|Procures|Designates|Decides|"
    "Operates|Submits|Appoints|Nominates|Notifies|Completes|Escalates|Describes|Documents|Keeps|Updates|"
    "Resolves|Classifies|Records"
)


def _base_form(verb: str) -> str:
    """ "Identifies" -> "Identify", "Establishes" -> "Establish", "Organizes" -> "Organize"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:sh|ch|ss|x)es$", verb):
        return verb[:-2]
    return verb[:-1]


_JOB_VERB_BASES = "|".join(sorted({_base_form(v) for v in _JOB_VERBS.split("|")}))  # Develop, Lead …
_EN_UNMARKED_ITEM = re.compile(rf"\s*(?=(?:{_JOB_VERBS})(?:,|\s+(?:and\s+)?[a-z]|\s+[A-Z][\w'’]*\s+[a-z]))")
# ... a plural party's, in the verb's base form ("Agency Data Stewards" over "Maintain the
# agency's entries …."), a whole sentence, not a sub-heading ("Report on progress")
_EN_UNMARKED_PLURAL_ITEM = re.compile(
    rf"\s*(?=(?:{_JOB_VERB_BASES})\s+(?:and\s+)?[a-z]"
    # (not a statement whose verb comes later: "Lead times are set out in Annex B.")
    r"(?![^\n]*\b(?:is|are|was|were)\b)[^\n]*[.;]\s*$)"
)
# "Data stewards describe data sets …": a plural role's duty in the present tense, by a verb job
# descriptions use (a plural subject's other words may be nouns: "Data stewards network")
_EN_PRESENT_PLURAL = re.compile(rf"\s+(?:also\s+)?(?i:{_JOB_VERB_BASES})\b(?=\s+[a-z])")
# ... who a party is, under its label, not what it does: "is made up of Data Owners …"
_WHAT_IT_IS = re.compile(
    r"(?:is|are)\s+(?:made\s+up|composed|comprised)\s+of\b|(?:consists\s+of|comprises)\b", re.I
)
# a party's label numbered as its section's clause: "5.2 Commonwealth Chief Data Officer"
_CLAUSE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+")
_QUALIFIER_WORDS = 3  # "Commonwealth", "Agency", "Department" before the role the label names
# ... not a post of its own: an Associate Chief Data Officer, an Assistant Data Steward
_OTHER_POST = re.compile(r"\b(?:Associate|Assistant|Deputy|Vice|Under)\b", re.I)
# A lead-in naming a party other than a known role ("The Secretary:", "The Under Secretary shall:")
_OTHER_PARTY = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:\s+shall)?\s*:$")
# An item numbered in digits under "(1) Responsibilities of …" (a translated plan's 1. under its (一))
_EN_DIGIT_ITEM = re.compile(r"\s*\d{1,2}\.\s+(?=[A-Z])")
# An item numbered in brackets under the heading, as a translated plan numbers its (一)(二): "(1) …"
# (a whole item: a capital opens it, and no label's colon stands in it: not "(2) The joint meeting: …")
_EN_NUMBERED_ITEM = re.compile(r"\s*\(\d{1,2}\)\s+(?=[A-Z])(?![^\n:]{0,60}:)")
_EN_PARTIES_HEADING = re.compile(r"(?i)\broles?\s+and\s+responsibilities\b")
# A party's label over its own list under "Roles and responsibilities" ("Data Governance Group",
# "Data Owners", "All staff"), where a role profile's topic sub-headings ("Strategy") name no one
_EN_PARTY_LABEL = re.compile(
    r"[A-Z][\w’'\- ]{0,50}\b(?:group|board|committee|council|team|owners?|stewards?|custodians?|staff|"
    r"managers?|officers?|directors?|users?|employees|members|leads?|champions?|executives?|secretariat|"
    r"office|unit|chairs?|heads?)",
    re.I,
)


def _en_heading_list_duties(doc: Document, folded: str, index: SectionIndex) -> list[tuple[int, Duty]]:
    """The bulleted items under an English duties heading, as a role profile lists them ("• Sets
    and enforces data standards …"), sub-headings between them: the duties of the role the
    heading names, else of the one role the title (or the cover) names. Not an item that opens with a role of
    its own ("The CDO leads …": the sentence's own subject is read elsewhere)."""
    title_roles = {m.role for m in en_role_mentions(fold_same_length(doc.title))}
    title_roles = title_roles or {m.role for m in en_role_mentions(folded[:400])}  # a profile's cover page
    out: list[tuple[int, Duty]] = []
    lines = list(re.finditer(r"[^\n]+", folded))
    role = None
    digit_items = False
    inside = False  # under a duties heading, until the next section or a paragraph ends its lists
    listed = introduced = False  # an item was read; a line introduced the list before its first
    for m in lines:
        line = m.group(0).strip()
        if not line:
            continue
        if _EN_DUTY_HEADING.fullmatch(line) and not line[0].islower() and not _EN_BULLET.match(m.group(0)):
            named = {r.role for r in en_role_mentions(line)}
            # (everyone's "Roles and responsibilities" are the parties' its labels name, not the title's)
            roles = named or (set() if _EN_PARTIES_HEADING.search(line) else title_roles)
            role = next(iter(roles)) if len(roles) == 1 else None
            inside, listed, introduced = True, False, False
            # under "(1) Responsibilities of …" (a translated plan's （一）), "1. Organize …" is an item
            digit_items = line.startswith("(")
            continue
        if not inside:
            continue
        # (an item ends as a sentence or a list's item does: "4. Review of this framework" is the next section)
        numbered = (
            _EN_DIGIT_ITEM.match(m.group(0)) if digit_items and line.endswith((".", ";", ",")) else None
        )
        if not numbered and (
            EN_TOP_HEADING.match(line.lstrip("# "))
            or (_EN_NOT_DUTIES.match(line) and line[0].isupper() and len(line.split()) <= 6)
        ):
            role, inside = None, False  # the next numbered section, or what the holder must know or have
            continue
        bullet = (
            numbered
            or _EN_BULLET.match(m.group(0))
            or _EN_NUMBERED_ITEM.match(m.group(0))
            or _EN_UNMARKED_ITEM.match(m.group(0))
            or (_EN_UNMARKED_PLURAL_ITEM.match(m.group(0)) if role is not None else None)
        )
        if not bullet:
            if line.endswith(":") and not en_role_mentions(line) and _OTHER_PARTY.search(line):
                role = None  # "a. Secretary of Veterans Affairs. The Secretary:": another party's list
                continue
            if len(line.split()) > 8 or re.search(r"[.;]$", line):
                if listed or introduced:
                    role, inside = None, False  # a paragraph ends the lists; a short sub-heading does not
                introduced = True  # one line before the first item may introduce the list
            elif _EN_PARTY_LABEL.fullmatch(_CLAUSE_NUMBER.sub("", line.rstrip(":"))):
                # a party's label: its list is the role it names, or no role's
                label = _CLAUSE_NUMBER.sub("", line.rstrip(":"))
                mentions = en_role_mentions(label)
                before = label[: mentions[0].start] if mentions else ""
                qualified = (
                    len(before.split()) <= _QUALIFIER_WORDS
                    and all(w[:1].isupper() for w in before.split())
                    and not _OTHER_POST.search(before)
                )
                whole = (
                    mentions and (mentions[0].start <= 4 or qualified) and mentions[0].end >= len(label) - 1
                )
                body = EN_BODY_NAME.fullmatch(label) if not mentions else None
                # (a body the label names whole is the party: "Enterprise Data Governance Council")
                role = mentions[0].role if whole else body.group(0) if body else None
                listed = introduced = False
            continue
        if role is None:
            continue
        listed = True
        start = m.start() + bullet.end()
        mentions = en_role_mentions(folded, start, m.end())
        if mentions and mentions[0].start - start <= 4:
            continue
        duty = re.sub(r"[;.]\s*$", "", doc.text[start : m.end()]).strip()
        if _WHAT_IT_IS.match(duty):
            continue  # "is made up of Data Owners …": who the party is, not what it does
        if len(duty.split()) >= 2:
            out.append((m.start(), _en_duty(doc, index, role, "", "", duty, Span(m.start(), m.end()))))
    return out


@dataclass(frozen=True)
class _Verb:
    """Where a present-tense duty starts: at its verb, kept in the duty."""

    at: int

    def end(self) -> int:
        return self.at


def _section_about(section: str, role: str) -> bool:
    """A section where present-tense sentences state duties: one on roles, responsibilities,
    reporting (_DUTY_SECTION), or one headed by the role's name ("5. Division data owners and
    data stewards", "Q: Who is the State CDO?"), whose sentences say what it does; not one on
    how the post is filled or where it stands ("Appointment of the Chief Data Officer", "Chief
    data officers across Canada")."""
    if _DUTY_SECTION.search(section):
        return True
    heading = fold_same_length(section.split(" > ")[-1])
    return any(m.role == role for m in en_role_mentions(heading)) and not _NOT_ITS_WORK.search(heading)


_NOT_ITS_WORK = re.compile(
    r"appoint|recruit|select|vacanc|salary|\bpay\b|\bterms?\b|tenure|qualif|background|history|across|"
    r"compar|survey|profiles? of|contact",
    re.I,
)


def _singular(folded: str, mention: RoleMention) -> bool:
    """One holder: "The CDO", "the Chief Data Officer", not "Data Stewards" or "CDOs"."""
    written = folded[mention.start : mention.end].rstrip()
    return not re.search(r"(?:s|s\))$", written, re.IGNORECASE) or written.lower().endswith("(cdo)")


# A body a document sets up, by its capitalised name (the Commonwealth Data Governance Council,
# the Data Governance Board) and, where it is the only one of its kind, "the Council" / "the Board".
# ... and an office named after what it does: "the Office of the Chief Data Officer", "The Office
# of Data and Accountability (ODA)"; not the "Office of the Department" of "The Data Governance
# Office of the Department", whose name ends at its kind
_OFFICE_OF = re.compile(
    r"\b(Office)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[A-Z][\w&-]*|and|for)[ \t]+){0,4}[A-Z][\w&-]*\b(?!['’]|[ \t]+(?:[A-Z]|and\b|for\b))"
)
_WORD_BEFORE = re.compile(r"([A-Z][\w&'’-]*)[ \t]+$")
_DETERMINERS = frozenset(("The", "A", "An", "Each", "Every"))


def _office_of(folded: str) -> Iterator[re.Match[str]]:
    for m in _OFFICE_OF.finditer(folded):
        before = _WORD_BEFORE.search(folded, max(0, m.start() - 40), m.start())
        if not before or before.group(1) in _DETERMINERS:
            yield m


# A statute's definition of the body it creates, in lower case: '"Council" means the state data
# governance council created in § 4-3-5524' (it goes on to write "the council shall")
_DEFINED_BODY = re.compile(
    r"[\"“](Council|Board|Committee|Commission)[\"”]\s+means\s+(?:the\s+)?"
    r"((?:[a-z][\w-]*\s+){1,5}(?:council|board|committee|commission))\b"
)
# The short name a text gives a body in brackets after its name: "(the Steering Committee)"
_SHORT_NAME_GIVEN = re.compile(r"\s*\((?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\)")
# "the Departmental Chief Data Officer (DCDO)", "A State Data Management Office (SDMO)": the
# initials a text gives a role or body, by which it goes on to name it ("The DCDO shall:"); or
# those of its name in the country's own language, given with it: "Chief Data Officer (Ketua
# Pegawai Data, KPD)"
_INITIALS_GIVEN = re.compile(r"\s*\((?:([A-Z][\w'-]*(?:\s+[\w'-]+){1,5}),\s*)?([A-Z]{2,6})\)")


def _named_bodies(folded: str, council_alias: bool) -> dict[str, re.Pattern[str]]:
    """Each body's name -> how the text writes it: in full, or by its kind alone ("the
    committee") when no other body of that kind is named. A body for data (the Data Governance
    Board, not the CIO Council); not a CDO Council, a role of its own (kb.roles), nor "the
    Council" in a text that has one."""
    every: dict[str, str] = {}
    given: dict[str, str] = {}  # a body's name -> the short name the text gives it
    for m in (*EN_BODY_NAME.finditer(folded), *_office_of(folded)):
        # "A\nThe Data Quality Assurance Group": a table's last cell and the article before the name
        name = " ".join(re.sub(r"^(?:(?:The|A|An|Each|Every)\s+)+", "", m.group(0)).split())
        kind = m.group(1)
        if len(name.split()) > 1:  # "The Council" is a short form, not a name
            every.setdefault(name, kind)
            short = _SHORT_NAME_GIVEN.match(folded, m.end())
            if short and short.group(1).endswith(kind) and short.group(1) != name:
                given.setdefault(name, short.group(1))
    defined = set()
    for m in _DEFINED_BODY.finditer(folded):
        name = " ".join(m.group(2).split())
        if m.group(2).lower().endswith(m.group(1).lower()) and not any(n.lower() == name for n in every):
            defined.add(name := name[0].upper() + name[1:])
            every.setdefault(name, m.group(1))
    for name in list(every):  # "DG Council" in a table's header is the Data Governance Council
        short_form, _, kind = name.rpartition(" ")
        if short_form.isupper() and any(
            other != name
            and other.endswith(f" {kind}")
            and "".join(w[0] for w in other.split()[:-1]).upper() == short_form
            for other in every
        ):
            del every[name]
    kinds = list(every.values())  # "the Committee" is one only where no other committee is named
    short = {k for k in kinds if kinds.count(k) == 1 and not (council_alias and k == "Council")}
    return {
        name: re.compile(
            r"\b"
            # a defined body in any case: "the state data governance council"
            + ("(?i:" if name in defined else "(?:")
            + r"\s+".join(map(re.escape, name.split()))
            + r")\b"
            # (not the start of a longer name: "the Office of the Chief Data Officer")
            + (
                rf"|\b[Tt]he\s+[{kind[0]}{kind[0].lower()}]{kind[1:]}\b(?![ \t]+of\b)"
                if kind in short
                else ""
            )
            + (
                r"|\b[Tt]he\s+" + r"\s+".join(map(re.escape, given[name].split())) + r"\b"
                if name in given
                else ""
            )
        )
        for name, kind in every.items()
        if re.search(r"\b(?:[Dd]ata|CDOs?)\b", name)  # the Data Governance Board, the CDO Secretariat
        and not re.search(r"(?i)\b(?:CDOs?|Chief Data Officers?) Council$", name)
    }


def _initials(folded: str, bodies: dict[str, re.Pattern[str]], council_alias: bool) -> dict[str, RoleMention]:
    """The initials a text gives its roles and bodies -> the role or body they name."""
    named = list(en_role_mentions(folded, council_alias=council_alias))
    named += [
        RoleMention(m.start(), m.end(), name, ()) for name, p in bodies.items() for m in p.finditer(folded)
    ]
    found: dict[str, RoleMention] = {}
    for mention in named:
        given = _INITIALS_GIVEN.match(folded, mention.end)
        if not given or given.group(2) in ("CDO", "CDOS"):
            continue
        # the name in another language, not a unit it sits in ("a Data Steward (Information
        # Management Branch, IMB)")
        other = given.group(1) or ""
        # with the capitalised words written before the role's name ("Government Chief Data
        # Officer (GCDO)": the role is the Chief Data Officer, its initials the whole name's)
        before = _CAPITALISED_BEFORE.search(folded, max(0, mention.start - 60), mention.start)
        words = before.group(0).split() if before else []
        own = folded[mention.start : mention.end]
        # each run of those words that ends at the role ("Each Government …": not "Each")
        wider = [" ".join([*words[i:], own]) for i in range(len(words))]
        names = (own, *wider, "" if _UNIT_WORD.search(other) else other)
        # the name's own initials (DCDO, SDMO, KPD), not another's in brackets ("a data steward (HR)")
        if any(_initials_of(name) == given.group(2) for name in names):
            found.setdefault(given.group(2), mention)
    return found


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,3}$")
_UNIT_WORD = re.compile(
    r"\b(?:Branch|Division|Office|Unit|Department|Ministry|Agency|Section|Bureau|Directorate)$"
)


def _initials_of(name: str) -> str:
    words = re.findall(r"[A-Za-z]+", name)
    return "".join(w[0] for w in words if w.lower() not in ("the", "a", "an", "of", "and", "for")).upper()


def _with_bodies(
    folded: str,
    sent: Span,
    mentions: list[RoleMention],
    bodies: dict[str, re.Pattern[str]],
    initials: dict[str, RoleMention] | None = None,
) -> list[RoleMention]:
    """The sentence's role mentions, its bodies' and the initials the text gave either (not
    inside a role's own mention)."""
    found = list(mentions)
    for short, named in (initials or {}).items():
        for m in re.finditer(rf"\b{short}s?\b", folded[sent.start : sent.end]):
            start, end = sent.start + m.start(), sent.start + m.end()
            if not any(r.start <= start < r.end or start <= r.start < end for r in found):
                found.append(RoleMention(start, end, named.role, named.levels))
    for name, written in bodies.items():
        for m in written.finditer(folded, sent.start, sent.end):
            overlapping = [r for r in found if r.start <= m.start() < r.end or m.start() <= r.start < m.end()]
            # "The Municipal Chief Data Officer Office shall": the office, not the officer in its name
            if all(
                m.start() <= r.start and r.end <= m.end() and r.end - r.start < m.end() - m.start()
                for r in overlapping
            ):
                found = [r for r in found if r not in overlapping]
                found.append(RoleMention(m.start(), m.end(), name, ()))
    for m in _BODY_BY_KIND.finditer(folded, sent.start, sent.end):
        if any(r.start <= m.start() < r.end for r in found):
            continue
        # "The Committee is responsible for:" under "4.2.1 The Data Governance Committee …"
        name = _last_named(folded, m.group(1), m.start())
        if name in bodies:
            found.append(RoleMention(m.start(), m.end(), name, ()))
    return sorted((_as_member(folded, r, bodies) for r in found), key=lambda r: r.start)


# "Each member of the Network will:": the body's members, not the body
_MEMBER_OF = re.compile(r"\b(?:[Ee]ach|[Ee]very|[Aa]ll|[Tt]he)?\s*[Mm]embers?\s+of\s+(?:the\s+)?$")


def _as_member(folded: str, mention: RoleMention, bodies: dict[str, re.Pattern[str]]) -> RoleMention:
    member = _MEMBER_OF.search(folded, max(0, mention.start - 30), mention.start)
    if mention.role not in bodies or not member:
        return mention
    return RoleMention(
        member.start() + len(member.group(0)) - len(member.group(0).lstrip()),
        mention.end,
        f"Member of the {mention.role}",
        (),
    )


# "the Committee" where the text names more than one committee: the one it named last (under
# "4.2 Data Governance Committee", not the "Establishment and Coordination Committee" that
# approved the charter pages before)
_BODY_BY_KIND = re.compile(
    r"\b[Tt]he\s+(Council|Board|Committee|Commission|Secretariat|Forum|Panel|Network)\b(?![ \t]+of\b)"
)
_ANAPHORA_REACH = 1500  # characters back: the part of the text the sentence stands in


def _last_named(folded: str, kind: str, before: int) -> str:
    """The full name of the body of this kind the text named last before `before`, or ""."""
    reach = max(0, before - _ANAPHORA_REACH)
    names = [
        " ".join(re.sub(r"^(?:(?:The|A|An|Each|Every)\s+)+", "", m.group(0)).split())
        for m in EN_BODY_NAME.finditer(folded, reach, before)
        if m.group(1) == kind and (m.start() > reach or reach == 0)  # not a name the window cuts
    ]
    return next((n for n in reversed(names) if len(n.split()) > 1), "")


# "The functions of the JPDSA are to:", "The main duties of the Data Office include": the one
# named next is the duties' own
_EN_DUTIES_OF = re.compile(
    r"\s*(?:the\s+)?(?:main\s+|key\s+|principal\s+|core\s+)?(?:functions|duties|responsibilities|tasks)\s+of\s+",
    re.IGNORECASE,
)
# a determiner a role's mention may start with, or that may stand before a body's name
_EN_DETERMINER = re.compile(r"(?:(?:the|each|every|an?)\s+)?", re.IGNORECASE)
# "Its duties are to review …", after the sentence naming it
_EN_POSSESSIVE = re.compile(
    r"\s*(?:its|their)\s+(?:main\s+|key\s+|principal\s+|core\s+)?(?:functions|duties|responsibilities|tasks)\b",
    re.IGNORECASE,
)
# "The law requires the CDO to:", "the Act directs each agency data officer to": the one required
# is the duties' own, whatever the sentence's subject
_EN_REQUIRES = re.compile(
    # (an executive order's operative paragraph too: "6. Direct the CDO to convene …")
    r"\b(?i:requires?|directs?|charges?|obliges?|mandates?)\s+(?:(?:the|each|every|an?)\s+)?$"
)
# "does not require the CDO to publish …", "Nothing in this section requires the CDO to …"
_EN_NEGATED = re.compile(r"(?i)\b(?:not|nothing|never)\b|n't\b|\bno\s+[a-z]")  # not "Order No. 146"
_EN_TO = re.compile(r"\s+to\b(?!\s+(?:be|have)\b)")
# (not "are set out below", "are listed in Schedule 2": where they are, not what they are)
_EN_ARE_TO = re.compile(
    r"\s+(?:are|is|shall\s+be|will\s+be|include|shall\s+include)(?:\s+to\b|\s+as\s+follows|\s*:)"
)


# A text about a council of CDOs, whose "the Council" is that council, not a data body's short form
_COUNCIL_ALIAS = re.compile(r"(?i)(?:chief\s+data\s+officers?|CDO)\s+council")


def _en_duties(
    doc: Document,
    folded: str,
    all_units: list[Span],
    index: SectionIndex,
    holder_for: dict[str, str],
    council_alias: bool,
    bodies: dict[str, re.Pattern[str]],
) -> list[tuple[int, Duty]]:
    out: list[tuple[int, Duty]] = []
    initials = _initials(folded, bodies, council_alias)
    consumed: set[int] = set()
    for ui, unit in enumerate(all_units):
        if ui in consumed or folded[unit.start] == "|" or is_chinese(folded[unit.start : unit.end]):
            continue
        last: RoleMention | None = None  # the role of the sentence before, for a "They:" list
        subject_before: RoleMention | None = None  # the subject of the sentence just before, if a role's
        for sent in statute_sentences(folded, unit):
            opening = skip_markers(folded, sent.start, sent.end)
            if _ASKING_HEADING.fullmatch(folded, opening, sent.end):
                continue  # a heading that asks ("What CDOs will do"): its list follows, under it
            mentions = en_role_mentions(folded, sent.start, sent.end, council_alias)
            if bodies or initials:
                mentions = _with_bodies(folded, sent, mentions, bodies, initials)
            body = skip_markers(folded, sent.start, sent.end)
            pronoun = _EN_PRONOUN.match(folded, body, sent.end)
            if last is not None and pronoun and _EN_COLON.match(folded, pronoun.end(), sent.end):
                # "Data Stewards are named …. They:" — a list of the role's own; not "It shall
                # include …" after "The CDO shall prepare a report", whose "it" is the report
                mentions = [RoleMention(body, pronoun.end(), last.role, last.levels), *mentions]
            body_it = _EN_BODY_IT.match(folded, body, sent.end)
            if body_it and subject_before is not None and EN_BODY_NAME.search(subject_before.role):
                # "The Council shall meet at least twice a year. It shall approve data standards …":
                # a body's own duties go on in the next sentence (its verb a doing, not a report's
                # "It shall include …")
                it = subject_before
                mentions = [RoleMention(body, body_it.end(1), it.role, it.levels), *mentions]
            subject_before = next((m for m in mentions if _en_subject(folded, sent, m)), None)
            if _A_DOCUMENT.search(folded, sent.start, sent.end):
                # "… shall adopt a Data Sharing Policy. It shall require …": the policy's
                subject_before = None
            # "The functions of the JPDSA are to:", "Its duties are to review …": the role or body
            # the duties are of, whichever the sentence's subject
            owner = _EN_DUTIES_OF.match(folded, body, sent.end)
            possessive = _EN_POSSESSIVE.match(folded, body, sent.end)
            after_owner = _EN_DETERMINER.match(folded, owner.end()).end() if owner else -1
            owned_by = [r for r in mentions if owner and r.start in (owner.end(), after_owner)]
            if owned_by and _EN_ARE_TO.match(folded, owned_by[0].end, sent.end):
                mentions = owned_by[:1]
            elif possessive and last is not None:
                mentions = [RoleMention(body, possessive.end(), last.role, last.levels)]
            if mentions:
                last = mentions[0]
            for mention in mentions:
                owned = mention in owned_by or (possessive and mention.start == body)
                are = _EN_ARE_TO.match(folded, mention.end, sent.end) if owned else None
                before = folded[sent.start : mention.start]
                if _EN_REQUIRES.search(before) and not _EN_NEGATED.search(before):
                    are = _EN_TO.match(folded, mention.end, sent.end)  # "The law requires the CDO to:"
                aside = _EN_ASIDE.match(folded, mention.end, sent.end)
                after = aside.end() if aside else mention.end
                # "designate a Department Data Liaison, who shall maintain …": the role designated
                # is the subject of its relative clause
                relative = _EN_WHO.match(folded, after, sent.end)
                after = relative.end() if relative else after
                modal = (
                    are
                    or _EN_MODAL.match(folded, after, sent.end)
                    or _EN_RESP.match(folded, after, sent.end)
                    or _EN_COLON.match(folded, after, sent.end)
                    or (
                        # a role's label in a list of duties ("IV. Main responsibilities"), not a
                        # definition or a contact line elsewhere
                        _DUTY_SECTION.search(index.section_at(sent.start))
                        and _EN_LABEL.match(folded, after, sent.end)
                    )
                    or (
                        mention.role != CDO_COUNCIL
                        and _section_about(index.section_at(sent.start), mention.role)
                        and (_EN_PRESENT if _singular(folded, mention) else _EN_PRESENT_PLURAL).match(
                            folded, after, sent.end
                        )
                    )
                )
                if not modal or not (are or relative or _en_subject(folded, sent, mention)):
                    continue
                if (
                    modal.re is _EN_MODAL
                    and re.match(r"\s*and\s", folded[after : modal.start("modal")])
                    and not _EN_ACTS_AS.search(folded[: mention.start].rsplit("\n", 1)[-1])
                ):
                    continue  # "cooperate with the CDO and the Board and shall provide …": another's
                if modal.re in (_EN_PRESENT, _EN_PRESENT_PLURAL):
                    present = modal.re
                    line = _REPORTING_LINE.match(folded, after, sent.end)
                    if line:  # whom the post answers to, not what it does; what follows may be
                        then = next(
                            (
                                a.end() - 1  # "… and leads the statewide data program"
                                for a in _AND_THEN.finditer(folded, line.end(), sent.end)
                                if present.match(folded, a.end() - 1, sent.end)
                            ),
                            None,
                        )
                        if then is None:
                            continue
                        after = then
                    modal = _Verb(after)  # the verb is the duty's first word
                elif _NOT_BE.match(folded[modal.start() : modal.end() + _NOT_BE_REACH]):
                    continue  # "shall not be responsible for …", "will not be the SIRO": what it is not
                if (
                    _EN_PASSIVE.match(folded, modal.end(), sent.end)
                    or _EN_EVENT.match(folded, modal.end(), sent.end)
                    or _EN_IS.match(folded, modal.end(), sent.end)
                ):
                    continue
                rest = doc.text[modal.end() : sent.end].strip()
                opens_list = (
                    not _FOLLOWING.sub("", rest).strip(" :—-,")  # "shall," over (i) (ii) …
                    or _FOLLOWING_LIST.search(rest)
                    or _FOLLOWING_LIST.search(_LEADING_ASIDE.sub("", rest))
                    or _ASIDE_COLON.fullmatch(rest)  # "shall, under the leadership of …:" over (1) (2) …
                    or _SET_OFF_LEAD_IN.fullmatch(" ".join(rest.split()))  # ", at a\nminimum:" wrapped
                    or _MODAL_AGAIN.search(rest)
                )
                negated = not isinstance(modal, _Verb) and re.search(r"\bnot$", modal.group(0), re.I)
                if negated and not opens_list:
                    rest = f"not {rest}"  # "shall not publish …": a prohibition, not "publish …"
                level = mention.levels[0] if mention.levels else ""
                holder = holder_for.get(mention.role, "")
                if opens_list:
                    # "… shall" + an enumerated list in the following units: (1) (2) … or bullets,
                    # or lines without markers, each closed by a semicolon, the last by a full
                    # stop (a PDF's bullets drawn, not written)
                    expected: tuple[str, int] | None = None
                    opens = False  # the item before ends by opening sub-items ("including:")
                    labelled = isinstance(modal, re.Match) and modal.re is _EN_COLON  # "Data Stewards:"
                    for uj in range(ui + 1, len(all_units)):
                        item = all_units[uj]
                        if folded[item.start] == "|":
                            break
                        m = _EN_ITEM.match(folded, item.start, item.end)
                        if not m:
                            line = doc.text[item.start : item.end].strip()
                            run_in = _RUN_IN_LABEL.match(line)
                            if run_in and expected in (None, _RUN_IN):
                                # a role statement's "Data strategy. Develop, implement and …": its
                                # label a heading, the sentences after it the duty
                                consumed.add(uj)
                                duty = re.sub(r"\.$", "", line[run_in.end() :]).strip()
                                out.append(
                                    (
                                        item.start,
                                        _en_duty(doc, index, mention.role, level, holder, duty, item),
                                    )
                                )
                                expected = _RUN_IN
                                continue
                            if expected not in (None, _UNMARKED) or not _UNMARKED_ITEM.fullmatch(line):
                                break
                            consumed.add(uj)
                            duty = re.sub(r"(?:;\s*(?:and|or)?|\.)$", "", line).strip()
                            out.append(
                                (item.start, _en_duty(doc, index, mention.role, level, holder, duty, item))
                            )
                            if line.endswith("."):
                                break  # the list's last item
                            expected = _UNMARKED
                            continue
                        kind = _item_kind(m.group(0), expected)
                        duty = re.sub(r"(?:;\s*(?:and|or)?|\.)\s*$", "", doc.text[m.end() : item.end]).strip()
                        if labelled and _EN_OWN_SUBJECT.match(folded, m.end(), item.end):
                            # "7. Data Stewards:" over "(1) Every Head of Department … shall
                            # nominate …", "(2) The Data Stewards shall, (a) …": a section's
                            # paragraphs, each with its own subject, read as sentences of their own
                            break
                        if expected is not None and kind != expected:
                            if not (opens and _list_goes_on(folded, all_units, uj, expected)):
                                break
                            # "(b) establish an inventory, including: (i) … (ii) …; (c) …": the
                            # sub-items belong to their item, and the list goes on after them
                            position, parent = out[-1]
                            out[-1] = (
                                position,
                                replace(parent, duty=f"{parent.duty} {m.group(0).strip()} {duty}"),
                            )
                            consumed.add(uj)
                            continue
                        expected = (kind[0], kind[1] + 1) if kind[1] else kind
                        opens = bool(_OPENS_SUB_ITEMS.search(folded, item.start, item.end))
                        consumed.add(uj)
                        out.append(
                            (item.start, _en_duty(doc, index, mention.role, level, holder, duty, item))
                        )
                    continue
                lines = [line for line in rest.split("\n") if line.strip(" :")]  # "shall:" then its items
                items = [_EN_ITEM.match(line) for line in lines]
                if isinstance(modal, re.Match) and modal.re is _EN_LABEL:
                    for duty in re.split(r";\s*(?:and\s+)?", rest):
                        duty = re.sub(r"[;.]\s*$", "", duty).strip()
                        if len(duty.split()) >= 2:
                            out.append(
                                (sent.start, _en_duty(doc, index, mention.role, level, holder, duty, sent))
                            )
                elif len(lines) > 1 and (
                    all(items) or all(_UNMARKED_ITEM.fullmatch(line.strip()) for line in lines[:-1])
                ):
                    # "The CDO is responsible for:\na) …;\nb) …", or its lines unmarked, each closed
                    # by a semicolon (a web page's list): an item each
                    for line, m in zip(lines, items, strict=True):
                        duty = re.sub(r"(?:;\s*(?:and|or)?|\.)\s*$", "", line[m.end() if m else 0 :]).strip()
                        out.append(
                            (sent.start, _en_duty(doc, index, mention.role, level, holder, duty, sent))
                        )
                else:
                    for duty in _en_run_in(rest):
                        out.append(
                            (sent.start, _en_duty(doc, index, mention.role, level, holder, duty, sent))
                        )
                break  # one subject per sentence
    return out


_SUB_ITEMS = 12  # sub-items an item may hold before its list goes on (a (i)-(xii) list at most)
# A run-in list's markers: "shall: 1. lead …; 2. coordinate …; and 3. …", "(a) Maintain …; (b) …"
_RUN_IN_MARKER = re.compile(r"(?:^|(?<=[;:])\s*(?:and\s+|or\s+)?)(\d{1,2}\.|\(\w{1,3}\))\s+")


def _en_run_in(rest: str) -> list[str]:
    """A clause's duties: one each for the items of a run-in list that counts up from its first
    marker (1. 2. 3. or (a) (b) (c)), else the clause whole."""
    items = rest.lstrip(" :")
    markers = list(_RUN_IN_MARKER.finditer(items))
    kinds = [_item_kind(m.group(1)) for m in markers]
    counting = (
        len(markers) >= 2
        and markers[0].start() == 0
        and kinds[0][1] == 1
        and all(k == (kinds[0][0], i + 1) for i, k in enumerate(kinds))
    )
    if not counting:
        return [re.sub(r"[;.]\s*$", "", rest)]
    ends = [m.start() for m in markers[1:]] + [len(items)]
    return [re.sub(r"[;.]?\s*$", "", items[m.end() : e]).strip() for m, e in zip(markers, ends, strict=True)]


# "The CDO shall, within his or her MDA:": a phrase set off after the modal, then the list below
_SET_OFF_LEAD_IN = re.compile(r",\s*[^,.;:\n]{1,60},?\s*[:：]")
# "shall be responsible for all matters relating to data … and in particular shall:" — the list
# below, which the sentence's second modal opens
_MODAL_AGAIN = re.compile(
    r"\b(?:and\s+)?(?:in\s+particular|among\s+other\s+things|without\s+limitation),?\s+(?:shall|must|will)\s*[:：]\s*$",
    re.I,
)
# "is responsible for the following:" — what follows the modal is the list below
_FOLLOWING = re.compile(r"\b(?:the\s+following|as\s+follows)\b", re.I)
# "shall perform the following duties:-", "shall have the following functions:": the list below
_FOLLOWING_LIST = re.compile(rf"^{EN_FOLLOWING_DUTIES}\s*[:：]\s*[-—–]?\s*$", re.I)
# ... after an aside between the modal and its verb ("shall, under the overall supervision of the
# Secretary, perform the following functions:")
_LEADING_ASIDE = re.compile(r"^,?\s*[^,:;.]{1,80},\s+")
_ASIDE_COLON = re.compile(r",\s*[^,:;.]{1,80}[:：]\s*")
# An item without a marker: one line that opens with a word and ends with a semicolon (the last
# item with a full stop; "U.S." inside), not a heading (no closing mark) nor a sentence with its
# own subject and modal ("The office shall publish …")
_UNMARKED = ("unmarked", 0)
# ... or one opened by a short label of its own and a full stop ("Data quality. Establish data
# quality standards …"), each a sentence or more
_RUN_IN = ("run-in", 0)
_RUN_IN_LABEL = re.compile(r"[A-Z][\w'’&,-]*(?: [\w'’&,-]+){0,5}\. (?=[A-Z][a-z])")
_UNMARKED_ITEM = re.compile(r"[A-Za-z](?![^\n]*\b(?:shall|must)\b)[^\n;]{8,240}?(?:;(?:\s+(?:and|or))?|\.)")


# An item that opens sub-items: "… including, for each dataset:", "… as follows"
_OPENS_SUB_ITEMS = re.compile(r"(?:[:：]|\b(?:including|include|as follows|the following))\s*$", re.I)
# The markers of an item's own sub-items: (i) ii. (1), a statute's (A) or a bullet, not a
# numbered heading (4.6).
_SUB_ITEM = re.compile(r"\s*(?:\(?[ivxl]{1,6}[.)]|\(\d{1,2}\)|\([A-Z]\)|[•●▪◦\-*])")


def _list_goes_on(folded: str, units: list[Span], start: int, expected: tuple[str, int]) -> bool:
    """The item a list expects comes after a few sub-items ((i) after (b) reads as the letter
    i, not the c expected), so they are its item's."""
    for i, unit in enumerate(units[start : start + _SUB_ITEMS + 1]):
        m = _EN_ITEM.match(folded, unit.start, unit.end)
        if not m or folded[unit.start] == "|":
            return False
        if i and _item_kind(m.group(0), expected) == expected:
            return True
        if not _SUB_ITEM.match(m.group(0)) or (m.group(0).strip() in "•●▪◦-*" and expected[0] in "•●▪◦-*"):
            return False  # a heading, or the bullet of a bulleted list's own next item
    return False


def _en_duty(
    doc: Document, index: SectionIndex, role: str, level: str, holder: str, duty: str, span: Span
) -> Duty:
    return Duty(
        role=role,
        level=level,
        holder=holder,
        duty=clean_phrase(duty),
        text=doc.text[span.start : span.end],
        doc_id=doc.doc_id,
        title=doc.title,
        section=index.section_at(span.start),
    )


# --------------------------------------------------------------------------- tables

_WHO_HEAD = re.compile(rf"(?i)responsib|lead\b|owner|{TASK_UNIT_LABELS}")
_WHAT_HEAD = re.compile(r"(?i)milestone|action|task|activit|deliverable|任务|工作内容|事项|内容")
# A table of roles: one row a role or body, one column its duties ("| Role | Who holds it |
# Responsibilities |", "| 角色 | 职责 |"), the duties parted by semicolons
_ROLE_HEAD = re.compile(r"(?i)^\s*(?:roles?|positions?|posts?|bod(?:y|ies)|角色|岗位|职务|主体)\s*$")
_DUTIES_HEAD = re.compile(r"(?i)responsibilit|dut(?:y|ies)|functions|职责")


def _table_duties(
    doc: Document, folded: str, rows: list[Span], index: SectionIndex, bodies: dict[str, re.Pattern[str]]
) -> list[tuple[int, Duty]]:
    cells = functools.partial(table_cells, folded)
    return _labelled_row_duties(doc, folded, rows, cells, index) + _headed_table_duties(
        doc, folded, rows, cells, index, bodies
    )


def _headed_table_duties(
    doc: Document,
    folded: str,
    rows: list[Span],
    cells: Callable[[Span], list[Span]],
    index: SectionIndex,
    bodies: dict[str, re.Pattern[str]],
) -> list[tuple[int, Duty]]:
    """A table whose head row says what its columns hold: a column for each role, a role column
    beside a duties column, or a who column beside a task column."""
    head = [folded[c.start : c.end] for c in cells(rows[0])]
    # (not a job description's rows, "岗位名称 | 首席数据官", whose value names its post)
    columns = {} if head and _POST_LABEL.fullmatch(head[0]) else _role_columns(folded, cells(rows[0]))
    if columns:
        return _role_column_duties(doc, folded, rows[1:], cells, columns, index)
    role_idx, duties_idx = role_table_columns(head)
    if role_idx is not None and duties_idx is not None:
        return _role_table_duties(doc, folded, rows[1:], cells, role_idx, duties_idx, index, bodies)
    who_idx = next((i for i, h in enumerate(head) if _WHO_HEAD.search(h)), None)
    what_idx = next((i for i, h in enumerate(head) if _WHAT_HEAD.search(h)), 0)
    if who_idx is None:
        return []
    out = []
    for row in rows[1:]:
        cs = cells(row)
        if len(cs) <= max(who_idx, what_idx):
            continue
        who = folded[cs[who_idx].start : cs[who_idx].end]
        for part in re.split(r",|;|、|\band\b|\bwith\b", who):
            part = re.sub(r"[*\s]+$|^\s+|\[\^\d+\]", "", part)
            mentions = en_role_mentions(part) or _zh_roles(part)
            if not mentions or len(part) - (mentions[0].end - mentions[0].start) > 6:
                continue
            mention = mentions[0]
            what = clean_phrase(doc.text[cs[what_idx].start : cs[what_idx].end])
            if not what:
                continue
            level = mention.levels[0] if mention.levels else ""
            span = _trim(doc.text, row.start, row.end)
            out.append((span.start, _en_duty(doc, index, mention.role, level, "", what, span)))
    return out


# A row that labels its cell as the post's duties ("岗位职责 | 1．组织制定…； 2．…", "Key
# responsibilities | …"), in a job description whose other rows name the post ("岗位名称 | 首席数据官")
_DUTIES_LABEL = re.compile(
    r"\s*(?:(?:岗位|主要|工作)?职责(?:任务)?|(?:key\s+|main\s+|principal\s+)?(?:responsibilities|duties))\s*",
    re.I,
)
_POST_LABEL = re.compile(
    r"\s*(?:(?:岗位|职位|机构|单位|部门|组织)?名称|岗位|职位|name|position(?:\s+title)?|job\s+title|post)\s*",
    re.I,
)
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.、]|[(]\d{1,2}[)]|[①-⑳]|[•·]\s*)\s*")


def _labelled_row_duties(
    doc: Document,
    folded: str,
    rows: list[Span],
    cells: Callable[[Span], list[Span]],
    index: SectionIndex,
) -> list[tuple[int, Duty]]:
    """A job description's duties row: each of its items a duty of the post the name row above
    it names (else, before any name row, of the one role the title names). A name row that names
    no role (名称 | 数据治理委员会) ends the post's rows."""
    title = fold_same_length(doc.title)
    in_title = zh_role_mentions(title) or en_role_mentions(title)
    post = in_title[0] if len({m.role for m in in_title}) == 1 else None
    out = []
    for row in rows:
        cs = cells(row)
        if len(cs) != 2:
            continue
        if _POST_LABEL.fullmatch(folded, cs[0].start, cs[0].end):
            named = _zh_roles(folded, cs[1].start, cs[1].end) or en_role_mentions(
                folded, cs[1].start, cs[1].end
            )
            post = named[0] if named else None
        elif _DUTIES_LABEL.fullmatch(folded, cs[0].start, cs[0].end) and post is not None:
            span = _trim(doc.text, row.start, row.end)
            for item in re.split(r"[;；]\s*(?:and\s+)?", doc.text[cs[1].start : cs[1].end]):
                mark = _ITEM_MARK.match(fold_same_length(item))
                duty = clean_phrase(item[mark.end() :] if mark else item)
                if len(duty.split()) >= 2 or (len(duty) >= 4 and is_chinese(duty)):
                    out.append((span.start, _en_duty(doc, index, post.role, "", "", duty, span)))
    return out


def _role_columns(folded: str, head: list[Span]) -> dict[int, RoleMention]:
    """A table that sets roles side by side, one column each ("Area | Chief Data Officer | Data
    Focal Person"): the columns whose heading is a role's name and nothing more."""
    out = {}
    for i, cell in enumerate(head[1:], start=1):
        label = re.sub(r"[*\s]+", " ", re.sub(r"\s*\([^)]*\)", "", folded[cell.start : cell.end])).strip()
        english = en_role_mentions(label)
        mentions = english or _zh_roles(label)
        # a unit's initials before an English role ("MDA Data Focal Person"); a Chinese heading
        # that is the role alone (not 首席数据官职务, the post its holder has)
        if mentions and len(label) - (mentions[0].end - mentions[0].start) <= (4 if english else 0):
            out[i] = mentions[0]
    return out


# A cell that says what its role does: a verb first ("Approves and coordinates …", 统筹…), not how
# the holder is appointed ("Designated by the Chief Director") or who it is ("Chief Executive
# Officer", 分管领导)
_EN_DOES = re.compile(r"\s*[A-Z][a-z]+[^s\W]s\b")


def _role_column_duties(
    doc: Document,
    folded: str,
    rows: list[Span],
    cells: Callable[[Span], list[Span]],
    columns: dict[int, RoleMention],
    index: SectionIndex,
) -> list[tuple[int, Duty]]:
    """Each row's cell under a role's column, as that role's duty in the row's area."""
    out = []
    for row in rows:
        cs = cells(row)
        span = _trim(doc.text, row.start, row.end)
        for i, mention in columns.items():
            if i >= len(cs):
                continue
            cell = doc.text[cs[i].start : cs[i].end]
            if not (_EN_DOES.match(cell) or _ZH_VERBISH.match(fold_same_length(cell).strip())):
                continue
            duty = clean_phrase(cell)
            if len(duty.split()) >= 2 or (len(duty) >= 4 and is_chinese(duty)):
                level = mention.levels[0] if mention.levels else ""
                out.append((span.start, _en_duty(doc, index, mention.role, level, "", duty, span)))
    return out


def role_table_columns(head: list[str]) -> tuple[int | None, int | None]:
    """A table of roles' role column and duties column (None, None for another table)."""
    role_idx = next((i for i, h in enumerate(head) if _ROLE_HEAD.match(h)), None)
    duties_idx = next((i for i, h in enumerate(head) if _DUTIES_HEAD.search(h)), None)
    if role_idx is None or duties_idx is None or role_idx == duties_idx:
        return None, None
    return role_idx, duties_idx


def _role_table_duties(
    doc: Document,
    folded: str,
    rows: list[Span],
    cells: Callable[[Span], list[Span]],
    role_idx: int,
    duties_idx: int,
    index: SectionIndex,
    bodies: dict[str, re.Pattern[str]],
) -> list[tuple[int, Duty]]:
    """Each row's duties cell, one duty to each semicolon, as the duties of the role or body its
    role cell names (and nothing but it: "Chief Data Officer (CDO)", not "Staff designated by the
    Data Custodian")."""
    out = []
    for row in rows:
        cs = cells(row)
        if len(cs) <= max(role_idx, duties_idx):
            continue
        named = cs[role_idx]
        mentions = _with_bodies(folded, named, en_role_mentions(folded, named.start, named.end), bodies)
        mentions = mentions or _zh_roles(folded, named.start, named.end)
        label = re.sub(r"\s*\([^)]*\)|[*\s]+", "", folded[named.start : named.end])
        if (
            not mentions
            or len(label) - len(re.sub(r"\s+", "", folded[mentions[0].start : mentions[0].end])) > 2
        ):
            continue
        mention = mentions[0]
        level = mention.levels[0] if mention.levels else ""
        span = _trim(doc.text, row.start, row.end)
        for duty in re.split(r"[;；]\s*(?:and\s+)?", doc.text[cs[duties_idx].start : cs[duties_idx].end]):
            duty = clean_phrase(duty)
            if len(duty.split()) >= 2 or (len(duty) >= 4 and is_chinese(duty)):
                out.append((span.start, _en_duty(doc, index, mention.role, level, "", duty, span)))
    return out


# --------------------------------------------------------------------------- public API


# Who holds a post, read as a duty of the role before: "…担任，开发区首席数据官由管委会分管负责同志
# 担任", "原则上为主要负责人", "应具备一定的数字化专业素养".
_HOLDS_POST = re.compile(rf"[^,,;;。]{{0,20}}?{_ROLE_ALT}\s*(?:原则上|一般)?{_HOLDER.pattern}", re.IGNORECASE)
_QUALIFICATION = re.compile(
    r"^(?:为|是)[^,,;;。]{0,30}(?:负责人|负责同志|领导|班子成员|干部|人员)$|^(?:具备|具有)[^,,;;。]{0,20}(?:素养|能力|经验|资格|学历|知识|条件)|"
    r"^(?:熟悉|精通)|(?:可|应|须)由[^,,;;。]{1,30}(?:兼任|担任)$|"  # 熟悉部门业务; 如…不设…，可由处长担任
    r"(?:负总责|负直接责任|负主要责任)[^,,;;。]{0,4}的(?:管理)?(?:人员|负责人)$|"  # a definition: …负总责的管理人员
    r"^(?:原则上)?不(?:得|宜)?由[^,,;;。]{1,30}(?:兼任|担任)$|"  # 原则上不由非领导职务人员兼任
    r"^(?:have|possess)\s+(?:(?:broad|deep|strong|extensive|demonstrated)\s+)?(?:experience|expertise|knowledge|skills?|a\s+background)\b",
    re.IGNORECASE,
)


# The labels of a task's note on who leads it and by when, not a duty of the role before
_ANNOTATION = re.compile(rf"[(（]?\s*(?:{TASK_UNIT_LABELS}|配合单位|{TASK_TIME_LABELS})\s*[:：]")
# The words that open a list, left at the end of the sentence that holds them
# (a clause may close the lead-in: 主要履行以下职责，考核围绕其履职情况开展：)
_OPENS_LIST = re.compile(rf"[,，]?\s*(?:主要)?{_OPENS_LIST_WORDS}(?:[,，][^。;；:：\n]{{1,20}})?\s*[:：]?$")
# A heading that asks what a role does (（二）首席数据官履行哪些职责), not a duty that decides which
# things (研究确定开放哪些数据)
_ASKS = re.compile(
    r"\s*(?:履行|承担|有|包括|负责)?(?:哪些|什么)(?:主要)?(?:职责|职能|任务|工作|事项)\s*[？?]?\s*"
)
# ... or a short one that ends asking (负责什么, 承担什么样的职责, 负责如何开展工作)
_ENDS_ASKING = re.compile(
    r"(?:(?:哪些|什么(?:样的)?)(?:事情|事项|工作|职责|任务|事)?|(?:如何|怎样|怎么)(?:开展|推进|做好)?工作)\s*$"
)
_ASKED_CHARS = 12  # a heading's question is short; 研究确定需要共享哪些数据资源 is a duty
# ... and a counted one, whose lead-in (要切实扛起责任，重点抓好五项工作：) says nothing the items do not;
# read on the clause, whose colon the duty phrase drops (负责…三项重点任务。 is a duty)
_OPENS_COUNTED = re.compile(rf"{_COUNTED_WORK}\s*[:：]\s*$")


# A body said to be chaired by a role ("The Data Board … is chaired by the Chief Data Officer",
# 推动小组…由资料长担任召集人, 委员会由首席数据官担任主任): chairing it is a duty of the role,
# written of the body, not of the role.
_ZH_CHAIRS = re.compile(
    rf"由(?P<role>[^，,；;。由]{{0,8}}?(?:{ZH_ROLE_ALT}))(?:担任|任)(?P<post>(?:总|副)?(?:召集人|主任|组长|主席|牵头人))"
)
_EN_CHAIRED = re.compile(r"\b(?:is|are|shall be|will be)\s+(?:co-)?(?P<verb>chaired|convened|headed)\s+by\s+")
_EN_CHAIRS = {"chaired": "chairs", "convened": "convenes", "headed": "heads"}
# The body a sentence is about: its words before its verb ("9.1 The Data Board is …", not the
# clause after "The Data Board, which …"); "It" sends the reader to the sentence before.
_SUBJECT = re.compile(
    r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<s>(?:the|this|a|its)\s[^.;:,]{2,80}?|it)(?:,\s+(?:which|who)\b[^.;]*?)?\s+"
    r"(?:is|are|shall|will|meets|consists|comprises)\b",
    re.I,
)


def _chaired_duties(
    doc: Document, folded: str, all_units: list[Span], index: SectionIndex
) -> list[tuple[int, Duty]]:
    out: list[tuple[int, Duty]] = []
    for unit in all_units:
        previous = ""
        for sent in sentences(folded, unit):
            span = _trim(doc.text, sent.start, sent.end)
            subject = _SUBJECT.match(folded, sent.start, sent.end)
            named = subject.group("s") if subject else ""
            body = previous if named.lower() == "it" else named
            previous = body  # "It" refers to the sentence just before, not to one further back
            for m in _ZH_CHAIRS.finditer(folded, sent.start, sent.end):
                mention = _zh_roles(folded, m.start("role"), m.end("role"))
                if mention:  # the body it chairs with it: 领导小组由市首席数据官担任组长
                    duty = doc.text[clause_start(folded, m.start(), sent.start) : m.end()]
                    levels = mention[-1].levels or ("",)
                    out.extend(
                        (span.start, _en_duty(doc, index, mention[-1].role, level, "", duty, span))
                        for level in levels
                    )
            chaired = _EN_CHAIRED.search(folded, sent.start, sent.end)
            if chaired and body and body.lower() != "it":
                mentions = en_role_mentions(folded, chaired.end(), min(sent.end, chaired.end() + 80))
                if mentions and mentions[0].start == chaired.end():
                    duty = f"{_EN_CHAIRS[chaired.group('verb').lower()]} {body[0].lower()}{body[1:]}"
                    out.append((span.start, _en_duty(doc, index, mentions[0].role, "", "", duty, span)))
    return out


def extract_duties(doc: Document, chunks: list[Chunk]) -> list[Duty]:
    """Every (role, duty) the document states, in document order, deduplicated."""
    folded = fold_same_length(doc.text)
    index = SectionIndex(chunks)
    all_units = units(folded)
    holder_for: dict[str, str] = {}
    d = _DESIGNATE.search(folded)
    if d:
        holder_for[EN_CDO] = clean_phrase(doc.text[d.start("h") : d.end("h")])
    council_alias = bool(_COUNCIL_ALIAS.search(folded))
    bodies = _named_bodies(folded, council_alias)  # the document's data bodies, read once
    out: list[tuple[int, Duty]] = []
    i = table_end = 0
    while i < len(all_units):
        unit = all_units[i]
        if folded[unit.start] == "|":
            j = i
            while j < len(all_units) and folded[all_units[j].start] == "|":
                j += 1
            out.extend(_table_duties(doc, folded, all_units[i:j], index, bodies))
            i = j
            continue
        if i >= table_end and is_table_row(folded[unit.start : unit.end]):
            # a Word or PDF table's rows: read as a table, and each row's words as text too
            table_end = i
            while table_end < len(all_units) and is_table_row(
                folded[all_units[table_end].start : all_units[table_end].end]
            ):
                table_end += 1
            out.extend(_table_duties(doc, folded, all_units[i:table_end], index, bodies))
        if is_chinese(folded[unit.start : unit.end]):
            out.extend(_zh_duties(doc, folded, unit, index))
        i += 1
    out.extend(_en_duties(doc, folded, all_units, index, holder_for, council_alias, bodies))
    out.extend(_en_heading_list_duties(doc, folded, index))
    out.extend(_zh_listed_duties(doc, folded, all_units, index))
    out.extend(_zh_scope_duties(doc, folded, all_units, index))
    out.extend(_zh_labelled_duties(doc, folded, all_units, index))
    out.extend(_zh_bracketed_duties(doc, folded, index))
    out.extend(_chaired_duties(doc, folded, all_units, index))
    out.sort(key=lambda pair: pair[0])  # stable: same clause keeps its role order
    seen: set[tuple[str, str, str]] = set()
    unique: list[Duty] = []
    # a joint meeting or leading group by its short name is the plan's own only where the text
    # sets up one for data (首席数据官联席会议, 数据工作领导小组), not a 安全生产联席会议's
    joint_for_data = bool(_DATA_JOINT_BODY.search(folded))
    # 资料管理员 is Taiwan's data officer where its 资料长 is set up; elsewhere 资料 are papers
    # (项目部应配备专职资料管理人员，负责工程技术资料的归档)
    taiwan_posts = "资料长" in folded
    for _, duty in out:
        if duty.role in _SHORT_JOINT_BODIES and not joint_for_data:
            continue
        if duty.role == "数据管理员" and not taiwan_posts and "资料管理" in fold_same_length(duty.text):
            continue
        if _OPENS_COUNTED.search(fold_same_length(duty.text)):
            continue
        opened = _OPENS_LIST.search(fold_same_length(duty.duty))  # 主要職責如下 too
        if opened:  # 协助市首席数据官开展工作，主要职责是: the list that follows is read on its own
            duty = replace(duty, duty=duty.duty[: opened.start()])
            if len(re.findall(r"[\u4e00-\u9fff]", duty.duty)) < 2 or _GUIDED_BY.fullmatch(
                fold_same_length(duty.duty).strip()
            ):
                continue  # (nothing left but whose guidance it works under: 在首席数据官的指导下)
        key = (duty.role, duty.level, fold_compact(duty.duty))
        phrase = fold_same_length(duty.duty)
        if _ANNOTATION.match(phrase):
            continue  # a task's note: （牵头单位：…；完成时限：长期坚持）
        if _HOLDER.fullmatch(phrase) or _HOLDS_POST.fullmatch(phrase) or _LIST_LEAD_IN.match(phrase):
            continue  # who holds the role (由副市长兼任), or the words that open its list of duties
        short_question = len(phrase.strip()) <= _ASKED_CHARS and _ENDS_ASKING.search(phrase)
        if _ASKS.fullmatch(phrase) or short_question or phrase.rstrip().endswith(("？", "?")):
            continue  # 首席数据官履行哪些职责: a heading's question
        if _IS_A.fullmatch(phrase) and not phrase.lstrip().startswith("作为"):
            continue  # what the role is (是全区数据工作的统筹者), not what it does
        if _QUALIFICATION.search(phrase.rstrip("；;。，, ")):
            continue  # what the holder must be (为分管负责人, 具备数字化素养), not what they do
        if key not in seen:  # the same duty read twice, or stated twice, is one row
            seen.add(key)
            unique.append(duty)
    return unique
