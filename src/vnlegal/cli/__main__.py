"""``python -m vnlegal.cli`` runs the command line, as ``python -m vnlegal`` does."""

from vnlegal.cli import main

raise SystemExit(main())
