#include "web/directory_pages.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "governance/commands.h"
#include "web/errors.h"
#include "web/form_support.h"

namespace boardroom::web {
namespace {

using forms::Problems;
using store::AccountRole;

struct Refused {
  int status = 200;
  std::string form;        // "add" or "end"
  int64_t membership = 0;  // the membership an "end" form was about
  Fields values;
  Problems problems;
};

Result<std::unique_ptr<store::Transaction>> BeginRead(const GovernanceContext& context) {
  return context.store->Begin(store::Access::kReadOnly);
}

Result<std::vector<store::Organisation>> AllOrganisations(store::Transaction& tx) {
  return store::ReadAllPages<store::Organisation>(
      [&](const store::Page& page) { return tx.organisations().ListOrganisations(page); });
}

Result<std::vector<store::Person>> AllPeople(store::Transaction& tx,
                                             std::optional<store::OrganisationId> of) {
  return store::ReadAllPages<store::Person>(
      [&](const store::Page& page) { return tx.organisations().ListPeople(of, page); });
}

// Refusal of a command as a form's problem; anything that is not the form's fault is an error page.
std::optional<Response> Unfixable(const Site& site, const Request& request, const Error& error) {
  if (forms::IsFormError(error)) return std::nullopt;
  return HtmlErrorResponse(site, request, error);
}

// ----- Organisations

Response OrganisationsPage(const Site& site, const GovernanceContext& context, const Request& request,
                           const Refused& refused) {
  if (!request.caller.principal) return forms::SignInFirst(request);
  Result<std::vector<store::Organisation>> organisations = [&]() -> Result<std::vector<store::Organisation>> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, BeginRead(context));
    return AllOrganisations(*tx);
  }();
  if (!organisations.ok()) return HtmlErrorResponse(site, request, organisations.error());
  const bool keeper = forms::CallerOf(request).HasRoleForAnyBody(AccountRole::kClerk);
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Organisations"), "organisations.tpl", [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        for (const store::Organisation& o : *organisations) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("ORGANISATION");
          row->SetValue("NAME", o.name);
          row->SetValue("SHORT_NAME", o.short_name);
          row->SetValue("KIND", o.kind);
          row->SetValue("PEOPLE_HREF", "/people?organisation=" + std::to_string(o.id.value));
        }
        if (organisations->empty()) d.ShowSection("NO_ORGANISATIONS");
        if (!keeper) return;
        ctemplate::TemplateDictionary* f = d.AddSectionDictionary("FORM");
        f->SetValue("CSRF_TOKEN", forms::Csrf(request));
        f->SetValue("NAME", FieldValue(refused.values, "name"));
        f->SetValue("SHORT_NAME", FieldValue(refused.values, "short_name"));
        f->SetValue("KIND", FieldValue(refused.values, "kind"));
        forms::MarkFields(*f, refused.problems);
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response AddOrganisationForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  governance::OrganisationInput input{FieldValue(*form, "name"), FieldValue(*form, "short_name"),
                                      FieldValue(*form, "kind")};
  Result<store::Organisation> made = forms::RunCommand(
      context, request, [&](const auto& ctx) { return governance::CreateOrganisation(ctx, input); });
  if (made.ok()) return forms::Redirect("/organisations");
  if (auto page = Unfixable(site, request, made.error())) return std::move(*page);
  Refused refused{.status = HttpStatusFor(made.error().code), .form = "add", .values = *form};
  FieldProblem problem = forms::ProblemOf(made.error(), {"name", "short_name", "kind"}, "name");
  if (problem.field == "short_name") problem.field = "short-name";
  refused.problems.push_back(problem);
  return OrganisationsPage(site, context, request, refused);
}

// ----- People

Response PeoplePage(const Site& site, const GovernanceContext& context, const Request& request,
                    const Refused& refused) {
  if (!request.caller.principal) return forms::SignInFirst(request);
  std::optional<store::OrganisationId> of;
  if (std::optional<std::string_view> text = request.Query("organisation"); text && !text->empty()) {
    std::optional<int64_t> id = forms::ParsePositive(*text);
    if (!id) return HtmlErrorResponse(site, request, Error::NotFound("There is no such organisation."));
    of = store::OrganisationId{*id};
  }
  struct Loaded {
    std::vector<store::Organisation> organisations;
    std::vector<store::Person> people;
    std::string of_name;
  };
  Result<Loaded> loaded = [&]() -> Result<Loaded> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, BeginRead(context));
    Loaded l;
    if (of) {
      ASSIGN_OR_RETURN(store::Organisation o, tx->organisations().GetOrganisation(*of));
      l.of_name = o.name;
    }
    ASSIGN_OR_RETURN(l.organisations, AllOrganisations(*tx));
    ASSIGN_OR_RETURN(l.people, AllPeople(*tx, of));
    return l;
  }();
  if (!loaded.ok()) return HtmlErrorResponse(site, request, loaded.error());
  std::map<int64_t, std::string> names;
  std::vector<std::pair<std::string, std::string>> options;
  for (const store::Organisation& o : loaded->organisations) {
    names[o.id.value] = o.name;
    options.emplace_back(std::to_string(o.id.value), o.name);
  }
  const bool keeper = forms::CallerOf(request).HasRoleForAnyBody(AccountRole::kClerk);
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, of ? "People of " + loaded->of_name : "People"), "people.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        if (of) d.AddSectionDictionary("OF")->SetValue("ORGANISATION", loaded->of_name);
        for (const store::Person& p : loaded->people) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("PERSON");
          row->SetValue("NAME", p.name);
          row->SetValue("POST", p.post);
          row->SetValue("ORGANISATION", p.organisation_id ? names[p.organisation_id->value] : "");
        }
        if (loaded->people.empty()) d.ShowSection("NO_PEOPLE");
        if (!keeper) return;
        ctemplate::TemplateDictionary* f = d.AddSectionDictionary("FORM");
        f->SetValue("CSRF_TOKEN", forms::Csrf(request));
        f->SetValue("NAME", FieldValue(refused.values, "name"));
        f->SetValue("POST", FieldValue(refused.values, "post"));
        forms::FillOptions(*f, "ORGANISATION_OPTION", options,
                           refused.values.empty() && of ? std::to_string(of->value)
                                                        : FieldValue(refused.values, "organisation_id"));
        forms::MarkFields(*f, refused.problems);
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response AddPersonForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "add", .values = *form};
  Result<std::optional<int64_t>> organisation =
      forms::OptionalId(*form, "organisation_id", "organisation-id");
  if (!organisation.ok()) {
    refused.problems.push_back({organisation.error().field, organisation.error().message});
    return PeoplePage(site, context, request, refused);
  }
  governance::PersonInput input{FieldValue(*form, "name"), FieldValue(*form, "post"), std::nullopt};
  if (*organisation) input.organisation_id = store::OrganisationId{**organisation};
  Result<store::Person> made = forms::RunCommand(
      context, request, [&](const auto& ctx) { return governance::CreatePerson(ctx, input); });
  if (made.ok()) return forms::Redirect("/people");
  if (auto page = Unfixable(site, request, made.error())) return std::move(*page);
  refused.status = HttpStatusFor(made.error().code);
  FieldProblem problem = forms::ProblemOf(made.error(), {"name", "post", "organisation_id"}, "name");
  if (problem.field == "organisation_id") problem.field = "organisation-id";
  refused.problems.push_back(problem);
  return PeoplePage(site, context, request, refused);
}

// ----- A body's members

const std::vector<std::pair<std::string, std::string>>& RoleOptions() {
  static const auto* options = new std::vector<std::pair<std::string, std::string>>{
      {"chair", "Chair"},       {"vice_chair", "Vice-chair"}, {"member", "Member"},
      {"observer", "Observer"}, {"co_opted", "Co-opted"},     {"adviser", "Adviser"}};
  return *options;
}

std::string RoleLabel(store::MembershipRole role) {
  const std::string name(store::Name(role));
  for (const auto& [value, label] : RoleOptions()) {
    if (value == name) return label;
  }
  return name;
}

std::string DateText(const std::optional<Date>& date) {
  return date ? date->ToIso() : "";
}

Response MembersPage(const Site& site, const GovernanceContext& context, const Request& request,
                     int64_t body_id, const Refused& refused) {
  if (!request.caller.principal) return forms::SignInFirst(request);
  struct Loaded {
    store::Body body;
    std::vector<store::Membership> memberships;
    std::vector<store::Person> people;
  };
  Result<Loaded> loaded = [&]() -> Result<Loaded> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, BeginRead(context));
    Loaded l;
    ASSIGN_OR_RETURN(l.body, tx->bodies().GetBody(store::BodyId{body_id}));
    ASSIGN_OR_RETURN(l.memberships, tx->bodies().ListMemberships(l.body.id));
    ASSIGN_OR_RETURN(l.people, AllPeople(*tx, std::nullopt));
    return l;
  }();
  if (!loaded.ok()) return HtmlErrorResponse(site, request, loaded.error());
  std::map<int64_t, const store::Person*> people;
  std::vector<std::pair<std::string, std::string>> options;
  for (const store::Person& p : loaded->people) {
    people[p.id.value] = &p;
    options.emplace_back(std::to_string(p.id.value), p.post.empty() ? p.name : p.name + ", " + p.post);
  }
  const bool clerk = forms::CallerOf(request).HasRole(AccountRole::kClerk, loaded->body.id);
  const std::string csrf = forms::Csrf(request);
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Members: " + loaded->body.name), "body_members.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        FillErrorSummary(d, refused.problems);
        d.SetValue("BODY_NAME", loaded->body.name);
        d.SetValue("ACTIONS_HREF", "/bodies/" + std::to_string(body_id) + "/actions");
        if (clerk) d.ShowSection("CLERK");
        for (const store::Membership& m : loaded->memberships) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("MEMBER");
          const store::Person* p = people.count(m.person_id.value) > 0 ? people[m.person_id.value] : nullptr;
          row->SetValue("ID", std::to_string(m.id.value));
          row->SetValue("NAME", p != nullptr ? p->name : "Person " + std::to_string(m.person_id.value));
          if (p != nullptr && !p->post.empty())
            row->AddSectionDictionary("HAS_POST")->SetValue("POST", p->post);
          row->SetValue("ROLE", RoleLabel(m.role));
          row->SetValue("VOTING", m.voting ? "Yes" : "No");
          row->SetValue("SPEAKING", m.speaking ? "Yes" : "No");
          row->SetValue("FROM", DateText(m.from));
          row->SetValue("UNTIL", DateText(m.until));
          if (!clerk) continue;
          if (m.until) {
            row->ShowSection("ENDED");
            continue;
          }
          ctemplate::TemplateDictionary* f = row->AddSectionDictionary("END_FORM");
          const std::string field_id = "until-" + std::to_string(m.id.value);
          f->SetValue("ACTION", "/memberships/" + std::to_string(m.id.value) + "/end");
          f->SetValue("CSRF_TOKEN", csrf);
          f->SetValue("VERSION", std::to_string(m.version));
          f->SetValue("FIELD_ID", field_id);
          f->SetValue("NAME", p != nullptr ? p->name : "");
          const bool resent = refused.form == "end" && refused.membership == m.id.value;
          f->SetValue("UNTIL_VALUE", resent ? FieldValue(refused.values, "until") : "");
          for (const FieldProblem& problem : refused.problems) {
            if (resent && problem.field == field_id)
              f->AddSectionDictionary("UNTIL_ERROR")->SetValue("MESSAGE", problem.message);
          }
        }
        if (loaded->memberships.empty()) d.ShowSection("NO_MEMBERS");
        if (!clerk) return;
        ctemplate::TemplateDictionary* f = d.AddSectionDictionary("FORM");
        const bool resent = refused.form == "add";
        f->SetValue("ACTION", "/bodies/" + std::to_string(body_id) + "/members");
        f->SetValue("CSRF_TOKEN", csrf);
        forms::FillOptions(*f, "PERSON_OPTION", options, FieldValue(refused.values, "person_id"));
        forms::FillOptions(*f, "ROLE_OPTION", RoleOptions(),
                           resent ? FieldValue(refused.values, "role") : std::string("member"));
        if (!resent || FieldValue(refused.values, "voting") == "yes") f->ShowSection("VOTING_CHECKED");
        if (!resent || FieldValue(refused.values, "speaking") == "yes") f->ShowSection("SPEAKING_CHECKED");
        f->SetValue("FROM", resent ? FieldValue(refused.values, "from") : "");
        f->SetValue("UNTIL", resent ? FieldValue(refused.values, "until") : "");
        if (resent) forms::MarkFields(*f, refused.problems);
      });
  return HtmlResponse(site, request, html, refused.status);
}

Response AddMemberForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<int64_t> id = forms::PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Refused refused{.status = 400, .form = "add", .values = *form};
  governance::MembershipInput input;
  input.body_id = store::BodyId{*id};
  std::optional<int64_t> person = forms::ParsePositive(FieldValue(*form, "person_id"));
  if (!person) refused.problems.push_back({"person-id", "Choose the person who sits on the body."});
  input.person_id = store::PersonId{person.value_or(0)};
  Result<store::MembershipRole> role = store::ParseMembershipRole(FieldValue(*form, "role"));
  if (!role.ok()) refused.problems.push_back({"role", "Choose the member's role."});
  input.role = role.ok() ? *role : store::MembershipRole::kMember;
  input.voting = FieldValue(*form, "voting") == "yes";
  input.speaking = FieldValue(*form, "speaking") == "yes";
  Result<std::optional<Date>> from = forms::OptionalDate(*form, "from", "from", "the first day");
  if (!from.ok()) refused.problems.push_back({"from", from.error().message});
  Result<std::optional<Date>> until = forms::OptionalDate(*form, "until", "until", "the last day");
  if (!until.ok()) refused.problems.push_back({"until", until.error().message});
  if (refused.problems.empty()) {
    input.from = *from;
    input.until = *until;
    Result<store::Membership> added = forms::RunCommand(
        context, request, [&](const auto& ctx) { return governance::AddMembership(ctx, input); });
    if (added.ok()) return forms::Redirect("/bodies/" + std::to_string(*id) + "/members");
    if (auto page = Unfixable(site, request, added.error())) return std::move(*page);
    refused.status = HttpStatusFor(added.error().code);
    FieldProblem problem = forms::ProblemOf(added.error(), {"person_id", "until", "from"}, "person-id");
    if (problem.field == "person_id") problem.field = "person-id";
    refused.problems.push_back(problem);
  }
  return MembersPage(site, context, request, *id, refused);
}

Response EndMembershipForm(const Site& site, const GovernanceContext& context, const Request& request) {
  if (!request.caller.principal) return forms::SignedOutPost(site, request);
  Result<int64_t> id = forms::PathId(request);
  if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
  Result<Fields> form = ParseForm(request.body);
  if (!form.ok()) return HtmlErrorResponse(site, request, form.error());
  Result<int64_t> version = forms::VersionField(*form);
  if (!version.ok()) return HtmlErrorResponse(site, request, version.error());
  Result<store::Membership> membership = [&]() -> Result<store::Membership> {
    ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, BeginRead(context));
    return tx->bodies().GetMembership(store::MembershipId{*id});
  }();
  if (!membership.ok()) return HtmlErrorResponse(site, request, membership.error());
  const std::string field_id = "until-" + std::to_string(*id);
  Refused refused{.status = 400, .form = "end", .membership = *id, .values = *form};
  Result<std::optional<Date>> until = forms::OptionalDate(*form, "until", field_id, "the last day");
  if (!until.ok()) {
    refused.problems.push_back({field_id, until.error().message});
  } else if (!*until) {
    refused.problems.push_back({field_id, "Enter the last day of the membership, like 2026-12-10."});
  } else {
    Result<store::Membership> ended = forms::RunCommand(context, request, [&](const auto& ctx) {
      return governance::EndMembership(ctx, store::MembershipId{*id}, *version, **until);
    });
    if (ended.ok())
      return forms::Redirect("/bodies/" + std::to_string(membership->body_id.value) + "/members");
    if (auto page = Unfixable(site, request, ended.error())) return std::move(*page);
    refused.status = HttpStatusFor(ended.error().code);
    refused.problems.push_back({field_id, ended.error().message});
  }
  return MembersPage(site, context, request, membership->body_id.value, refused);
}

}  // namespace

void AddDirectoryPages(Router& router, const Site& site, const GovernanceContext& context) {
  router.Get("/organisations", [site, context](const Request& request) {
    return OrganisationsPage(site, context, request, {});
  });
  router.Post("/organisations", [site, context](const Request& request) {
    return AddOrganisationForm(site, context, request);
  });
  router.Get("/people",
             [site, context](const Request& request) { return PeoplePage(site, context, request, {}); });
  router.Post("/people",
              [site, context](const Request& request) { return AddPersonForm(site, context, request); });
  router.Get("/bodies/{id}/members", [site, context](const Request& request) {
    Result<int64_t> id = forms::PathId(request);
    if (!id.ok()) return HtmlErrorResponse(site, request, id.error());
    return MembersPage(site, context, request, *id, {});
  });
  router.Post("/bodies/{id}/members",
              [site, context](const Request& request) { return AddMemberForm(site, context, request); });
  router.Post("/memberships/{id}/end",
              [site, context](const Request& request) { return EndMembershipForm(site, context, request); });
}

}  // namespace boardroom::web
