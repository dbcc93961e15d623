"""Normalisation and the one tokenizer that indexing and querying share.

Indexed text is folded (traditional -> simplified, full-width -> half-width, lower case) so
that 數據 and 数据, Ａ and A match; display text is never changed here.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from kb.dates import MONTHS, WEEKDAYS

# Terms jieba would split (首席/数据/官) but users search as one word.
DOMAIN_TERMS = [
    "首席数据官",
    "首席数据执行官",
    "首席数据官制度",
    "部门首席数据官",
    "首席信息官",
    "数据专员",
    "政务专员",
    "数据联络专员",
    "一网通办",
    "一网统管",
    "一网协同",
    "政务云",
    "政务云平台",
    "数字政府",
    "政务服务数据管理局",
    "政务数据局",
    "数据要素",
    "数据资源",
    "数据共享",
    "数据治理",
    "数据运营",
    "数据安全",
    "履职评价",
    "联席会议",
    "一官两员",
    "两官一员",
    "迁云上云",
    "应上尽上",
    "信息化项目",
    "全生命周期",
    "跨省通办",
    "一码通办",
    "工作专班",
    "首批试点",
    "试点镇",
    "试点部门",
    "半年度",
    "年度报告",
    "工作总结",
]

_ENGLISH_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "by",
        "with",
        "at",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "do",
        "does",
        "did",
        "shall",
        "will",
        "would",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "us",
        "you",
        "your",
        "i",
        "me",
        "my",
        "into",
        "about",
        "over",
        "under",
        "such",
        "any",
        "all",
        "each",
        "other",
        "also",
        "only",
        "more",
        "most",
        "has",
        "have",
        "had",
        "if",
        "so",
        "up",
        "out",
        "per",
        "via",
    ]
)

_CHINESE_STOPWORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "或",
        "在",
        "是",
        "为",
        "对",
        "由",
        "把",
        "被",
        "等",
        "中",
        "上",
        "下",
        "之",
        "其",
        "各",
        "有",
        "个",
        "哪些",
        "哪",
        "什么",
        "多少",
        "谁",
        "怎么",
        "如何",
        "是否",
        "吗",
        "呢",
        "要",
        "应",
        "将",
        "并",
        "以",
        "从",
        "向",
        "于",
        "也",
        "就",
        "都",
        "而",
        "给",
        "让",
        "么",
        "哪个",
        "哪里",
        "哪一年",
        "能否",
        "几",
        "本",
    ]
)

# C0/C1 controls, line and paragraph separators, and the bidi overrides that reorder what a
# terminal shows (U+202A-U+202E, U+2066-U+2069).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` on one line for a terminal or a log: control characters (a newline or an escape
    sequence in a file name) are shown as escapes, never acted on."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


# Character classes for regexes: CJK unified ideographs, and with extension A (rare characters).
HAN = "\u4e00-\u9fff"
CJK = HAN + "\u3400-\u4dbf"
HAN_CHAR = re.compile(f"[{HAN}]")
# A word of an English name or title as written: capitalised (Dr., O'Neill, Data-Driven) or one of
# the small words titles keep in lower case ("Chief Data Officer, City of Boston")
TITLE_CASE_WORD = r"(?:[A-Z][\w.'’-]*|of|the|and|for)"
# 文号: an issuer's short name, the year in brackets of any kind, the number (海府办函〔2023〕5号);
# groups: the name, the year, the number. Read by ingest (a document's own number), the answer
# (whether a passage states one) and the LLM check (numbers the reply may cite).
DOC_NUMBER = re.compile(
    rf"([{HAN}]{{1,12}})\s*[〔\[［(（【]\s*((?:19|20)\d{{2}})\s*[〕\]］)）】]\s*第?\s*(\d{{1,5}})\s*[号號]"
)
# Taiwan's 文号: the office's characters, 字第, a serial that opens with the ROC year
# (府授數治字第1130251234號).
TW_DOC_NUMBER = re.compile(rf"[{HAN}]{{1,12}}字\s*第\s*\d{{5,12}}\s*[号號]")
# An Indian government order's number: G.O.Ms.No. 14, G.O.(Ms) No.27, G.O.Rt.No.112
GO_NUMBER = re.compile(r"G\.\s?O\.\s?\(?(?:Ms|Rt|P|D)\.?\)?\.?\s?No\.?\s?\d+", re.I)
CJK_CHAR = re.compile(f"[{CJK}]")
_LATIN_CHAR = re.compile("[A-Za-z]")

_WORD = re.compile(rf"[a-z0-9]+(?:[.\-'’][a-z0-9]+)*|[{CJK}]+")
_SPACES = re.compile(r"\s+")

_jieba_lock = threading.Lock()


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified (character-level t2s: 資料 stays 资料, never 数据)."""
    return _converter().convert(text)


def fold(text: str) -> str:
    """The indexed form: simplified characters, half-width, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = to_simplified(text)
    return _SPACES.sub(" ", text).lower()


_CIRCLED = re.compile("[\u2460-\u2473\u3251-\u325f]")


@lru_cache(maxsize=65536)
def _fold_char(ch: str, lower: bool) -> str:
    """One character, NFKC + traditional->simplified (+ lower case), kept only when it stays
    one character; a circled number (①) stays a list mark, not the digit NFKC makes of it."""
    norm = unicodedata.normalize("NFKC", ch)
    if len(norm) != 1 or _CIRCLED.match(ch):
        norm = ch
    if ord(norm) >= 0x2E80:  # nothing for OpenCC below the CJK blocks
        simp = to_simplified(norm)
        norm = simp if len(simp) == 1 else norm
    low = norm.lower() if lower else norm
    return low if len(low) == 1 else norm


def fold_same_length(text: str, lower: bool = False) -> str:
    """Simplified, half-width text with `len(result) == len(text)`, so offsets into it are
    offsets into `text`; case is kept unless `lower`.

    Character by character on purpose: whole-string OpenCC may rewrite phrases and shift
    offsets, and NFKC may expand one character into several.
    """
    return "".join(_fold_char(ch, lower) for ch in text)


def fold_compact(text: str) -> str:
    """`fold` without any whitespace: how answer keys and quotes are compared."""
    return _SPACES.sub("", fold(text))


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    from kb.config import cache_dir

    try:
        cache_dir().mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(cache_dir())
    except OSError:
        pass
    with _jieba_lock:
        jieba.initialize()
        for term in DOMAIN_TERMS:
            jieba.add_word(term, freq=200000)
    return jieba


def segment(run: str) -> list[str]:
    """jieba's cut of a run of Chinese into words, without the sub-words `tokenize` adds."""
    return _jieba().lcut(run, HMM=False)


UNSTEMMED_CHARS = (
    4  # words this short keep their letters but a plural's s (news, data, vice: vic is Victoria; uses: use)
)
MIN_STEM_CHARS = 3  # what stemming a longer word may leave (added -> add, urged -> urg)


# Pinyin's apostrophe before a syllable that opens with a, o or e (Xiong'an, Tai'an); no English
# contraction or name puts one there (don't, we're, O'Connor)
_PINYIN_APOSTROPHE = re.compile(r"(?<=[a-z])['’](?=[aoe])")


# The consonants English doubles before -ed and -ing (submit: submitted, plan: planning);
# l, s, z and f are left out, as words end in them doubled (fill, pass, buzz, staff).
_DOUBLED_BEFORE_SUFFIX = frozenset("bdgmnprt")


def _undoubles(stem: str) -> bool:
    """Whether `stem` ends in a consonant doubled only for the suffix (submitt, plann), leaving
    a stem long enough (added stays add)."""
    return len(stem) > MIN_STEM_CHARS and stem[-1] == stem[-2] and stem[-1] in _DOUBLED_BEFORE_SUFFIX


def _short_e_stem(stem: str) -> bool:
    """Whether `stem` is what -es, -ed or -ing leave of a four-letter word in -e, which is too
    short to stem (role: roles rol, file: filed fil): a consonant, a vowel and a consonant other
    than those English does not put an -e after (boxes, taxes, lawed keep box, tax, law). A few
    words in -s take it too (buses: buse), which no policy clause turns on."""
    vowels = "aeiou"
    return (
        len(stem) == MIN_STEM_CHARS
        and stem[0] not in vowels
        and stem[1] in vowels + "y"
        and stem[2] not in vowels + "wxy"
    )


def _stem(word: str) -> str:
    """A tiny English stemmer: enough for possessives, plurals and -ing/-ed on policy verbs."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = _PINYIN_APOSTROPHE.sub("", word)  # Xiong'an, Xi’an: xiongan, xian, as pinyin runs together
    if len(word) < UNSTEMMED_CHARS or not word.isalpha():
        return word
    if len(word) == UNSTEMMED_CHARS:
        return word[:-1] if word.endswith("es") else word  # uses: use, SOEs: soe; news stays
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_CHARS:
            if suffix == "s" and word.endswith("ss"):
                return word
            stem = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and _undoubles(stem):
                return stem[:-1]  # submitted, planning: submit, plan
            if suffix in ("ing", "ed", "es") and _short_e_stem(stem):
                return stem + "e"  # roles, filed, dated, voting: role, file, date, vote
            return stem
    # a final e goes as -ed, -es and -ing take it: designate, designated and designating are one
    # word, and so are state and states (committee and committees are committe: -es takes the e)
    return word[:-1] if word.endswith("e") else word


def tagged_words(text: str) -> list[tuple[str, str]]:
    """jieba's whole words of `text` with their part-of-speech tags, the user dictionary loaded
    (首席数据官 one word)."""
    import jieba.posseg

    _jieba()
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text, HMM=False)]


def english_tokens(words: str) -> list[str]:
    """The tokens of already folded, plain English text (dictionary glosses): the ASCII half
    of `tokenize`, without its Unicode folding."""
    return [_stem(w) for w in _WORD.findall(words) if w[0].isascii() and w not in _ENGLISH_STOPWORDS]


def _words(folded: str, cut_chinese: Callable[[str], list[str]]) -> list[str]:
    """Stemmed English words (stopwords dropped) and `cut_chinese` of each run of Chinese."""
    tokens: list[str] = []
    for match in _WORD.finditer(folded):
        word = match.group()
        if word[0].isascii():
            if word not in _ENGLISH_STOPWORDS:
                tokens.append(_stem(word))
        else:
            tokens.extend(cut_chinese(word))
    return tokens


def tokenize(text: str) -> list[str]:
    """Tokens for the keyword index and for queries: jieba search-mode words for Chinese,
    stemmed words for English, stopwords and punctuation dropped."""

    def search_mode(run: str) -> list[str]:
        return [p for p in _jieba().cut_for_search(run, HMM=False) if p not in _CHINESE_STOPWORDS]

    return _words(fold(text), search_mode)


@lru_cache(maxsize=16384)
def token_set(text: str) -> frozenset[str]:
    """`tokenize(text)` as a set, remembered: each question reads the same passages' sentences
    and headings again (bench/RESULTS.md, 2026-12-01)."""
    return frozenset(tokenize(text))


@lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    """stopwords-iso's Chinese and English lists (MIT), folded and stemmed like tokens."""
    import stopwordsiso

    words = stopwordsiso.stopwords(["zh", "en"])
    return frozenset(fold(w).strip() for w in words)


def _is_filler(word: str) -> bool:
    """A word of the filler lists, as written or by its base form ("wants": want), read before
    stemming: "change" is no filler though the list's "changes" stems to what it does (chang)."""
    filler = _filler()
    return word in filler or (word.isascii() and _stem(word) in filler)


# jieba's part-of-speech classes of function words: pronouns, adverbs, conjunctions,
# prepositions, particles, modal particles, interjections, onomatopoeia (jieba's ICTCLAS tags).
# 每年, 每月, 每季度: how often, which jieba tags as a pronoun (r) like 每 alone; content all the same.
_FREQUENCY = re.compile(r"每(?:年|月|周|日|天|季|半年|星期|旬)")
FILLER_TAGS = frozenset({"r", "d", "c", "p", "u", "uj", "ul", "uz", "ug", "ud", "uv", "y", "e", "o"})


# The A-not-A question (是不是, 有没有, 需不需要, 应该不应该): a yes-or-no question about A. Whole, jieba
# keeps some as one word no policy text uses (需不需要) and cuts others into A and its negation
# (要不要 -> 要 + 不要), which says the opposite of what is asked.
_A_NOT_A = re.compile(f"([{HAN}]{{1,2}})[不没]\\1")


def affirmative(text: str) -> str:
    """需不需要盖章 -> 需要盖章, 是不是每年 -> 是每年: what an A-not-A question asks about."""
    return _A_NOT_A.sub(r"\1", text)


# The words of asking itself, politeness and softeners (请问一下, 麻烦帮我查一下, 想请教, 你好), which
# stopwords-iso lacks and jieba tags as verbs or numerals: they say nothing of the passage that
# answers, and a dictionary turns 一下 into "once", "time" that English passages hold.
_ASKING_WORDS = frozenset(
    {
        "请问",
        "问问",
        "问一下",
        "一下",
        "麻烦",
        "帮忙",
        "帮我",
        "帮",
        "请教",
        "想问",
        "你好",
        "您好",
        "谢谢",
        "打扰",
    }
)


_NOT_CONTENT = _CHINESE_STOPWORDS | _ASKING_WORDS
# ... and English's: the verb a request opens with ("Can you list what …", "Please outline …",
# "Could you tell me who …"), which says what to do with the answer, not what it holds
_EN_ASKING = re.compile(
    r"(?:\b(?:can|could|would|will)\s+you\s+(?:please\s+)?|(?:^|[.?!]\s+)(?:please\s+)?|\bplease\s+)"
    r"(?:list|tell|explain|describe|summari[sz]e|outline|give|show|remind|walk)\b",
    re.IGNORECASE,
)


def content_tokens(question: str, keep: Callable[[str], bool] | None = None) -> list[str]:
    """The question's words without its filler: stopwords-iso's function words (我们, actually)
    and the Chinese words jieba tags as function words (大概, 到底). Chinese is cut into whole
    words (jieba's precise mode), not the overlapping pieces indexing adds: 杭州市 must not be
    found through 州市 in 惠州市. Filler says nothing about the passage that answers, yet is rare
    in policy texts, so left in it would weigh most."""
    import jieba.posseg

    def whole_words(run: str) -> list[str]:
        _jieba()
        return [
            p.word
            for p in jieba.posseg.lcut(affirmative(run), HMM=False)
            if (p.flag not in FILLER_TAGS or _FREQUENCY.match(p.word))
            and p.word not in _NOT_CONTENT
            and not p.word.startswith("哪")  # 哪几个, 哪几种: which, tagged as idioms
        ]

    def kept(word: str) -> list[str]:
        tokens = _words(word, whole_words)
        if word[0].isascii() and _is_filler(word):
            return [t for t in tokens if keep is not None and keep(t)]
        return [t for t in tokens if t not in _filler() or (keep is not None and keep(t))]

    asked = _EN_ASKING.sub(" ", question)
    return [t for match in _WORD.finditer(fold(asked)) for t in kept(match.group())]


# jieba's tags for names of places and organisations. Left out: nz ("other proper noun") and nr
# (person), which jieba gives to common words (英文, 汇报, 盖章, 比一比).
NAME_TAGS = frozenset({"ns", "nt"})
# Not a piece of a code or number ("ADM" of policy ADM-IT-014, "M" of M-19-23); "Texas-based" is.
_CAPITALISED = re.compile(
    r"(?<![.?!]\s)(?<!^)(?<![-\w])([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*)(?!\w)(?!-?\d|-[A-Z])"
)
# ... the same where Chinese stands against the name (请问Tulsa的CDO): \b sees no edge between two
# word characters, so a name's edge is any character but a letter or digit other than Chinese
_NOT_HAN_WORD = r"[^\W\u4e00-\u9fff]"
_CAPITALISED_BESIDE_HAN = re.compile(
    rf"(?<![.?!]\s)(?<!^)(?<!-)(?<!{_NOT_HAN_WORD})([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*)(?!{_NOT_HAN_WORD})(?!-?\d|-[A-Z])"
)
# ... and the first word of a sentence, a name only by a capital inside it or the Chinese after it
_CAPITALISED_AT_START = re.compile(
    rf"(?:(?<=[.?!]\s)|^)([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*)(?!{_NOT_HAN_WORD})(?!-?\d|-[A-Z])"
)
_INNER_CAPITAL = re.compile(r"^[A-Z][A-Za-z]*[A-Z]")


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_TONE_BASE = str.maketrans(_TONED + "ü", "aaaaeeeeiiiioooouuuuvvvvv")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable a character is read as (pypinyin's table, ü as v)."""
    from pypinyin.constants import PINYIN_DICT

    return frozenset(
        reading.translate(_TONE_BASE)
        for readings in PINYIN_DICT.values()
        for reading in unicodedata.normalize("NFC", readings).split(",")
    )


def is_pinyin_syllable(word: str) -> bool:
    """One syllable of Hanyu Pinyin, tone marks allowed (shù, ju)."""
    return word.lower().translate(_TONE_BASE) in _syllables()


def is_pinyin_word(word: str) -> bool:
    """Two or more pinyin syllables run together without tones (Pingshan, Dianxiaoer): a Chinese
    name written in Latin letters. Split by dynamic programming over real syllables, never by
    a backtracking regex (a crafted word must not stall a question)."""
    word = word.lower()
    if not word.isascii() or not word.isalpha() or len(word) > 60:
        return False
    syllables = _syllables()  # toneless: the word has no tone marks
    # counts[i]: the most syllables word[:i] splits into (0 = no split), 6 letters at most each
    counts = [0] + [-1] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if counts[start] >= 0 and word[start:end] in syllables:
                counts[end] = max(counts[end], counts[start] + 1)
    return counts[-1] >= 2


def is_place_word(word: str) -> bool:
    """jieba tags the whole word as the name of a place (伦敦, 得克萨斯)."""
    import jieba.posseg

    _jieba()
    pieces = jieba.posseg.lcut(word, HMM=False)
    return len(pieces) == 1 and pieces[0].flag == "ns"


def proper_names(question: str) -> list[str]:
    """The names a question mentions: Chinese words jieba tags as names of places or bodies
    (杭州市, 英国) and capitalised English words inside a sentence (texas, kaouk), lower-cased."""
    names: list[str] = []
    folded = fold(question)
    if HAN_CHAR.search(folded):
        import jieba.posseg

        _jieba()
        names += [
            w.word for w in jieba.posseg.lcut(folded, HMM=False) if w.flag in NAME_TAGS and len(w.word) > 1
        ]
    return list(dict.fromkeys(names + english_names(question)))


def english_names(question: str, naming: bool = False) -> list[str]:
    """The capitalised English words inside a question's sentences, lower-cased (texas, kaouk):
    proper_names without the Chinese ones (no tagging); `naming`: as capitalised_runs's."""
    return [
        w
        for run in capitalised_runs(question, naming)
        for w in run
        if tokenize(w) and not _is_filler(w) and w not in _CALENDAR
    ]


# Months and days, whole or cut short ("LCQ9 (Mar 2025)"): the calendar's names, not a place's
# or a body's
_CALENDAR = frozenset(MONTHS) | WEEKDAYS


def capitalised_runs(question: str, naming: bool = False) -> list[list[str]]:
    """The runs of capitalised words inside a question's sentences, each its words lower-cased
    ("At Huadian Fuxin, …" -> [["huadian", "fuxin"]]): a name written in several words.
    `naming`: also the words that may name a document but are as often a borrowed word (Excel,
    Owner, PPT), which must not make a question "not found": one written against Chinese
    ("请问Tulsa的CDO"), and a sentence's first word where a capital inside it (NRCan: a sentence
    capitalises only its first letter) or Chinese after it says it is a name; not one in capitals
    alone there (PPT, KPI; initialisms_in reads those)."""
    text = unicodedata.normalize("NFKC", question)
    found = list(_CAPITALISED.finditer(text))
    if naming:
        found += [m for m in _CAPITALISED_BESIDE_HAN.finditer(text) if not m.group(1).isupper()]
        starts = [
            m
            for m in _CAPITALISED_AT_START.finditer(text)
            if not m.group(1).isupper()
            and (_INNER_CAPITAL.search(m.group(1).split()[0]) or HAN_CHAR.match(text[m.end(1) :].lstrip(" ")))
        ]
        # a run inside one that starts the sentence is that run's ("Data Governance是什么")
        found = [m for m in found if not any(s.start(1) <= m.start(1) < s.end(1) for s in starts)] + starts
    runs = {m.start(1): m.group(1) for m in found}
    return [[w.lower() for w in runs[at].split()] for at in sorted(runs)]


def words_of_titled_phrases(question: str) -> set[str]:
    """The words, lower-cased, of the capitalised runs of two or more words a question writes
    ("Jiangsu Provincial Department"): a body's title, whose ordinary words name nothing alone."""
    return {w for run in capitalised_runs(question) if len(run) > 1 for w in run}


_INITIALISM = re.compile(r"(?<![A-Za-z.])[A-Z]{2,5}(?=s?(?![A-Za-z]))")  # CCO of "CCOs" too
# The names of countries and unions that stopwords-iso's English list holds as words ("uk",
# "us", "un"): written in capitals in a question they are names, which `content_tokens` and
# `proper_names` would drop as filler.
SWALLOWED_NAMES = frozenset({"UK", "US", "UN"})
# ... and the abbreviations of ordinary words, written in capitals too, which name nothing a
# library may lack ("group HQ"); not DOE, ICE or GAO, which ordinary words also spell
ORDINARY_ABBREVIATIONS = frozenset({"HQ", "HR", "IT", "FAQ", "FYI", "ASAP", "PS"})


def initialisms_in(text: str) -> set[str]:
    """All-capital abbreviations as written (UK, IT, OMB)."""
    return set(_INITIALISM.findall(unicodedata.normalize("NFKC", text)))


# A name written in capitalised words ("Strategic Management Team", "Senior Information Risk
# Owner"), small words between them left out of its initials
_CAPITALISED_RUN = re.compile(
    r"\b(?!(?:The|A|An|This|That|Each|Every|Our|Its)\b)[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|for|the|on)[ \t]+)?[A-Z][a-z]+){2,5}\b"
)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on"})


# A post's or body's head noun, "of" and a capitalised word, whose initials keep the "of": HOD of
# "Head of Department", DOE of "Department of Education" (a fixed list of such nouns: not "City of
# Austin" nor a title-case heading's "Started on Prioritizing")
_CAPITALISED_PAIR = re.compile(
    r"\b(?:Heads?|Department|Office|Director|Secretary|Minister|Ministry|Board|Bureau|Division|Committee|"
    r"Commission|Council|Chief)[ \t]+of[ \t]+[A-Z][a-z]+\b"
)


# A hyphened name of a kind of body ("Council-controlled organisations", "arm's-length bodies"):
# CCO, ALB; not any hyphened phrase ("non-standard access")
_HYPHENED_NAME = re.compile(
    r"\b([A-Za-z]+)(?:'s)?-([a-z]+)[ \t]+(organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|entit(?:y|ies)|authorit(?:y|ies))\b"
)


def spelled_out_initialisms(text: str) -> set[str]:
    """The initials of the capitalised names a text spells out (SMT of "the Strategic
    Management Team", HOD of "Head of Department"): what a reader abbreviates the name to,
    though the text never does."""
    # three letters at least: two-letter initials are too many to tell a question's apart
    runs = {
        "".join(w[0] for w in m.group(0).split() if w not in _SMALL_WORDS)
        for m in _CAPITALISED_RUN.finditer(text)
    }
    pairs = {"".join(w[0] for w in m.group(0).split()).upper() for m in _CAPITALISED_PAIR.finditer(text)}
    compounds = {"".join(w[0] for w in m.groups()).upper() for m in _HYPHENED_NAME.finditer(text)}
    return runs | pairs | compounds


# An abbreviation the question glosses itself: "our data protection officer (the FG)", "the FG
# (functionaris gegevensbescherming)": what it names is in the question's own words
_GLOSSED = re.compile(
    # two words in lower case before the parenthesis: what it glosses
    r"\b[a-z]+\s+[a-z]+\s*\(\s*(?:(?i:the|a|an|our|i\.e\.)\s+)?([A-Z]{2,6})\s*\)"
    # a gloss of two words or more after it, not an aside ("(if any)", "(see section 3)")
    r"|\b([A-Z]{2,6})\s*\(\s*(?!(?:if|see|or|and|as|e\.g\.|i\.e\.|which|cf\.)\s)[a-z][a-z-]*\s+[a-z][^()]{2,60}\)"
)


def glossed_initialisms(text: str) -> set[str]:
    return {m.group(1) or m.group(2) for m in _GLOSSED.finditer(text)}


def is_chinese(text: str) -> bool:
    """True when CJK characters are present and at least half as many as Latin letters."""
    cjk = len(CJK_CHAR.findall(text))
    return cjk > 0 and cjk * 2 >= len(_LATIN_CHAR.findall(text))
