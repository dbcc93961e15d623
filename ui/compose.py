"""Where the app is put together: the one ui module that imports ingest, handing the pipeline
to the KnowledgeBase facade that the CLI and the page talk to."""

from __future__ import annotations

from kb.config import Settings
from kb.knowledge_base import KnowledgeBase


def open_knowledge_base(settings: Settings, mend: bool = True) -> KnowledgeBase:
    from ingest.ingester import PIPELINE

    return KnowledgeBase(settings, mend=mend, ingester=PIPELINE)
