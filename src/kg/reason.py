"""OWL RL inference (owlrl) on a copy of the data: returns only the inferred triples.

Asserted and inferred facts stay apart: the caller stores the result in a graph of its own.
Triples that say nothing to a user (``x owl:sameAs x``, ``x a owl:Thing``, facts about
the ontology's own terms) are dropped, as is anything already asserted in the inputs.
"""

from __future__ import annotations

from collections.abc import Iterable

import owlrl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.mapping import new_graph

_TRIVIAL_TYPES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, OWL.Class}


class Reasoner:
    """OWL RL over the ontology and gazetteer (closed once) plus one data graph at a time.

    >>> from kg.vocab import KG
    >>> onto = Graph()
    >>> _ = onto.add((KG.partOf, RDF.type, OWL.TransitiveProperty))
    >>> data = Graph()
    >>> a, b, c = (URIRef(f"https://ex.org/{x}") for x in "abc")
    >>> _ = data.add((a, KG.partOf, b)); _ = data.add((b, KG.partOf, c))
    >>> (a, KG.partOf, c) in Reasoner(onto).infer(data)
    True
    """

    def __init__(self, ontology: Graph, *background: Graph) -> None:
        self.ontology = ontology
        self.base = Graph()
        for g in (ontology, *background):
            self.base += g
        self.base_inferred = _closure(self.base)
        self.base += self.base_inferred
        self._ontology_terms = {s for s in ontology.subjects() if isinstance(s, URIRef)}

    def infer(self, data: Graph) -> Graph:
        """Triples that OWL RL derives from ``data`` with the background, not already stated."""
        work = Graph()
        work += self.base
        work += data
        derived = _closure(work)
        out = new_graph()
        for t in derived:
            if t not in data and t not in self.base and self._useful(t):
                out.add(t)
        return out

    def background_inferences(self, graphs: Iterable[Graph] = ()) -> Graph:
        """The useful triples inferred from the background alone (part-of closure, members)."""
        out = new_graph()
        asserted = Graph()
        for g in graphs:
            asserted += g
        for t in self.base_inferred:
            if t not in asserted and self._useful(t):
                out.add(t)
        return out

    def _useful(self, triple: tuple) -> bool:
        s, p, o = triple
        if isinstance(s, Literal | BNode) or s in self._ontology_terms:
            return False
        if p == OWL.sameAs and s == o:
            return False
        return not (p == RDF.type and o in _TRIVIAL_TYPES)


def _closure(graph: Graph) -> Graph:
    inferred = Graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph, destination=inferred)
    return inferred
