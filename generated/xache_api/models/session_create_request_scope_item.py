from typing import Literal

SessionCreateRequestScopeItem = Literal[
    "*", "collective:contribute", "collective:query", "memory:retrieve", "memory:store"
]

SESSION_CREATE_REQUEST_SCOPE_ITEM_VALUES: set[SessionCreateRequestScopeItem] = {
    "*",
    "collective:contribute",
    "collective:query",
    "memory:retrieve",
    "memory:store",
}


def check_session_create_request_scope_item(
    value: str,
) -> SessionCreateRequestScopeItem:
    if value in SESSION_CREATE_REQUEST_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_CREATE_REQUEST_SCOPE_ITEM_VALUES!r}"
    )
