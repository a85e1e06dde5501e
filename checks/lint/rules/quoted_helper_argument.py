from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.history.helpers import Kind, helper


class QuotedHelperArgument(Rule):
    """A backtick inside a string argument of a helper procedure.

    Why: the helpers from beforeMigrate.sql (ADD_COLUMN, CREATE_INDEX, DELETE_INDEX, ADD_CONSTRAINT,
    DROP_COLUMN, ...) take names as strings and compare them with information_schema
    (`table_name = tb_name`). A backtick is part of the string, so the existence check never
    matches: the call is no longer idempotent (the second run fails with a duplicate), or fails at
    once. CREATE_INDEX already wraps the column in backticks itself.

    Bad:
        CALL ADD_COLUMN('`VmModelMountVO`', '`cacheUuid`', 'VARCHAR(32)', 1, NULL);

    Good:
        CALL ADD_COLUMN('VmModelMountVO', 'cacheUuid', 'VARCHAR(32)', 1, NULL);
    """

    code = "ZS201"
    name = "quoted-helper-argument"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        call = statement.call
        called = helper(call.procedure) if call is not None else None
        if call is None or called is None:
            return
        for argument, parameter in zip(call.arguments, called.parameters, strict=False):
            if argument.value is not None and "`" in argument.value and parameter.kind is not Kind.SQL:
                yield Hit(
                    argument.start,
                    f"{call.procedure} argument '{argument.value}' contains backticks; the helper compares it "
                    f"with information_schema as a string, so `{argument.value.strip('`')}` never matches and "
                    "a second run is not a no-op: pass the bare name",
                )
