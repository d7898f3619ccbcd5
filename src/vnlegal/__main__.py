"""``python -m vnlegal`` runs the command line."""

from vnlegal.cli import main

raise SystemExit(main())
