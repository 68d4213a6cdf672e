"""Main-content extraction: the parser's own template detection against trafilatura.

The judge needs a page's own content (item names, the portal's statements, document names) and
none of its template (menus, header, footer, the "Hoy es ..." clock). This measures both, on the
HTML pages of generated portals (``tests/compliance/generated``), for:

* ``page.py``: ``parse_page``'s blocks (nav/header/footer/aside, role=navigation and
  menu/footer/sidebar classes are template);
* ``trafilatura``: ``trafilatura.extract`` (tables included, favouring recall).

    .venv/bin/pip install trafilatura lxml_html_clean   # not dependencies of the monitor
    .venv/bin/python -m bench.extraction --draws 3

Prints, per extractor: the share of known content strings found (recall), the share of pages
whose extracted text leaks template text, and CPU milliseconds per page.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.accuracy import draw  # noqa: E402
from monitor.compliance.page import parse_page  # noqa: E402
from monitor.compliance.text import fold  # noqa: E402
from tests.compliance.generated.portals import WORDING, GeneratedPortal  # noqa: E402

TEMPLATE = [
    WORDING["article"]["footer"]["text"],  # the footer of every page
    "Hoy es",  # the header's clock
]


def _page_py(html: bytes) -> str:
    page = parse_page("http://127.0.0.1/x", 200, html)
    return " ".join(f"{block.heading} {block.text}" for block in page.blocks)


def _trafilatura(html: bytes) -> str:
    import trafilatura  # noqa: PLC0415 - optional, only for this measurement

    text = trafilatura.extract(
        html.decode("utf-8"), include_tables=True, include_links=False, favor_recall=True
    )
    return text or ""


def _cases(portals: list[GeneratedPortal]) -> list[tuple[bytes, list[str]]]:
    """(HTML page, the content strings it is known to hold)."""
    cases = []
    for portal in portals:
        for resource in portal.routes.values():
            if not resource.content_type.startswith("text/html") or resource.status != 200:
                continue
            body = resource.body
            text = body.decode("utf-8")
            known = []
            for item in portal.items:
                for candidate in (item.own_text, *(doc.name for doc in item.docs)):
                    if candidate and candidate.replace("'", "&#x27;") in text:
                        known.append(candidate)
                if item.label and f">{item.label}<".replace("'", "&#x27;") in text:
                    known.append(item.label)
            cases.append((body, known))
    return cases


def measure(
    name: str, extract: Callable[[bytes], str], cases: list[tuple[bytes, list[str]]]
) -> str:
    found = total = leaking = 0
    started = time.process_time()
    for html, known in cases:
        text = fold(extract(html))
        total += len(known)
        found += sum(1 for string in known if fold(string) in text)
        leaking += any(fold(t) in text for t in TEMPLATE)
    cpu = (time.process_time() - started) * 1000 / max(1, len(cases))
    recall = found / max(1, total)
    return (
        f"{name:<12} content recall {recall:6.1%} ({found}/{total})   template leaks on "
        f"{leaking / max(1, len(cases)):6.1%} of pages   {cpu:5.1f} ms CPU/page"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=3, help="portals per layout (default 3)")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    cases = _cases(draw(args.draws, args.seed))
    print(f"{len(cases)} pages")
    print(measure("page.py", _page_py, cases))
    print(measure("trafilatura", _trafilatura, cases))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
