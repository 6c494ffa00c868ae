// Contact officers of a paper in the forms papers write them: one line per officer ("Nicky Phillipson, Head
// of Strategic Partnerships", "Jane Smith – Clerk, jane.smith@example.gov.uk, Tel: 01223 123456"), a name on
// one line with the post, telephone and e-mail on the lines under it, and the labelled block of a committee
// report's header ("Officer contact:" then "Name:", "Post:", "Email:", "Tel:"), where one block may name two
// officers joined by "and" ("Name: Post: A and B Director, X and Service Director, Y"). Pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "papers/parsed.h"

namespace boardroom::papers {

// The officer one line names, its e-mail address and telephone number taken out wherever they stand (with
// their labels "Email:", "Tel:", "Telephone", "Mobile"), the rest split into name and post at the first ", "
// or dash. nullopt when the name left is one word (a label) or longer than seven words (a sentence).
std::optional<ParsedContactOfficer> ContactFromLine(std::string_view line);

// The e-mail address and telephone number (nine digits or more) written in `text`, and what is left of it
// without them and their labels; the name is left empty.
struct ContactDetails {
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::string rest;
};
ContactDetails ReadContactDetails(std::string_view text);

// True when `line` reads as an officer's post rather than a person ("Head of Finance", "Director of Estates",
// "Partnerships Manager"): it contains " of " or ends with a post word, and does not start with a name
// followed by a comma.
bool LooksLikePost(std::string_view line);

// The labelled fields of an "Officer contact" block, as written.
struct ContactFields {
  std::string names;  // "Amanda Askham and Adrian Chapman" (with the posts after them when `posts_in_names`)
  std::string posts;
  std::string emails;
  std::string phones;
  bool posts_in_names = false;  // "Name: Post:" as one label: the names then the posts in one value
};

// The officers of a labelled block: names split at "and", "&" and commas; posts, e-mails and telephone
// numbers given to them in order when there are as many as names (an e-mail also by the name in its local
// part); a telephone number with fewer than six digits is dropped as damaged.
std::vector<ParsedContactOfficer> ContactsFromFields(const ContactFields& fields);

}  // namespace boardroom::papers
