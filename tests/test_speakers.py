"""Canonical speaker ids (ingest/speakers.py)."""

from __future__ import annotations

from ingest.attribute import parse_mention
from ingest.speakers import SpeakerRegistry


def test_two_unknown_arabic_speakers_are_two_ids() -> None:
    # mentions with no role, country, outlet or name were all "speaker-speaker" (their
    # Arabic surfaces slugged to nothing), so two unknown speakers shared one id
    a = parse_mention("الجلسات", start=0, end=7, language="ar")
    b = parse_mention("الملفات", start=10, end=17, language="ar")
    registry = SpeakerRegistry([a, b])
    ids = {registry.speaker(a).id, registry.speaker(b).id}
    assert len(ids) == 2 and "speaker-speaker" not in ids


def test_a_government_source_with_no_country_is_the_corpus_one() -> None:
    kenyan = parse_mention("مصدر حكومي كيني", start=0, end=15, language="ar")
    bare = parse_mention("مصدر حكومي", start=20, end=30, language="ar")
    one = SpeakerRegistry([kenyan, bare])
    assert one.speaker(bare).id == one.speaker(kenyan).id
    # with government sources of two countries, an unnamed country stays unknown
    ugandan = parse_mention("مصدر حكومي أوغندي", start=40, end=57, language="ar")
    two = SpeakerRegistry([kenyan, ugandan, bare])
    assert two.speaker(bare).id not in {two.speaker(kenyan).id, two.speaker(ugandan).id}


def test_a_statement_of_a_named_institution_speaks_as_the_institution() -> None:
    statement = parse_mention("بيان الخارجية الكينية", start=0, end=21, language="ar")
    ministry = parse_mention("وزارة الخارجية الكينية", start=30, end=52, language="ar")
    registry = SpeakerRegistry([statement, ministry])
    assert registry.speaker(statement).id == registry.speaker(ministry).id


def test_a_countrys_office_is_the_corpus_one_holder_named_without_a_country() -> None:
    named = parse_mention("رئيس الوزراء وليام روتو", start=0, end=22, language="ar")
    office = parse_mention("مكتب رئيس الوزراء الكيني", start=30, end=54, language="ar")
    registry = SpeakerRegistry([named, office])
    assert registry.speaker(office).id == "roto-office"
    # with a holder named for another country, a country's unnamed office stays its own
    ugandan = parse_mention("رئيس الوزراء الأوغندي موسى كاغوتا", start=60, end=92, language="ar")
    two = SpeakerRegistry([named, ugandan, office])
    assert two.speaker(office).id != "roto-office"


def test_a_role_with_of_keeps_the_name_after_it() -> None:
    rubio = parse_mention("Secretary of State Marco Mugo", start=0, end=29, language="en")
    assert rubio.person == ("Marco", "Mugo") and rubio.roles == ("foreign-minister",)
    # a place after a role is still no name
    placed = parse_mention("an official in Lamu and Malindi", start=0, end=31, language="en")
    assert not placed.person


def test_the_office_of_a_ministrys_spokesperson_speaks_as_the_ministry() -> None:
    office = parse_mention(
        "مكتب المتحدث باسم وزارة الخارجية الكينية", start=0, end=40, language="ar"
    )
    ministry = parse_mention("وزارة الخارجية الكينية", start=50, end=72, language="ar")
    registry = SpeakerRegistry([office, ministry])
    assert registry.speaker(office).id == registry.speaker(ministry).id


def test_a_diplomatic_source_is_a_diplomat_and_a_european_one_is_apart() -> None:
    source = parse_mention("مصدر دبلوماسي غربي", start=0, end=18, language="ar")
    diplomat = parse_mention("دبلوماسي غربي", start=20, end=33, language="ar")
    european = parse_mention("a European diplomat", start=40, end=59, language="en")
    registry = SpeakerRegistry([source, diplomat, european])
    assert registry.speaker(source).id == registry.speaker(diplomat).id
    assert registry.speaker(european).id != registry.speaker(diplomat).id


def test_a_group_of_officials_is_apart_from_one_official_and_labelled_as_a_group() -> None:
    group = parse_mention("Kenyan officials", start=0, end=16, language="en")
    one = parse_mention("a Kenyan official", start=20, end=37, language="en")
    registry = SpeakerRegistry([group, one])
    assert registry.speaker(group).id != registry.speaker(one).id
    arabic = SpeakerRegistry([group]).speaker(group).label_ar
    assert arabic.startswith("مسؤولون") and "officials" not in arabic


def test_a_countrys_minister_is_its_one_named_minister_of_any_ministry() -> None:
    named = parse_mention("وزير الخارجية الكيني موساليا أوديامبو", start=0, end=36, language="ar")
    minister = parse_mention("الوزير الكيني", start=50, end=63, language="ar")
    english = parse_mention("the Kenyan minister", start=70, end=89, language="en")
    registry = SpeakerRegistry([named, minister, english])
    assert registry.speaker(minister).id == registry.speaker(named).id
    assert registry.speaker(english).id == registry.speaker(named).id
    # two named ministers of the country: an unnamed one is neither
    defence = parse_mention("وزير الدفاع الكيني جون كاماو", start=100, end=127, language="ar")
    two = SpeakerRegistry([named, defence, minister])
    assert two.speaker(minister).id not in {two.speaker(named).id, two.speaker(defence).id}


def test_a_region_tells_unnamed_diplomats_apart_where_no_country_is_named() -> None:
    western = parse_mention("دبلوماسي غربي", start=0, end=13, language="ar")
    arab = parse_mention("a diplomat in the region", start=20, end=44, language="en")
    bare = parse_mention("a diplomat", start=50, end=60, language="en")
    western_en = parse_mention("a Western diplomat", start=70, end=88, language="en")
    kenyan = parse_mention("a Kenyan diplomat in the region", start=90, end=121, language="en")
    registry = SpeakerRegistry([western, arab, bare, western_en, kenyan])
    ids = {registry.speaker(m).id for m in (western, arab, bare, kenyan)}
    assert len(ids) == 4
    assert registry.speaker(western_en).id == registry.speaker(western).id
    assert registry.speaker(western).label_en == "a Western diplomat"
    assert registry.speaker(kenyan).id == "kenyan-diplomat"  # the country, not the region


def test_a_news_site_is_its_own_outlet_not_its_publishers_paper() -> None:
    site = parse_mention("the Israeli news site Ynet", start=0, end=26, language="en")
    site_ar = parse_mention("موقع واي نت الإسرائيلي", start=30, end=52, language="ar")
    paper = parse_mention("Yedioth Ahronoth", start=60, end=76, language="en")
    registry = SpeakerRegistry([site, site_ar, paper])
    assert registry.speaker(site).id == registry.speaker(site_ar).id
    assert registry.speaker(site).id != registry.speaker(paper).id


def test_a_holders_name_cut_to_its_given_name_is_no_second_holder() -> None:
    """ "رئيس الوزراء وليام" (the name cut before روتو) is not a second prime minister: an
    office named without a country is still the corpus's one holder's."""
    named = parse_mention("رئيس الوزراء الكيني وليام روتو", start=0, end=29, language="ar")
    cut = parse_mention("رئيس وزراء البلاد وليام", start=40, end=63, language="ar")
    office = parse_mention("The Prime Minister's Office", start=70, end=97, language="en")
    registry = SpeakerRegistry([cut, named, office])
    assert registry.speaker(office).id == "roto-office"


def test_a_shared_surname_alone_is_whoever_spells_it_so() -> None:
    """Two people whose surnames share a skeleton ("Grace Atieno", "David Atienno"): the
    surname alone, spelled as only one of them spells it, is that one, not a third speaker."""
    grace = parse_mention("Kenyan envoy Grace Atieno", start=0, end=25, language="en")
    david = parse_mention("former minister David Atienno", start=30, end=59, language="en")
    bare = parse_mention("Atieno", start=70, end=76, language="en")
    other = parse_mention("Atienno", start=80, end=87, language="en")
    registry = SpeakerRegistry([grace, david, bare, other])
    assert registry.speaker(grace).id != registry.speaker(david).id
    assert registry.speaker(bare).id == registry.speaker(grace).id
    assert registry.speaker(other).id == registry.speaker(david).id


def test_the_name_after_a_ministrys_spokesperson_is_the_spokespersons_own() -> None:
    """ "المتحدث باسم وزارة الخارجية الكينية جون أوتينو" is Otieno himself, as the English
    report's "Foreign Ministry spokesman John Otieno" is; "المتحدث باسم رئيس الوزراء وليام روتو" is
    Ruto's spokesperson, not Ruto."""
    surfaces = [
        ("المتحدث باسم وزارة الخارجية الكينية جون أوتينو", "ar"),
        ("Foreign Ministry spokesman John Otieno", "en"),
        ("المتحدث باسم رئيس الوزراء الكيني وليام روتو", "ar"),
        ("رئيس الوزراء الكيني وليام روتو", "ar"),
    ]
    mentions = [
        parse_mention(s, start=100 * i, end=100 * i + len(s), language=lang)
        for i, (s, lang) in enumerate(surfaces)
    ]
    registry = SpeakerRegistry(mentions)
    ids = [registry.speaker(m).id for m in mentions]
    assert ids[0] == ids[1]
    assert ids[2] != ids[3] and ids[2] != ids[0]


def test_a_delegate_to_the_un_is_named() -> None:
    """Where a delegate sits ("لدى الأمم المتحدة") is no part of the title before the name:
    the delegate is the person named, one speaker with his surname alone."""
    full = "المندوب الكيني الدائم لدى الأمم المتحدة جون أوتينو"
    bare = "أوتينو"
    mentions = [
        parse_mention(full, start=0, end=len(full), language="ar"),
        parse_mention(bare, start=200, end=200 + len(bare), language="ar"),
    ]
    registry = SpeakerRegistry(mentions)
    assert registry.speaker(mentions[0]).id == registry.speaker(mentions[1]).id
    speaker = registry.speaker(mentions[0])
    assert speaker.id == registry.speaker(mentions[1]).id
    assert not speaker.id.startswith(("ke-", "xx-")) and "official" not in speaker.id, speaker.id
