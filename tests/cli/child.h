// Running the `boardroom` executable as a child process for the command-line tests: its standard output and
// error go to files in a test's folder, BOARDROOM_DB is unset so only --db counts. REQUIRES: BOARDROOM_BINARY
// (the executable's path) is defined by the test's CMake target.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace boardroom::testing {

// How a child process ended and what it wrote.
struct ChildRun {
  int exit_code = -1;  // the exit status, or 128 + the signal that ended it
  std::string out;
  std::string err;
};

// The whole of a file ("" when it cannot be read).
inline std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Starts the executable with `args`, its stdout and stderr going to `dir`/stdout and `dir`/stderr; returns
// the child's pid.
inline pid_t StartBoardroom(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  const std::string out = (dir / "stdout").string();
  const std::string err = (dir / "stderr").string();
  pid_t pid = fork();
  if (pid == 0) {
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(BOARDROOM_BINARY));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    unsetenv("BOARDROOM_DB");
    execv(BOARDROOM_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

// Waits for the child started by StartBoardroom in `dir` and reads what it wrote.
inline ChildRun WaitBoardroom(const std::filesystem::path& dir, pid_t pid) {
  ChildRun r;
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadAll(dir / "stdout");
  r.err = ReadAll(dir / "stderr");
  return r;
}

// Runs the executable with `args` to the end.
inline ChildRun RunBoardroom(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  return WaitBoardroom(dir, StartBoardroom(dir, args));
}

}  // namespace boardroom::testing
