#include "model/event_json.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "model/edtf.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace ag {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const std::size_t n = s.size() - i;
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  auto cont = [&](std::size_t k) { return k < n && (at(k) & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if ((b0 == 0xE0 && at(1) < 0xA0) || (b0 == 0xED && at(1) >= 0xA0)) return 0;
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if ((b0 == 0xF0 && at(1) < 0x90) || (b0 == 0xF4 && at(1) >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

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

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// Whether any of the eight bytes of `x` is zero.
constexpr std::uint64_t has_zero(std::uint64_t x) { return (x - kOnes) & ~x & kHighs; }

// Whether the eight bytes of `x` are all plain ASCII that JSON writes as they are.
inline bool plain8(std::uint64_t x) {
  const std::uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;
  return !((x & kHighs) | below_space | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\')));
}

void put_escaped(std::string& out, unsigned char c) {
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

// Every string is written as valid UTF-8, whatever the event holds: a byte that is not part
// of a well-formed sequence becomes U+FFFD, so the line stays JSON for strict readers.
void put_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0, i = 0;  // s[run, i) is pending, to be copied as it is
  const std::size_t n = s.size();
  while (i < n) {
    if (i + 8 <= n) {
      std::uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (plain8(x)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
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

// `"key":` after a comma when `comma`.
template <std::size_t N>
void put_key(std::string& out, const char (&key)[N], bool comma = true) {
  if (comma) out += ',';
  out += '"';
  out.append(key, N - 1);
  out.append("\":", 2);
}

void put_nullable(std::string& out, std::string_view s) {
  if (s.empty()) out.append("null", 4);
  else put_string(out, s);
}

void put_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void put_strings(std::string& out, const std::vector<std::string>& v) {
  out += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    put_string(out, v[i]);
  }
  out += ']';
}

void put_actor(std::string& out, const Actor& a) {
  out += '{';
  put_key(out, "id", false);
  put_string(out, a.id);
  put_key(out, "name");
  put_string(out, a.name);
  put_key(out, "kind");
  put_string(out, to_string(a.kind));
  put_key(out, "country");
  put_nullable(out, a.country);
  if (!a.role.empty()) {
    put_key(out, "role");
    put_string(out, a.role);
  }
  out += '}';
}

void put_source(std::string& out, const Source& s) {
  out += '{';
  put_key(out, "document", false);
  put_string(out, s.document);
  put_key(out, "published");
  put_nullable(out, s.published);
  put_key(out, "sentence");
  put_string(out, s.sentence);
  put_key(out, "start");
  put_uint(out, s.start);
  put_key(out, "end");
  put_uint(out, s.end);
  if (!s.evidence.empty()) {
    put_key(out, "evidence");
    out += '[';
    for (std::size_t i = 0; i < s.evidence.size(); ++i) {
      const Evidence& e = s.evidence[i];
      if (i) out += ',';
      out += '{';
      put_key(out, "sentence", false);
      put_string(out, e.sentence);
      put_key(out, "start");
      put_uint(out, e.start);
      put_key(out, "end");
      put_uint(out, e.end);
      out += '}';
    }
    out += ']';
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

void append_json_line(std::string& out, const Event& e) {
  out += '{';
  put_key(out, "id", false);
  put_string(out, e.id);
  put_key(out, "type");
  put_string(out, e.type);
  put_key(out, "participants");
  out += '[';
  for (std::size_t i = 0; i < e.participants.size(); ++i) {
    if (i) out += ',';
    put_actor(out, e.participants[i]);
  }
  out += ']';
  put_key(out, "initiator");
  put_nullable(out, e.initiator);
  put_key(out, "mediator");
  put_nullable(out, e.mediator);
  put_key(out, "date");
  put_nullable(out, e.date);
  put_key(out, "status");
  put_string(out, e.status);
  put_key(out, "topics");
  put_strings(out, e.topics);
  put_key(out, "subjects");
  put_strings(out, e.subjects);
  put_key(out, "place");
  put_nullable(out, e.place);
  put_key(out, "sources");
  out += '[';
  for (std::size_t i = 0; i < e.sources.size(); ++i) {
    if (i) out += ',';
    put_source(out, e.sources[i]);
  }
  out += ']';
  put_key(out, "cameo");
  put_string(out, e.cameo);
  put_key(out, "confidence");
  // Two decimals, so the bytes do not depend on floating-point printing details.
  // Clamped to [0, 1]; NaN and -0 are written 0.00.
  char conf[16];
  const int n =
      std::snprintf(conf, sizeof conf, "%.2f", e.confidence > 0 ? (e.confidence < 1 ? e.confidence : 1.0) : 0.0);
  out.append(conf, static_cast<std::size_t>(n));
  out += '}';
}

std::string to_json_line(const Event& e) {
  std::string out;
  out.reserve(1024);
  append_json_line(out, e);
  return out;
}

Event parse_event_line(std::string_view line) {
  // One pool and one copy of the line per thread, reused: the DOM parses the copy in place.
  thread_local std::string buf;
  thread_local char pool[1 << 14];
  rapidjson::MemoryPoolAllocator<> alloc(pool, sizeof pool);
  rapidjson::Document doc(&alloc);
  // JSON text is UTF-8 (RFC 8259): a line with invalid sequences is refused, not carried
  // into the graph and every file written from it. Checked in one fast pass; only a line
  // that fails it goes through the validating parser, which says where.
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
  Event e;
  e.type = get_string(doc, "type");
  if (e.type.empty()) throw EventParseError("no \"type\"");
  auto parts = doc.FindMember("participants");
  if (parts == doc.MemberEnd() || !parts->value.IsArray()) throw EventParseError("no \"participants\" array");
  for (const auto& v : parts->value.GetArray()) {
    Actor a = read_actor(v);
    if (a.id.empty()) throw EventParseError("a participant has no \"id\"");
    e.participants.push_back(std::move(a));
  }
  if (e.participants.size() < 2) throw EventParseError("fewer than two participants");
  e.id = get_string(doc, "id");
  e.initiator = get_string(doc, "initiator");
  e.mediator = get_string(doc, "mediator");
  e.date = get_string(doc, "date");
  if (!e.date.empty() && !parse_edtf(e.date))
    throw EventParseError("\"date\" is not EDTF: " + (e.date.size() > 40 ? e.date.substr(0, 40) + "..." : e.date));
  e.status = get_string(doc, "status");
  if (e.status.empty()) e.status = "occurred";
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
  return e;
}

bool looks_like_event_line(std::string_view line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  return !doc.HasParseError() && doc.IsObject() && doc.HasMember("type") && doc.HasMember("participants");
}

}  // namespace ag
