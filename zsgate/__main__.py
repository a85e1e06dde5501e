"""`python -m zsgate`."""

from zsgate.cli import main

main()
