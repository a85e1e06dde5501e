from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.checks.lint.rules._foreign_keys import foreign_key_columns


class NotNullSetNullFk(Rule):
    """An ON DELETE SET NULL foreign key over a NOT NULL column.

    Why: the server refuses to create it (MySQL error 1830, "Column cannot be NOT NULL: needed in
    a foreign key constraint SET NULL"), so the upgrade stops half way. A pointer that is cleared
    when its target goes must be nullable.

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

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        for key, column, nullable in foreign_key_columns(statement, context, "SET NULL"):
            if nullable is False:
                yield Hit(
                    key.start,
                    f"{key.table}.{column} is NOT NULL but {key.name or 'its foreign key'} is ON DELETE "
                    "SET NULL; the server refuses the constraint: make the column nullable",
                )
