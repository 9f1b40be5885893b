"""Allow ``python -m nabestaanden``."""

from nabestaanden.cli import main

raise SystemExit(main())
