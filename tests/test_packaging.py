"""The distribution: `python -m build` makes an sdist and a wheel that install and work on their own.

The build runs on a copy of the files git does not ignore (as they are in the work tree), as on a
fresh clone; `build` makes the wheel from the sdist, so both are exercised. The wheel is then
installed, with its dependencies resolved from the package index, into a throwaway venv that has
nothing else in it, and used from there: imported, type-checked through its ``py.typed``, and made
to synthesize a client.
"""

from __future__ import annotations

import ast
import email.parser
import json
import pathlib
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from dataclasses import dataclass

import pytest

pytestmark = pytest.mark.network

ROOT = pathlib.Path(__file__).resolve().parent.parent
PY = sys.executable

# What the test extra may pull in, and the reference: none of it may reach a user's install.
NOT_AT_RUNTIME = {
    "aws-cdk-aws-cognito",
    "aws-cdk-assertions",
    "aws-cdk-aws-iam",
    "aws-cdk-aws-lambda",
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "cfn-lint",
    "build",
    "pdoc",
}


def _version_in_source() -> str:
    tree = ast.parse((ROOT / "src" / "cdk_cognito" / "_version.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__version__"]:
            assert isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            return node.value.value
    raise AssertionError("no __version__ in src/cdk_cognito/_version.py")


def _normalize(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


@dataclass
class Dist:
    sdist: pathlib.Path
    wheel: pathlib.Path
    venv_python: pathlib.Path
    installed: dict[str, str]  # normalized name -> version, everything in the venv


def _tracked_copy(dest: pathlib.Path) -> None:
    """The files a fresh clone would have once the work tree is committed: tracked or not ignored."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode == 0:
        names = [n for n in listed.stdout.decode().split("\0") if n]
    else:  # not a git checkout: the files the build needs
        names = ["pyproject.toml", "README.md", "LICENSE"]
        names += [str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*") if "__pycache__" not in p.parts]
    for name in names:
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def _run(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    work = tmp_path_factory.mktemp("packaging")
    tree, out = work / "tree", work / "dist"
    _tracked_copy(tree)
    _run([PY, "-m", "build", "--outdir", str(out), str(tree)])
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")

    # A venv with nothing in it (not even pip); this venv's pip installs into it.
    venv = work / "venv"
    _run([PY, "-m", "venv", "--without-pip", str(venv)])
    venv_python = venv / "bin" / "python"
    pip = [PY, "-m", "pip", "--python", str(venv_python)]
    _run([*pip, "install", "--quiet", str(wheel)])
    listed = _run([*pip, "list", "--format", "json"])
    installed = {_normalize(d["name"]): d["version"] for d in json.loads(listed)}
    return Dist(sdist=sdist, wheel=wheel, venv_python=venv_python, installed=installed)


def test_wheel_and_sdist_carry_the_single_source_version(dist: Dist) -> None:
    version = _version_in_source()
    assert dist.wheel.name == f"cdk_cognito-{version}-py3-none-any.whl"
    assert dist.sdist.name == f"cdk_cognito-{version}.tar.gz"
    with zipfile.ZipFile(dist.wheel) as wheel:
        metadata = email.parser.Parser().parsestr(
            wheel.read(f"cdk_cognito-{version}.dist-info/METADATA").decode()
        )
    assert metadata["Name"] == "cdk-cognito"
    assert metadata["Version"] == version
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["License-Expression"] == "Apache-2.0"


def test_runtime_requirement_is_aws_cdk_core_only(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(wheel.read(name).decode())
    requires = metadata.get_all("Requires-Dist") or []
    assert [r for r in requires if "extra ==" not in r] == ["aws-cdk.core==1.204.*"]


def test_wheel_ships_the_package_and_its_py_typed_marker(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as wheel:
        names = wheel.namelist()
    package = sorted(n for n in names if not n.startswith("cdk_cognito-"))
    assert "cdk_cognito/py.typed" in package
    assert "cdk_cognito/__init__.py" in package
    assert all(n.startswith("cdk_cognito/") and n.endswith((".py", "py.typed")) for n in package), package
    src = ROOT / "src"
    sources = sorted(p.relative_to(src).as_posix() for p in (src / "cdk_cognito").rglob("*.py"))
    assert [n for n in package if n.endswith(".py")] == sources

    with tarfile.open(dist.sdist) as sdist:
        members = {m.name.split("/", 1)[1] for m in sdist.getmembers() if "/" in m.name}
    assert {"pyproject.toml", "README.md", "LICENSE", "src/cdk_cognito/py.typed"} <= members


def test_install_brings_aws_cdk_core_and_nothing_test_only(dist: Dist) -> None:
    assert dist.installed["cdk-cognito"] == _version_in_source()
    assert dist.installed["aws-cdk-core"].startswith("1.204.")
    assert not NOT_AT_RUNTIME & set(dist.installed), sorted(NOT_AT_RUNTIME & set(dist.installed))
    # No construct library besides core's own support packages: no aws-cdk.aws-* at all.
    assert not [n for n in dist.installed if n.startswith("aws-cdk-aws-")]
    # aws-cdk.core's closure is ~13 distributions (jsii, constructs, cx-api, ...); the reference's ~40.
    assert len(dist.installed) < 20, sorted(dist.installed)


def _run_in_venv(dist: Dist, cwd: pathlib.Path, code: str) -> str:
    result = subprocess.run(
        [str(dist.venv_python), "-I", "-c", textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_installed_package_imports_and_synthesizes(dist: Dist, tmp_path: pathlib.Path) -> None:
    out = _run_in_venv(
        dist,
        tmp_path,
        """
        import importlib.metadata, importlib.util, json, pathlib
        import cdk_cognito as cognito
        from aws_cdk import core

        app = core.App(outdir="cdk.out")
        stack = core.Stack(app, "Stack")
        pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_AbC123")
        pool.add_client("Client", generate_secret=True)
        template = app.synth().get_stack_by_name("Stack").template
        print(json.dumps({
            "file": cognito.__file__,
            "version": cognito.__version__,
            "dist_version": importlib.metadata.version("cdk-cognito"),
            "py_typed": (pathlib.Path(cognito.__file__).parent / "py.typed").is_file(),
            "reference_importable": importlib.util.find_spec("aws_cdk.aws_cognito") is not None,
            "template": template,
        }))
        """,
    )
    report = json.loads(out)
    version = _version_in_source()
    assert pathlib.Path(report["file"]).is_relative_to(dist.venv_python.parent.parent)
    assert report["version"] == report["dist_version"] == version
    assert report["py_typed"] is True
    assert report["reference_importable"] is False
    (resource,) = report["template"]["Resources"].values()
    assert resource == {
        "Type": "AWS::Cognito::UserPoolClient",
        "Properties": {
            "UserPoolId": "us-east-1_AbC123",
            "AllowedOAuthFlows": ["implicit", "code"],
            "AllowedOAuthFlowsUserPoolClient": True,
            "AllowedOAuthScopes": ["profile", "phone", "email", "openid", "aws.cognito.signin.user.admin"],
            "CallbackURLs": ["https://example.com"],
            "GenerateSecret": True,
            "SupportedIdentityProviders": ["COGNITO"],
        },
    }


def test_installed_package_is_typed_for_mypy(dist: Dist, tmp_path: pathlib.Path) -> None:
    """mypy reads the installed copy (through py.typed) and checks a user's code against it."""
    (tmp_path / "mypy.ini").write_text(
        "[mypy]\nstrict = True\n[mypy-aws_cdk.*,jsii.*,constructs.*]\nfollow_imports = skip\n"
    )
    (tmp_path / "user.py").write_text(
        textwrap.dedent(
            """
            import cdk_cognito as cognito

            flows: cognito.OAuthFlows = cognito.OAuthFlows(client_credentials=True)
            name: str = cognito.OAuthScope.OPENID.scope_name
            wrong: int = cognito.OAuthScope.OPENID.scope_name
            """
        )
    )
    result = subprocess.run(
        [
            PY,
            "-m",
            "mypy",
            "--config-file",
            "mypy.ini",
            "--python-executable",
            str(dist.venv_python),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "user.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # Exactly the one planted error: the package was found, typed, and its annotations were used.
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert errors[0].startswith("user.py:6: error: Incompatible types in assignment"), errors
    assert '(expression has type "str", variable has type "int")' in errors[0]
