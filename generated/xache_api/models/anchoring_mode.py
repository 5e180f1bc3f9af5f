from typing import Literal

AnchoringMode = Literal["immediate"]

ANCHORING_MODE_VALUES: set[AnchoringMode] = {
    "immediate",
}


def check_anchoring_mode(value: str) -> AnchoringMode:
    if value in ANCHORING_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANCHORING_MODE_VALUES!r}"
    )
