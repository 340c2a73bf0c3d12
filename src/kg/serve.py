"""Serve the web app over HTTP with waitress, a production WSGI server.

With ``KG_WORKERS`` above 1 the server is pre-forked: the parent binds the listening socket(s)
and forks that many worker processes, each running waitress with ``KG_THREADS`` threads on the
inherited socket (the kernel hands each new connection to one of them). Each worker opens the
store itself after the fork (:class:`kg.publish.LiveStore`, read-only and following new
generations; or the remote store), so no pyoxigraph state crosses a fork. The parent only
supervises: it restarts a worker that dies, and on SIGTERM or SIGINT stops every worker by its
pid (SIGTERM, then SIGKILL after :data:`STOP_GRACE` seconds) and returns. A worker whose parent
dies is sent SIGTERM by the kernel (Linux ``PR_SET_PDEATHSIG``), so none is left behind.

Writes need a single process (one writer holds the home's lock and changes the live
generation in place, which other processes would not see; nor would they learn of a private
graph a write adds, remote stores included): with a write token ``KG_WORKERS`` defaults to 1,
and an explicit value above 1 is refused (:class:`kg.errors.SettingsError`).
Response caches and ``/metrics`` counters are per worker; ``/metrics`` names the worker.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import socket
import time
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, NoReturn

from flask import Flask
from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

from kg.errors import SettingsError, StoreError
from kg.web import create_app

log = logging.getLogger(__name__)

STOP_GRACE = 10.0  # seconds a worker has to finish its requests after SIGTERM
RESTART_DELAY = (0.5, 10.0)  # first and longest pause before restarting a crashing worker
EXIT_NO_STORE = 3  # a worker's exit status when it cannot open the store
_WATCHED = {signal.SIGCHLD, signal.SIGTERM, signal.SIGINT}
_PR_SET_PDEATHSIG = 1


def make_server(app: Flask, host: str, port: int, threads: int,
                sockets: list[socket.socket] | None = None,
                ) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server for ``app``, bound but not yet running (``port`` 0: any free port),
    or serving already bound ``sockets``.

    Call ``.run()`` to serve, ``.close()`` from another thread to stop.
    """
    if sockets:
        return create_server(app, sockets=sockets, threads=threads, ident="kg")
    return create_server(app, host=host, port=port, threads=threads, ident="kg")


def url_of(server: BaseWSGIServer | MultiSocketServer) -> str:
    """The base URL the server listens on (its first socket)."""
    listen = getattr(server, "effective_listen", None) or [
        (server.effective_host, server.effective_port)]
    return _url(*listen[0])


def _url(host: str, port: int) -> str:
    host = f"[{host}]" if ":" in str(host) else host
    return f"http://{host}:{port}"


def worker_count(settings: Mapping[str, Any]) -> int:
    """How many server processes: ``KG_WORKERS``, where 0 means one per CPU (1 with a write
    token). Raises SettingsError for more than 1 with a write token."""
    wanted = int(settings.get("KG_WORKERS", 1))
    writes = bool(settings.get("KG_WRITE_TOKEN"))
    if wanted == 0:
        return 1 if writes else os.cpu_count() or 1
    if wanted > 1 and writes:
        raise SettingsError(
            f"setting KG_WORKERS={wanted} with a write token: writes need a single server "
            "process (the other processes would not see its changes, nor which graphs are "
            "private); set KG_WORKERS=1 (kg serve --workers 1), or serve reads with workers "
            "and no write token")
    return wanted


def serve(store_path: str | Path, host: str, port: int, settings: Mapping[str, Any]) -> None:
    """Serve the store in ``store_path`` on ``host:port`` with ``KG_WORKERS`` processes of
    ``KG_THREADS`` threads.

    Blocks until interrupted (or, with workers, SIGTERM). Raises :class:`kg.errors.StoreError`
    when the store cannot be opened (or, with a write token, its home is locked by a build),
    SettingsError for workers with a write token, and OSError when the address is taken.
    """
    # serve() is the whole life of a process; show our and waitress' INFO lines unless the
    # caller (the CLI) already configured logging.
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(name)s[%(process)d]: %(message)s")
    workers = worker_count(settings)
    settings = {**settings, "KG_STORE": str(store_path)}
    if workers == 1:
        _serve_here(settings, host, port, None, (1, 1))
        return
    sockets = _listen(host, port)
    try:
        base = _url(*sockets[0].getsockname()[:2])
        log.info("serving %s at %s/sparql (health: %s/health; read-only, %d worker "
                 "processes of %d threads)", store_path, base, base, workers,
                 settings["KG_THREADS"])
        Supervisor(settings, sockets, workers).run()
    finally:
        for sock in sockets:
            sock.close()


def _serve_here(settings: Mapping[str, Any], host: str, port: int,
                sockets: list[socket.socket] | None, worker: tuple[int, int]) -> None:
    """Open the store and serve it in this process until interrupted."""
    # create_app opens the store: read-only and following new generations without a write
    # token, locked for writing with one (kg.publish.LiveStore)
    app = create_app(None, settings=settings)
    app.extensions["kg.metrics"].worker = {"index": worker[0], "of": worker[1],
                                           "pid": os.getpid()}
    live = app.extensions.get("kg.live")  # None for a remote store (kg.remote)
    try:
        server = make_server(app, host, port, app.config["KG_THREADS"], sockets)
        if sockets is None:
            base = url_of(server)
            mode = "read-write" if live is None or live.writable else "read-only"
            log.info("serving %s at %s/sparql (health: %s/health; %s, generation %s)",
                     settings["KG_STORE"], base, base, mode,
                     live.generation if live and live.generation else "-")
        else:
            log.info("worker %d of %d serving generation %s", *worker,
                     live.generation if live and live.generation else "-")
        server.run()
    finally:
        if live is not None:
            live.close()


def _listen(host: str, port: int) -> list[socket.socket]:
    """Listening sockets for every address of ``host`` (as waitress binds them)."""
    sockets: list[socket.socket] = []
    try:
        seen = set()
        for family, kind, proto, _, address in socket.getaddrinfo(
                host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE):
            if address in seen:
                continue
            seen.add(address)
            if sockets and port == 0:  # every address on the port the first one got
                address = (address[0], sockets[0].getsockname()[1], *address[2:])
            sock = socket.socket(family, kind, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(1024)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class Supervisor:
    """The parent of pre-forked workers: starts, restarts and stops them."""

    def __init__(self, settings: Mapping[str, Any], sockets: list[socket.socket],
                 workers: int) -> None:
        self.settings = settings
        self.sockets = sockets
        self.workers = workers
        self.children: dict[int, int] = {}  # pid -> worker index
        self._due: dict[int, float] = {}  # worker index -> when to (re)start it
        self._delay: dict[int, float] = {}  # worker index -> its next restart delay
        self._started: dict[int, float] = {}  # worker index -> when it last started

    def run(self) -> None:
        """Supervise until SIGTERM or SIGINT, then stop every worker.

        Raises StoreError when every worker failed to open the store.
        """
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, _WATCHED)
        try:
            self._due = dict.fromkeys(range(1, self.workers + 1), 0.0)
            while True:
                self._start_due(old_mask)
                received = signal.sigtimedwait(_WATCHED, 1.0)
                if received is not None and received.si_signo != signal.SIGCHLD:
                    log.info("signal %d: stopping %d workers", received.si_signo,
                             len(self.children))
                    return
                self._reap()
        finally:
            self.stop()
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)

    def _start_due(self, mask: set[signal.Signals]) -> None:
        now = time.monotonic()
        for index, when in sorted(self._due.items()):
            if when <= now:
                del self._due[index]
                self._started[index] = now
                pid = os.fork()
                if pid == 0:
                    _worker(self.settings, self.sockets, (index, self.workers), mask)
                self.children[pid] = index

    def _reap(self) -> None:
        while self.children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                return
            index = self.children.pop(pid, None)
            if index is None:
                continue
            code = os.waitstatus_to_exitcode(status)
            if code == EXIT_NO_STORE and not self.children:
                raise StoreError(f"{self.settings['KG_STORE']}: no worker could open the "
                                 "store (see the log above)")
            # a worker that dies soon after starting waits longer each time (up to 10 s)
            quick = time.monotonic() - self._started.get(index, 0.0) < 10
            delay = min(self._delay.get(index, RESTART_DELAY[0]) * 2,
                        RESTART_DELAY[1]) if quick else RESTART_DELAY[0]
            self._delay[index] = delay
            log.warning("worker %d (pid %d) ended with status %d; restarting it in %.1f s",
                        index, pid, code, delay)
            self._due[index] = time.monotonic() + delay

    def stop(self) -> None:
        """SIGTERM every worker, wait for them, SIGKILL any still running after STOP_GRACE."""
        for pid in self.children:
            with suppress(ChildProcessError, ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        while self.children:
            for pid in list(self.children):
                with suppress(ChildProcessError, ProcessLookupError):
                    done, _ = os.waitpid(pid, os.WNOHANG)
                    if done == 0 and time.monotonic() < deadline:
                        continue
                    if done == 0:
                        log.warning("worker pid %d still running: SIGKILL", pid)
                        os.kill(pid, signal.SIGKILL)
                        os.waitpid(pid, 0)
                self.children.pop(pid, None)
            time.sleep(0.05)


def _worker(settings: Mapping[str, Any], sockets: list[socket.socket],
            worker: tuple[int, int], mask: set[signal.Signals]) -> NoReturn:
    """A forked worker's whole life: serve until SIGTERM, then exit (never returns)."""
    code = 1
    try:
        parent = os.getppid()
        signal.signal(signal.SIGTERM, _exit_on_signal)
        signal.signal(signal.SIGINT, _exit_on_signal)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        _die_with(parent)
        _serve_here(settings, "", 0, sockets, worker)
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 0
    except StoreError as e:
        log.error("worker %d: %s", worker[0], e)
        code = EXIT_NO_STORE
    except BaseException:
        log.exception("worker %d failed", worker[0])
    finally:
        logging.shutdown()
        os._exit(code)


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(0)  # waitress' run() ends on it, finishing the requests it is on


def _die_with(parent: int) -> None:
    """Have the kernel send this process SIGTERM when its parent dies (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the parent's stop() is all there is
        return
    if os.getppid() != parent:  # the parent died before prctl
        raise SystemExit(0)
