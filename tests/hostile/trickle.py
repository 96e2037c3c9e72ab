"""A loopback server that trickles its response headers: one line every ``interval`` seconds.

Used by the fetcher's deadline test, the web server's starvation test and benchmarks/hostile_cases.py:
a client must give up at its deadline, whatever the server keeps sending.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _drip(conn: socket.socket, stop: threading.Event, lines: int, interval: float) -> None:
    try:
        conn.recv(4096)
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for i in range(lines):
            if stop.wait(interval):
                break
            conn.sendall(f"X-Drip-{i}: a\r\n".encode())
    except OSError:
        pass
    finally:
        conn.close()


@contextmanager
def trickling_server(lines: int, interval: float) -> Iterator[int]:
    """Serve every connection a status line, then ``lines`` header lines ``interval`` s apart; yields the port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            threading.Thread(target=_drip, args=(conn, stop, lines, interval), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield sock.getsockname()[1]
    finally:
        stop.set()
        sock.close()
