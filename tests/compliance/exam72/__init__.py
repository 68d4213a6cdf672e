"""Exam 72: real Guatemalan municipal portals reproduced (sixth series): Flores (Petén), Poptún
(Petén) and San Juan Sacatepéquez; the layouts and their truth conventions are described in
``layouts.py``, the sources of their wording in ``wording.toml``."""
