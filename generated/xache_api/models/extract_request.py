from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extract_options import ExtractOptions
    from ..models.json_object import JsonObject
    from ..models.llm_config_api_key import LlmConfigApiKey
    from ..models.llm_config_endpoint import LlmConfigEndpoint
    from ..models.llm_config_xache_managed import LlmConfigXacheManaged


T = TypeVar("T", bound="ExtractRequest")


@_attrs_define
class ExtractRequest:
    """
    Attributes:
        trace (JsonObject | str): Agent trace: a string or a JSON object (graph conventions in reference §3.6).
        llm_config (LlmConfigApiKey | LlmConfigEndpoint | LlmConfigXacheManaged): LLM configuration, selected by `type`.
        options (ExtractOptions | Unset):
    """

    trace: JsonObject | str
    llm_config: LlmConfigApiKey | LlmConfigEndpoint | LlmConfigXacheManaged
    options: ExtractOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject
        from ..models.llm_config_api_key import LlmConfigApiKey
        from ..models.llm_config_endpoint import LlmConfigEndpoint

        trace: dict[str, Any] | str
        if isinstance(self.trace, JsonObject):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        llm_config: dict[str, Any]
        if isinstance(self.llm_config, LlmConfigApiKey) or isinstance(
            self.llm_config, LlmConfigEndpoint
        ):
            llm_config = self.llm_config.to_dict()
        else:
            llm_config = self.llm_config.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace": trace,
                "llmConfig": llm_config,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.extract_options import ExtractOptions
        from ..models.json_object import JsonObject
        from ..models.llm_config_api_key import LlmConfigApiKey
        from ..models.llm_config_endpoint import LlmConfigEndpoint
        from ..models.llm_config_xache_managed import LlmConfigXacheManaged

        d = dict(src_dict)

        def _parse_trace(data: object) -> JsonObject | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_1 = JsonObject.from_dict(data)

                return trace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | str, data)

        trace = _parse_trace(d.pop("trace"))

        def _parse_llm_config(
            data: object,
        ) -> LlmConfigApiKey | LlmConfigEndpoint | LlmConfigXacheManaged:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_llm_config_type_0 = LlmConfigApiKey.from_dict(data)

                return componentsschemas_llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_llm_config_type_1 = LlmConfigEndpoint.from_dict(data)

                return componentsschemas_llm_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_llm_config_type_2 = LlmConfigXacheManaged.from_dict(data)

            return componentsschemas_llm_config_type_2

        llm_config = _parse_llm_config(d.pop("llmConfig"))

        _options = d.pop("options", UNSET)
        options: ExtractOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ExtractOptions.from_dict(_options)

        extract_request = cls(
            trace=trace,
            llm_config=llm_config,
            options=options,
        )

        extract_request.additional_properties = d
        return extract_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
