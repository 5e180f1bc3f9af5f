from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_context import SubjectContext


T = TypeVar("T", bound="ExtractOptions")


@_attrs_define
class ExtractOptions:
    """
    Attributes:
        max_memories (int | Unset): Maximum extractions (TS only).
        confidence_threshold (float | Unset):
        context_hint (str | Unset): Hint, e.g. `graph-extraction` or `graph-ask`. No SDK states a limit: 1,000
            characters.
        auto_store (bool | Unset): Store extractions as memories (the Python SDK sends it only when true).
        subject (SubjectContext | Unset): Subject context attached to stored/extracted memories. Keys are camelCase on
            the wire.
    """

    max_memories: int | Unset = UNSET
    confidence_threshold: float | Unset = UNSET
    context_hint: str | Unset = UNSET
    auto_store: bool | Unset = UNSET
    subject: SubjectContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_memories = self.max_memories

        confidence_threshold = self.confidence_threshold

        context_hint = self.context_hint

        auto_store = self.auto_store

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_memories is not UNSET:
            field_dict["maxMemories"] = max_memories
        if confidence_threshold is not UNSET:
            field_dict["confidenceThreshold"] = confidence_threshold
        if context_hint is not UNSET:
            field_dict["contextHint"] = context_hint
        if auto_store is not UNSET:
            field_dict["autoStore"] = auto_store
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subject_context import SubjectContext

        d = dict(src_dict)
        max_memories = d.pop("maxMemories", UNSET)

        confidence_threshold = d.pop("confidenceThreshold", UNSET)

        context_hint = d.pop("contextHint", UNSET)

        auto_store = d.pop("autoStore", UNSET)

        _subject = d.pop("subject", UNSET)
        subject: SubjectContext | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = SubjectContext.from_dict(_subject)

        extract_options = cls(
            max_memories=max_memories,
            confidence_threshold=confidence_threshold,
            context_hint=context_hint,
            auto_store=auto_store,
            subject=subject,
        )

        extract_options.additional_properties = d
        return extract_options

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
