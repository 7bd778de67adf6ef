"""Wall time and peak memory of a whole `cdk synth`-like process: ref vs ours vs floor.

Method. Each measurement is one fresh process, ``python bench/apps.py IMPL N`` (see apps.py: import,
build an app with N user pool clients, ``app.synth()``), timed from ``subprocess.run`` start to its end,
so it includes interpreter start-up, starting jsii's Node process, loading the JavaScript assemblies
and shutting them down: what a user waits for. The three implementations are

* ``ref``   -- aws-cdk.aws-cognito 1.204.0;
* ``ours``  -- cdk_cognito;
* ``floor`` -- aws_cdk.core only, one hand-written ``CfnResource`` per client (a lower bound).

One untimed warm-up run of each comes first (file caches, .pyc files). Then for each N in (1, 500),
R rounds each run every implementation once, in an order rotated each round (ref, ours, floor; ours,
floor, ref; ...) so that drift on the machine spreads over all three. Reported per implementation: the
median and minimum wall time, the medians of the phases the app process measured itself, and for
N=500 the median peak RSS of the Python process and of jsii's Node processes. Ratios are per round
(ours/ref and ours/floor of the same round), then the median over the rounds.

Before timing, the three implementations' templates for N=3 are compared (``--check`` does only
that): ours must equal ref byte for byte; the floor must carry the same resources with the same
properties in the same order (its logical IDs differ: its ``CfnResource`` is the stack's child
``Client{i}``, not ``Client{i}/Resource``).

Usage: ``python bench/bench_synth.py [--rounds R] [--check]``. The Markdown table is printed and
written to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
APPS = BENCH / "apps.py"
RESULTS = BENCH / "results.md"
IMPLS = ("ref", "ours", "floor")
SIZES = (1, 500)
DEFAULT_ROUNDS = {1: 7, 500: 5}
# Issue targets for ours/ref, by client count.
TARGETS = {1: 0.5, 500: 0.8}
CHECK_N = 3

ENV = {
    **os.environ,
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1",
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
}


def run_app(*args: str) -> tuple[float, dict[str, Any]]:
    """Run apps.py in a fresh process; return its wall time and the JSON it printed."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(APPS), *args], env=ENV, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"apps.py {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return wall, json.loads(done.stdout)


def check() -> None:
    """Assert that the three implementations synthesize the same template for CHECK_N clients."""
    templates = {impl: run_app("--template", impl, str(CHECK_N))[1] for impl in IMPLS}
    ref, ours, floor = (templates[impl] for impl in IMPLS)
    assert len(ref["Resources"]) == CHECK_N, ref
    assert json.dumps(ours) == json.dumps(ref), "ours and ref synthesize different templates"
    ref_resources = json.dumps(list(ref["Resources"].values()))
    floor_resources = json.dumps(list(floor["Resources"].values()))
    assert floor_resources == ref_resources, "the floor's resources differ from ref's"
    assert floor.keys() == ref.keys(), "the floor's template has other sections than ref's"
    print(f"check: ref, ours and floor synthesize the same {CHECK_N} clients", file=sys.stderr)


def measure(n: int, rounds: int) -> list[dict[str, dict[str, Any]]]:
    """``rounds`` rounds; each maps impl -> {"wall": seconds, **apps.py's JSON}."""
    results = []
    for r in range(rounds):
        order = IMPLS[r % 3 :] + IMPLS[: r % 3]
        round_result = {}
        for impl in order:
            wall, inner = run_app(impl, str(n))
            round_result[impl] = {"wall": wall, **inner}
        results.append(round_result)
        walls = "  ".join(f"{impl} {round_result[impl]['wall']:.3f}s" for impl in IMPLS)
        print(f"N={n} round {r + 1}/{rounds}: {walls}", file=sys.stderr)
    return results


def median_of(rounds: list[dict[str, dict[str, Any]]], impl: str, key: str) -> float:
    return statistics.median(r[impl][key] for r in rounds)


def ratio(rounds: list[dict[str, dict[str, Any]]], num: str, den: str) -> float:
    return statistics.median(r[num]["wall"] / r[den]["wall"] for r in rounds)


def table(n: int, rounds: list[dict[str, dict[str, Any]]]) -> list[str]:
    with_memory = n == max(SIZES)
    head = "| impl | median wall (s) | min wall (s) | import (s) | build (s) | synth (s) |"
    rule = "|---|---:|---:|---:|---:|---:|"
    if with_memory:
        head += " peak RSS Python (MiB) | peak RSS Node (MiB) | Python + Node (MiB) |"
        rule += "---:|---:|---:|"
    lines = [f"### {n} client{'s' if n > 1 else ''} ({len(rounds)} rounds)", "", head, rule]
    for impl in IMPLS:
        walls = [r[impl]["wall"] for r in rounds]
        row = f"| {impl} | {statistics.median(walls):.3f} | {min(walls):.3f} |"
        row += "".join(f" {median_of(rounds, impl, key):.3f} |" for key in ("import", "build", "synth"))
        if with_memory:
            py, node = median_of(rounds, impl, "py_rss"), median_of(rounds, impl, "node_rss")
            both = statistics.median(r[impl]["py_rss"] + r[impl]["node_rss"] for r in rounds)
            row += f" {py:.0f} | {node:.0f} | {both:.0f} |"
        lines.append(row)
    ours_ref = ratio(rounds, "ours", "ref")
    verdict = "met" if ours_ref <= TARGETS[n] else "NOT met"
    lines += [
        "",
        f"- ours/ref (median of per-round ratios): **{ours_ref:.2f}** (target <= {TARGETS[n]}: {verdict})",
        f"- ours/floor (median of per-round ratios): {ratio(rounds, 'ours', 'floor'):.2f} (informational)",
        "",
    ]
    return lines


def node_version() -> str:
    try:
        return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "not found"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def command() -> str:
    exe = os.path.relpath(sys.executable) if sys.executable.startswith(os.getcwd()) else sys.executable
    return shlex.join([exe, *sys.argv])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, help="rounds for every N (default: 7 for N=1, 5 for N=500)")
    parser.add_argument("--check", action="store_true", help="only compare the templates, then exit")
    args = parser.parse_args()

    check()
    if args.check:
        return

    load_before = os.getloadavg()
    for impl in IMPLS:
        run_app(impl, "1")
    measured = {n: measure(n, args.rounds or DEFAULT_ROUNDS[n]) for n in SIZES}
    load_after = os.getloadavg()

    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark: synthesizing N user pool clients (bench/bench_synth.py)",
        "",
        f"- date: {now}",
        f"- machine: {platform.platform()}; CPU: {cpu_model()}; {os.cpu_count()} cores",
        f"- Python {platform.python_version()}, node {node_version()}",
        f"- command: `{command()}` (in {os.getcwd()})",
        f"- 1-minute load average before / after: {load_before[0]:.2f} / {load_after[0]:.2f}",
        "- wall = whole `python bench/apps.py IMPL N` process; import/build/synth = medians of the",
        "  phases that process timed itself; templates checked identical first (N=3)",
        "",
    ]
    for n in SIZES:
        lines += table(n, measured[n])
    text = "\n".join(lines)
    print(text)
    RESULTS.write_text(text + "\n")


if __name__ == "__main__":
    main()
