"""What the web app may show: the store without its private graphs.

Private graphs (imported ACLED rows and their links, :func:`kg.link.is_private_graph`) may sit
in the served store, but no page, query or Graph Store GET may reveal a triple of theirs. Every
read in :mod:`kg.web` goes through :func:`view`, a :class:`PublicView` of the current store
(a test checks no blueprint reads ``kg.store`` directly). Writes (token holders) use the store.

When the store holds no private graph the view passes everything through at no cost. When it
does, pattern lookups drop quads of private graphs, and queries run over an explicit dataset:
the public named graphs (and the store's default graph) as the default graph, the public named
graphs as the only ones ``GRAPH ?g`` can reach, and a query's own ``FROM`` / ``FROM NAMED``
clauses cut down to public graphs. oxigraph evaluates an explicit default graph graph by graph,
so queries get slower with many graphs: measured over 2,000 graphs of 30 triples (40 of them
private), a COUNT of one class took 2× as long, a subject lookup 17×, and a four-pattern join
740× (27 s instead of 0.04 s). A public server should keep private imports in a store of
its own; this view is the guarantee that they never show, not the fast path.

Finding the private graphs lists the store's graphs once per view: the first request after
start or a write, and on a remote store every :data:`REMOTE_REFRESH` seconds, as other
processes may write there (a private graph they add shows until then). On a remote store
that is one GROUP BY query, 0.03-0.06 s for 4,000 graphs and 0.3-0.7 s for 30,000 on
Virtuoso, cheaper there than a query filtering graph IRIs (0.6 s, 5.5 s; see
:meth:`kg.remote.SparqlStore.named_graphs`). Over a remote store (:attr:`PublicView.remote`)
the SPARQL endpoint may pass the server's answer on unchanged (:class:`kg.remote.RawResults`).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from flask import current_app
from werkzeug.exceptions import BadRequest

from kg.link import is_private_graph
from kg.remote import SparqlStore

log = logging.getLogger(__name__)

_FROM = re.compile(r"(?<![\w?$:.-])FROM\s", re.I)
# Other processes may write to a remote store (kg build / kg link --store sparql+http://…)
# without this app hearing of it: its graphs are listed again this often (seconds).
REMOTE_REFRESH = 60.0


@dataclass(frozen=True)
class _Graphs:
    private: frozenset[ox.NamedNode]
    public: tuple[ox.NamedNode, ...]


def _scan(store: ox.Store) -> _Graphs:
    private: set[ox.NamedNode] = set()
    public: list[ox.NamedNode] = []
    for g in store.named_graphs():
        if isinstance(g, ox.NamedNode) and is_private_graph(g.value):
            private.add(g)
        elif isinstance(g, ox.NamedNode):
            public.append(g)
    return _Graphs(frozenset(private), tuple(public))


class PublicView:
    """The read side of an ``ox.Store`` with the private graphs left out.

    >>> store = ox.Store()
    >>> secret = ox.NamedNode("https://ex.org/graph/private/acled/x")
    >>> a, p = ox.NamedNode("https://ex.org/a"), ox.NamedNode("https://ex.org/p")
    >>> store.add(ox.Quad(a, p, ox.Literal("hidden"), secret))
    >>> public = PublicView(store)
    >>> list(public.quads_for_pattern(a, None, None)), bool(public.query("ASK { ?s ?p ?o }",
    ...     use_default_graph_as_union=True))
    ([], False)
    """

    def __init__(self, store: ox.Store, hide: bool = True) -> None:
        self.store = store
        # KG_SERVE_PRIVATE (a researcher's own machine) shows everything, at no cost
        self.graphs = _scan(store) if hide else _Graphs(frozenset(), ())
        self._hidden_quads: int | None = None
        self.made = time.monotonic()
        # what pages compute over the whole store (the home page's counts), once per view
        self.memo: dict[str, Any] = {}

    @property
    def remote(self) -> bool:
        """Whether the store is a SPARQL server (:mod:`kg.remote`): counting all its triples
        is a scan there, and queries may take ``answer_as`` (see ``SparqlStore.query``)."""
        return isinstance(self.store, SparqlStore)

    @property
    def has_private(self) -> bool:
        """Whether the store holds private graphs (so reads are filtered)."""
        return bool(self.graphs.private)

    def _hidden(self, graph: object) -> bool:
        return graph in self.graphs.private

    def quads_for_pattern(self, subject: Any = None, predicate: Any = None, obj: Any = None,
                          graph_name: Any = None) -> Iterator[ox.Quad]:
        """Like ``ox.Store.quads_for_pattern``, without quads of private graphs."""
        if graph_name is not None and self._hidden(graph_name):
            return iter(())
        quads = self.store.quads_for_pattern(subject, predicate, obj, graph_name)
        if not self.graphs.private:
            return quads
        return (q for q in quads if q.graph_name not in self.graphs.private)

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return not self._hidden(graph) and self.store.contains_named_graph(graph)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return iter(self.graphs.public)

    def __len__(self) -> int:
        """Quads outside private graphs (the private ones counted once per view)."""
        if self._hidden_quads is None:
            self._hidden_quads = sum(1 for g in self.graphs.private
                                     for _ in self.store.quads_for_pattern(None, None, None, g))
        return len(self.store) - self._hidden_quads

    def count(self, graph: ox.NamedNode) -> int:
        """Triples in ``graph`` (0 for a private one)."""
        return sum(1 for _ in self.quads_for_pattern(None, None, None, graph))

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: list[Any] | None = None,
              named_graphs: list[ox.NamedNode] | None = None, **kw: Any) -> Any:
        """Like ``ox.Store.query``, over a dataset of public graphs only.

        Raises SyntaxError for a malformed query, BadRequest (400) for ``FROM`` clauses this
        view cannot read, or any on a remote store (see the body).
        """
        if not self.graphs.private:
            return self.store.query(query, use_default_graph_as_union=use_default_graph_as_union,
                                    default_graph=default_graph, named_graphs=named_graphs,
                                    **kw)
        if self.remote and _FROM.search(query) and _query_dataset(query)[1] is not None:
            # Virtuoso reads a query's own FROM clauses even when the protocol's dataset
            # parameters say otherwise: they could reach a private graph
            raise BadRequest("this store holds private graphs and is a remote SPARQL server: "
                             "queries with FROM / FROM NAMED clauses are refused; use the "
                             "default-graph-uri / named-graph-uri parameters instead")
        public = list(self.graphs.public)
        if default_graph is None and named_graphs is None:
            if use_default_graph_as_union:
                default_graph = [ox.DefaultGraph(), *public]
            elif _FROM.search(query):
                default_graph, named_graphs = _query_dataset(query)
            else:
                default_graph = [ox.DefaultGraph()]
        default_graph = [g for g in default_graph or [] if not self._hidden(g)]
        named_graphs = public if named_graphs is None else [
            g for g in named_graphs if not self._hidden(g)]
        return self.store.query(query, default_graph=default_graph, named_graphs=named_graphs,
                                **kw)


def _query_dataset(query: str) -> tuple[list[Any], list[ox.NamedNode] | None]:
    """The query's own FROM / FROM NAMED graphs (rdflib's parser resolves prefixes)."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        clauses = translateQuery(parseQuery(query)).algebra.get("datasetClause") or []
    except Exception as e:  # rdflib's parser raises several kinds; oxigraph judges syntax
        raise BadRequest(f"cannot read the FROM clauses of this query: {e}") from None
    default = [ox.NamedNode(str(c["default"])) for c in clauses if "default" in c]
    named = [ox.NamedNode(str(c["named"])) for c in clauses if "named" in c]
    if not default and not named:  # "FROM" was only in a string or comment
        return [ox.DefaultGraph()], None
    return default, named


# What read helpers (labels, pages) take: the public view, or a store of other data (the
# ontology's).
Readable = ox.Store | PublicView


def view() -> PublicView:
    """The public view of the app's current store (rebuilt when the store or data changes,
    and over a remote store every :data:`REMOTE_REFRESH` seconds)."""
    store: ox.Store = current_app.extensions["kg.store"].oxigraph
    cached: PublicView | None = current_app.extensions.get("kg.public")
    if cached is None or cached.store is not store or (
            cached.remote and time.monotonic() - cached.made > REMOTE_REFRESH):
        before = cached.graphs.private if cached is not None else None
        cached = PublicView(store, hide=not current_app.config.get("KG_SERVE_PRIVATE"))
        current_app.extensions["kg.public"] = cached
        if cached.has_private and cached.graphs.private != before:
            log.warning("the store holds %d private graph(s): the web app hides them, and "
                        "queries run over an explicit dataset of the %d public ones (slower)",
                        len(cached.graphs.private), len(cached.graphs.public))
    return cached


def forget() -> None:
    """Drop the cached view after a write (a write may add or remove graphs)."""
    current_app.extensions.pop("kg.public", None)
