"""A Markdown report as one HTML page the browser draws the Mermaid pictures of.

The page is the Markdown rendered by markdown-it (CommonMark with tables, raw HTML off except the report's
own ``<details>``), so it says what the Markdown says. Mermaid's script is put inline, so the page is one
self-contained file that draws its pictures with no network: the copy zsgate ships (``mermaid_js/``, MIT
licensed, the version the tests check diagrams with), or another ``mermaid.min.js`` when one is given.
"""

from __future__ import annotations

import gzip
import html
from importlib.resources import files
from pathlib import Path

from markdown_it import MarkdownIt

MERMAID_VERSION = "12.4.0"
"""The Mermaid release shipped in ``mermaid_js/`` and pinned by tests/mermaid/package-lock.json."""
SHIPPED_MERMAID = "mermaid.min.js.gz"

STYLE = """
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto;
       max-width: 1200px; padding: 0 1em; color: #1f2328; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
code { background: #f6f8fa; padding: 1px 4px; border-radius: 4px; font-size: 90%; }
pre { background: #f6f8fa; padding: 10px; overflow-x: auto; }
pre.mermaid { background: none; text-align: center; overflow-x: auto; }
h1, h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
"""


DRAW = """
mermaid.initialize({startOnLoad: false, securityLevel: "strict", maxTextSize: 1000000, er: {useMaxWidth: true}});
mermaid.run().then(() => {
  // A picture fits the page unless that would shrink it below half its size: then it keeps it, and scrolls.
  for (const svg of document.querySelectorAll("pre.mermaid svg")) {
    const width = svg.viewBox.baseVal.width;
    if (width > 2 * svg.parentElement.clientWidth) {
      svg.style.maxWidth = "none";
      svg.setAttribute("width", width);
    }
  }
});
"""


def _fence(markdown: MarkdownIt) -> None:
    """```mermaid fences become ``<pre class="mermaid">`` for Mermaid to draw; other fences stay code."""
    default = markdown.renderer.rules["fence"]

    def fence(renderer, tokens, index, options, env) -> str:  # type: ignore[no-untyped-def]  # markdown-it's rule
        token = tokens[index]
        if token.info.strip() == "mermaid":
            return f'<pre class="mermaid">\n{html.escape(token.content)}</pre>\n'
        return default(tokens, index, options, env)

    markdown.add_render_rule("fence", fence)


def html_page(markdown_text: str, title: str, mermaid_js: Path | None = None) -> str:
    """One self-contained HTML page of ``markdown_text``, with Mermaid's script inline: ``mermaid_js`` (a
    ``mermaid.min.js``) when given, else the copy zsgate ships."""
    markdown = MarkdownIt("commonmark", {"html": True}).enable("table")
    _fence(markdown)
    body = markdown.render(markdown_text)
    source = mermaid_js.read_text(encoding="utf-8") if mermaid_js is not None else shipped_mermaid()
    script = "<script>" + source.replace("</script", "<\\/script") + "</script>"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}"
        f"{script}\n<script>{DRAW}</script>\n</body>\n</html>\n"
    )


def shipped_mermaid() -> str:
    """The ``mermaid.min.js`` zsgate ships (Mermaid :data:`MERMAID_VERSION`)."""
    packed = files("zsgate.checks.report.mermaid_js").joinpath(SHIPPED_MERMAID).read_bytes()
    return gzip.decompress(packed).decode("utf-8")
