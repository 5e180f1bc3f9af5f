from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facilitator_pay_to_evm import FacilitatorPayToEvm
    from ..models.facilitator_pay_to_solana import FacilitatorPayToSolana


T = TypeVar("T", bound="FacilitatorPayTo")


@_attrs_define
class FacilitatorPayTo:
    """
    Attributes:
        evm (FacilitatorPayToEvm | Unset): network → address
        solana (FacilitatorPayToSolana | Unset): network → address
    """

    evm: FacilitatorPayToEvm | Unset = UNSET
    solana: FacilitatorPayToSolana | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evm, Unset):
            evm = self.evm.to_dict()

        solana: dict[str, Any] | Unset = UNSET
        if not isinstance(self.solana, Unset):
            solana = self.solana.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evm is not UNSET:
            field_dict["evm"] = evm
        if solana is not UNSET:
            field_dict["solana"] = solana

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facilitator_pay_to_evm import FacilitatorPayToEvm
        from ..models.facilitator_pay_to_solana import FacilitatorPayToSolana

        d = dict(src_dict)
        _evm = d.pop("evm", UNSET)
        evm: FacilitatorPayToEvm | Unset
        if isinstance(_evm, Unset):
            evm = UNSET
        else:
            evm = FacilitatorPayToEvm.from_dict(_evm)

        _solana = d.pop("solana", UNSET)
        solana: FacilitatorPayToSolana | Unset
        if isinstance(_solana, Unset):
            solana = UNSET
        else:
            solana = FacilitatorPayToSolana.from_dict(_solana)

        facilitator_pay_to = cls(
            evm=evm,
            solana=solana,
        )

        facilitator_pay_to.additional_properties = d
        return facilitator_pay_to

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
