"""The dataset root: a local folder or any fsspec URL (file://, s3://, memory://, ...)."""
from __future__ import annotations

import io
import os
import secrets

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from readouts.errors import ReadoutsError

DEFAULT_ROOT = "./data"


def resolve_root(root: str | None) -> str:
    return root or os.environ.get("READOUTS_DATA") or DEFAULT_ROOT


class RootError(ReadoutsError):
    """The dataset root cannot be used as given (one line for the terminal)."""


EXTRAS = {"s3": "s3", "s3a": "s3", "http": "http", "https": "http"}  # scheme -> the extra that provides it


def _filesystem(url: str):
    # no listing cache on object stores: the writer lock and LATEST must be read fresh every time
    options = {"use_listings_cache": False} if url.split("://", 1)[0] in ("s3", "s3a") else {}
    try:
        return fsspec.core.url_to_fs(url, **options)
    except ImportError:
        scheme = url.split("://", 1)[0]
        extra = EXTRAS.get(scheme)
        hint = f"pip install 'readouts[{extra}]'" if extra else f"install the fsspec driver for {scheme}://"
        raise RootError(f"{scheme}:// roots need a package that is not installed: {hint}") from None
    except ValueError as e:
        raise RootError(f"not a dataset root: {url!r} ({e})") from None


class Root:
    """Thin wrapper over an fsspec filesystem rooted at the dataset root."""

    def __init__(self, root: str | None = None):
        self.url = resolve_root(root)
        self.fs, self.path = _filesystem(self.url)
        self.path = self.path.rstrip("/")
        self.is_local = "file" in self.protocols

    @property
    def protocols(self) -> tuple[str, ...]:
        p = self.fs.protocol
        return p if isinstance(p, tuple) else (p,)

    def check_writable(self) -> None:
        """Refuse a root whose bucket does not exist: a mistyped bucket is never created."""
        if "s3" in self.protocols or "s3a" in self.protocols:
            bucket = self.path.split("/", 1)[0]
            try:
                self.fs.info(bucket)  # not exists(): it answers False for "no credentials" and "no network" too
            except FileNotFoundError:
                raise RootError(f"bucket {bucket!r} of {self.url} does not exist (readouts never creates buckets: "
                                "check the name, or create it first)") from None
            except Exception as e:  # noqa: BLE001 - credentials, network, permissions: say which, in one line
                raise RootError(f"cannot reach the bucket of {self.url}: {type(e).__name__}: "
                                f"{(str(e).splitlines() or [''])[0][:200]}") from None

    def join(self, *parts: str) -> str:
        return "/".join([self.path, *parts])

    def exists(self, *parts: str) -> bool:
        return self.fs.exists(self.join(*parts))

    def read_bytes(self, *parts: str) -> bytes:
        return self.fs.cat_file(self.join(*parts))

    def read_many(self, paths: list[str]) -> list[bytes]:
        """Whole files by full path, in order; on object stores fetched concurrently (a table of many parts)."""
        if self.is_local or len(paths) <= 1:
            return [self.fs.cat_file(p) for p in paths]
        got = self.fs.cat(paths, on_error="raise")
        return [got[p] if p in got else got[self.fs._strip_protocol(p)] for p in paths]

    def write_bytes(self, data: bytes, *parts: str) -> None:
        """Write a file (in a folder nobody else writes to). On a local disk the data is fsynced,
        so a version that LATEST names later survives a power cut, not only a killed process."""
        path = self.join(*parts)
        if self.is_local:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            return
        # no makedirs: object stores have no folders, and s3fs's makedirs would create a missing bucket
        self.fs.pipe_file(path, data)

    def write_atomic(self, data: bytes, *parts: str) -> None:
        """Replace a file in one step: fsynced temporary file + rename on local disks, a single PUT
        on object stores. Readers see the old or the new content, never a mix. The temporary name
        (`<name>.tmp-<pid>-<random>`) is unique per writer, so two writers (processes or threads)
        never share one; a killed writer leaves it behind, and readers never open such names."""
        path = self.join(*parts)
        if self.is_local:
            folder = os.path.dirname(path)
            os.makedirs(folder, exist_ok=True)
            tmp = f"{path}{TMP_MARK}{os.getpid()}-{secrets.token_hex(4)}"
            try:
                with open(tmp, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                with _suppress_oserror():
                    os.unlink(tmp)
                raise
            fsync_dir(folder)
        else:
            self.fs.pipe_file(path, data)

    def listdir(self, *parts: str) -> list[str]:
        path = self.join(*parts)
        if not self.fs.exists(path):
            return []
        return sorted(p.rstrip("/").rsplit("/", 1)[-1] for p in self.fs.ls(path, detail=False))


TMP_MARK = ".tmp-"  # temporary files and staging folders carry this in their name


class _suppress_oserror:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, OSError)


def fsync_dir(path: str) -> None:
    """Make a rename or a new file in `path` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def read_parquet_bytes(data: bytes, columns: list[str] | None = None) -> pa.Table:
    # use_threads=False: Arrow's threaded reader made ~1 process in 4 abort at interpreter exit
    # ("terminate called without an active exception", exit status 134) after two publishes in one
    # process; the tables are read whole from memory, so threads gain little here.
    if columns is not None:  # only those the file has (a version written before a column existed)
        present = set(pq.read_schema(io.BytesIO(data)).names)
        columns = [c for c in columns if c in present]
    return pq.read_table(io.BytesIO(data), use_threads=False, columns=columns)
