from typing import Literal

EphemeralSlotName = Literal[
    "cache", "conversation", "facts", "handoff", "scratch", "tasks"
]

EPHEMERAL_SLOT_NAME_VALUES: set[EphemeralSlotName] = {
    "cache",
    "conversation",
    "facts",
    "handoff",
    "scratch",
    "tasks",
}


def check_ephemeral_slot_name(value: str) -> EphemeralSlotName:
    if value in EPHEMERAL_SLOT_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EPHEMERAL_SLOT_NAME_VALUES!r}"
    )
