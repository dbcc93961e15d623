"""A foreign name as Chinese writes it by sound (塔尔萨 for Tulsa, 马里科帕 for Maricopa), matched to
the English name by its consonants. No dictionary holds the small cities and counties whose
documents users drop in, and a Chinese question names them so; both spellings reduce to the same
run of consonant classes (T-L-S), since Chinese transliteration keeps an English name's consonants
in order and drops or adds vowels."""

from __future__ import annotations

import re
from functools import lru_cache

# The characters of the standard transliteration table for foreign names (新华社《外国地名译名
# 手册》 and 《世界人名翻译大辞典》's 译音表): a run of them only is read as a name by sound; 安全 or
# 达州 holds a character outside it.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥澳巴拔班邦包保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦顿多厄恩尔法凡范菲"
    "费芬丰冯佛夫弗福盖甘冈高戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰金津卡凯坎康考柯科克"
    "肯库夸奎昆拉莱兰朗劳勒雷蕾黎里利莉连林琳隆卢鲁路伦罗洛马迈麦曼芒毛梅美门蒙米敏明莫姆穆纳奈南"
    "内尼宁纽努诺欧帕潘庞佩彭皮珀坡普奇齐恰乔切钦琼丘萨塞桑瑟森沙尚舍圣施什史斯松苏索塔泰坦汤唐特"
    "提廷图托瓦万威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤于约扎泽詹珍芝兹卓"
)
# a run of them before the kind of place Chinese adds to a foreign name (塔尔萨市, 马里科帕县, 韦斯特伯里郡)
_CHARS = "".join(sorted(TRANSLITERATION_CHARS))
_SOUNDED_PLACE = re.compile(f"(?<![{_CHARS}])([{_CHARS}]{{2,}})(?=[市县州郡区省镇])")
_KNOWN_REACH = 2  # characters before a run that may begin the name the dictionary knows (鄂 of 鄂尔多斯)
# A name of fewer consonants than this matches too many others (戴恩 T-N: Dane, Dean, Eden).
MIN_CONSONANTS = 3
# pinyin initials, longest first, each with its English consonant class; f, v and w are one class,
# as Chinese writes v with 弗 or 维 and w with 韦 or 沃 (Denver 丹佛, Louisville 路易斯维尔)
_INITIALS = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "W"),
    ("d", "T"), ("t", "T"), ("n", "N"), ("l", "L"), ("r", "L"), ("g", "K"), ("k", "K"),
    ("h", "H"), ("j", "S"), ("q", "S"), ("x", "S"), ("z", "S"), ("c", "S"), ("s", "S"),
    ("w", "W"), ("y", ""),
)  # fmt: skip
# English letters and digraphs, each with its class; vowels (and y) carry none
_ENGLISH = (
    ("ph", "W"), ("gh", ""), ("ck", "K"), ("sh", "S"), ("ch", "S"), ("th", "T"), ("qu", "K"),
    ("x", "KS"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "W"), ("v", "W"), ("d", "T"), ("t", "T"),
    ("n", "N"), ("l", "L"), ("r", "L"), ("g", "K"), ("k", "K"), ("q", "K"), ("h", "H"), ("j", "S"),
    ("s", "S"), ("z", "S"), ("w", "W"),
)  # fmt: skip
_VOWELS = "aeiouy"


def _collapse(classes: list[str]) -> str:
    """Neighbouring equal classes as one: Dallas' double l, 斯萨 after s."""
    out: list[str] = []
    for c in "".join(classes):
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=4096)
def chinese_consonants(name: str) -> str:
    """塔尔萨 -> TLS: each syllable's initial, 尔 as an r, a final n or ng as an n."""
    from pypinyin import lazy_pinyin

    classes = []
    for syllable in lazy_pinyin(name):
        if syllable == "er":
            classes.append("L")
            continue
        initial = next(((i, c) for i, c in _INITIALS if syllable.startswith(i)), ("", ""))
        classes.append(initial[1])
        if syllable.endswith(("n", "ng")) and len(syllable) > len(initial[0]) + 1:
            classes.append("N")
    return _collapse(classes)


@lru_cache(maxsize=4096)
def english_consonants(name: str) -> str:
    """Tulsa -> TLS: its consonants by class; an r before a consonant or at the end, which
    Chinese drops (Denver 丹佛), left out; c as k, or as s before e, i, y."""
    word = re.sub(r"[^a-z]", "", name.lower())
    classes = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _VOWELS:
            i += 1
            continue
        if ch == "c" and word[i + 1 : i + 2] not in ("h", "k"):
            classes.append("S" if word[i + 1 : i + 2] in ("e", "i", "y") else "K")
            i += 1
            continue
        if ch == "r" and (i + 1 == len(word) or word[i + 1] not in _VOWELS):
            i += 1
            continue
        letters, found = next(((s, c) for s, c in _ENGLISH if word.startswith(s, i)), (ch, ""))
        classes.append(found)
        i += len(letters)
    return _collapse(classes)


def sounded_names(text: str) -> list[tuple[int, str]]:
    """Where the names a text writes by sound start, with their consonants: each whole run of
    transliteration characters right before a place's kind (美国塔尔萨市: 塔尔萨 at 2), that the
    dictionary does not know as a word (东西; 达拉斯 is Dallas by the dictionary, not by sound).
    Not a piece of a run (斯特丹 of 阿姆斯特丹) nor a run with no kind after it (一万多条)."""
    from kb.lexicon import lexicon

    found: list[tuple[int, str]] = []
    for m in _SOUNDED_PLACE.finditer(text):
        start, end = m.span(1)
        # the dictionary knows it, alone or with the characters before it (鄂尔多斯, whose 鄂 is no
        # transliteration character): a word or a known name, not one written by sound
        known = any(
            lexicon().english(text[start - k : end]) or text[start - k : end] in lexicon().words
            for k in range(0, min(start, _KNOWN_REACH) + 1)
        )
        if not known:
            found.append((start, chinese_consonants(m.group(1))))
    return found


# Words of an English place's name that Chinese translates by meaning (县, 市), not by sound
_KIND_WORDS = re.compile(
    r"\b(?:county|city|of|the|town|township|borough|parish|district|metro|state|province)\b", re.I
)


def place_consonants(place: str) -> str:
    """Maricopa County -> MLKP: the consonants of an English place's own name, "" when too few
    to tell it from others (Dane, Cook) or when the name is not in Latin letters."""
    if not place.isascii() or not place[:1].isupper():
        return ""  # a Chinese place, or a region's word ("United States / federal")
    found = english_consonants(_KIND_WORDS.sub(" ", place))
    return found if len(found) >= MIN_CONSONANTS else ""


def sounds_like(text: str, place: str) -> bool:
    """Whether `text` writes the English `place` by sound somewhere (美国塔尔萨市: Tulsa)."""
    wanted = place_consonants(place)
    return bool(wanted) and any(found == wanted for _, found in sounded_names(text))
