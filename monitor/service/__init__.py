"""The long-running service: job plan and dispatcher, leader election, endpoints, metrics."""
