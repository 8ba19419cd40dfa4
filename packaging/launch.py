"""The bundle's entry point. Both executables run ``district-desk``: without a command it starts
the app, so the windowed one needs no script of its own."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
