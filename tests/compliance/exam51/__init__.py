"""Exam 51: year first, then items."""
