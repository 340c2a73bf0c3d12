"""Namespaces: the kg ontology as a closed :class:`DefinedNamespace`, plus the ones we reuse.

A misspelled ``KG.term`` raises at import time of the caller; ``tests/test_vocab.py``
checks that these terms and ``ontology/kg.ttl`` declare the same set.
"""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/sohr-kg/ontology"


class KG(DefinedNamespace):
    """The kg ontology (``ontology/kg.ttl``)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # sources
    Bulletin: URIRef
    Publisher: URIRef
    ReferenceSource: URIRef
    bulletinId: URIRef
    fullText: URIRef
    contentHash: URIRef
    publishedInferred: URIRef
    # actors
    ArmedActor: URIRef
    StateForce: URIRef
    Militia: URIRef
    ArmedGroup: URIRef
    Coalition: URIRef
    AirForce: URIRef
    InternationalCoalition: URIRef
    UnnamedActor: URIRef
    memberOf: URIRef
    hasMember: URIRef
    loyalTo: URIRef
    activeIn: URIRef
    # operations
    MilitaryOperation: URIRef
    Battle: URIRef
    Offensive: URIRef
    CounterAttack: URIRef
    Withdrawal: URIRef
    Bombardment: URIRef
    AirStrike: URIRef
    Clashes: URIRef
    FoiledAttack: URIRef
    PlannedAttack: URIRef
    Assassination: URIRef
    Explosion: URIRef
    attacker: URIRef
    defender: URIRef
    participant: URIRef
    foiledBy: URIRef
    subOperationOf: URIRef
    # places
    Place: URIRef
    Country: URIRef
    Governorate: URIRef
    District: URIRef
    Subdistrict: URIRef
    City: URIRef
    Town: URIRef
    Village: URIRef
    Neighbourhood: URIRef
    IndustrialZone: URIRef
    Facility: URIRef
    Region: URIRef
    Camp: URIRef
    MentionedPlace: URIRef
    partOf: URIRef
    contains: URIRef
    pcode: URIRef
    wikidataId: URIRef
    geonamesId: URIRef
    # casualties
    CasualtyObservation: URIRef
    CasualtyType: URIRef
    VictimStatus: URIRef
    VictimGroup: URIRef
    CountQualifier: URIRef
    casualtyType: URIRef
    victimStatus: URIRef
    victimGroup: URIRef
    victimAffiliation: URIRef
    perpetrator: URIRef
    countLow: URIRef
    countBest: URIRef
    countHigh: URIRef
    countQualifier: URIRef
    subCountOf: URIRef
    hasSubCount: URIRef
    cumulative: URIRef
    inTitle: URIRef
    duringOperation: URIRef
    # concept schemes (skos:ConceptScheme) holding the individuals below
    casualtyTypeScheme: URIRef
    victimStatusScheme: URIRef
    countQualifierScheme: URIRef
    victimGroupScheme: URIRef
    # casualty type, status, qualifier and group individuals (skos:Concept)
    killed: URIRef
    wounded: URIRef
    missing: URIRef
    captured: URIRef
    kidnapped: URIRef
    civilian: URIRef
    combatant: URIRef
    unknownStatus: URIRef
    exact: URIRef
    atLeast: URIRef
    moreThan: URIRef
    about: URIRef
    atMost: URIRef
    dozens: URIRef
    hundreds: URIRef
    several: URIRef
    children: URIRef
    women: URIRef
    men: URIRef
    officers: URIRef
    commanders: URIRef
    # time and place shared by operations and observations
    place: URIRef
    locatedWithin: URIRef  # inferred: kg:place followed by kg:partOf* (events-in-place.rq)
    period: URIRef
    startDate: URIRef
    endDate: URIRef
    datePrecision: URIRef
    # evidence
    evidence: URIRef
    evidenceRow: URIRef  # of a bulletin, derived: a row of evidence-of-every-number.rq
    # linking with other conflict datasets (UCDP GED, ACLED): see kg.link
    ExternalEvent: URIRef
    CandidateLink: URIRef
    datasetName: URIRef
    externalId: URIRef
    eventType: URIRef
    conflictName: URIRef
    sideA: URIRef
    sideB: URIRef
    deathsSideA: URIRef
    deathsSideB: URIRef
    deathsCivilians: URIRef
    deathsCombatants: URIRef
    deathsUnknown: URIRef
    deathsLow: URIRef
    deathsBest: URIRef
    deathsHigh: URIRef
    datePrecisionCode: URIRef
    locationPrecisionCode: URIRef
    sourceOffice: URIRef
    sourceArticle: URIRef
    linkSubject: URIRef
    linkTarget: URIRef
    score: URIRef
    reason: URIRef
    independent: URIRef
    # statistics (kg.stats): an RDF Data Cube, qb: reused
    KilledCube: URIRef
    KilledRollUp: URIRef
    refYear: URIRef
    refPlaceLabel: URIRef
    refBulletin: URIRef
    subCounts: URIRef
    runningTotals: URIRef
    titleCounts: URIRef
    refMonth: URIRef
    refVictimStatus: URIRef
    refAffiliation: URIRef
    refPlace: URIRef
    killedCount: URIRef
    observationCount: URIRef


OA = Namespace("http://www.w3.org/ns/oa#")
TIME = Namespace("http://www.w3.org/2006/time#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
GN = Namespace("https://sws.geonames.org/")

PREFIXES = {
    "kg": KG._NS, "rdf": RDF._NS, "rdfs": RDFS._NS, "owl": OWL._NS, "xsd": XSD._NS,
    "skos": SKOS._NS, "dcterms": DCTERMS._NS, "prov": PROV._NS, "oa": OA, "time": TIME,
    "geo": GEO, "sem": SEM, "schema": SCHEMA,
}

# record values (kg.extract.records) → concept local names
CASUALTY_TYPE_TERMS = {t: t for t in ("killed", "wounded", "missing", "captured", "kidnapped")}
STATUS_TERMS = {"civilian": "civilian", "combatant": "combatant", "unknown": "unknownStatus"}
QUALIFIER_TERMS = {
    "exact": "exact", "at_least": "atLeast", "more_than": "moreThan", "about": "about",
    "at_most": "atMost", "dozens": "dozens", "hundreds": "hundreds", "several": "several",
}
EVENT_CLASSES = {
    "battle": "Battle", "offensive": "Offensive", "counter_attack": "CounterAttack",
    "withdrawal": "Withdrawal", "bombardment": "Bombardment", "air_strike": "AirStrike",
    "clashes": "Clashes", "foiled_attack": "FoiledAttack", "planned_attack": "PlannedAttack",
    "assassination": "Assassination", "explosion": "Explosion",
}
PRECISION_UNITS = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}
