"""Recent answers: the same request on the same index generation gets the same answer."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from service.models import ChatRequest, ChatResponse, Timings

ANSWER_CACHE = 512


def cache_key(request: ChatRequest) -> str | None:
    """Identical requests get identical answers from one index generation."""
    if request.stream:
        return None
    return request.model_dump_json()


class AnswerCache:
    """The last `size` answers, by (index version, request)."""

    def __init__(self, size: int = ANSWER_CACHE) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[str | None, str], ChatResponse] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, version: str | None, key: str) -> ChatResponse | None:
        return self._answers.get((version, key))

    def put(self, version: str | None, key: str, response: ChatResponse) -> None:
        with self._lock:
            self._answers[(version, key)] = response
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)


def from_cache(response: ChatResponse, *, started: float) -> ChatResponse:
    """The stored answer with this request's own timings: the first computation's would claim
    work that was not done."""
    total_ms = round((time.perf_counter() - started) * 1000, 3)
    timings = Timings(embed_ms=0, search_ms=0, answer_ms=0, total_ms=total_ms, cached=True)
    return response.model_copy(update={"timings": timings})
