"""laip-monitor: uptime and LAIP Article 10 compliance monitor for Guatemalan municipal portals."""

__version__ = "0.1.0"
