"""Extraction time per bulletin of the seed's size: median (and p95) of N runs.

Not a test: ``make bench-extract`` prints it. The gazetteer is loaded once, as in a build.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.bulletins import read_paths
from kg.extract import extract
from kg.gazetteer import load_gazetteer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    """Time ``extract`` on the seed bulletin and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, default=[SEEDS])
    parser.add_argument("-n", "--runs", type=int, default=200)
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    bulletins = [b for b in read_paths(args.paths) if not isinstance(b, Exception)]
    for b in bulletins:
        extract(b, gazetteer)  # warm the gazetteer index
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            extract(b, gazetteer)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"extract {b.id} ({len(b.text)} chars): median {statistics.median(times):.1f} ms, "
              f"p95 {p95:.1f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()
