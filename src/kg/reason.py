"""OWL RL inference: returns only the inferred triples, kept apart from the asserted ones.

owlrl computes the full OWL RL closure of the ontology and gazetteer once. Per bulletin, the
rules that our ontology actually uses (class and property hierarchies, inverses, transitive
properties, two-step property chains, domains and ranges — it declares no restrictions or
functional properties) are applied from tables compiled out of that closure: the same
triples owlrl would derive (``tests/test_reason.py`` checks it against owlrl), in
milliseconds instead of seconds. ``Reasoner(..., full=True)`` runs owlrl on every bulletin instead.

:func:`evidence_rows` derives one more shortcut per bulletin, outside OWL: each count's rows of
``sparql/evidence-of-every-number.rq`` as ``kg:evidenceRow`` literals of its bulletin (SHACL
``kg-shape:EvidenceRowShape`` checks them per batch).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import product

import owlrl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.mapping import new_graph
from kg.vocab import KG, OA

_TRIVIAL_TYPES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, OWL.Class}
_SCHEMA_NS = (str(OWL), str(RDFS))


def owlrl_closure(graph: Graph) -> Graph:
    """Everything OWL RL derives from ``graph`` that ``graph`` does not already hold."""
    # expand a copy in place: owlrl's destination= mode misses chained inferences
    work = Graph()
    work += graph
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(work)
    inferred = Graph()
    for t in work:
        if t not in graph:
            inferred.add(t)
    return inferred


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

    def __init__(self, ontology: Graph, *background: Graph, full: bool = False) -> None:
        self.full = full
        self.base = Graph()
        for g in (ontology, *background):
            self.base += g
        self.base_inferred = owlrl_closure(self.base)
        self.base += self.base_inferred
        self._base_triples = set(self.base)  # membership tests: a set, not rdflib lookups
        self._ontology_terms = {s for s in ontology.subjects() if isinstance(s, URIRef)}
        self._compile()

    def _compile(self) -> None:
        b = self.base
        self.superclasses: dict = defaultdict(set)
        for c, d in b.subject_objects(RDFS.subClassOf):
            if c != d and isinstance(d, URIRef):
                self.superclasses[c].add(d)
        self.superproperties: dict = defaultdict(set)
        for p, q in b.subject_objects(RDFS.subPropertyOf):
            if p != q:
                self.superproperties[p].add(q)
        self.inverses: dict = defaultdict(set)
        for p, q in b.subject_objects(OWL.inverseOf):
            self.inverses[p].add(q)
            self.inverses[q].add(p)
        for p in b.subjects(RDF.type, OWL.SymmetricProperty):
            self.inverses[p].add(p)
        self.transitive = set(b.subjects(RDF.type, OWL.TransitiveProperty))
        # owl:propertyChainAxiom (p1 p2) of q (prp-spo2): p1 → [(p2, q)] and p2 → [(p1, q)]
        self.chain_first: dict = defaultdict(list)
        self.chain_second: dict = defaultdict(list)
        for q, chain in b.subject_objects(OWL.propertyChainAxiom):
            steps = list(Collection(b, chain))
            if len(steps) != 2:
                raise ValueError(f"{q}: only two-step property chains are compiled")
            self.chain_first[steps[0]].append((steps[1], q))
            self.chain_second[steps[1]].append((steps[0], q))
        # the properties whose triples are indexed while inferring (transitivity, chains),
        # and the background's triples of them, indexed once (rdflib lookups are slow)
        self.indexed = self.transitive | set(self.chain_first) | set(self.chain_second)
        forward, backward = defaultdict(set), defaultdict(set)
        for p in self.indexed:
            for s, o in b.subject_objects(p):
                forward[s, p].add(o)
                backward[o, p].add(s)
        self._base_forward = {k: frozenset(v) for k, v in forward.items()}
        self._base_backward = {k: frozenset(v) for k, v in backward.items()}
        self.domains: dict = defaultdict(set)
        for p, c in b.subject_objects(RDFS.domain):
            self.domains[p].add(c)
        self.ranges: dict = defaultdict(set)
        for p, c in b.subject_objects(RDFS.range):
            self.ranges[p].add(c)

    def infer(self, data: Graph) -> Graph:
        """Triples that OWL RL derives from ``data`` with the background, not already stated."""
        out = new_graph()
        for t in self.infer_triples(data):
            out.add(t)
        return out

    def infer_triples(self, data: Iterable[tuple]) -> set[tuple]:
        """:meth:`infer` over and into plain sets of triples (what builds use)."""
        data = data if isinstance(data, set | frozenset) else set(data)
        derived = self._full(data) if self.full else self._compiled(data)
        base = self._base_triples
        return {t for t in derived if t not in data and t not in base and self._useful(t)}

    def _full(self, data: set) -> Iterable[tuple]:
        work = Graph()
        work += self.base
        for t in data:
            work.add(t)
        return owlrl_closure(work)

    def _compiled(self, data: set) -> set[tuple]:
        known: set[tuple] = set(data)
        todo = list(known)
        derived: set[tuple] = set()
        base = self._base_triples
        # (s, p) → objects and (o, p) → subjects of the indexed properties seen so far
        forward: dict[tuple, set] = defaultdict(set)
        backward: dict[tuple, set] = defaultdict(set)
        for s, p, o in known:
            if p in self.indexed:
                forward[s, p].add(o)
                backward[o, p].add(s)

        def emit(t: tuple) -> None:
            if t not in known and t not in base:
                known.add(t)
                derived.add(t)
                todo.append(t)
                if t[1] in self.indexed:
                    forward[t[0], t[1]].add(t[2])
                    backward[t[2], t[1]].add(t[0])

        while todo:
            s, p, o = todo.pop()
            if p == RDF.type:
                for d in self.superclasses.get(o, ()):
                    emit((s, RDF.type, d))
                continue
            for q in self.superproperties.get(p, ()):
                emit((s, q, o))
            for c in self.domains.get(p, ()):
                emit((s, RDF.type, c))
            if not isinstance(o, Literal):
                for c in self.ranges.get(p, ()):
                    emit((o, RDF.type, c))
                for q in self.inverses.get(p, ()):
                    emit((o, q, s))
            if p in self.transitive:
                for nxt in self._objects(o, p, forward):
                    emit((s, p, nxt))
                for prev in self._subjects(s, p, backward):
                    emit((prev, p, o))
            for second, q in self.chain_first.get(p, ()):
                for nxt in self._objects(o, second, forward):
                    emit((s, q, nxt))
            for first, q in self.chain_second.get(p, ()):
                for prev in self._subjects(s, first, backward):
                    emit((prev, q, o))
        return derived

    def _objects(self, s, p, forward: dict[tuple, set]) -> set:
        return set(forward.get((s, p), ())) | self._base_forward.get((s, p), frozenset())

    def _subjects(self, o, p, backward: dict[tuple, set]) -> set:
        return set(backward.get((o, p), ())) | self._base_backward.get((o, p), frozenset())

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
        if p == OWL.sameAs:
            return s != o
        if p != RDF.type and str(p).startswith(_SCHEMA_NS):
            return False  # statements about classes and properties, not about the data
        return not (p == RDF.type and o in _TRIVIAL_TYPES)


# kg:evidenceRow: one row of sparql/evidence-of-every-number.rq, the short fields of HEAD joined
# by "|", a tab, then the count's IRI, "|" and the quote (no IRI holds "|" or a tab, nor any
# short field; the quote comes last, so it may): the query splits the short head apart, not
# the whole row at each field (half its CPU in oxigraph)
HEAD = ("casualtyType", "victimStatus", "qualifier", "countLow", "countBest", "countHigh",
        "start", "end", "lang")
_ROW_READS = frozenset({PROV.wasDerivedFrom, KG.casualtyType, KG.victimStatus,
                        KG.countQualifier, KG.countLow, KG.countBest, KG.countHigh, KG.evidence,
                        OA.hasSelector, OA.exact, OA.start, OA.end})


def evidence_rows(triples: Iterable[tuple]) -> set[tuple]:
    """``kg:evidenceRow`` triples of the bulletins: for every count with evidence, each row
    the saved query evidence-of-every-number.rq gives it (every combination of its values, as
    the query's join does), in one literal (:data:`HEAD`; an absent bound: empty)."""
    values: dict = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        if p in _ROW_READS:
            values[s][p].append(o)
    out = set()
    for obs, v in list(values.items()):
        spans = [(quote, start, end)
                 for ev in v[KG.evidence] for sels in (values[ev][OA.hasSelector],)
                 for q in sels for quote in values[q][OA.exact]
                 for pos in sels for start in values[pos][OA.start]
                 for end in values[pos][OA.end]]
        for bulletin, kind, status, qualifier, low, best, high, (quote, start, end) in product(
                v[PROV.wasDerivedFrom], v[KG.casualtyType], v[KG.victimStatus],
                v[KG.countQualifier], v[KG.countLow] or [""], v[KG.countBest] or [""],
                v[KG.countHigh] or [""], spans):
            head = (*(str(x).partition("#")[2] for x in (kind, status, qualifier)),
                    str(low), str(best), str(high), str(start), str(end),
                    getattr(quote, "language", None) or "")
            row = f"{'|'.join(head)}\t{obs}|{quote}"
            out.add((bulletin, KG.evidenceRow, Literal(row)))
    return out
