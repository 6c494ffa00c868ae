-- What a meeting records beyond its agenda (store/meeting_record_store.h): attendance and apologies,
-- declarations of interest, and the meeting at which each recommendation was decided (the decisions register).
-- Plus indexes for the governance read models: counting a body's actions by status and date, and listing
-- recommendations by outcome.

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  person_id INTEGER REFERENCES people (id),
  name TEXT NOT NULL CHECK (name <> ''),
  capacity TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('present', 'apologies', 'absent')),
  substitute TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, name)
);

CREATE TABLE declarations (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  agenda_item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
  person_id INTEGER REFERENCES people (id),
  name TEXT NOT NULL CHECK (name <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('disclosable_pecuniary', 'other_registrable', 'non_registrable')),
  interest TEXT NOT NULL CHECK (interest <> ''),
  left_room INTEGER NOT NULL DEFAULT 0 CHECK (left_room IN (0, 1))
);
CREATE INDEX declarations_by_meeting ON declarations (meeting_id);
CREATE INDEX declarations_by_item ON declarations (agenda_item_id);

CREATE TABLE recommendation_decisions (
  recommendation_id INTEGER PRIMARY KEY REFERENCES recommendations (id),
  meeting_id INTEGER NOT NULL REFERENCES meetings (id),
  decided_on TEXT NOT NULL
);
CREATE INDEX recommendation_decisions_by_date ON recommendation_decisions (decided_on);

CREATE INDEX recommendations_by_outcome ON recommendations (outcome);
CREATE INDEX actions_by_body_status ON actions (body_id, status, target_date);
