"""``python -m nq42cli`` runs the same command line as ``nq42``."""

from nq42cli.cli import main

main()
