-- detente's embedded database (DuckDB, one file). Offsets index into articles.text.
-- Every article row says which version of each stage made it (`versions`).

CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- sha1 of the URL, or of the absolute path when there is none
    source VARCHAR NOT NULL,         -- the path or URL as the user gave it
    url VARCHAR,
    title VARCHAR,
    date DATE,
    author VARCHAR,
    site VARCHAR,
    language VARCHAR,
    text VARCHAR NOT NULL,
    tone JSON,
    amounts JSON,
    dates JSON,
    claims JSON,
    themes JSON,
    entities JSON,
    versions JSON NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    content_hash VARCHAR,            -- sha1 of the raw bytes: an unchanged page is skipped on resume
    as_of DATE,                      -- the day its people's offices were read at (NULL: stored before it existed)
    as_of_from VARCHAR               -- how: 'article' (its date), 'stated' (undated: the latest day it states), 'today'
);

-- databases made before content_hash, as_of existed
ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_hash VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS as_of DATE;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS as_of_from VARCHAR;

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    role VARCHAR,
    kind VARCHAR,
    mentions JSON NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker VARCHAR,
    speaker_actor VARCHAR,
    cue VARCHAR,
    direct BOOLEAN NOT NULL,
    confidence DOUBLE,               -- 0-1, how sure the speaker attribution is (NULL: stored before it existed)
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    date DATE,                       -- the article's date
    source VARCHAR,
    target VARCHAR,
    source_country VARCHAR,          -- first three letters of the codes, for dyad queries
    target_country VARCHAR,
    cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    plover VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    modality VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    source_text VARCHAR,
    target_text VARCHAR,
    mentions INTEGER NOT NULL,
    confidence DOUBLE,               -- 0-1, how sure the coder is (NULL: stored before it existed, kept by every filter)
    confidence_factors VARCHAR,      -- why: "trigger.verb 0.9; source.context 0.8" (events/confidence.py `written`)
    PRIMARY KEY (article_id, idx)
);

-- databases made before confidence existed (a read-only open gets a view with NULLs instead)
ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence_factors VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS confidence DOUBLE;

CREATE TABLE IF NOT EXISTS failures (
    id VARCHAR PRIMARY KEY,          -- the document id it would have had
    source VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    stage VARCHAR,
    failed_at TIMESTAMP NOT NULL
);
