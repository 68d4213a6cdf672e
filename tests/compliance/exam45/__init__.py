"""Exam 45: encoding accidents."""
