"""Hostile input and load against a real ``reseau serve`` on loopback (issue 9's bars).

    .venv/bin/python benchmarks/hostile.py [--only NAME[,NAME]] [--scale 0.1] [--database-url URL] [--json]

Makes a temporary register (SQLite, or the given empty PostgreSQL database) with an admin,
an editor and a viewer and a few synthetic bulletins, serves it on a free loopback port,
then runs each attack in turn. Meanwhile a signed-in viewer keeps reading a profile page
and ``/api/search``. One line per attack: the viewer's requests (count, p95, errors, 5xx),
what the attack's own requests got, and the server's peak memory above idle; PASS when the
viewer's p95 < 1 s with no error and no 5xx, no 5xx for the attacker either, and memory
< 1 GB above idle. Every request has a timeout (30 s; an upload twice the parse time plus
30 s, as it may wait for a reading worker first); a server still frozen after an attack is
killed and started again (and the attack fails), so the run ends in minutes.
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import bulletin  # noqa: E402
from tests import hostile_files  # noqa: E402

PASSWORD = "une-phrase-de-passe-longue"
VIEWER_P95, MEMORY = 1.0, 1 << 30
ATTACK_TIMEOUT = 30.0  # seconds an attack's own request may take
VIEWER_TIMEOUT = 10.0
CHUNK = 1 << 20
RECOVERY = 20.0  # seconds a server may take to answer again after an attack before it is restarted


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            pass
    return total


class Server:
    """``reseau serve`` of this checkout on a free loopback port, in its own process group."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.process: subprocess.Popen | None = None
        self.base = ""

    def start(self) -> None:
        """Start and wait until it answers (at most a minute)."""
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-c", "from reseau.cli import app; app()", "serve", "--port", str(port)],
                                            env=self.env, stdout=log, stderr=log, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.answers(1.0):
                return
            time.sleep(0.2)
        raise SystemExit(f"reseau serve did not start; see {self.log}")

    def answers(self, timeout: float) -> bool:
        """Whether the sign-in page comes back within ``timeout`` seconds."""
        try:
            return httpx.get(self.base + "/connexion", timeout=timeout).status_code == 200
        except httpx.HTTPError:
            return False

    def rss(self) -> int:
        """Its resident memory, workers included."""
        return tree_rss(self.process.pid) if self.process else 0

    def stop(self) -> None:
        """Kill the whole process group."""
        if self.process and self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=10)


@dataclass
class Sessions:
    """Signed-in clients, made once before any attack (a login flood may throttle new logins)."""

    viewer: httpx.Client
    editor: httpx.Client
    editor_csrf: str
    editor_token: str
    admin_token: str
    person_id: int


@dataclass
class Watch:
    """What the viewer saw and the memory peak while an attack ran."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: int = 0
    peak: int = 0


def watch(server: Server, sessions: Sessions, stop: threading.Event, seen: Watch) -> None:
    """The viewer's loop (a profile page, then a search) and the memory sampler, until ``stop``."""

    def sample() -> None:
        while not stop.is_set():
            seen.peak = max(seen.peak, server.rss())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    paths = [f"/personnes/{sessions.person_id}", "/api/search?q=Tremblay", "/api/search?q=police"]
    n = 0
    while not stop.is_set() and n < 100_000:
        started = time.perf_counter()
        try:
            answer = sessions.viewer.get(server.base + paths[n % len(paths)], timeout=VIEWER_TIMEOUT)
            seen.statuses[answer.status_code] += 1
        except httpx.HTTPError:
            seen.errors += 1
        seen.latencies.append(time.perf_counter() - started)
        n += 1
        time.sleep(0.05)
    sampler.join()


# ---- attacks: each returns the statuses its own requests got and a short note -------------


def _post(url: str, **kwargs) -> str:
    """POST and return the status code, or what went wrong, as text."""
    try:
        return str(httpx.post(url, timeout=ATTACK_TIMEOUT, **kwargs).status_code)
    except httpx.TimeoutException:
        return "timeout"
    except httpx.HTTPError as error:
        return type(error).__name__


def login_flood(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """40 simultaneous wrong logins."""
    n = max(2, int(40 * min(scale * 10, 1)))
    with ThreadPoolExecutor(n) as pool:
        got = list(pool.map(lambda i: _post(server.base + "/api/login", json={"username": f"inconnu{i}", "password": "mauvais-mot"}),
                            range(n)))
    return Counter(got), f"{n} at once"


def login_guess(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """200 wrong passwords on one account, then the right one."""
    n = max(10, int(200 * min(scale * 10, 1)))
    got = Counter()
    started = time.monotonic()
    for i in range(n):
        got[_post(server.base + "/api/login", json={"username": "redacteur", "password": f"essai-{i:04}-faux"})] += 1
        if time.monotonic() - started > 60:
            break
    right = _post(server.base + "/api/login", json={"username": "redacteur", "password": PASSWORD})
    return got, f"right password after {sum(got.values())} guesses: {right}"


def _repeated(size: int) -> Iterator[bytes]:
    """``size`` bytes of French prose, a megabyte at a time: never held whole in memory."""
    block = b"Rencontre avec un partenaire. " * (CHUNK // 30)
    sent = 0
    while sent < size:
        piece = block[: min(len(block), size - sent)]
        sent += len(piece)
        yield piece


def multipart_stream(size: int, boundary: str, filename: str) -> tuple[int, Iterator[bytes]]:
    """A multipart body with one file part of ``size`` bytes: its length and its chunks."""
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    return len(head) + size + len(tail), itertools.chain([head], _repeated(size), [tail])


def json_text_stream(size: int) -> tuple[int, Iterator[bytes]]:
    """A JSON body ``{"text": "…"}`` with ``size`` bytes of text: its length and its chunks."""
    head, tail = b'{"text": "', b'"}'
    return len(head) + size + len(tail), itertools.chain([head], _repeated(size), [tail])


def _streamed(url: str, length: int | None, chunks, headers: dict[str, str], client: httpx.Client | None = None) -> str:
    """POST these chunks (with their length, else chunked) and return the status, or what went wrong."""
    if length is not None:
        headers = {**headers, "Content-Length": str(length)}
    try:
        answer = (client or httpx).post(url, content=chunks, headers=headers, timeout=ATTACK_TIMEOUT)
        return str(answer.status_code)
    except httpx.TimeoutException:
        return "timeout"
    except httpx.HTTPError as error:
        return type(error).__name__


def big_multipart(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """An anonymous 200 MB multipart POST /import."""
    size = int(200 * (1 << 20) * scale)
    length, chunks = multipart_stream(size, "limite-reseau", "gros.txt")
    got = _streamed(server.base + "/import", length, chunks, {"Content-Type": "multipart/form-data; boundary=limite-reseau"})
    return Counter([got]), f"{size >> 20} MB"


def big_json(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """An anonymous 150 MB JSON POST /api/imports."""
    size = int(150 * (1 << 20) * scale)
    length, chunks = json_text_stream(size)
    got = _streamed(server.base + "/api/imports", length, chunks, {"Content-Type": "application/json"})
    return Counter([got]), f"{size >> 20} MB"


def editor_chunked_json(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """An editor's 200 MB JSON POST /api/imports, chunked (no length announced: counted as it comes)."""
    size = int(200 * (1 << 20) * scale)
    _, chunks = json_text_stream(size)
    got = _streamed(server.base + "/api/imports", None, chunks,
                    {"Content-Type": "application/json", "Authorization": f"Bearer {sessions.editor_token}"})
    return Counter([got]), f"{size >> 20} MB chunked"


def upload_timeout() -> float:
    """Seconds an upload may take: a file may wait for a reading worker for up to the parse
    time, then be read for up to as long again (RESEAU_PARSE_SECONDS, as the server reads it)."""
    from reseau.settings import Settings

    return 2 * Settings.from_env().parse_seconds + 30


def _upload(server: Server, sessions: Sessions, name: str, data: bytes) -> tuple[Counter, str]:
    """An editor uploads a file on the import page."""
    try:
        answer = sessions.editor.post(server.base + "/import", data={"csrf": sessions.editor_csrf},
                                      files={"file": (name, data)}, timeout=upload_timeout())
        got = str(answer.status_code)
        if answer.status_code == 200:
            error = re.search(r'class="error[^"]*"[^>]*>(.*?)<', answer.text, re.S)
            if error:
                # The page's sentence without the file's name: why the file was refused, so that
                # a time-out and a bound are told apart.
                reason = html.unescape(error.group(1)).split(" : ", 1)[-1].strip()
                got += f" refused ({reason[:60]})"
    except httpx.TimeoutException:
        got = "timeout"
    except httpx.HTTPError as error:
        got = type(error).__name__
    return Counter([got]), f"{len(data) >> 10} KB"


def docx_paragraphs(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """A .docx of a million empty paragraphs."""
    return _upload(server, sessions, "paragraphes.docx", hostile_files.empty_paragraphs(int(1_000_000 * scale)))


def docx_text_node(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """A .docx with one text node of 40 MB."""
    return _upload(server, sessions, "noeud.docx", hostile_files.huge_text_node(max(1, int(40 * scale))))


def docx_zip_bomb(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """A .docx that unzips to 1 GB (1 MB on the wire)."""
    return _upload(server, sessions, "bombe.docx", hostile_files.zip_bomb(max(1, int(1024 * scale))))


def pdf_pages(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """A PDF of 15,000 pages (4 MB: under the import page's old 5 MB limit)."""
    return _upload(server, sessions, "pages.pdf", hostile_files.many_pages(max(1, int(15_000 * scale))))


def pdf_slow_page(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """A one-page PDF of 400,000 text operators (6 MB): slow to extract."""
    return _upload(server, sessions, "lent.pdf", hostile_files.slow_page(max(1, int(400_000 * scale))))


def pdf_slow_six(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """Six slow PDFs (300,000 operators each) uploaded at once, more than the reading workers."""
    data = hostile_files.slow_page(max(1, int(300_000 * scale)))
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda i: _upload(server, sessions, f"lent-{i}.pdf", data)[0], range(6)))
    return sum(answers, Counter()), f"6 × {len(data) >> 10} KB at once"


def html_tags(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """An HTML file of 1.2 million tags (4.8 MB)."""
    return _upload(server, sessions, "balises.html", hostile_files.many_tags(max(1, int(600_000 * scale))))


def binary_txt(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """1 MB of binary bytes without NUL, named .txt."""
    return _upload(server, sessions, "binaire.txt", hostile_files.binary_without_nul(max(1, int(1_000_000 * scale))))


def _gets(client: httpx.Client, urls: list[str], workers: int = 4) -> Counter:
    def get(url: str) -> str:
        try:
            return str(client.get(url, timeout=ATTACK_TIMEOUT).status_code)
        except httpx.TimeoutException:
            return "timeout"
        except httpx.HTTPError as error:
            return type(error).__name__

    with ThreadPoolExecutor(workers) as pool:
        return Counter(pool.map(get, urls))


def filter_words(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """List filters of thousands of words, on the pages and the API."""
    rng = random.Random(3)
    words = " ".join(f"m{rng.randrange(10_000)}" for _ in range(max(50, int(2500 * scale))))
    urls = [server.base + path for path in ("/organisations", "/personnes", "/api/organizations", "/api/people")
            for _ in range(3)]
    attacker = httpx.Client(cookies=sessions.viewer.cookies)
    try:
        got = _gets(attacker, [httpx.URL(url, params={"q": words}) for url in urls])
    finally:
        attacker.close()
    return got, f"{len(words.split())} words"


def long_q(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """A 60,000-character search, four at once, on the search page and the API."""
    q = " ".join("recherche" for _ in range(max(100, int(60_000 * scale)) // 10))
    attacker = httpx.Client(cookies=sessions.viewer.cookies)
    try:
        got = _gets(attacker, [httpx.URL(server.base + path, params={"q": q})
                               for path in ("/recherche", "/api/search") for _ in range(4)], workers=8)
    finally:
        attacker.close()
    return got, f"{len(q)} characters"


def crossed_merges(server: Server, sessions: Sessions, scale: float) -> tuple[Counter, str]:
    """Pairs of organizations merged into each other at once, and one merged into two others at once."""
    headers = {"Authorization": f"Bearer {sessions.admin_token}"}
    api = server.base + "/api"
    tag = random.Random().randrange(10**6)

    def create(name: str) -> int | None:
        try:
            answer = httpx.post(f"{api}/organizations", json={"name": name}, headers=headers, timeout=ATTACK_TIMEOUT)
            return answer.json()["id"] if answer.status_code == 201 else None
        except (httpx.HTTPError, ValueError, KeyError):
            return None

    def merge(keep: int, drop: int) -> str:
        return _post(f"{api}/organizations/{keep}/merge", json={"other": drop}, headers=headers)

    rounds = max(3, int(10 * min(scale * 10, 1)))
    got, doubled = Counter(), 0
    for n in range(rounds):
        a, b, c = (create(f"Fusion {tag} {n} {letter}") for letter in "ABC")
        if None in (a, b, c):
            got["create failed"] += 1
            continue
        with ThreadPoolExecutor(4) as pool:
            crossed = list(pool.map(lambda pair: merge(*pair), [(a, b), (b, a)]))
        d, e, f = (create(f"Fusion {tag} {n} {letter}") for letter in "DEF")
        if None in (d, e, f):
            got["create failed"] += 1
            continue
        with ThreadPoolExecutor(4) as pool:
            twice = list(pool.map(lambda pair: merge(*pair), [(d, f), (e, f)]))
        doubled += twice.count("200") == 2
        got.update(crossed + twice)
    return got, f"{rounds} rounds; one record merged into two others, both 200: {doubled}"


ATTACKS: dict[str, Callable[[Server, Sessions, float], tuple[Counter, str]]] = {
    "login-flood": login_flood, "login-guess": login_guess, "big-multipart": big_multipart, "big-json": big_json,
    "editor-chunked-json": editor_chunked_json, "docx-paragraphs": docx_paragraphs, "docx-zip-bomb": docx_zip_bomb,
    "docx-text-node": docx_text_node, "pdf-pages": pdf_pages, "pdf-slow-page": pdf_slow_page, "pdf-slow-six": pdf_slow_six,
    "html-tags": html_tags, "binary-txt": binary_txt, "filter-words": filter_words, "long-q": long_q,
    "crossed-merges": crossed_merges,
}


# ---- the register, the sessions, the run ---------------------------------------------------


def make_register(url: str, folder: Path, env: dict[str, str]) -> str:
    """Users, API tokens and a few ingested bulletins; the editor's token and the admin's."""
    from reseau.auth.tokens import create_token
    from reseau.auth.users import add_user
    from reseau.store.database import open_register

    register = open_register(url)
    with register.transaction() as session:
        for name, role in (("chef", "admin"), ("redacteur", "editor"), ("lecteur", "viewer")):
            add_user(session, name, PASSWORD, role, actor="benchmark")
        tokens = tuple(create_token(session, name, "benchmark", actor="benchmark") for name in ("redacteur", "chef"))
    register.close()
    rng = random.Random(11)
    paths = []
    for n in range(4):
        path = folder / f"bulletin-{n}.txt"
        path.write_text(bulletin(rng, n + 1), encoding="utf-8")
        paths.append(str(path))
    subprocess.run([sys.executable, "-c", "from reseau.cli import app; app()", "ingest", *paths, "--published", "2024-05-31"],
                   env=env, check=True, capture_output=True, timeout=600)
    return tokens


def sign_in(server: Server, tokens: tuple[str, str]) -> Sessions:
    """The viewer's and the editor's cookies, the editor's CSRF token, a person to read, and
    one small import so that the language model is in memory before idle is measured."""
    viewer, editor = httpx.Client(), httpx.Client()
    for client, name in ((viewer, "lecteur"), (editor, "redacteur")):
        answer = client.post(server.base + "/api/login", json={"username": name, "password": PASSWORD}, timeout=60)
        answer.raise_for_status()
    page = editor.get(server.base + "/import", timeout=60).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    people = viewer.get(server.base + "/api/people", params={"limit": 1}, timeout=60).json()["items"]
    sessions = Sessions(viewer, editor, csrf, *tokens, people[0]["id"] if people else 1)
    warm_up(server, sessions)
    return sessions


def warm_up(server: Server, sessions: Sessions) -> None:
    """One small import, so that the language model is loaded before idle memory is read."""
    warm = sessions.editor.post(server.base + "/import", data={"csrf": sessions.editor_csrf,
                                                               "text": bulletin(random.Random(5), 99)}, timeout=300)
    if warm.status_code >= 400:
        raise SystemExit(f"the warm-up import failed: {warm.status_code}")


def p95(values: list[float]) -> float:
    """The 95th percentile (0 when empty)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def run_attack(name: str, server: Server, sessions: Sessions, scale: float) -> dict:
    """One attack with the viewer watching; the server restarted if it stays frozen. Memory
    is counted above what the server held just before (an earlier attack's leftovers are
    that attack's figure)."""
    idle = server.rss()
    stop, seen = threading.Event(), Watch()
    watcher = threading.Thread(target=watch, args=(server, sessions, stop, seen), daemon=True)
    watcher.start()
    time.sleep(0.5)
    started = time.monotonic()
    try:
        got, note = ATTACKS[name](server, sessions, scale)
    except Exception as error:  # the benchmark reports a broken attack and goes on
        got, note = Counter({"attack error": 1}), f"{type(error).__name__}: {error}"[:120]
    seconds = time.monotonic() - started
    time.sleep(1.0)  # the viewer keeps reading a moment after the attack's last answer
    stop.set()
    watcher.join(timeout=VIEWER_TIMEOUT + 5)
    restarted = False
    deadline = time.monotonic() + RECOVERY
    while not server.answers(2.0):
        if time.monotonic() > deadline or server.process.poll() is not None:
            server.stop()
            server.start()
            warm_up(server, sessions)
            restarted = True
            break
    viewer_5xx = sum(n for status, n in seen.statuses.items() if status >= 500)
    attack_5xx = sum(n for status, n in got.items() if status.isdigit() and int(status) >= 500)
    above = max(0, seen.peak - idle)
    ok = (p95(seen.latencies) < VIEWER_P95 and not seen.errors and not viewer_5xx and not attack_5xx
          and above < MEMORY and not restarted)
    return {"attack": name, "seconds": round(seconds, 1), "viewer_requests": len(seen.latencies),
            "viewer_p95_ms": round(p95(seen.latencies) * 1000), "viewer_errors": seen.errors, "viewer_5xx": viewer_5xx,
            "attack_statuses": dict(got), "memory_above_idle_mb": above >> 20, "peak_rss_mb": seen.peak >> 20,
            "restarted": restarted,
            "note": note, "result": "PASS" if ok else "FAIL"}


def main() -> int:
    """Run the attacks and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="attacks to run, comma-separated: " + ", ".join(ATTACKS))
    parser.add_argument("--scale", type=float, default=1.0, help="shrink inputs (0.1: a tenth)")
    parser.add_argument("--database-url", default="", help="an empty PostgreSQL database (default: a temporary SQLite file)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON lines too")
    args = parser.parse_args()
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(ATTACKS)
    unknown = [n for n in names if n not in ATTACKS]
    if unknown:
        parser.error(f"unknown attack(s) {', '.join(unknown)}; known: {', '.join(ATTACKS)}")

    folder = Path(tempfile.mkdtemp(prefix="reseau-hostile-"))
    url = args.database_url or f"sqlite:///{folder / 'reseau.db'}"
    env = {**os.environ, "RESEAU_DATABASE_URL": url, "RESEAU_SECRET_KEY": "cle-du-banc-d-essai",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    os.environ.update({k: env[k] for k in ("RESEAU_DATABASE_URL", "RESEAU_SECRET_KEY")})
    print(f"register {url.split('@')[-1]}; server log {folder / 'serve.log'}", flush=True)
    tokens = make_register(url, folder, env)
    server = Server(env, folder / "serve.log")
    server.start()
    results = []
    try:
        sessions = sign_in(server, tokens)
        time.sleep(1.0)
        print(f"idle memory {server.rss() >> 20} MB (language model loaded); bars: viewer p95 < {VIEWER_P95:.0f} s, no error, no 5xx, "
              f"memory < {MEMORY >> 30} GB above idle", flush=True)
        print(f"{'attack':<19} {'secs':>6} {'viewer n':>8} {'p95 ms':>7} {'err':>4} {'5xx':>4} {'+MB':>6} {'peak':>6}  "
              f"{'result':<6} attack answers; note", flush=True)
        for name in names:
            row = run_attack(name, server, sessions, args.scale)
            statuses = " ".join(f"{k}×{v}" for k, v in sorted(row["attack_statuses"].items()))
            print(f"{name:<19} {row['seconds']:>6} {row['viewer_requests']:>8} {row['viewer_p95_ms']:>7} "
                  f"{row['viewer_errors']:>4} {row['viewer_5xx']:>4} {row['memory_above_idle_mb']:>6} {row['peak_rss_mb']:>6}  {row['result']:<6} "
                  f"{statuses}; {row['note']}{' (server frozen: restarted)' if row['restarted'] else ''}", flush=True)
            if args.json:
                print(json.dumps(row, ensure_ascii=False), flush=True)
            results.append(row)
    finally:
        server.stop()
    failed = [r["attack"] for r in results if r["result"] == "FAIL"]
    print(f"{len(results) - len(failed)}/{len(results)} PASS" + (f"; FAIL: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
