-- The first schema of boardroom's SQLite store. Dates are ISO 8601 text ('2019-09-18'); instants are Unix seconds.
-- Closed sets are lower-case text checked against their names (store/records.h). Every editable table has
-- `version`, bumped by the store on each update (optimistic locking).

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT ''
);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL CHECK (name <> ''),
  post TEXT NOT NULL DEFAULT '',
  organisation_id INTEGER REFERENCES organisations (id)
);
CREATE INDEX people_by_organisation ON people (organisation_id);

CREATE TABLE bodies (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  parent_body_id INTEGER REFERENCES bodies (id),
  terms_of_reference TEXT NOT NULL DEFAULT '',
  active_from TEXT,
  active_until TEXT
);

CREATE TABLE body_required_clearances (
  body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  area TEXT NOT NULL CHECK (area <> ''),
  PRIMARY KEY (body_id, position)
);

CREATE TABLE memberships (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  person_id INTEGER NOT NULL REFERENCES people (id),
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'observer', 'co_opted', 'adviser')),
  voting INTEGER NOT NULL CHECK (voting IN (0, 1)),
  speaking INTEGER NOT NULL CHECK (speaking IN (0, 1)),
  from_date TEXT,
  until_date TEXT
);
CREATE INDEX memberships_by_body ON memberships (body_id);

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  date TEXT NOT NULL,
  time TEXT NOT NULL DEFAULT '',
  venue TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planned', 'agenda_published', 'held', 'minutes_approved'))
);
CREATE INDEX meetings_by_body_date ON meetings (body_id, date);
CREATE INDEX meetings_by_date ON meetings (date);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  extracted_text TEXT NOT NULL DEFAULT '',
  imported_at INTEGER NOT NULL
);

CREATE TABLE papers (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  title TEXT NOT NULL,
  to_whom TEXT NOT NULL DEFAULT '',
  from_whom TEXT NOT NULL DEFAULT '',
  date TEXT,
  meeting_date TEXT,
  classification TEXT NOT NULL CHECK (classification IN ('public', 'official', 'official_sensitive')),
  published INTEGER NOT NULL CHECK (published IN (0, 1)),
  exempt INTEGER NOT NULL CHECK (exempt IN (0, 1)),
  key_decision INTEGER NOT NULL CHECK (key_decision IN (0, 1)),
  electoral_divisions TEXT NOT NULL DEFAULT '',
  version_number INTEGER NOT NULL CHECK (version_number >= 1),
  version_of INTEGER REFERENCES papers (id),
  document_id INTEGER REFERENCES documents (id)
);
CREATE INDEX papers_by_body ON papers (body_id, date);
CREATE UNIQUE INDEX papers_issue ON papers (version_of, version_number) WHERE version_of IS NOT NULL;

CREATE TABLE agenda_items (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  number TEXT NOT NULL,
  position INTEGER NOT NULL,
  parent_item_id INTEGER REFERENCES agenda_items (id),
  title TEXT NOT NULL,
  presenter TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('standard', 'paper', 'verbal', 'exempt')),
  exemption_paragraph TEXT NOT NULL DEFAULT '',
  paper_id INTEGER REFERENCES papers (id),
  UNIQUE (meeting_id, number)
);
CREATE INDEX agenda_items_by_paper ON agenda_items (paper_id);

CREATE TABLE paper_sections (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  paper_id INTEGER NOT NULL REFERENCES papers (id),
  number TEXT NOT NULL DEFAULT '',
  heading TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
);
CREATE INDEX paper_sections_by_paper ON paper_sections (paper_id, position);

CREATE TABLE paragraphs (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  paper_id INTEGER NOT NULL REFERENCES papers (id),
  section_id INTEGER REFERENCES paper_sections (id),
  number TEXT NOT NULL DEFAULT '',
  heading TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE INDEX paragraphs_by_paper ON paragraphs (paper_id, position);
CREATE INDEX paragraphs_by_section ON paragraphs (section_id);

-- Full-text index of paragraphs, an external-content FTS5 table kept in step by triggers. Search (a later room)
-- queries it; visibility is always re-checked against papers.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5 (
  heading, text, content = 'paragraphs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
END;
CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF heading, text ON paragraphs BEGIN
  INSERT INTO paragraphs_fts (paragraphs_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
  INSERT INTO paragraphs_fts (rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;

CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  paper_id INTEGER NOT NULL REFERENCES papers (id),
  label TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  outcome TEXT NOT NULL
    CHECK (outcome IN ('none', 'noted', 'agreed', 'agreed_with_amendments', 'deferred', 'rejected')),
  outcome_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recommendations_by_paper ON recommendations (paper_id);

CREATE TABLE clearances (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  paper_id INTEGER NOT NULL REFERENCES papers (id),
  area TEXT NOT NULL CHECK (area <> ''),
  cleared INTEGER NOT NULL CHECK (cleared IN (0, 1)),
  officer TEXT NOT NULL DEFAULT '',
  UNIQUE (paper_id, area)
);

CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  number TEXT NOT NULL CHECK (number <> ''),
  meeting_raised_id INTEGER REFERENCES meetings (id),
  agenda_item_number TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  target_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'ongoing', 'complete', 'closed', 'superseded')),
  report_back_meeting_id INTEGER REFERENCES meetings (id),
  UNIQUE (body_id, number)
);
CREATE INDEX actions_by_status_target ON actions (status, target_date);
CREATE INDEX actions_by_owner ON actions (owner);

CREATE TABLE action_updates (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions (id),
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_updates_by_action ON action_updates (action_id, date);
CREATE TRIGGER action_updates_append_only_update BEFORE UPDATE ON action_updates BEGIN
  SELECT RAISE(ABORT, 'action updates are append-only');
END;
CREATE TRIGGER action_updates_append_only_delete BEFORE DELETE ON action_updates BEGIN
  SELECT RAISE(ABORT, 'action updates are append-only');
END;

CREATE TABLE audit_events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  record_kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  previous_hash TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL
);
CREATE INDEX audit_events_by_record ON audit_events (record_kind, record_id);
CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;
