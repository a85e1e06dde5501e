"""SARIF, written a result at a time, is byte for byte what ``json.dumps(indent=2)`` writes of the same document
built as objects, whatever the findings' paths and messages hold."""

from __future__ import annotations

import io
import json
from urllib.parse import quote

import pytest

from zsgate import __version__
from zsgate.checks.lint.findings import Finding, LintReport, RuleInfo, Severity, Unreadable
from zsgate.checks.report.lint_machine import HELP_URI, SARIF_SCHEMA, write_sarif

RULES = [
    RuleInfo("ZS001", "quoted-rule", Severity.ERROR, 'a "quoted" summary', "explained\nover lines, with \\ and é"),
    RuleInfo("ZS002", "plain-rule", Severity.WARNING, "summary", "explanation"),
]
ODD_PATH = "upgrade/V1 #2 100%\\ödd.sql"


def finding(path: str, line: int, column: int, code: str, message: str) -> Finding:
    rule = next(rule for rule in RULES if rule.code == code)
    return Finding(path, line, column, code, rule.name, rule.severity, message)


def built(report: LintReport) -> str:
    """The SARIF document made as objects and encoded by ``json.dumps(indent=2)``."""

    def location(path: str, line: int | None, column: int | None = None) -> dict[str, object]:
        uri = quote(path.replace("\\", "/").removeprefix("./"), safe="/")
        region = ({"startLine": line} | ({"startColumn": column} if column else {})) if line else None
        return {"artifactLocation": {"uri": uri}} | ({"region": region} if region else {})

    def level(severity: Severity) -> str:
        return "error" if severity is Severity.ERROR else "warning"

    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.summary},
            "help": {"text": rule.explanation},
            "defaultConfiguration": {"level": level(rule.severity)},
        }
        for rule in report.rules
    ]
    results = [
        {
            "ruleId": finding.code,
            "ruleIndex": [rule.code for rule in report.rules].index(finding.code),
            "level": level(finding.severity),
            "message": {"text": f"{finding.rule}: {finding.message}"},
            "locations": [{"physicalLocation": location(finding.path, finding.line, finding.column)}],
        }
        for finding in report.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": problem.message},
            "locations": [{"physicalLocation": location(problem.path, problem.line)}],
        }
        for problem in report.unreadable
    ]
    run = {
        "tool": {"driver": {"name": "zsgate", "version": __version__, "informationUri": HELP_URI, "rules": rules}},
        "results": results,
        "invocations": [{"executionSuccessful": not report.unreadable, "toolExecutionNotifications": notifications}],
    }
    return json.dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2) + "\n"


@pytest.mark.parametrize(
    ("findings", "unreadable", "rules"),
    [
        pytest.param(
            [
                finding("./V1__a.sql", 1, 1, "ZS001", 'column "a" is quoted'),
                finding("./V1__a.sql", 2, 0, "ZS002", "back\\slash and 'quotes'"),
                finding(ODD_PATH, 3, 7, "ZS001", "non-ASCII: 表 é \u2028 and a tab\t"),
                finding(ODD_PATH, 3, 7, "ZS001", "non-ASCII: 表 é \u2028 and a tab\t"),
            ],
            [],
            RULES,
            id="special characters",
        ),
        pytest.param([], [], RULES, id="no findings"),
        pytest.param([], [], [], id="no rules"),
        pytest.param(
            [finding("V2__b.sql", 4, 2, "ZS002", "found")],
            [Unreadable(ODD_PATH, 'not UTF-8: "\\xff"'), Unreadable("V3 c.sql", "rule failed: ü", 12)],
            RULES,
            id="unreadable files",
        ),
    ],
)
def test_streamed_sarif_is_what_json_dumps_writes_of_the_document(
    findings: list[Finding], unreadable: list[Unreadable], rules: list[RuleInfo]
) -> None:
    report = LintReport(2, 5, findings, unreadable, rules)
    out = io.StringIO()
    write_sarif(report, out)
    assert out.getvalue() == built(report)
