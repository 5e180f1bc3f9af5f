from typing import Literal

OwnerRegisterRequestEntityType = Literal["human", "organization"]

OWNER_REGISTER_REQUEST_ENTITY_TYPE_VALUES: set[OwnerRegisterRequestEntityType] = {
    "human",
    "organization",
}


def check_owner_register_request_entity_type(
    value: str,
) -> OwnerRegisterRequestEntityType:
    if value in OWNER_REGISTER_REQUEST_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OWNER_REGISTER_REQUEST_ENTITY_TYPE_VALUES!r}"
    )
