-- The Communiqué store: one row per article and one per record, each record keyed to its
-- article and sentence. `record` holds the whole record as in the output contract; the other
-- columns are copies of its fields that queries filter and sort on.
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
    goldstein       DOUBLE,
    actor           VARCHAR,      -- CAMEO actor codes of the actor side, joined by "+"
    recipient       VARCHAR,
    date            VARCHAR,      -- TIMEX3-style value at its precision: 2025-04-10, 2025-02, 2022
    date_precision  VARCHAR,
    status          VARCHAR,
    location        VARCHAR,
    country         VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    sentence        INTEGER,
    start           INTEGER,
    "end"           INTEGER,
    evidence        VARCHAR,
    trigger         VARCHAR,
    rule            VARCHAR,
    confidence      DOUBLE,
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
    lat         DOUBLE,
    lon         DOUBLE,
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
