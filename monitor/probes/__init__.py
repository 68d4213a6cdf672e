"""Reachability probes: pure functions from (client, portal, settings) to a ProbeResult."""
