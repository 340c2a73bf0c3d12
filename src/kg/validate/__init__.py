"""SHACL validation → a report object that names the bulletin and the rule.

:class:`Validator` splits the work: SHACL Core compiled to Python checks (:mod:`.core`),
SHACL-SPARQL constraints batch-wise in pyoxigraph (:mod:`.sparql`), pySHACL for the rest and
as the reference; findings and reports in :mod:`.report`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyshacl import Validator as PyshaclValidator
from pyshacl import validate as shacl_validate
from pyshacl.graph_abstraction import DataGraph
from pyshacl.shapes_graph import ShapesGraph
from rdflib import Graph, URIRef, plugin
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor

from kg.mapping import ntriples
from kg.validate.core import CoreChecks, NotCompiled, TripleIndex
from kg.validate.report import Finding, Report, findings_of, unique_findings
from kg.validate.sparql import SparqlCheck, split_sparql_constraints

SHAPES_DIR = Path(__file__).resolve().parents[3] / "shapes"


@lru_cache(maxsize=256)
def _prepared(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


class CachingSPARQLProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, parsing each distinct query text once.

    pySHACL re-sends the same SPARQL constraint for every focus node; parsing dominated
    validation (70 parses of a few queries: 1.7 s of a 2.6 s bulletin). Registered in
    rdflib's plugin table under the standard name, so pySHACL picks it up unchanged.
    """

    def query(self, strOrQuery: str | Query, initBindings: Any = None,
              initNs: Any = None, base: str | None = None, DEBUG: bool = False) -> Any:
        if isinstance(strOrQuery, str):
            ns = tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _prepared(strOrQuery, base, ns)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


plugin.register("sparql", Processor, "kg.validate", "CachingSPARQLProcessor")



def load_shapes(directory: Path = SHAPES_DIR) -> Graph:
    """All ``*.ttl`` shapes files in ``directory`` as one graph."""
    g = Graph()
    for f in sorted(Path(directory).glob("*.ttl")):
        g.parse(f, format="turtle")
    return g


@dataclass(frozen=True)
class BatchItem:
    """One bulletin of a batch: its graphs, the nodes to validate, its N-Triples if known.

    A graph is an rdflib graph or any collection of triples (builds pass plain sets).
    """

    subject: str
    graphs: tuple[Iterable[tuple], ...]
    focus: frozenset[URIRef]
    ntriples: bytes | None = None  # all of ``graphs`` as N-Triples, when the caller has it


class _FocusSetValidator(PyshaclValidator):
    """pySHACL's validator with two fixes for large focus lists and repeated runs.

    pySHACL tests ``node in focus_nodes`` against a list, once per target of every shape:
    quadratic in the batch size (18 M term comparisons for 50 bulletins). A frozenset makes
    it linear. Its shapes graph is parsed once per :class:`Validator`, not once per call.
    """

    def __init__(self, data: DataGraph, shapes: ShapesGraph, options: dict[str, Any]) -> None:
        super().__init__(data, shacl_graph=shapes.graph, options=options)
        self.shacl_graph = shapes

    def make_executor(self) -> Any:
        executor = super().make_executor()
        if executor.focus_nodes:
            executor.focus_nodes = frozenset(executor.focus_nodes)
        return executor


class Validator:
    """Validates data graphs against the shapes, with the ontology and gazetteer as context.

    With focus nodes (the bulletin path) the work is split, for speed and with the same
    findings as plain pySHACL (``tests/test_validate_compiled.py`` compares them on every
    shape case, the seed, the dev bulletins and mutants that break each constraint):

    - SHACL Core constraints run compiled (:class:`CoreChecks`): Python checks over a
      dictionary index of the batch and the context, with rdflib's term semantics;
    - SHACL-SPARQL constraints of node shapes run in pyoxigraph, one query per constraint
      and batch with ``$this`` bound by ``VALUES`` to the targeted focus nodes;
    - whatever neither can take (an unsupported component, a custom target) runs in pySHACL
      over a context cut down to the triples whose predicate the shapes mention.

    ``fast=False`` is plain pySHACL over the whole data graph, with findings kept for the
    focus nodes (the reference for tests). pySHACL's own ``focus_nodes`` option is not used
    for it: with it, nested shapes (sh:or, sh:qualifiedValueShape) pass every value node that
    is not itself a focus node, e.g. any literal.
    """

    def __init__(self, shapes: Graph, ontology: Graph, *context: Graph,
                 fast: bool = True) -> None:
        self.shapes = shapes
        self.ontology = ontology
        self.context = Graph()
        for g in (ontology, *context):
            self.context += g
        self.fast = fast
        self._checks, core_shapes = split_sparql_constraints(shapes)
        self.core = CoreChecks(core_shapes)
        self._residual = (ShapesGraph(self.core.residual) if self.core.residual is not None
                          else None)
        self._core_context = relevant_context(self.context, shapes)
        self._context_index = TripleIndex(self._core_context, self.core.inverse_predicates)
        self._context_nt = self.context.serialize(format="nt11", encoding="utf-8")

    def validate(self, subject: str, data: Graph, *extra: Graph,
                 focus: Iterable[URIRef] | None = None) -> Report:
        """Validate ``data`` (plus ``extra`` graphs and the context).

        With ``focus`` only findings about those nodes are kept (the context was checked on
        its own).
        """
        if focus is not None and self.fast:
            item = BatchItem(subject, (data, *extra), frozenset(focus))
            return self.validate_batch([item])[0]
        nodes = None if focus is None else {str(n) for n in focus}
        if nodes is not None and not nodes:
            return Report(subject)
        work = Graph()
        work += self.context
        work += data
        for g in extra:
            work += g
        _, results, _ = shacl_validate(
            work, shacl_graph=self.shapes, inference="none", advanced=True,
            allow_warnings=True,
        )
        found = findings_of(results, self.shapes)
        kept = (f for f in found if nodes is None or f.focus in nodes)
        return Report(subject, unique_findings(kept))

    def validate_batch(self, items: Sequence[BatchItem]) -> list[Report]:
        """Validate several bulletins in one pass; one report per item, in order.

        A finding goes to every item whose focus holds its node. An item with a violation
        is validated again on its own, so that what is refused, and why, does not depend on
        the other bulletins of the batch.
        """
        focus = frozenset().union(*(i.focus for i in items))
        if not focus:
            return [Report(i.subject) for i in items]
        findings = self._core(items, focus) + self._sparql(items, focus)
        owners: dict[str, list[int]] = {}
        for n, item in enumerate(items):
            for node in item.focus:
                owners.setdefault(str(node), []).append(n)
        per_item: list[list[Finding]] = [[] for _ in items]
        for f in findings:
            for n in owners.get(f.focus, range(len(items))):
                per_item[n].append(f)
        reports = []
        for item, found in zip(items, per_item, strict=True):
            if len(items) > 1 and any(f.severity == "Violation" for f in found):
                reports.append(self.validate_batch([item])[0])
                continue
            reports.append(Report(item.subject, unique_findings(found)))
        return reports

    def _core(self, items: Sequence[BatchItem], focus: frozenset[URIRef]) -> list[Finding]:
        index = TripleIndex((t for item in items for g in item.graphs for t in g),
                            self.core.inverse_predicates, base=self._context_index,
                            keep=self.core.predicates)
        out = self.core.run(index, focus)
        if self._residual is None:
            return out
        work = Graph()
        work += self._core_context
        for item in items:
            for g in item.graphs:
                work.addN((s, p, o, work) for s, p, o in g)
        options = {"inference": "none", "advanced": True, "allow_warnings": True,
                   "focus_nodes": list(focus), "inplace": True}
        _, results, _ = _FocusSetValidator(DataGraph.from_rdflib(work), self._residual,
                                           options).run()
        return out + findings_of(results, self.shapes)

    def _sparql(self, items: Sequence[BatchItem], focus: frozenset[URIRef]) -> list[Finding]:
        if not self._checks:
            return []
        # a fresh store per batch: loading the context (12 ms) costs less than querying a
        # kept one through the union of its graphs
        store = ox.Store()
        store.bulk_load(self._context_nt, ox.RdfFormat.N_TRIPLES)
        for item in items:
            chunks = [item.ntriples] if item.ntriples is not None else [
                ntriples(g) for g in item.graphs]
            for chunk in chunks:
                store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES)
        out: list[Finding] = []
        targets_of: dict[str, set[str]] = {}
        wanted = {str(f) for f in focus}
        for check in self._checks:
            key = check.targets
            if key not in targets_of:
                targets_of[key] = {row["this"].value for row in store.query(key)
                                   if isinstance(row["this"], ox.NamedNode)}
            nodes = sorted(targets_of[key] & wanted)
            if nodes:
                out += check.run(store, nodes)
        return out



def relevant_context(context: Graph, shapes: Graph) -> Graph:
    """The context triples a core constraint can see: predicates the shapes mention.

    Core constraints reach data only through sh:path predicates, target predicates and
    classes (rdf:type with rdfs:subClassOf); a triple whose predicate no shape names cannot
    change their result. Labels and comments of the ontology and gazetteer go (~40 %).
    """
    mentioned = {t for triple in shapes for t in triple if isinstance(t, URIRef)}
    for text in shapes.objects(None, SH.select):
        mentioned |= {URIRef(i) for i in re.findall(r"<([^<>\s]+)>", str(text))}
    keep = mentioned | {RDF.type, RDFS.subClassOf, RDF.first, RDF.rest}
    out = Graph()
    for t in context:
        if t[1] in keep:
            out.add(t)
    return out



__all__ = ["BatchItem", "CoreChecks", "Finding", "NotCompiled", "Report", "SparqlCheck",
           "TripleIndex", "Validator", "load_shapes", "relevant_context",
           "split_sparql_constraints"]
