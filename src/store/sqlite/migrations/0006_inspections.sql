-- Inspections and the glossary (store/inspection_store.h). An inspection is the report a paper responds to
-- (HMICFRS and others): its title, publication date and the 56-day response deadline of Police Act 1996 s55.
-- Its items are the report's recommendations and areas for improvement, each with addressee, due date, the
-- urgent flag, our response and a status. Acronyms are a body's glossary, each kept with the paper it was
-- found in. Nothing here stores visibility: items and acronyms are seen through their paper
-- (BR_PAPER_VISIBLE), so publishing or withdrawing a paper takes effect at once.
--
-- Inspection items are searchable: triggers keep search_index (0004) in step. Their rowids are the item id
-- plus 2^48, clear of the id * 4 + 0..3 of paragraphs, recommendations, actions and updates.

CREATE TABLE inspections (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  paper_id INTEGER NOT NULL UNIQUE REFERENCES papers (id),
  title TEXT NOT NULL CHECK (title <> ''),
  inspectorate TEXT NOT NULL DEFAULT '',
  published TEXT,
  response_due TEXT
);
CREATE INDEX inspections_by_due ON inspections (response_due);

CREATE TABLE inspection_items (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  inspection_id INTEGER NOT NULL REFERENCES inspections (id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('recommendation', 'area_for_improvement')),
  text TEXT NOT NULL CHECK (text <> ''),
  addressee TEXT NOT NULL DEFAULT '',
  due TEXT,
  urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  response TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ongoing', 'complete', 'closed'))
);
CREATE INDEX inspection_items_by_inspection ON inspection_items (inspection_id, position);

CREATE TABLE acronyms (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  short_form TEXT NOT NULL CHECK (short_form <> ''),
  long_form TEXT NOT NULL CHECK (long_form <> ''),
  paper_id INTEGER NOT NULL REFERENCES papers (id),
  UNIQUE (body_id, short_form, long_form)
);
CREATE INDEX acronyms_by_short ON acronyms (short_form COLLATE NOCASE);

-- Items: the text and our response are searched, titled by nothing, carried with their paper's title, body
-- and date (as paragraphs are), the addressee as owner and the status as status.
CREATE TRIGGER search_inspection_item_insert AFTER INSERT ON inspection_items BEGIN
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id + 281474976710656, '', new.text || CASE WHEN new.response <> '' THEN ' ' || new.response ELSE ''
         END, p.title, 'inspection', new.id, p.id, NULL, p.body_id, CAST(new.position AS TEXT),
         coalesce(p.meeting_date, p.date), new.status, new.addressee
  FROM inspections n JOIN papers p ON p.id = n.paper_id WHERE n.id = new.inspection_id;
END;
CREATE TRIGGER search_inspection_item_update AFTER UPDATE ON inspection_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id + 281474976710656;
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id + 281474976710656, '', new.text || CASE WHEN new.response <> '' THEN ' ' || new.response ELSE ''
         END, p.title, 'inspection', new.id, p.id, NULL, p.body_id, CAST(new.position AS TEXT),
         coalesce(p.meeting_date, p.date), new.status, new.addressee
  FROM inspections n JOIN papers p ON p.id = n.paper_id WHERE n.id = new.inspection_id;
END;
CREATE TRIGGER search_inspection_item_delete AFTER DELETE ON inspection_items BEGIN
  DELETE FROM search_index WHERE rowid = old.id + 281474976710656;
END;
CREATE TRIGGER search_inspection_paper_update AFTER UPDATE OF title, body_id, date, meeting_date ON papers BEGIN
  UPDATE search_index SET paper_title = new.title, body_id = new.body_id,
                          date = coalesce(new.meeting_date, new.date)
  WHERE rowid IN (SELECT i.id + 281474976710656 FROM inspection_items i JOIN inspections n
                  ON n.id = i.inspection_id WHERE n.paper_id = new.id);
END;
