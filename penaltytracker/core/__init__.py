"""Pure rules and arithmetic: no Qt, no SQLAlchemy."""

from penaltytracker.core.model import ViolationRecord, WITHDRAWN, ACTIVE
from penaltytracker.core.rules import RuleSet, RuleSetError, load_rules
from penaltytracker.core.status import ShopStatus, compute_status, what_if, today_in_japan

__all__ = [
    "ACTIVE", "WITHDRAWN", "ViolationRecord", "RuleSet", "RuleSetError", "load_rules",
    "ShopStatus", "compute_status", "what_if", "today_in_japan",
]
