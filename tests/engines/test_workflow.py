"""The schema-gate GitHub workflow: valid, and it verifies on exactly the docker engines zsgate knows."""

from __future__ import annotations

import json
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


class PullRequest:
    """The workflow's comment step, run under node against one pull request's comments (GitHub itself is not
    reachable here, so its issues API is an in-memory list with the same calls)."""

    def __init__(self, tmp_path: Path) -> None:
        node = shutil.which("node")
        if node is None:
            pytest.skip("node not installed (Debian: apt-get install nodejs)")
        self.node = node
        self.folder = tmp_path
        (comment,) = [
            step
            for step in load()["jobs"]["report"]["steps"]
            if step.get("uses", "").startswith("actions/github-script@")
        ]
        self.script = tmp_path / "script.js"
        self.script.write_text(comment["with"]["script"])
        self.state = tmp_path / "state.json"
        self.state.write_text(json.dumps({"comments": [], "next_id": 1, "refuse": False, "warnings": []}))

    def comment(self, others: list[dict[str, Any]] | None = None, refuse: bool = False) -> None:
        state = self.read()
        state["comments"] += others or []
        state["refuse"] = refuse
        self.state.write_text(json.dumps(state))

    def push(self, report: str) -> None:
        (self.folder / "report.md").write_text(report)
        harness = Path(__file__).with_name("github_script.js")
        result = subprocess.run(
            [self.node, str(harness), str(self.script), str(self.state)],
            cwd=self.folder,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr

    def read(self) -> dict[str, Any]:
        return json.loads(self.state.read_text())


def test_each_push_updates_the_one_report_comment_and_leaves_a_persons_comment_alone(tmp_path: Path) -> None:
    from zsgate.checks.report.release_markdown import MARKER

    pull = PullRequest(tmp_path)
    person = {"id": 100, "issue_number": 7, "body": f"{MARKER} quoted by a person", "user": {"type": "User"}}
    pull.comment(others=[person])
    pull.push(f"{MARKER}\n# Schema release 5.5.28\nfirst push\n")
    pull.push(f"{MARKER}\n# Schema release 5.5.28\nsecond push\n")
    comments = pull.read()["comments"]
    assert [c["body"] for c in comments if c["user"]["type"] == "Bot"] == [
        f"{MARKER}\n# Schema release 5.5.28\nsecond push\n"
    ]
    assert comments[0] == person


def test_a_report_over_githubs_limit_is_cut_with_a_link_to_the_whole_one(tmp_path: Path) -> None:
    from zsgate.checks.report.release_markdown import MARKER

    pull = PullRequest(tmp_path)
    pull.push(MARKER + "\n" + "| a table row |\n" * 10_000)
    (comment,) = pull.read()["comments"]
    assert len(comment["body"]) == 65536 and comment["body"].startswith(MARKER)
    assert comment["body"].endswith("(https://github.com/zstackio/zstack/actions/runs/42)._\n")


def test_a_pull_request_from_a_fork_gets_a_warning_not_a_failed_job(tmp_path: Path) -> None:
    pull = PullRequest(tmp_path)
    pull.comment(refuse=True)
    pull.push("<!-- zsgate-report -->\nreport\n")
    state = pull.read()
    assert state["comments"] == [] and "report is in the job summary" in state["warnings"][0]
