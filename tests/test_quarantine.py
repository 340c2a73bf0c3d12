"""The quarantine report: every bad input of a real `kg build` is one JSON entry, and the
other bulletins are published all the same."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.extract.records import Bulletin
from kg.iris import Minter
from kg.pipeline import BuildOptions, RunOptions, build
from kg.store import EmbeddedStore

from .conftest import ROOT, SEEDS

KG = [sys.executable, "-m", "kg.cli"]
M = Minter()
TITLE = "مقتل 3 مدنيين بقصف على مدينة دوما"
BODY = "وثق المرصد السوري مقتل 3 مدنيين جراء قصف على مدينة دوما في ريف دمشق."
TEXT = f"{TITLE}\n\n{BODY}"
OTHER_BODY = BODY.replace("3", "7")  # the same id with other content: a conflict
HUGE = 20 * 2**20  # the 20 MB bulletin


def jsonl(*records: dict[str, Any] | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


def write_inputs(folder: Path) -> None:
    """One file (or JSONL line) per bad input of issue 7, and a few good ones."""
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "legacy.txt").write_bytes(TEXT.encode("cp1256"))
    (folder / "utf16.txt").write_bytes(TEXT.encode("utf-16"))  # with a BOM: unambiguous
    (folder / "nobom.txt").write_bytes(TEXT.encode("utf-16-le"))  # without: refused
    with (folder / "huge.txt").open("wb") as f:
        f.write((TEXT + "\n").encode())
        f.write(("ب" * 1023 + "\n\n").encode() * (HUGE // 2048))
        f.truncate(HUGE)
    (folder / "bidi.txt").write_text(
        "مقتل عناصر\n\nوثق المرصد مقتل \u200f4\u200b عن\u200cاصر من قوات النظام\u202c في حي "
        "جوبر.", encoding="utf-8")
    (folder / "invisible.txt").write_text("\u200f\u200b\u2067\n\n\u200c\u2069", "utf-8")
    (folder / "english.txt").write_text(  # SOHR's English bulletins are read, not refused
        "Three civilians killed in Douma\n\nThe observatory documented the death of three "
        "civilians in shelling on the city of Douma.", encoding="utf-8")
    (folder / "cyrillic.txt").write_text(
        "Погибли трое мирных жителей\n\nПри обстреле города погибли трое мирных жителей.",
        encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    good = {"id": "j1", "title": TITLE, "body": BODY, "published": "2017-03-20"}
    (folder / "feed.jsonl").write_text(jsonl(
        good,                                                    # 1 published
        '{"id": "j2", "title": "مقتل',                           # 2 truncated line
        {"id": "j3", "title": TITLE},                            # 3 no body
        {**good, "id": "j4", "published": "yesterday"},          # 4 bad date
        good,                                                    # 5 same copy: duplicate
        {**good, "body": OTHER_BODY},                            # 6 other content: conflict
        "[1, 2]",                                                # 7 not an object
        {**good, "id": "bad id/x"},                              # 8 bad id
    ), encoding="utf-8")
    (folder / "feed16.jsonl").write_bytes(jsonl({"id": "j16", "title": TITLE, "body": BODY})
                                          .encode("utf-16"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`kg build` over the bad inputs (and a missing path), once; its report and output."""
    tmp = tmp_path_factory.mktemp("quarantine")
    write_inputs(tmp / "in")
    report = tmp / "refused.json"
    out = subprocess.run([*KG, "build", str(tmp / "in"), str(tmp / "nope"), "--store",
                          str(tmp / "home"), "--quarantine", str(report), "--workers", "1"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    doc = json.loads(report.read_text(encoding="utf-8"))
    return {"out": out, "doc": doc, "home": tmp / "home", "in": tmp / "in"}


def entry(doc: dict[str, Any], file: str, line: int | None = None) -> dict[str, Any]:
    found = [e for e in doc["quarantined"]
             if Path(e["file"]).name == file and e["line"] == line]
    assert len(found) == 1, (file, line, doc["quarantined"])
    return found[0]


@pytest.mark.parametrize(("file", "line", "kind", "bulletin", "reason"), [
    ("empty.txt", None, "empty", "empty", "empty file"),
    ("binary.txt", None, "binary", "binary", "binary data"),
    ("legacy.txt", None, "encoding", "legacy", "Windows-1256"),
    ("nobom.txt", None, "encoding", "nobom", "UTF-16 without a byte-order mark"),
    ("huge.txt", None, "too-large", "huge", f"{HUGE:,} bytes"),
    ("invisible.txt", None, "empty", "invisible", "invisible bidi/zero-width"),
    ("cyrillic.txt", None, "unsupported-language", "cyrillic", "Arabic and English"),
    ("dangling.txt", None, "unreadable", None, "broken symbolic link"),
    ("nope", None, "unreadable", None, "no such file or folder"),
    ("feed.jsonl", 2, "malformed-json", None, "malformed JSON"),
    ("feed.jsonl", 3, "missing-fields", "j3", "body"),
    ("feed.jsonl", 4, "invalid-field", "j4", "'published' is not an ISO date"),
    ("feed.jsonl", 6, "duplicate-conflict", "j1", "feed.jsonl:1 with different content"),
    ("feed.jsonl", 7, "malformed-json", None, "expected a JSON object"),
    ("feed.jsonl", 8, "invalid-field", "bad id/x", "bulletin id"),
])
def test_each_bad_input_is_one_entry(built: dict[str, Any], file: str, line: int | None,
                                     kind: str, bulletin: str | None, reason: str) -> None:
    e = entry(built["doc"], file, line)
    assert (e["kind"], e["bulletin"]) == (kind, bulletin), e
    assert reason in e["reason"], e
    where = f"{file}:{line}" if line else file
    assert f"{where}: " in built["out"].stderr  # the one error line printed for it


def test_the_rest_is_published(built: dict[str, Any]) -> None:
    out, doc = built["out"], built["doc"]
    assert out.returncode == 1, out.stderr  # published, with refusals
    assert doc["summary"]["published"] == 6 and doc["build"]["published"] is True
    assert len(doc["quarantined"]) == doc["summary"]["quarantined"] == 15
    store = EmbeddedStore.open(built["home"], read_only=True)
    bulletins = {row["b"].value.rsplit("/", 1)[1] for row in store.query(
        "SELECT ?b WHERE { ?b a <https://w3id.org/sohr-kg/ontology#Bulletin> }")}
    assert bulletins == {"good", "utf16", "bidi", "j1", "j16", "english"}


def test_summary_line_per_kind(built: dict[str, Any]) -> None:
    by_kind = built["doc"]["summary"]["by_kind"]
    assert by_kind == {"binary": 1, "duplicate-conflict": 1, "empty": 2, "encoding": 2,
                       "invalid-field": 2, "malformed-json": 2, "missing-fields": 1,
                       "too-large": 1, "unreadable": 2, "unsupported-language": 1}
    lines = [x for x in built["out"].stderr.splitlines() if x.startswith("quarantined ")]
    assert [x.split(":")[0].split()[1] for x in lines] == list(by_kind)


def test_same_copy_is_a_harmless_duplicate_and_the_first_copy_wins(
        built: dict[str, Any]) -> None:
    [dup] = built["doc"]["duplicates"]
    assert dup["bulletin"] == "j1" and dup["source"].endswith("feed.jsonl:5")
    assert dup["first"].endswith("feed.jsonl:1")
    store = EmbeddedStore.open(built["home"], read_only=True)
    counts = {int(row["n"].value) for row in store.query(
        f"SELECT ?n WHERE {{ GRAPH <{M.graph('bulletin', 'j1')}> {{ ?o "
        "<https://w3id.org/sohr-kg/ontology#countBest> ?n } }")}
    assert counts == {3}  # the first copy's count, not the conflicting 7


def test_invisible_characters_do_not_stop_extraction(built: dict[str, Any]) -> None:
    store = EmbeddedStore.open(built["home"], read_only=True)
    assert bool(store.query(
        f"ASK {{ GRAPH <{M.graph('bulletin', 'bidi')}> {{ ?o "
        "<https://w3id.org/sohr-kg/ontology#countBest> 4 } }"))


def test_shacl_rejection_and_extraction_failure_are_quarantined(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(TEXT.replace("3", "5"), encoding="utf-8")
    (src / "boom.txt").write_text(TEXT, encoding="utf-8")
    strict = tmp_path / "shapes"
    shutil.copytree(SEEDS.parent / "shapes", strict)
    (strict / "zz-strict.ttl").write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/sohr-kg/ontology#> .
<urn:test:NotFiveShape> a sh:NodeShape ; sh:targetClass kg:CasualtyObservation ;
  sh:property [ sh:path kg:countBest ; sh:not [ sh:hasValue 5 ] ;
                sh:message "test rule: no count of five" ] .
""", encoding="utf-8")
    real = kg.pipeline.extract_step

    def failing(ctx: Any, b: Bulletin) -> Any:
        # extraction has no known crash left (see the fuzz tests): inject one, for one id
        if b.id == "boom":
            raise ZeroDivisionError("injected")
        return real(ctx, b)

    monkeypatch.setattr(kg.pipeline, "extract_step", failing)
    report = build([src], EmbeddedStore.memory(), BuildOptions(shapes=strict),
                   run=RunOptions(workers=1))
    doc = report.quarantine_json()
    by_file = {Path(e["file"]).name: e for e in doc["quarantined"]}
    assert by_file["ok.txt"]["kind"] == "shacl-violation"
    assert "test rule: no count of five" in by_file["ok.txt"]["reason"]
    assert by_file["boom.txt"]["kind"] == "extraction-failed"
    assert "ZeroDivisionError: injected" in by_file["boom.txt"]["reason"]
    assert doc["summary"]["by_kind"] == {"extraction-failed": 1, "shacl-violation": 1}
    json.dumps(doc)  # the report is JSON as it is
