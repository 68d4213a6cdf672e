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
from tests.compliance.exam import layouts as first_exam
from tests.compliance.exam2 import layouts as second_exam
from tests.compliance.exam3 import layouts as third_exam
from tests.compliance.exam4 import layouts as fourth_exam
from tests.compliance.exam5 import layouts as fifth_exam
from tests.compliance.exam6 import layouts as sixth_exam
from tests.compliance.exam7 import layouts as seventh_exam
from tests.compliance.exam8 import layouts as eighth_exam
from tests.compliance.exam9 import layouts as ninth_exam
from tests.compliance.exam10 import layouts as tenth_exam


@pytest.mark.parametrize(
    "exam",
    [
        first_exam,
        second_exam,
        third_exam,
        fourth_exam,
        fifth_exam,
        sixth_exam,
        seventh_exam,
        eighth_exam,
        ninth_exam,
        tenth_exam,
    ],
    ids=["exam1", "exam2", "exam3", "exam4", "exam5", "exam6", "exam7", "exam8", "exam9", "exam10"],
)
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
