"""Shared fixtures. The fake embedder is for fast unit tests of logic only; end-to-end claims
use the real bundled embedder (tests marked slow)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

# Shared, noisy 2-core machines: no per-example deadlines; fixed seeds so CI runs repeat.
settings.register_profile(
    "cdokb", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("cdokb")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


class FakeEmbedder:
    """Hashed bag of tokens: deterministic, instant, good enough to exercise the plumbing."""

    name = "fake"
    dim = 256

    def _vector(self, text: str) -> np.ndarray:
        from kb.text import tokenize

        vector = np.zeros(self.dim, dtype=np.float32)
        for token in tokenize(text):
            vector[int(hashlib.md5(token.encode()).hexdigest()[:8], 16) % self.dim] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector + 1.0 / np.sqrt(self.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test touches the user's real knowledge base."""
    monkeypatch.setenv("CDOKB_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def fake_kb(tmp_path):
    from ingest.ingester import PIPELINE
    from kb.config import Settings
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(
        Settings(data_dir=tmp_path / "kb", embedder="fake"), embedder=FakeEmbedder(), ingester=PIPELINE
    )
    yield kb
    kb.close()
