"""The command line as other tools use it: real processes, real store, exit codes."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from .conftest import ROOT, SEED_ID, SHARED

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], capture_output=True, cwd=cwd, timeout=300)


def test_help_has_examples() -> None:
    for cmd in ([], ["build"], ["query"], ["export", "casualties"], ["serve"]):
        out = kg(*cmd, "--help")
        assert out.returncode == 0 and b"Example" in out.stdout, cmd


@pytest.mark.parametrize(("fmt", "check"), [
    ("csv", lambda b: next(iter(csv.DictReader(io.StringIO(b.decode()))))["n"] == "5"),
    ("json", lambda b: json.loads(b)["results"]["bindings"][0]["n"]["value"] == "5"),
    ("tsv", lambda b: b.decode().splitlines()[1].startswith("5")),
    ("xml", lambda b: b"<literal" in b and b">5<" in b),
])
def test_query_formats(seed_store_path: Path, fmt: str, check) -> None:
    q = ("SELECT (COUNT(*) AS ?n) WHERE { ?o a "
         "<https://w3id.org/sohr-kg/ontology#CasualtyObservation> }")
    out = kg("query", q, "--store", str(seed_store_path), "--format", fmt)
    assert out.returncode == 0, out.stderr
    assert check(out.stdout), out.stdout


def test_query_from_file_and_syntax_error(seed_store_path: Path, tmp_path: Path) -> None:
    f = tmp_path / "q.rq"
    f.write_text("CONSTRUCT WHERE { ?s a <https://w3id.org/sohr-kg/ontology#Bulletin> }")
    out = kg("query", f"@{f}", "--store", str(seed_store_path))
    assert out.returncode == 0 and len(Graph().parse(data=out.stdout, format="turtle")) == 1
    bad = kg("query", "SELEC nothing", "--store", str(seed_store_path))
    assert bad.returncode == 2 and b"syntax error" in bad.stderr


@pytest.mark.parametrize(("fmt", "rdflib_format", "dataset"), [
    ("turtle", "turtle", False), ("ntriples", "nt", False), ("nquads", "nquads", True),
    ("trig", "trig", True), ("jsonld", "json-ld", False),
])
def test_dump_formats_parse(seed_store_path: Path, tmp_path: Path, fmt: str,
                            rdflib_format: str, dataset: bool) -> None:
    out = tmp_path / f"dump.{fmt}"
    res = kg("dump", "--format", fmt, "--store", str(seed_store_path), "-o", str(out))
    assert res.returncode == 0, res.stderr
    g = Dataset() if dataset else Graph()
    g.parse(out, format=rdflib_format)
    assert len(g) > 500
    if dataset:
        names = {str(c.identifier) for c in g.graphs()}
        assert f"https://w3id.org/sohr-kg/graph/bulletin/{SEED_ID}" in names


def test_validate_exit_codes(seed_store_path: Path, tmp_path: Path) -> None:
    ok = kg("validate", "--store", str(seed_store_path))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    missing = kg("validate", "--store", str(tmp_path / "missing"))
    assert missing.returncode == 2


def test_build_reports_bad_file_and_exit_code(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = kg("build", str(ROOT / "seeds"), str(tmp_path / "in"), "--store", str(tmp_path / "s"))
    assert out.returncode == 1
    assert b"empty.txt" in out.stderr and b"1 bulletin(s) published" in out.stderr


def test_export_casualties_columns(seed_store_path: Path) -> None:
    out = kg("export", "casualties", "--store", str(seed_store_path))
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode())))
    assert list(rows[0])[:18] == [
        "bulletin", "observation", "casualty_type", "count_low", "count_best", "count_high",
        "count_qualifier", "victim_status", "victim_group", "part_of", "cumulative",
        "victim_actor", "perpetrator", "place", "place_label_ar", "date_start", "date_end",
        "evidence"]
    assert len(rows) == 5


def test_seed_scores_perfectly_against_gold(seed_store_path: Path, tmp_path: Path) -> None:
    """The seed's gold (in ../shared) scored by the shared scorer: F1 and agreements 1.0."""
    scorer = SHARED / "eval" / "score.py"
    gold = SHARED / "corpus" / "dev" / "gold" / f"{SEED_ID}.json"
    assert scorer.exists() and gold.exists(), f"needs {scorer} and {gold} beside the project"
    csv_path = tmp_path / "c.csv"
    assert kg("export", "casualties", "--store", str(seed_store_path),
              "-o", str(csv_path)).returncode == 0
    golddir = tmp_path / "gold"
    golddir.mkdir()
    (golddir / gold.name).write_bytes(gold.read_bytes())
    res = subprocess.run([sys.executable, str(scorer), str(csv_path), str(golddir), "--json"],
                         capture_output=True, text=True, check=True)
    score = json.loads(res.stdout.strip().splitlines()[-1])
    assert score["f1"] == 1.0, score
    for k in ("qualifier", "victim_status", "cumulative", "part_of", "place"):
        assert score[f"{k}_agreement"] == 1.0, score
