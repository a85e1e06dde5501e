from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import TokenError
from sqlglot.tokens import TokenType

from zsgate.checks.lint.context import FileContext
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.sql.flyway import iter_statements, unmatched_placeholders
from zsgate.sql.flyway_reading import flyway_cuts, placeholder_errors
from zsgate.sql.statements import SqlFile

_TOKENIZER = MySQL.Tokenizer()


class RunnerDisagreement(Rule):
    """Flyway 3.2.1 and the mysql client would send different statements to the server.

    Why: ZStack's deployer is Flyway 3.2.1, while developers try files with the `mysql`/`mariadb` client,
    and the two cut a file differently. Flyway ends a statement only where a line ends with the delimiter
    and no `--` or `#` comment follows it on that line; it reads every line that starts with `--` or `#`
    as a comment, knows no backticks, and counts `DELIMITER` only at the very start of a line. Where the
    two disagree, the file that passed on a developer's machine fails at the customer's upgrade (Flyway
    sends two statements as one, which the server refuses), or the reverse. Flyway also refuses a whole
    file holding `${...}`, a placeholder to it. This rule compares the two readings (zsgate.sql.flyway
    ports Flyway's) and reports the first place each difference starts.

    Bad:
        ALTER TABLE `zstack`.`HostEO` ADD COLUMN `cpuNum` int(10) unsigned DEFAULT 0; -- since 4.1
        UPDATE `zstack`.`HostEO` SET `cpuNum` = 1;

    Good:
        -- since 4.1
        ALTER TABLE `zstack`.`HostEO` ADD COLUMN `cpuNum` int(10) unsigned DEFAULT 0;
        UPDATE `zstack`.`HostEO` SET `cpuNum` = 1;
    """

    code = "ZS002"
    name = "runner-disagreement"

    def finish(self, context: FileContext) -> Iterator[Hit]:
        if context.sql.errors:  # parse-error reports what keeps the file from being read at all
            return
        client = context.sql
        for error in placeholder_errors(client, unmatched_placeholders(client.text)):
            yield Hit(context.offset_at(error.line, error.column), f"{error.message}; the mysql client sends it")
        flyway = flyway_cuts(client, iter_statements(client.text))  # a statement at a time, as the client's
        for ours, theirs in differing_regions(context.statements, flyway):
            yield _explain(client, ours, theirs)


class Cut(Protocol):
    """Where a reading puts a statement and what it sends: a client `Statement` or a `FlywayCut`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def sent(self) -> str: ...
    @property
    def delimiter(self) -> str: ...


def differing_regions(client: Iterable[Cut], flyway: Iterable[Cut]) -> Iterator[tuple[list[Cut], list[Cut]]]:
    """Runs of statements where the readings cut differently and send different SQL (each reading is walked
    once: only a run's statements are held)."""
    client_walk, flyway_walk = iter(client), iter(flyway)
    next_ours, next_theirs = next(client_walk, None), next(flyway_walk, None)
    while next_ours is not None or next_theirs is not None:
        if next_ours is not None and next_theirs is not None and _span(next_ours) == _span(next_theirs):
            next_ours, next_theirs = next(client_walk, None), next(flyway_walk, None)
            continue
        ours: list[Cut] = []
        theirs: list[Cut] = []
        end = max(next_ours.end if next_ours is not None else -1, next_theirs.end if next_theirs is not None else -1)
        while True:  # take statements until both readings reach a common boundary
            grown = False
            while next_ours is not None and (not ours or next_ours.start < end):
                end, grown = max(end, next_ours.end), True
                ours.append(next_ours)
                next_ours = next(client_walk, None)
            while next_theirs is not None and (not theirs or next_theirs.start < end):
                end, grown = max(end, next_theirs.end), True
                theirs.append(next_theirs)
                next_theirs = next(flyway_walk, None)
            if (
                not grown
                or (next_ours is None or next_ours.start >= end)
                and (next_theirs is None or next_theirs.start >= end)
            ):
                break
        if [_server_tokens(s) for s in ours] != [_server_tokens(s) for s in theirs]:
            yield ours, theirs


def _span(statement: Cut) -> tuple[int, int]:
    return statement.start, statement.end


def _server_tokens(statement: Cut) -> tuple[str, ...]:
    """What the server reads in what is sent: its tokens, without comments or a trailing `;` (the text sqlglot
    keeps raw after a command keyword, CALL or RENAME, read again: a comment in it is a comment)."""
    try:
        tokens = _TOKENIZER.tokenize(statement.sent)
        if len(tokens) == 2 and tokens[0].token_type in _COMMANDS and tokens[1].token_type is TokenType.STRING:
            tokens = [tokens[0], *_TOKENIZER.tokenize(tokens[1].text)]
    except TokenError:
        return tuple(statement.sent.split())
    while tokens and tokens[-1].token_type is TokenType.SEMICOLON:
        tokens.pop()
    return tuple(token.text for token in tokens)


_COMMANDS = frozenset(MySQL.Tokenizer.COMMANDS)


_EMPTY = (
    "a line that starts with the delimiter: Flyway 3.2.1 sends what follows it with the delimiter in front"
    " (or an empty statement), which fails; the mysql client skips it: remove the stray delimiter"
)
_COMMENT_AFTER_DELIMITER = (
    "a `--` or `#` comment after the delimiter keeps Flyway's statement open: put the comment on its own line"
)
_TWO_ON_A_LINE = "Flyway ends a statement only at a delimiter that ends its line: put each statement on its own line"
_PHANTOM = (
    "Flyway sees a string or comment there that the server does not"
    " (it knows no backticks, and `*/x` does not close a comment for it)"
)

_INDENTED_DELIMITER = (
    "Flyway 3.2.1 takes a DELIMITER line only at the very start of a line: here it sends `DELIMITER` to the"
    " server as SQL and reads what follows with the wrong delimiter: start the line with DELIMITER"
)


def _explain(client: SqlFile, ours: list[Cut], theirs: list[Cut]) -> Hit:
    """Where the difference starts and what it is, in a user's words."""
    start = min(ours[0].start if ours else len(client.text), theirs[0].start if theirs else len(client.text))
    if len(theirs) == 1 and theirs[0].sent.lstrip().startswith(theirs[0].delimiter or ";"):
        return Hit(theirs[0].start, _EMPTY)
    if any(statement.sent.lstrip().upper().startswith("DELIMITER") for statement in theirs):
        return Hit(start, _INDENTED_DELIMITER)
    if len(theirs) == 1 and len(ours) > 1:
        return Hit(ours[0].end, _joined(client, ours, theirs[0]))
    if not ours:
        return Hit(
            start,
            f"Flyway 3.2.1 sends `{_snippet(theirs[0])}` to the server, the mysql client does not"
            " (it reads a comment there)",
        )
    if not theirs:
        return Hit(
            start,
            f"the mysql client sends `{_snippet(ours[0])}` to the server, Flyway 3.2.1 skips it as a comment"
            " (every line that starts with `--` or `#` is one for Flyway)",
        )
    return Hit(
        start,
        f"Flyway 3.2.1 sends {len(theirs)} statement(s) here, the mysql client {len(ours)}, and they differ:"
        f" Flyway sends `{_snippet(theirs[0])}`",
    )


def _joined(client: SqlFile, ours: list[Cut], joined: Cut) -> str:
    """Why Flyway sends several of the client's statements as one, judged from the line the first ends on."""
    first = ours[0]
    line_end = client.text.find("\n", first.end)
    after = client.text[first.end : len(client.text) if line_end < 0 else line_end].lstrip()
    if after.startswith(first.delimiter):
        after = after[len(first.delimiter) :].strip()
        why = _COMMENT_AFTER_DELIMITER if after.startswith(("--", "#")) else _TWO_ON_A_LINE if after else _PHANTOM
    else:
        why = _PHANTOM
    lines = sorted({client.location(joined.start)[0], client.location(max(joined.end - 1, joined.start))[0]})
    where = f"lines {lines[0]}-{lines[-1]}" if len(lines) > 1 else f"line {lines[0]}"
    return (
        f"Flyway 3.2.1 sends {where} as one statement, the mysql client as {len(ours)};"
        f" the server refuses the joined text: {why}"
    )


def _snippet(statement: Cut) -> str:
    text = " ".join(statement.sent.split())
    return text if len(text) <= 60 else text[:57] + "..."
