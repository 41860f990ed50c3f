"""Turn a conversation into one retrieval query (a heuristic: no LLM is needed for it).

A follow-up such as "And what did he say was impossible?" or "وماذا عن الأقلية؟" means little
alone; prefixed with the previous question it retrieves the right statement.
"""

from __future__ import annotations

import re

from service.models import Message

_FOLLOW_UP = re.compile(
    r"^(?:and|what about|how about|also|then|so|but|and what|why|who)\b"
    r"|\b(?:he|she|they|it|him|her|them|his|their|its|that|this|those|these)\b"
    r"|^(?:و|ف)?(?:ماذا عن|ما ذا عن|وماذا|وما|ولماذا|ومن|وهل|وكيف|ومتى|وأين)"
    r"|(?:^|\s)(?:هو|هي|هم|ذلك|تلك|هذا|هذه)(?:\s|$|؟)",
    re.IGNORECASE,
)
_SHORT = 6  # words
# The most characters of one query the embedder reads. e5 reads every token it is given (about
# 1 ms a character on this machine's loaded core, measured at 200-8000 characters), and
# concurrent questions wait for the encoder: an 8000-character turn held every other user
# for 14 s. The longest development question is 166 characters, a follow-up with its context
# about 330; the keyword search and the gates still read the whole question.
MAX_QUERY_CHARS = 400


def is_follow_up(question: str) -> bool:
    return bool(_FOLLOW_UP.search(question.strip())) or len(question.split()) <= _SHORT // 2


def retrieval_queries(messages: list[Message]) -> list[str]:
    """The last question; for a follow-up, also the question in the context of the previous one.

    Both are searched and the rankings fused: the question alone keeps its own focus ("what was
    impossible"), the contextual one resolves "he" and "it".
    """
    question = messages[-1].content.strip()
    earlier = [m.content.strip() for m in messages[:-1] if m.role == "user" and m.content.strip()]
    if earlier and is_follow_up(question):
        room = max(0, MAX_QUERY_CHARS - len(question) - 1)
        return [question, f"{earlier[-1][:room]} {question}".strip()]
    return [question]


def embedding_text(query: str) -> str:
    """The part of a query the embedder reads: its first MAX_QUERY_CHARS characters, cut at a
    word boundary where one is near."""
    if len(query) <= MAX_QUERY_CHARS:
        return query
    cut = query[:MAX_QUERY_CHARS]
    space = cut.rfind(" ")
    return cut[:space] if space > MAX_QUERY_CHARS // 2 else cut
