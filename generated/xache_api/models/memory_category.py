from typing import Literal

MemoryCategory = Literal[
    "constraint",
    "decision",
    "event",
    "fact",
    "feedback",
    "goal",
    "handoff",
    "observation",
    "pattern",
    "preference",
    "procedure",
    "reference",
    "relationship",
    "summary",
    "unknown",
]

MEMORY_CATEGORY_VALUES: set[MemoryCategory] = {
    "constraint",
    "decision",
    "event",
    "fact",
    "feedback",
    "goal",
    "handoff",
    "observation",
    "pattern",
    "preference",
    "procedure",
    "reference",
    "relationship",
    "summary",
    "unknown",
}


def check_memory_category(value: str) -> MemoryCategory:
    if value in MEMORY_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_CATEGORY_VALUES!r}"
    )
