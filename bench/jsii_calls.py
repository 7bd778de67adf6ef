"""Count jsii kernel round trips (Python <-> Node) per user pool client: ref vs ours (and the floor).

Method. Each count comes from a fresh process (``python bench/jsii_calls.py --child IMPL N``) that,
before importing aws_cdk, wraps the request methods of ``jsii._kernel.Kernel`` with counters and
rebinds the module-level aliases (``jsii.create = kernel.create``, ...) that jsii bound at import, so
that every call the generated bindings or cdk_cognito make is seen. Each counted method is one
request/response on the kernel's pipe: ``load`` (an assembly), ``create``, ``invoke``, ``sinvoke``,
``get``, ``sget``, ``set``, ``sset``, ``ainvoke``/``sainvoke`` (async), ``delete``, and ``callback``
(``sync_complete``/``complete``: the answer to a call from Node back into a Python override). The
child then imports, builds and synthesizes the app of apps.py with N clients.

With N = 0, 1 and 101: per client = (calls(101) - calls(1)) / 100 (the clients' three variants in
apps.py come about equally often, hence fractions); fixed = calls(0), the app without clients
(imports, App, Stack, imported pool, synth). calls(1) - calls(0) - per client is the first client's
extra cost, if any (the first client is of the plainest variant, so it may well be negative).
``--detail`` also lists the calls by target (class created, member invoked or read).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
IMPLS = ("ref", "ours", "floor")
EMPTY, SMALL, LARGE = 0, 1, 101
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


def install_counters() -> tuple[Counter[str], Counter[str]]:
    """Wrap the Kernel's request methods with counters; return (per method, per method and target)."""
    import jsii
    from jsii._kernel import Kernel

    counts: Counter[str] = Counter()
    targets: Counter[str] = Counter()

    def counting(method: Any, label: str) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            counts[label] += 1
            targets[f"{label} {target(label, args)}".strip()] += 1
            return method(self, *args, **kwargs)

        return wrapper

    for name, label in METHODS.items():
        setattr(Kernel, name, counting(getattr(Kernel, name), label))
    # jsii/__init__.py bound these to the kernel instance at import: bind them again to the wrappers.
    for name in ALIASES:
        setattr(jsii, name, getattr(jsii.kernel, name))
    return counts, targets


def child(impl: str, n: int) -> None:
    counts, targets = install_counters()
    sys.path.insert(0, str(BENCH))
    import apps

    apps.run(impl, n)
    print(json.dumps({"counts": counts, "targets": targets}))


def count(impl: str, n: int) -> tuple[Counter[str], Counter[str]]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", impl, str(n)], env=ENV, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"jsii_calls.py --child {impl} {n} failed:\n{done.stderr}")
    result = json.loads(done.stdout)
    return Counter(result["counts"]), Counter(result["targets"])


def fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.2f}"


def per_client_and_fixed(
    empty: Counter[str], small: Counter[str], large: Counter[str]
) -> tuple[dict[str, float], dict[str, float]]:
    keys = sorted(empty.keys() | small.keys() | large.keys())
    per_client = {key: (large[key] - small[key]) / (LARGE - SMALL) for key in keys}
    return per_client, {key: float(empty[key]) for key in keys}


def main() -> None:
    per_client: dict[str, dict[str, float]] = {}
    fixed: dict[str, dict[str, float]] = {}
    details: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    for impl in IMPLS:
        (empty, empty_targets), (small, small_targets), (large, large_targets) = (
            count(impl, n) for n in (EMPTY, SMALL, LARGE)
        )
        per_client[impl], fixed[impl] = per_client_and_fixed(empty, small, large)
        details[impl] = per_client_and_fixed(empty_targets, small_targets, large_targets)

    head = " | ".join(f"{impl} per client" for impl in IMPLS)
    head += " | " + " | ".join(f"{impl} fixed" for impl in IMPLS)
    lines = [
        f"jsii kernel round trips (per client = (calls({LARGE}) - calls({SMALL})) / {LARGE - SMALL}; "
        f"fixed = calls({EMPTY}))",
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

    if "--detail" in sys.argv[1:]:
        for impl in IMPLS:
            lines += ["", f"{impl}: per client by target (fixed in parentheses)"]
            impl_per_client, impl_fixed = details[impl]
            for key in sorted(impl_per_client, key=lambda k: (-impl_per_client[k], -impl_fixed[k], k)):
                lines.append(f"  {fmt(impl_per_client[key]):>6} ({fmt(impl_fixed[key])})  {key}")
    print("\n".join(lines))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]))
    else:
        main()
