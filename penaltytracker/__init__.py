"""PenaltyTracker: a shop operator's own record of Rakuten Ichiba violation points."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("penaltytracker")
except PackageNotFoundError:  # running from a source tree or a frozen build without metadata
    __version__ = "0.1.0"

APP_NAME = "PenaltyTracker"
