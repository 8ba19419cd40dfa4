"""District Collective Desk: the desktop application (services, documents and the Qt interface)."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

APP_NAME = "District Collective Desk"
ORGANISATION_NAME = "District Collective"
