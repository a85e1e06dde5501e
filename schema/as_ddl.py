"""A model table's DDL as SQLAlchemy's MySQL compiler writes it, in ZStack's conventions: every identifier
backtick-quoted and qualified with ``zstack``, the keys inline in ``CREATE TABLE IF NOT EXISTS``.

The one reader reads it into the one table model (:mod:`zsgate.schema.as_history`), the released baseline is
recorded in it, and verify builds its servers with it.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Index, Table
from sqlalchemy.dialects.mysql.base import MySQLDDLCompiler, MySQLIdentifierPreparer
from sqlalchemy.dialects.mysql.pymysql import MySQLDialect_pymysql
from sqlalchemy.schema import CreateIndex, CreateTable

from zsgate.schema.base import SCHEMA

INDENT = "    "


class QuotingPreparer(MySQLIdentifierPreparer):
    """Backtick-quotes every identifier, reserved or not (MySQL 8 and GreatSQL reserve more words)."""

    def _requires_quotes(self, value: str) -> bool:
        return True


class InlineKeysCompiler(MySQLDDLCompiler):
    """Puts indexes inside CREATE TABLE, so one idempotent statement makes the whole table."""

    def create_table_constraints(self, table: Table, **kw: Any) -> str:
        indexes = sorted(table.indexes, key=lambda index: (not index.unique, str(index.name)))
        foreign_keys = sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name))
        parts = [self.process(table.primary_key), *map(self.inline_key, indexes), *map(self.process, foreign_keys)]
        return ",\n\t".join(part for part in parts if part)  # a table without a primary key renders none

    def inline_key(self, index: Index) -> str:
        """``[UNIQUE ]KEY `name` (`a`, `b`(255))`` from the compiler's own CREATE INDEX."""
        created = self.process(CreateIndex(index))
        match = re.fullmatch(r"CREATE (UNIQUE )?INDEX (\S+) ON \S+ (\(.*\))", created, re.DOTALL)
        assert match, created
        unique, name, columns = match.groups()
        return f"{unique or ''}KEY {name} {columns}"

    def post_create_table(self, table: Table) -> str:
        return " " + super().post_create_table(table).strip()


class ZStackDialect(MySQLDialect_pymysql):
    """MySQL dialect that writes DDL in ZStack's conventions."""

    preparer = QuotingPreparer
    ddl_compiler = InlineKeysCompiler


DIALECT = ZStackDialect()


def create_table(table: Table) -> str:
    """``CREATE TABLE IF NOT EXISTS `zstack`.`Name` (...)`` with its keys inline."""
    compiler = DIALECT.ddl_compiler(
        DIALECT,
        CreateTable(table, if_not_exists=True),
        schema_translate_map={None: SCHEMA},
        render_schema_translate=True,
    )
    lines = [line.rstrip().replace("\t", INDENT) for line in str(compiler).strip().splitlines()]
    return "\n".join(lines) + ";"
