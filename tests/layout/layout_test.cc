// Checks the shape of the source tree: dependencies between rooms point one way (STYLE.md §2), include paths
// are rooted at src/, and no grab-bag folders exist. A room's #include of another room's header must be on
// its list.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kSrc = fs::path(BOARDROOM_SOURCE_DIR) / "src";

// Which rooms each room may include from (besides itself). Rooms are folders under src/; store backends are
// rooms of their own so that only cli can pick one.
const std::map<std::string, std::set<std::string>>& AllowedIncludes() {
  static const std::map<std::string, std::set<std::string>> allowed = {
      {"core", {}},
      {"store", {"core"}},
      {"store/sqlite", {"core", "store"}},
      {"store/postgres", {"core", "store"}},
      {"accounts", {"core", "store"}},
      {"governance", {"core", "store"}},
      {"papers", {"core", "store"}},
      {"inspections", {"core", "store"}},
      {"money", {"core", "store"}},
      {"directory", {"core", "store"}},
      {"search", {"core", "store"}},
      {"publish",
       {"core", "store", "accounts", "governance", "papers", "inspections", "money", "directory", "search"}},
      {"web",
       {"core", "store", "accounts", "governance", "papers", "inspections", "money", "directory", "search",
        "publish"}},
      {"cli",
       {"core", "store", "store/sqlite", "store/postgres", "accounts", "governance", "papers", "inspections",
        "money", "directory", "search", "publish", "web"}},
  };
  return allowed;
}

// The room a path under src/ belongs to: "store/sqlite" for src/store/sqlite/x.cc, "web" for
// src/web/templates/y.
std::string RoomOf(const fs::path& relative) {
  auto it = relative.begin();
  std::string first = it->string();
  ++it;
  if (first == "store" && it != relative.end() && (it->string() == "sqlite" || it->string() == "postgres")) {
    auto next = it;
    ++next;
    if (next != relative.end()) return "store/" + it->string();
  }
  return first;
}

struct Include {
  fs::path file;
  int line = 0;
  std::string target;  // the quoted path, e.g. "core/date.h"
};

std::vector<Include> QuotedIncludes(const fs::path& file) {
  std::vector<Include> out;
  std::ifstream in(file);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    size_t pos = line.find_first_not_of(" \t");
    if (pos == std::string::npos || line.compare(pos, 8, "#include") != 0) continue;
    size_t open = line.find('"', pos);
    if (open == std::string::npos) continue;  // <system> include
    size_t close = line.find('"', open + 1);
    if (close == std::string::npos) continue;
    out.push_back({file, number, line.substr(open + 1, close - open - 1)});
  }
  return out;
}

std::vector<fs::path> SourceFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(kSrc)) {
    if (!entry.is_regular_file()) continue;
    auto ext = entry.path().extension().string();
    if (ext == ".cc" || ext == ".h") files.push_back(entry.path());
  }
  return files;
}

TEST(LayoutTest, EveryRoomIsKnown) {
  for (const auto& entry : fs::directory_iterator(kSrc)) {
    if (!entry.is_directory()) continue;
    std::string room = entry.path().filename().string();
    EXPECT_TRUE(AllowedIncludes().count(room))
        << "src/" << room
        << " is not a known room: add it to AllowedIncludes with its "
           "dependencies, or move its code to the room that owns the subject";
  }
}

TEST(LayoutTest, NoGrabBagFolders) {
  for (const auto& entry : fs::recursive_directory_iterator(kSrc)) {
    if (!entry.is_directory()) continue;
    std::string name = entry.path().filename().string();
    for (const char* bad : {"utils", "util", "common", "models", "helpers", "misc"}) {
      EXPECT_NE(name, bad) << entry.path() << " is a grab-bag folder; put its code in the room that owns it";
    }
  }
}

TEST(LayoutTest, IncludesPointDownOnly) {
  const auto& allowed = AllowedIncludes();
  int checked = 0;
  for (const auto& file : SourceFiles()) {
    std::string from = RoomOf(fs::relative(file, kSrc));
    auto rule = allowed.find(from);
    if (rule == allowed.end()) continue;  // reported by EveryRoomIsKnown
    for (const auto& inc : QuotedIncludes(file)) {
      fs::path target(inc.target);
      if (target.begin() == target.end()) continue;
      // Generated files and same-folder includes without a room prefix are not allowed: paths are rooted at
      // src/.
      std::string to = RoomOf(target);
      ++checked;
      if (to == from) continue;
      // A room's unit tests may open a real backend over a temporary database (STYLE.md §7); its code may
      // not.
      const bool is_test = file.filename().string().ends_with("_test.cc");
      if (is_test && (to == "store/sqlite" || to == "store/postgres") && rule->second.count("store"))
        continue;
      EXPECT_TRUE(rule->second.count(to))
          << fs::relative(file, kSrc) << ":" << inc.line << " includes \"" << inc.target << "\": room '"
          << from << "' may not depend on room '" << to << "' (STYLE.md §2)";
    }
  }
  EXPECT_GT(checked, 0) << "no includes were found under " << kSrc;
}

TEST(LayoutTest, IncludePathsAreRootedAtSrc) {
  for (const auto& file : SourceFiles()) {
    for (const auto& inc : QuotedIncludes(file)) {
      fs::path target(inc.target);
      std::string room = target.begin()->string();
      bool known = AllowedIncludes().count(room) || room == "store";
      EXPECT_TRUE(known && inc.target.find("..") == std::string::npos)
          << fs::relative(file, kSrc) << ":" << inc.line << " includes \"" << inc.target
          << "\": include paths start with the room, e.g. \"core/date.h\"";
    }
  }
}

// The checker itself: a made-up upward include must be caught.
TEST(LayoutTest, RoomOfReadsBackendsAsRooms) {
  EXPECT_EQ(RoomOf("store/sqlite/sqlite_store.cc"), "store/sqlite");
  EXPECT_EQ(RoomOf("store/store.h"), "store");
  EXPECT_EQ(RoomOf("web/templates/page.tpl"), "web");
  EXPECT_FALSE(AllowedIncludes().at("core").count("store"));
  EXPECT_FALSE(AllowedIncludes().at("web").count("store/sqlite"));
  EXPECT_TRUE(AllowedIncludes().at("cli").count("store/sqlite"));
}

}  // namespace
