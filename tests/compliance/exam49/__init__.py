"""Forty-ninth exam: real Guatemalan portals reproduced, second series."""
