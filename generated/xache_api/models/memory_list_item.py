from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="MemoryListItem")


@_attrs_define
class MemoryListItem:
    """Memory metadata (no ciphertext). Key casing is ambiguous: the TS type, TS graph, MCP and langchain-ts read
    snake_case; the Python SDK reads camelCase. Both casings are documented; servers should send both.

        Attributes:
            storage_key (str | Unset): snake_case per the TS type.
            agent_did (str | Unset):
            storage_tier (str | Unset):
            size_bytes (int | Unset):
            created_at (str | Unset):
            accessed_at (str | Unset):
            updated_at (str | Unset):
            storageKey (str | Unset): camelCase as read by the Python SDK.
            agentDID (str | Unset):
            agent_id (str | Unset): Python-SDK fallback for agentDID.
            storageTier (str | Unset):
            encrypted_size (int | Unset):
            sizeBytes (int | Unset): Python-SDK fallback for encryptedSize.
            createdAt (str | Unset):
            accessedAt (str | Unset):
            updatedAt (str | Unset):
            context (str | Unset):
            tags (list[str] | Unset):
            metadata (JsonObject | None | Unset):
    """

    storage_key: str | Unset = UNSET
    agent_did: str | Unset = UNSET
    storage_tier: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    created_at: str | Unset = UNSET
    accessed_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    storageKey: str | Unset = UNSET
    agentDID: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    storageTier: str | Unset = UNSET
    encrypted_size: int | Unset = UNSET
    sizeBytes: int | Unset = UNSET
    createdAt: str | Unset = UNSET
    accessedAt: str | Unset = UNSET
    updatedAt: str | Unset = UNSET
    context: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        storage_key = self.storage_key

        agent_did = self.agent_did

        storage_tier = self.storage_tier

        size_bytes = self.size_bytes

        created_at = self.created_at

        accessed_at = self.accessed_at

        updated_at = self.updated_at

        storageKey = self.storageKey

        agentDID = self.agentDID

        agent_id = self.agent_id

        storageTier = self.storageTier

        encrypted_size = self.encrypted_size

        sizeBytes = self.sizeBytes

        createdAt = self.createdAt

        accessedAt = self.accessedAt

        updatedAt = self.updatedAt

        context = self.context

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, JsonObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_key is not UNSET:
            field_dict["storage_key"] = storage_key
        if agent_did is not UNSET:
            field_dict["agent_did"] = agent_did
        if storage_tier is not UNSET:
            field_dict["storage_tier"] = storage_tier
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if accessed_at is not UNSET:
            field_dict["accessed_at"] = accessed_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if storageKey is not UNSET:
            field_dict["storageKey"] = storageKey
        if agentDID is not UNSET:
            field_dict["agentDID"] = agentDID
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if storageTier is not UNSET:
            field_dict["storageTier"] = storageTier
        if encrypted_size is not UNSET:
            field_dict["encryptedSize"] = encrypted_size
        if sizeBytes is not UNSET:
            field_dict["sizeBytes"] = sizeBytes
        if createdAt is not UNSET:
            field_dict["createdAt"] = createdAt
        if accessedAt is not UNSET:
            field_dict["accessedAt"] = accessedAt
        if updatedAt is not UNSET:
            field_dict["updatedAt"] = updatedAt
        if context is not UNSET:
            field_dict["context"] = context
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        storage_key = d.pop("storage_key", UNSET)

        agent_did = d.pop("agent_did", UNSET)

        storage_tier = d.pop("storage_tier", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        accessed_at = d.pop("accessed_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        storageKey = d.pop("storageKey", UNSET)

        agentDID = d.pop("agentDID", UNSET)

        agent_id = d.pop("agentId", UNSET)

        storageTier = d.pop("storageTier", UNSET)

        encrypted_size = d.pop("encryptedSize", UNSET)

        sizeBytes = d.pop("sizeBytes", UNSET)

        createdAt = d.pop("createdAt", UNSET)

        accessedAt = d.pop("accessedAt", UNSET)

        updatedAt = d.pop("updatedAt", UNSET)

        context = d.pop("context", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

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

        memory_list_item = cls(
            storage_key=storage_key,
            agent_did=agent_did,
            storage_tier=storage_tier,
            size_bytes=size_bytes,
            created_at=created_at,
            accessed_at=accessed_at,
            updated_at=updated_at,
            storageKey=storageKey,
            agentDID=agentDID,
            agent_id=agent_id,
            storageTier=storageTier,
            encrypted_size=encrypted_size,
            sizeBytes=sizeBytes,
            createdAt=createdAt,
            accessedAt=accessedAt,
            updatedAt=updatedAt,
            context=context,
            tags=tags,
            metadata=metadata,
        )

        memory_list_item.additional_properties = d
        return memory_list_item

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
