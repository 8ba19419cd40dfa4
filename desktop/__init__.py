"""District Collective Desk: the desktop application (services, documents and the Qt interface)."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "District Collective Desk"
ORGANISATION_NAME = "District Collective"

try:
    __version__ = version("district-collective-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
