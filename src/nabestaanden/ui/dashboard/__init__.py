"""The plan on screen: the overview, the tasks by theme, one task in full."""
