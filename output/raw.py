"""The raw archive: every fetched or ingested body, content-addressed, never rewritten.

Layout under <root>/raw/:
  objects/<sha[:2]>/<sha256>    the bytes exactly as received
  index/<run_id>.jsonl          one line per receipt: sha256, input, url, status, headers, fetched_at, bytes

Paths come from hashes and run ids only, never from URLs or input file names. An index file belongs
to one run and is written once, so concurrent runs never touch the same file.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from readouts.ids import SAFE_ID, sha256_hex
from readouts.output.storage import TMP_MARK, Root


@dataclass
class Receipt:
    sha256: str
    input: str
    url: str | None = None
    status: int | None = None
    headers: dict = field(default_factory=dict)
    fetched_at: str | None = None  # ISO-8601 UTC, null for local files
    bytes: int = 0
    source: str | None = None


class RawArchive:
    def __init__(self, root: Root):
        self.root = root

    def object_parts(self, sha: str) -> tuple[str, ...]:
        return ("raw", "objects", sha[:2], sha)

    def put(self, body: bytes, sha: str | None = None) -> str:
        """Store body if new; return its sha256 (`sha`: the caller's hash of body, when it has one).
        Existing objects are never rewritten. The object is written to a unique temporary name and
        renamed (local disks), so a killed writer leaves at most a `*.tmp-*` file that nothing reads,
        never a truncated object under its hash."""
        sha = sha or sha256_hex(body)
        if not self.root.exists(*self.object_parts(sha)):
            self.root.write_atomic(body, *self.object_parts(sha))
        return sha

    def get(self, sha: str) -> bytes:
        return self.root.read_bytes(*self.object_parts(sha))

    def has(self, sha: str) -> bool:
        return self.root.exists(*self.object_parts(sha))

    def check(self) -> tuple[int, list[str]]:
        """(objects checked, problems): every object must hash to its name, and every object a receipt names
        must exist. Temporary files of an interrupted write are not objects."""
        problems: list[str] = []
        n = 0
        for prefix in self.root.listdir("raw", "objects"):
            for name in self.root.listdir("raw", "objects", prefix):
                if TMP_MARK in name:
                    continue
                n += 1
                if sha256_hex(self.root.read_bytes("raw", "objects", prefix, name)) != name:
                    problems.append(f"raw/objects/{prefix}/{name}: bytes do not hash to the name (edited or damaged)")
        for sha in sorted({r.sha256 for r in self.receipts()}):
            if not self.has(sha):
                problems.append(f"raw/objects/{sha[:2]}/{sha}: named by the raw index but missing")
        return n, problems

    def write_index(self, run_id: str, receipts: list[Receipt]) -> None:
        if not SAFE_ID.fullmatch(run_id or ""):  # it becomes a file name: never a path
            raise ValueError(f"not a run id: {run_id!r}")
        if not receipts:
            return
        lines = "".join(json.dumps(asdict(r), ensure_ascii=False, sort_keys=True) + "\n" for r in receipts)
        self.root.write_atomic(lines.encode("utf-8"), "raw", "index", f"{run_id}.jsonl")

    def receipts(self) -> list[Receipt]:
        """Every receipt of every run, oldest run first (index files sort by run id)."""
        out = []
        for name in self.root.listdir("raw", "index"):
            if not name.endswith(".jsonl"):
                continue  # temporary files of an interrupted write
            for line in self.root.read_bytes("raw", "index", name).decode("utf-8").splitlines():
                if line.strip():
                    out.append(Receipt(**json.loads(line)))
        return out


