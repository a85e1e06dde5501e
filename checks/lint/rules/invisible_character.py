from __future__ import annotations

from collections.abc import Iterator

from sqlglot.tokens import TokenType

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.history.helpers import helper
from zsgate.sql.quoting import has_invisible, visible

_NAMES = frozenset({TokenType.IDENTIFIER, TokenType.VAR})


class InvisibleCharacter(Rule):
    """A name holding a line break, another control character, or a Unicode bidi control.

    Why: a name is printed into comments, reports and prechecks files, where a line break ends the
    comment and the rest of the name runs as SQL (`t⏎DROP TABLE victim; -- x`), and a bidi control
    (U+202A..U+202E, U+2066..U+2069) makes a reviewer read another name or statement than the server
    runs (Trojan Source, CVE-2021-42574). The mysql client also drops the CR of a CR LF inside a quoted
    name, so such a table cannot even be named from a script. No ZStack table or column needs one:
    rename it. (The bad example holds U+202E, which turns what follows it around.)

    Bad:
        CREATE TABLE IF NOT EXISTS `zstack`.`Host\u202eVO` (`uuid` VARCHAR(32) NOT NULL PRIMARY KEY);

    Good:
        CREATE TABLE IF NOT EXISTS `zstack`.`HostVO` (`uuid` VARCHAR(32) NOT NULL PRIMARY KEY);
    """

    code = "ZS103"
    name = "invisible-character"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        names = [(token.start, token.text) for token in statement.statement.tokens if token.token_type in _NAMES]
        if (call := statement.call) is not None and (called := helper(call.procedure)) is not None:
            names += [(argument.start, str(argument.value)) for argument in called.spliced_names(call)]
        for start, name in sorted(names):
            if has_invisible(name):
                yield Hit(start, f"name `{visible(name)}` holds invisible characters (shown as \\uXXXX): rename it")
