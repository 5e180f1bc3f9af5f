from typing import Literal

ListEphemeralSessionsStatus = Literal["active", "expired", "promoted", "terminated"]

LIST_EPHEMERAL_SESSIONS_STATUS_VALUES: set[ListEphemeralSessionsStatus] = {
    "active",
    "expired",
    "promoted",
    "terminated",
}


def check_list_ephemeral_sessions_status(value: str) -> ListEphemeralSessionsStatus:
    if value in LIST_EPHEMERAL_SESSIONS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_EPHEMERAL_SESSIONS_STATUS_VALUES!r}"
    )
