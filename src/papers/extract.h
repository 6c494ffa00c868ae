// Extractors over running text (a paper's paragraphs joined): dates, sums of money, acronyms defined either
// way round ("Office of the Police and Crime Commissioner (“OPCC”)", "EBIT (Evidenced Based Investigation
// Tool)") and cross-references ("see Agenda item 5.1", "detailed in 5.7"). Pure functions; dates and money
// are parsed by core/date.h and core/money.h, never here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "papers/parsed.h"

namespace boardroom::papers {

// Full dates written in `text` ("7th May 2017", "April 4, 2019", "18/09/2019"), as ISO 8601, in order, with
// repeats.
std::vector<std::string> ExtractDates(std::string_view text);

// Sums of money written with a pound sign ("£1.6m", "£1,234k", "£2400").
std::vector<ParsedAmount> ExtractAmounts(std::string_view text);

// Acronyms defined in `text`, each pair once.
std::vector<ParsedAcronym> ExtractAcronyms(std::string_view text);

// Cross-references in `text`; `where` is copied into each.
std::vector<ParsedCrossReference> ExtractCrossReferences(std::string_view text, const std::string& where);

}  // namespace boardroom::papers
