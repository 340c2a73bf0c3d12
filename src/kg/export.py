"""Tabular exports for researchers (CSV for pandas / R), read from the store with SPARQL."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox

from kg.store import EmbeddedStore
from kg.vocab import KG

CASUALTY_COLUMNS = (
    "bulletin", "observation", "casualty_type", "count_low", "count_best", "count_high",
    "count_qualifier", "victim_status", "victim_group", "part_of", "cumulative",
    "victim_actor", "perpetrator", "place", "place_label_ar", "date_start", "date_end",
    "evidence",
    # extra columns, after the contract ones
    "victim_actor_label", "perpetrator_label", "place_label_en", "in_title", "operation",
    "evidence_start", "evidence_end", "bulletin_iri", "published",
)

# concept local name in the ontology → the word the CSV uses
_WORDS = {"unknownStatus": "unknown", "atLeast": "at_least", "moreThan": "more_than",
          "atMost": "at_most"}

CASUALTIES_QUERY = f"""
PREFIX kg: <{KG._NS}>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?bulletin ?observation ?type ?low ?best ?high ?qualifier ?status ?group ?part_of
       ?cumulative ?in_title ?operation ?date_start ?date_end ?evidence ?ev_start ?ev_end
       ?doc ?published
       (GROUP_CONCAT(DISTINCT STR(?victim); SEPARATOR="|") AS ?victim_actor)
       (GROUP_CONCAT(DISTINCT ?victim_label; SEPARATOR="|") AS ?victim_actor_label)
       (GROUP_CONCAT(DISTINCT STR(?perp); SEPARATOR="|") AS ?perpetrator)
       (GROUP_CONCAT(DISTINCT ?perp_label; SEPARATOR="|") AS ?perpetrator_label)
       (GROUP_CONCAT(DISTINCT STR(?place); SEPARATOR="|") AS ?places)
       (GROUP_CONCAT(DISTINCT ?place_ar; SEPARATOR="|") AS ?place_label_ar)
       (GROUP_CONCAT(DISTINCT ?place_en; SEPARATOR="|") AS ?place_label_en)
WHERE {{
  ?observation a kg:CasualtyObservation ;
     kg:casualtyType ?type ; kg:countQualifier ?qualifier ; kg:victimStatus ?status ;
     prov:wasDerivedFrom ?doc ; kg:evidence ?ev .
  ?doc kg:bulletinId ?bulletin .
  ?ev oa:hasSelector ?q, ?p .
  ?q a oa:TextQuoteSelector ; oa:exact ?evidence .
  ?p a oa:TextPositionSelector ; oa:start ?ev_start ; oa:end ?ev_end .
  OPTIONAL {{ ?doc dcterms:issued ?published }}
  OPTIONAL {{ ?observation kg:countLow ?low }}
  OPTIONAL {{ ?observation kg:countBest ?best }}
  OPTIONAL {{ ?observation kg:countHigh ?high }}
  OPTIONAL {{ ?observation kg:victimGroup ?group }}
  OPTIONAL {{ ?observation kg:subCountOf ?part_of }}
  OPTIONAL {{ ?observation kg:cumulative ?cumulative }}
  OPTIONAL {{ ?observation kg:inTitle ?in_title }}
  OPTIONAL {{ ?observation kg:duringOperation ?operation }}
  OPTIONAL {{ ?observation kg:startDate ?date_start }}
  OPTIONAL {{ ?observation kg:endDate ?date_end }}
  OPTIONAL {{ ?observation kg:victimAffiliation ?victim .
             OPTIONAL {{ ?victim rdfs:label ?victim_label FILTER(LANG(?victim_label) = "en") }} }}
  OPTIONAL {{ ?observation kg:perpetrator ?perp .
             OPTIONAL {{ ?perp rdfs:label ?perp_label FILTER(LANG(?perp_label) = "en") }} }}
  OPTIONAL {{ ?observation kg:place ?place .
             OPTIONAL {{ ?place rdfs:label|skos:altLabel ?place_ar FILTER(LANG(?place_ar) = "ar") }}
             OPTIONAL {{ ?place rdfs:label ?place_en FILTER(LANG(?place_en) = "en") }} }}
}}
GROUP BY ?bulletin ?observation ?type ?low ?best ?high ?qualifier ?status ?group ?part_of
         ?cumulative ?in_title ?operation ?date_start ?date_end ?evidence ?ev_start ?ev_end
         ?doc ?published
ORDER BY ?bulletin ?ev_start ?ev_end
"""


def _value(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        if value.startswith(str(KG._NS)):
            local = value[len(str(KG._NS)):]
            return _WORDS.get(local, local)
        return value
    return str(getattr(term, "value", term))


def casualty_rows(store: EmbeddedStore) -> Iterator[dict[str, str]]:
    """One dict per casualty observation, keyed by :data:`CASUALTY_COLUMNS`."""
    for s in store.query(CASUALTIES_QUERY):
        v = {name: _value(s[name]) for name in (
            "bulletin", "observation", "type", "low", "best", "high", "qualifier", "status",
            "group", "part_of", "cumulative", "in_title", "operation", "date_start",
            "date_end", "evidence", "ev_start", "ev_end", "doc", "published", "victim_actor",
            "victim_actor_label", "perpetrator", "perpetrator_label", "places",
            "place_label_ar", "place_label_en")}
        group = v["group"]
        yield {
            "bulletin": v["bulletin"], "observation": v["observation"],
            "casualty_type": v["type"], "count_low": v["low"], "count_best": v["best"],
            "count_high": v["high"], "count_qualifier": v["qualifier"],
            "victim_status": v["status"],
            "victim_group": group.rsplit("/", 1)[-1] if "/" in group else group,
            "part_of": v["part_of"], "cumulative": v["cumulative"] or "false",
            "victim_actor": v["victim_actor"], "perpetrator": v["perpetrator"],
            "place": v["places"], "place_label_ar": v["place_label_ar"],
            "date_start": v["date_start"], "date_end": v["date_end"],
            "evidence": v["evidence"], "victim_actor_label": v["victim_actor_label"],
            "perpetrator_label": v["perpetrator_label"],
            "place_label_en": v["place_label_en"], "in_title": v["in_title"] or "false",
            "operation": v["operation"], "evidence_start": v["ev_start"],
            "evidence_end": v["ev_end"], "bulletin_iri": v["doc"], "published": v["published"],
        }


def write_casualties(store: EmbeddedStore, out: IO[str]) -> int:
    """Write the casualties CSV to ``out``; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=CASUALTY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in casualty_rows(store):
        writer.writerow(row)
        n += 1
    return n
