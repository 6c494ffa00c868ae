// Recognisers for the front of a meeting pack, over cleaned lines: the cover (body, date, time, venue,
// whether as "Date: ..." lines or as a column of labels followed by a column of values), the agenda (numbered
// items and sub-items, titles over several lines, "Report from ..." presenters, verbal items) and an action
// log flattened to text (number, date raised, agenda item, action). Pure functions.
#pragma once

#include <vector>

#include "papers/furniture.h"
#include "papers/parsed.h"

namespace boardroom::papers {

// The cover in lines [begin, end): nullopt when no date or body is found.
std::optional<ParsedMeeting> ParseCover(const std::vector<CleanLine>& lines, size_t begin, size_t end);

// The index of the "AGENDA" line in [begin, end), or `end`.
size_t FindAgendaStart(const std::vector<CleanLine>& lines, size_t begin, size_t end);

// The index of an action log's title ("... ACTION LOG ...") in [begin, end), or `end`.
size_t FindActionLogStart(const std::vector<CleanLine>& lines, size_t begin, size_t end);

// Agenda items in lines [begin, end), in order.
std::vector<ParsedAgendaItem> ParseAgenda(const std::vector<CleanLine>& lines, size_t begin, size_t end);

// Action-log rows in lines [begin, end): a row starts with an action number ("6.0") followed by the date
// raised and the agenda item, then the action's text.
std::vector<ParsedAction> ParseActionLog(const std::vector<CleanLine>& lines, size_t begin, size_t end);

// A time of day as "HH:MM" from "15:00", "3pm", "3.30 pm", "15.00"; nullopt otherwise.
std::optional<std::string> ParseTimeOfDay(std::string_view text);

}  // namespace boardroom::papers
