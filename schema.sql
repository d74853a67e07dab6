-- Hotline schema, version 1.
--
-- This file is the only schema. The EmbedData build plugin compiles it into the HotlineStore
-- module; the store runs it on an empty database (user_version 0) and then applies the
-- migrations that code lists for later versions (Sources/HotlineStore/Schema/Migrations.swift).
-- Never edit a released version in place: add a migration instead.
--
-- Dates are ISO 8601 text prefixes: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Timestamps are UTC
-- 'YYYY-MM-DDTHH:MM:SSZ'.

-- One row per stored article. Same url or same normalised text = same article.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT UNIQUE,
    title        TEXT,
    published_at TEXT,
    language     TEXT,
    text_hash    TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- People (and other actors) that take part in calls. `key` is the extractor's stable identity;
-- the other columns are filled in as articles tell more. `aliases` is a JSON array of strings.
CREATE TABLE actors (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,
    name    TEXT,
    country TEXT,
    role    TEXT,
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))
) STRICT;

CREATE INDEX actors_by_country ON actors (country);

-- Lookup index of folded names (lowercase, no accents, no punctuation): the canonical name,
-- each alias and the last token of the name ("surname"). Kept in sync by the store.
CREATE TABLE actor_names (
    folded   TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('name', 'alias', 'surname')),
    PRIMARY KEY (folded, actor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX actor_names_by_actor ON actor_names (actor_id);

-- One row per call, merged across the articles that report it.
-- `sort_key` is the date, or '' when the date is unknown, so that newest-first pages put
-- undated events last. `date_precision`: 0 unknown, 1 year, 2 month, 3 day.
CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    type               TEXT NOT NULL,
    date               TEXT,
    date_precision     INTEGER NOT NULL DEFAULT 0 CHECK (date_precision BETWEEN 0 AND 3),
    sort_key           TEXT NOT NULL DEFAULT '',
    initiator_actor_id INTEGER REFERENCES actors (id),
    confidence         REAL NOT NULL,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX events_by_sort ON events (sort_key DESC, id DESC);
CREATE INDEX events_by_type ON events (type, sort_key DESC, id DESC);

-- Who took part. `position` keeps first-seen order. `sort_key` copies events.sort_key and
-- `country` copies actors.country (both kept in step by the triggers below), so that "events of
-- actor X (or of country C), newest first" is one range scan of an index.
CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    position INTEGER NOT NULL,
    sort_key TEXT NOT NULL,
    country  TEXT,
    PRIMARY KEY (event_id, actor_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_participants_by_actor ON event_participants (actor_id, sort_key DESC, event_id DESC);
CREATE INDEX event_participants_by_country ON event_participants (country, sort_key DESC, event_id DESC);

-- What the call was about: topic ids of the topic catalogue. `sort_key` as above.
CREATE TABLE event_topics (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (event_id, topic_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_topics_by_topic ON event_topics (topic_id, sort_key DESC, event_id DESC);

-- Which article reported the call, with the sentence (evidence) and the wider context.
CREATE TABLE event_sources (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    evidence   TEXT NOT NULL,
    context    TEXT NOT NULL,
    UNIQUE (event_id, article_id)
) STRICT;

CREATE INDEX event_sources_by_article ON event_sources (article_id);

-- Keeps the copies of events.sort_key in step when a merge refines an event's date.
CREATE TRIGGER events_sort_key_copies AFTER UPDATE OF sort_key ON events
BEGIN
    UPDATE event_participants SET sort_key = NEW.sort_key WHERE event_id = NEW.id;
    UPDATE event_topics SET sort_key = NEW.sort_key WHERE event_id = NEW.id;
END;

-- Keeps the copies of actors.country in step when an actor's country becomes known.
CREATE TRIGGER actors_country_copies AFTER UPDATE OF country ON actors
BEGIN
    UPDATE event_participants SET country = NEW.country WHERE actor_id = NEW.id;
END;

-- Officials added or corrected through the API (POST /v1/actors, PATCH /v1/actors/{id}): one
-- entry of the officials.json format each (`entry`, a JSON object, format in
-- Sources/HotlineExtract/Resources/README.md). They extend the bundled knowledge base; an entry
-- whose id is a bundled id replaces that bundled entry.
CREATE TABLE user_officials (
    id         TEXT PRIMARY KEY,
    entry      TEXT NOT NULL CHECK (json_valid(entry) AND json_type(entry) = 'object'),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

PRAGMA user_version = 1;
