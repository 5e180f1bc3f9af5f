from typing import Literal

LlmConfigApiKeyProvider = Literal[
    "anthropic",
    "cohere",
    "deepseek",
    "fireworks",
    "google",
    "groq",
    "mistral",
    "openai",
    "together",
    "xai",
]

LLM_CONFIG_API_KEY_PROVIDER_VALUES: set[LlmConfigApiKeyProvider] = {
    "anthropic",
    "cohere",
    "deepseek",
    "fireworks",
    "google",
    "groq",
    "mistral",
    "openai",
    "together",
    "xai",
}


def check_llm_config_api_key_provider(value: str) -> LlmConfigApiKeyProvider:
    if value in LLM_CONFIG_API_KEY_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_CONFIG_API_KEY_PROVIDER_VALUES!r}"
    )
