"""What the HTML pages show of RDF terms: labels in English and Arabic, local links, RTL.

Pages link every IRI minted under the base IRI to this server's own path for it (IRI = base
+ path), ontology terms to ``/ontology#Term``, and anything else to itself. Lookups go through
pyoxigraph's indexes (``quads_for_pattern``), never rdflib, to keep pages fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from flask import current_app
from markupsafe import Markup

from kg.web.public import PublicView, Readable

ONTOLOGY = "https://w3id.org/sohr-kg/ontology"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
LABELS = (ox.NamedNode(RDFS + "label"),
          ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
          ox.NamedNode("http://purl.org/dc/terms/title"))
# Scripts written right to left: their literals are shown with dir="rtl".
RTL_LANGUAGES = {"ar", "fa", "he", "ku", "ur"}
# IRIs whose Term a view of an immutable generation remembers (then it starts afresh).
MEMO_SIZE = 50_000
_MEMO = "_kg_terms"  # the PublicView attribute holding them


@dataclass(frozen=True)
class Term:
    """One RDF term as a page shows it."""

    text: str
    href: str | None = None  # a link for IRIs
    lang: str | None = None  # a language tag for literals and labels
    rtl: bool = False
    iri: str | None = None  # the full IRI (shown as a tooltip)
    datatype: str | None = None
    label_ar: str | None = None  # the Arabic label, shown next to an English one


def base_iri() -> str:
    return current_app.config["KG_BASE_IRI"]


def href(iri: str) -> str | None:
    """Where a page links ``iri``: this server's path for our IRIs, else the IRI itself.

    Only http(s) IRIs become links: a ``javascript:`` or ``data:`` IRI in the data would run
    on a click, so it is shown as text (None).
    """
    if iri == ONTOLOGY or iri.startswith((ONTOLOGY + "#", ONTOLOGY + "/")):
        return "/ontology" + iri[len(ONTOLOGY):]
    base = base_iri()
    if iri.startswith(base):
        return "/" + iri[len(base):]
    return iri if iri.lower().startswith(("http://", "https://")) else None


def iri_for_path(path: str) -> str:
    """The IRI a local path stands for: the base plus the path, percent-encoded like iris.py."""
    return base_iri() + "/".join(quote(part, safe="-._~") for part in path.split("/"))


def labels(store: Readable, iri: ox.NamedNode) -> dict[str, str]:
    """The first label per language tag ('' for none), from rdfs:label, skos:prefLabel, title."""
    out: dict[str, str] = {}
    for predicate in LABELS:
        for quad in store.quads_for_pattern(iri, predicate, None):
            obj = quad.object
            if isinstance(obj, ox.Literal):
                out.setdefault(obj.language or "", obj.value)
    return out


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, str], ...]:
    from kg.formats import PREFIXES_FOR_OUTPUT

    return tuple(sorted(PREFIXES_FOR_OUTPUT.items(), key=lambda kv: -len(kv[1])))


def short(iri: str) -> str:
    """A readable stand-in for an IRI without a label (``kg:Place``, ``place/jobar``)."""
    for prefix, ns in _prefixes():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    base = base_iri()
    return iri[len(base):] if iri.startswith(base) and iri != base else iri


def term(store: Readable, node: object) -> Term:
    """The :class:`Term` for an oxigraph term (labels looked up for IRIs)."""
    if isinstance(node, ox.Literal):
        lang = node.language or None
        datatype = None if lang else short(node.datatype.value)
        return Term(node.value, lang=lang, rtl=(lang or "").split("-")[0] in RTL_LANGUAGES,
                    datatype=None if datatype == "xsd:string" else datatype)
    if isinstance(node, ox.NamedNode):
        memo = _memo(store)
        if memo is None:
            return _iri_term(store, node)
        found = memo.get(node.value)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[node.value] = _iri_term(store, node)
        return found
    return Term(str(node))


def _memo(store: Readable) -> dict[str, Term] | None:
    """The Terms remembered for ``store``: only for the public view of a read-only server's
    generation (the response cache is on), whose data never changes; else None."""
    if not isinstance(store, PublicView):
        return None
    memo: dict[str, Term] | None = getattr(store, _MEMO, None)
    if memo is None and "kg.cache" in current_app.extensions:
        memo = {}
        setattr(store, _MEMO, memo)  # lives and dies with the view of one generation
    return memo


def _iri_term(store: Readable, node: ox.NamedNode) -> Term:
    found = labels(store, node)
    en = found.get("en") or found.get("")
    ar = found.get("ar")
    if en:
        return Term(en, href(node.value), "en", iri=node.value, label_ar=ar)
    if ar:
        return Term(ar, href(node.value), "ar", rtl=True, iri=node.value)
    return Term(short(node.value), href(node.value), iri=node.value)


def term_html(t: Term, page_lang: str = "en") -> Markup:
    """How a page shows ``t`` (the ``show`` macro of macros.html): a link with its English
    and Arabic labels, or a literal (RTL when Arabic). Short ones are remembered: pages
    repeat terms."""
    return _term_html(t, page_lang) if len(t.text) <= 200 else _term_html.__wrapped__(
        t, page_lang)


@lru_cache(maxsize=MEMO_SIZE)
def _term_html(t: Term, page_lang: str) -> Markup:
    if t.href and t.label_ar and page_lang == "ar":  # an Arabic page leads with Arabic
        return Markup('<a href="{}" title="{}" lang="ar" dir="rtl" class="ar">{}</a> · '
                      '<span lang="en" dir="ltr">{}</span>').format(
                          t.href, t.iri, t.label_ar, t.text)
    rtl = Markup(' dir="rtl" class="ar"') if t.rtl else ""
    lang = Markup(' lang="{}"').format(t.lang) if t.lang else ""
    if t.href:
        out = Markup('<a href="{}" title="{}"{}{}>{}</a>').format(t.href, t.iri, lang, rtl,
                                                                  t.text)
        if t.label_ar:
            out += Markup(' · <span lang="ar" dir="rtl" class="ar">{}</span>').format(
                t.label_ar)
        return out
    if t.lang:
        return Markup("<span{}{}>{}</span>").format(lang, rtl, t.text)
    out = Markup("<span>{}</span>").format(t.text)
    if t.datatype:
        out += Markup(' <span class="dt">{}</span>').format(t.datatype)
    return out


def query_link(query: str) -> str:
    """The query UI's URL with ``query`` prefilled."""
    return "/query?" + urlencode({"query": query})
