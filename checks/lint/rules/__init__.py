"""Every lint rule, one module each; this is the registry the linter and ``--explain`` read."""

from __future__ import annotations

from zsgate.checks.lint.rule import Rule
from zsgate.checks.lint.rules.blocking_alter import BlockingAlter
from zsgate.checks.lint.rules.data_dependent_change import DataDependentChange
from zsgate.checks.lint.rules.default_collation_fk import DefaultCollationFk
from zsgate.checks.lint.rules.destructive_change import DestructiveChange
from zsgate.checks.lint.rules.invisible_character import InvisibleCharacter
from zsgate.checks.lint.rules.mixed_transaction import MixedTransaction
from zsgate.checks.lint.rules.non_idempotent_ddl import NonIdempotentDdl
from zsgate.checks.lint.rules.not_null_set_null_fk import NotNullSetNullFk
from zsgate.checks.lint.rules.nullable_cascade_fk import NullableCascadeFk
from zsgate.checks.lint.rules.nullable_unique_key import NullableUniqueKey
from zsgate.checks.lint.rules.parse_error import ParseError
from zsgate.checks.lint.rules.quoted_helper_argument import QuotedHelperArgument
from zsgate.checks.lint.rules.released_file_edited import ReleasedFileEdited
from zsgate.checks.lint.rules.reserved_word import ReservedWord
from zsgate.checks.lint.rules.runner_disagreement import RunnerDisagreement
from zsgate.checks.lint.rules.unchecked_statement import UncheckedStatement
from zsgate.checks.lint.rules.unquoted_identifier import UnquotedIdentifier
from zsgate.checks.lint.rules.unrecordable_migration import UnrecordableMigration
from zsgate.checks.lint.rules.zero_date_default import ZeroDateDefault

RELEASED_FILE_EDITED = ReleasedFileEdited()  # run over locked histories, not statements
RULES: tuple[Rule, ...] = (
    ParseError(),
    RunnerDisagreement(),
    RELEASED_FILE_EDITED,
    UncheckedStatement(),
    UnrecordableMigration(),
    UnquotedIdentifier(),
    ReservedWord(),
    InvisibleCharacter(),
    QuotedHelperArgument(),
    NonIdempotentDdl(),
    NullableUniqueKey(),
    NullableCascadeFk(),
    NotNullSetNullFk(),
    ZeroDateDefault(),
    DefaultCollationFk(),
    BlockingAlter(),
    DataDependentChange(),
    DestructiveChange(),
    MixedTransaction(),
)


def find_rule(name_or_code: str) -> Rule | None:
    """The rule with this kebab-case name or code (codes are case-insensitive)."""
    for rule in RULES:
        if name_or_code in (rule.name, rule.code) or name_or_code.upper() == rule.code:
            return rule
    return None
