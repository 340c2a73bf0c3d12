"""Read bulletins from files: a registry of readers by suffix, yielding records or errors.

A reader never raises for one bad bulletin: it yields an :class:`~kg.errors.InputError`
naming the file (and line) in its place, so the caller can report it and go on.

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
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.extract.records import Bulletin, Span

Reader = Callable[[Path], Iterator["Bulletin | InputError"]]
READERS: dict[str, Reader] = {}

_FURNITURE = re.compile(r"[ \t]*[0-9\u0660-\u0669]+[ \t]*")
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


def reader(suffix: str) -> Callable[[Reader], Reader]:
    """Register a reader for files ending in ``suffix``."""

    def register(fn: Reader) -> Reader:
        READERS[suffix] = fn
        return fn

    return register


MAX_BULLETIN_BYTES = 2_000_000  # SOHR bulletins are a few KB; 2 MB is a wrong file, not news


def _decode(path: Path, data: bytes, where: str) -> str:
    if not data.strip():
        raise InputError(f"{where}: empty file, no bulletin to read")
    if len(data) > MAX_BULLETIN_BYTES:
        raise InputError(f"{where}: {len(data):,} bytes is more than the "
                         f"{MAX_BULLETIN_BYTES:,}-byte limit for one bulletin")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:  # UTF-16 with a byte-order mark is unambiguous
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"{where}: UTF-16 text broken at byte {e.start}") from None
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\x00" in data:
        nuls = [i % 2 for i, byte in enumerate(data) if byte == 0]
        # UTF-16 text: NULs (spaces, digits, Latin) many, and all in one byte of each pair
        if len(set(nuls)) == 1 and len(nuls) * 40 > len(data) and len(data) % 2 == 0:
            raise InputError(f"{where}: looks like UTF-16 without a byte-order mark; "
                             "save it as UTF-8 (or UTF-16 with a BOM)")
        raise InputError(f"{where}: binary data (NUL bytes), not a UTF-8 text bulletin")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        hint = ""
        try:
            data.decode("cp1256")
            hint = " (it decodes as Windows-1256: convert it with `iconv -f cp1256 -t utf-8`)"
        except UnicodeDecodeError:
            pass
        raise InputError(f"{where}: not valid UTF-8 at byte {e.start}{hint}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_id(bulletin_id: str, where: str) -> str:
    if not _ID.match(bulletin_id):
        raise InputError(
            f"{where}: bulletin id {bulletin_id!r} must use only letters, digits, '_', '-', '.'"
        )
    return bulletin_id


def _guess_lang(text: str) -> str:
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "ar" if arabic >= latin else "en"


def from_text(bulletin_id: str, text: str, source: str, **meta: object) -> Bulletin:
    """A bulletin from plain text: title = first non-empty line, the rest is the body.

    Lines holding only a number (page furniture) are recorded in ``skip``.
    """
    lines = list(re.finditer(r"[^\n]*", text))
    content = [m for m in lines if m.group().strip()]
    if not content:
        raise InputError(f"{source}: no text")
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
        lang=str(meta.get("lang") or _guess_lang(text)),
        url=meta.get("url") or None,  # type: ignore[arg-type]
        published=meta.get("published"),  # type: ignore[arg-type]
    )


@reader(".txt")
def read_txt(path: Path) -> Iterator[Bulletin | InputError]:
    """One bulletin per file; its id is the file name without extension."""
    try:
        text = _decode(path, path.read_bytes(), str(path))
        yield from_text(path.stem, text, str(path))
    except InputError as e:
        yield e
    except OSError as e:
        yield InputError(f"{path}: cannot read: {e.strerror}")


def _parse_date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: 'published' is not an ISO date: {value!r}") from None


@reader(".jsonl")
def read_jsonl(path: Path) -> Iterator[Bulletin | InputError]:
    """One bulletin per line with fields id, title, body and optional url, published, lang."""
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(f"{path}: cannot read: {e.strerror}")
        return
    if not data.strip():
        yield InputError(f"{path}: empty file, no bulletin to read")
        return
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{n}"
        try:
            line = _decode(path, raw, where)
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{where}: malformed JSON ({e.msg} at column {e.colno})") from None
            if not isinstance(rec, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(rec).__name__}")
            missing = [k for k in ("id", "title", "body") if not isinstance(rec.get(k), str)]
            if missing:
                raise InputError(f"{where}: missing or non-string field(s): {', '.join(missing)}")
            title, body = rec["title"].strip(), rec["body"]
            text = title + "\n\n" + body.replace("\r\n", "\n")
            yield from_text(
                rec["id"], text, where, url=rec.get("url"), lang=rec.get("lang"),
                published=_parse_date(rec.get("published"), where),
            )
        except InputError as e:
            yield e


def iter_files(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Expand folders (sorted, recursively) into the files a reader is registered for."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix in READERS:
                    yield f
        elif p.is_file():
            if p.suffix in READERS:
                yield p
            else:
                yield InputError(f"{p}: unsupported file type {p.suffix!r} "
                                 f"(expected one of {', '.join(sorted(READERS))})")
        else:
            yield InputError(f"{p}: no such file or folder")


def read_paths(paths: Iterable[Path]) -> Iterator[Bulletin | InputError]:
    """Every bulletin under ``paths``, or an InputError in place of each unreadable one."""
    for f in iter_files(paths):
        if isinstance(f, InputError):
            yield f
        else:
            yield from READERS[f.suffix](f)
