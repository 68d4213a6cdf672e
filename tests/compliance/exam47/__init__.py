"""Forty-seventh exam: what the documents are (see ``layouts.py``)."""
