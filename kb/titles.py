"""Documents a question names by a word of their title: "the Evidence Act", "the 2012
ordinance", "那篇比较各地试点的论文". Users point at a document the way they remember it; a word
that few titles hold says which one, and its passages are then searched on their own (like a
named place's, kb.retrieve). The question's words translated (kb.glossary) count too: "数据共享
工作组" names the Data Sharing Working Group's charter (tuning half: answered 0.849 -> 0.859,
cross-language 0.806 -> 0.833)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kb.gazetteer import PROVINCE_CORE, PROVINCES, province_of
from kb.genres import genre_words
from kb.lexicon import lexicon
from kb.text import english_tokens, fold, tagged_words, tokenize
from kb.types import Document

MIN_WORD_CHARS = 2  # one character (的, a) names nothing
# A Chinese name an English question writes in pinyin ("Huadian Fuxin" for 华电福新): two
# characters at least (one syllable is too many things), eight at most (a body's name).
PINYIN_NAME_CHARS = (2, 8)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Titles:
    holders: dict[str, frozenset[str]] = field(default_factory=dict)  # title word -> doc ids
    # The words of the documents' issuers -> doc ids: a name a question gives ("Calderbrook's
    # board paper") that only the issuer holds is known, not a place or body the library lacks.
    # Not searched as a title's words are (tuning half: answered 0.920 -> 0.914 when they were);
    # a name no dictionary knows that one issuer alone writes names its document (kb.retrieve).
    issuers: dict[str, frozenset[str]] = field(default_factory=dict)
    # the toneless pinyin of every run of characters in a title or an issuer (华电福新 ->
    # "huadianfuxin", "huadian", "fuxin", …) -> doc ids
    pinyin: dict[str, frozenset[str]] = field(default_factory=dict)
    # the institutions titles and issuers name (西安电子科技大学, 哈尔滨理工学院) -> doc ids,
    # which users call by short names (西电, 哈理工)
    institutions: dict[str, frozenset[str]] = field(default_factory=dict)
    # ... and the companies among them by their own names (粤海 of 广东粤海控股集团有限公司) -> doc ids
    companies: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: Iterable[Document]) -> Titles:
        found: dict[str, set[str]] = {}
        issuers: dict[str, set[str]] = {}
        pinyin: dict[str, set[str]] = {}
        institutions: dict[str, set[str]] = {}
        for doc in documents:
            for name in _INSTITUTION.findall(fold(f"{doc.title} {doc.issuer}")):
                institutions.setdefault(name, set()).add(doc.doc_id)
            for name in _EN_INSTITUTION.findall(f"{doc.title}\n{doc.issuer}"):
                institutions.setdefault(fold(name), set()).add(doc.doc_id)  # university of auckland
            for spelled in _pinyin_spellings(doc.title + " " + doc.issuer):
                pinyin.setdefault(spelled, set()).add(doc.doc_id)
            # the capitals of its number too: users cite a bill by them ("SHB 1742"), not by the
            # syllables of a 文号 in pinyin ("Jin Zheng Ban Fa", where "ban" is also a word)
            number = {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", doc.doc_number)}
            words = set(tokenize(doc.title)) | number | genre_words(doc)
            for word in tokenize(doc.issuer):
                issuers.setdefault(word, set()).add(doc.doc_id)
            # Evidence-Based: each part as a question's word is tokenized (evidenc, bas)
            words |= {
                part for word in words if "-" in word for part in english_tokens(word.replace("-", " "))
            }
            for word in words:
                if len(word) >= MIN_WORD_CHARS and not word.isdigit():
                    found.setdefault(word, set()).add(doc.doc_id)
        companies: dict[str, set[str]] = {}
        for name, ids in institutions.items():
            core = _company_core(name)
            if core:
                companies.setdefault(core, set()).update(ids)
        return cls(
            {w: frozenset(ids) for w, ids in found.items()},
            {w: frozenset(ids) for w, ids in issuers.items()},
            {w: frozenset(ids) for w, ids in pinyin.items()},
            {n: frozenset(ids) for n, ids in institutions.items()},
            {n: frozenset(ids) for n, ids in companies.items()},
        )

    def named_by_short_name(self, question: str, used: Callable[[str], bool]) -> str | None:
        """The one document whose institution the question calls by a short name (西电 of
        西安电子科技大学, 哈理工 of 哈尔滨理工学院): two or three characters in a row, the name's first
        and others in its order among its first characters, not the name's own start (西安 is a
        city), that no passage `used`; None when none or several documents are so named."""
        named: set[str] = set()
        for run in _HAN_RUN.findall(fold(question)):
            for size in (3, 2):
                for at in range(len(run) - size + 1):
                    short = run[at : at + size]
                    if used(short):
                        continue
                    for name, ids in self.institutions.items():
                        if _abbreviates(short, name):
                            named |= ids
        return next(iter(named)) if len(named) == 1 else None

    def named_by_core(self, question: str, own: Callable[[str, frozenset[str]], bool]) -> str | None:
        """The one document whose company the question calls by the name's own words, without
        its province and its kind (粤海 of 广东粤海控股集团有限公司), words that only its `own`
        passages use; None when none or several documents are so named."""
        folded = fold(question)
        named: set[str] = set()
        for core, ids in self.companies.items():
            if core in folded and own(core, ids):
                named |= ids
        return next(iter(named)) if len(named) == 1 else None

    def institutions_in(
        self, question: str, pinyin_names: Iterable[str] = ()
    ) -> list[tuple[str, frozenset[str]]]:
        """The institutions a question names in full (华西医院, 交通银行股份有限公司) with their
        documents, in the order it names them; one name per set of documents (四川大学华西医院
        is the hospital's, not also the university's)."""
        folded = fold(question)
        found = sorted(
            (at, at + len(name), name, ids)
            for name, ids in self.institutions.items()
            if (at := folded.find(name)) >= 0
        )
        # ... or by its company's own name, as people shorten it (粤海集团 of 广东粤海控股集团有限公司),
        # or spell it in an English question (`pinyin_names`, the question's runs of pinyin words,
        # each a name whole: "at Baowu" is 中国宝武钢铁集团有限公司's, "Haixia Jiaotou" no 交投's)
        spelled = {name.replace(" ", ""): name for name in pinyin_names}
        for core, ids in self.companies.items():
            if (at := folded.find(core)) >= 0:
                end = at + len(core) + len(_COMPANY_KIND_WRITTEN.match(folded, at + len(core)).group())
                found.append((at, end, folded[at:end], ids))
            name = spelled.get(_spelled_name(core))
            written = re.search(rf"\b{re.escape(name)}\b", folded) if name else None
            if written:
                as_written = re.search(
                    re.escape(name), unicodedata.normalize("NFKC", question), re.IGNORECASE
                )
                found.append(
                    (written.start(), written.end(), as_written.group() if as_written else name, ids)
                )
        found.sort()
        # a name run on into the next one's (四川大学 of 四川大学华西医院) is that one's
        inner = [
            f for f in found if not any(o is not f and o[0] <= f[1] <= o[1] and o[0] >= f[0] for o in found)
        ]
        named: dict[frozenset[str], str] = {}
        for _, _, name, ids in inner:
            named[ids] = name
        return [(name, ids) for ids, name in named.items()]

    def named_in_pinyin(self, spelled: str) -> str | None:
        """The one document whose title or issuer writes `spelled` (lower-case toneless pinyin,
        run together) in characters, or None when none or several do ("huadianfuxin": 华电福新's;
        "jiaotou" where two titles write 交投: none)."""
        holders = self.pinyin.get(spelled, frozenset())
        return next(iter(holders)) if len(holders) == 1 else None

    def named_by(
        self,
        words: Iterable[str],
        max_documents: int,
        besides: set[str] = frozenset(),
        within: set[str] = frozenset(),
    ) -> set[str]:
        """The documents whose titles hold one of `words` that at most `max_documents` titles
        hold (a word in many titles, such as 首席数据官, points at none); `besides`: words left
        out (the places the question names, searched on their own already). `within`: the
        documents of the places the question names, among which a word also names those of
        them that hold it, when they are some but not all: "美国联邦那部法律" is the statute
        among the fourteen United States documents, though six documents are laws."""
        named: set[str] = set()
        if max_documents < 1:
            return named
        for word in set(words) - besides:
            holders = self.holders.get(word, frozenset())
            inner = holders & within
            if holders and len(holders) <= max_documents:
                named |= holders
            elif inner and len(inner) <= max_documents and inner != within:
                named |= inner
        return named

    def named_apart(
        self, words: list[tuple[str, str]], besides: set[str] = frozenset()
    ) -> list[tuple[str, str]]:
        """The document each of the question's `words` (as written, its token) names by itself:
        a word that one title alone holds, and a document no earlier word named. "the Operations
        working group, versus its Data Skills working group" names two charters."""
        named: dict[str, str] = {}
        for written, token in words:
            ids = self.holders.get(token, frozenset()) if token not in besides else frozenset()
            if len(ids) == 1 and (doc_id := next(iter(ids))) not in named:
                named[doc_id] = written
        return [(word, doc_id) for doc_id, word in named.items()]


# An institution's name: a university, college, hospital, group or company (a few characters and
# its kind), as titles and issuers write it
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:大学|学院|医院|集团有限公司|有限公司|集团)")
# ... and in English: "The University of Auckland", "Imperial College" (not "Of The University",
# "Each University College" of a title in capitals)
_NOT_A_NAME_WORD = r"(?!(?:The|Of|For|Each|Every|A|An|In|On|And|To|All|Any)\b)"
_EN_INSTITUTION = re.compile(
    rf"\bUniversity of [A-Z][a-z]+(?: [A-Z][a-z]+)?|\b(?:{_NOT_A_NAME_WORD}[A-Z][a-z]+ ){{1,2}}(?:University|Hospital|College)\b"
)
_SHORT_NAME_REACH = 8  # a short name's characters come from the name's first words


# A company's kind after its own name: 控股集团有限公司, 投资集团有限责任公司, 股份有限公司 (not 银行 or
# 保险, which say what it is)
_COMPANY_KIND = re.compile(r"(?:投资)?(?:控股)?(?:集团)?(?:股份)?(?:有限责任公司|有限公司|公司)?$")
_CORE_CHARS = 2  # a name, not one character that any word may hold
_NATIONAL = ("中国", "中华")  # a national group's name opens with its country as a province's does
_TRADE_CHARS = 2  # a trade's word after the name: 钢铁, 电力, 建设
_TRADE_TAGS = ("n", "vn", "nz")  # jieba's nouns and verbal nouns (投资), not places (ns) or names (nr)
# ... as a question writes it after the company's own name (粤海集团, 蜀道投资集团)
_COMPANY_KIND_WRITTEN = re.compile(r"(?:投资|控股)?(?:集团|公司)?")


def _company_core(name: str) -> str:
    """A company's own name: 广东粤海控股集团有限公司 -> 粤海; "" for a university's, a hospital's,
    or a name that is a place's alone."""
    if not re.search(r"(?:公司|集团)$", name):
        return ""
    core = _COMPANY_KIND.sub("", name)
    province = next((p for p in (*PROVINCES, *PROVINCE_CORE) if core.startswith(p)), "")
    core = core[len(province) :]
    core = re.sub(r"[(（][^()（）]*[)）]$", "", core)  # 中国太平洋保险（集团）
    # ... nor its trade, which people leave out as a name's rules set it between the trade name
    # and the company's form (宝武 of 中国宝武钢铁集团, 申通 of 上海申通地铁集团), while a name is left
    # (黄冈交通 stays: 黄冈 alone is a place; 淄博市城市资产运营 too: 城市 is a word)
    while _is_trade(core[-_TRADE_CHARS:]) and _is_name_left(core[:-_TRADE_CHARS]):
        core = core[:-_TRADE_CHARS]
    # ... nor its country, where a name is left (宝武 of 中国宝武; not 中国建筑, whose 建筑 is a word)
    country = next((c for c in _NATIONAL if core.startswith(c)), "")
    core = core[len(country) :] if country and _is_name_left(core[len(country) :]) else core
    return core if _is_own_name(core) else ""


def _is_own_name(core: str) -> bool:
    """Not a place alone (深圳集团), nor a common word (北京银行's 银行, 山东高速集团's 高速)."""
    return len(core) >= _CORE_CHARS and not _is_place(core) and not _is_common(core)


def _is_common(word: str) -> bool:
    """The dictionary's English for the word all common words (高速, 钢铁, 农村)."""
    words = lexicon()
    glosses = words.english(word)
    return bool(glosses) and all(words.is_common_word(g) for g in glosses)


def _is_place(word: str) -> bool:
    """A province (江西省), or a place the dictionary or the gazetteer knows (黄冈, 深圳)."""
    known = word in PROVINCES or word in PROVINCE_CORE
    return bool(known or lexicon().place_notes_of(word) or province_of(word) or province_of(word + "市"))


def _is_name_left(rest: str) -> bool:
    """What is left of a name once a word is taken off it is still a name: its own, and not ending
    in a place or a word of its own (青岛农村, 移动通信, 国网江西省); a last character alone says
    nothing (宝武's 武)."""
    last = tagged_words(rest)[-1][0] if rest else ""
    return _is_own_name(rest) and not (len(last) > 1 and (_is_common(last) or _is_place(last)))


def _is_trade(word: str) -> bool:
    """A trade as a company's name writes it: a noun of everyday English (钢铁 steel, 地铁 subway,
    投资 investment), not a verb left in a name read from a sentence (交投聘任集团's 聘任)."""
    tags = tagged_words(word)
    return len(tags) == 1 and tags[0][1] in _TRADE_TAGS and _is_common(word)


def _abbreviates(short: str, name: str) -> bool:
    """`short` is `name`'s first character and others in their order within its first characters,
    and not its start (西电 of 西安电子科技大学; not 西安)."""
    if short[0] != name[0] or name.startswith(short):
        return False
    rest = iter(name[1:_SHORT_NAME_REACH])
    return all(char in rest for char in short[1:])


@lru_cache(maxsize=1024)
def _spelled_name(name: str) -> str:
    """A Chinese name in toneless pinyin run together, as an English text writes it (宝武 baowu),
    or "" where pypinyin does not read a character of it."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return "".join(syllables) if len(syllables) == len(name) and "".join(syllables).isascii() else ""


def _pinyin_spellings(text: str) -> set[str]:
    """Every run of 2 to 8 characters of `text`, in toneless pinyin run together, each
    character read as pypinyin reads it in its words (远航 yuanhang)."""
    from pypinyin import lazy_pinyin

    shortest, longest = PINYIN_NAME_CHARS
    spelled: set[str] = set()
    for run in _HAN_RUN.findall(fold(text)):
        syllables = lazy_pinyin(run)
        if len(syllables) != len(run):
            continue  # a character pypinyin does not read
        for start in range(len(run)):
            for end in range(start + shortest, min(start + longest, len(run)) + 1):
                spelled.add("".join(syllables[start:end]))
    return spelled
