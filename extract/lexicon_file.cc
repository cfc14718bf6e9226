#include "extract/lexicon_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/lexicon_error.h"
#include "lexicons/embedded_lexicons.h"

namespace ag::extract {
namespace {

bool valid_utf8(std::string_view s) {
  // Strict: no overlong forms, no surrogates, nothing above U+10FFFF.
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    int len = (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3 : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F))
      return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

}  // namespace

void LexiconRecord::fail(const std::string& what) const { throw LexiconError(file, line, what); }

void LexiconRecord::expect_fields(std::size_t min, std::size_t max) const {
  if (fields.size() < min || fields.size() > max) {
    std::string want = min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max);
    fail("expected " + want + " TAB-separated fields, found " + std::to_string(fields.size()));
  }
}

std::string_view LexiconRecord::field(std::size_t i) const {
  if (i >= fields.size() || fields[i] == "-") return {};
  return fields[i];
}

LexiconFile::LexiconFile(std::string display_name, std::string content)
    : name_(std::move(display_name)), text_(std::make_unique<const std::string>(std::move(content))) {
  std::string_view all(*text_);
  std::size_t line_no = 0, pos = 0;
  while (pos <= all.size()) {
    std::size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!valid_utf8(line)) throw LexiconError(name_, line_no, "not valid UTF-8");
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') {
      if (nl == all.size()) break;
      continue;
    }
    LexiconRecord rec;
    rec.file = name_;
    rec.line = line_no;
    // Every field at once: growing the vector field by field cost three allocations a record.
    rec.fields.reserve(1 + static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')));
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      std::string_view f = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      while (!f.empty() && f.back() == ' ') f.remove_suffix(1);
      while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
      rec.fields.push_back(f);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    records_.push_back(std::move(rec));
    if (nl == all.size()) break;
  }
}

LexiconFile read_lexicon_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw LexiconError(path, 0, "is a directory, not a lexicon file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path, 0, std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return LexiconFile(path, ss.str());
}

std::vector<LexiconFile> load_lexicon_files(const std::string& dir, const std::string& relative) {
  std::vector<LexiconFile> out;
  const bool prefix = !relative.empty() && relative.back() == '/';
  if (!dir.empty()) {
    namespace fs = std::filesystem;
    fs::path p = fs::path(dir) / relative;
    std::error_code ec;
    if (prefix) {
      std::vector<std::string> files;
      for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file()) files.push_back(it->path().string());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) out.push_back(read_lexicon_file(f));
      if (!out.empty()) return out;
    } else if (fs::exists(p, ec)) {
      out.push_back(read_lexicon_file(p.string()));
      return out;
    }
    // Files the user's folder lacks come from the bundled data.
  }
  for (const auto& f : embedded_lexicons()) {
    const bool hit = prefix ? f.path.substr(0, relative.size()) == relative : f.path == relative;
    if (hit) out.emplace_back("lexicons/" + std::string(f.path), std::string(f.content));
  }
  if (out.empty()) throw LexiconError("lexicons/" + relative, 0, "missing lexicon file");
  return out;
}

std::vector<std::string_view> split_alternatives(std::string_view field) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view part = field.substr(start, bar - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    start = bar + 1;
  }
  return out;
}

}  // namespace ag::extract
