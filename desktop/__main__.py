"""``python -m desktop`` runs the same command as ``district-desk``."""

import sys

from desktop.cli import main

sys.exit(main())
