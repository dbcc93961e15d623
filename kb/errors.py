"""The few errors a user can meet. Each message is one line and names the fix.

The CLI and the web handlers show `str(error)` as it is; nothing else translates errors.
"""

from __future__ import annotations

from kb.text import printable


class CdokbError(Exception):
    """Base class: anything the user can act on."""


class FileError(CdokbError):
    """A file that cannot be read as a policy document. Nothing stored is touched."""

    def __init__(self, path: object, problem: str, fix: str) -> None:
        self.path = str(path)
        self.problem = problem
        self.fix = fix
        super().__init__(f"{printable(self.path)}: {problem}; {fix}")


class EmbedderMismatchError(CdokbError):
    def __init__(self, stored: str, wanted: str, data_dir: object) -> None:
        super().__init__(
            f"the knowledge base in {data_dir} was built with embedder {stored!r}, not {wanted!r}; "
            f"use --embedder {stored} or pick a new --data-dir to build one with {wanted}"
        )


class EmbedderUnavailableError(CdokbError):
    pass


class StoreUnavailableError(CdokbError):
    pass


class UnknownDocumentError(CdokbError):
    def __init__(self, doc_id: str) -> None:
        super().__init__(f"no document {doc_id!r} in the knowledge base; run `cdokb docs` to list them")


class UsageError(CdokbError):
    pass
