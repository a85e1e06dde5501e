"""An engine spec, parsed once from what the user typed into a value that cannot print a password.

    spec = EngineSpec.parse("dsn:mysql://zsgate@db:3306/?password=s3cret")
    str(spec)   # 'dsn:mysql+pymysql://zsgate:***@db:3306'; repr(), f-strings, %s and json.dumps agree
    spec.url    # the URL to connect with; its password is its `password`, which SQLAlchemy never renders

The value is a `str` whose text is the spec for people (as `markupsafe.Markup` is a `str` whose text is
safe HTML), so every way of showing it shows that text. What starting the engine needs rides beside it:
`path` for `local:PATH`, `image` for `docker:…`, `url` for `dsn:URL`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from zsgate import servers

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from zsgate.engines.docker import DockerImage

DEFAULT_SPEC = "local"
ENGINE_ENV = "ZSGATE_ENGINE"  # the spec from the environment: a password there is not on the command line `ps` shows
DOCKER_SPECS: tuple[str, ...] = tuple(f"docker:{known.name}" for known in servers.TARGETS)
SPEC_HELP = f"local, local:PATH, {', '.join(DOCKER_SPECS)}, docker:IMAGE:TAG or dsn:URL"


class EngineSpec(str):
    """An engine as `--engine` names it, immutable; its text is the spec with any password masked."""

    path: Path | None  # local:PATH (None: the server binaries on PATH)
    image: DockerImage | None  # docker:…
    url: URL | None  # dsn:…, selecting no database

    def __new__(
        cls, shown: str, *, path: Path | None = None, image: DockerImage | None = None, url: URL | None = None
    ) -> EngineSpec:
        spec = super().__new__(cls, shown)
        for name, value in (("path", path), ("image", image), ("url", url)):
            object.__setattr__(spec, name, value)
        return spec

    @classmethod
    def parse(cls, text: str) -> EngineSpec:
        """The engine `text` names; ValueError (whose message holds no password) when it names none."""
        if isinstance(text, EngineSpec):
            return text
        if text == "local":
            return cls(text)
        if text.startswith("local:"):
            return cls(text, path=Path(text.removeprefix("local:")))
        if text.startswith("docker:"):
            from zsgate.engines.docker import image_for  # the engines import SQLAlchemy: only when named

            return cls(text, image=image_for(text))
        if text.startswith("dsn:"):
            from zsgate.engines.dsn import parse_url

            url = parse_url(text.removeprefix("dsn:"))._replace(database=None)  # `set` leaves a None alone
            return cls(f"dsn:{url.render_as_string(hide_password=True)}", url=url)
        raise ValueError(f"unknown engine {re.split('[:/@]', text, maxsplit=1)[0]!r}: use {SPEC_HELP}")

    def __repr__(self) -> str:
        return f"EngineSpec({str.__repr__(self)})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an EngineSpec cannot change ({name})")
