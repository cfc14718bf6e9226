// JSON node-link specifics (export/json.cc), read back with RapidJSON.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "tests/export/small_graph.h"

using namespace ag;
using exporters::Format;

namespace {

rapidjson::Document parsed() {
  const std::string out = test::render_small(Format::json);
  rapidjson::Document d;
  d.Parse(out.c_str(), out.size());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

const rapidjson::Value& link(const rapidjson::Document& d, const char* key) {
  for (const auto& l : d["links"].GetArray())
    if (std::string(l["key"].GetString()) == key) return l;
  FAIL("no link " << key);
  return d["links"][0];
}

}  // namespace

TEST_CASE("JSON: the node-link header networkx reads", "[export][json]") {
  const auto d = parsed();
  CHECK(d["directed"].GetBool());
  CHECK(d["multigraph"].GetBool());
  CHECK_FALSE(d["graph"]["aggregated"].GetBool());
  REQUIRE(d["nodes"].Size() == 6);
  CHECK(d["links"].Size() == 6);
  // Nodes in id order, with the label and kind.
  CHECK(std::string(d["nodes"][0]["id"].GetString()) == "aliyev");
  CHECK(std::string(d["nodes"][1]["label"].GetString()) == "Union européenne");
  CHECK(std::string(d["nodes"][2]["kind"].GetString()) == "country");
}

TEST_CASE("JSON: links carry typed values and lists as arrays", "[export][json]") {
  const auto d = parsed();
  const auto& mediation = link(d, "ev-2.0");
  CHECK(std::string(mediation["source"].GetString()) == "eu");
  CHECK(std::string(mediation["role"].GetString()) == "mediator");
  CHECK_FALSE(mediation["mutual"].GetBool());
  REQUIRE(mediation["topics"].IsArray());
  CHECK(mediation["topics"].Size() == 2);
  CHECK(std::string(mediation["topics"][1].GetString()) == "borders");
  CHECK(std::string(mediation["subjects"][0].GetString()) == "Karabakh");
  CHECK(mediation["sources"].GetUint() == 1);
  CHECK(mediation["weight"].GetDouble() == 1.0);
  CHECK(std::string(mediation["evidence"].GetString()).find("\"enfin\"") != std::string::npos);
  // Values an event does not have are left out rather than null.
  const auto& undated = link(d, "ev-4.0");
  CHECK_FALSE(undated.HasMember("date"));
  CHECK_FALSE(undated.HasMember("topics"));
  CHECK(undated["mutual"].GetBool());
}
