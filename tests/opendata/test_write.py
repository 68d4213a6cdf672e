"""Open-data files written record by record are the bytes the whole list would give."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.opendata.write import _write_records

COLUMNS = ["portal", "score", "reason"]
VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text())


@settings(max_examples=300)
@given(st.lists(st.dictionaries(st.sampled_from([*COLUMNS, "other"]), VALUES)))
def test_a_streamed_json_array_equals_the_whole_list_dumped(records: list[dict[str, Any]]) -> None:
    streamed = io.StringIO()
    _write_records(COLUMNS, records, streamed)
    whole = [{name: record.get(name) for name in COLUMNS} for record in records]
    assert streamed.getvalue() == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
