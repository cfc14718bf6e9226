#pragma once
// Test helpers shared by every test binary: a scratch directory that removes itself.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

namespace ag::test {

// A fresh directory under the system temp dir, removed with everything in it when the
// test ends, even after a failed assertion. Unique per process and per instance, so test
// binaries running in parallel never share one.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("ag_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to `rel` (creating folders) and returns the full path.
  std::string file(const std::string& rel, const std::string& bytes) const {
    const auto p = path / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  // The full path of `rel`, which need not exist.
  std::string operator/(const std::string& rel) const { return (path / rel).string(); }
  std::string str() const { return path.string(); }
  // The names of every entry, hidden ones included, sorted.
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(path)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

  std::filesystem::path path;
};

}  // namespace ag::test
