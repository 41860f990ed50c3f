"""Statements, paragraphs and chunks are found from the text, with exact offsets."""

from __future__ import annotations

from pathlib import Path

from ingest.chunk import chunk_document
from ingest.load import load_corpus, read_document
from ingest.segment import paragraphs, statements
from tests.conftest import CORPUS, REPORT


def test_bundled_report_has_three_statements_by_paragraph() -> None:
    doc = read_document(REPORT, root=CORPUS)
    assert doc is not None
    assert [(s.paragraphs, s.speaker_en) for s in doc.statements] == [
        ((1, 5), "the joint statement issued by the US State Department"),
        ((6, 8), "the office of Israeli Prime Minister Benjamin Netanyahu"),
        ((9, 11), "a Syrian official speaking to Reuters"),
    ]
    assert len(paragraphs(doc.text)) == 11


def test_speakers_found_without_a_sidecar(corpus_text: str) -> None:
    found = statements(doc_id="r", text=corpus_text)
    assert [s.speaker for s in found] == [
        "وزارة الخارجية الأميركية",
        "مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو",
        "مسؤول سوري لوكالة رويترز",
    ]


def test_a_new_report_goes_through_the_same_rules() -> None:
    text = (
        "أعلنت وزارة الخارجية الفرنسية في بيان أصدرته الخارجية الفرنسية، صباح الأحد، عن لقاء.\n\n"
        'وأضافت: "نرحب بالحوار".\n\n'
        'من جهته، قال وزير الخارجية الأردني: "ندعم كل جهد للسلام".\n\n'
        'وشدد الوزير على أن "الاستقرار ضروري".\n\n'
        'بدورها، قالت متحدثة باسم الأمم المتحدة إن "المنظمة تتابع".'
    )
    found = statements(doc_id="x", text=text)
    assert [s.paragraphs for s in found] == [(1, 2), (3, 4), (5, 5)]
    assert found[1].speaker == "وزير الخارجية الأردني"
    assert found[2].speaker == "متحدثة باسم الأمم المتحدة"


def test_chunks_have_exact_offsets_and_never_cross_a_statement() -> None:
    doc = read_document(REPORT, root=CORPUS)
    assert doc is not None
    for size in (60, 240, 1000):
        chunks = chunk_document(doc, size=size)
        assert chunks
        for chunk in chunks:
            assert doc.text[chunk.start : chunk.end] == chunk.text
            statement = next(s for s in doc.statements if s.id == chunk.statement_id)
            assert statement.start <= chunk.start < chunk.end <= statement.end
            assert len(chunk.text) <= size + 40  # one over-long word at most
            for start, end in chunk.sentences:
                assert chunk.start <= start < end <= chunk.end
                quote = doc.text[start:end]
                assert quote == quote.strip() and '"' not in (quote[0], quote[-1])


def test_quotes_drop_the_reporting_lead_in() -> None:
    doc = read_document(REPORT, root=CORPUS)
    assert doc is not None
    first = [doc.text[c.sentences[0][0] : c.sentences[0][1]] for c in chunk_document(doc, size=240)]
    assert any(q.startswith("برعاية الولايات المتحدة") for q in first)
    assert not any(q.startswith("وقال البيان") for q in first)


def test_text_edge_cases_keep_offsets_exact(tmp_path: Path) -> None:
    text = (
        '\ufeffقال مسؤول: "ذَهَبَ الوفد ـــ إلى باريس\u200b." 🙂\r\n\r\n'
        'وتابع: "الأرقام ١٢٣ و\u202eمعكوسة\u202c".\r\n'
    )
    (tmp_path / "edge.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")
    docs = load_corpus([tmp_path])
    assert [d.id for d in docs] == ["edge"]
    doc = docs[0]
    assert not doc.text.startswith("\ufeff")
    assert len(doc.statements) == 1 and doc.statements[0].paragraphs == (1, 2)
    for chunk in chunk_document(doc, size=30):
        assert doc.text[chunk.start : chunk.end] == chunk.text
