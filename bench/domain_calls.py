"""Count jsii kernel round trips per UserPoolDomain operation: the reference against cdk_cognito.

Each implementation runs in a fresh process (``python bench/domain_calls.py --child IMPL``) with the
counters of ``jsii_calls.install_counters``. Every operation runs twice on fresh objects after a warm-up
(so assembly loads and first-use costs are left out), and the calls of its second run are reported.
``python bench/domain_calls.py`` prints a table.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from jsii_calls import ENV, install_counters  # noqa: E402

POOL_ID = "us-east-1_AbC123"
CERT_ARN = "arn:aws:acm:us-east-1:123456789012:certificate/abc"


def operations(c: Any, core: Any, acm: Any) -> dict[str, Callable[[Any, int], Any]]:
    def pool(stack: Any, i: int) -> Any:
        return c.UserPool.from_user_pool_id(stack, f"Pool{i}", POOL_ID)

    def cognito(stack: Any, i: int) -> Any:
        return c.UserPoolDomain(
            stack, f"D{i}", user_pool=pool(stack, i), cognito_domain={"domain_prefix": "abc"}
        )

    def custom(stack: Any, i: int) -> Any:
        cert = acm.Certificate.from_certificate_arn(stack, f"Cert{i}", CERT_ARN)
        return c.UserPoolDomain(
            stack,
            f"D{i}",
            user_pool=pool(stack, i),
            custom_domain={"domain_name": "a.example", "certificate": cert},
        )

    def client(stack: Any, i: int) -> Any:
        return c.UserPoolClient(stack, f"C{i}", user_pool=pool(stack, 1000 + i))

    return {
        "pool import (not a domain op; subtracted below)": lambda s, i: pool(s, i),
        "cognito domain": cognito,
        "custom domain (jsii certificate, import included)": custom,
        "domain_name": lambda s, i: (d := cognito(s, i), lambda: d.domain_name),
        "base_url (first)": lambda s, i: (d := cognito(s, i), lambda: d.base_url()),
        "base_url x3": lambda s, i: (
            d := cognito(s, i),
            lambda: [d.base_url(), d.base_url(fips=True), d.base_url()],
        ),
        "sign_in_url (own client)": lambda s, i: (
            d := cognito(s, i),
            cl := client(s, i),
            lambda: d.sign_in_url(cl, redirect_uri="https://x"),
        ),
        "cloud_front_domain_name (first)": lambda s, i: (
            d := cognito(s, i),
            lambda: d.cloud_front_domain_name,
        ),
        "cloud_front_domain_name x2": lambda s, i: (
            d := cognito(s, i),
            lambda: [d.cloud_front_domain_name, d.cloud_front_domain_name],
        ),
        "from_domain_name": lambda s, i: c.UserPoolDomain.from_domain_name(s, f"I{i}", "x"),
    }


def child(impl: str) -> None:
    counts, _, _ = install_counters()
    from aws_cdk import aws_certificatemanager as acm
    from aws_cdk import core

    if impl == "ref":
        from aws_cdk import aws_cognito as c
    else:
        import cdk_cognito as c
    app = core.App()
    results: dict[str, int] = {}
    index = 0
    for name, op in operations(c, core, acm).items():
        measured = 0
        for _ in range(2):
            stack = core.Stack(app, f"S{index}")
            index += 1
            before = sum(counts.values())
            built = op(stack, index)
            if isinstance(built, tuple) and callable(built[-1]):
                # Setup, then the read alone.
                before = sum(counts.values())
                built[-1]()
            measured = sum(counts.values()) - before
        results[name] = measured
    print(json.dumps(results))


def main() -> None:
    table: dict[str, dict[str, int]] = {}
    for impl in ("ref", "ours"):
        done = subprocess.run(
            [sys.executable, __file__, "--child", impl], env=ENV, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        table[impl] = json.loads(done.stdout)
    pool = {impl: table[impl].pop("pool import (not a domain op; subtracted below)") for impl in table}
    print(
        f"pool import: ref {pool['ref']}, ours {pool['ours']} round trips (subtracted from the constructions)"
    )
    print("| operation | ref | ours |\n|---|---:|---:|")
    for name in table["ref"]:
        ref, ours = table["ref"][name], table["ours"][name]
        if name.endswith("domain") or "domain (" in name:
            ref, ours = ref - pool["ref"], ours - pool["ours"]
        print(f"| {name} | {ref} | {ours} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
