"""The frozen app's entry point: the window without arguments, else a command."""

from nabestaanden.cli import main

raise SystemExit(main())
