"""bot.heap: glibc's allocator asked to keep one heap and to give back its free pages, and
nothing asked where the C library is another (issue 17: idle RSS). No memory assertions:
what is checked is which calls are made, with which arguments, and that none fails."""

from __future__ import annotations

import asyncio
import sys
from types import SimpleNamespace
from typing import Any

import pytest

from bot import heap, inbox


class FakeLibc:
    """A C library that records its calls; ``missing`` names the symbols it lacks."""

    def __init__(self, *, missing: tuple[str, ...] = ()) -> None:
        self.calls: list[tuple[str, tuple[int, ...]]] = []
        self.missing = missing

    def __getattr__(self, name: str) -> Any:
        if name in self.missing or name.startswith("__"):
            raise AttributeError(name)

        def call(*args: int) -> int:
            self.calls.append((name, args))
            return 1

        return call


@pytest.fixture
def libc(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Install a fake glibc the way ctypes.CDLL(None) would hand it over."""

    def install(fake: Any, platform: str = "linux") -> Any:
        import ctypes

        monkeypatch.setattr(heap, "_libc", None)
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setattr(ctypes, "CDLL", lambda name: fake)
        return fake

    return install


def test_with_glibc_one_arena_and_the_trim_are_asked_for(libc: Any) -> None:
    fake = libc(FakeLibc())
    assert heap.one_arena() is True
    assert heap.give_back() is True
    assert fake.calls == [("mallopt", (heap.M_ARENA_MAX, 1)), ("malloc_trim", (0,))]


def test_a_c_library_without_malloc_trim_is_left_alone(libc: Any) -> None:
    fake = libc(FakeLibc(missing=("malloc_trim",)))
    assert heap.give_back() is False
    assert heap.one_arena() is False
    assert fake.calls == []


def test_a_c_library_that_cannot_be_opened_is_left_alone(
    libc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctypes

    def refuse(name: Any) -> Any:
        raise OSError("no C library")

    libc(None)
    monkeypatch.setattr(ctypes, "CDLL", refuse)
    assert heap.give_back() is False
    assert heap.one_arena() is False


def test_other_systems_are_not_asked(libc: Any) -> None:
    fake = libc(FakeLibc(), platform="darwin")
    assert heap.give_back() is False
    assert heap.one_arena() is False
    assert fake.calls == []


def test_the_real_c_library_answers_without_failing() -> None:
    # glibc here; elsewhere False. Either way no error, and a second call is as safe.
    assert heap.give_back() in (True, False)
    assert heap.give_back() in (True, False)


async def test_poll_gives_the_heap_back_once_at_its_first_wait_with_nothing_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stop = asyncio.Event()
    batches: list[list[Any]] = [[SimpleNamespace(update_id=5, to_dict=dict)], [], [], []]
    trims: list[int] = []

    async def get_updates(**_: Any) -> list[Any]:
        batch = batches.pop(0)
        if not batches:
            stop.set()
        return batch

    async def drain(app: Any, *, stop: asyncio.Event) -> None:
        trims.append(-1)  # where each drain falls among the trims

    async def nothing(*_: Any, **__: Any) -> None:
        return None

    async def offset() -> int:
        return 0

    repo = SimpleNamespace(offset=offset, store=nothing)
    app = SimpleNamespace(
        bot_data={"services": SimpleNamespace(inbox=repo, now=lambda: None)},
        bot=SimpleNamespace(get_updates=get_updates, delete_webhook=nothing, username="bot"),
    )
    monkeypatch.setattr(inbox, "drain", drain)
    monkeypatch.setattr(heap, "give_back", lambda: trims.append(1) or True)
    await inbox.poll(app, stop, poll_timeout=1)  # type: ignore[arg-type]
    # a batch with an update (no trim), then three empty ones: the trim after the first only
    assert trims == [-1, -1, 1, -1, -1]
