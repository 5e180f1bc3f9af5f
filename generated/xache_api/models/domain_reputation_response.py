from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_reputation import DomainReputation
    from ..models.meta import Meta


T = TypeVar("T", bound="DomainReputationResponse")


@_attrs_define
class DomainReputationResponse:
    """Success envelope; `data` is null or absent when the agent has no reputation in the domain.

    Attributes:
        success (bool): Always `true` on success.
        meta (Meta): Response metadata present in every envelope. The Python SDK discards it on success.
        data (DomainReputation | None | Unset):
    """

    success: bool
    meta: Meta
    data: DomainReputation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.domain_reputation import DomainReputation

        success = self.success

        meta = self.meta.to_dict()

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, DomainReputation):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "meta": meta,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain_reputation import DomainReputation
        from ..models.meta import Meta

        d = dict(src_dict)
        success = d.pop("success")

        meta = Meta.from_dict(d.pop("meta"))

        def _parse_data(data: object) -> DomainReputation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = DomainReputation.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainReputation | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        domain_reputation_response = cls(
            success=success,
            meta=meta,
            data=data,
        )

        domain_reputation_response.additional_properties = d
        return domain_reputation_response

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
