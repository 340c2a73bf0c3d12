"""Run a private OpenLink Virtuoso server: install, configure, start, bulk load, stop.

An ops module for tests and benchmarks (and a publisher trying the scale-out path): each
server gets its own data folder and ``virtuoso.ini``, listens on loopback only on free ports,
and is stopped by its pid. The SPARQL user may update (``SPARQL_UPDATE`` granted), so the
endpoint takes SPARQL 1.1 Update and the Graph Store Protocol (``/sparql-graph-crud``)::

    with running(Path("/tmp/v")) as v:
        v.bulk_load(Path("data.nq"))          # isql ld_dir + rdf_loader_run: the fast path
        print(v.sparql_url)                   # http://127.0.0.1:PORT/sparql

Needs the Debian package ``virtuoso-opensource`` (:func:`install` gets it with apt-get).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError

SERVER = "virtuoso-t"
ISQL = "isql-vt"
PACKAGE = "virtuoso-opensource"
DBA_PASSWORD = "dba"  # a fresh database's password; the server is loopback-only and private
BUFFERS_PER_GB = 85_000  # 8 KiB pages; Virtuoso's own table: 2 GB → 170,000 buffers
INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 32
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = {dirs}
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 64
MaxQueryMem = {query_mem}
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = {threads}
AsyncQueueMaxThreads = 10
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}/vsp
MaxClientConnections = 32
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
ServerThreads = 32
MaxKeepAlives = 32
KeepAliveTimeout = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
EnabledGzipContent = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxSortedTopRows = {max_rows}
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
DefaultGraph =
"""
# run once per fresh database: let the anonymous SPARQL user update (SPARQL Update, GSP)
GRANTS = """\
GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
"""


class VirtuosoError(KgError):
    """Virtuoso cannot be installed, started, loaded or stopped; the message says why."""


@dataclass
class VirtuosoServer:
    """A running Virtuoso started by :func:`start`; ``stop()`` ends it by its pid."""

    data_dir: Path
    http_port: int
    isql_port: int
    process: subprocess.Popen = field(repr=False)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        """SPARQL 1.1 Query and Update endpoint."""
        return f"{self.base_url}/sparql"

    @property
    def gsp_url(self) -> str:
        """SPARQL 1.1 Graph Store HTTP Protocol endpoint."""
        return f"{self.base_url}/sparql-graph-crud"

    @property
    def store_location(self) -> str:
        """The ``--store`` value for kg: ``sparql+http://127.0.0.1:PORT/sparql``."""
        return "sparql+" + self.sparql_url

    def isql(self, script: str, timeout: float = 600) -> str:
        """Run SQL statements (each ending in ``;``) as dba; returns isql's output.

        Raises :class:`VirtuosoError` with isql's message when a statement fails.
        """
        cmd = [ISQL, f"127.0.0.1:{self.isql_port}", "dba", DBA_PASSWORD, "VERBOSE=OFF",
               "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF", "ERRORS=STDOUT"]
        try:
            done = subprocess.run(cmd, input=script + "\n", capture_output=True, text=True,
                                  timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise VirtuosoError(f"isql on port {self.isql_port}: {e}") from None
        out = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in out:
            raise VirtuosoError(f"isql on port {self.isql_port} failed: {out.strip()[:2000]}")
        return out

    def bulk_load(self, path: Path, graph: str | None = None) -> int:
        """Bulk load an RDF file (.nq, .nt, .ttl, .trig, .owl; .gz too) with the isql loader.

        ``graph`` is the target graph for triple formats (quads keep their own graphs). The
        file is hard-linked (or copied) into the data folder when outside it, as Virtuoso
        reads only from ``DirsAllowed``. Returns the number of quads in the store afterwards.
        Raises :class:`VirtuosoError` naming the file when the loader reports an error.
        """
        path = Path(path).resolve()
        if not path.is_file():
            raise VirtuosoError(f"{path}: no such file to bulk load")
        inbox = self.data_dir / "load"
        inbox.mkdir(exist_ok=True)
        staged = inbox / path.name
        if staged != path:
            staged.unlink(missing_ok=True)
            try:
                os.link(path, staged)
            except OSError:
                shutil.copyfile(path, staged)
        target = graph or "urn:kg:bulk-load"
        self.isql(f"DELETE FROM DB.DBA.load_list WHERE ll_file = {_sql_str(str(staged))};\n"
                  f"ld_dir({_sql_str(str(inbox))}, {_sql_str(path.name)}, {_sql_str(target)});\n"
                  "rdf_loader_run();\ncheckpoint;")
        out = self.isql("SELECT ll_error FROM DB.DBA.load_list WHERE ll_file = "
                        f"{_sql_str(str(staged))} AND ll_error IS NOT NULL;")
        if staged != path:
            staged.unlink(missing_ok=True)
        if out.strip():  # a row: the loader's error message for this file
            raise VirtuosoError(f"{path}: bulk load failed: {out.strip()[:2000]}")
        return self.quads()

    def quads(self) -> int:
        """Number of quads in the RDF store (``DB.DBA.RDF_QUAD``)."""
        out = self.isql("SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;")
        numbers = [line.strip() for line in out.splitlines() if line.strip().isdigit()]
        if not numbers:
            raise VirtuosoError(f"cannot count quads: {out.strip()[:500]}")
        return int(numbers[-1])

    def stop(self, timeout: float = 30) -> None:
        """Stop the server: SIGTERM (Virtuoso checkpoints and exits), then SIGKILL."""
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def install() -> Path:
    """Make sure ``virtuoso-t`` is installed (apt-get, non-interactive); return its path.

    Raises :class:`VirtuosoError` saying why when the package cannot be installed.
    """
    found = shutil.which(SERVER)
    if found:
        return Path(found)
    if shutil.which("apt-get") is None:
        raise VirtuosoError(f"{SERVER} not found and no apt-get to install {PACKAGE}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # the package asks for the system database's dba password through debconf: preseed it
    preseed = "".join(f"virtuoso-opensource-7 virtuoso-opensource-7/{q} password {DBA_PASSWORD}\n"
                      for q in ("dba-password", "dba-password-again"))
    steps = [(["debconf-set-selections"], preseed), (["apt-get", "update"], None),
             (["apt-get", "install", "-y", "--no-install-recommends", PACKAGE], None)]
    for cmd, stdin in steps:
        try:
            done = subprocess.run(cmd, input=stdin, env=env, capture_output=True, text=True,
                                  timeout=900, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise VirtuosoError(f"cannot install {PACKAGE}: {' '.join(cmd)}: {e}") from None
        if done.returncode != 0:
            raise VirtuosoError(f"cannot install {PACKAGE}: `{' '.join(cmd)}` exited "
                                f"{done.returncode}: {(done.stderr or done.stdout)[-1500:]}")
    found = shutil.which(SERVER)
    if not found:
        raise VirtuosoError(f"{PACKAGE} installed but {SERVER} is not on PATH")
    return Path(found)


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(data_dir: Path, *, http_port: int | None = None, isql_port: int | None = None,
          memory_gb: float = 2.0, threads: int = 2, max_rows: int = 10_000_000,
          dirs_allowed: Iterable[Path] = (), timeout: float = 120) -> VirtuosoServer:
    """Start Virtuoso on loopback with its database in ``data_dir`` (created if needed).

    ``memory_gb`` sizes the page buffers (NumberOfBuffers / MaxDirtyBuffers); ports default
    to free ones. Returns once ``/sparql`` answers and the SPARQL user may update. Raises
    :class:`VirtuosoError` with the server log's tail when it does not come up.
    """
    binary = install()
    data_dir = Path(data_dir).resolve()
    (data_dir / "vsp").mkdir(parents=True, exist_ok=True)
    (data_dir / "load").mkdir(exist_ok=True)
    http_port = http_port or free_port()
    isql_port = isql_port or free_port()
    buffers = max(2000, int(BUFFERS_PER_GB * memory_gb))
    dirs = ", ".join([".", str(data_dir), *(str(Path(p).resolve()) for p in dirs_allowed)])
    fresh = not (data_dir / "virtuoso.db").exists()
    ini = data_dir / "virtuoso.ini"
    ini.write_text(INI.format(d=data_dir, isql_port=isql_port, http_port=http_port, dirs=dirs,
                              buffers=buffers, dirty=buffers * 3 // 4, threads=threads,
                              query_mem=f"{max(0.25, memory_gb / 2):.2f}G".replace(".00G", "G"),
                              max_rows=max_rows), encoding="utf-8")
    log = (data_dir / "virtuoso-stdout.log").open("ab")
    try:
        process = subprocess.Popen([str(binary), "+foreground", "+configfile", str(ini)],
                                   cwd=data_dir, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    except OSError as e:
        raise VirtuosoError(f"cannot start {binary}: {e}") from None
    finally:
        log.close()
    server = VirtuosoServer(data_dir, http_port, isql_port, process)
    try:
        _wait_until_up(server, timeout)
        if fresh:
            server.isql(GRANTS)
    except BaseException:
        server.stop()
        raise
    return server


@contextmanager
def running(data_dir: Path, **options: object) -> Iterator[VirtuosoServer]:
    """A server for the ``with`` block (see :func:`start` for the options); stopped after."""
    server = start(data_dir, **options)  # type: ignore[arg-type]
    try:
        yield server
    finally:
        server.stop()


def _wait_until_up(server: VirtuosoServer, timeout: float) -> None:
    url = server.sparql_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise VirtuosoError(f"virtuoso-t exited with {server.process.returncode} at start-up:"
                                f"\n{_log_tail(server.data_dir)}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.25)
    raise VirtuosoError(f"Virtuoso did not answer {server.sparql_url} within {timeout:.0f} s:"
                        f"\n{_log_tail(server.data_dir)}")


def _log_tail(data_dir: Path, lines: int = 25) -> str:
    out = []
    for name in ("virtuoso.log", "virtuoso-stdout.log"):
        f = data_dir / name
        if f.exists():
            out += f.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n".join(out)


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
