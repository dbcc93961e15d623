"""Hybrid retrieval: dense (Chroma) and keyword (BM25) rankings fused with RRF, then reranked
by how much of the question each passage holds.

The embedder prefers passages in the question's own language, so the dense side is asked
twice, once per language, and both lists enter the fusion: an English question still meets
the Chinese clause that answers it. The keyword side gets the question's words translated
(kb.glossary) as a ranking of its own for the same reason. Every weight is fitted
(kb.params).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby

import numpy as np

from kb.catalog import Catalog
from kb.countries import COUNTRIES, SUBDIVISIONS, US_POSTAL_CODES, US_STATES
from kb.dimensions import question_dimensions, tagged
from kb.duty_passages import DutyIndex
from kb.embed import Embedder
from kb.fusion import reciprocal_rank_fusion
from kb.gazetteer import chinese_place
from kb.genres import GENRES
from kb.glossary import Bridge, bridges
from kb.holders import HolderIndex
from kb.intents import (
    asker_context,
    counted_word,
    counts,
    holds_answer,
    question_kind,
    without_framing,
)
from kb.keyword import KeywordSnapshot
from kb.lexicon import lexicon
from kb.params import RetrievalParams
from kb.places import (
    Places,
    aliases,
    initialisms,
    is_place_name,
    occurrences,
    place_core,
    place_tokens,
    question_forms,
)
from kb.relevance import Relevance, Weighed
from kb.roles import roles_named
from kb.store import VectorStore
from kb.text import (
    HAN,
    HAN_CHAR,
    ORDINARY_ABBREVIATIONS,
    SWALLOWED_NAMES,
    capitalised_runs,
    content_tokens,
    english_names,
    english_tokens,
    fold,
    fold_same_length,
    glossed_initialisms,
    initialisms_in,
    is_chinese,
    is_pinyin_syllable,
    is_pinyin_word,
    proper_names,
    tagged_words,
    tokenize,
    words_of_titled_phrases,
)
from kb.titles import Titles
from kb.topic import LIFT_LIMIT, everyday_words, topic_lift
from kb.transliteration import sounds_like
from kb.types import Hit


@dataclass
class Query:
    """A question prepared once and shared by retrieval and answering."""

    text: str
    tokens: list[str]  # the question's own content tokens (kb.text.content_tokens)
    vector: np.ndarray
    chinese: bool
    bridges: list[Bridge] = field(default_factory=list)  # its words in the other language
    weighed: Weighed = field(default_factory=Weighed)
    places: list[str] = field(default_factory=list)  # the known places it names
    unknown_terms: list[str] = field(default_factory=list)  # names no document uses (杭州市, Texas)
    unknown_places: list[str] = field(default_factory=list)  # those of them that name a place
    kind: str = "what"  # what it asks for (kb.intents.question_kind): often, who, when, how_many, list, goal
    translation: np.ndarray | None = None  # its content words in the other language, embedded
    titled: set[str] = field(default_factory=set)  # documents it names by a title word (kb.titles)
    # the one document the question names alone by capitals (NCC: no other title or passage holds it)
    named_document: str | None = None
    dimensions: frozenset[str] = frozenset()  # what it asks about (kb.dimensions.question_dimensions)
    counted: tuple[str, ...] = ()  # what a how-many question counts, and its translations
    topic: float = 0.0  # how typical of the documents its most typical word is (kb.topic)
    everyday: frozenset[str] = frozenset()  # its words no more the documents' than general text's

    @property
    def expansion(self) -> list[str]:
        own = set(self.tokens)
        return list(dict.fromkeys(t for b in self.bridges for t in b.target if t not in own))

    @property
    def translations(self) -> dict[str, tuple[str, ...]]:
        """Each of the question's words with every word its bridges render it by."""
        found: dict[str, tuple[str, ...]] = {}
        for bridge in self.bridges:
            for word in bridge.source:
                found[word] = found.get(word, ()) + bridge.target
        return found

    @property
    def translation_groups(self) -> list[tuple[str, ...]]:
        """The expansion grouped by the question's words: each group the translations of one."""
        own = set(self.tokens)
        groups: dict[tuple[str, ...], list[str]] = {}
        for b in self.bridges:
            groups.setdefault(b.source, []).extend(t for t in b.target if t not in own)
        return [tuple(dict.fromkeys(g)) for g in groups.values() if g]


# What a Chinese question names a document or a body as, after its own words (运营工作组, 理事会章程,
# 数据条例): the kinds' names users point at documents by (kb.genres), and a body's
_NAMED_KIND = re.compile(
    "|".join(
        sorted(
            {w for genre in GENRES for w in genre.words if not w.isascii()} | {"工作组", "委员会", "理事会"},
            key=len,
            reverse=True,
        )
    )
)


def _is_code(token: str) -> bool:
    """A document's code (M-19-23, 4-67p): letters and digits, not a number."""
    return not token.isdigit() and any(c.isdigit() for c in token)


def _written_as_name(token: str, text: str, folded: str) -> str | None:
    """A token as the question writes it where it writes it as (part of) a name; None elsewhere."""
    if not token.isascii():
        at = folded.find(token)
        while at >= 0:
            if _NAMED_KIND.match(folded, at + len(token)):
                return token
            at = folded.find(token, at + 1)
        return None
    if _is_code(token):
        # a code (M-19-23, 4-67p) is a name wherever it stands, a sentence's first word too
        # (beside Chinese too: M-19-23备忘录; full-width Ｍ－１９－２３ folded to its half-width form)
        found = re.search(
            rf"(?<![A-Za-z0-9-]){re.escape(token)}(?![A-Za-z0-9-])", fold_same_length(text), re.IGNORECASE
        )
        return text[found.start() : found.end()] if found else None
    for found in re.finditer(rf"\b{re.escape(token[:3])}[\w'’-]*", text, re.IGNORECASE):
        word = found.group()
        before = text[: found.start()].rstrip()
        if (
            english_tokens(fold(word)) == [token]
            and word[0].isupper()
            and before
            and before[-1] not in ".?!:;。？！：；"
        ):
            return word
    return None


# The words users name a kind of document by (kb.genres: 法律, statute, 章程, charter, memo …),
# not those Chinese writes as verbs too (计划 "plans to", 规划, 通知 "notifies")
_KIND_WORDS = sorted(
    {w for genre in GENRES for w in genre.words if w not in ("计划", "规划", "通知")}, key=len, reverse=True
)
_KIND_AFTER_PLACE = re.compile(
    "|".join(
        # English: the place's own ("Connecticut's statute") or "the" before the place ("the federal
        # statute", "the Guangdong plan"), not "Shanghai plan to train" (the verb); one word may
        # stand between ("the federal CDO statute")
        rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?{re.escape(w)}s?\b"
        if w.isascii()
        # Chinese: 的, then at most two characters that are no listing, negation or quantifier (美国联邦
        # 法律, 上海数据条例; not 美国有没有法律, 美国各州的法律, 美国和上海的法律)
        else rf"的?(?:(?![的和与及或、有没各])[{HAN}]){{0,2}}{re.escape(w)}"
        for w in _KIND_WORDS
    )
)


def _kinds_after_places(question: str, places: list[str]) -> list[tuple[str, str, str]]:
    """(as written, place, kind word) for each kind of document the question names right after
    a place's name: "the federal statute", "Connecticut's statute", 美国联邦法律."""
    written = fold_same_length(question, lower=True)  # offsets into the question
    found = []
    for place in places:
        for alias in question_forms(place):
            for begin, end in occurrences(fold_same_length(alias, lower=True), written):
                english = alias.isascii()
                if english and (
                    re.match(r"[a-z]", written[end : end + 1])
                    or (begin and re.match(r"[a-z]", written[begin - 1]))
                    or not (written[end : end + 1] in ("'", "’") or written[:begin].endswith("the "))
                ):
                    continue  # inside a word, or neither the place's own nor "the …"
                m = _KIND_AFTER_PLACE.match(written, end)
                if m:
                    kind = next(w for w in _KIND_WORDS if re.search(rf"{re.escape(w)}s?$", m.group()))
                    found.append((question[begin : m.end()].strip(), place, kind))
    return found


# What may stand between a larger place and the place it qualifies: its level (杭州市余杭区).
_LEVEL_SUFFIX = re.compile("^[省市州县]")


def _qualifies(name: str, folded: str, places: list[str]) -> bool:
    """Whether `name` is written right before one of `places` (folded forms), as a larger place
    qualifies a smaller one in Chinese (杭州 of 杭州余杭 or 杭州市余杭区), or right after one, as
    English writes it ("Austin, Texas")."""
    at = folded.find(name)
    while at >= 0:
        rest = folded[at + len(name) :]
        for after in dict.fromkeys((rest, _LEVEL_SUFFIX.sub("", rest, count=1))):
            if any(alias and after.startswith(alias) for alias in places):
                return True
        before = _AFTER_ITS_PLACE.sub("", folded[:at])
        if _IN_BRACKETS.search(folded[:at]):
            before = before.removesuffix("市")  # 奥斯汀市（德克萨斯州）: the city's 市 before it
        if before != folded[:at] and any(
            alias and before.endswith(alias) and alias not in _LARGER_PLACES for alias in places
        ):
            # as English writes the larger place after a city: "Austin, Texas", "Austin TX", and
            # Chinese in brackets: 奥斯汀市（德克萨斯州）
            return True
        at = folded.find(name, at + 1)
    return False


# Between a place and the larger place written after it: a comma, a space or an opening bracket
_AFTER_ITS_PLACE = re.compile(r"(?:,\s*|\s+|\s*[(（]\s*)$")
_IN_BRACKETS = re.compile(r"[(（]\s*$")
# Places no larger place is written after (a country, the United States among them, a US state, a
# province): "Texas, Oklahoma and Ohio", "Ontario, Quebec" list them
_LARGER_PLACES = frozenset(
    name.lower()
    for name in (
        *COUNTRIES.values(),
        "United States",
        *US_STATES,
        *(p for parts in SUBDIVISIONS.values() for p in parts),
    )
)


# "镇里", "村里": the asker's own town or village in speech (jieba tags 镇里 a place name), no
# place's name
_LOCALITY_SPOKEN = re.compile(r"(?:省|市|州|县|区|镇|乡|村|街道|社区)(?:里|内|上)")


# A kind of document named a few words after a name ("the Leicester Riverside Trust Board paper",
# "Calderbrook's board paper", "the Westbury County directive")
# (the words between capitalised, or "board"; the kind's word a noun, not the verb of "report to",
# "plan to appoint", "order its agencies")
_DOCUMENT_KIND_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:[A-Z][\w'’&-]*|board|data|digital|information|sharing|governance|security|"
    r"privacy|open)){0,4}?\s+(?i:paper|plan|policy|order|circular|directive|"
    r"charter|guidance|memo|memorandum|standard|report|framework|strategy|minutes|notice|rules|regulation)\b"
    r"(?!\s+(?:to|its|their|a|an|all)\b)"
)


def _names_a_document(name: str, question: str) -> bool:
    return any(
        _DOCUMENT_KIND_AFTER.match(question, m.end())
        for m in re.finditer(rf"\b{re.escape(name)}\b", question, re.IGNORECASE)
    )


def _names_a_place(name: str) -> bool:
    """A place by its ending (杭州市), or a Chinese name jieba knows as a place (东莞, 佛山),
    which a question writes without its 市 before a smaller place: 东莞南城街道."""
    if is_place_name(name) or name.upper() in US_POSTAL_CODES:  # TX of "Austin, TX"
        return True
    return not name.isascii() and [flag for _, flag in tagged_words(name)] == ["ns"]


# One-character organ suffixes (内政部, 统计局, 财政厅): the body's name without it is a word.
_ORGAN_SUFFIXES = frozenset("部局厅委署司处院")


@dataclass
class Rankings:
    """What each side of the search returned, kept for the answerer's signals."""

    dense: dict[str, float] = field(default_factory=dict)  # chunk_id -> cosine, both languages
    keyword: dict[str, float] = field(default_factory=dict)  # chunk_id -> BM25, own and translated words


# A name that names a document by its passages alone (Retriever._named_alone): shorter capitalised
# words are mostly initialisms and syllables (Li, Wu); a name one passage holds is mentioned in
# passing.
MIN_NAME_CHARS = 4
MIN_NAME_PASSAGES = 2


class Retriever:
    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorStore,
        keywords: KeywordSnapshot,
        embedder: Embedder,
        docs_by_language: dict[bool, set[str]],
        places: Places,
        relevance: Relevance,
        params: RetrievalParams,
        official_docs: set[str] | None = None,
        titles: Titles | None = None,
        corpus_initialisms: frozenset[str] = frozenset(),
        holder_index: HolderIndex | None = None,
        spelled_out: frozenset[str] = frozenset(),
        duty_index: DutyIndex | None = None,
    ) -> None:
        self._catalog = catalog
        self._vectors = vectors
        self._keywords = keywords
        self._embedder = embedder
        self._docs_by_language = docs_by_language  # is_chinese -> doc ids
        self._places = places
        self._relevance = relevance
        self.params = params
        self._official = official_docs or set()
        self._titles = titles or Titles()
        self._corpus_initialisms = corpus_initialisms  # the all-capital abbreviations documents write
        self._holder_index = holder_index or HolderIndex()
        self._duty_index = duty_index or DutyIndex()
        self._spelled_out = spelled_out  # initials of the names documents spell out (SMT)
        self.last = Rankings()
        self._embedded: dict[str, np.ndarray] = {}  # one question's texts: parts and places repeat them

    def _embed(self, text: str) -> np.ndarray:
        if text not in self._embedded:
            self._embedded[text] = self._embedder.embed_query(text)
        return self._embedded[text]

    def institutions_in(self, question: str) -> list[tuple[str, frozenset[str]]]:
        """The institutions a question names, with their documents (kb.titles), a company's in
        pinyin too: each unbroken run of pinyin words, as _named_in_pinyin reads them."""
        pinyin_names = [
            " ".join(words)
            for run in capitalised_runs(question, naming=True)
            for in_name, group in groupby(run, key=_pinyin_name_word)
            if in_name and (words := list(group))
        ]
        return self._titles.institutions_in(question, pinyin_names)

    def documents_named_apart(self, query: Query) -> list[tuple[str, str]]:
        """The documents a question names one by one by words of their titles written as names
        (kb.titles.named_apart), each with the word as the question writes it: an English word
        in capitals where no sentence starts ("the Operations working group"), a Chinese word
        before the kind of thing it names (运营工作组, 数据条例), so that an everyday word that one
        title happens to hold ("a budget", 要求, 地方) names none; a code anywhere (M-19-23); a
        Chinese word by its translation before its kind (运营工作组); a kind of document after a
        place's name ("the federal statute"). Not by the places it names, which are compared as
        places."""
        folded = fold(query.text)
        words = []
        for token in dict.fromkeys(query.tokens):
            written = _written_as_name(token, query.text, folded)
            if written:
                words.append((written, token))
        besides = place_tokens(query.places)
        named = self._titles.named_apart(words, besides)
        taken = {doc_id for _, doc_id in named}

        # a Chinese name of an English title's word before its kind (运营工作组, 数据技能工作组: the
        # Operations and the Data Skills Working Groups' charters): where one title alone holds
        # one of its translations and the kind too, in either language (not 高级工作组 of an
        # "Advancing …" playbook)
        translations = query.translations

        def translated(token: str) -> set[str]:
            return {t for t in translations.get(token, ()) if t.isascii()}

        def holding(tokens: set[str]) -> set[str]:
            return {d for t in tokens for d in self._titles.holders.get(t, frozenset())}

        for written, token in words:
            if token.isascii() or self._titles.holders.get(token):
                continue
            kind = next(
                (k for at in occurrences(token, folded) if (k := _NAMED_KIND.match(folded, at[1]))), None
            )
            kinds = {t for k in tokenize(kind.group()) for t in (k, *translated(k))} if kind else set()
            holders = holding(translated(token) - besides) & holding(kinds)
            if len(holders) == 1 and (doc_id := next(iter(holders))) not in taken:
                named.append((written, doc_id))
                taken.add(doc_id)
        for written, place, kind in _kinds_after_places(query.text, query.places):
            # "the federal statute", 美国联邦法律, "Connecticut's statute": the one document of that
            # kind among the place's, where the place has others (the statute of fourteen)
            docs = self._places.spoken_for([place])
            of_kind = self._titles.named_by(tokenize(kind), 1, within=docs) & docs
            if of_kind and (doc_id := next(iter(of_kind))) not in taken:
                named.append((written, doc_id))
                taken.add(doc_id)
        return named

    def prepare(
        self,
        question: str,
        dense: Query | None = None,
        context: frozenset[str] = frozenset(),
        embed: bool = True,
    ) -> Query:
        """The question's tokens, translations, places and vectors (none with `embed` False: its
        words read, not searched); with `dense`, that query's
        vectors instead of its own (a comparison asks each place with one vector of the question
        without place names, kb.knowledge_base). `context`: places it names only as the setting
        of another (美国 in "美国州一级的案例…康涅狄格州"), not as places it asks about."""
        df, size = self._keywords.document_frequency, max(self._keywords.size, 1)
        common = self.params.filler_common_share
        # an abbreviation the documents write in capitals is a name where the question writes it so
        # (VA, the Department of Veterans Affairs), though stopwords-iso lists "va" as a word
        written = {s.lower() for s in initialisms_in(question) & self._corpus_initialisms} - {
            s.lower() for s in SWALLOWED_NAMES
        }
        tokens = content_tokens(question, keep=lambda t: df(t) >= common * size or t in written)
        found = bridges(question, self._places.names, self._keywords.document_frequency, tokens)
        chinese = is_chinese(question)
        named = self._places.named_in(question)
        about_asker = asker_context(question)
        query = Query(
            text=question,
            tokens=tokens,
            vector=dense.vector if dense else self._embed(fold(question)) if embed else np.zeros(0),
            chinese=chinese,
            bridges=found,
            weighed=self._relevance.weigh(tokens, found, about_asker, self.params.context_weight),
            places=[p for p in named if p not in context],
            kind=question_kind(question),
        )
        query.dimensions = question_dimensions(without_framing(question), query.kind)
        thing = counted_word(question) if query.kind == "how_many" else None
        if thing:  # translated on its own: a filler word to the question (year, member) still counts;
            # each whole rendering (首席数据官 for officer), not its pieces (数据)
            found_for = bridges(thing, self._places.names, df, [thing])
            translated = (sense[0] for b in found_for for sense in b.renderings if len(sense) == 1)
            query.counted = tuple(dict.fromkeys([thing, *translated]))
        # a context place (美国 in 美国…康涅狄格州) is known too
        place_words = place_tokens(query.places)
        pinyin_named, pinyin_words = self._named_in_pinyin(question, place_words | about_asker)
        query.unknown_terms = self._unknown_names(question, named, about_asker, pinyin_words)
        query.unknown_places = [name for name in query.unknown_terms if is_place_name(name)]
        query.titled = self._titles.named_by(
            tokens + query.expansion,
            self.params.title_max_documents,
            place_words,
            self._places.spoken_for(query.places),
        )
        query.named_document = self._named_alone(question, tokens, place_words | about_asker, pinyin_named)
        topic = topic_lift(
            [t for t in query.weighed.content if t not in place_words],
            query.translations,
            self._keywords.rate,
        )
        # a question that names a document by the code in its title (M-19-23, 4-67p, which general
        # text writes as other numbers) is about the documents, and so is one of nothing but a place
        # they hold ("Tell me about Shenzhen")
        coded = any(_is_code(t) and self._titles.holders.get(t) for t in tokens)
        if coded or (topic is None and query.places):
            topic = LIFT_LIMIT
        query.topic = -LIFT_LIMIT if topic is None else topic
        query.everyday = everyday_words(query.weighed.content, query.translations, self._keywords.rate)
        if dense is not None:  # a part of a question, or one place's share, is about what the whole is
            query.topic = max(query.topic, dense.topic)
        words = [t for t in query.expansion if t.isascii() == chinese]
        if dense is not None:
            query.translation = dense.translation
        elif (
            embed
            and words
            and self.params.translated_dense_weight > 0
            and self._docs_by_language.get(not chinese)
        ):
            # an encoding costs about 0.7 ms a token (bench/RESULTS.md): none where no passage
            # of the other language could be found by it
            query.translation = self._embed(("" if not chinese else " ").join(words))
        return query

    def _named_alone(
        self, question: str, tokens: list[str], place_words: set[str], pinyin_named: set[str]
    ) -> str | None:
        """The one document the question names by capitals that only its title (or number) and
        its own passages hold ("NCC这份章程"), not a topic's (AI, in one title and many passages);
        `place_words`: the places' and the asker's own words ("I work at Leidos; …"), which name
        no document."""
        capitals = {s.lower() for s in initialisms_in(question)}
        named = set()
        for word in (t for t in tokens if t in capitals):
            docs = self._titles.named_by([word], 1, place_words)
            if len(docs) == 1 and len(self._keywords.holding([word])) == len(
                self._keywords.holding([word], docs)
            ):
                named |= docs
        # ... or by a name that no dictionary knows as a word and that only one document's
        # passages hold, more than once ("Defra's Chief Data Officer post": the Defra group's
        # role profile; not a name one passage mentions in passing)
        for name in english_names(question, naming=True):
            words = tokenize(name)
            # (a name the asker's own clause gives the document it works from names it: "a
            # training session based on the Leicester Riverside Trust Board paper")
            context = set() if _names_a_document(name, question) else place_words
            if (
                len(name) >= MIN_NAME_CHARS
                and len(words) == 1
                and words[0] not in capitals | context
                and not lexicon().is_common_word(name)
            ):
                holder = self._keywords.sole_holder(words[0], MIN_NAME_PASSAGES)
                # ... or that only one document's issuer writes, and no other document's passage
                # ("the Leicester Riverside Trust Board paper": the trust's paper)
                issued = self._titles.issuers.get(words[0], frozenset())
                if not holder and len(issued) == 1:
                    holding = self._keywords.holding([words[0]])
                    holder = (
                        next(iter(issued))
                        if len(holding) == len(self._keywords.holding([words[0]], issued))
                        else None
                    )
                named |= {holder} if holder else set()
        # ... or by a Chinese name in pinyin that one title or issuer writes in characters
        # ("At Huadian Fuxin": 华电福新能源有限公司's 管理办法; `pinyin_named`, _named_in_pinyin's)
        named |= pinyin_named
        # ... or by its institution's short name (西电那个细则: 西安电子科技大学's)
        short = self._titles.named_by_short_name(
            question, lambda w: bool(self._keywords.document_frequency(w))
        )
        named |= {short} if short else set()
        # ... or by its company's own name (粤海 of 广东粤海控股集团有限公司)
        core = self._titles.named_by_core(
            question,
            lambda word, ids: (
                0 < len(self._keywords.holding([word])) == len(self._keywords.holding([word], ids))
            ),
        )
        named |= {core} if core else set()
        return next(iter(named)) if len(named) == 1 else None

    def _named_in_pinyin(self, question: str, place_words: set[str]) -> tuple[set[str], set[str]]:
        """The documents named by a question's capitalised pinyin words, and those words: each
        unbroken run of them as a whole ("Huadian Fuxin" is 华电福新; "Haixia Jiaotou" and
        "Huanggang Jiaotou" name nothing, though 交投 alone is another group's: a piece of a name is
        not the name). English words end a run ("China Yuanhang" is 远航, "Huadian Fuxin CDO" still
        华电福新); a place alone (Zhangye, Nanjing) is left to the places' own check: its syllables
        may stand side by side in any title."""
        named: set[str] = set()
        words_named: set[str] = set()
        for run in capitalised_runs(question, naming=True):
            for in_name, group in groupby(run, key=_pinyin_name_word):
                words = list(group)
                spelled = "".join(words)
                if not in_name or len(spelled) < MIN_NAME_CHARS:
                    continue
                if len(words) == 1 and (chinese_place(spelled) or set(tokenize(spelled)) & place_words):
                    continue
                doc = self._titles.named_in_pinyin(spelled)
                if doc:
                    named.add(doc)
                    words_named.update(words)
        return named, words_named

    def _translated(self, name: str) -> bool:
        """The dictionary renders the whole name (not one of its pieces: 苏州工业园区 is not known
        by 工业) in words some passage uses."""
        if not name.isascii() and not lexicon().english(name):
            # a body named by a known word and its organ (内政部: Internal Affairs + ministry)
            stem = name[:-1] if name[-1:] in _ORGAN_SUFFIXES else ""
            return len(stem) >= 2 and self._translated(stem)
        return bool(bridges(name, (), self._keywords.document_frequency, [name]))

    def _unknown_names(
        self, question: str, places: list[str], about_asker: set[str], pinyin_words: set[str]
    ) -> list[str]:
        """Names in the question that no document uses, in either language, and that are not a
        known place (美国联邦 holds 美国): what a question about 杭州市 or Texas asks of a corpus
        that never mentions them. A name the dictionary translates into words the passages use
        is known: 农业部 (the USDA of an English playbook), "Smart" Bazhong (智慧), and the words
        jieba tags as names that are not (东西 of "这一类的东西"). Not the names in the asker's
        description of themself (我是省直某厅信息中心的，…): what they are, not what they ask; nor
        `pinyin_words`, the words that name a document whose title writes them in characters."""
        import jieba

        df = self._keywords.document_frequency
        known = [fold(alias) for place in places for alias in aliases(place)]
        unknown = []
        folded = fold(question)
        names = proper_names(question)
        titled = words_of_titled_phrases(question)  # "Jiangsu Provincial Department"
        qualifying = known
        while True:  # 浙江省杭州市余杭区: 杭州 qualifies 余杭区, then 浙江 qualifies 杭州
            larger = [
                n
                for n in names
                if n not in qualifying and _names_a_place(n) and _qualifies(n, folded, qualifying)
            ]
            if not larger:
                break
            qualifying = qualifying + larger
        initials = initialisms_in(question)
        for name in names:
            if any(alias in name or name in alias for alias in known) or self._translated(name):
                continue
            if _straddles(fold(name), folded, known):
                continue  # 安那 of 雄安那份: cut across a named place's end, no name of its own
            if fold(name) in self._titles.holders or fold(name) in self._titles.issuers:
                continue  # a word of a document's title, number ("SHB 1742") or issuer names that document
            if fold(name) in pinyin_words:
                continue  # ... or its characters' pinyin: Huadian of 华电福新, not the city 桦甸
            if fold(name) in about_asker and (places or not _names_a_place(name)):
                # 信息中心 of "我是…信息中心的", 杭州 of "我是杭州的，海丰县…": context; the asker's
                # own city is what "我是杭州市的…我们市…" asks about when no other place is named
                continue
            if name in qualifying:
                continue  # the larger place of one a document speaks for
            upper = name.upper()
            upper = upper[:-1] if upper.endswith("S") and upper[:-1] in initials else upper  # CCOs
            if upper in self._spelled_out and upper in initials:
                continue  # SMT of a report's "Strategic Management Team", CCO of "Council-controlled organisations"
            if name.upper() in glossed_initialisms(question):
                continue  # "our data protection officer (the FG)": the question says what it names
            if name.upper() in initials and name.upper() in ORDINARY_ABBREVIATIONS:
                continue  # "group HQ": an ordinary word's abbreviation, no name (UK and US: below)
            if _glossed_as(name, question, places):
                continue  # 长滩市（City of Long Beach）: a place's name in the other script, glossed
            if any(sounds_like(name, place) for place in places):
                continue  # 塔尔萨市: Tulsa, written by sound (kb.places)
            if name.isascii():
                # Pinyin (Pingshan, Dianxiaoer) may name what the corpus writes in characters;
                # an ordinary word in a body's title ("Jiangsu Provincial Department") names
                # nothing, though one alone may be a place (Phoenix, Buffalo).
                used = any(df(t) for t in tokenize(name))
                if not used and name.endswith("s") and len(name) > 3:
                    used = any(df(t) for t in tokenize(name[:-1]))  # DPOs, a plural the index keeps whole
                place = (
                    chinese_place(name)
                    if is_pinyin_word(name) and not _names_in_pinyin(name, question)
                    else ""
                )
                if place:  # Hangzhou is 杭州市: unknown when no passage writes 杭州(市) either, and
                    # it qualifies no place the question names (Nancheng Subdistrict in Dongguan)
                    written = (place, place_core(place))  # whole: 杭州市's pieces hold 州市
                    if not used and not any(df(t) for t in written) and not places:
                        unknown.append(name)
                    continue
                if (
                    len(set(name)) > 1
                    and not used
                    and not is_pinyin_word(name)
                    and not (name in titled and lexicon().is_common_word(name))
                ):
                    unknown.append(name)
            elif not any(
                df(piece) for piece in jieba.lcut(name, HMM=False)
            ) and not _LOCALITY_SPOKEN.fullmatch(name):
                unknown.append(name)  # 杭州市, 英国; 美国联邦 is 美国 + 联邦, both used
        # UK, which the filler list drops as the word "uk": a name when no document writes it
        # and no named place is written so (US).
        named_short = [p for place in places for p in initialisms(place)]
        for short in sorted((initialisms_in(question) & SWALLOWED_NAMES) - self._corpus_initialisms):
            if not any(p.search(short) for p in named_short):
                unknown.append(short.lower())
        return unknown

    def search(self, query: Query, k: int = 5, allowed_docs: set[str] | None = None) -> list[Hit]:
        p = self.params
        if allowed_docs is not None and not allowed_docs:
            self.last = Rankings()
            return []
        rankings: list[list[str]] = []
        weights: list[float] = []
        seen = Rankings()
        for same_language in (True, False):
            chinese = query.chinese == same_language
            docs = self._docs_by_language.get(chinese, set())
            if allowed_docs is not None:
                docs = docs & allowed_docs
                if not docs:
                    continue
            # Unfiltered unless the user filtered: each language has its own collection.
            doc_filter = {"doc_id": sorted(docs)} if allowed_docs is not None else None
            found = self._vectors.query(query.vector, p.pool, chinese, doc_filter)
            seen.dense.update(found)
            rankings.append([c for c, _ in found])
            weights.append(1.0 if same_language else p.other_language_weight)
        if query.translation is not None:
            # The question's words translated, against the passages of the other language,
            # where the question itself ranks the answer low (e5-small is weak across languages).
            docs = self._docs_by_language.get(not query.chinese, set())
            if allowed_docs is not None:
                docs = docs & allowed_docs
            if docs:
                doc_filter = {"doc_id": sorted(docs)} if allowed_docs is not None else None
                found = self._vectors.query(query.translation, p.pool, not query.chinese, doc_filter)
                for cid, score in found:
                    seen.dense.setdefault(cid, score)
                rankings.append([c for c, _ in found])
                weights.append(p.translated_dense_weight)
        focus = self._places.spoken_for(query.places)
        titled = set(query.titled)
        if allowed_docs is not None:
            focus &= allowed_docs
            titled &= allowed_docs
        # The documents of the places the question names, and of the documents it names by a
        # title word, searched on their own, so that their passages reach the pool even when
        # other documents say more.
        for named, weight in ((focus, p.place_weight), (titled, p.title_weight)):
            if named and weight > 0:
                confined = allowed_docs is not None and allowed_docs <= named
                for ranking in self._within(query, named, seen, confined):
                    rankings.append(ranking)
                    weights.append(weight)
        named_roles = roles_named(query.text) if {"holder", "duties"} & query.dimensions else frozenset()
        # The passages that put someone in the post asked about, or that state its duties,
        # searched on their own: in a place of long reports and playbooks, the one clause that
        # designates the CDO ranks below many that mention one, and the CDO's list of duties
        # below the clauses that name the CDO ("The CDO shall submit an annual report").
        # Every such passage the search may read, per language as the other dense rankings; a
        # named place's documents come first by place_bonus in the rerank.
        for asked, weight, passages in (
            ("holder", p.holder_weight, self._holder_index.holding),
            ("duties", p.duty_weight, self._duty_index.stating),
        ):
            if not named_roles or weight <= 0 or asked not in query.dimensions:
                continue
            for chinese in (True, False):
                docs = self._docs_by_language.get(chinese, set())
                if allowed_docs is not None:
                    docs = docs & allowed_docs
                among = passages(named_roles, docs)
                if among:
                    rankings.append(self._dense_among(query, chinese, among, seen))
                    weights.append(weight)
        if query.counted and p.count_weight > 0:
            # The passages that write a number before what a how-many question counts ("Our 90
            # CDO members"), searched on their own like the holder's: a report's one sentence
            # with the count ranks below its many passages about the members.
            holding = self._keywords.holding(list(query.counted), allowed_docs)
            texts = self._catalog.chunks(holding)
            counting = [cid for cid in holding if cid in texts and counts(texts[cid].text, query.counted)]
            for chinese in (True, False):
                language = self._docs_by_language.get(chinese, set())
                among = [cid for cid in counting if texts[cid].doc_id in language]
                if among:
                    rankings.append(self._dense_among(query, chinese, among, seen))
                    weights.append(p.count_weight)
        keyword = self._keywords.query(query.tokens, p.pool, allowed_docs)
        rankings.append([c for c, _ in keyword])
        weights.append(1.0)
        seen.keyword.update(keyword)
        if query.expansion and p.translated_weight > 0:
            # The question's words in the other language: a ranking of its own, weighed less,
            # so that a translated word cannot outvote the question's own words.
            translated = self._keywords.query_translations(query.translation_groups, p.pool, allowed_docs)
            rankings.append([c for c, _ in translated])
            weights.append(p.translated_weight)
            for cid, score in translated:
                seen.keyword.setdefault(cid, score)
        self.last = seen
        fused = reciprocal_rank_fusion(rankings, k=p.rrf_k, weights=weights)[: p.rerank_pool]
        # A document the question names by its title and whose place is unknown (a press release
        # that never writes its city's name) may be of the place it names: no place bonus for others
        unplaced = {d for d in titled if not self._places.of_document.get(d)} if focus else set()
        return self._rerank(query, fused, seen, focus | unplaced)

    def _dense_among(self, query: Query, chinese: bool, among: list[str], seen: Rankings) -> list[str]:
        """The passages `among` (of one language) by their likeness to the question, best first."""
        found = self._vectors.query(query.vector, self.params.pool, chinese, None, among)
        for cid, score in found:
            seen.dense.setdefault(cid, score)
        return [c for c, _ in found]

    def _within(
        self, query: Query, docs: set[str], seen: Rankings, confined: bool = False
    ) -> list[list[str]]:
        """Dense rankings (per language) and a keyword ranking over `docs` alone. `confined`: the
        whole search is held to `docs` (one place of a comparison, a filter), so the words that
        name them (the place, a title word) are in every candidate and rank nothing; the rest
        of the question ranks them (tuning half: comparisons 21 -> 22 of 27, nothing else
        moved; applied to every search, answered fell 0.846 -> 0.837). The translations are summed
        here, not scored as a structured query (`KeywordSnapshot.query_translations`): structured,
        tuning comparisons fell 0.811 -> 0.784."""
        rankings = []
        for chinese in (True, False):
            own = self._docs_by_language.get(chinese, set()) & docs
            if own:
                found = self._vectors.query(query.vector, self.params.pool, chinese, {"doc_id": sorted(own)})
                for cid, score in found:
                    seen.dense.setdefault(cid, score)
                rankings.append([c for c, _ in found])
        words = query.tokens + query.expansion
        if confined:
            naming = place_tokens(query.places)
            naming |= {w for w in words if self._titles.holders.get(w, frozenset()) & docs}
            words = [w for w in words if w not in naming] or words
        focused = self._keywords.query(words, self.params.pool, docs)
        rankings.append([c for c, _ in focused])
        return rankings

    def _rerank(
        self, query: Query, fused: list[tuple[str, float]], seen: Rankings, focus: set[str]
    ) -> list[Hit]:
        """Fused rank plus how much of the question each passage holds: a clause holding every
        distinctive word beats one that is merely close in embedding space."""
        if not fused:
            return []
        p = self.params
        chunks = self._catalog.chunks(cid for cid, _ in fused)
        tokens = self._catalog.chunk_tokens(chunks)
        best = fused[0][1]
        hits = []
        for cid, score in fused:
            if cid not in chunks:
                continue  # a vector whose chunk is gone (mended by `cdokb check --repair`)
            passage = tokens.get(cid, set())
            coverage = self._relevance.coverage(query.weighed, query.bridges, passage)
            matched = frozenset(self._relevance.found(query.weighed, query.bridges, passage))
            final = score / best + p.coverage_weight * coverage
            if chunks[cid].doc_id in self._official:
                final += p.official_bonus
            if chunks[cid].doc_id in focus:
                final += p.place_bonus
            if p.shape_bonus and holds_answer(query.kind, chunks[cid].text):
                final += p.shape_bonus
            if p.dimension_bonus and query.dimensions & tagged(chunks[cid]):
                final += p.dimension_bonus
            hits.append(
                Hit(chunks[cid], final, seen.dense.get(cid), seen.keyword.get(cid), coverage, matched)
            )
        hits.sort(key=lambda h: -h.score)
        return hits


def _pinyin_name_word(word: str) -> bool:
    """A word of a Chinese name in pinyin: syllables, and no English word (China, Gulf)."""
    return (is_pinyin_word(word) or is_pinyin_syllable(word)) and not lexicon().is_common_word(word)


def _names_in_pinyin(word: str, question: str) -> bool:
    """The word glosses the English name before it in brackets, as a body's Chinese name in
    pinyin ("West China Hospital (Huaxi)"): that body's name, not a place (花溪区) it asks about."""
    return bool(
        re.search(rf"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+\s*[(（]\s*(?i:{re.escape(word)})\s*[)）]", question)
    )


def _glossed_as(name: str, question: str, places: list[str]) -> bool:
    """The question glosses `name` in brackets right after it with a known place's own name:
    长滩市（City of Long Beach）, not with where it lies (圣何塞市（美国）, （美国加州）)."""
    at = question.find(name)
    if at < 0:
        return False
    gloss = re.match(r"[市县区州省]?\s*[(（]([^()（）]{2,60})[)）]", question[at + len(name) :])
    if not gloss:
        return False
    named = re.sub(
        r"^(?:the\s+)?(?:city|county|state|province|district|municipality)\s+of\s+",
        "",
        fold(gloss.group(1)).strip(),
    )
    return any(
        named in {fold(alias) for alias in aliases(place)}
        for place in places
        if place.lower() not in _LARGER_PLACES
    )


def _straddles(name: str, folded: str, places: list[str]) -> bool:
    """Whether every occurrence of `name` in the question overlaps a named place's characters
    without lying inside them: a word the segmenter cut across the place's edge."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), folded)]
    edges = [
        (m.start(), m.end())
        for place in places
        if HAN_CHAR.search(place)
        for m in re.finditer(re.escape(place), folded)
    ]
    return bool(spans) and all(
        any(a < e and s < b and not (s <= a and b <= e) for s, e in edges) for a, b in spans
    )
