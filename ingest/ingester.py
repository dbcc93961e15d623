"""The ingest pipeline in the shape the KnowledgeBase facade takes (kb.knowledge_base.Ingester)."""

from __future__ import annotations

from ingest.pipeline import ingest_paths
from ingest.uploads import ingest_upload


class Pipeline:
    ingest_paths = staticmethod(ingest_paths)
    ingest_upload = staticmethod(ingest_upload)


PIPELINE = Pipeline()
