"""Settings: every knob with its default and environment override (CDOKB_HOME, CDOKB_EMBEDDER,
CDOKB_CHROMA_URL, CDOKB_COLLECTION, CDOKB_THREADS, CDOKB_SCRIPT); command-line options win over both."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

# Keep everything off the network before any library reads its own settings.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _positive_int(name: str, value: str) -> int:
    from kb.errors import UsageError

    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"{name}={value!r} is not a positive whole number; set it to e.g. 2")
    return int(value)


PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = PROJECT_ROOT / "corpus"


def cache_dir() -> Path:
    """Derived files that any process may rebuild (jieba's dictionary, the parsed CC-CEDICT)."""
    return Path.home() / ".cache" / "cdokb"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("cdokb", appauthor=False))


# Longest question answered (issue #8): longer ones are pasted documents, not questions, and
# would hold the shared queue for a minute of CPU.
MAX_QUESTION_CHARS = 500
MAX_K = 20  # most citations one question may ask for (the CLI's --k range)
# Seconds after which a question searches no further parts of itself (issue #12: one asker must
# not hold the shared queue). The heaviest 500-character questions take 1.6 s here on 2 cores.
ASK_BUDGET_S = 2.0


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    embedder: str = "e5"
    chroma_url: str = ""
    collection: str = "cdokb"
    threads: int = 2
    original_script: bool = False  # show answers as written (traditional stays traditional)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        settings = cls(
            data_dir=Path(env["CDOKB_HOME"]) if env.get("CDOKB_HOME") else default_data_dir(),
            embedder=env.get("CDOKB_EMBEDDER", "e5") or "e5",
            chroma_url=env.get("CDOKB_CHROMA_URL", ""),
            collection=env.get("CDOKB_COLLECTION", "cdokb") or "cdokb",
            threads=_positive_int("CDOKB_THREADS", env.get("CDOKB_THREADS", "2") or "2"),
            original_script=env.get("CDOKB_SCRIPT", "simplified") == "original",
        )
        given = {k: v for k, v in overrides.items() if v not in (None, "")}
        if "data_dir" in given:
            given["data_dir"] = Path(str(given["data_dir"])).expanduser()
        return replace(settings, **given)  # type: ignore[arg-type]
