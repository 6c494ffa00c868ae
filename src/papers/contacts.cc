#include "papers/contacts.h"

#include <set>

#include "papers/normalize.h"

namespace boardroom::papers {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t';
}

std::string Trimmed(std::string_view s, std::string_view extra = "") {
  while (!s.empty() && (IsSpace(s.front()) || extra.find(s.front()) != std::string_view::npos))
    s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || extra.find(s.back()) != std::string_view::npos))
    s.remove_suffix(1);
  return std::string(s);
}

std::string LowerWord(std::string_view w) {
  std::string out;
  for (char c : w)
    if (IsLower(c) || IsUpper(c) || c == '-')
      out.push_back(IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  return out;
}

bool IsPostWord(std::string_view word) {
  static const std::set<std::string, std::less<>> kWords = {
      "director",   "head",       "officer",     "manager",      "chief",          "executive",
      "lead",       "assistant",  "deputy",      "clerk",        "treasurer",      "secretary",
      "adviser",    "advisor",    "coordinator", "co-ordinator", "superintendent", "commissioner",
      "analyst",    "engineer",   "accountant",  "solicitor",    "consultant",     "administrator",
      "controller", "supervisor", "specialist",  "inspector",    "officers",       "directors"};
  return kWords.count(LowerWord(word)) > 0;
}

// Splits `text` at any of `separators`, trimming the pieces and dropping empty ones.
std::vector<std::string> SplitAt(std::string_view text, const std::vector<std::string_view>& separators) {
  std::vector<std::string> out;
  size_t start = 0;
  size_t i = 0;
  while (i <= text.size()) {
    size_t matched = 0;
    if (i < text.size()) {
      for (std::string_view sep : separators) {
        if (text.substr(i, sep.size()) == sep) {
          matched = sep.size();
          break;
        }
      }
    }
    if (i == text.size() || matched > 0) {
      std::string piece = Trimmed(text.substr(start, i - start));
      if (!piece.empty()) out.push_back(std::move(piece));
      if (i == text.size()) break;
      i += matched;
      start = i;
      continue;
    }
    ++i;
  }
  return out;
}

// Takes the first e-mail address out of `s`.
std::optional<std::string> TakeEmail(std::string& s) {
  const size_t at = s.find('@');
  if (at == std::string::npos) return std::nullopt;
  auto stop = [](char c) {
    return IsSpace(c) || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';';
  };
  size_t b = at, e = at;
  while (b > 0 && !stop(s[b - 1])) --b;
  while (e < s.size() && !stop(s[e])) ++e;
  std::string email = Trimmed(std::string_view(s).substr(b, e - b), ".:");
  if (email.find('.', email.find('@')) == std::string::npos || email.front() == '@') return std::nullopt;
  if (email.rfind("mailto:", 0) == 0) email = email.substr(7);
  s.erase(b, e - b);
  return email;
}

size_t CountDigits(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += IsDigit(c) ? 1 : 0;
  return n;
}

// Takes the first telephone number of at least `min_digits` digits out of `s`.
std::optional<std::string> TakePhone(std::string& s, size_t min_digits) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!(IsDigit(s[i]) || s[i] == '+' || s[i] == '(')) continue;
    if (i > 0 && !(IsSpace(s[i - 1]) || s[i - 1] == ':' || s[i - 1] == ',')) continue;
    size_t e = i;
    while (e < s.size() && (IsDigit(s[e]) || s[e] == ' ' || s[e] == '(' || s[e] == ')' || s[e] == '-' ||
                            (s[e] == '+' && e == i)))
      ++e;
    const std::string phone = Trimmed(std::string_view(s).substr(i, e - i), "-(");
    if (CountDigits(phone) < min_digits) {
      i = e;
      continue;
    }
    s.erase(i, e - i);
    return phone;
  }
  return std::nullopt;
}

// Drops contact labels left behind ("Tel:", "Email", "E-mail:", "Mobile") from a comma-separated remainder.
std::string DropLabels(std::string_view s) {
  static const std::set<std::string, std::less<>> kLabels = {
      "tel", "telephone", "phone",  "mobile",           "email",        "e-mail",      "t",
      "e",   "m",         "tel no", "telephone number", "phone number", "direct line", "contact"};
  std::string out;
  for (const std::string& seg : SplitAt(s, {",", ";", "|"})) {
    std::string piece = seg;
    // Labels at the end of the piece ("Head of Finance Tel:") or as the whole piece.
    while (!piece.empty()) {
      const size_t sp = piece.rfind(' ');
      std::string key = AsciiLower(sp == std::string::npos ? piece : piece.substr(sp + 1));
      while (!key.empty() && (key.back() == ':' || key.back() == '.')) key.pop_back();
      if (kLabels.count(key) == 0) break;
      piece = sp == std::string::npos ? std::string() : Trimmed(std::string_view(piece).substr(0, sp));
    }
    if (piece.empty()) continue;
    if (!out.empty()) out += ", ";
    out += piece;
  }
  return out;
}

bool LooksLikeName(std::string_view text) {
  const auto words = Words(text);
  if (words.size() < 2 || words.size() > 5) return false;
  for (std::string_view w : words) {
    if (!IsUpper(w.front())) return false;
    if (IsPostWord(w)) return false;
  }
  return true;
}

}  // namespace

ContactDetails ReadContactDetails(std::string_view text) {
  std::string s = Trimmed(text);
  ContactDetails out;
  out.email = TakeEmail(s);
  out.phone = TakePhone(s, 9);
  out.rest = DropLabels(s);
  return out;
}

std::optional<ParsedContactOfficer> ContactFromLine(std::string_view line) {
  ContactDetails details = ReadContactDetails(line);
  ParsedContactOfficer officer;
  officer.email = std::move(details.email);
  officer.phone = std::move(details.phone);
  const std::string& rest = details.rest;
  size_t cut = rest.find(", ");
  size_t skip = 2;
  for (std::string_view dash : {" \xE2\x80\x93 ", " - ", " \xE2\x80\x94 "}) {
    const size_t d = rest.find(dash);
    if (d != std::string::npos && d < cut) {
      cut = d;
      skip = dash.size();
    }
  }
  officer.name = Trimmed(rest.substr(0, cut));
  if (cut != std::string::npos) {
    std::string post = Trimmed(std::string_view(rest).substr(cut + skip));
    if (!post.empty()) officer.post = post;
  }
  // One word is a label ("Reference", "Documents") or a broken line, not a person's name.
  const size_t words = Words(officer.name).size();
  if (words < 2 || words > 7) return std::nullopt;
  return officer;
}

bool LooksLikePost(std::string_view line) {
  const std::string t = Trimmed(line);
  const size_t comma = t.find(", ");
  if (comma != std::string::npos && LooksLikeName(std::string_view(t).substr(0, comma))) return false;
  if (t.find(" of ") != std::string::npos) return true;
  const auto words = Words(t);
  return !words.empty() && IsPostWord(words.back());
}

std::vector<ParsedContactOfficer> ContactsFromFields(const ContactFields& fields) {
  std::string names_text = fields.names;
  std::string posts_text = fields.posts;
  if (fields.posts_in_names) {
    // The names come first, then the posts: the posts start at the first post word.
    const auto words = Words(names_text);
    size_t w = 0;
    while (w < words.size() && !IsPostWord(words[w])) ++w;
    if (w > 0 && w < words.size()) {
      const size_t at = static_cast<size_t>(words[w].data() - names_text.data());
      posts_text = Trimmed(names_text.substr(at)) + (posts_text.empty() ? "" : " " + posts_text);
      names_text = Trimmed(names_text.substr(0, at));
    }
  }
  std::vector<ParsedContactOfficer> out;
  for (std::string& name : SplitAt(names_text, {" and ", " & ", ", ", "; "})) {
    if (Words(name).size() > 7) continue;
    ParsedContactOfficer o;
    o.name = std::move(name);
    out.push_back(std::move(o));
  }
  if (out.empty()) return out;
  const size_t n = out.size();

  // Posts: split at " and " (or ";") where the next part names a post, when that gives one per officer.
  if (!posts_text.empty()) {
    std::vector<std::string> posts;
    if (n == 1) {
      posts.push_back(posts_text);
    } else {
      std::vector<std::string> parts = SplitAt(posts_text, {" and ", "; "});
      for (std::string& p : parts) {
        std::string_view head = p;
        head = head.substr(0, head.find(','));
        bool names_post = false;
        for (std::string_view w : Words(head)) names_post = names_post || IsPostWord(w);
        if (posts.empty() || names_post) {
          posts.push_back(std::move(p));
        } else {
          posts.back() += " and " + p;
        }
      }
    }
    if (posts.size() == n) {
      for (size_t k = 0; k < n; ++k) out[k].post = posts[k];
    }
  }

  // E-mails: by the name in the address, else in order when there are as many as officers.
  std::vector<std::string> emails;
  std::string rest = fields.emails;
  while (std::optional<std::string> e = TakeEmail(rest)) emails.push_back(*e);
  std::vector<bool> placed(emails.size(), false);
  for (size_t i = 0; i < emails.size(); ++i) {
    const std::string local = AsciiLower(emails[i].substr(0, emails[i].find('@')));
    for (ParsedContactOfficer& o : out) {
      if (o.email) continue;
      const auto words = Words(o.name);
      if (words.size() >= 2 && local.find(LowerWord(words.back())) != std::string::npos) {
        o.email = emails[i];
        placed[i] = true;
        break;
      }
    }
  }
  if (emails.size() == n) {
    for (size_t k = 0; k < n; ++k)
      if (!placed[k] && !out[k].email) out[k].email = emails[k];
  }

  // Telephone numbers in order; a damaged one keeps its place but is dropped.
  const std::vector<std::string> phones = SplitAt(fields.phones, {" and ", ", ", "; ", " / "});
  if (phones.size() == n) {
    for (size_t k = 0; k < n; ++k)
      if (CountDigits(phones[k]) >= 6) out[k].phone = phones[k];
  }
  return out;
}

}  // namespace boardroom::papers
