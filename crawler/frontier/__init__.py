"""A crawl frontier shared in Redis (scrapy-redis) by a coordinator and any number of workers.

- ``connection``: ``redis://`` URLs, the password, one-line failures;
- ``run``: the run's keys, workers, heartbeats, leases and when the crawl is over;
- ``scheduler``: scrapy-redis's scheduler whose pop leases the request;
- ``shared``: the spider's cross-page state in Redis;
- ``sinks``: results from the workers to the coordinator through Redis;
- ``resume``: ``--resume`` of a run whose coordinator was stopped;
- ``extension``: the Scrapy extension that ties them to a crawl;
- ``commands``: ``auditcrawl audit --frontier`` and ``auditcrawl worker``.

See docs/scaling.md.
"""
