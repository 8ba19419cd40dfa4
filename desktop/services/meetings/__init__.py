"""Meetings, agenda, attendance, minutes and the action items that carry forward (no Qt)."""
