"""What SHACL said: findings and the report of one validated graph."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH


@dataclass(frozen=True)
class Finding:
    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    shape: str
    message: str
    path: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message} [{self.shape}]"


@dataclass
class Report:
    """What SHACL said about one graph (``subject`` names what was validated)."""

    subject: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        lines = [f"{self.subject}: " + ("conforms" if self.conforms else
                                        f"{len(self.violations)} violation(s)")]
        lines += [f"  {f}" for f in self.findings]
        return "\n".join(lines)



def unique_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in report order, each once (pySHACL repeats some, e.g. per compared value)."""
    return sorted(set(findings), key=_finding_key)


def _finding_key(f: Finding) -> tuple:
    return (*_finding_order(f), f.path or "", f.value or "")



def _finding_order(f: Finding) -> tuple:
    return (f.severity != "Violation", f.focus, f.shape, f.message)


def findings_of(results: Graph, shapes: Graph) -> list[Finding]:
    out = []
    for r in results.subjects(SH.resultSeverity, None):
        sev = results.value(r, SH.resultSeverity)
        shape = results.value(r, SH.sourceShape)
        name = shapes.value(shape, SH.name) if shape is not None else None
        out.append(Finding(
            severity=str(sev).rsplit("#", 1)[-1],
            focus=str(results.value(r, SH.focusNode)),
            shape=str(name or shape),
            message=str(results.value(r, SH.resultMessage) or ""),
            path=_opt_path(results, results.value(r, SH.resultPath)),
            value=_opt(results.value(r, SH.value)),
        ))
    out.sort(key=_finding_order)
    return out


def _opt(node: object) -> str | None:
    return None if node is None else str(node)


def _opt_path(results: Graph, node: object) -> str | None:
    return None if node is None else path_text(results, node)



def path_text(graph: Graph, path: Any) -> str:
    """A SHACL path as text: the IRI of a predicate path, ``<a>/<b>`` for a sequence."""
    if isinstance(path, URIRef):
        return str(path)
    if (path, RDF.first, None) in graph:
        return "/".join(f"<{s}>" if isinstance(s, URIRef) else f"({path_text(graph, s)})"
                        for s in graph.items(path))
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + (f"<{inverse}>" if isinstance(inverse, URIRef)
                      else f"({path_text(graph, inverse)})")
    return str(path)




__all__ = ["Finding", "Report", "findings_of", "path_text", "unique_findings"]
