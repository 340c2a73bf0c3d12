"""The `kg` command line: a thin layer over the library, and the only place that exits.

Exit codes: 0 success (or SHACL conforms), 1 SHACL violations, some bulletins refused or a
required `kg doctor` check failed, 2 error (bad input, unreadable store, bad setting).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from kg import settings as kg_settings
from kg.errors import KgError, ValidationError

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


def _settings(**overrides: Any) -> dict[str, Any]:
    return kg_settings.load(**{k: v for k, v in overrides.items() if v is not None})


# Writes of the running command: each is a staging generation, published by KgGroup when the
# command ends well and deleted when it fails.
_WRITES = ExitStack()


def _store(path: str | None, read_only: bool = False):
    """The one place a command gets its store (``--store`` or ``$KG_STORE``).

    Read-only: a store home resolves to its live generation. For writing: a new generation
    staged from the live one (:func:`kg.publish.publishing`), switched live when the command
    succeeds.
    """
    from kg.remote import is_remote
    from kg.store import EmbeddedStore

    cfg = _settings(KG_STORE=path)
    location = cfg["KG_STORE"]
    if is_remote(location):  # a SPARQL server (kg.remote): no generations, writes go there
        from kg.remote import RemoteStore

        return RemoteStore.open(location, cfg)
    if read_only:
        return EmbeddedStore.open(location, read_only=True)
    from kg.publish import publishing

    ctx = click.get_current_context(silent=True)
    purpose = ctx.command_path if ctx else "kg"
    return _WRITES.enter_context(publishing(location, purpose=purpose)).store


def _progress(desc: str) -> Callable | None:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda it: tqdm(it, desc=desc, unit=" bulletin", file=sys.stderr)


def _echo_err(message: str, colour: str | None = None) -> None:
    click.echo(click.style(message, fg=colour) if colour and sys.stderr.isatty() else message,
               err=True)


store_option = click.option("--store", "store_path", metavar="DIR",
                            help="Store folder (default: $KG_STORE or var/store).")


class KgGroup(click.Group):
    """Maps kg's errors to exit codes, once, for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                result = super().invoke(ctx)
            except BaseException:
                _WRITES.__exit__(*sys.exc_info())  # staged writes are deleted, not published
                raise
            _WRITES.close()  # publish what the command wrote
            return result
        except ValidationError as e:
            _echo_err(f"kg: {e}", "red")
            sys.exit(EXIT_VIOLATIONS)
        except KgError as e:
            _echo_err(f"kg: error: {e}", "red")
            sys.exit(e.exit_code)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: SOHR bulletins as a linked-data knowledge graph.

    \b
    Examples:
      kg build seeds/                      build the seed into var/store
      kg validate                          SHACL report (exit 0 conforms, 1 violations)
      kg query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
      kg export casualties -o casualties.csv
      kg serve --port 8080
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--base-iri", help="Base of minted IRIs (default: $KG_BASE_IRI).")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes (0: one per CPU).")
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True,
              help="Bulletins per validation pass and store write.")
@click.option("--full", is_flag=True, help="Rebuild every bulletin, changed or not.")
@click.option("--quarantine", "quarantine_file", type=click.Path(path_type=Path, dir_okay=False),
              metavar="FILE", help="JSON report of refused inputs "
              "(default: quarantine.json in the store folder).")
def build(paths: tuple[Path, ...], store_path: str | None, base_iri: str | None,
          workers: int, batch_size: int, full: bool, quarantine_file: Path | None) -> None:
    """Build bulletins (.txt files, .jsonl files, folders of them) into the store.

    Only new or changed bulletins are processed (``--full`` for all). The build goes into a
    new generation of the store, switched live only when it has fully succeeded; every
    refused input is listed in the quarantine report (JSON).

    \b
    Examples:
      kg build                             everything under seeds/
      kg build corpus/bulletins.jsonl more/ --store /data/kg
      kg build corpus/ --workers 2 --batch-size 100 --quarantine var/refused.json
    """
    from datetime import UTC, datetime

    from kg import publish
    from kg.pipeline import BuildOptions, RunOptions

    cfg = _settings(KG_BASE_IRI=base_iri, KG_STORE=store_path)
    inputs = paths or (Path("seeds"),)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    report, staging = publish.build_and_publish(
        cfg["KG_STORE"], inputs, BuildOptions(base_iri=cfg["KG_BASE_IRI"]),
        RunOptions(workers=workers, batch_size=batch_size, incremental=not full),
        progress=_progress("build"))
    for message in report.errors:
        _echo_err(f"error: {message}", "red")
    for r in report.rejected:
        _echo_err(f"rejected: {r.source}\n{r.report.text()}", "red")
    for line in report.warning_lines:
        _echo_err(f"warning: {line}", "yellow")
    shown = len(report.warning_lines)
    if sum(report.shacl_warnings.values()) > shown:
        rules = ", ".join(f"{rule}: {n}" for rule, n in sorted(
            report.shacl_warnings.items(), key=lambda kv: -kv[1]))
        _echo_err(f"warning: {sum(report.shacl_warnings.values()) - shown} more SHACL "
                  f"warning(s) not shown; all by rule: {rules} (kg validate lists them)",
                  "yellow")
    for w in report.extraction_warnings():
        _echo_err(f"warning: {w.kind}: {w}", "yellow")
    first = {}
    for q in report.quarantine:
        first.setdefault(q.kind, f"{q.file}:{q.line}" if q.line else q.file)
    for kind, n in report.by_kind().items():
        click.echo(f"quarantined {kind}: {n} (first: {first[kind]})", err=True)
    if report.duplicates:
        click.echo(f"{len(report.duplicates)} duplicate(s) (same id, same content) skipped",
                   err=True)
    target = quarantine_file or publish.quarantine_path(cfg["KG_STORE"])
    document = {"build": {"started": started, "inputs": [str(p) for p in inputs],
                          "store": str(cfg["KG_STORE"]), "generation": staging.generation,
                          "published": staging.published,
                          "not_published_because": staging.cancelled or None},
                **report.quarantine_json()}
    publish.write_atomically(target, json.dumps(document, ensure_ascii=False,
                                                indent=1).encode("utf-8") + b"\n")
    _echo_matches(report.links)
    click.echo(report.summary(), err=True)
    if staging.published and staging.atomic:
        click.echo(f"generation {staging.generation} is live; quarantine report: {target}",
                   err=True)
    elif staging.cancelled:
        _echo_err(f"nothing published (the live generation is unchanged): "
                  f"{staging.cancelled}", "red")
    if not report.ok:
        sys.exit(EXIT_VIOLATIONS if report.published else EXIT_ERROR)


@main.command()
@click.option("--count", type=click.IntRange(min=1), required=True, help="How many bulletins.")
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for the .jsonl files (created).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
def synth(count: int, out: Path, seed: int) -> None:
    """Write synthetic SOHR-like bulletins (for scale tests and benchmarks only).

    \b
    Example:
      kg synth --count 10000 --out var/synth --seed 1
    """
    from kg.synth import write_corpus

    files = write_corpus(out, count, seed)
    click.echo(f"{count} bulletin(s) in {len(files)} file(s) under {out}", err=True)


@main.command()
@store_option
def validate(store_path: str | None) -> None:
    """SHACL-validate every bulletin in the store. Exit 0 conforms, 1 violations, 2 error.

    \b
    Example:
      kg validate --store var/store        a report per bulletin graph, then a summary
    """
    from kg.pipeline import SPARQL_DIR, violation_query_failures
    from kg.validate.stored import validate_stored

    store = _store(store_path, read_only=True)
    reports = validate_stored(store)
    bad = [r for r in reports if not r.conforms]
    for r in reports:
        if r.findings:
            click.echo(r.text())
    failures = violation_query_failures(store, SPARQL_DIR)
    for failure in failures:
        click.echo(f"violation query: {failure}")
    click.echo(f"{len(reports)} graph(s) validated, {len(bad)} with violations, "
               f"{len(failures)} violation-query row(s)")
    if bad or failures:
        sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", default=None,
              type=click.Choice(["json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld",
                                 "nquads", "trig", "rdfxml"]),
              help="Result format (default: csv for SELECT, turtle for CONSTRUCT).")
def query(query: str, store_path: str | None, fmt: str | None) -> None:
    """Run a SPARQL query (text, or @FILE) over the union of all graphs.

    \b
    Examples:
      kg query @sparql/observations-per-bulletin.rq
      kg query 'ASK { ?s a <https://w3id.org/sohr-kg/ontology#Bulletin> }' --format json
    """
    from kg.query import run_query

    if query.startswith("@"):
        try:
            query = Path(query[1:]).read_text(encoding="utf-8")
        except OSError as e:
            raise click.BadParameter(f"cannot read {query[1:]}: {e.strerror}") from None
    run_query(_store(store_path, read_only=True), query, fmt, sys.stdout.buffer)


@main.command()
@click.option("--format", "fmt", default="nquads", show_default=True,
              type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"]))
@store_option
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
@click.option("--all", "all_dir", type=click.Path(path_type=Path, file_okay=False),
              metavar="DIR", help="Write every published dump and void.ttl into DIR.")
@click.option("--include-private", is_flag=True,
              help="With --all: keep private graphs (graph/private/…); never publish these.")
@click.option("--base-iri", help="Base of minted IRIs (default: $KG_BASE_IRI).")
def dump(fmt: str, store_path: str | None, output: Path | None, all_dir: Path | None,
         include_private: bool, base_iri: str | None) -> None:
    """Write the whole dataset (quad formats) or the union of its graphs (triple formats).

    \b
    Examples:
      kg dump --format turtle -o kg.ttl
      kg dump --all var/dumps              N-Quads, TriG (gzip), Turtle, N-Triples, JSON-LD,
                                           and their DCAT/VoID description void.ttl
    """
    from kg.dump import dump_all, dump_store

    store = _store(store_path, read_only=True)
    if all_dir is not None:
        from kg.iris import Minter

        cfg = _settings(KG_BASE_IRI=base_iri)
        for w in dump_all(store, all_dir, Minter(cfg["KG_BASE_IRI"]), include_private):
            click.echo(f"{all_dir / w.spec.name}: {w.triples} triples, {w.size} bytes, "
                       f"sha256 {w.sha256}", err=True)
        return
    if output is None:
        dump_store(store, fmt, sys.stdout.buffer)
    else:
        with output.open("wb") as f:
            dump_store(store, fmt, f)


@main.group()
def export() -> None:
    """Tables for researchers (CSV).

    \b
    Examples:
      kg export casualties -o casualties.csv
      kg export links > links.csv
    """


@export.command("casualties")
@store_option
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
def export_casualties(store_path: str | None, output: Path | None) -> None:
    """One CSV row per casualty observation, with its evidence quote.

    \b
    Example:
      kg export casualties -o casualties.csv
    """
    from kg.export import write_casualties

    store = _store(store_path, read_only=True)
    if output is None:
        n = write_casualties(store, sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as f:
            n = write_casualties(store, f)
    click.echo(f"{n} observation(s) exported", err=True)


@export.command("links")
@store_option
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
def export_links(store_path: str | None, output: Path | None) -> None:
    """Candidate links to UCDP / ACLED events, one CSV row per (link, event).

    \b
    Columns: ours, bulletin, dataset, their_id, score, independent, reasons.
    Example:
      kg export links -o links.csv
    """
    from kg.link.export import write_links

    _write_csv(output, lambda f: write_links(_store(store_path, read_only=True), f), "link row")


@export.command("ucdp")
@store_option
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
def export_ucdp(store_path: str | None, output: Path | None) -> None:
    """Our killed-counts in UCDP GED's 49-column layout (columns we cannot fill stay empty).

    \b
    Example:
      kg export ucdp -o sohr-as-ged.csv
    """
    from kg.link.export import write_ucdp

    _write_csv(output, lambda f: write_ucdp(_store(store_path, read_only=True), f), "row")


def _write_csv(output: Path | None, write: Callable[[Any], int], noun: str) -> None:
    if output is None:
        n = write(sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as f:
            n = write(f)
    click.echo(f"{n} {noun}(s) exported", err=True)


@main.command()
@store_option
@click.option("--host", default=None, help="Address to listen on (default: $KG_HOST).")
@click.option("--port", default=None, type=int, help="Port (default: $KG_PORT).")
@click.option("--write-token", default=None, metavar="TOKEN",
              help="Enable SPARQL Update and Graph Store writes for clients sending "
                   "'Authorization: Bearer TOKEN' (default: $KG_WRITE_TOKEN; empty: read-only).")
@click.option("--dumps", "dumps_dir", default=None, metavar="DIR",
              help="Folder of `kg dump --all` files to serve at /dumps/ (default: $KG_DUMPS).")
@click.option("--workers", default=None, type=int, metavar="N",
              help="Server processes (default: $KG_WORKERS; 0: one per CPU, 1 with a write "
                   "token).")
def serve(store_path: str | None, host: str | None, port: int | None,
          write_token: str | None, dumps_dir: str | None, workers: int | None) -> None:
    """Serve the SPARQL endpoint, linked-data pages, dumps and the query UI over HTTP.

    Read-only (no write token): serves the live generation and moves to a new one within a
    second of `kg build` publishing it. With a write token the store home is locked for the
    server's life: `kg build` on it is refused until the server stops.

    \b
    Example:
      kg serve --store var/store --port 8080
      KG_WRITE_TOKEN=s3cret kg serve       accept writes with that bearer token
      kg serve --workers 4                 four server processes (reads only)
    """
    from kg.serve import serve as run_server

    cfg = _settings(KG_STORE=store_path, KG_HOST=host, KG_PORT=port,
                    KG_WRITE_TOKEN=write_token, KG_DUMPS=dumps_dir, KG_WORKERS=workers)
    run_server(cfg["KG_STORE"], cfg["KG_HOST"], cfg["KG_PORT"], cfg)


@main.command()
@store_option
def doctor(store_path: str | None) -> None:
    """Check the environment: the store (or remote SPARQL server), Python and packages,
    npm files, Chromium. Prints a checklist; exit 0 when every required check passes, else 1.

    \b
    Examples:
      kg doctor
      KG_STORE=sparql+http://localhost:8890/sparql kg doctor
    """
    from kg import doctor as checks

    results = checks.run(_settings(KG_STORE=store_path))
    tty = sys.stdout.isatty()
    for c in results:
        mark, colour = ("ok", "green") if c.ok else ("FAIL", "red") if c.required else (
            "warn", "yellow")
        label = f"[{mark:>4}]"
        click.echo(f"{click.style(label, fg=colour) if tty else label} {c.name:<14} {c.detail}")
    if not checks.passed(results):
        _echo_err("kg doctor: a required check failed", "red")
        sys.exit(EXIT_VIOLATIONS)
    click.echo("all required checks passed")


# -- linking with other conflict datasets ---------------------------------------------------
@main.group()
def link() -> None:
    """Import other conflict datasets (UCDP GED, ACLED) and link our events to theirs.

    \b
    Examples:
      kg link ucdp GEDEvent_v24_1.csv       import a GED release, then match
      kg link acled my-acled-export.csv     a private graph, left out of public dumps
      kg link match                         re-match after a rebuild
    """


def _row_progress(desc: str) -> Callable | None:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda it: tqdm(it, desc=desc, unit=" rows", unit_scale=True, file=sys.stderr)


def _echo_matches(reports: list) -> None:
    for r in reports:
        click.echo(r.summary(), err=True)


def _make_import_command(name: str) -> click.Command:
    @click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
    @store_option
    @click.option("--no-match", is_flag=True, help="Import only; run `kg link match` later.")
    @click.option("--base-iri", help="Base of minted IRIs (default: $KG_BASE_IRI).")
    def command(file: Path, store_path: str | None, no_match: bool,
                base_iri: str | None) -> None:
        from kg.iris import Minter
        from kg.link.load import import_file
        from kg.link.match import link_dataset

        cfg = _settings(KG_BASE_IRI=base_iri, KG_STORE=store_path)
        store, minter = _store(cfg["KG_STORE"]), Minter(cfg["KG_BASE_IRI"])
        report = import_file(name, file, store, minter, progress=_row_progress(name))
        for message in report.errors:
            _echo_err(f"error: {message}", "red")
        if report.error_count > len(report.errors):
            _echo_err(f"… and {report.error_count - len(report.errors)} more bad row(s)", "red")
        click.echo(report.summary(), err=True)
        if not no_match:
            _echo_matches(link_dataset(store, name, minter, graphs=[report.graph]))

    return command


def _register_importers() -> None:
    from kg.link import DATASETS

    # one command per registered dataset: adding an importer adds its command
    for name, ds in DATASETS.items():
        text = ds.help or f"Import a {name} export and match it."
        # Every command's help shows an example (a test walks the command tree).
        example = f"\n\n\b\nExample:\n  kg link {name} {name}-export.csv --store var/store"
        link.command(name, help=text + ("" if "Example" in text else example))(
            _make_import_command(name))


_register_importers()


@link.command("match")
@click.option("--dataset", "datasets", multiple=True, metavar="NAME",
              help="Only this dataset (repeatable; default: all registered).")
@store_option
@click.option("--base-iri", help="Base of minted IRIs (default: $KG_BASE_IRI).")
def link_match(datasets: tuple[str, ...], store_path: str | None, base_iri: str | None) -> None:
    """Re-run matching against every imported file (e.g. after `kg build`).

    \b
    Examples:
      kg link match                        every registered dataset
      kg link match --dataset ucdp
    """
    from kg.iris import Minter
    from kg.link import DATASETS
    from kg.link.match import link_dataset

    cfg = _settings(KG_BASE_IRI=base_iri, KG_STORE=store_path)
    store, minter = _store(cfg["KG_STORE"]), Minter(cfg["KG_BASE_IRI"])
    for name in datasets or tuple(DATASETS):
        _echo_matches(link_dataset(store, name, minter))


# -- reports for curators -------------------------------------------------------------------
@main.group()
def report() -> None:
    """Reports for curators, read from bulletins without building the store.

    \b
    Example:
      kg report unknown-names corpus/bulletins.jsonl --csv > unknown.csv
    """


@report.command("unknown-names")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--csv", "as_csv", is_flag=True, help="CSV (kind,phrase,count,example) on stdout.")
def report_unknown_names(paths: tuple[Path, ...], as_csv: bool) -> None:
    """Place and actor names the gazetteer does not know, with counts: what to add to
    ontology/gazetteer/*.csv. Runs extraction only.

    \b
    Examples:
      kg report unknown-names                      the bulletins under seeds/
      kg report unknown-names more/ --csv
    """
    import csv as csv_module

    from kg.bulletins import read_paths
    from kg.errors import InputError
    from kg.extract import extract
    from kg.extract.unknown import tally
    from kg.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    extractions, failed = [], 0
    for item in read_paths(paths or (Path("seeds"),)):
        if isinstance(item, InputError):
            _echo_err(f"error: {item}", "red")
            failed += 1
            continue
        extractions.append(extract(item, gazetteer))
    if failed and not extractions:
        sys.exit(EXIT_ERROR)
    rows = tally(extractions)
    if as_csv:
        writer = csv_module.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["kind", "phrase", "count", "example"])
        writer.writerows((r.kind, r.phrase, r.count, r.example) for r in rows)
    else:
        width = max((len(r.phrase) for r in rows), default=6)
        click.echo(f"{'kind':<7} {'phrase':<{width}} {'count':>5}  example")
        for r in rows:
            click.echo(f"{r.kind:<7} {r.phrase:<{width}} {r.count:>5}  {r.example}")
    click.echo(f"{len(rows)} unknown name(s) in {len(extractions)} bulletin(s)", err=True)


if __name__ == "__main__":
    main()
