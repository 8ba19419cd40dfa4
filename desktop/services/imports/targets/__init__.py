"""What each import target stores: the school directory, school indicators, assessment results."""
