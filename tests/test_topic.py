"""Whether a question is about what the documents are about (kb.topic), the keyword index's
token counts it reads, and the "not found" it leads to."""

from __future__ import annotations

import json

import pytest

from kb.topic import GENERAL_FLOOR, LIFT_LIMIT, general_rate, lift, topic_lift


def test_an_english_stem_has_the_rate_of_the_words_it_stems_from():
    import wordfreq

    assert general_rate("designat") == pytest.approx(
        sum(
            wordfreq.word_frequency(w, "en") for w in ("designate", "designated", "designates", "designating")
        )
    )
    assert general_rate("data") >= wordfreq.word_frequency("data", "en")  # and "datas"
    assert general_rate("天气") > 1e-5
    assert general_rate("qqzzxxyy") == GENERAL_FLOOR


def test_lift_is_held_to_tenfold_either_way_and_none_for_an_unused_word():
    rates = {"首席数据官": 0.01, "天气": 1e-7, "数据": general_rate("数据") * 3}
    assert lift("首席数据官", rates.get) == LIFT_LIMIT
    assert lift("天气", lambda t: rates.get(t, 0.0)) == -LIFT_LIMIT
    assert lift("数据", rates.get) == pytest.approx(0.477, abs=0.01)  # three times: log10 3
    assert lift("公积金", lambda t: 0.0) is None


def test_the_most_typical_word_counts_in_either_language_but_no_number_or_single_character():
    rates = {"2030": 0.5, "里": 0.5, "天气": 1e-7, "memorandum": 0.01}.get

    def rate(token: str) -> float:
        return rates(token) or 0.0

    assert topic_lift(["2030", "里", "天气"], {}, rate) == -LIFT_LIMIT
    assert topic_lift(["天气", "备忘录"], {"备忘录": ("memorandum", "memo")}, rate) == LIFT_LIMIT
    assert topic_lift([], {}, rate) is None  # nothing to judge
    # a document's number is its own (M-19-23), a word the documents use is judged by itself
    assert topic_lift(["m-19-23"], {}, lambda t: 0.01 if t == "m-19-23" else 0.0) == LIFT_LIMIT


def test_the_keyword_index_counts_tokens_and_rebuilds_an_index_saved_without_counts(tmp_path):
    from kb.catalog import Catalog
    from kb.keyword import KeywordIndex

    catalog = Catalog(tmp_path / "catalog.sqlite")
    index = KeywordIndex(tmp_path / "keyword", catalog)
    empty = index.ensure_current()
    assert empty.rate("data") == 0.0
    info = tmp_path / "keyword" / "info.json"
    saved = json.loads(info.read_text("utf-8"))
    assert saved["counts"] == {}
    del saved["counts"]  # as saved before token counts were
    info.write_text(json.dumps(saved), "utf-8")
    stale = KeywordIndex(tmp_path / "keyword", catalog)
    assert stale.saved_state()[0] is None  # `cdokb check` calls it stale too
    again = stale.ensure_current()
    assert "counts" in json.loads(info.read_text("utf-8")) and again.total_tokens == 0


def test_rates_are_shares_of_all_the_chunks_tokens():
    import numpy as np

    from kb.keyword import KeywordSnapshot

    snapshot = KeywordSnapshot(
        0, None, ["a", "b"], np.array(["d", "d"], dtype=object), {}, {"cdo": 3, "plan": 1}, 4
    )
    assert snapshot.rate("cdo") == 0.75 and snapshot.rate("weather") == 0.0


def test_a_question_with_no_word_typical_of_the_documents_is_not_answered():
    from kb.answer import Answerer
    from kb.params import tuned
    from kb.relevance import Relevance

    answerer = Answerer(Relevance(lambda token: 1, lambda: 10, 0.5), "e5", tuned().answer)
    strong = {"coverage": 0.9, "rare": 1.0, "unknown": 0.0, "unknown_term": 0.0, "dense": 0.9}
    strong |= {"agree": 1.0, "place_miss": 0.0}
    assert answerer.answers({**strong, "topic": LIFT_LIMIT})
    assert not answerer.answers({**strong, "topic": -0.1})


def test_everyday_words_are_those_the_documents_use_no_more_than_general_text_in_either_language():
    """How the asker talks (supposed, 交给) is no rarer in what answers than in any text; a word
    the documents use more (chair), or whose translation they do (主席: chair), is theirs."""
    from kb.topic import everyday_words

    rates = {"suppos": general_rate("suppos") / 50, "chair": 0.01, "交给": general_rate("交给") / 10}

    def rate(token: str) -> float:
        return rates.get(token, 0.0)

    words = ["suppos", "chair", "交给", "主席", "问问"]
    translations = {"主席": ("chair",), "交给": ("give", "hand")}
    assert everyday_words(words, translations, rate) == frozenset({"suppos", "交给", "问问"})


def test_the_rarest_words_the_answer_model_weighs_leave_the_askers_everyday_words_out():
    """ "Who is supposed to serve as Hulunbuir's CDO?" is answered by the clause naming the
    holder, though no passage says "supposed": the rare signal weighs the question's rarest words
    that are the documents' own, or that the passage holds (kb.answer.signals)."""
    import numpy as np

    from kb.answer import signals
    from kb.relevance import Weighed
    from kb.retrieve import Query, Rankings
    from kb.types import Chunk, Hit

    text = "市首席数据官由分管副市长担任。"
    hit = Hit(Chunk("h", 0, text, 0, len(text)), 1.0, 0.9, 3.0, 0.5, frozenset({"serv", "cdo", "担任"}))
    weighed = Weighed({"suppos": 9.5, "serv": 3.6, "cdo": 1.6})
    query = Query("Who is supposed to serve as the CDO?", ["suppos", "serv", "cdo"], np.zeros(0), False)
    query.weighed = weighed
    assert signals(query, [hit], Rankings(), set())["rare"] == pytest.approx(3.6 / (9.5 + 3.6))
    query.everyday = frozenset({"suppos"})
    assert signals(query, [hit], Rankings(), set())["rare"] == 1.0
    # ... though one a passage holds still counts for it (储备金, a reserve fund the report names)
    holding = Hit(hit.chunk, 1.0, 0.9, 3.0, 0.5, frozenset({"suppos", "cdo"}))
    assert signals(query, [holding], Rankings(), set())["rare"] == pytest.approx(9.5 / (9.5 + 3.6))
