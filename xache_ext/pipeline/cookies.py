"""A cookie jar for the SDK's httpx clients that skips the urllib round trip for answers without cookies.

httpx hands every response to ``http.cookiejar`` (building urllib request and response stand-ins and an
``email.message`` of all its headers) to look for ``Set-Cookie``. The Xache API sets no cookies, and that
round trip was about a sixth of the per-call CPU of our layers. :class:`SetCookieJar` does it only when a
``Set-Cookie`` or ``Set-Cookie2`` header is present, which is all ``http.cookiejar`` reads: same cookies.
"""

from __future__ import annotations

import httpx

__all__ = ["SetCookieJar"]


class SetCookieJar(httpx.Cookies):
    """``httpx.Cookies`` that extracts cookies only from responses that set some."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Store the cookies ``response`` sets, if it sets any."""
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)
