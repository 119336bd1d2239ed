"""The daily digest: collect -> brief each item -> merge duplicates -> rank -> render
-> deliver -> record.

Modules, one job each: ``config`` (TOML, validated), ``collect`` (sources to briefed
items), ``items`` (Item/Story/Edition), ``dedupe`` (identity and near-duplicate
merging), ``rank``, ``state`` (SQLite and the run lock), ``deliver`` (SMTP with
retries), ``run`` (the whole run), ``cron`` (cron parsing), ``schedule`` (APScheduler
and due-time logic), ``timer`` (systemd/cron), ``cli``. Rendering lives in
``briefing.renderers.email``.
"""
