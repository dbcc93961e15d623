"""The places the knowledge base knows, in every form a question may name them: 海丰县, 海丰,
Haifeng; United States, 美国; San Francisco, 旧金山. A place found in a question points at the
documents that speak for it (kb.sources.places_of)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from kb.countries import COUNTRIES, SUBDIVISIONS, part_forms
from kb.lexicon import DIVISION_KINDS, lexicon
from kb.sources import places_of
from kb.text import HAN, HAN_CHAR, SWALLOWED_NAMES, fold, is_place_word, segment, to_simplified, tokenize
from kb.transliteration import place_consonants, sounded_names
from kb.types import Document

# 新区 after a name of its own (雄安新区, 浦东新区: 雄安, 浦东), not the 新区 of a 高新区 (东湖高新区 is
# 东湖高新, not 东湖高)
PLACE_SUFFIX = re.compile(
    r"(特别行政区|自治区|自治州|自治县|(?<=[\u4e00-\u9fff]{2})(?<!高)新区|省|市|县|区|镇|乡|街道)$"
)


def is_place_name(name: str) -> bool:
    """Whether a name (as kb.text.proper_names gives it) is a place: a Chinese one by its ending
    (杭州市, 纽约州, 英国: 州 and 国 end names that place_core must keep whole, 杭州, 中国; jieba's
    place tag alone also takes common words, 东西 "thing"); an English one when the dictionary
    writes it as a place (texas -> 得克萨斯州, london -> 伦敦); UK."""
    if name.upper() in SWALLOWED_NAMES:
        return True
    if not name.isascii():
        return len(name) > 1 and bool(PLACE_SUFFIX.search(name) or name.endswith(("州", "国")))
    return any(is_place_name(form) or is_place_word(form) for form in lexicon().chinese_for_gloss(name))


def place_tokens(places: Iterable[str]) -> set[str]:
    """The tokens of every form of `places`."""
    return {t for place in places for alias in aliases(place) for t in tokenize(alias)}


# China's 55 officially recognised minority nationalities (国家民族事务委员会), longer names first:
# an autonomous place is named after its own (湘西土家族苗族自治州, 广西壮族自治区), and texts call it
# by the name before them (湘西, 广西).
_NATIONALITIES = sorted(
    [
        "蒙古",
        "回",
        "藏",
        "维吾尔",
        "苗",
        "彝",
        "壮",
        "布依",
        "朝鲜",
        "满",
        "侗",
        "瑶",
        "白",
        "土家",
        "哈尼",
        "哈萨克",
        "傣",
        "黎",
        "傈僳",
        "佤",
        "畲",
        "高山",
        "拉祜",
        "水",
        "东乡",
        "纳西",
        "景颇",
        "柯尔克孜",
        "土",
        "达斡尔",
        "仫佬",
        "羌",
        "布朗",
        "撒拉",
        "毛南",
        "仡佬",
        "锡伯",
        "阿昌",
        "普米",
        "塔吉克",
        "怒",
        "乌孜别克",
        "俄罗斯",
        "鄂温克",
        "德昂",
        "保安",
        "裕固",
        "京",
        "塔塔尔",
        "独龙",
        "鄂伦春",
        "赫哲",
        "门巴",
        "珞巴",
        "基诺",
    ],
    key=len,
    reverse=True,
)
_AUTONOMOUS = re.compile(r"自治(?:区|州|县|旗)$")
# 族 may be left out after a name of two characters or more (新疆维吾尔自治区)
_NATIONALITY_TAIL = re.compile(
    "(?:" + "|".join(f"{n}族?" if len(n) > 1 else f"{n}族" for n in _NATIONALITIES) + ")+$"
)


def place_core(name: str) -> str:
    """海丰县 -> 海丰, 湘西土家族苗族自治州 -> 湘西, 大理州 -> 大理: the part of a place name that texts
    use alone."""
    from kb.gazetteer import prefecture_core

    folded = fold(name)
    core = PLACE_SUFFIX.sub("", folded)
    if core == folded:  # 大理州, as 大理白族自治州 is called: 大理
        core = prefecture_core(folded) or core
    if _AUTONOMOUS.search(folded):
        shorter = _NATIONALITY_TAIL.sub("", core)
        # a name, not a word (通道侗族自治县 is not called 通道, a passage)
        named = shorter not in lexicon().words
        core = shorter if len(shorter) >= 2 and named else core
    return core


def what_each_asks(text: str, places: list[str], lead_in: bool = False) -> dict[str, str]:
    """Each place with the words the text says of it: from where it first names the place up
    to where it names the next one ("北京、上海的条例和美国联邦机构的CDO岗位说明": the 条例 are
    Beijing's and Shanghai's, the 岗位说明 the United States'); a place it does not name, "".
    `lead_in`: with the words before the name back to the start of its clause, where no other
    place is named in them; they say how the place is asked about ("required … under US
    federal law": the law is the source)."""
    written = to_simplified(unicodedata.normalize("NFKC", text))
    lowered = written.lower()
    named: dict[str, int] = {}  # place -> where it is first named
    for place in places:
        found = [m.start() for pattern in initialisms(place) if (m := pattern.search(written))]
        found += [
            spans[0][0] for alias in question_forms(place) if (spans := occurrences(alias.lower(), lowered))
        ]
        if found:
            named[place] = min(found)
    begins = dict(named)
    if lead_in:
        for place, at in named.items():
            clause = max((m.end() for m in _CLAUSE_END.finditer(written, 0, at)), default=0)
            if not any(clause <= other < at for other in named.values()):
                begins[place] = clause
    # each place's words run to where the next place's begin, its lead-in words included
    bounds = [*sorted(begins.values()), len(written)]
    said = dict.fromkeys(places, "")
    for place, begin in begins.items():
        said[place] = written[begin : next(b for b in bounds if b > begin)]
    return said


_CLAUSE_END = re.compile(r"[,，;；。?？!！:：]")


_LISTED = re.compile(r"[\W_]+|\b(?:and|or|with|vs|versus|in|of|the|s)\b|[和与跟及、]", re.IGNORECASE)


def asked_of(text: str, place: str, places: list[str]) -> str:
    """`text` as asked of one of `places`: without what it says of each other place ("what did
    Guangzhou want in its first year, and what were US agencies to do by January 2020": January
    2020 is not asked of Guangzhou). A place only listed before the next ("北京和上海2023年的方案",
    "海丰县和汕尾市…分别安排了多少经费") shares what is said after the list."""
    said = what_each_asks(text, places)
    written = to_simplified(unicodedata.normalize("NFKC", text))
    order = sorted((p for p in places if said.get(p)), key=lambda p: written.find(said[p]))
    says = {p: bool(_LISTED.sub("", without_places(said[p], [p]))) for p in order}
    shared: set[str] = set()
    if place in order:
        for other in order[order.index(place) :]:  # this place's words, or the list's it is in
            shared.add(other)
            if says[other]:
                break
    for other in order:
        if other not in shared and says[other]:
            written = written.replace(said[other], " ")
    return written


@lru_cache(maxsize=4096)
def place_name_in_pinyin(name: str) -> str:
    """海丰县 -> haifeng: how English texts and questions write a Chinese place; a county of one
    character with its 县 (澧县 -> lixian, as 沛县 is Peixian), whose one syllable names nothing."""
    from pypinyin import lazy_pinyin

    core = place_core(name)
    if not re.fullmatch(f"[{HAN}]+", core):
        return ""
    if len(core) < 2:
        return "".join(lazy_pinyin(core + "县")) if fold(name) == core + "县" else ""  # 蔚县 yuxian
    return "".join(lazy_pinyin(core))


def dictionary_short_forms(place: str) -> frozenset[str]:
    """The short names the dictionary gives an English place (德州 for 德克萨斯州, Texas; 宾州),
    which may be a Chinese place's own name too (德州市: Places.named_in)."""
    name = fold(place).strip()
    if not name.isascii():
        return frozenset()
    return frozenset(
        a
        for c in lexicon().chinese_for_gloss(name)
        for form in {c, c if c.endswith("州") else c + "州"}
        for a in lexicon().abbreviations_of(form)
    )


_READINGS = 4  # spellings at most: a name of a few characters, one or two of them read two ways


def pinyin_spellings(core: str) -> list[str]:
    """Each way pinyin spells a name whose characters read more than one way (长宁: zhangning,
    changning), the dictionary's reading first, a few at most."""
    from pypinyin import Style, pinyin

    spellings = [""]
    for readings in pinyin(core, style=Style.NORMAL, heteronym=True):
        spellings = [s + r for s in spellings for r in readings[:2]][:_READINGS]
    return spellings


def place_readings(name: str) -> tuple[str, ...]:
    """Every pinyin spelling of a place's name whose characters read more than one way (秋长 is
    qiuchang, 长 as in 长沙, as well as qiuzhang, the reading pypinyin gives 长 alone), but not
    another place's name."""
    first = place_name_in_pinyin(name)
    core = place_core(name)
    if not first or len(core) < 2:
        return (first,) if first else ()
    from kb.gazetteer import places_spelled

    spellings = pinyin_spellings(core)
    # not another place's own name (信阳 read "shenyang" is 沈阳), unless the dictionary spells this
    # place so too (长宁区 and 常宁市 are both changning); the first reading only where it fits
    full = fold(name)

    def fits(spelling: str) -> bool:
        spelled = places_spelled(spelling)
        return not spelled or full in spelled

    kept = [s for s in dict.fromkeys([first, *spellings]) if fits(s)]
    return tuple(kept) or (first,)


@lru_cache(maxsize=4096)
def aliases(place: str) -> tuple[str, ...]:
    """Every form of one place: the name, its core and pinyin (Chinese places), or its
    CC-CEDICT Chinese names (English places)."""
    name = fold(place).strip()
    if not name:
        return ()
    if HAN_CHAR.search(name):
        core = place_core(name)
        suffix = PLACE_SUFFIX.search(name)
        forms = [
            name,
            core,
            *place_readings(name),
            *_english_names(core, suffix.group(1) if suffix else ""),
        ]
    else:
        # "the Philippines", as the dictionary glosses a country named with its article
        chinese = (
            lexicon().chinese_for_gloss(name)
            or lexicon().chinese_for_gloss(f"the {name}")
            or _city_named_after(name)
        )
        short = [_state_short_name(c) for c in chinese] if " " not in name else []  # not 新州 for New Jersey
        # a city the dictionary names with its 市 (波特兰市, Portland), as people write it without
        short += [c[: -len("市")] for c in chinese if c.endswith("市") and len(c) > 2]
        short += sorted(dictionary_short_forms(name))  # 德州 for 德克萨斯州, Texas; 宾州
        short += _part_short_names(name, chinese)
        # a county by its name alone (Miami-Dade), unless that is a word (King, Orange, Cook County)
        bare = name[: -len(" county")] if name.endswith(" county") else ""
        county = [bare] if bare and not lexicon().is_common_word(bare) else []
        # ... and as Chinese writes it, the name transliterated and 县 (Cook County: 库克县)
        county += (
            [c + "县" for c in lexicon().chinese_for_gloss(bare) if len(c) >= 2 and c in lexicon().names]
            if bare
            else []
        )
        forms = [
            name,
            *chinese,
            *filter(None, short),
            *county,
            *_first_part_names(name, chinese),
            *(f.lower() for f in part_forms(name)),
            *_demonyms(name),
        ]
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 2))


def _first_part_names(name: str, chinese: list[str]) -> list[str]:
    """A country of two named parts by its first, as Chinese shortens it: Trinidad and Tobago as
    特立尼达 (the dictionary's name of the part that opens the whole's Chinese name); not in English,
    where the part's name is often a town's (Trinidad, Colorado)."""
    first, joined, _ = name.partition(" and ")
    if not joined or " " in first:
        return []
    return [c for c in lexicon().chinese_for_gloss(first) if any(w.startswith(c) and w != c for w in chinese)]


# "the federal CDO statute", 联邦CDO委员会: the one federal government whose own texts the product
# reads as a level of their own (ingest.metadata.infer_level: "US federal"). Only where no other
# country is named ("Australian federal agencies", 马来西亚联邦部委), and not 联邦学习.
FEDERAL_COUNTRY = "United States"
FEDERAL_WORDS = ("federal", "联邦")
# ... as a word (not "confederal"), and not 联邦学习 (federated learning) or 联邦制 (federalism)
_FEDERAL_FORMS = {
    "federal": re.compile(r"(?<![a-z])federal(?![a-z])"),
    "联邦": re.compile(r"联邦(?!学习|计算|建模|模型|制)"),
}


def occurrences(alias: str, lowered: str) -> list[tuple[int, int]]:
    """Where one form of a place stands in a lower-cased question."""
    if alias in _FEDERAL_FORMS:
        return [m.span() for m in _FEDERAL_FORMS[alias].finditer(lowered)]
    found, start = [], lowered.find(alias)
    while start >= 0:
        found.append((start, start + len(alias)))
        start = lowered.find(alias, start + 1)
    return found


@lru_cache(maxsize=1)
def _other_countries() -> tuple[str, ...]:
    """Every other country's forms (Germany, 德国, German, 马来西亚): a federal government besides
    the one the library holds, which "federal" may name when they are not in the library."""
    return tuple(
        dict.fromkeys(
            a for c in COUNTRIES.values() if c != FEDERAL_COUNTRY for a in aliases(c) if len(a) >= 2
        )
    )


def question_forms(place: str) -> tuple[str, ...]:
    """How a question may name a place: its forms, and "federal" or 联邦 for the federal
    government (not a document's: a Malaysian circular's "Federal Agencies" are not the United
    States'; Places.named_in says when a question's do)."""
    forms = aliases(place)
    return (*forms, *FEDERAL_WORDS) if place == FEDERAL_COUNTRY else forms


def _demonyms(name: str) -> tuple[str, ...]:
    """The adjectives English forms from a one-word country's name, by its regular endings: Ghana
    -> ghanaian, Kenya -> kenyan, Canada -> canadian, Nepal -> nepalese, Pakistan -> pakistani
    ("prepping a workshop for Ghanaian ministry staff" asks of Ghana); not a form that another
    country's name begins ("nigerian" is Nigeria's, not Niger's) or that begins one ("nigeri")."""
    if name in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[name]
    if name not in _ONE_WORD_COUNTRIES:
        return ()
    stem = name[:-1] if name[-1] in "aeiouy" else name
    forms = {name + "n", name + "ian", stem + "ian", stem + "an", name + "ese", stem + "ese", name + "i"}
    others = _ONE_WORD_COUNTRIES - {name}
    return tuple(
        sorted(
            f
            for f in forms
            if not any((f.startswith(o) and len(o) > len(name)) or o.startswith(f) for o in others)
        )
    )


# ... and those of federal countries it does not form by them ("German federal ministries")
_IRREGULAR_DEMONYMS = {"germany": ("german",), "switzerland": ("swiss",), "belgium": ("belgian",)}
_ONE_WORD_COUNTRIES = frozenset(c.lower() for c in COUNTRIES.values() if c.isalpha())


def _city_named_after(name: str) -> tuple[str, ...]:
    """ "Kansas City" as Chinese writes a US city named after another name: 堪萨斯城."""
    if not name.endswith(" city"):
        return ()
    named = lexicon().chinese_for_gloss(name[: -len(" city")])
    return tuple(c + "城" for c in named if is_place_word(c) and not c.endswith("州"))


# A dictionary note's head: the place's English name, then the kind of division it is ("Zhuzhou,
# prefecture-level city", "Jiujiang district of Wuhu city"), not a container named later ("… in X
# autonomous prefecture").
NOTE_HEAD = re.compile(
    r"^([A-ZÀ-ÖØ-Þ][\w'-]*(?: [A-ZÀ-ÖØ-Þ][\w'-]*)*),?\s+(?:(?:inner|central|old|former)\s+)?"
)
# A note that gives a place's name in two romanisations (pinyin and Wade-Giles, as Taiwan writes it)
# (with its diacritics, as the dictionary writes "Ürümqi or Urumqi")
_TWO_SPELLINGS = re.compile(r"^([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+) or ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+)\b")
# A name's words gloss few other headwords (macao: 澳门; mongolia: 蒙古, 蒙古国); a word's many
# (peace: 和平, 安泰, 安舒; cloud: six).
_NAME_SENSES = 2


def _english_names(core: str, suffix: str = "") -> list[str]:
    """The English names the dictionary gives a Chinese place that are not its pinyin (香港 ->
    hong kong, 澳门 -> macao): a gloss that names this place and nothing else back (not 海丰's
    "Haifeng county in Shanwei", a description, nor 和平's "peace", a word)."""
    senses = (" ".join(sense) for sense in lexicon().senses(core))
    names = [
        gloss
        for gloss in senses
        if core in lexicon().chinese_for_gloss(gloss)
        and all(len(lexicon().chinese(word)) <= _NAME_SENSES for word in gloss.split())
    ]
    # The whole name glossed with its kind, as a place whose English name is no romanisation of
    # its own (新北市: "New Taipei City"): the gloss without the kind word names the place.
    full = core + suffix
    kinds_written = [tuple(kind.split()) for kind, written in DIVISION_KINDS if written == suffix]
    names += [
        " ".join(sense[: -len(kind)])
        for sense in (lexicon().senses(full) if suffix else ())
        for kind in kinds_written
        if len(sense) > len(kind)
        and sense[-len(kind) :] == kind
        and full in lexicon().chinese_for_gloss(" ".join(sense))
        # a name among its words, not a description (市中区: "central city district")
        and not all(
            lexicon().is_common_word(part) for word in sense[: -len(kind)] for part in word.split("-")
        )
    ]
    # The name a note on the place opens with, when the note says what division it is ("Ordos,
    # region of Inner Mongolia administered as a prefecture-level city"): 鄂尔多斯 is Ordos in
    # English, not its pinyin Eerduosi.
    kinds = [kind for kind, written in DIVISION_KINDS if written == suffix] or [
        kind for kind, _ in DIVISION_KINDS
    ]
    for note in lexicon().place_notes_of(core):
        both = _TWO_SPELLINGS.match(note)
        if both:  # "Xinzhu or Hsinchu city in northern Taiwan": the place's two spellings, whatever its kind
            names.extend(name.lower() for name in both.groups())
            continue
        head = NOTE_HEAD.match(note)
        # a note on this kind of place (和平县 is not the Heping district of Shenyang)
        if head and any(re.search(rf"\b{kind}\b", note.lower()) for kind in kinds):
            names.append(re.sub(r"\s+(?:district|county|city|province)$", "", head.group(1).lower()))
    return list(dict.fromkeys(names))


# A name of two to four capitalised words ("West China Hospital", "Pearl River Delta")
_COUNTRY_NAMES = frozenset((*COUNTRIES.values(), "China", "United States"))
NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}\b")


def glossed_names(run: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The parts of two words or more of a name that the dictionary glosses whole, longest first,
    with their Chinese words: "West China" (华西) of "West China Hospital"."""
    words = run.split()
    for size in range(len(words), 1, -1):
        for at in range(len(words) - size + 1):
            gloss = " ".join(words[at : at + size])
            chinese = lexicon().chinese_for_gloss(gloss)
            if chinese:
                yield gloss, chinese


# What a country's name may be followed by and still name the country: its government, its
# bodies and its laws and plans ("China National Data Administration", "Canada Revenue Agency",
# "UK Government", "India Data Policy")
_COUNTRY_GOES_ON = frozenset((
    "government", "ministry", "department", "national", "federal", "state", "states", "council",
    "agency", "office", "bureau", "authority", "commission", "administration", "parliament",
    "congress", "cabinet", "data", "digital", "act", "law", "strategy", "policy", "plan", "standard",
    "standards", "guidelines", "framework", "province", "provinces", "region", "city", "cities",
    "revenue", "census", "regulatory", "service", "services", "committee", "institute",
))  # fmt: skip


def _opens_a_company_name(alias: str, written: str) -> bool:
    """A country's name only as the first word of a company's or a paper's (China Merchants Group,
    China Mobile, China Daily, China Baowu), each time the question writes it: capitalised words go
    on after it, none of them a word of the country's bodies or papers (Canada Revenue Agency,
    China Securities Regulatory Commission, United States Census Bureau)."""
    found = [
        m
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(alias)}(?![\w-])", written, re.IGNORECASE)
        if written[m.start()].isupper()
    ]
    return bool(found) and all(
        (after := re.match(r"(?:[ \t]+[A-Z][a-z]+\b)+", written[m.end() :])) is not None
        and not _COUNTRY_GOES_ON.intersection(after.group(0).lower().split())
        for m in found
    )


def _inside_glossed_name(alias: str, written: str) -> bool:
    """The place's name only as part of the name of something else: China of "West China
    Hospital" (华西医院: the dictionary glosses "West China" whole, and a capitalised word goes on
    after it), not the country; "Mainland China" or "in West China" alone is still China."""
    for run in NAME_RUN.finditer(written):
        for gloss, _ in glossed_names(run.group(0)):
            named = re.search(rf"(?i)\b{re.escape(alias)}\b", gloss)
            goes_on = not run.group(0).endswith(gloss)
            if named and gloss.lower() != alias and goes_on:
                return True
    return False


# The parts of the federations whose Chinese short names the press writes by another rule than a
# state's 州: a one-word Canadian province by its first character and 省 (安大略省 -> 安省, 阿尔伯塔 -> 阿省;
# not 不省 for British Columbia), an Australian "<direction> Australia" by its direction and 澳
# (南澳大利亚州 -> 南澳, 西澳), an Indian state without its 邦 (喀拉拉邦 -> 喀拉拉, as 旁遮普)
_PROVINCES = frozenset(fold(p) for p in SUBDIVISIONS["Canada"] if " " not in p)
_AUSTRALIAS = frozenset(fold(p) for p in SUBDIVISIONS["Australia"] if p.endswith(" Australia"))
_INDIAN_STATES = frozenset(fold(p) for p in SUBDIVISIONS["India"])


def _part_short_names(name: str, chinese: Iterable[str]) -> list[str]:
    if name in _PROVINCES:
        forms = (c[0] + "省" for c in chinese if len(c.removesuffix("省")) >= 3)
    elif name in _AUSTRALIAS:
        forms = (c[0] + "澳" for c in chinese if "澳大利亚" in c[1:])
    elif name in _INDIAN_STATES:
        forms = (c.removesuffix("邦") for c in chinese if c.endswith("邦") and len(c) >= 3)
    else:
        return []
    return [f for f in forms if not lexicon().english(f)]


def _state_short_name(chinese: str) -> str:
    """A one-word state's name transliterated into three or more characters and 州 is
    shortened, in speech and the press, to its first character and 州 (康涅狄格州 -> 康州, as
    加州 for California), unless the dictionary glosses that as a word of its own."""
    if len(chinese) < 4 or not chinese.endswith("州"):
        return ""
    short = chinese[0] + "州"
    return "" if lexicon().english(short) else short


@lru_cache(maxsize=4096)
def initialisms(place: str) -> tuple[re.Pattern[str], ...]:
    """United States -> US, U.S.; San Francisco -> SF: how English writes a place of two or
    more words short. Matched in the question as written (case kept): folded, "US" would be the
    pronoun "us"."""
    words = place.split()
    if words[-1:] == ["County"]:
        words = words[:-1]  # a county is short by its name (Miami-Dade), not "MC"
    if len(words) < 2 or not all(w.isascii() and w[:1].isalpha() for w in words):
        return ()
    letters = "".join(w[0].upper() for w in words)
    return tuple(
        re.compile(rf"(?<![A-Za-z.]){re.escape(form)}(?![A-Za-z])")
        for form in (letters, ".".join(letters) + ".")
    )


def without_places(text: str, places: Iterable[str]) -> str:
    """`text` with every form of `places` taken out: a question as asked of what it names
    apart from them. Its case is kept, so that a place it still names by capitals (US, in
    "under US federal law, and under Nanjing's draft") is still named."""
    written = unicodedata.normalize("NFKC", text)
    for place in places:
        for pattern in initialisms(place):
            written = pattern.sub(" ", written)
    written = re.sub(r"\s+", " ", to_simplified(written))  # "United\nStates" is the place too
    for place in places:
        for alias in sorted(question_forms(place), key=len, reverse=True):
            # a Latin form as a whole word (not the "vic" of "services"), "federal" as _FEDERAL_FORMS
            bounded = (
                _FEDERAL_FORMS[alias].pattern
                if alias in _FEDERAL_FORMS
                else re.escape(alias)
                if HAN_CHAR.search(alias)
                else rf"(?<![A-Za-z]){re.escape(alias)}(?![A-Za-z])"
            )
            written = re.sub(bounded, " ", written, flags=re.IGNORECASE)
    return written


def only_in_a_paper(place: str, question: str) -> bool:
    """The question names the place only in a newspaper's name ("the China Daily story on
    Nanning", 惠州日报有篇英文稿): where to look, not a place it compares."""
    folded = fold(question)
    at = [m.end() for alias in aliases(place) for m in re.finditer(re.escape(alias), folded)]
    return bool(at) and all(_PAPER.match(folded, end) for end in at)


_PAPER = re.compile(r"\s?(?:(?:daily|times|news|post|herald|gazette|weekly|tribune)\b|日报|晚报|时报)")


@lru_cache(maxsize=4096)
def _alias_words(alias: str) -> tuple[str, ...]:
    return tuple(tokenize(alias))  # every question checks every place's English forms


def _heads_a_chinese_place(short: str, folded: str) -> bool:
    """A foreign part's two-character short name (南澳, 安省, 康州) only ever written as the start of
    a Chinese county's or city's: 南澳县 (Guangdong) is not South Australia. (A foreign city's own
    name takes 市 in Chinese: 利兹市 is Leeds.)"""
    return (
        len(short) == 2
        and short[-1] in "州省澳"
        and not re.search(re.escape(short) + r"(?![县市区镇乡岛])", folded)
    )


def is_named(alias: str, folded: str, tokens: list[str]) -> bool:
    if HAN_CHAR.search(alias):
        return alias in folded
    words = _alias_words(alias)
    n = len(words)
    return n > 0 and any(tuple(tokens[i : i + n]) == words for i in range(len(tokens) - n + 1))


@dataclass
class Places:
    """doc_id -> the places it speaks for, and each place's forms."""

    of_document: dict[str, list[str]] = field(default_factory=dict)

    @cached_property
    def by_sound(self) -> dict[str, list[str]]:
        """The English places by their consonants (kb.transliteration), read once per library: every
        question's places are looked up in it."""
        found: dict[str, list[str]] = {}
        for place in self.names:
            if consonants := place_consonants(place):
                found.setdefault(consonants, []).append(place)
        return found

    @property
    def within(self) -> dict[str, set[str]]:
        """place -> the places that contain it (广东省 contains 深圳市 where a region reads
        广东省深圳市): a document lists the larger place first."""
        found: dict[str, set[str]] = {}
        for places in self.of_document.values():
            for i, place in enumerate(places):
                found.setdefault(place, set()).update(places[:i])
        return found

    @classmethod
    def of(cls, documents: Iterable[Document]) -> Places:
        docs = list(documents)
        found = {d.doc_id: places_of(d) for d in docs}
        known = sorted({p for ps in found.values() for p in ps})
        ordered = cls(dict(found)).within  # from the regions, which list the larger place first
        for doc in docs:
            if not found[doc.doc_id]:
                # No region in the metadata: a known place in the title (an English news item
                # about Huizhou names it in pinyin) stands for it, the larger places first.
                title = fold(doc.title)
                tokens = tokenize(doc.title)
                named = [p for p in known if any(is_named(a, title, tokens) for a in aliases(p))]
                found[doc.doc_id] = sorted(named, key=lambda p: len(ordered.get(p, ())))
        return cls(found)

    @property
    def names(self) -> list[str]:
        return sorted({p for ps in self.of_document.values() for p in ps})

    def named_in(self, question: str) -> list[str]:
        """The known places a question names, in the order it names them."""
        folded = fold(question)
        tokens = tokenize(question)
        at: dict[str, int] = {}
        federal_only = False
        chinese: dict[str, list[tuple[int, int]]] = {}  # where each place's Chinese names stand
        written = unicodedata.normalize("NFKC", question)
        # the names of the library's own Chinese places: the dictionary's short name of an English
        # place that is one of them (德州 of Texas, 德州市) names the Chinese place
        own = {form for p in self.names if HAN_CHAR.search(p) for form in (fold(p), place_core(p))}
        for place in self.names:
            # (unless the question writes its larger place before it: 美国德州 is Texas)
            borrowed = {
                a
                for a in dictionary_short_forms(place) & own
                if not any(
                    re.search(rf"{re.escape(outer)}的?{re.escape(a)}", folded)
                    for larger in self.within.get(place, set())
                    for outer in aliases(larger)
                    if HAN_CHAR.search(outer)
                )
            }
            named = [
                a
                for a in question_forms(place)
                if is_named(a, folded, tokens)
                and not (place.isascii() and _heads_a_chinese_place(a, folded))
                and not (a.isascii() and _inside_glossed_name(a, written))
                and not (place in _COUNTRY_NAMES and a.isascii() and _opens_a_company_name(a, written))
                and a not in borrowed
            ]
            short = [m.start() for pattern in initialisms(place) if (m := pattern.search(written))]
            if place == FEDERAL_COUNTRY and named and not short and set(named) <= set(FEDERAL_WORDS):
                federal_only = True
                named = [a for a in named if self._names_federal(a, folded)]
            if named or short:
                found = [spans[0][0] for a in named if (spans := occurrences(a, folded))] + short
                at[place] = min(found, default=len(folded))
                if named and not short and all(HAN_CHAR.search(a) for a in named):
                    chinese[place] = [
                        (m.start(), m.end()) for a in named for m in re.finditer(re.escape(a), folded)
                    ]
        # a short name inside another place's longer one is not named: 亚州 (Arizona) in 宾夕法尼亚州;
        # 苏州 in 苏州工业园区 still is, the larger place that holds it
        within = self.within
        spans = [(span, other) for other, found in chinese.items() for span in found]
        for place, found in chinese.items():
            if all(
                any(
                    s <= a
                    and b <= e
                    and (s, e) != (a, b)
                    and other != place
                    and place not in within.get(other, set())
                    for (s, e), other in spans
                )
                for a, b in found
            ):
                del at[place]
        # One name for two places (Xuzhou: 徐州市 and 叙州区), with the larger place of one of them
        # named too ("Xuzhou, Jiangsu"): that one alone
        for start in set(at.values()):
            same = [p for p in at if at[p] == start]
            qualified = [p for p in same if within.get(p, set()) & at.keys()]
            if len(same) > 1 and qualified:
                for place in set(same) - set(qualified):
                    del at[place]
        # "federal" alone is the United States' only where no other country is named with it,
        # whether the library holds that country's texts (Australia) or not (德国联邦政府)
        if (
            FEDERAL_COUNTRY in at
            and federal_only
            and (
                any(
                    p.isascii() and p != FEDERAL_COUNTRY and FEDERAL_COUNTRY not in within.get(p, set())
                    for p in at
                )
                # (not a library's place of the same name: Georgia, the state)
                or any(
                    is_named(a, folded, tokens)
                    for a in set(_other_countries()) - {f for p in at for f in aliases(p)}
                )
            )
        ):
            del at[FEDERAL_COUNTRY]
        # an English place a Chinese question writes by sound, that no dictionary holds (塔尔萨市:
        # Tulsa), when no other place of the library sounds the same (Tulsa and Dallas are TLS)
        for start, consonants in sounded_names(folded):
            sounding = self.by_sound.get(consonants, [])
            if len(sounding) == 1 and sounding[0] not in at:
                at[sounding[0]] = start
        return sorted(at, key=lambda p: at[p])

    def _names_federal(self, word: str, folded: str) -> bool:
        """Whether "federal" or 联邦 names the federal government: the library holds its own
        texts, and the word stands as such (_FEDERAL_FORMS)."""
        return bool(self.own_documents(FEDERAL_COUNTRY)) and bool(occurrences(word, folded))

    def compared(self, question: str, places: list[str]) -> list[tuple[str, set[str]]]:
        """The places a comparison sets side by side, each with its own documents. A place that
        holds another named one is compared only where the question names it on its own
        ("美国联邦机构和旧金山", "广东省、深圳"), not as the other's qualifier ("美国旧金山",
        "San Francisco, California"); its documents are then those no inner named place has."""
        within = self.within
        folded = fold(question)
        spans = {p: _spans(p, folded) for p in places}
        chosen: list[tuple[str, set[str]]] = []
        for place in places:
            inner = [q for q in places if q != place and place in within.get(q, set())]
            if inner and any(_qualifies(folded, a, b) for q in inner for a in spans[place] for b in spans[q]):
                continue  # a qualifier of a named place inside it
            # A document of a narrower place speaks for it, not for the larger one (a Connecticut
            # statute is not what 美国联邦机构 do): spoken_for.
            docs = self.spoken_for([place]) - self.documents_for(inner)
            if docs:
                chosen.append((place, docs))
        return chosen

    def innermost(self, question: str, compared: list[tuple[str, set[str]]]) -> list[tuple[str, set[str]]]:
        """`compared` without a place that holds another of them unless the question lists the
        two side by side ("美国联邦机构和旧金山"): "美国州一级的案例，想确认下康涅狄格州的首席数据官
        由谁指派" asks about Connecticut, in the United States. For a question whose words do
        not compare."""
        within = self.within
        folded = fold(question)
        names = {place for place, _ in compared}
        series = _series(folded, {place: _spans(place, folded) for place in names})
        kept = []
        for place, docs in compared:
            inner = [q for q in names - {place} if place in within.get(q, set())]
            if not inner or any(place in run and run.intersection(inner) for run in series):
                kept.append((place, docs))
        return kept

    def own_place(self, doc_id: str) -> str | None:
        """The narrowest place a document speaks for (深圳市 for a 广东省深圳市 plan): listed last."""
        places = self.of_document.get(doc_id) or []
        return places[-1] if places else None

    def own_documents(self, place: str) -> set[str]:
        """The documents whose narrowest place is `place`: 广东省's own plan, not Shenzhen's."""
        return {doc_id for doc_id in self.of_document if self.own_place(doc_id) == place}

    def spoken_for(self, places: Iterable[str]) -> set[str]:
        """The documents that speak for each place: its own (广东省's plan, not Shenzhen's), or
        its narrower places' when it has none."""
        found: set[str] = set()
        for place in places:
            found |= self.own_documents(place) or self.documents_for([place])
        return found

    def documents_for(self, places: Iterable[str]) -> set[str]:
        wanted = set(places)
        return {doc_id for doc_id, ps in self.of_document.items() if wanted.intersection(ps)}


# What stands between a place and the larger place that qualifies it: nothing in Chinese, the
# larger first (美国旧金山, 广东省深圳市); a comma in English, the larger second ("San Francisco,
# California"). 、 and "and" list places instead.
# the larger place written before the one it holds (深圳福田区, 深圳的福田区), or after it ("Futian,
# Shenzhen", "Futian District in Shenzhen", "the Haidian district of Beijing")
_QUALIFIER_BEFORE = re.compile(r"\s?的?\s?")
_QUALIFIER_AFTER = re.compile(
    r"\s?(?:(?:district|county|city|town|province|state)\b\s?)?(?:,|\bin\b|\bof\b)?\s?"
)


def _spans(place: str, folded: str) -> list[tuple[int, int]]:
    """Where the question names a place (its written forms; pinyin and English as substrings)."""
    return [span for alias in question_forms(place) for span in occurrences(alias, folded)]


# Words that list places side by side, within a few characters of both ("美国联邦机构的CDO和旧金山"),
# as whole words: 及 in 涉及 and 与 in 参与 list nothing.
_LISTING_WORDS = frozenset({"和", "与", "跟", "及", "以及", "、", "/", "and", "or", "vs", "versus", "with"})
# A place's level written after its name in English ("Guangdong province, Shanwei or Huizhou")
_LEVEL_WORDS = frozenset({kind.split()[-1] for kind, _ in DIVISION_KINDS} | {"state"})
_LISTING_GAP = 12  # characters between the two names: "联邦机构的cdo和" is 9
_BEFORE_A_NAME = frozenset(
    {"the", "a", "an", "in", "of", "for", "at", "under"}
)  # not "by": an agent ("…, or by Guangdong")


_ASIDE = re.compile(r"\([^()]*\)")  # "Guangdong (the provincial plan), Shenzhen and Huizhou"
_COMMA = frozenset({",", "，"})
# An English item's own last words and the comma before the next, in a run that a listing word
# ends, the listing word after the comma itself: "under the federal statute, in Connecticut, and in
# San Francisco", "under Connecticut's statute, and under San Francisco's ordinance"
_ITEM_TAIL = re.compile(
    r"(?:['’]s\s+)?(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*\s*,(?:\s+(?P<listing>and|or))?"
    rf"(?:\s+(?:{'|'.join(sorted(_BEFORE_A_NAME))}))*"
)


def _series(folded: str, spans: dict[str, list[tuple[int, int]]]) -> list[set[str]]:
    """The runs of places a question lists side by side: names next to each other with a listing
    word between ("美国联邦机构的CDO和旧金山", 广东省、深圳) or a comma in a run that a listing word
    ends ("Guangdong, Shenzhen and Huizhou", "under the federal statute, in Connecticut, and in San
    Francisco"); an aside in brackets is skipped. A comma alone does not list: "San Francisco,
    California" is one place qualified by another."""
    # the longer of two names at one place first (广东省 before 广东), so its end bounds the gap
    named = sorted(
        ((start, end, place) for place, found in spans.items() for start, end in found),
        key=lambda span: (span[0], -span[1]),
    )
    runs: list[set[str]] = []
    run: set[str] = set()
    listing = False
    last_end = -1
    for start, end, place in named:
        if start < last_end:
            continue  # inside a longer name already counted (海丰 in 海丰县)
        gap = _ASIDE.sub("", folded[last_end:start]).strip() if last_end >= 0 else None
        words = set(segment(gap)) - {" ", ""} - _LEVEL_WORDS if gap else set()
        # (in English the listing word stands right before the next name, or its article: not
        # "in Huizhou and using Qiuchang's rules", two clauses)
        last_word = (
            re.split(r"/", gap.split()[-1].strip(".,;:"))[-1] if gap and gap.isascii() and gap.split() else ""
        )
        item_tail = _ITEM_TAIL.fullmatch(gap) if gap else None
        if (
            gap is not None
            and len(gap) <= _LISTING_GAP
            and words & _LISTING_WORDS
            and (not last_word or last_word in _LISTING_WORDS | _BEFORE_A_NAME)
        ) or (item_tail and item_tail.group("listing")):
            listing = True
        elif not (gap is not None and ((words and words <= _COMMA) or item_tail)):
            if listing:
                runs.append(run)
            run, listing = set(), False
        run.add(place)
        last_end = end
    if listing:
        runs.append(run)
    return runs


def _qualifies(folded: str, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    if outer[1] <= inner[0]:
        return bool(_QUALIFIER_BEFORE.fullmatch(folded[outer[1] : inner[0]]))
    return inner[1] <= outer[0] and bool(_QUALIFIER_AFTER.fullmatch(folded[inner[1] : outer[0]]))
