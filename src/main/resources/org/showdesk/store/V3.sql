-- Schema version 3: what the host typed apart from what Showdesk derived, the host's list of sources,
-- the episode's media and estimated times, and glossary terms' origin and Traditional form.
-- The host's sources for an episode (papers and products it covers), in the order of the list imported.
CREATE TABLE source (
  id          INTEGER PRIMARY KEY,
  episode_id  INTEGER NOT NULL REFERENCES episode(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  url         TEXT NOT NULL DEFAULT '',
  names       TEXT NOT NULL DEFAULT '[]',
  line        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX source_by_episode ON source(episode_id, seq);
-- Fields of an entry the host typed (JSON array of names: title, organizations, summary, …); the others
-- were filled in by Showdesk and may be derived again from the corrected text.
ALTER TABLE entry ADD COLUMN edited TEXT NOT NULL DEFAULT '[]';
ALTER TABLE entry ADD COLUMN start_estimated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entry_link ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE entry_link ADD COLUMN source_id INTEGER REFERENCES source(id) ON DELETE SET NULL;
ALTER TABLE episode ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episode ADD COLUMN media_path TEXT;
ALTER TABLE episode ADD COLUMN media_duration_ms INTEGER;
ALTER TABLE episode ADD COLUMN time_offset_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE episode ADD COLUMN times_estimated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE glossary_term ADD COLUMN traditional TEXT NOT NULL DEFAULT '';
ALTER TABLE glossary_term ADD COLUMN origin TEXT NOT NULL DEFAULT '';
ALTER TABLE glossary_term ADD COLUMN origin_episode_id INTEGER REFERENCES episode(id) ON DELETE SET NULL;
