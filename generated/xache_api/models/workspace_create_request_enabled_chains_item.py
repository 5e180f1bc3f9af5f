from typing import Literal

WorkspaceCreateRequestEnabledChainsItem = Literal["evm", "solana"]

WORKSPACE_CREATE_REQUEST_ENABLED_CHAINS_ITEM_VALUES: set[
    WorkspaceCreateRequestEnabledChainsItem
] = {
    "evm",
    "solana",
}


def check_workspace_create_request_enabled_chains_item(
    value: str,
) -> WorkspaceCreateRequestEnabledChainsItem:
    if value in WORKSPACE_CREATE_REQUEST_ENABLED_CHAINS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_CREATE_REQUEST_ENABLED_CHAINS_ITEM_VALUES!r}"
    )
