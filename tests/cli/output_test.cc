#include "cli/output.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "tests/support/temp_dir.h"

using namespace ag::cli;
namespace fs = std::filesystem;
using ag::test::TempDir;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spit(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// The message of the CliError `f` throws ("" when none is thrown).
template <typename F>
std::string cli_error(F f) {
  try {
    f();
  } catch (const CliError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("an output file appears whole on commit, and only then", "[cli]") {
  TempDir dir;
  const std::string target = dir / "events.jsonl";
  spit(target, "old\n");
  {
    OutputFile out(target);
    out.write("new ");
    out.write(std::string(200000, 'x'));  // more than the buffer: written to the temporary file
    out.write("\n");
    // Meanwhile the target is untouched, and the temporary file beside it is hidden (a walk of
    // this folder does not take it as an input).
    CHECK(slurp(target) == "old\n");
    const auto names = dir.entries();
    REQUIRE(names.size() == 2);
    CHECK(names[0].rfind(".events.jsonl.tmp.", 0) == 0);
    CHECK(names[1] == "events.jsonl");
    out.commit();
  }
  CHECK(slurp(target) == "new " + std::string(200000, 'x') + "\n");
  CHECK(dir.entries() == std::vector<std::string>{"events.jsonl"});  // no temporary file left
}

TEST_CASE("an output file not committed leaves the target untouched and no temporary file", "[cli]") {
  TempDir dir;
  SECTION("an existing target keeps its content") {
    const std::string target = dir / "graph.json";
    spit(target, "{\"previous\": true}\n");
    {
      OutputFile out(target);
      out.write(std::string(100000, 'y'));
    }  // e.g. an exception unwinding past it
    CHECK(slurp(target) == "{\"previous\": true}\n");
    CHECK(dir.entries() == std::vector<std::string>{"graph.json"});
  }
  SECTION("a new target is not created") {
    {
      OutputFile out(dir / "new.jsonl");
      out.write("partial");
    }
    CHECK(dir.entries().empty());
  }
}

TEST_CASE("an empty output is committed as an empty file", "[cli]") {
  TempDir dir;
  {
    OutputFile out(dir / "empty.jsonl");
    out.commit();
  }
  CHECK(fs::exists(dir / "empty.jsonl"));
  CHECK(fs::file_size(dir / "empty.jsonl") == 0);
}

TEST_CASE("a big output, written past the block where direct I/O starts, is byte for byte what was given", "[cli]") {
  // Pieces of odd sizes, so that the buffered blocks, the direct writes and the tail written
  // through the cache all cut through them; on disk and, where it exists, on tmpfs (which
  // may refuse direct I/O: the writes then go through the cache).
  std::string expected;
  std::vector<std::string> pieces;
  for (std::size_t i = 0; expected.size() < (std::size_t(7) << 19) + 4321; ++i) {
    std::string piece(1 + (i * 7919) % 70001, static_cast<char>('a' + i % 26));
    piece[0] = static_cast<char>(i);
    expected += piece;
    pieces.push_back(std::move(piece));
  }
  std::vector<fs::path> places = {fs::temp_directory_path()};
  if (fs::is_directory("/dev/shm")) places.push_back("/dev/shm");
  for (const fs::path& place : places) {
    const std::string path = (place / ("ag_output_test_big_" + std::to_string(::getpid()))).string();
    {
      OutputFile out(path);
      for (const auto& p : pieces) out.write(p);
      out.commit();
    }
    INFO(path);
    CHECK(fs::file_size(path) == expected.size());
    CHECK(slurp(path) == expected);
    fs::remove(path);
  }
}

TEST_CASE("a symbolic link to the output keeps pointing at the new file", "[cli]") {
  TempDir dir;
  spit(dir / "real.jsonl", "old\n");
  fs::create_symlink("real.jsonl", dir / "link.jsonl");
  fs::create_symlink("later.jsonl", dir / "dangling.jsonl");
  {
    OutputFile out(dir / "link.jsonl");
    out.write("new\n");
    out.commit();
  }
  CHECK(fs::is_symlink(dir / "link.jsonl"));
  CHECK(slurp(dir / "real.jsonl") == "new\n");
  {
    OutputFile out(dir / "dangling.jsonl");
    out.write("created\n");
    out.commit();
  }
  CHECK(fs::is_symlink(dir / "dangling.jsonl"));
  CHECK(slurp(dir / "later.jsonl") == "created\n");
}

TEST_CASE("writing to a full disk throws CliError naming the output", "[cli]") {
  SECTION("at commit, for a small output") {
    const std::string msg = cli_error([] {
      OutputFile out("/dev/full");
      out.write("{}\n");
      out.commit();
    });
    CHECK(msg == "cannot write /dev/full: No space left on device");
  }
  SECTION("as soon as the buffer is flushed, for a large one") {
    const std::string msg = cli_error([] {
      OutputFile out("/dev/full");
      for (int i = 0; i < 100; ++i) out.write(std::string(4096, 'z'));
    });
    CHECK(msg == "cannot write /dev/full: No space left on device");
  }
  // A device is written in place: nothing was created in /dev, and /dev/full is intact.
  CHECK(fs::is_character_file("/dev/full"));
  for (const auto& e : fs::directory_iterator("/dev")) CHECK(e.path().filename().string().rfind(".full.tmp.", 0) != 0);
}

TEST_CASE("an output that cannot be created throws CliError naming it", "[cli]") {
  TempDir dir;
  const std::string missing = dir / "no/such/dir/out.jsonl";
  CHECK(cli_error([&] { OutputFile out(missing); }) == "cannot write " + missing + ": No such file or directory");
  const std::string folder = dir.path.string();
  CHECK(cli_error([&] { OutputFile out(folder); }) == "cannot write " + folder + ": is a directory");
  CHECK(dir.entries().empty());
}

TEST_CASE("/dev/null and standard output are written in place", "[cli]") {
  {
    OutputFile out("/dev/null");
    out.write("discarded\n");
    out.commit();
  }
  CHECK(fs::is_character_file("/dev/null"));
  {
    OutputFile out("-");
    CHECK(out.path() == "-");
    out.commit();  // nothing written: nothing to flush, no error
  }
}

TEST_CASE("a reader that went away gives BrokenPipe, not an error", "[cli]") {
  // As in main(): a closed pipe is EPIPE, not a fatal signal.
  auto* previous = std::signal(SIGPIPE, SIG_IGN);
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::close(fds[0]);
  bool broken = false;
  try {
    OutputFile out("/dev/fd/" + std::to_string(fds[1]));
    out.write("{\"id\": 1}\n");
    out.commit();
  } catch (const BrokenPipe&) {
    broken = true;
  }
  ::close(fds[1]);
  std::signal(SIGPIPE, previous);
  CHECK(broken);
}
