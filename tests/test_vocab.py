"""The closed namespace ``KG`` and ``ontology/kg.ttl`` declare the same, documented terms."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import owlrl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.vocab import KG, ONTOLOGY_IRI, SEM

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
CONCEPT_CLASSES = (KG.CasualtyType, KG.VictimStatus, KG.CountQualifier, KG.VictimGroup)
BASE = "https://w3id.org/sohr-kg/"


@cache
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def kg_terms() -> set[URIRef]:
    return {KG[name] for name in KG.__annotations__}


def declared() -> set[URIRef]:
    g = ontology()
    return {s for t in DECLARATIONS for s in g.subjects(RDF.type, t)
            if isinstance(s, URIRef) and s.startswith(str(KG._NS))}


def test_ontology_header() -> None:
    g, onto = ontology(), URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in g
    for p in (OWL.versionInfo, URIRef("http://purl.org/dc/terms/title"),
              URIRef("http://purl.org/dc/terms/license"),
              URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")):
        assert g.value(onto, p) is not None, p


def test_namespace_and_ontology_agree() -> None:
    used = {t for triple in ontology() for t in triple
            if isinstance(t, URIRef) and t.startswith(str(KG._NS))}
    assert kg_terms() - declared() == set(), "in vocab.py but not declared in kg.ttl"
    assert used - kg_terms() == set(), "used in kg.ttl but missing from vocab.py"


@pytest.mark.parametrize("term", sorted(kg_terms()), ids=lambda t: t.split("#")[-1])
def test_term_is_documented(term: URIRef) -> None:
    g = ontology()
    labels = {lbl.language for lbl in g.objects(term, RDFS.label) if isinstance(lbl, Literal)}
    assert {"en", "ar"} <= labels, f"rdfs:label languages: {labels}"
    comments = [c for c in g.objects(term, RDFS.comment) if c.language == "en"]
    assert comments, "no rdfs:comment@en"
    name = term.split("#")[-1]
    types = set(g.objects(term, RDF.type))
    if name[0].isupper():
        assert OWL.Class in types
    elif (term, RDF.type, SKOS.Concept) in g:
        assert OWL.NamedIndividual in types
        assert types & set(CONCEPT_CLASSES), "a concept is typed by its concept class"
        assert g.value(term, SKOS.inScheme) is not None
    elif (term, RDF.type, SKOS.ConceptScheme) in g:
        assert OWL.NamedIndividual in types
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"untyped: {types}"
        if OWL.DatatypeProperty in types:
            assert g.value(term, RDFS.range) is not None, "datatype property without range"


def closure(data: Graph) -> Graph:
    g = Graph()
    g += ontology()
    g += data
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def test_owl_rl_closure() -> None:
    place, actor, obs = (lambda s: URIRef(BASE + "place/" + s),
                         lambda s: URIRef(BASE + "actor/" + s),
                         lambda s: URIRef(BASE + "observation/b1/" + s))
    op = URIRef(BASE + "operation/b1/0-9")
    data = Graph()
    for child, cls, parent in (("jobar", KG.Neighbourhood, "damascus-city"),
                               ("damascus-city", KG.City, "damascus-governorate"),
                               ("damascus-governorate", KG.Governorate, "syria")):
        data.add((place(child), RDF.type, cls))
        data.add((place(child), KG.partOf, place(parent)))
    data.add((place("syria"), RDF.type, KG.Country))
    data.add((actor("faction"), RDF.type, KG.ArmedGroup))
    data.add((actor("faction"), KG.memberOf, actor("operations-room")))
    data.add((obs("5-9"), KG.subCountOf, obs("0-20")))
    data.add((obs("0-20"), RDF.type, KG.CasualtyObservation))
    data.add((obs("0-20"), KG.countBest, Literal(12, datatype=XSD.integer)))
    data.add((op, RDF.type, KG.AirStrike))
    data.add((op, KG.attacker, actor("air-force")))

    g = closure(data)
    assert (place("jobar"), KG.partOf, place("syria")) in g
    assert (place("syria"), KG.contains, place("jobar")) in g
    assert (place("jobar"), RDF.type, SEM.Place) in g
    assert (actor("operations-room"), KG.hasMember, actor("faction")) in g
    assert (actor("operations-room"), RDF.type, KG.ArmedActor) in g  # range of memberOf
    assert (obs("0-20"), KG.hasSubCount, obs("5-9")) in g
    assert (obs("5-9"), RDF.type, KG.CasualtyObservation) in g
    assert (obs("5-9"), RDF.type, PROV.Entity) in g
    for cls in (KG.Bombardment, KG.MilitaryOperation, SEM.Event):
        assert (op, RDF.type, cls) in g
    assert (op, SEM.hasActor, actor("air-force")) in g
    assert (actor("air-force"), RDF.type, KG.ArmedActor) in g
    # nothing is inferred to be a place or an actor that is not one
    assert (obs("0-20"), RDF.type, KG.Place) not in g
    assert not list(g.subjects(RDF.type, OWL.Nothing))
