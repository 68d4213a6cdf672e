"""The public scoreboard: a static Spanish site drawn from the monthly open data."""
