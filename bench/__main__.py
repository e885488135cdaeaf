"""`python -m bench`: run every benchmark and print the table (see bench/README.md)."""

from bench.run import main

raise SystemExit(main())
