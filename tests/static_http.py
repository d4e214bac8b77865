"""A static web host for a published root, on 127.0.0.1, with HTTP Range requests (as S3 websites, GitHub
Pages or nginx serve them); it records each request's method, path and Range header for the tests."""
from __future__ import annotations

import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


class RangeHandler(SimpleHTTPRequestHandler):
    log: list[tuple[str, str, str | None]]

    def log_message(self, *args):  # quiet
        pass

    def send_head(self):
        self.log.append((self.command, self.path, self.headers.get("Range")))
        path = self.translate_path(self.path)
        if os.path.isdir(path) or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        m = RANGE.match(self.headers.get("Range", "") or "")
        if not m:
            f = open(path, "rb")  # noqa: SIM115 - the base class closes it after copying
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(size))
            self.send_header("Accept-Ranges", "bytes")
            self.end_headers()
            return f
        first, last = m.groups()
        if first == "":  # the last N bytes
            start, end = max(0, size - int(last)), size - 1
        else:
            start, end = int(first), min(size - 1, int(last)) if last else size - 1
        if start > end or start >= size:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.end_headers()
            return None
        with open(path, "rb") as fh:
            fh.seek(start)
            body = fh.read(end - start + 1)
        self.send_response(206)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        import io

        return io.BytesIO(body)


def serve(folder: str) -> tuple[ThreadingHTTPServer, str, list]:
    log: list = []
    handler = type("Handler", (RangeHandler,), {"log": log})

    def make(*args, **kwargs):
        return handler(*args, directory=folder, **kwargs)

    server = ThreadingHTTPServer(("127.0.0.1", 0), make)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}", log
