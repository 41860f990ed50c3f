from ingest.normalize import detect_language, keyword_tokens, normalize_arabic


def test_folds_the_spellings_arabic_writers_mix() -> None:
    assert normalize_arabic("الأميركية") == normalize_arabic("الاميركيه")
    assert normalize_arabic("إسرائيل") == normalize_arabic("اسرائيل") == "اسراييل"
    assert normalize_arabic("آلية") == "اليه"
    assert normalize_arabic("مصطفى") == "مصطفي"
    assert normalize_arabic("يُجدد") == "يجدد"
    assert normalize_arabic("الســلام") == "السلام"
    assert normalize_arabic("٨ ديسمبر") == "8 ديسمبر"
    assert normalize_arabic("باريس\u200b") == "باريس"


def test_language_detection() -> None:
    assert detect_language("ماذا قال المسؤول السوري؟") == "ar"
    assert detect_language("What did the Syrian official say?") == "en"
    assert detect_language("ما موقف Netanyahu؟") == "ar"
    assert detect_language("123") == "en"


def test_keyword_tokens_stem_and_drop_function_words() -> None:
    tokens = keyword_tokens("وقال المسؤول إن الانسحاب الإسرائيلي الكامل")
    assert "في" not in tokens and "ان" not in tokens
    assert keyword_tokens("الانسحاب") == keyword_tokens("انسحاب")
