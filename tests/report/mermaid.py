"""Mermaid itself, run in headless Chromium, as the judge of the diagrams zsgate writes.

`make mermaid` installs the pinned @mermaid-js/mermaid-cli (and with it Mermaid and puppeteer) under
tests/mermaid/node_modules without downloading a browser; Debian's chromium draws. Without them the tests
that need them skip, or fail under ZSGATE_REQUIRE_SERVER=1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, unavailable

TOOLS = ROOT / "tests" / "mermaid"
MERMAID_JS = TOOLS / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
CHROMIUM = Path(os.environ.get("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium"))
FENCE = re.compile(r"^```mermaid\n(.*?)^```$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Drawn:
    """What Mermaid made of one diagram: ``ok`` or its ``error``; when drawn, the entities and edges."""

    ok: bool
    error: str = ""
    entities: tuple[str, ...] = ()
    edges: int = 0


def environment() -> dict[str, str]:
    """Node, Mermaid and a browser, or the test skips (fails where required)."""
    node = shutil.which("node")
    if node is None:
        unavailable("node not found: install Node.js (Debian: apt-get install nodejs npm)")
    if not MERMAID_JS.is_file():
        unavailable(f"Mermaid not installed in {TOOLS}: run `make mermaid`")
    if not CHROMIUM.is_file():
        unavailable(f"no Chromium at {CHROMIUM}: apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH")
    return {**os.environ, "PUPPETEER_EXECUTABLE_PATH": str(CHROMIUM)}


def diagrams_in(markdown: str) -> list[str]:
    """The text of every ```mermaid fence of a Markdown document."""
    return FENCE.findall(markdown)


def check(diagrams: Sequence[str], draw: Sequence[bool] | bool = True) -> list[Drawn]:
    """Each diagram parsed by Mermaid and, where ``draw`` says, drawn."""
    env = environment()
    drawn = [draw] * len(diagrams) if isinstance(draw, bool) else list(draw)
    with tempfile.TemporaryDirectory(prefix="zsgate-mermaid-") as directory:
        request = Path(directory) / "diagrams.json"
        request.write_text(json.dumps([{"text": t, "render": f} for t, f in zip(diagrams, drawn, strict=True)]))
        command = ["node", str(TOOLS / "check_diagrams.mjs"), str(request)]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stderr
    return [
        Drawn(r["ok"], r.get("error", ""), tuple(r.get("entities", ())), r.get("edges", 0))
        for r in json.loads(result.stdout)
    ]


def open_page(page: Path, screenshot: Path | None = None) -> tuple[list[Drawn], list[str]]:
    """The pictures Mermaid drew when Chromium opened ``page``, and the page's errors."""
    env = environment()
    command = ["node", str(TOOLS / "render_page.mjs"), str(page), *([str(screenshot)] if screenshot else [])]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    pictures = [Drawn(not p["error"], "", tuple(p["entities"]), p["edges"]) for p in found["pictures"]]
    return pictures, found["errors"]
