// Text utilities that belong to no subject: UTF-8 validation, Unicode normalisation (NFKC) and folding for comparison
// (case, curly quotes and dashes, look-alike letters such as Cyrillic "То" for Latin "To"), white-space collapsing,
// and HTML escaping. Uses ICU.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace boardroom {

// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

// NFKC normalisation. kInvalidArgument when `text` is not valid UTF-8.
Result<std::string> Nfkc(std::string_view text);

// Replaces letters that look like Latin ones (Cyrillic and Greek capitals and small letters such as "Т", "о", "А",
// "Ε") with the Latin letters they imitate, in words that are otherwise Latin; a word written wholly in Cyrillic or
// Greek is left alone. Input must be valid UTF-8.
std::string FoldConfusables(std::string_view text);

// Curly quotes to straight ones, en and em dashes and the minus sign to "-", non-breaking and other Unicode spaces to
// " ", ligatures ("ﬁ") split. Input must be valid UTF-8.
std::string FoldPunctuation(std::string_view text);

// Runs of white space to one space, trimmed at both ends.
std::string CollapseSpace(std::string_view text);

// The form used to compare text written by different hands: NFKC, FoldConfusables, FoldPunctuation, case-folded,
// CollapseSpace. Invalid UTF-8 bytes are replaced by U+FFFD first.
std::string FoldForCompare(std::string_view text);

// Lower case (full Unicode case folding). Input must be valid UTF-8.
std::string CaseFold(std::string_view text);

// Replaces invalid UTF-8 sequences with U+FFFD.
std::string SanitizeUtf8(std::string_view text);

// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

// Trims ASCII white space at both ends.
std::string_view Trim(std::string_view text);

// Splits on `sep`, keeping empty parts.
std::vector<std::string_view> Split(std::string_view text, char sep);

bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

}  // namespace boardroom
