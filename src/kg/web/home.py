"""The home page: what the dataset holds (counts per kind) and where to go from here."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, render_template

from kg.web import public, view
from kg.web.public import Readable

bp = Blueprint("home", __name__)

KG = "https://w3id.org/sohr-kg/ontology#"
# (what the page calls it, its class): one row of counts each.
KINDS = (("bulletins", "Bulletin"), ("casualty observations", "CasualtyObservation"),
         ("military operations", "MilitaryOperation"), ("armed actors", "ArmedActor"),
         ("places", "Place"))
_COUNTS = ("SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?class {{ {classes} }} "
           "?s a ?class }} GROUP BY ?class")
_BULLETINS = (f"PREFIX kg: <{KG}> PREFIX dcterms: <http://purl.org/dc/terms/> "
              "SELECT ?b ?date WHERE { ?b a kg:Bulletin OPTIONAL { ?b dcterms:issued ?date } } "
              "ORDER BY DESC(?date) ?b LIMIT 20")
# The period the casualty observations cover (their kg:startDate / kg:endDate).
_RANGE = (f"PREFIX kg: <{KG}> SELECT (MIN(?start) AS ?first) (MAX(?end) AS ?last) "
          "WHERE { ?o a kg:CasualtyObservation ; kg:startDate ?start . "
          "OPTIONAL { ?o kg:endDate ?e } BIND (COALESCE(?e, ?start) AS ?end) }")


def counts(store: Readable) -> list[tuple[str, int]]:
    """(kind, how many) for each of :data:`KINDS`, from the union of all graphs."""
    classes = " ".join(f"<{KG}{c}>" for _, c in KINDS)
    found = {row["class"].value: int(row["n"].value)
             for row in store.query(_COUNTS.format(classes=classes),
                                    use_default_graph_as_union=True)}
    return [(label, found.get(KG + c, 0)) for label, c in KINDS]


def date_range(store: Readable) -> tuple[str, str] | None:
    """(first, last) date the casualty observations cover, or None when none is dated."""
    for row in store.query(_RANGE, use_default_graph_as_union=True):
        if row["first"] is not None and row["last"] is not None:
            return row["first"].value, row["last"].value
    return None


def summary(store: public.PublicView) -> dict[str, Any]:
    """What the home page shows about the whole store, computed once per public view: per
    generation of a published build, after each write, and every ``REMOTE_REFRESH`` seconds
    over a SPARQL server (where each count is a scan of the server's data)."""
    if "home" not in store.memo:
        store.memo["home"] = {
            "counts": counts(store), "dates": date_range(store),
            "graphs": sum(1 for _ in store.named_graphs()), "triples": len(store),
            "bulletins": [(view.term(store, row["b"]), row["date"].value if row["date"] else "")
                          for row in store.query(_BULLETINS, use_default_graph_as_union=True)]}
    return store.memo["home"]


@bp.route("/")
def home() -> Response:
    """Counts, the newest bulletins, and links to every surface."""
    page = render_template("home.html", **summary(public.view()))
    return Response(page, mimetype="text/html")
