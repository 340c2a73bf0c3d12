"""External events and imported files → pyoxigraph quads, in the dataset's own named graph.

Quads rather than rdflib triples because a GED release has ~400,000 rows: building
pyoxigraph terms directly keeps the import streaming and several times faster.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kg.iris import Minter
from kg.link.records import Description, ExternalEvent, Profile
from kg.vocab import GEO, KG, PRECISION_UNITS, SCHEMA, TIME


def _n(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


# predicates and classes, built once
A = _n(RDF.type)
P = {name: _n(getattr(KG, name)) for name in (
    "ExternalEvent", "externalId", "eventType", "conflictName", "sideA", "sideB",
    "deathsSideA", "deathsSideB", "deathsCivilians", "deathsCombatants", "deathsUnknown",
    "deathsLow", "deathsBest", "deathsHigh", "datePrecisionCode", "locationPrecisionCode",
    "sourceOffice", "sourceArticle", "place", "period", "startDate", "endDate",
    "datePrecision", "ReferenceSource", "datasetName")}
LABEL, DERIVED = _n(RDFS.label), _n(PROV.wasDerivedFrom)
SOURCE, TITLE, IDENT = _n(DCTERMS.source), _n(DCTERMS.title), _n(DCTERMS.identifier)
XINT, XDATE, XDATETIME = _n(XSD.integer), _n(XSD.date), _n(XSD.dateTime)
WKT = _n(GEO.wktLiteral)
GEO_FEATURE, GEO_GEOMETRY = _n(GEO.Feature), _n(GEO.Geometry)
HAS_GEOMETRY, AS_WKT = _n(GEO.hasGeometry), _n(GEO.asWKT)
REGION, LOCALITY = _n(SCHEMA.addressRegion), _n(SCHEMA.addressLocality)
INTERVAL, INSTANT = _n(TIME.ProperInterval), _n(TIME.Instant)
BEGIN, END, IN_DATE = _n(TIME.hasBeginning), _n(TIME.hasEnd), _n(TIME.inXSDDate)
UNITS = {**{k: _n(v) for k, v in PRECISION_UNITS.items()}, "week": _n(TIME.unitWeek)}

_INT_FIELDS = (
    ("deaths_a", "deathsSideA"), ("deaths_b", "deathsSideB"),
    ("deaths_civilians", "deathsCivilians"), ("deaths_combatants", "deathsCombatants"),
    ("deaths_unknown", "deathsUnknown"), ("low", "deathsLow"), ("best", "deathsBest"),
    ("high", "deathsHigh"), ("date_prec", "datePrecisionCode"),
)
_TEXT_FIELDS = (
    ("event_type", "eventType"), ("conflict", "conflictName"), ("side_a", "sideA"),
    ("side_b", "sideB"), ("source_office", "sourceOffice"), ("source_article", "sourceArticle"),
)


class EventMapper:
    """Maps the events of one imported file into its named graph."""

    def __init__(self, profile: Profile, minter: Minter, graph: str, dataset_node: str) -> None:
        self.profile, self.m = profile, minter
        self.g = ox.NamedNode(graph)
        self.ds = ox.NamedNode(dataset_node)

    def _day(self, d: date) -> ox.Literal:
        return ox.Literal(d.isoformat(), datatype=XDATE)

    def quads(self, e: ExternalEvent) -> list[ox.Quad]:
        """The quads of one event (about 30 for a full GED row)."""
        g, Q = self.g, ox.Quad
        ev = ox.NamedNode(str(self.m.external_event(self.profile.name, e.id)))
        out = [
            Q(ev, A, P["ExternalEvent"], g),
            Q(ev, P["externalId"], ox.Literal(e.id), g),
            Q(ev, LABEL, ox.Literal(f"{self.profile.label} event {e.id}", language="en"), g),
            Q(ev, DERIVED, self.ds, g),
            Q(ev, P["startDate"], self._day(e.start), g),
            Q(ev, P["endDate"], self._day(e.end), g),
        ]
        for attr, prop in _INT_FIELDS:
            v = getattr(e, attr)
            if v is not None:
                out.append(Q(ev, P[prop], ox.Literal(str(v), datatype=XINT), g))
        for attr, prop in _TEXT_FIELDS:
            v = getattr(e, attr)
            if v:
                out.append(Q(ev, P[prop], ox.Literal(v), g))
        out.extend(self._period(ev, e))
        out.extend(self._place(ev, e))
        return out

    def _period(self, ev: ox.NamedNode, e: ExternalEvent) -> Iterator[ox.Quad]:
        # the interval is the event's own (its precision is the dataset's, and would leak
        # onto bulletins' shared time/{start}--{end} nodes); its instants are the shared ones
        g, Q = self.g, ox.Quad
        interval = ox.NamedNode(f"{ev.value}#period")
        yield Q(ev, P["period"], interval, g)
        yield Q(interval, A, INTERVAL, g)
        unit = self.profile.time_units.get(e.date_prec or 0)
        if unit:
            yield Q(interval, P["datePrecision"], UNITS[unit], g)
        for prop, d in ((BEGIN, e.start), (END, e.end)):
            instant = ox.NamedNode(str(self.m.instant(d)))
            yield Q(interval, prop, instant, g)
            yield Q(instant, A, INSTANT, g)
            yield Q(instant, IN_DATE, self._day(d), g)

    def _place(self, ev: ox.NamedNode, e: ExternalEvent) -> Iterator[ox.Quad]:
        if e.lat is None and e.lon is None and not (e.where or e.adm1 or e.adm2):
            return
        g, Q = self.g, ox.Quad
        place = ox.NamedNode(f"{ev.value}#place")
        yield Q(ev, P["place"], place, g)
        yield Q(place, A, GEO_FEATURE, g)
        yield Q(place, SOURCE, self.ds, g)
        if e.where:
            yield Q(place, LABEL, ox.Literal(e.where), g)
        if e.adm1:
            yield Q(place, REGION, ox.Literal(e.adm1), g)
        if e.adm2:
            yield Q(place, LOCALITY, ox.Literal(e.adm2), g)
        if e.where_prec is not None:
            yield Q(place, P["locationPrecisionCode"],
                    ox.Literal(str(e.where_prec), datatype=XINT), g)
        if e.lat is not None and e.lon is not None:
            geom = ox.NamedNode(f"{ev.value}#geometry")
            yield Q(place, HAS_GEOMETRY, geom, g)
            yield Q(geom, A, GEO_GEOMETRY, g)
            yield Q(geom, AS_WKT, ox.Literal(f"POINT({e.lon} {e.lat})", datatype=WKT), g)

    def description(self, d: Description) -> list[ox.Quad]:
        """Provenance of the imported file: title, file, version or mtime, citation, licence."""
        g, Q, ds = self.g, ox.Quad, self.ds
        out = [
            Q(ds, A, P["ReferenceSource"], g),
            Q(ds, A, _n(PROV.Entity), g),
            Q(ds, P["datasetName"], ox.Literal(self.profile.name), g),
            Q(ds, TITLE, ox.Literal(d.title, language="en"), g),
            Q(ds, LABEL, ox.Literal(d.title, language="en"), g),
            Q(ds, IDENT, ox.Literal(d.file_name), g),
            Q(ds, _n(DCTERMS.modified),
              ox.Literal(d.modified.isoformat(timespec="seconds"), datatype=XDATETIME), g),
            Q(ds, _n(SCHEMA.url), ox.Literal(d.url, datatype=_n(XSD.anyURI)), g),
        ]
        licence = (ox.NamedNode(d.licence) if d.licence.startswith("http")
                   else ox.Literal(d.licence))
        out.append(Q(ds, _n(DCTERMS.license), licence, g))
        out.extend(Q(ds, _n(DCTERMS.bibliographicCitation), ox.Literal(c), g)
                   for c in d.citations)
        if d.version:
            out.append(Q(ds, _n(OWL.versionInfo), ox.Literal(d.version), g))
        if d.access:
            out.append(Q(ds, _n(DCTERMS.accessRights), ox.Literal(d.access, language="en"), g))
        return out
