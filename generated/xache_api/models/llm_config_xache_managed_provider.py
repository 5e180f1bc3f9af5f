from typing import Literal

LlmConfigXacheManagedProvider = Literal["anthropic", "openai"]

LLM_CONFIG_XACHE_MANAGED_PROVIDER_VALUES: set[LlmConfigXacheManagedProvider] = {
    "anthropic",
    "openai",
}


def check_llm_config_xache_managed_provider(
    value: str,
) -> LlmConfigXacheManagedProvider:
    if value in LLM_CONFIG_XACHE_MANAGED_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_CONFIG_XACHE_MANAGED_PROVIDER_VALUES!r}"
    )
