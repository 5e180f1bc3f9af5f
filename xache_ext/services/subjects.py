"""Subject ids and contexts on the client itself, where the official SDKs put them.

``derive_subject_id`` / ``batch_derive_subject_ids`` are operations that send no request (so they are
awaited on the async client, as in both official SDKs); the context constructors and ``is_read_only`` are
plain methods.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from typing import Any, Generic, overload

from ..crypto.subject import (
    SubjectContext,
    SubjectDerivationOptions,
    batch_derive_subject_ids,
    create_global_context,
    create_segment_context,
    create_subject_context,
    derive_subject_id,
    options_domain,
)
from ..errors import ValidationError
from ..facade.operations import Async, M, Op, Service, Sync, operation
from ..facade.validation import require_text

__all__ = ["SubjectMethods", "SubjectService"]

DerivationOptions = SubjectDerivationOptions | Mapping[str, Any]


class SubjectService(Service[M]):
    """Subject-id derivation under the client's key and subject-id variant (no request is sent)."""

    @operation
    def derive_subject_id(self, raw_subject_id: str, options: DerivationOptions | None = None) -> Op[str]:
        """The pseudonymous 64-hex id of a raw subject id (a customer id, an e-mail ...)."""
        require_text("raw_subject_id", raw_subject_id)
        key = self._context.require_key()
        return derive_subject_id(
            key, raw_subject_id, variant=self._context.subject_variant, domain=options_domain(options)
        )
        yield  # an operation that needs no request

    @operation
    def batch_derive_subject_ids(
        self, raw_subject_ids: Sequence[str], options: DerivationOptions | None = None
    ) -> Op[dict[str, str]]:
        """:meth:`derive_subject_id` of each raw id, keyed by the raw id."""
        if isinstance(raw_subject_ids, str) or not isinstance(raw_subject_ids, Sequence):
            raise ValidationError("raw_subject_ids must be a list of strings", field="raw_subject_ids")
        for index, raw in enumerate(raw_subject_ids):
            if not isinstance(raw, str):
                raise ValidationError(f"raw_subject_ids[{index}] must be a string", field="raw_subject_ids")
        key = self._context.require_key()
        return batch_derive_subject_ids(
            key, raw_subject_ids, variant=self._context.subject_variant, domain=options_domain(options)
        )
        yield  # an operation that needs no request

    def is_read_only(self) -> bool:
        """Whether the client has no signer (it can then only make unsigned requests)."""
        return self._context.signer is None


class SubjectMethods(Generic[M]):
    """The subject helpers of both clients (a mixin; the client sets ``_subjects``)."""

    _subjects: SubjectService[M]

    @overload
    def derive_subject_id(
        self: SubjectMethods[Async], raw_subject_id: str, options: DerivationOptions | None = None
    ) -> Awaitable[str]: ...
    @overload
    def derive_subject_id(
        self: SubjectMethods[Sync], raw_subject_id: str, options: DerivationOptions | None = None
    ) -> str: ...
    def derive_subject_id(self, raw_subject_id: str, options: DerivationOptions | None = None) -> Any:
        """The pseudonymous 64-hex id of a raw subject id under this client's key (no request is sent)."""
        return self._subjects.derive_subject_id(raw_subject_id, options)

    @overload
    def batch_derive_subject_ids(
        self: SubjectMethods[Async], raw_subject_ids: Sequence[str], options: DerivationOptions | None = None
    ) -> Awaitable[dict[str, str]]: ...
    @overload
    def batch_derive_subject_ids(
        self: SubjectMethods[Sync], raw_subject_ids: Sequence[str], options: DerivationOptions | None = None
    ) -> dict[str, str]: ...
    def batch_derive_subject_ids(
        self, raw_subject_ids: Sequence[str], options: DerivationOptions | None = None
    ) -> Any:
        """The subject id of each raw id, keyed by the raw id (no request is sent)."""
        return self._subjects.batch_derive_subject_ids(raw_subject_ids, options)

    @staticmethod
    def create_subject_context(subject_id: str, tenant_id: str | None = None) -> SubjectContext:
        """A ``SUBJECT``-scoped context for a derived subject id."""
        return create_subject_context(subject_id, tenant_id)

    @staticmethod
    def create_segment_context(segment_id: str, tenant_id: str | None = None) -> SubjectContext:
        """A ``SEGMENT``-scoped context."""
        return create_segment_context(segment_id, tenant_id)

    @staticmethod
    def create_global_context(tenant_id: str | None = None) -> SubjectContext:
        """A ``GLOBAL``-scoped context."""
        return create_global_context(tenant_id)

    def is_read_only(self) -> bool:
        """Whether this client has no private key or signer (only unsigned requests can then be sent)."""
        return self._subjects.is_read_only()
