"""Every setting and every limit, declared once: SETTINGS (environment variable, command-line
option, default; options win over the environment) and LIMITS. The README's "Settings and
limits" tables are these two, and a test keeps them in step."""

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
# Largest file read or accepted by the upload box. A 50 MB policy PDF is already several
# hundred pages; bigger files are scans or bundles that should be split.
MAX_FILE_BYTES = 50 * 1024 * 1024
# A saved portal page over 30 MB is not an article but a page of embedded images or scripts.
MAX_HTML_BYTES = 30 * 1024 * 1024
# Seconds after which a question searches no further parts of itself (issue #12: one asker must
# not hold the shared queue). The heaviest 500-character questions take 1.6 s here on 2 cores.
ASK_BUDGET_S = 2.0
# Runaway text (issue #12: a 30 MB one-line file became 35,470 chunks, 2.8 h of embedding).
# The longest document of the shipped corpus has 68 k characters and its longest line 1,931;
# a whole regulation pasted as one line still reads (tests ingest a 560 k line), and 3 M
# characters is a 2,000-page PDF at 1,500 characters a page.
MAX_LINE_CHARS = 1_000_000
MAX_DOCUMENT_CHARS = 3_000_000
# The largest shipped document has 167 passages; 10,000 is about 17 minutes of embedding at
# the 10 passages/s measured on 2 cores, the most one file should cost before someone splits it.
MAX_CHUNKS_PER_DOCUMENT = 10_000


@dataclass(frozen=True)
class Setting:
    env: str
    option: str  # the command-line option ("" when there is none)
    default: str  # as the README shows it
    meaning: str


SETTINGS = (
    Setting(
        "CDOKB_HOME",
        "--data-dir",
        "the user data folder (~/.local/share/cdokb)",
        "where the knowledge base lives",
    ),
    Setting(
        "CDOKB_EMBEDDER", "--embedder", "e5", "e5 (bundled) or st:NAME_OR_PATH, a sentence-transformers model"
    ),
    Setting(
        "CDOKB_CHROMA_URL", "--chroma-url", "(embedded Chroma)", "http://HOST:PORT of a `chroma run` server"
    ),
    Setting("CDOKB_COLLECTION", "--collection", "cdokb", "Chroma collection name (two: NAME-zh, NAME-en)"),
    Setting("CDOKB_THREADS", "--threads", "2", "CPU threads for the embedder"),
    Setting("CDOKB_SCRIPT", "", "simplified", "`original` shows answers in the script they were written in"),
    Setting(
        "CDOKB_AUTH", "serve --auth", "(no login)", "users.toml: viewers ask, admins also upload and remove"
    ),
    Setting("CDOKB_OCR_THREADS", "", "min(4, CPUs)", "CPU threads for OCR of scanned pages"),
    Setting(
        "CDOKB_LLM_URL",
        "ask --llm",
        "(no LLM: extractive answers)",
        "an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1; answers are rephrased and checked",
    ),
    Setting(
        "CDOKB_LLM_MODEL",
        "ask --llm-model",
        "default",
        "model name sent to that endpoint (Ollama and vLLM need it)",
    ),
    Setting("CDOKB_LLM_KEY", "", "(none)", "API key of that endpoint, when it asks for one"),
)


@dataclass(frozen=True)
class Limit:
    name: str
    value: float
    meaning: str


LIMITS = (
    Limit("MAX_QUESTION_CHARS", MAX_QUESTION_CHARS, "characters in a question"),
    Limit("MAX_K", MAX_K, "citations one question may ask for"),
    Limit("ASK_BUDGET_S", ASK_BUDGET_S, "seconds after which a long question searches no more of its parts"),
    Limit("MAX_FILE_BYTES", MAX_FILE_BYTES, "bytes in one file, read or uploaded"),
    Limit("MAX_HTML_BYTES", MAX_HTML_BYTES, "bytes in one saved web page"),
    Limit("MAX_DOCUMENT_CHARS", MAX_DOCUMENT_CHARS, "characters of text in one document"),
    Limit("MAX_LINE_CHARS", MAX_LINE_CHARS, "characters in one line"),
    Limit("MAX_CHUNKS_PER_DOCUMENT", MAX_CHUNKS_PER_DOCUMENT, "passages one document may split into"),
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    embedder: str = "e5"
    chroma_url: str = ""
    collection: str = "cdokb"
    threads: int = 2
    original_script: bool = False  # show answers as written (traditional stays traditional)
    auth_file: Path | None = None  # users.toml of `serve`; None: no login
    ocr_threads: int = field(default_factory=lambda: min(4, os.cpu_count() or 1))
    llm_url: str = ""  # OpenAI-compatible endpoint; "" keeps answers extractive
    llm_model: str = ""
    llm_key: str = ""

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
            auth_file=Path(env["CDOKB_AUTH"].strip()).expanduser()
            if env.get("CDOKB_AUTH", "").strip()
            else None,
            ocr_threads=_positive_int(
                "CDOKB_OCR_THREADS", env.get("CDOKB_OCR_THREADS", "") or str(min(4, os.cpu_count() or 1))
            ),
            llm_url=env.get("CDOKB_LLM_URL", "").strip(),
            llm_model=env.get("CDOKB_LLM_MODEL", "").strip(),
            llm_key=env.get("CDOKB_LLM_KEY", ""),
        )
        given = {k: v for k, v in overrides.items() if v not in (None, "")}
        for name in ("data_dir", "auth_file"):
            if name in given:
                given[name] = Path(str(given[name])).expanduser()
        return replace(settings, **given)  # type: ignore[arg-type]
