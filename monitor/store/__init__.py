"""Persistence: typed models, engine and migrations, and every query the app makes."""
