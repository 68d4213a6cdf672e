"""Fiftieth exam: the same Article 10 content printed twice, for desktop and for phones."""
