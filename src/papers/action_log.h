// Action-log rows from a real table: a header row whose cells name the columns (ACTION NO., DATE RAISED,
// AGENDA ITEM, ACTION, OWNER, TARGET DATE, UPDATE, UPDATE DATE, STATUS and their usual variants) and the rows
// under it, continued over later tables (the pages of a long log) that have the same number of columns and no
// header of their own. Rows whose number cell is empty continue the row above (a cell broken over a page or
// over a gap). Pure functions; the flattened-text form of a log is ParseActionLog (pack.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "papers/document.h"
#include "papers/parsed.h"

namespace boardroom::papers {

// What a column of an action log holds.
enum class ActionColumn {
  kNone,
  kNumber,      // "Action No.", "No.", "Ref"
  kRaised,      // "Date raised", "Meeting date raised", "Date"
  kItem,        // "Agenda item", "Meeting agenda item", "Minute"
  kText,        // "Action", "Action required"
  kOwner,       // "Owner", "Lead", "Responsible", "By whom"
  kTarget,      // "Target date", "Due date", "Deadline", "By when"
  kUpdate,      // "Update", "Progress", "Comments"
  kUpdateDate,  // "Update date", "Date of update"
  kStatus,      // "Status", "RAG"
};

// The role of a column from its heading (any case, over one or more lines); kNone when it names none.
ActionColumn ClassifyActionHeading(std::string_view heading);

// The roles of `row`'s cells when `row` is an action log's header: at least three cells name roles, one of
// them the action's number or text, and one an owner, target date, status, update or date raised. nullopt
// otherwise.
std::optional<std::vector<ActionColumn>> ReadActionHeader(const std::vector<std::string>& row);

// The action-log rows of `rows` laid out in the columns `roles` (a header already read). Cells hold lines
// separated by "\n".
std::vector<ParsedAction> ActionsFromRows(const std::vector<ActionColumn>& roles,
                                          const std::vector<std::vector<std::string>>& rows);

// The action-log rows of the readable tables of `tables`, in order; empty when none of them is an action log.
std::vector<ParsedAction> ActionsFromTables(const std::vector<Table>& tables);

// True when `key` (a CompareKey) is a status word an action log writes: "open", "ongoing", "on-going",
// "in progress", "complete", "completed", "closed", "green", "amber", "red", ...
bool IsActionStatusKey(std::string_view key);

// The first date in `text` as ISO 8601 ("28/02/2019", "18/09/2019 and on-going", "14 Nov 2019"), or nullopt.
std::optional<std::string> FirstDate(std::string_view text);

}  // namespace boardroom::papers
