"""Hostile input against a served register: what a signed-in viewer sees meanwhile.

    PYTHONPATH=. .venv/bin/python benchmarks/hostile_inputs.py [--only NAME]

Starts ``reseau serve`` on loopback over a small register (the example bulletin, an editor,
a viewer), then runs each attack of issue 9's « what comes in » list in turn — oversized
bodies, hostile uploads, endless filters — while the viewer asks for pages and searches
every 50 ms. Per attack it prints how the attack ended, the viewer's p95 latency and errors
(5xx or failed connections), and the server's peak memory (server and its reading workers)
above idle. Loops are bounded; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile_files as hostile  # noqa: E402
from tests.conftest import start_server  # noqa: E402

PASSWORD = "un-mot-de-passe-long"


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants, in MB."""
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def signed_in(base: str, username: str) -> httpx.Client:
    """A client signed in on the pages."""
    client = httpx.Client(base_url=base, timeout=120)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/connexion").text).group(1)
    client.post("/connexion", data={"username": username, "password": PASSWORD, "csrf": csrf, "next": "/"})
    return client


def upload(name: str, data: bytes):
    """An attack: the editor uploads this file on the import page."""

    def run(base: str) -> str:
        client = signed_in(base, "eddy")
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/import").text).group(1)
        page = client.post("/import", data={"csrf": csrf}, files={"file": (name, data)})
        found = re.search(r'role="alert">([^<]+)<', page.text)
        return f"{page.status_code} {found.group(1)[:90] if found else ''}"

    return run


def raw_body(head: str, total: int, chunked: bool = False):
    """An attack: a body of ``total`` bytes sent as fast as the server takes it."""

    def run(base: str) -> str:
        host, port = base.rsplit("/", 1)[-1].split(":")
        sent = 0
        with socket.create_connection((host, int(port)), timeout=30) as s:
            s.sendall(head.encode("latin-1"))
            piece = b"x" * (1 << 16)
            try:
                while sent < total:
                    s.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
                    sent += len(piece)
                    s.setblocking(False)
                    try:
                        if s.recv(1, socket.MSG_PEEK):
                            break
                    except BlockingIOError:
                        pass
                    finally:
                        s.setblocking(True)
            except (BrokenPipeError, ConnectionResetError):
                pass
            s.settimeout(30)
            answer = s.recv(200).decode("latin-1", "replace").split("\r\n", 1)[0]
        return f"{answer} after {sent / 1048576:.1f} MB sent"

    return run


def repeated_get(path: str, params: dict[str, str], times: int = 20):
    """An attack: a signed-in visitor asks this page again and again."""

    def run(base: str) -> str:
        client = signed_in(base, "vera")
        statuses = [client.get(path, params=params).status_code for _ in range(times)]
        return " ".join(f"{statuses.count(s)}×{s}" for s in sorted(set(statuses)))

    return run


def at_once(attack, count: int):
    """An attack: ``count`` copies of another at the same time."""

    def run(base: str) -> str:
        outcomes: list[str] = []
        threads = [threading.Thread(target=lambda: outcomes.append(_safely(attack, base))) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return " | ".join(sorted(set(o[:60] for o in outcomes)))

    return run


def attacks(token: str) -> dict[str, object]:
    """Each attack by name."""
    return {
        "anonymous 200 MB multipart /import": raw_body(
            "POST /import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            f"Content-Length: {200 << 20}\r\n\r\n", 200 << 20),
        "anonymous 150 MB JSON /api/imports": raw_body(
            f"POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {150 << 20}\r\n\r\n",
            150 << 20),
        "editor 200 MB chunked JSON /api/imports": raw_body(
            f"POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer {token}\r\n"
            "Transfer-Encoding: chunked\r\n\r\n", 200 << 20, chunked=True),
        ".docx of 1,000,000 empty paragraphs": upload("vide.docx", hostile.empty_paragraphs(1_000_000)),
        ".docx zip bomb (1 GB unzipped)": upload("bombe.docx", hostile.zip_bomb(1024)),
        ".docx with one 12 MB text node": upload("noeud.docx", hostile.huge_text_node(12)),
        "PDF of 30,000 pages": upload("pages.pdf", hostile.many_pages(30_000)),
        "PDF page of 400,000 operators": upload("lent.pdf", hostile.slow_page(400_000)),
        "6 slow PDFs at once": at_once(upload("lent.pdf", hostile.slow_page(300_000)), 6),
        "HTML of 1,200,000 tags": upload("balises.html", hostile.many_tags(1_200_000)),
        "binary without NUL named .txt (5 MB)": upload("binaire.txt", hostile.binary_without_nul(5 << 20)),
        "filter of 3,000 words on /organisations": repeated_get("/organisations", {"q": " ".join(f"m{i}" for i in range(3000))}),
        "60,000-character q on /recherche": repeated_get("/recherche", {"q": "police " * 8570}),
        "60,000-character q on /api/search": repeated_get("/api/search", {"q": "police " * 8570}),
    }


def measure(base: str, pid: int, attack) -> tuple[str, list[float], int, float]:
    """Run one attack while the viewer reads; what it returned, the viewer's latencies and
    errors, and the peak memory."""
    viewer = signed_in(base, "vera")
    outcome: list[str] = []
    thread = threading.Thread(target=lambda: outcome.append(_safely(attack, base)))
    latencies, errors, peak = [], 0, rss_mb(pid)
    thread.start()
    paths = ["/organisations", "/api/search?q=police", "/personnes", "/"]
    i = 0
    while thread.is_alive() or i < 10:
        started = time.monotonic()
        try:
            status = viewer.get(paths[i % len(paths)]).status_code
            errors += status >= 500
        except httpx.HTTPError:
            errors += 1
        latencies.append(time.monotonic() - started)
        peak = max(peak, rss_mb(pid))
        i += 1
        time.sleep(0.05)
    thread.join()
    return outcome[0], latencies, errors, peak


def _safely(attack, base: str) -> str:
    try:
        return attack(base)
    except Exception as error:  # the attack's own failure is a result to print
        return f"{error.__class__.__name__}: {error}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the attacks whose name holds this text")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="reseau-hostile-"))
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{folder / 'r.db'}", "RESEAU_SECRET_KEY": "cle-de-banc",
           "PYTHONPATH": str(ROOT)}
    reseau = Path(sys.executable).with_name("reseau")
    subprocess.run([str(reseau), "ingest", str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], env=env, check=True,
                   capture_output=True)
    for name, role in (("eddy", "editor"), ("vera", "viewer")):
        subprocess.run([str(reseau), "user", "add", name, "--role", role, "--password-stdin"], input=PASSWORD.encode() + b"\n",
                       env=env, check=True, capture_output=True)
    token = subprocess.run([str(reseau), "user", "token", "eddy"], env=env, check=True, capture_output=True).stdout.decode().strip()
    base, server = start_server(env)
    try:
        signed_in(base, "vera").get("/organisations")
        idle = rss_mb(server.pid)
        print(f"idle server: {idle:.0f} MB")
        print(f"{'attack':42} {'viewer p95':>10} {'max':>7} {'5xx/err':>7} {'peak +MB':>8}  outcome")
        for name, attack in attacks(token).items():
            if args.only and args.only not in name:
                continue
            outcome, latencies, errors, peak = measure(base, server.pid, attack)
            p95 = statistics.quantiles(latencies, n=20, method="inclusive")[18] if len(latencies) >= 2 else latencies[0]
            print(f"{name:42} {p95 * 1000:8.0f} ms {max(latencies) * 1000:5.0f} ms {errors:7d} {peak - idle:8.0f}  {outcome}",
                  flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
