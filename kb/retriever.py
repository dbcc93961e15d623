"""The knowledge base as a LangChain retriever: the same hybrid search and scores as
`KnowledgeBase.search`, each hit a Document carrying what a citation needs."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from kb.knowledge_base import KnowledgeBase
from kb.llm.client import tracing_off

tracing_off()  # a chain this retriever runs in must not send traces anywhere


class CdokbRetriever(BaseRetriever):
    """`retriever.invoke("海丰县首席数据官由谁兼任?")` -> the top `k` passages (within `filters`,
    as `cdokb ask --filter` takes them), best first."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    kb: KnowledgeBase
    k: int = 5
    filters: dict[str, list[str]] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        documents = {}
        found = []
        for hit in self.kb.search(query, self.k, self.filters):
            chunk = hit.chunk
            if chunk.doc_id not in documents:
                documents[chunk.doc_id] = self.kb.document(chunk.doc_id)
            doc = documents[chunk.doc_id]
            metadata = {
                "doc_id": chunk.doc_id,
                "title": doc.title,
                "issuer": doc.issuer,
                "date": doc.date,
                "doc_number": doc.doc_number,
                "section": chunk.section,
                "page": chunk.page,
                "score": round(hit.score, 6),
                "chunk_id": chunk.chunk_id,
            }
            found.append(Document(page_content=chunk.text, metadata=metadata, id=chunk.chunk_id))
        return found
