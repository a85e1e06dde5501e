"""Where a file lives: every `zsgate.*` import names a file where the README's rule puts it, and imports only
flow down the parts of docs' "Parts and what each may know" table, with no circle.

The rule: `zsgate.schema` is `schema/`, `zsgate.checks` is `checks/`, `zsgate.migrations` is `migrations/`, and
every other `zsgate.X` is `zsgate/X/`. Read from the files' own syntax trees, lazy imports inside functions too.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

FOLDERS = {"schema": ROOT / "schema", "checks": ROOT / "checks", "migrations": ROOT / "migrations"}

# Each part, lowest first: a part imports its own layer and those below it, never one above.
LAYERS: list[set[str]] = [
    {"zsgate.servers", "zsgate.files", "zsgate.lifetime", "zsgate.collector", "zsgate.pickled"},
    {"zsgate", "zsgate.sql"},
    {"zsgate.history"},
    {"zsgate.schema", "zsgate.engines", "zsgate.compare"},
    {"zsgate.generate", "zsgate.migrations"},
    {"zsgate.checks", "zsgate.checks.impact", "zsgate.checks.lint"},
    {"zsgate.checks.verify", "zsgate.checks.replay", "zsgate.checks.doctor", "zsgate.checks.review", "zsgate.importer"},
    {"zsgate.checks.report"},
    {"zsgate.cli", "zsgate.__main__"},
]
# What the table says a part never imports, beyond the order of the layers.
NEVER = {
    "zsgate.sql": ("sqlalchemy", "alembic", "pymysql", "testcontainers"),
    "zsgate.history": ("sqlalchemy", "alembic", "pymysql", "testcontainers"),
    "zsgate.servers": ("zsgate",),
    "zsgate.checks.lint": ("sqlalchemy", "alembic", "pymysql", "testcontainers"),
    "zsgate.checks.impact": ("sqlalchemy", "alembic", "pymysql", "testcontainers"),
    "zsgate.checks.verify": ("zsgate.checks.lint",),
    "zsgate.checks.replay": ("zsgate.checks.lint",),
    "zsgate.checks.review": ("zsgate.engines", "zsgate.checks.lint.rules", "zsgate.checks.verify", "sqlalchemy"),
    "zsgate.checks.doctor": ("zsgate.checks.lint",),
    "zsgate.importer": ("zsgate.checks.lint", "zsgate.checks.verify"),
    "zsgate.checks.report": ("zsgate.engines", "zsgate.checks.lint.rules"),
}


def path_of(module: str) -> Path:
    """Where the README's rule puts `module` (without the `.py` or `/__init__.py`)."""
    parts = module.split(".")
    assert parts[0] == "zsgate", module
    if len(parts) > 1 and parts[1] in FOLDERS:
        return FOLDERS[parts[1]].joinpath(*parts[2:])
    return ROOT.joinpath(*parts)


def exists(module: str) -> bool:
    path = path_of(module)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def module_of(file: Path) -> str:
    relative = file.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts if parts[0] == "zsgate" else ["zsgate", *parts])


def part_of(module: str) -> str:
    """The part of the table `module` belongs to: `zsgate.checks.X` for the checks, `zsgate.X` otherwise."""
    parts = module.split(".")
    return ".".join(parts[:3] if parts[1:2] == ["checks"] else parts[:2])


def sources() -> list[Path]:
    files = [*ROOT.joinpath("zsgate").rglob("*.py")]
    for folder in FOLDERS.values():
        files += folder.rglob("*.py")
    return sorted(files)


def imports(file: Path) -> Iterator[tuple[int, str]]:
    """(line, module) of each absolute import in `file`; `from zsgate import servers` imports `zsgate.servers`
    (and the package `zsgate` only where it also takes a name defined there)."""
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            submodules = [
                f"{node.module}.{alias.name}"
                for alias in node.names
                if node.module.split(".")[0] == "zsgate" and exists(f"{node.module}.{alias.name}")
            ]
            if len(submodules) < len(node.names):
                yield node.lineno, node.module
            for submodule in submodules:
                yield node.lineno, submodule


def graph() -> dict[str, set[str]]:
    """Module -> the zsgate modules it imports."""
    edges: dict[str, set[str]] = {}
    for file in sources():
        importer = module_of(file)
        targets = edges.setdefault(importer, set())
        targets.update(
            module
            for _, module in imports(file)
            if module.split(".")[0] == "zsgate" and exists(module) and module != importer  # a package's own names
        )
    return edges


def layer(part: str) -> int:
    return next(index for index, parts in enumerate(LAYERS) if part in parts)


def where(file: Path, line: int) -> str:
    return f"{file.relative_to(ROOT)}:{line}"


def test_every_zsgate_import_names_a_file_where_the_rule_puts_it() -> None:
    wrong = [
        f"{where(file, line)}: {module} (no {path_of(module).relative_to(ROOT)}.py or package)"
        for file in sources()
        for line, module in imports(file)
        if module.split(".")[0] == "zsgate" and not exists(module)
    ]
    assert wrong == []


def test_every_part_has_a_layer() -> None:
    assert {part_of(module) for module in graph()} - set().union(*LAYERS) == set()


def test_imports_only_flow_down() -> None:
    upward = [
        f"{where(file, line)}: {part_of(module_of(file))} imports {module}"
        for file in sources()
        for line, module in imports(file)
        if module.split(".")[0] == "zsgate"
        and exists(module)
        and layer(part_of(module)) > layer(part_of(module_of(file)))
    ]
    assert upward == []


@pytest.mark.parametrize("part", sorted(NEVER))
def test_a_part_imports_nothing_the_table_forbids_it(part: str) -> None:
    forbidden = NEVER[part]
    found = [
        f"{where(file, line)}: {module}"
        for file in sources()
        if part_of(module_of(file)) == part
        for line, module in imports(file)
        if any(module == name or module.startswith(f"{name}.") for name in forbidden)
        and not (forbidden == ("zsgate",) and part_of(module) == part)
    ]
    assert found == []


def circles(edges: dict[str, set[str]]) -> list[str]:
    """Each circle a depth-first walk of `edges` meets, as `a -> b -> a`."""
    found: list[str] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                found.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def test_no_circle_of_modules() -> None:
    """No module reaches itself through imports, lazy ones included."""
    assert circles(graph()) == []


def test_no_circle_of_parts() -> None:
    """No part reaches itself through another (two parts of one layer may not import each other both ways)."""
    parts: dict[str, set[str]] = {}
    for module, targets in graph().items():
        part = part_of(module)
        parts.setdefault(part, set()).update(part_of(target) for target in targets if part_of(target) != part)
    assert circles(parts) == []


def test_the_rule_sees_a_wrong_path_and_an_upward_edge() -> None:
    """The checks above can fail: a module the rule cannot place, and sql importing history, are seen."""
    assert not exists("zsgate.checks.verify.compare")
    assert exists("zsgate.compare.schema") and exists("zsgate.checks.replay.run") and exists("zsgate.schema.base")
    assert layer(part_of("zsgate.history.lock")) > layer(part_of("zsgate.sql.split"))


def test_every_package_is_in_the_wheel() -> None:
    """A package left out of pyproject.toml's list is missing from an installed zsgate (an editable install
    hides it): `zsgate import`, `doctor` and `report` were."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    packages = {module_of(init) for init in sources() if init.name == "__init__.py"}
    assert sorted(packages - listed) == []
