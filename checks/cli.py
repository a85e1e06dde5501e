"""The ``zsgate`` command: wires options to one function, its result to a reporter, and that to an exit code.

Heavy libraries (SQLAlchemy, Alembic, testcontainers) are imported inside the commands that
need them, so ``zsgate lint`` starts fast enough for a pre-commit hook.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from zsgate import __version__

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> None:
    """Stop with exit 2 and a message: the run could not happen (bad input, no engine)."""
    click.echo(f"zsgate: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="zsgate")
def main() -> None:
    """Generate, lint and prove ZStack's MySQL-family schema upgrades.

    \b
    models (schema/) --generate--> migrations/V<release>__schema.sql
                     --lint------> findings before merge
                     --verify----> proof on a real server before release
    """


@main.command()
@click.option("--release", metavar="X.Y.Z", help="Generate only this release's files.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 with a diff if committed files differ.")
@click.option(
    "--models",
    metavar="MODULE|FILE.py",
    default="zsgate.schema",
    show_default=True,
    help="Where the models live: a module or a .py file that defines `metadata`.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Directory of the generated files (default: the project's migrations/).",
)
def generate(release: str | None, check: bool, models: str, out: Path | None) -> None:
    """Generate upgrade and rollback SQL from the models.

    Writes V<release>__schema.sql and U<release>__schema.sql for every release after the
    baseline, plus model-facts.json for the linter. Refuses (exit 2) models that break an
    invariant, naming Table.column and the rule.
    """
    from zsgate.migrations.generate import MIGRATIONS, drift, generated_files, write
    from zsgate.migrations.plan import PlanError
    from zsgate.schema.invariants import InvariantError
    from zsgate.schema.loading import ModelsError, load_metadata

    directory = out or MIGRATIONS
    try:
        files = generated_files(load_metadata(models), release)
    except InvariantError as error:
        for violation in error.violations:
            click.echo(f"zsgate: invariant broken: {violation}", err=True)
        sys.exit(EXIT_ERROR)
    except (ModelsError, PlanError, ValueError) as error:
        fail(str(error))
    if check:
        if diff := drift(files, directory):
            click.echo(diff, nl=False)
            click.echo("zsgate: generated files differ from the models; run `zsgate generate`", err=True)
            sys.exit(EXIT_FAILED)
        click.echo(f"{len(files)} generated files match the models")
        return
    directory.mkdir(parents=True, exist_ok=True)
    changed = write(files, directory)
    for file in files:
        path = directory / file.name
        click.echo(f"{'wrote' if path in changed else 'unchanged'} {path}")
