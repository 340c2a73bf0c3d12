"""Statistics materialised at build time: an RDF Data Cube of people killed, in graph/stats.

Researchers' most frequent questions (deaths by month and side, top places, trends) need the
non-double-counted sum over every observation; computed at query time that is a scan with
sub-queries per observation. Every counting rule of ``sparql/deaths-by-side-and-month.rq``
(sub-counts, running totals and title repeats left out) looks inside one bulletin only, so:

1. each bulletin's contribution — killed and observations per (month, victim status,
   affiliation, place) cell — is computed in plain Python in the build worker, from the
   bulletin's mapped and inferred triples (:func:`bulletin_cells`), and checked there against
   the same rules written in SPARQL (:data:`CELLS`) over the batch (:func:`batch_stats`);
2. the build keeps it in the build index under :func:`contribution_key` (beside the store,
   not published), so an incremental build recomputes only the bulletins it processes;
3. :func:`refresh_stats` sums the contributions in Python into the full cube (``killed``)
   and the roll-ups the saved queries read (:data:`DATASETS`), each a ``qb:DataSet`` with
   its own structure; ``sparql/rollup-consistency-violation.rq`` checks every roll-up
   against the cube at each build, ``sparql/stats-consistency-violation.rq`` (a saved query,
   over the whole store) the cube against the raw observations.

The worker also counts each bulletin's observations, sub-counts, running totals and title
counts (:func:`bulletin_figures`) into its graph/bulletin-stats, which
``sparql/observations-per-bulletin.rq`` reads instead of joining every observation.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD, Namespace

from kg.iris import Minter
from kg.mapping import ntriples
from kg.store import EmbeddedStore
from kg.vocab import KG

QB = Namespace("http://purl.org/linked-data/cube#")
NOT_STATED = "(not stated)"
# a line of a *-violation.rq file that the build leaves to the per-batch check (kg.stats)
PER_BATCH = "# build: checked per batch"

# The killed observations the statistics count, with their count ?n (and ?statusConcept,
# ?bulletin): no sub-counts, running totals or title counts the body repeats.
COUNTED_KILLED = """      ?obs a kg:CasualtyObservation ;
           kg:casualtyType kg:killed ;
           kg:victimStatus ?statusConcept ;
           kg:cumulative false ;
           kg:inTitle ?inTitle ;
           prov:wasDerivedFrom ?bulletin .
      # (bulletin, status) pairs whose body gives a killed count, computed once and joined:
      # a correlated NOT EXISTS is re-evaluated per observation (quadratic in oxigraph)
      OPTIONAL {
        { SELECT DISTINCT ?bulletin ?statusConcept (true AS ?bodyHasCount) WHERE {
            ?bodyCount kg:casualtyType kg:killed ; kg:victimStatus ?statusConcept ;
                       kg:inTitle false ; prov:wasDerivedFrom ?bulletin .
            OPTIONAL { ?bodyCount kg:subCountOf ?bodyTotal }
            FILTER (!BOUND(?bodyTotal))
        } }
      }
      OPTIONAL { ?obs kg:subCountOf ?total }
      FILTER (!BOUND(?total))
      FILTER (!?inTitle || !BOUND(?bodyHasCount))
      OPTIONAL { ?obs kg:countBest ?best }
      OPTIONAL { ?obs kg:countLow ?low }
      BIND (COALESCE(?best, ?low) AS ?n)
      FILTER (BOUND(?n))
"""
# One row per counted observation, then summed per cell: the rules of the saved query.
# ``$BY`` groups by bulletin too (the per-batch check); empty for the whole store.
_CELLS = """
PREFIX kg:   <https://w3id.org/sohr-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT $BY?month ?status ?affiliation ?place (SUM(?n) AS ?killed) (COUNT(?obs) AS ?observations)
WHERE {
  {
    SELECT $BY?obs ?status ?month ?n
           (GROUP_CONCAT(DISTINCT ?actorName; separator=" + ") AS ?actors)
           (MIN(STR(?placeNode)) AS ?placeIri)
    WHERE {
""" + COUNTED_KILLED + """      BIND (STRAFTER(STR(?statusConcept), "#") AS ?status)
      OPTIONAL { ?obs kg:startDate ?start ; kg:endDate ?end }
      BIND (IF(!BOUND(?start), "undated",
               IF(SUBSTR(STR(?start), 1, 7) = SUBSTR(STR(?end), 1, 7),
                  SUBSTR(STR(?start), 1, 7), "spans months")) AS ?month)
      OPTIONAL { ?obs kg:place ?placeNode }
      OPTIONAL {
        ?obs kg:victimAffiliation ?actor .
        OPTIONAL { ?actor rdfs:label ?actorEn . FILTER (LANGMATCHES(LANG(?actorEn), "en")) }
        BIND (COALESCE(STR(?actorEn), STR(?actor)) AS ?actorName)
      }
    }
    GROUP BY $BY?obs ?status ?month ?n
  }
  # an observation with no affiliation has no ?actorName: GROUP_CONCAT may leave ?actors unbound
  BIND (COALESCE(IF(?actors = "", "(not stated)", ?actors), "(not stated)") AS ?affiliation)
  BIND (COALESCE(?placeIri, "(not stated)") AS ?place)
}
GROUP BY $BY?month ?status ?affiliation ?place
"""
CELLS = _CELLS.replace("$BY", "")
CELLS_BY_BULLETIN = _CELLS.replace("$BY", "?bulletin ")

Cell = tuple[str, str, str, str]  # month, victim status, affiliation, place
Counts = dict[Cell, list[int]]  # cell → [killed, observations]

# The full cube and its roll-ups: dataset name → its dimensions (every one has both measures).
# The year roll-up leaves out the "spans months" and "undated" cells (they have no year).
DATASETS: dict[str, tuple[str, ...]] = {
    "killed": ("month", "status", "affiliation", "place"),
    "killed-by-month": ("month", "status", "affiliation"),
    "killed-by-place": ("place",),
    "killed-by-year": ("year", "status"),
}
_PROPERTY = {"month": KG.refMonth, "status": KG.refVictimStatus,
             "affiliation": KG.refAffiliation, "place": KG.refPlace, "year": KG.refYear}
_MEASURES = (KG.killedCount, KG.observationCount)
_MONTH = re.compile(r"^[0-9]{4}-[0-9]{2}$")
_WANTED = frozenset({RDF.type, KG.casualtyType, KG.victimStatus, KG.cumulative, KG.inTitle,
                     PROV.wasDerivedFrom, KG.subCountOf, KG.countBest, KG.countLow,
                     KG.startDate, KG.endDate, KG.place, KG.victimAffiliation, RDFS.label})


def _english(label: object) -> bool:
    lang = getattr(label, "language", None) or ""
    return lang.lower() == "en" or lang.lower().startswith("en-")


def english_labels(triples: Iterable[tuple]) -> dict[str, tuple[str, ...]]:
    """Node IRI → its ``rdfs:label``\\ s in English (the names of the cube's affiliations)."""
    out: dict[str, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if p == RDFS.label and _english(o):
            out[str(s)].add(str(o))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _is(term: object, value: bool) -> bool:
    return isinstance(term, Literal) and term.datatype == XSD.boolean and \
        str(term) == ("true" if value else "false")


def _properties(triples: Iterable[tuple]) -> dict[object, dict[object, set]]:
    """Subject → property → values, for the properties the statistics read."""
    props: dict[object, dict[object, set]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        if p in _WANTED:
            props[s][p].add(o)
    return props


def bulletin_figures(bulletin_id: str, triples: Iterable[tuple], minter: Minter) -> bytes:
    """The row of ``observations-per-bulletin`` for one bulletin (how many casualty
    observations, sub-counts, running totals and title counts), as N-Triples of its
    graph/bulletin-stats (written with the bulletin: an incremental build updates it)."""
    bulletin = minter.bulletin(bulletin_id)
    obs = [v for v in _properties(triples).values()
           if KG.CasualtyObservation in v[RDF.type] and bulletin in v[PROV.wasDerivedFrom]]
    node = minter.stats("observations-per-bulletin", bulletin_id)
    figures = ((KG.observationCount, len(obs)),
               (KG.subCounts, sum(1 for v in obs if v[KG.subCountOf])),
               (KG.runningTotals, sum(1 for v in obs if any(_is(c, True)
                                                            for c in v[KG.cumulative]))),
               (KG.titleCounts, sum(1 for v in obs if any(_is(t, True) for t in v[KG.inTitle]))))
    return ntriples([(node, RDF.type, QB.Observation),
                     (node, QB.dataSet, minter.stats("observations-per-bulletin")),
                     (node, KG.refBulletin, bulletin),
                     *((node, p, Literal(n, datatype=XSD.integer)) for p, n in figures)])


def bulletin_cells(triples: Iterable[tuple], labels: Mapping[str, tuple[str, ...]]) -> Counts:
    """One bulletin's contribution to the killed cube, from its mapped and inferred triples.

    The rules of :data:`CELLS` in Python; ``labels`` gives the English names of the actors
    the bulletin does not describe itself (the gazetteer's). Several affiliations are joined
    in alphabetical order.
    """
    props = _properties(triples)
    own = english_labels((s, RDFS.label, o) for s, v in props.items() for o in v[RDFS.label])
    body = {(b, st) for v in props.values() if KG.killed in v[KG.casualtyType]
            and any(_is(t, False) for t in v[KG.inTitle]) and not v[KG.subCountOf]
            for b in v[PROV.wasDerivedFrom] for st in v[KG.victimStatus]}
    out: Counts = defaultdict(lambda: [0, 0])
    for v in props.values():
        if (KG.CasualtyObservation not in v[RDF.type] or KG.killed not in v[KG.casualtyType]
                or not any(_is(c, False) for c in v[KG.cumulative]) or v[KG.subCountOf]):
            continue
        counts = {int(n) for n in (v[KG.countBest] or v[KG.countLow])}
        months = {str(s)[:7] if str(s)[:7] == str(e)[:7] else "spans months"
                  for s in v[KG.startDate] for e in v[KG.endDate]} or {"undated"}
        place = min((str(p) for p in v[KG.place]), default=NOT_STATED)
        names = sorted({name for a in v[KG.victimAffiliation]
                        for name in (own.get(str(a)) or labels.get(str(a)) or (str(a),))})
        affiliation = " + ".join(names) or NOT_STATED
        for status in v[KG.victimStatus]:
            if not any(not _is(t, True) or (b, status) not in body
                       for t in v[KG.inTitle] for b in v[PROV.wasDerivedFrom]):
                continue
            for month in months:
                for n in counts:
                    cell = out[(month, str(status).partition("#")[2], affiliation, place)]
                    cell[0] += n
                    cell[1] += 1
    return dict(out)


def encode(cells: Counts) -> str:
    """A bulletin's contribution as one line of JSON (an entry of the build index)."""
    return json.dumps(sorted([*cell, *counts] for cell, counts in cells.items()),
                      ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Iterator[tuple[Cell, int, int]]:
    for month, status, affiliation, place, killed, observations in json.loads(text):
        yield (month, status, affiliation, place), killed, observations


def contribution_key(minter: Minter, bulletin_id: str) -> str:
    """The build-index entry holding a bulletin's contribution (not an IRI of the data)."""
    return str(minter.stats("bulletin", bulletin_id))


def _relevant(triples: Iterable[tuple]) -> list[tuple]:
    """The triples the statistics read (every rule of :data:`CELLS` uses only these)."""
    return [t for t in triples if t[1] in _WANTED
            and (t[1] != RDF.type or t[2] == KG.CasualtyObservation)
            and (t[1] != RDFS.label or _english(t[2]))]


def batch_stats(batch: list[tuple[str, Iterable[tuple]]], labels: Mapping[str, tuple[str, ...]],
                minter: Minter) -> tuple[dict[str, tuple[str, bytes]], list[str]]:
    """For a batch of (bulletin id, mapped and inferred triples): bulletin id → (its encoded
    contribution to the cube, its :func:`bulletin_figures`), and the mismatches.

    The check: :data:`CELLS_BY_BULLETIN` over the batch's triples (and the English labels of
    the actors they name) in a store in memory must give the same cells as the Python rules.
    """
    python_cells: dict[str, Counts] = {}
    figures: dict[str, bytes] = {}
    documents: dict[str, str] = {}
    named: set[str] = set()
    relevant: list[tuple] = []
    for bulletin_id, triples in batch:
        mine = _relevant(triples)
        relevant += mine
        python_cells[bulletin_id] = bulletin_cells(mine, labels)
        figures[bulletin_id] = bulletin_figures(bulletin_id, mine, minter)
        named.update(str(o) for _, p, o in mine if p == KG.victimAffiliation)
        documents.update((str(o), bulletin_id) for _, p, o in mine if p == PROV.wasDerivedFrom)
    scratch = ox.Store()
    relevant += [(URIRef(a), RDFS.label, Literal(label, lang="en"))
                 for a in sorted(named) for label in labels.get(a, ())]
    if relevant:
        scratch.bulk_load(ntriples(relevant), ox.RdfFormat.N_TRIPLES)
    sparql: dict[str, Counts] = defaultdict(dict)
    for row in scratch.query(CELLS_BY_BULLETIN):
        cell = (row["month"].value, row["status"].value, row["affiliation"].value,
                row["place"].value)
        bulletin_id = documents.get(row["bulletin"].value, row["bulletin"].value)
        sparql[bulletin_id][cell] = [int(row["killed"].value), int(row["observations"].value)]
    mismatches = []
    for bulletin_id, cells in python_cells.items():
        if comparable(cells) != comparable(sparql.get(bulletin_id, {})):
            mismatches.append(f"kg.stats: bulletin {bulletin_id}: the cube rules in Python "
                              f"give {encode(cells)}, in SPARQL (kg.stats.CELLS) "
                              f"{encode(sparql.get(bulletin_id, {}))}")
    return ({b: (encode(c) if c else "", figures[b]) for b, c in python_cells.items()},
            mismatches)


def comparable(cells: Counts) -> Counts:
    """The cells with several affiliations joined alphabetically, as the Python rules join
    them (``GROUP_CONCAT`` in :data:`CELLS` joins them in whatever order the engine finds)."""
    out: Counts = defaultdict(lambda: [0, 0])
    for (month, status, affiliation, place), (k, o) in cells.items():
        key = (month, status, " + ".join(sorted(affiliation.split(" + "))), place)
        out[key][0] += k
        out[key][1] += o
    return dict(out)


def total_cells(index: Iterable[tuple[str, str]], minter: Minter) -> Counts:
    """The killed cube: every bulletin contribution among the build index's entries
    (streamed: ``store.index_items()``), summed as they come."""
    prefix = contribution_key(minter, "")
    out: Counts = defaultdict(lambda: [0, 0])
    for key, value in index:
        if key.startswith(prefix) and value:
            for cell, killed, observations in decode(value):
                out[cell][0] += killed
                out[cell][1] += observations
    return dict(out)


def rollups(cube: Counts) -> dict[str, dict[tuple[str, ...], list[int]]]:
    """Every dataset of :data:`DATASETS`: dimension values → [killed, observations]."""
    out: dict[str, dict[tuple[str, ...], list[int]]] = {}
    for name, dims in DATASETS.items():
        sums: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
        for (month, status, affiliation, place), (k, o) in cube.items():
            values = {"month": month, "status": status, "affiliation": affiliation,
                      "place": place, "year": month[:4]}
            if "year" in dims and not _MONTH.match(month):
                continue
            key = tuple(values[d] for d in dims)
            sums[key][0] += k
            sums[key][1] += o
        out[name] = dict(sums)
    return out


def _place_labels(store: EmbeddedStore, places: Iterable[str]) -> dict[str, str]:
    """The English label of each place IRI (the first, if several), as the store has it."""
    iris = " ".join(f"<{p}>" for p in places if p != NOT_STATED)
    if not iris:
        return {}
    rows = store.query("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                       f"SELECT ?p (MIN(STR(?l)) AS ?label) WHERE {{ VALUES ?p {{ {iris} }} "
                       "?p rdfs:label ?l . FILTER (LANGMATCHES(LANG(?l), \"en\")) } GROUP BY ?p")
    return {r["p"].value: r["label"].value for r in rows}


def _structure(dataset: URIRef, components: Iterable[tuple[str, URIRef, URIRef]]
               ) -> list[tuple]:
    """A dataset's qb:DataStructureDefinition: (name, qb:dimension/measure/…, property)."""
    dsd = URIRef(f"{dataset}#structure")
    out = [(dataset, RDF.type, QB.DataSet), (dataset, QB.structure, dsd),
           (dsd, RDF.type, QB.DataStructureDefinition)]
    for part, kind, prop in components:
        component = URIRef(f"{dataset}#component-{part}")
        out += [(dsd, QB.component, component), (component, kind, prop)]
    return out


def cube_triples(cube: Counts, minter: Minter, place_labels: Mapping[str, str]
                 ) -> Iterator[tuple]:
    """The triples of graph/stats: the cube and its roll-ups, each with its structure, and
    the structure of ``observations-per-bulletin`` (whose rows are in each bulletin's
    graph/bulletin-stats). A generator: serialised as they come, never all held at once."""
    yield from _structure(minter.stats("observations-per-bulletin"), [
        ("bulletin", QB.dimension, KG.refBulletin),
        *((p.fragment, QB.measure, p) for p in (KG.observationCount, KG.subCounts,
                                                 KG.runningTotals, KG.titleCounts))])
    for name, cells in rollups(cube).items():
        dataset = minter.stats(name)
        yield (dataset, RDF.type, KG.KilledCube if name == "killed" else KG.KilledRollUp)
        components = [(d, QB.dimension, _PROPERTY[d]) for d in DATASETS[name]]
        components += [(m.fragment, QB.measure, m) for m in _MEASURES]
        if name == "killed-by-place":
            components.append(("placeLabel", QB.attribute, KG.refPlaceLabel))
        yield from _structure(dataset, components)
        for key, (killed, observations) in cells.items():
            digest = hashlib.sha256("\0".join(key).encode("utf-8")).hexdigest()[:20]
            obs = minter.stats(name, digest)
            yield from ((obs, RDF.type, QB.Observation), (obs, QB.dataSet, dataset),
                        (obs, KG.killedCount, Literal(killed, datatype=XSD.integer)),
                        (obs, KG.observationCount, Literal(observations, datatype=XSD.integer)))
            yield from ((obs, _PROPERTY[d], Literal(v))
                        for d, v in zip(DATASETS[name], key, strict=True))
            if name == "killed-by-place" and key[0] in place_labels:
                yield (obs, KG.refPlaceLabel, Literal(place_labels[key[0]], lang="en"))


WRITE_CHUNK = 10_000  # triples of graph/stats per write (each bulk load holds its part in
# memory: at 10,000 bulletins the refresh's peak RSS +97 MiB in parts of 50,000, +57 in 10,000)


def refresh_stats(store: EmbeddedStore, minter: Minter) -> int:
    """Rewrite graph/stats from the contributions in the build index; returns its cell count."""
    # the index streamed: memory holds the cube's cells, not every bulletin's contribution
    cube = total_cells(store.index_items(contribution_key(minter, "")), minter)
    labels = _place_labels(store, sorted({cell[3] for cell in cube}))
    graph = str(minter.graph("stats"))
    # in parts: at 100,000 bulletins the graph is ~1M triples; removed and written whole
    # (one transaction, one N-Triples blob) it took a build's peak memory to 1.5-1.7 GB
    triples = cube_triples(cube, minter, labels)
    store.clear_graph(graph)
    while chunk := ntriples(islice(triples, WRITE_CHUNK)):
        store.append_graph(graph, chunk)
    return len(cube)


def cube_from_store(store: EmbeddedStore) -> Counts:
    """The killed cube by :data:`CELLS` over the whole store (slow: for tests and checks)."""
    return {(r["month"].value, r["status"].value, r["affiliation"].value, r["place"].value):
            [int(r["killed"].value), int(r["observations"].value)] for r in store.query(CELLS)}


__all__ = ["CELLS", "CELLS_BY_BULLETIN", "COUNTED_KILLED", "DATASETS", "PER_BATCH", "batch_stats",
           "bulletin_cells", "bulletin_figures", "comparable", "contribution_key",
           "cube_from_store", "english_labels", "refresh_stats", "rollups", "total_cells"]
