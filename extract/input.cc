#include "extract/input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "extract/boilerplate.h"
#include "extract/decode.h"
#include "extract/pubdate.h"
#include "model/event_json.h"

namespace ag::extract {
namespace {

namespace fs = std::filesystem;

// How much of a first line kind recognition reads: enough for any record's keys, and a
// corpus of 100 MB lines is not read twice.
constexpr std::size_t kSniffBytes = 1 << 20;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string errno_text(int err) { return std::strerror(err); }

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

void strip_cr(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

bool has_extension(const std::string& path, std::initializer_list<const char*> exts) {
  const std::string ext = fs::path(path).extension().string();
  return std::any_of(exts.begin(), exts.end(), [&](const char* e) { return ext == e; });
}

// ---- Kind recognition -----------------------------------------------------------------------

// Records the top-level keys of a JSON object as the SAX parser meets them, so that the keys
// of a line cut at kSniffBytes are still known.
struct KeyCollector : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, KeyCollector> {
  int depth = 0;
  bool root_object = false;
  bool started = false;
  bool type = false, participants = false, text = false;

  bool Default() {
    started = true;
    return true;
  }
  bool StartObject() {
    if (!started) root_object = true;
    started = true;
    ++depth;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth;
    return true;
  }
  bool StartArray() {
    started = true;
    ++depth;
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth;
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (depth == 1) {
      const std::string_view k(s, n);
      type |= k == "type";
      participants |= k == "participants";
      text |= k == "text";
    }
    return true;
  }
};

// The kind of an input from its first non-blank line (`truncated` when only its start was read).
InputKind kind_of_first_line(std::string_view line, bool truncated, const std::string& path) {
  if (!truncated && ag::looks_like_event_line(line)) return InputKind::events;
  KeyCollector keys;
  rapidjson::Reader reader;
  rapidjson::MemoryStream ms(line.data(), line.size());
  reader.Parse<rapidjson::kParseIterativeFlag>(ms, keys);
  // The keys read before a parse error count too (a line cut at kSniffBytes fails where the
  // input ran out): a corpus or events file whose first record is broken is read as records,
  // and that line reported, rather than the whole file taken as one article of JSON.
  if (!keys.root_object) return InputKind::article;
  if (keys.type && keys.participants) return InputKind::events;
  if (keys.text) return InputKind::corpus;
  // A JSON Lines file whose first record lacks "text" is still a corpus: its records are
  // then reported one by one rather than read as one article of JSON.
  return has_extension(path, {".jsonl", ".ndjson"}) ? InputKind::corpus : InputKind::article;
}

// The first non-blank line of `in` (without a UTF-8 BOM), at most kSniffBytes of it.
std::optional<std::string> first_line_prefix(std::istream& in, bool& truncated) {
  std::string line;
  bool first = true;
  while (in) {
    line.clear();
    truncated = false;
    char c;
    while (in.get(c) && c != '\n') {
      if (line.size() == kSniffBytes) {
        truncated = true;
        break;
      }
      line += c;
    }
    if (first && line.compare(0, kBom.size(), kBom) == 0) line.erase(0, kBom.size());
    first = false;
    if (!is_blank(line)) {
      strip_cr(line);
      return line;
    }
  }
  return std::nullopt;
}

// Recognizes a regular file's kind from its content. False (with `reason`) when it cannot be
// read.
bool sniff_file(const std::string& path, InputKind& kind, std::string& reason) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    reason = "cannot open: " + errno_text(errno);
    return false;
  }
  bool truncated = false;
  const std::optional<std::string> line = first_line_prefix(in, truncated);
  if (in.bad()) {
    reason = "read error";
    return false;
  }
  kind = line ? kind_of_first_line(*line, truncated, path) : InputKind::article;
  return true;
}

// ---- Path expansion -------------------------------------------------------------------------

using FileId = std::pair<dev_t, ino_t>;

struct Walk {
  std::vector<FileId> ancestors;  // directories being walked, root first
  std::set<FileId> directories;   // every directory walked, to read none twice
  std::set<FileId> files;         // every file taken, to take none twice
  std::vector<std::string> found;
};

void report(const DiagnosticSink& sink, Diagnostic::Severity sev, const std::string& where, const std::string& msg) {
  if (sink) sink(Diagnostic{sev, where, msg});
}

void walk_directory(const fs::path& dir, Walk& w, const DiagnosticSink& sink);

// One directory entry, links followed: files are taken, directories walked unless that would
// loop or repeat.
void walk_entry(const fs::path& p, Walk& w, const DiagnosticSink& sink) {
  const std::string ps = p.string();
  struct stat st;
  if (::stat(ps.c_str(), &st) != 0) {
    const int err = errno;
    report(sink, Diagnostic::Severity::skipped, ps,
           err == ENOENT ? "broken symbolic link" : "cannot access: " + errno_text(err));
    return;
  }
  const FileId id{st.st_dev, st.st_ino};
  if (S_ISDIR(st.st_mode)) {
    if (std::find(w.ancestors.begin(), w.ancestors.end(), id) != w.ancestors.end()) {
      report(sink, Diagnostic::Severity::warning, ps, "symbolic link loop (leads back to a parent directory); not followed");
    } else if (w.directories.count(id)) {
      report(sink, Diagnostic::Severity::warning, ps, "directory already read through another path; not read twice");
    } else {
      walk_directory(p, w, sink);
    }
  } else if (S_ISREG(st.st_mode)) {
    if (w.files.insert(id).second) w.found.push_back(ps);
    else report(sink, Diagnostic::Severity::warning, ps, "same file as another input (a link); read once");
  } else {
    report(sink, Diagnostic::Severity::skipped, ps, "not a regular file");
  }
}

// A build directory (one holding events.jsonl) gives that file alone: its exports, logs and
// reports are not input. True when `dir` is one and the file was taken.
bool take_build_directory(const fs::path& dir, Walk& w) {
  const fs::path events = dir / "events.jsonl";
  struct stat st;
  if (::stat(events.string().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  if (w.files.insert({st.st_dev, st.st_ino}).second) w.found.push_back(events.string());
  return true;
}

void walk_directory(const fs::path& dir, Walk& w, const DiagnosticSink& sink) {
  struct stat st;
  if (::stat(dir.string().c_str(), &st) != 0) {
    report(sink, Diagnostic::Severity::skipped, dir.string(), "cannot access: " + errno_text(errno));
    return;
  }
  const FileId id{st.st_dev, st.st_ino};
  w.directories.insert(id);
  if (take_build_directory(dir, w)) return;
  w.ancestors.push_back(id);
  std::error_code ec;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    // Hidden entries (.git, .DS_Store, editor backups) are not articles.
    if (!name.empty() && name[0] == '.') continue;
    entries.push_back(it->path());
  }
  if (ec) report(sink, Diagnostic::Severity::skipped, dir.string(), "cannot list directory: " + ec.message());
  std::sort(entries.begin(), entries.end());
  for (const fs::path& e : entries) walk_entry(e, w, sink);
  w.ancestors.pop_back();
}

void add_file(const std::string& path, std::vector<InputFile>& out, const DiagnosticSink& sink) {
  InputFile f{path, InputKind::article};
  std::string reason;
  if (!sniff_file(path, f.kind, reason)) {
    report(sink, Diagnostic::Severity::skipped, path, reason);
    return;
  }
  out.push_back(std::move(f));
}

void expand_directory(const std::string& dir, std::vector<InputFile>& out, const DiagnosticSink& sink) {
  Walk w;
  walk_directory(dir, w, sink);
  std::sort(w.found.begin(), w.found.end());
  for (const std::string& f : w.found) add_file(f, out, sink);
}

// ---- Reading --------------------------------------------------------------------------------

// Reads a whole regular file. False with `reason` when it cannot (gone, unreadable).
bool read_whole_file(const std::string& path, std::string& bytes, std::string& reason) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = "cannot open: " + errno_text(errno);
    return false;
  }
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    reason = "is a directory";
    return false;
  }
  bytes.clear();
  if (st.st_size > 0) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      reason = "read error: " + errno_text(errno);
      ::close(fd);
      return false;
    }
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

void read_rest(std::istream& in, std::string& out) {
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) out.append(buf, static_cast<std::size_t>(in.gcount()));
}

// A corpus "date"/"published" value: "2024-06-20", "2024-06", "2024", a timestamp
// ("2024-06-20T10:00:00Z", "2024-06-20 10:00:00"), or failing those a header-style date
// ("17/09/2024", "3 avril 2024").
std::optional<Date> parse_corpus_date(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) s = s.substr(0, 10);
  if (auto d = parse_edtf(s); d && d->has_year()) return d;
  if (Date d = find_publication_date(s); !d.empty()) return d;
  return std::nullopt;
}

std::string json_string(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// ---- Corpus records: the plain case -----------------------------------------------------
//
// Nearly every corpus line is plain: one object of strings, small integers and literals,
// no \u escapes, no nesting, no repeated key. PlainRecord reads those in two passes
// straight over the line (the first only checks and locates, so a line it gives up on is
// untouched), where rapidjson's in-situ parse copies the text byte by byte (5% of
// extraction). Anything else goes through rapidjson as before: the same documents and the
// same error messages either way.

class PlainRecord {
 public:
  // The first member of each name, as rapidjson's FindMember finds it; a string's view
  // points into the line once unescape() ran.
  struct Field {
    enum Kind { absent, string, integer, other } kind = absent;
    std::size_t begin = 0, end = 0;  // the raw string contents (between quotes) or digits
    bool escaped = false;
  };
  Field text, id, title, url, date, published;

  // Checks and locates; false (the line untouched) when it is not plain.
  bool read(std::string_view line) {
    s_ = line;
    i_ = 0;
    ws();
    if (!eat('{')) return false;
    ws();
    if (eat('}')) return false;  // no "text": rapidjson's path says so
    for (;;) {
      Field key;
      if (!eat('"') || !string(key) || key.escaped) return false;
      Field* f = field(s_.substr(key.begin, key.end - key.begin));
      ws();
      if (!eat(':')) return false;
      ws();
      Field v;
      if (!value(v)) return false;
      if (f && f->kind == Field::absent) *f = v;
      ws();
      if (eat(',')) {
        ws();
        continue;
      }
      if (!eat('}')) return false;
      break;
    }
    ws();
    return i_ == s_.size() && text.kind == Field::string;
  }

  // The unescaped contents of a string field, unescaped in place in `line` (what read()
  // was given) the first time.
  static std::string_view contents(std::string& line, Field& f) {
    if (f.kind != Field::string) return {};
    if (f.escaped) {
      // Runs between backslashes moved down whole (read() checked every escape).
      char* p = &line[0];
      std::size_t w = f.begin, r = f.begin;
      while (r < f.end) {
        const void* bs = std::memchr(p + r, '\\', f.end - r);
        const std::size_t run = (bs ? static_cast<const char*>(bs) - p : f.end) - r;
        if (w != r) std::memmove(p + w, p + r, run);
        w += run;
        r += run;
        if (r >= f.end) break;
        char c = p[r + 1];
        switch (c) {
          case 'b':
            c = '\b';
            break;
          case 'f':
            c = '\f';
            break;
          case 'n':
            c = '\n';
            break;
          case 'r':
            c = '\r';
            break;
          case 't':
            c = '\t';
            break;
          default:
            break;  // \" \\ \/
        }
        p[w++] = c;
        r += 2;
      }
      f.end = w;
      f.escaped = false;
    }
    return std::string_view(line).substr(f.begin, f.end - f.begin);
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;

  Field* field(std::string_view key) {
    if (key == "text") return &text;
    if (key == "id") return &id;
    if (key == "title") return &title;
    if (key == "url") return &url;
    if (key == "date") return &date;
    if (key == "published") return &published;
    return nullptr;
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  // After the opening quote: to the closing one, eight bytes at a time between escapes.
  bool string(Field& f) {
    f.kind = Field::string;
    f.begin = i_;
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    for (;;) {
#if defined(__SSE2__)
      // Sixteen bytes at a time where SSE2 is (every x86-64), eight below.
      while (i_ + 16 <= s_.size()) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + i_));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);  // x <= 0x1F
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))), control);
        const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(special));
        if (m) {
          i_ += static_cast<std::size_t>(__builtin_ctz(m));
          break;
        }
        i_ += 16;
      }
#endif
      while (i_ + 8 <= s_.size()) {
        uint64_t x;
        std::memcpy(&x, s_.data() + i_, 8);
        const uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
        // Bytes below 0x20, quotes and backslashes: only each kind's lowest flag is exact
        // (a borrow may flag bytes after it), so the lowest of all is the first such byte.
        const uint64_t m = ((x - kOnes * 0x20) & ~x & kHigh) | ((q - kOnes) & ~q & kHigh) | ((b - kOnes) & ~b & kHigh);
        if (m) {
          i_ += static_cast<std::size_t>(__builtin_ctzll(m)) >> 3;  // little-endian: the first byte
          break;
        }
        i_ += 8;
      }
      if (i_ >= s_.size()) return false;
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        f.end = i_++;
        return true;
      }
      if (c < 0x20) return false;  // rapidjson refuses it, with its message
      if (c == '\\') {
        if (i_ + 1 >= s_.size()) return false;
        const char e = s_[i_ + 1];
        if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
          return false;  // \u (surrogates, validation) and errors are left to rapidjson
        f.escaped = true;
        i_ += 2;
        continue;
      }
      ++i_;
    }
  }
  bool literal(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool value(Field& v) {
    if (i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '"') {
      ++i_;
      return string(v);
    }
    if (c >= '0' && c <= '9') {
      // "0" or up to 18 digits without a leading zero: an int64, whose id is its decimal
      // form; anything else numeric (sign, fraction, exponent, bigger) goes to rapidjson.
      v.kind = Field::integer;
      v.begin = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      v.end = i_;
      if ((c == '0' && v.end - v.begin > 1) || v.end - v.begin > 18) return false;
      return i_ == s_.size() || (s_[i_] != '.' && s_[i_] != 'e' && s_[i_] != 'E');
    }
    v.kind = Field::other;
    return literal("true") || literal("false") || literal("null");
  }
};

// A record id may be a string or an integer.
std::string json_id(const rapidjson::Value& obj) {
  auto it = obj.FindMember("id");
  if (it == obj.MemberEnd()) return "";
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  if (it->value.IsUint64()) return std::to_string(it->value.GetUint64());
  return "";
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths, const DiagnosticSink& sink) {
  std::vector<InputFile> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      // Standard input cannot be read twice: DocumentReader recognizes its kind as it reads.
      out.push_back({p, InputKind::article});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (!fs::exists(st)) {
      if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
        throw InputError(p + ": cannot access: " + ec.message());
      std::error_code lec;
      const bool dangling = fs::is_symlink(fs::symlink_status(p, lec));
      throw InputError(p + (dangling ? ": broken symbolic link" : ": no such file or directory"));
    }
    if (fs::is_directory(st)) expand_directory(p, out, sink);
    else if (fs::is_regular_file(st)) add_file(p, out, sink);
    else out.push_back({p, InputKind::article});  // a pipe or device: recognized while reading
  }
  return out;
}

// ---- DocumentReader -------------------------------------------------------------------------

struct DocumentReader::Impl {
  std::vector<InputFile> inputs;
  ReadOptions options;
  DiagnosticSink sink;
  std::size_t next_input = 0;

  // The corpus being read, if any.
  std::ifstream file;
  std::istream* in = nullptr;
  std::string path;
  std::size_t line_no = 0;
  std::optional<std::string> pending;  // a first line already read while recognizing a stream

  std::size_t documents = 0;
  std::size_t skipped = 0;
  std::size_t bytes = 0;

  // Problems met while reading, held until the next raw document carries them, so that they
  // reach the sink in input order however the documents before them are decoded.
  std::vector<Diagnostic> held;

  void hold(Diagnostic::Severity sev, const std::string& where, const std::string& message) {
    held.push_back(Diagnostic{sev, where, message});
  }
  void skip(const std::string& where, const std::string& reason) {
    hold(Diagnostic::Severity::skipped, where, reason);
  }

  // ---- Decoding: const, so that worker threads may share it -------------------------------

  static void skip_to(std::vector<Diagnostic>& diags, const std::string& where, const std::string& reason) {
    diags.push_back(Diagnostic{Diagnostic::Severity::skipped, where, reason});
  }

  // Publication date and boilerplate, common to articles and corpus records.
  void finish(Document& doc, const std::optional<Date>& own_date) const {
    if (options.force_published) doc.published = options.default_published;
    else if (own_date) doc.published = *own_date;
    else if (Date d = find_publication_date(doc.text); !d.empty()) doc.published = d;
    else doc.published = options.default_published;
    if (doc.published.empty()) doc.diagnostics.push_back("no publication date");
    doc.boilerplate = find_boilerplate(doc.text);
  }

  bool make_article(const std::string& name, std::string_view bytes_in, Document& out,
                    std::vector<Diagnostic>& diags) const {
    if (bytes_in.empty()) {
      skip_to(diags, name, "empty file");
      return false;
    }
    std::string reason;
    std::optional<Decoded> d = decode_text(bytes_in, reason);
    if (!d) {
      skip_to(diags, name, reason);
      return false;
    }
    if (is_blank(d->text)) {
      skip_to(diags, name, "no text (only white space)");
      return false;
    }
    out = Document{};
    out.name = name;
    out.text = std::move(d->text);
    if (!d->warning.empty()) out.diagnostics.push_back(d->warning);
    finish(out, std::nullopt);
    return true;
  }

  // Where a corpus line's diagnostics point ("FILE:LINE"): built only for one that has some.
  static std::string record_name(const std::string& corpus, std::size_t line) {
    return corpus + ":" + std::to_string(line);
  }

  // One corpus line into a document; false (with the reason in `diags`) when it is broken.
  bool make_record(std::string& l, const std::string& corpus, std::size_t line, Document& out,
                   std::vector<Diagnostic>& diags) const {
    std::string_view text;
    std::string id, title, url, date;
    PlainRecord plain;
    // A plain record has no NUL byte (read() refuses one anywhere): only other lines are
    // searched for one.
    if (plain.read(l)) {
      text = PlainRecord::contents(l, plain.text);
      if (plain.id.kind == PlainRecord::Field::string)
        id = PlainRecord::contents(l, plain.id);
      else if (plain.id.kind == PlainRecord::Field::integer)
        id = l.substr(plain.id.begin, plain.id.end - plain.id.begin);
      title = PlainRecord::contents(l, plain.title);
      url = PlainRecord::contents(l, plain.url);
      date = PlainRecord::contents(l, plain.date);
      if (date.empty()) date = PlainRecord::contents(l, plain.published);
      return make_record_document(text, id, title, url, date, corpus, line, out, diags);
    }
    const std::string where = record_name(corpus, line);
    if (l.find('\0') != std::string::npos) {
      skip_to(diags, where, "binary data (NUL bytes)");
      return false;
    }
    // The DOM of a record (a few members; the strings stay in the line) and the parser's
    // stack fit in buffers on this thread's stack: rapidjson's default 64 KB chunk was a
    // malloc and free per record, large enough to make glibc consolidate its free lists each
    // time. Bigger records overflow into the heap as before.
    char value_buffer[4096], parse_buffer[2048];
    rapidjson::MemoryPoolAllocator<> value_allocator(value_buffer, sizeof value_buffer);
    rapidjson::MemoryPoolAllocator<> parse_allocator(parse_buffer, sizeof parse_buffer);
    rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, rapidjson::MemoryPoolAllocator<>>
        json(&value_allocator, sizeof parse_buffer, &parse_allocator);
    // In place: the line buffer holds the strings, no copy of a huge text.
    json.ParseInsitu<rapidjson::kParseIterativeFlag>(&l[0]);
    if (json.HasParseError()) {
      skip_to(diags, where,
              std::string("not JSON: ") + rapidjson::GetParseError_En(json.GetParseError()) + " at offset " +
                  std::to_string(json.GetErrorOffset()));
      return false;
    }
    if (!json.IsObject()) {
      skip_to(diags, where, "not a JSON object");
      return false;
    }
    auto text_member = json.FindMember("text");
    if (text_member == json.MemberEnd() || !text_member->value.IsString()) {
      skip_to(diags, where, "no \"text\" string");
      return false;
    }
    text = std::string_view(text_member->value.GetString(), text_member->value.GetStringLength());
    id = json_id(json);
    title = json_string(json, "title");
    url = json_string(json, "url");
    date = json_string(json, "date");
    if (date.empty()) date = json_string(json, "published");
    return make_record_document(text, id, title, url, date, corpus, line, out, diags);
  }

  // The document of a record whose fields are read.
  bool make_record_document(std::string_view text, const std::string& id, std::string& title, std::string& url,
                            const std::string& date, const std::string& corpus, std::size_t line, Document& out,
                            std::vector<Diagnostic>& diags) const {
    std::string reason;
    std::optional<Decoded> d = decode_text(text, reason);
    if (!d) {
      skip_to(diags, record_name(corpus, line), "\"text\": " + reason);
      return false;
    }
    if (is_blank(d->text)) {
      skip_to(diags, record_name(corpus, line), "empty \"text\"");
      return false;
    }
    out = Document{};
    out.name = corpus + "#" + (id.empty() ? std::to_string(line) : id);
    out.text = std::move(d->text);
    if (!d->warning.empty()) out.diagnostics.push_back(d->warning);
    out.title = std::move(title);
    out.url = std::move(url);
    std::optional<Date> own;
    if (!date.empty()) {
      own = parse_corpus_date(date);
      if (!own) out.diagnostics.push_back("unrecognized date \"" + date + "\"");
    }
    finish(out, own);
    return true;
  }

  // ---- Reading: sequential ------------------------------------------------------------------

  void open_corpus(std::istream& s, const std::string& p) {
    in = &s;
    path = p;
    line_no = 0;
  }

  void close_corpus() {
    if (file.is_open()) file.close();
    file.clear();
    in = nullptr;
    pending.reset();
  }

  // Standard input or a pipe: its kind is known only once its first line has been read.
  bool read_stream(std::istream& s, const std::string& p, RawDocument& out) {
    std::string head;  // everything read so far, for an article
    std::size_t lines = 0;
    std::string l;
    bool found = false;
    while (std::getline(s, l)) {
      ++lines;
      if (lines == 1 && l.compare(0, kBom.size(), kBom) == 0) l.erase(0, kBom.size());
      if (!is_blank(l)) {
        found = true;
        break;
      }
      head += l;
      head += '\n';
    }
    if (!found) {
      bytes += head.size();
      skip(p, "empty file");
      return false;
    }
    std::string first = l;
    strip_cr(first);
    const InputKind kind = kind_of_first_line(first, false, p);
    bytes += head.size();
    if (kind == InputKind::corpus) {
      open_corpus(s, p);
      line_no = lines - 1;
      pending = std::move(l);
      return false;
    }
    if (kind == InputKind::events) {
      hold(Diagnostic::Severity::warning, p, "holds event records, not documents; ignored here");
      return false;
    }
    head += l;
    if (!s.eof()) head += '\n';
    const std::size_t before = head.size();
    read_rest(s, head);
    bytes += head.size() - before;
    out.kind = RawDocument::Kind::article;
    out.name = p;
    out.bytes = std::move(head);
    return true;
  }

  bool read_article_file(const std::string& p, RawDocument& out) {
    std::string reason;
    if (!read_whole_file(p, out.bytes, reason)) {
      skip(p, reason);
      return false;
    }
    bytes += out.bytes.size();
    out.kind = RawDocument::Kind::article;
    out.name = p;
    return true;
  }

  // Starts the next input: an article is read at once (true when it gave a raw document), a
  // corpus is opened for next_line.
  bool start(const InputFile& f, RawDocument& out) {
    if (f.kind == InputKind::events) return false;
    if (f.path == "-") return read_stream(std::cin, f.path, out);
    std::error_code ec;
    const fs::file_status st = fs::status(f.path, ec);
    if (!fs::exists(st)) {
      skip(f.path, "no longer exists");
      return false;
    }
    if (!fs::is_regular_file(st) && !fs::is_directory(st)) {
      file.open(f.path, std::ios::binary);
      if (!file) {
        skip(f.path, "cannot open: " + errno_text(errno));
        return false;
      }
      const bool got = read_stream(file, f.path, out);
      if (!in) close_corpus();
      return got;
    }
    if (f.kind == InputKind::article) return read_article_file(f.path, out);
    file.open(f.path, std::ios::binary);
    if (!file) {
      skip(f.path, "cannot open: " + errno_text(errno));
      file.clear();
      return false;
    }
    open_corpus(file, f.path);
    return false;
  }

  // The next non-blank line of the open corpus; false at its end.
  bool next_line(RawDocument& out) {
    std::string& l = out.bytes;
    for (;;) {
      if (pending) {
        l = std::move(*pending);
        pending.reset();
      } else if (!std::getline(*in, l)) {
        if (in->bad()) skip(path, "read error after line " + std::to_string(line_no));
        return false;
      }
      ++line_no;
      bytes += l.size() + 1;
      if (line_no == 1 && l.compare(0, kBom.size(), kBom) == 0) l.erase(0, kBom.size());
      strip_cr(l);
      if (is_blank(l)) continue;
      out.kind = RawDocument::Kind::record;
      out.name = path;
      out.line = line_no;
      return true;
    }
  }

  bool next_raw(RawDocument& out) {
    out.kind = RawDocument::Kind::none;
    out.name.clear();
    out.line = 0;
    out.diagnostics.clear();
    bool got = false;
    while (!got) {
      if (in) {
        got = next_line(out);
        if (!got) close_corpus();
        continue;
      }
      if (next_input >= inputs.size()) break;
      got = start(inputs[next_input++], out);
    }
    // What went wrong on the way travels with this document, or alone at the end.
    out.diagnostics.swap(held);
    held.clear();
    if (!got) out.bytes.clear();
    return got || !out.diagnostics.empty();
  }
};

DocumentReader::DocumentReader(std::vector<InputFile> inputs, ReadOptions options, DiagnosticSink sink)
    : impl_(std::make_unique<Impl>()) {
  impl_->inputs = std::move(inputs);
  impl_->options = options;
  impl_->sink = std::move(sink);
}

DocumentReader::~DocumentReader() = default;

bool DocumentReader::next_raw(RawDocument& out) { return impl_->next_raw(out); }

bool DocumentReader::decode(RawDocument& raw, Document& out) const {
  switch (raw.kind) {
    case RawDocument::Kind::article:
      return impl_->make_article(raw.name, raw.bytes, out, raw.diagnostics);
    case RawDocument::Kind::record:
      return impl_->make_record(raw.bytes, raw.name, raw.line, out, raw.diagnostics);
    case RawDocument::Kind::none:
      break;
  }
  return false;
}

void DocumentReader::account(const RawDocument& raw, bool decoded) {
  Impl& m = *impl_;
  for (const Diagnostic& d : raw.diagnostics) {
    if (d.severity == Diagnostic::Severity::skipped) ++m.skipped;
    if (m.sink) m.sink(d);
  }
  if (decoded) ++m.documents;
}

bool DocumentReader::next(Document& out) {
  RawDocument raw;
  while (next_raw(raw)) {
    const bool ok = decode(raw, out);
    account(raw, ok);
    if (ok) return true;
  }
  return false;
}

std::size_t DocumentReader::documents_read() const { return impl_->documents; }
std::size_t DocumentReader::skipped() const { return impl_->skipped; }
std::size_t DocumentReader::bytes_read() const { return impl_->bytes; }

namespace {

// A piece of an events file cut at a line end, parsed by a worker: its events in order and
// the broken lines among them, with line numbers counted from the piece's start (the
// reading thread adds the lines before it when it delivers them). Pieces are reused, so
// their buffers are allocated (and zeroed) once, not for every 4 MB read.
struct EventBlock {
  std::string buffer;  // bytes [0, size) are the piece; the rest is room
  std::size_t size = 0;
  bool first = false;  // starts the file: a BOM may open it
  std::vector<Event> events;
  struct Error {
    std::size_t before;  // index into events of the next good record
    std::size_t line;    // 1-based, within the block
    std::string message;
  };
  std::vector<Error> errors;
  std::size_t lines = 0;
  bool done = false;
  std::exception_ptr failure;  // anything but a broken line (out of memory): rethrown on delivery

  void reset(bool starts_file) {
    size = 0;
    first = starts_file;
    events.clear();
    errors.clear();
    lines = 0;
    done = false;
    failure = nullptr;
  }

  void parse() {
    std::string_view rest(buffer.data(), size);
    // Records are a few hundred bytes: room for them all at once.
    events.reserve(size / 256 + 16);
    while (!rest.empty()) {
      const std::size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
      ++lines;
      if (first && lines == 1 && line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (is_blank(line)) continue;
      try {
        events.push_back(ag::parse_event_line(line));
      } catch (const ag::EventParseError& e) {
        errors.push_back({events.size(), lines, e.what()});
      }
    }
  }
};

constexpr std::size_t kEventBlockBytes = std::size_t(4) << 20;

// Fills `block` with the next piece of `in`: about kEventBlockBytes, up to a line end
// (`carry` holds what was read past it, for the next piece). False at the end of input.
bool read_event_block(std::istream& in, std::string& carry, EventBlock& block) {
  std::string& buf = block.buffer;
  const std::size_t have = carry.size();
  if (buf.size() < have + kEventBlockBytes) buf.resize(have + kEventBlockBytes);
  std::memcpy(&buf[0], carry.data(), have);
  carry.clear();
  in.read(&buf[have], static_cast<std::streamsize>(kEventBlockBytes));
  block.size = have + static_cast<std::size_t>(in.gcount());
  if (block.size == 0) return false;
  if (in.good()) {
    // Cut after the last line end; a piece with none (one huge line) grows until it has one.
    std::size_t cut = std::string_view(buf.data(), block.size).rfind('\n');
    while (cut == std::string::npos && in.good()) {
      if (buf.size() < block.size + (1 << 16)) buf.resize(2 * buf.size());
      in.read(&buf[block.size], 1 << 16);
      const std::size_t old = block.size;
      block.size += static_cast<std::size_t>(in.gcount());
      if (std::string_view(buf.data() + old, block.size - old).find('\n') != std::string::npos)
        cut = std::string_view(buf.data(), block.size).rfind('\n');
    }
    if (cut != std::string::npos) {
      carry.assign(buf.data() + cut + 1, block.size - cut - 1);
      block.size = cut + 1;
    }
  }
  return true;
}

}  // namespace

std::size_t read_events_file(const std::string& path, const DiagnosticSink& sink,
                             const std::function<void(Event&&)>& on_event, unsigned threads) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      // Like a document file that vanished mid-run: reported and skipped, the run goes on.
      report(sink, Diagnostic::Severity::skipped, path, "cannot open: " + errno_text(errno));
      return 0;
    }
    in = &file;
  }
  std::size_t skipped = 0, line_base = 0;
  // Delivers a parsed block: its events and broken lines, in file order.
  auto deliver = [&](EventBlock& b) {
    if (b.failure) std::rethrow_exception(b.failure);
    std::size_t k = 0;
    for (std::size_t i = 0; i <= b.events.size(); ++i) {
      for (; k < b.errors.size() && b.errors[k].before == i; ++k) {
        ++skipped;
        report(sink, Diagnostic::Severity::skipped, path + ":" + std::to_string(line_base + b.errors[k].line),
               b.errors[k].message);
      }
      if (i < b.events.size()) on_event(std::move(b.events[i]));
    }
    line_base += b.lines;
  };

  std::string carry;
  bool first = true;
  if (threads <= 1) {
    EventBlock b;
    while (true) {
      b.reset(first);
      first = false;
      if (!read_event_block(*in, carry, b)) break;
      b.parse();
      deliver(b);
    }
  } else {
    // An in-order parallel map over a few blocks in flight: parsing is nearly all the cost
    // of reading an events file, and it is independent from line to line.
    std::mutex mutex;
    std::condition_variable ready, done;
    std::deque<std::unique_ptr<EventBlock>> window;
    std::size_t next = 0;
    bool input_done = false, stop = false;
    std::vector<std::thread> workers;
    auto work = [&] {
      for (;;) {
        EventBlock* b = nullptr;
        {
          std::unique_lock<std::mutex> lock(mutex);
          ready.wait(lock, [&] { return stop || next < window.size() || input_done; });
          if (stop || (next >= window.size() && input_done)) return;
          if (next >= window.size()) continue;
          b = window[next++].get();
        }
        try {
          b->parse();
        } catch (...) {
          b->failure = std::current_exception();
        }
        {
          std::lock_guard<std::mutex> lock(mutex);
          b->done = true;
        }
        done.notify_one();
      }
    };
    std::vector<std::unique_ptr<EventBlock>> spare;  // delivered blocks, reused
    auto pop_front = [&]() {
      std::unique_ptr<EventBlock> b;
      {
        std::unique_lock<std::mutex> lock(mutex);
        done.wait(lock, [&] { return window.front()->done; });
        b = std::move(window.front());
        window.pop_front();
        --next;
      }
      deliver(*b);
      spare.push_back(std::move(b));
    };
    for (unsigned i = 0; i < threads; ++i) workers.emplace_back(work);
    try {
      const std::size_t max_in_flight = 2 * static_cast<std::size_t>(threads) + 1;
      while (true) {
        std::unique_ptr<EventBlock> b;
        if (spare.empty()) {
          b = std::make_unique<EventBlock>();
        } else {
          b = std::move(spare.back());
          spare.pop_back();
        }
        b->reset(first);
        first = false;
        if (!read_event_block(*in, carry, *b)) break;
        while (true) {
          {
            std::lock_guard<std::mutex> lock(mutex);
            if (window.size() < max_in_flight) break;
          }
          pop_front();
        }
        std::lock_guard<std::mutex> lock(mutex);
        window.push_back(std::move(b));
        ready.notify_one();
      }
      {
        std::lock_guard<std::mutex> lock(mutex);
        input_done = true;
        ready.notify_all();
      }
      while (true) {
        {
          std::lock_guard<std::mutex> lock(mutex);
          if (window.empty()) break;
        }
        pop_front();
      }
    } catch (...) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        stop = true;
        ready.notify_all();
      }
      for (auto& w : workers) w.join();
      throw;
    }
    for (auto& w : workers) w.join();
  }
  if (in->bad()) {
    ++skipped;
    report(sink, Diagnostic::Severity::skipped, path, "read error after line " + std::to_string(line_base));
  }
  return skipped;
}

}  // namespace ag::extract
