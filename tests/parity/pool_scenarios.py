"""One scenario builder for user pools, shared by the pool parity suites (hand-picked and random).

A *scenario* is plain, JSON-like data (dicts, lists, strings, numbers, booleans, ``None``) that says which
user pool to build and what to do with it. :func:`build` interprets it once with ``c = aws_cdk.aws_cognito``
and once with ``c = cdk_cognito`` (see harness.py), and returns the values to compare.

Scenario keys (all optional):

* ``"stack"``: where the pool lives: ``None`` (the harness's env-agnostic stack ``S``) or
  ``{"account": v, "region": v}``, a second stack ``E`` of the same app with that environment
  (``v``: a literal, ``None`` or a token spec).
* ``"nested"``: build the pool inside ``Construct(stack, "Nest")`` rather than on the stack.
* ``"id"``: the pool's construct id (default ``"Pool"``).
* ``"pool"``: ``{"kind": "new", "props": {...}}`` (the default, with no props),
  ``{"kind": "from_id", "value": v}`` or ``{"kind": "from_arn", "value": v}``.
  ``"props": None`` calls ``UserPool(scope, id)`` with no keyword at all.
* ``"steps"``: what to do after the pool is built, in order (see :data:`STEPS`): ``add_trigger``,
  ``add_client``, ``import_client``, ``add_resource_server``, ``register_idp``, ``grant``, ``tag``,
  ``untag``, ``output``, ``override``, ``delete``, ``read_l1``, ``removal``, ``stack`` (later steps build
  in a new stack ``{"do": "stack", "id": N, "env": {...}}`` of the same app, or with ``"nested": True``
  in a ``core.NestedStack`` of the current one). domain_scenarios.py adds
  the domain steps and idp_scenarios.py the provider steps. Each step returns a value; steps that may
  raise are wrapped in :func:`harness.attempt` when the step says ``"attempt": True`` (the default of
  ``add_trigger`` and ``grant``: the reference leaves a half-done call behind, which the templates show).
  A step building a construct may say where: ``"in": "pool"`` (the pool as scope) or ``"in": "A/B"``
  (``core.Construct``s under the current scope, made on first use); ``"via": "new"`` clients are built in
  the current scope unless they say so.
* ``"read_identity_providers"``: ``False`` to leave ``pool.identity_providers`` unread at the end (the
  name of a provider whose constructor raised after it registered is a documented difference).

Values (props, step arguments) are specs that :func:`realize` turns into objects; plain dicts and lists are
realized item by item (a dict where the reference takes a struct is passed as a dict, as jsii allows). A
dict with a ``"$"`` key is a spec:

* ``{"$": "new", "type": T, "kwargs": {...}, "args": [...]}``: ``c.T(*args, **kwargs)`` (a struct or class
  of the module under test);
* ``{"$": "call", "type": T, "method": m, "args": [...], "kwargs": {...}}``: ``c.T.m(...)``;
* ``{"$": "invoke", "on": spec, "method": m, "args": [...], "kwargs": {...}}``: a method of the object
  ``spec`` stands for (``ClientAttributes().with_custom_attributes(...)``);
* ``{"$": "member", "type": T, "name": N}``: ``c.T.N`` (enum members, ``UserPoolOperation.PRE_SIGN_UP``,
  ``OAuthScope.OPENID``...);
* ``{"$": "removal", "name": N}``: ``core.RemovalPolicy.N``; ``{"$": "duration", "unit": u, "amount": a}``:
  ``core.Duration.u(a)``;
* tokens: ``{"$": "lazy", "value": s}`` (``core.Lazy.string``), ``{"$": "lazy_number", "value": n}``,
  ``{"$": "aws", "name": "REGION"}`` (``core.Aws.REGION``...), ``{"$": "as_number", "of": spec}``
  (``core.Token.as_number``), ``{"$": "param", "name": N, "type": "String" | "Number"}`` (a ``CfnParameter``
  of the pool's stack), ``{"$": "concat", "parts": [...]}`` (the parts joined into one string);
* objects of other jsii modules, created the same way for both runs and shared by name within a build:
  ``{"$": "function", "kind": "real" | "imported" | "plain", "name": N, "arn": v}``,
  ``{"$": "role", ...}``, ``{"$": "key", ...}`` (``aws_lambda.Function``/``from_function_arn``,
  ``aws_iam.Role``/``from_role_arn``, ``aws_kms.Key``/``from_key_arn``, or a plain Python object that jsii
  can proxy: see :class:`PlainFunction`, :class:`PlainRole`, :class:`PlainKey`), and
  ``{"$": "grantee", "kind": "role" | "user" | "plain" | "plain-refusing", "name": N}``;
* ``{"$": "custom_attribute", "config": {...}}``: a plain ``ICustomAttribute`` whose ``bind()`` returns
  ``aws_cognito.CustomAttributeConfig(**config)``;
* ``{"$": "rs_scope", "server": i, "scope": j}``: ``c.OAuthScope.resource_server(server i, its scope j)``
  (servers in the order the steps added them);
* ``{"$": "lazy_list", "value": [...]}`` (``core.Lazy.list``), ``{"$": "import_value", "name": N}``
  (``core.Fn.import_value``), ``{"$": "dynref", "name": N}`` (a Secrets Manager dynamic reference,
  ``SecretValue.secrets_manager(N).unsafe_unwrap()``);
* ``{"$": "result", "step": k}``: what step k returned (FAILED if it raised); the ``output`` step takes
  ``"value": spec`` instead of a pool ``"attribute"``;
* ``{"$": "client", "client": j}``: client j (in the order the steps added or imported them) and
  ``{"$": "client_id", "client": j}``: its ``user_pool_client_id``;
* more kinds registered in :data:`SPECS` by the domain and provider builders;
* bad values: ``{"$": "tuple", "items": [...]}``, ``{"$": "object"}`` (a bare ``object()``).

:func:`build` returns ``{"pool": [...attributes...], "steps": [...], "identity_providers": [...],
"identity_provider_names": [...], "permissions": [...], "statements": [...]}``: the pool's attributes right
after construction, one value per step, the providers registered at the end (and their names), and what
plain functions and principals were asked to do (``add_permission`` calls: id, the principal's service,
the source ARN, any other argument given; ``add_to_principal_policy`` calls: the statement's JSON).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from collections.abc import Callable, Mapping
from typing import Any

import jsii
from aws_cdk import aws_cognito as ref_cognito
from aws_cdk import aws_iam, aws_kms, aws_lambda, core

from .harness import LAZY_PRODUCED, Raised, attempt, lazy_list, lazy_string, normalise

__all__ = [
    "FAILED",
    "OPERATIONS",
    "SPECS",
    "STANDARD_ATTRIBUTES",
    "STEPS",
    "TRIGGERS",
    "PlainFunction",
    "PlainGrantee",
    "PlainKey",
    "PlainRole",
    "build",
    "case_of",
    "created_pool",
    "realize",
    "scope_of",
]

# The fields of StandardAttributes, in the reference's declaration order.
STANDARD_ATTRIBUTES = (
    "address",
    "birthdate",
    "email",
    "family_name",
    "gender",
    "given_name",
    "locale",
    "middle_name",
    "fullname",
    "nickname",
    "phone_number",
    "profile_picture",
    "preferred_username",
    "profile_page",
    "timezone",
    "last_update_time",
    "website",
    "email_verified",
    "phone_number_verified",
)

# The fields of UserPoolTriggers, in the reference's declaration order.
TRIGGERS = (
    "create_auth_challenge",
    "custom_message",
    "define_auth_challenge",
    "post_authentication",
    "post_confirmation",
    "pre_authentication",
    "pre_sign_up",
    "pre_token_generation",
    "user_migration",
    "verify_auth_challenge_response",
    "custom_email_sender",
    "custom_sms_sender",
)

# The UserPoolOperation constants.
OPERATIONS = tuple(name.upper() for name in TRIGGERS)

INLINE_CODE = "exports.handler = async () => ({});"


def _count_lazy() -> None:
    LAZY_PRODUCED[0] += 1


@jsii.implements(core.IStableNumberProducer)
class _NumberProducer:
    def __init__(self, value: float) -> None:
        self._value = value

    def produce(self, context: Any = None) -> float:
        _count_lazy()
        return self._value


# --------------------------------------------------------------------------------------------------
# Plain objects: what ours sees as plain Python objects and jsii proxies to JavaScript
# --------------------------------------------------------------------------------------------------


@jsii.implements(aws_lambda.IFunction)
class PlainFunction:
    """A function known only by its ARN; records every ``add_permission`` call.

    jsii calls ``add_permission(id, permission)`` back on a Python object and expands the ``Permission``
    struct into the keyword-only parameters this signature declares, so the reference and ours (which
    passes keywords) meet the same method.
    """

    def __init__(self, log: list[Any], name: str, arn: Any) -> None:
        self._log = log
        self._name = name
        self._arn = arn

    @property
    def function_arn(self) -> Any:
        return self._arn

    def add_permission(
        self,
        id: str,
        *,
        principal: Any,
        action: Any = None,
        event_source_token: Any = None,
        function_url_auth_type: Any = None,
        scope: Any = None,
        source_account: Any = None,
        source_arn: Any = None,
    ) -> None:
        others = {
            key: value
            for key, value in (
                ("action", action),
                ("event_source_token", event_source_token),
                ("function_url_auth_type", function_url_auth_type),
                ("scope", scope),
                ("source_account", source_account),
            )
            if value is not None
        }
        self._log.append(
            {
                "function": self._name,
                "id": id,
                "principal": getattr(principal, "service", repr(type(principal))),
                "source_arn": source_arn,
                "others": {key: repr(type(value)) for key, value in others.items()},
            }
        )


@jsii.implements(aws_iam.IRole)
class PlainRole:
    """A role known only by its ARN."""

    def __init__(self, arn: Any) -> None:
        self._arn = arn

    @property
    def role_arn(self) -> Any:
        return self._arn


@jsii.implements(aws_kms.IKey)
class PlainKey:
    """A KMS key known only by its ARN."""

    def __init__(self, arn: Any) -> None:
        self._arn = arn

    @property
    def key_arn(self) -> Any:
        return self._arn


@jsii.implements(aws_iam.IPrincipal)
class PlainPrincipal:
    """A principal that records the statements it is given (and accepts them, or not)."""

    def __init__(self, log: list[Any], name: str, dependable: Any) -> None:
        self._log = log
        self._name = name
        self._dependable = dependable

    @property
    def grant_principal(self) -> Any:
        return self

    @property
    def assume_role_action(self) -> str:
        return "sts:AssumeRole"

    @property
    def principal_account(self) -> Any:
        return None

    @property
    def policy_fragment(self) -> Any:
        return aws_iam.PrincipalPolicyFragment({"AWS": [f"plain-{self._name}"]})

    def add_to_principal_policy(self, statement: Any) -> Any:
        self._log.append((self._name, statement))
        if self._dependable is None:
            return aws_iam.AddToPrincipalPolicyResult(statement_added=False)
        return aws_iam.AddToPrincipalPolicyResult(statement_added=True, policy_dependable=self._dependable)

    def add_to_policy(self, statement: Any) -> bool:
        return self.add_to_principal_policy(statement).statement_added


@jsii.implements(aws_iam.IGrantable)
class PlainGrantee:
    """A grantee whose principal is a :class:`PlainPrincipal`."""

    def __init__(self, principal: PlainPrincipal) -> None:
        self._principal = principal

    @property
    def grant_principal(self) -> Any:
        return self._principal


@jsii.implements(ref_cognito.ICustomAttribute)
class PlainCustomAttribute:
    """A custom attribute of the app's own, whose ``bind()`` returns the reference's struct."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        self._config = dict(config)

    def bind(self) -> Any:
        return ref_cognito.CustomAttributeConfig(**self._config)


def statement_json(statement: Any) -> Any:
    """A policy statement as its JSON (a jsii ``PolicyStatement``, or a mapping)."""
    to_json = getattr(statement, "to_statement_json", None)
    if callable(to_json):
        return to_json()
    if isinstance(statement, Mapping):
        return dict(statement)
    return {"$unknown-statement": type(statement).__qualname__}


# --------------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------------


# Stands for a construct whose step raised; what later steps read off it is this marker too (the step
# that raised is compared already). A string, so that it is compared as a returned value.
FAILED: Any = "<failed>"


@dataclasses.dataclass
class Context:
    """What one build of a scenario has made so far."""

    c: Any
    app: core.App
    default_stack: core.Stack
    stack: core.Stack
    scope: core.Construct
    objects: dict[tuple[str, str], Any] = dataclasses.field(default_factory=dict)
    permissions: list[Any] = dataclasses.field(default_factory=list)
    statements: list[Any] = dataclasses.field(default_factory=list)
    servers: list[tuple[Any, Any]] = dataclasses.field(default_factory=list)
    # Constructs that later steps refer to by index (FAILED where the step building one raised).
    clients: list[Any] = dataclasses.field(default_factory=list)
    domains: list[Any] = dataclasses.field(default_factory=list)
    providers: list[Any] = dataclasses.field(default_factory=list)
    # What each step returned so far (a Raised where an attempted step raised).
    results: list[Any] = dataclasses.field(default_factory=list)

    def shared(self, kind: str, name: str, make: Callable[[], Any]) -> Any:
        key = (kind, name)
        if key not in self.objects:
            self.objects[key] = make()
        return self.objects[key]


def _function(ctx: Context, spec: Mapping[str, Any]) -> Any:
    name, kind = spec.get("name", "F"), spec.get("kind", "real")

    def make() -> Any:
        if kind == "real":
            return aws_lambda.Function(
                ctx.stack,
                f"Fn{name}",
                runtime=aws_lambda.Runtime.NODEJS_14_X,
                handler="index.handler",
                code=aws_lambda.Code.from_inline(INLINE_CODE),
            )
        arn = realize(ctx, spec.get("arn", f"arn:aws:lambda:us-east-1:111122223333:function:{name}"))
        if kind == "imported":
            return aws_lambda.Function.from_function_arn(ctx.stack, f"Fn{name}", arn)
        if kind == "plain":
            return PlainFunction(ctx.permissions, name, arn)
        raise AssertionError(f"function kind {kind!r}")

    return ctx.shared("function", name, make)


def _role(ctx: Context, spec: Mapping[str, Any]) -> Any:
    name, kind = spec.get("name", "R"), spec.get("kind", "real")

    def make() -> Any:
        if kind == "real":
            return aws_iam.Role(
                ctx.stack, f"Role{name}", assumed_by=aws_iam.ServicePrincipal("cognito-idp.amazonaws.com")
            )
        arn = realize(ctx, spec.get("arn", f"arn:aws:iam::111122223333:role/{name}"))
        if kind == "imported":
            return aws_iam.Role.from_role_arn(ctx.stack, f"Role{name}", arn)
        if kind == "plain":
            return PlainRole(arn)
        raise AssertionError(f"role kind {kind!r}")

    return ctx.shared("role", name, make)


def _key(ctx: Context, spec: Mapping[str, Any]) -> Any:
    name, kind = spec.get("name", "K"), spec.get("kind", "real")

    def make() -> Any:
        if kind == "real":
            return aws_kms.Key(ctx.stack, f"Key{name}")
        arn = realize(
            ctx,
            spec.get("arn", f"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-{name:0>12}"),
        )
        if kind == "imported":
            return aws_kms.Key.from_key_arn(ctx.stack, f"Key{name}", arn)
        if kind == "plain":
            return PlainKey(arn)
        raise AssertionError(f"key kind {kind!r}")

    return ctx.shared("key", name, make)


def _grantee(ctx: Context, spec: Mapping[str, Any]) -> Any:
    name, kind = spec.get("name", "G"), spec.get("kind", "role")

    def make() -> Any:
        if kind == "role":
            return aws_iam.Role(
                ctx.stack, f"Grantee{name}", assumed_by=aws_iam.ServicePrincipal("lambda.amazonaws.com")
            )
        if kind == "user":
            return aws_iam.User(ctx.stack, f"Grantee{name}")
        if kind == "plain":
            return PlainGrantee(
                PlainPrincipal(ctx.statements, name, core.Construct(ctx.stack, f"Dependable{name}"))
            )
        if kind == "plain-refusing":
            return PlainGrantee(PlainPrincipal(ctx.statements, name, None))
        raise AssertionError(f"grantee kind {kind!r}")

    return ctx.shared("grantee", name, make)


def _param(ctx: Context, spec: Mapping[str, Any]) -> Any:
    name, kind = spec["name"], spec.get("type", "String")
    parameter = ctx.shared("param", name, lambda: core.CfnParameter(ctx.stack, name, type=kind))
    if kind == "Number":
        return parameter.value_as_number
    if kind == "CommaDelimitedList":
        return parameter.value_as_list
    return parameter.value_as_string


def _spec(ctx: Context, spec: Mapping[str, Any]) -> Any:
    tag = spec["$"]
    if tag == "new":
        cls = getattr(ctx.c, spec["type"])
        return cls(*realize(ctx, spec.get("args", [])), **realize(ctx, spec.get("kwargs", {})))
    if tag == "call":
        method = getattr(getattr(ctx.c, spec["type"]), spec["method"])
        return method(*realize(ctx, spec.get("args", [])), **realize(ctx, spec.get("kwargs", {})))
    if tag == "invoke":
        method = getattr(realize(ctx, spec["on"]), spec["method"])
        return method(*realize(ctx, spec.get("args", [])), **realize(ctx, spec.get("kwargs", {})))
    if tag == "member":
        return getattr(getattr(ctx.c, spec["type"]), spec["name"])
    if tag == "removal":
        return getattr(core.RemovalPolicy, spec["name"])
    if tag == "duration":
        return getattr(core.Duration, spec["unit"])(realize(ctx, spec["amount"]))
    if tag == "lazy":
        return lazy_string(spec["value"])
    if tag == "lazy_number":
        return core.Lazy.number(_NumberProducer(spec["value"]))
    if tag == "aws":
        return getattr(core.Aws, spec["name"])
    if tag == "as_number":
        return core.Token.as_number(realize(ctx, spec["of"]))
    if tag == "param":
        return _param(ctx, spec)
    if tag == "concat":
        return "".join(realize(ctx, spec["parts"]))
    if tag == "function":
        return _function(ctx, spec)
    if tag == "role":
        return _role(ctx, spec)
    if tag == "key":
        return _key(ctx, spec)
    if tag == "grantee":
        return _grantee(ctx, spec)
    if tag == "custom_attribute":
        return PlainCustomAttribute(spec["config"])
    if tag == "rs_scope":
        server, scopes = ctx.servers[spec["server"]]
        return ctx.c.OAuthScope.resource_server(server, scopes[spec["scope"]])
    if tag == "tuple":
        return tuple(realize(ctx, spec["items"]))
    if tag == "object":
        return object()
    if tag == "lazy_list":
        return lazy_list(list(spec["value"]))
    if tag == "import_value":
        return core.Fn.import_value(spec["name"])
    if tag == "dynref":
        return core.SecretValue.secrets_manager(spec["name"]).unsafe_unwrap()
    if tag == "result":
        result = ctx.results[spec["step"]]
        return FAILED if isinstance(result, Raised) else result
    if tag == "client":
        return ctx.clients[spec["client"]]
    if tag == "client_id":
        client = ctx.clients[spec["client"]]
        return FAILED if client is FAILED else client.user_pool_client_id
    if tag in SPECS:
        return SPECS[tag](ctx, spec)
    raise AssertionError(f"unknown spec {spec!r}")


def realize(ctx: Context, value: Any) -> Any:
    """The object a value spec stands for (see the module docstring)."""
    if isinstance(value, Mapping):
        if "$" in value:
            return _spec(ctx, value)
        return {key: realize(ctx, item) for key, item in value.items()}
    if isinstance(value, list):
        return [realize(ctx, item) for item in value]
    return value


def _make_stack(ctx: Context, spec: Any) -> core.Stack:
    if spec is None:
        return ctx.default_stack
    env = core.Environment(account=realize(ctx, spec.get("account")), region=realize(ctx, spec.get("region")))
    return core.Stack(ctx.app, "E", env=env)


def _make_pool(ctx: Context, scenario: Mapping[str, Any]) -> Any:
    pool_spec = scenario.get("pool") or {"kind": "new", "props": {}}
    pool_id = scenario.get("id", "Pool")
    kind = pool_spec.get("kind", "new")
    if kind == "new":
        props = pool_spec.get("props", {})
        if props is None:
            return ctx.c.UserPool(ctx.scope, pool_id)
        return ctx.c.UserPool(ctx.scope, pool_id, **realize(ctx, props))
    if kind == "from_id":
        return ctx.c.UserPool.from_user_pool_id(ctx.scope, pool_id, realize(ctx, pool_spec["value"]))
    if kind == "from_arn":
        return ctx.c.UserPool.from_user_pool_arn(ctx.scope, pool_id, realize(ctx, pool_spec["value"]))
    raise AssertionError(f"pool kind {kind!r}")


def _pool_attributes(pool: Any, created: bool) -> list[Any]:
    values = [pool.user_pool_id, pool.user_pool_arn]
    if created:
        values += [pool.user_pool_provider_name, pool.user_pool_provider_url]
    else:
        values += [pool.env.account, pool.env.region]
    return values


def _client_attributes(client: Any) -> list[Any]:
    return [
        client.user_pool_client_id,
        client.o_auth_flows,
        attempt(lambda: client.user_pool_client_name),
    ]


def _target(ctx: Context, pool: Any, name: str) -> Any:
    if name == "pool":
        return pool
    if name == "stack":
        return ctx.stack
    if name == "app":
        return ctx.app
    if name == "l1":
        return pool.node.default_child
    raise AssertionError(f"target {name!r}")


def _step_add_trigger(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    operation = realize(ctx, step["operation"])
    function = realize(ctx, step["function"])
    pool.add_trigger(operation, function)
    return operation.operation_name


def scope_of(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    """Where a step builds: ``"in": "pool"``, ``"in": "A/B"`` (made on first use) or the current scope."""
    where = step.get("in")
    if where is None:
        return ctx.scope
    if where == "pool":
        return pool
    scope = ctx.scope
    for name in where.split("/"):
        scope = scope.node.try_find_child(name) or core.Construct(scope, name)
    return scope


def tracked(into: list[Any], make: Callable[[], Any]) -> Any:
    """``make()``, appended to ``into`` (FAILED if it raised, so that later indexes stay right)."""
    try:
        built = make()
    except BaseException:
        into.append(FAILED)
        raise
    into.append(built)
    return built


def _step_add_client(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    def make() -> Any:
        options = realize(ctx, step.get("options", {}))
        if step.get("via", "add") == "add":
            return pool.add_client(step["id"], **options)
        return ctx.c.UserPoolClient(scope_of(ctx, pool, step), step["id"], user_pool=pool, **options)

    return _client_attributes(tracked(ctx.clients, make))


def _step_import_client(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    def make() -> Any:
        client_id = realize(ctx, step["client_id"])
        return ctx.c.UserPoolClient.from_user_pool_client_id(scope_of(ctx, pool, step), step["id"], client_id)

    return tracked(ctx.clients, make).user_pool_client_id


def _step_stack(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    """Later steps build in a new stack of the app (``"nested": True``: a NestedStack of the current one)."""
    if step.get("nested"):
        ctx.stack = core.NestedStack(ctx.stack, step["id"])
    else:
        env = realize(ctx, step.get("env"))
        ctx.stack = core.Stack(ctx.app, step["id"], env=core.Environment(**env) if env is not None else None)
    ctx.scope = ctx.stack


def _step_add_resource_server(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    options = realize(ctx, step.get("options", {}))
    if step.get("via", "add") == "add":
        server = pool.add_resource_server(step["id"], **options)
    else:
        server = ctx.c.UserPoolResourceServer(ctx.scope, step["id"], user_pool=pool, **options)
    ctx.servers.append((server, options.get("scopes") or []))
    return server.user_pool_resource_server_id


def _step_register_idp(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    """A provider imported by name, registered with the pool unless the step says ``"register": False``."""

    def make() -> Any:
        return ctx.c.UserPoolIdentityProvider.from_provider_name(
            scope_of(ctx, pool, step),
            step.get("id", f"Idp{len(pool.identity_providers)}"),
            realize(ctx, step["name"]),
        )

    provider = tracked(ctx.providers, make)
    if step.get("register", True):
        pool.register_identity_provider(provider)
    return provider.provider_name


def _step_grant(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    return pool.grant(realize(ctx, step["grantee"]), *realize(ctx, step.get("actions", [])))


def _step_tag(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    options = realize(ctx, step.get("options", {}))
    core.Tags.of(_target(ctx, pool, step.get("target", "stack"))).add(step["key"], step["value"], **options)


def _step_untag(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    options = realize(ctx, step.get("options", {}))
    core.Tags.of(_target(ctx, pool, step.get("target", "stack"))).remove(step["key"], **options)


def _step_output(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    """A ``CfnOutput`` of a pool attribute (``"attribute"``) or of any value spec (``"value"``)."""
    value = realize(ctx, step["value"]) if "value" in step else getattr(pool, step["attribute"])
    if value is FAILED:
        return FAILED
    core.CfnOutput(ctx.stack, step.get("id", "Out"), value=value)
    return None


def _step_override(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    pool.node.default_child.add_property_override(step["path"], realize(ctx, step["value"]))


def _step_delete(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    pool.node.default_child.add_property_deletion_override(step["path"])


def _step_removal(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    pool.apply_removal_policy(realize(ctx, step["policy"]))


def _step_read_l1(ctx: Context, pool: Any, step: Mapping[str, Any]) -> Any:
    return getattr(pool.node.default_child, step["attribute"])


Step = Callable[[Context, Any, Mapping[str, Any]], Any]

# Step kinds, and whether a step of that kind is attempted (its error captured) unless it says otherwise.
# domain_scenarios.py and idp_scenarios.py add their own kinds here.
STEPS: dict[str, tuple[Step, bool]] = {
    "add_trigger": (_step_add_trigger, True),
    "add_client": (_step_add_client, False),
    "import_client": (_step_import_client, False),
    "stack": (_step_stack, False),
    "add_resource_server": (_step_add_resource_server, False),
    "register_idp": (_step_register_idp, False),
    "grant": (_step_grant, True),
    "tag": (_step_tag, False),
    "untag": (_step_untag, False),
    "output": (_step_output, False),
    "override": (_step_override, False),
    "delete": (_step_delete, False),
    "removal": (_step_removal, False),
    "read_l1": (_step_read_l1, True),
}

# Value spec kinds that other builders add (see realize): ``fn(ctx, spec) -> object``.
SPECS: dict[str, Callable[[Context, Mapping[str, Any]], Any]] = {}


def build(c: Any, stack: core.Stack, scenario: Mapping[str, Any]) -> Any:
    """Build ``scenario`` with module ``c`` in ``stack``'s app; return the values to compare."""
    scenario = copy.deepcopy(scenario)  # a build never changes the description it was given
    app = stack.node.root
    ctx = Context(c=c, app=app, default_stack=stack, stack=stack, scope=stack)
    ctx.stack = _make_stack(ctx, scenario.get("stack"))
    ctx.scope = core.Construct(ctx.stack, "Nest") if scenario.get("nested") else ctx.stack
    created = (scenario.get("pool") or {}).get("kind", "new") == "new"
    pool = _make_pool(ctx, scenario)
    pool_stack = ctx.stack
    returned: dict[str, Any] = {"pool": _pool_attributes(pool, created)}
    ctx.results = results = []
    for step in scenario.get("steps", []):
        handler, attempted = STEPS[step["do"]]
        if step.get("attempt", attempted):
            results.append(attempt(functools.partial(handler, ctx, pool, step)))
        else:
            results.append(handler(ctx, pool, step))
    returned["steps"] = results
    if scenario.get("read_identity_providers", True):
        returned["identity_providers"] = attempt(lambda: list(pool.identity_providers))
        returned["identity_provider_names"] = attempt(
            lambda: [provider.provider_name for provider in pool.identity_providers]
        )
    returned["permissions"] = ctx.permissions
    returned["statements"] = [[name, statement_json(statement)] for name, statement in ctx.statements]
    # Tokens resolved in the pool's stack (what the harness would do in its own stack ``S``): a name
    # that core makes environment-aware (a provider's) resolves only in a stack of the pool's environment.
    return normalise(returned, pool_stack)


def created_pool(c: Any, scope: core.Construct, props: Mapping[str, Any] | None, id: str = "Pool") -> Any:
    """``c.UserPool(scope, id, **props)``, the props realized as a scenario's are (``None``: no keyword)."""
    stack = core.Stack.of(scope)
    ctx = Context(c=c, app=stack.node.root, default_stack=stack, stack=stack, scope=scope)
    if props is None:
        return c.UserPool(scope, id)
    return c.UserPool(scope, id, **realize(ctx, props))


def case_of(scenario: Mapping[str, Any], *, app_context: Mapping[str, Any] | None = None) -> Any:
    """A harness case ``fn(c, stack)`` building ``scenario``."""

    def run(c: Any, stack: core.Stack) -> Any:
        return build(c, stack, scenario)

    context = dict(scenario.get("app_context") or {}) | dict(app_context or {})
    if context:
        run.app_context = context  # type: ignore[attr-defined]
    return run
