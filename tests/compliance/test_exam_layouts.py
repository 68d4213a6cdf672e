"""The exams' portals present their truth: what a test of the judge against them relies on.

``bench.exam`` measures the judge on layouts written by someone who had not read it; a layout
that drops a document or serves a broken one would make its figures say nothing. No crawl here:
the routes themselves are read.
"""

from __future__ import annotations

import html
from types import ModuleType

import pytest

from bench.accuracy import draw
from tests.compliance.exam.registry import EXAMS


@pytest.mark.parametrize("exam", list(EXAMS.values()), ids=[f"exam{n}" for n in EXAMS])
def test_every_document_is_linked_and_served_as_its_truth_says(exam: ModuleType) -> None:
    drawn = draw(2, 7, exam.portals, exam.LAYOUTS)
    assert {portal.layout for portal in drawn} == set(exam.LAYOUTS)
    for portal in drawn:
        pages = "".join(
            html.unescape(resource.body.decode("utf-8", "replace"))
            for resource in portal.routes.values()
            if resource.content_type.startswith("text/html")
        )
        for item in portal.items:
            for doc in item.docs:
                served = portal.routes.get(doc.path)
                where = f"{portal.layout} numeral {item.numeral} {doc.path}"
                if doc.ok:
                    assert doc.path in pages, f"{where}: not linked from any page"
                    assert served is not None and served.status == 200, f"{where}: not served"
                else:  # linked, or behind a page that fails itself (a Drive viewer's 404)
                    assert served is None or served.status >= 400, f"{where}: served"
            if item.truth == "missing":
                assert not item.docs
