"""evaluation/llm_report.py's pure parts: the fixed question sample, the reason kinds and the
summary (no model needed)."""

from __future__ import annotations

from evaluation.llm_report import QUESTIONS, Row, choose, percentile, reason_kind, summary
from evaluation.score import load_questions


def question(id_: str, lang: str, split: str = "heldout", kind: str = "who", keys=("k",)) -> dict:
    return {"id": id_, "lang": lang, "kind": kind, "question": f"q{id_}", "keys": list(keys), "split": split}


def test_choose_takes_heldout_answerable_questions_by_id_languages_in_turn():
    items = [
        question("a-05", "zh"),
        question("a-01", "zh"),
        question("a-02", "en"),
        question("a-03", "zh", split="tune"),
        question("a-04", "en", kind="compare"),
        question("a-06", "en", keys=()),
        question("a-07", "zh"),
        question("a-08", "en"),
        question("a-09", "zh"),
    ]
    assert [q["id"] for q in choose(items, 10)] == ["a-01", "a-02", "a-05", "a-08", "a-07", "a-09"]
    assert [q["id"] for q in choose(items, 3)] == ["a-01", "a-02", "a-05"]


def test_choose_on_the_shipped_questions_is_stable_and_mixed():
    items = load_questions(QUESTIONS)
    first = choose(items, 30)
    assert len(first) == 30
    assert [q["id"] for q in first] == [q["id"] for q in choose(list(reversed(items)), 30)]
    assert sum(q["lang"] == "zh" for q in first) == 15
    assert all(q["split"] == "heldout" and q["keys"] and q["kind"] != "compare" for q in first)


def test_reason_kind_names_each_reason_of_the_check():
    assert reason_kind("no citation") == "no citation"
    assert reason_kind("cites [7], which does not exist") == "cites a missing clause"
    assert reason_kind("the number 5 is not in [1]") == "number"
    assert reason_kind("the date 2023年5月 (2023-05) is not in [1] or [2]") == "date"
    assert reason_kind("the quotation “应上尽上” is not word for word in [2]") == "quotation"
    assert reason_kind("the place 广州市 is not in [1]") == "place"
    assert reason_kind("something new") == "other"


def test_percentile_is_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([3.0], 0.9) == 3.0
    assert percentile([float(v) for v in range(1, 11)], 0.9) == 9.0
    assert percentile([float(v) for v in range(1, 11)], 0.5) == 5.0


def test_summary_counts_outcomes_reasons_and_times():
    rows = [
        Row("1", "zh", "who", "q", "llm", "", 2, [{"sentence": "s", "reason": "r", "kind": "number"}], 4.0),
        Row(
            "2",
            "en",
            "who",
            "q",
            "extractive",
            "unsupported",
            0,
            [
                {"sentence": "s", "reason": "r", "kind": "no citation"},
                {"sentence": "t", "reason": "r", "kind": "number"},
            ],
            8.0,
            pieces=40,
            pieces_per_s=20.0,
            first_piece_s=1.0,
        ),
        Row("3", "en", "who", "q", "extractive", "no_answer", 0, wall_s=0.0),
        Row("4", "zh", "who", "q", "error", "", 0, wall_s=120.0, error="timeout"),
    ]
    got = summary(rows)
    assert got["kept_as_llm"] == 1
    assert got["fell_back"] == {"unsupported": 1, "no_answer": 1}
    assert got["errors"] == 1
    assert (got["sentences_kept"], got["sentences_dropped"]) == (2, 3)
    assert got["dropped_by_reason"] == {"number": 2, "no citation": 1}
    assert got["wall_s_median"] == 6.0  # the model was asked twice; "no answer" never asks it
    assert got["wall_s_p90"] == 8.0
    assert got["pieces_per_s_median"] == 20.0
    assert got["first_piece_s_median"] == 1.0
