"""``python -m vnlegal`` runs the command line."""

from .cli import main

raise SystemExit(main())
