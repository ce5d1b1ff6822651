-- Schema version 2: the episode list shows cue and character counts without reading any transcript.
-- The counts are kept by triggers, so they stay right whatever writes the cues (Showdesk or a script).
-- Each trigger is written on one line: Migrations splits statements at a ';' that ends a line.
ALTER TABLE episode ADD COLUMN cue_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE episode ADD COLUMN char_count INTEGER NOT NULL DEFAULT 0;
UPDATE episode SET cue_count = (SELECT count(*) FROM cue WHERE cue.episode_id = episode.id), char_count = (SELECT coalesce(sum(length(text)), 0) FROM cue WHERE cue.episode_id = episode.id);
CREATE TRIGGER cue_counted AFTER INSERT ON cue BEGIN UPDATE episode SET cue_count = cue_count + 1, char_count = char_count + length(NEW.text) WHERE id = NEW.episode_id; END;
CREATE TRIGGER cue_uncounted AFTER DELETE ON cue BEGIN UPDATE episode SET cue_count = cue_count - 1, char_count = char_count - length(OLD.text) WHERE id = OLD.episode_id; END;
CREATE TRIGGER cue_recounted AFTER UPDATE OF text, episode_id ON cue BEGIN UPDATE episode SET cue_count = cue_count - 1, char_count = char_count - length(OLD.text) WHERE id = OLD.episode_id; UPDATE episode SET cue_count = cue_count + 1, char_count = char_count + length(NEW.text) WHERE id = NEW.episode_id; END;
