"""The benchmark app: one stack, an imported user pool and N app clients, synthesized once.

Four implementations build the same app:

* ``ref``   -- ``from aws_cdk import aws_cognito as c`` (aws-cdk.aws-cognito 1.204.0, the reference);
* ``ours``  -- ``import cdk_cognito as c``;
* ``floor`` -- ``aws_cdk.core`` only: each client is a hand-written ``core.CfnResource`` carrying the
  properties the other two synthesize for the same input. It is the least any construct on
  ``aws-cdk.core`` can cost (one jsii ``create`` per client, no props computed in JavaScript).
* ``l2floor`` -- ``aws_cdk.core`` only, shaped as a drop-in construct must be: each client is a
  ``core.Resource`` with its ``CfnResource`` child "Resource" (so the template is ref's, logical IDs
  included), and the app makes the same ``core.Duration`` objects as for ref and ours, whose values
  are read back in one request per client (a construct must know them to validate and render them).
  Nothing is validated or computed in Python: the least a faithful construct can cost.

Client ``i`` always has a name, the SRP auth flow, the OAuth code grant with two callback URLs and the
scopes [OPENID, EMAIL], and ``prevent_user_existence_errors=True``. On top of that, by ``i % 3``:
0 adds nothing, 1 adds a secret and logout URLs, 2 adds access and ID token validities and read
attributes. So any N >= 3 exercises every variant (``bench_synth.py --check`` compares templates).

Run as a process, ``python bench/apps.py IMPL N`` builds and synthesizes the app and prints one JSON line
with its internal timings (``time.perf_counter``, seconds): ``import`` (aws_cdk.core plus the
implementation: this starts the jsii Node process and loads the JavaScript assemblies), ``build``
(App, Stack, pool and clients), ``synth`` (``app.synth()``) and ``total`` (from the first line of this
script to the end of synth); and peak memory in MiB: ``py_rss`` (``getrusage`` of this process) and
``node_rss`` (sum of ``VmHWM`` of every live descendant process, i.e. jsii's two ``node`` processes:
the runtime wrapper and the kernel it spawns, read from /proc just before exit).
``python bench/apps.py --template IMPL N`` prints the synthesized template instead.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from typing import Any  # noqa: E402

IMPLS = ("ref", "ours", "floor", "l2floor")
POOL_ID = "us-east-1_AbC123"
STACK_NAME = "Bench"

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")


def import_impl(impl: str) -> Any:
    """Import aws_cdk.core and the implementation's module (None for the floor)."""
    from aws_cdk import core  # noqa: F401

    if impl == "ref":
        from aws_cdk import aws_cognito

        return aws_cognito
    if impl == "ours":
        import cdk_cognito

        return cdk_cognito
    if impl in ("floor", "l2floor"):
        return None
    raise SystemExit(f"unknown implementation {impl!r}; expected one of {', '.join(IMPLS)}")


def callback_urls(i: int) -> list[str]:
    return [f"https://app{i}.example.com/callback", f"http://localhost:{3000 + i}/callback"]


def logout_urls(i: int) -> list[str]:
    return [f"https://app{i}.example.com/signed-out"]


def add_client(c: Any, stack: Any, pool: Any, i: int) -> None:
    """Client ``i`` through the construct API (``c`` is aws_cognito or cdk_cognito)."""
    from aws_cdk import core

    extra: dict[str, Any] = {}
    if i % 3 == 1:
        extra = {"generate_secret": True}
    elif i % 3 == 2:
        extra = {
            "access_token_validity": core.Duration.minutes(30),
            "id_token_validity": core.Duration.minutes(30),
            "read_attributes": c.ClientAttributes().with_standard_attributes(email=True, email_verified=True),
        }
    c.UserPoolClient(
        stack,
        f"Client{i}",
        user_pool=pool,
        user_pool_client_name=f"client-{i}",
        auth_flows=c.AuthFlow(user_srp=True),
        o_auth=c.OAuthSettings(
            flows=c.OAuthFlows(authorization_code_grant=True),
            callback_urls=callback_urls(i),
            logout_urls=logout_urls(i) if i % 3 == 1 else None,
            scopes=[c.OAuthScope.OPENID, c.OAuthScope.EMAIL],
        ),
        prevent_user_existence_errors=True,
        **extra,
    )


def floor_properties(i: int) -> dict[str, Any]:
    """The CloudFormation properties of client ``i``, in the order the reference's L1 renders them."""
    props: dict[str, Any] = {"UserPoolId": POOL_ID}
    if i % 3 == 2:
        props["AccessTokenValidity"] = 30
    props["AllowedOAuthFlows"] = ["code"]
    props["AllowedOAuthFlowsUserPoolClient"] = True
    props["AllowedOAuthScopes"] = ["openid", "email"]
    props["CallbackURLs"] = callback_urls(i)
    props["ClientName"] = f"client-{i}"
    props["ExplicitAuthFlows"] = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    if i % 3 == 1:
        props["GenerateSecret"] = True
    if i % 3 == 2:
        props["IdTokenValidity"] = 30
    if i % 3 == 1:
        props["LogoutURLs"] = logout_urls(i)
    props["PreventUserExistenceErrors"] = "ENABLED"
    if i % 3 == 2:
        props["ReadAttributes"] = ["email", "email_verified"]
    props["SupportedIdentityProviders"] = ["COGNITO"]
    if i % 3 == 2:
        props["TokenValidityUnits"] = {"AccessToken": "minutes", "IdToken": "minutes"}
    return props


def build(impl: str, c: Any, n: int, outdir: str) -> Any:
    """Build the app with ``n`` clients; return the ``core.App``."""
    from aws_cdk import core

    app = core.App(outdir=outdir)
    stack = core.Stack(app, STACK_NAME)
    if impl == "floor":
        for i in range(n):
            core.CfnResource(
                stack, f"Client{i}", type="AWS::Cognito::UserPoolClient", properties=floor_properties(i)
            )
    elif impl == "l2floor":
        resolver = core.DefaultTokenResolver(core.StringConcat())
        for i in range(n):
            client = core.Resource(stack, f"Client{i}")
            if i % 3 == 2:
                durations = [core.Duration.minutes(30), core.Duration.minutes(30)]
                core.Tokenization.resolve(durations, scope=client, resolver=resolver)
            core.CfnResource(
                client, "Resource", type="AWS::Cognito::UserPoolClient", properties=floor_properties(i)
            )
    else:
        pool = c.UserPool.from_user_pool_id(stack, "Pool", POOL_ID)
        for i in range(n):
            add_client(c, stack, pool, i)
    return app


def template(impl: str, n: int) -> dict[str, Any]:
    """The synthesized template of the app (in this process)."""
    c = import_impl(impl)
    with tempfile.TemporaryDirectory(prefix="cdk-bench-") as outdir:
        assembly = build(impl, c, n, outdir).synth()
        result: dict[str, Any] = assembly.get_stack_by_name(STACK_NAME).template
    return result


def descendants(pid: int) -> list[int]:
    """Pids of the live descendants of ``pid``, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name, in parentheses, may hold spaces: the ppid is the 2nd field after it.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    result: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            result.append(child)
            todo.append(child)
    return result


def peak_rss_kib(pid: int) -> int:
    """``VmHWM`` (peak resident set size, KiB) of a live process; 0 if unreadable."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(impl: str, n: int) -> dict[str, float]:
    t_start = time.perf_counter()
    c = import_impl(impl)
    t_import = time.perf_counter()
    outdir = tempfile.mkdtemp(prefix="cdk-bench-")
    try:
        app = build(impl, c, n, outdir)
        t_build = time.perf_counter()
        app.synth()
        t_synth = time.perf_counter()
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    node_kib = sum(peak_rss_kib(pid) for pid in descendants(os.getpid()))
    return {
        "import": t_import - t_start,
        "build": t_build - t_import,
        "synth": t_synth - t_build,
        "total": t_synth - T0,
        "py_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "node_rss": node_kib / 1024,
    }


def main(argv: list[str]) -> None:
    show_template = argv[:1] == ["--template"]
    if show_template:
        argv = argv[1:]
    if len(argv) != 2 or argv[0] not in IMPLS or not argv[1].isdigit():
        raise SystemExit(f"usage: python bench/apps.py [--template] {{{','.join(IMPLS)}}} N")
    impl, n = argv[0], int(argv[1])
    print(json.dumps(template(impl, n) if show_template else run(impl, n)))


if __name__ == "__main__":
    main(sys.argv[1:])
