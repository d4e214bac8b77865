"""A local S3-compatible server (moto's server mode) on 127.0.0.1, started by the tests themselves.

`s3_server()` starts `moto_server` once per test session on a free port and points botocore (and so s3fs,
pandas and the `readouts` subprocesses the tests start) at it through the standard AWS_* variables."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid

ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
       "AWS_EC2_METADATA_DISABLED": "true"}
BUCKET = "readouts-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> tuple[subprocess.Popen, str]:
    port = _free_port()
    exe = shutil.which("moto_server") or os.path.join(os.path.dirname(sys.executable), "moto_server")
    proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, endpoint
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"moto_server exited with {proc.returncode}") from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("moto_server did not start within 30 s")


def new_root() -> str:
    return f"s3://{BUCKET}/{uuid.uuid4().hex[:12]}"
