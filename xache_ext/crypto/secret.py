"""A wrapper for key material that never shows its value.

Private keys, encryption seeds and memory keys travel through the SDK as :class:`Secret`: its ``repr``,
``str`` and ``format`` are redacted, it cannot be pickled or copied, and equality is constant-time. Code that
needs the value calls :meth:`Secret.reveal` inside the smallest frame that hands it to a crypto library, as
a temporary rather than a named local, so frame-local capture (error trackers, ``capture_locals=True``) finds
only the wrapper.
"""

from __future__ import annotations

import hmac
from typing import Any, Generic, NoReturn, TypeVar, final, overload

__all__ = ["REDACTED_SECRET", "Secret"]

T = TypeVar("T", str, bytes)

REDACTED_SECRET = "Secret(<redacted>)"


@final
class Secret(Generic[T]):
    """Holds a secret ``str`` or ``bytes``; shows nothing of it.

    The constructor never validates or raises, so a caller can wrap an argument first and check it later,
    without the plain value ever sitting in a frame that raises.
    """

    __slots__ = ("__value",)

    def __init__(self, value: T) -> None:
        self.__value: T = bytes(value) if isinstance(value, bytearray) else value

    @overload
    @classmethod
    def wrap(cls, value: None) -> None: ...
    @overload
    @classmethod
    def wrap(cls, value: T | Secret[T]) -> Secret[T]: ...
    @overload
    @classmethod
    def wrap(cls, value: T | Secret[T] | None) -> Secret[T] | None: ...
    @classmethod
    def wrap(cls, value: Any) -> Any:
        """``value`` as a :class:`Secret` (unchanged if it already is one; ``None`` stays ``None``)."""
        if value is None or isinstance(value, Secret):
            return value
        return cls(value)

    def reveal(self) -> T:
        """The plain value. Pass it straight to the function that needs it; do not bind it to a name."""
        return self.__value

    def __repr__(self) -> str:
        return REDACTED_SECRET

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return REDACTED_SECRET

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        mine, theirs = self.__value, other.__value
        if isinstance(mine, str) and isinstance(theirs, str):
            return hmac.compare_digest(
                mine.encode("utf-8", "surrogatepass"), theirs.encode("utf-8", "surrogatepass")
            )
        if isinstance(mine, bytes) and isinstance(theirs, bytes):
            return hmac.compare_digest(mine, theirs)
        return False

    # Defining __eq__ without __hash__ leaves the class unhashable, as a secret should be.

    def __getstate__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled or copied")

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        raise TypeError("a Secret cannot be pickled or copied")

    def __copy__(self) -> NoReturn:
        raise TypeError("a Secret cannot be pickled or copied")

    def __deepcopy__(self, memo: Any) -> NoReturn:
        raise TypeError("a Secret cannot be pickled or copied")
