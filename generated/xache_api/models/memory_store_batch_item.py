from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.memory_scope import MemoryScope, check_memory_scope
from ..models.storage_tier import StorageTier, check_storage_tier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="MemoryStoreBatchItem")


@_attrs_define
class MemoryStoreBatchItem:
    """Exactly one of two layouts must be present: TS layout `storageKey` + `encryptedPayload` + `encryptionNonce` +
    `checksum` + `encryptedPatterns`, or Python-SDK layout `encryptedData`. No `fingerprint` and no `anchoring` in batch
    items. Python-SDK items carry only encryptedData, storageTier and metadata.

        Attributes:
            storage_tier (StorageTier): Storage tier.
            storage_key (str | Unset): Client-generated key `mem_<ms>_<base36>` (TS layout). Opaque id. No SDK states a
                limit; the ids the server issues are about 30 characters (`mem_…`, `ws_…`, `eph_…`), so 256 is generous.
            encrypted_payload (str | Unset): TS layout: base64url (no padding) of MAC‖ciphertext (XSalsa20-Poly1305
                secretbox, nonce not included). At most 2,731 characters (2,048 bytes): the TS SDK's cap on an encrypted memory,
                which its `storeBatch` does not check; applied to every item here.
            encrypted_patterns (str | Unset): TS layout: base64url ciphertext of the pattern record (its nonce is
                discarded). The record is `{extracted, contributed, quality, domain: context}`, under 5,500 characters for the
                longest context; 8,192 is generous.
            encryption_nonce (str | Unset): TS layout: base64url (no padding) of the 24-byte nonce.
            checksum (str | Unset): TS layout: lowercase hex BLAKE2b-256 of the raw ciphertext bytes.
            encrypted_data (str | Unset): Python-SDK layout: standard padded base64 of nonce‖MAC‖ciphertext (alternative to
                encryptedPayload+encryptionNonce). At most 2,764 characters: the 24-byte nonce plus the TS SDK's 2,048-byte cap
                (the Python SDK caps the plaintext instead, `json.dumps(data)` ≤ 400 characters; the TS rule is followed on the
                wire).
            context (str | Unset): Plain-text context label (indexed by the server, e.g. `xache.graph.entity`). No SDK
                states a limit: capped at 1,000 characters (the standard contexts such as `xache.graph.entity` are under 40).
            tags (list[str] | Unset): Plain-text tags. No SDK states a limit: at most 100.
            metadata (JsonObject | None | Unset): Plain-text metadata; the Python SDK sends `null` when unset.
            expires_at (str | Unset): Expiry time, an ISO-8601 date-time.
            subject_id (str | Unset): Pseudonymous subject id: 64 lowercase hex chars, an HMAC of the subject derived
                client-side (HMAC-SHA-512/256 in the TS SDK, HMAC-SHA-256 in the Python SDK, so the two never match).
            scope (MemoryScope | Unset): Memory visibility scope.
            segment_id (str | Unset): Segment id (required when scope is SEGMENT). No SDK states a limit: 256 characters is
                generous for an id.
            tenant_id (str | Unset): Tenant id. No SDK states a limit: 256 characters is generous for an id.
    """

    storage_tier: StorageTier
    storage_key: str | Unset = UNSET
    encrypted_payload: str | Unset = UNSET
    encrypted_patterns: str | Unset = UNSET
    encryption_nonce: str | Unset = UNSET
    checksum: str | Unset = UNSET
    encrypted_data: str | Unset = UNSET
    context: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    metadata: JsonObject | None | Unset = UNSET
    expires_at: str | Unset = UNSET
    subject_id: str | Unset = UNSET
    scope: MemoryScope | Unset = UNSET
    segment_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_object import JsonObject

        storage_tier: str = self.storage_tier

        storage_key = self.storage_key

        encrypted_payload = self.encrypted_payload

        encrypted_patterns = self.encrypted_patterns

        encryption_nonce = self.encryption_nonce

        checksum = self.checksum

        encrypted_data = self.encrypted_data

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

        expires_at = self.expires_at

        subject_id = self.subject_id

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        segment_id = self.segment_id

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storageTier": storage_tier,
            }
        )
        if storage_key is not UNSET:
            field_dict["storageKey"] = storage_key
        if encrypted_payload is not UNSET:
            field_dict["encryptedPayload"] = encrypted_payload
        if encrypted_patterns is not UNSET:
            field_dict["encryptedPatterns"] = encrypted_patterns
        if encryption_nonce is not UNSET:
            field_dict["encryptionNonce"] = encryption_nonce
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if encrypted_data is not UNSET:
            field_dict["encryptedData"] = encrypted_data
        if context is not UNSET:
            field_dict["context"] = context
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if subject_id is not UNSET:
            field_dict["subjectId"] = subject_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        storage_tier = check_storage_tier(d.pop("storageTier"))

        storage_key = d.pop("storageKey", UNSET)

        encrypted_payload = d.pop("encryptedPayload", UNSET)

        encrypted_patterns = d.pop("encryptedPatterns", UNSET)

        encryption_nonce = d.pop("encryptionNonce", UNSET)

        checksum = d.pop("checksum", UNSET)

        encrypted_data = d.pop("encryptedData", UNSET)

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

        expires_at = d.pop("expiresAt", UNSET)

        subject_id = d.pop("subjectId", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: MemoryScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = check_memory_scope(_scope)

        segment_id = d.pop("segmentId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        memory_store_batch_item = cls(
            storage_tier=storage_tier,
            storage_key=storage_key,
            encrypted_payload=encrypted_payload,
            encrypted_patterns=encrypted_patterns,
            encryption_nonce=encryption_nonce,
            checksum=checksum,
            encrypted_data=encrypted_data,
            context=context,
            tags=tags,
            metadata=metadata,
            expires_at=expires_at,
            subject_id=subject_id,
            scope=scope,
            segment_id=segment_id,
            tenant_id=tenant_id,
        )

        memory_store_batch_item.additional_properties = d
        return memory_store_batch_item

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
