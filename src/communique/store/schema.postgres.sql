-- The Communiqué store in PostgreSQL's dialect (store/postgres.py): the tables, columns and
-- named migrations of schema.sql, one for one (tests/store/test_postgres.py compares them).
-- Types: DOUBLE is DOUBLE PRECISION; UBIGINT (64-bit hashes) is NUMERIC(20, 0), PostgreSQL having
-- no unsigned integers; JSON stays `json`, which keeps the text as written.
-- Migrations are applied in order and recorded in `migrations`; append, never edit.

-- migration: 001_initial
CREATE TABLE IF NOT EXISTS articles (
    id          VARCHAR PRIMARY KEY,
    path        VARCHAR,
    url         VARCHAR,
    title       VARCHAR,
    published   DATE,
    outlet      VARCHAR,
    byline      VARCHAR,
    credits     VARCHAR[],
    language    VARCHAR,
    text        VARCHAR NOT NULL,
    record      JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    article_id      VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    id              VARCHAR NOT NULL,
    event_type      VARCHAR,
    mode            VARCHAR,
    cameo           VARCHAR,
    quad_class      INTEGER,
    goldstein       DOUBLE PRECISION,
    actor           VARCHAR,      -- CAMEO actor codes of the actor side, joined by "+"
    recipient       VARCHAR,
    date            VARCHAR,      -- TIMEX3-style value at its precision: 2025-04-10, 2025-02, 2022
    date_precision  VARCHAR,
    status          VARCHAR,
    location        VARCHAR,
    country         VARCHAR,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    sentence        INTEGER,
    start           INTEGER,
    "end"           INTEGER,
    evidence        VARCHAR,
    trigger         VARCHAR,
    rule            VARCHAR,
    confidence      DOUBLE PRECISION,
    record          JSON NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    kind        VARCHAR,
    cue         VARCHAR,
    speaker     VARCHAR,
    speaker_code VARCHAR,
    sentence    INTEGER,
    start       INTEGER,
    "end"       INTEGER,
    text        VARCHAR,
    record      JSON NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS timexes (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    type        VARCHAR,
    value       VARCHAR,
    sentence    INTEGER,
    start       INTEGER,
    "end"       INTEGER,
    text        VARCHAR,
    record      JSON NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS places (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    name        VARCHAR,
    geonameid   BIGINT,
    country     VARCHAR,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    role        VARCHAR,
    sentence    INTEGER,
    start       INTEGER,
    "end"       INTEGER,
    text        VARCHAR,
    record      JSON NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    name        VARCHAR,
    code        VARCHAR,
    sector      VARCHAR,
    cameo       VARCHAR,
    role        VARCHAR,
    entity      INTEGER,
    sentence    INTEGER,
    start       INTEGER,
    "end"       INTEGER,
    text        VARCHAR,
    record      JSON NOT NULL,
    PRIMARY KEY (article_id, idx)
);

-- migration: 002_incidents
-- Cross-article incidents (store/incidents.py): a real event and the reports of it. Derived
-- from `events`; recomputed for the blocks a write touches. `incident_events` holds what the
-- linker compares of each linkable event, `incident_blocks` the keys candidates meet on.
CREATE TABLE IF NOT EXISTS incident_events (
    eid             NUMERIC(20, 0) PRIMARY KEY,   -- hash of article_id and idx
    article_id      VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    event_id        VARCHAR,
    event_type      VARCHAR,
    cameo           VARCHAR,
    root            VARCHAR,               -- CAMEO root, two digits
    status          VARCHAR,
    planned         BOOLEAN,               -- a report of a plan, not of a happening
    date            VARCHAR,
    date_precision  VARCHAR,
    lo              DATE,                  -- the days the event's own date may be, [lo, hi]
    hi              DATE,
    exact_day       BOOLEAN,               -- dated to one day by the text itself
    actor_parts     VARCHAR[],             -- "COUNTRY:SECTOR-GROUP" of each part of the side
    recipient_parts VARCHAR[],
    actor_full      VARCHAR[],             -- the parts that have a sector
    recipient_full  VARCHAR[],
    actor_bare      VARCHAR[],             -- the countries of parts without a sector
    recipient_bare  VARCHAR[],
    actor_codes     VARCHAR[],             -- the countries of every part
    recipient_codes VARCHAR[],
    reciprocal      BOOLEAN,   -- its sides may be reported either way round
    names           NUMERIC(20, 0)[],             -- hashes (md5, upper 64 bits) of the named parties
    words           NUMERIC(20, 0)[],             -- hashes of the evidence's content words
    trigger         VARCHAR,
    geonameid       BIGINT,
    place_country   VARCHAR,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    area            BOOLEAN,
    actor           VARCHAR,
    recipient       VARCHAR,
    location        VARCHAR,
    sentence        INTEGER,
    evidence        VARCHAR,
    mentions        INTEGER,
    published       DATE,
    outlet          VARCHAR
);

CREATE TABLE IF NOT EXISTS incident_blocks (
    bkey    NUMERIC(20, 0) NOT NULL,   -- hash of "x|type|A|B" (a country pair) or "c|type|A" (one country)
    pair    BOOLEAN NOT NULL,   -- a country-pair key
    by_root BOOLEAN NOT NULL,   -- keyed by CAMEO root, not by PLOVER type
    event_type VARCHAR,
    wild    BOOLEAN NOT NULL,   -- a one-country key of an event with a side missing
    eid     NUMERIC(20, 0) NOT NULL,
    lo      DATE,
    hi      DATE,
    coarse  BOOLEAN,            -- dated no closer than a month
    pub     DATE
);

CREATE TABLE IF NOT EXISTS incidents (
    id              VARCHAR PRIMARY KEY,
    component       NUMERIC(20, 0) NOT NULL,      -- the linked group recomputed together
    status          VARCHAR,               -- asserted, reported, planned
    fulfilled_by    VARCHAR,               -- a planned incident: the incident that carried it out
    event_type      VARCHAR,
    cameo           VARCHAR,
    actor           VARCHAR,
    recipient       VARCHAR,
    date            VARCHAR,
    date_precision  VARCHAR,
    location        VARCHAR,
    country         VARCHAR,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    num_mentions    INTEGER,
    num_articles    INTEGER,
    num_sources     INTEGER,
    first_report    DATE,
    last_report     DATE,
    evidence        VARCHAR,
    evidence_article_id VARCHAR
);

CREATE TABLE IF NOT EXISTS incident_reports (
    incident_id VARCHAR NOT NULL,
    component   NUMERIC(20, 0) NOT NULL,
    eid         NUMERIC(20, 0) NOT NULL,
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    event_id    VARCHAR,
    sentence    INTEGER,
    evidence    VARCHAR,
    mentions    INTEGER,
    published   DATE,
    outlet      VARCHAR,
    PRIMARY KEY (article_id, idx)
);

-- PostgreSQL only: what a write deletes and the linker reads by, indexed (DuckDB scans instead).
CREATE INDEX IF NOT EXISTS incident_events_article ON incident_events (article_id);
CREATE INDEX IF NOT EXISTS incident_blocks_eid ON incident_blocks (eid);
CREATE INDEX IF NOT EXISTS incident_reports_component ON incident_reports (component);
CREATE INDEX IF NOT EXISTS incidents_component ON incidents (component);

-- migration: 003_incident_blocks_undated
-- Two reports that neither date their event are compared only when they code the same action
-- (full CAMEO code): the block rows carry both. Derived data: a full re-link (link_all) fills them.
ALTER TABLE incident_blocks ADD COLUMN undated BOOLEAN;
ALTER TABLE incident_blocks ADD COLUMN cameo VARCHAR;
