"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Mapping


class UnexpectedStatus(Exception):
    """Raised by the generated functions for any status but the operation's documented success.

    On a plain ``xache_api.Client`` that is every error status (``content`` is the body, e.g. an error envelope
    for ``models.ErrorEnvelope.from_dict(json.loads(content))``). Through xache_ext's ``client.api`` the pipeline
    raises a typed ``xache_ext`` error (``APIStatusError`` and its subclasses) for error statuses first, so only
    a success status the spec does not document gets here.
    """

    def __init__(
        self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None
    ):
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        """The answer's headers (``X-Request-ID``, ``Retry-After``, ...)."""

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus"]
