from typing import Literal

WorkspaceUpdateRequestEnabledChainsItem = Literal["evm", "solana"]

WORKSPACE_UPDATE_REQUEST_ENABLED_CHAINS_ITEM_VALUES: set[
    WorkspaceUpdateRequestEnabledChainsItem
] = {
    "evm",
    "solana",
}


def check_workspace_update_request_enabled_chains_item(
    value: str,
) -> WorkspaceUpdateRequestEnabledChainsItem:
    if value in WORKSPACE_UPDATE_REQUEST_ENABLED_CHAINS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKSPACE_UPDATE_REQUEST_ENABLED_CHAINS_ITEM_VALUES!r}"
    )
