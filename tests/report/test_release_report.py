"""`zsgate report` on the release the models introduce (5.5.28), checked by Mermaid itself and in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.report.mermaid import MERMAID_JS, check, diagrams_in, environment, open_page
from zsgate.checks.report.html_page import MERMAID_VERSION, shipped_mermaid
from zsgate.cli import main

CACHE_TABLES = (
    "AiHostCacheStorageVO",
    "AiHostModelCachePolicyVO",
    "AiHostModelCacheReservationVO",
    "AiHostModelCacheVO",
)
PICTURED = {*CACHE_TABLES, "VmModelMountVO", "HostEO", "ModelVO", "VmInstanceEO"}


def report(*options: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["report", "--release", "5.5.28", *options])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def markdown() -> str:
    code, out, err = report()
    assert code == 0, err
    return out


def test_the_summary_names_the_four_cache_tables_and_the_new_column_index_and_key(markdown: str) -> None:
    summary = markdown.split("## Summary")[1].split("\n## ")[0]
    assert "| tables | 4 | 0 | 0 | 0 |" in summary
    for table in CACHE_TABLES:
        assert f"| `{table}` | table | added | `{table}` |" in summary
    assert "| `VmModelMountVO` | column | added | `cacheUuid` | VARCHAR(32) NULL |" in summary
    assert "(cacheUuid) → AiHostModelCacheVO(uuid) ON DELETE SET NULL" in summary
    assert "CREATE TABLE" not in markdown  # tables, not SQL


def test_the_picture_has_the_cascade_edges_to_host_and_the_set_null_edge_from_the_mounts(markdown: str) -> None:
    (diagram,) = diagrams_in(markdown)
    for table in CACHE_TABLES:
        assert f'    {table} }}o--|| HostEO : "hostUuid: ON DELETE CASCADE"' in diagram
    # cacheUuid may be NULL: a mount has zero or one cache, and loses it when the cache goes
    assert '    VmModelMountVO }o--o| AiHostModelCacheVO : "cacheUuid: ON DELETE SET NULL"' in diagram
    assert '        varchar(32) hostUuid FK "NOT NULL"' in diagram  # AiHostModelCacheReservationVO's
    assert '        varchar(255) identityHash "NOT NULL; unique with hostUuid"' in diagram  # AiHostModelCacheVO's
    assert "        varchar(32) cacheUuid FK\n" in diagram
    assert set(re.findall(r"^    (\w+) \{$", diagram, re.MULTILINE)) == PICTURED


def test_impact_and_prechecks_are_reported(markdown: str) -> None:
    impact = markdown.split("## Impact on existing tables, worst first")[1].split("\n## ")[0]
    assert "| where | table | operation | mysql-8.0 | mysql-8.4 | mysql-9.7 | mariadb-10.11 | mariadb-11.8 |" in impact
    rows = [line for line in impact.splitlines() if "`VmModelMountVO`" in line]
    assert [row.split(" | ")[2] for row in rows] == ["add-index", "add-foreign-key-unchecked", "add-column"]
    assert "## Prechecks" in markdown and "## Lint" in markdown
    assert markdown.startswith("<!-- zsgate-report -->\n")


def test_mermaid_parses_and_draws_one_entity_per_table_and_one_edge_per_foreign_key(markdown: str) -> None:
    (drawn,) = check(diagrams_in(markdown))
    assert drawn.ok, drawn.error
    assert sorted(drawn.entities) == sorted(PICTURED)
    assert drawn.edges == 7  # four to HostEO, the mounts' three


def test_the_html_page_draws_the_picture_in_chromium_with_no_network_request(tmp_path: Path) -> None:
    """The page is one self-contained file: Mermaid (the copy zsgate ships) is in it, nothing is fetched."""
    page, screenshot = tmp_path / "report.html", tmp_path / "report.png"
    code, _, err = report("--format", "html", "--out", str(page))
    assert code == 0, err
    assert "<table>" in page.read_text() and "CREATE TABLE" not in page.read_text()
    assert "<script src" not in page.read_text()
    pictures, errors = open_page(page, screenshot)
    assert errors == []  # a request for anything but the page is one
    (picture,) = pictures
    assert sorted(picture.entities) == sorted(PICTURED)
    assert picture.edges == 7
    assert screenshot.stat().st_size > 10_000


def test_the_judge_sees_a_page_that_loads_its_script_from_the_network(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text('<html><body><script src="https://cdn.jsdelivr.net/npm/mermaid/dist/mermaid.min.js"></script>')
    _, errors = open_page(page)
    assert "network request: https://cdn.jsdelivr.net/npm/mermaid/dist/mermaid.min.js" in errors


def test_the_shipped_mermaid_is_the_one_the_tests_pin() -> None:
    """Moving tests/mermaid's pin without refreshing checks/report/mermaid_js/ (its README says how) fails."""
    environment()
    assert shipped_mermaid() == MERMAID_JS.read_text(encoding="utf-8")
    assert f'"version": "{MERMAID_VERSION}"' in (MERMAID_JS.parent.parent / "package.json").read_text()


def test_mermaid_refuses_a_broken_diagram() -> None:
    """The judge can fail: a relationship without its second entity is refused."""
    (drawn,) = check(['erDiagram\n    A }o--|| : "x"\n'])
    assert not drawn.ok and "Parse error" in drawn.error


def test_verify_results_are_shown_per_server(tmp_path: Path) -> None:
    results = []
    for engine, ok in (("local:mariadb-10.11", True), ("docker:mysql-9.7", False)):
        path = tmp_path / f"{engine.replace(':', '-')}.json"
        checks = [
            {"name": "schema matches the models", "ok": True, "seconds": 0.4, "problems": []},
            {
                "name": "rollback",
                "ok": ok,
                "seconds": 0.2,
                "problems": [] if ok else ["AiHostModelCacheVO left behind"],
            },
        ]
        path.write_text(json.dumps({"ok": ok, "engine": engine, "server_version": "x", "checks": checks}))
        results += ["--verify-json", str(path)]
    code, out, err = report(*results)
    assert code == 0, err
    verify = out.split("## Verify")[1]
    assert "**passed** on local:mariadb-10.11" in verify and "**FAILED** on docker:mysql-9.7" in verify
    assert "| ❌ | rollback | 0.2 s | AiHostModelCacheVO left behind |" in verify


def test_a_verify_file_that_is_not_one_is_refused_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "verify.json"
    bad.write_text('{"ok": true,\n "checks": [}\n')
    code, out, err = report("--verify-json", str(bad))
    assert code == 2 and out == ""
    assert err.startswith(f"zsgate: error: {bad}:2: not JSON") and len(err.splitlines()) == 1


def test_an_unknown_release_is_refused() -> None:
    result = CliRunner().invoke(main, ["report", "--release", "9.9"])
    assert result.exit_code == 2
    assert result.stderr == "zsgate: error: no release '9.9' in the models; they introduce: 5.5.28\n"


def test_a_release_that_depends_on_existing_rows_shows_its_prechecks_and_lint_per_rule(tmp_path: Path) -> None:
    from zsgate.checks.lint.config import LintConfig
    from zsgate.checks.report.release_markdown import release_markdown
    from zsgate.checks.review.release import review_release
    from zsgate.schema import metadata
    from zsgate.schema.as_history import model_schema

    upgrade = tmp_path / "V9.9__schema.sql"
    upgrade.write_text(
        "ALTER TABLE `VmModelMountVO` MODIFY COLUMN `accountUuid` VARCHAR(32) NOT NULL;\n"
        "ALTER TABLE `VmModelMountVO` ADD UNIQUE KEY `ukPath` (`sourcePath`(255));\n"
        "ALTER TABLE `VmModelMountVO` DROP FOREIGN KEY `fkVmModelMountVOModelVO`;\n"
    )
    text = release_markdown(review_release("9.9", upgrade, model_schema(metadata), LintConfig()))
    assert "| `VmModelMountVO` | column | changed | `accountUuid` | VARCHAR(32) NULL → VARCHAR(32) NOT NULL |" in text
    assert "| `VmModelMountVO` | foreign key | dropped | `fkVmModelMountVOModelVO` |  |" in text
    prechecks = text.split("## Prechecks")[1].split("\n## ")[0]
    assert "- line 1: VmModelMountVO.accountUuid holds NULL" in prechecks
    assert "  SELECT * FROM `VmModelMountVO` WHERE `accountUuid` IS NULL;" in prechecks
    assert "- line 2: VmModelMountVO (sourcePath(255)) has duplicates" in prechecks
    lint = text.split("## Lint")[1]
    assert "| ZS202 `non-idempotent-ddl` | error | 2 |" in lint
    assert "| ZS502 `data-dependent-change` | warning | 2 |" in lint
    impact = text.split("## Impact on existing tables, worst first")[1].split("\n## ")[0]
    assert impact.index("make-not-null") < impact.index("drop-foreign-key")  # worst first
    (diagram,) = diagrams_in(text)
    assert "ModelVO" not in diagram.replace("VmModelMountVO", "")  # the dropped key's parent is no neighbour


def test_a_real_verify_run_on_the_local_engine_is_reported(mariadb_binaries: None, tmp_path: Path) -> None:
    """verify's own JSON, from a real server, not a hand-written copy of its shape."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "zsgate", "verify", "--engine", "local", "--format", "json", "--no-resume"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    verify = tmp_path / "verify.json"
    verify.write_text(result.stdout)
    code, out, err = report("--verify-json", str(verify))
    assert code == 0, err
    section = out.split("## Verify")[1]
    assert "**passed** on local MariaDB 10.11" in section and "6 of 6 checks passed" in section
    for name in ("upgrade", "schema", "idempotent", "data", "behaviour", "rollback"):
        assert f"| ✅ | {name} | " in section


def test_a_file_of_zstacks_history_is_reported_against_what_its_earlier_files_leave(corpus: Path) -> None:
    """ZStack's largest upgrade file (V4.0.0: dozens of new tables) read inside its history: the picture
    holds what the file adds, trimmed neighbours are named, and Mermaid draws it table for table."""
    result = CliRunner().invoke(main, ["report", "--sql", str(corpus / "upgrade" / "V4.0.0__schema.sql")])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith("<!-- zsgate-report -->\n# Schema release 4.0.0\n")
    added = re.findall(r"^\| `(\w+)` \| table \| added \|", text, re.MULTILINE)
    assert len(added) > 20
    (diagram,) = diagrams_in(text)
    entities = re.findall(r"^    (\w+) \{$", diagram, re.MULTILINE)
    assert set(added) <= set(entities)
    (drawn,) = check([diagram])
    assert drawn.ok, drawn.error
    assert sorted(drawn.entities) == sorted(entities)
    assert drawn.edges == len(re.findall(r"^    \w+ [|}]o--[|o]\| \w+ :", diagram, re.MULTILINE))


def test_what_to_report_on_is_one_thing_and_a_file_outside_a_history_is_refused(tmp_path: Path) -> None:
    loose = tmp_path / "upgrade.sql"
    loose.write_text("SELECT 1;\n")
    result = CliRunner().invoke(main, ["report", "--sql", str(loose)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"zsgate: error: {loose}: not a V<version>__<description>.sql file\n",
    )
    result = CliRunner().invoke(main, ["report", "--release", "5.5.28", "--sql", str(loose)])
    assert result.exit_code == 2 and "give one" in result.stderr


def test_views_a_file_of_zstacks_history_changes_are_in_the_summary(corpus: Path) -> None:
    """V3.9.0 drops `ImageVO` and creates it again with another SELECT: one view changed, none added or
    dropped; the release's tables do not list it."""
    result = CliRunner().invoke(main, ["report", "--sql", str(corpus / "upgrade" / "V3.9.0__schema.sql")])
    assert result.exit_code == 0, result.stderr
    assert "| views | 0 | 1 | 0 | 0 |" in result.stdout
    assert "| `ImageVO` | view | changed | `ImageVO` | reads ImageEO |" in result.stdout
    assert "triggers |" not in result.stdout  # a kind the release does not touch is not counted
