"""Reading bulletins: titles, furniture lines, ids, and one clear error per bad input."""

import json
from datetime import date
from pathlib import Path

import pytest

from kg.bulletins import BadInput, read_paths, split_source
from kg.errors import InputError
from kg.extract.records import Bulletin

TITLE = "مقتل 4 عناصر من قوات النظام في ريف دمشق"
BODY = "وثق المرصد السوري مقتل 4 عناصر من قوات النظام في اشتباكات بحي جوبر."


def read_all(*paths: Path) -> tuple[list[Bulletin], list[InputError]]:
    items = list(read_paths(paths))
    return ([b for b in items if isinstance(b, Bulletin)],
            [e for e in items if isinstance(e, InputError)])


def test_txt_title_body_and_furniture(tmp_path: Path) -> None:
    f = tmp_path / "b-1.txt"
    f.write_text(f"\n{TITLE}\r\n\r\n12\r\n\r\n{BODY}\r\n", encoding="utf-8")
    [b], errors = read_all(f)
    assert not errors
    assert b.id == "b-1" and b.title == TITLE and b.body == BODY
    assert [b.text[s.start:s.end] for s in b.skip] == ["12"]
    assert "\r" not in b.text and b.lang == "ar"


def test_jsonl_fields(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    rec = {"id": "j1", "title": TITLE, "body": BODY, "url": "https://example.org/1",
           "published": "2017-03-20"}
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [b], _ = read_all(f)
    assert (b.id, b.url, b.published) == ("j1", "https://example.org/1", date(2017, 3, 20))
    assert b.text[b.title_span.start:b.title_span.end] == TITLE and b.body == BODY


def test_english_is_detected(tmp_path: Path) -> None:
    f = tmp_path / "en.txt"
    f.write_text("Three civilians killed\n\nThree civilians were killed in Douma.", "utf-8")
    [b], _ = read_all(f)
    assert b.lang == "en"


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", bytes(range(256)) * 4, "binary data"),
    ("cp1256.txt", (TITLE + "\n\n" + BODY).encode("cp1256"), "Windows-1256"),
])
def test_bad_txt_gives_one_error_naming_the_file(tmp_path: Path, name: str, data: bytes,
                                                 expected: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(TITLE + "\n\n" + BODY, encoding="utf-8")
    bulletins, errors = read_all(tmp_path)
    assert [b.id for b in bulletins] == ["good"]
    assert len(errors) == 1
    assert name in str(errors[0]) and expected in str(errors[0])


def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "ok", "title": TITLE, "body": BODY}, ensure_ascii=False)
    f.write_text("\n".join([good, '{"id": "broken", "title": ', good.replace('"ok"', '"ok2"'),
                            '{"id": "no-body", "title": "x"}']) + "\n", encoding="utf-8")
    bulletins, errors = read_all(f)
    assert [b.id for b in bulletins] == ["ok", "ok2"]
    assert [str(e).split(": ")[0] for e in errors] == [f"{f}:2", f"{f}:4"]
    assert "malformed JSON" in str(errors[0]) and "body" in str(errors[1])


def test_missing_path_and_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    _, errors = read_all(tmp_path / "nope", tmp_path / "notes.docx")
    assert "no such file" in str(errors[0]) and "unsupported file type" in str(errors[1])


def test_bad_id_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "a b/c", "title": "t", "body": "b"}) + "\n", "utf-8")
    _, [error] = read_all(f)
    assert f"{f}:1" in str(error) and "bulletin id" in str(error)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes((TITLE + "\r\n\r\n" + BODY).encode("utf-16"))
    [b], errors = read_all(tmp_path / "u16.txt")
    assert not errors and b.title == TITLE and b.body == BODY


@pytest.mark.parametrize(("data", "expected"), [
    ((TITLE + "\n\n" + BODY).encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ("خبر\n\n".encode() + b"x" * 2_100_000, "byte limit"),
])
def test_ambiguous_or_huge_input_is_refused_with_a_reason(tmp_path: Path, data: bytes,
                                                          expected: str) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    _, [error] = read_all(tmp_path / "bad.txt")
    assert "bad.txt" in str(error) and expected in str(error)


def test_invisible_characters_are_kept_and_ignored_by_matching(tmp_path: Path) -> None:
    from kg.extract import extract

    text = f"{TITLE}\n\nوثق المرصد مقتل \u200f4\u200b عن\u200cاصر من قوات النظام\u202c."
    (tmp_path / "bidi.txt").write_text(text, encoding="utf-8")
    [b], _ = read_all(tmp_path / "bidi.txt")
    assert b.text == text  # nothing lossy in the stored text
    counts = {o.best for o in extract(b).observations}
    assert 4 in counts


def test_bad_input_carries_kind_file_line_and_bulletin(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "x1", "title": TITLE}) + "\n" + '{"id": "x2", "ti\n',
                 encoding="utf-8")
    _, [missing, truncated] = read_all(f)
    assert isinstance(missing, BadInput) and isinstance(truncated, BadInput)
    assert (missing.kind, missing.file, missing.line, missing.bulletin) == (
        "missing-fields", str(f), 1, "x1")
    assert (truncated.kind, truncated.line, truncated.bulletin) == ("malformed-json", 2, None)
    assert str(missing).startswith(f"{f}:1: missing or non-string field(s): body")


def test_utf16_jsonl_with_bom_is_read(tmp_path: Path) -> None:
    f = tmp_path / "u16.jsonl"
    rec = {"id": "u1", "title": TITLE, "body": BODY}
    f.write_bytes((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-16"))
    [b], errors = read_all(f)
    assert not errors and (b.id, b.title, b.body) == ("u1", TITLE, BODY)


def test_only_invisible_characters_is_empty(tmp_path: Path) -> None:
    (tmp_path / "ghost.txt").write_text("\u200f\u200b\n\n\u2067\u2069\u200c", "utf-8")
    _, [error] = read_all(tmp_path / "ghost.txt")
    assert isinstance(error, BadInput) and error.kind == "empty" and error.bulletin == "ghost"


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.truncate(20 * 2**20)  # sparse: 20 MB on paper, nothing to read
    _, [error] = read_all(f)
    assert isinstance(error, BadInput) and error.kind == "too-large"
    assert "20,971,520 bytes" in error.reason


def test_broken_symlink_in_a_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "b.txt").symlink_to(tmp_path / "missing.txt")
    _, [error] = read_all(tmp_path)
    assert isinstance(error, BadInput) and error.kind == "unreadable"
    assert "b.txt" in str(error) and "broken symbolic link" in error.reason


@pytest.mark.parametrize(("source", "split"), [
    ("a/b.jsonl:12", ("a/b.jsonl", 12)), ("a/b.txt", ("a/b.txt", None)),
    ("c:/x.txt", ("c:/x.txt", None)),
])
def test_split_source(source: str, split: tuple) -> None:
    assert split_source(source) == split
