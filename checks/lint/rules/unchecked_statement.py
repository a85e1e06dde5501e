from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule


class UncheckedStatement(Rule):
    """A statement the linter could not check: it nests too deeply for sqlglot's parser.

    Why: every other rule reads the statement's tree; without one they stay silent, and silence would
    read as "clean". sqlglot's parser is recursive and stops near 35 nested parentheses in plain Python,
    so zsgate parses up to 20 (ZStack's deepest is 5) and reports deeper ones. The server may well accept
    the statement, so this is no parse error: flatten the expression, or check the statement by hand and
    silence it with `-- noqa: unchecked-statement`.

    Bad:
        SELECT ((((((((((((((((((((((1))))))))))))))))))))));

    Good:
        SELECT 1;
    """

    code = "ZS004"
    name = "unchecked-statement"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        if statement.unchecked:
            yield Hit(statement.statement.start, statement.unchecked)
