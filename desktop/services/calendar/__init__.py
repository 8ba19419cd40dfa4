"""Office working-day calendars, holidays and the monthly 2-4-6-8 review cadence (no Qt)."""
