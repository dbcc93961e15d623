from hypothesis import given
from hypothesis import strategies as st

from kb.fusion import reciprocal_rank_fusion


def reference_rrf(rankings, k=60.0):
    scores = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


ids = st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=10)


@given(st.lists(ids, max_size=4))
def test_rrf_matches_reference(rankings):
    fused = reciprocal_rank_fusion(rankings)
    reference = reference_rrf(rankings)
    assert {i for i, _ in fused} == set(reference)
    for item, score in fused:
        assert abs(score - reference[item]) < 1e-12
    assert [s for _, s in fused] == sorted((s for _, s in fused), reverse=True)


def test_item_in_both_rankings_wins():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "c"]])
    assert fused[0][0] == "b"
