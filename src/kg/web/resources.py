"""Linked-data pages: every IRI minted under the base IRI dereferences at its path.

``GET /observation/{id}/{span}`` answers for ``{base}observation/{id}/{span}``: HTML for
browsers (labels in English and Arabic, links both ways, counts with their qualifier, the
evidence highlighted in the bulletin text), or Turtle / JSON-LD / N-Triples / RDF/XML by
``Accept`` or by extension (``….ttl``, ``….jsonld``, ``….nt``, ``….rdf``). The description is
the resource's own triples, those of its ``#fragment`` children (evidence selectors) and the
triples pointing at it. A named graph's IRI answers with the graph. Unknown IRIs are 404.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote_plus

import pyoxigraph as ox
from flask import Blueprint, Response, abort, render_template, request

from kg.formats import BY_EXTENSION, BY_NAME, Format, write_triples
from kg.web import i18n, public, view
from kg.web.public import Readable
from kg.web.sparql import negotiate

bp = Blueprint("resources", __name__)

KG = "https://w3id.org/sohr-kg/ontology#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PROV_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
# What a resource can be fetched as besides HTML. HTML is offered last: browsers ask for it by
# name, while */* (curl) and no Accept at all get Turtle.
RESOURCE_FORMATS: tuple[Format, ...] = tuple(
    BY_NAME[n] for n in ("turtle", "jsonld", "ntriples", "rdfxml"))
HTML = "text/html"
# Incoming links shown and served; a place named in thousands of bulletins must stay fast.
INCOMING_LIMIT = 500
# How each count qualifier reads before its number; vague ones give the number in brackets.
QUALIFIER_STYLE = {"exact": "{n}", "several": "{q} ({n})", "dozens": "{q} ({n})",
                   "hundreds": "{q} ({n})"}
# Arabic puts "at least" / "at most" after the number ("82 على الأقل"), the others before it.
QUALIFIER_STYLE_AR = {**QUALIFIER_STYLE, "atLeast": "{n} {q}", "atMost": "{n} {q}"}
DESCRIBE = ("SELECT ?graph ?property ?value\n"
            "WHERE {{ GRAPH ?graph {{ <{iri}> ?property ?value }} }}\nORDER BY ?graph ?property")


def _node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        abort(404, description=f"no resource at {request.path}")


def _objects(store: Readable, subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list:
    return [q.object for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None)]


def _first_int(store: Readable, subject: ox.NamedNode, predicate: str) -> int | None:
    values = [o for o in _objects(store, subject, KG + predicate) if isinstance(o, ox.Literal)]
    return int(values[0].value) if values else None


def describe(store: Readable, node: ox.NamedNode) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """(Its own triples and those of its ``#`` children, up to INCOMING_LIMIT pointing at it)."""
    own: dict[ox.Triple, None] = {}
    for quad in store.quads_for_pattern(node, None, None):
        own[quad.triple] = None
        child = quad.object
        if isinstance(child, ox.NamedNode) and child.value.startswith(node.value + "#"):
            for q in store.quads_for_pattern(child, None, None):
                own[q.triple] = None
    incoming: dict[ox.Triple, None] = {}
    for quad in store.quads_for_pattern(None, None, node):
        incoming[quad.triple] = None
        if len(incoming) >= INCOMING_LIMIT:
            break
    return list(own), list(incoming)


def _graph_triples(store: Readable, node: ox.NamedNode) -> list[ox.Triple]:
    return [q.triple for q in store.quads_for_pattern(None, None, None, node)]


@bp.route("/<path:path>", methods=["GET"])
def resource(path: str) -> Response:
    """The resource ``{base}{path}`` as HTML or RDF; a known RDF extension picks the format."""
    fmt = None
    stem, dot, ext = path.rpartition(".")
    if dot and ext in BY_EXTENSION and BY_EXTENSION[ext] in RESOURCE_FORMATS:
        path, fmt = stem, BY_EXTENSION[ext]
    iri = view.iri_for_path(path)
    node = _node(iri)
    store = public.view()
    own, incoming = describe(store, node)
    is_graph = store.contains_named_graph(node)
    if not own and not incoming and not is_graph:
        abort(404, description=f"no resource <{iri}> in this dataset")
    wants_html = fmt is None and request.accept_mimetypes.best_match(
        [*(f.media_type for f in RESOURCE_FORMATS), HTML]) == HTML
    if wants_html:
        response = Response(_page(store, node, own, incoming, is_graph, path), mimetype=HTML)
    else:
        out, media_type = negotiate("rdf", fmt, request.accept_mimetypes, RESOURCE_FORMATS)
        triples = own + incoming if own or incoming else _graph_triples(store, node)
        buffer = io.BytesIO()
        write_triples(sorted(triples, key=str), buffer, out, view.base_iri())
        response = Response(buffer.getvalue(), mimetype=media_type)
    response.vary.add("Accept")
    response.headers["Link"] = ", ".join(
        f'</{path}.{f.extension}>; rel="alternate"; type="{f.media_type}"'
        for f in RESOURCE_FORMATS)
    return response


# --- the HTML page --------------------------------------------------------------------------

@dataclass
class Row:
    predicate: view.Term
    values: list[view.Term]


@dataclass
class Segment:
    """A run of the bulletin text; ``evidence`` set for a highlighted quote."""

    text: str
    evidence: view.Term | None = None
    current: bool = False


@dataclass
class EvidenceText:
    bulletin: view.Term
    segments: list[Segment] = field(default_factory=list)


def _rows(store: Readable, triples: Iterable[ox.Triple], incoming: bool = False) -> list[Row]:
    grouped: dict[ox.NamedNode, list] = defaultdict(list)
    for t in triples:
        grouped[t.predicate].append(t.subject if incoming else t.object)
    # rdf:type first, then by the predicate's label.
    rows = [Row(view.term(store, p), [view.term(store, v) for v in values])
            for p, values in grouped.items()]
    rows.sort(key=lambda r: (r.predicate.iri != RDF_TYPE.value, r.predicate.text.lower()))
    for row in rows:
        row.values.sort(key=lambda v: v.text)
    return rows


def count_phrase(store: Readable, node: ox.NamedNode, lang: str = "en") -> str | None:
    """How a count reads: ``at least 82``, ``12–15``, ``dozens (24)``; None without a count.

    ``lang="ar"`` gives the Arabic wording: ``82 على الأقل``.
    """
    low, best, high = (_first_int(store, node, p) for p in ("countLow", "countBest", "countHigh"))
    if best is None and low is None and high is None:
        return None
    n = f"{low}–{high}" if low is not None and high is not None and low != high else (
        str(next(v for v in (best, low, high) if v is not None)))
    qualifiers = [q for q in _objects(store, node, KG + "countQualifier")
                  if isinstance(q, ox.NamedNode)]
    if not qualifiers:
        return n
    local = qualifiers[0].value.rpartition("#")[2]
    label = view.labels(store, qualifiers[0]).get(lang, local)
    style = QUALIFIER_STYLE_AR if lang == "ar" else QUALIFIER_STYLE
    return style.get(local, "{q} {n}").format(q=label, n=n)


def _evidence_of(store: Readable, node: ox.NamedNode) -> list[ox.NamedNode]:
    """The evidence resources to highlight: its kg:evidence, itself, or (a bulletin) all."""
    found = [e for e in _objects(store, node, KG + "evidence") if isinstance(e, ox.NamedNode)]
    if _objects(store, node, OA + "hasSource"):
        found.append(node)
    found += [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(OA + "hasSource"),
                                                         node)
              if isinstance(q.subject, ox.NamedNode)]
    return list(dict.fromkeys(found))


def _span(store: Readable, evidence: ox.NamedNode) -> tuple[int, int] | None:
    for selector in _objects(store, evidence, OA + "hasSelector"):
        start, end = _objects(store, selector, OA + "start"), _objects(store, selector, OA + "end")
        if start and end:
            return int(start[0].value), int(end[0].value)
    return None


def evidence_texts(store: Readable, node: ox.NamedNode) -> list[EvidenceText]:
    """Each source bulletin's kg:fullText with the evidence spans of ``node`` marked."""
    by_bulletin: dict[ox.NamedNode, list[tuple[int, int, ox.NamedNode]]] = defaultdict(list)
    for evidence in _evidence_of(store, node):
        span = _span(store, evidence)
        for source in _objects(store, evidence, OA + "hasSource"):
            if span and isinstance(source, ox.NamedNode):
                by_bulletin[source].append((*span, evidence))
    out = []
    for bulletin, spans in by_bulletin.items():
        texts = [t for t in _objects(store, bulletin, KG + "fullText")
                 if isinstance(t, ox.Literal)]
        if not texts:
            continue
        text, cursor = texts[0].value, 0
        block = EvidenceText(view.term(store, bulletin))
        for start, end, evidence in sorted(spans, key=lambda s: (s[0], -s[1])):
            if start < cursor or end > len(text):
                continue  # overlapping or out of range: the first span wins
            block.segments.append(Segment(text[cursor:start]))
            block.segments.append(Segment(text[start:end], view.term(store, evidence),
                                          current=evidence == node or len(spans) == 1))
            cursor = end
        block.segments.append(Segment(text[cursor:]))
        out.append(block)
    return out


def _queries(store: Readable, node: ox.NamedNode) -> list[tuple[str, str]]:
    """(title, query UI link) of the queries that list this resource."""
    from kg.web.ui import saved_query

    links = [("What the dataset says about it, by graph",
              view.query_link(DESCRIBE.format(iri=node.value)))]
    types = {o.value for o in _objects(store, node, RDF_TYPE.value)}
    saved = saved_query("evidence-of-every-number")
    bulletins = _objects(store, node, PROV_DERIVED.value)
    around = _around_page(saved.text) if saved is not None else None
    if KG + "CasualtyObservation" in types and saved is not None and around and bulletins:
        # The saved query, narrowed to this observation's bulletin (its page of bulletins
        # replaced by a VALUES block, as its description says) and to this observation.
        head, tail = around
        narrowed = (f"{head}  VALUES ?bulletin {{ <{bulletins[0].value}> }}\n"
                    f"  ?bulletin kg:bulletinId ?bulletinId .\n{tail}"
                    .replace("\n}\nORDER BY", f"\n  FILTER (?observation = <{node.value}>)\n}}"
                             "\nORDER BY", 1))
        links.append((saved.title, f"/query?query={quote_plus(narrowed)}"))
    return links


@lru_cache(maxsize=8)
def _around_page(text: str) -> tuple[str, str] | None:
    """``text`` before and after its page of bulletins (the first sub-select of its WHERE)."""
    head, brace, rest = text.partition("WHERE {\n")
    _, end, tail = rest.partition("  }\n")
    return (head + brace, tail) if end and "\n}\nORDER BY" in tail else None


def _page(store: Readable, node: ox.NamedNode, own: list[ox.Triple], incoming: list[ox.Triple],
          is_graph: bool, path: str) -> str:
    subject = view.term(store, node)
    labels = view.labels(store, node)
    main = [t for t in own if t.subject == node]
    children = sorted({t.subject for t in own if t.subject != node}, key=lambda n: n.value)
    return render_template(
        "resource.html", iri=node.value, subject=subject, label_en=labels.get("en"),
        label_ar=labels.get("ar"), rows=_rows(store, main),
        children=[(c.value.rpartition("#")[2], _rows(store, [t for t in own if t.subject == c]))
                  for c in children],
        incoming=_rows(store, incoming, incoming=True),
        incoming_truncated=len(incoming) >= INCOMING_LIMIT,
        count=count_phrase(store, node, i18n.language()),
        evidence=evidence_texts(store, node),
        queries=_queries(store, node), formats=RESOURCE_FORMATS, path=path,
        graph_size=store.count(node) if is_graph else None)
