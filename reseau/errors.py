"""Exceptions raised by Réseau.

Every error a user can cause is a ``ReseauError``; the CLI prints its message on one
line and exits non-zero, never with a traceback::

    ReseauError
    ├── InputError          a file or text Réseau cannot read
    │   ├── MissingInput    the path does not exist
    │   ├── NotAFile        a directory or special file where a file was expected
    │   ├── EmptyInput      nothing but whitespace
    │   ├── BinaryInput     PDF bytes, an image, anything that is not text
    │   └── TooLarge        over a limit: too many pages or tags, too long to read
    ├── FormatError         an unknown output format or option value
    ├── ModelError          the spaCy model is not installed
    ├── StoreError          the register cannot be opened or written
    ├── LookupFailed        a name that matches no record, or several
    │   └── Ambiguous       several records match: the message lists them
    ├── Conflict            the change would clash with a record already there
    └── Busy                try again later (``retry_after`` seconds): 503
        └── TooManyAttempts too many failed sign-ins: 429
"""

from __future__ import annotations


class ReseauError(Exception):
    """Base of every error Réseau reports to its user."""


class InputError(ReseauError):
    """A file or text that Réseau cannot read."""


class MissingInput(InputError):
    """The path does not exist."""


class NotAFile(InputError):
    """A directory or special file was given where a file was expected."""


class EmptyInput(InputError):
    """The input holds no text."""


class BinaryInput(InputError):
    """The input is binary data, not text."""


class TooLarge(InputError):
    """The input passes one of the limits that keep reading it bounded (size, pages, tags,
    paragraphs, time, memory)."""


class FormatError(ReseauError):
    """An option value Réseau does not know (format, date)."""


class ModelError(ReseauError):
    """The spaCy language model cannot be loaded."""


class StoreError(ReseauError):
    """The register cannot be opened or written."""


class LookupFailed(ReseauError):
    """No record answers to the name given."""


class Ambiguous(LookupFailed):
    """Several records answer to the name given; the message lists them."""


class Conflict(ReseauError):
    """The change would clash with a record already there; the message names it."""


class Busy(ReseauError):
    """Too many attempts, or the server is saturated: try again after ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))


class TooManyAttempts(Busy):
    """Too many failed sign-ins for an account or from an address; the delay grows with each."""
