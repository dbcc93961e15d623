"""Optional login: viewers ask and browse, admins may also upload and remove documents.

The users file (CDOKB_AUTH=users.toml) holds salted PBKDF2 hashes, never passwords, so it can
sit on a shared intranet server. Make an entry with `python -m ui.auth NAME --admin`:

    [users.alice]
    role = "admin"            # or "viewer"
    password = "pbkdf2_sha256$200000$<salt>$<hash>"

Without a users file there is no login and whoever reaches the page is an admin; that is why
the server binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import json
import os
import secrets
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import FileError

ADMIN = "admin"
VIEWER = "viewer"
ROLES = (ADMIN, VIEWER)
ENV = "CDOKB_AUTH"
_SCHEME = "pbkdf2_sha256"
_ITERATIONS = 200_000


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


@dataclass
class Users:
    """Who may log in and with which role."""

    roles: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)

    def check(self, username: str, password: str) -> bool:
        """Gradio's auth callback: True when the password matches the stored hash."""
        stored = self.hashes.get(username)
        return stored is not None and verify_password(password, stored)

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


def auth_file_from_env() -> Path | None:
    value = os.environ.get(ENV, "").strip()
    return Path(value).expanduser() if value else None


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
