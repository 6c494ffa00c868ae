-- Search, second version. (1) The old paragraphs_fts index of migration 0001 goes: search_index (0003) indexes
-- every paragraph already, and nothing reads paragraphs_fts, so each paragraph write indexed its words twice.
-- (2) search_index gains `paper_title`, an indexed column holding the title of the paper a paragraph or
-- recommendation belongs to, so a paper's title finds its paragraphs and ranks them above paragraphs that
-- merely mention the words (weights in search_statements.h). `title` is now a paragraph's own heading only
-- (empty for recommendations, actions and updates). The table is rebuilt from the records, in this same
-- transaction, with the triggers that keep it in step. Rowids, columns after `paper_title` and tokenizer as in
-- 0003.

DROP TRIGGER paragraphs_fts_insert;
DROP TRIGGER paragraphs_fts_delete;
DROP TRIGGER paragraphs_fts_update;
DROP TABLE paragraphs_fts;

DROP TRIGGER search_paragraph_insert;
DROP TRIGGER search_paragraph_update;
DROP TRIGGER search_paragraph_delete;
DROP TRIGGER search_recommendation_insert;
DROP TRIGGER search_recommendation_update;
DROP TRIGGER search_recommendation_delete;
DROP TRIGGER search_paper_update;
DROP TRIGGER search_action_insert;
DROP TRIGGER search_action_update;
DROP TRIGGER search_action_delete;
DROP TRIGGER search_action_update_insert;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5 (
  title, text, paper_title,
  kind UNINDEXED, ref_id UNINDEXED, paper_id UNINDEXED, action_id UNINDEXED, body_id UNINDEXED,
  number UNINDEXED, date UNINDEXED, status UNINDEXED, owner UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_paragraph_insert AFTER INSERT ON paragraphs BEGIN
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id * 4, new.heading, new.text, p.title, 'paragraph', new.id, new.paper_id, NULL, p.body_id,
         new.number, coalesce(p.meeting_date, p.date), '', ''
  FROM papers p WHERE p.id = new.paper_id;
END;
CREATE TRIGGER search_paragraph_update AFTER UPDATE ON paragraphs BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id * 4, new.heading, new.text, p.title, 'paragraph', new.id, new.paper_id, NULL, p.body_id,
         new.number, coalesce(p.meeting_date, p.date), '', ''
  FROM papers p WHERE p.id = new.paper_id;
END;
CREATE TRIGGER search_paragraph_delete AFTER DELETE ON paragraphs BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4;
END;

CREATE TRIGGER search_recommendation_insert AFTER INSERT ON recommendations BEGIN
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id * 4 + 1, '', new.text, p.title, 'recommendation', new.id, new.paper_id, NULL, p.body_id,
         new.label, coalesce(p.meeting_date, p.date), new.outcome, ''
  FROM papers p WHERE p.id = new.paper_id;
END;
CREATE TRIGGER search_recommendation_update AFTER UPDATE ON recommendations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id * 4 + 1, '', new.text, p.title, 'recommendation', new.id, new.paper_id, NULL, p.body_id,
         new.label, coalesce(p.meeting_date, p.date), new.outcome, ''
  FROM papers p WHERE p.id = new.paper_id;
END;
CREATE TRIGGER search_recommendation_delete AFTER DELETE ON recommendations BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

-- A paper's title, body and dates are copied into its entries: refresh them when they change.
CREATE TRIGGER search_paper_update AFTER UPDATE OF title, body_id, date, meeting_date ON papers BEGIN
  UPDATE search_index SET paper_title = new.title, body_id = new.body_id,
                          date = coalesce(new.meeting_date, new.date)
  WHERE rowid IN (SELECT id * 4 FROM paragraphs WHERE paper_id = new.id
                  UNION ALL SELECT id * 4 + 1 FROM recommendations WHERE paper_id = new.id);
END;

CREATE TRIGGER search_action_insert AFTER INSERT ON actions BEGIN
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  VALUES (new.id * 4 + 2, '', new.text, '', 'action', new.id, NULL, new.id, new.body_id, new.number,
          coalesce((SELECT date FROM meetings WHERE id = new.meeting_raised_id), new.target_date), new.status,
          new.owner);
END;
CREATE TRIGGER search_action_update AFTER UPDATE ON actions BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  VALUES (new.id * 4 + 2, '', new.text, '', 'action', new.id, NULL, new.id, new.body_id, new.number,
          coalesce((SELECT date FROM meetings WHERE id = new.meeting_raised_id), new.target_date), new.status,
          new.owner);
  UPDATE search_index SET status = new.status, owner = new.owner, body_id = new.body_id, number = new.number
  WHERE rowid IN (SELECT id * 4 + 3 FROM action_updates WHERE action_id = new.id);
END;
CREATE TRIGGER search_action_delete AFTER DELETE ON actions BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER search_action_update_insert AFTER INSERT ON action_updates BEGIN
  INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number,
                            date, status, owner)
  SELECT new.id * 4 + 3, '', new.text, '', 'update', new.id, NULL, a.id, a.body_id, a.number, new.date, a.status,
         a.owner
  FROM actions a WHERE a.id = new.action_id;
END;

INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number, date,
                          status, owner)
SELECT g.id * 4, g.heading, g.text, p.title, 'paragraph', g.id, g.paper_id, NULL, p.body_id, g.number,
       coalesce(p.meeting_date, p.date), '', ''
FROM paragraphs g JOIN papers p ON p.id = g.paper_id;
INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number, date,
                          status, owner)
SELECT r.id * 4 + 1, '', r.text, p.title, 'recommendation', r.id, r.paper_id, NULL, p.body_id, r.label,
       coalesce(p.meeting_date, p.date), r.outcome, ''
FROM recommendations r JOIN papers p ON p.id = r.paper_id;
INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number, date,
                          status, owner)
SELECT a.id * 4 + 2, '', a.text, '', 'action', a.id, NULL, a.id, a.body_id, a.number,
       coalesce((SELECT date FROM meetings WHERE id = a.meeting_raised_id), a.target_date), a.status, a.owner
FROM actions a;
INSERT INTO search_index (rowid, title, text, paper_title, kind, ref_id, paper_id, action_id, body_id, number, date,
                          status, owner)
SELECT u.id * 4 + 3, '', u.text, '', 'update', u.id, NULL, a.id, a.body_id, a.number, u.date, a.status, a.owner
FROM action_updates u JOIN actions a ON a.id = u.action_id;
