#include "cli/scorer.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "extract/fold.h"

namespace ag::cli {
namespace {

// score.py's fold(): case-, accent- and punctuation-insensitive, '-' as a space.
std::string score_fold(const std::string& s) {
  std::string f = extract::fold_key(s);
  std::replace(f.begin(), f.end(), '-', ' ');
  std::string out;
  for (char c : f)
    if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string basename(const std::string& p) {
  const auto slash = p.find_last_of('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

// Python's repr() of a str, enough for the tie-break on str(tuple) to agree.
std::string py_repr(const std::string* s) {
  if (!s) return "None";
  const char q = s->find('\'') != std::string::npos && s->find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, q);
  for (char c : *s) {
    if (c == '\\' || c == q) out += '\\';
    out += c;
  }
  return out + q;
}

bool date_ok(const std::string& pred, bool has_pred, const std::string& gold) {
  if (!has_pred) return false;
  if (pred == gold) return true;
  return (gold.size() == 4 || gold.size() == 7) && gold[0] != 'X' && pred.rfind(gold + "-", 0) == 0;
}

void prf(int tp, int fp, int fn, double& p, double& r, double& f) {
  p = tp + fp ? double(tp) / (tp + fp) : 0.0;
  r = tp + fn ? double(tp) / (tp + fn) : 0.0;
  f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

struct GoldEvent {
  std::vector<std::set<std::string>> slots;
  std::set<std::string> types;
  bool required = true;
  bool has_date = false;
  std::string date;
  std::string status = "occurred";
  std::set<std::string> topics;
};

struct GoldPair {
  const std::set<std::string>* a;
  const std::set<std::string>* b;
  const GoldEvent* ev;
};

struct PredKey {
  std::string x, y, type;
  bool has_date;
  std::string date;
  std::string repr() const {
    return "(" + py_repr(&x) + ", " + py_repr(&y) + ", " + py_repr(&type) + ", " + py_repr(has_date ? &date : nullptr) + ")";
  }
  bool operator<(const PredKey& o) const { return repr() < o.repr(); }
};

std::set<std::string> split_bar(const std::string& s) {
  std::set<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, '|')) out.insert(part);
  return out;
}

std::string join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += (out.empty() ? "" : "|") + x;
  return out;
}

rapidjson::Document read_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GoldError("cannot read gold file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(ss.str().c_str());
  if (d.HasParseError() || !d.IsObject() || !d.HasMember("actors") || !d.HasMember("documents") ||
      !d["actors"].IsObject() || !d["documents"].IsArray())
    throw GoldError(path + ": not a gold file (needs \"actors\" and \"documents\")");
  return d;
}

}  // namespace

std::string ScoreReport::summary() const {
  char buf[1024];
  const double dacc = dates_n ? double(dates_ok) / dates_n : 0.0;
  const double sacc = status_n ? double(status_ok) / status_n : 0.0;
  std::snprintf(buf, sizeof buf,
                "pairs : P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n"
                "typed : P=%.3f R=%.3f F1=%.3f\n"
                "dates : %d/%d = %.3f\n"
                "status: %d/%d = %.3f\n"
                "topics: P=%.3f R=%.3f F1=%.3f\n"
                "score: pairF1=%.3f typedF1=%.3f dateAcc=%.3f topicF1=%.3f\n",
                pair_p, pair_r, pair_f, tp, fp, fn, typed_p, typed_r, typed_f, dates_ok, dates_n, dacc, status_ok,
                status_n, sacc, topic_p, topic_r, topic_f, pair_f, typed_f, dacc, topic_f);
  return buf;
}

ScoreReport score_events(const std::string& gold_path, const std::vector<Event>& all_events) {
  const rapidjson::Document gold = read_gold(gold_path);
  std::map<std::string, std::string> alias;
  for (const auto& a : gold["actors"].GetObject()) {
    const std::string aid = a.name.GetString();
    alias[score_fold(aid)] = aid;
    if (a.value.IsObject() && a.value.HasMember("aliases") && a.value["aliases"].IsArray())
      for (const auto& n : a.value["aliases"].GetArray())
        if (n.IsString()) alias[score_fold(n.GetString())] = aid;
  }
  auto resolve = [&](const Actor& p) {
    for (const std::string* k : {&p.name, &p.id})
      if (!k->empty()) {
        auto it = alias.find(score_fold(*k));
        if (it != alias.end()) return it->second;
      }
    return "?" + (p.name.empty() ? p.id : p.name);
  };
  std::vector<const Event*> preds;
  for (const auto& e : all_events)
    if (e.type == "phone_call" || e.type == "meeting" || e.type == "mediation") preds.push_back(&e);

  ScoreReport rep;
  int tfp = 0, tfn = 0, ttp = 0, top_tp = 0, top_fp = 0, top_fn = 0;
  for (const auto& doc : gold["documents"].GetArray()) {
    const std::string name = doc["file"].GetString();
    std::vector<GoldEvent> gevents;
    for (const auto& ev : doc["events"].GetArray()) {
      GoldEvent g;
      for (const auto& s : ev["participants"].GetArray()) g.slots.push_back(split_bar(s.GetString()));
      g.types = split_bar(ev["type"].GetString());
      if (ev.HasMember("required") && ev["required"].IsBool()) g.required = ev["required"].GetBool();
      if (ev.HasMember("date") && ev["date"].IsString()) g.has_date = true, g.date = ev["date"].GetString();
      if (ev.HasMember("status") && ev["status"].IsString()) g.status = ev["status"].GetString();
      if (ev.HasMember("topics") && ev["topics"].IsArray())
        for (const auto& t : ev["topics"].GetArray()) g.topics.insert(t.GetString());
      gevents.push_back(std::move(g));
    }
    std::vector<GoldPair> gpairs;
    for (const auto& g : gevents)
      for (std::size_t i = 0; i < g.slots.size(); ++i)
        for (std::size_t j = i + 1; j < g.slots.size(); ++j) gpairs.push_back({&g.slots[i], &g.slots[j], &g});
    std::map<PredKey, const Event*> ppairs;
    for (const Event* e : preds) {
      bool in_doc = false;
      for (const auto& s : e->sources) in_doc |= basename(s.document) == name;
      if (!in_doc) continue;
      std::vector<std::string> ids;
      for (const auto& p : e->participants) {
        std::string r = resolve(p);
        if (std::find(ids.begin(), ids.end(), r) == ids.end()) ids.push_back(r);
      }
      std::sort(ids.begin(), ids.end());
      for (std::size_t i = 0; i < ids.size(); ++i)
        for (std::size_t j = i + 1; j < ids.size(); ++j)
          ppairs.emplace(PredKey{ids[i], ids[j], e->type, !e->date.empty(), e->date}, e);
    }
    struct Cand {
      int neg_score;
      bool optional;
      std::size_t gold;
      PredKey key;
    };
    std::vector<Cand> cands;
    for (const auto& [pk, pev] : ppairs)
      for (std::size_t i = 0; i < gpairs.size(); ++i) {
        const auto& gp = gpairs[i];
        if ((gp.a->count(pk.x) && gp.b->count(pk.y)) || (gp.b->count(pk.x) && gp.a->count(pk.y))) {
          const int score = 2 * static_cast<int>(gp.ev->types.count(pk.type)) +
                            static_cast<int>(gp.ev->has_date && date_ok(pk.date, pk.has_date, gp.ev->date));
          cands.push_back({-score, !gp.ev->required, i, pk});
        }
      }
    std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) {
      return std::make_tuple(a.neg_score, a.optional, a.gold, a.key.repr()) <
             std::make_tuple(b.neg_score, b.optional, b.gold, b.key.repr());
    });
    std::set<std::size_t> matched, typed;
    std::map<std::string, std::size_t> used;  // repr -> gold pair
    for (const auto& c : cands) {
      if (matched.count(c.gold) || used.count(c.key.repr())) continue;
      matched.insert(c.gold);
      used[c.key.repr()] = c.gold;
    }
    for (const auto& [pk, pev] : ppairs) {
      auto u = used.find(pk.repr());
      const std::string date_s = pk.has_date ? pk.date : "None";
      if (u == used.end()) {
        ++rep.fp;
        ++tfp;
        rep.misses.push_back("  FP  " + name + ": " + pk.x + " -- " + pk.y + " [" + pk.type + "] " + date_s);
        continue;
      }
      const GoldPair& gp = gpairs[u->second];
      ++rep.tp;
      if (gp.ev->types.count(pk.type)) {
        typed.insert(u->second);
        ++ttp;
      } else {
        ++tfp;
        rep.misses.push_back("  TYPE " + name + ": " + pk.x + " -- " + pk.y + " predicted " + pk.type + ", gold " +
                             join(gp.ev->types));
      }
      if (gp.ev->has_date && !gp.ev->date.empty()) {
        ++rep.dates_n;
        if (date_ok(pev->date, !pev->date.empty(), gp.ev->date)) ++rep.dates_ok;
        else
          rep.misses.push_back("  DATE " + name + ": " + pk.x + " -- " + pk.y + " predicted " +
                               (pev->date.empty() ? "None" : pev->date) + ", gold " + gp.ev->date);
      }
      ++rep.status_n;
      if ((pev->status.empty() ? "occurred" : pev->status) == gp.ev->status) ++rep.status_ok;
      std::set<std::string> pt(pev->topics.begin(), pev->topics.end());
      for (const auto& t : gp.ev->topics) (pt.count(t) ? top_tp : top_fn)++;
      for (const auto& t : pt)
        if (!gp.ev->topics.count(t)) ++top_fp;
    }
    for (std::size_t i = 0; i < gpairs.size(); ++i) {
      const auto& gp = gpairs[i];
      if (gp.ev->required && !matched.count(i)) {
        ++rep.fn;
        rep.misses.push_back("  FN  " + name + ": " + join(*gp.a) + " -- " + join(*gp.b) + " [" + join(gp.ev->types) + "]");
      }
      if (gp.ev->required && !typed.count(i)) ++tfn;
    }
  }
  prf(rep.tp, rep.fp, rep.fn, rep.pair_p, rep.pair_r, rep.pair_f);
  prf(ttp, tfp, tfn, rep.typed_p, rep.typed_r, rep.typed_f);
  prf(top_tp, top_fp, top_fn, rep.topic_p, rep.topic_r, rep.topic_f);
  return rep;
}

}  // namespace ag::cli
