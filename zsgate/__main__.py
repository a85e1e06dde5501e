"""`python -m zsgate`."""

from zsgate.cli import run

run()
