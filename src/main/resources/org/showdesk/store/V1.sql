-- Showdesk project file, schema version 1. Documented for users in docs/file-format.md.
-- Times are ISO-8601 UTC text; media times are integer milliseconds.
CREATE TABLE show (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL
);
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE episode (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL,
  source_name    TEXT NOT NULL DEFAULT '',
  source_format  TEXT NOT NULL DEFAULT '',
  source_charset TEXT NOT NULL DEFAULT '',
  imported_at    TEXT NOT NULL,
  position       INTEGER NOT NULL
);
CREATE TABLE cue (
  id          INTEGER PRIMARY KEY,
  episode_id  INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  start_ms    INTEGER,
  end_ms      INTEGER,
  raw_text    TEXT NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (episode_id, seq)
);
CREATE TABLE entry (
  id             INTEGER PRIMARY KEY,
  episode_id     INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('INTRO', 'ITEM', 'OUTRO')),
  first_cue_id   INTEGER NOT NULL REFERENCES cue(id),
  last_cue_id    INTEGER NOT NULL REFERENCES cue(id),
  title          TEXT NOT NULL DEFAULT '',
  organizations  TEXT NOT NULL DEFAULT '[]',
  category       TEXT NOT NULL DEFAULT '',
  summary        TEXT NOT NULL DEFAULT '',
  start_ms       INTEGER,
  status         TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CHECKED')),
  notes          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entry_by_episode ON entry(episode_id, seq);
CREATE TABLE entry_link (
  entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
  seq       INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  url       TEXT NOT NULL,
  PRIMARY KEY (entry_id, seq)
);
CREATE TABLE glossary_term (
  id             INTEGER PRIMARY KEY,
  term           TEXT NOT NULL UNIQUE,
  category       TEXT NOT NULL DEFAULT 'OTHER',
  note           TEXT NOT NULL DEFAULT '',
  pronunciation  TEXT NOT NULL DEFAULT '',
  enabled        INTEGER NOT NULL DEFAULT 1,
  added_at       TEXT NOT NULL
);
CREATE TABLE glossary_variant (
  term_id     INTEGER NOT NULL REFERENCES glossary_term(id) ON DELETE CASCADE,
  variant     TEXT NOT NULL,
  learned_at  TEXT NOT NULL,
  PRIMARY KEY (term_id, variant)
);
CREATE TABLE rule (
  id          INTEGER PRIMARY KEY,
  find        TEXT NOT NULL,
  replace     TEXT NOT NULL,
  whole_word  INTEGER NOT NULL DEFAULT 0,
  enabled     INTEGER NOT NULL DEFAULT 1,
  note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE template (
  name        TEXT PRIMARY KEY,
  body        TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE TABLE correction (
  id             INTEGER PRIMARY KEY,
  episode_id     INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
  cue_id         INTEGER NOT NULL REFERENCES cue(id),
  offset_in_cue  INTEGER NOT NULL,
  before         TEXT NOT NULL,
  after          TEXT NOT NULL,
  rule           TEXT NOT NULL,
  term           TEXT NOT NULL DEFAULT '',
  confidence     REAL NOT NULL DEFAULT 1.0,
  applied_at     TEXT NOT NULL,
  undone_at      TEXT
);
CREATE INDEX correction_by_episode ON correction(episode_id);
CREATE TABLE decision (
  id          INTEGER PRIMARY KEY,
  episode_id  INTEGER REFERENCES episode(id) ON DELETE CASCADE,
  found       TEXT NOT NULL,
  suggestion  TEXT NOT NULL,
  verdict     TEXT NOT NULL CHECK (verdict IN ('REJECTED', 'CORRECT')),
  decided_at  TEXT NOT NULL
);
CREATE INDEX decision_by_episode ON decision(episode_id);
