"""The shape of a lint rule: code, name, severity, a docstring that explains it, and the check."""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from zsgate.checks.lint.findings import RuleInfo, Severity

if TYPE_CHECKING:
    from zsgate.checks.impact.classify import Alteration
    from zsgate.checks.lint.changes import FileChanges, StatementChanges
    from zsgate.checks.lint.context import FileContext, Parsed
    from zsgate.history.changes import Change
    from zsgate.history.schema import Schema


DOC_WIDTH = 100
"""Characters a line of a rule's documentation holds, as its docstring is wrapped."""
_UNBROKEN = re.compile(r"`[^`]*`|'\d[^']*'")
"""What a line is not broken inside: code (`zsgate impact`) and a quoted value ('2000-01-01 00:00:00')."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of the file with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str = field(default="", compare=False)
    """The name of the rule whose finding it fixes (set by the runner)."""


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found, where (an offset into the file), and optionally how to fix it."""

    start: int
    message: str
    edit: Edit | None = None


class Rule:
    """Base of every rule. The subclass docstring is its documentation (``zsgate lint --explain``):
    a one-line summary, then ``Why:``, ``Bad:`` and ``Good:`` sections. Facts kept elsewhere (which
    targets) are ``{name}`` fields that :meth:`doc_fields` fills, never typed out."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    fixable: ClassVar[bool] = False
    checks_schema: ClassVar[bool] = False
    """True for rules over schema changes (:meth:`check_change`) rather than statements."""
    checks_impact: ClassVar[bool] = False
    """True for rules over a statement's operations on existing tables (:meth:`check_alterations`)."""
    noqa_needs_reason: ClassVar[bool] = False
    """Only ``-- noqa: name: reason`` silences it: a bare or unexplained noqa does not."""

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        """The findings of this rule in one statement."""
        return iter(())

    def check_change(self, change: Change, schema: Schema) -> Iterator[Hit]:
        """The findings of this rule in one change a file makes, against the schema the file leaves
        (after its history; see :mod:`zsgate.checks.lint.history`)."""
        return iter(())

    def check_alterations(
        self, statement: StatementChanges, alterations: Sequence[Alteration], file: FileChanges
    ) -> Iterator[Hit]:
        """The findings of this rule in one statement's operations on existing tables, each read as
        `zsgate impact` reads it: against the table its history and the file's earlier statements leave."""
        return iter(())

    def check_changes(self, changes: Sequence[Change], schema: Schema, target: str) -> Iterator[Hit]:
        """The findings of this rule in the changes one file makes, in order, linted for ``target``: those
        of :meth:`check_change` on each, unless the rule needs the file's changes together."""
        for change in changes:
            yield from self.check_change(change, schema)

    def finish(self, context: FileContext) -> Iterator[Hit]:
        """Findings that need the whole file (most rules have none)."""
        return iter(())

    @classmethod
    def doc_fields(cls) -> dict[str, str]:
        """The text of each ``{name}`` field of the docstring, built from where the fact is kept (the
        targets from ``zsgate.servers``), so that a new target cannot be left out of the documentation."""
        return {}

    @classmethod
    def info(cls) -> RuleInfo:
        paragraphs = inspect.cleandoc(cls.__doc__ or "").split("\n\n")
        explanation = "\n\n".join(_filled(paragraph, cls.doc_fields()) for paragraph in paragraphs)
        return RuleInfo(cls.code, cls.name, cls.severity, explanation.splitlines()[0], explanation, cls.fixable)


def _filled(paragraph: str, fields: dict[str, str]) -> str:
    """``paragraph`` with its ``{name}`` fields filled, wrapped again as the docstring was; an example
    (``Bad:``, ``Good:``) keeps its lines."""
    filled = paragraph
    for name, text in fields.items():
        filled = filled.replace(f"{{{name}}}", text)
    if filled == paragraph or paragraph.startswith(("Bad:", "Good:")):
        return filled
    kept_whole = _UNBROKEN.sub(lambda span: span.group().replace(" ", "\0"), " ".join(filled.split()))
    return textwrap.fill(kept_whole, width=DOC_WIDTH, break_on_hyphens=False).replace("\0", " ")


def listed(names: Iterable[str], last: str = "and") -> str:
    """``mysql-8.0, mysql-8.4 and mariadb-10.11``, for a docstring field."""
    *first, final = names
    return f"{', '.join(first)} {last} {final}" if first else final
