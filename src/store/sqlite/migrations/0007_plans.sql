-- Plans and their themes (store/plan_store.h): a body's plan for a period (a police and crime plan, a
-- corporate plan), its themes in order, each theme's objectives, and the tags that link a theme to the
-- papers, agenda items, actions and recommendations (decisions) about it. One tag table serves every kind of
-- record (docs/architecture.md says why); a tag goes with its record through the triggers at the end.

CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  title TEXT NOT NULL CHECK (title <> ''),
  period_from TEXT NOT NULL,
  period_until TEXT NOT NULL,
  CHECK (period_until >= period_from)
);
CREATE INDEX plans_by_body ON plans (body_id, period_from);

CREATE TABLE themes (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  plan_id INTEGER NOT NULL REFERENCES plans (id),
  title TEXT NOT NULL CHECK (title <> ''),
  slug TEXT NOT NULL CHECK (slug <> ''),
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (plan_id, slug)
);
CREATE INDEX themes_by_slug ON themes (slug COLLATE NOCASE);

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  theme_id INTEGER NOT NULL REFERENCES themes (id),
  text TEXT NOT NULL CHECK (text <> ''),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX objectives_by_theme ON objectives (theme_id, position);

CREATE TABLE theme_tags (
  theme_id INTEGER NOT NULL REFERENCES themes (id),
  kind TEXT NOT NULL CHECK (kind IN ('paper', 'agenda_item', 'action', 'recommendation')),
  record_id INTEGER NOT NULL,
  PRIMARY KEY (theme_id, kind, record_id)
) WITHOUT ROWID;
CREATE INDEX theme_tags_by_record ON theme_tags (kind, record_id);

-- A record that goes takes its tags with it (only agenda items are ever deleted today).
CREATE TRIGGER theme_tags_agenda_item_gone AFTER DELETE ON agenda_items BEGIN
  DELETE FROM theme_tags WHERE kind = 'agenda_item' AND record_id = old.id;
END;
CREATE TRIGGER theme_tags_paper_gone AFTER DELETE ON papers BEGIN
  DELETE FROM theme_tags WHERE kind = 'paper' AND record_id = old.id;
END;
CREATE TRIGGER theme_tags_action_gone AFTER DELETE ON actions BEGIN
  DELETE FROM theme_tags WHERE kind = 'action' AND record_id = old.id;
END;
CREATE TRIGGER theme_tags_recommendation_gone AFTER DELETE ON recommendations BEGIN
  DELETE FROM theme_tags WHERE kind = 'recommendation' AND record_id = old.id;
END;
