"""Build the API reference of cdk_cognito with pdoc: ``python docs/build.py OUTPUT_DIR`` (``make docs``).

Two things on top of a plain ``pdoc cdk_cognito``:

- Importing cdk_cognito starts jsii's Node.js process, which pdoc blocks unless PDOC_ALLOW_EXEC is set.
- pdoc's reStructuredText reader takes a ``:param name:`` field's name up to the *last* colon of its
  first line, so ``:param flows: OAuth flows ... Default: both`` would render as a parameter named
  "flows: OAuth flows ... Default". Colons after the field name are hidden from that reader and put
  back in its output. (pdoc's Google-style reader was fixed the same way: mitmproxy/pdoc#284.)
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("PDOC_ALLOW_EXEC", "1")

import pdoc
import pdoc.docstrings
import pdoc.render

_FIELD_FIRST_LINE = re.compile(r"^(:(?:param|raises)[ ]+[^:\n]+:)(.*)$", re.MULTILINE)
_COLON_STAND_IN = "\ue000"  # a private-use character: no docstring contains it


def _first_colon_wins(rst_fields: Callable[[str], str]) -> Callable[[str], str]:
    def patched(contents: str) -> str:
        hidden = _FIELD_FIRST_LINE.sub(lambda m: m[1] + m[2].replace(":", _COLON_STAND_IN), contents)
        return rst_fields(hidden).replace(_COLON_STAND_IN, ":")

    return patched


def build(output_directory: Path) -> None:
    import cdk_cognito

    # Fails loudly if pdoc renames the function, rather than render garbled parameter lists.
    pdoc.docstrings._rst_fields = _first_colon_wins(pdoc.docstrings._rst_fields)  # type: ignore[attr-defined]
    pdoc.render.configure(
        docformat="restructuredtext",
        footer_text=f"cdk-cognito {cdk_cognito.__version__}",
    )
    pdoc.pdoc("cdk_cognito", output_directory=output_directory)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} OUTPUT_DIR")
    build(Path(sys.argv[1]))
