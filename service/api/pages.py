"""Pages for people: the demo page, the embeddable widget script, and the source viewer.

All of them are static files in service/api/static. The pages' own scripts fetch the JSON API, so
no document text is ever templated into HTML, and a strict Content-Security-Policy holds: no
inline script and no inline style (the widget styles its shadow root with a constructed
stylesheet, which CSP treats as CSSOM rather than inline style). When API keys are set, the
pages' scripts get a short-lived token from /page-token (service/api/tokens.py) to call the API.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from service.errors import NotFound
from service.models import WidgetToken

router = APIRouter(include_in_schema=False)

STATIC = Path(__file__).resolve().parent / "static"

PAGE_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)
# Short: a fixed widget reaches embedding pages within minutes, and reloads stay cheap.
ASSET_CACHE = "public, max-age=300"

READ = ["GET", "HEAD"]  # HEAD too, for curl -I and uptime checks

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
_ASSET_NAME = re.compile(r"[a-z][a-z0-9-]*\.(?:js|css)")


def _static(name: str, *, headers: dict[str, str]) -> FileResponse:
    path = STATIC / name
    return FileResponse(
        path,
        media_type=_TYPES[path.suffix],
        headers={"X-Content-Type-Options": "nosniff", **headers},
    )


def _page(name: str) -> FileResponse:
    return _static(
        name,
        headers={
            "Content-Security-Policy": PAGE_CSP,
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-cache",
        },
    )


@router.api_route("/", methods=READ)
async def demo_page() -> FileResponse:
    """The demo: the widget inline, with example questions."""
    return _page("index.html")


@router.api_route("/sources/{source_id:path}", methods=READ)
async def source_page(source_id: str) -> FileResponse:
    """One source's text with the quoted span (?start=S&end=E) highlighted; source.js renders it."""
    return _page("source.html")


@router.get("/page-token")
async def page_token(request: Request) -> Response:
    """A token for the service's own pages (the demo's widget, the source viewer), counted per
    address under TALKSQA_PAGE_RATE_LIMIT: anyone may have one, as anyone may open the pages.
    204 when no key is needed (no API keys set)."""
    access = request.app.state.access
    if not access.keys_required:
        return Response(status_code=204, headers={"Cache-Control": "no-store"})
    token = access.page_token()
    if token is None:
        raise NotFound(
            "the service's own pages are closed (TALKSQA_PAGE_RATE_LIMIT is empty)",
            hint="call the API with your API key",
        )
    body = WidgetToken(token=token, expires_in=access.tokens.seconds)
    return Response(
        body.model_dump_json(),
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )


@router.api_route("/widget.js", methods=READ)
async def widget_script() -> FileResponse:
    """The embeddable widget; any page may load it (CORS decides who may call the API)."""
    return _static(
        "widget.js",
        headers={"Cache-Control": ASSET_CACHE, "Cross-Origin-Resource-Policy": "cross-origin"},
    )


@router.api_route("/static/{name}", methods=READ)
async def asset(name: str) -> FileResponse:
    """The pages' scripts and styles, by plain name only (no paths)."""
    if not _ASSET_NAME.fullmatch(name) or not (STATIC / name).is_file():
        raise NotFound(f"no static file {name!r}", hint="see the demo page at /")
    return _static(name, headers={"Cache-Control": ASSET_CACHE})
