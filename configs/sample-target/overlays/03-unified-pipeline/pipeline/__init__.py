"""Unified opportunity scoring pipeline (replaces scripts/core and sandbox/)."""

__version__ = "2.0.0"
