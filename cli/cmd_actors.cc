// `actorgraph actors`: every resolved actor with kind, country, mentions and the surface
// forms that matched, so users can audit resolution.
#include <algorithm>
#include <map>
#include <set>

#include "cli/commands.h"
#include "cli/output.h"
#include "extract/input.h"
#include "model/event_json.h"
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/inputs.h"

namespace ag::cli {
namespace {

struct Tally {
  Actor actor;
  std::size_t mentions = 0;
  std::size_t documents = 0;
  std::map<std::string, std::size_t> forms;
};

std::string table(const std::vector<const Tally*>& rows) {
  std::string out = "actor\tkind\tcountry\tmentions\tdocuments\tforms\n";
  for (const Tally* t : rows) {
    std::string forms;
    for (const auto& [f, n] : t->forms) forms += (forms.empty() ? "" : " | ") + f + " (" + std::to_string(n) + ")";
    out += t->actor.id + "\t" + std::string(to_string(t->actor.kind)) + "\t" +
           (t->actor.country.empty() ? "-" : t->actor.country) + "\t" + std::to_string(t->mentions) + "\t" +
           std::to_string(t->documents) + "\t" + forms + "\n";
  }
  return out;
}

std::string json(const std::vector<const Tally*>& rows) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartArray();
  for (const Tally* t : rows) {
    w.StartObject();
    w.Key("id");
    w.String(t->actor.id.c_str());
    w.Key("name");
    w.String(t->actor.name.c_str());
    w.Key("kind");
    w.String(std::string(to_string(t->actor.kind)).c_str());
    w.Key("country");
    t->actor.country.empty() ? w.Null() : w.String(t->actor.country.c_str());
    w.Key("mentions");
    w.Uint64(t->mentions);
    w.Key("documents");
    w.Uint64(t->documents);
    w.Key("forms");
    w.StartObject();
    for (const auto& [f, n] : t->forms) {
      w.Key(f.c_str());
      w.Uint64(n);
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  return std::string(buf.GetString()) + "\n";
}

}  // namespace

int run_actors(const Options& options, Console& console) {
  std::vector<extract::InputFile> files;
  try {
    files = extract::expand_inputs(options.inputs, console.sink());
  } catch (const extract::InputError& e) {
    throw CliError(e.what());
  }
  files.erase(std::remove_if(files.begin(), files.end(),
                             [](const extract::InputFile& f) { return f.kind == extract::InputKind::events; }),
              files.end());
  auto extractor = make_extractor(options);
  extract::DocumentReader reader(files, read_options(options), console.sink());
  std::map<std::string, Tally> tallies;
  extract::Document doc;
  while (reader.next(doc)) {
    std::set<std::string> seen;
    for (auto& m : extractor->mentions(doc)) {
      Tally& t = tallies[m.actor.id];
      if (t.actor.id.empty()) t.actor = m.actor;
      ++t.mentions;
      ++t.forms[m.surface];
      if (seen.insert(m.actor.id).second) ++t.documents;
    }
  }
  std::vector<const Tally*> rows;
  for (const auto& [id, t] : tallies) rows.push_back(&t);
  std::stable_sort(rows.begin(), rows.end(), [](const Tally* a, const Tally* b) { return a->mentions > b->mentions; });
  OutputFile out(options.output);
  out.write(options.json ? json(rows) : table(rows));
  out.commit();
  return kExitOk;
}

}  // namespace ag::cli
