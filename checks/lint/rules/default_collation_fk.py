from __future__ import annotations

from collections.abc import Iterator, Sequence

from zsgate import servers
from zsgate.checks.lint.rule import Hit, Rule, listed
from zsgate.checks.lint.rules._keys import added_keys
from zsgate.history.changes import Change, CreateTable
from zsgate.history.schema import ForeignKey, Schema

TEXT_TYPES = frozenset({"VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT"})


class DefaultCollationFk(Rule):
    """A foreign key between a table the file creates and an older one, over text columns whose
    collation the target server picks differently from the releases before it.

    Why: MariaDB 11.5+ (the target {changed}) gives a table created ``DEFAULT CHARSET=utf8`` the
    collation ``utf8mb3_uca1400_ai_ci``, where 10.11 gave ``utf8mb3_general_ci``. A database made before
    its server was upgraded in place keeps the old collation, so on it the foreign key from (or to) the new
    table is refused: errno 150, even with foreign_key_checks off; joining the two columns fails with error
    1267 ("Illegal mix of collations"). No COLLATE in the file fits both such a server and a fresh 11.8
    install (there the older table has the new collation, measured on 11.8.9): run 11.8 with the release
    before's defaults (``character_set_collations = 'utf8mb3=utf8mb3_general_ci,utf8mb4=utf8mb4_general_ci'``
    in its configuration), or make the new table's column take the older column's collation at upgrade
    time. Tables that both come from the file, or both from before it, agree with each other.

    Bad:
        -- zsgate: target={first}
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCacheVO` (`uuid` VARCHAR(32) NOT NULL,
            `hostUuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`),
            CONSTRAINT `fkAiHostModelCacheVOHostEO` FOREIGN KEY (`hostUuid`)
                REFERENCES `zstack`.`HostEO` (`uuid`) ON DELETE CASCADE
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8;

    Good:
        -- zsgate: target={first}
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCacheVO` (`uuid` VARCHAR(32) NOT NULL,
            `hostUuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`),
            CONSTRAINT `fkAiHostModelCacheVOHostEO` FOREIGN KEY (`hostUuid`)  -- noqa: default-collation-fk: see Why
                REFERENCES `zstack`.`HostEO` (`uuid`) ON DELETE CASCADE
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8;
    """

    code = "ZS402"
    name = "default-collation-fk"
    checks_schema = True

    @classmethod
    def doc_fields(cls) -> dict[str, str]:
        changed = [target.name for target in servers.TARGETS if target.collation_change is not None]
        return {"changed": listed(changed, "or"), "first": changed[0]}

    def check_changes(self, changes: Sequence[Change], schema: Schema, target: str) -> Iterator[Hit]:
        change_of = servers.target(target).collation_change
        if change_of is None:
            return
        created = {change.table.name for change in changes if isinstance(change, CreateTable)}
        for change in changes:
            for keyed in added_keys(change, schema):
                key = keyed.key
                if not isinstance(key, ForeignKey) or (keyed.table in created) == (key.references in created):
                    continue
                new_table, new_columns = (
                    (keyed.table, key.columns) if keyed.table in created else (key.references, key.referenced)
                )
                old_table, old_columns = (
                    (key.references, key.referenced) if new_table == keyed.table else (keyed.table, key.columns)
                )
                for column, old_column in zip(new_columns, old_columns, strict=False):
                    drift = _drifting(schema, new_table, column, change_of)
                    if drift and _same_charset(schema, (new_table, column), (old_table, old_column)):
                        before, now = drift
                        yield Hit(
                            keyed.start,
                            f"{new_table}.{column} gets {now} on {target}, but {old_table} made before the server "
                            f"was upgraded in place keeps {before}: {key.name or 'the foreign key'} is refused "
                            "(errno 150)",
                        )
                        break


def _drifting(schema: Schema, table: str, column: str, change_of: servers.CollationChange) -> tuple[str, str] | None:
    """(before, now) collations of a text column that names its character set (or its table does) but no
    collation, where the target changed that character set's default; None otherwise."""
    made = schema.table(table)
    found = schema.column(table, column)
    if made is None or found is None or found.type not in TEXT_TYPES:
        return None
    if found.collation or (found.charset is None and made.collation):
        return None
    charset = found.charset or made.charset
    return change_of.changed(charset) if charset else None


def _same_charset(schema: Schema, new: tuple[str, str], old: tuple[str, str]) -> bool:
    """Whether the old column has the new one's character set, or nobody knows (a key across character sets
    is refused on every server: not this rule's to report)."""
    charsets = []
    for table, name in (new, old):
        column = schema.column(table, name)
        charset = (column.charset if column is not None else None) or schema.charset(table)
        charsets.append("utf8mb3" if charset and charset.lower() == "utf8" else (charset or "").lower())
    return not charsets[1] or charsets[0] == charsets[1]
