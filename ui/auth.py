"""Optional login: viewers ask and browse, admins may also upload and remove documents.

The users file (CDOKB_AUTH=users.toml) holds salted PBKDF2 hashes, never passwords, so it can
sit on a shared intranet server. Make an entry with `python -m ui.auth NAME --admin`:

    [users.alice]
    role = "admin"            # or "viewer"
    password = "pbkdf2_sha256$200000$<salt>$<hash>"

Without a users file there is no login and whoever reaches the page is an admin; that is why
the server binds to 127.0.0.1 unless told otherwise.

Hostile input (issue 12): `Users.check` takes as long for an unknown name as for a known one with
a wrong password, and a `LoginThrottle` locks a name for a minute after a handful of failures and
slows everyone down when failures pile up across many names.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import json
import logging
import secrets
import sys
import threading
import time
import tomllib
from collections import Counter, OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kb.errors import FileError

ADMIN = "admin"
VIEWER = "viewer"
ROLES = (ADMIN, VIEWER)
ENV = "CDOKB_AUTH"
_SCHEME = "pbkdf2_sha256"
_ITERATIONS = 200_000

log = logging.getLogger(__name__)

# Throttling. OWASP's Authentication Cheat Sheet ("Account Lockout") names the three knobs
# (threshold, observation window, lockout duration) and leaves their values to the site; NIST
# SP 800-63B 5.2.2 caps consecutive failures per account at 100. The values below are the usual
# conservative picks for a small intranet tool.
MAX_FAILURES = 5  # OWASP "lockout threshold": a common choice, far below NIST 800-63B's ceiling of 100
WINDOW_S = 300.0  # OWASP "observation window": failures older than 5 minutes are forgotten
LOCKOUT_S = 60.0  # OWASP "lockout duration": short and self-expiring, as a lock is also a DoS lever
# An attacker who sprays one guess each over many names never trips the per-name lock, so failures
# are also capped across all names; over the cap every check is refused until the window drains.
# Any global cap lets a flood lock everyone out, so it sits where the flood already hurts: 600
# checks a minute at ~50 ms of PBKDF2 each hold a quarter of a 2-core server.
GLOBAL_MAX_FAILURES = 600
GLOBAL_WINDOW_S = 60.0  # sliding window of the global cap, as long as one lockout
MAX_TRACKED_NAMES = 10_000  # memory bound (a few MB at most); the global cap makes flooding it slow
_MAX_NAME_CHARS = 128  # names are truncated before tracking so a huge name cannot use much memory


def hash_password(password: str, iterations: int = _ITERATIONS) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), iterations)
    return f"{_SCHEME}${iterations}${salt}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, expected = stored.split("$")
        if scheme != _SCHEME:
            return False
        digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)


def _iterations(stored: str) -> int | None:
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != _SCHEME or not parts[1].isdigit():
        return None
    return int(parts[1])


@lru_cache(maxsize=8)
def _dummy_hash(iterations: int) -> str:
    """A well-formed hash no password matches, checked when the name is unknown.

    Checking it runs exactly one PBKDF2 with `iterations` rounds, like a real entry. It is made
    from random bytes rather than by hashing, so the first unknown name is not slower either.
    """
    return f"{_SCHEME}${iterations}${secrets.token_hex(16)}${secrets.token_hex(32)}"


def _name_key(username: str) -> bytes:
    # fixed length, so comparing two keys takes the same time whatever the names are
    return hashlib.sha256(username.encode("utf-8", "surrogatepass")).digest()


@dataclass
class _Tracked:
    failures: deque[float] = field(default_factory=deque)  # attempt times, including ones in flight
    locked_until: float = 0.0


@dataclass
class LoginThrottle:
    """Counts failed logins per name and in total; thread-safe.

    `begin` is called before a password is checked and counts the attempt as a failure up front,
    so parallel requests cannot get more than `max_failures` guesses past the lock; `end` either
    takes it back (success, which also clears the name) or confirms it (and may lock the name).
    Unknown names are tracked exactly like known ones, so a lockout says nothing about which
    names exist.
    """

    max_failures: int = MAX_FAILURES
    window_s: float = WINDOW_S
    lockout_s: float = LOCKOUT_S
    global_max_failures: int = GLOBAL_MAX_FAILURES
    global_window_s: float = GLOBAL_WINDOW_S
    max_names: int = MAX_TRACKED_NAMES
    now: Callable[[], float] = time.monotonic
    _names: OrderedDict[str, _Tracked] = field(default_factory=OrderedDict, init=False, repr=False)
    _global: deque[float] = field(default_factory=deque, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def begin(self, username: str) -> float | None:
        """The attempt's ticket, or None when it is refused without checking the password."""
        name = username[:_MAX_NAME_CHARS]
        with self._lock:
            now = self.now()
            self._prune(now)
            if len(self._global) >= self.global_max_failures:
                return None
            tracked = self._names.get(name)
            if tracked is None:
                tracked = self._names[name] = _Tracked()
                while len(self._names) > self.max_names:
                    self._names.popitem(last=False)  # forget the least recently tried name
            if now < tracked.locked_until:
                return None
            while tracked.failures and tracked.failures[0] <= now - self.window_s:
                tracked.failures.popleft()
            if len(tracked.failures) >= self.max_failures:
                return None  # the rest of the budget is taken by attempts still in flight
            tracked.failures.append(now)
            self._global.append(now)
            self._names.move_to_end(name)
            return now

    def end(self, username: str, ticket: float, ok: bool) -> None:
        """Settle an attempt that `begin` let through."""
        name = username[:_MAX_NAME_CHARS]
        with self._lock:
            tracked = self._names.get(name)
            if ok:
                self._names.pop(name, None)
                if ticket in self._global:
                    self._global.remove(ticket)  # equal times are interchangeable
                return
            if tracked is not None and len(tracked.failures) >= self.max_failures:
                tracked.failures.clear()  # a fresh budget once the lock expires
                tracked.locked_until = self.now() + self.lockout_s
                log.warning(
                    "login: %r locked for %.0f s after %d failed attempts",
                    name,
                    self.lockout_s,
                    self.max_failures,
                )
            if len(self._global) == self.global_max_failures:
                log.warning(
                    "login: %d failed attempts across all names within %.0f s; refusing every login for now",
                    len(self._global),
                    self.global_window_s,
                )

    def failures(self, username: str) -> int:
        """Failed (or in-flight) attempts counted against a name now."""
        with self._lock:
            now = self.now()
            self._prune(now)
            tracked = self._names.get(username[:_MAX_NAME_CHARS])
            return 0 if tracked is None else sum(t > now - self.window_s for t in tracked.failures)

    def total_failures(self) -> int:
        """Failed (or in-flight) attempts counted against the global cap now."""
        with self._lock:
            self._prune(self.now())
            return len(self._global)

    def tracked_names(self) -> int:
        with self._lock:
            self._prune(self.now())
            return len(self._names)

    def _prune(self, now: float) -> None:
        while self._global and self._global[0] <= now - self.global_window_s:
            self._global.popleft()
        # names are kept in order of last attempt, so expired ones gather at the front
        while self._names:
            tracked = next(iter(self._names.values()))
            latest = tracked.failures[-1] if tracked.failures else float("-inf")
            if now < tracked.locked_until or latest > now - self.window_s:
                break
            self._names.popitem(last=False)


@dataclass
class Users:
    """Who may log in and with which role."""

    roles: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    throttle: LoginThrottle = field(default_factory=LoginThrottle, compare=False, repr=False)

    def check(self, username: str, password: str) -> bool:
        """Gradio's auth callback: True when the password matches the stored hash.

        Refused without a look at the password while the name (or every name) is throttled.
        An unknown name costs one PBKDF2 against a dummy hash, like a wrong password does.
        """
        username = username if isinstance(username, str) else ""
        ticket = self.throttle.begin(username)
        if ticket is None:
            return False
        ok = False
        try:
            stored, known = self._lookup(username)
            ok = verify_password(password, stored) and known
        finally:
            self.throttle.end(username, ticket, ok)
        return ok

    def _lookup(self, username: str) -> tuple[str, bool]:
        """The stored hash for a name, or a dummy of the same cost; every entry is compared."""
        key = _name_key(username)
        stored, known = self._dummy(), False
        for name, entry in self.hashes.items():
            if hmac.compare_digest(_name_key(name), key):
                stored, known = entry, True
        return stored, known

    def _dummy(self) -> str:
        """A dummy hash with the iteration count most entries use (ties: the higher)."""
        counts = Counter(n for n in map(_iterations, self.hashes.values()) if n is not None)
        if not counts:
            return _dummy_hash(_ITERATIONS)
        return _dummy_hash(max(counts, key=lambda n: (counts[n], n)))

    def role(self, username: str | None) -> str:
        """An unknown or missing user gets the least rights."""
        return self.roles.get(username or "", VIEWER)


def load_users(path: Path) -> Users:
    """Read and validate a users.toml; any problem is a FileError naming the fix."""
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise FileError(
            path, "no such users file", f"create it with `python -m ui.auth NAME` or unset {ENV}"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileError(
            path, f"cannot read the users file ({type(exc).__name__})", "check its permissions"
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise FileError(
            path, f"not valid TOML ({exc})", "fix the syntax; see `python -m ui.auth --help`"
        ) from exc
    entries = data.get("users")
    if not isinstance(entries, dict) or not entries:
        raise FileError(path, "no [users.NAME] tables", "add one with `python -m ui.auth NAME --admin`")
    users = Users()
    for name, entry in entries.items():
        if not isinstance(entry, dict):
            raise FileError(
                path, f"users.{name} is not a table", "write it as [users.NAME] with role and password"
            )
        role = entry.get("role", VIEWER)
        if role not in ROLES:
            raise FileError(path, f"users.{name} has role {role!r}", 'use role = "admin" or role = "viewer"')
        stored = entry.get("password", "")
        if not isinstance(stored, str) or not stored.startswith(f"{_SCHEME}$"):
            raise FileError(
                path,
                f"users.{name} has no hashed password",
                f"replace it with the output of `python -m ui.auth {name}`",
            )
        users.roles[name] = role
        users.hashes[name] = stored
    return users


def can_write(role: str) -> bool:
    """Only admins change the knowledge base."""
    return role == ADMIN


def main(argv: list[str] | None = None) -> int:
    """Print a users.toml entry for NAME with a freshly hashed password."""
    parser = argparse.ArgumentParser(prog="python -m ui.auth", description=main.__doc__)
    parser.add_argument("name")
    parser.add_argument("--admin", action="store_true", help="may upload and remove documents")
    args = parser.parse_args(argv)
    password = getpass.getpass(f"password for {args.name}: ")
    if not password or password != getpass.getpass("again: "):
        print("error: passwords are empty or differ; run it again", file=sys.stderr)
        return 2
    role = ADMIN if args.admin else VIEWER
    key = json.dumps(args.name, ensure_ascii=False)  # a TOML basic string: any name is a valid key
    print(f'[users.{key}]\nrole = "{role}"\npassword = "{hash_password(password)}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
