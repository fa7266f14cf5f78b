"""A real HTTP server on 127.0.0.1 in a thread, answering with scripted statuses."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """`answer(path, 200, 404, ...)` scripts the statuses of the next requests to `path`
    (the last one repeats); `head_status` overrides HEAD answers per path. Requests are
    recorded in `received`."""

    def __init__(self) -> None:
        self.scripts: dict[str, deque[int]] = defaultdict(lambda: deque([200]))
        self.head_status: dict[str, int] = {}
        self.redirects: dict[str, str] = {}  # path -> Location of a 302
        self.delay = 0.0  # seconds each answer takes
        self.in_flight = self.most_in_flight = 0
        self.received: list[Received] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server.lock:
                    server.in_flight += 1
                    server.most_in_flight = max(server.most_in_flight, server.in_flight)
                time.sleep(server.delay)
                with server.lock:
                    server.in_flight -= 1
                    server.received.append(
                        Received(self.command, self.path, dict(self.headers.items()), body)
                    )
                    location = server.redirects.get(self.path)
                    if location:
                        status = 302
                    elif self.command == "HEAD" and self.path in server.head_status:
                        status = server.head_status[self.path]
                    else:
                        script = server.scripts[self.path]
                        status = script.popleft() if len(script) > 1 else script[0]
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Length", "2")
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(b"ok")

            do_GET = do_HEAD = do_POST = _answer

            def log_message(self, *args) -> None:  # keep test output clean
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def answer(self, path: str, *statuses: int) -> None:
        self.scripts[path] = deque(statuses)

    def requests_to(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]

    def __enter__(self) -> ScriptedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
