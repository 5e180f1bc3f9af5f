from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pending_claim_for_agent import PendingClaimForAgent


T = TypeVar("T", bound="PendingClaimsForAgent")


@_attrs_define
class PendingClaimsForAgent:
    """
    Attributes:
        claims (list[PendingClaimForAgent]):
        count (int):
    """

    claims: list[PendingClaimForAgent]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claims = []
        for claims_item_data in self.claims:
            claims_item = claims_item_data.to_dict()
            claims.append(claims_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claims": claims,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pending_claim_for_agent import PendingClaimForAgent

        d = dict(src_dict)
        claims = []
        _claims = d.pop("claims")
        for claims_item_data in _claims:
            claims_item = PendingClaimForAgent.from_dict(claims_item_data)

            claims.append(claims_item)

        count = d.pop("count")

        pending_claims_for_agent = cls(
            claims=claims,
            count=count,
        )

        pending_claims_for_agent.additional_properties = d
        return pending_claims_for_agent

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
