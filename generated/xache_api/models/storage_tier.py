from typing import Literal

StorageTier = Literal["cold", "hot", "warm"]

STORAGE_TIER_VALUES: set[StorageTier] = {
    "cold",
    "hot",
    "warm",
}


def check_storage_tier(value: str) -> StorageTier:
    if value in STORAGE_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STORAGE_TIER_VALUES!r}"
    )
