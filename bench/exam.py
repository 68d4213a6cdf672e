"""Exam: accuracy of crawl + judge on layouts the judge was never tuned on, per layout.

The portals come from ``tests/compliance/exam/layouts.py`` (WordPress Download Manager cards,
Bootstrap card grid + year <select>, Bootstrap nav-tabs, "Descargar" document tables; items and
truth drawn as ``tests/compliance/generated/`` draws them). Each draw is one portal of every
layout.

    .venv/bin/python -m bench.exam --draws 5 --seed 1 --wrong

Prints, per layout, the share of (portal, section) pairs judged right and the confusion matrix
(rows: truth, columns: verdict), then the total; ``--wrong`` lists every wrong verdict with the
monitor's reason and how the item was laid out; ``--snippets`` adds the HTML involved.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench.accuracy import draw, print_shares  # noqa: E402
from tests.compliance.exam.layouts import (  # noqa: E402
    LAYOUTS,
    ExamPortal,
    ExamServer,
    portals,
    snippet,
)
from tests.compliance.generated.run import assess_all, render  # noqa: E402


def _serve(portal: ExamPortal) -> ExamServer:
    return ExamServer(portal.routes, portal.headers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=5, help="portals per layout (default 5)")
    parser.add_argument("--seed", type=int, default=None, help="draw other portals")
    parser.add_argument("--wrong", action="store_true", help="list every wrong verdict")
    parser.add_argument("--snippets", action="store_true", help="with the HTML involved")
    args = parser.parse_args(argv)
    drawn = draw(args.draws, args.seed, portals, LAYOUTS)
    started = time.monotonic()
    results = assess_all(drawn, serve=_serve)
    elapsed = time.monotonic() - started
    matrices: dict[str, Counter[tuple[str, str]]] = {}
    wrong = []
    for index, (portal, result) in enumerate(zip(drawn, results, strict=True)):
        matrix = matrices.setdefault(portal.layout, Counter())
        for item in portal.items:
            section = f"art10.n{item.numeral:02d}"
            verdict = result.verdict(section)
            matrix[(item.truth, verdict.status)] += 1
            if verdict.status != item.truth:
                docs = ", ".join(
                    f"{d.name}@{d.path}{'' if d.ok else ' (404)'}" for d in item.docs[:3]
                )
                line = (
                    f"{portal.layout}-{index} today={portal.today} {section} "
                    f"[{portal.notes.get(item.numeral, '')}] label={item.label!r}: "
                    f"truth {item.truth}, got {verdict.status} ({verdict.reason}; {verdict.url})"
                    f"\n    docs: {docs or '-'} phrase={item.phrase!r} own={bool(item.own_text)}"
                    f" law={bool(item.law_text)}"
                )
                if args.snippets:
                    line += "\n    html: " + snippet(portal, item.numeral)
                wrong.append(line)
    print(f"{len(drawn)} portals, {elapsed:.1f} s\n")
    total = print_shares(matrices, LAYOUTS)
    for layout in LAYOUTS:
        print(f"[{layout}]\n{render(matrices.get(layout, Counter()))}\n")
    print(f"[all]\n{render(total)}")
    if args.wrong and wrong:
        print("\n" + "\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
