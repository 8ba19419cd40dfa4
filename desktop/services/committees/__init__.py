"""Committees, task forces and review groups, and who sits on them (no Qt)."""
