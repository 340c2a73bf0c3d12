"""Atomic publication: a build goes into a new generation, readers only ever see whole builds.

The store location (``KG_STORE``) is a *store home*::

    <home>/LIVE                  the id of the live generation (replaced with os.replace)
    <home>/generations/<id>/     one pyoxigraph folder per generation, with its build index
    <home>/kg.lock               locked (fcntl) by a build, or by a server that accepts writes
    <home>/quarantine.json       what the last `kg build` refused (written by the CLI)

:func:`publishing` takes the lock, stages a new generation from the live one (pyoxigraph's
``backup()``: hard links on the same filesystem, so it costs milliseconds), lets the caller
build into it, and only when the caller's block ends without an exception and without
:meth:`Staging.cancel` closes it, switches ``LIVE`` to it (fsync'd) and prunes generations
older than the previous one. On an exception the staging generation is deleted; a SIGKILL
leaves it on disk, and the next build removes it. ``LIVE`` never names a partial generation.

A plain pyoxigraph folder (as ``EmbeddedStore.open(path)`` makes) still works: it is built in
place, under the same lock, without the atomic switch.

>>> import tempfile
>>> home = Path(tempfile.mkdtemp()) / "store"
>>> with publishing(home) as staging:
...     staging.store.replace_graph("https://ex.org/g", b"<https://ex.org/a> <p:> <o:> .")
>>> staging.published, (home / "LIVE").read_text().strip() == staging.generation
(True, True)
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg import settings as kg_settings
from kg.errors import StoreError
from kg.remote import RemoteStore, is_remote
from kg.store import GENERATIONS, INDEX_FILE, LIVE_FILE, EmbeddedStore, is_home, live_generation

if TYPE_CHECKING:
    from kg.pipeline import BuildOptions, BuildReport, RunOptions

log = logging.getLogger(__name__)

LOCK_FILE = "kg.lock"
QUARANTINE_FILE = "quarantine.json"
CHECK_EVERY = 1.0  # seconds between two looks at LIVE by a server
# Fault injection for the kill tests: pause (and say so on stderr) at the named moment.
_PAUSE_ENV = "KG_TEST_PAUSE_AT"
_held: set[Path] = set()  # homes locked by this process (fcntl locks are per process)
_held_guard = threading.Lock()


def _pause(moment: str) -> None:
    if os.environ.get(_PAUSE_ENV) == moment:
        print(f"kg: paused at {moment}", file=sys.stderr, flush=True)
        time.sleep(600)


class HomeLock:
    """An exclusive lock on a store home, held until :meth:`release` (or the process dies).

    A POSIX record lock (``fcntl.lockf``): the kernel drops it when the holder dies, even by
    SIGKILL, and forked worker processes do not inherit it.
    """

    def __init__(self, home: Path, purpose: str) -> None:
        self.home = home.resolve()
        path = home / LOCK_FILE
        with _held_guard:
            if self.home in _held:
                raise StoreError(f"{home}: locked by this process already ({purpose})")
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                holder = _read_holder(path)
                raise StoreError(
                    f"{home}: locked by {holder or 'another process'}; a store home takes "
                    "one build at a time, and none while `kg serve` accepts writes (a write "
                    "token) — wait for it to end, or stop that server") from None
            os.ftruncate(fd, 0)
            os.write(fd, f"pid {os.getpid()} ({purpose})\n".encode())
            self._fd: int | None = fd
            _held.add(self.home)

    def release(self) -> None:
        """Unlock (idempotent)."""
        with _held_guard:
            if self._fd is not None:
                # Empty the holder note before unlocking: nobody reads it while locked.
                os.ftruncate(self._fd, 0)
                os.close(self._fd)
                self._fd = None
                _held.discard(self.home)


def _read_holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def generation_ids(home: Path) -> list[str]:
    """The generations on disk, oldest first (ids are zero-padded counters)."""
    folder = home / GENERATIONS
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and p.name.isdigit())


def live_id(home: Path) -> str | None:
    """The id ``LIVE`` names, or None before the first publication."""
    try:
        return live_generation(home).name
    except StoreError:
        if (home / LIVE_FILE).exists():
            raise
        return None


def _prune(home: Path, keep: set[str]) -> list[str]:
    """Delete every generation not in ``keep``; returns their ids."""
    gone = [g for g in generation_ids(home) if g not in keep]
    for g in gone:
        shutil.rmtree(home / GENERATIONS / g, ignore_errors=True)
    return gone


def _open_files_under(path: Path) -> list[str]:
    """Files under ``path`` this process holds open (Linux ``/proc``; elsewhere: none known)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    prefix, out = str(path.resolve()) + os.sep, []
    for fd in fds.iterdir():
        with suppress(OSError):
            target = os.readlink(fd)
            if target.startswith(prefix):
                out.append(target)
    return out


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    """fsync every file of a closed generation, then the folder (survives power loss)."""
    for f in path.iterdir():
        if f.is_file():
            fd = os.open(f, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(path)


def switch(home: Path, generation: str) -> None:
    """Make ``generation`` live: write ``LIVE.tmp``, fsync, ``os.replace`` onto ``LIVE``."""
    tmp = home / f"{LIVE_FILE}.tmp"
    with tmp.open("w", encoding="ascii") as f:
        f.write(generation + "\n")
        f.flush()
        os.fsync(f.fileno())
    _pause("switch")
    os.replace(tmp, home / LIVE_FILE)
    _fsync_dir(home)


def _location_kind(path: Path) -> str:
    if is_home(path):
        return "home"
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        return "new"
    if path.is_dir() and (path / "CURRENT").is_file() and (path / "IDENTITY").exists():
        return "plain"  # RocksDB's own files: a store made by EmbeddedStore.open(path)
    raise StoreError(f"{path}: neither a kg store home nor a pyoxigraph store; refusing to "
                     "write there (give an empty or new folder)")


@dataclass
class Staging:
    """The generation a build writes into; published when the ``with`` block ends well."""

    store: EmbeddedStore
    home: Path
    generation: str  # its id; "" for a plain store built in place
    atomic: bool = True  # False: a plain store, written in place
    published: bool = False
    cancelled: str = ""
    pruned: list[str] = field(default_factory=list)

    def cancel(self, reason: str) -> None:
        """Do not publish: the generation is deleted and ``LIVE`` stays as it was."""
        self.cancelled = reason


@contextmanager
def publishing(location: str | Path, purpose: str = "kg build") -> Iterator[Staging]:
    """Lock the store home at ``location``, stage a new generation, publish it on success.

    Yields a :class:`Staging` whose ``store`` is open for writing. Raises
    :class:`StoreError` when the home is locked (another build, a writable server) or the
    folder is not a store; any exception in the block deletes the staging generation.
    """
    if is_remote(location):  # a SPARQL server: written in place, like a plain store
        remote = RemoteStore.open(str(location), kg_settings.load())
        staging = Staging(remote, Path("."), "", atomic=False)  # type: ignore[arg-type]
        yield staging
        staging.published = not staging.cancelled
        return
    home = Path(location)
    kind = _location_kind(home)
    home.mkdir(parents=True, exist_ok=True)
    lock = HomeLock(home, purpose)
    try:
        if kind == "plain":
            log.warning("%s is a plain pyoxigraph store: built in place, not switched "
                        "atomically (build into a new folder to get a store home)", home)
            staging = Staging(EmbeddedStore.open(home), home, "", atomic=False)
            yield staging
            staging.store.flush()
            staging.published = not staging.cancelled
            return
        yield from _publish_generation(home)
    finally:
        lock.release()


def _publish_generation(home: Path) -> Iterator[Staging]:
    (home / GENERATIONS).mkdir(exist_ok=True)
    live = live_id(home)
    previous = [g for g in generation_ids(home) if live is not None and g < live]
    # Anything but the live generation and the one before it is a dead build's leftover.
    _prune(home, {g for g in (live, previous[-1] if previous else None) if g})
    ids = generation_ids(home)
    new = f"{int(ids[-1]) + 1 if ids else 1:06d}"
    path = home / GENERATIONS / new
    try:
        if live is not None:
            source = ox.Store.read_only(str(home / GENERATIONS / live))
            source.backup(str(path))  # hard links the live generation's immutable files
            del source
            if (home / GENERATIONS / live / INDEX_FILE).exists():
                shutil.copyfile(home / GENERATIONS / live / INDEX_FILE, path / INDEX_FILE)
        store = EmbeddedStore.open(path)
        store.home = home
        store.bulk = True  # nobody reads a staging generation: no transaction needed
        store.compact_index()  # sorted, one line per entry: streamed by the build
    except OSError as e:
        shutil.rmtree(path, ignore_errors=True)
        raise StoreError(f"{path}: cannot stage a new generation: {e}") from None
    staging = Staging(store, home, new)
    _pause("staged")
    try:
        yield staging
        if not staging.cancelled:
            store.flush()
            _pause("built")
    except BaseException:
        store.close()
        shutil.rmtree(path, ignore_errors=True)
        raise
    if staging.cancelled:
        store.close()
        shutil.rmtree(path, ignore_errors=True)
        log.warning("%s: generation %s not published: %s", home, new, staging.cancelled)
        return
    store.close()  # RocksDB closed before a reader may open it
    if still_open := _open_files_under(path):
        # something (e.g. an unread query result) still holds the store: a reader opening a
        # store another handle may write is undefined behaviour in pyoxigraph
        shutil.rmtree(path, ignore_errors=True)
        raise StoreError(f"{path}: still open after the build ({len(still_open)} file(s), "
                         "e.g. an unconsumed query result); not published")
    _fsync_tree(path)
    switch(home, new)
    staging.published = True
    _pause("switched")
    staging.pruned = _prune(home, {new} | ({live} if live else set()))
    log.info("%s: generation %s is live", home, new)


def _first_generation(home: Path) -> None:
    """Publish an empty generation in a new home (a server started before any build)."""
    with publishing(home, "kg serve: first, empty generation"):
        pass


class LiveStore:
    """The store a server answers from, following the home's ``LIVE`` file.

    Read-only (no write token): the live generation is opened read-only and
    :meth:`refresh` swaps in a newly published one (looking at most every
    :data:`CHECK_EVERY` seconds). Writable: the home is locked for the server's life (so no
    build can run) and the live generation is opened for writing. A plain pyoxigraph folder
    is opened as it is.
    """

    def __init__(self, location: str | Path, writable: bool = False) -> None:
        self.location = Path(location)
        self.writable = writable
        self._lock: HomeLock | None = None
        self._guard = threading.Lock()
        self._next_check = time.monotonic() + CHECK_EVERY
        kind = _location_kind(self.location)
        if kind == "plain":
            self.store = EmbeddedStore.open(self.location, read_only=not writable)
            self.generation = ""
            return
        if kind == "new":
            _first_generation(self.location)
        elif live_id(self.location) is None:
            raise StoreError(f"{self.location}: no published generation yet (a first "
                             "`kg build` is running or was killed; run `kg build`)")
        if writable:
            self._lock = HomeLock(self.location, "kg serve with a write token")
            path = live_generation(self.location)
            self.store = EmbeddedStore.open(path)
            self.store.home = self.location
        else:
            self.store = EmbeddedStore.open(self.location, read_only=True)
        self.generation = self.store.path.name if self.store.path else ""

    def refresh(self) -> EmbeddedStore | None:
        """The newly published generation's store, if ``LIVE`` changed since; else None.

        Cheap when called on every request: looks at ``LIVE`` at most once a second. The old
        store stays usable by whoever holds it (requests in flight finish on it).
        """
        if self.writable or not self.generation or time.monotonic() < self._next_check:
            return None
        with self._guard:
            if time.monotonic() < self._next_check:
                return None
            self._next_check = time.monotonic() + CHECK_EVERY
            try:
                current = live_id(self.location)
                if current is None or current == self.generation:
                    return None
                store = EmbeddedStore.open(self.location, read_only=True)
            except (StoreError, OSError) as e:  # e.g. pruned between LIVE and open: next time
                log.warning("%s: staying on generation %s: %s", self.location,
                            self.generation, e)
                return None
            log.info("%s: now serving generation %s (was %s)", self.location,
                     store.path.name if store.path else "?", self.generation)
            self.store = store
            self.generation = store.path.name if store.path else ""
            return store

    def close(self) -> None:
        """Close the store, then release the home's lock (a writable server)."""
        self.store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def build_and_publish(location: str | Path, paths: Iterable[Path],
                      options: BuildOptions | None = None, run: RunOptions | None = None,
                      progress: Callable[[Iterable], Iterable] | None = None,
                      ) -> tuple[BuildReport, Staging]:
    """:func:`kg.pipeline.build` into a new generation of ``location``, published when the
    build ends and its ``*-violation.rq`` checks pass (what ``kg build`` runs).

    Refused bulletins do not stop publication (they are in the report's quarantine); an
    exception (e.g. an invalid gazetteer) or a failed check leaves the live generation as it
    was. When bulletins were published, links to imported datasets (``kg link``) are matched
    again in the new generation (``report.links``). Returns the report and the
    :class:`Staging` (``published``, ``generation``).
    """
    from kg.iris import Minter
    from kg.link.match import relink
    from kg.pipeline import BuildOptions, build

    options = options or BuildOptions()
    with publishing(location) as staging:
        report = build(paths, staging.store, options, progress, run)
        if report.published:
            # links to imported datasets (kg link) follow what the build changed; on a
            # freshly opened store (nothing the checks cached kept beside what it reads)
            staging.store.release_memory()
            report.links = relink(staging.store, Minter(options.base_iri))
        if report.check_failures:
            staging.cancel(f"{len(report.check_failures)} row(s) from *-violation.rq checks")
    return report, staging


def quarantine_path(location: str | Path) -> Path:
    """Where ``kg build`` writes its quarantine report by default: inside the store folder
    (the working folder for a remote store)."""
    if is_remote(location):
        return Path(QUARANTINE_FILE)
    return Path(location) / QUARANTINE_FILE


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    with suppress(FileNotFoundError):
        os.replace(tmp, path)
