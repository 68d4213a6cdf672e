"""Compliance: the LAIP Article 10 catalogue, the bounded crawler and the judge."""
