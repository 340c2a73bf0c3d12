"""Build benchmark: end-to-end build of synthetic bulletins, its trend, rebuilds, memory.

Run with ``make bench`` (``BENCH_N`` bulletins, default 10,000; the trend also builds
``BENCH_N / 5``; ``BENCH_BIG=100000``, as ``make bench-big`` sets, also builds that many
after the rest: ~15 minutes and ~11 GB of disk). Prints one table; not a unit test. Each
build runs ``kg build`` in a fresh process so the time includes start-up and the context
load, as a user sees it.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "kg.cli"]
# the saved queries that read statistics materialised at build time (kg.stats)
CUBE = ("deaths-by-month-cube.rq", "top-places-cube.rq", "trend-by-year-cube.rq",
        "observations-per-bulletin.rq")
SAVED = (
    "deaths-by-side-and-month.rq",
    "deaths-by-month-cube.rq",
    "top-places-cube.rq",
    "trend-by-year-cube.rq",
)


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, largest process of the tree) of one command."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:  # a pipe would fill with warnings and block
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} failed:\n{err.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024  # the child and the workers it waited for


def store_only_rss(store: Path) -> float:
    """Peak RSS (MiB) of a process that only opens ``store`` and answers one lookup: what
    RocksDB keeps resident for the store itself, whatever a build does."""
    code = ("import sys; from kg.store import EmbeddedStore; "
            "s = EmbeddedStore.open(sys.argv[1], read_only=True); s.query('ASK { ?s ?p ?o }')")
    return run([sys.executable, "-c", code, str(store)])[1]


def emit(name: str, value: str) -> None:
    print(f"  {name:<44}  {value}", flush=True)


def synth(count: int, out: Path, seed: int = 1) -> None:
    """``kg synth`` ``count`` bulletins into ``out``."""
    subprocess.run([*KG, "synth", "--count", str(count), "--out", str(out), "--seed",
                    str(seed)], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)


def fresh_build(build: list[str], count: int, corpus: Path, store: Path) -> tuple[float, float]:
    """Build ``corpus`` into a fresh ``store``; prints and returns (seconds, peak RSS MiB)."""
    wall, rss = run([*build, str(corpus), "--store", str(store)])
    emit(f"build {count} (fresh store)", f"{wall:.1f} s ({count / wall:.0f} bulletins/s)")
    return wall, rss


def queries(store_path: Path, n: int, emit) -> None:
    """Saved queries on materialised statistics vs the raw observations, in-process
    (pyoxigraph), median of 5; then the other saved reports."""
    from kg.stats import CELLS
    from kg.store import EmbeddedStore

    store = EmbeddedStore.open(store_path, read_only=True)

    def median(text: str) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            for _row in store.query(text):
                pass
            times.append(time.perf_counter() - t)
        return sorted(times)[2]

    raw = median(CELLS)
    emit("raw observations → cells (kg.stats.CELLS)", f"{raw * 1000:.1f} ms")
    for name in CUBE:
        t = median((ROOT / "sparql" / name).read_text(encoding="utf-8"))
        emit(f"materialised: {name}", f"{t * 1000:.1f} ms ({raw / t:.0f}× faster than raw)")
    # the saved reports over the raw observations (the cube ones are above)
    for f in sorted((ROOT / "sparql").glob("*.rq")):
        if f.name in CUBE or f.name.endswith("-violation.rq"):
            continue
        t = median(f.read_text("utf-8"))
        emit(f"raw: {f.name}", f"{t * 1000:.0f} ms")


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} CPU(s), {cpu}, {mem:.0f} GiB RAM, Python {platform.python_version()}"


def main() -> None:
    n = int(os.environ.get("BENCH_N", "10000"))
    workers = os.environ.get("BENCH_WORKERS", "0")
    small = max(n // 5, 1)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        print(f"kg build benchmark, BENCH_N={n}", flush=True)
        emit("machine", machine())
        t0 = time.perf_counter()
        synth(n, work / "corpus")
        emit(f"synth {n}", f"{time.perf_counter() - t0:.1f} s")
        synth(small, work / "small")
        build = [*KG, "build", "--workers", workers]
        t_small, rss_small = fresh_build(build, small, work / "small", work / "s-small")
        t_big, rss = fresh_build(build, n, work / "corpus", work / "s")
        emit(f"trend {small} → {n} (×{n / small:.0f} input)", f"×{t_big / t_small:.2f} time")
        emit(f"peak RSS, largest process ({small} → {n})", f"{rss_small:.0f} → {rss:.0f} MiB")
        emit(f"peak RSS, opening the store only ({small} → {n})",
             f"{store_only_rss(work / 's-small'):.0f} → {store_only_rss(work / 's'):.0f} MiB")
        t_re, _ = run([*build, str(work / "corpus"), "--store", str(work / "s")])
        emit(f"rebuild {n}, nothing changed", f"{t_re:.2f} s")
        extra = work / "corpus" / "zz-extra.jsonl"
        synth(100, work / "extra", seed=2)
        shutil.copy(work / "extra" / "synth-0000.jsonl", extra)
        t_inc, _ = run([*build, str(work / "corpus"), "--store", str(work / "s")])
        emit(f"rebuild {n} + 100 new", f"{t_inc:.1f} s")
        queries(work / "s", n, emit)
        big = int(os.environ.get("BENCH_BIG", "0"))
        if big:
            shutil.rmtree(work / "s", ignore_errors=True)  # disk: ~110 MB per 1,000 bulletins
            synth(big, work / "big")
            t_huge, rss_huge = fresh_build(build, big, work / "big", work / "s-big")
            emit(f"trend {n} → {big} (×{big / n:.0f} input)", f"×{t_huge / t_big:.2f} time")
            emit(f"peak RSS, largest process ({big})", f"{rss_huge:.0f} MiB")
            t_re, _ = run([*build, str(work / "big"), "--store", str(work / "s-big")])
            emit(f"rebuild {big}, nothing changed", f"{t_re:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
