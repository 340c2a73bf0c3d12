"""The query UI at ``/query``: YASGUI when its npm files are installed, else a plain form.

YASGUI (``@zazuko/yasgui``) comes from npm (``package.json``; ``make run`` / ``make test`` run
``npm install``) and is served from ``node_modules`` under ``/static/vendor/…``: only the files
named in :data:`VENDOR_FILES`, never a directory. The editor opens with one tab per saved
query in ``sparql/*.rq`` (named by its ``# title:`` line). Without those files (or with
``?ui=plain``) the page is a plain HTML form whose results the server renders as a table, so
it works without JavaScript too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request, send_file
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException

from kg.pipeline import ROOT, SPARQL_DIR
from kg.web import public, view
from kg.web.public import Readable
from kg.web.sparql import run_query

bp = Blueprint("ui", __name__)

# URL name under /static/vendor/ → file inside node_modules. Nothing else is served from there.
VENDOR_FILES = {
    "yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
    "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
}
# The plain form asks for SELECT/ASK results as JSON and graphs as N-Triples, then renders both.
_PLAIN_ACCEPT = MIMEAccept([("application/sparql-results+json", 1),
                            ("application/n-triples", 0.9)])
_HEADER = re.compile(r"^#\s*(title|description):\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(.*)$")


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    text: str


def _parse_saved(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _HEADER.match(line):
            current = m[1]
            fields[current] = m[2].strip()
        elif current and (m := _CONTINUATION.match(line)):
            fields[current] += " " + m[1].strip()
    return SavedQuery(path.stem, fields.get("title", path.stem), fields.get("description", ""),
                      text)


@lru_cache(maxsize=4)
def saved_queries(directory: Path = SPARQL_DIR) -> tuple[SavedQuery, ...]:
    """The saved queries of ``directory`` (``*.rq``), sorted by file name."""
    return tuple(_parse_saved(p) for p in sorted(directory.glob("*.rq")))


def saved_query(name: str) -> SavedQuery | None:
    """The saved query ``sparql/{name}.rq``, or None."""
    return next((q for q in saved_queries() if q.name == name), None)


def vendor_dir() -> Path:
    """The node_modules folder (setting ``KG_VENDOR``; default: the repository's)."""
    return Path(current_app.config.get("KG_VENDOR") or ROOT / "node_modules")


def vendor_installed(*names: str) -> bool:
    """Whether the named :data:`VENDOR_FILES` are all in node_modules."""
    folder = vendor_dir()
    return all((folder / VENDOR_FILES[n]).is_file() for n in names)


def yasgui_installed() -> bool:
    return vendor_installed("yasgui.min.js", "yasgui.min.css")


@bp.route("/static/vendor/<name>")
def vendor(name: str) -> Response:
    """One of :data:`VENDOR_FILES` from node_modules; 404 for anything else or when missing."""
    if name not in VENDOR_FILES:
        abort(404, description=f"no vendor file {name!r}")
    path = vendor_dir() / VENDOR_FILES[name]
    if not path.is_file():
        abort(404, description=f"{name} is not installed: run `npm install`")
    return send_file(path, max_age=3600)


@dataclass
class Results:
    """What the plain form shows: columns and rows of terms, or an error message."""

    columns: list[str]
    rows: list[list[view.Term | None]]
    truncated: bool = False
    boolean: bool | None = None


def _results(query: str) -> Results:
    answer = run_query(query, None, _PLAIN_ACCEPT)
    oxstore = public.view()
    if answer.media_type == "application/n-triples":
        triples = ox.parse(answer.body, ox.RdfFormat.N_TRIPLES)
        rows = [[view.term(oxstore, t.subject), view.term(oxstore, t.predicate),
                 view.term(oxstore, t.object)] for t in triples]
        return Results(["subject", "predicate", "object"], rows, answer.truncated)
    doc = json.loads(answer.body)
    if "boolean" in doc:
        return Results([], [], boolean=doc["boolean"])
    columns = doc["head"]["vars"]
    rows = [[_binding(oxstore, b.get(c)) for c in columns] for b in doc["results"]["bindings"]]
    return Results(columns, rows, answer.truncated)


def _binding(store: Readable, b: dict[str, str] | None) -> view.Term | None:
    if b is None:
        return None
    kind = b["type"]
    if kind == "uri":
        return view.term(store, ox.NamedNode(b["value"]))
    if kind == "literal":
        dt = b.get("datatype")
        return view.term(store, ox.Literal(b["value"], language=b.get("xml:lang"),
                                           datatype=ox.NamedNode(dt) if dt else None))
    return view.Term(f"_:{b['value']}")


@bp.route("/query")
def query_page() -> Response:
    """The query UI; ``?query=`` prefills it (and, in the plain form, runs it)."""
    query = request.args.get("query")
    name = request.args.get("name")
    chosen = saved_query(name) if name else None
    plain = request.args.get("ui") == "plain" or not yasgui_installed()
    results, error = None, None
    if plain and query and query.strip():
        try:
            results = _results(query)
        except HTTPException as e:
            # Shown above the form, with the status the endpoint itself would answer.
            error = f"{e.code}: {e.description}"
    text = query if query is not None else (chosen.text if chosen else saved_queries()[0].text
                                            if saved_queries() else "")
    tabs = [{"name": q.title, "yasqe": {"value": q.text}} for q in saved_queries()]
    if query:
        tabs.insert(0, {"name": "Your query", "yasqe": {"value": query}})
    page = render_template("query.html", plain=plain, text=text, saved=saved_queries(),
                           results=results, error=error, tabs=tabs,
                           timeout=current_app.config["KG_QUERY_TIMEOUT"],
                           limit=current_app.config["KG_MAX_RESULTS"])
    return Response(page, status=400 if error and error.startswith("400") else 200,
                    mimetype="text/html")
