"""Hostile input for `zsgate report` and `zsgate docs`: names that would break Markdown or Mermaid, files that
cannot be read, outputs that cannot be written, and Ctrl-C: one line, exit 2 or 130, no half-written output."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from markdown_it import MarkdownIt

from tests.processes import default_signals, wait_for_cpu
from tests.report.mermaid import check, diagrams_in
from zsgate.cli import main

HOSTILE = ["a|b", "x``y", "p%%q", "q\"r'", "l\nm", "%%", "a b"]
"""Table names with a pipe, a backtick, Mermaid's comment mark, quotes, a line break; two differ only there."""


def _history(tmp_path: Path) -> Path:
    """A one-file Flyway history: a parent, then a child per hostile name with a foreign key to it, and a view."""
    root = tmp_path / "db"
    (root / "upgrade").mkdir(parents=True)
    tables = ["CREATE TABLE `Parent` (`uuid` VARCHAR(32) NOT NULL PRIMARY KEY);"]
    for name in HOSTILE:
        quoted = "`" + name.replace("`", "``") + "`"
        tables.append(
            f'CREATE TABLE {quoted} (`uuid` VARCHAR(32) NOT NULL PRIMARY KEY, `p|%%"` VARCHAR(32),'
            f' CONSTRAINT `fk|%%` FOREIGN KEY (`p|%%"`) REFERENCES `Parent` (`uuid`) ON DELETE SET NULL);'
        )
    tables.append("CREATE VIEW `v|w` AS SELECT `uuid` FROM `a|b`;")
    (root / "V1.0__schema.sql").write_text("\n".join(tables) + "\n")
    return root


def _cells(markdown: str) -> list[list[str]]:
    """The rows of every table of a Markdown page, as markdown-it (GitHub's flavour of tables) reads them."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    rows, row = [], None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close":
            rows.append(row)
            row = None
    return rows


def test_names_that_would_break_markdown_or_mermaid_do_not(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    result = CliRunner().invoke(main, ["docs", "--out", str(out), "--history", str(_history(tmp_path))])
    assert result.exit_code == 0, result.output
    pages = {str(p.relative_to(out)): p.read_text() for p in out.rglob("*.md")}
    assert len(pages) == 1 + 1 + len(HOSTILE) + 1  # the index, Parent, each hostile table, the view
    index = _cells(pages["index.md"])
    assert all(len(row) == len(index[0]) for row in index if len(row) == 6)  # no cell split by a pipe
    tables = [row for row in index if len(row) == 6][1:]
    assert len(tables) == 1 + len(HOSTILE)
    diagrams = [diagram for name, text in sorted(pages.items()) for diagram in diagrams_in(text)]
    assert len(diagrams) == 1 + len(HOSTILE)
    drawn = check(diagrams)
    for diagram, result in zip(diagrams, drawn, strict=True):
        assert result.ok, (result.error, diagram)
    parent = drawn[[i for i, d in enumerate(diagrams) if "Parent {" in d][0]]
    assert len(parent.entities) == 1 + len(HOSTILE) and parent.edges == len(HOSTILE)  # "a|b" and "a b": two


def test_a_missing_verify_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "verify.json"
    result = CliRunner().invoke(main, ["report", "--verify-json", str(missing)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"zsgate: error: {missing}: cannot be read (No such file or directory)\n"


def test_an_unwritable_out_leaves_nothing_and_says_so_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "report.md"
    result = CliRunner().invoke(main, ["report", "--out", str(out)])
    assert result.exit_code == 2 and not out.parent.exists()
    assert result.stderr.startswith("zsgate: error: ") and result.stderr.endswith(
        ": cannot write: No such file or directory\n"
    )
    assert len(result.stderr.splitlines()) == 1


def test_docs_into_a_file_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    taken = tmp_path / "docs"
    taken.write_text("mine\n")
    result = CliRunner().invoke(main, ["docs", "--out", str(taken)])
    assert result.exit_code == 2 and taken.read_text() == "mine\n"
    assert result.stderr == f"zsgate: error: {taken}: is a file: --out names the directory to write the pages in\n"


def test_a_report_onto_a_directory_is_refused_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--out", str(tmp_path)])
    assert result.exit_code == 2 and list(tmp_path.iterdir()) == []
    assert result.stderr == f"zsgate: error: {tmp_path}: is a directory: --out names the file to write\n"


def test_ctrl_c_mid_report_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    command = [
        sys.executable,
        "-c",
        "from zsgate.cli import run; run()",
        "report",
        "--format",
        "html",
        "--out",
        str(out),
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, preexec_fn=default_signals, cwd=tmp_path)  # noqa: PLW1509
    wait_for_cpu(process.pid, 0.5)  # past importing; reading the models, linting (2 s here): nothing written yet
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.decode().strip() == "zsgate: interrupted"  # after the blank line click writes on Ctrl-C
    assert list(tmp_path.iterdir()) == []  # no report, no temporary file beside it
