from typing import Literal

SessionValidateRequestScope = Literal[
    "*", "collective:contribute", "collective:query", "memory:retrieve", "memory:store"
]

SESSION_VALIDATE_REQUEST_SCOPE_VALUES: set[SessionValidateRequestScope] = {
    "*",
    "collective:contribute",
    "collective:query",
    "memory:retrieve",
    "memory:store",
}


def check_session_validate_request_scope(value: str) -> SessionValidateRequestScope:
    if value in SESSION_VALIDATE_REQUEST_SCOPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_VALIDATE_REQUEST_SCOPE_VALUES!r}"
    )
