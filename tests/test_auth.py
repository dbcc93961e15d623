"""Login hardening (issue 12): lockout per name, a global cap, and no timing hint for unknown names."""

from __future__ import annotations

import hashlib
import logging
import threading

import pytest

from ui import auth
from ui.auth import (
    GLOBAL_MAX_FAILURES,
    LOCKOUT_S,
    MAX_FAILURES,
    WINDOW_S,
    LoginThrottle,
    Users,
    hash_password,
)

FAST = 1000  # PBKDF2 rounds for tests that do not measure time


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_users(clock: Clock, **limits: float) -> Users:
    stored = hash_password("right", iterations=FAST)
    return Users(
        roles={"alice": auth.ADMIN, "bob": auth.VIEWER},
        hashes={"alice": stored, "bob": stored},
        throttle=LoginThrottle(now=clock, **limits),
    )


def test_lockout_refuses_even_the_right_password_until_it_expires(clock, caplog):
    users = make_users(clock)
    with caplog.at_level(logging.WARNING, logger="ui.auth"):
        for _ in range(MAX_FAILURES):
            assert not users.check("alice", "wrong")
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "alice" in caplog.text and "wrong" not in caplog.text
    assert not users.check("alice", "right")
    clock.advance(LOCKOUT_S - 1)
    assert not users.check("alice", "right")
    assert users.check("bob", "right")  # only the one name is locked
    clock.advance(1)
    assert users.check("alice", "right")


def test_success_resets_the_count(clock):
    users = make_users(clock)
    for _ in range(MAX_FAILURES - 1):
        assert not users.check("alice", "wrong")
    assert users.throttle.failures("alice") == MAX_FAILURES - 1
    assert users.check("alice", "right")
    assert users.throttle.failures("alice") == 0
    for _ in range(MAX_FAILURES - 1):
        assert not users.check("alice", "wrong")
    assert users.check("alice", "right")


def test_failures_expire_after_the_window(clock):
    users = make_users(clock)
    for _ in range(MAX_FAILURES - 1):
        assert not users.check("alice", "wrong")
    clock.advance(WINDOW_S)
    assert users.throttle.failures("alice") == 0 and users.throttle.tracked_names() == 0
    assert not users.check("alice", "wrong")  # one fresh failure, not the fifth
    assert users.check("alice", "right")


def test_unknown_name_locks_the_same_way(clock):
    users = make_users(clock)
    for name in ("alice", "mallory"):
        for _ in range(MAX_FAILURES):
            assert not users.check(name, "wrong")
        assert users.throttle.begin(name) is None  # both refused without a password check
    clock.advance(LOCKOUT_S)
    assert users.check("alice", "right") and not users.check("mallory", "right")


def test_global_cap_refuses_everyone_until_the_window_drains(clock, caplog):
    users = make_users(clock, global_max_failures=10, global_window_s=60.0)
    with caplog.at_level(logging.WARNING, logger="ui.auth"):
        for i in range(10):
            assert not users.check(f"spray{i}", "guess")  # one guess per name: no name is locked
    assert "across all names" in caplog.text
    assert users.throttle.total_failures() == 10
    assert not users.check("alice", "right")
    clock.advance(59)
    assert not users.check("alice", "right")
    clock.advance(1)
    assert users.check("alice", "right")


def test_default_global_cap_is_above_the_per_name_threshold():
    assert MAX_FAILURES < GLOBAL_MAX_FAILURES


def test_tracked_names_are_bounded(clock):
    throttle = LoginThrottle(now=clock, max_names=3, global_max_failures=100)
    for i in range(10):
        ticket = throttle.begin(f"n{i}")
        assert ticket is not None
        throttle.end(f"n{i}", ticket, ok=False)
    assert throttle.tracked_names() == 3
    assert throttle.failures("n9") == 1 and throttle.failures("n0") == 0  # the oldest were forgotten


def test_huge_names_are_truncated(clock):
    throttle = LoginThrottle(now=clock)
    ticket = throttle.begin("x" * 1_000_000)
    assert ticket is not None
    throttle.end("x" * 1_000_000, ticket, ok=False)
    assert max(len(name) for name in throttle._names) <= 128


def test_threads_hammering_check_stay_consistent(clock):
    users = make_users(clock, global_max_failures=10_000)
    errors: list[BaseException] = []
    results: dict[str, list[bool]] = {"alice": [], "bob": [], "mallory": []}
    lock = threading.Lock()

    def hammer(name: str, password: str) -> None:
        try:
            for _ in range(20):
                ok = users.check(name, password)
                with lock:
                    results[name].append(ok)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=hammer, args=(name, pw))
        for name, pw in [("alice", "wrong")] * 3 + [("mallory", "wrong")] * 3 + [("bob", "right")] * 2
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(len(r) == 60 for n, r in results.items() if n != "bob") and len(results["bob"]) == 40
    assert all(results["bob"]) and not any(results["alice"]) and not any(results["mallory"])
    # 60 wrong guesses each, yet the clock never moved: exactly one lockout's worth got through
    assert users.throttle.failures("alice") == 0 and users.throttle.begin("alice") is None
    assert users.throttle.total_failures() == 2 * MAX_FAILURES
    clock.advance(LOCKOUT_S)
    assert users.check("alice", "right")


def test_dummy_hash_follows_the_entries_iteration_count():
    assert Users()._dummy().split("$")[1] == str(auth._ITERATIONS)
    users = Users(hashes={"a": hash_password("x", iterations=FAST), "b": hash_password("y", iterations=FAST)})
    assert users._dummy().split("$")[1] == str(FAST) and users._dummy() == users._dummy()
    assert not auth.verify_password("", users._dummy())


def test_unknown_name_costs_as_much_as_a_wrong_password(monkeypatch):
    """The cost is the PBKDF2 work: count it instead of timing it (timings on a shared CI
    machine are noise). An unknown name must run the same derivation as a known one."""
    iterations = 20_000
    users = Users(
        hashes={"alice": hash_password("right", iterations=iterations)},
        throttle=LoginThrottle(max_failures=1000, global_max_failures=1000),
    )
    calls: list[int] = []
    real = hashlib.pbkdf2_hmac

    def counting(name, password, salt, rounds, *rest):
        calls.append(rounds)
        return real(name, password, salt, rounds, *rest)

    monkeypatch.setattr(auth.hashlib, "pbkdf2_hmac", counting)
    assert not users.check("alice", "wrong")
    known = list(calls)
    calls.clear()
    assert not users.check("nobody", "wrong")
    assert calls == known == [iterations]
