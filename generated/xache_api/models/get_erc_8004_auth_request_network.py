from typing import Literal

GetErc8004AuthRequestNetwork = Literal["base", "base-sepolia"]

GET_ERC_8004_AUTH_REQUEST_NETWORK_VALUES: set[GetErc8004AuthRequestNetwork] = {
    "base",
    "base-sepolia",
}


def check_get_erc_8004_auth_request_network(value: str) -> GetErc8004AuthRequestNetwork:
    if value in GET_ERC_8004_AUTH_REQUEST_NETWORK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ERC_8004_AUTH_REQUEST_NETWORK_VALUES!r}"
    )
