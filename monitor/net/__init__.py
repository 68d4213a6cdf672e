"""HTTP for probes and crawler alike.

One client builder, capped body reads, one redirect loop, one scope policy.
"""
