"""The list prices of the paid operations, as the spec states them (``x-xache-price`` / ``-per-item``).

Pure functions over the raw rows of ``xache_api.operations_table.OPERATIONS``, so that ``make generate`` can
render the README's price table from a freshly generated table before it is importable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["PRICES_BEGIN", "PRICES_END", "price_table_markdown", "with_price_table"]

PRICES_BEGIN = "<!-- prices: generated from openapi.yaml by `make generate` -->"
PRICES_END = "<!-- /prices -->"


def price_table_markdown(operations: Mapping[str, Mapping[str, Any]]) -> str:
    """A Markdown table of every paid operation and its list price."""
    lines = ["| operation | request | list price (USD) |", "| --- | --- | --- |"]
    rows = sorted(operations.items(), key=lambda item: (item[1]["tag"], item[1]["path"], item[1]["method"]))
    for op_id, op in rows:
        if not op["paid"]:
            continue
        price = f"{op['price_per_item']} per item" if op["price_per_item"] is not None else str(op["price"])
        lines.append(f"| {op['tag']} `{op_id}` | `{op['method']} {op['path']}` | {price} |")
    return "\n".join(lines) + "\n"


def with_price_table(readme: str, operations: Mapping[str, Mapping[str, Any]]) -> str:
    """``readme`` with the text between the price markers replaced by the current table."""
    head, begin, rest = readme.partition(PRICES_BEGIN)
    _, end, tail = rest.partition(PRICES_END)
    if not begin or not end:
        raise ValueError("the README has no price table markers")
    return f"{head}{PRICES_BEGIN}\n{price_table_markdown(operations)}{PRICES_END}{tail}"
