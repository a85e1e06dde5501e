"""Which rules run where: ``[tool.zsgate.lint]`` in pyproject.toml, overridden by command-line flags."""

from __future__ import annotations

import fnmatch
import functools
from dataclasses import dataclass, field, replace
from pathlib import Path

from zsgate.checks.lint.findings import Severity
from zsgate.servers import DEFAULT_TARGET, NAMES


class ConfigError(Exception):
    """The configuration is invalid; the message names the file."""


class UnknownRule(ValueError):
    """A rule name or code that no rule has."""


@dataclass(frozen=True)
class LintConfig:
    """Rule selection, target server and failure threshold of one lint run."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    per_file_ignores: dict[str, frozenset[str]] = field(default_factory=dict)
    target: str = DEFAULT_TARGET
    fail_on: Severity = Severity.ERROR
    baseline: Path | None = None
    """The baseline whose findings are not reported (``baseline``, relative to the pyproject.toml)."""
    source: Path | None = None

    def enabled(self, rule: str, code: str, path: str) -> bool:
        """Whether the rule runs on ``path``; entries are names, codes or code prefixes (``ZS3``)."""
        if self.select is not None and not names_rule(self.select, rule, code):
            return False
        if self.ignore and names_rule(self.ignore, rule, code):
            return False
        return not self.per_file_ignores or not any(
            names_rule(ignored, rule, code)
            for pattern, ignored in self.per_file_ignores.items()
            if _matches(path, pattern)
        )

    def override(self, **changes: object) -> LintConfig:
        """This configuration with the flags the user gave (``None`` means not given)."""
        return replace(self, **{key: value for key, value in changes.items() if value is not None})


def names_rule(entries: frozenset[str], rule: str, code: str) -> bool:
    """Whether any entry is the rule's name, its code, or a prefix of its code (case-insensitive)."""
    return any(entry == rule or (entry[:2].upper() == "ZS" and code.startswith(entry.upper())) for entry in entries)


@functools.lru_cache(maxsize=4096)  # asked for every rule on every file, twice
def _matches(path: str, pattern: str) -> bool:
    posix = Path(path).as_posix()
    return fnmatch.fnmatch(posix, pattern) or fnmatch.fnmatch(Path(posix).name, pattern)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above ``start``."""
    for directory in [start, *start.parents]:
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(pyproject: Path | None) -> LintConfig:
    """``[tool.zsgate.lint]`` of ``pyproject`` (defaults when absent)."""
    if pyproject is None:
        return LintConfig()
    import tomllib  # here: a run with no pyproject.toml above it (say, in a ZStack checkout) never loads it

    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{pyproject}: {error}") from None
    table = data.get("tool", {}).get("zsgate", {}).get("lint", {})
    where = f"{pyproject}: [tool.zsgate.lint]"
    unknown = set(table) - {"select", "ignore", "per-file-ignores", "target", "fail-on", "baseline"}
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    target = table.get("target", DEFAULT_TARGET)
    if target not in NAMES:
        raise ConfigError(f"{where}: target {target!r} is not one of {', '.join(NAMES)}")
    try:
        fail_on = Severity(table.get("fail-on", "error"))
    except ValueError:
        raise ConfigError(f"{where}: fail-on must be one of {', '.join(s.value for s in Severity)}") from None
    baseline = table.get("baseline")
    if baseline is not None and not (isinstance(baseline, str) and baseline):
        raise ConfigError(f"{where}: baseline must be the path of a baseline file")
    return LintConfig(
        select=_names(table["select"], f"{where} select") if "select" in table else None,
        ignore=_names(table.get("ignore", []), f"{where} ignore"),
        per_file_ignores={
            pattern: _names(names, f"{where} per-file-ignores {pattern!r}")
            for pattern, names in table.get("per-file-ignores", {}).items()
        },
        target=target,
        fail_on=fail_on,
        baseline=pyproject.parent / baseline if baseline else None,
        source=pyproject,
    )


def _names(value: object, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: expected a list of rule names or codes")
    return frozenset(value)
