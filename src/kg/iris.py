"""The one place IRIs are minted.

IRIs derive from the bulletin id and what was extracted (its character span), or from a
gazetteer slug; never from counters or run order, so rebuilding anywhere gives the same IRIs.

>>> m = Minter("https://example.org/kg/")
>>> str(m.observation("b1", "10-24"))
'https://example.org/kg/observation/b1/10-24'
>>> str(m.place("jobar"))
'https://example.org/kg/place/jobar'
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from urllib.parse import quote

from rdflib import BNode, Graph, URIRef
from rdflib.compare import to_canonical_graph

DEFAULT_BASE = "https://w3id.org/sohr-kg/"


def slug(text: str) -> str:
    """A readable ASCII slug (``Faylaq al-Rahman`` → ``faylaq-al-rahman``)."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s or "x"


class Minter:
    """Mints every IRI of the graph under one base IRI."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(p, safe="-._~") for p in parts))

    def bulletin(self, bulletin_id: str) -> URIRef:
        return self._iri("bulletin", bulletin_id)

    def observation(self, bulletin_id: str, key: str) -> URIRef:
        return self._iri("observation", bulletin_id, key)

    def operation(self, bulletin_id: str, key: str) -> URIRef:
        return self._iri("operation", bulletin_id, key)

    def evidence(self, bulletin_id: str, key: str) -> URIRef:
        return self._iri("evidence", bulletin_id, key)

    def selector(self, evidence: URIRef, kind: str) -> URIRef:
        """``kind`` is ``quote`` or ``position``."""
        return URIRef(f"{evidence}#{kind}")

    def actor(self, slug_: str, bulletin_id: str | None = None) -> URIRef:
        """A gazetteer actor, or (with ``bulletin_id``) an unnamed one local to a bulletin."""
        if bulletin_id is None:
            return self._iri("actor", slug_)
        return self._iri("actor", bulletin_id, slug_)

    def place(self, slug_: str, bulletin_id: str | None = None) -> URIRef:
        """A gazetteer place, or (with ``bulletin_id``) one the bulletin names that the
        gazetteer lacks (a mentioned place, keyed ``@<span>``)."""
        if bulletin_id is None:
            return self._iri("place", slug_)
        return self._iri("place", bulletin_id, slug_.lstrip("@"))

    def source(self, slug_: str) -> URIRef:
        return self._iri("source", slug_)

    def publisher(self, slug_: str) -> URIRef:
        return self._iri("publisher", slug_)

    def group(self, name: str) -> URIRef:
        """A victim group outside the ontology's concept list (e.g. ``suicide bombers``)."""
        return self._iri("group", slug(name))

    def interval(self, start: date, end: date) -> URIRef:
        return self._iri("time", f"{start.isoformat()}--{end.isoformat()}")

    def instant(self, day: date) -> URIRef:
        return self._iri("time", day.isoformat())

    def stats(self, *parts: str) -> URIRef:
        """A dataset of the statistics (kg.stats) or one of its cells: ``stats/killed/…``."""
        return self._iri("stats", *parts)

    def graph(self, *parts: str) -> URIRef:
        """A named graph: ``graph("ontology")``, ``graph("bulletin", id)`` …"""
        return self._iri("graph", *parts)

    def skolemized(self, graph: Graph) -> Graph:
        """``graph`` with each blank node (the ontology's RDF lists) replaced by a skolem IRI,
        ``.well-known/genid/{label}`` (RDF 1.1, 3.5), labelled by rdflib's canonical
        labelling: the same triples give the same IRIs on every run and machine, where a
        store would give blank nodes fresh labels at each load.

        >>> m = Minter("https://example.org/kg/")
        >>> g = m.skolemized(Graph().parse(data="<urn:a> <urn:p> ( <urn:b> ) .", format="turtle"))
        >>> again = m.skolemized(Graph().parse(data="<urn:a> <urn:p> ( <urn:b> ) .",
        ...                                    format="turtle"))
        >>> sorted(g) == sorted(again), {str(s)[:40] for s in g.subjects()} - {"urn:a"}
        (True, {'https://example.org/kg/.well-known/genid'})
        """
        out = Graph()
        for triple in to_canonical_graph(graph):
            out.add(tuple(self._iri(".well-known", "genid", str(t)) if isinstance(t, BNode)
                          else t for t in triple))
        return out

    # -- external datasets and links (kg.link) ----------------------------------------------
    def external_dataset(self, dataset: str, stem: str) -> URIRef:
        """One imported file of another dataset (a kg:ReferenceSource): ``dataset/ucdp/{stem}``."""
        return self._iri("dataset", dataset, stem)

    def external_event(self, dataset: str, event_id: str) -> URIRef:
        """An event of another dataset, by that dataset's own id: ``ucdp/event/{id}``."""
        return self._iri(dataset, "event", event_id)

    def ucdp_event(self, event_id: str) -> URIRef:
        """A UCDP GED event by its GED ``id``."""
        return self.external_event("ucdp", event_id)

    def acled_event(self, event_id_cnty: str) -> URIRef:
        """An ACLED event by its ``event_id_cnty``."""
        return self.external_event("acled", event_id_cnty)

    def link(self, dataset: str, ours: str, targets: tuple[str, ...]) -> URIRef:
        """A candidate link from our node ``ours`` to external event id(s) ``targets``.

        Derived from what is linked (a hash of our IRI, then the target id or a hash of the
        set), so re-running the matcher mints the same IRIs.
        """
        head = hashlib.sha1(ours.encode("utf-8")).hexdigest()[:16]
        if len(targets) == 1:
            tail = targets[0]
        else:
            joined = "|".join(sorted(targets)).encode("utf-8")
            tail = "set-" + hashlib.sha1(joined).hexdigest()[:16]
        return self._iri("link", dataset, head, tail)

    # -- publishing ---------------------------------------------------------------------------
    def dumps(self, name: str = "") -> URIRef:
        """The dumps folder (the dataset described there: ``dumps/``) or one file in it."""
        return URIRef(self.base + "dumps/" + quote(name, safe="-._~"))

    def context(self) -> URIRef:
        """The published JSON-LD context."""
        return URIRef(self.base + "context.jsonld")

    def local_path(self, iri: str) -> str | None:
        """The path under the base (what the local server serves), or None if not ours."""
        return iri[len(self.base):] if iri.startswith(self.base) else None
