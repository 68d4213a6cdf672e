"""The fixture fleets' loopback server is the demo's (``monitor.demo.server``): one server."""

from monitor.demo.server import LoopbackServer, Resource, Traffic

__all__ = ["LoopbackServer", "Resource", "Traffic"]
