from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.rule import Hit, Rule
from zsgate.checks.lint.rules._keys import foreign_keys
from zsgate.history.changes import Change
from zsgate.history.schema import Schema


class NotNullSetNullFk(Rule):
    """An ON DELETE SET NULL foreign key over a NOT NULL column.

    Why: the server refuses to create it (MySQL error 1830, "Column cannot be NOT NULL: needed in
    a foreign key constraint SET NULL"), so the upgrade stops half way. A pointer that is cleared
    when its target goes must be nullable. Columns are read as the file leaves them, after its
    Flyway history, or from the project's models.

    Bad:
        CALL ADD_COLUMN('VmModelMountVO', 'cacheUuid', 'VARCHAR(32)', 0, NULL);
        CALL ADD_CONSTRAINT('VmModelMountVO', 'fkVmModelMountVOAiHostModelCacheVO', 'cacheUuid',
                            'AiHostModelCacheVO', 'uuid', 'SET NULL');

    Good:
        CALL ADD_COLUMN('VmModelMountVO', 'cacheUuid', 'VARCHAR(32)', 1, NULL);
        CALL ADD_CONSTRAINT('VmModelMountVO', 'fkVmModelMountVOAiHostModelCacheVO', 'cacheUuid',
                            'AiHostModelCacheVO', 'uuid', 'SET NULL');
    """

    code = "ZS303"
    name = "not-null-set-null-fk"
    checks_schema = True

    def check_change(self, change: Change, schema: Schema) -> Iterator[Hit]:
        for keyed in foreign_keys(change, schema, "SET NULL"):
            for column in keyed.columns:
                if schema.nullable(keyed.table, column) is False:
                    yield Hit(
                        keyed.start,
                        f"{keyed.table}.{column} is NOT NULL but {keyed.key.name or 'its foreign key'} is ON DELETE "
                        "SET NULL; the server refuses the constraint: make the column nullable",
                    )
