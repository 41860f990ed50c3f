"""A question about someone's words is refused when no report quotes them, whichever script and
form the question names them in; and never when a speaker could be the one it names."""

from __future__ import annotations

import pytest

from service.qa.asked_speaker import (
    UnquotedSpeaker,
    asked_speaker,
    asks_who_acted,
    parse_phrase,
    same_person,
)

# The speakers of an invented corpus on other talks, as its reports and labels name them.
SPEAKERS = UnquotedSpeaker(
    [
        "Kenyan Foreign Minister Musalia Odhiambo",
        "وزير الخارجية الكيني موساليا أوديامبو",
        "a Ugandan official",
        "مسؤول أوغندي",
        "a Western diplomat",
        "Daily Monitor",
        "Okafor",
        "Mahmoud Oketch",
        "al-Husseini",
        "Sen. Dale Hutchins",
        "Amina Haddad",
        "Sheikh Salim Wafula, a Luo elder",
        "Yossi Bar-Lev",
    ]
)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("What did Tanzania's president say about the water talks?", "Tanzania's president"),
        ("ماذا قال الرئيس التنزاني عن محادثات المياه؟", "الرئيس التنزاني"),
        ("ما موقف الحكومة الإثيوبية من اللجنة؟", "الحكومة الإثيوبية"),
        ("How did Egypt react to the committee?", "Egypt"),
        ("What did the Egyptians say about the committee?", "the Egyptians"),
        ("ماذا قال الجانب المصري عن اللجنة؟", "الجانب المصري"),
        # a given name that sounds like a speaker's name (Ahmed / Mahmoud, Hussein /
        # al-Husseini) is no surname: these are other people
        (
            "What did Ugandan President Ahmed Kato say about the dam?",
            "Ugandan President Ahmed Kato",
        ),
        ("What did Hussein Mugisha tell reporters?", "Hussein Mugisha"),
        ("What is the position of the Sudanese army on the dam?", "the Sudanese army"),
        # an official position, and in Arabic the one whose position follows its لـ
        ("What is the official position of the Sudanese army on the dam?", "the Sudanese army"),
        ("ما الموقف الرسمي للحكومة الإثيوبية من اللجنة؟", "الحكومة الإثيوبية"),
        ("ما الموقف الرسمي لإثيوبيا من اللجنة؟", "إثيوبيا"),
        # a name before what describes them, of someone no report quotes
        ("ماذا قال جون موانغي، صاحب المزرعة، عن السد؟", "جون موانغي، صاحب المزرعة"),
    ],
)
def test_words_of_someone_no_report_quotes_are_refused(question: str, who: str) -> None:
    refused = SPEAKERS.check(question)
    assert refused is not None and refused[0] == who


@pytest.mark.parametrize(
    "question",
    [
        "What did Odhiambo say about the gauges?",  # the surname alone
        "What did Chidi Okafor say about the gauges?",  # a speaker known by the surname only
        "What did Mr Oketch say about the gauges?",
        "ماذا قال السيناتور ديل هاتشينز عن السد؟",  # the scripts spell the surname apart
        "What did Amina Haddad say about the dam?",  # a surname too short for a skeleton
        "What did the Luo elder from Kisumu say about the dam?",  # an adjective, not a name
        "ماذا قال أوديامبو عن المقاييس؟",  # in the other script
        "What did the Ugandan official tell Reuters about the dam?",  # the outlet told is no one
        "ماذا قال المسؤول الأوغندي لرويترز عن السد؟",
        "ماذا قال الدبلوماسي الغربي عمّا سيحدث؟",  # a role with no country: any such speaker
        "How did Uganda react to the committee?",  # a bare country: any of its speakers
        "What did the Ugandans say about the committee?",  # its people, in the plural
        "ماذا قال الجانب الأوغندي عن اللجنة؟",  # its side: no one named "الجانب"
        "ما موقف الطرف الكيني من اللجنة؟",
        "ما الموقف الرسمي لأوغندا من اللجنة؟",
        "What did the statement say about quotas?",  # a document, not a person
        "What did they say about quotas?",
        "ماذا قالت كل جهة عن الدور الأميركي؟",  # every speaker
        "Where will the committee meet?",  # not a question about words
        # the name before what describes them; "بار ليف" is one surname, as "Bar-Lev" is
        "ماذا قال يوسي بار ليف، صاحب المزرعة في كيسومو، عن السد؟",
        "What did Yossi Bar Lev, who farms near Kisumu, say about the dam?",
    ],
)
def test_never_refused_when_a_speaker_could_be_the_one_named(question: str) -> None:
    assert SPEAKERS.check(question) is None


def test_the_asked_phrase_stops_before_what_it_is_about() -> None:
    assert asked_speaker("ماذا قال مكتب نتنياهو عن الأقلية الدرزية؟") == "مكتب نتنياهو"
    assert asked_speaker("What did Netanyahu's office say about the Druze?") == "Netanyahu's office"
    assert asked_speaker("Where did they meet?") is None
    # "state" before the name's noun is no verb
    assert asked_speaker("What did Kenya's state news agency say?") == "Kenya's state news agency"
    assert asked_speaker("What did the US State Department say?") == "the US State Department"
    assert asked_speaker("What did the minister state about the dam?") == "the minister"
    # "ما الذي قالت كمبالا إنها شددت عليه": the speaker ends before what she said she did
    assert asked_speaker("ما الذي قالت كمبالا إنها شددت عليه خلال الحوار؟") == "كمبالا"


def test_a_possessive_is_no_part_of_the_name() -> None:
    """ "Odhiambo's office" names Odhiambo, in either script; a name that only shares its
    possessive ending ("Oketch's") does not."""
    speaker = parse_phrase("Kenyan Foreign Minister Musalia Odhiambo")
    arabic = parse_phrase("وزير الخارجية الكيني موساليا أوديامبو")
    for asked in ("Odhiambo's office", "Odhiambo’s spokesman"):
        assert same_person(parse_phrase(asked), speaker), asked
        assert same_person(parse_phrase(asked), arabic), asked
    assert not same_person(parse_phrase("Oketch's office"), speaker)


@pytest.mark.parametrize(
    ("question", "acted"),
    [
        ("Who chaired Kenya's side at the water talks in Kampala?", True),
        ("Who was on Uganda's technical team?", True),
        ("Who did the mediating for the AU?", True),
        ("من ترأس الوفد الكيني في محادثات كمبالا؟", True),
        ("ومن هو رئيس الفريق الأوغندي؟", True),
        ("من مثّل أوغندا في الاجتماع؟", True),
        # who said something: a speaker's words answer
        ("Who described the dam talks as a turning point?", False),
        ("Who said Kampala would share the data?", False),
        ("من وصف محادثات السد بأنها نقطة تحول؟", False),
        ("من الذي أعلن اتفاق تقاسم البيانات؟", False),
        ("من قالت إن كمبالا ستتقاسم البيانات؟", False),
        # the question's who after a clause that sets it up; a relative "who" asks nothing
        ("Besides the minister, who else represented Kenya in Kampala?", True),
        ("The talks were held in Nairobi. Who chaired them?", True),
        ("متى تبدأ اللجنة عملها، ومن سيرأسها؟", True),
        ("ما موقف كينيا، البلد المضيف، من نتائج المحادثات؟", False),
        ("What did the official, who led the team, say about the gauges?", False),
        ("Besides the minister, who else said the talks were useful?", False),
        # which and أي before a role: who acted, unless a saying verb is among the words
        ("Which Kenyan minister chaired the water talks?", True),
        ("Which Ugandan officials took part in the Kampala round?", True),
        ("Which leader of the Luo community met the AU envoy?", True),
        ("أي وزير كيني ترأس محادثات المياه؟", True),
        ("Which Ugandan official said the gauges would be shared?", False),
        ("أي مسؤول أوغندي وصف المحادثات بأنها مفيدة؟", False),
        ("Which gauges will the two sides share?", False),
        ("Which statement set out the data-sharing terms?", False),
        # من as "from", and questions that ask no who
        ("من أي مدينة جاء الوفد الكيني؟", False),
        ("What did the Kenyan delegation say about the gauges?", False),
    ],
)
def test_who_did_something_is_told_apart_from_who_said_something(
    question: str, acted: bool
) -> None:
    assert asks_who_acted(question) is acted


def test_the_usa_is_the_united_states() -> None:
    speakers = UnquotedSpeaker(["a U.S. official", "مسؤول أميركي"])
    assert speakers.check("What did the USA say about the dam?") is None
    assert speakers.check("What did the Americans say about the dam?") is None
