from typing import Literal

LlmConfigXacheManagedType = Literal["xache-managed"]

LLM_CONFIG_XACHE_MANAGED_TYPE_VALUES: set[LlmConfigXacheManagedType] = {
    "xache-managed",
}


def check_llm_config_xache_managed_type(value: str) -> LlmConfigXacheManagedType:
    if value in LLM_CONFIG_XACHE_MANAGED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_CONFIG_XACHE_MANAGED_TYPE_VALUES!r}"
    )
