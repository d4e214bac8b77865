"""Crawl configured sources into the raw archive and a new version; rebuild; single URLs; WARC export.

Flows stay thin; the work is in plain functions (`crawl_source`, `load_state`, `rebuild_inputs`,
`export_warc`) that tests call without Prefect.

Incremental crawling (a daily run costs a few requests, not a re-crawl):
  * listing pages are always requested; paging stops at the first listing page whose article links
    are all known (or older than `since`), once the source has had one complete run;
  * a known article (its URL is in LATEST's documents) is not downloaded again: with revisit =
    "conditional" it gets a conditional request (ETag / Last-Modified from the raw index) and a
    304 costs no body; without validators, or with revisit = "none", it is not requested;
  * `full=True` pages through everything, revisits every known article on the listing pages, and also
    requests every known live article of the source that no listing page shows any more (LATEST's documents
    of the source); conditionally where validators are known. A 404/410 marks the document removed
    (`removed_at`); 5xx, timeouts and robots.txt refusals are failures, as for any article.
A readout the site moved (a redirect, a new CMS path, http -> https) stays one document: the merge
(output.release) ties the new URL to it; its earlier URLs are known here too (documents.previous_urls), so a
stale link to one costs a conditional request at most, and its 404 never marks the moved readout removed.
Every response body (listing pages, robots.txt, errors included) goes to raw/, and one index line
per response records URL, status, headers, fetch time and its role (x-readouts-role: robots |
listing | article), so `rebuild` can tell articles from listing pages without the network.
"""
from __future__ import annotations

import logging
import re
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from readouts.flows.settings import apply_defaults

apply_defaults()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.states import Failed, State  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from readouts.acquire.discover import discover_links, url_date  # noqa: E402
from readouts.acquire.fetch import Fetcher, FetchResult, check_article  # noqa: E402
from readouts.acquire.sources import Source, load_config, parse_since, select  # noqa: E402
from readouts.clock import now_utc, utc_iso  # noqa: E402
from readouts.flows import parallel  # noqa: E402
from readouts.flows.core import process_raw  # noqa: E402
from readouts.flows.rebuild_work import ROLE, RebuildItem, _ts, rebuild_batch, rebuild_failed, rebuild_items  # noqa: E402
from readouts.ids import sha256_hex  # noqa: E402
from readouts.inputs import Outcome, RawInput, failure_row  # noqa: E402
from readouts.output.publish import Collector, RunSummary, publish_run  # noqa: E402
from readouts.output.raw import RawArchive, Receipt  # noqa: E402
from readouts.output.schema import conform  # noqa: E402
from readouts.output.storage import Root  # noqa: E402
from readouts.output.versions import Versions, new_version_id  # noqa: E402
from readouts.transform.pipeline import PARSER_VERSION  # noqa: E402

REBUILD_BATCH = 200
_log = logging.getLogger("readouts.crawl")


# -- what earlier runs know --------------------------------------------------------------------

@dataclass
class Known:
    """Known article URLs (LATEST documents) with their content hash and HTTP validators (raw index)."""

    # input URL, document URL or earlier URL (alias=True) -> {doc_id, url, sha, input, source}
    docs: dict[str, dict] = field(default_factory=dict)
    live: dict[str, list[str]] = field(default_factory=dict)  # source -> input URLs of its documents not removed
    validators: dict[str, dict] = field(default_factory=dict)  # URL -> {etag, last_modified, sha}
    last_runs: dict[str, dict] = field(default_factory=dict)  # source -> its latest runs row
    last_success: dict[str, datetime] = field(default_factory=dict)  # source -> last ok finished_at
    failed: list[str] = field(default_factory=list)  # URLs in LATEST failures (retried by the next run)
    previous_version: str | None = None

    def is_known(self, url: str) -> bool:
        return url in self.docs

    def complete_before(self, source: str) -> bool:
        """Did this source's latest run page through everything? (Only then may paging stop early.)"""
        row = self.last_runs.get(source)
        return bool(row) and row.get("status") == "ok" and not (row.get("message") or "").startswith("incomplete")


def load_state(root_url: str | None) -> Known:
    root = Root(root_url)
    versions = Versions(root)
    k = Known(previous_version=versions.latest())
    if k.previous_version:
        # conform: a version written before documents.previous_urls reads with empty histories
        docs = conform("documents", versions.read_table(k.previous_version, "documents")).select(
            ["doc_id", "input", "url", "content_sha256", "source", "removed_at", "previous_urls"]).to_pylist()
        infos = [{"doc_id": row["doc_id"], "url": row["url"], "sha": row["content_sha256"], "input": row["input"],
                  "source": row["source"]} for row in docs]
        for row, info in zip(docs, infos):
            k.docs[row["input"]] = info
            if row["url"]:
                k.docs.setdefault(row["url"], info)
            if row["removed_at"] is None and row["input"].startswith(("http://", "https://")):
                k.live.setdefault(row["source"], []).append(row["input"])
        for row, info in zip(docs, infos):  # a URL some document has now is never another one's alias
            for u in row["previous_urls"] or []:
                k.docs.setdefault(u, {**info, "alias": True})
        for row in versions.read_table(k.previous_version, "failures").select(["input", "stage"]).to_pylist():
            if row["stage"] == "fetch" and row["input"].startswith(("http://", "https://")):
                k.failed.append(row["input"])
        for row in versions.read_table(k.previous_version, "runs").to_pylist():
            k.last_runs[row["source"]] = row  # rows are in run order
            if row["status"] == "ok" and row["finished_at"] is not None:
                prev = k.last_success.get(row["source"])
                k.last_success[row["source"]] = max(prev, row["finished_at"]) if prev else row["finished_at"]
    for r in RawArchive(root).receipts():
        if (r.headers or {}).get(ROLE) != "article" or r.status not in (200, 304):
            continue
        seen = k.validators.get(r.input, {})
        h = r.headers or {}
        k.validators[r.input] = {"etag": h.get("etag") or (seen.get("etag") if r.status == 304 else None),
                                 "last_modified": h.get("last-modified") or (seen.get("last_modified") if r.status == 304 else None),
                                 "sha": r.sha256}
    return k


# -- one source ------------------------------------------------------------------------------

@dataclass
class SourceResult:
    name: str
    started_at: datetime
    finished_at: datetime | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    receipts: list[Receipt] = field(default_factory=list)  # responses that are not outcomes (listing, robots, 304, errors)
    removed: dict[str, datetime] = field(default_factory=dict)  # article URL -> when it answered 404/410
    requests: int = 0
    listing_pages: int = 0
    articles_found: int = 0
    not_modified: int = 0
    same_content: int = 0
    skipped_known: int = 0
    status: str = "ok"
    message: str | None = None
    capped: list[str] = field(default_factory=list)  # what the per-page and per-run caps left out
    known_requested: int = 0  # known articles requested although no listing page showed them (full)
    article_id: re.Pattern | None = None  # the source's article id pattern (ties a moved readout to its document)


def _receipt(res: FetchResult, role: str, source: str, sha: str | None = None) -> Receipt:
    return Receipt(sha256=sha or sha256_hex(res.body), input=res.url, url=res.final_url, status=res.status,
                   headers={**res.headers, ROLE: role}, fetched_at=utc_iso(res.fetched_at), bytes=len(res.body),
                   source=source)


def crawl_source(source: Source, root_url: str | None, known: Known, *, full: bool = False,
                 since: date | None = None, log: logging.Logger | None = None,
                 fetcher: Fetcher | None = None, retry_urls: list[str] | None = None) -> SourceResult:
    """Discover and fetch one source's new and changed articles; archive every response body."""
    log = log or _log
    archive = RawArchive(Root(root_url))
    out = SourceResult(source.name, started_at=now_utc(), article_id=source.article_id)
    since = since or source.since
    incremental = not full and known.complete_before(source.name)

    def archive_response(role: str, res: FetchResult) -> None:
        if res.status is None:
            return  # no response, nothing to store (the failure row says what happened)
        out.receipts.append(_receipt(res, role, source.name, sha=archive.put(res.body)))

    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher.for_source(source, on_response=archive_response)
    if fetcher.on_response is None:
        fetcher.on_response = archive_response
    try:
        articles = _discover(source, fetcher, known, out, incremental, since, archive_response, log)
        # articles that failed before are retried even when paging stopped before their listing page
        seen = set(articles)
        retry = [u for u in (retry_urls if retry_urls is not None else known.failed)
                 if source.is_article(u) and source.host_allowed(u) and u not in seen and not known.is_known(u)]
        if retry:
            log.info("%s: retrying %d article(s) that failed before", source.name, len(retry))
        articles += retry
        if full:  # every known live article, listed or not: a 404/410 is how a deletion shows
            unlisted = _known_unlisted(source, known, set(articles), since)
            if unlisted:
                log.info("%s: full crawl: requesting %d known article(s) no listing page shows", source.name, len(unlisted))
            out.known_requested = len(unlisted)
            articles += unlisted
        if len(articles) > source.max_articles:
            out.capped.append(f"{len(articles)} articles to request, first {source.max_articles} kept (max_articles)")
            articles = articles[:source.max_articles]
        _fetch_articles(source, fetcher, known, out, articles, full, archive, archive_response, log)
    finally:
        out.requests = fetcher.requests
        if own_fetcher:
            fetcher.close()
    if out.capped and out.status == "ok":  # the rest waits for the next run; the run says so
        out.message = "; ".join(filter(None, [out.message, "incomplete: " + "; ".join(out.capped)]))
    if out.listing_pages and not out.articles_found and out.status == "ok":
        out.status, out.message = "failed", "listing pages held no links matching article_pattern (site or patterns changed?)"
    out.finished_at = now_utc()
    return out


def _known_unlisted(source: Source, known: Known, listed: set[str], since: date | None) -> list[str]:
    """The source's known live articles (input URLs of LATEST's documents not removed) that this run has not
    planned: not listed, and neither their canonical URL; off-host URLs and, with `since`, older ones left out."""
    out = []
    for u in known.live.get(source.name, []):
        info = known.docs.get(u) or {}
        if u in listed or info.get("url") in listed or not source.host_allowed(u):
            continue
        d = url_date(u)
        if since and d and d < since:
            continue
        out.append(u)
    return out


def _discover(source, fetcher, known, out, incremental, since, archive_response, log) -> list[str]:  # noqa: C901 - over the complexity budget; to be split
    visited: set[str] = set()
    articles: dict[str, None] = {}
    listing_failures = 0
    capped = False
    for start in source.start_urls:
        chain = deque([start])
        queued = {start}
        while chain:
            if out.listing_pages >= source.max_pages:
                capped = True
                break
            url = chain.popleft()
            if url in visited:
                continue
            visited.add(url)
            res = fetcher.fetch(url)
            out.listing_pages += 1
            archive_response("listing", res)
            if not res.ok:
                listing_failures += 1
                out.failures.append(failure_row(url, "fetch", res.error_type or f"HTTP{res.status}",
                                                f"listing page: {res.describe()}"))
                continue
            links = discover_links(res.body, res.final_url, source, res.headers)
            page_articles = []
            old = 0
            for a in links.articles:
                d = url_date(a)
                if since and d and d < since:
                    old += 1
                    continue
                page_articles.append(a)
            if len(page_articles) > source.max_articles_per_page:  # a generated list of 10,000 links is a trap
                log.warning("%s: %s lists %d article links; the first %d are kept (max_articles_per_page)",
                            source.name, url, len(page_articles), source.max_articles_per_page)
                out.capped.append(f"{url}: {len(page_articles)} article links, first {source.max_articles_per_page} kept")
                page_articles = page_articles[:source.max_articles_per_page]
            out.articles_found += len(links.articles)
            for a in page_articles:
                articles.setdefault(a, None)
            nothing_new = bool(links.articles) and all(known.is_known(a) for a in page_articles)
            if since and links.articles and old == len(links.articles):
                log.info("%s: %s lists only articles older than %s: stop paging", source.name, url, since)
                chain.clear()
                continue
            if incremental and nothing_new:
                log.info("%s: %s lists only known articles: stop paging", source.name, url)
                chain.clear()
                continue
            for nxt in links.listings:
                if nxt not in visited and nxt not in queued:
                    queued.add(nxt)
                    chain.append(nxt)
        if capped:
            break
    if not out.listing_pages or listing_failures == out.listing_pages:
        out.status = "failed"
        out.message = f"no listing page could be fetched ({listing_failures} failed)"
    elif capped or listing_failures:
        out.message = "incomplete: " + ", ".join(
            ([f"max_pages={source.max_pages} reached"] if capped else [])
            + ([f"{listing_failures} listing page(s) failed"] if listing_failures else []))
    return list(articles)


def _fetch_articles(source, fetcher, known, out, articles, full, archive, archive_response, log) -> None:
    plan: list[tuple[str, dict]] = []
    for url in articles:
        if not known.is_known(url):
            plan.append((url, {}))
            continue
        v = known.validators.get(url) or {}
        # validators count only when they belong to the body the published version holds (a run
        # that archived a newer body but never published must not turn that change into a 304)
        stale = bool(v.get("sha")) and v["sha"] != known.docs[url]["sha"]
        has_validators = bool(v.get("etag") or v.get("last_modified")) and not stale
        if source.revisit == "conditional" and has_validators:
            plan.append((url, {"etag": v.get("etag"), "last_modified": v.get("last_modified")}))
        elif full or stale:
            plan.append((url, {}))
        else:
            out.skipped_known += 1

    def one(item):
        url, cond = item
        return url, fetcher.fetch(url, **cond)

    processed_final: set[str] = set()
    planned = {u for u, _ in plan}
    confirm: list[tuple[str, dict]] = []  # canonical URLs to ask before a document is marked removed
    with ThreadPoolExecutor(max_workers=max(1, source.concurrency), thread_name_prefix=f"fetch-{source.name}") as pool:
        for url, res in pool.map(one, plan):
            info = known.docs.get(url) or {}
            canon = info.get("url")
            if (res.gone and res.error_type is None and info and not info.get("alias") and canon and canon != url
                    and canon not in planned and source.host_allowed(canon)):
                # the URL it was requested at is gone, but the readout may live on at its canonical URL
                # (a redirect the site dropped): only a 404/410 there too marks it removed
                archive_response("article", res)
                planned.add(canon)
                confirm.append((canon, {}))
                continue
            _handle_article(source, known, out, url, res, processed_final, archive, archive_response)
        for url, res in pool.map(one, confirm):
            _handle_article(source, known, out, url, res, processed_final, archive, archive_response)


def _handle_article(source, known, out, url, res: FetchResult, processed_final, archive, archive_response) -> None:
    info = known.docs.get(url)
    if res.not_modified:
        out.not_modified += 1
        sha = (info or {}).get("sha") or (known.validators.get(url) or {}).get("sha")
        out.receipts.append(_receipt(res, "article", source.name, sha=sha))
        return
    if res.status is not None and not res.ok and res.error_type is None and res.gone and info is not None:
        archive_response("article", res)
        if not info.get("alias"):  # an earlier URL of a moved readout may go: the readout lives on
            out.removed[url] = res.fetched_at
        return
    if res.error_type is not None or not res.ok:
        archive_response("article", res)
        out.failures.append(failure_row(url, "fetch", res.error_type or f"HTTP{res.status}", res.describe(),
                                        sha256_hex(res.body) if res.status is not None else None))
        return
    sha = archive.put(res.body)
    bad = check_article(res.body, res.headers)
    if bad:
        out.receipts.append(_receipt(res, "article", source.name, sha=sha))
        out.failures.append(failure_row(url, "fetch", bad[0], f"not an article: {bad[1]}", sha))
        return
    if info is not None and info["sha"] == sha:
        out.same_content += 1
        out.receipts.append(_receipt(res, "article", source.name, sha=sha))
        return
    if res.final_url != url and res.final_url in processed_final:
        out.receipts.append(_receipt(res, "article", source.name, sha=sha))
        return  # a second link to a page this run already has
    processed_final.add(res.final_url)
    raw = RawInput(input=url, body=res.body, url=res.final_url, headers=res.headers, status=res.status,
                   fetched_at=res.fetched_at, source=source.name, sha256=sha)
    outcome = process_raw(raw)
    if outcome.receipt is not None:
        outcome.receipt.headers[ROLE] = "article"
    out.outcomes.append(outcome)


def run_rows(run_id: str, results: list[SourceResult], known: Known, kind: str = "crawl") -> list[dict]:
    """One `runs` row per source: what it requested and found, and when it last succeeded.

    new, changed and removed are left to the merge (output.release), which decides which document each page
    is (a moved readout is its earlier document, changed, not a new one) and which documents it marks
    removed, for the run summary and this row alike; `unchanged` starts with the 304s and same bodies."""
    rows = []
    for r in results:
        failed = len(r.failures) + sum(1 for o in r.outcomes if o.failure is not None)
        finished = r.finished_at or now_utc()
        last = finished if r.status == "ok" else known.last_success.get(r.name)
        rows.append({"run_id": run_id, "kind": kind, "source": r.name, "started_at": r.started_at,
                     "finished_at": finished, "pages_requested": r.requests, "new": None, "changed": None,
                     "unchanged": r.not_modified + r.same_content, "failed": failed,
                     "removed": None, "status": r.status, "message": r.message, "last_success_at": last})
    return rows


def article_ids(results: list[SourceResult]):
    """A document row -> its article id, from the URLs it has had and its source's `article_id` pattern."""
    patterns = {r.name: r.article_id for r in results if r.article_id is not None}

    def article_id(doc: dict) -> str | None:
        rx = patterns.get(doc.get("source") or "")
        if rx is None:
            return None
        for u in (doc.get("url"), doc.get("input"), *(doc.get("previous_urls") or [])):
            m = rx.search(u) if u else None
            if m and m.group(1):
                return m.group(1)
        return None

    return article_id


def removed_by_url(results: list[SourceResult], known: Known) -> dict:
    """404/410 article URLs -> time, keyed by the fetched URL and by the document's canonical URL."""
    removed = {}
    for r in results:
        for url, when in r.removed.items():
            removed[url] = when
            info = known.docs.get(url)
            if info and info.get("url"):
                removed[info["url"]] = when
    return removed


# -- Prefect: crawl ------------------------------------------------------------------------------

@task(name="load-state", cache_policy=NO_CACHE, persist_result=False)
def load_state_task(root_url: str | None) -> Known:
    return load_state(root_url)


@task(name="crawl-source", cache_policy=NO_CACHE, persist_result=False, retries=0)
def crawl_source_task(source: Source, root_url: str | None, known, full: bool, since: date | None,
                      retry_urls: list[str]) -> SourceResult:
    # no Prefect retries here: the fetcher retries each request (bounded, with backoff), and
    # re-running a whole source would request every page again
    return crawl_source(source, root_url, known, full=full, since=since, log=get_run_logger(), retry_urls=retry_urls)


def assign_failed(sources: list[Source], failed: list[str]) -> dict[str, list[str]]:
    """Each earlier failed URL is retried by one source only: the first whose patterns claim it."""
    out: dict[str, list[str]] = {s.name: [] for s in sources}
    for u in dict.fromkeys(failed):
        for s in sources:
            if s.is_article(u) and s.host_allowed(u):
                out[s.name].append(u)
                break
    return out


def unique_failures(failures: list[dict]) -> list[dict]:
    """One failure row per input (the last one): two sources may reach the same URL."""
    return list({f["input"]: f for f in failures}.values())


@task(name="publish-crawl", cache_policy=NO_CACHE, persist_result=False, retries=2, retry_delay_seconds=10)
def publish_crawl(results, known, root_url: str | None, run_id: str, kind: str = "crawl") -> RunSummary:
    # retried by Prefect: a publish either completes or leaves LATEST untouched, so a retry is safe
    everything = [o for r in results for o in r.outcomes]
    # sources with overlapping patterns may reach one URL twice: one row per input, a document first
    outcomes = list({o.input: o for o in sorted(everything, key=lambda o: o.records is not None)}.values())
    taken = {o.input for o in outcomes}
    failures = [f for f in unique_failures([f for r in results for f in r.failures]) if f["input"] not in taken]
    receipts = [o.receipt for o in everything if o.receipt is not None] + [x for r in results for x in r.receipts]
    receipts.sort(key=lambda x: x.fetched_at or "")
    RawArchive(Root(root_url)).write_index(run_id, receipts)  # idempotent: same run id, same content
    rows = run_rows(run_id, results, known, kind)
    summary = publish_run(root_url, run_id, outcomes, failures, parser_version=PARSER_VERSION,
                          manifest_extra={"kind": kind, "requests": {r.name: r.requests for r in results}},
                          runs=rows, removed=removed_by_url(results, known), write_index=False,
                          attempted={x.input for x in receipts}, article_id=article_ids(results))
    # the rows as published: their new / changed / removed were decided by the merge, like the summary's
    summary.extra = {"runs": summary.runs, "requests": sum(r.requests for r in results)}
    return summary


@flow(name="crawl", log_prints=False)
def crawl(sources: list[str] | None = None, sources_file: str | None = None, data: str | None = None,
          since: str | None = None, full: bool = False) -> RunSummary | State:
    """Crawl the configured sources (all, or those named) into a new version."""
    log = get_run_logger()
    cfg = load_config(sources_file)
    chosen = select(cfg, sources)
    since_d = parse_since(since, "--since") if since else None
    run_id = new_version_id()
    known = load_state_task(data)
    retry = assign_failed(chosen, known.failed)
    futures = [(s, crawl_source_task.submit(quote(s), data, quote(known), full, since_d, quote(retry[s.name])))
               for s in chosen]
    results: list[SourceResult] = []
    for s, fut in futures:
        try:
            results.append(fut.result())
        except Exception as e:  # one failing source never stops the others; it is reported
            log.error("source %s failed: %s", s.name, e)
            now = now_utc()
            results.append(SourceResult(s.name, started_at=now, finished_at=now, status="failed",
                                        message=f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:300]))
    for r in results:
        log.info("%s: %d requests, %d listing pages, %d outcomes, %d failures, %d not modified, %d known articles "
                 "requested although unlisted, status %s", r.name, r.requests, r.listing_pages, len(r.outcomes),
                 len(r.failures), r.not_modified, r.known_requested, r.status)
    summary = publish_crawl(quote(results), quote(known), data, run_id)
    failed = [r.name for r in results if r.status != "ok"]
    if failed:  # the others were published, but the run is Failed so that Prefect's alerts fire
        return Failed(message=f"{len(failed)} source(s) could not be crawled: {', '.join(failed)}; version "
                              f"{summary.version} holds the others", data=summary)
    return summary


# -- Prefect: one URL ----------------------------------------------------------------------------

@flow(name="process-url")
def process_url(url: str, data: str | None = None) -> RunSummary:
    """One article URL through the same steps as a crawl (polite fetch, archive, content check, publish)."""
    host = (urlsplit(url).hostname or "").lower()
    src = Source(name=host or "url", start_urls=[url], article_pattern=_any(), follow_pattern=_none(),
                 allowed_hosts=[host], rate=1.0, concurrency=1, max_attempts=3, backoff=1.0, max_backoff=30.0)
    known = load_state(data)
    out = SourceResult(src.name, started_at=now_utc())
    archive = RawArchive(Root(data))

    def archive_response(role, res):
        if res.status is not None:
            out.receipts.append(_receipt(res, role, src.name, sha=archive.put(res.body)))

    with Fetcher.for_source(src, on_response=archive_response) as fetcher:
        # a single document is always fetched in full (a re-run after a parser fix must see the page)
        res = fetcher.fetch(url)
        _handle_article(src, Known(docs={}), out, url, res, set(), archive, archive_response)
        if res.gone and url in known.docs:
            out.failures = [f for f in out.failures if f["input"] != url]
            if not known.docs[url].get("alias"):  # an earlier URL of a moved readout: the readout lives on
                out.removed[url] = res.fetched_at
        out.requests = fetcher.requests
    out.finished_at = now_utc()
    run_id = new_version_id()
    outcomes = out.outcomes
    receipts = [o.receipt for o in outcomes if o.receipt is not None] + out.receipts
    archive.write_index(run_id, receipts)
    summary = publish_run(data, run_id, outcomes, out.failures, parser_version=PARSER_VERSION,
                          manifest_extra={"kind": "process-url"}, removed=removed_by_url([out], known),
                          write_index=False)
    summary.extra = {"requests": out.requests}
    return summary


def _any():
    import re

    return re.compile(".")


def _none():
    import re

    return re.compile(r"(?!)")


# -- rebuild: the raw archive alone, the current parser -----------------------------------------------

@dataclass
class RebuildPlan:
    inputs: list[tuple[Receipt, datetime | None]]  # the receipt to process, and removed_at if gone since
    failures: list[dict]  # inputs whose only bodies are not articles


def rebuild_inputs(root_url: str | None) -> RebuildPlan:
    """Per input, the newest archived article body (2xx, passes the content check); listing pages,
    robots.txt, error bodies and 304s are skipped. An input that ever answered 404/410 is marked removed
    from the first such answer on (removal is a fact about the URL, as in every published version)."""
    archive = RawArchive(Root(root_url))
    by_input: dict[str, list[Receipt]] = {}
    for r in archive.receipts():
        role = (r.headers or {}).get(ROLE)
        if role in ("listing", "robots"):
            continue
        by_input.setdefault(r.input, []).append(r)
    plan = RebuildPlan([], [])
    for inp, rs in by_input.items():
        rs.sort(key=lambda r: r.fetched_at or "")
        good = None
        last_bad = None
        missing = None
        gone_at = None
        for r in rs:
            role = (r.headers or {}).get(ROLE)
            if r.status in (404, 410):
                if good is not None:  # only a known article can be removed
                    gone_at = gone_at or _ts(r.fetched_at)
                continue
            if r.status is not None and not 200 <= r.status < 300:
                continue  # 304s confirm an earlier body; 5xx bodies are not documents
            if not archive.has(r.sha256):
                missing = r  # an index entry whose body is gone: never a silent drop
                continue
            if role == "article":  # the crawl content-checked these; ingested files and WARCs were not
                bad = check_article(archive.get(r.sha256), r.headers)
                if bad:
                    last_bad = (r, bad)
                    continue
            good = r  # removed_at stays once set, as in every published version (output.release)
        if good is not None:
            plan.inputs.append((good, gone_at))
        elif last_bad is not None:
            r, bad = last_bad
            plan.failures.append(failure_row(inp, "fetch", bad[0], f"not an article: {bad[1]}", r.sha256))
        elif missing is not None:
            plan.failures.append(failure_row(inp, "archive", "MissingRawObject",
                                             f"raw object {missing.sha256} is missing from raw/objects", missing.sha256))
    return plan


def rebuild_in_pool(items: list[RebuildItem], root_url: str | None, *, workers: int, chunk: int,
                    on_done=None, process=rebuild_items, sink=None) -> list[Outcome]:
    """rebuild_batch over every item on `workers` processes (flows/parallel.py), `chunk` items a sub-batch:
    the same outcomes in the same order as in one process; an item whose worker dies is a failure row of its
    input, never lost. `process(items, archive)` must be importable by name (tests inject crashes with it)."""
    return parallel.run_in_pool(items, process, (root_url,), setup=parallel.with_archive, workers=workers,
                                chunk=chunk, failed=rebuild_failed, on_done=on_done, sink=sink,
                                preload=["readouts.flows.rebuild_work"])  # no Prefect in the workers' forkserver


def rebuild_outcomes(items: list[RebuildItem], data: str | None, batch_size: int, workers: int | None) -> Collector:
    """Every item's outcomes, collected in input order as they come (memory follows a batch): in a pool of worker
    processes (default one per core), or batch by batch in this process (workers=1, or too few items to pay
    for starting workers)."""
    n = parallel.plan_workers(workers, len(items))
    if n > 1:
        get_run_logger().info("rebuild: %d worker processes", n)
        return rebuild_in_pool_task(quote(items), data, n, batch_size)
    collected = Collector()
    for i in range(0, len(items), batch_size):
        collected.add(rebuild_batch_task(quote(items[i:i + batch_size]), data))
    return collected


@task(name="rebuild-batch", cache_policy=NO_CACHE, persist_result=False)
def rebuild_batch_task(items, root_url: str | None) -> list[Outcome]:
    return rebuild_batch(items, root_url)


@task(name="rebuild-in-pool", cache_policy=NO_CACHE, persist_result=False, retries=0)
def rebuild_in_pool_task(items, root_url: str | None, workers: int, batch_size: int) -> Collector:
    """Every item through `workers` worker processes started for this run (flows/parallel.py)."""
    from readouts.transform.syntax import installed_model

    installed_model()  # a missing or wrong model stops the run here, in one line, before any worker starts
    collected = Collector()
    rebuild_in_pool(items, root_url, workers=workers, chunk=parallel.chunk_size(len(items), workers, batch_size),
                    sink=collected.add)
    return collected


@flow(name="rebuild")
def rebuild(data: str | None = None, batch_size: int = REBUILD_BATCH, workers: int | None = None) -> RunSummary:
    """A new version from the raw archive alone (no network), with the current parser.

    workers: processes for the parsing (default one per core; 1: in this process, batch_size items a task)."""
    log = get_run_logger()
    started = now_utc()
    plan = rebuild_inputs(data)
    log.info("rebuild: %d archived inputs", len(plan.inputs))
    collected = rebuild_outcomes(plan.inputs, data, batch_size, workers)
    # failures the archive cannot explain (timeouts, refused connections) stay on record
    versions = Versions(Root(data))
    prev = versions.latest()
    rebuilt = collected.run.attempted_inputs | {f["input"] for f in plan.failures}
    carried = []
    if prev:
        carried = [f for f in versions.read_table(prev, "failures").to_pylist() if f["input"] not in rebuilt]
    run_id = new_version_id()
    ok = collected.outcomes - collected.failed
    row = {"run_id": run_id, "kind": "rebuild", "source": "raw-archive", "started_at": started,
           "finished_at": now_utc(), "pages_requested": 0, "new": None, "changed": None,
           "unchanged": None, "failed": collected.failed + len(plan.failures), "removed": None,
           "status": "ok", "message": f"rebuilt {ok} documents from {len(plan.inputs)} archived inputs",
           "last_success_at": None}
    summary = publish_run(data, run_id, collected, plan.failures + carried, parser_version=PARSER_VERSION,
                          manifest_extra={"kind": "rebuild"}, runs=[row], from_scratch=True, write_index=False)
    summary.extra = {"runs": [row], "requests": 0}
    return summary


# -- WARC export ------------------------------------------------------------------------------

def export_warc(root_url: str | None, out_path: str, *, articles_only: bool = False,
                problems: list[str] | None = None) -> tuple[int, int]:
    """Write the raw archive as WARC response records (one per distinct URL, body and status).

    Returns (records written, receipts skipped: local files without a URL, 304s), and each archived body
    that could not be exported (missing, or not hashing to its name) is named in `problems`."""
    from readouts.acquire.warc import write_warc

    archive = RawArchive(Root(root_url))
    skipped = [0]

    def items():
        seen: set[tuple] = set()
        for r in archive.receipts():
            role = (r.headers or {}).get(ROLE)
            if articles_only and role not in (None, "article"):
                continue
            key = (r.url or r.input, r.sha256, r.status)
            if key in seen:
                continue
            seen.add(key)
            url = r.url or (r.input if r.input.startswith(("http://", "https://")) else None)
            if url is None or r.status == 304:
                skipped[0] += 1
                continue
            body = archive.get(r.sha256) if archive.has(r.sha256) else None
            if body is None or sha256_hex(body) != r.sha256:
                if problems is not None:
                    problems.append(f"{url}: raw object {r.sha256} is " + ("missing" if body is None else "altered"))
                continue
            headers = {k: v for k, v in (r.headers or {}).items() if k != ROLE}
            yield url, body, headers, r.status or 200, _warc_date(r.fetched_at)

    n = write_warc(out_path, items())
    return n, skipped[0]


def _warc_date(iso: str | None) -> str | None:
    if not iso:
        return None
    ts = datetime.fromisoformat(iso).astimezone(UTC)
    return ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if ts.microsecond else ts.strftime("%Y-%m-%dT%H:%M:%SZ")


__all__ = ["crawl", "rebuild", "process_url", "export_warc", "crawl_source", "load_state", "Known", "SourceResult",
           "rebuild_inputs", "run_rows"]
