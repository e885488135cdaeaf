"""Lets `python -m trainer` run the same command line as the `trainer` script."""

from trainer.cli import main

raise SystemExit(main())
