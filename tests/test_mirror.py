"""kb.mirror: the vectors of the passages a search is held to, copied from a real embedded Chroma
and scored exactly."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.mirror import VectorMirror, nearest
from kb.store import VectorStore

DIM = 16


def _store(tmp_path, docs: dict[str, int], seed: int = 0) -> tuple[VectorStore, dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    store = VectorStore(tmp_path, "test-embedder")
    vectors: dict[str, np.ndarray] = {}
    for doc_id, n in docs.items():
        ids = [f"{doc_id}#{i}" for i in range(n)]
        rows = rng.normal(size=(n, DIM)).astype(np.float32)
        store.upsert(ids, rows, [{"doc_id": doc_id} for _ in ids], chinese=True)
        vectors.update(zip(ids, rows, strict=True))
    return store, vectors


def _exact(vectors: dict[str, np.ndarray], query: np.ndarray, ids: list[str], k: int) -> list[str]:
    def cosine(v: np.ndarray) -> float:
        return float(v @ query / (np.linalg.norm(v) * np.linalg.norm(query)))

    return sorted(ids, key=lambda cid: -cosine(vectors[cid]))[:k]


def test_a_search_held_to_documents_is_exact_and_agrees_with_chroma(tmp_path) -> None:
    store, vectors = _store(tmp_path, {"a": 30, "b": 20, "c": 25})
    query = np.random.default_rng(1).normal(size=DIM).astype(np.float32)
    held = [cid for cid in vectors if not cid.startswith("c#")]
    found = store.query(query, 10, True, {"doc_id": ["a", "b"]})
    assert [cid for cid, _ in found] == _exact(vectors, query, held, 10)
    chroma = store._collections[True].query(
        query_embeddings=[query], n_results=10, where={"doc_id": {"$in": ["a", "b"]}}, include=["distances"]
    )
    assert [cid for cid, _ in found] == chroma["ids"][0]
    among = ["a#3", "c#7", "b#1", "gone#0"]  # a passage without a stored vector is left out
    assert [cid for cid, _ in store.query(query, 5, True, None, among)] == _exact(
        vectors, query, among[:3], 5
    )


def test_a_search_of_the_whole_library_is_exact_and_agrees_with_chroma(tmp_path, monkeypatch) -> None:
    import kb.store

    monkeypatch.setattr(kb.store, "PAGE", 7)  # copied in pages
    store, vectors = _store(tmp_path, {"a": 30, "b": 20, "c": 25})
    query = np.random.default_rng(2).normal(size=DIM).astype(np.float32)
    found = store.query(query, 12, True)
    assert [cid for cid, _ in found] == _exact(vectors, query, list(vectors), 12)
    chroma = store._collections[True].query(query_embeddings=[query], n_results=12, include=["distances"])
    assert [cid for cid, _ in found] == chroma["ids"][0]
    assert np.allclose([score for _, score in found], [1 - d for d in chroma["distances"][0]], atol=1e-5)
    assert store.query(query, 3, False) == []  # no English passages
    ids, _ = store._mirror.of_language(True, lambda: 0, lambda: [])
    assert sorted(ids) == sorted(vectors)  # every passage once


def test_a_library_larger_than_the_copy_limit_is_searched_by_chroma(tmp_path, monkeypatch) -> None:
    import kb.mirror

    monkeypatch.setattr(kb.mirror, "MAX_LANGUAGE_VECTORS", 10)
    store, vectors = _store(tmp_path, {"a": 30})
    query = vectors["a#7"]
    assert store.query(query, 3, True)[0][0] == "a#7"
    assert store._mirror._languages == {True: None}  # counted once, nothing copied


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=30),
    st.integers(min_value=1, max_value=35),
)
def test_nearest_orders_ties_as_a_full_stable_sort(picks: list[int], k: int) -> None:
    directions = np.eye(5, dtype=np.float32)  # few distinct rows: many exact ties
    rows = directions[picks]
    query = np.array([0.5, 0.5, 0.3, 0.0, 0.1], dtype=np.float32)
    ids = [f"p{i}" for i in range(len(picks))]
    similarity = rows @ (query / np.linalg.norm(query))
    expected = [ids[i] for i in np.argsort(-similarity, kind="stable")[:k]]
    assert [cid for cid, _ in nearest(query, ids, rows, k)] == expected


def test_a_write_drops_the_copies(tmp_path) -> None:
    store, vectors = _store(tmp_path, {"a": 5})
    query = vectors["a#2"]
    assert store.query(query, 1, True, {"doc_id": ["a"]})[0][0] == "a#2"
    assert store.query(query, 1, True)[0][0] == "a#2"
    store.upsert(["a#4"], query[None, :] * 2, [{"doc_id": "a"}], chinese=True)  # a#4 now points the same way
    best = {cid for cid, score in store.query(query, 2, True, {"doc_id": ["a"]}) if score > 0.999}
    assert best == {"a#2", "a#4"}
    assert {cid for cid, score in store.query(query, 2, True) if score > 0.999} == {"a#2", "a#4"}
    store.delete(["a#2"])
    assert "a#2" not in [cid for cid, _ in store.query(query, 5, True, {"doc_id": ["a"]})]
    assert "a#2" not in [cid for cid, _ in store.query(query, 5, True)]


def test_a_load_begun_before_a_write_keeps_nothing() -> None:
    mirror = VectorMirror()
    loads: list[list[str]] = []

    def load_during_a_write(missing: list[str]) -> list[tuple[str, str, list[float]]]:
        loads.append(missing)
        mirror.forget()  # another thread writes while this one reads the store
        return [("a", "a#0", [1.0, 0.0])]

    def load(missing: list[str]) -> list[tuple[str, str, list[float]]]:
        loads.append(missing)
        return [("a", "a#0", [3.0, 4.0])]

    ids, rows = mirror.of_documents(True, ["a"], load_during_a_write)
    assert ids == ["a#0"] and rows.tolist() == [[1.0, 0.0]]  # this search still gets what it read
    ids, rows = mirror.of_documents(True, ["a"], load)  # read again: nothing was kept
    assert np.allclose(rows, [[0.6, 0.8]])
    mirror.of_documents(True, ["a"], load)  # held now
    assert loads == [["a"], ["a"]]
    ids, rows = mirror.of_documents(True, ["b"], lambda missing: [])  # a document without vectors
    assert ids == [] and rows.size == 0


def test_nearest_ranks_by_cosine() -> None:
    rows = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    assert [cid for cid, _ in nearest(np.array([0.0, 2.0]), ["x", "y", "z"], rows, 2)] == ["z", "y"]
    assert nearest(np.array([1.0, 0.0]), [], np.zeros((0, 0)), 3) == []


def test_the_most_held_is_a_limit(monkeypatch) -> None:
    import kb.mirror

    monkeypatch.setattr(kb.mirror, "MAX_VECTORS", 3)
    mirror = VectorMirror()
    rows = [("a", f"a#{i}", [1.0, float(i)]) for i in range(4)]
    ids, _ = mirror.of_documents(True, ["a"], lambda missing: rows)
    assert len(ids) == 4  # this search reads them all ...
    loads = []
    mirror.of_documents(True, ["a"], lambda missing: loads.append(missing) or rows)
    assert loads == [["a"]]  # ... and none is held


def test_a_whole_language_read_while_another_process_wrote_is_used_once_not_kept() -> None:
    mirror = VectorMirror()
    loads: list[int] = []

    def paged_during_a_write() -> list[tuple[str, str, list[float]]]:
        loads.append(1)  # a page boundary moved: one passage read twice, one missed
        return [("", "a#0", [1.0, 0.0]), ("", "a#1", [0.0, 1.0]), ("", "a#1", [0.0, 1.0])]

    ids, rows = mirror.of_language(True, lambda: 3, paged_during_a_write)
    assert ids == ["a#0", "a#1"] and rows.shape == (2, 2)  # each passage once
    mirror.of_language(True, lambda: 3, paged_during_a_write)
    assert len(loads) == 2  # not held: read again
