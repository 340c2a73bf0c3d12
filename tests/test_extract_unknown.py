"""Names the gazetteer does not know are listed (extraction) and counted (`kg report`)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from kg.bulletins import from_text
from kg.cli import main
from kg.extract import extract
from kg.extract.unknown import tally

TEXT = (
    "مقتل عنصرين من لواء صقور الساحل في قرية عين الغزال\n\n"
    "قتل عنصران من لواء صقور الساحل في قرية عين الغزال بريف اللاذقية الشمالي، كما استشهد "
    "مواطن في بلدة كفرنبل جراء قصف نفذته “كتيبة الرعد” على البلدة، وقتل مقاتل من فصائل "
    "غرفة عمليات الفتح المبين."
)


def test_unknown_places_actors_and_quotes_are_listed() -> None:
    b = from_text("u1", TEXT, "u1")
    ex = extract(b)
    found = [(kind, phrase) for kind, phrase, _ in ex.unknown_names]
    assert ("place", "قرية عين الغزال") in found
    assert ("actor", "لواء صقور الساحل") in found
    assert ("quoted", "كتيبة الرعد") in found
    assert ("actor", "غرفة عمليات الفتح المبين") in found
    # known names (كفرنبل, ريف اللاذقية الشمالي) are not reported
    assert not any("كفرنبل" in p or "اللاذقية" in p for _, p in found)
    for _, phrase, span in ex.unknown_names:
        assert phrase in b.text[span.start:span.end] or b.text[span.start:span.end] == phrase


def test_tally_counts_by_phrase_with_an_example() -> None:
    rows = tally([extract(from_text(i, TEXT, i)) for i in ("a", "b")])
    village = next(r for r in rows if r.phrase == "قرية عين الغزال")
    assert (village.kind, village.count, village.example) == ("place", 4, "a")


def test_report_unknown_names_command(tmp_path: Path) -> None:
    path = tmp_path / "u1.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(main, ["report", "unknown-names", str(path)])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].split() == ["kind", "phrase", "count", "example"]
    assert "قرية عين الغزال" in table.output
    out = runner.invoke(main, ["report", "unknown-names", str(path), "--csv"])
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {"kind": "actor", "phrase": "لواء صقور الساحل", "count": "2", "example": "u1"} in rows
    missing = runner.invoke(main, ["report", "unknown-names", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2
