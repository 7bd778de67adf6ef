"""The real CDK workflow: the AWS CDK v1 CLI (npm `aws-cdk@1.204.0`) synthesizes examples/.

One `cdk synth` of the example app, as `make synth` runs it (examples/cdk.json starts the app with
the `python3` first on PATH, which is this venv's), into a temporary directory; then checks on what
it wrote: the manifest, the client resources and their properties, that the templates equal the ones
the app synthesizes in-process (less what the CLI adds), and that cfn-lint finds no errors.

Where the machine allows it (`unshare -rn`), the CLI runs in a network namespace of its own with no
network at all, which shows that synth needs neither AWS credentials nor an account.
Skipped where npm (or node) is missing; `make test` installs the CLI first elsewhere.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import pathlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

import pytest
from aws_cdk import assertions

pytestmark = [
    pytest.mark.cli,
    pytest.mark.skipif(
        shutil.which("npm") is None or shutil.which("node") is None,
        reason="the CDK CLI needs Node.js and npm",
    ),
]

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CDK_CLI = EXAMPLES / "node_modules" / "aws-cdk"
STACKS = ("CognitoClientsExample", "CognitoInteropExample")


@dataclass
class Synth:
    outdir: pathlib.Path
    stderr: str
    stdout: str

    def template(self, stack: str) -> dict[str, Any]:
        return json.loads((self.outdir / f"{stack}.template.json").read_text())  # type: ignore[no-any-return]

    def manifest(self) -> dict[str, Any]:
        return json.loads((self.outdir / "manifest.json").read_text())  # type: ignore[no-any-return]


def _install_cli() -> None:
    """What `make` does before the tests; here too so that the file also runs on its own."""
    installed = CDK_CLI / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == "1.204.0":
        return
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=EXAMPLES, check=True, timeout=600
    )


def _offline_prefix() -> list[str]:
    """`unshare -rn` (a new user and network namespace: loopback only) where it works, else nothing."""
    if shutil.which("unshare") is None:
        return []
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    return ["unshare", "-rn"] if probe.returncode == 0 else []


def _cli_env(home: pathlib.Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "CDK_"))}
    env.update(
        # cdk.json runs `python3 app.py`: make that this venv's interpreter.
        PATH=f"{pathlib.Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        # No credentials anywhere: synth must not need any.
        HOME=str(home),
        AWS_CONFIG_FILE=str(home / "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(home / "no-aws-credentials"),
        AWS_EC2_METADATA_DISABLED="true",
        # What the Makefile exports.
        CDK_DISABLE_VERSION_CHECK="1",
        JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="14,16,18,20,22,24,26",
        JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION="1",
        JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION="1",
        JSII_SILENCE_WARNING_KNOWN_BROKEN_NODE_VERSION="1",
    )
    if "AWS_CA_BUNDLE" in os.environ:
        env["AWS_CA_BUNDLE"] = os.environ["AWS_CA_BUNDLE"]
    return env


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    _install_cli()
    work = tmp_path_factory.mktemp("cli-synth")
    outdir = work / "cdk.out"
    (work / "home").mkdir()
    result = subprocess.run(
        [*_offline_prefix(), "node", "cdk-quiet.js", "synth", "--no-ec2creds", "--output", str(outdir)],
        cwd=EXAMPLES,
        env=_cli_env(work / "home"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"cdk synth failed:\n{result.stdout}\n{result.stderr}"
    return Synth(outdir=outdir, stderr=result.stderr, stdout=result.stdout)


def test_cli_reports_both_stacks_and_prints_no_banner(synth: Synth) -> None:
    # The Node-version banners of the CLI and of the app's jsii runtime are boxes of "!!"; the CLI's
    # version check and notices would print more. All silenced: only the CLI's own report remains.
    assert synth.stderr.splitlines() == [
        f"Successfully synthesized to {synth.outdir}",
        f"Supply a stack id ({', '.join(STACKS)}) to display its template.",
    ]
    assert synth.stdout == ""


def test_manifest_lists_environment_agnostic_stacks(synth: Synth) -> None:
    artifacts = synth.manifest()["artifacts"]
    for stack in STACKS:
        assert artifacts[stack]["type"] == "aws:cloudformation:stack"
        assert artifacts[stack]["environment"] == "aws://unknown-account/unknown-region"
        assert artifacts[stack]["properties"]["templateFile"] == f"{stack}.template.json"


def test_the_core_only_stack(synth: Synth) -> None:
    raw = synth.template("CognitoClientsExample")
    template = assertions.Template.from_json(raw)
    pool = {"Ref": _logical_id(raw, "AWS::Cognito::UserPool")}
    provider = {"Ref": _logical_id(raw, "AWS::Cognito::UserPoolIdentityProvider")}
    template.has_resource(
        "AWS::Cognito::UserPool",
        {
            "Properties": {"UserPoolName": "customers", "UsernameAttributes": ["email"]},
            "DeletionPolicy": "Retain",
            "Metadata": {"aws:cdk:path": "CognitoClientsExample/UserPool/Resource"},
        },
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolDomain", {"Domain": "example-shop-login", "UserPoolId": pool}
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolIdentityProvider",
        {"ProviderName": "CorporateSSO", "ProviderType": "OIDC", "UserPoolId": pool},
    )
    template.resource_count_is("AWS::Cognito::UserPoolClient", 2)
    template.resource_count_is("AWS::Cognito::UserPoolResourceServer", 1)
    template.has_resource(
        "AWS::Cognito::UserPoolClient",
        {
            "Properties": {
                "UserPoolId": pool,
                "ClientName": "web-app",
                "AllowedOAuthFlows": ["code"],
                "AllowedOAuthFlowsUserPoolClient": True,
                "AllowedOAuthScopes": ["openid", "email", "profile"],
                "CallbackURLs": ["https://app.example.com/callback", "http://localhost:3000/callback"],
                "LogoutURLs": ["https://app.example.com/signed-out"],
                "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                "PreventUserExistenceErrors": "ENABLED",
                "SupportedIdentityProviders": [provider, "COGNITO"],
                "AccessTokenValidity": 30,
                "IdTokenValidity": 30,
                "RefreshTokenValidity": 10080,
                "TokenValidityUnits": {
                    "AccessToken": "minutes",
                    "IdToken": "minutes",
                    "RefreshToken": "minutes",
                },
                "ReadAttributes": ["email", "email_verified", "name"],
            },
            # The CLI turns on path metadata; `python app.py` alone does not.
            "Metadata": {"aws:cdk:path": "CognitoClientsExample/UserPool/WebClient/Resource"},
        },
    )
    server_id = _logical_id(synth.template("CognitoClientsExample"), "AWS::Cognito::UserPoolResourceServer")
    template.has_resource_properties(
        "AWS::Cognito::UserPoolClient",
        {
            "UserPoolId": pool,
            "ClientName": "billing-service",
            "GenerateSecret": True,
            "AllowedOAuthFlows": ["client_credentials"],
            "AllowedOAuthFlowsUserPoolClient": True,
            "AllowedOAuthScopes": [{"Fn::Join": ["", [{"Ref": server_id}, "/read"]]}],
            "SupportedIdentityProviders": [provider, "COGNITO"],
        },
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolResourceServer",
        {
            "Identifier": "orders-api",
            "Name": "orders-api",
            "UserPoolId": pool,
            "Scopes": [
                {"ScopeDescription": "Read orders", "ScopeName": "read"},
                {"ScopeDescription": "Create orders", "ScopeName": "write"},
            ],
        },
    )
    outputs = synth.template("CognitoClientsExample")["Outputs"]
    values = {name: out["Value"] for name, out in outputs.items()}
    assert "/login?client_id=" in json.dumps(values.pop("SignInUrl"))
    assert values == {
        "UserPoolId": pool,
        "WebClientId": {
            "Ref": _logical_id_by_path(synth, "CognitoClientsExample/UserPool/WebClient/Resource")
        },
        "ServiceClientId": {
            "Ref": _logical_id_by_path(synth, "CognitoClientsExample/ServiceClient/Resource")
        },
    }


def test_client_of_a_jsii_user_pool(synth: Synth) -> None:
    raw = synth.template("CognitoInteropExample")
    template = assertions.Template.from_json(raw)
    pool_id = _logical_id(raw, "AWS::Cognito::UserPool")
    provider_id = _logical_id(raw, "AWS::Cognito::UserPoolIdentityProvider")
    template.resource_count_is("AWS::Cognito::UserPool", 1)
    template.resource_count_is("AWS::Cognito::UserPoolClient", 1)
    template.has_resource_properties(
        "AWS::Cognito::UserPoolIdentityProvider",
        {
            "ProviderName": "CorporateSSO",
            "ProviderType": "OIDC",
            # A dynamic reference, not the secret.
            "ProviderDetails": assertions.Match.object_like(
                {"client_secret": "{{resolve:secretsmanager:corporate-sso/client-secret:SecretString:::}}"}
            ),
        },
    )
    template.has_resource_properties(
        "AWS::Cognito::UserPoolClient",
        {
            "UserPoolId": {"Ref": pool_id},
            "ClientName": "customer-portal",
            "AllowedOAuthFlows": ["code"],
            "AllowedOAuthFlowsUserPoolClient": True,
            "AllowedOAuthScopes": ["openid", "email"],
            "CallbackURLs": ["https://portal.example.com/callback"],
            # The pool's registered provider (a Ref, so CloudFormation creates it first), then COGNITO.
            "SupportedIdentityProviders": [{"Ref": provider_id}, "COGNITO"],
        },
    )


def test_cli_templates_are_the_in_process_templates_plus_cli_metadata(synth: Synth) -> None:
    """What the CLI adds is path metadata and version reporting; everything else is the app's own."""
    example = _load_example()
    context = json.loads((EXAMPLES / "cdk.json").read_text())["context"]
    assembly = example.build_app(
        outdir=str(synth.outdir.parent / "in-process"), interop=True, context=context
    )
    cloud_assembly = assembly.synth()
    for stack in STACKS:
        cli_template = synth.template(stack)
        assert cli_template["Resources"]["CDKMetadata"]["Type"] == "AWS::CDK::Metadata"
        assert cli_template["Resources"]["CDKMetadata"]["Condition"] == "CDKMetadataAvailable"
        assert _without_cli_additions(cli_template) == cloud_assembly.get_stack_by_name(stack).template


def test_cfn_lint_finds_no_errors(synth: Synth, tmp_path: pathlib.Path) -> None:
    templates = [synth.outdir / f"{stack}.template.json" for stack in STACKS]
    findings = _cfn_lint(templates)
    errors = [f for f in findings if f["Level"] == "Error"]
    assert errors == [], json.dumps(errors, indent=1)

    # ... and cfn-lint does look: the same template with a required property removed fails.
    broken = copy.deepcopy(synth.template("CognitoClientsExample"))
    client_id = _logical_id_by_path(synth, "CognitoClientsExample/ServiceClient/Resource")
    del broken["Resources"][client_id]["Properties"]["UserPoolId"]
    (tmp_path / "broken.template.json").write_text(json.dumps(broken))
    errors = [f for f in _cfn_lint([tmp_path / "broken.template.json"]) if f["Level"] == "Error"]
    assert [e["Rule"]["Id"] for e in errors] == ["E3003"]
    assert "UserPoolId" in errors[0]["Message"]


def _cfn_lint(templates: list[pathlib.Path]) -> list[dict[str, Any]]:
    cfn_lint = pathlib.Path(sys.executable).parent / "cfn-lint"
    result = subprocess.run(
        [str(cfn_lint), "--format", "json", "--", *map(str, templates)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.stdout, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _logical_id(template: dict[str, Any], resource_type: str) -> str:
    (logical_id,) = [k for k, v in template["Resources"].items() if v["Type"] == resource_type]
    return logical_id


def _logical_id_by_path(synth: Synth, path: str) -> str:
    stack = path.split("/", 1)[0]
    (logical_id,) = [
        k
        for k, v in synth.template(stack)["Resources"].items()
        if v.get("Metadata", {}).get("aws:cdk:path") == path
    ]
    return logical_id


def _without_cli_additions(template: dict[str, Any]) -> dict[str, Any]:
    template = copy.deepcopy(template)
    del template["Resources"]["CDKMetadata"]
    del template["Conditions"]["CDKMetadataAvailable"]
    if not template["Conditions"]:
        del template["Conditions"]
    for resource in template["Resources"].values():
        metadata = resource.get("Metadata", {})
        metadata.pop("aws:cdk:path", None)
        if "Metadata" in resource and not metadata:
            del resource["Metadata"]
    return template


def _load_example() -> Any:
    spec = importlib.util.spec_from_file_location("example_app_for_cli_test", EXAMPLES / "app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
