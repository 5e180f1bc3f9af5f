from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anchoring_mode import AnchoringMode, check_anchoring_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.heuristic_metrics import HeuristicMetrics
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CollectiveContributeRequest")


@_attrs_define
class CollectiveContributeRequest:
    """The TS SDK forwards extra keys of the caller's object.

    Attributes:
        pattern (str): The heuristic text, 10–500 characters (both SDKs check it, reference §5).
        pattern_hash (str): Hash of the pattern; format not fixed by the SDKs (reference §3.7: SHA-256 hex in MCP,
            shorter hex in auto-contribute). 256 characters is generous.
        domain (str): Domain of the heuristic. Both SDKs only require it non-empty: capped at 100 characters (the
            reputation domain rule, 2–50 of `[a-z0-9-]`, is not applied here by either SDK).
        tags (list[str]): 1–10 tags (both SDKs check it, reference §5).
        metrics (HeuristicMetrics):
        encrypted_content_ref (str): Reference to the encrypted content in object storage. No SDK states a limit: 1,024
            characters is generous (MCP sends a 64-hex SHA-256).
        context_type (None | str | Unset): Context type; the Python SDK sends `null` when unset. No SDK states a limit:
            256 characters.
        metadata (JsonObject | None | Unset):
        anchoring (AnchoringMode | Unset): Request immediate on-chain anchoring of the receipt (adds $0.005 per receipt
            per the TS type docs). Omit for the default daily batch anchoring.
    """

    pattern: str
    pattern_hash: str
    domain: str
    tags: list[str]
    metrics: HeuristicMetrics
    encrypted_content_ref: str
    context_type: None | str | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    anchoring: AnchoringMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        pattern = self.pattern

        pattern_hash = self.pattern_hash

        domain = self.domain

        tags = self.tags

        metrics = self.metrics.to_dict()

        encrypted_content_ref = self.encrypted_content_ref

        context_type: None | str | Unset
        if isinstance(self.context_type, Unset):
            context_type = UNSET
        else:
            context_type = self.context_type

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        anchoring: str | Unset = UNSET
        if not isinstance(self.anchoring, Unset):
            anchoring = self.anchoring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern": pattern,
                "patternHash": pattern_hash,
                "domain": domain,
                "tags": tags,
                "metrics": metrics,
                "encryptedContentRef": encrypted_content_ref,
            }
        )
        if context_type is not UNSET:
            field_dict["contextType"] = context_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if anchoring is not UNSET:
            field_dict["anchoring"] = anchoring

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.heuristic_metrics import HeuristicMetrics
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        pattern = d.pop("pattern")

        pattern_hash = d.pop("patternHash")

        domain = d.pop("domain")

        tags = cast(list[str], d.pop("tags"))

        metrics = HeuristicMetrics.from_dict(d.pop("metrics"))

        encrypted_content_ref = d.pop("encryptedContentRef")

        def _parse_context_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        context_type = _parse_context_type(d.pop("contextType", UNSET))

        def _parse_metadata(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = JsonObject.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonObject | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _anchoring = d.pop("anchoring", UNSET)
        anchoring: AnchoringMode | Unset
        if isinstance(_anchoring, Unset):
            anchoring = UNSET
        else:
            anchoring = check_anchoring_mode(_anchoring)

        collective_contribute_request = cls(
            pattern=pattern,
            pattern_hash=pattern_hash,
            domain=domain,
            tags=tags,
            metrics=metrics,
            encrypted_content_ref=encrypted_content_ref,
            context_type=context_type,
            metadata=metadata,
            anchoring=anchoring,
        )

        collective_contribute_request.additional_properties = d
        return collective_contribute_request

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
