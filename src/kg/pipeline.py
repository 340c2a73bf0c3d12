"""build(): read → extract → map → reason → validate → store, one small step each.

One broken bulletin never stops the others: its error is recorded and the build goes on.
A bulletin that violates a SHACL shape is not published (what the store held for it before
stays); its report names the bulletin and the rule. Every refused input is a
:class:`Quarantined` entry of the report (``kg build`` writes them as JSON). Two bulletins with
one id: the same content is a harmless duplicate; different content is a conflict, and the
first copy read (inputs in the order given, folders sorted) wins.

At scale (``RunOptions``): bulletins go in batches to worker processes (extract → map →
reason → validate, one validation pass per batch), the parent writes each batch to the store in
one update, in input order, so the store ends the same whatever the number of workers.
Memory holds a few batches, not the corpus. A bulletin whose build key (its input plus the
pipeline version: extractor code, ontology, gazetteer, shapes, base IRI) is already in
``graph/build`` is skipped, so a rebuild with no change reads and hashes only.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cached_property, lru_cache
from itertools import chain, islice
from pathlib import Path

from rdflib import Graph, URIRef

from kg import extract as extraction
from kg import stats
from kg.bulletins import SUPPORTED_LANGS, BadInput, guess_lang, read_paths, split_source
from kg.errors import InputError, KgError, ValidationError
from kg.extract.records import Bulletin, Extraction, ExtractionWarning
from kg.gazetteer import DEFAULT_DIR as GAZETTEER_DIR
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.iris import DEFAULT_BASE, Minter
from kg.mapping import map_extraction, map_gazetteer, map_triples, ntriples
from kg.reason import Reasoner, evidence_rows
from kg.store import EmbeddedStore, steady_malloc
from kg.validate import SHAPES_DIR, BatchItem, Report, Validator, load_shapes

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_FILE = ROOT / "ontology" / "kg.ttl"
SPARQL_DIR = ROOT / "sparql"
# the code whose change changes what a bulletin becomes (beside the reference data)
_VERSIONED_CODE = ("extract", "bulletins.py", "mapping.py", "iris.py", "vocab.py",
                   "gazetteer.py", "reason.py", "validate", "stats.py")


@dataclass(frozen=True)
class BuildOptions:
    """Where the reference data lives and what IRIs to mint."""

    base_iri: str = DEFAULT_BASE
    ontology: Path = ONTOLOGY_FILE
    gazetteer: Path = GAZETTEER_DIR
    shapes: Path = SHAPES_DIR
    queries: Path = SPARQL_DIR  # its *-violation.rq queries must return no rows


@dataclass(frozen=True)
class RunOptions:
    """How a build runs (not what it produces: the store ends the same for any of these)."""

    workers: int = 1  # processes for extract → validate; 0 = one per CPU
    batch_size: int = 50  # bulletins per validation pass and per store write
    incremental: bool = True  # skip bulletins whose build key is already stored


@dataclass(slots=True)
class BulletinResult:
    bulletin: str
    source: str
    observations: int = 0
    events: int = 0
    triples: int = 0
    inferred: int = 0
    report: Report | None = None
    # links extraction dropped rather than publish a contradiction (kg.extract.consistency)
    extraction_warnings: list[ExtractionWarning] = field(default_factory=list)


@dataclass(frozen=True)
class Quarantined:
    """One refused input: what kind of problem, where, and why (an entry of the JSON report).

    Kinds: unreadable, empty, binary, encoding, too-large, malformed-json, missing-fields,
    invalid-field (from :mod:`kg.bulletins`), unsupported-language, extraction-failed,
    shacl-violation, duplicate-conflict.
    """

    kind: str
    file: str
    line: int | None
    bulletin: str | None
    reason: str

    @classmethod
    def of(cls, kind: str, source: str, bulletin: str | None, reason: str) -> Quarantined:
        file, line = split_source(source)
        return cls(kind, file, line, bulletin, reason)


@dataclass(frozen=True)
class Duplicate:
    """A bulletin read again with the same id and the same content (harmless, skipped)."""

    bulletin: str
    source: str
    first: str


WARNING_LINES = 50  # SHACL warnings a build report keeps word for word (the rest: counts)


class Results(Sequence[BulletinResult]):
    """The published bulletins' results, one small tuple each (100,000 results kept as
    objects took ~50 MB): read back as :class:`BulletinResult`, whose report (no violation:
    it was published) and extraction warnings are rebuilt or kept aside."""

    def __init__(self) -> None:
        self._rows: list[tuple[str, str, int, int, int, int]] = []
        self._warned: dict[int, list[ExtractionWarning]] = {}  # row → its (few) warnings

    def append(self, r: BulletinResult) -> None:
        if r.extraction_warnings:
            self._warned[len(self._rows)] = r.extraction_warnings
        self._rows.append((r.bulletin, r.source, r.observations, r.events, r.triples,
                           r.inferred))

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[n] for n in range(*i.indices(len(self)))]
        n = range(len(self))[i]
        bulletin, *figures = self._rows[n]
        return BulletinResult(bulletin, *figures, report=Report(f"bulletin {bulletin}", []),
                              extraction_warnings=self._warned.get(n, []))

    def observations(self) -> int:
        """Observations in all published bulletins."""
        return sum(row[2] for row in self._rows)


@dataclass
class BuildReport:
    """What a build did: bulletins published, bulletins refused, and why."""

    published: Results = field(default_factory=Results)
    rejected: list[BulletinResult] = field(default_factory=list)  # SHACL violations
    errors: list[str] = field(default_factory=list)  # one line per refused input or failure
    skipped: int = 0  # unchanged since the last build (same build key)
    quarantine: list[Quarantined] = field(default_factory=list)  # every refused input
    duplicates: list[Duplicate] = field(default_factory=list)
    check_failures: list[str] = field(default_factory=list)  # *-violation.rq rows
    links: list = field(default_factory=list)  # kg.link.match.MatchReport per re-matched file
    # SHACL warnings of published bulletins: counted per rule, the first few kept as lines
    # (a result keeps only its violations: 100,000 bulletins carry ~1M warnings)
    shacl_warnings: dict[str, int] = field(default_factory=dict)
    warning_lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.errors

    def publish(self, result: BulletinResult) -> None:
        """Record a published bulletin, its SHACL warnings counted rather than kept."""
        if result.report is not None and result.report.warnings:
            for w in result.report.warnings:
                self.shacl_warnings[w.shape] = self.shacl_warnings.get(w.shape, 0) + 1
                if len(self.warning_lines) < WARNING_LINES:
                    self.warning_lines.append(f"bulletin {result.bulletin}: {w}")
        self.published.append(result)

    def refuse(self, kind: str, source: str, bulletin: str | None, reason: str) -> None:
        """Quarantine one input (``source``: ``file`` or ``file:line``) and print-worthy error."""
        entry = Quarantined.of(kind, source, bulletin, reason)
        self.quarantine.append(entry)
        where = f"{entry.file}:{entry.line}" if entry.line else entry.file
        self.errors.append(f"{where}: {reason}")

    def by_kind(self) -> dict[str, int]:
        """How many inputs were quarantined, per kind (sorted by kind)."""
        counts: dict[str, int] = {}
        for q in self.quarantine:
            counts[q.kind] = counts.get(q.kind, 0) + 1
        return dict(sorted(counts.items()))

    def extraction_warnings(self) -> list[ExtractionWarning]:
        """What extraction repaired in the bulletins built (published or rejected)."""
        return [w for r in chain(self.published, self.rejected) for w in r.extraction_warnings]

    def warnings_by_kind(self) -> dict[str, int]:
        """How many extraction warnings, per kind (sorted by kind)."""
        counts: dict[str, int] = {}
        for w in self.extraction_warnings():
            counts[w.kind] = counts.get(w.kind, 0) + 1
        return dict(sorted(counts.items()))

    def quarantine_json(self) -> dict:
        """The quarantine report: a summary per kind, every entry, the harmless duplicates,
        and the extraction warnings (bulletins published with a repaired link)."""
        return {
            "summary": {"published": len(self.published), "unchanged": self.skipped,
                        "duplicates": len(self.duplicates),
                        "quarantined": len(self.quarantine), "by_kind": self.by_kind(),
                        "check_failures": len(self.check_failures),
                        "extraction_warnings": self.warnings_by_kind(),
                        "shacl_warnings": dict(sorted(self.shacl_warnings.items()))},
            "quarantined": [asdict(q) for q in self.quarantine],
            "duplicates": [asdict(d) for d in self.duplicates],
            "check_failures": list(self.check_failures),
            "extraction_warnings": [asdict(w) for w in self.extraction_warnings()],
        }

    def summary(self) -> str:
        obs = self.published.observations()
        warn = sum(self.shacl_warnings.values())
        unchanged = f", {self.skipped} unchanged" if self.skipped else ""
        repaired = self.warnings_by_kind()
        fixed = (f", {sum(repaired.values())} extraction warning(s) (" + ", ".join(
            f"{k}: {n}" for k, n in repaired.items()) + ")") if repaired else ""
        return (f"{len(self.published)} bulletin(s) published ({obs} observations, "
                f"{warn} warning(s)), {len(self.rejected)} rejected, {len(self.errors)} error(s)"
                f"{unchanged}{fixed}")


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
    def english_labels(self) -> dict[str, tuple[str, ...]]:
        """English labels of the ontology's and gazetteer's nodes (for kg.stats)."""
        return stats.english_labels((*self.ontology, *self.gazetteer_graph,
                                     *self.gazetteer_inferred))

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
        ctx.graph_iri("ontology"): ctx.minter.skolemized(ctx.ontology).serialize(
            format="nt11", encoding="utf-8"),
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
                            len(graph), len(inferred), report, list(ex.warnings))
    if report.conforms:
        store_step(ctx, store, bulletin.id, graph, inferred)
    return result


def pipeline_version(options: BuildOptions) -> str:
    """Hex SHA-256 of everything besides its input that decides what a bulletin becomes.

    The extraction, mapping, reasoning and validation code, the ontology, gazetteer and
    shapes files and the base IRI: change any and every bulletin is built again.
    """
    h = hashlib.sha256(options.base_iri.encode())
    package = Path(__file__).resolve().parent
    files: list[Path] = []
    for name in _VERSIONED_CODE:
        path = package / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    files.append(Path(options.ontology))
    for folder, pattern in ((options.gazetteer, "*.csv"), (options.shapes, "*.ttl")):
        files += sorted(Path(folder).glob(pattern))
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def bulletin_key(version: str, b: Bulletin) -> str:
    """The build key of one bulletin: its input and the pipeline version."""
    fields = (version, b.id, b.text, str(b.published or ""), b.url or "", b.lang)
    return hashlib.sha256("\0".join(fields).encode("utf-8")).hexdigest()


@dataclass
class Outcome:
    """What a worker made of one bulletin: a result to report, graphs to write, or an error."""

    bulletin: str
    source: str
    result: BulletinResult | None = None
    graphs: dict[str, bytes] | None = None  # only when it conforms
    error: str | None = None
    cells: str = ""  # its contribution to the statistics cube (kg.stats), when it conforms
    check: str | None = None  # the cube's rules disagree on it (kg.stats.batch_stats)


def process_batch(options: BuildOptions, bulletins: list[Bulletin]) -> list[Outcome]:
    """Extract, map, reason and validate a batch (in a worker process, or in-process)."""
    ctx = load_context(options)
    # plain sets of triples, not rdflib graphs: the same triples, without indexing each one
    made: list[tuple[Bulletin, int, int, set, set, bytes, bytes]] = []
    out: dict[int, Outcome] = {}
    warned: dict[str, list[ExtractionWarning]] = {}  # bulletin id → extraction warnings
    for n, b in enumerate(bulletins):
        try:
            ex = extract_step(ctx, b)
            graph = map_triples(ex, ctx.gazetteer, ctx.minter)
            inferred = ctx.reasoner.infer_triples(graph) | evidence_rows(graph)
            made.append((b, len(ex.observations), len(ex.events), graph, inferred,
                         ntriples(graph), ntriples(inferred)))
            warned[b.id] = list(ex.warnings)
        except KgError as e:
            out[n] = Outcome(b.id, b.source, error=f"{b.source}: {e}")
        except Exception as e:  # a bug on one bulletin must not stop the others
            out[n] = Outcome(b.id, b.source,
                             error=f"{b.source}: extraction failed: {type(e).__name__}: {e}")
    items = [BatchItem(f"bulletin {b.id}", (g, inf),
                       frozenset(s for s, _, _ in g if isinstance(s, URIRef)), nt + nti)
             for b, _, _, g, inf, nt, nti in made]
    reports = ctx.validator.validate_batch(items)
    computed, mismatches = stats.batch_stats(
        [(b.id, (*g, *inf)) for (b, _, _, g, inf, _, _), report
         in zip(made, reports, strict=True) if report.conforms], ctx.english_labels, ctx.minter)
    pos = iter(n for n in range(len(bulletins)) if n not in out)
    for (b, n_obs, n_ev, g, inf, nt, nti), report in zip(made, reports, strict=True):
        result = BulletinResult(b.id, b.source, n_obs, n_ev, len(g), len(inf), report,
                                warned[b.id])
        graphs, cells = None, ""
        if report.conforms:
            cells, figures = computed[b.id]
            graphs = {ctx.graph_iri("bulletin", b.id): nt, ctx.graph_iri("inferred", b.id): nti,
                      ctx.graph_iri("bulletin-stats", b.id): figures}
        check = next((m for m in mismatches if m.startswith(f"kg.stats: bulletin {b.id}:")),
                     None)
        out[next(pos)] = Outcome(b.id, b.source, result, graphs, cells=cells, check=check)
    return [out[n] for n in range(len(bulletins))]


def _batches(items: Iterable[Bulletin], size: int) -> Iterator[list[Bulletin]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _run_batches(options: BuildOptions, batches: Iterator[list[Bulletin]],
                 workers: int) -> Iterator[list[Outcome]]:
    """Outcomes batch by batch, in input order; at most 2 batches per worker in flight."""
    first = next(batches, None)
    if first is None:
        return
    steady_malloc()
    load_context(options)  # before forking: workers inherit it instead of loading their own
    if workers <= 1:
        yield process_batch(options, first)
        for batch in batches:
            yield process_batch(options, batch)
        return
    methods = multiprocessing.get_all_start_methods()
    mp = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(workers, mp_context=mp) as pool:
        pending = deque([pool.submit(process_batch, options, first)])
        for batch in batches:
            pending.append(pool.submit(process_batch, options, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def build(paths: Iterable[Path], store: EmbeddedStore, options: BuildOptions | None = None,
          progress: Callable[[Iterable], Iterable] | None = None,
          run: RunOptions | None = None) -> BuildReport:
    """Build every bulletin under ``paths`` into ``store``; returns what happened.

    Raises only for problems with the reference data (ontology, gazetteer, shapes);
    a bad bulletin is recorded in the report and the build goes on.
    """
    options = options or BuildOptions()
    run = run or RunOptions()
    version = pipeline_version(options)
    minter = Minter(options.base_iri)
    reference = str(minter.graph("ontology"))
    # the build keys only (each bulletin's cube contribution stays on disk: kg.stats sums
    # them streamed), read line by line
    cells = stats.contribution_key(minter, "")
    known = {s: k for s, k in store.index_items() if not s.startswith(cells)} \
        if run.incremental else {}
    changed = known.get(reference) != version
    if changed:
        publish_reference(load_context(options), store)
        store.record_builds([(reference, version)])
    report = BuildReport()
    # id → (source, first 64 bits of the build key) of the copy that wins: the one structure
    # that grows with the input (~0.3 KB per bulletin)
    seen: dict[str, tuple[str, int]] = {}
    keys: dict[str, str] = {}  # id → build key, of the bulletins in flight

    def todo() -> Iterator[Bulletin]:
        items = read_paths(paths)
        for item in progress(items) if progress else items:
            if isinstance(item, BadInput):
                report.quarantine.append(Quarantined(item.kind, item.file, item.line,
                                                     item.bulletin, item.reason))
                report.errors.append(str(item))
                continue
            if isinstance(item, InputError):  # (readers yield BadInput; any other, as it is)
                report.refuse("unreadable", str(item).split(": ")[0], None, str(item))
                continue
            key = bulletin_key(version, item)
            digest = int(key[:16], 16)
            if item.id in seen:
                first, first_digest = seen[item.id]
                if first_digest == digest:
                    report.duplicates.append(Duplicate(item.id, item.source, first))
                else:
                    report.refuse("duplicate-conflict", item.source, item.id,
                                  f"bulletin id {item.id!r} already read from {first} with "
                                  "different content; the first copy is kept, this one is "
                                  "not published")
                continue
            seen[item.id] = (item.source, digest)
            # before the language: a built key's text was in a supported one (and guessing
            # it, a pass over every letter, was ~75% of a rebuild with nothing changed)
            if known.get(str(minter.bulletin(item.id))) == key:
                report.skipped += 1
                continue
            if guess_lang(item.text) not in SUPPORTED_LANGS:
                report.refuse("unsupported-language", item.source, item.id,
                              "neither Arabic nor English text (most letters are in another "
                              "script); the extractor reads Arabic and English bulletins")
                continue
            keys[item.id] = key
            yield item

    workers = run.workers or os.cpu_count() or 1
    for outcomes in _run_batches(options, _batches(todo(), run.batch_size), workers):
        graphs: dict[str, bytes] = {}
        done: list[tuple[str, str]] = []
        for o in outcomes:
            key = keys.pop(o.bulletin)
            if o.error is not None:
                reason = o.error.removeprefix(f"{o.source}: ")
                kind = "extraction-failed" if "extraction failed" in reason else "invalid-field"
                report.refuse(kind, o.source, o.bulletin, reason)
                continue
            assert o.result is not None and o.result.report is not None
            if o.graphs is None:
                report.rejected.append(o.result)
                rules = "; ".join(dict.fromkeys(f.message for f in o.result.report.violations))
                report.quarantine.append(Quarantined.of(
                    "shacl-violation", o.source, o.bulletin, f"SHACL: {rules}"))
                continue
            o.result.source = seen[o.bulletin][0]  # one copy of the string, not two
            report.publish(o.result)
            graphs.update(o.graphs)
            done.append((str(minter.bulletin(o.bulletin)), key))
            done.append((stats.contribution_key(minter, o.bulletin), o.cells))
            if o.check:
                report.errors.append(o.check)
                report.check_failures.append(o.check)
        if graphs:
            store.replace_graphs(graphs)
            store.record_builds(done)
            changed = True
    after_build(store, options, version, changed, report, known)
    store.flush()
    return report


def after_build(store: EmbeddedStore, options: BuildOptions, version: str, changed: bool,
                report: BuildReport, known: dict[str, str] | None = None) -> None:
    """Refresh the statistics and run the ``*-violation.rq`` checks, unless nothing changed.

    Both depend only on the store and the query files: when neither changed since a build
    whose checks passed, they would give the same answer again (and cost seconds at scale).
    """
    checked = hashlib.sha256(version.encode())
    for f in sorted(Path(options.queries).glob("*.rq")):
        checked.update(f.name.encode() + f.read_bytes())
    marker = str(Minter(options.base_iri).graph("stats"))
    if not changed and (store.build_index() if known is None else known).get(marker) \
            == checked.hexdigest():
        return
    # each step on a freshly opened store: what RocksDB cached for one (the batches' writes,
    # reading graph/stats) is not kept for the next, so the peak is the largest, not the sum
    store.release_memory()
    stats.refresh_stats(store, Minter(options.base_iri))
    store.release_memory()
    failures = violation_query_failures(store, options.queries, at_build=True)
    report.errors += failures
    report.check_failures += failures
    store.record_builds([(marker, "" if failures else checked.hexdigest())])


def violation_query_failures(store: EmbeddedStore, directory: Path,
                             at_build: bool = False) -> list[str]:
    """Run every ``*-violation.rq`` in ``directory``: each row it returns is a failure.

    ``at_build``: leave out the whole-store ones the build checks per batch instead (a line
    ``# build: checked per batch``: kg.stats, SHACL).
    """
    failures = []
    for f in sorted(Path(directory).glob("*-violation.rq")):
        text = f.read_text(encoding="utf-8")
        if at_build and stats.PER_BATCH in text:
            continue
        solutions = store.query(text)
        names = [v.value for v in solutions.variables]
        for row in solutions:
            values = ", ".join(f"{n}={row[n]}" for n in names if row[n] is not None)
            failures.append(f"{f.name}: {values}")
    return failures
