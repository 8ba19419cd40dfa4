"""Who is at the keyboard: the name the audit log records until user accounts exist."""

from __future__ import annotations

import getpass


def default_operator() -> str:
    """The OS user name: recorded as the author of changes until an operator name is set."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (rare, e.g. some Windows services)
        return "unknown"
