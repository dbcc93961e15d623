"""The knowledge base as a LangChain retriever, run inside LangChain chains (fake embedder)."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from kb.retriever import CdokbRetriever
from tests.test_knowledge_base import HAIFENG, US, make_doc

TITLE = "海丰县首席数据官制度试点工作方案"


@pytest.fixture
def kb(fake_kb):
    fake_kb.add_document(
        *make_doc(
            "haifeng",
            HAIFENG,
            title=TITLE,
            issuer="海丰县人民政府办公室",
            doc_number="海府办函〔2023〕5号",
            region="海丰县",
            language="zh-Hans",
            date="2023-01-03",
        )
    )
    fake_kb.add_document(
        *make_doc("us", US, title="Evidence Act", issuer="Congress", language="en", date="2019-01-14")
    )
    return fake_kb


def format_docs(docs: list[Document]) -> str:
    return "\n\n".join(
        f"[{n}] 《{d.metadata['title']}》 {d.metadata['section']}\n{d.page_content}"
        for n, d in enumerate(docs, 1)
    )


def test_documents_carry_the_citation_metadata(kb):
    question = "县首席数据官由谁兼任?"
    docs = CdokbRetriever(kb=kb, k=3).invoke(question)
    hits = kb.search(question, 3)
    assert [d.metadata["chunk_id"] for d in docs] == [h.chunk.chunk_id for h in hits]
    assert [d.metadata["score"] for d in docs] == [round(h.score, 6) for h in hits]
    assert [d.page_content for d in docs] == [h.chunk.text for h in hits]
    first = next(d for d in docs if d.metadata["chunk_id"] == "haifeng#0")
    assert first.id == "haifeng#0"
    assert first.page_content == HAIFENG[0]
    assert first.metadata == {
        "doc_id": "haifeng",
        "title": TITLE,
        "issuer": "海丰县人民政府办公室",
        "date": "2023-01-03",
        "doc_number": "海府办函〔2023〕5号",
        "section": "section 0",
        "page": None,
        "score": first.metadata["score"],
        "chunk_id": "haifeng#0",
    }


def test_filters_and_k(kb):
    docs = CdokbRetriever(kb=kb, k=5, filters={"language": ["en"]}).invoke("首席数据官 Chief Data Officer")
    assert docs and {d.metadata["doc_id"] for d in docs} == {"us"}
    assert all(d.metadata["title"] == "Evidence Act" and d.metadata["issuer"] == "Congress" for d in docs)
    assert len(CdokbRetriever(kb=kb, k=1).invoke("首席数据官")) == 1


def test_in_a_chain_with_a_chat_model(kb, monkeypatch):
    from langchain_core.tracers.context import _tracing_v2_is_enabled
    from langsmith.utils import get_env_var

    monkeypatch.setenv("LANGSMITH_TRACING", "true")  # as a user's shell might have it
    get_env_var.cache_clear()

    tracing: list[bool] = []

    def context(docs: list[Document]) -> str:
        tracing.append(bool(_tracing_v2_is_enabled()))
        return format_docs(docs)

    retriever = CdokbRetriever(kb=kb, k=2)
    assert (retriever | RunnableLambda(format_docs)).invoke("县首席数据官由谁兼任?").startswith("[1] 《")

    prompt = ChatPromptTemplate.from_messages(
        [("system", "Answer only from these clauses:\n{context}"), ("human", "{question}")]
    )
    model = FakeListChatModel(responses=["由分管政务服务数据管理工作的县政府领导兼任[1]。"])
    seen: list[str] = []

    def remember(value):
        seen.append(value.to_string())
        return value

    chain = (
        {"context": retriever | RunnableLambda(context), "question": RunnablePassthrough()}
        | prompt
        | RunnableLambda(remember)
        | model
        | StrOutputParser()
    )
    assert chain.invoke("县首席数据官由谁兼任?") == "由分管政务服务数据管理工作的县政府领导兼任[1]。"
    assert HAIFENG[0] in seen[0] and f"《{TITLE}》" in seen[0]
    assert tracing == [False]  # importing kb.retriever turned LangSmith tracing off
    get_env_var.cache_clear()
