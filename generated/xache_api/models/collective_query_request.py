from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anchoring_mode import AnchoringMode, check_anchoring_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectiveQueryRequest")


@_attrs_define
class CollectiveQueryRequest:
    """
    Attributes:
        query_text (str): The question, 5–500 characters (both SDKs check it, reference §5).
        domain (None | str | Unset): Domain filter; the Python SDK sends `null` when unset. At most 100 characters, as
            in contribute.
        limit (int | Unset): 1–50 (the Python SDK always sends it, default 10).
        anchoring (AnchoringMode | Unset): Request immediate on-chain anchoring of the receipt (adds $0.005 per receipt
            per the TS type docs). Omit for the default daily batch anchoring.
    """

    query_text: str
    domain: None | str | Unset = UNSET
    limit: int | Unset = UNSET
    anchoring: AnchoringMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_text = self.query_text

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        limit = self.limit

        anchoring: str | Unset = UNSET
        if not isinstance(self.anchoring, Unset):
            anchoring = self.anchoring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queryText": query_text,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if limit is not UNSET:
            field_dict["limit"] = limit
        if anchoring is not UNSET:
            field_dict["anchoring"] = anchoring

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query_text = d.pop("queryText")

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        limit = d.pop("limit", UNSET)

        _anchoring = d.pop("anchoring", UNSET)
        anchoring: AnchoringMode | Unset
        if isinstance(_anchoring, Unset):
            anchoring = UNSET
        else:
            anchoring = check_anchoring_mode(_anchoring)

        collective_query_request = cls(
            query_text=query_text,
            domain=domain,
            limit=limit,
            anchoring=anchoring,
        )

        collective_query_request.additional_properties = d
        return collective_query_request

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
