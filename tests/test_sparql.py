"""Every saved query says why it exists and answers as expected on the seed graph.

Expected answers live beside the query's name in tests/data/sparql/<name>.expected.csv
(rows compared as sets); ``*-violation.rq`` queries must return no rows.
"""

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from kg.pipeline import RunOptions, build
from kg.query import run_query
from kg.store import EmbeddedStore
from kg.synth import write_corpus

from .conftest import ROOT, SEEDS, SHARED

DEV = SHARED / "corpus" / "dev" / "bulletins.jsonl"

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


# -- shortcuts the saved queries read, against the slow queries they replace -----------------
SHORTCUT = "kg:locatedWithin"
PATH = "kg:place/kg:partOf*"  # what the shortcut stands for (kg:locatedWithin in ontology/kg.ttl)


@pytest.fixture(scope="module")
def three_corpora(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    """The seed, the dev corpus (real bulletins) and a synthetic corpus, built incrementally."""
    synth = tmp_path_factory.mktemp("synth")
    write_corpus(synth, 40, seed=5, per_file=20)
    store = EmbeddedStore.memory()
    for paths in ([SEEDS], [DEV], [synth]):
        report = build(paths, store, run=RunOptions(workers=2, batch_size=16))
        assert report.ok, report.errors[:3] + [r.report.text() for r in report.rejected[:1]]
    # one bulletin changed: an incremental build replaces its graphs, shortcut included
    changed = next(iter(sorted(synth.glob("*.jsonl"))))
    lines = changed.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["body"] += " وقتل 3 مدنيين في مدينة دوما."
    changed.write_text("\n".join([json.dumps(first, ensure_ascii=False), *lines[1:]]) + "\n",
                       encoding="utf-8")
    report = build([synth], store, run=RunOptions(workers=1, batch_size=16))
    assert report.ok and len(report.published) == 1 and report.skipped == 39
    return store


def pairs(store: EmbeddedStore, path: str) -> set[tuple[str, str]]:
    rows = store.query(f"PREFIX kg: <https://w3id.org/sohr-kg/ontology#>\n"
                       f"SELECT DISTINCT ?item ?area WHERE {{ ?item {path} ?area }}")
    return {(r["item"].value, r["area"].value) for r in rows}


def test_located_within_is_place_then_part_of(three_corpora: EmbeddedStore) -> None:
    shortcut, slow = pairs(three_corpora, SHORTCUT), pairs(three_corpora, PATH)
    assert len(shortcut) > 500
    assert shortcut == slow, (f"missing {sorted(slow - shortcut)[:3]} "
                              f"extra {sorted(shortcut - slow)[:3]}")


def test_events_in_place_equals_the_query_over_raw_places(three_corpora: EmbeddedStore) -> None:
    text = (ROOT / "sparql" / "events-in-place.rq").read_text(encoding="utf-8")
    raw = (ROOT / "sparql" / "raw" / "events-in-place.rq").read_text(encoding="utf-8")
    assert SHORTCUT in text and SHORTCUT not in raw[raw.index("PREFIX"):]  # the raw has none
    areas = Counter(area for _, area in pairs(three_corpora, SHORTCUT))
    # the busiest areas (a country, governorates, cities) and a few quiet ones
    ranked = [a for a, _ in areas.most_common()]
    for area in ranked[:4] + ranked[-3:]:
        def answer(query: str, area: str = area) -> list[tuple]:
            q = query.replace("<https://w3id.org/sohr-kg/place/damascus-city>", f"<{area}>")
            names = ("kind", "item", "type", "label", "place", "placeLabel", "start", "end",
                     "bulletin")
            return sorted(tuple(str(r[n]) for n in names) for r in three_corpora.query(q))
        got = answer(text)
        assert got and got == answer(raw), area


@pytest.mark.parametrize("name", ["evidence-of-every-number"])
def test_shortcut_query_equals_its_raw_form(three_corpora: EmbeddedStore, name: str) -> None:
    """A saved query that reads a shortcut the build derives per bulletin (kg:evidenceRow)
    gives the same rows, every term, as its raw form in sparql/raw/ (seed, dev, synthetic and
    one bulletin rebuilt incrementally: fewer than 100 bulletins, so one page is all)."""
    def answer(folder: Path) -> list[tuple[str, ...]]:
        result = three_corpora.query((folder / f"{name}.rq").read_text(encoding="utf-8"))
        names = [v.value for v in result.variables]
        return sorted(tuple(str(r[n]) for n in names) for r in result)
    fast, slow = answer(ROOT / "sparql"), answer(ROOT / "sparql" / "raw")
    assert len(slow) > 100
    assert fast == slow, (f"missing {sorted(set(slow) - set(fast))[:3]} "
                          f"extra {sorted(set(fast) - set(slow))[:3]}")
