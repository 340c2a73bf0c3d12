"""Linking with other conflict datasets (UCDP GED, ACLED): import, match, export.

The registry below is the one place that knows which datasets exist; the CLI and the matcher
look importers up here by name. Importer modules are loaded lazily so that ``kg --help``
stays fast.

>>> sorted(DATASETS)
['acled', 'ucdp']
>>> is_private_graph("https://w3id.org/sohr-kg/graph/private/acled/export")
True
>>> is_private_graph("https://w3id.org/sohr-kg/graph/ucdp/ged241")
False
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    from kg.link.records import Profile

PRIVATE = "private"
"""First graph segment of graphs that public dumps must leave out (licence forbids sharing)."""


@dataclass(frozen=True)
class Dataset:
    """A dataset we can import and link to."""

    name: str  # "ucdp" | "acled": the CLI word, the IRI segment, the CSV ``dataset`` value
    module: str  # module exposing ``PROFILE`` (a :class:`kg.link.records.Profile`)
    private: bool  # True when the licence forbids redistributing its rows
    help: str = ""  # the `kg link NAME` command's help

    @property
    def graph_prefix(self) -> tuple[str, ...]:
        """Segments shared by the graphs of every imported file of this dataset."""
        return (PRIVATE, self.name) if self.private else (self.name,)

    def graph_parts(self, stem: str) -> tuple[str, ...]:
        """Segments of the named graph holding one imported file's events."""
        return (*self.graph_prefix, stem)

    def links_graph_parts(self, stem: str) -> tuple[str, ...]:
        """Segments of the named graph holding the candidate links to that file.

        Links to a private dataset are private too: they carry its event ids and counts.
        """
        return (PRIVATE, "links", self.name, stem) if self.private else ("links", self.name, stem)

    def profile(self) -> Profile:
        """The importer: how to read the file and how precise its dates and places are."""
        return importlib.import_module(self.module).PROFILE


DATASETS: dict[str, Dataset] = {d.name: d for d in (
    Dataset("ucdp", "kg.link.ucdp", private=False, help=(
        "Import a UCDP GED export (full 49 columns or reduced) and match it.\n\n"
        "Columns are read by header name; bad rows are reported with file and line.")),
    # ACLED's terms of use forbid redistributing its rows: import a user's own export only.
    Dataset("acled", "kg.link.acled", private=True, help=(
        "Import your own ACLED export into a private graph and match it.\n\n"
        "ACLED's terms forbid redistribution: the graph is left out of public dumps.")),
)}


def dataset(name: str) -> Dataset:
    """The registered dataset ``name``; raises :class:`InputError` for an unknown one."""
    try:
        return DATASETS[name]
    except KeyError:
        known = ", ".join(sorted(DATASETS))
        raise InputError(f"unknown dataset {name!r} (known: {known})") from None


def is_private_graph(iri: str) -> bool:
    """True for named graphs that public dumps must exclude (e.g. imported ACLED rows).

    The test is on the graph path the minter builds (``…/graph/private/…``), so it works
    whatever the base IRI.
    """
    return f"/graph/{PRIVATE}/" in str(iri)
