from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="MemoryBatchRetrieveItemResult")


@_attrs_define
class MemoryBatchRetrieveItemResult:
    """
    Attributes:
        index (int):
        storage_key (str | Unset):
        memory_id (str | Unset):
        encrypted_payload (str | Unset):
        encryption_nonce (str | Unset):
        encrypted_data (str | Unset):
        storage_tier (str | Unset):
        metadata (JsonObject | None | Unset):
        receipt_id (str | Unset):
        error (str | Unset):
    """

    index: int
    storage_key: str | Unset = UNSET
    memory_id: str | Unset = UNSET
    encrypted_payload: str | Unset = UNSET
    encryption_nonce: str | Unset = UNSET
    encrypted_data: str | Unset = UNSET
    storage_tier: str | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    receipt_id: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        index = self.index

        storage_key = self.storage_key

        memory_id = self.memory_id

        encrypted_payload = self.encrypted_payload

        encryption_nonce = self.encryption_nonce

        encrypted_data = self.encrypted_data

        storage_tier = self.storage_tier

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        receipt_id = self.receipt_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if storage_key is not UNSET:
            field_dict["storageKey"] = storage_key
        if memory_id is not UNSET:
            field_dict["memoryId"] = memory_id
        if encrypted_payload is not UNSET:
            field_dict["encryptedPayload"] = encrypted_payload
        if encryption_nonce is not UNSET:
            field_dict["encryptionNonce"] = encryption_nonce
        if encrypted_data is not UNSET:
            field_dict["encryptedData"] = encrypted_data
        if storage_tier is not UNSET:
            field_dict["storageTier"] = storage_tier
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if receipt_id is not UNSET:
            field_dict["receiptId"] = receipt_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        index = d.pop("index")

        storage_key = d.pop("storageKey", UNSET)

        memory_id = d.pop("memoryId", UNSET)

        encrypted_payload = d.pop("encryptedPayload", UNSET)

        encryption_nonce = d.pop("encryptionNonce", UNSET)

        encrypted_data = d.pop("encryptedData", UNSET)

        storage_tier = d.pop("storageTier", UNSET)

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

        receipt_id = d.pop("receiptId", UNSET)

        error = d.pop("error", UNSET)

        memory_batch_retrieve_item_result = cls(
            index=index,
            storage_key=storage_key,
            memory_id=memory_id,
            encrypted_payload=encrypted_payload,
            encryption_nonce=encryption_nonce,
            encrypted_data=encrypted_data,
            storage_tier=storage_tier,
            metadata=metadata,
            receipt_id=receipt_id,
            error=error,
        )

        memory_batch_retrieve_item_result.additional_properties = d
        return memory_batch_retrieve_item_result

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
