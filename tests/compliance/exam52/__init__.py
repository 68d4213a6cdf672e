"""Exam 52: client-side filters and search over a full list."""
