"""Use cases in plain Python: every action a screen offers is a function here first.

Nothing in this package imports Qt; each public function is one unit of work.
"""
