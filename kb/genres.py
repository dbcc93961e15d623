"""What kind of document a document is (a law, a plan, a charter, a report, news …), read from
its title and issuer, and the words, in both languages, by which users point at each kind:
"美国联邦那部法律" is 44 U.S.C. § 3520 among the United States documents, "惠州那篇英文报道" the
Huizhou Daily item, "the Jiangsu notice" the 通知. The patterns read titles as documents write
them (条例, U.S.C., Ordinance, 方案, Charter, 通知 …); the words are the kinds' common names, not
any question's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.sources import is_reported
from kb.text import tokenize
from kb.types import DocumentMeta


@dataclass(frozen=True)
class Genre:
    name: str
    title: re.Pattern[str]  # searched in the title, issuer and level
    words: tuple[str, ...]
    prescribes: bool  # it says what shall be done, not what was done


_NEWS_WORDS = ("新闻", "报道", "报导", "媒体", "news", "press")
GENRES: tuple[Genre, ...] = (
    Genre(
        "law",
        re.compile(
            r"条例|规定|办法|法(?:$|[\s(（》])|u\.s\.c|statutes?\b|ordinance|administrative code", re.I
        ),
        (
            "法律",
            "法规",
            "立法",
            "条例",
            "法条",
            "法案",
            "law",
            "laws",
            "statute",
            "legislation",
            "ordinance",
        ),
        True,
    ),
    Genre("plan", re.compile(r"方案|计划|规划|\bplan\b", re.I), ("方案", "计划", "规划", "plan"), True),
    Genre(
        "guide",
        re.compile(r"指南|指引|手册|\bguide|playbook|handbook", re.I),
        ("指南", "指引", "guide", "guidance"),  # a playbook or handbook is named by its own word
        True,
    ),
    Genre("charter", re.compile(r"章程|charter", re.I), ("章程", "charter"), True),
    Genre("notice", re.compile(r"通知|\bnotice\b", re.I), ("通知", "notice"), True),
    Genre("memo", re.compile(r"备忘录|memorandum", re.I), ("备忘录", "memo", "memorandum"), True),
    # 报告 / report and 标准 / standard are also what a clause asks for (交报告, "report to
    # Congress", data standards): they name no document beyond its own title's words.
    Genre("standard", re.compile(r"标准|\bstandard\b", re.I), (), True),
    Genre("report", re.compile(r"报告|\breport\b", re.I), (), False),
    # A headline that a plan "was formally issued" (…方案》正式印发) is news about the plan.
    Genre("news", re.compile(r"\bnews\b|新闻|报道|正式印发", re.I), _NEWS_WORDS, False),
    Genre(
        "paper",
        re.compile(r"大学|学院|university|journal|期刊", re.I),
        ("论文", "paper", "journal"),
        False,
    ),
)
_NEWS = next(g for g in GENRES if g.name == "news")


def genres_of(doc: DocumentMeta) -> tuple[Genre, ...]:
    described = f"{doc.title}\n{doc.issuer}\n{doc.level}"
    found = [g for g in GENRES if g.title.search(described)]
    if is_reported(doc) and _NEWS not in found:
        found.append(_NEWS)  # a portal's repost of a plan is news, whatever its title says
    return tuple(found)


def genre_words(doc: DocumentMeta) -> set[str]:
    """The tokens of every kind of document `doc` is."""
    return {t for g in genres_of(doc) for w in g.words for t in tokenize(w)}


_LAW_NAMED = re.compile(
    "|".join(rf"\b{w}s?\b" if w.isascii() else w for g in GENRES if g.name == "law" for w in g.words), re.I
)
_WHICH = re.compile(r"(?:哪部|哪个|哪项|哪一部|什么|\bwhich|\bwhat)\s*$", re.I)


# "law" as the source of what is asked ("by law", "under US federal law", 按他们的法律, 法律规定),
# not a topic ("comply with privacy law", 法律法规宣传)
_BY_LAW = re.compile(r"(?:\bby|\bunder|\bper|according to|按|依|根据|那部|这部)[^,，。？?]{0,30}$", re.I)


def names_law(text: str) -> bool:
    """The text points at a law ("by law", "the federal CDO statute", 按他们的法律), not asks
    which law it is (根据哪部法律设立的, "under which statute") or speaks of law as a topic."""
    for m in _LAW_NAMED.finditer(text):
        before, word = text[: m.start()], m.group(0).lower()
        if _WHICH.search(before):
            continue
        if (
            word not in ("law", "laws", "法律", "法规", "立法")
            or _BY_LAW.search(before)
            or text[m.end() :].startswith("规定")
        ):
            return True
    return False


def is_law(doc: DocumentMeta) -> bool:
    """A statute, regulation or ordinance (条例, U.S.C., Ordinance …), not a report about one."""
    return any(g.name == "law" for g in genres_of(doc)) and _NEWS not in genres_of(doc)


def only_prescribes(doc: DocumentMeta) -> bool:
    """A plan, law, charter, guide, notice, memo or standard and nothing that reports: it cannot
    say how things turned out (a news repost of a plan reports; a document of no known kind
    may). The plan-type documents that `cdokb compare` and `cdokb draft` set side by side."""
    found = genres_of(doc)
    return bool(found) and all(g.prescribes for g in found)
