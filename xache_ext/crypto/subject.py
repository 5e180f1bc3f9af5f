"""Pseudonymous subject ids, knowledge-graph entity keys (HMAC over a BLAKE2b-derived key), and the
subject contexts (``SUBJECT`` / ``SEGMENT`` / ``GLOBAL`` scope) memories are stored and listed under."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypedDict, cast, get_args

import attrs

from ..errors import ValidationError
from .encryption import KeyInput, memory_key

__all__ = [
    "ENTITY_DOMAIN",
    "SCOPES",
    "SUBJECT_DOMAIN",
    "MemoryScope",
    "SubjectContext",
    "SubjectDerivationOptions",
    "SubjectFields",
    "SubjectLike",
    "Variant",
    "batch_derive_entity_keys",
    "batch_derive_subject_ids",
    "coerce_subject_context",
    "create_global_context",
    "create_segment_context",
    "create_subject_context",
    "derive_entity_key",
    "derive_subject_id",
    "is_subject_id",
    "options_domain",
    "subject_fields",
    "validate_subject_context",
]

MemoryScope = Literal["SUBJECT", "SEGMENT", "GLOBAL"]
SCOPES: tuple[MemoryScope, ...] = get_args(MemoryScope)

Variant = Literal["typescript", "python"]

SUBJECT_DOMAIN = "xache:subject:v1"
ENTITY_DOMAIN = "xache:entity:v1"
_SUBJECT_ID = re.compile(r"[a-f0-9]{64}")
# A context's fields and their wire names, in the order the official SDKs send them.
_WIRE_NAMES = {
    "subject_id": "subjectId",
    "scope": "scope",
    "segment_id": "segmentId",
    "tenant_id": "tenantId",
}


class SubjectFields(TypedDict, total=False):
    """The fields a subject context sets, as keyword arguments of the memory operations."""

    subject_id: str
    scope: MemoryScope
    segment_id: str
    tenant_id: str


def _hmac_key(key: KeyInput) -> bytes:
    return hashlib.blake2b(memory_key(key).reveal(), digest_size=32).digest()


def _mac(hmac_key: bytes, message: str, variant: Variant) -> str:
    try:
        data = message.encode()
    except UnicodeEncodeError:
        raise ValidationError(
            "a subject id or entity name must be Unicode text (it holds a lone surrogate)"
        ) from None
    if variant == "typescript":
        return hmac.digest(hmac_key, data, "sha512")[:32].hex()
    if variant == "python":
        return hmac.digest(hmac_key, data, "sha256").hex()
    raise ValueError(f"unknown variant {variant!r}: expected 'typescript' or 'python'")


def derive_subject_id(
    key: KeyInput, raw_subject_id: str, *, variant: Variant = "typescript", domain: str = SUBJECT_DOMAIN
) -> str:
    """The 64-hex subject id of ``raw_subject_id`` under the 32-byte encryption ``key`` (a ``Secret`` or bytes).

    HMAC key = BLAKE2b-256(key); message = UTF-8(``domain:raw``). ``"typescript"`` (libsodium
    ``crypto_auth``) is HMAC-SHA-512 truncated to 32 bytes; ``"python"`` is HMAC-SHA-256. The two differ.
    """
    return _mac(_hmac_key(key), f"{domain}:{raw_subject_id}", variant)


def batch_derive_subject_ids(
    key: KeyInput,
    raw_subject_ids: Iterable[str],
    *,
    variant: Variant = "typescript",
    domain: str = SUBJECT_DOMAIN,
) -> dict[str, str]:
    """:func:`derive_subject_id` of each raw id, keyed by the raw id (the HMAC key is derived once)."""
    hmac_key = _hmac_key(key)
    return {raw: _mac(hmac_key, f"{domain}:{raw}", variant) for raw in raw_subject_ids}


def derive_entity_key(key: KeyInput, name: str, *, variant: Variant = "typescript") -> str:
    """The 64-hex graph entity key of ``name`` (trimmed and lower-cased) in the ``xache:entity:v1`` domain."""
    return derive_subject_id(key, name.strip().lower(), variant=variant, domain=ENTITY_DOMAIN)


def batch_derive_entity_keys(
    key: KeyInput, names: Iterable[str], *, variant: Variant = "typescript"
) -> dict[str, str]:
    """:func:`derive_entity_key` of each name, keyed by the normalised (trimmed, lower-cased) name."""
    return batch_derive_subject_ids(
        key, (n.strip().lower() for n in names), variant=variant, domain=ENTITY_DOMAIN
    )


def is_subject_id(value: object) -> bool:
    """Whether ``value`` is a derived subject id (64 lowercase hex characters)."""
    return isinstance(value, str) and _SUBJECT_ID.fullmatch(value) is not None


@attrs.frozen
class SubjectDerivationOptions:
    """Options of subject-id derivation: the HMAC domain separator."""

    domain: str = SUBJECT_DOMAIN


def options_domain(options: SubjectDerivationOptions | Mapping[str, Any] | Any | None) -> str:
    """The domain of derivation ``options``: ours, the official SDK's dataclass, a dict, or None."""
    if options is None:
        return SUBJECT_DOMAIN
    domain = options.get("domain") if isinstance(options, Mapping) else getattr(options, "domain", None)
    if domain is None:
        return SUBJECT_DOMAIN
    if not isinstance(domain, str) or not domain:
        raise ValidationError("options.domain must be a non-empty string", field="options.domain")
    return domain


@attrs.frozen
class SubjectContext:
    """Who a memory is about and who may see it: ``SUBJECT`` (one subject id), ``SEGMENT`` or ``GLOBAL``.

    ``scope`` may be None for a context read from a dict without one (the official Python SDK's dicts): its
    fields then filter as given, without a scope.
    """

    scope: MemoryScope | None
    subject_id: str | None = None
    segment_id: str | None = None
    tenant_id: str | None = None

    def get(self, name: str, default: Any = None) -> Any:
        """Dict-style read (``subject_id`` or ``subjectId``), for code written against the official SDKs."""
        snake = {wire: field for field, wire in _WIRE_NAMES.items()}.get(name, name)
        return getattr(self, snake, default) if snake in attrs.fields_dict(SubjectContext) else default

    def _set(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _WIRE_NAMES if getattr(self, name) is not None}

    def to_wire(self) -> dict[str, str]:
        """The camelCase fields set (``subjectId``, ``scope``, ``segmentId``, ``tenantId``)."""
        return {_WIRE_NAMES[name]: value for name, value in self._set().items()}

    def as_kwargs(self) -> SubjectFields:
        """The fields set, as the ``subject_id``/``scope``/``segment_id``/``tenant_id`` keyword arguments."""
        return cast(SubjectFields, self._set())


SubjectLike = SubjectContext | Mapping[str, Any]
"""What the ``subject`` argument of an operation accepts (a dict has snake_case or camelCase keys)."""


def subject_fields(context: SubjectContext | None) -> SubjectFields:
    """The keyword arguments of ``context`` (none for None)."""
    return {} if context is None else context.as_kwargs()


def create_subject_context(subject_id: str, tenant_id: str | None = None) -> SubjectContext:
    """A ``SUBJECT``-scoped context for a derived subject id (64 lowercase hex characters)."""
    if not is_subject_id(subject_id):
        raise ValidationError("subject_id must be 64 lowercase hex characters", field="subject_id")
    return SubjectContext(scope="SUBJECT", subject_id=subject_id, tenant_id=tenant_id)


def create_segment_context(segment_id: str, tenant_id: str | None = None) -> SubjectContext:
    """A ``SEGMENT``-scoped context (``segment_id`` non-empty)."""
    if not isinstance(segment_id, str) or not segment_id:
        raise ValidationError("segment_id must be a non-empty string", field="segment_id")
    return SubjectContext(scope="SEGMENT", segment_id=segment_id, tenant_id=tenant_id)


def create_global_context(tenant_id: str | None = None) -> SubjectContext:
    """A ``GLOBAL``-scoped context."""
    return SubjectContext(scope="GLOBAL", tenant_id=tenant_id)


def validate_subject_context(context: SubjectContext) -> None:
    """Check a context as both SDKs do: a known scope, a subject id for ``SUBJECT``, a segment for ``SEGMENT``."""
    if context.scope is not None and context.scope not in SCOPES:
        raise ValidationError(
            f"scope must be one of {', '.join(SCOPES)}; got {context.scope!r}", field="scope"
        )
    if context.subject_id is not None and not is_subject_id(context.subject_id):
        raise ValidationError("subject_id must be 64 lowercase hex characters", field="subject_id")
    if context.scope == "SUBJECT" and context.subject_id is None:
        raise ValidationError(
            "a SUBJECT context needs a subject_id of 64 lowercase hex characters", field="subject_id"
        )
    if context.scope == "SEGMENT" and not (isinstance(context.segment_id, str) and context.segment_id):
        raise ValidationError("a SEGMENT context needs a non-empty segment_id", field="segment_id")
    for name in ("subject_id", "segment_id", "tenant_id"):
        value = getattr(context, name)
        if value is not None and not isinstance(value, str):
            raise ValidationError(f"{name} must be a string", field=name)


_FIELD_NAMES = {name: tuple(dict.fromkeys((name, wire))) for name, wire in _WIRE_NAMES.items()}


def coerce_subject_context(subject: SubjectContext | Mapping[str, Any] | Any | None) -> SubjectContext | None:
    """A validated :class:`SubjectContext` from ours, a dict (snake_case or camelCase keys), the official
    SDKs' ``SubjectContext`` objects, or None (also for one with no field set)."""
    if subject is None or isinstance(subject, SubjectContext):
        if subject is not None:
            validate_subject_context(subject)
        return subject
    values: dict[str, Any] = {}
    for name, keys in _FIELD_NAMES.items():
        for key in keys:
            value = subject.get(key) if isinstance(subject, Mapping) else getattr(subject, key, None)
            if value is not None and value != "":
                values[name] = value
                break
    if not isinstance(subject, Mapping) and not values and not hasattr(subject, "scope"):
        raise ValidationError("subject must be a SubjectContext or a dict", field="subject")
    if not values:
        return None
    context = SubjectContext(scope=values.pop("scope", None), **values)
    validate_subject_context(context)
    return context
