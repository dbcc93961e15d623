"""Extractive, cited answers shaped by the question, and the judgement that nothing answers it.

The answer is made of text copied from the stored chunks, each line followed by the [n] of its
citation; nothing is generated. Whether the passages answer at all is decided by a logistic
model of a few signals fitted on the tuning half of the question set (kb.params); below its
threshold the answer says so and still shows the closest clauses, marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kb.dimensions import dimensions_of
from kb.intents import ANSWER_SHAPE, LIST_ITEM, asks_definition, counts, states_definition
from kb.params import AnswerModel, AnswerParams
from kb.places import place_tokens
from kb.relevance import Relevance, Weighed, rare_share
from kb.retrieve import Query, Rankings
from kb.roles import roles_held, roles_named
from kb.sources import is_complete
from kb.text import HAN_CHAR, fold, fold_compact, fold_same_length, to_simplified, token_set
from kb.types import Answer, Chunk, Citation, Document, Hit

NOT_FOUND_ZH = "在已收录的文件中未找到答案。"
NOT_FOUND_EN = "Not found in the documents."
CLOSEST_ZH = "没有条文直接回答；最相关的条文："
CLOSEST_EN = "No clause answers this directly; closest clauses:"
NOT_STATED_ZH = "收录的文件中没有相关条文。"
NOT_STATED_EN = "no clause on this in the stored documents."

_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+|\n|$)|(?<=\n)")
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")
# A full stop that ends an abbreviation or an initial, not the sentence: "Mr. Vought", "U.S. Code".
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\bU\.S|\bNo|\bSec|\bArt|\bMr|\bMrs|\bMs|\bDr|\bSt|\be\.g|\bi\.e|\bvs|\bInc|\bJr)\.\s*$"
)
MAX_LIST_ITEMS = 40  # a "list" longer than this is a document, not a list to quote whole

# The signals of "the passages answer the question", in the order the model reads them.
SIGNALS = ("coverage", "rare", "unknown", "unknown_term", "dense", "agree", "place_miss", "topic")
DENSE_FREE_SIGNALS = (
    "coverage",
    "rare",
    "unknown",
    "unknown_term",
    "agree",
    "place_miss",
    "topic",
)  # for embedders never calibrated


# A line break inside an English sentence: PDF text is wrapped at the page width ("…Dan Morgan
# (Department of\nTransportation) to be the first Council Vice-Chair."). A break is a wrap when
# the line before is long, ends mid-sentence and the next line goes on without an item mark.
_WRAP = re.compile(r"(?<=[A-Za-z0-9,\-–“\"'])\n(?=[A-Za-z0-9(“\"'])")
# Characters; a shorter line is a heading or a label ("Working Groups"). Measured on the shipped
# US documents: 95 % of the 2,161 lines that a lower-case line continues are 31 or more
# characters long; headings of up to six words are 23 characters long at the median.
MIN_WRAPPED_LINE = 30


def unwrap(text: str) -> str:
    """`text` with each wrapped line break (see _WRAP) made a space: same length, same offsets."""

    def join(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.start() - line_start < MIN_WRAPPED_LINE or LIST_ITEM.match(text, match.end()):
            return "\n"
        return " "

    return _WRAP.sub(join, text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a chunk, Chinese and English punctuation alike; a wrapped English
    line does not end a sentence."""
    spans: list[tuple[int, int]] = []
    text = unwrap(text)
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        piece = text[start:end]
        offset = 0
        for part in _EN_SENTENCE.split(piece):
            at = piece.find(part, offset)
            if part.strip():
                if spans and offset and _ABBREVIATION.search(text, 0, start + at):
                    spans[-1] = (spans[-1][0], start + at + len(part))  # "Mr. Vought", "U.S. Code"
                else:
                    spans.append((start + at, start + at + len(part)))
            offset = at + len(part)
    return spans


def signals(query: Query, hits: list[Hit], seen: Rankings, place_docs: set[str]) -> dict[str, float]:
    """What the answer model weighs: how much of the question's content the best passage holds,
    whether one of the top passages holds its rarest words, whether it names something no
    document names (杭州市, Texas), how much of the question no document uses, the best dense
    similarity, whether the dense and keyword sides agree on the top passages, whether a place
    the question names is missing from them, and whether its words are the documents' subject
    at all (kb.topic)."""
    top = hits[:5]
    coverage = max((h.coverage for h in top), default=0.0)
    dense = max((h.dense_score or 0.0 for h in top), default=0.0)
    both = [h for h in top[:3] if h.chunk.chunk_id in seen.dense and h.chunk.chunk_id in seen.keyword]
    place_miss = float(bool(place_docs) and not any(h.chunk.doc_id in place_docs for h in top[:3]))
    names = place_tokens(query.places)
    # the asker's everyday words (kb.topic.everyday_words) count only where a passage holds them
    rare = max(
        (rare_share(query.weighed, set(h.matched), names | (query.everyday - h.matched)) for h in top[:3]),
        default=0.0,
    )
    return {
        "coverage": coverage,
        "rare": rare,
        "unknown": query.weighed.unknown_share,
        "unknown_term": float(bool(query.unknown_terms)),
        "dense": dense,
        "agree": len(both) / max(len(top[:3]), 1),
        "place_miss": place_miss,
        "topic": query.topic,
    }


def _heading_of(chunk: Chunk) -> str:
    return fold_compact(chunk.section.split(" > ")[-1]) if chunk.section else ""


_ENDS = re.compile(r"[.;:!?。；：！？,，、)）\]】”\"]\s*$")
# A title's or a label's closing bracket: "…若干规定(草案)", "(牵头单位:县试点部门)" (a label: its
# clause says what the unit leads; kept as an answer sentence, tuning key-in-answer 0.648 -> 0.641).
_TITLE_BRACKET = re.compile(r"[^.;:!?。；：！？][)）]$")


def is_heading(sentence: str, chunk: Chunk) -> bool:
    """A heading, a label or a fragment, which never answers on its own: the chunk's own
    heading, a short line without closing punctuation, or a few words."""
    folded = fold_compact(LIST_ITEM.sub("", sentence))
    heading = _heading_of(chunk)
    if heading and (folded == heading or folded in heading or fold_compact(sentence) in heading):
        return True
    cjk = len(HAN_CHAR.findall(folded))
    unfinished = not _ENDS.search(sentence.strip())
    if cjk:
        # A title ends with its bracket, "…若干规定(草案)", "…指南（试行）"; a sentence closes first, "。）".
        unfinished = unfinished or bool(_TITLE_BRACKET.search(sentence.strip()))
        return cjk < 8 or (unfinished and cjk < 20)
    words = len(sentence.split())
    return words < 5 or (unfinished and words < 12)


# The passages an answer's sentences come from: the first three, or further down when those hold
# only headings and sign-offs (two signature blocks first for "Who chairs the CDO Council?").
ANSWER_PASSAGES = 3

# A document's sign-off: "Adopted on June 18, 2020 in Washington, D.C.", "Date Approved: December
# 16, 2020", "Respectfully,", "此件公开发布": when and by whom it was signed, never what it says.
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:adopted|approved|signed|ratified) (?:on|at|in|this)\b[^.]{0,60}?\d"
    r"|date(?: approved| adopted| signed)?\s*:|respectfully\b|sincerely\b|（?\(?此件公开发布)",
    re.IGNORECASE,
)


def is_sign_off(sentence: str) -> bool:
    """A sentence with a sign-off line in it (the signature block runs its lines together)."""
    return any(_SIGN_OFF.match(line) for line in fold_same_length(sentence, lower=True).splitlines())


# A notice's addressees (主送机关), the line before its body: "各区、县（市）人民政府，市政府各部门、
# 各直属单位：", "各设区市工信局,…各省级大数据产业园:". Bodies in a row, so it looks like a list, but
# it says to whom the notice goes, never what it says.
_ADDRESSEES = re.compile(
    r"^\s*(?:各|有关)[^。；;：:!?！？]{0,120}"
    r"(?:政府|单位|部门|机关|机构|厅|局|委|办|室|会|企业|公司|园|院|校|中心)\s*[：:]\s*$"
)


def is_addressee_line(sentence: str) -> bool:
    return bool(_ADDRESSEES.match(fold_same_length(sentence)))


# "一是设立政府首席数据官,明确领头人。": the lead phrase of a Chinese report's paragraph, its
# heading in all but layout; the facts are in the sentences after it.
_LEAD_PHRASE = re.compile(r"^\s*[一二三四五六七八九十]是[^。；;]{1,30}[。；;]?\s*$")


def is_lead_phrase(sentence: str) -> bool:
    return bool(_LEAD_PHRASE.match(sentence))


@dataclass
class Composed:
    text: str
    cited: list[Hit]  # in [n] order


class Answerer:
    def __init__(
        self,
        relevance: Relevance,
        embedder_name: str,
        params: AnswerParams,
        simplified: bool = True,
    ) -> None:
        self._relevance = relevance
        self.params = params
        self.model: AnswerModel = params.model(embedder_name)
        self._simplified = simplified

    def probability(self, values: dict[str, float]) -> float | None:
        """P(the passages answer the question); None before the model was fitted."""
        if not self.model.features:
            return None
        return self.model.probability(values)

    def answers(self, values: dict[str, float]) -> bool:
        if not values["coverage"] and not values["rare"]:
            # Passages holding none of the question's words (nor their translations) cannot be
            # judged to answer it, whatever the fit's bias or the dense similarity: no tuning
            # question is such a case, so the fit says nothing of it ("the best recipe for
            # dumplings" is near the corpus's "best practices" for e5, and shares no word).
            return False
        if values["topic"] < 0:
            # No word of the question is one the documents use more than general text does: it is
            # not about them, whatever passage happens to hold its everyday words (天气, parking).
            # Every answerable question of both halves has a word above that (the least, 0.56: a
            # question on 硬性时限), and the fit, linear in the signal, draws no line of its own.
            return False
        p = self.probability(values)
        return True if p is None else p >= self.model.threshold

    # -- composing ------------------------------------------------------------------------
    def compose(
        self,
        query: Query,
        hits: list[Hit],
        documents: dict[str, Document],
        answered: bool,
        kind: str = "what",
        lines: list[tuple[str, Chunk]] | None = None,
        chunks_of: Callable[[str], list[Chunk]] | None = None,
        asked: frozenset[str] = frozenset(),
        whole_list: bool = False,
        quoted: int | None = None,
    ) -> Answer:
        """The answer from `lines` (dates or duties quoted from chunks; `whole_list`: all there
        are, so their number is said) when extraction answered,
        else the whole list for a list question, else the sentences that best hold the question,
        preferring the shape its kind asks for (a holder, a number, a goal), from the first
        `quoted` passages (those of the place the question names) when given; those alone are
        the closest clauses of a "not found"."""
        if not hits:
            return Answer(query.text, NOT_FOUND_ZH if query.chinese else NOT_FOUND_EN, True, [], 0.0)
        if not answered:
            text = (NOT_FOUND_ZH + CLOSEST_ZH) if query.chinese else f"{NOT_FOUND_EN} {CLOSEST_EN}"
            missing = self._incomplete_note(query, hits[:3], documents)
            if missing:
                text += "\n" + missing
            closest = hits[:quoted]  # the named place's own, when it has any
            citations = [
                self._citation(n, h, documents[h.chunk.doc_id], True) for n, h in enumerate(closest, 1)
            ]
            return Answer(query.text, text, True, citations[:3], 0.0)
        composed = None
        if lines:
            composed = self._from_lines(hits, lines, quoted_first=whole_list)
            if whole_list and len(lines) >= 2:  # one document's list: say whose, and how long
                source = self._display(documents[lines[0][1].doc_id].title)
                head = f"《{source}》所列" if query.chinese else f"From {source}: "
                composed = Composed(
                    f"{head}{_count_head(len(lines), query.chinese)}\n{composed.text}", composed.cited
                )
        elif (
            kind == "list"
            and chunks_of is not None
            and not ANSWER_SHAPE["list"].search(fold(hits[0].chunk.text))
        ):
            composed = self._whole_list(query, hits, chunks_of)  # an inline list is quoted as a sentence
        if composed is None:
            composed = self._from_sentences(query, hits, ANSWER_SHAPE.get(kind), asked, quoted)
        citations = [
            self._citation(n, h, documents[h.chunk.doc_id], False) for n, h in enumerate(composed.cited, 1)
        ]
        return Answer(query.text, self._display(composed.text), False, citations, 0.0)

    def _from_lines(
        self, hits: list[Hit], lines: list[tuple[str, Chunk]], quoted_first: bool = False
    ) -> Composed:
        """`quoted_first`: the quoted chunks lead the citations (a role's list of duties may come
        from a document ranked below the first passages)."""
        quoted = [chunk for _, chunk in lines]
        if quoted_first:
            leading = {c.chunk_id: c for c in quoted}
            hits = [Hit(c, 0.0) for c in leading.values()] + [
                h for h in hits if h.chunk.chunk_id not in leading
            ]
        ordered = _cited_after(hits, quoted)
        number = {h.chunk.chunk_id: n for n, h in enumerate(ordered, start=1)}
        return Composed("\n".join(f"{line} [{number[chunk.chunk_id]}]" for line, chunk in lines), ordered)

    def _from_sentences(
        self,
        query: Query,
        hits: list[Hit],
        shape: re.Pattern[str] | None,
        asked: frozenset[str] = frozenset(),
        quoted: int | None = None,
    ) -> Composed:
        """One or two sentences that hold most of the question (kb.relevance), each read with its
        passage's headings, earlier passages first on ties; among the near-best (and the
        sentences of the shape the question asks for down to `shape_sentence_ratio` of the best,
        and any that counts what a how-many question counts), one that counts it first (kb.intents
        `counts`), then one on a dimension the question asks about (`asked`, kb.dimensions: by its
        words or its headings), then one of the asked shape."""
        p = self.params
        # The places the question names say which documents answer, not which of their
        # sentences: a Guangzhou plan's preamble naming 广州 is no nearer the question.
        names = place_tokens(query.places)
        content = {t: w for t, w in query.weighed.content.items() if t not in names}
        weighed = Weighed(content, query.weighed.unknown_share) if content else query.weighed
        scored: list[tuple[float, int, int, str]] = []
        for n, hit in enumerate(hits[:quoted], start=1):
            if n > ANSWER_PASSAGES and scored:
                break  # the later passages only when the first hold nothing but headings, sign-offs
            text = hit.chunk.text
            # A sentence is read under its headings: "建立县、镇两级首席数据官制度" under
            # "二、工作目标" answers "想达到啥目标".
            context = token_set(hit.chunk.section)
            lead: frozenset[str] = frozenset()
            for start, end in split_sentences(text):
                sentence = text[start:end]
                if is_lead_phrase(sentence):
                    lead = token_set(sentence)  # read with the sentences up to the next one
                    continue
                if is_heading(sentence, hit.chunk) or is_sign_off(sentence) or is_addressee_line(sentence):
                    continue
                words = token_set(sentence) | context | lead
                score = self._relevance.coverage(weighed, query.bridges, words)
                scored.append((score * (1.0 - p.sentence_rank_decay * (n - 1)), n, start, sentence))
        scored = [
            s for s in scored if s[0] > 0
        ] or scored  # a sentence holding none of the question is a last resort
        # Who holds a role: not a sentence that puts someone in another role (数据专员由…担任
        # beside 首席数据官由…兼任, when the question asks about the 首席数据官).
        roles = roles_named(query.text) if "holder" in asked else frozenset()
        if roles:
            scored = [s for s in scored if not (held := roles_held(s[3])) or held & roles] or scored
        if not scored:
            return Composed(f"{hits[0].chunk.text.strip()} [1]", hits)
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        near = [s for s in scored if s[0] >= p.second_sentence_ratio * scored[0][0]]
        shaped = [
            s
            for s in scored
            if s not in near
            and s[0] >= p.shape_sentence_ratio * scored[0][0]
            and shape
            and shape.search(fold(s[3]))
        ]

        def counting(s: tuple[float, int, int, str]) -> bool:
            # "Our 90 CDO members" answers how many members, however little else of the question it holds
            return bool(query.counted) and s[0] > 0 and counts(s[3], query.counted)

        defines = asks_definition(query.text)

        def defining(s: tuple[float, int, int, str]) -> bool:
            # "达州市首席数据官的定义是…" answers how Dazhou defines the role, before its duties
            return defines and s[0] > 0 and states_definition(s[3], query.text)

        preferred = [s for s in scored if (counting(s) or defining(s)) and s not in near and s not in shaped]
        best = min(
            near + shaped + preferred,
            key=lambda s: (
                not counting(s),
                not defining(s),
                not (asked and dimensions_of(hits[s[1] - 1].chunk.section, s[3]) & asked),
                not (shape is not None and shape.search(fold(s[3]))),
            ),
        )  # min keeps the first of equals: the best-covering sentence among the preferred
        chosen = [best]
        for candidate in near:
            if len(chosen) == 2:
                break
            if candidate[3] != best[3] and candidate[0] > 0:
                chosen.append(candidate)
        chosen.sort(key=lambda s: (s[1], s[2]))
        # A sentence holds no line break but wrapped ones (split_sentences): shown as spaces.
        shown = [(n, sentence.strip().replace("\n", " ")) for _, n, _, sentence in chosen]
        return Composed(" ".join(f"{sentence} [{n}]" for n, sentence in shown), hits)

    def _whole_list(
        self, query: Query, hits: list[Hit], chunks_of: Callable[[str], list[Chunk]]
    ) -> Composed | None:
        """Every item of the list the best passage belongs to, counted: the passages under its
        parent heading, or the numbered lines of its own section."""
        best = hits[0].chunk
        if not best.section:
            return None  # no structure to find the list in
        chunks = chunks_of(best.doc_id)
        same = [c for c in chunks if c.section == best.section]
        items = [(line, c) for c in same for line in _numbered_lines(c.text)]
        if len(items) < 2 and " > " in best.section:
            parent = best.section.rsplit(" > ", 1)[0] + " > "
            children = [c for c in chunks if c.section.startswith(parent)]
            labels: dict[str, Chunk] = {}
            for c in children:
                labels.setdefault(c.section[len(parent) :].split(" > ")[0], c)
            if len(labels) >= 2:
                items = [(_first_sentence(c, label), c) for label, c in labels.items()]
        if not 2 <= len(items) <= MAX_LIST_ITEMS:
            return None
        ordered = _cited_after(hits, [c for _, c in items])
        number = {h.chunk.chunk_id: n for n, h in enumerate(ordered, start=1)}
        head = _count_head(len(items), query.chinese)
        body = "\n".join(f"{line.strip()} [{number[c.chunk_id]}]" for line, c in items)
        return Composed(f"{head}\n{body}", ordered)

    def compare(
        self,
        query: Query,
        per_place: list[tuple[str, Query, list[Hit], bool]],
        documents: dict[str, Document],
        kind: str,
        asked: frozenset[str] = frozenset(),
    ) -> Answer:
        """One line per place, each quoted from that place's own passages and cited, a sentence
        on the compared dimensions (`asked`) first; a place whose documents do not answer is
        named as such (and an incomplete copy said so)."""
        lines: list[str] = []
        cited: list[tuple[Hit, bool]] = []
        sep = "：" if query.chinese else ": "
        for place, place_query, hits, answered in per_place:
            name = self._display(place)
            if not answered:
                missing = NOT_STATED_ZH if query.chinese else NOT_STATED_EN
                note = self._incomplete_note(query, hits[:1], documents) if hits else ""
                lines.append(f"{name}{sep}{missing}" + (f" {note}" if note else ""))
                cited += [(h, True) for h in hits[:1]]
                continue
            first = len(cited)
            composed = self._from_sentences(place_query, hits, ANSWER_SHAPE.get(kind), asked)
            text = re.sub(r"\[(\d+)\]", lambda m, shift=first: f"[{int(m.group(1)) + shift}]", composed.text)
            lines.append(f"{name}{sep}{text}")
            cited += [(h, False) for h in composed.cited]
        no_answer = all(closest for _, closest in cited) or not cited
        citations = [
            self._citation(n, h, documents[h.chunk.doc_id], closest)
            for n, (h, closest) in enumerate(cited, 1)
        ]
        return Answer(query.text, self._display("\n".join(lines)), no_answer, citations, 0.0)

    # -- citations ------------------------------------------------------------------------
    def _display(self, text: str) -> str:
        return to_simplified(text) if self._simplified else text

    def _citation(self, n: int, hit: Hit, doc: Document, closest: bool) -> Citation:
        chunk = hit.chunk
        shown = self._display(chunk.text)
        return Citation(
            n=n,
            doc_id=chunk.doc_id,
            title=self._display(doc.title),
            issuer=self._display(doc.issuer),
            date=doc.date,
            doc_number=self._display(doc.doc_number),
            section=self._display(chunk.section),
            text=shown,
            score=round(hit.score, 6),
            page=chunk.page,
            chunk_id=chunk.chunk_id,
            text_original=chunk.text,
            complete=is_complete(doc),
            closest=closest,
        )

    def _incomplete_note(self, query: Query, hits: list[Hit], documents: dict[str, Document]) -> str:
        """Why a document that should answer may not: its stored copy stops early."""
        cut = [documents[h.chunk.doc_id] for h in hits if not is_complete(documents[h.chunk.doc_id])]
        titles = list(dict.fromkeys(self._display(d.title) for d in cut))[:2]
        if not titles:
            return ""
        if query.chinese:
            return (
                "注意："
                + "、".join(f"《{t}》" for t in titles)
                + "的收录文本不完整，答案可能在未收录的部分。"
            )
        return (
            "Note: the stored copy of "
            + "; ".join(titles)
            + " is incomplete; the answer may be in the missing part."
        )


def _count_head(n: int, chinese: bool) -> str:
    return f"共{n}项：" if chinese else f"{n} items:"


def _cited_after(hits: list[Hit], chunks: list[Chunk]) -> list[Hit]:
    """The retrieved passages in their order, then the other chunks an answer quotes: what
    retrieval ranked first stays first."""
    seen = {h.chunk.chunk_id for h in hits}
    extra = [Hit(c, 0.0) for c in {c.chunk_id: c for c in chunks}.values() if c.chunk_id not in seen]
    return [*hits, *extra]


def _numbered_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if LIST_ITEM.match(line) and len(fold_compact(line)) > 3]


def _first_sentence(chunk: Chunk, label: str) -> str:
    """An item's line: its heading, and the sentence after it when the heading is only a label."""
    text = chunk.text.strip()
    at = text.find(label[:12]) if label else -1
    text = text[at:] if at >= 0 else text
    spans = split_sentences(text)
    if not spans:
        return text[:200]
    first = text[spans[0][0] : spans[0][1]].strip()
    if len(spans) > 1 and is_heading(first, chunk):
        first = f"{first} {text[spans[1][0] : spans[1][1]].strip()}"
    return first[:200]
