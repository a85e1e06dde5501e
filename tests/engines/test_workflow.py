"""The schema-gate GitHub workflow: valid, and it verifies on exactly the docker engines zsgate knows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from zsgate.engines import DOCKER_SPECS

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "schema-gate.yml"


def load() -> dict[str, Any]:
    return YAML(typ="safe").load(WORKFLOW.read_text())


def test_the_workflow_is_valid_for_github_actions() -> None:
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or shutil.which(
        "check-jsonschema"
    )
    if checker is None:
        pytest.skip("check-jsonschema not installed: pip install -e '.[test]'")
    result = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_matrix_is_the_docker_engines_zsgate_knows() -> None:
    job = load()["jobs"]["schema-gate"]
    assert job["strategy"]["matrix"]["engine"] == list(DOCKER_SPECS)


def test_the_steps_install_generate_lint_and_verify_on_the_matrix_engine() -> None:
    workflow = load()
    assert set(workflow["on"]) == {"push", "pull_request"}
    job = workflow["jobs"]["schema-gate"]
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/upload-artifact"]
    assert (
        next(step for step in job["steps"] if "setup-python" in step.get("uses", ""))["with"]["python-version"]
        == "3.11"
    )
    assert [step["run"] for step in job["steps"] if "run" in step] == [
        "pip install -e .",
        "zsgate generate --check",
        "zsgate lint migrations",
        "zsgate verify --engine ${{ matrix.engine }} --format json | tee verify-${{ strategy.job-index }}.json",
        'zsgate report --verify-json verify-${{ strategy.job-index }}.json >> "$GITHUB_STEP_SUMMARY"',
    ]
    verify = next(step for step in job["steps"] if step.get("run", "").startswith("zsgate verify"))
    assert verify["shell"] == "bash"  # -o pipefail: a failed verify fails the job through tee


@pytest.mark.parametrize("engine", DOCKER_SPECS)
def test_every_zsgate_command_in_the_workflow_parses_with_the_cli(engine: str) -> None:
    import shlex

    import click

    from zsgate.cli import main

    steps = [step for job in load()["jobs"].values() for step in job["steps"]]
    commands = [
        line.strip()
        for step in steps
        for line in step.get("run", "").splitlines()
        if line.strip().startswith("zsgate ")
    ]
    assert len(commands) == 5
    for command in commands:
        command = command.split(" | ")[0].split(" >> ")[0].replace('"${results[@]}" ', "")
        command = command.replace("${{ matrix.engine }}", engine).replace("${{ strategy.job-index }}", "0")
        name, *args = shlex.split(command)[1:]
        subcommand = main.get_command(click.Context(main), name)
        assert subcommand is not None, command
        subcommand.make_context(name, args)  # raises on an unknown flag or a bad value


def test_the_report_job_keeps_one_comment_on_the_pull_request_found_by_the_report_marker() -> None:
    from zsgate.checks.report.release_markdown import MARKER

    job = load()["jobs"]["report"]
    assert job["needs"] == "schema-gate" and "github.event_name == 'pull_request'" in job["if"]
    assert job["permissions"] == {"contents": "read", "pull-requests": "write"}
    (comment,) = [step for step in job["steps"] if step.get("uses", "").startswith("actions/github-script@")]
    script = comment["with"]["script"]
    assert f'const marker = "{MARKER}";' in script and "c.body.startsWith(marker)" in script
    assert script.index("updateComment") < script.index("createComment")  # edited in place, made once
    run = next(step["run"] for step in job["steps"] if "zsgate report" in step.get("run", ""))
    assert '--verify-json "$file"' in run and 'cat report.md >> "$GITHUB_STEP_SUMMARY"' in run
