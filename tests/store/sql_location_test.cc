// SQL lives in src/store/ and nowhere else under src/ (STYLE.md §5), and every named statement of the SQLite
// backend is listed in AllStatements(), so the test that prepares them all sees every one.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "store/sqlite/statements.h"

namespace boardroom::store {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Phrases that only SQL uses, upper case as our SQL is written. UPDATE is SQL only with its SET (a paper's
// action log has an "UPDATE" column).
constexpr std::array<const char*, 8> kSqlPhrases = {"SELECT ",      "INSERT INTO ", "DELETE FROM ",
                                                    "CREATE TABLE", "CREATE INDEX", "DROP TABLE",
                                                    "ALTER TABLE",  "PRAGMA "};
const std::regex kSqlUpdate(R"(UPDATE [A-Za-z_]+ SET )");

// The "file:phrase" of every SQL phrase found in a .cc or .h file under `src` outside `src/store`.
std::vector<std::string> SqlOutsideStore(const fs::path& src) {
  std::vector<std::string> found;
  const fs::path store = src / "store";
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    const fs::path& path = entry.path();
    if (path.extension() != ".cc" && path.extension() != ".h") continue;
    auto [store_end, path_it] = std::mismatch(store.begin(), store.end(), path.begin(), path.end());
    if (store_end == store.end()) continue;  // inside src/store
    std::string text = ReadFile(path);
    for (const char* phrase : kSqlPhrases) {
      if (text.find(phrase) != std::string::npos) found.push_back(path.string() + ": " + phrase);
    }
    if (std::regex_search(text, kSqlUpdate)) found.push_back(path.string() + ": UPDATE ... SET");
  }
  return found;
}

TEST(SqlLocationTest, NoSqlUnderSrcOutsideStore) {
  std::vector<std::string> found = SqlOutsideStore(fs::path(BOARDROOM_SOURCE_DIR) / "src");
  EXPECT_TRUE(found.empty()) << "SQL belongs in src/store/: " << ::testing::PrintToString(found);
}

TEST(SqlLocationTest, TheCheckFindsSqlWhenThereIsSome) {
  fs::path root = fs::temp_directory_path() / ("boardroom-sql-check-" + std::to_string(::getpid()));
  fs::create_directories(root / "web");
  fs::create_directories(root / "store" / "sqlite");
  std::ofstream(root / "web" / "handler.cc") << "auto q = \"SELECT * FROM papers\";\n";
  std::ofstream(root / "web" / "clean.cc") << "int Select(int n) { return n; }  // the UPDATE DATE column\n";
  std::ofstream(root / "web" / "update.cc") << "auto q = \"UPDATE papers SET title = :title\";\n";
  std::ofstream(root / "store" / "sqlite" / "ok.cc") << "auto q = \"SELECT 1\";\n";
  std::vector<std::string> found = SqlOutsideStore(root);
  fs::remove_all(root);
  std::sort(found.begin(), found.end());
  ASSERT_EQ(found.size(), 2u) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("handler.cc"), std::string::npos);
  EXPECT_NE(found[1].find("update.cc"), std::string::npos);
}

TEST(StatementListTest, AllStatementsListsEveryNamedStatement) {
  std::string header = ReadFile(fs::path(BOARDROOM_SOURCE_DIR) / "src/store/sqlite/statements.h");
  const std::string marker = "inline constexpr char ";
  std::vector<std::string> declared;
  for (size_t at = header.find(marker); at != std::string::npos; at = header.find(marker, at + 1)) {
    size_t start = at + marker.size();
    declared.push_back(header.substr(start, header.find('[', start) - start));
  }
  ASSERT_FALSE(declared.empty());
  std::vector<std::string> listed;
  for (const auto& statement : sqlite::sql::AllStatements()) listed.push_back(statement.name);
  EXPECT_EQ(listed, declared);
}

}  // namespace
}  // namespace boardroom::store
