// Tests of the contact-officer recognisers: one line per officer, a name with its post, telephone and e-mail
// on the lines under it, and the labelled "Officer contact" block of a committee report's header.
#include "papers/contacts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "papers/parse.h"

namespace boardroom::papers {
namespace {

std::vector<ParsedContactOfficer> OfficersOf(const std::vector<std::string>& lines) {
  Document doc;
  doc.source_name = "report.txt";
  doc.page_count = 1;
  for (const std::string& l : lines) doc.lines.push_back(Line{l, 1, std::nullopt, false});
  Result<ParsedFile> parsed = ParseDocument(doc);
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  if (!parsed.ok() || parsed->papers.empty()) return {};
  return parsed->papers.front().contact_officers;
}

TEST(ContactsTest, TakesTheEmailAndTelephoneOutOfAnOfficersLine) {
  const auto c = ContactFromLine(
      "Jane Smith \xE2\x80\x93 Clerk to the Board, jane.smith@example.gov.uk, Tel: 01223 123456");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->name, "Jane Smith");
  EXPECT_EQ(c->post, "Clerk to the Board");
  EXPECT_EQ(c->email, "jane.smith@example.gov.uk");
  EXPECT_EQ(c->phone, "01223 123456");
  const auto plain = ContactFromLine("Dorothy Gregson, Chief Executive, OPCC");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->post, "Chief Executive, OPCC");
  EXPECT_EQ(plain->email, std::nullopt);
  EXPECT_EQ(plain->phone, std::nullopt);
  // A label, and a sentence, are not officers.
  EXPECT_FALSE(ContactFromLine("Reference"));
  EXPECT_FALSE(ContactFromLine("The officers named in the appendix will answer questions on the day"));
}

TEST(ContactsTest, TellsAPostFromAName) {
  EXPECT_TRUE(LooksLikePost("Head of Governance"));
  EXPECT_TRUE(LooksLikePost("Partnerships Manager"));
  EXPECT_FALSE(LooksLikePost("Inspector Nikki Hall"));
  EXPECT_FALSE(LooksLikePost("Niki Howard, Director of Finance"));
}

TEST(ContactsTest, SplitsALabelledBlockNamingTwoOfficers) {
  ContactFields f;
  f.names =
      "Amanda Askham and Adrian Chapman Director, Business Improvement and Development and Service Director, "
      "Communities and Partnerships";
  f.posts_in_names = true;
  f.emails = "Amanda.askham@cambridgeshire.gov.uk and Adrian.chapman@peterborough.gov.uk";
  f.phones = "5 and 07920 160441";
  const auto officers = ContactsFromFields(f);
  ASSERT_EQ(officers.size(), 2u);
  EXPECT_EQ(officers[0].name, "Amanda Askham");
  EXPECT_EQ(officers[0].post, "Director, Business Improvement and Development");
  EXPECT_EQ(officers[0].email, "Amanda.askham@cambridgeshire.gov.uk");
  EXPECT_EQ(officers[0].phone, std::nullopt);  // "5": a damaged number keeps its place but is dropped
  EXPECT_EQ(officers[1].name, "Adrian Chapman");
  EXPECT_EQ(officers[1].post, "Service Director, Communities and Partnerships");
  EXPECT_EQ(officers[1].email, "Adrian.chapman@peterborough.gov.uk");
  EXPECT_EQ(officers[1].phone, "07920 160441");
}

TEST(ContactsTest, GivesEmailsByNameAndLeavesPostsOutWhenTheyDoNotCountOut) {
  ContactFields f;
  f.names = "Sam Jones & Priya Patel";
  f.posts = "Director of Finance";  // one post for two officers: whose is unknown
  f.emails = "p.patel@example.org, sam.jones@example.org";
  const auto officers = ContactsFromFields(f);
  ASSERT_EQ(officers.size(), 2u);
  EXPECT_EQ(officers[0].email, "sam.jones@example.org");
  EXPECT_EQ(officers[1].email, "p.patel@example.org");
  EXPECT_EQ(officers[0].post, std::nullopt);
  EXPECT_EQ(officers[1].post, std::nullopt);
}

TEST(ContactsTest, ReadsTheOfficerContactBlockOfAReportHeader) {
  const auto officers = OfficersOf({
      "Decentralisation",
      "To:\tCommunities Committee",
      "Meeting Date:\t10 March 2022",
      "From:\tDirector of Place",
      "Officer contact:\t\t",
      "Name:\tJo Bloggs",
      "Post:\tHead of Localities",
      "Email:\tjo.bloggs@example.gov.uk",
      "Tel:\t01223 706398",
      "Member contacts: Names: Councillor Ann Other Post: Chair Email: ann.other@example.gov.uk",
      "",
      "1. Background",
      "1.1 Some text.",
  });
  ASSERT_EQ(officers.size(), 1u);
  EXPECT_EQ(officers[0].name, "Jo Bloggs");
  EXPECT_EQ(officers[0].post, "Head of Localities");
  EXPECT_EQ(officers[0].email, "jo.bloggs@example.gov.uk");
  EXPECT_EQ(officers[0].phone, "01223 706398");
}

TEST(ContactsTest, ReadsAnOfficerWithPostTelephoneAndEmailOnTheLinesUnderTheName) {
  const auto officers = OfficersOf({
      "To:\tBusiness Coordination Board",
      "From:\tChief Executive",
      "Date:\t1 May 2020",
      "",
      "Governance review",
      "",
      "1. Purpose",
      "1.1 The purpose of this report is to update the Board.",
      "",
      "BIBLIOGRAPHY",
      "Contact Officer",
      "Jane Smith",
      "Head of Governance",
      "Tel: 01223 555123",
      "jane.smith@example.gov.uk",
      "Tom Brown, Governance Officer",
  });
  ASSERT_EQ(officers.size(), 2u);
  EXPECT_EQ(officers[0].name, "Jane Smith");
  EXPECT_EQ(officers[0].post, "Head of Governance");
  EXPECT_EQ(officers[0].phone, "01223 555123");
  EXPECT_EQ(officers[0].email, "jane.smith@example.gov.uk");
  EXPECT_EQ(officers[1].name, "Tom Brown");
  EXPECT_EQ(officers[1].post, "Governance Officer");
}

}  // namespace
}  // namespace boardroom::papers
