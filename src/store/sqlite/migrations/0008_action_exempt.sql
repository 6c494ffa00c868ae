-- Actions get the exempt flag of the business that raised them. An action raised at an exempt (Part B) agenda
-- item is exempt too, and so are its updates: the viewer predicate BR_ACTION_VISIBLE (statements.h) shows
-- them only to those who see the body's exempt material, in every door, search included.
ALTER TABLE actions ADD COLUMN exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1));

-- Actions already held that were raised at an exempt item of their meeting.
UPDATE actions SET exempt = 1
WHERE meeting_raised_id IS NOT NULL AND agenda_item_number <> '' AND EXISTS (
  SELECT 1 FROM agenda_items i
  WHERE i.meeting_id = actions.meeting_raised_id AND i.number = actions.agenda_item_number AND i.kind = 'exempt');
