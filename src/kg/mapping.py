"""Records → triples: one graph per bulletin, and the gazetteer graph.

This is the only module that knows how extraction records become RDF; IRIs come from
:class:`kg.iris.Minter`, terms from :mod:`kg.vocab`. The shape is documented in
``ontology/README.md``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import timedelta

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.extract.records import (
    Event,
    Extraction,
    MentionedPlace,
    NewActor,
    Observation,
    Period,
    Span,
)
from kg.gazetteer import Gazetteer
from kg.iris import Minter
from kg.vocab import (
    CASUALTY_TYPE_TERMS,
    EVENT_CLASSES,
    GEO,
    KG,
    OA,
    PRECISION_UNITS,
    PREFIXES,
    QUALIFIER_TERMS,
    SCHEMA,
    STATUS_TERMS,
    TIME,
)

PUBLISHER_SLUG = "sohr"
PUBLISHER_LABELS = {
    "ar": "المرصد السوري لحقوق الإنسان",
    "en": "Syrian Observatory for Human Rights",
}
PUBLISHER_URL = "https://www.syriahr.com/"
QUOTE_CONTEXT = 32  # characters of prefix/suffix kept with each quote
GOVERNORATE_WORD = "محافظة "  # the word a governorate's Arabic label starts with
KNOWN_GROUPS = {"children", "women", "men", "officers", "commanders"}


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def content_hash(text: str) -> str:
    """SHA-256 of a bulletin's text: what incremental builds compare."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def interval_precision(period: Period) -> str:
    """The precision the shared interval node carries: the coarsest calendar unit both
    bounds align to, never finer than the text stated.

    The node is minted from the two dates alone, so two statements of the same interval
    (January to December 2015 by month, the year 2015) must give it one precision.
    """
    start, end = period.start, period.end
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if whole_months and start.month == 1 and end.month == 12:
        return "year"
    if whole_months and period.precision != "year":
        return "month"
    return period.precision


class BulletinMapper:
    """Maps one :class:`Extraction` onto a fresh graph (or a plain set of triples)."""

    def __init__(self, ex: Extraction, gazetteer: Gazetteer, minter: Minter,
                 sink: Graph | set | None = None) -> None:
        self.ex, self.gaz, self.m = ex, gazetteer, minter
        self.b = ex.bulletin
        self.g = new_graph() if sink is None else sink
        self.doc = minter.bulletin(self.b.id)
        self.publisher = minter.publisher(PUBLISHER_SLUG)
        self.new_actor_keys = {a.key for a in ex.new_actors}
        self.mentioned = {p.key: p for p in ex.mentioned_places}

    # -- helpers -------------------------------------------------------------------------
    def actor(self, key: str) -> URIRef:
        if key in self.new_actor_keys:
            return self.m.actor(key, self.b.id)
        return self.m.actor(key)

    def place(self, key: str) -> URIRef:
        if key in self.mentioned:
            return self.m.place(key, self.b.id)
        return self.m.place(key)

    def lang_literal(self, text: str) -> Literal:
        return Literal(text, lang=self.b.lang)

    def evidence(self, span: Span) -> URIRef:
        g, m = self.g, self.m
        ev = m.evidence(self.b.id, span.key)
        quote, pos = m.selector(ev, "quote"), m.selector(ev, "position")
        text = self.b.text
        g.add((ev, RDF.type, OA.SpecificResource))
        g.add((ev, OA.hasSource, self.doc))
        g.add((ev, OA.hasSelector, quote))
        g.add((ev, OA.hasSelector, pos))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, self.lang_literal(text[span.start:span.end])))
        prefix = text[max(0, span.start - QUOTE_CONTEXT):span.start]
        suffix = text[span.end:span.end + QUOTE_CONTEXT]
        if prefix:
            g.add((quote, OA.prefix, self.lang_literal(prefix)))
        if suffix:
            g.add((quote, OA.suffix, self.lang_literal(suffix)))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
        return ev

    def period(self, node: URIRef, period: Period | None) -> None:
        if period is None:
            return
        g, m = self.g, self.m
        interval = m.interval(period.start, period.end)
        g.add((node, KG.period, interval))
        g.add((node, KG.startDate, Literal(period.start, datatype=XSD.date)))
        g.add((node, KG.endDate, Literal(period.end, datatype=XSD.date)))
        g.add((interval, RDF.type, TIME.ProperInterval))
        g.add((interval, KG.datePrecision, PRECISION_UNITS[interval_precision(period)]))
        for prop, day in ((TIME.hasBeginning, period.start), (TIME.hasEnd, period.end)):
            instant = m.instant(day)
            g.add((interval, prop, instant))
            g.add((instant, RDF.type, TIME.Instant))
            g.add((instant, TIME.inXSDDate, Literal(day, datatype=XSD.date)))

    def provenance(self, node: URIRef) -> None:
        self.g.add((node, PROV.wasDerivedFrom, self.doc))
        self.g.add((node, PROV.wasAttributedTo, self.publisher))

    # -- the parts -----------------------------------------------------------------------
    def map_bulletin(self) -> None:
        g, b, doc = self.g, self.b, self.doc
        g.add((doc, RDF.type, KG.Bulletin))
        g.add((doc, KG.bulletinId, Literal(b.id)))
        g.add((doc, DCTERMS.title, self.lang_literal(b.title)))
        g.add((doc, DCTERMS.language, Literal(b.lang, datatype=XSD.language)))
        g.add((doc, KG.fullText, self.lang_literal(b.text)))
        g.add((doc, KG.contentHash, Literal(content_hash(b.text))))
        g.add((doc, DCTERMS.publisher, self.publisher))
        g.add((doc, PROV.wasAttributedTo, self.publisher))
        if b.url:
            g.add((doc, SCHEMA.url, Literal(b.url, datatype=XSD.anyURI)))
        if self.ex.published:
            g.add((doc, DCTERMS.issued, Literal(self.ex.published, datatype=XSD.date)))
            g.add((doc, KG.publishedInferred, Literal(self.ex.published_inferred)))

    def map_new_actor(self, a: NewActor) -> None:
        g = self.g
        node = self.actor(a.key)
        g.add((node, RDF.type, getattr(KG, a.actor_class)))
        g.add((node, RDF.type, KG.UnnamedActor))
        g.add((node, RDFS.label, Literal(a.label_ar, lang="ar")))
        g.add((node, RDFS.label, Literal(a.label_en, lang="en")))
        for p in a.active_in:
            g.add((node, KG.activeIn, self.place(p)))
        for x in a.loyal_to:
            g.add((node, KG.loyalTo, self.actor(x)))
        for x in a.member_of:
            g.add((node, KG.memberOf, self.actor(x)))
        g.add((node, KG.evidence, self.evidence(a.span)))
        self.provenance(node)

    def map_mentioned_place(self, p: MentionedPlace) -> None:
        g = self.g
        node = self.place(p.key)
        g.add((node, RDF.type, KG.MentionedPlace))
        g.add((node, RDFS.label, Literal(p.label_ar, lang="ar")))
        if p.part_of:
            g.add((node, KG.partOf, self.place(p.part_of)))
        g.add((node, KG.evidence, self.evidence(p.span)))
        self.provenance(node)

    def map_event(self, e: Event) -> None:
        g, m = self.g, self.m
        node = m.operation(self.b.id, e.key)
        g.add((node, RDF.type, getattr(KG, EVENT_CLASSES[e.kind])))
        g.add((node, RDFS.label, self.lang_literal(e.text)))
        for prop, keys in ((KG.attacker, e.attackers), (KG.defender, e.defenders),
                           (KG.participant, e.participants), (KG.foiledBy, e.foiled_by)):
            for k in keys:
                g.add((node, prop, self.actor(k)))
        for p in e.places:
            g.add((node, KG.place, self.place(p)))
        if e.part_of:
            g.add((node, KG.subOperationOf, m.operation(self.b.id, e.part_of)))
        self.period(node, e.period)
        g.add((node, KG.evidence, self.evidence(e.span)))
        self.provenance(node)

    def map_observation(self, o: Observation) -> None:
        g, m = self.g, self.m
        node = m.observation(self.b.id, o.key)
        g.add((node, RDF.type, KG.CasualtyObservation))
        g.add((node, KG.casualtyType, getattr(KG, CASUALTY_TYPE_TERMS[o.casualty_type])))
        g.add((node, KG.victimStatus, getattr(KG, STATUS_TERMS[o.status])))
        g.add((node, KG.countQualifier, getattr(KG, QUALIFIER_TERMS[o.qualifier])))
        for prop, value in ((KG.countLow, o.low), (KG.countBest, o.best), (KG.countHigh, o.high)):
            if value is not None:
                g.add((node, prop, Literal(value, datatype=XSD.integer)))
        if o.group:
            g.add((node, KG.victimGroup, self.group(o.group)))
        if o.part_of:
            g.add((node, KG.subCountOf, m.observation(self.b.id, o.part_of)))
        g.add((node, KG.cumulative, Literal(o.cumulative)))
        g.add((node, KG.inTitle, Literal(o.in_title)))
        for k in o.victim_actors:
            g.add((node, KG.victimAffiliation, self.actor(k)))
        for k in o.perpetrators:
            g.add((node, KG.perpetrator, self.actor(k)))
        for p in o.places:
            g.add((node, KG.place, self.place(p)))
        if o.event:
            g.add((node, KG.duringOperation, m.operation(self.b.id, o.event)))
        self.period(node, o.period)
        g.add((node, RDFS.label, Literal(observation_label(o), lang="en")))
        g.add((node, KG.evidence, self.evidence(o.evidence)))
        self.provenance(node)

    def group(self, name: str) -> URIRef:
        if name in KNOWN_GROUPS:
            return getattr(KG, name)
        node = self.m.group(name)
        self.g.add((node, RDF.type, KG.VictimGroup))
        self.g.add((node, RDF.type, SKOS.Concept))
        self.g.add((node, SKOS.prefLabel, Literal(name, lang="en")))
        return node

    def run(self) -> Graph | set:
        self.map_bulletin()
        for p in self.ex.mentioned_places:
            self.map_mentioned_place(p)
        for a in self.ex.new_actors:
            self.map_new_actor(a)
        for e in self.ex.events:
            self.map_event(e)
        for o in self.ex.observations:
            self.map_observation(o)
        return self.g


def observation_label(o: Observation) -> str:
    """A short English label: ``at least 82 killed (combatant)``."""
    words = {"exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
             "at_most": "at most "}
    if o.qualifier in words and o.best is not None:
        amount = f"{words[o.qualifier]}{o.best}"
    else:
        amount = o.qualifier
    group = f", {o.group}" if o.group else ""
    return f"{amount} {o.casualty_type} ({o.status}{group})"


def map_extraction(ex: Extraction, gazetteer: Gazetteer, minter: Minter) -> Graph:
    """The triples of one bulletin (to go into its own named graph)."""
    g = BulletinMapper(ex, gazetteer, minter).run()
    assert isinstance(g, Graph)
    return g


def map_triples(ex: Extraction, gazetteer: Gazetteer, minter: Minter) -> set[tuple]:
    """The same triples as :func:`map_extraction`, as a plain set (what builds use).

    An rdflib graph indexes every triple three ways as it is added: most of the mapping
    time, for graphs that a build only reasons over, validates and writes out once.
    """
    triples: set[tuple] = set()
    BulletinMapper(ex, gazetteer, minter, sink=triples).run()
    return triples


def ntriples(triples: Iterable[tuple]) -> bytes:
    """Triples as N-Triples (UTF-8), written as rdflib's ``nt11`` serializer writes them.

    >>> ntriples([(URIRef("https://ex.org/a"), RDFS.label, Literal("hi", lang="en"))])
    b'<https://ex.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "hi"@en .\\n'
    """
    return "".join(map(_nt_row, triples)).encode("utf-8")


def _nt_row(t: tuple) -> str:
    s, p, o = t
    if not isinstance(o, Literal):
        return f"{s.n3()} {p.n3()} {o.n3()} .\n"
    text = str(o).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace(
        "\r", "\\r")
    if o.language:
        return f'{s.n3()} {p.n3()} "{text}"@{o.language} .\n'
    if o.datatype:
        return f'{s.n3()} {p.n3()} "{text}"^^<{o.datatype}> .\n'
    return f'{s.n3()} {p.n3()} "{text}" .\n'


def map_gazetteer(gaz: Gazetteer, minter: Minter) -> Graph:
    """Actors, places, their sources and the publisher, as one graph."""
    g = new_graph()
    pub = minter.publisher(PUBLISHER_SLUG)
    g.add((pub, RDF.type, KG.Publisher))
    for lang, label in PUBLISHER_LABELS.items():
        g.add((pub, RDFS.label, Literal(label, lang=lang)))
    g.add((pub, SCHEMA.url, Literal(PUBLISHER_URL, datatype=XSD.anyURI)))
    for s in gaz.sources.values():
        node = minter.source(s.id)
        g.add((node, RDF.type, KG.ReferenceSource))
        g.add((node, DCTERMS.title, Literal(s.title, lang="en")))
        g.add((node, RDFS.label, Literal(s.title, lang="en")))
        if s.url:
            g.add((node, SCHEMA.url, Literal(s.url, datatype=XSD.anyURI)))
        if s.licence:
            g.add((node, DCTERMS.license, Literal(s.licence)))
    for p in gaz.places.values():
        node = minter.place(p.id)
        g.add((node, RDF.type, getattr(KG, p.place_class)))
        g.add((node, RDFS.label, Literal(p.label_ar, lang="ar")))
        g.add((node, RDFS.label, Literal(p.label_en, lang="en")))
        for v in p.variants_ar:
            g.add((node, SKOS.altLabel, Literal(v, lang="ar")))
        if p.place_class == "Governorate" and p.label_ar.startswith(GOVERNORATE_WORD):
            # also named without the word, as OCHA's names and the bulletins do («ريف درعا»);
            # not a variant the extractor matches: the city has that name
            short = p.label_ar.removeprefix(GOVERNORATE_WORD)
            g.add((node, SKOS.altLabel, Literal(short, lang="ar")))
        if p.parent:
            g.add((node, KG.partOf, minter.place(p.parent)))
        for prop, value in ((KG.pcode, p.pcode), (KG.wikidataId, p.wikidata),
                            (KG.geonamesId, p.geonames)):
            if value:
                g.add((node, prop, Literal(value)))
        if p.lat is not None and p.lon is not None:
            geom = URIRef(f"{node}#geometry")
            g.add((node, GEO.hasGeometry, geom))
            g.add((geom, RDF.type, GEO.Geometry))
            g.add((geom, GEO.asWKT, Literal(f"POINT({p.lon} {p.lat})", datatype=GEO.wktLiteral)))
        if p.source:
            g.add((node, DCTERMS.source, minter.source(p.source)))
    for a in gaz.actors.values():
        node = minter.actor(a.id)
        g.add((node, RDF.type, getattr(KG, a.actor_class)))
        g.add((node, RDFS.label, Literal(a.label_ar, lang="ar")))
        g.add((node, RDFS.label, Literal(a.label_en, lang="en")))
        for v in a.variants_ar:
            g.add((node, SKOS.altLabel, Literal(v, lang="ar")))
        for x in a.member_of:
            g.add((node, KG.memberOf, minter.actor(x)))
        for x in a.loyal_to:
            g.add((node, KG.loyalTo, minter.actor(x)))
        if a.wikidata:
            g.add((node, KG.wikidataId, Literal(a.wikidata)))
        if a.source:
            g.add((node, DCTERMS.source, minter.source(a.source)))
    return g

