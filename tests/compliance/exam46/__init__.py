"""Forty-sixth exam: modern component markup and accessibility patterns."""
