"""Every saved query says why it exists and answers as expected on the seed graph.

Expected answers live beside the query's name in tests/data/sparql/<name>.expected.csv
(rows compared as sets); ``*-violation.rq`` queries must return no rows.
"""

import csv
import io
from pathlib import Path

import pytest

from kg.query import run_query
from kg.store import EmbeddedStore

from .conftest import ROOT

QUERIES = sorted((ROOT / "sparql").glob("*.rq"))
EXPECTED = Path(__file__).parent / "data" / "sparql"


def rows(data: str) -> tuple[list[str], set[tuple[str, ...]]]:
    reader = csv.reader(io.StringIO(data))
    header = next(reader)
    return header, {tuple(r) for r in reader}


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.stem)
def test_query_has_title_and_description(query: Path) -> None:
    head = query.read_text(encoding="utf-8").splitlines()
    assert head[0].startswith("# title: ")
    assert any(line.startswith("# description: ") for line in head[:3])


@pytest.mark.parametrize("query", [q for q in QUERIES if (EXPECTED / f"{q.stem}.expected.csv")
                                   .exists() or q.stem.endswith("-violation")],
                         ids=lambda p: p.stem)
def test_query_answer_on_seed(seed_store_path: Path, query: Path) -> None:
    store = EmbeddedStore.open(seed_store_path, read_only=True)
    out = io.BytesIO()
    run_query(store, query.read_text(encoding="utf-8"), "csv", out)
    header, got = rows(out.getvalue().decode("utf-8"))
    if query.stem.endswith("-violation"):
        assert not got, f"{query.name} must return no rows, got {sorted(got)[:5]}"
        return
    exp_header, expected = rows((EXPECTED / f"{query.stem}.expected.csv")
                                .read_text(encoding="utf-8"))
    assert header == exp_header
    assert got == expected, (f"missing {sorted(expected - got)[:3]}\n"
                             f"unexpected {sorted(got - expected)[:3]}")


def test_researcher_questions_are_covered() -> None:
    names = {q.stem for q in QUERIES}
    for needed in ("deaths-by-side-and-month", "events-in-place", "evidence-of-every-number",
                   "actors-of-coalition", "observations-per-bulletin"):
        assert needed in names
        assert (EXPECTED / f"{needed}.expected.csv").exists()
