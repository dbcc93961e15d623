"""One settings table: every knob, its default, its environment override and what it is for."""

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

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = PROJECT_ROOT / "corpus"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("cdokb", appauthor=False))


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS_TABLE = [
    Setting("data_dir", "CDOKB_HOME", "per-user data dir", "where the knowledge base lives"),
    Setting(
        "embedder",
        "CDOKB_EMBEDDER",
        "e5",
        "e5 (bundled multilingual-e5-small) or st:NAME_OR_PATH (a sentence-transformers model)",
    ),
    Setting(
        "chroma_url", "CDOKB_CHROMA_URL", "", "http://HOST:PORT of a `chroma run` server; empty = embedded"
    ),
    Setting("collection", "CDOKB_COLLECTION", "cdokb", "Chroma collection name"),
    Setting("threads", "CDOKB_THREADS", "2", "CPU threads for the embedder"),
]


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    embedder: str = "e5"
    chroma_url: str = ""
    collection: str = "cdokb"
    threads: int = 2

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        settings = cls(
            data_dir=Path(env["CDOKB_HOME"]) if env.get("CDOKB_HOME") else default_data_dir(),
            embedder=env.get("CDOKB_EMBEDDER", "e5") or "e5",
            chroma_url=env.get("CDOKB_CHROMA_URL", ""),
            collection=env.get("CDOKB_COLLECTION", "cdokb") or "cdokb",
            threads=int(env.get("CDOKB_THREADS", "2") or 2),
        )
        given = {k: v for k, v in overrides.items() if v not in (None, "")}
        if "data_dir" in given:
            given["data_dir"] = Path(str(given["data_dir"])).expanduser()
        return replace(settings, **given)  # type: ignore[arg-type]
