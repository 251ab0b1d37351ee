"""enrol: the front desk of a children's creative centre."""
from __future__ import annotations

__version__ = "0.1.0"
