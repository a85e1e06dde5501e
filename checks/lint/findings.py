"""What the linter reports: one finding at one place."""

from __future__ import annotations

import hashlib
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from zsgate.pickled import by_fields

if TYPE_CHECKING:
    from collections.abc import Callable
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


class PackedFindings(Collection[Finding]):
    """Findings as columns, kept so to the report: a Finding and its line number take 130 bytes, these about
    25 (what findings share, their path, rule, message and statement, is kept once, and a long file repeats
    it: the 190,000 findings of a 20 MB file take 5 MiB, not 24). Each is a Finding again when read."""

    __slots__ = ("_lines", "_columns", "_kinds", "_kind_of")

    def __init__(self) -> None:
        self._lines = array("q")
        self._columns = array("q")
        self._kinds = array("I")
        """Each finding's path, rule, message and statement, as its index in ``_kind_of``."""
        self._kind_of: dict[_Kind, int] = {}

    def append(self, finding: Finding) -> None:
        kind = (finding.path, finding.code, finding.rule, finding.severity, finding.message, finding.statement)
        self.add(finding.line, finding.column, kind)

    def add(self, line: int, column: int, kind: _Kind) -> None:
        """Append the finding of ``kind`` at ``line`` and ``column``, without making it a Finding first."""
        self._lines.append(line)
        self._columns.append(column)
        self._kinds.append(self._kind_of.setdefault(kind, len(self._kind_of)))

    def extend(self, findings: Iterable[Finding]) -> None:
        """Append ``findings``; packed ones column by column, none of them made a Finding."""
        if not isinstance(findings, PackedFindings):
            for finding in findings:
                self.append(finding)
            return
        kinds = [self._kind_of.setdefault(kind, len(self._kind_of)) for kind in findings._kind_of]
        self._lines.extend(findings._lines)
        self._columns.extend(findings._columns)
        self._kinds.extend(map(kinds.__getitem__, findings._kinds))

    def __len__(self) -> int:
        return len(self._kinds)

    def __contains__(self, finding: object) -> bool:
        return any(finding == found for found in self)

    def __iter__(self) -> Iterator[Finding]:
        kinds = list(self._kind_of)
        for kind, line, column in zip(self._kinds, self._lines, self._columns, strict=True):
            path, code, rule, severity, message, statement = kinds[kind]
            yield Finding(path, line, column, code, rule, severity, message, statement)

    def rows(self) -> tuple[list[_Kind], Iterator[tuple[int, int, int]]]:
        """What the findings share (their path, code, rule, severity, message and statement), each once, and
        each finding as its kind's index in that list, its line and its column: for a writer that writes what
        they share once, without making each a Finding."""
        return list(self._kind_of), zip(self._kinds, self._lines, self._columns, strict=True)

    def in_order(self) -> PackedFindings:
        """The findings in file order, as ``sorted(self, key=place)`` puts them; each sorted as one number (a
        tuple of five per finding took 15 MiB more for a 20 MB file) that orders as its path, line, column,
        code and message, then its index (equal ones keep their order)."""
        kinds, count = list(self._kind_of), len(self)
        path_rank = _ranks(kind[0] for kind in kinds)
        code_message_rank = _ranks((kind[1], kind[4]) for kind in kinds)
        first_line, first_column = min(self._lines, default=0), min(self._columns, default=0)
        per_column = len(code_message_rank) * count
        per_line = (max(self._columns, default=0) - first_column + 1) * per_column
        per_path = (max(self._lines, default=0) - first_line + 1) * per_line
        origin = first_line * per_line + first_column * per_column
        base = [path_rank[kind[0]] * per_path + code_message_rank[kind[1], kind[4]] * count - origin for kind in kinds]
        keys = [
            base[kind] + line * per_line + column * per_column + index
            for index, (kind, line, column) in enumerate(zip(self._kinds, self._lines, self._columns, strict=True))
        ]
        keys.sort()
        order = array("q", (key % count for key in keys))
        del keys
        ordered = PackedFindings()
        ordered._lines = array("q", map(self._lines.__getitem__, order))
        ordered._columns = array("q", map(self._columns.__getitem__, order))
        ordered._kinds = array("I", map(self._kinds.__getitem__, order))
        ordered._kind_of = dict(self._kind_of)
        return ordered


_Kind = tuple[str, str, str, Severity, str, str]
"""What a finding may share with others: its path, code, rule, severity, message and statement."""


_Value = TypeVar("_Value", str, tuple[str, str])


def _ranks(values: Iterable[_Value]) -> dict[_Value, int]:
    """Each distinct value's place among them, sorted."""
    return {value: rank for rank, value in enumerate(sorted(set(values)))}


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
    findings: Collection[Finding]
    """In file order."""
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
    return silences(silenced, finding.line, finding.rule, finding.code, needs_reason)


def silences(silenced: Silenced, line: int, rule: str, code: str, needs_reason: bool = False) -> bool:
    """Whether a ``-- noqa`` on ``line`` silences a finding of ``rule`` (its name, and its ``code``), as
    :func:`is_silenced` says."""
    listed, reasoned = silenced.get(line, (None, False))
    if listed is None or (needs_reason and not (listed and reasoned)):
        return False
    return not listed or bool({rule, code} & listed)


@dataclass(frozen=True, slots=True)
class FilesLinted:
    """What linting some files found (the locks they lie under checked), before a baseline is applied."""

    files: int
    statements: int
    findings: PackedFindings
    unreadable: list[Unreadable]
    rules: list[RuleInfo]
    fixes: Fixes | None = None
    clean: bool = field(default=True, compare=False)
    """No file made zsgate fail (only then is it kept in the cache)."""

    def report(
        self, problems: list[tuple[Path, str]], new: Callable[[Iterable[Finding]], list[Finding]] | None = None
    ) -> LintReport:
        """The report of the run: these findings and the paths that named no file, in file order; with
        ``new`` (a baseline's), only the findings it leaves."""
        findings = self.findings.in_order()
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
