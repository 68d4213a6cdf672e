"""``laip-monitor demo``: sample portals on loopback, checked into a demo database."""
