"""The engine end to end in-process: grounded answers, verbatim citations, honest abstention."""

from __future__ import annotations

import unicodedata

import pytest

from service.errors import EmbedderMismatch, IndexUnavailable, InvalidRequest
from service.models import ChatRequest
from service.qa.conversation import MAX_QUERY_CHARS, embedding_text
from service.qa.engine import Engine
from service.settings import Settings


@pytest.fixture(scope="module")
def engine(built_index, embeddings):  # type: ignore[no-untyped-def]
    return Engine(Settings(index_dir=built_index), embeddings=embeddings)


def ask(engine: Engine, *questions: str) -> object:
    messages = []
    for i, q in enumerate(questions):
        messages.append({"role": "user", "content": q})
        if i < len(questions) - 1:
            messages.append({"role": "assistant", "content": "..."})
    return engine.chat(ChatRequest.model_validate({"messages": messages}))


def test_english_question_is_answered_in_english_with_verbatim_quotes(engine: Engine) -> None:
    r = ask(engine, "What did Netanyahu's office say about the Druze minority?")
    assert not r.abstained and r.language == "en"
    assert "Netanyahu" in r.answer and "[1]" in r.answer
    text = engine.loaded().snapshot.documents["paris-talks.ar"].text
    assert any("الدرزية" in c.quote for c in r.citations)
    for c in r.citations:
        assert text[c.start : c.end] == c.quote
        assert c.quote in r.answer and f"[{c.n}]" in r.answer


def test_arabic_question_is_framed_in_arabic(engine: Engine) -> None:
    r = ask(engine, "ماذا قال المسؤول السوري عن الانسحاب الإسرائيلي؟")
    assert not r.abstained and r.language == "ar"
    assert r.answer.startswith("بحسب")
    assert any("للانسحاب" in c.quote for c in r.citations), r.answer
    assert all(
        c.speaker == "مسؤول سوري لوكالة رويترز" for c in r.citations if "للانسحاب" in c.quote
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Lebanon say about the talks?", "do not mention Lebanon"),
        ("ما هو موقف روسيا من محادثات باريس؟", "لا تذكر البيانات المنشورة روسيا"),
        ("How many officials attended the meeting?", "do not answer"),
    ],
)
def test_abstains_in_the_question_language_and_shows_nearest_sources(
    engine: Engine, question: str, expected: str
) -> None:
    r = ask(engine, question)
    assert r.abstained and not r.citations
    assert expected in r.answer
    assert r.nearest and r.reason


def test_follow_up_uses_the_conversation(engine: Engine) -> None:
    r = ask(
        engine,
        "What did the Syrian official say about the American initiative?",
        "And what did he say was impossible?",
    )
    assert r.query.startswith("What did the Syrian official") and r.query.endswith("impossible?")
    assert any("المستحيل" in c.quote for c in r.citations)


def test_a_long_turn_is_read_whole_but_embedded_in_part(engine: Engine) -> None:
    # e5 reads every token it is given and concurrent questions wait for the encoder: a long
    # turn is cut to MAX_QUERY_CHARS for the embedder, the follow-up itself always kept
    earlier = "What did the Syrian official say about the American initiative? " + "x " * 3000
    r = ask(engine, earlier, "And what did he say was impossible?")
    assert r.query.endswith("And what did he say was impossible?")
    assert r.query.startswith("What did the Syrian official")
    assert len(r.query) <= MAX_QUERY_CHARS
    assert any("المستحيل" in c.quote for c in r.citations)
    long_question = "What did the Syrian official say was impossible? " + "word " * 2000
    assert embedding_text(long_question).startswith("What did the Syrian official say")
    assert len(embedding_text(long_question)) <= MAX_QUERY_CHARS
    assert embedding_text("Who said it?") == "Who said it?"


def _presentation_forms(text: str) -> str:
    """The same letters in their isolated presentation forms (text copied from a PDF)."""
    isolated = {}
    for code in range(0xFEFC, 0xFE6F, -1):
        char = chr(code)
        if "ISOLATED" in unicodedata.name(char, ""):
            isolated.setdefault(unicodedata.normalize("NFKC", char), char)
    return "".join(isolated.get(c, c) for c in text)


@pytest.mark.parametrize(
    "plain",
    ["ما اسم الدبلوماسي الذي نقل الموقف السوري؟", "كم عدد المراقبين في آلية التنسيق؟"],
)
def test_a_question_typed_with_marks_or_other_forms_is_read_as_its_letters(
    engine: Engine, plain: str
) -> None:
    """Short vowels, tatweel, a zero-width non-joiner for a space, or presentation forms: the
    gates read the letters, so every form is refused as the plain one is, in Arabic."""
    expected = ask(engine, plain)
    assert expected.abstained and expected.reason and expected.language == "ar"
    first, _, rest = plain.partition(" ")
    for typed in (
        plain.replace("ا", "ـا").replace("م", "مَ"),  # tatweel and a fatha
        first + "\u200c" + rest,  # a zero-width non-joiner where the space was
        _presentation_forms(plain),
    ):
        r = ask(engine, typed)
        assert (r.abstained, r.reason, r.language) == (True, expected.reason, "ar"), typed


def test_did_x_say_ranks_the_words_not_the_ones_x_said_most_like_the_question(
    engine: Engine,
) -> None:
    """The Druze minority's safety is in Netanyahu's office's words; "the Syrian official" in
    the question ranked the official's own words first, and the answer read as if he said it."""
    r = ask(engine, "Did the Syrian official say the Druze minority must be protected?")
    assert r.answer.startswith("The statements do not quote a Syrian official"), r.answer
    assert "Netanyahu" in r.citations[0].speaker_en, r.answer


def test_limits_are_enforced(engine: Engine) -> None:
    with pytest.raises(InvalidRequest, match="too long"):
        ask(engine, "x" * 5000)
    with pytest.raises(InvalidRequest, match="top_k"):
        engine.chat(
            ChatRequest.model_validate(
                {"messages": [{"role": "user", "content": "hi"}], "top_k": 99}
            )
        )
    with pytest.raises(InvalidRequest, match="empty"):
        ask(engine, " \u200b ")
    with pytest.raises(InvalidRequest, match="empty"):
        ask(engine, "\u0000\u0007 ")  # control characters are no question either


def test_no_index_is_a_clear_503(tmp_path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(Settings(index_dir=tmp_path / "none"), embeddings=embeddings)
    with pytest.raises(IndexUnavailable) as caught:
        ask(engine, "hello")
    assert caught.value.hint and "talksqa ingest" in caught.value.hint


def test_index_built_by_another_embedder_is_refused(built_index, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(
        Settings(index_dir=built_index, embedder="sentence-transformers:/nowhere"),
        embeddings=embeddings,
    )
    with pytest.raises(EmbedderMismatch, match=r"built by 'use-m3\+e5'"):
        ask(engine, "hello")


def test_the_search_is_a_langchain_retriever(engine: Engine) -> None:
    from service.qa.lc_retriever import TalksRetriever

    retriever = TalksRetriever(search=engine.loaded().search, k=3)
    docs = retriever.invoke("What did the Syrian official say was impossible?")
    assert len(docs) == 3
    assert any("المستحيل" in d.page_content for d in docs)
    assert all(d.metadata["speaker_en"] and d.id for d in docs)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("When is the next meeting scheduled?", "the passages give no date"),
        ("متى سيعقد الاجتماع القادم بين الطرفين؟", "the passages give no date"),
        ("What are the names of the Israeli and Syrian delegates?", "a name the statements"),
        ("ما اسم المسؤول السوري الذي تحدث لرويترز؟", "a name the statements"),
        ("ما هي قيمة الاستثمارات الاقتصادية المتوقعة بين البلدين؟", "a number"),
        ("لماذا رفضت سوريا المبادرة الأميركية؟", "never mention: ['رفضت']"),
    ],
)
def test_asking_for_what_the_statements_never_give_abstains(
    engine: Engine, question: str, reason: str
) -> None:
    """A future date or a person's name: the nearest passage is about the topic, but it does not
    hold that kind of answer."""
    r = ask(engine, question)
    assert r.abstained and reason in (r.reason or ""), (r.reason, r.answer)
    assert r.nearest


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the Israeli prime minister whose office issued a statement?",
        "ما اسم رئيس الوزراء الإسرائيلي؟",
        "When was the joint statement issued?",
        # why-questions whose every word the statements use are answered
        "Why did the two sides set up a communication cell?",
        "لماذا قرر الطرفان إنشاء آلية تنسيق مشتركة؟",
        "Why does the Syrian official say it is impossible to move forward?",
        "لماذا يقول المسؤول السوري إنه من المستحيل المضي قدما مع إسرائيل؟",
    ],
)
def test_names_and_times_the_statements_give_are_answered(engine: Engine, question: str) -> None:
    r = ask(engine, question)
    assert not r.abstained, r.reason


def test_a_short_follow_up_that_names_a_rare_word_is_answered(engine: Engine) -> None:
    """Far from every passage in meaning, but "disputes" is in only one of them."""
    r = ask(engine, "ما المجالات التي ستنسق فيها خلية الاتصال؟", "وما دورها اذا حصلت خلافات؟")
    assert not r.abstained, r.reason
    assert any("خلافات" in c.quote for c in r.citations)


def test_a_speakers_words_come_before_narration_about_as_close() -> None:
    from ingest.schema import Chunk
    from service.qa.answer import _speakers_first
    from service.qa.retrieve import Hit

    def hit(chunk_id: str, speaker_id: str, similarity: float) -> Hit:
        chunk = Chunk("d", "d#s1", "", "", 1, 0, 1, "x", speaker_id=speaker_id)
        return Hit(chunk_id, chunk, similarity, 0.0, similarity)

    narration = hit("n", "report:d", 0.50)
    close_quote = hit("q", "syrian-official", 0.47)
    far_quote = hit("f", "syrian-official", 0.30)
    assert [h.chunk_id for h in _speakers_first([narration, close_quote], margin=0.05)] == [
        "q",
        "n",
    ]
    assert [h.chunk_id for h in _speakers_first([narration, far_quote], margin=0.05)] == [
        "n",
        "f",
    ]


def test_an_english_why_question_is_checked_through_an_operator_glossary(
    built_index,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    """English words cannot be looked up in Arabic statements without the operator's glossary
    (TALKSQA_GLOSSARY); with it, a why-question about what they never mention abstains."""
    from tests.conftest import GLOSSARY, SYNONYMS

    settings = Settings(index_dir=built_index, glossary=GLOSSARY, synonyms=SYNONYMS)
    r = ask(
        Engine(settings, embeddings=embeddings), "Why did the Druze leaders walk out of the talks?"
    )
    assert r.abstained and "never mention: ['leaders', 'walk'" in (r.reason or ""), r.reason
    assert r.nearest


def test_the_why_rule_reads_the_corpus_with_keyword_search_off(
    built_index,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    """TALKSQA_HYBRID=false fuses no keyword ranking, but the gates still read the corpus's
    words: the same why-question is refused for the same reason."""
    question = "لماذا رفضت سوريا المبادرة الأميركية؟"
    for hybrid in (True, False):
        settings = Settings(index_dir=built_index, hybrid=hybrid)
        r = ask(Engine(settings, embeddings=embeddings), question)
        assert r.abstained and "never mention: ['رفضت']" in (r.reason or ""), (hybrid, r.reason)


BORDER = {
    "border-talks.txt": (
        "NAIROBI, March 3 (Wire) - Kenya and Uganda met for border talks.\n\n"
        'The Kenyan envoy said: "We agreed to share rainfall readings every week. Kenya has not '
        'agreed to reopen the Busia border crossing, and will not before the vote."\n'
    ),
}


def test_a_refusal_shows_the_sentence_nearest_the_question_not_the_passage_s_first(
    tmp_path_factory: pytest.TempPathFactory, embeddings
) -> None:  # type: ignore[no-untyped-def]
    """A false premise meets the words that correct it: the nearest source quotes the
    sentence of the passage that shares the question's words."""
    from tests.conftest import engine_over

    r = ask(
        engine_over(BORDER, tmp_path_factory, embeddings),
        "Why did Kenya agree with Rwanda to reopen the Busia border crossing?",
    )
    assert r.abstained and "Rwanda" in r.answer
    assert r.nearest[0].quote.startswith("Kenya has not agreed to reopen"), r.nearest
