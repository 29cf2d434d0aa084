"""How long the network page takes to show 2,000 nodes of the synthetic register (100,000
people) in Debian's Chromium: the first visit (the server gathers and lays out the graph)
and the next one (the same graph, kept). A screenshot is written to look at.

Usage: .venv/bin/python benchmarks/network_draw.py [--filter 'start=2023-01&end=2023-06']
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESEAU = ROOT / ".venv" / "bin" / "reseau"
DB = Path("/tmp/reseau-bench.db")
PASSWORD = "une-phrase-de-passe"
SHOT = Path("/tmp/reseau-network-2000.png")


def main() -> None:
    """Build the register if needed, serve it, and time two visits of the network page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter", default="", help="query string of the page's filters")
    args = parser.parse_args()
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "register.py"), "--db", str(DB), "--build-only"], check=True)
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{DB}", "RESEAU_SECRET_KEY": "bench-key"}
    subprocess.run([str(RESEAU), "user", "add", "bench", "--role", "viewer", "--password-stdin"], input=f"{PASSWORD}\n".encode(),
                   env=env, capture_output=True)
    sys.path.insert(0, str(ROOT))
    from tests.conftest import start_server

    base, server = start_server(env)
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/connexion")
            page.fill("input[name=username]", "bench")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            for visit in ("first visit", "next visit"):
                started = time.perf_counter()
                page.goto(f"{base}/reseau?{args.filter}")
                page.wait_for_function("window.reseauGraph && window.reseauGraph.nodes().length > 0", timeout=600_000)
                page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                nodes = page.evaluate("window.reseauGraph.nodes().length")
                print(f"{visit}: {nodes} nodes drawn in {time.perf_counter() - started:.1f} s")
            page.screenshot(path=str(SHOT))
            print(f"screenshot: {SHOT}")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
