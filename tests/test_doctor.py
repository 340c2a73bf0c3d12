"""`kg doctor`: the checklist and its exit code; every CLI command's help has an example."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg import doctor
from kg.cli import main


def _commands(command: click.Command, path: str = "kg") -> Iterator[tuple[str, click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, f"{path} {name}")


def test_every_command_and_group_has_an_example() -> None:
    missing = [path for path, cmd in _commands(main) if "Example" not in (cmd.help or "")]
    assert not missing, f"--help without an Example: {missing}"
    result = CliRunner().invoke(main, ["doctor", "--help"])
    assert result.exit_code == 0 and "kg doctor" in result.output


def test_doctor_passes_on_a_built_store(seed_store_path: Path) -> None:
    result = CliRunner().invoke(main, ["doctor", "--store", str(seed_store_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    names = [line[7:21].strip() for line in lines if line.startswith("[")]
    assert names == ["python", *doctor.PACKAGES, "store", "npm files", "chromium"]
    store_line = next(line for line in lines if " store " in line)
    assert store_line.startswith("[  ok]") and " quads" in store_line
    assert "\x1b[" not in result.output  # no colour when not on a terminal


def test_doctor_fails_without_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["doctor", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "[FAIL] store" in result.output and "kg build" in result.output
    assert not (tmp_path / "none").exists()  # checking never creates a store


class _Ask(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        ok = self.path.startswith("/sparql?query=ASK")
        self.send_response(200 if ok else 404)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(b'{"head": {}, "boolean": true}')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def sparql_server() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Ask)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_doctor_asks_a_remote_sparql_server(sparql_server: str) -> None:
    check = doctor.check_remote(f"sparql+{sparql_server}/sparql")
    assert check.ok and "HTTP 200" in check.detail
    assert not doctor.check_remote(f"sparql+{sparql_server}/other").ok
    result = CliRunner().invoke(main, ["doctor"],
                                env={"KG_STORE": "sparql+http://127.0.0.1:9/sparql"})
    assert result.exit_code == 1 and "[FAIL] remote SPARQL" in result.output


def test_optional_checks_only_warn() -> None:
    checks = [doctor.Check("python", True, ""), doctor.Check("chromium", False, "", False)]
    assert doctor.passed(checks)
    assert not doctor.passed([*checks, doctor.Check("store", False, "")])
    assert not doctor.check_vendor(Path("/nonexistent")).ok
