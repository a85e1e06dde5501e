"""What the linter reports: one finding at one place."""

from __future__ import annotations

import hashlib
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from zsgate.pickled import by_fields

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path


class Severity(StrEnum):
    """How bad a finding is; ``--fail-on`` picks the lowest that fails the run."""

    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@by_fields
@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A rule's finding at ``path:line:column`` (1-based)."""

    path: str
    line: int
    column: int
    code: str
    rule: str
    severity: Severity
    message: str
    statement: str = ""
    """The digest of the statement it is in (see :class:`StatementDigests`): what a baseline knows it by."""


class PackedFindings:
    """The findings of one file as columns, while its text is held: a Finding and its line number take 130
    bytes, these about 25 (a rule's finding with its message and statement is kept once, and a long file
    repeats them: 19 MiB less for the 190,000 findings of a 20 MB file). :meth:`unpacked` gives them back."""

    __slots__ = ("_path", "_places", "_kinds", "_kind_of")

    def __init__(self, path: str) -> None:
        self._path = path
        self._places = array("q")
        """Each finding's line and column."""
        self._kinds = array("q")
        """Each finding's rule, message and statement, as its index in ``_kind_of``."""
        self._kind_of: dict[tuple[str, str, Severity, str, str], int] = {}

    def append(self, finding: Finding) -> None:
        """Keep ``finding`` (one of this file's)."""
        self._places.append(finding.line)
        self._places.append(finding.column)
        kind = (finding.code, finding.rule, finding.severity, finding.message, finding.statement)
        self._kinds.append(self._kind_of.setdefault(kind, len(self._kind_of)))

    def unpacked(self) -> list[Finding]:
        """The findings, in the order they were kept."""
        kinds, path = list(self._kind_of), self._path
        return [
            Finding(path, line, column, *kinds[kind])
            for line, column, kind in zip(self._places[0::2], self._places[1::2], self._kinds, strict=True)
        ]


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A path the linter could not read (missing, not UTF-8, too large, ...) or check fully (a rule
    failed), with the line where that is known."""

    path: str
    message: str
    line: int | None = None

    @property
    def where(self) -> str:
        """``path:line``, or ``path``."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What reporters may know of a rule."""

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    fixable: bool = False


@dataclass(frozen=True, slots=True)
class Fixes:
    """What ``--fix`` changed: how many files, and the findings it fixed per rule name."""

    files: int = 0
    per_rule: Counter[str] = field(default_factory=Counter)

    @property
    def findings(self) -> int:
        return self.per_rule.total()


@dataclass(frozen=True, slots=True)
class LintReport:
    """Everything one lint run found."""

    files: int
    statements: int
    findings: list[Finding]
    unreadable: list[Unreadable]
    rules: list[RuleInfo]
    fixed: Fixes | None = None
    """What ``--fix`` changed; None without ``--fix``."""
    baselined: int = 0
    """Findings left out because the baseline records them."""

    def per_rule(self) -> list[tuple[RuleInfo, int]]:
        """Each rule with findings and how many, the most found first (as ``ruff --statistics``)."""
        counts = Counter(finding.code for finding in self.findings)
        rules = {rule.code: rule for rule in self.rules}
        return [(rules[code], count) for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


@by_fields
@dataclass(frozen=True, slots=True)
class StatementDigests:
    """The statements of one file, each known by a digest of its text without its layout, so that a finding
    keeps its statement's digest when lines around it move or its indentation changes."""

    starts: tuple[int, ...]
    digests: tuple[str, ...]

    @classmethod
    def of(cls, statements: Iterable[tuple[int, str]]) -> StatementDigests:
        """From each statement's start offset and text, in file order."""
        pairs = list(statements)
        return cls(tuple(start for start, _ in pairs), tuple(digest(text) for _, text in pairs))

    def at(self, offset: int) -> str:
        """The digest of the statement at ``offset`` (or last before it; empty before the first)."""
        index = bisect_right(self.starts, offset)
        return self.digests[index - 1] if index else ""


def digest(text: str) -> str:
    """A short digest of ``text`` with its whitespace collapsed; interned: every finding in a statement, and every
    statement written the same way, holds one string."""
    return sys.intern(hashlib.blake2b(" ".join(text.split()).encode(), digest_size=8).hexdigest())


Silenced = dict[int, tuple[frozenset[str], bool]]
"""Line -> the rule names and codes its ``-- noqa`` lists (empty: every rule), and whether it says why."""


def is_silenced(finding: Finding, silenced: Silenced, needs_reason: bool = False) -> bool:
    """Whether a ``-- noqa`` on the finding's line silences it; ``needs_reason``: only one naming the rule
    and saying why (``-- noqa: rule: reason``) does."""
    listed, reasoned = silenced.get(finding.line, (None, False))
    if listed is None or (needs_reason and not (listed and reasoned)):
        return False
    return not listed or bool({finding.rule, finding.code} & listed)


@dataclass(frozen=True, slots=True)
class FilesLinted:
    """What linting some files found (the locks they lie under checked), before a baseline is applied."""

    files: int
    statements: int
    findings: list[Finding]
    unreadable: list[Unreadable]
    rules: list[RuleInfo]
    fixes: Fixes | None = None
    clean: bool = field(default=True, compare=False)
    """No file made zsgate fail (only then is it kept in the cache)."""

    def report(
        self, problems: list[tuple[Path, str]], new: Callable[[list[Finding]], list[Finding]] | None = None
    ) -> LintReport:
        """The report of the run: these findings and the paths that named no file, in file order; with
        ``new`` (a baseline's), only the findings it leaves."""
        findings = sorted(self.findings, key=place)
        unreadable = [*(Unreadable(str(path), reason) for path, reason in problems), *self.unreadable]
        reported = new(findings) if new is not None else findings
        return LintReport(
            self.files + len(problems),
            self.statements,
            reported,
            unreadable,
            self.rules,
            self.fixes,
            len(findings) - len(reported),
        )


def place(finding: Finding) -> tuple[str, int, int, str, str]:
    """Findings in file order (as ``sorted`` would put them, without the dataclass's slow comparisons)."""
    return finding.path, finding.line, finding.column, finding.code, finding.message
