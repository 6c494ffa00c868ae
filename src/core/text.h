// Text utilities that belong to no subject: UTF-8 validation, Unicode normalisation (NFKC) and folding for
// comparison (case, curly quotes and dashes, look-alike letters such as Cyrillic "То" for Latin "To"),
// white-space collapsing, and HTML escaping. Uses ICU.
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

// Replaces letters that look like Latin ones (Cyrillic and Greek capitals and small letters such as "Т", "о",
// "А", "Ε") with the Latin letters they imitate, in words that are otherwise Latin. A word made only of
// look-alike letters is folded too when a neighbouring word on the same line is Latin and neither neighbour
// is written in another script (Cyrillic "То: Board" becomes "To: Board"). A word with a genuinely Cyrillic
// or Greek letter ("Москва") and a look-alike word among such words ("То, что") are left alone. Input should
// be valid UTF-8; invalid bytes are copied unchanged.
std::string FoldConfusables(std::string_view text);

// Curly quotes to straight ones, en and em dashes and the minus sign to "-", non-breaking and other Unicode
// spaces to " ", ligatures ("ﬁ") split; soft hyphens and zero-width spaces removed. Input should be valid
// UTF-8; invalid bytes are copied unchanged.
std::string FoldPunctuation(std::string_view text);

// Runs of ASCII white space (space, tab, CR, LF, FF, VT) to one space, trimmed at both ends. Unicode spaces
// are not white space here: FoldPunctuation turns them into " " first.
std::string CollapseSpace(std::string_view text);

// The form used to compare text written by different hands: NFKC, FoldConfusables, FoldPunctuation,
// case-folded, CollapseSpace. Invalid UTF-8 bytes are replaced by U+FFFD first.
std::string FoldForCompare(std::string_view text);

// Lower case (full Unicode case folding: "ß" becomes "ss"). Input should be valid UTF-8; invalid bytes become
// U+FFFD.
std::string CaseFold(std::string_view text);

// Replaces each maximal invalid UTF-8 subsequence with U+FFFD (the Unicode-recommended practice); the result
// is valid UTF-8.
std::string SanitizeUtf8(std::string_view text);

// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

// Trims ASCII white space at both ends.
std::string_view Trim(std::string_view text);

// Splits on `sep`, keeping empty parts.
std::vector<std::string_view> Split(std::string_view text, char sep);

// Byte-wise, case-sensitive prefix and suffix tests.
bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

}  // namespace boardroom
