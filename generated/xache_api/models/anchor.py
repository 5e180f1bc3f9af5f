from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor_chain_status import AnchorChainStatus


T = TypeVar("T", bound="Anchor")


@_attrs_define
class Anchor:
    """
    Attributes:
        hour (str): The hour batched (ISO-8601).
        merkle_root (str):
        receipt_count (int):
        dual_anchored (bool):
        base (AnchorChainStatus | None | Unset):
        solana (AnchorChainStatus | None | Unset):
    """

    hour: str
    merkle_root: str
    receipt_count: int
    dual_anchored: bool
    base: AnchorChainStatus | None | Unset = UNSET
    solana: AnchorChainStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.anchor_chain_status import AnchorChainStatus

        hour = self.hour

        merkle_root = self.merkle_root

        receipt_count = self.receipt_count

        dual_anchored = self.dual_anchored

        base: dict[str, Any] | None | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        elif isinstance(self.base, AnchorChainStatus):
            base = self.base.to_dict()
        else:
            base = self.base

        solana: dict[str, Any] | None | Unset
        if isinstance(self.solana, Unset):
            solana = UNSET
        elif isinstance(self.solana, AnchorChainStatus):
            solana = self.solana.to_dict()
        else:
            solana = self.solana

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hour": hour,
                "merkleRoot": merkle_root,
                "receiptCount": receipt_count,
                "dualAnchored": dual_anchored,
            }
        )
        if base is not UNSET:
            field_dict["base"] = base
        if solana is not UNSET:
            field_dict["solana"] = solana

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anchor_chain_status import AnchorChainStatus

        d = dict(src_dict)
        hour = d.pop("hour")

        merkle_root = d.pop("merkleRoot")

        receipt_count = d.pop("receiptCount")

        dual_anchored = d.pop("dualAnchored")

        def _parse_base(data: object) -> AnchorChainStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_type_0 = AnchorChainStatus.from_dict(data)

                return base_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnchorChainStatus | None | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        def _parse_solana(data: object) -> AnchorChainStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                solana_type_0 = AnchorChainStatus.from_dict(data)

                return solana_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnchorChainStatus | None | Unset, data)

        solana = _parse_solana(d.pop("solana", UNSET))

        anchor = cls(
            hour=hour,
            merkle_root=merkle_root,
            receipt_count=receipt_count,
            dual_anchored=dual_anchored,
            base=base,
            solana=solana,
        )

        anchor.additional_properties = d
        return anchor

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
