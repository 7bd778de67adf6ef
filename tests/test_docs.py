"""`make docs` builds the API reference, and every public name is in it with its defaults.

The reference is pdoc's HTML. For each name in ``cdk_cognito.__all__`` the test finds its section and
checks against the live objects: every parameter default of a class's constructor and of its public
methods is rendered in the signature, every dataclass field is listed with its default, each field's
``:param`` description (with its "Default: ...") is rendered, and ``__version__`` shows the version.
"""

from __future__ import annotations

import dataclasses
import enum
import html
import inspect
import pathlib
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest

import cdk_cognito

ROOT = pathlib.Path(__file__).resolve().parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find(self, predicate: Callable[[Node], bool]) -> list[Node]:
        return [n for n in self.iter() if predicate(n)]

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self._stack[-1].children.append(node)
        if tag not in VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Node:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = tmp_path_factory.mktemp("docs") / "_build"
    result = subprocess.run(
        ["make", "--no-print-directory", "docs", f"DOCS_OUT={out}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # pdoc reports what it could not render (a docstring it cannot parse, an import it had to skip).
    assert "Warn" not in result.stderr, result.stderr
    assert (out / "index.html").is_file()
    builder = _TreeBuilder()
    builder.feed((out / "cdk_cognito.html").read_text())
    return builder.root


def _by_id(root: Node, ident: str) -> Node:
    found = root.find(lambda n: n.attrs.get("id") == ident)
    assert len(found) == 1, f"{ident!r}: {len(found)} elements in the reference"
    return found[0]


def _rendered_params(member: Node) -> dict[str, str]:
    """Parameter name -> rendered default ('' if none) of the signature in a member's block."""
    (signature,) = member.find(lambda n: "signature" in n.classes())
    params: dict[str, str] = {}
    for param in signature.find(lambda n: "param" in n.classes()):
        text = _squash(param.text()).rstrip(",").strip()
        name_part, _, default = text.partition(" = ")
        name = name_part.split(":", 1)[0].strip().lstrip("*")
        if name and name not in ("self", "cls"):
            params[name] = default.strip()
    return params


def _expected_defaults(function: Any) -> dict[str, str]:
    signature = inspect.signature(function)
    return {
        p.name: "" if p.default is inspect.Parameter.empty else repr(p.default)
        for p in signature.parameters.values()
        if p.name not in ("self", "cls")
    }


def _public_methods(cls: type) -> Iterator[tuple[str, Any]]:
    for name, value in vars(cls).items():
        if name.startswith("_"):
            continue
        function = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
        if inspect.isfunction(function):
            yield name, getattr(cls, name)


def test_every_public_name_has_a_section(reference: Node) -> None:
    sections = {n.attrs["id"] for n in reference.find(lambda n: n.tag == "section" and "id" in n.attrs)}
    assert set(cdk_cognito.__all__) <= sections, sorted(set(cdk_cognito.__all__) - sections)


def test_version_is_rendered(reference: Node) -> None:
    section = _squash(_by_id(reference, "__version__").text())
    assert f"__version__ = {cdk_cognito.__version__!r}" in section or (
        f"__version__: str = {cdk_cognito.__version__!r}" in section
    ), section


@pytest.mark.parametrize(
    "name", [n for n in cdk_cognito.__all__ if inspect.isclass(getattr(cdk_cognito, n))], ids=str
)
def test_class_signatures_render_their_defaults(reference: Node, name: str) -> None:
    cls = getattr(cdk_cognito, name)
    section = _by_id(reference, name)
    if issubclass(cls, enum.Enum):
        # An enum is called with a member's value, not constructed: its members are what it documents.
        for member in cls:
            _by_id(section, f"{name}.{member.name}")
        return
    # The constructor's own signature: jsii's metaclass hides it from inspect.signature(cls).
    expected = _expected_defaults(cls.__init__) if "__init__" in vars(cls) else _expected_defaults(cls)
    if expected:  # pdoc leaves out a constructor that takes no arguments
        init = _by_id(section, f"{name}.__init__")
        assert _rendered_params(init) == expected
    for method_name, method in _public_methods(cls):
        member = _by_id(section, f"{name}.{method_name}")
        assert _rendered_params(member) == _expected_defaults(method), f"{name}.{method_name}"


def _own_fields(cls: type) -> list[dataclasses.Field[Any]]:
    """The fields a dataclass declares itself; pdoc documents inherited ones under the base."""
    inherited = {
        f.name for base in cls.__mro__[1:] if dataclasses.is_dataclass(base) for f in dataclasses.fields(base)
    }
    return [f for f in dataclasses.fields(cls) if f.name not in inherited]


@pytest.mark.parametrize(
    "name", [n for n in cdk_cognito.__all__ if dataclasses.is_dataclass(getattr(cdk_cognito, n))], ids=str
)
def test_struct_fields_render_their_defaults_and_descriptions(reference: Node, name: str) -> None:
    cls = getattr(cdk_cognito, name)
    section = _by_id(reference, name)
    # The rendered "Parameters" list of the class docstring.
    parameter_list = _squash(" ".join(li.text() for li in section.find(lambda n: n.tag == "li")))
    parameter_list = parameter_list.replace("Default:  ", "Default: ")
    described = dict(re.findall(r":param (\w+):(.*?)(?=\n:param |\Z)", inspect.getdoc(cls) or "", flags=re.S))
    for struct_field in _own_fields(cls):
        member = _squash(_by_id(section, f"{name}.{struct_field.name}").text())
        if struct_field.default is not dataclasses.MISSING:
            assert member.endswith(f"= {struct_field.default!r}"), member
        else:
            assert "=" not in member, member  # a required field
    for field_name, description in described.items():
        assert field_name in {f.name for f in dataclasses.fields(cls)}, (
            f"{name}: :param {field_name} is no field"
        )
        words = _squash(re.sub(r"``|:\w+:`~?([^`]*)`", r"\1", description))
        # The first words of the description, and its "Default: ..." clause, are in the rendered list.
        assert " ".join(words.split()[:4]) in parameter_list, (name, field_name, words)
        if "Default:" in words:
            clause = " ".join(words[words.index("Default:") :].split()[:3]).rstrip(".")
            assert clause in parameter_list, (name, field_name, clause)


def test_the_props_of_the_client_are_documented_with_their_defaults(reference: Node) -> None:
    """Our own structs document every field with `:param ...: ... Default: ...`; pdoc shows them all."""
    section = _by_id(reference, "UserPoolClientOptions")
    items = {}
    for li in section.find(lambda n: n.tag == "li"):
        strong = li.find(lambda n: n.tag == "strong")
        if strong:
            items[_squash(strong[0].text())] = _squash(li.text())
    fields = [f.name for f in dataclasses.fields(cdk_cognito.UserPoolClientOptions)]
    assert len(fields) >= 13
    assert sorted(items) == sorted(fields)
    assert [f for f in fields if "Default:" not in items[f]] == []
