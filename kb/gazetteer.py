"""Where a Chinese place lies, read from CC-CEDICT's notes on it (kb.lexicon): 株洲 is "a
prefecture-level city ... in Hunan", 鸠江 "a district of Wuhu city 芜湖市, Anhui". A plan's
issuer writes only its own place (株洲市人民政府办公室); a user filtering by 湖南 or comparing
provinces needs the province too, and an English report names the city in pinyin (Nanning).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kb.lexicon import DIVISION_KINDS, lexicon
from kb.places import NOTE_HEAD as _NOTE_HEAD
from kb.places import PLACE_SUFFIX, pinyin_spellings, place_name_in_pinyin
from kb.sources import region_places

# China's provincial-level divisions (a fixed list): a provincial company or body writes its
# province without 省 (陕西秦川能源投资集团, 广东粤海控股).
PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区",
    "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
)  # fmt: skip
# Taiwan's cities and counties (a fixed list: 地方制度法's 直辖市, 市 and 县), which CC-CEDICT's
# notes place in Taiwan only now and then; 金门县 and 连江县 are left out, being Fujian's too.
TAIWAN_DIVISIONS = frozenset((
    "台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹市", "嘉义市",
    "新竹县", "苗栗县", "彰化县", "南投县", "云林县", "嘉义县", "屏东县", "宜兰县", "花莲县", "台东县", "澎湖县",
))  # fmt: skip
PROVINCE_CORE = {
    re.sub(r"(?:省|市|壮族|回族|维吾尔)?(?:自治区|特别行政区)?$", "", p) or p: p for p in PROVINCES
}
# Their names as CC-CEDICT writes them: the pinyin of the core, except where English spells
# them otherwise (Shaanxi, so as not to be Shanxi; Inner Mongolia, Tibet, Hong Kong, Macao).
_ENGLISH_SPELLING = {
    "陕西": "shaanxi",
    "内蒙古": "inner mongolia",
    "西藏": "tibet",
    "香港": "hong kong",
    "澳门": "macao",
}


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    from pypinyin import lazy_pinyin

    return {
        _ENGLISH_SPELLING.get(core) or "".join(lazy_pinyin(core)): full
        for core, full in PROVINCE_CORE.items()
    }


def _suffix(name: str) -> str:
    m = PLACE_SUFFIX.search(name)
    return m.group(1) if m and m.start() > 0 else ""


def _core(name: str) -> str:
    suffix = _suffix(name)
    return name[: -len(suffix)] if suffix else name


def _after_head(note: str) -> str:
    """What a note says after the place's name: "prefecture-level city, on the Xiangjiang …"."""
    head = _NOTE_HEAD.match(note)
    return note[head.end() :].lower() if head else ""


def _kind(note: str) -> str:
    """The suffix of the kind of division a note's head names: 市 for "prefecture-level city"."""
    rest = re.sub(r"^(?:an?|the) ", "", _after_head(note))  # "Tianjin, a municipality in …"
    return next((suffix for kind, suffix in DIVISION_KINDS if rest.startswith(kind)), "")


def _province_in(note: str) -> str:
    """The first province the note names as where the place lies: "... in Hunan" -> 湖南省."""
    names = _province_names()
    words = re.findall(r"[A-Z][a-z]+(?: Mongolia| Kong)?", note)
    return next((names[w.lower()] for w in words[1:] if w.lower() in names), "")


def _notes(place: str) -> list[str]:
    """The notes on `place` (its full name first, else its core) that describe it as the kind
    its suffix says: 南城街道 is not Jiangxi's 南城 county."""
    suffix = _suffix(place)
    for word in (place, _core(place)):
        notes = [n for n in lexicon().place_notes_of(word) if not suffix or _kind(n) == suffix]
        if notes:
            return notes
    core = prefecture_core(place)
    return [n for n in lexicon().place_notes_of(core) if _names_prefecture(n, core)] if core else []


def _names_prefecture(note: str, core: str) -> bool:
    """Whether a note on `core` is of its autonomous prefecture ("Dali Bai autonomous prefecture
    … in Yunnan"), or of its seat, naming the prefecture in Chinese ("Enshi prefecture-level city in
    southwest Hubei, capital of Enshi Tujia and Miao Autonomous Prefecture 恩施土家族苗族自治州")."""
    return _kind(note) == "自治州" or re.search(f"{core}[\u4e00-\u9fff]*自治州", note) is not None


def prefecture_core(place: str) -> str:
    """An autonomous prefecture's name as texts use it alone, from its short name (大理州 -> 大理,
    of 大理白族自治州; 恩施州 -> 恩施), which the dictionary notes under that name; "" for any other
    place (杭州)."""
    if _suffix(place) or not place.endswith("州") or len(place) <= 2:
        return ""
    core = place[: -len("州")]
    return core if any(_names_prefecture(n, core) for n in lexicon().place_notes_of(core)) else ""


def province_of(place: str) -> str:
    """The province a city, county or district lies in ("" when the dictionary does not say, or
    says two different ones): 株洲市 -> 湖南省."""
    if place in PROVINCES:
        return ""
    if place in TAIWAN_DIVISIONS:
        return "台湾省"
    found = {p for p in map(_province_in, _notes(place)) if p}
    return found.pop() if len(found) == 1 else ""


def is_county_level_city(place: str) -> bool:
    """寿光市 ("Shouguang, county-level city in Weifang"): a 市 that ranks as a county."""
    return place.endswith("市") and any(_after_head(n).startswith("county-level city") for n in _notes(place))


def city_of(place: str) -> str:
    """The city a county or district lies in, as the note writes it in Chinese: 鸠江区 -> 芜湖市,
    海丰县 -> 汕尾."""
    for note in _notes(place):
        m = re.search(r"(?:of|in) [A-Z][a-z]+(?: city)? ([\u4e00-\u9fff|]+)", note, re.IGNORECASE)
        if m:
            return m.group(1).split("|")[-1]
    return ""


def _unmarked(name: str) -> str:
    """ "Xi'an" -> "xian": pinyin's syllable mark (Xi'an, Xi’an) is not written by everyone."""
    return re.sub("['’]", "", name.lower())


@lru_cache(maxsize=1)
def _by_english_name() -> dict[str, set[str]]:
    """The name each note opens with ("nanning", "haifeng") -> the Chinese places so named."""
    found: dict[str, set[str]] = {}
    for word, notes in lexicon().place_notes.items():
        for note in notes:
            head = _NOTE_HEAD.match(note)
            suffix = _kind(note)
            if (
                not head
                or not suffix
                or word.endswith(("镇", "乡"))
                or (suffix == "自治州" and word[-1] == "州")
            ):
                continue  # a town, or a prefecture's short name (延边州), is no region of a plan
            full = PROVINCE_CORE.get(word) or (word if _suffix(word) else word + suffix)
            # the name is the place's own pinyin (Nanning = 南宁), not a translation ("West", 西湖区)
            spelled = _unmarked(head.group(1)).replace(" ", "")
            # (or another reading of its characters: 长宁区 is changning; a one-character name's
            # one syllable names nothing: 献县 is not Xi'an)
            readings = pinyin_spellings(_core(full)) if len(_core(full)) >= 2 else []
            if place_name_in_pinyin(full) == spelled or spelled in readings:
                found.setdefault(_unmarked(head.group(1)), set()).add(full)
    return found


def places_spelled(spelling: str) -> frozenset[str]:
    """The Chinese places the dictionary spells so in pinyin (changning: 长宁区, 常宁市)."""
    return frozenset(_by_english_name().get(spelling, ()))


def chinese_place(english: str) -> str:
    """A Chinese city, county or province written in pinyin (Nanning) as Chinese writes it with
    its suffix (南宁市), when the dictionary knows exactly one such place by that name."""
    found = _by_english_name().get(_unmarked(english.strip()), set())
    # A county named after the city it lies in (株洲县 in 株洲市) is not what the name means alone.
    found = {p for p in found if not (p.endswith("县") and _core(city_of(p)) == _core(p))}
    # ... nor is a district of another city that bears a prefecture-level city's very name (Xi'an:
    # 西安市, not 辽源's 西安区; not Lin'an, a county-level city the dictionary keeps that is now a district)
    cities = {p for p in found if p.endswith("市") and not is_county_level_city(p)}
    city = next(iter(cities)) if len(cities) == 1 else ""
    if city and all(
        p.endswith("区") and _core(p) == _core(city) and city_of(p) and _core(city_of(p)) != _core(city)
        for p in found - cities
    ):
        found = cities
    return next(iter(found)) if len(found) == 1 else ""


def with_province(place: str, text: str = "") -> str:
    """`place` with the province (and the city, where `text` names it: 芜湖市) it lies in: 株洲市
    -> 湖南省株洲市, 鸠江区 -> 安徽省芜湖市鸠江区; unchanged when it opens with a province already. A
    district's or county's name is shared by places in several provinces (朝阳区 of Beijing and of
    Changchun), of which the dictionary notes one: there `text` must name the province or the city."""
    outer = region_places(place)[0] if region_places(place) else place
    if any(place.startswith(full) for full in PROVINCES):
        return place
    province = province_of(outer)
    if not province:
        return place
    city = city_of(outer)
    named_city = bool(city) and _core(city) != _core(outer) and _core(city) in text
    short = next(core for core, full in PROVINCE_CORE.items() if full == province)  # 广西, not 广西壮族
    if _suffix(outer) in ("区", "县") and not (named_city or short in text) and outer not in TAIWAN_DIVISIONS:
        return place
    if named_city and _core(city) + "市" in text:
        place = (city if _suffix(city) else city + "市") + place
    return province + place
