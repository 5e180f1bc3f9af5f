from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="MemoryRetrieveResult")


@_attrs_define
class MemoryRetrieveResult:
    """The TS SDK reads storageKey/encryptedPayload/encryptionNonce; the Python SDK reads memoryId/encryptedData.

    Attributes:
        storage_tier (str):
        receipt_id (str):
        storage_key (str | Unset):
        memory_id (str | Unset): Python-SDK name of the key.
        encrypted_payload (str | Unset): TS layout ciphertext (base64url).
        encryption_nonce (str | Unset): TS layout nonce (base64url).
        encrypted_data (str | Unset): Python-SDK layout ciphertext (std base64 of nonce‖MAC‖ciphertext).
        metadata (JsonObject | None | Unset):
        anchoring_tier (str | Unset): Anchoring tier, e.g. `daily` or `immediate`.
        anchoring_status (str | Unset): Anchoring status, e.g. `pending` or `anchored`.
        estimated_anchor_time (str | Unset): Estimated anchoring time (ISO-8601).
    """

    storage_tier: str
    receipt_id: str
    storage_key: str | Unset = UNSET
    memory_id: str | Unset = UNSET
    encrypted_payload: str | Unset = UNSET
    encryption_nonce: str | Unset = UNSET
    encrypted_data: str | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    anchoring_tier: str | Unset = UNSET
    anchoring_status: str | Unset = UNSET
    estimated_anchor_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        storage_tier = self.storage_tier

        receipt_id = self.receipt_id

        storage_key = self.storage_key

        memory_id = self.memory_id

        encrypted_payload = self.encrypted_payload

        encryption_nonce = self.encryption_nonce

        encrypted_data = self.encrypted_data

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        anchoring_tier = self.anchoring_tier

        anchoring_status = self.anchoring_status

        estimated_anchor_time = self.estimated_anchor_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storageTier": storage_tier,
                "receiptId": receipt_id,
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if anchoring_tier is not UNSET:
            field_dict["anchoringTier"] = anchoring_tier
        if anchoring_status is not UNSET:
            field_dict["anchoringStatus"] = anchoring_status
        if estimated_anchor_time is not UNSET:
            field_dict["estimatedAnchorTime"] = estimated_anchor_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        storage_tier = d.pop("storageTier")

        receipt_id = d.pop("receiptId")

        storage_key = d.pop("storageKey", UNSET)

        memory_id = d.pop("memoryId", UNSET)

        encrypted_payload = d.pop("encryptedPayload", UNSET)

        encryption_nonce = d.pop("encryptionNonce", UNSET)

        encrypted_data = d.pop("encryptedData", UNSET)

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

        anchoring_tier = d.pop("anchoringTier", UNSET)

        anchoring_status = d.pop("anchoringStatus", UNSET)

        estimated_anchor_time = d.pop("estimatedAnchorTime", UNSET)

        memory_retrieve_result = cls(
            storage_tier=storage_tier,
            receipt_id=receipt_id,
            storage_key=storage_key,
            memory_id=memory_id,
            encrypted_payload=encrypted_payload,
            encryption_nonce=encryption_nonce,
            encrypted_data=encrypted_data,
            metadata=metadata,
            anchoring_tier=anchoring_tier,
            anchoring_status=anchoring_status,
            estimated_anchor_time=estimated_anchor_time,
        )

        memory_retrieve_result.additional_properties = d
        return memory_retrieve_result

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
