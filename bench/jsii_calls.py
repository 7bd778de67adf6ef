"""Count jsii kernel round trips (Python <-> Node) per user pool client, or per pool: ref vs ours vs floors.

Method. Each count comes from a fresh process (``python bench/jsii_calls.py --child IMPL N``) that,
before importing aws_cdk, wraps the request methods of ``jsii._kernel.Kernel`` with counters and
rebinds the module-level aliases (``jsii.create = kernel.create``, ...) that jsii bound at import, so
that every call the generated bindings or cdk_cognito make is seen. Each counted method is one
request/response on the kernel's pipe: ``load`` (an assembly), ``create``, ``invoke``, ``sinvoke``,
``get``, ``sget``, ``set``, ``sset``, ``ainvoke``/``sainvoke`` (async), ``delete``, and ``callback``
(``sync_complete``/``complete``: the answer to a call from Node back into a Python override). The
child then imports, builds and synthesizes the app of apps.py with N clients (``--scenario pool``: N
pools, each with its resource server and three clients).

With N = 0, 1 and 101 (the pool app: 0, 1 and 21, a stack holding 500 resources at most): per
client = (calls(101) - calls(1)) / 100 (the clients' three variants in apps.py come about equally
often, hence fractions); fixed = calls(0), the app without clients (imports, App, Stack, imported
pool, synth). calls(1) - calls(0) - per client is the first client's extra cost, if any (the first
client is of the plainest variant, so it may well be negative). With ``--scenario pool``, likewise
per pool (with its server and three clients), and fixed = the app without pools.
``--detail`` also lists the calls by target (class created, member invoked or read).

bench_synth.py uses two more children: ``--import-child`` counts the calls that ``import cdk_cognito``
makes after ``import aws_cdk.core`` (there should be none), and ``--build-child IMPL N`` counts and times
(``time.perf_counter`` around each request) the calls of the build phase alone (App, Stack, pool and N
clients; no import, no synth) and prints them with the build's own wall time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
IMPLS = ("ref", "ours", "floor", "l2floor")
EMPTY, SMALL, LARGE = 0, 1, 101
# The pool app's sizes: a stack holds at most 500 resources, and a pool brings five.
POOL_EMPTY, POOL_SMALL, POOL_LARGE = 0, 1, 21


def sizes(scenario: str) -> tuple[int, int, int]:
    """(EMPTY, SMALL, LARGE) of the ``scenario``'s app."""
    return (POOL_EMPTY, POOL_SMALL, POOL_LARGE) if scenario == "pool" else (EMPTY, SMALL, LARGE)


METHODS = {
    "load": "load",
    "create": "create",
    "invoke": "invoke",
    "sinvoke": "sinvoke",
    "get": "get",
    "sget": "sget",
    "set": "set",
    "sset": "sset",
    "ainvoke": "ainvoke",
    "sainvoke": "sainvoke",
    "delete": "delete",
    "sync_complete": "callback",
    "complete": "callback",
}
ROWS = list(dict.fromkeys(METHODS.values()))
ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}


ALIASES = (
    "load",
    "create",
    "delete",
    "get",
    "set",
    "sget",
    "sset",
    "invoke",
    "ainvoke",
    "sinvoke",
    "sainvoke",
)


def target(label: str, args: tuple[Any, ...]) -> str:
    """What a request is about: the class created, or the (static) member used."""
    if label == "create":
        return str(getattr(args[0], "__jsii_type__", None) or "Object")
    if label in ("invoke", "get", "set", "ainvoke") and len(args) > 1:
        return f"{type(args[0]).__name__}.{args[1]}"
    if label in ("sinvoke", "sget", "sset", "sainvoke") and len(args) > 1:
        return f"{getattr(args[0], '__jsii_type__', args[0])}.{args[1]}"
    return ""


def install_counters() -> tuple[Counter[str], Counter[str], dict[str, float]]:
    """Wrap the Kernel's request methods with counters.

    Return (calls per method, calls per method and target, seconds spent in the requests per method and
    target); the three fill up as the process goes on. A request made while another one is under way (a
    callback into Python that calls the kernel again) is counted, but its time is left in the outer
    request's, so that the seconds add up to the time spent waiting for the kernel.
    """
    import jsii
    from jsii._kernel import Kernel

    counts: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    seconds: dict[str, float] = {}
    depth = [0]

    def counting(method: Any, label: str) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            key = f"{label} {target(label, args)}".strip()
            counts[label] += 1
            targets[key] += 1
            depth[0] += 1
            start = time.perf_counter()
            try:
                return method(self, *args, **kwargs)
            finally:
                depth[0] -= 1
                if not depth[0]:
                    seconds[key] = seconds.get(key, 0.0) + time.perf_counter() - start

        return wrapper

    for name, label in METHODS.items():
        setattr(Kernel, name, counting(getattr(Kernel, name), label))
    # jsii/__init__.py bound these to the kernel instance at import: bind them again to the wrappers.
    for name in ALIASES:
        setattr(jsii, name, getattr(jsii.kernel, name))
    return counts, targets, seconds


def child(impl: str, n: int, scenario: str = "clients") -> None:
    counts, targets, _ = install_counters()
    sys.path.insert(0, str(BENCH))
    import apps

    apps.run(impl, n, scenario)
    print(json.dumps({"counts": counts, "targets": targets}))


def import_child() -> None:
    """Print the calls that ``import aws_cdk.core`` makes, then those that ``import cdk_cognito`` and
    loading every public name add."""
    _, targets, _ = install_counters()
    import aws_cdk.core  # noqa: F401

    after_core = Counter(targets)
    import cdk_cognito

    # Names load on first use: load them all, so every module's import-time work is counted.
    for name in cdk_cognito.__all__:
        getattr(cdk_cognito, name)
    print(json.dumps({"core": after_core, "cdk_cognito": targets - after_core}))


def build_child(impl: str, n: int, scenario: str = "clients") -> None:
    """Print the calls of the build phase alone, by target, with their time and the build's wall time."""
    _, targets, seconds = install_counters()
    sys.path.insert(0, str(BENCH))
    import apps

    c = apps.import_impl(impl)
    targets_before, seconds_before = Counter(targets), dict(seconds)
    with tempfile.TemporaryDirectory(prefix="cdk-bench-") as outdir:
        start = time.perf_counter()
        apps.build(impl, c, n, outdir, scenario)
        build = time.perf_counter() - start
    calls = targets - targets_before
    spent = {key: seconds.get(key, 0.0) - seconds_before.get(key, 0.0) for key in calls}
    print(json.dumps({"build": build, "calls": calls, "seconds": spent}))


def run_child(*args: str) -> Any:
    """Run this script with ``args`` in a fresh process; return the JSON it printed."""
    done = subprocess.run([sys.executable, __file__, *args], env=ENV, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"jsii_calls.py {' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def count(impl: str, n: int, scenario: str = "clients") -> tuple[Counter[str], Counter[str]]:
    result = run_child("--child", impl, str(n), scenario)
    return Counter(result["counts"]), Counter(result["targets"])


def import_calls() -> tuple[Counter[str], Counter[str]]:
    """(calls by target of ``import aws_cdk.core``, calls by target that ``import cdk_cognito`` adds)."""
    result = run_child("--import-child")
    return Counter(result["core"]), Counter(result["cdk_cognito"])


def build_calls(impl: str, n: int, scenario: str = "clients") -> tuple[float, Counter[str], dict[str, float]]:
    """(build wall time, calls by target, seconds in those calls by target) of the build phase alone."""
    result = run_child("--build-child", impl, str(n), scenario)
    return result["build"], Counter(result["calls"]), result["seconds"]


def fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def per_client_and_fixed(
    empty: Counter[str], small: Counter[str], large: Counter[str], scenario: str = "clients"
) -> tuple[dict[str, float], dict[str, float]]:
    _, small_n, large_n = sizes(scenario)
    keys = sorted(empty.keys() | small.keys() | large.keys())
    per_client = {key: (large[key] - small[key]) / (large_n - small_n) for key in keys}
    return per_client, {key: float(empty[key]) for key in keys}


def main(argv: list[str]) -> None:
    scenario = argv[argv.index("--scenario") + 1] if "--scenario" in argv else "clients"
    unit = "pool" if scenario == "pool" else "client"
    empty_n, small_n, large_n = sizes(scenario)
    per_client: dict[str, dict[str, float]] = {}
    fixed: dict[str, dict[str, float]] = {}
    details: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    for impl in IMPLS:
        (empty, empty_targets), (small, small_targets), (large, large_targets) = (
            count(impl, n, scenario) for n in sizes(scenario)
        )
        per_client[impl], fixed[impl] = per_client_and_fixed(empty, small, large, scenario)
        details[impl] = per_client_and_fixed(empty_targets, small_targets, large_targets, scenario)

    head = " | ".join(f"{impl} per {unit}" for impl in IMPLS)
    head += " | " + " | ".join(f"{impl} fixed" for impl in IMPLS)
    lines = [
        f"jsii kernel round trips, {scenario} app (per {unit} = (calls({large_n}) - calls({small_n})) / "
        f"{large_n - small_n}; fixed = calls({empty_n}))",
        "",
        f"| method | {head} |",
        "|---|" + "---:|" * (2 * len(IMPLS)),
    ]
    used = [row for row in ROWS if any(table[i].get(row) for table in (per_client, fixed) for i in IMPLS)]
    for row in [*used, "total"]:
        values = [
            sum(table[impl].values()) if row == "total" else table[impl].get(row, 0)
            for table in (per_client, fixed)
            for impl in IMPLS
        ]
        lines.append(f"| {row} | " + " | ".join(fmt(v) for v in values) + " |")

    if "--detail" in argv:
        for impl in IMPLS:
            lines += ["", f"{impl}: per {unit} by target (fixed in parentheses)"]
            impl_per_client, impl_fixed = details[impl]
            for key in sorted(impl_per_client, key=lambda k: (-impl_per_client[k], -impl_fixed[k], k)):
                lines.append(f"  {fmt(impl_per_client[key]):>6} ({fmt(impl_fixed[key])})  {key}")
    print("\n".join(lines))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]), *sys.argv[4:5])
    elif sys.argv[1:2] == ["--import-child"]:
        import_child()
    elif sys.argv[1:2] == ["--build-child"]:
        build_child(sys.argv[2], int(sys.argv[3]), *sys.argv[4:5])
    else:
        main(sys.argv[1:])
