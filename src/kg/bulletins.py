"""Read bulletins from files: a registry of readers by suffix, yielding records or errors.

A reader never raises for one bad bulletin: it yields a :class:`BadInput` (an
:class:`~kg.errors.InputError`) naming the file (and line), the kind of problem and the reason
in its place, so the caller can quarantine it and go on.

>>> from pathlib import Path
>>> import tempfile
>>> d = Path(tempfile.mkdtemp())
>>> _ = (d / "b1.txt").write_text("عنوان\\n\\n12\\n\\nنص الخبر", encoding="utf-8")
>>> [b.title for b in read_paths([d])]
['عنوان']
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.extract.records import Bulletin, Span

Reader = Callable[[Path], Iterator["Bulletin | InputError"]]
READERS: dict[str, Reader] = {}

_FURNITURE = re.compile(r"[ \t]*[0-9\u0660-\u0669]+[ \t]*")
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


class BadInput(InputError):
    """One refused input: ``kind`` (e.g. ``encoding``), file, line (JSONL) and reason.

    ``str()`` gives ``file[:line]: reason``, the one line printed for it.
    """

    def __init__(self, kind: str, file: str | Path, reason: str, line: int | None = None,
                 bulletin: str | None = None) -> None:
        self.kind, self.file, self.line = kind, str(file), line
        self.reason, self.bulletin = reason, bulletin
        super().__init__(f"{self.file}:{line}: {reason}" if line else f"{self.file}: {reason}")

    @classmethod
    def at(cls, kind: str, source: str, reason: str, bulletin: str | None = None) -> BadInput:
        """A refusal for a bulletin known by its ``source`` (``file`` or ``file:line``)."""
        file, line = split_source(source)
        return cls(kind, file, reason, line, bulletin)


def split_source(source: str) -> tuple[str, int | None]:
    """``"a/b.jsonl:12"`` → ``("a/b.jsonl", 12)``; ``"a/b.txt"`` → ``("a/b.txt", None)``."""
    file, _, line = source.rpartition(":")
    return (file, int(line)) if file and line.isdigit() else (source, None)


def reader(suffix: str) -> Callable[[Reader], Reader]:
    """Register a reader for files ending in ``suffix``."""

    def register(fn: Reader) -> Reader:
        READERS[suffix] = fn
        return fn

    return register


MAX_BULLETIN_BYTES = 2_000_000  # SOHR bulletins are a few KB; 2 MB is a wrong file, not news


def _too_large(size: int, file: str | Path, line: int | None = None) -> BadInput:
    return BadInput("too-large", file, f"{size:,} bytes is more than the "
                    f"{MAX_BULLETIN_BYTES:,}-byte limit for one bulletin", line)


def _decode(data: bytes, file: str | Path, line: int | None = None) -> str:
    """Bytes of one bulletin (a file, or a JSONL line) as text, or :class:`BadInput`."""
    if not data.strip():
        raise BadInput("empty", file, "empty file, no bulletin to read", line)
    if len(data) > MAX_BULLETIN_BYTES:
        raise _too_large(len(data), file, line)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:  # UTF-16 with a byte-order mark is unambiguous
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise BadInput("encoding", file, f"UTF-16 text broken at byte {e.start}",
                           line) from None
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\x00" in data:
        nuls = [i % 2 for i, byte in enumerate(data) if byte == 0]
        # UTF-16 text: NULs (spaces, digits, Latin) many, and all in one byte of each pair
        if len(set(nuls)) == 1 and len(nuls) * 40 > len(data) and len(data) % 2 == 0:
            raise BadInput("encoding", file, "looks like UTF-16 without a byte-order mark; "
                           "save it as UTF-8 (or UTF-16 with a BOM)", line)
        raise BadInput("binary", file, "binary data (NUL bytes), not a UTF-8 text bulletin",
                       line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        hint = ""
        try:
            data.decode("cp1256")
            hint = " (it decodes as Windows-1256: convert it with `iconv -f cp1256 -t utf-8`)"
        except UnicodeDecodeError:
            pass
        raise BadInput("encoding", file, f"not valid UTF-8 at byte {e.start}{hint}",
                       line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _visible(text: str, file: str | Path, line: int | None = None) -> str:
    """``text``, unless it holds only spaces and invisible (bidi, zero-width) characters."""
    if not any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text):
        raise BadInput("empty", file, "no visible text (only spaces and invisible "
                       "bidi/zero-width characters)", line)
    return text


def _check_id(bulletin_id: str, where: str) -> str:
    if not _ID.match(bulletin_id):
        raise BadInput.at("invalid-field", where, f"bulletin id {bulletin_id!r} must use "
                          "only letters, digits, '_', '-', '.'")
    return bulletin_id


SUPPORTED_LANGS = ("ar", "en")  # SOHR publishes in both; the extractor reads both


def guess_lang(text: str) -> str:
    """The script most letters are in: ``"ar"`` (Arabic), ``"en"`` (Latin) or ``"und"``.

    >>> guess_lang("مقتل 3 مواطنين"), guess_lang("3 civilians killed"), guess_lang("Погибли")
    ('ar', 'en', 'und')
    """
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    other = sum(1 for c in text if c.isalpha()) - arabic - latin
    if other > max(arabic, latin):
        return "und"
    return "ar" if arabic >= latin else "en"


def from_text(bulletin_id: str, text: str, source: str, **meta: object) -> Bulletin:
    """A bulletin from plain text: title = first non-empty line, the rest is the body.

    Lines holding only a number (page furniture) are recorded in ``skip``.
    """
    lines = list(re.finditer(r"[^\n]*", text))
    content = [m for m in lines if m.group().strip()]
    if not content:
        raise BadInput.at("empty", source, "no text", bulletin_id)
    first = content[0]
    lead = len(first.group()) - len(first.group().lstrip())
    title_span = Span(first.start() + lead, first.start() + len(first.group().rstrip()))
    rest = [m for m in content[1:]]
    skip = tuple(Span(m.start(), m.end()) for m in rest if _FURNITURE.fullmatch(m.group()))
    body_lines = [m for m in rest if not _FURNITURE.fullmatch(m.group())]
    if body_lines:
        body_span = Span(body_lines[0].start(), body_lines[-1].end())
    else:
        body_span = Span(title_span.end, title_span.end)
    return Bulletin(
        id=_check_id(bulletin_id, source), text=text, title_span=title_span,
        body_span=body_span, source=source, skip=skip,
        lang=str(meta.get("lang") or guess_lang(text)),
        url=meta.get("url") or None,  # type: ignore[arg-type]
        published=meta.get("published"),  # type: ignore[arg-type]
    )


@reader(".txt")
def read_txt(path: Path) -> Iterator[Bulletin | InputError]:
    """One bulletin per file; its id is the file name without extension."""
    try:
        size = path.stat().st_size
        if size > MAX_BULLETIN_BYTES:  # refused before it is read into memory
            raise _too_large(size, path)
        text = _visible(_decode(path.read_bytes(), path), path)
        yield from_text(path.stem, text, str(path))
    except BadInput as e:
        e.bulletin = e.bulletin or path.stem
        yield e
    except OSError as e:
        yield BadInput("unreadable", path, f"cannot read: {e.strerror}")


def _parse_date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise BadInput.at("invalid-field", where,
                          f"'published' is not an ISO date: {value!r}") from None


@reader(".jsonl")
def read_jsonl(path: Path) -> Iterator[Bulletin | InputError]:
    """One bulletin per line with fields id, title, body and optional url, published, lang."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield BadInput("unreadable", path, f"cannot read: {e.strerror}")
        return
    if not data.strip():
        yield BadInput("empty", path, "empty file, no bulletin to read")
        return
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:  # UTF-16 with a byte-order mark is unambiguous: read it as its UTF-8 lines
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as e:
            yield BadInput("encoding", path, f"UTF-16 text broken at byte {e.start}")
            return
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{n}"
        rec: object = None
        try:
            line = _decode(raw, path, n)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise BadInput("malformed-json", path,
                               f"malformed JSON ({e.msg} at column {e.colno})", n) from None
            if not isinstance(rec, dict):
                raise BadInput("malformed-json", path,
                               f"expected a JSON object, got {type(rec).__name__}", n)
            missing = [k for k in ("id", "title", "body") if not isinstance(rec.get(k), str)]
            if missing:
                raise BadInput("missing-fields", path,
                               f"missing or non-string field(s): {', '.join(missing)}", n)
            title, body = rec["title"].strip(), rec["body"]
            text = _visible(title + "\n\n" + body.replace("\r\n", "\n"), path, n)
            yield from_text(
                rec["id"], text, where, url=rec.get("url"), lang=rec.get("lang"),
                published=_parse_date(rec.get("published"), where),
            )
        except BadInput as e:
            if e.bulletin is None and isinstance(rec, dict) and isinstance(rec.get("id"), str):
                e.bulletin = rec["id"]
            yield e


def iter_files(paths: Iterable[Path]) -> Iterator[Path | BadInput]:
    """Expand folders (sorted, recursively) into the files a reader is registered for."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.suffix not in READERS:
                    continue  # other files in a folder of bulletins are not ours to read
                if f.is_file():
                    yield f
                elif f.is_symlink():
                    yield BadInput("unreadable", f, "broken symbolic link")
        elif p.is_file():
            if p.suffix in READERS:
                yield p
            else:
                yield BadInput("unreadable", p, f"unsupported file type {p.suffix!r} "
                               f"(expected one of {', '.join(sorted(READERS))})")
        else:
            yield BadInput("unreadable", p, "no such file or folder")


def read_paths(paths: Iterable[Path]) -> Iterator[Bulletin | InputError]:
    """Every bulletin under ``paths``, or a :class:`BadInput` in place of each bad one."""
    for f in iter_files(paths):
        if isinstance(f, BadInput):
            yield f
        else:
            yield from READERS[f.suffix](f)
