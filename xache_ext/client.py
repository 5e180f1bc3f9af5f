"""``XacheClient`` (async) and ``XacheClientSync`` (blocking): one configuration, the same services."""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, NoReturn, Self, TypedDict, Unpack

import httpx
from xache_api import Client as GeneratedClient

from .crypto.did import DID, parse_did
from .crypto.encryption import MemoryKey, derive_memory_key
from .crypto.secret import Secret
from .crypto.signers import Signer, signer_chain, signer_from_private_key
from .errors import InvalidKeyError, KeyMismatchError, XacheInputError
from .facade.context import ClientContext
from .facade.operations import Async, AsyncExecutor, M, Sync, SyncExecutor
from .logs import logger, setup_logging
from .payments.ledger import PaymentLedger
from .payments.policy import PaymentPolicy
from .pipeline.auth import XacheAuth
from .pipeline.http_client import DEFAULT_TIMEOUT, AsyncXacheHttpClient, XacheHttpClient
from .pipeline.retry import RetryPolicy

if TYPE_CHECKING:
    from .services.budget import BudgetService
    from .services.collective import CollectiveService
    from .services.ephemeral import EphemeralService
    from .services.extraction import ExtractionService
    from .services.facilitators import FacilitatorService
    from .services.identity import IdentityService
    from .services.memory import MemoryService
    from .services.owner import OwnerService
    from .services.receipts import ReceiptsService
    from .services.reputation import ReputationService
    from .services.royalty import RoyaltyService
    from .services.sessions import SessionService
    from .services.workspaces import WorkspacesService

__all__ = ["ClientOptions", "XacheClient", "XacheClientSync"]

_DEFAULT_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class ClientOptions(TypedDict, total=False):
    """Keyword options of both clients.

    ``signer`` signs instead of ``private_key`` (an external wallet). ``encryption_key`` is the seed of the
    memory key (default: the private key text). ``payment_policy`` caps automatic payment; ``autopay=False``
    raises ``PaymentRequiredError`` instead. ``timeout`` (seconds or ``httpx.Timeout``, default 30 s) and
    ``max_retries`` (default 2) apply to the httpx client the SDK builds; an injected ``http_client`` keeps
    its own. ``subject_id_variant`` picks the TypeScript (default) or Python SDK's subject-id MAC.
    """

    signer: Signer
    encryption_key: str | Secret[str]
    payment_policy: PaymentPolicy
    autopay: bool
    timeout: float | httpx.Timeout
    max_retries: int
    headers: dict[str, str]
    subject_id_variant: Literal["typescript", "python"]


_RESERVED_HEADERS = frozenset(
    {"x-agent-did", "x-sig", "x-ts", "payment-signature", "x-payment", "idempotency-key"}
)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE_BAD = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
MAX_RETRIES_LIMIT = 20


def _positive_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < math.inf


def _check_options(options: ClientOptions) -> None:
    """Raise :class:`XacheInputError` naming the first bad keyword option."""
    unknown = set(options) - set(ClientOptions.__annotations__)
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    max_retries = options.get("max_retries", 2)
    if (
        not isinstance(max_retries, int)
        or isinstance(max_retries, bool)
        or not 0 <= max_retries <= MAX_RETRIES_LIMIT
    ):
        raise XacheInputError(
            f"max_retries must be an integer from 0 to {MAX_RETRIES_LIMIT}; got {max_retries!r}"
        )
    timeout = options.get("timeout")
    if timeout is not None and not isinstance(timeout, httpx.Timeout) and not _positive_number(timeout):
        raise XacheInputError(
            f"timeout must be a positive number of seconds or an httpx.Timeout; got {timeout!r}"
        )
    if not isinstance(options.get("autopay", True), bool):
        raise XacheInputError(f"autopay must be True or False; got {options.get('autopay')!r}")
    policy = options.get("payment_policy")
    if policy is not None and not isinstance(policy, PaymentPolicy):
        raise XacheInputError(f"payment_policy must be a PaymentPolicy; got {type(policy).__name__}")
    variant = options.get("subject_id_variant", "typescript")
    if variant not in ("typescript", "python"):
        raise XacheInputError(f"subject_id_variant must be 'typescript' or 'python'; got {variant!r}")
    headers = options.get("headers", {})
    if not isinstance(headers, Mapping):
        raise XacheInputError(f"headers must be a dict of strings; got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise XacheInputError(f"headers: {name!r} is not a valid header name")
        if name.lower() in _RESERVED_HEADERS:
            raise XacheInputError(
                f"headers: {name} is set by the SDK on every request and cannot be overridden"
            )
        if not isinstance(value, str) or _HEADER_VALUE_BAD.search(value):
            raise XacheInputError(f"headers: the value of {name} must be a string without control characters")
    signer = options.get("signer")
    if signer is not None:
        try:
            signer_chain(signer)
        except TypeError as exc:
            raise XacheInputError(f"signer: {exc}") from None


def _given(secret: Secret[Any] | None) -> bool:
    """Whether a wrapped argument was really given (``None`` and ``""`` count as absent, as in the env)."""
    return secret is not None and secret.reveal() not in ("", b"")


def _api_url(api_url: object) -> tuple[str, httpx.URL]:
    if not isinstance(api_url, str):
        raise XacheInputError(f"api_url must be a string; got {type(api_url).__name__}")
    try:
        url = httpx.URL(api_url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise XacheInputError(f"api_url is not a valid URL: {api_url!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise XacheInputError(f"api_url must be an http(s) URL; got {api_url!r}")
    if url.query or url.fragment or url.userinfo:
        raise XacheInputError("api_url must not carry a query, a fragment or credentials")
    return api_url.rstrip("/"), url


class _Settings:
    """The constructor arguments of either client, checked and resolved (environment defaults applied).

    Key material arrives already wrapped in :class:`Secret` (the clients wrap ``private_key`` and
    ``encryption_key`` before anything else), so no frame of a failed construction holds it in the clear.
    """

    def __init__(
        self,
        api_url: str | None,
        did: str | None,
        private_key: Secret[str] | None,
        encryption_key: Secret[str] | None,
        options: ClientOptions,
    ) -> None:
        setup_logging()
        if not _given(private_key):
            private_key = Secret.wrap(os.environ.get("XACHE_PRIVATE_KEY") or None)
        _check_options(options)
        signer = options.get("signer")
        self.api_url, url = _api_url(api_url or os.environ.get("XACHE_API_URL") or _missing_api_url())
        did_text = did or os.environ.get("XACHE_DID") or None
        if _given(private_key) and signer is not None:
            raise XacheInputError("pass private_key or signer, not both")
        if encryption_key is not None and not isinstance(encryption_key.reveal(), str):
            raise InvalidKeyError("encryption_key must be a string (the seed of the memory key)")
        parsed: DID | None = parse_did(did_text) if did_text else None
        if private_key is not None and _given(private_key):
            if not isinstance(private_key.reveal(), str):
                raise InvalidKeyError("private_key must be a hex string (wrap raw bytes in a signer instead)")
            if parsed is None:
                raise XacheInputError("a private_key needs its did (or XACHE_DID)")
            signer = signer_from_private_key(parsed, private_key)
        else:
            private_key = None
            if signer is not None:
                chain = signer_chain(signer)
                if parsed is None:
                    parsed = parse_did(f"did:agent:{chain}:{signer.address}")
                elif parsed.chain != chain or not parsed.matches_address(signer.address):
                    raise KeyMismatchError(
                        f"the signer's address {signer.address} does not belong to {parsed}"
                    )
        self.did = parsed
        self.signer = signer
        self.context = ClientContext(
            did=parsed,
            encryption_key=self._encryption_key(parsed, encryption_key, private_key, signer),
            subject_variant=options.get("subject_id_variant", "typescript"),
            signer=signer,
        )
        self.auth = XacheAuth(
            did=None if parsed is None else str(parsed),
            signer=signer,
            policy=options.get("payment_policy"),
            ledger=PaymentLedger(),
            base_path=url.path,
            autopay=options.get("autopay", True),
        )
        timeout = options.get("timeout")
        self.http_options: dict[str, Any] = {
            "base_url": self.api_url,
            "auth": self.auth,
            "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
            "headers": {**_DEFAULT_HEADERS, **options.get("headers", {})},
            "retry": RetryPolicy(max_retries=options.get("max_retries", 2)),
        }

    def adopt(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Send through an injected httpx client: our auth, and our base URL if it has none."""
        http_client.auth = self.auth
        if not str(http_client.base_url):
            http_client.base_url = httpx.URL(self.api_url)
        if not isinstance(http_client, XacheHttpClient | AsyncXacheHttpClient):
            logger.warning(
                "the injected %s does not retry; pass an XacheHttpClient/AsyncXacheHttpClient to keep retries",
                type(http_client).__name__,
            )

    @staticmethod
    def _encryption_key(
        did: DID | None,
        explicit: Secret[str] | None,
        private_key: Secret[str] | None,
        signer: Signer | None,
    ) -> MemoryKey | None:
        """The memory key: from the explicit seed, else the private key text as given, else the address."""
        if did is None:
            return None
        if explicit is not None:
            return derive_memory_key(explicit, str(did))
        if private_key is not None:
            return derive_memory_key(private_key, str(did))
        if signer is not None:
            logger.warning(
                "deriving the memory key from the wallet address: memories are not readable by a client "
                "configured with the private key; pass encryption_key= to choose the key explicitly"
            )
        return derive_memory_key(did.address, str(did))


def _missing_api_url() -> NoReturn:
    raise XacheInputError("api_url is required (or set XACHE_API_URL), e.g. https://api.xache.xyz")


def _wrap_secrets(
    private_key: str | Secret[str] | None, options: ClientOptions
) -> tuple[Secret[str] | None, Secret[str] | None]:
    """``private_key`` and the ``encryption_key`` option (taken out of ``options``) as secrets. Never raises."""
    seed: Any = options.pop("encryption_key", None)
    return Secret.wrap(private_key), Secret.wrap(seed)


class _ClientBase(Generic[M]):
    """What both clients share. Services are built on first use, so importing the SDK stays cheap."""

    def _setup(self, settings: _Settings, executor: SyncExecutor | AsyncExecutor) -> None:
        self._settings = settings
        self._executor = executor
        self.api = GeneratedClient(base_url=settings.api_url)
        """The generated low-level client (``xache_api``), sending through this client: signed and paid."""

    @functools.cached_property
    def identity(self) -> IdentityService[M]:
        """Agent identities and ownership claims."""
        from .services.identity import IdentityService

        return IdentityService(self._executor, self._settings.context)

    @functools.cached_property
    def memory(self) -> MemoryService[M]:
        """Encrypted memory."""
        from .services.memory import MemoryService

        return MemoryService(self._executor, self._settings.context)

    @functools.cached_property
    def collective(self) -> CollectiveService[M]:
        """The collective heuristics marketplace."""
        from .services.collective import CollectiveService

        return CollectiveService(self._executor, self._settings.context)

    @functools.cached_property
    def budget(self) -> BudgetService[M]:
        """The monthly budget and its alerts."""
        from .services.budget import BudgetService

        return BudgetService(self._executor, self._settings.context)

    @functools.cached_property
    def receipts(self) -> ReceiptsService[M]:
        """Receipts, proofs, analytics and anchors."""
        from .services.receipts import ReceiptsService

        return ReceiptsService(self._executor, self._settings.context)

    @functools.cached_property
    def owner(self) -> OwnerService[M]:
        """Owner registration, profile, owned agents and subject purges."""
        from .services.owner import OwnerService

        return OwnerService(self._executor, self._settings.context)

    @functools.cached_property
    def sessions(self) -> SessionService[M]:
        """x402 v2 wallet sessions."""
        from .services.sessions import SessionService

        return SessionService(self._executor, self._settings.context)

    @functools.cached_property
    def facilitators(self) -> FacilitatorService[M]:
        """Payment facilitators (listed once per 5 minutes) and selection among them."""
        from .services.facilitators import FacilitatorService

        return FacilitatorService(self._executor, self._settings.context)

    @functools.cached_property
    def extraction(self) -> ExtractionService[M]:
        """LLM memory extraction from agent traces (paid)."""
        from .services.extraction import ExtractionService

        return ExtractionService(self._executor, self._settings.context)

    @functools.cached_property
    def workspaces(self) -> WorkspacesService[M]:
        """Owner-only workspaces: membership, budget and analytics of a group of agents."""
        from .services.workspaces import WorkspacesService

        return WorkspacesService(self._executor, self._settings.context)

    @functools.cached_property
    def ephemeral(self) -> EphemeralService[M]:
        """Ephemeral working-memory sessions (slots, renewal, promotion to memories)."""
        from .services.ephemeral import EphemeralService

        return EphemeralService(self._executor, self._settings.context)

    @functools.cached_property
    def reputation(self) -> ReputationService[M]:
        """Reputation scores, leaderboard, domain expertise and ERC-8004 export."""
        from .services.reputation import ReputationService

        return ReputationService(self._executor, self._settings.context)

    @functools.cached_property
    def royalty(self) -> RoyaltyService[M]:
        """Royalty revenue, pending payouts, platform totals and top earners."""
        from .services.royalty import RoyaltyService

        return RoyaltyService(self._executor, self._settings.context)

    @property
    def did(self) -> str | None:
        """The DID this client signs as."""
        return None if self._settings.did is None else str(self._settings.did)

    @property
    def api_url(self) -> str:
        """The base URL of the API."""
        return self._settings.api_url

    @property
    def payments(self) -> PaymentLedger:
        """Every payment this client has signed."""
        return self._settings.auth.ledger

    @property
    def payment_policy(self) -> PaymentPolicy:
        """The caps and callbacks that govern automatic payment."""
        return self._settings.auth.policy

    def __repr__(self) -> str:
        settings = getattr(self, "_settings", None)  # absent while a failed constructor's frame is shown
        if settings is None:
            return f"<{type(self).__name__} (not configured)>"
        return f"{type(self).__name__}(api_url={settings.api_url!r}, did={self.did!r})"


class XacheClient(_ClientBase[Async]):
    """The async Xache client.

    ``api_url``, ``did`` and ``private_key`` default to ``XACHE_API_URL``, ``XACHE_DID`` and
    ``XACHE_PRIVATE_KEY``. Pass ``signer`` instead of a key to sign with an external wallet. Requests are
    signed, retried (``max_retries``) and, on HTTP 402, paid within ``payment_policy``.

    ``private_key`` and ``encryption_key`` (plain text or a :class:`~xache_ext.crypto.secret.Secret`) are
    wrapped in a ``Secret`` before anything else runs, so no repr, log or captured frame shows them. Bad
    arguments raise :class:`~xache_ext.errors.XacheInputError` (or a subclass) naming the argument.
    """

    def __init__(
        self,
        api_url: str | None = None,
        did: str | None = None,
        private_key: str | Secret[str] | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        key, seed = _wrap_secrets(private_key, options)
        del private_key
        settings = _Settings(api_url, did, key, seed, options)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = AsyncXacheHttpClient(**settings.http_options)
        else:
            settings.adopt(http_client)
        self._http = http_client
        self._setup(settings, AsyncExecutor(http_client))
        self.api.set_async_httpx_client(http_client)

    async def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class XacheClientSync(_ClientBase[Sync]):
    """The blocking twin of :class:`XacheClient`, with the same arguments and services."""

    def __init__(
        self,
        api_url: str | None = None,
        did: str | None = None,
        private_key: str | Secret[str] | None = None,
        *,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        key, seed = _wrap_secrets(private_key, options)
        del private_key
        settings = _Settings(api_url, did, key, seed, options)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = XacheHttpClient(**settings.http_options)
        else:
            settings.adopt(http_client)
        self._http = http_client
        self._setup(settings, SyncExecutor(http_client))
        self.api.set_httpx_client(http_client)

    def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
