"""Writes one held-out batch (bulletins.jsonl, gold/*.json) from its SPEC, checking the gold.

Each ``heldout*/make_heldout.py`` holds only its SPEC — (id, published, title, body, rows),
a row per gold observation in the order of :data:`K` — and calls :func:`write_batch`.
"""
import json
from pathlib import Path

K = ("type", "n", "qualifier", "status", "group", "part_of", "cumulative",
     "victim_affiliation", "perpetrator", "place_ar", "evidence")
TYPES = {"killed", "wounded", "missing", "captured", "kidnapped"}
VAGUE = {"dozens", "hundreds", "several"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "at_most"} | VAGUE
STATUSES = {"civilian", "combatant", "unknown"}


def check(bid: str, title: str, body: str, rows: list[dict]) -> None:
    """The gold conventions of ../shared/corpus/README.md that a script can check."""
    ids = {r["id"] for r in rows}
    for r in rows:
        where = (bid, r["id"], r["evidence"])
        # a quote lies inside the title or inside the body, never across them
        assert r["evidence"] in title or r["evidence"] in body, where
        assert r["part_of"] is None or (r["part_of"] in ids and r["part_of"] != r["id"]), where
        assert r["type"] in TYPES and r["qualifier"] in QUALIFIERS, where
        assert r["status"] in STATUSES, where
        assert (r["n"] is None) == (r["qualifier"] in VAGUE), where


def write_batch(here: Path, spec: list) -> None:
    """Write ``here``/bulletins.jsonl and ``here``/gold/{id}.json."""
    assert len({s[0] for s in spec}) == len(spec), "duplicate bulletin id"
    gold_dir = here / "gold"
    gold_dir.mkdir(exist_ok=True)
    with (here / "bulletins.jsonl").open("w", encoding="utf-8") as f:
        for bid, published, title, body, obs in spec:
            f.write(json.dumps({"id": bid, "title": title, "body": body,
                                "published": published}, ensure_ascii=False) + "\n")
            rows = [{"id": f"o{i}", **dict(zip(K, o, strict=True))}
                    for i, o in enumerate(obs, start=1)]
            check(bid, title, body, rows)
            (gold_dir / f"{bid}.json").write_text(json.dumps(
                {"bulletin": bid, "published": published, "observations": rows},
                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
