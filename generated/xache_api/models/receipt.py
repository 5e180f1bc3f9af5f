from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Receipt")


@_attrs_define
class Receipt:
    """
    Attributes:
        receipt_id (str):
        agent_did (str):
        operation (str): Operation name, e.g. `memory.store`.
        amount_usd (str): USD decimal string.
        timestamp (str):
        metadata (JsonObject | None | Unset):
    """

    receipt_id: str
    agent_did: str
    operation: str
    amount_usd: str
    timestamp: str
    metadata: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        receipt_id = self.receipt_id

        agent_did = self.agent_did

        operation = self.operation

        amount_usd = self.amount_usd

        timestamp = self.timestamp

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiptId": receipt_id,
                "agentDID": agent_did,
                "operation": operation,
                "amountUSD": amount_usd,
                "timestamp": timestamp,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        receipt_id = d.pop("receiptId")

        agent_did = d.pop("agentDID")

        operation = d.pop("operation")

        amount_usd = d.pop("amountUSD")

        timestamp = d.pop("timestamp")

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

        receipt = cls(
            receipt_id=receipt_id,
            agent_did=agent_did,
            operation=operation,
            amount_usd=amount_usd,
            timestamp=timestamp,
            metadata=metadata,
        )

        receipt.additional_properties = d
        return receipt

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
