"""Names and text written into SQL: a quoted identifier, a string literal, text inside a ``--`` comment.

Everything zsgate writes into SQL from a name or a message goes through here, so that no name can end
the quotes or the comment it is written in. Pure: the standard library only.
"""

from __future__ import annotations

import unicodedata

# Control (Cc), format (Cf: bidi controls, zero-width marks), surrogate (Cs), line and paragraph
# separator (Zl, Zp) characters: what ends a line for one reader or another (the client ends a `--`
# comment at LF, Flyway's line reader at CR too, an editor at U+2028), or shows a line other than it is
# (Trojan Source, CVE-2021-42574).
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def identifier(name: str) -> str:
    """``name`` as a MySQL/MariaDB backtick-quoted identifier: a backtick inside is doubled, and nothing
    else needs escaping (a line break, ``;`` or ``--`` inside backticks is part of the name)."""
    return "`" + name.replace("`", "``") + "`"


def string(value: str) -> str:
    """``value`` as a string literal: single-quoted as the default sql_mode reads one (a backslash
    escapes), or in hex (``_utf8mb4 X'0d0a'``) when it holds an invisible character, which the
    client may not send as written (it drops the CR of a CR LF even inside a string)."""
    if has_invisible(value):
        return f"_utf8mb4 X'{value.encode().hex()}'"
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def is_invisible(char: str) -> bool:
    """A control, format or separator character: one that breaks a line or hides what a line says."""
    return unicodedata.category(char) in _INVISIBLE


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a character :func:`is_invisible` finds: in ASCII, only the controls are."""
    if text.isascii():
        return not text.isprintable()
    return any(map(is_invisible, text))


def visible(text: str) -> str:
    """``text`` with each control, format or separator character written as ``\\uXXXX``: safe on one
    line of a ``--`` comment, and showing what a reader would otherwise not see."""
    return "".join(_escaped(char) if is_invisible(char) else char for char in text)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
