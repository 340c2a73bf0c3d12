"""The `kg` command line: a thin layer over the library, and the only place that exits.

Exit codes: 0 success (or SHACL conforms), 1 SHACL violations or some bulletins refused,
2 error (bad input, unreadable store, bad setting).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg import settings as kg_settings
from kg.errors import KgError, ValidationError

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


def _settings(**overrides: Any) -> dict[str, Any]:
    return kg_settings.load(**{k: v for k, v in overrides.items() if v is not None})


def _store(path: str | None, read_only: bool = False):
    from kg.store import EmbeddedStore

    return EmbeddedStore.open(_settings(KG_STORE=path)["KG_STORE"], read_only=read_only)


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
            return super().invoke(ctx)
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
def build(paths: tuple[Path, ...], store_path: str | None, base_iri: str | None) -> None:
    """Build bulletins (.txt files, .jsonl files, folders of them) into the store.

    \b
    Examples:
      kg build                             everything under seeds/
      kg build corpus/bulletins.jsonl more/ --store /data/kg
    """
    from kg.pipeline import BuildOptions
    from kg.pipeline import build as run_build

    cfg = _settings(KG_BASE_IRI=base_iri, KG_STORE=store_path)
    store = _store(cfg["KG_STORE"])
    report = run_build(paths or (Path("seeds"),), store,
                       BuildOptions(base_iri=cfg["KG_BASE_IRI"]), progress=_progress("build"))
    for message in report.errors:
        _echo_err(f"error: {message}", "red")
    for r in report.rejected:
        _echo_err(f"rejected: {r.source}\n{r.report.text()}", "red")
    for r in report.published:
        for w in r.report.warnings if r.report else ():
            _echo_err(f"warning: bulletin {r.bulletin}: {w}", "yellow")
    click.echo(report.summary(), err=True)
    if not report.ok:
        sys.exit(EXIT_VIOLATIONS if report.published else EXIT_ERROR)


@main.command()
@store_option
def validate(store_path: str | None) -> None:
    """SHACL-validate every bulletin in the store. Exit 0 conforms, 1 violations, 2 error."""
    from kg.pipeline import validate_store

    reports = validate_store(_store(store_path, read_only=True))
    bad = [r for r in reports if not r.conforms]
    for r in reports:
        if r.findings:
            click.echo(r.text())
    click.echo(f"{len(reports)} graph(s) validated, {len(bad)} with violations")
    if bad:
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
def dump(fmt: str, store_path: str | None, output: Path | None) -> None:
    """Write the whole dataset (quad formats) or the union of its graphs (triple formats)."""
    from kg.dump import dump_store

    store = _store(store_path, read_only=True)
    if output is None:
        dump_store(store, fmt, sys.stdout.buffer)
    else:
        with output.open("wb") as f:
            dump_store(store, fmt, f)


@main.group()
def export() -> None:
    """Tables for researchers (CSV)."""


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


@main.command()
@store_option
@click.option("--host", default=None, help="Address to listen on (default: $KG_HOST).")
@click.option("--port", default=None, type=int, help="Port (default: $KG_PORT).")
def serve(store_path: str | None, host: str | None, port: int | None) -> None:
    """Serve the SPARQL endpoint (and linked-data pages) over HTTP.

    \b
    Example:
      kg serve --store var/store --port 8080
    """
    from kg.serve import serve as run_server

    cfg = _settings(KG_STORE=store_path, KG_HOST=host, KG_PORT=port)
    run_server(cfg["KG_STORE"], cfg["KG_HOST"], cfg["KG_PORT"], cfg)


if __name__ == "__main__":
    main()
