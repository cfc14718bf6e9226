#include "model/event_json.h"

#include <cstdio>
#include <cstring>

#include "model/edtf.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace ag {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

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

// Every string is written as valid UTF-8, whatever the event holds: a byte that is not part
// of a well-formed sequence becomes U+FFFD, so the line stays JSON for strict readers.
void write_string(Writer& w, std::string_view s) {
  if (valid_utf8(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::size_t i = 0;
  std::string fixed;
  while (i < s.size()) {
    const std::size_t len = utf8_sequence(s, i);
    if (len == 0) {
      fixed += "\xEF\xBF\xBD";
      ++i;
    } else {
      fixed.append(s.data() + i, len);
      i += len;
    }
  }
  w.String(fixed.data(), static_cast<rapidjson::SizeType>(fixed.size()));
}

void write_nullable(Writer& w, std::string_view s) {
  if (s.empty()) w.Null();
  else write_string(w, s);
}

void write_strings(Writer& w, const std::vector<std::string>& v) {
  w.StartArray();
  for (const auto& s : v) write_string(w, s);
  w.EndArray();
}

void write_actor(Writer& w, const Actor& a) {
  w.StartObject();
  w.Key("id");
  write_string(w, a.id);
  w.Key("name");
  write_string(w, a.name);
  w.Key("kind");
  write_string(w, to_string(a.kind));
  w.Key("country");
  write_nullable(w, a.country);
  if (!a.role.empty()) {
    w.Key("role");
    write_string(w, a.role);
  }
  w.EndObject();
}

void write_source(Writer& w, const Source& s) {
  w.StartObject();
  w.Key("document");
  write_string(w, s.document);
  w.Key("published");
  write_nullable(w, s.published);
  w.Key("sentence");
  write_string(w, s.sentence);
  w.Key("start");
  w.Uint64(s.start);
  w.Key("end");
  w.Uint64(s.end);
  if (!s.evidence.empty()) {
    w.Key("evidence");
    w.StartArray();
    for (const auto& e : s.evidence) {
      w.StartObject();
      w.Key("sentence");
      write_string(w, e.sentence);
      w.Key("start");
      w.Uint64(e.start);
      w.Key("end");
      w.Uint64(e.end);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
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

std::string to_json_line(const Event& e) {
  // One buffer per thread, grown once to the longest line rather than for every event.
  thread_local rapidjson::StringBuffer buf;
  buf.Clear();
  Writer w(buf);
  w.StartObject();
  w.Key("id");
  write_string(w, e.id);
  w.Key("type");
  write_string(w, e.type);
  w.Key("participants");
  w.StartArray();
  for (const auto& a : e.participants) write_actor(w, a);
  w.EndArray();
  w.Key("initiator");
  write_nullable(w, e.initiator);
  w.Key("mediator");
  write_nullable(w, e.mediator);
  w.Key("date");
  write_nullable(w, e.date);
  w.Key("status");
  write_string(w, e.status);
  w.Key("topics");
  write_strings(w, e.topics);
  w.Key("subjects");
  write_strings(w, e.subjects);
  w.Key("place");
  write_nullable(w, e.place);
  w.Key("sources");
  w.StartArray();
  for (const auto& s : e.sources) write_source(w, s);
  w.EndArray();
  w.Key("cameo");
  write_string(w, e.cameo);
  w.Key("confidence");
  // Two decimals, so the bytes do not depend on floating-point printing details.
  char conf[16];
  // Clamped to [0, 1]; NaN and -0 are written 0.00.
  std::snprintf(conf, sizeof conf, "%.2f", e.confidence > 0 ? (e.confidence < 1 ? e.confidence : 1.0) : 0.0);
  w.RawValue(conf, std::strlen(conf), rapidjson::kNumberType);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
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
