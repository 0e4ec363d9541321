"""nq42: the deadline tracker for the plan implementing Resolution 42-NQ/TW."""

__version__ = "0.2.0"
