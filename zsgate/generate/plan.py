"""What one release adds to the schema, found by comparing the models release by release.

This is the "compare" half of generation; :func:`zsgate.generate.diff.release_steps` turns a plan into changes
of the one vocabulary, and :mod:`zsgate.generate.render_changes` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, Table

from zsgate.schema.releases import BASELINE, as_of, parts_of, release_key, release_of, releases


class PlanError(Exception):
    """A model change that ZStack's helper procedures cannot express."""


@dataclass(frozen=True, slots=True)
class ReleasePlan:
    """The schema objects one release introduces, each list in the order it must be applied."""

    release: str
    new_tables: list[Table]
    new_columns: list[Column[Any]]
    new_indexes: list[Index]
    new_foreign_keys: list[ForeignKeyConstraint]


def upgrade_releases(metadata: MetaData) -> list[str]:
    """Every release after the baseline that the models introduce, oldest first."""
    return [release for release in releases(list(metadata.tables.values())) if release != BASELINE]


def plan_release(metadata: MetaData, release: str) -> ReleasePlan:
    """The plan of ``release``: its new tables in FK order, then its additions to older tables."""
    present = as_of(metadata, release)
    new_tables = [table for table in present.sorted_tables if release_of(table) == release]
    older = [table for table in present.sorted_tables if release_key(release_of(table)) < release_key(release)]
    added = [item for table in older for item in parts_of(table) if release_of(item) == release]
    plan = ReleasePlan(
        release=release,
        new_tables=new_tables,
        new_columns=[item for item in added if isinstance(item, Column)],
        new_indexes=[item for item in added if isinstance(item, Index)],
        new_foreign_keys=[item for item in added if isinstance(item, ForeignKeyConstraint)],
    )
    _require_helper_shapes(plan)
    return plan


def _require_helper_shapes(plan: ReleasePlan) -> None:
    """Refuse additions to existing tables that the helper procedures cannot make."""
    for index in plan.new_indexes:
        if index.unique or len(index.columns) != 1 or index.kwargs.get("mysql_length"):
            raise PlanError(
                f"{index.table.name}.{index.name}: CREATE_INDEX adds a plain index over one whole column; "
                "a unique, multi-column or prefix index on an existing table needs a new helper procedure"
            )
    for fk in plan.new_foreign_keys:
        if len(fk.columns) != 1:
            raise PlanError(f"{fk.table.name}.{fk.name}: ADD_CONSTRAINT takes a single-column foreign key")
    for column in plan.new_columns:
        where = f"{column.table.name}.{column.name}"
        if column.primary_key:
            raise PlanError(f"{where}: a primary key column cannot be added later")
        if not column.nullable and column.server_default is None:
            raise PlanError(
                f"{where}: a NOT NULL column added to an existing table needs a server_default; without one "
                "ADD_COLUMN writes NOT NULL DEFAULT NULL, which the server refuses"
            )
