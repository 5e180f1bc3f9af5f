"""``XacheClient`` (async) and ``XacheClientSync`` (blocking): one configuration, the same services."""

from __future__ import annotations

import importlib
import math
import os
import re
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, NoReturn, Self, TypedDict, TypeVar, Unpack

import httpx

from .chain.endpoints import ChainSettings
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
from .pipeline.flow import Pipeline
from .pipeline.payment import Payer
from .pipeline.raw import RawClient
from .pipeline.retry import RetryPolicy
from .pipeline.transport import DEFAULT_TIMEOUT, new_async_client, new_sync_client
from .services.subjects import SubjectMethods, SubjectService

if TYPE_CHECKING:
    from .services.auto_contribute import AutoContributeService
    from .services.budget import BudgetService
    from .services.collective import CollectiveService
    from .services.ephemeral import EphemeralService
    from .services.extraction import ExtractionService
    from .services.facilitators import FacilitatorService
    from .services.graph import GraphService
    from .services.identity import IdentityService
    from .services.memory import MemoryService
    from .services.owner import OwnerService
    from .services.receipts import ReceiptsService
    from .services.reputation import ReputationService
    from .services.royalty import RoyaltyService
    from .services.sessions import SessionService
    from .services.wallet import WalletService
    from .services.workspaces import WorkspacesService

__all__ = ["SERVICES", "ClientOptions", "XacheClient", "XacheClientSync"]


_DEFAULT_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class ClientOptions(TypedDict, total=False):
    """Keyword options of both clients.

    ``signer`` signs instead of ``private_key`` (an external wallet). ``encryption_key`` is the seed of the
    memory key (default: the private key text). ``payment_policy`` caps automatic payment; ``autopay=False``
    raises ``PaymentRequiredError`` instead. ``timeout`` (seconds or ``httpx.Timeout``, default 30 s) applies to the
    httpx client the SDK builds, as do ``headers`` (with an injected ``http_client``, set both on it: passing
    them too raises); ``max_retries`` (default 2) applies
    to every call, whichever client sends it. With ``signer`` and no ``encryption_key``, memory operations
    raise: the official SDKs would derive the memory key from the public wallet address, which anyone can do.
    ``address_derived_memory_key=True`` opts in to that key, to read memories an official SDK wrote that way.
    ``subject_id_variant`` picks the TypeScript (default) or Python SDK's subject-id MAC.
    ``rpc_urls`` (``{"solana-devnet": url, "base-sepolia": url, ...}``) are the JSON-RPC endpoints of payments
    and of ``client.wallet`` (else ``SOLANA_RPC_URL``/``SOLANA_DEVNET_RPC_URL``, else public endpoints);
    ``evm_preflight`` checks the USDC balance before an EVM payment (default: when its RPC URL is configured).
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
    rpc_urls: Mapping[str, str]
    evm_preflight: bool


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
        _check_options(options)
        signer = options.get("signer")
        if not _given(private_key) and signer is None:  # an explicit signer beats a key from the environment
            private_key = Secret.wrap(os.environ.get("XACHE_PRIVATE_KEY") or None)
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
        memory_key, key_problem = self._encryption_key(
            parsed, encryption_key, private_key, signer, options.get("address_derived_memory_key", False)
        )
        self.chain = ChainSettings(options.get("rpc_urls"), options.get("evm_preflight"))
        self.context = ClientContext(
            did=parsed,
            encryption_key=memory_key,
            subject_variant=options.get("subject_id_variant", "typescript"),
            signer=signer,
            key_problem=key_problem,
            chain=self.chain,
            alternate_keys=_alternate_keys(
                parsed, encryption_key if encryption_key is not None else private_key
            ),
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
                chain=self.chain,
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
        explicit: Secret[str] | None,
        private_key: Secret[str] | None,
        signer: Signer | None,
        from_address: bool,
    ) -> tuple[MemoryKey | None, str | None]:
        """The memory key (from the explicit seed, else the private key text as given), or why there is none."""
        if did is None:
            return None, None
        if explicit is not None:
            return derive_memory_key(explicit, str(did)), None
        if private_key is not None:
            return derive_memory_key(private_key, str(did)), None
        if from_address:
            logger.warning(
                "the memory key is derived from the public wallet address (address_derived_memory_key=True): "
                "anyone who knows the address can read these memories"
            )
            return derive_memory_key(did.address, str(did)), None
        if signer is not None:
            return None, (
                "this client signs with an external signer and has no memory key: pass encryption_key= (a secret "
                "seed for the memory key). The official SDKs would derive it from the public wallet address, "
                "which anyone can read; pass address_derived_memory_key=True only to read memories written so"
            )
        return None, None


_HEX_KEY = re.compile(r"(0[xX])?[0-9a-fA-F]{64}([0-9a-fA-F]{64})?")


def _alternate_keys(did: DID | None, seed: Secret[str] | None) -> tuple[tuple[str, MemoryKey], ...]:
    """Memory keys of the other spellings of a hex key (with or without ``0x``, lower or upper case)."""
    if did is None or seed is None:
        return ()
    text = seed.reveal()
    if not isinstance(text, str) or _HEX_KEY.fullmatch(text) is None:
        return ()
    digits = text[2:] if text[:2] in ("0x", "0X") else text
    spellings = {
        "with 0x, lower-case": "0x" + digits.lower(),
        "without 0x, lower-case": digits.lower(),
        "with 0x, upper-case": "0x" + digits.upper(),
        "without 0x, upper-case": digits.upper(),
    }
    return tuple(
        (label, derive_memory_key(Secret.wrap(other), str(did)))
        for label, other in spellings.items()
        if other != text
    )


def _missing_api_url() -> NoReturn:
    raise XacheInputError("api_url is required (or set XACHE_API_URL), e.g. https://api.xache.xyz")


def _wrap_secrets(
    private_key: str | Secret[str] | None, options: ClientOptions
) -> tuple[Secret[str] | None, Secret[str] | None]:
    """``private_key`` and the ``encryption_key`` option (taken out of ``options``) as secrets. Never raises."""
    seed: Any = options.pop("encryption_key", None)
    return Secret.wrap(private_key), Secret.wrap(seed)


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _ClientBase(SubjectMethods[M], Generic[M, H]):
    """What both clients share. Services are built on first use, so importing the SDK stays cheap."""

    _settings: _Settings
    _executor: SyncExecutor | AsyncExecutor
    _owns_http: bool
    _closed: bool
    _entered: int  # nested ``with`` blocks: the outermost one closes
    api: RawClient
    # How each client builds its own kind of httpx client, and the executor that drives it.
    _http_factory: Callable[[Mapping[str, Any]], H]
    _executor_class: Callable[[H, Pipeline], SyncExecutor | AsyncExecutor]

    def __init__(
        self,
        api_url: str | None = None,
        did: str | None = None,
        private_key: str | Secret[str] | None = None,
        *,
        http_client: H | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        key, seed = _wrap_secrets(private_key, options)
        del private_key
        ignored = sorted({"headers", "timeout"} & set(options)) if http_client is not None else []
        if ignored:  # they configure the httpx client the SDK builds; an injected one keeps its own
            raise XacheInputError(
                f"{' and '.join(ignored)} apply to the httpx client the SDK builds: set them on the injected "
                "http_client instead"
            )
        settings = _Settings(api_url, did, key, seed, options)
        self._setup(settings, self._executor_class(self._adopt(settings, http_client), settings.pipeline))

    def _new_http(self, settings: _Settings) -> H:
        return self._http_factory(settings.http_options)

    def _adopt(self, settings: _Settings, http_client: H | None) -> H:
        """The httpx client to send through: the injected one (given our base URL if it has none), or our own."""
        self._owns_http = http_client is None
        if http_client is None:
            return self._new_http(settings)
        settings.adopt(http_client)
        return http_client

    def _reopen(self) -> None:
        """After ``close()``, a fresh connection pool of our own (``with`` / ``async with`` reuse the client)."""
        if self._closed and self._owns_http:
            self._executor.http = self.api.http = self._new_http(self._settings)
        self._closed = False

    def _setup(self, settings: _Settings, executor: SyncExecutor | AsyncExecutor) -> None:
        self._settings = settings
        self._executor = executor
        self._closed = False
        self._entered = 0
        self._subjects = SubjectService(executor, settings.context)
        self.api = RawClient(settings.api_url, settings.pipeline, executor.http)
        """The generated low-level client (``xache_api``), sending through this client's pipeline: checked,
        signed, paid, retried, with the same typed errors as the facade."""

    # The services: each is built on first use from ``xache_ext.services.<attribute>`` (so importing the SDK
    # stays cheap), and its class documents it.
    identity: IdentityService[M]
    memory: MemoryService[M]
    collective: CollectiveService[M]
    budget: BudgetService[M]
    receipts: ReceiptsService[M]
    owner: OwnerService[M]
    sessions: SessionService[M]
    facilitators: FacilitatorService[M]
    extraction: ExtractionService[M]
    workspaces: WorkspacesService[M]
    ephemeral: EphemeralService[M]
    reputation: ReputationService[M]
    royalty: RoyaltyService[M]
    graph: GraphService[M]
    auto_contribute: AutoContributeService[M]
    wallet: WalletService[M]

    if not TYPE_CHECKING:  # to mypy, only the attributes declared above exist

        def __getattr__(self, name: str) -> Any:
            if name not in SERVICES or "_settings" not in self.__dict__:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            module = importlib.import_module(f"{__package__}.services.{name}")
            service_class = getattr(module, SERVICES[name])
            # setdefault: threads that race to the first use all get the one service that was stored
            return self.__dict__.setdefault(name, service_class(self._executor, self._settings.context))

        def __dir__(self) -> list[str]:
            return sorted({*super().__dir__(), *SERVICES})

    @property
    def helpers(self) -> MemoryService[M]:
        """The ``remember_*`` / ``recall_*`` helpers (where the official Python SDK has them): ``memory``."""
        return self.memory

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
        settings = getattr(self, "_settings", None)  # absent while a failed constructor's frame is shown
        if settings is None:
            return f"<{type(self).__name__} (not configured)>"
        return f"{type(self).__name__}(api_url={settings.api_url!r}, did={self.did!r})"


#: Each service of a client by attribute: its class, in the module of the same name under ``xache_ext.services``.
SERVICES = {
    name: hint.removesuffix("[M]")
    for name, hint in _ClientBase.__annotations__.items()
    if hint.endswith("Service[M]")
}


class XacheClient(_ClientBase[Async, httpx.AsyncClient]):
    """The async Xache client.

    ``api_url``, ``did`` and ``private_key`` default to ``XACHE_API_URL``, ``XACHE_DID`` and
    ``XACHE_PRIVATE_KEY``. Pass ``signer`` instead of a key to sign with an external wallet. Requests are
    signed, retried (``max_retries``) and, on HTTP 402, paid within ``payment_policy``.

    ``private_key`` and ``encryption_key`` (plain text or a :class:`~xache_ext.crypto.secret.Secret`) are
    wrapped in a ``Secret`` before anything else runs, so no repr, log or captured frame shows them. Bad
    arguments raise :class:`~xache_ext.errors.XacheInputError` (or a subclass) naming the argument.
    """

    _executor: AsyncExecutor
    _http_factory = staticmethod(new_async_client)
    _executor_class = AsyncExecutor

    async def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner); ``async with`` reopens."""
        if self._owns_http:
            await self._executor.http.aclose()
        self._closed = True

    async def __aenter__(self) -> Self:
        if not self._entered:
            self._reopen()
        self._entered += 1
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._entered = max(0, self._entered - 1)
        if not self._entered:
            await self.close()

    def __enter__(self) -> NoReturn:
        raise TypeError("XacheClient is async: use `async with`, or XacheClientSync for a blocking `with`")

    def __exit__(self, *exc: object) -> None:  # pragma: no cover - __enter__ always raises
        return None


class XacheClientSync(_ClientBase[Sync, httpx.Client]):
    """The blocking twin of :class:`XacheClient`, with the same arguments and services."""

    _executor: SyncExecutor
    _http_factory = staticmethod(new_sync_client)
    _executor_class = SyncExecutor

    def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` is left to its owner); ``with`` reopens."""
        if self._owns_http:
            self._executor.http.close()
        self._closed = True

    def __enter__(self) -> Self:
        if not self._entered:
            self._reopen()
        self._entered += 1
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._entered = max(0, self._entered - 1)
        if not self._entered:
            self.close()
