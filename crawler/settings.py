"""Scrapy settings for auditcrawl.

Scrapy's own settings keep their names; auditcrawl's all start with
``AUDITCRAWL_``. Defaults are polite enough for a live agency site:
robots.txt obeyed, AutoThrottle on, a few requests per host at a time, and a
User-Agent that names the tool and where to read about it.
"""
from crawler import __version__

BOT_NAME = "auditcrawl"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

AUDITCRAWL_CONTACT_URL = "https://github.com/auditcrawl/auditcrawl"
USER_AGENT = f"auditcrawl/{__version__} (+{AUDITCRAWL_CONTACT_URL})"

# Politeness
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
AUDITCRAWL_MAX_CRAWL_DELAY = 30.0  # robots.txt Crawl-delay is honoured up to this many seconds

# Robustness
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_VERIFY_CERTIFICATES = True  # an expired or self-signed certificate is a finding, not "ok"
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
AUDITCRAWL_RETRY_BACKOFF = 0.5  # seconds before the first retry, doubled after each
AUDITCRAWL_MAX_RETRY_AFTER = 30.0  # a longer Retry-After is cut to this
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024  # hard cap: larger bodies are not downloaded at all
DOWNLOAD_WARNSIZE = 0
AUDITCRAWL_MAX_BODY_BYTES = 5 * 1024 * 1024  # HTML longer than this is cut off (noted on the page)
TWISTED_DNS_RESOLVER = "crawler.resolver.ReservedNameResolver"  # .invalid and .test fail at once
COOKIES_ENABLED = True
REDIRECT_ENABLED = False  # the spider follows redirects itself to record every hop, loops included
METAREFRESH_ENABLED = False
DEPTH_LIMIT = 0  # depth is judged by crawler.scope so that cut pages are counted
DEPTH_STATS_VERBOSE = False
# Breadth-first (Scrapy's FAQ): a page's depth is then its fewest clicks from a start URL, so --max-depth and
# --max-pages keep the pages nearest the home page (depth-first, a page first reached by a long chain of links
# was skipped as too deep however near it was); and the frontier holds one level, not every branch's tail.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
DUPEFILTER_DEBUG = False

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.runstate.middleware.ConditionalRequestMiddleware": 560,  # --incremental only
    "crawler.auth.middleware.AuthMiddleware": 650,  # credentials on the site's origins only; before cookies (700)
    # Scrapy's, with every request that waits for robots.txt given the parser (crawler/middlewares.py)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,
}
EXTENSIONS = {
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.throttle.CrawlDelayAutoThrottle": 0,
    "crawler.progress.Progress": 500,
    "scrapy.extensions.telnet.TelnetConsole": None,
}
ITEM_PIPELINES = {
    "crawler.pipelines.AuditPipeline": 300,
}

# The audits, like Scrapy components: path -> order. None switches one off.
AUDITS = {
    "audits.freshness.FreshnessAudit": 100,
    "audits.links.LinkAudit": 200,
    "audits.wcag.WcagAudit": 300,
}

# Where results go; replaceable (a shared store for distributed crawls, say).
AUDITCRAWL_RESULTS_SINK = "reports.results.JsonResultsSink"
AUDITCRAWL_OUT = "auditcrawl-report"
AUDITCRAWL_AS_OF = None  # YYYY-MM-DD; None = today

# Scope and limits
AUDITCRAWL_START_URLS: list[str] = []
AUDITCRAWL_URLS_ONLY = False  # audit the start URLs only, follow no links (--urls-from)
AUDITCRAWL_ALLOW: list[str] = []
AUDITCRAWL_DENY: list[str] = []
AUDITCRAWL_MAX_PAGES = 10000
AUDITCRAWL_MAX_DEPTH = 20
AUDITCRAWL_MAX_URL_LENGTH = 2083
AUDITCRAWL_MAX_REDIRECTS = 10
AUDITCRAWL_MAX_DATE_VARIANTS = 12
AUDITCRAWL_MAX_QUERY_VARIANTS = 200
AUDITCRAWL_SITEMAPS = True
AUDITCRAWL_PROGRESS = False  # the CLI turns it on for terminals

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# --incremental (docs/incremental.md)
AUDITCRAWL_INCREMENTAL = False
AUDITCRAWL_LINK_RECHECK_DAYS = 7
AUDITCRAWL_FULL_EVERY_DAYS = 30
# every auditcrawl audit run (the CLI sets it) records the page state a later --incremental run reuses
AUDITCRAWL_RECORD_PAGE_STATE = False
# per-page costs an unchanged page of a nightly run pays (docs/incremental.md, "Speed")
LOG_FORMATTER = "crawler.logformatter.PageLogFormatter"  # no per-page DEBUG records above LOG_LEVEL DEBUG
CONCURRENT_ITEMS = 8  # Scrapy starts this many tasks per response; one page record per response

# Run state for --resume (crawler/runstate/): the auditcrawl command sets the folder (OUT/run-state)
# and JOBDIR inside it; unset, a crawl keeps no run state (scrapy crawl site).
AUDITCRAWL_RUN_STATE_DIR = None
AUDITCRAWL_RESUME = False  # continue the run whose state is in AUDITCRAWL_RUN_STATE_DIR
DUPEFILTER_CLASS = "crawler.runstate.dupefilter.RunStateDupeFilter"  # a resumed run's done pages are seen
# the spider's discovered URLs and the dupefilter's fingerprints: "disk" (a SQLite file in the run-state folder,
# crawler/runstate/seen.py) or "memory" (Scrapy's sets); a distributed run keeps both in Redis
AUDITCRAWL_SEEN_STORE = "disk"
