"""``XacheClient`` (async) and ``XacheClientSync`` (blocking): one configuration, the same services."""

from __future__ import annotations

import functools
import os
import re
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypedDict, Unpack

import httpx

from .crypto.did import DID, parse_did
from .crypto.encryption import derive_encryption_key
from .crypto.signers import Signer, signer_chain, signer_from_private_key
from .errors import KeyMismatchError, XacheInputError
from .facade.context import ClientContext
from .facade.operations import Async, AsyncExecutor, M, Sync, SyncExecutor
from .logs import logger, setup_logging
from .payments.ledger import PaymentLedger
from .payments.policy import PaymentPolicy
from .pipeline.flow import Pipeline
from .pipeline.payment import Payer
from .pipeline.raw import RawClient
from .pipeline.retry import RetryPolicy
from .pipeline.transport import DEFAULT_TIMEOUT

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
    raises ``PaymentRequiredError`` instead. ``timeout`` (seconds or ``httpx.Timeout``, default 30 s) applies to the
    httpx client the SDK builds (an injected ``http_client`` keeps its own); ``max_retries`` (default 2) applies
    to every call, whichever client sends it. With ``signer`` and no ``encryption_key``, memory operations
    raise: the official SDKs would derive the memory key from the public wallet address, which anyone can do.
    ``address_derived_memory_key=True`` opts in to that key, to read memories an official SDK wrote that way. ``subject_id_variant`` picks the TypeScript (default) or Python SDK's subject-id MAC.
    """

    signer: Signer
    encryption_key: str
    payment_policy: PaymentPolicy
    autopay: bool
    timeout: float | httpx.Timeout
    max_retries: int
    headers: dict[str, str]
    subject_id_variant: Literal["typescript", "python"]
    address_derived_memory_key: bool


class _Settings:
    """The constructor arguments of either client, checked and resolved (environment defaults applied)."""

    def __init__(
        self, api_url: str | None, did: str | None, private_key: str | None, options: ClientOptions
    ) -> None:
        setup_logging()
        unknown = set(options) - set(ClientOptions.__annotations__)
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        signer = options.get("signer")
        encryption_key = options.get("encryption_key")
        api_url = api_url or os.environ.get("XACHE_API_URL")
        if not api_url:
            raise XacheInputError("api_url is required (or set XACHE_API_URL), e.g. https://api.xache.xyz")
        url = httpx.URL(api_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise XacheInputError(f"api_url must be an http(s) URL; got {api_url!r}")
        self.api_url = api_url.rstrip("/")
        if signer is None:  # an explicit signer beats a key from the environment
            private_key = private_key or os.environ.get("XACHE_PRIVATE_KEY") or None
        did_text = did or os.environ.get("XACHE_DID") or None
        if private_key is not None and signer is not None:
            raise XacheInputError("pass private_key or signer, not both")
        parsed: DID | None = parse_did(did_text) if did_text else None
        if private_key is not None:
            if parsed is None:
                raise XacheInputError("a private_key needs its did (or XACHE_DID)")
            signer = signer_from_private_key(parsed, private_key)
        elif signer is not None:
            chain = signer_chain(signer)
            if parsed is None:
                parsed = parse_did(f"did:agent:{chain}:{signer.address}")
            elif parsed.chain != chain or not parsed.matches_address(signer.address):
                raise KeyMismatchError(f"the signer's address {signer.address} does not belong to {parsed}")
        self.did = parsed
        self.signer = signer
        memory_key, key_problem = self._encryption_key(
            parsed, encryption_key, private_key, signer, options.get("address_derived_memory_key", False)
        )
        self.context = ClientContext(
            did=parsed,
            encryption_key=memory_key,
            subject_variant=options.get("subject_id_variant", "typescript"),
            signer=signer,
            key_problem=key_problem,
            alternate_keys=_alternate_keys(parsed, encryption_key or private_key),
        )
        try:
            retry = RetryPolicy(max_retries=options.get("max_retries", 2))
        except (TypeError, ValueError) as exc:
            raise XacheInputError(
                f"max_retries must be a whole number >= 0; got {options['max_retries']!r}"
            ) from exc
        self.pipeline = Pipeline(
            did=None if parsed is None else str(parsed),
            signer=signer,
            payer=Payer(
                signer=signer,
                policy=options.get("payment_policy"),
                ledger=PaymentLedger(),
                autopay=options.get("autopay", True),
            ),
            retry=retry,
            base_path=url.path,
        )
        timeout = options.get("timeout")
        self.http_options: dict[str, Any] = {
            "base_url": self.api_url,
            "timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
            "headers": {**_DEFAULT_HEADERS, **options.get("headers", {})},
        }

    def adopt(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Send through an injected httpx client, with our base URL if it has none."""
        if not str(http_client.base_url):
            http_client.base_url = httpx.URL(self.api_url)

    @staticmethod
    def _encryption_key(
        did: DID | None,
        explicit: str | None,
        private_key: str | None,
        signer: Signer | None,
        from_address: bool,
    ) -> tuple[bytes | None, str | None]:
        """The memory key (from the explicit seed, else the private key text as given), or why there is none."""
        if did is None:
            return None, None
        if explicit is not None:
            return derive_encryption_key(explicit, str(did)), None
        if private_key is not None:
            return derive_encryption_key(private_key, str(did)), None
        if from_address:
            logger.warning(
                "the memory key is derived from the public wallet address (address_derived_memory_key=True): "
                "anyone who knows the address can read these memories"
            )
            return derive_encryption_key(did.address, str(did)), None
        if signer is not None:
            return None, (
                "this client signs with an external signer and has no memory key: pass encryption_key= (a secret "
                "seed for the memory key). The official SDKs would derive it from the public wallet address, "
                "which anyone can read; pass address_derived_memory_key=True only to read memories written so"
            )
        return None, None


_HEX_KEY = re.compile(r"(0[xX])?[0-9a-fA-F]{64}([0-9a-fA-F]{64})?")


def _alternate_keys(did: DID | None, seed: str | None) -> tuple[tuple[str, bytes], ...]:
    """Memory keys of the other spellings of a hex key (with or without ``0x``, lower or upper case)."""
    if did is None or seed is None or _HEX_KEY.fullmatch(seed) is None:
        return ()
    digits = seed[2:] if seed[:2] in ("0x", "0X") else seed
    spellings = {
        "with 0x, lower-case": "0x" + digits.lower(),
        "without 0x, lower-case": digits.lower(),
        "with 0x, upper-case": "0x" + digits.upper(),
        "without 0x, upper-case": digits.upper(),
    }
    return tuple(
        (label, derive_encryption_key(text, str(did))) for label, text in spellings.items() if text != seed
    )


class _ClientBase(Generic[M]):
    """What both clients share. Services are built on first use, so importing the SDK stays cheap."""

    def _setup(self, settings: _Settings, executor: SyncExecutor | AsyncExecutor) -> None:
        self._settings = settings
        self._executor = executor
        self._closed = False
        self.api = RawClient(settings.api_url, settings.pipeline, executor.http)
        """The generated low-level client (``xache_api``), sending through this client's pipeline: checked,
        signed, paid, retried, with the same typed errors as the facade."""

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
        return self._settings.pipeline.payer.ledger

    @property
    def payment_policy(self) -> PaymentPolicy:
        """The caps and callbacks that govern automatic payment."""
        return self._settings.pipeline.payer.policy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_url={self.api_url!r}, did={self.did!r})"


class XacheClient(_ClientBase[Async]):
    """The async Xache client.

    ``api_url``, ``did`` and ``private_key`` default to ``XACHE_API_URL``, ``XACHE_DID`` and
    ``XACHE_PRIVATE_KEY``. Pass ``signer`` instead of a key to sign with an external wallet. Requests are
    signed, retried (``max_retries``) and, on HTTP 402, paid within ``payment_policy``.
    """

    def __init__(
        self,
        api_url: str | None = None,
        did: str | None = None,
        private_key: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = _Settings(api_url, did, private_key, options)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(**settings.http_options)
        else:
            settings.adopt(http_client)
        self._setup(settings, AsyncExecutor(http_client, settings.pipeline))

    def _reopen(self) -> None:
        if self._closed and self._owns_http:
            self._executor.http = self.api.http = httpx.AsyncClient(**self._settings.http_options)
        self._closed = False

    async def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner); ``async with`` reopens."""
        if self._owns_http and isinstance(self._executor.http, httpx.AsyncClient):
            await self._executor.http.aclose()
        self._closed = True

    async def __aenter__(self) -> Self:
        self._reopen()
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
        private_key: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = _Settings(api_url, did, private_key, options)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(**settings.http_options)
        else:
            settings.adopt(http_client)
        self._setup(settings, SyncExecutor(http_client, settings.pipeline))

    def _reopen(self) -> None:
        if self._closed and self._owns_http:
            self._executor.http = self.api.http = httpx.Client(**self._settings.http_options)
        self._closed = False

    def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner); ``with`` reopens."""
        if self._owns_http and isinstance(self._executor.http, httpx.Client):
            self._executor.http.close()
        self._closed = True

    def __enter__(self) -> Self:
        self._reopen()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
