"""The store's schema, shared by every backend.

Types are kept to TEXT, INTEGER, REAL and BLOB so the same DDL serves SQLite
and, with BLOB spelled BYTEA, PostgreSQL. Full-text search is backend-specific
and lives with each backend. ``SCHEMA_VERSION`` goes up with every change;
each backend migrates forward from the version it finds.
"""

import hashlib

SCHEMA_VERSION = 13
CODEBOOK = "tocsin-events/1"  # the version of docs/events.md each stored event was coded under


def event_id(doc_id: str, event, by_target: bool = False) -> str:
    """A stable id: the same document, trigger, type and place give the same id on every run; ``by_target`` adds
    the target, for the happenings one trigger reports one per person ("the murders of A and B")."""
    key = f"{doc_id}:{event.trigger_start}:{event.type}:{event.place_entity or ''}"
    if by_target and event.target_span:
        key += f":{event.target_span[0]}"
    return "ev-" + hashlib.sha1(key.encode()).hexdigest()[:16]

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    published_at TEXT,
    language TEXT NOT NULL,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    boilerplate_removed INTEGER NOT NULL DEFAULT 0,
    signature BLOB,
    ingested_at TEXT NOT NULL,
    dateline TEXT,
    genre TEXT
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published_at);
CREATE INDEX IF NOT EXISTS documents_url ON documents (url);  -- an item of a source already stored under its URL
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    external_ids TEXT NOT NULL DEFAULT '{}',
    mention_count INTEGER NOT NULL DEFAULT 0,  -- kept by save(): lists sort by how often a name is mentioned
    document_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_kind ON entities (kind, mention_count);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    origin TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (doc_id, start_char, end_char)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);
CREATE TABLE IF NOT EXISTS places (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id),
    geonames_id INTEGER,
    name TEXT NOT NULL,
    feature TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL,
    precision TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_country ON places (country, admin1);
CREATE TABLE IF NOT EXISTS time_expressions (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    type TEXT NOT NULL,
    precision TEXT NOT NULL,
    begin_date TEXT,
    end_date TEXT,
    PRIMARY KEY (doc_id, start_char)
);
CREATE INDEX IF NOT EXISTS time_expressions_begin ON time_expressions (begin_date);
CREATE TABLE IF NOT EXISTS statements (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker_entity TEXT REFERENCES entities (id),
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_basis TEXT NOT NULL,
    descriptor TEXT,
    affiliation_entity TEXT REFERENCES entities (id),
    cue TEXT NOT NULL,
    cue_start INTEGER NOT NULL,
    cue_end INTEGER NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    claim_type TEXT NOT NULL,
    stance TEXT NOT NULL,
    hedges TEXT NOT NULL DEFAULT '[]',
    certainty TEXT NOT NULL DEFAULT '[]',
    place_entity TEXT REFERENCES entities (id),
    place_basis TEXT NOT NULL,
    date_value TEXT,
    date_precision TEXT NOT NULL,
    affiliation_hedge TEXT,  -- "who police say is": the affiliation as the text hedges it
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_entity);
CREATE INDEX IF NOT EXISTS statements_type ON statements (claim_type);
CREATE TABLE IF NOT EXISTS forecasts (
    doc_id TEXT NOT NULL,
    statement_idx INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    subject_groups TEXT NOT NULL DEFAULT '[]',
    targets TEXT NOT NULL DEFAULT '[]',
    place_entity TEXT REFERENCES entities (id),
    horizon TEXT,
    made_on TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    deadline TEXT,
    polarity TEXT NOT NULL DEFAULT 'positive',
    PRIMARY KEY (doc_id, statement_idx),
    FOREIGN KEY (doc_id, statement_idx) REFERENCES statements (doc_id, idx) ON DELETE CASCADE
);
-- events: happened is the first day of the event, else the publication day of its document (the order of every event
-- list); date_basis what the date rests on, sentence, story, published or unknown (NULL: read before version 9);
-- extent_start and extent_end the span of the count of places a presence claim gives, as written (in at least eight
-- countries). SQLite rewrites a table's text when a column is dropped (migration tests): no comments inside it here.
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    subtype TEXT,
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    modality TEXT NOT NULL,
    actor_text TEXT,
    actor_start INTEGER,
    actor_end INTEGER,
    actor_entity TEXT REFERENCES entities (id),
    actor_kind TEXT,
    actor_basis TEXT NOT NULL,
    attribution TEXT,
    target_text TEXT,
    target_start INTEGER,
    target_end INTEGER,
    target_entity TEXT REFERENCES entities (id),
    target_category TEXT,
    offences TEXT NOT NULL DEFAULT '[]',
    fatalities INTEGER,
    injured INTEGER,
    place_entity TEXT REFERENCES entities (id),
    place_precision TEXT NOT NULL,
    place_basis TEXT NOT NULL,
    date_value TEXT,
    date_begin TEXT,
    date_end TEXT,
    date_precision TEXT NOT NULL,
    confidence REAL NOT NULL,
    codebook TEXT NOT NULL,
    nominal INTEGER NOT NULL DEFAULT 0,
    happened TEXT,
    date_basis TEXT,
    extent_start INTEGER,
    extent_end INTEGER
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id, idx);
CREATE INDEX IF NOT EXISTS events_type ON events (type, date_begin);
CREATE INDEX IF NOT EXISTS events_happened ON events (happened);
CREATE INDEX IF NOT EXISTS events_place ON events (place_entity);
CREATE INDEX IF NOT EXISTS events_target ON events (target_entity);
CREATE INDEX IF NOT EXISTS events_actor ON events (actor_entity);
CREATE TABLE IF NOT EXISTS event_groups (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    group_entity TEXT NOT NULL REFERENCES entities (id),
    role TEXT,  -- actor, target, mentioned (tocsin.read.ties); NULL: stored before ties were kept
    strength TEXT,  -- named, alleged, suspected, linked to, described as, mentioned
    hedge TEXT,  -- the hedge words as written
    said_by TEXT,  -- who holds the view, as written
    hedge_start INTEGER,
    hedge_end INTEGER,
    PRIMARY KEY (event_id, group_entity)
);
CREATE INDEX IF NOT EXISTS event_groups_group ON event_groups (group_entity);
CREATE TABLE IF NOT EXISTS unlinked_documents (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    published_at TEXT
);
CREATE TABLE IF NOT EXISTS linked_documents (
    doc_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_tokens (
    token TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (token, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_tokens_entity ON entity_tokens (entity_id);
CREATE TABLE IF NOT EXISTS entity_links (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id),
    canonical_id TEXT NOT NULL REFERENCES entities (id),
    basis TEXT NOT NULL,
    score REAL NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_links_canonical ON entity_links (canonical_id);
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    subtype TEXT,
    date_value TEXT,
    date_begin TEXT,
    date_end TEXT,
    date_precision TEXT NOT NULL,
    place_entity TEXT REFERENCES entities (id),
    place_precision TEXT NOT NULL,
    country TEXT,
    first_reported TEXT,
    last_reported TEXT,
    events INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    window_begin TEXT NOT NULL,
    window_end TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    happened TEXT  -- the incident's first day, else its first report: the order of every incident list
);
CREATE INDEX IF NOT EXISTS incidents_happened ON incidents (happened);
CREATE INDEX IF NOT EXISTS incidents_window ON incidents (type, country, window_end);
CREATE INDEX IF NOT EXISTS incidents_type_window ON incidents (type, window_end);
CREATE INDEX IF NOT EXISTS incidents_reported ON incidents (first_reported);
CREATE TABLE IF NOT EXISTS incident_events (
    event_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    score REAL NOT NULL,
    features TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_events_incident ON incident_events (incident_id);
CREATE TABLE IF NOT EXISTS statement_claims (
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    cluster_id TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (doc_id, idx),
    FOREIGN KEY (doc_id, idx) REFERENCES statements (doc_id, idx) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS statement_claims_cluster ON statement_claims (cluster_id);
CREATE TABLE IF NOT EXISTS claim_bands (
    band TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    PRIMARY KEY (band, doc_id, idx),
    FOREIGN KEY (doc_id, idx) REFERENCES statements (doc_id, idx) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS forecast_matches (
    doc_id TEXT NOT NULL,
    statement_idx INTEGER NOT NULL,
    matched_id TEXT NOT NULL,
    first_reported TEXT,
    at TEXT NOT NULL,
    reason TEXT,
    PRIMARY KEY (doc_id, statement_idx, matched_id),
    FOREIGN KEY (doc_id, statement_idx) REFERENCES forecasts (doc_id, statement_idx) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS alerts (
    id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    evidence TEXT NOT NULL,
    occurred TEXT,
    raised_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS forecasts_open ON forecasts (status, event_type, made_on);
CREATE INDEX IF NOT EXISTS forecasts_made ON forecasts (made_on);
CREATE INDEX IF NOT EXISTS alerts_occurred ON alerts (occurred);
CREATE INDEX IF NOT EXISTS forecasts_deadline ON forecasts (status, deadline);
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,  -- auto (until first read), feed, opml, sitemap, page, gdelt
    outlet TEXT,
    language TEXT,
    every_seconds INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    etag TEXT,  -- the validators of the last full answer: the next request is conditional
    last_modified TEXT,
    last_fetch TEXT,
    last_status TEXT,  -- 200, 304, or the error's reason
    last_new TEXT,  -- when an item of it was last stored
    errors INTEGER NOT NULL DEFAULT 0,  -- failures in a row
    next_due TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_due ON sources (next_due);
CREATE TABLE IF NOT EXISTS source_items (
    url TEXT PRIMARY KEY,  -- an item's URL (and its canonical URL, a row of its own), normalized: never fetched again
    source_url TEXT NOT NULL,
    doc_id TEXT,  -- the id of its text (NULL: it held no article)
    seen_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,  -- running, done, stopped (SIGTERM), interrupted (found running after a crash)
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}'  -- sources, fetched, not_modified, known, new, duplicate, rejected, errors, requests, bytes
);
CREATE INDEX IF NOT EXISTS runs_started ON runs (started_at);
CREATE TABLE IF NOT EXISTS deliveries (
    id TEXT PRIMARY KEY,  -- the idempotency key: one per alert and destination, sent with every attempt
    alert_id TEXT NOT NULL REFERENCES alerts (id),
    destination TEXT NOT NULL,
    status TEXT NOT NULL,  -- pending, sent, dead
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_try TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries (status, next_try);
CREATE TABLE IF NOT EXISTS rejections (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS duplicates (
    source TEXT PRIMARY KEY,
    duplicate_of TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    at TEXT NOT NULL
);
"""

# Forward migrations: version reached -> statements that get there from the one before.
MIGRATIONS = {
    2: ["ALTER TABLE documents ADD COLUMN dateline TEXT"],  # places table: CREATE IF NOT EXISTS above
    3: [],  # events and event_groups: CREATE IF NOT EXISTS above; documents stored before have no events
    4: ["ALTER TABLE forecasts ADD COLUMN deadline TEXT"],  # link and watch tables: CREATE IF NOT EXISTS above; `tocsin link` links what is stored
    5: [  # the orders and counts lists sort by, kept in columns so that a page of a big store is an index read
        "ALTER TABLE events ADD COLUMN happened TEXT",
        "UPDATE events SET happened = COALESCE(date_begin, (SELECT SUBSTR(d.published_at, 1, 10) FROM documents d WHERE d.id = events.doc_id))",
        "ALTER TABLE incidents ADD COLUMN happened TEXT",
        "UPDATE incidents SET happened = COALESCE(date_begin, first_reported)",
        "ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE entities ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0",
        "UPDATE entities SET mention_count = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id),"
        " document_count = (SELECT COUNT(DISTINCT m.doc_id) FROM mentions m WHERE m.entity_id = entities.id)",
    ],
    6: ["ALTER TABLE documents ADD COLUMN genre TEXT"],  # documents stored before keep no genre until read again
    7: [f"ALTER TABLE event_groups ADD COLUMN {column}" for column in (  # events stored before keep no tie until read again
        "role TEXT", "strength TEXT", "hedge TEXT", "said_by TEXT", "hedge_start INTEGER", "hedge_end INTEGER")],
    8: ["ALTER TABLE statements ADD COLUMN affiliation_hedge TEXT"],  # statements stored before keep none until read again
    9: ["ALTER TABLE events ADD COLUMN date_basis TEXT"],  # events stored before: what their date rests on is not known
    10: [  # a continent is in no country: place index 7 and before gave it its continent code ("SA", read as Saudi Arabia)
        "UPDATE places SET country = '' WHERE feature = 'continent'",
        "UPDATE incidents SET country = NULL WHERE place_entity IN (SELECT entity_id FROM places WHERE feature = 'continent')",
    ],
    11: [],  # sources, source_items, runs and deliveries (tocsin run): CREATE IF NOT EXISTS above
    12: [  # a negated forecast is kept as one ("will not reach Lima"), never as its opposite; why an incident fulfils one
        "ALTER TABLE forecasts ADD COLUMN polarity TEXT NOT NULL DEFAULT 'positive'",
        "ALTER TABLE forecast_matches ADD COLUMN reason TEXT",
    ],
    13: [  # a presence claim's count of places ("present in 30 major U.S. cities"); claims stored before keep none until read again
        "ALTER TABLE events ADD COLUMN extent_start INTEGER",
        "ALTER TABLE events ADD COLUMN extent_end INTEGER",
    ],
}
