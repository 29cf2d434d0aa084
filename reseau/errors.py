"""Exceptions raised by Réseau.

Every error a user can cause is a ``ReseauError``. It carries a stable ``code``, the
HTTP ``status`` the API answers with, and its ``fields`` (the values of the problem); its
message is rendered from them in the reader's language (:meth:`ReseauError.render`), from
a French template that the catalogue (``reseau/locale``) translates. The CLI prints that
message on one line, the pages show it, the API sends ``{"code", "fields", "detail"}``::

    ReseauError                     error              422
    ├── InputError                  input              422   a file or text Réseau cannot read
    │   ├── MissingInput            missing_input      422   the path does not exist
    │   ├── NotAFile                not_a_file         422   a directory or special file
    │   ├── EmptyInput              empty_input        422   nothing but whitespace
    │   ├── BinaryInput             binary_input       422   PDF bytes, an image, not text
    │   └── TooLarge                too_large          422   over a limit (pages, tags, length)
    ├── FormatError                 invalid_value      422   an unknown option value or format
    ├── ModelError                  model_missing      503   the spaCy model is not installed
    ├── StoreError                  store_unavailable  503   the register cannot be opened or written
    ├── LookupFailed                not_found          404   a record that does not exist
    │   ├── UnknownName             unknown_name       404   UnknownName(kind, name)
    │   └── Ambiguous               ambiguous          409   Ambiguous(kind, name, matches)
    ├── Conflict                    conflict           409   the change would clash with a record
    ├── Forbidden                   forbidden          403   the account's role does not allow it
    └── Busy                        busy               503   try again after ``retry_after`` s
        └── TooManyAttempts         too_many_attempts  429   too many failed sign-ins

Raise with a French template and its values, never a finished sentence, so that every
language can say it::

    raise MissingInput("{path} : fichier introuvable", path=path)
    raise UnknownName("organization", "ONUDX")
"""

from __future__ import annotations

from typing import Any

from reseau.i18n import messages

# The French name of each kind of record, as the error templates use it (« aucune {what} »);
# the catalogue translates them like any text.
KIND_WORDS = {"organization": "organisation", "person": "personne", "activity": "activité",
              "document": "document", "user": "utilisateur", "session": "session", "token": "jeton",
              "proposal": "proposition", "record": "fiche"}


class ReseauError(Exception):
    """Base of every error Réseau reports to its user."""

    code = "error"
    status = 422
    template = "{detail}"

    def __init__(self, template: str | None = None, /, **fields: Any) -> None:
        self.fields = fields
        if template is not None:
            self.template = template
        super().__init__(self.render("fr"))

    def values(self, lang: str) -> dict[str, Any]:
        """The fields as the template shows them in a language (lists joined, kinds named)."""
        _ = messages(lang)
        shown = {}
        for key, value in self.fields.items():
            if isinstance(value, (list, tuple)):
                value = " ; ".join(str(v) for v in value)
            elif key in ("kind", "what") and isinstance(value, str):
                # Words of the catalogue themselves (« une image PNG », a kind of record).
                value = _(KIND_WORDS.get(value, value))
            shown[key] = value
        return shown

    def render(self, lang: str = "fr") -> str:
        """The message in a language (French when the catalogue has no entry for it)."""
        try:
            return messages(lang)(self.template, **self.values(lang))
        except (KeyError, IndexError, ValueError):
            # A template whose braces are not placeholders (a sentence made by hand).
            return self.template

    def to_dict(self, lang: str = "fr") -> dict[str, Any]:
        """What the API sends: the code, the fields, and the message as ``detail``."""
        return {"code": self.code, "fields": {k: _plain(v) for k, v in self.fields.items()}, "detail": self.render(lang)}


def _plain(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


class InputError(ReseauError):
    """A file or text that Réseau cannot read."""

    code = "input"


class MissingInput(InputError):
    """The path does not exist."""

    code = "missing_input"
    template = "{path} : fichier introuvable"


class NotAFile(InputError):
    """A directory or special file was given where a file was expected."""

    code = "not_a_file"


class EmptyInput(InputError):
    """The input holds no text."""

    code = "empty_input"


class BinaryInput(InputError):
    """The input is binary data, not text."""

    code = "binary_input"


class TooLarge(InputError):
    """The input passes one of the limits that keep reading it bounded (size, pages, tags,
    paragraphs, time, memory)."""

    code = "too_large"


class FormatError(ReseauError):
    """An option value Réseau does not know (format, date)."""

    code = "invalid_value"


class ModelError(ReseauError):
    """The spaCy language model cannot be loaded."""

    code = "model_missing"
    status = 503


class StoreError(ReseauError):
    """The register cannot be opened or written."""

    code = "store_unavailable"
    status = 503


class LookupFailed(ReseauError):
    """No record answers to what was asked."""

    code = "not_found"
    status = 404


# « aucune organisation ne s'appelle … »: French agrees the negation with the kind.
UNKNOWN_NAME = {
    "organization": "aucune organisation ne s'appelle « {name} »",
    "person": "aucune personne ne s'appelle « {name} »",
    "activity": "aucune activité n° {name}",
    "document": "aucun document ne correspond à « {name} »",
    "user": "aucun utilisateur « {name} »",
    "session": "aucune session « {name} »",
    "token": "aucun jeton n° {name}",
    "proposal": "aucune proposition en attente n'a le numéro {name}",
    "record": "aucune fiche {name}",
}


class UnknownName(LookupFailed):
    """No record of this kind answers to the name (or number) given."""

    code = "unknown_name"

    def __init__(self, kind: str, name: object) -> None:
        super().__init__(UNKNOWN_NAME.get(kind, "aucune fiche « {name} »"), kind=kind, name=name)


class Ambiguous(LookupFailed):
    """Several records answer to the name given; the message lists them."""

    code = "ambiguous"
    status = 409
    template = "« {name} » désigne plusieurs fiches : {matches}"

    def __init__(self, kind: str | None = None, name: object = None, matches: list[str] | None = None, /,
                 template: str | None = None, **fields: Any) -> None:
        super().__init__(template, **({"kind": kind, "name": name, "matches": list(matches or [])} | fields))


class Conflict(ReseauError):
    """The change would clash with a record already there; the message names it."""

    code = "conflict"
    status = 409


class Forbidden(ReseauError):
    """The account's role does not allow this action."""

    code = "forbidden"
    status = 403


class Busy(ReseauError):
    """Too many attempts, or the server is saturated: try again after ``retry_after`` seconds."""

    code = "busy"
    status = 503

    def __init__(self, template: str | None = None, /, retry_after: int = 1, **fields: Any) -> None:
        self.retry_after = max(1, int(retry_after))
        super().__init__(template, **fields)


class TooManyAttempts(Busy):
    """Too many failed sign-ins for an account or from an address; the delay grows with each."""

    code = "too_many_attempts"
    status = 429
