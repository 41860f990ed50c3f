"""A report's layout: paragraphs, and the structure around them (title, dateline, byline,
subheadings, list markers, live-blog timestamps), with exact offsets.

Reports arrive with blank lines or single newlines between paragraphs, Markdown, or Windows line
endings. Structure is kept as metadata: it is searchable through its paragraph, and never quoted
alone as anyone's words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.dates import date_prefix, is_date_line
from ingest.schema import Span, StructureSpan

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = tuple(".!?؟:\"»”'’)]…")
# what may trail an emoji: variation selector, zero-width joiner, skin tones
_EMOJI_TAIL = re.compile("[\ufe0f\u200d\U0001f3fb-\U0001f3ff]+$")


def _ends_sentence(line: str) -> bool:
    """Final punctuation, or an emoji: a social-media post ends its sentences with one
    ("... ولا كلمة عن الانسحاب 🤷‍♂️"), and its next line is a new paragraph."""
    line = _EMOJI_TAIL.sub("", line.rstrip("*_ "))
    return line.endswith(_TERMINAL) or (bool(line) and unicodedata.category(line[-1]) == "So")


_MD_HEADING = re.compile(r"#{1,6}\s+")
# (or a messaging app's symbol bullets: "🔹 A", "▪️ A", "✅ A")
_LIST_MARKER = re.compile(
    # (an agency's "3 - A", a thread's "3/10" or "6/")
    r"(?:[-*+•–—]|\d{1,3}[.)]|\d{1,2}\s[-–—]|>|\d{1,2}/\d{0,2}"
    r"|[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\ufe0f\u200d]?)\s+"
)
_EMPHASIS = re.compile(r"^\*\*|^__")
# a web page's furniture: "![alt](img.jpg)", its italic caption, "**Related:** [title](/url)"
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_CAPTION = re.compile(r"([*_])[^*_\n].*[^*_\n]\1")
# a wire's note on its own versions, in brackets: "(Corrects paragraph 7 to say ...)", "(Adds
# comment from the ministry)", "(Updates with ...)"
_EDITOR_NOTE = re.compile(
    r"\(\s*(?:Corrects|Correction|Adds|Updates|Recasts|Refiles|Changes|Removes|Fixes)\b[^()\n]*\)\.?"
)
_LINK_LINE = re.compile(r"(?:(?:\*\*|__)?[^\[\n]{1,30}?(?:\*\*|__)?\s*)?\[[^\]\n]+\]\([^)\n]+\)")
# "14:05", "14:05 GMT", "2:05 pm", "[14:05]", "[00:01:12]", "**14:05 GMT**", optionally followed
# by - or :
_TIMESTAMP = re.compile(
    r"\[?\**(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s?(?:GMT|UTC|ET|CET|EST|بتوقيت \S+"  # noqa: E501
    r"|ت\.غ|غرينتش))?|\d{1,2}\s?(?:am|pm))\**\]?\s*(?:[-–—:|]\s*)?",
    re.IGNORECASE,
)
# "PARIS, Jan 6 (Reuters) -", "PARIS —", "باريس - (وكالات):", "دمشق ـ «الوطن»:"
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'/-]{2,30}|[\u0621-\u064a][\u0621-\u064a ]{1,25}?)"
    # (a tatweel is a dash only after a space: "دمشق ـ", never the one of "لـ«الوطن»")
    r"(?:,\s*[^()\n–—-]{1,25}?)?\s*(?:\([^()\n]{1,40}\)|«[^«»\n]{1,30}»)?\s*(?:[-–—:]|(?<=\s)ـ)[-–—ـ:]*\s*"
    r"(?:\([^()\n]{1,40}\)|«[^«»\n]{1,30}»)?\s*:?\s*"
)
_BYLINE = re.compile(r"(?:by|بقلم|كتب|كتبت|إعداد|اعداد)\s+\S.{0,60}$", re.IGNORECASE)
_MAX_HEADING_WORDS = 14
# a report's first line is its headline, and headlines run longer than subheadings ("فضيلة
# الشيخ ... يلتقي المبعوث الأمريكي ... ويطالب بممر إنساني آمن إلى السويداء": 17 words)
_MAX_TITLE_WORDS = 24
_WRAP_WIDTH = 100  # a document none of whose lines is longer was wrapped by hand


@dataclass(frozen=True)
class Block:
    """A paragraph of running text (kind "text") or a structural line, with its content span."""

    index: int  # 1-based, in reading order
    start: int
    end: int
    kind: str  # text | title | subheading | timestamp | byline


Structure = StructureSpan  # title, subheading, dateline, byline, timestamp, list_marker, ...


@dataclass(frozen=True)
class Layout:
    blocks: tuple[Block, ...]
    structure: tuple[Structure, ...]

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "text")


def _lines(text: str) -> list[Span]:
    """(start, end) of each line without its line break."""
    spans = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and match.end() == len(text):
            break
        content = match.group().rstrip("\r\n")
        spans.append((match.start(), match.start() + len(content)))
    return spans


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# "عاجل | ...", "BREAKING: ...": a live post, however short, is never a heading
_BREAKING_WORD = r"(?:عاجل|خاص|تحديث|breaking|update|just in)\s*[|:\-–—]"
_BREAKING = re.compile(_BREAKING_WORD, re.IGNORECASE)
# a news stream's kicker: "عاجل | A", "متابعة | A", "BREAKING: A", "Developing | A" (one or two
# words before a pipe, or a breaking word before any separator); it opens a post of its own
_KICKER = re.compile(
    rf"(?:{_BREAKING_WORD}|[^\W\d_]{{2,}}(?: [^\W\d_]{{2,}})?\s?\|)\s*", re.IGNORECASE
)


def _is_heading_like(line: str, *, quotes: bool = False, title: bool = False) -> bool:
    """A short line with no final punctuation; with `quotes`, quoted words too (a report's
    first line: 'Syrian source: no progress on "strategic files"' is its title); with `title`,
    as long as a headline may be."""
    stripped = line.strip().strip("*_").strip()
    return (
        0 < len(stripped.split()) <= (_MAX_TITLE_WORDS if title else _MAX_HEADING_WORDS)
        and not _ends_sentence(stripped)
        and (quotes or not any(q in stripped for q in '"«“'))
        and not _BREAKING.match(stripped)
    )


def layout(text: str) -> Layout:
    """Split a report into blocks and structure spans; spans never include surrounding space.

    A paragraph ends at a blank line, or at a line break after sentence-final punctuation, or
    before a line that opens with a Markdown or list marker or a timestamp: hard-wrapped lines
    inside a paragraph are joined.
    """
    lines = [(a, b) for a, b in (_strip(text, *s) for s in _lines(text))]
    # Hard-wrapped text: short lines, paragraphs separated by blank lines. There a line break
    # inside a paragraph is only a wrap, whatever punctuation ends the line.
    widths = [b - a for a, b in lines if b > a]
    has_blank = any(b <= a for a, b in lines[1:-1])
    wrapped = has_blank and bool(widths) and max(widths) <= _WRAP_WIDTH and len(widths) > 3
    groups: list[list[Span]] = []
    previous_blank = True
    for start, end in lines:
        if start >= end:
            previous_blank = True
            continue
        line = text[start:end]
        # "... the lines the boats held before\n8 March 2024.": in hard-wrapped text, a
        # date that ends a sentence the line above left open is the sentence's last words, not
        # a date line of its own
        date_ends_sentence = (
            wrapped
            and not previous_blank
            and bool(groups)
            and _ends_sentence(line)
            and re.search(r"[^\W\d_],?$", text[slice(*groups[-1][-1])]) is not None
        )
        opens_block = bool(
            _MD_HEADING.match(line)
            or _LIST_MARKER.match(line)
            or _KICKER.match(line)
            or _TIMESTAMP.fullmatch(line)
            or (is_date_line(line) and not date_ends_sentence)
            or (groups and is_date_line(text[slice(*groups[-1][-1])]))  # the line after one
            or _IMAGE.fullmatch(line)
            or (groups and _IMAGE.fullmatch(text[slice(*groups[-1][-1])]))  # its caption
        )
        quoting = line.startswith(">") and text[groups[-1][-1][0]] == ">" if groups else False
        # a Markdown table's rows ("| Speaker | What they said |"): one block, like a quote's
        tabling = line.startswith("|") and text[groups[-1][-1][0]] == "|" if groups else False
        if (quoting or tabling) and not previous_blank:
            groups[-1].append((start, end))  # a block quote's lines: one paragraph
        elif previous_blank or not groups or opens_block:
            groups.append([(start, end)])
        else:
            prev_start, prev_end = groups[-1][-1]
            prev = text[prev_start:prev_end]
            headline = len(groups) == 1 and len(groups[-1]) == 1  # the report's first line
            joined = wrapped or (
                not _ends_sentence(prev) and not _is_heading_like(prev, title=headline)
            )
            if joined and not _MD_HEADING.match(prev):
                groups[-1].append((start, end))
            else:
                groups.append([(start, end)])
        previous_blank = False

    blocks: list[Block] = []
    structure: list[Structure] = []
    texts_seen = 0
    for number, group in enumerate(groups):
        start, end = group[0][0], group[-1][1]
        line = text[start:end]
        furniture = (
            "image"
            if _IMAGE.fullmatch(line)
            else "caption"
            if _CAPTION.fullmatch(line) and blocks and blocks[-1].kind == "image"
            else "related_link"
            if _LINK_LINE.fullmatch(line)
            else "editor_note"
            if _EDITOR_NOTE.fullmatch(line)
            else None
        )
        if furniture:
            structure.append(Structure(furniture, start, end))
            blocks.append(Block(len(blocks) + 1, start, end, furniture))
            continue
        if is_date_line(line.strip("*_ ")):
            # "Tuesday, January 6, 2026 (all times GMT)", a live page's or a byline's date
            structure.append(Structure("dateline", start, end))
            blocks.append(Block(len(blocks) + 1, start, end, "timestamp"))
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            structure.append(Structure("heading_marker", start, start + heading.end()))
            start += heading.end()
            kind = "title" if not blocks and not texts_seen else "subheading"
            structure.append(Structure(kind, start, end))
            blocks.append(Block(len(blocks) + 1, start, end, kind))
            continue
        stamp = _TIMESTAMP.match(line)
        if stamp and stamp.end() > 0 and re.match(r"\[?\**\d", line):
            structure.append(Structure("timestamp", start, start + stamp.end()))
            start = start + stamp.end()
            if start >= end:
                blocks.append(Block(len(blocks) + 1, *_span_of(text, group), "timestamp"))
                continue
        marker = _LIST_MARKER.match(text[start:end])
        if marker:
            structure.append(Structure("list_marker", start, start + marker.end()))
            start += marker.end()
        kicker = _KICKER.match(text[start:end])
        if kicker and start + kicker.end() < end:
            structure.append(Structure("kicker", start, start + kicker.end()))
            start += kicker.end()
        dated = date_prefix(text[start:end])
        if dated and start + dated < end:
            # "* July 25, 2025 - Axios reports that A": a timeline entry's date is its stamp
            structure.append(Structure("timestamp", start, start + dated))
            start += dated
        line = text[start:end]
        if _BYLINE.match(line) and len(line.split()) <= 8 and not line.endswith(_TERMINAL[:4]):
            structure.append(Structure("byline", start, end))
            blocks.append(Block(len(blocks) + 1, start, end, "byline"))
            continue
        is_last = number == len(groups) - 1
        first = not blocks and not texts_seen
        after_time = (
            bool(blocks)
            and blocks[-1].kind in ("title", "subheading")
            and _TIMESTAMP.fullmatch(text[blocks[-1].start : blocks[-1].end].strip(" *_"))
        )
        if (
            _is_heading_like(line, quotes=first and not re.search(r"[.!?؟]", line), title=first)
            and not is_last
            and len(group) == 1
            and not marker
            # ("عاجل | مكتب X: A" is a post, however short; the report's first line, its title)
            and not (kicker and not first)
            # a live blog's entry under its time ("### 21:15"): the entry's words, not a heading
            and not after_time
        ):
            kind = "title" if not blocks else "subheading"
            structure.append(Structure(kind, start, end))
            blocks.append(Block(len(blocks) + 1, start, end, kind))
            continue
        if texts_seen == 0:
            dateline = _DATELINE.match(line)
            if (
                dateline
                and dateline.end() < len(line)
                and _looks_like_dateline(line[: dateline.end()])
            ):
                structure.append(Structure("dateline", start, start + dateline.end()))
                start += dateline.end()
        texts_seen += 1
        start, end = _strip(text, start, end)
        blocks.append(Block(len(blocks) + 1, start, end, "text"))
    return Layout(tuple(blocks), tuple(structure))


def _span_of(text: str, group: list[Span]) -> Span:
    return group[0][0], group[-1][1]


def _looks_like_dateline(prefix: str) -> bool:
    """A place in capitals or a short Arabic place name, then a dash: not a sentence's clause."""
    words = prefix.replace("(", " ").replace(")", " ").split()
    return 1 <= len(words) <= 8 and bool(re.search(r"[-–—]|\sـ", prefix))
