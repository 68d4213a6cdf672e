"""Accuracy of crawl + judge on generated portals, per layout.

The portals come from ``tests/compliance/generated/`` (layouts and wordings of real Guatemalan
portals, drawn at random; the generator never reads the monitor's catalogue). Each draw is one
portal of every layout; ``--seed`` picks other draws than the fixed ones the test suite uses.

    .venv/bin/python -m bench.accuracy                     # 10 draws x 9 layouts, fixed draws
    .venv/bin/python -m bench.accuracy --draws 20 --seed 7 # other portals
    .venv/bin/python -m bench.accuracy --wrong             # and every wrong verdict

Prints, per layout, the share of (portal, section) pairs judged right and the confusion matrix
(rows: truth, columns: verdict), then the total.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.internal.conjecture import providers  # noqa: E402

from tests.compliance.generated.portals import LAYOUTS, GeneratedPortal, portals  # noqa: E402
from tests.compliance.generated.run import (  # noqa: E402
    Matrix,
    accuracy,
    assess_all,
    compare,
    render,
)

P = TypeVar("P", bound=GeneratedPortal)


def draw(
    draws: int,
    chosen_seed: int | None,
    strategy: Callable[[str], st.SearchStrategy[P]] = portals,
    layouts: Sequence[str] = LAYOUTS,
) -> list[P]:
    """``draws`` portals of every layout of ``strategy``; the test suite's fixed draws when no
    seed is given."""
    drawn: list[P] = []

    @settings(
        max_examples=draws,
        derandomize=chosen_seed is None,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.tuples(*(strategy(layout) for layout in layouts)))
    def collect(batch: tuple[P, ...]) -> None:
        drawn.extend(batch)

    if chosen_seed is not None:
        collect = seed(chosen_seed)(collect)
    with _only_own_draws():
        collect()
    return drawn


@contextmanager
def _only_own_draws() -> Iterator[None]:
    """Hypothesis mixes the literals of the project's own modules into what it draws (now and
    then a string or number of ``monitor/`` instead of a random one): a seed would draw other
    portals whenever the monitor's source gained a constant, and two versions' figures would
    measure different portals. Within this block it draws from its own pools only."""
    own = providers._get_local_constants
    providers._get_local_constants = providers.Constants
    providers.CONSTANTS_CACHE.cache.clear()
    try:
        yield
    finally:
        providers._get_local_constants = own
        providers.CONSTANTS_CACHE.cache.clear()


def print_shares(matrices: dict[str, Matrix], layouts: Sequence[str]) -> Matrix:
    """Print each layout's pairs and share right, then all of them; the summed matrix."""
    total: Matrix = Counter()
    print(f"{'layout':<10} {'pairs':>6} {'right':>7}")
    for layout in layouts:
        matrix = matrices.get(layout, Counter())
        total.update(matrix)
        print(f"{layout:<10} {sum(matrix.values()):>6} {accuracy(matrix):>7.1%}")
    print(f"{'all':<10} {sum(total.values()):>6} {accuracy(total):>7.1%}\n")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=10, help="portals per layout (default 10)")
    parser.add_argument("--seed", type=int, default=None, help="draw other portals")
    parser.add_argument("--wrong", action="store_true", help="list every wrong verdict")
    args = parser.parse_args(argv)
    drawn = draw(args.draws, args.seed)
    started = time.monotonic()
    results = assess_all(drawn)
    elapsed = time.monotonic() - started
    matrices, wrong = compare(drawn, results)
    print(f"{len(drawn)} portals, {elapsed:.1f} s\n")
    total = print_shares(matrices, LAYOUTS)
    print(render(total))
    if args.wrong and wrong:
        print("\n" + "\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
