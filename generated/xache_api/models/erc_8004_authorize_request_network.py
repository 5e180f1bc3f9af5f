from typing import Literal

Erc8004AuthorizeRequestNetwork = Literal["base", "base-sepolia"]

ERC_8004_AUTHORIZE_REQUEST_NETWORK_VALUES: set[Erc8004AuthorizeRequestNetwork] = {
    "base",
    "base-sepolia",
}


def check_erc_8004_authorize_request_network(
    value: str,
) -> Erc8004AuthorizeRequestNetwork:
    if value in ERC_8004_AUTHORIZE_REQUEST_NETWORK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERC_8004_AUTHORIZE_REQUEST_NETWORK_VALUES!r}"
    )
