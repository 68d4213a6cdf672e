"""Monthly open data: verdicts and uptime per portal, as CSV, JSON and a Data Package."""
