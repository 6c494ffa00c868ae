// Recogniser for a paper that responds to an inspection report: the inspection's title and publication date,
// each recommendation and area for improvement with its addressee, its due date (counted from publication:
// "within six months", "within three months", "by 30 September 2019"; "as a matter of urgency" is urgent with
// no date) and our response, and the 56-day response deadline of Police Act 1996 s55 (the last day of 56 days
// beginning with the publication date). Pure functions over a paper's lines.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "papers/furniture.h"
#include "papers/parsed.h"

namespace boardroom::papers {

// The due date an item's wording gives, counted from `published`. Sets `*urgent` for "as a matter of urgency"
// or "immediately". nullopt when the wording gives no period or date.
std::optional<Date> DueFromWording(std::string_view text, Date published, bool* urgent);

// The body an item is addressed to: the words before "should" after any opening time clause ("Within six
// months, chief constables should ..." → "chief constables").
std::optional<std::string> AddresseeOf(std::string_view text);

// The inspection a paper responds to, when its title or text names an inspection report published on a date.
// `lines` [begin, end) is the paper. nullopt when the paper is not an inspection response.
std::optional<ParsedInspection> ParseInspection(const std::vector<CleanLine>& lines, size_t begin, size_t end,
                                                const std::string& paper_title);

}  // namespace boardroom::papers
