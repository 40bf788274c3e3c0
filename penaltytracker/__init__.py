"""PenaltyTracker: a shop operator's own record of Rakuten Ichiba violation points."""

# The one place the version is written: pyproject.toml reads it from here (setuptools'
# dynamic version), so a command needs no importlib.metadata lookup (20 ms) to know it.
__version__ = "0.1.0"

APP_NAME = "PenaltyTracker"
