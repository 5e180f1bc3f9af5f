from typing import Literal

MemoryScope = Literal["GLOBAL", "SEGMENT", "SUBJECT"]

MEMORY_SCOPE_VALUES: set[MemoryScope] = {
    "GLOBAL",
    "SEGMENT",
    "SUBJECT",
}


def check_memory_scope(value: str) -> MemoryScope:
    if value in MEMORY_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_SCOPE_VALUES!r}"
    )
