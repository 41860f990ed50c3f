"""Micro-batching of query embeddings, with the real USE encoder and real threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from service.qa.batching import MicroBatchingEmbeddings

QUESTIONS = [
    "What did the Syrian official say?",
    "ماذا قال المسؤول السوري؟",
    "Where were the talks held?",
    "أين عقدت المحادثات؟",
    "What did Netanyahu's office say about the security mechanism?",
    "متى استؤنف الحوار الدبلوماسي؟",
    "Who brokered the talks?",
    "ما هي آلية التنسيق المشتركة؟",
] * 4


def test_concurrent_questions_share_calls_and_get_their_own_vectors(
    embeddings: Embeddings,
) -> None:
    alone = {q: np.asarray(embeddings.embed_query(q), dtype=np.float32) for q in set(QUESTIONS)}
    batches: list[int] = []
    batching = MicroBatchingEmbeddings(embeddings, on_batch=batches.append)
    with ThreadPoolExecutor(16) as pool:
        got = list(pool.map(lambda q: np.asarray(batching.embed_query(q)), QUESTIONS))
    for question, vector in zip(QUESTIONS, got, strict=True):
        # Batched GEMMs may round differently in the last bits; the ranking cannot tell.
        assert np.allclose(vector, alone[question], atol=1e-5), question
    assert sum(batches) == len(QUESTIONS)
    assert max(batches) > 1, batches  # 16 threads did share calls


def test_one_question_alone_is_one_call(embeddings: Embeddings) -> None:
    batches: list[int] = []
    batching = MicroBatchingEmbeddings(embeddings, on_batch=batches.append)
    vector = batching.embed_query("ماذا قال المسؤول السوري؟")
    assert len(vector) == 512 + 384 and batches == [1]  # USE's part, then e5's


class _Failing(Embeddings):
    """An encoder that fails on one text, as a model can on an input it cannot take."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        if text == "bad":
            raise ValueError("cannot embed this")
        return [float(len(text)), 1.0]


def test_a_failed_call_fails_its_own_batch_and_the_next_still_works() -> None:
    batching = MicroBatchingEmbeddings(_Failing())
    with pytest.raises(ValueError, match="cannot embed this"):
        batching.embed_query("bad")
    assert batching.embed_query("good") == [4.0, 1.0]
