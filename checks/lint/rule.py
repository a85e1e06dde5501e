"""The shape of a lint rule: code, name, severity, a docstring that explains it, and the check."""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from zsgate.checks.lint.findings import RuleInfo, Severity

if TYPE_CHECKING:
    from zsgate.checks.lint.context import FileContext, Parsed
    from zsgate.history.changes import Change
    from zsgate.history.schema import Schema


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
    a one-line summary, then ``Why:``, ``Bad:`` and ``Good:`` sections."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    fixable: ClassVar[bool] = False
    checks_schema: ClassVar[bool] = False
    """True for rules over schema changes (:meth:`check_change`) rather than statements."""
    noqa_needs_reason: ClassVar[bool] = False
    """Only ``-- noqa: name: reason`` silences it: a bare or unexplained noqa does not."""

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        """The findings of this rule in one statement."""
        return iter(())

    def check_change(self, change: Change, schema: Schema) -> Iterator[Hit]:
        """The findings of this rule in one change a file makes, against the schema the file leaves
        (after its history; see :mod:`zsgate.checks.lint.history`)."""
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
    def info(cls) -> RuleInfo:
        explanation = inspect.cleandoc(cls.__doc__ or "")
        return RuleInfo(cls.code, cls.name, cls.severity, explanation.splitlines()[0], explanation, cls.fixable)
