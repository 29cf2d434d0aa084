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
            raise TooLarge(f"{name} : le serveur lit déjà d'autres fichiers ; réessayez dans un moment")
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
            raise TooLarge(f"{name} : lecture interrompue après {self.seconds:g} s (fichier trop lourd à lire)") from None
        try:
            # JSON, not pickle, on the way back: a child a hostile file took over could send a
            # pickle that runs code in the server.
            outcome, payload = json.loads(answer)
        except ValueError:
            # The child died without a word: the memory limit made a C library abort.
            raise TooLarge(_out_of_memory(name, self.memory_mb)) from None
        if outcome == "source":
            source_name, text, warnings = payload
            return Source(str(source_name), str(text), [str(w) for w in warnings])
        error_type = getattr(errors, outcome, None)
        raise (error_type if isinstance(error_type, type) and issubclass(error_type, ReseauError) else errors.InputError)(str(payload))


def _out_of_memory(name: str, memory_mb: int) -> str:
    return f"{name} : lecture interrompue, le fichier demande plus de {memory_mb} Mo"


def _child(memory_mb: int) -> None:
    """In the worker: limit the address space, read the request from stdin, write the text or
    the error to stdout."""
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    data, name, suffix, bounds = pickle.load(sys.stdin.buffer)
    try:
        source = read_text(data, name, suffix, bounds)
        outcome: tuple = ("source", (source.name, source.text, source.warnings))
    except ReseauError as error:
        outcome = (error.__class__.__name__, str(error))
    except MemoryError:
        outcome = ("TooLarge", _out_of_memory(name, memory_mb))
    except Exception as error:  # a parser's own failure on a damaged file: the file's fault, not ours
        outcome = ("BinaryInput", f"{name} : fichier illisible ({error.__class__.__name__})")
    del data
    sys.stdout.buffer.write(json.dumps(outcome).encode())
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _child(int(sys.argv[1]))
