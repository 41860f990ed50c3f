"""A question that names a speaker is answered from that speaker's words, even when another
speaker's words are closer to it in meaning; with the in-memory vectors and with Chroma's own
search alike. The reports are invented for this test (none is an evaluation item)."""

from __future__ import annotations

from pathlib import Path

import pytest

import ingest.read
from service.qa.engine import Engine
from service.qa.named_speakers import NamedSpeakers
from service.settings import Settings
from tests.conftest import ask, engine_over

REPORTS = {
    "amman-wire.txt": (
        "AMMAN, May 2 - Jordan and Egypt held a second day of talks on water sharing.\n\n"
        "An Egyptian official told Reuters that Cairo wanted written guarantees.\n\n"
        "He added that everything depended on the dam's filling schedule.\n\n"
        "The Jordanian foreign ministry said the water talks would resume in May after a pause.\n"
    ),
    "cairo-report.txt": (
        "أعلنت وزارة الخارجية الأردنية أن جولة جديدة من المحادثات المائية ستعقد في أيار.\n\n"
        "وقال مسؤول مصري لرويترز إن المفاوضات تعثرت بسبب جدول ملء السد.\n"
    ),
    "beirut-daily.txt": (
        "قالت الباحثة ريم الحسيني لصحيفة «النهار» إن اتفاق المياه هش ولن يصمد طويلاً.\n\n"
        "وينتظر المزارعون في وادي الأردن موسم المطر بقلق.\n"
    ),
    "amman-feature.txt": (
        "Samir Touqan spent twenty years planning the Jordanian army's water supply.\n\n"
        'Mr. Touqan is blunt. "Nobody should call this a water deal," he says.\n\n'
        'Nabil Matar, a farmer in the valley, says: "We will believe it when the canal fills."\n'
    ),
    "ankara-wire.txt": (
        "ANKARA, May 3 - Anadolu Agency reported that Turkey offered to host the next round of "
        "the water talks in Ankara.\n"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Path:  # type: ignore[no-untyped-def]
    return engine_over(REPORTS, tmp_path_factory, embeddings).settings.index_dir


_ask = ask


def test_the_speakers_a_question_names(index: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    snapshot = Engine(Settings(index_dir=index), embeddings=embeddings).loaded().snapshot
    named = NamedSpeakers(snapshot)
    egyptian = named.find("What did the Egyptian official say about the water talks?")
    assert len(egyptian) == 1 and "egypt" in next(iter(egyptian))
    assert named.find("ماذا قال المسؤول المصري عن المفاوضات؟") == egyptian
    assert named.find("When will the water talks resume?") == frozenset()
    # a name only an Arabic report gives, asked in English: matched by its consonants
    husseini = named.find("What did researcher Reem al-Husseini say about the water deal?")
    assert husseini == named.find("ماذا قالت الباحثة ريم الحسيني عن الاتفاق؟") != frozenset()
    assert named.find("What did Cairo say about the water deal?") == frozenset()
    # a name only an English report gives, in an Arabic question with no asking phrase: a word
    # no report uses, spelling a Latin-script surname; a word the reports use (المطر, "the
    # rain") is a word, though its consonants spell "Matar"
    touqan = named.asked("كيف قيّم العقيد الأردني المتقاعد سمير طوقان المحادثات؟")
    assert len(touqan) == 1 and "touqan" in next(iter(touqan))
    assert named.asked("كيف يؤثر المطر في المحادثات؟") == frozenset()
    # a country's media named by their kind, at the question's end: that country's outlets
    anadolu = named.asked("Where will the next round be held, according to Turkish state media?")
    assert len(anadolu) == 1 and "anadolu" in next(iter(anadolu))
    assert named.asked("أين ستعقد الجولة المقبلة وفق الوكالة التركية الرسمية؟") == anadolu
    assert named.asked("Where will the next round be held, according to Turkey?") == frozenset()
    # a person by their name alone, without the role the report gave them
    assert named.find("ماذا قالت ريم الحسيني عن اتفاق المياه؟") == husseini
    # the source a question names up front is the one asked, not a longer name further on
    jordanian = named.find("What did the Jordanian foreign ministry say?")
    assert jordanian and jordanian != egyptian
    assert (
        named.find(
            "According to the Egyptian official, what will the Jordanian foreign ministry do?"
        )
        == egyptian
    )
    assert (
        named.find("بحسب المسؤول المصري، متى تستأنف وزارة الخارجية الأردنية المحادثات؟") == egyptian
    )


def test_the_speaker_asked_is_the_one_the_asking_phrase_names(index: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    snapshot = Engine(Settings(index_dir=index), embeddings=embeddings).loaded().snapshot
    named = NamedSpeakers(snapshot)
    egyptian = named.asked("What did the Egyptian official say about the water talks?")
    assert len(egyptian) == 1 and "egypt" in next(iter(egyptian))
    # the asking phrase names nobody the reports quote: the researcher named further on is
    # not the one asked (though she is named in the question)
    asked = "What did the Sudanese envoy say when he met researcher Reem al-Husseini?"
    assert named.find(asked) != frozenset()
    assert named.asked(asked) == frozenset()
    # with no asking phrase, any speaker the question names
    assert named.asked("Who said the water deal was fragile, Reem al-Husseini?") != frozenset()


@pytest.mark.parametrize("exact", [True, False], ids=["in-memory", "chroma-search"])
def test_a_named_speaker_is_quoted_first(
    index: Path, embeddings, monkeypatch: pytest.MonkeyPatch, exact: bool
) -> None:  # type: ignore[no-untyped-def]
    if not exact:
        monkeypatch.setattr(ingest.read, "EXACT_SEARCH_MAX_CHUNKS", 0)
    engine = Engine(Settings(index_dir=index), embeddings=embeddings)
    assert (engine.loaded().snapshot.vectors is not None) is exact
    # closer in meaning to the Jordanian ministry's words, but it asks for the Egyptian official's
    r = _ask(
        engine,
        "What did the Egyptian official say about the water talks resuming in May after a pause?",
    )
    assert not r.abstained and r.citations
    assert "egypt" in r.citations[0].speaker_id, [(c.speaker_id, c.quote) for c in r.citations]


def test_did_x_say_answered_by_someone_else_names_who(index: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = Engine(Settings(index_dir=index), embeddings=embeddings)
    r = _ask(
        engine,
        "Did the Jordanian foreign ministry say everything depended on the filling schedule?",
    )
    assert not r.abstained
    assert "egypt" in r.citations[0].speaker_id
    first_line = r.answer.splitlines()[0]
    assert first_line.startswith("The statements do not quote"), r.answer
    assert "Jordanian" in first_line and "Egyptian" in first_line


@pytest.mark.parametrize(
    ("question", "asked", "speaker"),
    [
        # the one asked about is named by role, and their own words share the question's
        (
            "Did the Egyptian official say the water talks would resume in May after a pause?",
            "Egyptian",
            "Jordanian",
        ),
        ("Did Egypt's official call it a pause before the talks resume in May?", "Egyptian", ""),
        (
            "Did the Jordanian ministry say the talks stalled over the dam's filling schedule?",
            "Jordanian",
            "Egyptian",
        ),
        # any reporting verb of the ingest lexicon asks it ("warn", "accuse", "insist")
        (
            "Did the Jordanian ministry warn that everything hinged on the filling schedule?",
            "Jordanian",
            "Egyptian",
        ),
        (
            "هل قال المسؤول المصري إن جولة جديدة من المحادثات المائية ستعقد في أيار؟",
            "مصري",
            "الأردنية",
        ),
        # and so does an Arabic verb of demanding or warning ("هل طالب X بأن ...")
        (
            "هل طالب المسؤول المصري بأن تعقد جولة جديدة من المحادثات المائية في أيار؟",
            "مصري",
            "الأردنية",
        ),
    ],
)
def test_did_x_say_is_decided_by_the_words_not_the_name(
    index: Path, embeddings, question: str, asked: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    """The name in "Did X say Y?" does not rank X's other words first: Y's words decide, and
    the answer says X is not quoted saying it and names who is."""
    engine = Engine(Settings(index_dir=index), embeddings=embeddings)
    r = _ask(engine, question)
    assert not r.abstained
    first_line = r.answer.splitlines()[0]
    assert first_line.startswith(("The statements do not quote", "لا تَنسب")), r.answer
    assert asked in first_line and speaker in first_line, r.answer
    assert (asked == "Jordanian") != ("jordan" in r.citations[0].speaker_id), r.answer


def test_the_one_a_did_x_say_question_asks_about(index: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    named = NamedSpeakers(
        Engine(Settings(index_dir=index), embeddings=embeddings).loaded().snapshot
    )
    jordan = named.find("The Jordanian foreign ministry said the talks would resume in May.")
    assert len(jordan) == 1
    # named by what identifies it (the ministry of Jordan), not by every word of its name
    assert named.find("Did the Jordanian ministry say that the talks stalled?") == jordan
    assert named.find("هل قالت وزارة الخارجية الأردنية إن المحادثات تعثرت؟") == jordan
    # "State" in a name is no verb: the phrase runs to the verb in lower case
    assert named.find("Did the Jordanian State ministry state that the talks stalled?") == jordan


CROSS_SCRIPT_REPORTS = {
    "lisbon-wire.txt": (
        "LISBON, June 3 - Morocco and Spain opened talks on fishing quotas in Lisbon on Tuesday.\n\n"
        "France's foreign ministry said in a statement that the talks were a useful first step.\n\n"
        "Karim Bennani, the Moroccan fisheries minister, told AFP that quotas had to reflect "
        "the stocks.\n\n"
        "Spanish newspaper El Pais reported that a deal could come by autumn.\n"
    ),
    "rabat-report.txt": (
        "افتتح المغرب وإسبانيا في لشبونة جولة محادثات حول حصص الصيد.\n\n"
        "وقال مسؤول إسباني لوكالة فرانس برس إن مدريد تريد تمديد الاتفاق الحالي.\n"
    ),
}


def test_an_arabic_question_names_a_speaker_only_an_english_report_quotes(
    tmp_path_factory: pytest.TempPathFactory,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    """A person or an outlet only an English report quotes, asked about in Arabic, is found by
    what identifies them (surname across scripts, the outlet), not by shared words; a role of
    another kind or a bare capital singles nobody out."""
    snapshot = engine_over(CROSS_SCRIPT_REPORTS, tmp_path_factory, embeddings).loaded().snapshot
    named = NamedSpeakers(snapshot)
    bennani = named.find("What did Karim Bennani say about the quotas?")
    assert len(bennani) == 1
    assert named.find("ماذا قال وزير الصيد المغربي كريم بناني عن الحصص؟") == bennani
    assert named.asked("ماذا قال بناني عن الحصص؟") == bennani
    pais = named.find("What did El Pais report?")
    assert len(pais) == 1 and pais != bennani
    assert named.asked("ماذا قالت صحيفة الباييس عن الاتفاق؟") == pais
    french = named.find("ماذا قالت وزارة الخارجية الفرنسية عن المحادثات؟")
    assert len(french) == 1 and french == named.find("What did France's foreign ministry say?")
    # a Spanish official is quoted, a Spanish ministry is not; nor is Madrid as such
    assert named.asked("ماذا قالت وزارة الخارجية الإسبانية عن المحادثات؟") == frozenset()
    assert named.asked("ماذا قالت مدريد عن الاتفاق؟") == frozenset()


WHO_LED_REPORTS = {
    "kampala-wire.txt": (
        "KAMPALA, March 3 - Kenya and Uganda held a round of water talks in Kampala on Tuesday.\n\n"
        "Kenya's delegation to the Kampala talks was led by Water Minister Joseph Mwangi, with "
        "two hydrologists beside him.\n\n"
        'A Kenyan official said: "Our team in Kampala did well on the gauges."\n'
    ),
}


def test_who_led_a_delegation_is_answered_by_the_reporter_first(
    tmp_path_factory: pytest.TempPathFactory,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    """ "Who led ...?" asks what the reporter tells, not what a speaker said: a speaker's words
    on the same topic are not put ahead of the narration that names the head of delegation."""
    engine = engine_over(WHO_LED_REPORTS, tmp_path_factory, embeddings)
    r = ask(engine, "Who led Kenya's delegation at the Kampala talks?")
    assert not r.abstained, r.answer
    assert r.citations[0].speaker_id.startswith("report:"), r.citations[0]
    assert "Joseph Mwangi" in r.citations[0].quote
    # the same report asked what the official said: his words come first
    said = ask(engine, "What did the Kenyan official say about the team in Kampala?")
    assert said.citations[0].speaker_id == "kenyan-official", said.citations[0]


def test_whose_account_a_how_did_x_describe_question_asks_for(
    tmp_path_factory: pytest.TempPathFactory,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    """ "How did X describe ...?", "In the view of X, ...", "كيف وصف X ...": X's account is
    asked for, and X is found by what identifies them (the mediator is the envoy the reports
    quote), not only by the words the reports used."""
    engine = engine_over(
        {
            "nairobi-wire.txt": (
                "NAIROBI, May 2 - The US envoy Tom Hale said Uganda's new government wanted calm"
                " ties with Kenya.\n\nA Kenyan official told Reuters that the talks were slow.\n"
            ),
            "kampala-daily.txt": (
                "قال المبعوث الأمريكي توم هيل إن الحكومة الأوغندية الجديدة تريد علاقات هادئة مع"
                " كينيا.\n\nوقال مسؤول كيني إن المحادثات بطيئة.\n"
            ),
        },
        tmp_path_factory,
        embeddings,
    )
    named = NamedSpeakers(engine.loaded().snapshot)
    envoy = named.asked("What did the US envoy say about Uganda?")
    assert len(envoy) == 1
    assert named.asked("كيف وصف الوسيط الأمريكي نظرة الحكومة الأوغندية إلى كينيا؟") == envoy
    assert named.asked("In the view of the American mediator, what ties does Uganda want?") == (
        envoy
    )
    assert named.asked("How did the American mediator describe Uganda's aims?") == envoy
    kenyan = named.asked("How did the Kenyan official describe the talks?")
    assert kenyan and kenyan != envoy
