#include "model/event_json.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "model/edtf.h"
#include "model/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace ag {
namespace {

// Whether all of `s` is well-formed UTF-8: eight ASCII bytes at a time, sequences checked
// one by one.
bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (!(x & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    const std::size_t n = utf8_sequence(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// ---- Writing -----------------------------------------------------------------------------
//
// Hand-written rather than through rapidjson's Writer (which copies byte by byte, then into
// a std::string): lines go straight into the caller's buffer, and runs of plain ASCII are
// scanned eight bytes at a time. The bytes are the ones rapidjson wrote: no spaces, `"`
// `\` and C0 controls escaped (\b \t \n \f \r, else \u00XX in upper-case hex), everything
// else as it is.

// Strings are scanned a window at a time: sixteen bytes with SSE2 (every x86-64 has it),
// else eight in a 64-bit word.
#if defined(__SSE2__)
constexpr std::size_t kWindow = 16;

// The bytes in the window at `p` before the first one JSON does not copy as it is (a
// special or, when `ascii`, a non-ASCII byte); kWindow when there is none.
inline std::size_t plain_prefix(const char* p, bool ascii) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);  // x <= 0x1F
  __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                           control);
  if (ascii) m = _mm_or_si128(m, x);  // the high bit of a non-ASCII byte
  const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(m));
  return bits ? static_cast<std::size_t>(__builtin_ctz(bits)) : kWindow;
}
#else
constexpr std::size_t kWindow = 8;

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// Whether any of the eight bytes of `x` is zero.
constexpr std::uint64_t has_zero(std::uint64_t x) { return (x - kOnes) & ~x & kHighs; }

// The high bit of each byte of `x` (little-endian: the first byte lowest) that is `"`, `\`
// or below 0x20. Only the lowest bit set is exact (borrows may flag bytes above it), which
// is all the scans below use: they jump to the first flagged byte.
constexpr std::uint64_t specials8(std::uint64_t x) {
  return ((x - kOnes * 0x20) & ~x & kHighs) | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'));
}

inline std::size_t plain_prefix(const char* p, bool ascii) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  const std::uint64_t m = specials8(x) | (ascii ? x & kHighs : 0);
  return m ? static_cast<std::size_t>(__builtin_ctzll(m)) >> 3 : 8;  // little-endian
}
#endif

#if defined(__GNUC__)
#define AG_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define AG_ALWAYS_INLINE inline
#endif

// The line being written: into a buffer of this thread's, then onto the caller's string in
// one append. Appends here are a bounds check and a copy, where std::string::append is a
// call into the library each time (a line is a couple of hundred of them); the buffer is
// never shrunk, so it is zero-filled only when it grows.
class Out {
 public:
  Out() : buf_(buffer()), begin_(buf_.data()), cur_(begin_), end_(begin_ + buf_.size()) {}
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  // Inlined: most calls copy a few bytes, which a call would cost several times over. The
  // room is two pointers, not the vector's size less the used count: fewer loads per append.
  AG_ALWAYS_INLINE void append(const char* p, std::size_t n) {
    if (n > static_cast<std::size_t>(end_ - cur_)) grow(n);
    std::memcpy(cur_, p, n);
    cur_ += n;
  }
  void append(const char* b, const char* e) { append(b, static_cast<std::size_t>(e - b)); }
  AG_ALWAYS_INLINE Out& operator+=(char c) {
    if (cur_ == end_) grow(1);
    *cur_++ = c;
    return *this;
  }
  // Room for `n` more bytes, to be written at the pointer returned; commit(k) keeps the
  // first k of them.
  AG_ALWAYS_INLINE char* room(std::size_t n) {
    if (n > static_cast<std::size_t>(end_ - cur_)) grow(n);
    return cur_;
  }
  AG_ALWAYS_INLINE void commit(std::size_t n) { cur_ += n; }
  // Appends what was written to `s`.
  void finish(std::string& s) const { s.append(begin_, static_cast<std::size_t>(cur_ - begin_)); }

 private:
  static std::vector<char>& buffer() {
    thread_local std::vector<char> b(8192);
    return b;
  }
  void grow(std::size_t n) {
    const auto used = static_cast<std::size_t>(cur_ - begin_);
    buf_.resize(std::max(2 * buf_.size(), used + n));
    begin_ = buf_.data();
    cur_ = begin_ + used;
    end_ = begin_ + buf_.size();
  }
  std::vector<char>& buf_;
  char* begin_;
  char* cur_;
  char* end_;
};

// Copies n bytes. Most strings of a line are short (ids, names, kinds, countries, dates):
// up to sixteen bytes are two overlapping loads and stores inline, where a call to memcpy
// cost more than the copy.
AG_ALWAYS_INLINE void copy_bytes(char* d, const char* s, std::size_t n) {
  if (n > 16) {
    std::memcpy(d, s, n);
  } else if (n >= 8) {
    std::uint64_t a, b;
    std::memcpy(&a, s, 8);
    std::memcpy(&b, s + n - 8, 8);
    std::memcpy(d, &a, 8);
    std::memcpy(d + n - 8, &b, 8);
  } else if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, s, 4);
    std::memcpy(&b, s + n - 4, 4);
    std::memcpy(d, &a, 4);
    std::memcpy(d + n - 4, &b, 4);
  } else if (n > 0) {
    d[0] = s[0];
    d[n / 2] = s[n / 2];
    d[n - 1] = s[n - 1];
  }
}

void put_escaped(Out& out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  char buf[6] = {'\\', 0, '0', '0', 0, 0};
  switch (c) {
    case '"': buf[1] = '"'; break;
    case '\\': buf[1] = '\\'; break;
    case '\b': buf[1] = 'b'; break;
    case '\t': buf[1] = 't'; break;
    case '\n': buf[1] = 'n'; break;
    case '\f': buf[1] = 'f'; break;
    case '\r': buf[1] = 'r'; break;
    default:
      buf[1] = 'u';
      buf[4] = kHex[c >> 4];
      buf[5] = kHex[c & 0xF];
      out.append(buf, 6);
      return;
  }
  out.append(buf, 2);
}

// put_string from s[i] on, s[0, i) being written already (plain bytes, after the quote).
void put_string_rest(Out& out, std::string_view s, std::size_t i) {
  std::size_t run = i;  // s[run, i) is pending, to be copied as it is
  const std::size_t n = s.size();
  while (i < n) {
    if (i + kWindow <= n) {
      const std::size_t k = plain_prefix(s.data() + i, true);
      i += k;
      if (k == kWindow) continue;
    } else {
      // The tail (most strings are ids and names shorter than a window): padded with plain
      // bytes into a window of its own, instead of tested one byte at a time.
      char tail[kWindow];
      std::memset(tail, 'a', kWindow);
      std::memcpy(tail, s.data() + i, n - i);
      i += std::min(plain_prefix(tail, true), n - i);
      if (i == n) break;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    // A two-byte sequence (an accented letter: most of the non-ASCII of French text) is
    // checked here; utf8_sequence, a call, checks the others.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t len = utf8_sequence(s, i);
      if (len) {
        i += len;
        continue;
      }
      out.append(s.data() + run, i - run);
      out.append("\xEF\xBF\xBD", 3);
      run = ++i;
    } else if (c < 0x20 || c == '"' || c == '\\') {
      out.append(s.data() + run, i - run);
      put_escaped(out, c);
      run = ++i;
    } else {
      ++i;
    }
  }
  out.append(s.data() + run, n - run);
  out += '"';
}

// Every string is written as valid UTF-8, whatever the event holds: a byte that is not part
// of a well-formed sequence becomes U+FFFD, so the line stays JSON for strict readers.
// Most strings (ids, names, dates) need neither: the string is copied with its quotes
// first and its copy tested a window at a time, the room past it making every window
// readable (its bytes past the end do not count). Testing the string itself ended in a tail
// shorter than a window, copied into one of its own, and a second copy into the line.
// Copies `s` after its opening quote into the line, with a window of room past it, and
// returns where the quote is; nothing is committed yet.
AG_ALWAYS_INLINE char* copy_quoted(Out& out, std::string_view s) {
  char* d = out.room(s.size() + 2 + kWindow);
  d[0] = '"';
  copy_bytes(d + 1, s.data(), s.size());
  return d;
}

// Ends the string copied at `d` whose first `plain` bytes need no escape: closes it when that
// is all of it, else keeps the quote and those bytes and escapes the rest from there.
AG_ALWAYS_INLINE void finish_string(Out& out, char* d, std::string_view s, std::size_t plain) {
  const std::size_t n = s.size();
  if (plain >= n) {
    d[1 + n] = '"';
    out.commit(n + 2);
    return;
  }
  out.commit(1 + plain);
  put_string_rest(out, s, plain);
}

void put_long_string(Out& out, std::string_view s) {
  const std::size_t n = s.size();
  char* d = copy_quoted(out, s);
  std::size_t i = 0;
  while (i < n) {
    const std::size_t k = plain_prefix(d + 1 + i, true);
    if (k < kWindow) {
      i = std::min(i + k, n);
      break;
    }
    i += kWindow;
  }
  finish_string(out, d, s, i);
}

// A string of one window or less (most of a line's) is copied and tested in line: the call
// and its saved registers cost more than the test.
AG_ALWAYS_INLINE void put_string(Out& out, std::string_view s) {
  if (s.size() > kWindow) return put_long_string(out, s);
  char* d = copy_quoted(out, s);
  finish_string(out, d, s, plain_prefix(d + 1, true));
}

// A literal piece of JSON (`,"key":`), its length known at compile time.
template <std::size_t N>
void put_raw(Out& out, const char (&text)[N]) {
  out.append(text, N - 1);
}

void put_nullable(Out& out, std::string_view s) {
  if (s.empty()) out.append("null", 4);
  else put_string(out, s);
}

void put_uint(Out& out, std::uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// A JSON array of `items`, each written by `put`.
template <typename T, typename Put>
void put_array(Out& out, const std::vector<T>& items, Put put) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    put(out, items[i]);
  }
  out += ']';
}

void put_strings(Out& out, const std::vector<std::string>& v) {
  put_array(out, v, [](Out& o, const std::string& x) { put_string(o, x); });
}

void put_actor(Out& out, const Actor& a) {
  put_raw(out, "{\"id\":");
  put_string(out, a.id);
  put_raw(out, ",\"name\":");
  put_string(out, a.name);
  put_raw(out, ",\"kind\":");
  put_string(out, to_string(a.kind));
  put_raw(out, ",\"country\":");
  put_nullable(out, a.country);
  if (!a.role.empty()) {
    put_raw(out, ",\"role\":");
    put_string(out, a.role);
  }
  out += '}';
}

void put_source(Out& out, const Source& s) {
  put_raw(out, "{\"document\":");
  put_string(out, s.document);
  put_raw(out, ",\"published\":");
  put_nullable(out, s.published);
  put_raw(out, ",\"sentence\":");
  put_string(out, s.sentence);
  put_raw(out, ",\"start\":");
  put_uint(out, s.start);
  put_raw(out, ",\"end\":");
  put_uint(out, s.end);
  if (!s.evidence.empty()) {
    put_raw(out, ",\"evidence\":");
    put_array(out, s.evidence, [](Out& o, const Evidence& e) {
      put_raw(o, "{\"sentence\":");
      put_string(o, e.sentence);
      put_raw(o, ",\"start\":");
      put_uint(o, e.start);
      put_raw(o, ",\"end\":");
      put_uint(o, e.end);
      o += '}';
    });
  }
  out += '}';
}

using Value = rapidjson::Value;

std::string get_string(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> get_strings(const Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::size_t get_size(const Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsUint64() ? static_cast<std::size_t>(it->value.GetUint64()) : 0;
}

Actor read_actor(const Value& v) {
  Actor a;
  if (v.IsString()) {
    a.id = a.name = std::string(v.GetString(), v.GetStringLength());
    return a;
  }
  if (!v.IsObject()) return a;
  a.id = get_string(v, "id");
  a.name = get_string(v, "name");
  if (a.name.empty()) a.name = a.id;
  if (!parse_actor_kind(get_string(v, "kind"), a.kind)) a.kind = ActorKind::person;
  a.country = get_string(v, "country");
  a.role = get_string(v, "role");
  return a;
}

}  // namespace

void append_json_line(std::string& line, const Event& e) {
  Out out;
  put_raw(out, "{\"id\":");
  put_string(out, e.id);
  put_raw(out, ",\"type\":");
  put_string(out, e.type);
  put_raw(out, ",\"participants\":");
  put_array(out, e.participants, [](Out& o, const Actor& a) { put_actor(o, a); });
  put_raw(out, ",\"initiator\":");
  put_nullable(out, e.initiator);
  put_raw(out, ",\"mediator\":");
  put_nullable(out, e.mediator);
  put_raw(out, ",\"date\":");
  put_nullable(out, e.date);
  put_raw(out, ",\"status\":");
  put_string(out, e.status);
  put_raw(out, ",\"topics\":");
  put_strings(out, e.topics);
  put_raw(out, ",\"subjects\":");
  put_strings(out, e.subjects);
  put_raw(out, ",\"place\":");
  put_nullable(out, e.place);
  put_raw(out, ",\"sources\":");
  put_array(out, e.sources, [](Out& o, const Source& x) { put_source(o, x); });
  put_raw(out, ",\"cameo\":");
  put_string(out, e.cameo);
  put_raw(out, ",\"confidence\":");
  // Two decimals, so the bytes do not depend on floating-point printing details.
  // Clamped to [0, 1]; NaN and -0 are written 0.00.
  const double c = e.confidence > 0 ? (e.confidence < 1 ? e.confidence : 1.0) : 0.0;
  // The few distinct values of a run are formatted once per thread (snprintf was a tenth of
  // the writing): a direct-mapped cache on the value's bits.
  struct Formatted {
    double value = -1;
    char text[8] = {};
    std::size_t size = 0;
  };
  thread_local Formatted cache[64];
  std::uint64_t bits;
  std::memcpy(&bits, &c, sizeof bits);
  Formatted& f = cache[(bits * 0x9E3779B97F4A7C15ull) >> 58];
  if (f.value != c) {
    char text[16];
    const int n = std::snprintf(text, sizeof text, "%.2f", c);
    f.value = c;
    f.size = static_cast<std::size_t>(n);
    std::memcpy(f.text, text, f.size);
  }
  out.append(f.text, f.size);
  out += '}';
  out.finish(line);
}

std::string to_json_line(const Event& e) {
  std::string out;
  out.reserve(1024);
  append_json_line(out, e);
  return out;
}

namespace {

// ---- Reading: the plain case ---------------------------------------------------------------
//
// Nearly every line of an events file is plain: an object whose fields have the types of
// the contract, strings without \u escapes, no repeated field. PlainReader reads those in
// one pass straight into an Event, with no DOM nor in-situ copy of the line (it was most of
// the time of `build`). Anything else (a syntax error, a repeated field, a participant that
// is neither a string nor an object, deep nesting ...) makes it give up, and the line goes
// through rapidjson's DOM as before: the same events and the same error messages either way.

// The double rapidjson gives a number token (its own algorithm, not strtod's: the values
// must not differ from the DOM path's in the last bit).
struct NumberHandler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, NumberHandler> {
  double value = 0;
  bool Int(int i) { return value = i, true; }
  bool Uint(unsigned u) { return value = u, true; }
  bool Int64(std::int64_t i) { return value = static_cast<double>(i), true; }
  bool Uint64(std::uint64_t u) { return value = static_cast<double>(u), true; }
  bool Double(double d) { return value = d, true; }
  bool Default() { return false; }
};

class PlainReader {
 public:
  explicit PlainReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  // False when the line is not plain (`e` is then partly filled: drop it).
  bool read(Event& e, bool& participants_array) {
    ws();
    if (!eat('{')) return false;
    unsigned seen = 0;
    return members([&](std::string_view key) {
      static constexpr std::string_view kKeys[] = {"id",     "type",     "participants", "initiator",
                                                   "mediator", "date",   "status",       "topics",
                                                   "subjects", "place",  "sources",      "cameo",
                                                   "confidence"};
      std::size_t k = 0;
      while (k < std::size(kKeys) && kKeys[k] != key) ++k;
      if (k == std::size(kKeys)) return skip_value(0);
      if (seen & (1u << k)) return false;  // the DOM path keeps the first: rare, left to it
      seen |= 1u << k;
      switch (k) {
        case 0: return string_field(e.id);
        case 1: return string_field(e.type);
        case 2: return participants(e, participants_array);
        case 3: return string_field(e.initiator);
        case 4: return string_field(e.mediator);
        case 5: return string_field(e.date);
        case 6: return string_field(e.status);
        case 7: return strings(e.topics);
        case 8: return strings(e.subjects);
        case 9: return string_field(e.place);
        case 10: return sources(e.sources);
        case 11: return string_field(e.cameo);
        default: return confidence(e.confidence);
      }
    });
  }

 private:
  const char* p_;
  const char* end_;

  // Moves the items read into `out` at its exact size. Lists are read into a reused vector
  // first: grown one by one, three participants took three allocations and room for four
  // (reading a million events, 53 MB went to such spare room).
  template <class T>
  static void exact_move(std::vector<T>& read, std::vector<T>& out) {
    out.assign(std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
  }

  char peek() const { return p_ < end_ ? *p_ : '\0'; }
  bool eat(char c) {
    if (p_ >= end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  // After '{': `member(key)` for each member (positioned on its value), up to the '}'.
  template <class F>
  bool members(F member) {
    ws();
    if (eat('}')) return true;
    std::string scratch;
    std::string_view key;
    while (true) {
      ws();
      if (!read_key(key, scratch)) return false;
      ws();
      if (!eat(':')) return false;
      ws();
      if (!member(key)) return false;
      ws();
      if (eat('}')) return true;
      if (!eat(',')) return false;
    }
  }

  // After '[': `element()` for each element (positioned on it), up to the ']'.
  template <class F>
  bool elements(F element) {
    ws();
    if (eat(']')) return true;
    while (true) {
      ws();
      if (!element()) return false;
      ws();
      if (eat(']')) return true;
      if (!eat(',')) return false;
    }
  }

  // A member name: a view of the line when it has no escape (names are short and plain),
  // else decoded into `scratch`.
  bool read_key(std::string_view& key, std::string& scratch) {
    const char* start = p_;
    if (!eat('"')) return false;
    const char* q = p_;
    while (q < end_ && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20) ++q;
    if (q < end_ && *q == '"') {
      key = std::string_view(p_, static_cast<std::size_t>(q - p_));
      p_ = q + 1;
      return true;
    }
    p_ = start;
    if (!string(scratch)) return false;
    key = scratch;
    return true;
  }

  // A string (the line is valid UTF-8 already) with simple escapes; \u gives up.
  bool string(std::string& out) {
    out.clear();
    if (!eat('"')) return false;
    const char* run = p_;
    while (true) {
      while (end_ - p_ >= static_cast<std::ptrdiff_t>(kWindow)) {
        const std::size_t k = plain_prefix(p_, false);
        p_ += k;
        if (k < kWindow) break;
      }
      if (p_ >= end_) return false;
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        out.append(run, static_cast<std::size_t>(p_ - run));
        ++p_;
        return true;
      }
      if (c < 0x20) return false;
      if (c != '\\') {
        ++p_;
        continue;
      }
      out.append(run, static_cast<std::size_t>(p_ - run));
      if (end_ - p_ < 2) return false;
      switch (p_[1]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        default: return false;
      }
      p_ += 2;
      run = p_;
    }
  }

  // A number as JSON spells it, without exponent: -?(0|[1-9][0-9]*)(.[0-9]+)?
  bool number(std::string_view& token) {
    const char* start = p_;
    eat('-');
    auto digits = [&] {
      const char* d = p_;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      return p_ > d;
    };
    if (eat('0')) {
    } else if (!digits()) {
      return false;
    }
    if (eat('.') && !digits()) return false;
    // An exponent or a very long number may not fit a double (rapidjson's error): left to it.
    if (peek() == 'e' || peek() == 'E' || p_ - start > 40) return false;
    token = std::string_view(start, static_cast<std::size_t>(p_ - start));
    return true;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  // Any value, read and dropped.
  bool skip_value(int depth) {
    std::string scratch;
    std::string_view token;
    switch (peek()) {
      case '"': return string(scratch);
      case '{':
        if (depth > 32) return false;
        ++p_;
        return members([&](std::string_view) { return skip_value(depth + 1); });
      case '[':
        if (depth > 32) return false;
        ++p_;
        return elements([&] { return skip_value(depth + 1); });
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      default: return number(token);
    }
  }

  // What get_string gives: the string, or "" for any other value.
  bool string_field(std::string& out) {
    if (peek() == '"') return string(out);
    out.clear();
    return skip_value(0);
  }

  // What get_size gives: an integer that fits 64 bits unsigned, else 0.
  bool size_field(std::size_t& out) {
    out = 0;
    if (peek() != '-' && (peek() < '0' || peek() > '9')) return skip_value(0);
    std::string_view token;
    if (!number(token)) return false;
    std::uint64_t v = 0;
    for (char c : token) {
      if (c < '0' || c > '9') return true;  // negative or not an integer
      if (v > (UINT64_MAX - static_cast<unsigned>(c - '0')) / 10) return true;  // a double in rapidjson
      v = v * 10 + static_cast<unsigned>(c - '0');
    }
    out = static_cast<std::size_t>(v);
    return true;
  }

  bool confidence(double& out) {
    if (peek() != '-' && (peek() < '0' || peek() > '9')) return skip_value(0);
    std::string_view token;
    if (!number(token)) return false;
    char buf[64];  // tokens are at most 41 bytes
    std::memcpy(buf, token.data(), token.size());
    buf[token.size()] = '\0';
    rapidjson::Reader reader;
    rapidjson::StringStream ss(buf);
    NumberHandler h;
    if (reader.Parse(ss, h).IsError()) return false;
    out = h.value;
    return true;
  }

  bool strings(std::vector<std::string>& out) {
    if (!eat('[')) return skip_value(0);
    thread_local std::vector<std::string> read;
    read.clear();
    const bool ok = elements([&] {
      if (peek() != '"') return skip_value(0);
      return string(read.emplace_back());
    });
    exact_move(read, out);
    return ok;
  }

  bool participants(Event& e, bool& is_array) {
    is_array = peek() == '[';
    if (!eat('[')) return skip_value(0);
    thread_local std::vector<Actor> read;
    read.clear();
    const bool ok = elements([&] {
      Actor& a = read.emplace_back();
      if (peek() == '"') {
        if (!string(a.id)) return false;
        a.name = a.id;
        return true;
      }
      if (!eat('{')) return false;  // not an actor: the DOM path says which error
      unsigned seen = 0;
      std::string kind;
      const bool ok = members([&](std::string_view key) {
        static constexpr std::string_view kKeys[] = {"id", "name", "kind", "country", "role"};
        std::size_t k = 0;
        while (k < std::size(kKeys) && kKeys[k] != key) ++k;
        if (k == std::size(kKeys)) return skip_value(0);
        if (seen & (1u << k)) return false;
        seen |= 1u << k;
        switch (k) {
          case 0: return string_field(a.id);
          case 1: return string_field(a.name);
          case 2: return string_field(kind);
          case 3: return string_field(a.country);
          default: return string_field(a.role);
        }
      });
      if (a.name.empty()) a.name = a.id;
      if (!parse_actor_kind(kind, a.kind)) a.kind = ActorKind::person;
      return ok;
    });
    exact_move(read, e.participants);
    return ok;
  }

  bool sources(std::vector<Source>& out) {
    if (!eat('[')) return skip_value(0);
    return elements([&] {
      if (!eat('{')) return skip_value(0);
      Source& s = out.emplace_back();
      unsigned seen = 0;
      return members([&](std::string_view key) {
        static constexpr std::string_view kKeys[] = {"document", "published", "sentence", "start", "end", "evidence"};
        std::size_t k = 0;
        while (k < std::size(kKeys) && kKeys[k] != key) ++k;
        if (k == std::size(kKeys)) return skip_value(0);
        if (seen & (1u << k)) return false;
        seen |= 1u << k;
        switch (k) {
          case 0: return string_field(s.document);
          case 1: return string_field(s.published);
          case 2: return string_field(s.sentence);
          case 3: return size_field(s.start);
          case 4: return size_field(s.end);
          default: return evidence(s.evidence);
        }
      });
    });
  }

  bool evidence(std::vector<Evidence>& out) {
    if (!eat('[')) return skip_value(0);
    return elements([&] {
      if (!eat('{')) return skip_value(0);
      Evidence& x = out.emplace_back();
      unsigned seen = 0;
      return members([&](std::string_view key) {
        static constexpr std::string_view kKeys[] = {"sentence", "start", "end"};
        std::size_t k = 0;
        while (k < std::size(kKeys) && kKeys[k] != key) ++k;
        if (k == std::size(kKeys)) return skip_value(0);
        if (seen & (1u << k)) return false;
        seen |= 1u << k;
        switch (k) {
          case 0: return string_field(x.sentence);
          case 1: return size_field(x.start);
          default: return size_field(x.end);
        }
      });
    });
  }
};

// ---- Reading: any line, through rapidjson's DOM -----------------------------------------

// Parses `line` into `e`; throws EventParseError for what is not a JSON object.
void read_dom(std::string_view line, Event& e, bool& participants_array) {
  // One pool and one copy of the line per thread, reused: the DOM parses the copy in place.
  thread_local std::string buf;
  thread_local char pool[1 << 14];
  rapidjson::MemoryPoolAllocator<> alloc(pool, sizeof pool);
  rapidjson::Document doc(&alloc);
  // JSON text is UTF-8 (RFC 8259): a line with invalid sequences is refused, not carried
  // into the graph and every file written from it. Only a line that failed the fast check
  // goes through the validating parser, which says where.
  if (valid_utf8(line)) {
    buf.assign(line.data(), line.size());
    doc.ParseInsitu<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(&buf[0]);
  } else {
    doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseValidateEncodingFlag>(
        line.data(), line.size());
  }
  if (doc.HasParseError())
    throw EventParseError(std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                          " at offset " + std::to_string(doc.GetErrorOffset()));
  if (!doc.IsObject()) throw EventParseError("not a JSON object");
  e.type = get_string(doc, "type");
  auto parts = doc.FindMember("participants");
  participants_array = parts != doc.MemberEnd() && parts->value.IsArray();
  if (participants_array)
    for (const auto& v : parts->value.GetArray()) e.participants.push_back(read_actor(v));
  e.id = get_string(doc, "id");
  e.initiator = get_string(doc, "initiator");
  e.mediator = get_string(doc, "mediator");
  e.date = get_string(doc, "date");
  e.status = get_string(doc, "status");
  e.topics = get_strings(doc, "topics");
  e.subjects = get_strings(doc, "subjects");
  e.place = get_string(doc, "place");
  e.cameo = get_string(doc, "cameo");
  auto conf = doc.FindMember("confidence");
  if (conf != doc.MemberEnd() && conf->value.IsNumber()) e.confidence = conf->value.GetDouble();
  auto srcs = doc.FindMember("sources");
  if (srcs != doc.MemberEnd() && srcs->value.IsArray()) {
    for (const auto& v : srcs->value.GetArray()) {
      if (!v.IsObject()) continue;
      Source s;
      s.document = get_string(v, "document");
      s.published = get_string(v, "published");
      s.sentence = get_string(v, "sentence");
      s.start = get_size(v, "start");
      s.end = get_size(v, "end");
      auto ev = v.FindMember("evidence");
      if (ev != v.MemberEnd() && ev->value.IsArray())
        for (const auto& x : ev->value.GetArray())
          if (x.IsObject()) s.evidence.push_back({get_string(x, "sentence"), get_size(x, "start"), get_size(x, "end")});
      e.sources.push_back(std::move(s));
    }
  }
}

// What makes a parsed object an event (the checks in the order the errors are reported).
void check_event(Event& e, bool participants_array) {
  if (e.type.empty()) throw EventParseError("no \"type\"");
  if (!participants_array) throw EventParseError("no \"participants\" array");
  for (const Actor& a : e.participants)
    if (a.id.empty()) throw EventParseError("a participant has no \"id\"");
  if (e.participants.size() < 2) throw EventParseError("fewer than two participants");
  if (!e.date.empty() && !parse_edtf(e.date))
    throw EventParseError("\"date\" is not EDTF: " + (e.date.size() > 40 ? e.date.substr(0, 40) + "..." : e.date));
  if (e.status.empty()) e.status = "occurred";
}

}  // namespace

Event parse_event_line(std::string_view line) {
  Event e;
  bool participants_array = false;
  if (!valid_utf8(line) || !PlainReader(line).read(e, participants_array)) {
    e = Event{};
    read_dom(line, e, participants_array);
  }
  check_event(e, participants_array);
  return e;
}

namespace detail {

Event parse_event_line_dom(std::string_view line) {
  Event e;
  bool participants_array = false;
  read_dom(line, e, participants_array);
  check_event(e, participants_array);
  return e;
}

bool plain_event_line(std::string_view line) {
  Event e;
  bool participants_array = false;
  return valid_utf8(line) && PlainReader(line).read(e, participants_array);
}

}  // namespace detail

bool looks_like_event_line(std::string_view line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  return !doc.HasParseError() && doc.IsObject() && doc.HasMember("type") && doc.HasMember("participants");
}

}  // namespace ag
