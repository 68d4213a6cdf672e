"""The content digest of an answer's body, in the form WARC-Payload-Digest uses."""

from __future__ import annotations

import base64
import hashlib


def payload_digest(data: bytes) -> str:
    """``sha1:<base32>``, the form WARC-Payload-Digest uses."""
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")
