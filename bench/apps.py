"""The benchmark apps, each one stack synthesized once: ``clients`` and ``pool``.

``clients`` (the default): an imported user pool and N app clients. ``pool``: N user pools, each with
a resource server and three clients (``--scenario pool``; the benchmark's app has N = 1).

Four implementations build the same app:

* ``ref``   -- ``from aws_cdk import aws_cognito as c`` (aws-cdk.aws-cognito 1.204.0, the reference);
* ``ours``  -- ``import cdk_cognito as c``;
* ``floor`` -- ``aws_cdk.core`` only: each resource is a hand-written ``core.CfnResource`` in the
  stack, carrying the properties the other two synthesize for the same input. It is the least any
  construct on ``aws-cdk.core`` can cost (one jsii ``create`` per resource, no props computed in
  JavaScript; in the pool app also the pool's removal policy and the ``ref`` the other resources
  name). Its logical IDs differ from ref's (its resources are the stack's children).
* ``l2floor`` -- ``aws_cdk.core`` only, shaped as a drop-in construct must be: each client (pool,
  resource server) is a ``core.Resource`` with its ``CfnResource`` child "Resource", at the
  reference's paths (so the template is ref's, logical IDs included), and the app makes the same
  ``core.Duration`` objects as for ref and ours, whose values are read back in one request per
  client (and per pool: its temporary password validity) -- a construct must know them to validate
  and render them. Nothing is validated or computed in Python: the least a faithful construct can cost.

Client ``i`` always has a name, the SRP auth flow, the OAuth code grant with two callback URLs and the
scopes [OPENID, EMAIL], and ``prevent_user_existence_errors=True``. On top of that, by ``i % 3``:
0 adds nothing, 1 adds a secret and logout URLs, 2 adds access and ID token validities and read
attributes. So any N >= 3 exercises every variant (``bench_synth.py --check`` compares templates).

Pool ``j`` (``pool_options``) has a name, self sign-up, email as its sign-in alias, a password policy
(with a temporary password validity), two custom attributes (a string and a number), optional MFA by
one-time password, a custom verification email and email-only account recovery. It gets, through its
own methods, a resource server "Api" with two scopes (``add_resource_server``), then clients 0, 1
and 2 above (``add_client``), client 0 being granted the server's two scopes besides its own.

Run as a process, ``python bench/apps.py [--scenario pool] IMPL N`` builds and synthesizes the app and
prints one JSON line with its internal timings (``time.perf_counter``, seconds): ``import`` (aws_cdk.core
plus the implementation: this starts the jsii Node process and loads the JavaScript assemblies),
``build`` (App, Stack, pools and clients), ``synth`` (``app.synth()``) and ``total`` (from the first
line of this script to the end of synth); and peak memory in MiB: ``py_rss`` (``getrusage`` of this
process) and ``node_rss`` (sum of ``VmHWM`` of every live descendant process, i.e. jsii's two ``node``
processes: the runtime wrapper and the kernel it spawns, read from /proc just before exit).
``python bench/apps.py --template [--scenario pool] IMPL N`` prints the synthesized template instead.
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
SCENARIOS = ("clients", "pool")
CLIENTS_PER_POOL = 3
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


def client_options(c: Any, i: int, extra_scopes: list[Any] | None = None) -> dict[str, Any]:
    """The keyword arguments of client ``i`` (``c`` is aws_cognito or cdk_cognito), without its pool.

    ``extra_scopes`` (resource-server scopes, in the pool app) come after [OPENID, EMAIL].
    """
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
    return {
        "user_pool_client_name": f"client-{i}",
        "auth_flows": c.AuthFlow(user_srp=True),
        "o_auth": c.OAuthSettings(
            flows=c.OAuthFlows(authorization_code_grant=True),
            callback_urls=callback_urls(i),
            logout_urls=logout_urls(i) if i % 3 == 1 else None,
            scopes=[c.OAuthScope.OPENID, c.OAuthScope.EMAIL, *(extra_scopes or [])],
        ),
        "prevent_user_existence_errors": True,
        **extra,
    }


def add_client(c: Any, stack: Any, pool: Any, i: int) -> None:
    """Client ``i`` of the clients app: a ``UserPoolClient`` in the stack."""
    c.UserPoolClient(stack, f"Client{i}", user_pool=pool, **client_options(c, i))


def floor_properties(
    i: int, user_pool_id: str = POOL_ID, extra_scopes: list[str] | None = None
) -> dict[str, Any]:
    """The CloudFormation properties of client ``i``, in the order the reference's L1 renders them."""
    props: dict[str, Any] = {"UserPoolId": user_pool_id}
    if i % 3 == 2:
        props["AccessTokenValidity"] = 30
    props["AllowedOAuthFlows"] = ["code"]
    props["AllowedOAuthFlowsUserPoolClient"] = True
    props["AllowedOAuthScopes"] = ["openid", "email", *(extra_scopes or [])]
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


# -- the pool app ----------------------------------------------------------------------------------

SCOPES = (("read", "Read the API"), ("write", "Write to the API"))


def pool_options(c: Any, j: int) -> dict[str, Any]:
    """The keyword arguments of pool ``j`` of the pool app."""
    from aws_cdk import core

    return {
        "user_pool_name": f"bench-pool-{j}",
        "self_sign_up_enabled": True,
        "sign_in_aliases": c.SignInAliases(email=True),
        "password_policy": c.PasswordPolicy(
            min_length=12,
            require_lowercase=True,
            require_uppercase=True,
            require_digits=True,
            require_symbols=False,
            temp_password_validity=core.Duration.days(3),
        ),
        "custom_attributes": {
            "tenant": c.StringAttribute(min_len=1, max_len=64, mutable=False),
            "plan": c.NumberAttribute(min=0, max=10, mutable=True),
        },
        "mfa": c.Mfa.OPTIONAL,
        "mfa_second_factor": c.MfaSecondFactor(sms=False, otp=True),
        "user_verification": c.UserVerificationConfig(
            email_subject="Verify your email",
            email_body="Your verification code is {####}",
            email_style=c.VerificationEmailStyle.CODE,
        ),
        "account_recovery": c.AccountRecovery.EMAIL_ONLY,
    }


def add_pool(c: Any, stack: Any, j: int) -> None:
    """Pool ``j`` of the pool app: a ``UserPool``, its resource server "Api" (two scopes) and three
    clients made by ``pool.add_client``, of which client 0 is also granted the server's two scopes."""
    pool = c.UserPool(stack, f"Pool{j}", **pool_options(c, j))
    scopes = [c.ResourceServerScope(scope_name=name, scope_description=text) for name, text in SCOPES]
    server = pool.add_resource_server("Api", identifier="api", scopes=scopes)
    granted = [c.OAuthScope.resource_server(server, scope) for scope in scopes]
    for i in range(CLIENTS_PER_POOL):
        pool.add_client(f"Client{i}", **client_options(c, i, granted if i == 0 else None))


def floor_pool_properties(j: int) -> dict[str, Any]:
    """The CloudFormation properties of pool ``j``, in the order the reference's L1 renders them."""
    body = "Your verification code is {####}"
    subject = "Verify your email"
    sms = "The verification code to your new account is {####}"
    return {
        "AccountRecoverySetting": {"RecoveryMechanisms": [{"Name": "verified_email", "Priority": 1}]},
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": False},
        "AutoVerifiedAttributes": ["email"],
        "EmailVerificationMessage": body,
        "EmailVerificationSubject": subject,
        "EnabledMfas": ["SOFTWARE_TOKEN_MFA"],
        "MfaConfiguration": "OPTIONAL",
        "Policies": {
            "PasswordPolicy": {
                "MinimumLength": 12,
                "RequireLowercase": True,
                "RequireNumbers": True,
                "RequireSymbols": False,
                "RequireUppercase": True,
                "TemporaryPasswordValidityDays": 3,
            }
        },
        "Schema": [
            {
                "AttributeDataType": "String",
                "Mutable": False,
                "Name": "tenant",
                "StringAttributeConstraints": {"MaxLength": "64", "MinLength": "1"},
            },
            {
                "AttributeDataType": "Number",
                "Mutable": True,
                "Name": "plan",
                "NumberAttributeConstraints": {"MaxValue": "10", "MinValue": "0"},
            },
        ],
        "SmsVerificationMessage": sms,
        "UsernameAttributes": ["email"],
        "UserPoolName": f"bench-pool-{j}",
        "VerificationMessageTemplate": {
            "DefaultEmailOption": "CONFIRM_WITH_CODE",
            "EmailMessage": body,
            "EmailSubject": subject,
            "SmsMessage": sms,
        },
    }


def floor_server_properties(user_pool_id: str) -> dict[str, Any]:
    """The CloudFormation properties of a pool's resource server "Api"."""
    return {
        "Identifier": "api",
        "Name": "api",
        "UserPoolId": user_pool_id,
        "Scopes": [{"ScopeDescription": text, "ScopeName": name} for name, text in SCOPES],
    }


def build_pool_floor(impl: str, stack: Any, j: int, resolver: Any) -> None:
    """Pool ``j`` on aws_cdk.core alone (see the module's docstring for ``floor`` and ``l2floor``)."""
    from aws_cdk import core

    pool_type = "AWS::Cognito::UserPool"
    if impl == "floor":
        pool = core.CfnResource(stack, f"Pool{j}", type=pool_type, properties=floor_pool_properties(j))
        parent = None
    else:
        parent = core.Resource(stack, f"Pool{j}")
        core.Duration.days(3).to_days()
        pool = core.CfnResource(parent, "Resource", type=pool_type, properties=floor_pool_properties(j))
    pool.apply_removal_policy(core.RemovalPolicy.RETAIN)
    pool_id = pool.ref
    server_type = "AWS::Cognito::UserPoolResourceServer"
    if impl == "floor":
        server = core.CfnResource(
            stack, f"Pool{j}Api", type=server_type, properties=floor_server_properties(pool_id)
        )
    else:
        server_properties = floor_server_properties(pool_id)
        server = core.CfnResource(
            core.Resource(parent, "Api"), "Resource", type=server_type, properties=server_properties
        )
    server_id = server.ref
    granted = [f"{server_id}/{name}" for name, _ in SCOPES]
    client_type = "AWS::Cognito::UserPoolClient"
    for i in range(CLIENTS_PER_POOL):
        properties = floor_properties(i, pool_id, granted if i == 0 else None)
        if impl == "floor":
            core.CfnResource(stack, f"Pool{j}Client{i}", type=client_type, properties=properties)
            continue
        client = core.Resource(parent, f"Client{i}")
        if i % 3 == 2:
            durations = [core.Duration.minutes(30), core.Duration.minutes(30)]
            core.Tokenization.resolve(durations, scope=client, resolver=resolver)
        core.CfnResource(client, "Resource", type=client_type, properties=properties)


def build(impl: str, c: Any, n: int, outdir: str, scenario: str = "clients") -> Any:
    """Build the app of ``scenario`` with ``n`` clients, or ``n`` pools; return the ``core.App``."""
    from aws_cdk import core

    app = core.App(outdir=outdir)
    stack = core.Stack(app, STACK_NAME)
    resolver = core.DefaultTokenResolver(core.StringConcat()) if impl == "l2floor" else None
    if scenario == "pool":
        for j in range(n):
            if impl in ("floor", "l2floor"):
                build_pool_floor(impl, stack, j, resolver)
            else:
                add_pool(c, stack, j)
    elif impl == "floor":
        for i in range(n):
            core.CfnResource(
                stack, f"Client{i}", type="AWS::Cognito::UserPoolClient", properties=floor_properties(i)
            )
    elif impl == "l2floor":
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


def template(impl: str, n: int, scenario: str = "clients") -> dict[str, Any]:
    """The synthesized template of the app (in this process)."""
    c = import_impl(impl)
    with tempfile.TemporaryDirectory(prefix="cdk-bench-") as outdir:
        assembly = build(impl, c, n, outdir, scenario).synth()
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


def run(impl: str, n: int, scenario: str = "clients") -> dict[str, float]:
    t_start = time.perf_counter()
    c = import_impl(impl)
    t_import = time.perf_counter()
    outdir = tempfile.mkdtemp(prefix="cdk-bench-")
    try:
        app = build(impl, c, n, outdir, scenario)
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


def parse_scenario(argv: list[str]) -> tuple[str, list[str]]:
    """``--scenario NAME`` (default "clients") taken out of ``argv``: (NAME, the other arguments)."""
    if argv[:1] == ["--scenario"] and len(argv) > 1:
        return argv[1], argv[2:]
    return "clients", argv


def main(argv: list[str]) -> None:
    show_template = argv[:1] == ["--template"]
    if show_template:
        argv = argv[1:]
    scenario, argv = parse_scenario(argv)
    if len(argv) != 2 or scenario not in SCENARIOS or argv[0] not in IMPLS or not argv[1].isdigit():
        raise SystemExit(
            f"usage: python bench/apps.py [--template] [--scenario {{{','.join(SCENARIOS)}}}] "
            f"{{{','.join(IMPLS)}}} N"
        )
    impl, n = argv[0], int(argv[1])
    print(json.dumps(template(impl, n, scenario) if show_template else run(impl, n, scenario)))


if __name__ == "__main__":
    main(sys.argv[1:])
