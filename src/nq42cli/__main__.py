"""``python -m nq42cli`` runs the same command line as ``nq42``."""

from nq42cli.quick import main

main()
