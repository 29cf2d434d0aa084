"""Reading a file in a worker process with a wall-time and a memory limit.

Parsers are C and Python code we do not control (pypdf, lxml, the HTML parser): a hostile
file can still find a slow or hungry path within the readers' bounds. In a child process
(``RLIMIT_AS`` set before it reads), such a file fails alone, with one French sentence, while
the server keeps answering; a few readers at a time keep their memory summed under a ceiling.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reseau import errors
from reseau.errors import ReseauError, TooLarge
from reseau.i18n import Text
from reseau.ingest.bounds import DEFAULT, Bounds
from reseau.ingest.readers import Source, read_text

# A fresh interpreter rather than a fork: forking a server copies its threads' locks in
# whatever state they are; it finds this package where the parent found it.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


@dataclass
class IsolatedReader:
    """``read()`` runs ``read_text`` in a child process of at most ``memory_mb`` MB that is killed
    after ``seconds``; at most ``workers`` children at once (the others wait their turn, up to
    ``seconds``)."""

    seconds: float = 30
    memory_mb: int = 400
    workers: int = 2
    bounds: Bounds = DEFAULT
    _slots: threading.BoundedSemaphore = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._slots = threading.BoundedSemaphore(self.workers)

    def read(self, data: bytes, name: str, suffix: str = ".txt") -> Source:
        """The Source of these bytes, or the ``reseau.errors`` exception reading them raised —
        ``TooLarge`` when the child ran out of time or memory."""
        if not self._slots.acquire(timeout=self.seconds):
            raise TooLarge("{name} : le serveur lit déjà d'autres fichiers ; réessayez dans un moment", name=name)
        try:
            return self._read(data, name, suffix)
        finally:
            self._slots.release()

    def _read(self, data: bytes, name: str, suffix: str) -> Source:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (_PACKAGE_ROOT, os.environ.get("PYTHONPATH"))))}
        child = subprocess.Popen([sys.executable, "-m", "reseau.ingest.isolated", str(self.memory_mb)], env=env,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            answer, _ = child.communicate(pickle.dumps((data, name, suffix, self.bounds)), timeout=self.seconds)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            raise TooLarge("{name} : lecture interrompue après {seconds} s (fichier trop lourd à lire)", name=name, seconds=f"{self.seconds:g}") from None
        try:
            # JSON, not pickle, on the way back: a child a hostile file took over could send a
            # pickle that runs code in the server.
            outcome, payload = json.loads(answer)
        except ValueError:
            # The child died without a word: the memory limit made a C library abort.
            raise TooLarge(OUT_OF_MEMORY, name=name, megabytes=self.memory_mb) from None
        if outcome == "source":
            source_name, text, warnings = payload
            # Each warning comes back as its template and values, to be said in the reader's language.
            return Source(str(source_name), str(text), [Text(str(t), **{str(k): str(v) for k, v in dict(values).items()})
                                                        for t, values in warnings])
        error_type = getattr(errors, outcome, None)
        if not (isinstance(error_type, type) and issubclass(error_type, errors.InputError)):
            error_type = errors.InputError
        template, fields = payload
        # Rebuilt from its template and fields, so that each reader sees it in their language.
        error = error_type.__new__(error_type)
        ReseauError.__init__(error, str(template), **{str(k): str(v) for k, v in dict(fields).items()})
        raise error


OUT_OF_MEMORY = "{name} : lecture interrompue, le fichier demande plus de {megabytes} Mo"


def _child(memory_mb: int) -> None:
    """In the worker: limit the address space, read the request from stdin, write the text or
    the error to stdout."""
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    data, name, suffix, bounds = pickle.load(sys.stdin.buffer)
    try:
        source = read_text(data, name, suffix, bounds)
        outcome: tuple = ("source", (source.name, source.text, [(getattr(w, "template", str(w)), getattr(w, "values", {}))
                                                                for w in source.warnings]))
    except ReseauError as error:
        outcome = (error.__class__.__name__, (error.template, {k: str(v) for k, v in error.fields.items()}))
    except MemoryError:
        outcome = ("TooLarge", (OUT_OF_MEMORY, {"name": name, "megabytes": memory_mb}))
    except Exception as error:  # a parser's own failure on a damaged file: the file's fault, not ours
        outcome = ("BinaryInput", ("{name} : fichier illisible ({reason})", {"name": name, "reason": error.__class__.__name__}))
    del data
    sys.stdout.buffer.write(json.dumps(outcome).encode())
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _child(int(sys.argv[1]))
