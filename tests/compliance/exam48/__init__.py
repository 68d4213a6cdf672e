"""Exam 48: page builders ' own components."""
