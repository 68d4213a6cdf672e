"""The one glue between probes, crawler and judge and the store.

``check``, ``serve`` and the benches all call it: the same work is written once.
"""
