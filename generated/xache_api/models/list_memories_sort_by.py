from typing import Literal

ListMemoriesSortBy = Literal["accessed", "created", "size"]

LIST_MEMORIES_SORT_BY_VALUES: set[ListMemoriesSortBy] = {
    "accessed",
    "created",
    "size",
}


def check_list_memories_sort_by(value: str) -> ListMemoriesSortBy:
    if value in LIST_MEMORIES_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEMORIES_SORT_BY_VALUES!r}"
    )
