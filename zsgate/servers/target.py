"""What zsgate knows of one server release: the facts lint, impact, the engines and verify read.

Pure data: this module (and all of ``zsgate.servers``) imports only the standard library, since lint's
pre-commit path reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

RESERVED_WORDS = Path(__file__).parent / "reserved_words"
"""One ``<target>.txt`` per target: an uppercase word a line, ``#`` lines saying where the list comes from."""


@dataclass(frozen=True, slots=True)
class SqlMode:
    """A server's ``sql_mode`` when nobody sets one, as ``SELECT @@GLOBAL.sql_mode`` lists it."""

    modes: tuple[str, ...]
    source: str

    def __str__(self) -> str:
        return ",".join(self.modes)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.modes)


@dataclass(frozen=True, slots=True)
class Family:
    """What the servers of one protocol family share (GreatSQL is a ``mysql``)."""

    name: str
    """``mysql`` or ``mariadb``, as ``Server.family`` says it."""
    small_server_options: tuple[str, ...]
    """Options that keep a throwaway server of the family small, for every release zsgate runs."""


@dataclass(frozen=True, slots=True)
class OnlineDdl:
    """Which of impact's online-DDL tables (``zsgate/checks/impact/online_ddl.py``) the target follows."""

    table: str
    source: str


@dataclass(frozen=True, slots=True)
class Image:
    """The Docker image that runs the target (``--engine docker:<target>``)."""

    reference: str
    """What ``docker pull`` takes."""
    tls: bool = True
    """The image's server has a certificate (MySQL's caching_sha2_password takes a password only over TLS)."""
    options: tuple[str, ...] = ()
    """Server options this image needs beyond every server's (``UPGRADE_OPTIONS``)."""
    env: tuple[tuple[str, str], ...] = ()
    ready_log: str | None = None
    """What its log says once the server listens, when not what the official images say (twice)."""
    recipe: str | None = None
    """The recipe in ``zsgate/engines/images/recipes/`` that builds it from Debian packages, if one does."""


@dataclass(frozen=True, slots=True)
class CollationChange:
    """Default collations a release changed: a table that names a character set but no collation gets
    ``now``'s, where the same table made under an earlier release of the family got ``before``'s (and keeps
    it when the server is upgraded in place). Character sets by the server's own names (``utf8mb3``)."""

    now: tuple[tuple[str, str], ...]
    before: tuple[tuple[str, str], ...]
    source: str

    def changed(self, charset: str) -> tuple[str, str] | None:
        """(before, now) default collations of ``charset`` (``utf8`` is ``utf8mb3``), None when unchanged."""
        name = "utf8mb3" if charset.lower() == "utf8" else charset.lower()
        old, new = dict(self.before).get(name), dict(self.now).get(name)
        return (old, new) if old is not None and new is not None and old != new else None


@dataclass(frozen=True)
class Target:
    """One server release zsgate lints for, predicts for and runs: ``--target NAME``, ``docker:NAME``."""

    name: str
    product: str
    family: Family
    version: str
    sql_mode: SqlMode
    image: Image
    online_ddl: OnlineDdl | None = None
    """None: impact does not predict for it."""
    collation_change: CollationChange | None = None
    """None: its default collations are those of the family's releases before it."""

    @cached_property
    def reserved_words(self) -> frozenset[str]:
        """The uppercase words that must be quoted to be used as identifiers, from ``reserved_words/``."""
        text = (RESERVED_WORDS / f"{self.name}.txt").read_text(encoding="utf-8")
        return frozenset(word for line in text.splitlines() if (word := line.strip()) and not word.startswith("#"))
