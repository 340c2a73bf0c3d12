"""build(): read → extract → map → reason → validate → store, one small step each.

One broken bulletin never stops the others: its error is recorded and the build goes on.
A bulletin that violates a SHACL shape is not published (what the store held for it before
stays); its report names the bulletin and the rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from rdflib import Graph, URIRef

from kg import extract as extraction
from kg.bulletins import read_paths
from kg.errors import InputError, KgError, ValidationError
from kg.extract.records import Bulletin, Extraction
from kg.gazetteer import DEFAULT_DIR as GAZETTEER_DIR
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.iris import DEFAULT_BASE, Minter
from kg.mapping import map_extraction, map_gazetteer
from kg.reason import Reasoner
from kg.store import EmbeddedStore
from kg.validate import SHAPES_DIR, Report, Validator, load_shapes

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "kg.ttl"
SPARQL_DIR = ROOT / "sparql"


@dataclass(frozen=True)
class BuildOptions:
    """Where the reference data lives and what IRIs to mint."""

    base_iri: str = DEFAULT_BASE
    ontology: Path = ONTOLOGY_FILE
    gazetteer: Path = GAZETTEER_DIR
    shapes: Path = SHAPES_DIR
    queries: Path = SPARQL_DIR  # its *-violation.rq queries must return no rows


@dataclass
class BulletinResult:
    bulletin: str
    source: str
    observations: int = 0
    events: int = 0
    triples: int = 0
    inferred: int = 0
    report: Report | None = None


@dataclass
class BuildReport:
    """What a build did: bulletins published, bulletins refused, and why."""

    published: list[BulletinResult] = field(default_factory=list)
    rejected: list[BulletinResult] = field(default_factory=list)  # SHACL violations
    errors: list[str] = field(default_factory=list)  # unreadable input, extraction failures

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.errors

    def summary(self) -> str:
        obs = sum(r.observations for r in self.published)
        warn = sum(len(r.report.warnings) for r in self.published if r.report)
        return (f"{len(self.published)} bulletin(s) published ({obs} observations, "
                f"{warn} warning(s)), {len(self.rejected)} rejected, {len(self.errors)} error(s)")


class Context:
    """The ontology, gazetteer, shapes, reasoner and validator, loaded once per build."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.minter = Minter(options.base_iri)
        self.ontology = Graph().parse(options.ontology, format="turtle")
        self.gazetteer: Gazetteer = load_gazetteer(options.gazetteer)
        self.gazetteer_graph = map_gazetteer(self.gazetteer, self.minter)
        self.reasoner = Reasoner(self.ontology, self.gazetteer_graph)
        self.gazetteer_inferred = self.reasoner.background_inferences(
            [self.ontology, self.gazetteer_graph])
        self.validator = Validator(load_shapes(options.shapes), self.ontology,
                                   self.gazetteer_graph, self.gazetteer_inferred)

    def graph_iri(self, *parts: str) -> str:
        return str(self.minter.graph(*parts))

    @cached_property
    def gazetteer_report(self) -> Report:
        """SHACL over the gazetteer and ontology, once (bulletins are validated by focus)."""
        return self.validator.validate("gazetteer", Graph())


@lru_cache(maxsize=4)
def load_context(options: BuildOptions) -> Context:
    """The context for ``options``, loaded once per process (the OWL RL closure takes seconds)."""
    return Context(options)


# -- the steps ------------------------------------------------------------------------------
def extract_step(ctx: Context, bulletin: Bulletin) -> Extraction:
    return extraction.extract(bulletin, ctx.gazetteer)


def map_step(ctx: Context, ex: Extraction) -> Graph:
    return map_extraction(ex, ctx.gazetteer, ctx.minter)


def reason_step(ctx: Context, graph: Graph) -> Graph:
    return ctx.reasoner.infer(graph)


def validate_step(ctx: Context, bulletin_id: str, graph: Graph, inferred: Graph) -> Report:
    focus = {s for s in graph.subjects() if isinstance(s, URIRef)}
    return ctx.validator.validate(f"bulletin {bulletin_id}", graph, inferred, focus=focus)


def store_step(ctx: Context, store: EmbeddedStore, bulletin_id: str, graph: Graph,
               inferred: Graph) -> None:
    store.replace_graphs({
        ctx.graph_iri("bulletin", bulletin_id): graph.serialize(format="nt11", encoding="utf-8"),
        ctx.graph_iri("inferred", bulletin_id): inferred.serialize(format="nt11",
                                                                   encoding="utf-8"),
    })


def publish_reference(ctx: Context, store: EmbeddedStore) -> Report:
    """Validate and write the ontology and gazetteer graphs (and the gazetteer's inferences)."""
    report = ctx.gazetteer_report
    if not report.conforms:
        raise ValidationError(report.text())
    store.replace_graphs({
        ctx.graph_iri("ontology"): ctx.ontology.serialize(format="nt11", encoding="utf-8"),
        ctx.graph_iri("gazetteer"): ctx.gazetteer_graph.serialize(format="nt11",
                                                                  encoding="utf-8"),
        ctx.graph_iri("inferred", "gazetteer"): ctx.gazetteer_inferred.serialize(
            format="nt11", encoding="utf-8"),
    })
    return report


def build_one(ctx: Context, store: EmbeddedStore, bulletin: Bulletin) -> BulletinResult:
    """Run every step for one bulletin; publish it only if SHACL finds no violation."""
    ex = extract_step(ctx, bulletin)
    graph = map_step(ctx, ex)
    inferred = reason_step(ctx, graph)
    report = validate_step(ctx, bulletin.id, graph, inferred)
    result = BulletinResult(bulletin.id, bulletin.source, len(ex.observations), len(ex.events),
                            len(graph), len(inferred), report)
    if report.conforms:
        store_step(ctx, store, bulletin.id, graph, inferred)
    return result


def build(paths: Iterable[Path], store: EmbeddedStore, options: BuildOptions | None = None,
          progress: Callable[[Iterable], Iterable] | None = None) -> BuildReport:
    """Build every bulletin under ``paths`` into ``store``; returns what happened.

    Raises only for problems with the reference data (ontology, gazetteer, shapes);
    a bad bulletin is recorded in the report and the build goes on.
    """
    ctx = load_context(options or BuildOptions())
    publish_reference(ctx, store)
    report = BuildReport()
    items = read_paths(paths)
    seen: dict[str, str] = {}
    for item in progress(items) if progress else items:
        if isinstance(item, InputError):
            report.errors.append(str(item))
            continue
        if item.id in seen:
            report.errors.append(f"{item.source}: bulletin id {item.id!r} already read from "
                                 f"{seen[item.id]}; this copy replaces it")
        seen[item.id] = item.source
        try:
            result = build_one(ctx, store, item)
        except KgError as e:
            report.errors.append(f"{item.source}: {e}")
            continue
        except Exception as e:  # a bug on one bulletin must not stop the others
            report.errors.append(f"{item.source}: extraction failed: {type(e).__name__}: {e}")
            continue
        (report.published if result.report.conforms else report.rejected).append(result)
    report.errors += violation_query_failures(store, ctx.options.queries)
    store.flush()
    return report


def violation_query_failures(store: EmbeddedStore, directory: Path) -> list[str]:
    """Run every ``*-violation.rq`` in ``directory``: each row it returns is a failure."""
    failures = []
    for f in sorted(Path(directory).glob("*-violation.rq")):
        solutions = store.query(f.read_text(encoding="utf-8"))
        names = [v.value for v in solutions.variables]
        for row in solutions:
            values = ", ".join(f"{n}={row[n]}" for n in names if row[n] is not None)
            failures.append(f"{f.name}: {values}")
    return failures


def validate_store(store: EmbeddedStore, options: BuildOptions | None = None) -> list[Report]:
    """Re-validate the gazetteer and every bulletin graph held in ``store``."""
    ctx = load_context(options or BuildOptions())
    reports = [ctx.gazetteer_report]
    prefix = ctx.graph_iri("bulletin") + "/"
    for iri in sorted(g for g in store.graphs() if g.startswith(prefix)):
        bulletin_id = iri[len(prefix):]
        graph = Graph().parse(data=store.graph_ntriples(iri), format="nt")
        inferred_iri = ctx.graph_iri("inferred", bulletin_id)
        inferred = Graph().parse(data=store.graph_ntriples(inferred_iri), format="nt")
        reports.append(validate_step(ctx, bulletin_id, graph, inferred))
    return reports
