"""How each server family spells the same schema, normalized in one place.

MariaDB writes ``current_timestamp()`` and ``utf8mb3``; MySQL 8 writes ``CURRENT_TIMESTAMP``, puts
``DEFAULT_GENERATED on update CURRENT_TIMESTAMP`` in ``EXTRA`` and also says ``utf8mb3``. Models say
``utf8`` and ``CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP``. Everything compared goes through here.
"""

from __future__ import annotations

import re

CHARSET_ALIASES = {"utf8": "utf8mb3"}
"""``utf8`` is an alias of ``utf8mb3`` on both families (MySQL 8.0.30+ and MariaDB 10.6+ say so)."""

_NOW = re.compile(r"\bcurrent_timestamp(?:\(\))?|\bnow\(\)", re.IGNORECASE)
_ON_UPDATE = re.compile(r"(.*?)\s+on\s+update\s+(?:current_timestamp(?:\(\))?|now\(\))", re.IGNORECASE | re.DOTALL)
_NEGATIVE = re.compile(r"^-\(([0-9.]+)\)$")  # MySQL 8 says a default of -1 as -(1)
_INTEGER_WIDTH = re.compile(r"^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)", re.IGNORECASE)


def charset(name: str | None) -> str | None:
    """``utf8`` and ``utf8mb3`` are one charset."""
    if name is None:
        return None
    name = name.lower()
    return CHARSET_ALIASES.get(name, name)


def collation(name: str | None) -> str | None:
    """``utf8_bin`` (MySQL 5.7, MariaDB before 10.6) and ``utf8mb3_bin`` are one collation."""
    if name is None:
        return None
    name = name.lower()
    head, _, rest = name.partition("_")
    return f"{CHARSET_ALIASES[head]}_{rest}" if head in CHARSET_ALIASES and rest else name


def charset_of(collation_name: str | None) -> str | None:
    """The charset a collation belongs to, by its name's first part (``utf8_general_ci`` is utf8mb3's)."""
    named = collation(collation_name)
    return None if named is None else charset(named.partition("_")[0])


def rule(name: str | None) -> str:
    """A foreign key's ON DELETE or ON UPDATE rule: MySQL 8 says ``NO ACTION`` where none was given, MariaDB
    ``RESTRICT``; InnoDB treats the two alike."""
    text = " ".join((name or "").upper().split())
    return "RESTRICT" if text in ("", "NO ACTION") else text


def column_type(text: str) -> str:
    """``bigint(20)`` (MariaDB, MySQL 5.7) and ``bigint`` (MySQL 8) are one type; ``tinyint(1)`` keeps its width
    (MySQL 8 keeps it too, but not on ``tinyint(1) unsigned``)."""
    text = text.lower().strip().replace("integer", "int")
    if text.startswith("tinyint(1)") and "unsigned" not in text:
        return text
    return _INTEGER_WIDTH.sub(lambda match: match.group(1), text)


def default(value: str | None, extra: str = "") -> str | None:
    """One spelling of a column default from information_schema (``COLUMN_DEFAULT`` and ``EXTRA``) or a model.

    MariaDB quotes string defaults in COLUMN_DEFAULT (``'2000-01-01 00:00:00'``) and says ``NULL`` for none;
    MySQL 8 leaves them bare and says None. ``ON UPDATE`` lives in EXTRA on both, and in a model's text
    (``'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP``, ``NULL ON UPDATE CURRENT_TIMESTAMP``).
    """
    text = None if value is None else value.strip()
    on_update = re.search(r"on update current_timestamp", extra, re.IGNORECASE) is not None
    if text is not None and (written := _ON_UPDATE.fullmatch(text)):
        text, on_update = written.group(1), True
    if text is not None and text.upper() == "NULL":
        text = None
    if text is not None:
        text = _NEGATIVE.sub(r"-\1", _NOW.sub("CURRENT_TIMESTAMP", text))
        if len(text) >= 2 and text[0] == text[-1] == "'":
            text = text[1:-1].replace("''", "'")
    if on_update:
        return f"{'NULL' if text is None else text} ON UPDATE CURRENT_TIMESTAMP"
    return text
