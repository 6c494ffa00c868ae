// The action log as CSV, in the conventional columns of a printed log: action no., meeting date raised,
// agenda item, action, owner, target date, update, update date, status. One row per action; "update" is its
// latest update (the log's last word on it) and "update date" that update's date. Dates are ISO (2019-09-18)
// so that a spreadsheet reads them as dates; statuses are their stable names.
//
// The text follows RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma, a
// double quote, CR or LF is enclosed in double quotes with its quotes doubled. Because spreadsheets run a
// cell that starts with = + - @ (or a tab or CR) as a formula, such a cell is written with a leading
// apostrophe ("'=1+1"), which shows the text as typed (OWASP's advice on CSV injection).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "governance/registers.h"

namespace boardroom::governance {

// One field, guarded against formulas and quoted when it must be.
std::string CsvField(std::string_view value);

// The header line and one line per action, in the order given.
std::string ActionLogCsv(const std::vector<ActionListItem>& actions);

}  // namespace boardroom::governance
