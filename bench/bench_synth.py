"""Wall time and peak memory of a whole `cdk synth`-like process: ref vs ours vs floors (issues #6, 11).

Method. Each measurement is one fresh process, ``python bench/apps.py IMPL N`` (see apps.py: import,
build an app with N user pool clients, ``app.synth()``), timed from ``subprocess.run`` start to its end,
so it includes interpreter start-up, starting jsii's Node process, loading the JavaScript assemblies
and shutting them down: what a user waits for. The four implementations are

* ``ref``   -- aws-cdk.aws-cognito 1.204.0;
* ``ours``  -- cdk_cognito;
* ``floor`` -- aws_cdk.core only, one hand-written ``CfnResource`` per client (issue #6's lower bound);
* ``l2floor`` -- aws_cdk.core only, what any drop-in construct must do for this app: per client a
  ``core.Resource`` with its ``CfnResource``, and the app's ``Duration`` objects made and read back
  in one request per client (the lower bound of a faithful ``UserPoolClient``; see apps.py).

Every process runs with .pyc files, as an installed package has them: cdk_cognito's modules are
compiled first (an editable install leaves them uncompiled) and PYTHONDONTWRITEBYTECODE is left out of
the processes' environment. One untimed warm-up run of each comes first (file caches). Then for each N
in (1, 500), R rounds each run every implementation once, in an order rotated each round (ref, ours,
floor, l2floor; ours, floor, l2floor, ref; ...) so that drift on the machine spreads over all four.
Reported per implementation: the median and minimum wall time, the medians of the phases the app
process measured itself, and for N=500 the median peak RSS of the Python process and of jsii's Node
processes. Ratios are per round (ours/ref, ours/floor and ours/l2floor of the same round), then the
median over the rounds.

The pool app (issue 11). ``python bench/apps.py --scenario pool IMPL 1``: one ``UserPool`` with a
representative set of props, a resource server with two scopes (``add_resource_server``) and the three
client variants (``add_client``), one of them granted the server's scopes (see apps.py). After its own
warm-up run of each implementation, P rounds (default 21), run and reported as above, with the peak
RSS of both processes (median and range over the rounds); ours' gap by phase to each other
implementation; and the jsii kernel round trips per pool (with its server and clients) of all four.

Import. ``python -c "import aws_cdk.core"``, the same plus ``import cdk_cognito`` and the names a client
app touches, and the same with every public name loaded (cdk_cognito's names load on first use) run
alternately
(I rounds, order swapped each round, after one warm-up of each); what cdk_cognito adds is the median of
the per-round differences. Then ``python -X importtime`` of each, alternately (5 runs each): the
modules that the cdk_cognito runs import and no ``import aws_cdk.core`` run does, plus every
``cdk_cognito*`` module, are listed with their median self time.

Where the time goes. For each N, the per-phase gap between ours and the floor (median of the per-round
differences). For N=500: the jsii kernel round trips per client of each (counted as bench/jsii_calls.py
does), the cost of one round trip (the floor's build time over its build's round trips, median over the
rounds) and the estimate it gives of ours' extra build time; then the build alone, run 3 times each with
every kernel request timed (jsii_calls.py ``--build-child``), split into time spent in kernel requests
(by request; this includes jsii's own marshalling in Python) and time spent in Python otherwise.

Before timing, the four implementations' templates are compared, for the clients app with N=3 and
the pool app with 2 pools (``--check`` does only that): ours and l2floor must equal ref byte for byte;
the floor must carry the same resources with the same properties in the same order, once its logical
IDs are read as ref's (they differ: its ``CfnResource`` is the stack's child ``Client{i}``, not
``Client{i}/Resource``; in the pool app, references to them too). It is also checked that
``import cdk_cognito`` makes no jsii kernel request beyond those of ``import aws_cdk.core``.

Every issue #6 and issue 11 target is printed next to its measured value. Usage:
``python bench/bench_synth.py [--rounds R] [--pool-rounds P] [--import-rounds I] [--check]``. The
Markdown report is printed and written to bench/results.md.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import importlib.util
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsii_calls
from apps import CLIENTS_PER_POOL

BENCH = Path(__file__).resolve().parent
APPS = BENCH / "apps.py"
RESULTS = BENCH / "results.md"
IMPLS = ("ref", "ours", "floor", "l2floor")
SIZES = (1, 500)
DEFAULT_ROUNDS = {1: 11, 500: 7}
CHECK_N = 3
SCENARIOS = ("clients", "pool")
# The pool app (issue 11): one pool with a resource server and three clients.
POOL_N = 1
DEFAULT_POOL_ROUNDS = 21
CHECK_POOLS = 2
TARGET_POOL_REF = 0.45

# Issue #6's targets, all ratios of the same run: ours/ref and ours/floor by client count, the import
# time cdk_cognito adds to aws_cdk.core (ms), and peak memory for the largest N no more than ref's.
TARGET_REF = {1: 0.45, 500: 0.60}
TARGET_FLOOR = {1: 1.05, 500: 1.15}
TARGET_IMPORT_MS = 25.0

# cdk_cognito's names load on first use, so a bare `import cdk_cognito` loads nothing (not even
# aws_cdk.core): "ours" loads what an app with clients of an imported pool touches, "all" every name.
IMPORTS = {
    "core": "import aws_cdk.core",
    "ours": "import aws_cdk.core, cdk_cognito as c; c.UserPool; c.UserPoolClient; c.OAuthSettings; "
    "c.OAuthFlows; c.OAuthScope; c.AuthFlow; c.ClientAttributes; c.ResourceServerScope",
    "all": "import aws_cdk.core, cdk_cognito as c; [getattr(c, n) for n in c.__all__]",
}
DEFAULT_IMPORT_ROUNDS = 15
IMPORTTIME_RUNS = 5
BUILD_RUNS = 3

# What the per-pool kernel requests of the pool app are (ours and l2floor; ref's are its own API's).
POOL_NOTES = {
    "create @aws-cdk/core.Resource": "the constructs: pool, resource server, 3 clients",
    "create @aws-cdk/core.CfnResource": "their resources (ours: the pool's is a `RenderedCfnResource`)",
    "callback": "core asks ours for the pool's properties, rendered at synthesis (twice: references, "
    "then the template)",
    "get CfnResource.ref": "the resource server's id, for the client's scopes",
    "get RenderedCfnResource.ref": "the pool's id, for its server and clients",
    "invoke Duration.toDays": "the temporary password validity, read back",
    "invoke RenderedCfnResource.applyRemovalPolicy": "the pool's removal policy (RETAIN)",
    "invoke CfnResource.applyRemovalPolicy": "the pool's removal policy (RETAIN)",
    "sinvoke @aws-cdk/core.Tokenization.resolve": "client 2's two `Duration`s, read back at once",
    "sinvoke @aws-cdk/core.Duration.days": "the app's own `core.Duration.days(3)` (ref's app too)",
    "sinvoke @aws-cdk/core.Duration.minutes": "the app's own `core.Duration.minutes(30)` (ref's app too)",
}

# What the per-client kernel requests of the benchmark app are.
NOTES = {
    "create @aws-cdk/core.Resource": "the construct (cdk_cognito's `UserPoolClient` is a `core.Resource`)",
    "create @aws-cdk/core.CfnResource": "the `AWS::Cognito::UserPoolClient` resource",
    "invoke Duration.toMilliseconds": "cdk_cognito reads a token validity `Duration`",
    "sinvoke @aws-cdk/core.Tokenization.resolve": "cdk_cognito reads all of a client's `Duration`s at once",
    "create @aws-cdk/core.DefaultTokenResolver": "the resolver of that request, made once per app",
    "create @aws-cdk/core.StringConcat": "the resolver's concatenator, made once per app",
    "sinvoke @aws-cdk/core.Duration.minutes": "the app's own `core.Duration.minutes(30)` (ref's app too)",
}

# The timed processes run with .pyc files, as an installed package has them (pip compiles at install):
# PYTHONDONTWRITEBYTECODE, if set, is dropped for them, and cdk_cognito is compiled first (an editable
# install leaves its sources uncompiled, and a process that must compile them pays ~10 ms more).
ENV = {
    **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1",
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
}

Rounds = list[dict[str, dict[str, Any]]]
# One instrumented build: (wall seconds, requests by target, seconds in requests by target).
BuildRun = tuple[float, Counter[str], dict[str, float]]
PHASES = ("wall", "import", "build", "synth", "rest")


def run_python(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``python ARGS`` in a fresh process; return its wall time and the finished process."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=ENV, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"python {shlex.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return wall, done


def run_app(*args: str) -> tuple[float, dict[str, Any]]:
    """Run apps.py in a fresh process; return its wall time and the JSON it printed."""
    wall, done = run_python(str(APPS), *args)
    return wall, json.loads(done.stdout)


def scenario_args(scenario: str) -> list[str]:
    """apps.py's arguments that pick ``scenario``'s app."""
    return [] if scenario == "clients" else ["--scenario", scenario]


def compile_cdk_cognito() -> Path:
    """Write the .pyc files of cdk_cognito's modules (without importing it); return its directory."""
    spec = importlib.util.find_spec("cdk_cognito")
    assert spec is not None and spec.origin is not None, "cdk_cognito is not installed"
    package = Path(spec.origin).parent
    assert compileall.compile_dir(package, quiet=1), f"could not compile {package}"
    return package


def renamed(value: Any, names: dict[str, str]) -> Any:
    """``value`` (template data) with every string that is a key of ``names`` replaced by its value."""
    if isinstance(value, dict):
        return {key: renamed(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [renamed(item, names) for item in value]
    return names.get(value, value) if isinstance(value, str) else value


def check_templates(scenario: str, n: int) -> None:
    """Assert that the four implementations synthesize the same template for ``scenario``'s app of
    size ``n``: ours and l2floor byte for byte as ref; the floor with the same resources, properties
    and order, its own logical IDs (those of the stack's children) read as ref's."""
    templates = {impl: run_app("--template", *scenario_args(scenario), impl, str(n))[1] for impl in IMPLS}
    ref, ours, floor, l2floor = (templates[impl] for impl in IMPLS)
    expected = n * (2 + CLIENTS_PER_POOL) if scenario == "pool" else n
    assert len(ref["Resources"]) == expected, ref
    assert json.dumps(ours) == json.dumps(ref), f"{scenario}: ours and ref synthesize different templates"
    assert json.dumps(l2floor) == json.dumps(ref), (
        f"{scenario}: l2floor and ref synthesize different templates"
    )
    assert len(floor["Resources"]) == len(ref["Resources"]), f"{scenario}: the floor has other resources"
    names = dict(zip(floor["Resources"], ref["Resources"], strict=True))
    ref_resources = json.dumps(list(ref["Resources"].values()))
    floor_resources = json.dumps(renamed(list(floor["Resources"].values()), names))
    assert floor_resources == ref_resources, f"{scenario}: the floor's resources differ from ref's"
    assert floor.keys() == ref.keys(), f"{scenario}: the floor's template has other sections than ref's"
    what = (
        f"{n} pools, each with its resource server and {CLIENTS_PER_POOL} clients"
        if scenario == "pool"
        else f"{n} clients"
    )
    print(f"check ({scenario} app): ref, ours, floor and l2floor synthesize the same {what}", file=sys.stderr)


def check() -> dict[str, Counter[str]]:
    """Assert that the implementations synthesize the same templates (the clients app with CHECK_N
    clients, the pool app with CHECK_POOLS pools), and that ``import cdk_cognito`` makes no kernel
    request; return the requests of both imports."""
    check_templates("clients", CHECK_N)
    check_templates("pool", CHECK_POOLS)
    core_calls, ours_calls = jsii_calls.import_calls()
    assert not ours_calls, f"import cdk_cognito made jsii kernel requests: {dict(ours_calls)}"
    print(f"check: import cdk_cognito makes no kernel request (core: {dict(core_calls)})", file=sys.stderr)
    return {"core": core_calls, "ours": ours_calls}


def measure(n: int, rounds: int, scenario: str = "clients") -> Rounds:
    """``rounds`` rounds; each maps impl -> {"wall": seconds, **apps.py's JSON}."""
    results = []
    for r in range(rounds):
        order = IMPLS[r % len(IMPLS) :] + IMPLS[: r % len(IMPLS)]
        round_result = {}
        for impl in order:
            wall, inner = run_app(*scenario_args(scenario), impl, str(n))
            round_result[impl] = {"wall": wall, **inner}
        results.append(round_result)
        walls = "  ".join(f"{impl} {round_result[impl]['wall']:.3f}s" for impl in IMPLS)
        print(f"{scenario} N={n} round {r + 1}/{rounds}: {walls}", file=sys.stderr)
    return results


def median_of(rounds: Rounds, impl: str, key: str) -> float:
    return statistics.median(float(r[impl][key]) for r in rounds)


def ratios(rounds: Rounds, num: str, den: str, key: str = "wall") -> list[float]:
    return [r[num][key] / r[den][key] for r in rounds]


def ratio(rounds: Rounds, num: str, den: str, key: str = "wall") -> float:
    return statistics.median(ratios(rounds, num, den, key))


def diff(rounds: Rounds, a: str, b: str, key: str) -> float:
    """Median over the rounds of ``a``'s ``key`` minus ``b``'s."""
    return statistics.median(phase(r[a], key) - phase(r[b], key) for r in rounds)


def phase(result: dict[str, Any], key: str) -> float:
    if key == "rest":
        return float(result["wall"] - result["import"] - result["build"] - result["synth"])
    return float(result[key])


def verdict(ok: bool) -> str:
    return "met" if ok else "**NOT met**"


def spread(values: list[float]) -> str:
    return f"rounds {min(values):.2f}-{max(values):.2f}"


def table(
    title: str, rounds: Rounds, with_memory: bool, target_ref: float | None, target_floor: float | None
) -> list[str]:
    """The section of one app: medians by implementation, then the ratios of ours (with their targets)."""
    head = "| impl | median wall (s) | min wall (s) | import (s) | build (s) | synth (s) |"
    rule = "|---|---:|---:|---:|---:|---:|"
    if with_memory:
        head += " peak RSS Python (MiB) | peak RSS Node (MiB) | Python + Node (MiB) |"
        rule += "---:|---:|---:|"
    lines = [f"### {title} ({len(rounds)} rounds)", "", head, rule]
    for impl in IMPLS:
        walls = [r[impl]["wall"] for r in rounds]
        row = f"| {impl} | {statistics.median(walls):.3f} | {min(walls):.3f} |"
        row += "".join(f" {median_of(rounds, impl, key):.3f} |" for key in ("import", "build", "synth"))
        if with_memory:
            py, node = median_of(rounds, impl, "py_rss"), median_of(rounds, impl, "node_rss")
            both = statistics.median(r[impl]["py_rss"] + r[impl]["node_rss"] for r in rounds)
            row += f" {py:.0f} | {node:.0f} | {both:.0f} |"
        lines.append(row)
    lines.append("")
    for den, target in (("ref", target_ref), ("floor", target_floor), ("l2floor", None)):
        value = ratio(rounds, "ours", den)
        goal = "no target" if target is None else f"target <= {target:.2f}: {verdict(value <= target)}"
        lines.append(
            f"- ours/{den} (median of per-round ratios): **{value:.2f}** "
            f"({spread(ratios(rounds, 'ours', den))}; {goal})"
        )
    lines.append("")
    return lines


# -- import time ---------------------------------------------------------------------------------------


def measure_imports(rounds: int) -> list[dict[str, float]]:
    """``rounds`` rounds of both import processes, order swapped each round; wall seconds by name."""
    for statement in IMPORTS.values():
        run_python("-c", statement)
    results = []
    for r in range(rounds):
        order = tuple(IMPORTS) if r % 2 == 0 else tuple(reversed(IMPORTS))
        results.append({which: run_python("-c", IMPORTS[which])[0] for which in order})
        walls = "  ".join(f"{which} {results[-1][which]:.3f}s" for which in IMPORTS)
        print(f"import round {r + 1}/{rounds}: {walls}", file=sys.stderr)
    return results


def importtime(statement: str) -> dict[str, int]:
    """Self time (us) by module of ``python -X importtime -c STATEMENT``."""
    _, done = run_python("-X", "importtime", "-c", statement)
    self_us: dict[str, int] = {}
    for line in done.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if line.startswith("import time:") and len(fields) == 3 and fields[0].strip().isdigit():
            name = fields[2].strip()
            self_us[name] = self_us.get(name, 0) + int(fields[0])
    return self_us


def is_ours(module: str) -> bool:
    return module == "cdk_cognito" or module.startswith("cdk_cognito.")


def importtime_added(runs: int) -> tuple[dict[str, float], list[float], int]:
    """What ``import cdk_cognito`` imports beyond ``import aws_cdk.core``, by ``-X importtime``.

    Return (median self time in ms by module, per run the sum of those self times in ms, how many of the
    modules are not cdk_cognito's own).
    """
    core_modules: set[str] = set()
    ours_runs: list[dict[str, int]] = []
    for _ in range(runs):
        core_modules |= importtime(IMPORTS["core"]).keys()
        ours_runs.append(importtime(IMPORTS["ours"]))

    def added(module: str) -> bool:
        return is_ours(module) or module not in core_modules

    modules = {module for run in ours_runs for module in run if added(module)}
    per_module = {
        module: statistics.median(run[module] for run in ours_runs if module in run) / 1000
        for module in modules
    }
    totals = [sum(us for module, us in run.items() if added(module)) / 1000 for run in ours_runs]
    return per_module, totals, sum(not is_ours(module) for module in modules)


def import_section(
    rounds: list[dict[str, float]], per_module: dict[str, float], totals: list[float], others: int
) -> tuple[list[str], float]:
    """The import report and the median time cdk_cognito adds (ms)."""
    deltas = [(r["ours"] - r["core"]) * 1000 for r in rounds]
    delta = statistics.median(deltas)
    all_deltas = [(r["all"] - r["core"]) * 1000 for r in rounds]
    lines = [
        f"### Import: what cdk_cognito adds to aws_cdk.core ({len(rounds)} rounds)",
        "",
        "| process | median wall (s) | min wall (s) |",
        "|---|---:|---:|",
    ]
    for which, statement in IMPORTS.items():
        walls = [r[which] for r in rounds]
        lines.append(f'| `python -c "{statement}"` | {statistics.median(walls):.3f} | {min(walls):.3f} |')
    lines += [
        "",
        f"- cdk_cognito adds (median of per-round differences): **{delta:.1f} ms** "
        f"(rounds {min(deltas):.1f} to {max(deltas):.1f} ms; target <= {TARGET_IMPORT_MS:.0f} ms: "
        f"{verdict(delta <= TARGET_IMPORT_MS)}); that is `import cdk_cognito` and the names a client app "
        "of an imported pool loads (names load on first use)",
        f"- every public name loaded (the pool, domain and provider modules too): "
        f"**{statistics.median(all_deltas):.1f} ms** "
        f"(rounds {min(all_deltas):.1f} to {max(all_deltas):.1f} ms; no target)",
        f"- `python -X importtime` of the client-app import above ({len(totals)} runs, each against "
        f"`import aws_cdk.core`'s): the modules it imports that aws_cdk.core does not "
        f"({len(per_module)}, of which {others} outside cdk_cognito), self times summed: median "
        f"**{statistics.median(totals):.1f} ms** (runs {min(totals):.1f} to {max(totals):.1f} ms). "
        "(`-X importtime` adds its own bookkeeping to self times, and the whole-process difference also "
        "holds finding the modules and freeing them at exit: the two need not agree.)",
        "",
        "| module (first imported by cdk_cognito) | median self time (ms) |",
        "|---|---:|",
    ]
    for module in sorted(per_module, key=lambda m: (-per_module[m], m)):
        lines.append(f"| `{module}` | {per_module[module]:.2f} |")
    lines.append("")
    return lines, delta


# -- where the time goes ---------------------------------------------------------------------------------


def per_client_calls(impl: str) -> Counter[str]:
    """Kernel requests per client by target, as bench/jsii_calls.py counts them."""
    _, small = jsii_calls.count(impl, jsii_calls.SMALL)
    _, large = jsii_calls.count(impl, jsii_calls.LARGE)
    span = jsii_calls.LARGE - jsii_calls.SMALL
    return Counter({key: (large[key] - small[key]) / span for key in large.keys() | small.keys()})


def instrumented_builds(n: int, runs: int) -> dict[str, list[BuildRun]]:
    """``runs`` instrumented builds of ours and the floor, alternately."""
    results: dict[str, list[BuildRun]] = {"ours": [], "floor": []}
    for r in range(runs):
        for impl in ("ours", "floor") if r % 2 == 0 else ("floor", "ours"):
            results[impl].append(jsii_calls.build_calls(impl, n))
        print(f"instrumented build N={n} run {r + 1}/{runs}", file=sys.stderr)
    return results


def fmt(value: float) -> str:
    return jsii_calls.fmt(round(value, 2))


def where_time_goes(
    measured: dict[int, Rounds], per_client: dict[str, Counter[str]], builds: dict[str, list[BuildRun]]
) -> list[str]:
    n = max(SIZES)
    rounds = measured[n]
    lines = [
        "### Where the time goes: ours vs floor",
        "",
        "Gap by phase (median over the rounds of ours minus floor, and minus l2floor, ms; medians, so they",
        "need not add up;",
        "*rest* = wall - import - build - synth: interpreter start-up, exit, Node shutdown):",
        "",
        "| clients | versus | wall | import | build | synth | rest |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for size in SIZES:
        for floor in ("floor", "l2floor"):
            gaps = (f"{diff(measured[size], 'ours', floor, key) * 1000:.0f}" for key in PHASES)
            lines.append(f"| {size} | {floor} | " + " | ".join(gaps) + " |")
    lines += [
        "",
        "jsii kernel round trips per client (bench/jsii_calls.py's count: (calls(101) - calls(1)) / 100):",
        "",
        "| request | ours | floor | ours - floor | what it is |",
        "|---|---:|---:|---:|---|",
    ]
    ours_pc, floor_pc = per_client["ours"], per_client["floor"]
    keys = [k for k in ours_pc.keys() | floor_pc.keys() if ours_pc[k] or floor_pc[k]]
    for key in sorted(keys, key=lambda k: (-ours_pc[k], k)):
        extra = ours_pc[key] - floor_pc[key]
        lines.append(
            f"| `{key}` | {fmt(ours_pc[key])} | {fmt(floor_pc[key])} | {fmt(extra)} | {NOTES.get(key, '')} |"
        )
    ours_total, floor_total = sum(ours_pc.values()), sum(floor_pc.values())
    extra_pc = ours_total - floor_total
    lines.append(f"| total | {fmt(ours_total)} | {fmt(floor_total)} | {fmt(extra_pc)} | |")

    floor_build_calls = sum(builds["floor"][0][1].values())
    round_trip = statistics.median(r["floor"]["build"] / floor_build_calls for r in rounds)
    estimate = extra_pc * n * round_trip
    build_gap = diff(rounds, "ours", "floor", "build")
    lines += [
        "",
        f"- one round trip, {n} clients: the floor's build time over its build's {floor_build_calls} round "
        f"trips (App, Stack, {n} `CfnResource`s), median over the rounds: **{round_trip * 1e6:.0f} us**",
        f"- estimate of ours' extra build time: {fmt(extra_pc)} extra round trips x {n} clients x "
        f"{round_trip * 1e6:.0f} us = **{estimate * 1000:.0f} ms**, against a measured build gap of "
        f"**{build_gap * 1000:.0f} ms** (the estimate is {estimate / build_gap:.0%} of it). It prices "
        "every extra request at the floor's average one, a `CfnResource` creation carrying all the "
        "client's properties; the table below times each kind of request instead.",
        "",
        f"The build of {n} clients alone, every kernel request timed (jsii_calls.py `--build-child`, "
        f"{len(builds['ours'])} runs each, medians; requests made once per app are summed in *one-off*; "
        "*Python side* = build - time in requests, which include jsii's own marshalling):",
        "",
        "| request | ours calls | ours ms | ours us/call | floor calls | floor ms | floor us/call "
        "| ours - floor (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows, requests_gap, python_gap, instrumented_gap = instrumented_rows(n, builds)
    lines += rows
    lines += [
        "",
        f"- instrumented build gap {instrumented_gap * 1000:.0f} ms = extra time in kernel requests "
        f"{requests_gap * 1000:.0f} ms + extra Python work {python_gap * 1000:.0f} ms "
        "(medians, so the parts need not add up exactly)",
        "",
    ]
    return lines


def instrumented_rows(n: int, builds: dict[str, list[BuildRun]]) -> tuple[list[str], float, float, float]:
    """Rows of the instrumented build table (frequent requests, one-off ones, all, Python side, build),
    and ours minus floor (s) in all requests, in Python and in the whole build."""

    def median_calls(impl: str, keys: set[str]) -> float:
        return statistics.median(sum(calls[k] for k in keys) for _, calls, _ in builds[impl])

    def median_seconds(impl: str, keys: set[str]) -> float:
        return statistics.median(sum(secs.get(k, 0.0) for k in keys) for _, _, secs in builds[impl])

    def request_cells(impl: str, keys: set[str]) -> list[str]:
        calls, secs = median_calls(impl, keys), median_seconds(impl, keys)
        return [fmt(calls), f"{secs * 1000:.0f}", f"{secs / calls * 1e6:.0f}" if calls else ""]

    def request_gap(keys: set[str]) -> float:
        return median_seconds("ours", keys) - median_seconds("floor", keys)

    def time_gap(value: Callable[[BuildRun], float]) -> tuple[list[str], float]:
        ours, floor = (statistics.median(value(run) for run in builds[impl]) for impl in ("ours", "floor"))
        return ["", f"{ours * 1000:.0f}", "", "", f"{floor * 1000:.0f}", ""], ours - floor

    runs = [run for impl_runs in builds.values() for run in impl_runs]
    all_keys = set().union(*(calls.keys() for _, calls, _ in runs))
    frequent = {key for key in all_keys if max(calls[key] for _, calls, _ in runs) >= n / 10}
    rows: list[tuple[str, list[str], float]] = [
        (f"`{key}`", request_cells("ours", {key}) + request_cells("floor", {key}), request_gap({key}))
        for key in sorted(frequent, key=lambda k: (-median_calls("ours", {k}), k))
    ]
    for label, keys in (("one-off (App, Stack, pool)", all_keys - frequent), ("**all requests**", all_keys)):
        rows.append((label, request_cells("ours", keys) + request_cells("floor", keys), request_gap(keys)))
    python_cells, python_gap = time_gap(lambda run: run[0] - sum(run[2].values()))
    build_cells, build_gap = time_gap(lambda run: run[0])
    rows += [("**Python side**", python_cells, python_gap), ("**build**", build_cells, build_gap)]
    lines = [f"| {label} | " + " | ".join(cells) + f" | {gap * 1000:.0f} |" for label, cells, gap in rows]
    return lines, request_gap(all_keys), python_gap, build_gap


def targets(measured: dict[int, Rounds], import_delta_ms: float, import_requests: Counter[str]) -> list[str]:
    """Every issue #6 target next to its measured value."""
    lines = ["### Issue #6 targets (this run)", "", "| target | measured | verdict |", "|---|---|---|"]
    for n in SIZES:
        clients = f"{n} client{'s' if n > 1 else ''}"
        ours_ref, ours_floor = ratio(measured[n], "ours", "ref"), ratio(measured[n], "ours", "floor")
        lines += [
            f"| {clients}, whole process: ours/ref <= {TARGET_REF[n]:.2f} | {ours_ref:.2f} "
            f"| {verdict(ours_ref <= TARGET_REF[n])} |",
            f"| {clients}, whole process: ours/floor <= {TARGET_FLOOR[n]:.2f} | {ours_floor:.2f} "
            f"| {verdict(ours_floor <= TARGET_FLOOR[n])} |",
            f"| (no target) {clients}, whole process: ours/l2floor, the least a drop-in construct costs "
            f"| {ratio(measured[n], 'ours', 'l2floor'):.2f} | |",
        ]
    lines.append(
        f"| `import cdk_cognito` adds <= {TARGET_IMPORT_MS:.0f} ms to `import aws_cdk.core` "
        f"| {import_delta_ms:.1f} ms | {verdict(import_delta_ms <= TARGET_IMPORT_MS)} |"
    )
    n = max(SIZES)
    py = {impl: median_of(measured[n], impl, "py_rss") for impl in ("ours", "ref")}
    node = {impl: median_of(measured[n], impl, "node_rss") for impl in ("ours", "ref")}
    lines += [
        f"| {n} clients: peak RSS ours <= ref's, Python and Node "
        f"| Python {py['ours']:.0f} vs {py['ref']:.0f} MiB, Node {node['ours']:.0f} vs {node['ref']:.0f} MiB "
        f"| {verdict(py['ours'] <= py['ref'] and node['ours'] <= node['ref'])} |",
        f"| (also checked) `import cdk_cognito` makes no jsii kernel request | "
        f"{sum(import_requests.values())} | {verdict(not import_requests)} |",
        "",
    ]
    return lines


# -- the pool app ---------------------------------------------------------------------------------------


POOL_TITLE = f"The pool app: one user pool, its resource server and {CLIENTS_PER_POOL} clients"


def per_pool_calls(impl: str) -> Counter[str]:
    """Kernel requests per pool (with its server and clients) by target, as bench/jsii_calls.py counts."""
    _, small_n, large_n = jsii_calls.sizes("pool")
    _, small = jsii_calls.count(impl, small_n, "pool")
    _, large = jsii_calls.count(impl, large_n, "pool")
    return Counter(
        {key: (large[key] - small[key]) / (large_n - small_n) for key in large.keys() | small.keys()}
    )


def memory(rounds: Rounds, impl: str, key: str) -> str:
    values = [float(r[impl][key]) for r in rounds]
    return f"{statistics.median(values):.0f} MiB (rounds {min(values):.0f}-{max(values):.0f})"


def memory_below(rounds: Rounds) -> bool:
    """Whether ours' median peak RSS is below ref's, for the Python process and for Node."""
    return all(
        median_of(rounds, "ours", key) < median_of(rounds, "ref", key) for key in ("py_rss", "node_rss")
    )


def pool_section(rounds: Rounds, per_pool: dict[str, Counter[str]]) -> list[str]:
    """The pool app's measurements, the gaps by phase and the kernel requests per pool."""
    lines = table(POOL_TITLE, rounds, True, TARGET_POOL_REF, None)
    lines += [
        f"- peak RSS of the Python process: ours {memory(rounds, 'ours', 'py_rss')}, "
        f"ref {memory(rounds, 'ref', 'py_rss')}",
        f"- peak RSS of jsii's Node processes: ours {memory(rounds, 'ours', 'node_rss')}, "
        f"ref {memory(rounds, 'ref', 'node_rss')}",
        "",
        "Gap by phase (median over the rounds of ours minus the other, ms; *rest* as below):",
        "",
        "| versus | wall | import | build | synth | rest |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for other in ("ref", "floor", "l2floor"):
        gaps = (f"{diff(rounds, 'ours', other, key) * 1000:.0f}" for key in PHASES)
        lines.append(f"| {other} | " + " | ".join(gaps) + " |")
    _, small_n, large_n = jsii_calls.sizes("pool")
    head = " | ".join(IMPLS)
    lines += [
        "",
        f"jsii kernel round trips per pool, with its server and clients (bench/jsii_calls.py "
        f"`--scenario pool`: (calls({large_n}) - calls({small_n})) / {large_n - small_n}); ref's are the "
        "requests of its own API (`UserPool`, `addClient`, `OAuthScope`...), which run the construct in "
        "JavaScript:",
        "",
        f"| request | {head} | what it is |",
        "|---|" + "---:|" * len(IMPLS) + "---|",
    ]
    keys = [key for key in set().union(*per_pool.values()) if any(per_pool[impl][key] for impl in IMPLS)]
    for key in sorted(keys, key=lambda k: (-per_pool["ours"][k], -per_pool["ref"][k], k)):
        cells = " | ".join(fmt(per_pool[impl][key]) for impl in IMPLS)
        lines.append(f"| `{key}` | {cells} | {POOL_NOTES.get(key, '')} |")
    totals = " | ".join(f"**{fmt(sum(per_pool[impl].values()))}**" for impl in IMPLS)
    lines += [f"| total | {totals} | |", ""]
    return lines


def pool_targets(rounds: Rounds) -> list[str]:
    """Issue 11's targets for the pool app next to their measured values."""
    ours_ref = ratio(rounds, "ours", "ref")
    py = {impl: median_of(rounds, impl, "py_rss") for impl in ("ours", "ref")}
    node = {impl: median_of(rounds, impl, "node_rss") for impl in ("ours", "ref")}
    app = f"1 pool, {CLIENTS_PER_POOL} clients, 1 resource server"
    return [
        "### Issue 11 targets: the pool app (this run)",
        "",
        "| target | measured | verdict |",
        "|---|---|---|",
        f"| {app}, whole process: ours/ref <= {TARGET_POOL_REF:.2f} | {ours_ref:.2f} "
        f"({spread(ratios(rounds, 'ours', 'ref'))}) | {verdict(ours_ref <= TARGET_POOL_REF)} |",
        f"| {app}: peak RSS ours below ref's, Python and Node "
        f"| Python {py['ours']:.0f} vs {py['ref']:.0f} MiB, Node {node['ours']:.0f} vs {node['ref']:.0f} MiB "
        f"| {verdict(memory_below(rounds))} |",
        f"| (no target) {app}, whole process: ours/floor and ours/l2floor "
        f"| {ratio(rounds, 'ours', 'floor'):.2f}, {ratio(rounds, 'ours', 'l2floor'):.2f} | |",
        f"| (no target) {app}, whole process: floor/ref and l2floor/ref, the least a construct on core "
        f"costs against the reference | {ratio(rounds, 'floor', 'ref'):.2f}, "
        f"{ratio(rounds, 'l2floor', 'ref'):.2f} | |",
        "",
    ]


# -- report -------------------------------------------------------------------------------------------


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
    parser.add_argument("--rounds", type=int, help="rounds for every N (default: 11 for N=1, 7 for N=500)")
    parser.add_argument("--pool-rounds", type=int, default=DEFAULT_POOL_ROUNDS, help="rounds of the pool app")
    parser.add_argument(
        "--import-rounds", type=int, default=DEFAULT_IMPORT_ROUNDS, help="rounds of the import processes"
    )
    parser.add_argument(
        "--check", action="store_true", help="only check the templates and imports, then exit"
    )
    args = parser.parse_args()

    compile_cdk_cognito()
    import_requests = check()
    if args.check:
        return

    load_before = os.getloadavg()
    for impl in IMPLS:
        run_app(impl, "1")
    for impl in IMPLS:
        run_app(*scenario_args("pool"), impl, str(POOL_N))
    measured = {n: measure(n, args.rounds or DEFAULT_ROUNDS[n]) for n in SIZES}
    pool_rounds = measure(POOL_N, args.pool_rounds, "pool")
    imports = measure_imports(args.import_rounds)
    per_module, totals, others = importtime_added(IMPORTTIME_RUNS)
    n = max(SIZES)
    per_client = {impl: per_client_calls(impl) for impl in ("ours", "floor")}
    builds = instrumented_builds(n, BUILD_RUNS)
    per_pool = {impl: per_pool_calls(impl) for impl in IMPLS}
    load_after = os.getloadavg()

    import_lines, import_delta = import_section(imports, per_module, totals, others)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark: synthesizing N user pool clients, and a user pool (bench/bench_synth.py)",
        "",
        f"- date: {now}",
        f"- machine: {platform.platform()}; CPU: {cpu_model()}; {os.cpu_count()} cores",
        f"- Python {platform.python_version()}, node {node_version()}",
        f"- command: `{command()}` (in {os.getcwd()})",
        f"- 1-minute load average before / after: {load_before[0]:.2f} / {load_after[0]:.2f}",
        "- wall = whole `python bench/apps.py IMPL N` process; import/build/synth = medians of the",
        "  phases that process timed itself; templates checked identical first (N=3 clients, 2 pools);",
        "  every process runs with .pyc files (cdk_cognito compiled first, PYTHONDONTWRITEBYTECODE",
        "  unset), as after a pip install",
        "",
        *targets(measured, import_delta, import_requests["ours"]),
        *pool_targets(pool_rounds),
    ]
    for size in SIZES:
        title = f"{size} client{'s' if size > 1 else ''}"
        lines += table(title, measured[size], size == max(SIZES), TARGET_REF[size], TARGET_FLOOR[size])
    lines += pool_section(pool_rounds, per_pool)
    lines += import_lines
    lines += where_time_goes(measured, per_client, builds)
    text = "\n".join(lines).rstrip()
    print(text)
    RESULTS.write_text(text + "\n")


if __name__ == "__main__":
    main()
