"""Whether a question is about what the documents are about: how much more often the documents
use its most typical word than general language does.

A question made of everyday words (今天深圳天气怎么样, "Where do I renew my parking permit?")
finds passages that happen to hold some of them, and coverage alone cannot tell it from a
question about the documents, which always holds at least one word the documents use far more
than everyday text (首席数据官, 试点, statute, council). General language's rates are wordfreq's
(Speer 2022; code Apache-2.0, data CC BY-SA 4.0), shipped in the package, read offline.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache

from kb.text import english_tokens

# wordfreq's "large" lists stop at a rate of 1e-8; a word missing from them is rarer than that.
GENERAL_FLOOR = 1e-8
# log10 of the ratio at which the signal stops growing, either way: a word used ten times as
# often as in general text is the documents' own vocabulary (首席数据官 is 10^4 times), however
# much more; ten times rarer is as foreign to them as a word they never use.
LIFT_LIMIT = 1.0
# What stemming takes off an English word (kb.text._stem), put back to find it in general
# language's list: the stem "designat" is "designate", "designated", "designating" …
_ENDINGS = ("", "e", "s", "es", "ed", "d", "ing", "ies")


@lru_cache(maxsize=8192)
def general_rate(token: str) -> float:
    """How often general text uses a token: a Chinese word's rate, an English stem's as the sum
    of the words it stems from."""
    import wordfreq

    if not token.isascii():
        return max(wordfreq.word_frequency(token, "zh", minimum=0.0), GENERAL_FLOOR)
    words = {token + ending for ending in _ENDINGS}
    words |= {token + token[-1] + ending for ending in ("ed", "ing")}  # submit: submitted
    if token.endswith("y"):
        words.add(token[:-1] + "ies")
    rate = sum(wordfreq.word_frequency(w, "en", minimum=0.0) for w in words if english_tokens(w) == [token])
    return max(rate, GENERAL_FLOOR)


def lift(token: str, documents_rate: Callable[[str], float]) -> float | None:
    """log10 of how much more often the documents use `token` than general text, held to
    ±LIFT_LIMIT; None for a token they never use."""
    rate = documents_rate(token)
    if not rate:
        return None
    ratio = math.log10(rate / general_rate(token))
    return max(-LIFT_LIMIT, min(LIFT_LIMIT, ratio))


def topic_lift(
    words: Iterable[str], translations: dict[str, tuple[str, ...]], documents_rate: Callable[[str], float]
) -> float | None:
    """The lift of the question's most document-typical word, in its own language or translated
    (an English question about a Chinese regulation: regulation, 条例; a Chinese one about an
    English memo: 备忘录, memorandum); -LIFT_LIMIT when no word is theirs; None when no word is
    left to judge. The best of a word's senses counts: their mean ("permit": 证照 among 许可 …)
    refused more answerable questions (README). Numbers are no topic (2030, 6), though a
    document's number is (M-19-23), and neither are single Chinese characters (里, 定)."""
    words = [w for w in words if not w.isdigit() and (w.isascii() or len(w) > 1)]
    if not words:
        return None
    values = (word_lift(w, translations, documents_rate) for w in words)
    return max((v for v in values if v is not None), default=-LIFT_LIMIT)


def word_lift(
    word: str, translations: dict[str, tuple[str, ...]], documents_rate: Callable[[str], float]
) -> float | None:
    """A word's lift as the documents write it, in its own language or translated: the best of
    its senses; None when they use none of them."""
    values = (lift(t, documents_rate) for t in (word, *translations.get(word, ())))
    return max((v for v in values if v is not None), default=None)


def everyday_words(
    words: Iterable[str], translations: dict[str, tuple[str, ...]], documents_rate: Callable[[str], float]
) -> frozenset[str]:
    """The words the documents use no more often than general text does, in either language
    (supposed, quick, 多久, 一共): how the asker talks, not what the answer holds. As a knowledge
    base grows, every such word turns up in some file, and its rarity there says nothing."""
    return frozenset(
        word
        for word in words
        if (value := word_lift(word, translations, documents_rate)) is None or value <= 0
    )
