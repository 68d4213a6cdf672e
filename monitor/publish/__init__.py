"""The public scoreboard: a static Spanish site drawn from the monthly open data."""

# Months of history the site shows by default (here, so that the CLI need not load the site).
DEFAULT_MONTHS = 12
