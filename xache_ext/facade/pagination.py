"""Offset-paginated results that can iterate across pages, blocking or async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

import attrs

from ..errors import LastPageError

__all__ = ["AsyncPage", "AsyncPager", "Page", "PageData"]

T = TypeVar("T")


@attrs.frozen
class PageData(Generic[T]):
    """One page as an operation returns it: the items and where they sit in the whole list."""

    items: list[T]
    total: int
    limit: int
    offset: int

    def next_offset(self) -> int | None:
        """The offset of the following page, or None on the last page."""
        end = self.offset + len(self.items)
        return end if self.items and end < self.total else None


@attrs.frozen
class Page(PageData[T]):
    """A page of a blocking client. Iterating it yields every item of every page, fetching as it goes."""

    _fetch: Callable[[int], Page[T]] = attrs.field(repr=False, alias="fetch")

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_offset() is not None

    def next_page(self) -> Page[T]:
        """Fetch the following page; raises :class:`~xache_ext.errors.LastPageError` on the last page."""
        offset = self.next_offset()
        if offset is None:
            raise LastPageError("this is the last page: check has_next_page() first, or iterate the page")
        return self._fetch(offset)

    def __iter__(self) -> Iterator[T]:
        page: Page[T] = self
        while True:
            yield from page.items
            if not page.has_next_page():
                return
            page = page.next_page()


@attrs.frozen
class AsyncPage(PageData[T]):
    """A page of an async client. ``async for`` over it yields every item of every page."""

    _fetch: Callable[[int], Awaitable[AsyncPage[T]]] = attrs.field(repr=False, alias="fetch")

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_offset() is not None

    async def next_page(self) -> AsyncPage[T]:
        """Fetch the following page; raises :class:`~xache_ext.errors.LastPageError` on the last page."""
        offset = self.next_offset()
        if offset is None:
            raise LastPageError("this is the last page: check has_next_page() first, or iterate the page")
        return await self._fetch(offset)

    async def __aiter__(self) -> AsyncIterator[T]:
        page: AsyncPage[T] = self
        while True:
            for item in page.items:
                yield item
            if not page.has_next_page():
                return
            page = await page.next_page()


class AsyncPager(Generic[T]):
    """What a list method of the async client returns: ``await`` it for the first page, or ``async for`` over it
    for every item of every page (no ``await`` needed). ``limit`` stays the page size.
    """

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
