"""A baseline: the findings a history had when lint was adopted, which later runs do not report again.

A finding is known by its file, its rule, the digest of its statement's text (layout aside) and its place
among the findings of that rule in statements of that text in that file. Lines inserted, removed or moved
around it and a re-indented statement keep it known; a change to the text of its statement makes it new,
and so does one more finding of a rule in a statement than the baseline counted there.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from zsgate.checks.lint.findings import Finding
from zsgate.files import write_atomically

FORMAT = 1
"""The version of the file's layout, under the key ``zsgate-baseline``."""

Key = tuple[str, str, str]
"""A finding's file (relative to the baseline's folder, with ``/``), rule code and statement digest."""


class BaselineError(Exception):
    """The baseline file cannot be read or is not one; the message names it."""


@dataclass(frozen=True)
class Baseline:
    """How many findings of each rule each statement of each file had."""

    root: Path
    """The folder paths are relative to: the baseline file's."""
    counts: Counter[Key]
    rules: dict[Key, str]
    """The rule name of each key, written for the people who read the file."""

    @classmethod
    def of(cls, findings: Collection[Finding], file: Path) -> Baseline:
        """The baseline of ``findings`` for a baseline file at ``file``."""
        root = file.absolute().parent
        keys = _Keys(root)
        counts = Counter(keys(finding) for finding in findings)
        rules = {keys(finding): finding.rule for finding in findings}
        return cls(root, counts, rules)

    @classmethod
    def read(cls, file: Path) -> Baseline:
        try:
            data = json.loads(file.read_bytes())
        except FileNotFoundError:
            raise BaselineError(f"{file}: no such baseline (write one with `zsgate lint --write-baseline`)") from None
        except OSError as error:
            raise BaselineError(f"{file}: {error.strerror or error}") from None
        except ValueError as error:
            raise BaselineError(f"{file}: not a zsgate baseline (not JSON: {error})") from None
        if not isinstance(data, dict) or data.get("zsgate-baseline") != FORMAT:
            raise BaselineError(f'{file}: not a zsgate baseline (no "zsgate-baseline": {FORMAT})')
        counts: Counter[Key] = Counter()
        rules: dict[Key, str] = {}
        entries = data.get("findings")
        for number, entry in enumerate(entries if isinstance(entries, list) else [None], 1):
            try:
                key = (entry["path"], entry["code"], entry["statement"])
                count, rule = entry["count"], entry.get("rule", "")
                if not all(isinstance(part, str) for part in (*key, rule)) or type(count) is not int or count < 1:
                    raise TypeError
            except (KeyError, TypeError):
                raise BaselineError(
                    f"{file}: finding {number}: expected path, code, statement (strings) and a count above 0"
                ) from None
            counts[key] += count
            rules[key] = rule
        return cls(file.absolute().parent, counts, rules)

    def write(self, file: Path) -> None:
        """Write it to ``file`` (atomically), one entry a line in file order, so that it diffs well."""
        entries = ",\n".join(
            "    " + json.dumps({"path": path, "code": code, "rule": self.rules.get((path, code, statement), "")}
                             | {"statement": statement, "count": count})
            for (path, code, statement), count in sorted(self.counts.items())
        )  # fmt: skip
        body = f"\n{entries}\n  " if entries else ""
        write_atomically(file, f'{{\n  "zsgate-baseline": {FORMAT},\n  "findings": [{body}]\n}}\n')

    @property
    def total(self) -> int:
        return self.counts.total()

    @property
    def files(self) -> int:
        return len({path for path, _, _ in self.counts})

    def new(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings (in file order) beyond what the baseline counted for their file, rule and statement."""
        keys = _Keys(self.root)
        seen: Counter[Key] = Counter()
        fresh = []
        for finding in findings:
            key = keys(finding)
            seen[key] += 1
            if seen[key] > self.counts[key]:
                fresh.append(finding)
        return fresh


class _Keys:
    """A finding's key, its path made relative to ``root`` once per file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.paths: dict[str, str] = {}

    def __call__(self, finding: Finding) -> Key:
        path = self.paths.get(finding.path)
        if path is None:
            path = self.paths[finding.path] = Path(os.path.relpath(Path(finding.path).absolute(), self.root)).as_posix()
        return path, finding.code, finding.statement
