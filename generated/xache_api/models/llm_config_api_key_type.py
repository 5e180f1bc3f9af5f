from typing import Literal

LlmConfigApiKeyType = Literal["api-key"]

LLM_CONFIG_API_KEY_TYPE_VALUES: set[LlmConfigApiKeyType] = {
    "api-key",
}


def check_llm_config_api_key_type(value: str) -> LlmConfigApiKeyType:
    if value in LLM_CONFIG_API_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_CONFIG_API_KEY_TYPE_VALUES!r}"
    )
