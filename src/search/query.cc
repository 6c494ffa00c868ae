#include "search/query.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.h"

namespace boardroom::search {
namespace {

constexpr size_t kMaxQueryLength = 500;
constexpr size_t kMaxTerms = 32;

Error Bad(std::string message) {
  return Error::InvalidArgument(std::move(message), "q");
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// One lexical piece of the query.
struct Token {
  std::string text;
  bool phrase = false;    // was in quotation marks
  bool excluded = false;  // began with -
  bool prefix = false;    // ended with *
  std::string field;      // "body" for body:BCB
};

// Reads a quoted run starting at text[i] == '"'; advances i past the closing quote.
Result<std::string> ReadQuoted(std::string_view text, size_t& i) {
  size_t close = text.find('"', i + 1);
  if (close == std::string_view::npos) {
    return Bad("A quotation mark is not closed: add a closing \" to search for an exact phrase.");
  }
  std::string inner(text.substr(i + 1, close - i - 1));
  i = close + 1;
  return inner;
}

bool IsFilterName(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kNames = {"body", "kind",  "status", "owner",
                                                             "from", "after", "before", "theme"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

Result<std::vector<Token>> Lex(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    Token token;
    if (text[i] == '-' && i + 1 < text.size() && !IsSpace(text[i + 1])) {
      token.excluded = true;
      ++i;
    }
    if (text[i] == '"') {
      ASSIGN_OR_RETURN(token.text, ReadQuoted(text, i));
      token.phrase = true;
      if (i < text.size() && text[i] == '*') {
        token.prefix = true;
        ++i;
      }
    } else {
      size_t start = i;
      while (i < text.size() && !IsSpace(text[i]) && text[i] != '"') {
        if (text[i] == ':' && i > start && token.field.empty() && !token.excluded &&
            IsFilterName(Lower(text.substr(start, i - start)))) {
          token.field = Lower(text.substr(start, i - start));
          ++i;
          start = i;
          if (i < text.size() && text[i] == '"') break;
          continue;
        }
        ++i;
      }
      if (!token.field.empty() && i < text.size() && text[i] == '"' && start == i) {
        ASSIGN_OR_RETURN(token.text, ReadQuoted(text, i));
      } else {
        token.text = std::string(text.substr(start, i - start));
      }
      if (token.field.empty() && token.text.size() > 1 && token.text.back() == '*') {
        token.prefix = true;
        while (!token.text.empty() && token.text.back() == '*') token.text.pop_back();
      }
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

Status ApplyFilter(const Token& token, store::SearchQuery& query) {
  const std::string& value = token.text;
  if (value.empty()) {
    return Bad("The filter " + token.field + ": needs a value, for example " + token.field +
               (token.field == "from" || token.field == "after" || token.field == "before" ? ":2019-09-18"
                                                                                           : ":BCB") +
               ".");
  }
  if (token.field == "body") {
    query.body = value;
  } else if (token.field == "kind") {
    std::string kind = Lower(value);
    if (!kind.empty() && kind.back() == 's') kind.pop_back();
    Result<store::SearchKind> parsed = store::ParseSearchKind(kind);
    if (!parsed.ok()) return Bad("kind: must be paragraph, recommendation, action, update or inspection.");
    query.kind = parsed.value();
  } else if (token.field == "status") {
    query.status = Lower(value);
  } else if (token.field == "owner") {
    query.owner = value;
  } else if (token.field == "theme") {
    query.theme = value;
  } else {
    Result<Date> date = Date::ParseIso(value);
    if (!date.ok()) {
      return Bad("The date in " + token.field + ":" + value + " is not a date written as YYYY-MM-DD.");
    }
    if (token.field == "from") query.from = date.value();
    if (token.field == "after") query.from = date.value().AddDays(1);
    if (token.field == "before") query.before = date.value();
  }
  return OkStatus();
}

bool HasWordCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u);
  });
}

}  // namespace

bool IsStopWord(std::string_view word) {
  static constexpr std::array<std::string_view, 40> kStopWords = {
      "a",   "an",   "and",  "are", "as",   "at",    "be",   "by",   "for",   "from",
      "has", "have", "in",   "is",  "it",   "its",   "of",   "on",   "or",    "that",
      "the", "this", "to",   "was", "were", "which", "will", "with", "we",    "not",
      "but", "been", "into", "our", "all",  "any",   "if",   "also", "there", "their"};
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

Result<store::SearchQuery> ParseQuery(std::string_view text) {
  if (text.size() > kMaxQueryLength) {
    return Bad("The search is too long: use at most " + std::to_string(kMaxQueryLength) + " characters.");
  }
  ASSIGN_OR_RETURN(std::vector<Token> tokens, Lex(text));
  store::SearchQuery query;
  bool pending_or = false;
  size_t terms = 0;
  std::vector<bool> group_is_stop_word;  // per group of all_of: a single bare stop word
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (!token.phrase && token.field.empty() && !token.excluded && token.text == "OR") {
      if (query.all_of.empty() || pending_or)
        return Bad("OR needs a word on each side, as in: budget OR finance.");
      pending_or = true;
      continue;
    }
    if (!token.field.empty()) {
      if (pending_or) return Bad("OR needs a word on each side, as in: budget OR finance.");
      RETURN_IF_ERROR(ApplyFilter(token, query));
      continue;
    }
    if (!HasWordCharacter(token.text)) continue;  // "*", "^", "(" and the like say nothing
    if (++terms > kMaxTerms) return Bad("The search has too many words: use at most 32.");
    store::SearchTerm term{token.text, token.prefix};
    if (token.excluded) {
      if (pending_or) return Bad("OR cannot join an excluded word; exclude it separately.");
      query.none_of.push_back(std::move(term));
      continue;
    }
    bool stop = !token.phrase && !token.prefix && IsStopWord(Lower(token.text));
    if (pending_or) {
      query.all_of.back().push_back(std::move(term));
      group_is_stop_word.back() = false;
      pending_or = false;
    } else {
      query.all_of.push_back({std::move(term)});
      group_is_stop_word.push_back(stop);
    }
  }
  if (pending_or) return Bad("OR needs a word on each side, as in: budget OR finance.");
  if (query.all_of.empty()) {
    if (!query.none_of.empty()) return Bad("Add a word to look for: a search cannot only exclude words.");
    return Bad("Type at least one word to search for.");
  }
  // Drop lone stop words when something else is looked for: they match nearly everything and only slow the
  // search down.
  bool all_stop = std::all_of(group_is_stop_word.begin(), group_is_stop_word.end(), [](bool b) { return b; });
  if (!all_stop) {
    std::vector<std::vector<store::SearchTerm>> kept;
    for (size_t g = 0; g < query.all_of.size(); ++g) {
      if (!group_is_stop_word[g]) kept.push_back(std::move(query.all_of[g]));
    }
    query.all_of = std::move(kept);
  }
  return query;
}

std::string Citation(const store::SearchHit& hit) {
  std::vector<std::string> parts;
  std::string head = hit.body_short_name;
  if (hit.date) head += (head.empty() ? "" : " ") + hit.date->ToShort();
  if (!head.empty()) parts.push_back(head);
  if (!hit.agenda_item.empty()) parts.push_back("item " + hit.agenda_item);
  if (!hit.number.empty()) {
    switch (hit.kind) {
      case store::SearchKind::kParagraph:
        parts.push_back("para " + hit.number);
        break;
      case store::SearchKind::kRecommendation:
        parts.push_back("recommendation " + hit.number);
        break;
      case store::SearchKind::kAction:
        parts.push_back("action " + hit.number);
        break;
      case store::SearchKind::kActionUpdate:
        parts.push_back("action " + hit.number + " update");
        break;
      case store::SearchKind::kInspection:
        parts.push_back("inspection item " + hit.number);
        break;
    }
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " \u203a ") + parts[i];
  return out;
}

std::string HitLink(const store::SearchHit& hit) {
  switch (hit.kind) {
    case store::SearchKind::kParagraph:
      return "/papers/" + std::to_string(hit.paper_id ? hit.paper_id->value : 0) +
             (hit.number.empty() ? "#paragraph-" + std::to_string(hit.id) : "#para-" + hit.number);
    case store::SearchKind::kRecommendation:
      return "/papers/" + std::to_string(hit.paper_id ? hit.paper_id->value : 0) + "#recommendation-" +
             std::to_string(hit.id);
    case store::SearchKind::kAction:
    case store::SearchKind::kActionUpdate:
      return "/actions/" + std::to_string(hit.action_id ? hit.action_id->value : 0);
    case store::SearchKind::kInspection:
      return "/inspections/" + std::to_string(hit.inspection_id.value_or(0)) + "#item-" +
             std::to_string(hit.id);
  }
  return "/";
}

std::string MarkedToHtml(std::string_view marked) {
  std::string out;
  bool open = false;
  size_t plain = 0;  // start of the text not yet escaped
  for (size_t i = 0; i < marked.size(); ++i) {
    const char c = marked[i];
    if (c != store::kMatchStart && c != store::kMatchEnd) continue;
    out += HtmlEscape(marked.substr(plain, i - plain));
    plain = i + 1;
    if (c == store::kMatchStart && !open) out += "<mark>";
    if (c == store::kMatchEnd && open) out += "</mark>";
    open = (c == store::kMatchStart);
  }
  out += HtmlEscape(marked.substr(plain));
  if (open) out += "</mark>";
  return out;
}

std::string MarkedToText(std::string_view marked) {
  std::string out;
  for (char c : marked) {
    if (c != store::kMatchStart && c != store::kMatchEnd) out += c;
  }
  return out;
}

}  // namespace boardroom::search
