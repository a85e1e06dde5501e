""".pre-commit-hooks.yaml: other repositories run zsgate from it, so its entries must be real commands."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
from ruamel.yaml import YAML

from zsgate.cli import main

HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


def test_hooks_run_zsgate_commands_that_parse() -> None:
    hooks = YAML(typ="safe").load(HOOKS.read_text())
    assert {hook["id"] for hook in hooks} == {"zsgate-lint", "zsgate-generate-check"}
    for hook in hooks:
        assert hook["language"] == "python" and {"name", "entry"} <= set(hook)
        program, name, *args = shlex.split(hook["entry"])
        assert program == "zsgate"
        command = main.get_command(click.Context(main), name)
        assert command is not None
        files = ["V1__schema.sql"] if hook.get("pass_filenames", True) else []
        command.make_context(name, [*args, *files])


def test_the_lint_hook_gets_sql_files() -> None:
    (lint,) = [hook for hook in YAML(typ="safe").load(HOOKS.read_text()) if hook["id"] == "zsgate-lint"]
    assert lint["types"] == ["sql"]
