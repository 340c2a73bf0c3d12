"""Statistics materialised at build time: an RDF Data Cube of people killed, in graph/stats.

Researchers' most frequent questions (deaths by month and side, top places, trends) need the
non-double-counted sum over every observation; computed at query time that is a scan with
NOT EXISTS sub-queries per observation. The build computes it once, with the same rules as
``sparql/deaths-by-side-and-month.rq`` (sub-counts, running totals and title repeats left
out), into one ``qb:Observation`` per (month, victim status, affiliation, place). Saved
queries ``sparql/*-cube.rq`` read the cube; ``sparql/stats-consistency-violation.rq`` fails
the build if its totals ever disagree with the raw observations.
"""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD, Namespace

from kg.iris import Minter
from kg.store import EmbeddedStore
from kg.vocab import KG

QB = Namespace("http://purl.org/linked-data/cube#")

# one row per counted observation, then summed per cell (the rules of the saved query)
CELLS = """
PREFIX kg:   <https://w3id.org/sohr-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?month ?status ?affiliation ?place (SUM(?n) AS ?killed) (COUNT(?obs) AS ?observations)
WHERE {
  {
    SELECT ?obs ?status ?month ?n
           (GROUP_CONCAT(DISTINCT ?actorName; separator=" + ") AS ?actors)
           (MIN(STR(?placeNode)) AS ?placeIri)
    WHERE {
      ?obs a kg:CasualtyObservation ;
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
      BIND (STRAFTER(STR(?statusConcept), "#") AS ?status)
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
    GROUP BY ?obs ?status ?month ?n
  }
  # an observation with no affiliation has no ?actorName: GROUP_CONCAT may leave ?actors unbound
  BIND (COALESCE(IF(?actors = "", "(not stated)", ?actors), "(not stated)") AS ?affiliation)
  BIND (COALESCE(?placeIri, "(not stated)") AS ?place)
}
GROUP BY ?month ?status ?affiliation ?place
"""

_DIMENSIONS = (("month", KG.refMonth), ("status", KG.refVictimStatus),
               ("affiliation", KG.refAffiliation), ("place", KG.refPlace))
_MEASURES = (("killed", KG.killedCount), ("observations", KG.observationCount))


def cube(store: EmbeddedStore, minter: Minter) -> Graph:
    """The killed cube computed from the observations now in ``store``."""
    base = str(minter.graph("stats")).replace("/graph/stats", "/stats/killed")
    dataset, dsd = URIRef(base), URIRef(base + "#structure")
    g = Graph()
    g.add((dataset, RDF.type, QB.DataSet))
    g.add((dataset, RDF.type, KG.KilledCube))
    g.add((dataset, QB.structure, dsd))
    g.add((dsd, RDF.type, QB.DataStructureDefinition))
    for name, prop in _DIMENSIONS + _MEASURES:
        component = URIRef(f"{base}#component-{name}")
        g.add((dsd, QB.component, component))
        kind = QB.dimension if (name, prop) in _DIMENSIONS else QB.measure
        g.add((component, kind, prop))
    for row in store.query(CELLS):
        cell = [row[name].value for name, _ in _DIMENSIONS]
        digest = hashlib.sha256("\0".join(cell).encode("utf-8")).hexdigest()[:20]
        obs = URIRef(f"{base}/{digest}")
        g.add((obs, RDF.type, QB.Observation))
        g.add((obs, QB.dataSet, dataset))
        for (_, prop), value in zip(_DIMENSIONS, cell, strict=True):
            g.add((obs, prop, Literal(value)))
        for name, prop in _MEASURES:
            g.add((obs, prop, Literal(int(row[name].value), datatype=XSD.integer)))
    return g


def refresh_stats(store: EmbeddedStore, minter: Minter) -> int:
    """Recompute graph/stats from the observations in ``store``; returns its cell count."""
    g = cube(store, minter)
    store.replace_graphs({str(minter.graph("stats")): g.serialize(format="nt11",
                                                                   encoding="utf-8")})
    return sum(1 for _ in g.subjects(RDF.type, QB.Observation))


__all__ = ["CELLS", "cube", "refresh_stats"]
