"""What the benchmark feeds the systems: questions, generated corpora and large indexes.

Everything here is deterministic (fixed seeds, sorted inputs), so two runs on two machines send
the same questions and ingest the same text.

- Questions: the evaluation questions (the last user message of each item of
  `eval/datasets/talks.jsonl`), then questions composed from templates × phrases: Arabic
  templates × word n-grams of the corpus, English templates × word n-grams of the English
  evaluation questions. Thousands are distinct, so load runs do not just hit the service's
  query-embedding cache.
- Corpora: N× the bundled corpus, made from its own sentences: each generated report keeps the
  paragraph openings of a real one (who speaks, so segmentation behaves as on real reports) and
  fills each quotation with sentences drawn from the whole corpus with a fixed seed.
- Large indexes (1e2..1e5 chunks): the bundled corpus with its real vectors, plus generated
  reports chunked by the real chunker, whose chunks get cheap vectors (a real chunk vector plus
  Gaussian noise, normalised) instead of being embedded. They are written through the ingest
  store API (`EmbeddedStore.begin` / `client` / `publish`, `Manifest`, `Chunk.to_metadata`,
  `document_metadata`) exactly as `ingest.build` writes them, recorded as built by `use-m3`, so
  `talksqa serve` loads and serves them like any index.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from eval.dataset import DEFAULT_DATASET, load_dataset
from ingest.build import build_index, embedding_text
from ingest.chunk import chunk_document
from ingest.embed import DEFAULT_EMBEDDER
from ingest.load import load_corpus, sidecar_path
from ingest.schema import Chunk, Document, document_metadata
from ingest.segment import paragraphs, sentence_spans
from ingest.store import EmbeddedStore, Manifest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SEED = 20250729

AR_TEMPLATES = (
    "ماذا قيل عن {p}؟",
    "من تحدث عن {p}؟",
    "ما الذي ورد في البيانات حول {p}؟",
    "هل ذكر البيان المشترك {p}؟",
    "ماذا قال المسؤول السوري بشأن {p}؟",
    "ما موقف مكتب نتنياهو من {p}؟",
    "ما المقصود بعبارة {p} في المحادثات؟",
    "لماذا ذُكر {p} في اجتماع باريس؟",
)
EN_TEMPLATES = (
    "What was said about {p}?",
    "Who mentioned {p} in the Paris talks?",
    "What does the joint statement say about {p}?",
    "Did the Syrian official comment on {p}?",
    "What did Netanyahu's office say regarding {p}?",
    "Is there anything in the statements about {p}?",
)
_WORD = re.compile(r"[\w\u0600-\u06FF/'-]+")
_EN_STOP_WORDS = (
    "a an the of to in on and or what did does do is was were who whom how why when where "
    "which that this these those it its for with about by from as at be been say said says"
)
_EN_STOP = frozenset(_EN_STOP_WORDS.split())


# -- questions ---------------------------------------------------------------------------------
def eval_questions(path: Path = DEFAULT_DATASET) -> list[str]:
    """The last user message of every evaluation item, in file order, without duplicates."""
    return list(dict.fromkeys(item.question.strip() for item in load_dataset(path)))


def _ngrams(texts: list[str], *, sizes: tuple[int, ...], stop: frozenset[str]) -> list[str]:
    found: set[str] = set()
    for text in texts:
        words = _WORD.findall(text)
        for n in sizes:
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if gram[0].lower() in stop or gram[-1].lower() in stop:
                    continue
                found.add(" ".join(gram))
    return sorted(found)


def generated_questions(corpus_text: str, english: list[str], *, seed: int = SEED) -> list[str]:
    """Templates × phrases, Arabic and English interleaved, in a fixed shuffled order."""
    rng = random.Random(seed)
    ar_phrases = _ngrams([corpus_text], sizes=(2, 3, 4), stop=frozenset(["و", "في", "من", "على"]))
    en_phrases = [p.lower() for p in _ngrams(english, sizes=(2, 3), stop=_EN_STOP)]
    ar = [t.format(p=p) for p in ar_phrases for t in AR_TEMPLATES]
    en = [t.format(p=p) for p in dict.fromkeys(en_phrases) for t in EN_TEMPLATES]
    rng.shuffle(ar)
    rng.shuffle(en)
    mixed: list[str] = []
    for i in range(max(len(ar), len(en))):  # two Arabic questions for one English one
        if i < len(ar):
            mixed.append(ar[i])
        if i % 2 == 0 and i // 2 < len(en):
            mixed.append(en[i // 2])
    return list(dict.fromkeys(mixed))


class QuestionPool:
    """Hands out questions that were never sent before, so no run is served from a cache.

    The evaluation questions come first (`take_eval`), generated ones after (`take`). Every
    slice is new to every system that has seen only earlier slices; the same slice is sent to
    each system compared, so they answer the same questions.
    """

    def __init__(self, evals: list[str], generated: list[str]) -> None:
        self.evals = list(dict.fromkeys(evals))
        seen = set(self.evals)
        self.generated = [q for q in dict.fromkeys(generated) if q not in seen]
        self.eval_cursor = 0
        self.cursor = 0

    def take_eval(self, n: int) -> list[str]:
        got = self.evals[self.eval_cursor : self.eval_cursor + n]
        self.eval_cursor += len(got)
        return got

    def take(self, n: int) -> list[str]:
        if self.cursor + n > len(self.generated):
            raise ValueError(
                f"only {len(self.generated) - self.cursor} unused generated "
                f"questions are left, {n} asked for"
            )
        got = self.generated[self.cursor : self.cursor + n]
        self.cursor += n
        return got

    def used(self) -> int:
        return self.eval_cursor + self.cursor


def default_pool(corpus: Path = CORPUS) -> tuple[QuestionPool, dict[str, int]]:
    evals = eval_questions()
    text = "\n\n".join(d.text for d in load_corpus([corpus]))
    english = [q for q in evals if not re.search(r"[\u0600-\u06FF]", q)]
    pool = QuestionPool(evals, generated_questions(text, english))
    return pool, {
        "eval": len(pool.evals),
        "generated": len(pool.generated),
        "distinct": len(pool.evals) + len(pool.generated),
    }


# -- generated corpora -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Paragraph:
    lead: str  # the opening up to and including the quotation mark, or the whole paragraph
    quoted: bool  # False: an unquoted paragraph (a report's introduction) is kept verbatim


def _corpus_parts(docs: list[Document]) -> tuple[list[list[_Paragraph]], list[str]]:
    skeletons: list[list[_Paragraph]] = []
    sentences: list[str] = []
    for doc in docs:
        skeleton = []
        for para in paragraphs(doc.text):
            text = doc.text[para.start : para.end]
            quote = text.find('"')
            if quote < 0:
                skeleton.append(_Paragraph(lead=text, quoted=False))
                continue
            skeleton.append(_Paragraph(lead=text[: quote + 1], quoted=True))
            for s_start, s_end in sentence_spans(doc.text, para.start + quote + 1, para.end):
                sentence = doc.text[s_start:s_end].strip(' "')
                if len(sentence) >= 12:
                    sentences.append(sentence)
        skeletons.append(skeleton)
    return skeletons, sorted(set(sentences))


def generate_corpus(
    target: Path, *, factor: int, source: Path = CORPUS, seed: int = SEED
) -> dict[str, int]:
    """Write about `factor` × the size of `source` as generated reports into `target`.

    Each report has the length of a bundled one; `factor` 1 copies the bundled corpus as is.
    """
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    docs = load_corpus([source])
    if factor == 1:
        for doc in docs:
            for path in (Path(doc.path), sidecar_path(Path(doc.path))):
                if path.exists():
                    shutil.copy2(path, target / path.name)
        return {"documents": len(docs), "chars": sum(len(d.text) for d in docs)}
    rng = random.Random(seed * 1000 + factor)
    skeletons, sentences = _corpus_parts(docs)
    size = sum(len(d.text) for d in docs)
    meta = {}
    for doc in docs:
        path = sidecar_path(Path(doc.path))
        if path.exists():
            meta = json.loads(path.read_text(encoding="utf-8"))
    written = 0
    number = 0
    while written < factor * size:
        skeleton = skeletons[number % len(skeletons)]
        paras = []
        for p in skeleton:
            body = ". ".join(rng.sample(sentences, k=rng.randint(1, 3)))
            paras.append(f'{p.lead}{body}"' if p.quoted else p.lead)
        text = "\n\n".join(paras) + "\n"
        name = f"generated-{number:05d}.ar"
        (target / f"{name}.txt").write_text(text, encoding="utf-8")
        if meta:
            (target / f"{name}.meta.json").write_text(
                json.dumps(
                    {**meta, "title": f"{meta.get('title', 'report')} #{number}"},
                    ensure_ascii=False,
                ),
                encoding="utf-8",
            )
        written += len(text)
        number += 1
    return {"documents": number, "chars": written}


def change_one_document(corpus: Path) -> Path:
    """Append a paragraph to the first report (the 'one document changed' case)."""
    path = sorted(p for p in corpus.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(
        text + '\n\nوختم البيان: "نأمل أن تستمر المحادثات في الأسابيع المقبلة".\n', encoding="utf-8"
    )
    return path


# -- large indexes with cheap vectors ----------------------------------------------------------
def _generated_chunks(
    workdir: Path, *, want: int, per_unit: float, chunk_size: int
) -> tuple[list[Document], list[Chunk]]:
    """Generated reports and their chunks, at least `want` of them (the last report cut short).

    `per_unit` is the bundled corpus's chunk count: a first guess of the chunks per 1x of size.
    """
    factor = max(2, int(1.2 * want / per_unit) + 2)
    while True:
        generate_corpus(workdir, factor=factor)
        docs: list[Document] = []
        chunks: dict[str, Chunk] = {}
        for doc in load_corpus([workdir]):
            docs.append(doc)
            chunks.update((c.id, c) for c in chunk_document(doc, size=chunk_size))
            if len(chunks) >= want:
                return docs, list(chunks.values())[:want]
        factor *= 2


def build_scaled_index(
    root: Path,
    *,
    chunks: int,
    embeddings: Embeddings,
    workdir: Path,
    chunk_size: int,
    noise: float = 1.0,
    seed: int = SEED,
) -> dict[str, float]:
    """An index of exactly `chunks` chunks (or the bundled corpus's count, if larger).

    The bundled corpus is indexed for real by `ingest.build.build_index`; the generated chunks
    are added with cheap vectors (a real chunk's vector plus Gaussian noise of norm ≈ `noise`,
    normalised) through the same store API, in a new generation that is then published.
    """
    started = time.perf_counter()
    store = EmbeddedStore(root)
    build_index(
        [CORPUS],
        store=store,
        embeddings=embeddings,
        embedder=DEFAULT_EMBEDDER,
        chunk_size=chunk_size,
    )
    real_gen = store.current()
    assert real_gen is not None
    real = store.client(real_gen).get_collection(
        store.chunks_name(real_gen), embedding_function=None
    )
    got = real.get(include=["embeddings", "documents", "metadatas"])
    real_docs = load_corpus([CORPUS])
    real_chunks = [
        Chunk.from_record(t, dict(m))
        for t, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True)
    ]
    base = np.asarray(got["embeddings"], dtype=np.float32)
    want = max(0, chunks - len(real_chunks))
    docs = list(real_docs)
    extra: list[Chunk] = []
    if want:
        generated, extra = _generated_chunks(
            workdir, want=want, per_unit=len(real_chunks), chunk_size=chunk_size
        )
        docs += generated
    rng = np.random.default_rng(seed)
    dim = base.shape[1]
    generation = store.begin()
    manifest = Manifest(
        generation=generation,
        embedder=DEFAULT_EMBEDDER,
        dimension=dim,
        chunk_size=chunk_size,
        created=time.time(),
        chunks=len(real_chunks) + len(extra),
        documents=len(docs),
    )
    client = store.client(generation)
    collection = client.create_collection(
        store.chunks_name(generation), metadata=manifest.to_metadata(), embedding_function=None
    )
    batch = 4096
    collection.add(
        ids=list(got["ids"]),
        embeddings=base,
        documents=[c.text for c in real_chunks],
        metadatas=[c.to_metadata() for c in real_chunks],
    )  # type: ignore[arg-type]
    for i in range(0, len(extra), batch):
        part = extra[i : i + batch]
        vectors = base[rng.integers(0, len(base), size=len(part))]
        vectors = vectors + rng.standard_normal(vectors.shape).astype(np.float32) * (
            noise / np.sqrt(dim)
        )
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        collection.add(
            ids=[c.id for c in part],
            embeddings=vectors,
            documents=[c.text for c in part],
            metadatas=[c.to_metadata() for c in part],
        )  # type: ignore[arg-type]
    used = {c.doc_id for c in real_chunks} | {c.doc_id for c in extra}
    doc_collection = client.create_collection(
        store.docs_name(generation), metadata={"generation": generation}, embedding_function=None
    )
    kept = [d for d in docs if d.id in used]
    for i in range(0, len(kept), 512):
        part_docs = kept[i : i + 512]
        doc_collection.add(
            ids=[d.id for d in part_docs],
            embeddings=[[1.0] for _ in part_docs],
            documents=[d.text for d in part_docs],
            metadatas=[document_metadata(d) for d in part_docs],
        )
    store.publish(generation)
    store.prune()
    return {
        "chunks": len(real_chunks) + len(extra),
        "documents": len(kept),
        "build_seconds": time.perf_counter() - started,
    }


def chunk_texts(corpus: Path, *, chunk_size: int) -> Iterator[str]:
    """The texts `ingest.build` embeds for a corpus (for the bare embedding throughput)."""
    for doc in load_corpus([corpus]):
        for chunk in chunk_document(doc, size=chunk_size):
            yield embedding_text(chunk)
