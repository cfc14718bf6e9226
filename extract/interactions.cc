#include "extract/interactions.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "extract/strings.h"

namespace ag::extract {
namespace {

bool is_break(std::string_view w) {
  // One-byte words (signs, commas most of all) are tested as bytes: each == of the same length
  // below calls string_view::compare out of line.
  if (w.size() == 1) {
    const char c = w[0];
    return c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == '"';
  }
  return is_word(w, "qui") || is_word(w, "que") || is_word(w, "qu") || is_word(w, "dont") || is_word(w, "lorsque") ||
         is_word(w, "mais") || is_word(w, "car");
}

// Whether "et" and a space stand in `gap` as a word ("A et B", "et B"): one pass, where
// find(" et ") called memchr again at every space of the text between two mentions.
bool has_et(std::string_view gap) {
  for (std::size_t i = 0; i + 3 <= gap.size(); ++i)
    if (gap[i] == 'e' && gap[i + 1] == 't' && gap[i + 2] == ' ' && (i == 0 || gap[i - 1] == ' ')) return true;
  return false;
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A coordination of actor mentions: "A, B et C", "A, puis B".
struct Group {
  std::vector<std::size_t> members;     // indexes into the mention list
  std::vector<std::size_t> sequence_at; // member positions where "puis" starts a new event
  uint32_t begin = 0;
  uint32_t end = 0;
  bool genitive = false;  // "les ministres de A, de B et de C": the states a plural title names
  bool companion = false;  // after "accompagné de": comes along with a subject named before
};

// The lists a sentence's reading fills, kept by each thread from one sentence to the next:
// a sentence with a trigger allocated each of them anew. Only their capacity carries over.
struct ReadingBuffers {
  std::vector<const PhraseHit*> triggers, cues;
  std::vector<Group> groups;
  std::vector<std::vector<std::size_t>> spare_members;  // the last sentence's groups' member lists
  std::vector<bool> descriptor;
  std::vector<std::pair<uint32_t, uint32_t>> appositions;
  std::vector<std::string_view> intro;  // interpret's words before the object
  std::vector<int> subject;             // interpret's subject actors
  std::vector<int> carried_subject;     // the subject the sentence's later readings carry
};

class SentenceInteractions {
 public:
  // Reads with `buffers`' lists, emptied first (`buffers` must outlive the reader).
  SentenceInteractions(const SentenceContext& ctx, const std::vector<Mention>& mentions, const DocActors* actors,
                       ReadingBuffers& buffers)
      : ctx_(ctx),
        mentions_(mentions),
        actors_(actors),
        triggers_(buffers.triggers),
        cues_(buffers.cues),
        groups_(buffers.groups),
        spare_members_(buffers.spare_members),
        carried_subject_(buffers.carried_subject),
        descriptor_(buffers.descriptor),
        appositions_(buffers.appositions),
        intro_(buffers.intro),
        subject_(buffers.subject) {
    for (auto& g : groups_) spare_members_.push_back(std::move(g.members));
    triggers_.clear(), cues_.clear(), groups_.clear(), descriptor_.clear(), appositions_.clear();
    carried_subject_.clear();
  }

  std::vector<Interaction> run() {
    collect_hits();
    // Every reading starts at a trigger: a sentence without one (most of them) has none, and
    // the descriptors and groups below only serve those readings.
    if (triggers_.empty()) return {};
    mark_descriptors();
    build_groups();
    std::vector<Interaction> out;
    std::vector<std::size_t> modifiers, unread;
    std::vector<Interaction> joins;
    for (std::size_t t = 0; t < triggers_.size(); ++t) {
      const PhraseHit& h = *triggers_[t];
      if (h.begin < consumed_until_) continue;
      const Trigger& trig = ctx_.lex.triggers()[h.index()];
      if (trig.pattern == TriggerPattern::mediator || trig.pattern == TriggerPattern::mediator_subject) {
        modifiers.push_back(t);
        continue;
      }
      // A phrase several triggers share ("reçu": after an auxiliary, or opening the sentence)
      // is read by the first that fits.
      auto found = interpret(h, trig);
      for (uint32_t k = 1; k < h.payload_count && found.empty(); ++k) found = interpret(h, ctx_.lex.triggers()[h.index(k)]);
      if (found.empty()) unread.push_back(t);
      for (auto& i : found) {
        consumed_until_ = std::max(consumed_until_, i.region_end);
        last_reading_planned_ = i.planned;
        // "en présence de A": who joins the report takes no part in this sentence's readings.
        (i.joins ? joins : out).push_back(std::move(i));
      }
    }
    for (std::size_t t : modifiers) apply_mediator(*triggers_[t], ctx_.lex.triggers()[triggers_[t]->index()], out);
    // A sentence whose triggers the structural readings could not attach: the actors of the
    // trigger's clause took part (co-occurrence, as event coders do), with a lower confidence.
    if (out.empty()) {
      for (std::size_t t : unread) {
        out = cooccurrence(*triggers_[t], ctx_.lex.triggers()[triggers_[t]->index()]);
        if (out.empty()) continue;
        for (std::size_t m : modifiers) apply_mediator(*triggers_[m], ctx_.lex.triggers()[triggers_[m]->index()], out);
        break;
      }
    }
    // "La rencontre entre la France et le Maroc en demi-finale": teams named by their countries
    // play a match; no contact.
    if (cue_in(CueKind::sport, ctx_.begin, ctx_.end)) drop_matches(out);
    // "A et B se sont joints à la discussion par visioconférence": the join tells it; a
    // co-occurrence of the joiners alone is no second event of theirs.
    if (!joins.empty() && out.size() == 1 && out[0].inferred && only_joiners(out[0], joins)) out.clear();
    for (auto& i : joins) out.push_back(std::move(i));
    return out;
  }

 private:
  const SentenceContext& ctx_;
  const std::vector<Mention>& mentions_;
  const DocActors* actors_;  // may be null: then every role-prefixed name is taken as written
  std::vector<const PhraseHit*>& triggers_;
  std::vector<const PhraseHit*>& cues_;
  std::vector<Group>& groups_;
  std::vector<std::vector<std::size_t>>& spare_members_;  // member lists new groups take first
  bool has_demonyms_ = false;  // whether any hit is a demonym (connector_gap asks for each word)
  uint32_t consumed_until_ = 0;
  bool last_reading_planned_ = false;  // the status of the reading that consumed up to consumed_until_
  std::vector<int>& carried_subject_;  // "A a reçu B, avant d'avoir un entretien avec C": A again
  std::vector<bool>& descriptor_;     // by mention: the "B" of "A, gendre de B,", no party
  std::vector<std::pair<uint32_t, uint32_t>>& appositions_;        // their spans, which gaps read through
  std::vector<std::string_view>& intro_;  // interpret's, emptied at each call (it is not reentered)
  std::vector<int>& subject_;             // likewise
  mutable std::array<std::pair<uint32_t, bool>, 8> topic_memo_{};  // noun_is_topic by noun start
  mutable std::size_t topic_memo_size_ = 0;
  using Span32 = std::pair<uint32_t, uint32_t>;
  mutable std::array<std::pair<Span32, Span32>, 8> clause_memo_{};  // clause_of by trigger span
  mutable std::size_t clause_memo_size_ = 0;

  // "A, gendre de B, a rencontré C", "le conseiller de B, A, a reçu C": B only says who A is.
  // A mention completing a relation noun of an apposition is marked, and the apposition's
  // span (from its comma, or from the noun when it comes first) is read through like an incise.
  void mark_descriptors() {
    descriptor_.assign(mentions_.size(), false);
    for (const auto* c : cues_) {
      // "le prince C, qui représentait la reine E,": E was not there.
      if (has_cue(*c, CueKind::stand_in)) {
        if (const int m = represented_mention(c->end); m >= 0) descriptor_[static_cast<std::size_t>(m)] = true;
        continue;
      }
      if (!has_cue(*c, CueKind::relation) || !relation_de_follows(c->end)) continue;
      const int m = complement_mention(c->end);
      if (m >= 0 && names_relation_holder(mentions_[static_cast<std::size_t>(m)])) continue;
      if (const uint32_t comma = apposition_comma(c->begin)) {
        // "A, gendre de B,": the apposition ends with its complement.
        if (m < 0) continue;
        descriptor_[static_cast<std::size_t>(m)] = true;
        appositions_.emplace_back(comma, mentions_[static_cast<std::size_t>(m)].end);
      } else if (const uint32_t name_comma = apposed_name_after(c->end)) {
        // "le conseiller de B pour l'Asie, A": all up to the comma describes A.
        for (std::size_t k = 0; k < mentions_.size(); ++k)
          if (!mentions_[k].place && mentions_[k].begin >= c->end && mentions_[k].end <= name_comma)
            descriptor_[k] = true;
        appositions_.emplace_back(c->begin, name_comma);
      }
    }
  }

  // The mention a stand-in cue ending at `pos` names ("qui représentait la reine E"): the first
  // one after it, its title and fillers between; -1 when another word comes first.
  int represented_mention(uint32_t pos) const {
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      const Mention& m = mentions_[k];
      if (m.end <= pos || m.place) continue;
      if (m.begin < pos) return -1;
      return m.begin - pos <= 40 && plain_filler(pos, m.begin, 3, nullptr) ? static_cast<int>(k) : -1;
    }
    return -1;
  }

  // Whether "de"/"du"/"des"/"d'" follows a relation noun at `pos`, after at most two qualifiers
  // ("envoyé spécial de", "conseiller diplomatique du").
  bool relation_de_follows(uint32_t pos) const {
    const auto next = first_words<3>(ctx_.folded_text(pos, ctx_.end));
    for (std::size_t k = 0; k < std::min<std::size_t>(next.count, 3); ++k) {
      const std::string_view w = next.word[k];
      if (ctx_.lex.is_cue_word(CueKind::genitive, w)) return true;
      if (is_break(w) || is_word(w, ",") || is_word(w, "(")) return false;
    }
    return false;
  }

  // The mention completing the relation noun that ends at `pos` ("gendre de B"), or -1.
  int complement_mention(uint32_t pos) const {
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      const Mention& m = mentions_[k];
      if (m.begin < pos || m.place || m.pronoun) continue;
      return m.begin - pos <= 40 && relation_complement(pos, m.begin) ? static_cast<int>(k) : -1;
    }
    return -1;
  }

  // "l'émissaire du président américain Steve Witkoff": a name right after a role its person
  // never held is the relation noun's own holder, apposed without a comma, not its complement
  // ("le conseiller du président Donald Trump").
  bool names_relation_holder(const Mention& m) const {
    if (!actors_ || m.actor < 0) return false;
    const DocActor& a = (*actors_)[m.actor];
    if (a.kb < 0 || a.actor.kind != ActorKind::person) return false;
    for (const auto& h : ctx_.hits) {
      if (h.kind != PhraseKind::role || h.begin < m.begin || h.begin > m.begin + 4 || h.end >= m.end) continue;
      const std::string& office = ctx_.lex.roles()[h.index()].office;
      if (!kb_dated_office(office)) continue;
      const ActorKb& kb = ctx_.lex.kb();
      for (uint32_t oi : kb.actors()[static_cast<std::size_t>(a.kb)].offices)
        if (kb.offices()[oi].office == office) return false;
      return true;
    }
    return false;
  }

  // Offices the knowledge base lists holders of (lexicons/FORMAT.md), so that holding none is news.
  static bool kb_dated_office(std::string_view o) {
    return o == "head_of_state" || o == "head_of_government" || o == "foreign_minister" || o == "defence_minister" ||
           o == "crown_prince" || o == "leader" || o == "spokesperson";
  }

  // Whether the text between a relation noun and a name is "de"/"du"/"des"/"d'" and an article,
  // after at most two qualifiers ("envoyé spécial de", "conseiller diplomatique du").
  bool relation_complement(uint32_t b, uint32_t e) const {
    std::size_t before_de = 0;
    bool de = false, ok = true;
    for_each_word(ctx_.folded_text(b, e), [&](std::string_view w) {
      if (!de && ctx_.lex.is_cue_word(CueKind::genitive, w)) return de = true;
      if (de && (is_word(w, "la") || is_word(w, "le") || is_word(w, "les") || is_word(w, "l"))) return true;
      if (de || is_break(w) || is_word(w, ",") || is_word(w, "(") || ++before_de > 2) return ok = false;
      return true;
    });
    return ok && de;
  }

  // The comma (or parenthesis) that opens an apposition before the relation noun at `pos`,
  // with at most three words between ("A, haut conseiller de", "A, le proche de"), or eight
  // when the relation is coordinated with a first title ("A, président de l'Assemblée
  // nationale et homme de confiance de B"); else 0.
  uint32_t apposition_comma(uint32_t pos) const {
    const std::string_view before = text_before(pos, 80);
    uint32_t at = 0;
    std::size_t n = 0;
    bool coordinated = false;
    for_each_word_backward(before, [&](std::string_view w) {
      if (is_word(w, ",") || is_word(w, "(")) {
        at = static_cast<uint32_t>(pos - (before.size() - static_cast<std::size_t>(w.data() - before.data())));
        return false;
      }
      if (n == 0 && is_word(w, "et")) coordinated = true;
      return !is_break(w) && ++n <= (coordinated ? 8u : 3u);
    });
    return at;
  }

  // "le gendre de B, A", "le représentant spécial du B pour l'économie, A": the comma after
  // which the person the relation describes is named, within a few words of `pos` that are
  // no verb or trigger; else 0.
  uint32_t apposed_name_after(uint32_t pos) const {
    const std::string_view rest = ctx_.folded_text(pos, std::min(ctx_.end, pos + 80));
    uint32_t comma = 0;
    std::size_t n = 0;
    for_each_word(rest, [&](std::string_view w) {
      if (is_word(w, ",")) {
        comma = pos + static_cast<uint32_t>(w.data() - rest.data());
        return false;
      }
      return !is_break(w) && !is_word(w, "a") && !is_word(w, "ont") && !is_word(w, "est") && !is_word(w, "sont") &&
             !is_word(w, "et") && ++n <= 12;
    });
    if (comma == 0) return 0;
    for (const auto& h : ctx_.hits)
      if (h.kind == PhraseKind::trigger && h.begin >= pos && h.end <= comma) return 0;
    for (const auto& m : mentions_)
      if (!m.place && m.begin > comma && m.begin <= comma + 4) return comma;
    return 0;
  }

  bool in_apposition(uint32_t pos) const {
    for (const auto& [b, e] : appositions_)
      if (pos >= b && pos < e) return true;
    return false;
  }

  // One pass over the sentence's hits: the lists are the thread's, whose capacity the
  // sentences before gave them (a first pass that counted the hits to reserve room, and found
  // the sentences without a trigger, read every hit twice). A sentence without a trigger
  // fills cues_ for nothing: run() reads no more of it.
  void collect_hits() {
    uint32_t last_end = 0;
    for (const auto& h : ctx_.hits) {
      if (h.kind == PhraseKind::cue) cues_.push_back(&h);
      if (h.kind != PhraseKind::trigger) continue;
      if (!triggers_.empty() && h.begin < last_end) continue;  // leftmost-longest
      // A trigger inside an actor's name or role is part of that name, but for a mediation
      // named with its mediator's demonym ("une médiation omanaise"), read as the state.
      bool inside = false;
      const bool mediator = ctx_.lex.triggers()[h.index()].pattern == TriggerPattern::mediator;
      for (const auto& m : mentions_)
        if (h.begin >= m.begin && h.end <= m.end && !(mediator && h.begin == m.begin)) inside = true;
      if (inside) continue;
      triggers_.push_back(&h);
      last_end = h.end;
    }
  }

  bool cue_in(CueKind kind, uint32_t b, uint32_t e) const {
    for (const auto* c : cues_)
      if (has_cue(*c, kind) && c->end > b && c->begin < e) return true;
    return false;
  }

  bool inside_mention(uint32_t b, uint32_t e, bool places_only) const {
    for (const auto& m : mentions_)
      if (b >= m.begin && e <= m.end && (!places_only || m.place)) return true;
    return false;
  }

  bool starts_capital(uint32_t folded_pos) const {
    const unsigned char c = static_cast<unsigned char>(ctx_.text[ctx_.original(folded_pos)]);
    return (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5 && ctx_.text.size() > ctx_.original(folded_pos) + 1 &&
                                      static_cast<unsigned char>(ctx_.text[ctx_.original(folded_pos) + 1]) < 0x9F);
  }

  bool inside_hit(PhraseKind kind, uint32_t b, uint32_t e) const {
    for (const auto& h : ctx_.hits)
      if (h.kind == kind && b >= h.begin && e <= h.end) return true;
    return false;
  }

  bool inside_cue(uint32_t b, uint32_t e, CueKind kind) const {
    for (const auto* c : cues_)
      if (has_cue(*c, kind) && b >= c->begin && e <= c->end) return true;
    return false;
  }

  // Whether [b, e) lies inside a date expression of the sentence (dates.h reads them) that
  // says when, not since or until when: it qualifies the verb, whatever its words ("début
  // mars", "l'an dernier"). Asked only of words no word list takes, so sentences without
  // such gaps never read their dates here.
  bool inside_date(uint32_t b, uint32_t e) const {
    for (const auto& d : ctx_.dates())
      if (b >= ctx_.begin + d.begin && e <= ctx_.begin + d.end)
        return d.relation == DateMention::Relation::none || d.relation == DateMention::Relation::range;
    return false;
  }

  // Whether [b, e) lies inside a cue of any of three kinds: one pass over the cues, the span
  // tested first (plain_filler asks this of every word of every gap it reads).
  bool inside_cue(uint32_t b, uint32_t e, CueKind k1, CueKind k2, CueKind k3) const {
    for (const auto* c : cues_)
      if (b >= c->begin && e <= c->end && (has_cue(*c, k1) || has_cue(*c, k2) || has_cue(*c, k3))) return true;
    return false;
  }

  // Whether the text between b and e can separate a verb from its arguments without
  // changing them: function words, dates, places, channel words; at most `max_words`.
  // One comma-enclosed insertion is allowed anywhere ("A, que Dieu l'assiste, a reçu B";
  // "a reçu, jeudi au Palais royal, B").
  bool filler_gap(uint32_t b, uint32_t e, std::size_t max_words, std::vector<std::string_view>* words = nullptr) const {
    if (e < b) return false;
    if (plain_filler(b, e, max_words, words)) return true;
    std::string_view gap = ctx_.folded_text(b, e);
    const std::size_t first = gap.find(','), last = gap.rfind(',');
    if (first == std::string_view::npos || first == last) return false;
    std::string_view incise = gap.substr(first, last - first);
    if (incise.find('.') != std::string_view::npos || incise.find(';') != std::string_view::npos ||
        incise.find('"') != std::string_view::npos || incise.size() > 120)
      return false;
    if (words) words->clear();
    return plain_filler(b, b + static_cast<uint32_t>(first), max_words, words) &&
           plain_filler(b + static_cast<uint32_t>(last) + 1, e, max_words, words);
  }

  bool plain_filler(uint32_t b, uint32_t e, std::size_t max_words, std::vector<std::string_view>* words) const {
    if (e < b) return false;
    std::string_view gap = ctx_.folded_text(b, e);
    std::size_t n = 0;
    bool ok = true;
    const char* base = gap.data();
    std::string_view prev;
    bool in_place_name = false;
    for_each_word(gap, [&](std::string_view w) {
      const auto wb = static_cast<uint32_t>(b + (w.data() - base));
      const auto we = static_cast<uint32_t>(wb + w.size());
      const bool abbreviation_dot = is_word(w, ".") && ctx_.lex.is_honorific(prev);  // "M. Sarkozy"
      prev = w;
      if (abbreviation_dot || in_apposition(wb)) return true;
      if (is_break(w)) return ok = false;
      if (inside_mention(wb, we, true)) return true;  // "au palais du Planalto": a place, not an argument
      if (words) words->push_back(w);
      if (is_word(w, ",") || is_word(w, "(") || is_word(w, ")") || all_digits(w)) return true;
      if (inside_cue(wb, we, CueKind::phone, CueKind::scheduled, CueKind::visit)) return true;
      // "à New York", "à Sotchi": a place the data does not know, capitalized after "à"/"en".
      if (in_place_name && starts_capital(wb)) return true;
      in_place_name = ctx_.lex.is_cue_word(CueKind::place, w);
      if (!ctx_.lex.is_cue_word(CueKind::filler, w) && !in_place_name && !ctx_.lex.is_honorific(w))
        return ok = inside_date(wb, we);  // "a reçu début mars B", "s'est entretenu l'an dernier avec B"
      if (++n > max_words) return ok = false;
      return true;
    });
    return ok;
  }

  // What joins two mentions of one group: "," "et" "ainsi que" "puis", articles.
  bool connector_gap(uint32_t b, uint32_t e, bool& sequence) const {
    std::string_view gap = ctx_.folded_text(b, e);
    bool joined = false, ok = true, title = false;
    std::size_t n = 0;
    std::string_view prev, before_prev;
    sequence = false;
    const char* base = gap.data();
    int apposed = -1;  // apposed_title_gap(b, e), read once when a title first needs it
    const auto title_words = [&] {
      if (apposed < 0) apposed = apposed_title_gap(b, e) ? 1 : 0;
      return apposed ? 11u : 7u;
    };
    for_each_word(gap, [&](std::string_view w) {
      if (in_apposition(static_cast<uint32_t>(b + (w.data() - base)))) return true;  // "A, gendre de B, et C"
      if (++n > (title ? title_words() : 5u)) return ok = false;
      // "A et le chef du Mossad B": a title the lexicon does not know, before the next name.
      if (title && !is_word(w, ",") && !is_break(w)) return true;
      // Not after "à" ("A, à la demande de B": a complement, no list), nor a verb after the
      // elided pronoun ("A, comme l'avait fait B": another clause).
      if (joined && (is_word(prev, "le") || is_word(prev, "la") || is_word(prev, "l")) && !is_word(w, ",") &&
          !ctx_.lex.is_cue_word(CueKind::connector, w)) {
        if (before_prev == "a" || ctx_.lex.is_cue_word(CueKind::auxiliary, w) ||
            ctx_.lex.is_cue_word(CueKind::pluperfect, w))
          return ok = false;
        return title = true;
      }
      const std::string_view last = prev;
      before_prev = prev;
      prev = w;
      if (is_word(w, ",")) return joined = true;
      // "Les présidents congolais Félix Tshisekedi et rwandais Paul Kagame"
      const auto wb = static_cast<uint32_t>(b + (w.data() - base));
      if (has_demonyms_ && inside_hit(PhraseKind::demonym, wb, static_cast<uint32_t>(wb + w.size()))) return true;
      if (ctx_.lex.is_cue_word(CueKind::sequence, w)) return joined = sequence = true;
      // "A ainsi que B", "A de même que B": a connector phrase of several words; elided
      // ("ainsi qu'avec B"), its last word joins as "et" does.
      if (ctx_.lex.is_cue_word(CueKind::connector, w) ||
          inside_cue(wb, static_cast<uint32_t>(wb + w.size()), CueKind::connector))
        return joined = true;
      if (((is_word(w, "que") || is_word(w, "qu")) && (is_word(last, "ainsi") || is_word(last, "meme"))) ||
          (is_word(w, "comme") && is_word(last, "tout")))
        return joined = true;
      // Not "que" alone: "A, que B avait critiqué" opens a relative clause, whose subject B is
      // no further party ("ainsi que", "de même que" join above).
      if (is_word(w, "le") || is_word(w, "la") || is_word(w, "les") || is_word(w, "l") || is_word(w, "son") ||
          is_word(w, "sa") || is_word(w, "ses") || is_word(w, "leur") || is_word(w, "ainsi") || is_word(w, "meme") ||
          is_word(w, "tout") || is_word(w, "comme") || is_word(w, "avec") || is_word(w, "a"))
        return true;
      // "A à Neom, puis B à Doha": where the first was met, before the next name; met in
      // different places, the partners were met one after the other.
      if (inside_mention(wb, static_cast<uint32_t>(wb + w.size()), true) ||
          (ctx_.lex.is_cue_word(CueKind::place, last) && starts_capital(wb)))
        return sequence = true;
      return ok = false;
    });
    return ok && joined;
  }

  // "A et le ministre britannique chargé de l'Europe, B": a longer title is read through when
  // a comma apposes the name to it and no auxiliary or trigger says a clause ran in between.
  bool apposed_title_gap(uint32_t b, uint32_t e) const {
    const std::string_view gap = ctx_.folded_text(b, e);
    const std::size_t last = gap.find_last_not_of(' ');
    if (last == std::string_view::npos || gap[last] != ',') return false;
    bool verb = false;
    for_each_word(gap, [&](std::string_view w) {
      verb = is_break(w) || is_word(w, "a") || is_word(w, "ont") || is_word(w, "est") || is_word(w, "sont") ||
             is_word(w, "avait") || is_word(w, "avaient") || is_word(w, "etait") || is_word(w, "etaient");
      return !verb;
    });
    if (verb) return false;
    for (const auto& h : ctx_.hits)
      if (h.kind == PhraseKind::trigger && h.begin >= b && h.end <= e) return false;
    return true;
  }

  // "A, B ainsi que les représentants des trois pays garants : C, D et E": a plural noun
  // phrase after the connector announces the rest of the list, which a colon opens. Between
  // two names: a connector, "les"/"des" and a few words that are no verb, trigger or cue, the
  // colon, then at most a short title before the next name (mention `next`), which a second
  // name must follow in a list ("les journalistes : A a dit" announces no list).
  bool announced_list_gap(uint32_t b, std::size_t next) const {
    const uint32_t e = mentions_[next].begin;
    bool seq = false;
    if (next + 1 >= mentions_.size() || !connector_gap(mentions_[next].end, mentions_[next + 1].begin, seq)) return false;
    const std::string_view gap = ctx_.folded_text(b, e);
    const std::size_t colon = gap.find(':');
    if (colon == std::string_view::npos || gap.find(':', colon + 1) != std::string_view::npos) return false;
    const auto colon_at = static_cast<uint32_t>(b + colon);
    bool joined = false, plural = false, ok = true;
    std::size_t n = 0;
    for_each_word(ctx_.folded_text(b, colon_at), [&](std::string_view w) {
      if ((is_break(w) && w != "que" && w != "qu") || ++n > 10) return ok = false;
      if (!plural) {
        if (is_word(w, "les") || is_word(w, "des")) return plural = joined;
        if (is_word(w, ",") || ctx_.lex.is_cue_word(CueKind::connector, w) || is_word(w, "que") || is_word(w, "qu"))
          return joined = true;
        return ok = !joined && (is_word(w, "ainsi") || is_word(w, "meme") || is_word(w, "de"));
      }
      if (is_word(w, ",") || is_word(w, "a") || is_word(w, "ont") || is_word(w, "est") || is_word(w, "sont") ||
          is_word(w, "et"))
        return ok = false;
      return true;
    });
    if (!ok || !plural) return false;
    for (const auto& h : ctx_.hits)
      // "les dirigeants", "les deux parties": a plural noun phrase the cues know is still one.
      if ((h.kind == PhraseKind::trigger || h.kind == PhraseKind::cue) && h.begin >= b && h.end <= colon_at &&
          !has_cue(h, CueKind::continuation) && !has_cue(h, CueKind::anaphora) && !has_cue(h, CueKind::relation) &&
          !has_cue(h, CueKind::connector))
        return false;
    const uint32_t after = colon_at + 1;
    bool articles = true;
    for_each_word(ctx_.folded_text(after, e), [&](std::string_view w) {
      articles = is_word(w, "le") || is_word(w, "la") || is_word(w, "les") || is_word(w, "l") || is_word(w, "son") ||
                 is_word(w, "sa") || is_word(w, "leur");
      return articles;
    });
    return articles || title_gap(after, e);
  }

  // Whether the group follows `prep`, determiners skipped: "avec A, puis avec B" lists the
  // partners of one subject, where "A, avec B" would not join A and B.
  bool introduced_by(const Group& g, std::string_view prep) const {
    std::string_view last;
    for_each_word_backward(text_before(g.begin, 24), [&](std::string_view w) {
      // Determiners, possessives too: "avec son homologue russe, puis avec B".
      if (is_word(w, "le") || is_word(w, "la") || is_word(w, "les") || is_word(w, "l") || is_word(w, "son") ||
          is_word(w, "sa") || is_word(w, "ses") || is_word(w, "leur") || is_word(w, "leurs"))
        return true;
      last = w;
      return false;
    });
    return last == prep;
  }

  // Whether `word` stands between two offsets outside appositions ("A, conseiller pour la
  // coopération avec l'étranger, et B" does not say "avec B").
  bool gap_has_word(uint32_t b, uint32_t e, std::string_view word) const {
    const std::string_view gap = ctx_.folded_text(b, e);
    bool found = false;
    for_each_word(gap, [&](std::string_view w) {
      found = w == word && !in_apposition(static_cast<uint32_t>(b + (w.data() - gap.data())));
      return !found;
    });
    return found;
  }

  // ", dont le pays assure la présidence du Conseil de l'UE," : a relative clause inside a
  // list of actors. Returns its end (the closing comma) when one starts at `pos`, else 0.
  uint32_t relative_incise_end(uint32_t pos) const {
    std::string_view rest = ctx_.folded_text(pos, ctx_.end);
    std::size_t k = 0;
    while (k < rest.size() && rest[k] == ' ') ++k;
    if (k + 1 < rest.size() && rest[k] == '.' && rest[k + 1] == ',') ++k;  // "Ferdinand Marcos Jr., qui"
    if (k >= rest.size() || rest[k] != ',') return 0;
    ++k;
    while (k < rest.size() && rest[k] == ' ') ++k;
    bool relative = false;
    for (std::string_view w : {"dont ", "qui ", "que ", "qu'", "lequel ", "laquelle ", "ou "})
      if (rest.substr(k, w.size()) == w) relative = true;
    if (!relative) return 0;
    const std::size_t close = rest.find(',', k);
    const std::size_t stop = rest.find_first_of(".;:", k);
    if (close == std::string_view::npos || (stop != std::string_view::npos && stop < close) || close - k > 160) return 0;
    return pos + static_cast<uint32_t>(close);
  }

  void build_groups() {
    // Read here, not with the other hits: only a sentence with a trigger groups its mentions.
    has_demonyms_ = std::any_of(ctx_.hits.begin(), ctx_.hits.end(),
                                [](const PhraseHit& h) { return h.kind == PhraseKind::demonym; });
    groups_.reserve(mentions_.size());  // at most one group per mention: no reallocation as they come
    uint32_t skip_until = 0;  // inside a relative incise of the current list
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      if (mentions_[i].place || descriptor_[i]) continue;
      if (mentions_[i].begin < skip_until) continue;
      bool seq = false;
      if (!groups_.empty() && skip_until && mentions_[i].begin >= skip_until) {
        // The list goes on after the incise: "A, dont ..., B et C".
        bool seq2 = false;
        if (connector_gap(skip_until, mentions_[i].begin, seq2) || ctx_.folded_text(skip_until, mentions_[i].begin).size() < 8) {
          skip_until = 0;
          groups_.back().members.push_back(i);
          groups_.back().end = mentions_[i].end;
          continue;
        }
        skip_until = 0;
      }
      if (!groups_.empty() && mentions_[i].begin == mentions_[groups_.back().members.back()].begin) {
        groups_.back().members.push_back(i);  // the parties an anaphor stands for
        continue;
      }
      // "les ministres de l'Energie de Jordanie, de Syrie et d'Egypte": each "de" names one more
      // state of the plural title.
      if (!groups_.empty() && genitive_link(groups_.back(), i)) {
        groups_.back().genitive = true;
        groups_.back().members.push_back(i);
        groups_.back().end = mentions_[i].end;
        continue;
      }
      // The joining words first: most mentions are not joined to the group before, and
      // whether only commas join them (a scan of the whole gap for "et": then a prepositional
      // or complement group takes no more) matters only when they are.
      if (!groups_.empty() &&
          (connector_gap(groups_.back().end, mentions_[i].begin, seq) || announced_list_gap(groups_.back().end, i)) &&
          (has_et(ctx_.folded_text(groups_.back().end, mentions_[i].begin)) ||
           !(prepositional(groups_.back()) || country_complement(groups_.back()))) &&
          !ctx_.folded_text(groups_.back().end, mentions_[i].begin).empty() &&
          (!gap_has_word(groups_.back().end, mentions_[i].begin, "avec") || introduced_by(groups_.back(), "avec"))) {
        if (seq) groups_.back().sequence_at.push_back(groups_.back().members.size());
        groups_.back().members.push_back(i);
        groups_.back().end = mentions_[i].end;
      } else {
        groups_.push_back(Group{new_members(i), {}, mentions_[i].begin, mentions_[i].end});
      }
      if (const uint32_t incise = relative_incise_end(mentions_[i].end)) {
        // Only when the list goes on after it; else the incise is ordinary text.
        for (std::size_t j = i + 1; j < mentions_.size(); ++j)
          if (mentions_[j].begin > incise) {
            bool s2 = false;
            if (connector_gap(incise, mentions_[j].begin, s2) || ctx_.folded_text(incise, mentions_[j].begin).size() < 8)
              skip_until = incise;
            break;
          }
      }
    }
    // Known once per group: subject_before asks for every candidate it passes.
    for (auto& g : groups_) g.companion = companion(g);
  }

  // A new group's member list, holding `first`: a spare one, with the capacity an earlier
  // sentence's group gave it, when there is one.
  std::vector<std::size_t> new_members(std::size_t first) {
    std::vector<std::size_t> m;
    if (!spare_members_.empty()) {
      m = std::move(spare_members_.back());
      spare_members_.pop_back();
      m.clear();
    }
    m.push_back(first);
    return m;
  }

  // The group right before `pos` that can be the subject of a verb at `pos`; a group inside
  // an incise ("A, que Dieu l'assiste, a reçu") is passed over for the one before it.
  const Group* subject_before(uint32_t pos, std::size_t max_words = 6) const {
    for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
      if (it->end > pos) continue;
      if (pos - it->end > 160) return nullptr;
      // "A, accompagné de B, a rencontré C": B comes along; A is the subject.
      if (it->companion) continue;
      // "A, qui succédera à B, s'est entretenu avec C": a name right after "à" is a complement.
      if (right_after_a(*it)) continue;
      if (filler_gap(it->end, pos, max_words) && !prepositional(*it)) return &*it;
    }
    return nullptr;
  }

  // Whether the word right before the group is the preposition "à" (folded "a", like the
  // auxiliary, which a participle follows, not a name). Not in prepositional(): a list after
  // "à" ("a téléphoné à A, B et C") still groups.
  bool right_after_a(const Group& g) const {
    std::string_view word;
    for_each_word_backward(text_before(g.begin, 8), [&](std::string_view w) { return (word = w), false; });
    if (!is_word(word, "a")) return false;
    const char c = ctx_.text[ctx_.original(static_cast<uint32_t>(word.data() - ctx_.folded.text.data()))];
    return c != 'a' && c != 'A';
  }

  // Whether the group follows "accompagné de" (or "accompagnée par", determiners skipped), or
  // opens an incise with "avec" ("A, avec B et C, a été reçue par D"): those who come along
  // with the subject, in an incise before its verb.
  bool companion(const Group& g) const {
    std::string_view prep, before;
    introducer(g, prep, before);  // once: along_with's test reads the same two words
    return (agent_word(prep) && before.substr(0, 9) == "accompagn") || along_with(prep, before);
  }

  // Whether the group opens an incise with "avec" ("A, avec B et C, a été reçue par D"); the
  // join trigger "accompagné de" adds the other companions itself.
  bool along_with(const Group& g) const {
    std::string_view prep, comma;
    introducer(g, prep, comma);
    return along_with(prep, comma);
  }
  // The same, from the group's introducer and the word before it.
  bool along_with(std::string_view prep, std::string_view before) const {
    return before == "," && ctx_.lex.is_cue_word(CueKind::companion, prep);
  }

  // The word before the group, determiners skipped, and the word before that one.
  void introducer(const Group& g, std::string_view& prep, std::string_view& before) const {
    for_each_word_backward(text_before(g.begin, 40), [&](std::string_view w) {
      if (prep.empty() && ctx_.lex.is_cue_word(CueKind::definite_determiner, w)) return true;
      if (prep.empty()) return !(prep = w).empty();
      before = w;
      return false;
    });
  }

  // The group right after `pos`; `intro` receives the words between. A group inside an
  // incise ("a reçu, jeudi au palais de Rabat, B") is passed over.
  const Group* group_after(uint32_t pos, std::vector<std::string_view>& intro, std::size_t max_words = 8) const {
    for (const auto& g : groups_) {
      if (g.begin < pos) continue;
      if (g.begin - pos > 160) return nullptr;
      intro.clear();
      if (filler_gap(pos, g.begin, max_words, &intro)) return &g;
    }
    return nullptr;
  }

  // Whether mention `i` continues `g` as one more "de" complement of a plural title: ", de B",
  // "et d'C" after a state or organization that itself follows "de" within a few words of
  // "les" ("les ministres des Affaires étrangères du Golfe, de l'Egypte et de l'Irak").
  bool genitive_link(const Group& g, std::size_t i) const {
    if (!actors_ || mentions_[i].place) return false;
    const auto state = [&](std::size_t k) {
      const ActorKind kind = (*actors_)[mentions_[k].actor].actor.kind;
      return kind == ActorKind::country || kind == ActorKind::organization;
    };
    if (!state(i) || !state(g.members.back())) return false;
    std::size_t n = 0;
    bool linked = false, de = false, ok = true;
    for_each_word(ctx_.folded_text(g.end, mentions_[i].begin), [&](std::string_view w) {
      if (++n > 4) return ok = false;
      if (!linked) return (ok = (is_word(w, ",") || is_word(w, "et"))) && (linked = true);
      if (!de) return (ok = ctx_.lex.is_cue_word(CueKind::genitive, w)) && (de = true);
      return ok = ctx_.lex.is_cue_word(CueKind::article, w);
    });
    if (!ok || !de) return false;
    if (g.genitive) return true;
    // The group's first state follows "de" and, a few words before, a plural title after "les".
    if (g.members.size() != 1 || !word_before(g.begin, 12, CueKind::genitive, 2)) return false;
    bool title = false;
    std::size_t seen = 0;
    for_each_word_backward(text_before(g.begin, 64), [&](std::string_view w) {
      if (is_break(w) || ++seen > 14) return false;
      title = is_word(w, "les");
      return !title;
    });
    return title;
  }

  // A group governed by a preposition ("après Vladimir Poutine, Donald Trump ...") is no subject.
  bool prepositional(const Group& g) const {
    if (g.genitive) return false;
    std::string_view last, frame;
    bool article = false;
    for_each_word_backward(ctx_.folded_text(ctx_.begin, g.begin), [&](std::string_view w) {
      // "le sommet de l'Organisation de coopération de Shanghai": a genitive complement
      // (articles passed over) is no subject either; nor a source ("selon la Maison Blanche").
      if (!article && last.empty() && (is_word(w, "l") || is_word(w, "la") || is_word(w, "le") || is_word(w, "les")))
        return article = true;
      if (!last.empty()) return (frame = w, false);
      last = w;
      return !article;  // without an article, the word before "du"/"des" is read too
    });
    // "En marge du Conseil européen, A a rencontré B": the organization's meeting an event frame
    // names right before the group ("du", "des": "de" and its article) is where the actors met.
    // Not a person: "c'était au tour du chancelier A d'être reçu".
    if (!article && (is_word(last, "du") || is_word(last, "des")) &&
        ctx_.lex.is_cue_word(CueKind::event_frame, frame) && organizations_only(g))
      return true;
    // "Le sommet de Grenade a rassemblé A et B": the place an event noun is named after.
    if (!article && (is_word(last, "de") || is_word(last, "d")) && names_event_noun(g)) return true;
    // Other prepositions only right before the group: "par les Emirats, l'Arabie saoudite et
    // la Turquie" still lists its members after commas.
    return (!article && is_preposition(last)) ||
           (article && (is_word(last, "de") || is_word(last, "d") || is_word(last, "selon")));
  }

  // Whether a lone mention completes an event noun of the lexicon right before it ("le sommet
  // de Grenade", "la réunion de Vilnius").
  bool names_event_noun(const Group& g) const {
    if (g.members.size() != 1) return false;
    for (const auto& t : ctx_.hits)
      if (t.kind == PhraseKind::trigger && t.end <= g.begin && g.begin - t.end <= 4 && is_noun(t)) return true;
    return false;
  }

  // Whether every member of the group is an organization.
  bool organizations_only(const Group& g) const {
    if (!actors_) return false;
    for (std::size_t m : g.members)
      if ((*actors_)[mentions_[m].actor].actor.kind != ActorKind::organization) return false;
    return true;
  }

  // "en provenance d'Australie, le roi C": a lone country right after "de" completes the noun
  // before it, and the comma after it ends that phrase rather than listing a second party.
  bool country_complement(const Group& g) const {
    if (g.members.size() != 1 || !actors_ || (*actors_)[mentions_[g.members[0]].actor].actor.kind != ActorKind::country)
      return false;
    return word_before(g.begin, 8, CueKind::genitive, 1);
  }

  static bool is_preposition(std::string_view w) {
    return is_word(w, "apres") || is_word(w, "avant") || is_word(w, "selon") || is_word(w, "contre") ||
           is_word(w, "sans") || is_word(w, "malgre") || is_word(w, "depuis") || is_word(w, "chez") ||
           is_word(w, "envers") || is_word(w, "comme") || is_word(w, "outre") || is_word(w, "pour") ||
           is_word(w, "par");
  }

  // The group a relative pronoun before the subject refers to: "Y, avec qui X ...".
  const Group* relative_antecedent(const Group& subject, std::initializer_list<std::string_view> pronouns) const {
    const Group* before = nullptr;
    for (const auto& g : groups_)
      if (g.end <= subject.begin && &g != &subject) before = &g;
    if (!before) return nullptr;
    std::string words;
    for_each_word(ctx_.folded_text(before->end, subject.begin), [&](std::string_view w) {
      if (w != ",") words += (words.empty() ? "" : " ") + std::string(w);
      return true;
    });
    for (auto p : pronouns)
      if (words == p) return before;
    return nullptr;
  }

  static bool has_word(const std::vector<std::string_view>& ws, std::initializer_list<std::string_view> any) {
    for (auto w : ws)
      for (auto a : any)
        if (w == a) return true;
    return false;
  }

  // Whether "de"/"du"/"des"/"d'" is among `ws`.
  bool has_genitive(const std::vector<std::string_view>& ws) const {
    for (auto w : ws)
      if (ctx_.lex.is_cue_word(CueKind::genitive, w)) return true;
    return false;
  }

  std::vector<int> actors_of(const Group* g, std::size_t from = 0, std::size_t to = SIZE_MAX) const {
    std::vector<int> out;
    actors_into(g, out, from, to);
    return out;
  }

  // actors_of(g, from, to) written over `out`, in its storage.
  void actors_into(const Group* g, std::vector<int>& out, std::size_t from = 0, std::size_t to = SIZE_MAX) const {
    out.clear();
    if (!g) return;
    out.reserve(g->members.size());  // at most one allocation, not one per doubling
    for (std::size_t k = from; k < std::min(to, g->members.size()); ++k) {
      const int a = mentions_[g->members[k]].actor;
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    }
  }

  // A reading of one interaction, moved in: `return {i}` would copy it (an initializer
  // list's elements are const), its strings and lists with it.
  static std::vector<Interaction> one(Interaction&& i) {
    std::vector<Interaction> out;
    out.push_back(std::move(i));
    return out;
  }

  static void add_unique(std::vector<int>& v, int a) {
    if (a >= 0 && std::find(v.begin(), v.end(), a) == v.end()) v.push_back(a);
  }

  // add_unique of each of actors_of(g), in order, without building that list.
  void add_actors_of(std::vector<int>& v, const Group* g) const {
    if (!g) return;
    for (std::size_t k : g->members) add_unique(v, mentions_[k].actor);
  }

  // The one actor `g` names (all its members the same one), else -1: actors_of(g) when it
  // holds one, without building it.
  int sole_actor(const Group* g) const {
    if (!g || g->members.empty()) return -1;
    const int a = mentions_[g->members[0]].actor;
    for (std::size_t k : g->members)
      if (mentions_[k].actor != a) return -1;
    return a;
  }

  // A negation between two offsets that denies the contact, not the result of talks that took
  // place ("les pourparlers n'ont pas abouti").
  bool negation_in(uint32_t b, uint32_t e) const {
    for (const auto* c : cues_)
      if (has_cue(*c, CueKind::negation) && c->end > b && c->begin < e && !in_outcome(c->begin, c->end)) return true;
    return false;
  }

  bool in_outcome(uint32_t b, uint32_t e) const {
    for (const auto* c : cues_)
      if (has_cue(*c, CueKind::outcome) && b >= c->begin && e <= c->end) return true;
    return false;
  }

  bool cancelled(const PhraseHit& h) const {
    const uint32_t lo = h.begin > 24 ? h.begin - 24 : 0;
    // The negation cues first: most triggers have none, and since_event walks back over words.
    return (negation_in(std::max(lo, ctx_.begin), h.end) && !since_event(h)) ||
           cue_in(CueKind::hypothetical, std::max(lo, ctx_.begin), h.begin) || hypothetical_purpose(h);
  }

  // "A a reporté sa visite à Moscou, où il devait rencontrer B", "A ne s'est pas rendu au sommet
  // où il devait retrouver B": a contact planned in a clause opened by "où" is called off when
  // the clause it completes is negated (the trip or the summit did not take place).
  bool plan_called_off(const PhraseHit& h, const Trigger& trig) const {
    if (trig.status != TriggerStatus::infinitive && trig.status != TriggerStatus::planned) return false;
    const std::string_view before = text_before(h.begin, 48);
    uint32_t where = 0;
    for_each_word_backward(before, [&](std::string_view w) {
      const auto at = static_cast<uint32_t>(h.begin - before.size() + (w.data() - before.data()));
      // Folded, "où" is "ou" ("or"): the original text tells them apart.
      if (w == "ou" && ctx_.text.substr(ctx_.original(at), 3) == "o\xc3\xb9") where = at;
      return !where && !is_break(w);
    });
    return where && negation_in(ctx_.begin, where);
  }

  // "B pourrait servir de canal pour des discussions entre A et C": talks that are the purpose
  // of something hypothetical are hypothetical too, however far the conditional stands.
  bool hypothetical_purpose(const PhraseHit& h) const {
    // The cues first: most sentences have no conditional at all.
    if (!cue_in(CueKind::hypothetical, ctx_.begin, h.begin)) return false;
    if (!word_before(h.begin, 12, {"pour"}, 2) || !word_before(h.begin, 12, CueKind::indefinite_determiner, 1))
      return false;
    return cue_in(CueKind::hypothetical, clause_of(h).first, h.begin);
  }

  // A country named as a place just after `pos` ("à la Maison Blanche", "au Kremlin").
  const Mention* place_right_after(uint32_t pos) const {
    for (const auto& m : mentions_)
      if (m.place && m.begin >= pos && m.begin - pos <= 24 && plain_filler(pos, m.begin, 4, nullptr)) return &m;
    return nullptr;
  }

  // The place named next to a trigger, as written, and its country when the data knows it.
  std::string place_near(uint32_t b, uint32_t e, std::string* country = nullptr) const {
    for (const auto& m : mentions_)
      if (m.place && m.begin >= b && m.begin <= e + 12) {
        const std::size_t ob = ctx_.original(m.begin), oe = ctx_.original(m.end);
        if (country && actors_) *country = (*actors_)[m.actor].actor.country;
        return std::string(ctx_.text.substr(ob, oe - ob));
      }
    return "";
  }

  // Splits object groups at "puis" and fans a one-caller phone call, or a contact made
  // `separately`, out to each partner.
  // A noun names one conversation ("une réunion en visioconférence avec A, B et C"): no fan-out.
  std::vector<std::vector<int>> object_sets(const Group* obj, const std::string& type, std::size_t subject_size,
                                            bool one_conversation, bool separately = false) const {
    std::vector<std::vector<int>> sets;
    if (!obj) return {{}};
    std::size_t from = 0;
    // The list's parts end at each "puis" and at its end (read in place, not copied out).
    const std::size_t parts = obj->sequence_at.size() + 1;
    sets.reserve(parts);
    for (std::size_t p = 0; p < parts; ++p) {
      const std::size_t cut = p < obj->sequence_at.size() ? obj->sequence_at[p] : obj->members.size();
      auto part = actors_of(obj, from, cut);
      from = cut;
      if (part.empty()) continue;
      const bool fan_out =
          (is(type, "phone_call") && subject_size == 1 && !one_conversation) || (separately && subject_size >= 1);
      if (fan_out && part.size() > 1) {
        for (int a : part) sets.push_back({a});
      } else {
        sets.push_back(std::move(part));
      }
    }
    if (sets.empty()) sets.push_back({});
    return sets;
  }

  // "Reçu au Kremlin par A, B a ...", "Après avoir rencontré A, B s'est rendu ...": a clause
  // opening the sentence whose own argument follows the trigger and whose subject is the main
  // clause's, after the comma.
  std::vector<Interaction> fronted(const PhraseHit& h, const Trigger& trig) {
    if (!plain_filler(ctx_.begin, h.begin, 4, nullptr)) return trailing_infinitive(h, trig);
    if (trig.pattern == TriggerPattern::reciprocal) return fronted_gathering(h, trig);
    std::vector<std::string_view> intro;
    const Group* first = group_after(h.end, intro, 6);
    const auto par = [&](std::string_view w) { return ctx_.lex.is_cue_word(CueKind::agent_preposition, w); };
    if (trig.pattern == TriggerPattern::from_agent && (!first || std::none_of(intro.begin(), intro.end(), par)))
      first = agent_beyond_complements(h.end);
    if (!first) return {};
    if (trig.pattern == TriggerPattern::transitive && has_word(intro, {"de", "du", "des", "d", "a", "au", "aux"})) return {};
    const Group* subj = main_subject_after(*first);
    // "Reçu par A, le président turc B a ...", "Reçus par A, B et C ont ...": the comma that
    // ends the opening clause joined A to the subject into one list; when no subject follows,
    // a list whose first link is a bare comma is the argument, then the subject.
    Group argument = *first, subject_split;
    if (!subj && first->members.size() >= 2 &&
        comma_link(ctx_.folded_text(mentions_[first->members[0]].end, mentions_[first->members[1]].begin))) {
      argument.members.resize(1);
      subject_split.members.assign(first->members.begin() + 1, first->members.end());
      subject_split.end = first->end;
      subj = &subject_split;
      first = &argument;
    }
    if (!subj) return {};
    std::vector<int> parts = actors_of(subj);
    add_actors_of(parts, first);
    if (parts.size() < 2) return {};
    std::string type = trig.type;
    if (is(type, "contact")) type = cue_in(CueKind::phone, h.begin, subj->end) ? "phone_call" : "meeting";
    int initiator = -1;
    InitiatorRole role = InitiatorRole::none;
    if (trig.agent_initiates && first->members.size() == 1) initiator = mentions_[first->members[0]].actor;
    if (trig.subject_initiates && subj->members.size() == 1) initiator = mentions_[subj->members[0]].actor;
    if (initiator >= 0) role = is(type, "phone_call") ? InitiatorRole::caller : InitiatorRole::host;
    actors_into(subj, carried_subject_);
    return one(make(h, type, false, std::move(parts), initiator, -1, role, false, main_verb_end(subj->end)));
  }

  // "A a déclaré lundi après avoir rencontré B", "« ... », a dit A après s'être entretenu avec
  // B": a compound infinitive ("avoir rencontré", "s'être entretenu") after the main verb has
  // the main clause's subject, the first group of the clause that no preposition introduces.
  // Not a participle ("Reçu par A"): after a noun it qualifies that noun.
  std::vector<Interaction> trailing_infinitive(const PhraseHit& h, const Trigger& trig) {
    bool infinitive = false;
    for_each_word(trig.phrase, [&](std::string_view w) { return !(infinitive = w == "avoir" || w == "etre"); });
    if (!infinitive) return {};
    // "A a dit avoir appelé B à cesser le feu": a call on B, as a main verb's would be.
    const auto [cb, ce] = clause_of(h);
    if (doubtful_clause(h, trig, cb, ce)) return {};
    const Group* subj = first_subject_between(clause_after_que(h.begin), h.begin);
    if (!subj || subj->end > h.begin) return {};
    std::vector<std::string_view> intro;
    const Group* arg = group_after(h.end, intro, 6);
    if (!arg) return {};
    if (trig.pattern == TriggerPattern::reciprocal && !has_word(intro, {"avec"})) return {};
    if (trig.pattern == TriggerPattern::transitive && has_word(intro, {"de", "du", "des", "d", "a", "au", "aux"}))
      return {};
    std::vector<int> parts = actors_of(subj);
    add_actors_of(parts, arg);
    if (parts.size() < 2) return {};
    std::string type = trig.type;
    if (is(type, "contact")) type = cue_in(CueKind::phone, h.begin, arg->end) ? "phone_call" : "meeting";
    const int initiator = trig.subject_initiates && subj->members.size() == 1 ? mentions_[subj->members[0]].actor : -1;
    InitiatorRole role = InitiatorRole::none;
    if (initiator >= 0) role = is(type, "phone_call") ? InitiatorRole::caller : InitiatorRole::host;
    return one(make(h, type, false, std::move(parts), initiator, -1, role, false, arg->end));
  }

  // "Réunis dimanche à Berlin, A et B se sont engagés", "Après s'être entretenu avec A, B
  // ...", "Réunis autour de M, A, B et C ...": the first group after the opening clause is
  // the partner (after "avec"/"autour de") or already the main clause's subject.
  std::vector<Interaction> fronted_gathering(const PhraseHit& h, const Trigger& trig) {
    const Group* first = nullptr;
    for (const auto& g : groups_)
      if (g.begin >= h.end) {
        first = &g;
        break;
      }
    if (!first || first->begin - h.end > 200) return {};
    const std::string_view before = ctx_.folded_text(h.end, first->begin);
    if (before.find_first_of(".;:\"") != std::string_view::npos) return {};
    bool partner = false;
    for_each_word(before, [&](std::string_view w) {
      partner = partner || is_word(w, "avec") || is_word(w, "autour");
      return true;
    });
    std::vector<int> parts = actors_of(first);
    const Group* subj = first;
    if (partner) {
      subj = main_subject_after(*first);
      if (subj) add_actors_of(parts, subj);
    }
    if (parts.size() < 2) return {};
    std::string type = trig.type;
    if (is(type, "contact"))
      type = cue_in(CueKind::phone, h.begin, (subj ? subj : first)->end) ? "phone_call" : "meeting";
    if (subj) actors_into(subj, carried_subject_);
    return one(make(h, type, false, std::move(parts), -1, -1, InitiatorRole::none, false, (subj ? subj : first)->end));
  }

  // Where the clause holding `pos` starts after the last "que"/"qu'" before it ("Le Kremlin a
  // confirmé que A préparait ..."); the sentence's start when there is none.
  uint32_t clause_after_que(uint32_t pos) const {
    const std::string_view before = ctx_.folded_text(ctx_.begin, pos);
    uint32_t from = ctx_.begin;
    for_each_word_backward(before, [&](std::string_view w) {
      if (is_word(w, "que") || is_word(w, "qu"))
        from = ctx_.begin + static_cast<uint32_t>(w.data() - before.data() + w.size());
      return from == ctx_.begin;
    });
    return from;
  }

  // "avec A, B a ...": the group after a fronted clause's "avec" and the main clause's subject,
  // joined by the comma that closes the clause, or the next group after it. False when no
  // subject follows.
  bool split_fronted_list(const Group& g, Group& partner, Group& subject) const {
    if (const Group* next = main_subject_after(g)) {
      partner = g;
      subject = *next;
      return true;
    }
    // The opening clause's partners end at the first comma between two members: "avec B, A
    // et C", "avec B et C, A".
    for (std::size_t k = 0; k + 1 < g.members.size(); ++k) {
      if (!comma_link(ctx_.folded_text(mentions_[g.members[k]].end, mentions_[g.members[k + 1]].begin))) continue;
      partner = Group{{g.members.begin(), g.members.begin() + static_cast<std::ptrdiff_t>(k + 1)}, {}, g.begin,
                      mentions_[g.members[k]].end};
      subject = Group{{g.members.begin() + static_cast<std::ptrdiff_t>(k + 1), g.members.end()}, {},
                      mentions_[g.members[k + 1]].begin, g.end};
      return true;
    }
    return false;
  }

  // "Reçus par A, B et C, gendre de D, ont discuté": the main clause's verb, right after its
  // subject `pos` (appositions read through), tells the same event: the reading covers it.
  uint32_t main_verb_end(uint32_t pos) const {
    for (const auto* t : triggers_)
      if (t->begin >= pos && filler_gap(pos, t->begin, 4)) return t->end;
    return pos;
  }

  // The main clause's subject after an opening clause that ends with `g`: the next group, after
  // the comma that closes the opening clause.
  const Group* main_subject_after(const Group& g) const {
    for (const auto& next : groups_) {
      if (next.begin <= g.end) continue;
      const std::string_view between = ctx_.folded_text(g.end, next.begin);
      const std::size_t comma = between.rfind(',');
      if (between.size() <= 160 && comma != std::string_view::npos && !prepositional(next) &&
          (filler_gap(g.end + static_cast<uint32_t>(comma) + 1, next.begin, 4) ||
           title_gap(g.end + static_cast<uint32_t>(comma) + 1, next.begin)))
        return &next;
      return nullptr;
    }
    return nullptr;
  }

  // "l'émissaire spécial du B": an article, then a title the lexicon does not know (a few
  // words, no verb, trigger or cue among them) right before a name.
  bool title_gap(uint32_t b, uint32_t e) const {
    const auto first = first_words<6>(ctx_.folded_text(b, e));
    if (first.count < 2 || first.count > 6) return false;
    const std::string_view art = first.word[0];
    if (art != "l" && art != "le" && art != "la" && art != "les") return false;
    for (std::size_t k = 1; k < first.count; ++k) {
      const std::string_view w = first.word[k];
      if (is_break(w) || is_word(w, ",") || is_word(w, "a") || is_word(w, "ont") || is_word(w, "est") ||
          is_word(w, "sont") || is_word(w, "avait") || is_word(w, "avaient") || is_word(w, "et"))
        return false;
    }
    for (const auto& h : ctx_.hits)
      if ((h.kind == PhraseKind::trigger || h.kind == PhraseKind::cue) && h.begin >= b && h.end <= e &&
          !has_cue(h, CueKind::relation))
        return false;
    return true;
  }

  // Whether two names of a list are linked by a comma alone, without "et" or "puis" (a title
  // may stand between: "A, l'émissaire spécial B").
  bool comma_link(std::string_view gap) const {
    bool comma = false, word = false;
    for_each_word(gap, [&](std::string_view w) {
      if (is_word(w, ","))
        comma = true;
      else if (ctx_.lex.is_cue_word(CueKind::connector, w) || ctx_.lex.is_cue_word(CueKind::sequence, w))
        word = true;
      return !word;
    });
    return comma && !word;
  }

  static bool only_comma(std::string_view gap) {
    std::size_t commas = 0;
    for (char c : gap) {
      if (c == ',') ++commas;
      else if (c != ' ') return false;
    }
    return commas == 1;
  }

  std::vector<Interaction> interpret(const PhraseHit& h, const Trigger& trig) {
    if (cancelled(h) || plan_called_off(h, trig)) return {};
    // "La rencontre entre A et B, prévue mardi, n'a pas eu lieu": the noun's own verb denies it.
    if (is_noun(h) && cue_in(CueKind::non_event, h.end, clause_of(h).second)) return {};
    if (trig.status == TriggerStatus::fronted) return fronted(h, trig);
    if (trig.status == TriggerStatus::supported && !support_verb_carries(h.begin)) return {};
    const uint32_t gathering = trig.gathering ? gathering_noun(h) : UINT32_MAX;
    if (trig.gathering && gathering == UINT32_MAX) return {};
    // "lors de sa rencontre avec B": after a determiner, a verb form that is also a noun
    // ("rencontre") is the noun, which its own trigger reads.
    // A verb that is no noun ("Macron la recevra jeudi") has an object pronoun there instead.
    if (trig.pattern != TriggerPattern::noun && trig.phrase.find(' ') == std::string_view::npos &&
        word_before(h.begin, 12, CueKind::noun_determiner, 1) &&
        (has_noun_reading(h) || !word_before(h.begin, 12, CueKind::object_pronoun, 1)))
      return {};
    bool planned = trig.status == TriggerStatus::planned;
    // "Un sommet réunissant A et B doit se tenir en mars": the noun's own verb plans it.
    if (trig.gathering && (cue_in(CueKind::planned, h.end, ctx_.end) || cue_in(CueKind::scheduled, h.end, ctx_.end)))
      planned = true;
    uint32_t subject_at = h.begin;  // where the verb's subject is looked for, before it
    // "A a présidé le sommet réunissant B et C": who chairs, hosts or organizes it is a party.
    if (gathering != UINT32_MAX)
      if (const uint32_t verb = organizer_verb_at(gathering)) subject_at = verb;
    if (trig.status == TriggerStatus::participle || trig.status == TriggerStatus::reflexive) {
      bool future = false;
      if (!auxiliary_before(h.begin, trig.status == TriggerStatus::reflexive, future)) {
        // "A avait inauguré l'ambassade et rencontré B": the auxiliary of the first participle.
        const uint32_t aux = trig.status == TriggerStatus::participle ? coordinated_auxiliary(h.begin, future) : 0;
        if (!aux) return {};
        subject_at = aux;
      }
      planned = future;
    }
    // "A a reçu B, avant de s'entretenir avec C": the infinitive's subject is the main
    // clause's, already read, and it happened when that clause's verb did. So is "A doit
    // rencontrer B dimanche, puis s'entretenir lundi avec C": the infinitive goes on the
    // planned verb before it.
    const bool then = trig.status == TriggerStatus::infinitive && !carried_subject_.empty() &&
                      h.begin >= consumed_until_ && consumed_until_ > ctx_.begin &&
                      ((word_before(h.begin, 16, {"avant"}, 2) && word_before(h.begin, 16, {"de", "d"}, 2)) ||
                       (word_before(h.begin, 12, {"puis"}, 2) && last_reading_planned_));
    // "C'était au tour de B d'être reçu par A": B's turn came, so it happened.
    const bool turn = trig.status == TriggerStatus::infinitive && !then && turn_of_subject(h.begin);
    // "A avait été l'un des premiers à lui téléphoner", "A a été parmi les premiers dirigeants
    // à appeler B": among the first to do it, so A did it.
    const uint32_t first = trig.status == TriggerStatus::infinitive && !then && !turn ? first_to(h.begin) : 0;
    if (first) subject_at = first;
    if (trig.status == TriggerStatus::infinitive && !then && !turn && !first) {
      const uint32_t lo = std::max(ctx_.begin, h.begin > 16 ? h.begin - 16 : 0u);
      if (!cue_in(CueKind::planned, lo, h.begin)) return {};
      // "le sommet qu'il devait accueillir entre A et B avait été annulé": the plan fell through.
      if (cue_in(CueKind::non_event, h.end, clause_of(h).second)) return {};
      // "A a tenu une conversation téléphonique avec B pour faire le point": the purpose of the
      // interaction just read, not another one.
      if (purpose_of_reading(h.begin)) return {};
      // "s'étaient rendus à Doha pour y rencontrer X": the trip happened, so did the meeting.
      planned = !cue_in(CueKind::visit, ctx_.begin, h.begin);
    }
    if (then) planned = last_reading_planned_;
    std::vector<std::string_view>& intro = intro_;  // the words before the object, in the kept buffer
    intro.clear();
    intro.reserve(8);              // most often within group_after's eight: at most one allocation
    std::vector<int> later_hosts;  // from_agent: "puis par B"
    // "A doit se rendre jeudi à Paris pour y rencontrer B": an infinitive after a planned cue
    // stands further from its subject, the trip's verb and its place between.
    const Group* subj = then ? nullptr : subject_before(subject_at, trig.status == TriggerStatus::infinitive ? 8 : 6);
    // "A avait inauguré l'ambassade d'Israël à Abou Dhabi et rencontré B" (folded, the
    // participle reads as the present "rencontre"): a name before "et" is no subject of the
    // verb after it; the first participle's subject is.
    if (subj && subject_at == h.begin && trig.status != TriggerStatus::participle &&
        word_before(h.begin, 8, {"et"}, 1)) {
      bool future = false;
      const uint32_t aux = coordinated_auxiliary(h.begin, future);
      subj = aux ? subject_before(aux, 6) : subj;
    }
    // "A a déclaré avoir parlé avec B": the reporting verb's subject reports its own contact.
    if (!subj && !then) subj = subject_before(reporting_verb_before(h.begin));
    // "« J'ai rencontré B », a déclaré A": the first person of a quote is its speaker.
    const Group* speaker = nullptr;
    if (!subj && !then && word_before(subject_at, 40, {"j", "je", "nous"}, 5)) subj = speaker = quoted_speaker(h.begin);
    // "A, qui a reçu B mardi, a appelé C": A is the subject on both sides of the clause.
    if (const Group* rel = then ? nullptr : relative_clause_subject(h.begin); rel && (!subj || subj->begin > rel->end))
      subj = rel;
    const Group* obj = nullptr;
    std::vector<int>& subject = subject_;  // in the kept buffer
    actors_into(subj, subject);
    // "A, avec B et C, a été reçue par D": those who came along take part with the subject.
    if (subj)
      for (const auto& g : groups_)
        if (g.companion && g.begin > subj->end && g.end <= subject_at && along_with(g)) add_actors_of(subject, &g);
    const bool carried = subject.empty() && !carried_subject_.empty() && h.begin >= consumed_until_;
    if (carried) subject = carried_subject_;
    else if (!subject.empty()) carried_subject_ = subject;
    int initiator = -1, mediator = -1;
    InitiatorRole role = InitiatorRole::none;
    std::string type = trig.type;
    bool weak = false;
    uint32_t region_end = h.end;
    Group fronted_partner, fronted_subject;  // a fronted noun's list split at its comma

    switch (trig.pattern) {
      case TriggerPattern::reciprocal:
        obj = group_after(h.end, intro);
        if (obj && !has_word(intro, {"avec", "et"})) obj = nullptr;
        // "Y, avec qui X s'est entretenu": the antecedent is the other party.
        if (!obj && subj) obj = relative_antecedent(*subj, {"avec qui", "avec lequel", "avec laquelle", "avec lesquels"});
        // "A avait signé au palais un engagement politique avec B": the text signed stands
        // between the verb and whom it was signed with. People sign together; a state that
        // "a signé la paix avec" another is no ceremony the sentence tells.
        if (!obj && trig.signatories && any_person(subject)) {
          obj = cosignatory_after(h);
          if (obj && !any_person(actors_of(obj))) obj = nullptr;
        }
        break;
      case TriggerPattern::transitive:
        // "sa rencontre avec B": after a determiner the word is the noun, read as one.
        if (trig.status == TriggerStatus::occurred && word_before(h.begin, 8, CueKind::determiner, 1)) return {};
        obj = group_after(h.end, intro);
        // "a parlé de A", "a rencontré dans B": not the direct object; but "des" right after
        // the verb is the plural article ("a rencontré des responsables égyptiens").
        if (obj && !has_word(intro, {"avec"})) {
          std::vector<std::string_view> rest = intro;
          if (!rest.empty() && rest.front() == "des") rest.erase(rest.begin());
          if (has_word(rest, {"de", "du", "des", "d", "en", "dans", "sur"})) obj = nullptr;
        }
        // "Y, qu'il a reçu lundi": the antecedent is the object.
        if (!obj && subj) obj = relative_antecedent(*subj, {"que", "qu", "a qui", "auquel", "avec qui"});
        if (!obj) return pronoun_object(h, subject, trig.subject_initiates, planned);
        // "A a appelé B à la retenue": called on, not phoned; "B, que A avait appelé à la
        // retenue" too, the antecedent before the verb.
        if (is(type, "phone_call") && calls_on(std::max(obj->end, h.end))) return {};
        if (trig.subject_initiates) initiator = subject.size() == 1 ? subject[0] : -1;
        break;
      case TriggerPattern::receive: {
        obj = group_after(h.end, intro);
        // "a reçu mardi un appel d'A": after "reçu", "un appel" from someone is a call.
        if (const uint32_t call_end = received_call_end(h.end)) {
          std::vector<std::string_view> from;
          const Group* caller = group_after(call_end, from, 2);
          if (caller && has_genitive(from)) {
            obj = caller;
            type = "phone_call";
            initiator = sole_actor(obj);
            role = InitiatorRole::caller;
            break;
          }
        }
        if (!obj && subj) {
          // "Y, qu'il a reçu mardi": Y was the guest.
          obj = relative_antecedent(*subj, {"que", "qu"});
          if (!obj) return pronoun_object(h, subject, true, planned);
          initiator = subject.size() == 1 ? subject[0] : -1;
          role = InitiatorRole::host;
          break;
        }
        if (!obj) return {};
        const bool call = cue_in(CueKind::phone, h.end, obj->begin);
        if (call) {
          if (!has_genitive(intro)) return {};
          type = "phone_call";
          initiator = sole_actor(obj);
          role = InitiatorRole::caller;
        } else {
          if (has_genitive(intro)) return {};
          initiator = subject.size() == 1 ? subject[0] : -1;
          role = InitiatorRole::host;
        }
        break;
      }
      case TriggerPattern::from_agent:
        // "Le texte a été paraphé par A et B": what was signed is no party.
        if (trig.signatories) subject.clear();
        obj = group_after(h.end, intro, 6);
        // "a été reçu mercredi au complexe présidentiel d'Ankara par B": the agent after the
        // complements of time and place that a passive carries before it.
        if (!obj || (trig.agent_initiates &&
                     !std::any_of(intro.begin(), intro.end(), [&](std::string_view w) { return agent_word(w); }) &&
                     !ends_with_agent_word(ctx_.folded_text(h.begin, h.end))))
          if (const Group* agent = agent_beyond_complements(h.end)) obj = agent;
        if (!obj) {
          // "sera reçu lundi à la Maison Blanche": the seat of power hosts. Not so for "est
          // attendu à Paris", a trip: the city may be hosting a summit, not a meeting with the
          // country.
          const Mention* seat = place_right_after(h.end);
          if (!seat || subject.empty() || trig.trip) return {};
          std::vector<int> parts = subject;
          add_unique(parts, seat->actor);
          if (parts.size() < 2) return {};
          return one(make(h, type, weak, std::move(parts), seat->actor, -1, InitiatorRole::host, planned, seat->end));
        }
        initiator = sole_actor(obj);
        role = is(type, "phone_call") ? InitiatorRole::caller : InitiatorRole::host;
        // "reçu par A, puis par B": the hosts who took the visitor over one after the other.
        if (const Group* next = next_agent(obj)) later_hosts = actors_of(next);
        break;
      case TriggerPattern::noun: {
        // "B, qui a dit avoir eu « une bonne réunion »": a noun quoted is someone's words, whose
        // speaker the carried subject is not.
        if (carried && quoted(h.begin)) return {};
        obj = group_after(h.end, intro);
        // "l'entretien Macron-Poutine": a hyphenated pair right after the noun.
        const bool pair = obj && intro.empty() && obj->members.size() == 2 &&
                          mentions_[obj->members[0]].begin == mentions_[obj->members[1]].begin;
        if (obj && !pair && !has_word(intro, {"avec", "entre"})) obj = nullptr;
        if (pair) intro.push_back("entre");
        // "discuter des pourparlers de paix entre A et B": a topic, not a second event.
        if (noun_is_topic(h)) return {};
        // "Lors d'un entretien téléphonique avec A, B a plaidé ...": the noun opens the sentence,
        // its partner follows "avec", and the main clause's subject is the other party.
        // So does "Pour sa première rencontre avec A, B ...": the possessive is the subject's.
        // So does "À l'issue d'un tête-à-tête avec A, B ...": an event frame opens the sentence.
        if (obj && has_word(intro, {"avec"}) &&
            (((introduced_by_lors(h.begin) || word_before(h.begin, 24, {"sa", "son", "leur"}, 2)) &&
              plain_filler(ctx_.begin, h.begin, 6, nullptr)) ||
             opens_on_framed_noun(h.begin)) &&
            split_fronted_list(*obj, fronted_partner, fronted_subject)) {
          obj = &fronted_partner;
          subj = &fronted_subject;
          subject = actors_of(subj);
          carried_subject_ = subject;
          region_end = main_verb_end(subj->end);
          break;
        }
        // "A et B ont eu (mardi) un entretien": the phrase or the words before carry the verb.
        bool support = starts_with_auxiliary(trig.phrase) || support_verb_before(h.begin);
        bool support_ok = false;
        // "A a eu avec B un long entretien": the partner stands between the verb and the noun.
        if (!obj && !then)
          if (const Group* partner = partner_before_noun(h.begin)) {
            const uint32_t avec = *word_in(ctx_.begin, partner->begin, "avec", true);
            const Group* owner = support_verb_carries(avec) ? subject_before(avec, 6) : nullptr;
            if (owner) {
              support = true;
              obj = partner;
              subj = owner;
              subject = actors_of(owner);
              carried_subject_ = subject;
              intro.assign(1, "avec");
            }
          }
        if (obj && has_word(intro, {"entre"})) {
          // "L'UE a organisé des pourparlers entre Bakou et Erevan": the organizer mediates.
          // "L'Irak avait accueilli à Bagdad cinq cycles de discussions entre A et B": the
          // organizer is the subject of the verb, which may stand a few words before the noun.
          const uint32_t verb = organizer_verb_at(h.begin);
          const Group* host = subject_before(verb ? verb : h.begin, 5);
          if (host && host->members.size() == 1 && verb) {
            const int mediator_actor = mentions_[host->members[0]].actor;
            std::vector<int> parts = actors_of(obj);
            if (std::find(parts.begin(), parts.end(), mediator_actor) == parts.end() && parts.size() >= 2) {
              parts.push_back(mediator_actor);
              return one(make(h, "mediation", false, std::move(parts), -1, mediator_actor, InitiatorRole::none, planned,
                              obj->end));
            }
          }
          // "la réunion entre A, B et C" lists every party; "X a participé (par visioconférence)
          // à la rencontre entre A et B": X joins them.
          if (!word_before(h.begin, 64, CueKind::joining)) subject.clear();
        } else if (!support) {
          // "A a évoqué la Russie lors de sa rencontre avec B": the possessive is the subject's,
          // not the nearest name's.
          const Group* owner = word_before(h.begin, 12, {"sa", "son", "ses", "leur", "leurs"}, 1)
                                   ? first_subject_between(clause_after_que(h.begin), h.begin)
                                   : nullptr;
          const Group* near = owner ? owner : subject_before(h.begin, 5);
          if (near) subject = actors_of(near);
          else if ((!obj || !carried) && !speaker)
            subject.clear();
        }
        // "A et son homologue B avaient préparé le sommet lors d'une rencontre": the noun
        // after "lors de" is the clause's own event, whose subject are its parties.
        if (!obj && subject.size() < 2 && introduced_by_lors(h.begin)) {
          const Group* first = first_subject_between(ctx_.begin, h.begin);
          if (first && first->members.size() >= 2) {
            subject = actors_of(first);
            subj = first;
          }
          if (subject.size() >= 2) support_ok = true;
        }
        if (!obj && (subject.size() < 2 || !(support || support_ok))) return {};
        // "A participera jeudi à une réunion avec B": a support verb in the future plans it.
        if (word_before(h.begin, 40, CueKind::future_support)) planned = true;
        // "une réunion en visioconférence": remote, so a call.
        if (is(type, "meeting") && cue_in(CueKind::phone, h.end, h.end + 24)) type = "phone_call";
        if (cue_in(CueKind::scheduled, h.end, (obj ? obj->end : h.end) + 40) ||
            cue_in(CueKind::scheduled, h.begin > 14 ? h.begin - 14 : 0, h.begin))
          planned = true;
        break;
      }
      case TriggerPattern::host: {
        // "(dîner) offert par H avec A et B": H hosts.
        obj = group_after(h.end, intro, 3);
        if (!obj) return {};
        auto hosts = actors_of(obj);
        if (hosts.size() != 1) return {};
        initiator = hosts[0];
        role = InitiatorRole::host;
        std::vector<std::string_view> intro2;
        const Group* guests = group_after(obj->end, intro2, 4);
        if (!guests || !has_word(intro2, {"avec", "a", "pour"})) return {};
        std::vector<int> parts{initiator};
        add_actors_of(parts, guests);
        if (parts.size() < 2) return {};
        Interaction i = make(h, type, weak, std::move(parts), initiator, -1, role, planned, guests->end);
        // The hosted event is the noun before "offert par" ("le dîner de ce soir offert par"):
        // its date and place qualify that noun.
        for (const auto* t : triggers_)
          if (t->end <= h.begin && h.begin - t->end <= 48 && ctx_.lex.triggers()[t->index()].pattern == TriggerPattern::noun)
            i.trigger_begin = t->begin, i.trigger_end = t->end;
        return one(std::move(i));
      }
      case TriggerPattern::invitation: {
        obj = group_after(h.end, intro, 3);
        if (!obj || subject.empty()) return {};
        auto hosts = actors_of(obj);
        if (hosts.size() != 1) return {};
        std::vector<int> parts = subject;
        const int host = hosts[0];
        if (parts.size() >= 2 && std::find(parts.begin(), parts.end(), host) == parts.end()) {
          type = "mediation";
          mediator = host;
        } else {
          initiator = host;
          role = InitiatorRole::host;
        }
        add_unique(parts, host);
        if (parts.size() < 2) return {};
        return one(make(h, type, weak, std::move(parts), initiator, mediator, role, true, obj->end));
      }
      case TriggerPattern::join:
        return join(h, trig, subject, planned);
      case TriggerPattern::around:
        return around(h, trig, subject, planned);
      default:
        return {};
    }
    if (is(type, "contact")) {
      // A quote's speaker stands after it: the clause starts at the trigger then.
      const uint32_t clause_b = subj ? std::min(subj->begin, h.begin) : h.begin;
      const uint32_t clause_e = (obj ? obj->end : h.end) + 40;
      type = channel(trig, clause_b, std::min(clause_e, ctx_.end), weak);
    }
    // "Ils doivent retrouver samedi A, avec B et C": those the subject comes with meet A too.
    if (obj && is(type, "meeting") &&
        (trig.pattern == TriggerPattern::transitive || trig.pattern == TriggerPattern::receive))
      if (const Group* with = companions_after(obj->end)) {
        add_actors_of(subject, with);
        consumed_until_ = std::max(consumed_until_, with->end);
      }
    // "a rendu visite à", "a reçu la visite de": the initiator travelled (CAMEO 042).
    if (trig.phrase.find("visite") != std::string::npos && (trig.subject_initiates || trig.agent_initiates))
      role = InitiatorRole::visitor;
    std::vector<Interaction> out;
    // "une réunion en visioconférence avec A et B" is one call; "des conversations
    // téléphoniques avec A et B", a plural noun, are one per person.
    const std::string_view noun_text = ctx_.folded_text(h.begin, h.end);
    const bool one_conversation = trig.pattern == TriggerPattern::noun && !noun_text.empty() && noun_text.back() != 's';
    // "s'est entretenu avec A, puis avec B" with its subject unresolved: A and B are each the
    // partner of someone else, never of each other.
    if (subject.empty() && initiator < 0 && has_word(intro, {"avec"}) && !has_word(intro, {"entre"})) return {};
    // "a reçu séparément A et B", "s'est entretenu séparément avec chacun d'eux": one each.
    const bool separately = cue_in(CueKind::separate, h.begin > 24 ? h.begin - 24 : 0, obj ? obj->begin : h.end);
    const auto sets = object_sets(obj, type, subject.size(), one_conversation, separately);
    for (const auto& objects : sets) {
      std::vector<int> parts = subject;
      for (int a : objects) add_unique(parts, a);
      for (int a : later_hosts) add_unique(parts, a);
      if (initiator >= 0) add_unique(parts, initiator);
      if (parts.size() < 2) continue;
      int init = initiator;
      if (trig.pattern == TriggerPattern::from_agent && objects.size() == 1) init = objects[0];
      if (trig.pattern == TriggerPattern::receive && role == InitiatorRole::caller && objects.size() == 1) init = objects[0];
      region_end = obj ? obj->end : h.end;
      out.push_back(make(h, type, weak, std::move(parts), init, mediator, role, planned, region_end));
      out.back().separate = separately && sets.size() > 1;
      out.back().past = past_tense(trig, planned);
    }
    return out;
  }

  // The group that "avec" introduces right before the event noun at `pos` ("a eu avec B un
  // entretien"), a few adjectives or a determiner between them; or null.
  const Group* partner_before_noun(uint32_t pos) const {
    const Group* g = subject_before(pos, 4);
    return g && introduced_by(*g, "avec") && word_in(ctx_.begin, g->begin, "avec", true) ? g : nullptr;
  }

  // Whether every party of `i` is one of those the sentence's joins add.
  static bool only_joiners(const Interaction& i, const std::vector<Interaction>& joins) {
    for (int p : i.participants) {
      // A complement ("la reconstruction de l'Ukraine") is no party the reading would keep.
      if (std::find(i.governed.begin(), i.governed.end(), p) != i.governed.end()) continue;
      bool joined = false;
      for (const auto& j : joins)
        joined = joined || std::find(j.participants.begin(), j.participants.end(), p) != j.participants.end();
      if (!joined) return false;
    }
    return true;
  }

  // The channel of a conversation ("contact" trigger) in [b, e): a call when a phone cue says so,
  // or, for a remote trigger ("se sont parlé"), when no place nor face-to-face cue says it was held
  // in person ("se sont parlé dimanche à Maputo"); else a meeting. `weak` is set when the
  // sentence does not say the channel.
  std::string channel(const Trigger& trig, uint32_t b, uint32_t e, bool& weak) const {
    if (cue_in(CueKind::phone, b, e)) {
      weak = false;
      return "phone_call";
    }
    const bool in_person = face_to_face();
    bool place = false;
    for (const auto& m : mentions_)
      if (m.place && m.begin >= b && m.end <= e) place = true;
    weak = !in_person;
    return trig.remote && !in_person && !place ? "phone_call" : "meeting";
  }

  // Whether the sentence says its conversation was held in person.
  bool face_to_face() const {
    const std::string_view text = ctx_.folded_text(ctx_.begin, ctx_.end);
    return text.find("en marge d") != std::string_view::npos || text.find("huis clos") != std::string_view::npos ||
           text.find("en tete-a-tete") != std::string_view::npos;
  }

  // Whether the infinitive at `pos` follows "au tour de B de" ("c'était au tour de B d'être
  // reçu", "ce fut au tour de B de s'entretenir avec C"): a group, then only "de"/"d'".
  // Where "premier(s)"/"première(s)" begins when the infinitive at `pos` follows it and "à",
  // a few words (a noun, an adjective, an object pronoun) between: "l'un des premiers
  // dirigeants étrangers à appeler B", "le premier à lui téléphoner"; else 0. The article or
  // "parmi" before it is passed back over, for the subject to stand right before.
  uint32_t first_to(uint32_t pos) const {
    uint32_t at = 0;
    bool a = false;
    std::size_t seen = 0;
    const std::string_view before = text_before(pos, 96);
    for_each_word_backward(before, [&](std::string_view w) {
      if (is_break(w) || is_word(w, ",") || ++seen > 7) return false;
      if (!a) {
        a = is_word(w, "a") || is_word(w, "au");
        return a || ctx_.lex.is_cue_word(CueKind::object_pronoun, w) || is_word(w, "lui") || is_word(w, "leur");
      }
      if (is_word(w, "premier") || is_word(w, "premiers") || is_word(w, "premiere") || is_word(w, "premieres")) {
        at = static_cast<uint32_t>(pos - before.size() + static_cast<std::size_t>(w.data() - before.data()));
        return false;
      }
      return true;
    });
    if (!at) return 0;
    // "l'un des premiers", "parmi les premiers", "le premier": back to where the phrase opens.
    std::size_t k = 0;
    uint32_t open = at;
    const std::string_view lead = text_before(at, 24);
    for_each_word_backward(lead, [&](std::string_view w) {
      if (++k > 3 || !(is_word(w, "l") || is_word(w, "un") || is_word(w, "une") || is_word(w, "des") ||
                       is_word(w, "parmi") || is_word(w, "les") || is_word(w, "le") || is_word(w, "la")))
        return false;
      open = static_cast<uint32_t>(at - lead.size() + static_cast<std::size_t>(w.data() - lead.data()));
      return true;
    });
    // The copula before it: "avait été", "a été", "était", "fut".
    const uint32_t copula_end = open;
    const std::string_view verb = text_before(copula_end, 24);
    std::size_t n = 0;
    for_each_word_backward(verb, [&](std::string_view w) {
      if (++n > 2 || !(is_word(w, "ete") || is_word(w, "etait") || is_word(w, "fut") || is_word(w, "est") ||
                       ctx_.lex.is_cue_word(CueKind::filler, w)))
        return false;
      open = static_cast<uint32_t>(copula_end - verb.size() + static_cast<std::size_t>(w.data() - verb.data()));
      return true;
    });
    return open;
  }

  bool turn_of_subject(uint32_t pos) const {
    const Group* g = subject_before(pos, 2);
    if (!g || !word_before(pos, 6, {"de", "d"}, 1)) return false;
    // "au tour du Slovaque B": a demonym or a short title may stand before the name.
    std::string_view prev;
    bool turn = false;
    std::size_t seen = 0;
    for_each_word_backward(text_before(g->begin, 48), [&](std::string_view w) {
      if (is_break(w) || is_word(w, ",") || ++seen > 6) return false;
      turn = is_word(w, "au") && is_word(prev, "tour");
      prev = w;
      return !turn;
    });
    return turn;
  }

  // "par" or "de"/"du"/"des"/"d'": what may introduce a passive's agent ("reçu par", "un appel de").
  bool agent_word(std::string_view w) const {
    return ctx_.lex.is_cue_word(CueKind::agent_preposition, w) || ctx_.lex.is_cue_word(CueKind::genitive, w);
  }

  // Whether a passive trigger, as matched (folded), ends on the word that introduces its agent
  // ("reçu par", "un appel de"), not on a place's "à" ("reçu à Amman par B").
  bool ends_with_agent_word(std::string_view matched) const {
    const auto last = last_words<1>(matched);
    if (last.empty()) return false;
    const std::string_view w = last.back();
    return agent_word(w);
  }

  // The agent of a passive participle ending at `pos`, after the complements the participle
  // carries first ("reçu jeudi soir au palais présidentiel par B", "accueilli sur le tarmac
  // par B"): the group right after the first "par" of the clause, when no clause word, other
  // trigger or actor stands before it. Null when there is none.
  const Group* agent_beyond_complements(uint32_t pos) const {
    const std::string_view rest = ctx_.folded_text(pos, std::min(ctx_.end, pos + 140));
    const char* base = rest.data();
    std::size_t n = 0;
    uint32_t par_end = 0;
    bool stop = false;
    for_each_word(rest, [&](std::string_view w) {
      const auto wb = static_cast<uint32_t>(pos + (w.data() - base));
      const auto we = static_cast<uint32_t>(wb + w.size());
      if (ctx_.lex.is_cue_word(CueKind::agent_preposition, w)) {
        par_end = we;
        return false;
      }
      if (is_break(w) || ctx_.lex.is_cue_word(CueKind::agent_stop, w) || ++n > 14) return !(stop = true);
      for (const auto* t : triggers_)
        if (t->begin <= wb && wb < t->end) return !(stop = true);
      // A country there is where ("au complexe présidentiel d'Ankara"); a person or an
      // organization would be another argument.
      for (const auto& m : mentions_)
        if (!m.place && m.begin <= wb && wb < m.end &&
            !(actors_ && (*actors_)[m.actor].actor.kind == ActorKind::country))
          return !(stop = true);
      return true;
    });
    if (stop || !par_end) return nullptr;
    std::vector<std::string_view> intro;
    return group_after(par_end, intro, 3);
  }

  // The agent group right after `agent` introduced again by "par" ("par A, puis par B", "par A
  // et par B"), or null.
  const Group* next_agent(const Group* agent) const {
    for (const auto& g : groups_) {
      if (g.begin < agent->end) continue;
      bool par = false, other = false;
      for_each_word(ctx_.folded_text(agent->end, g.begin), [&](std::string_view w) {
        if (ctx_.lex.is_cue_word(CueKind::agent_preposition, w)) par = true;
        else if (!is_word(w, ",") && !is_word(w, "puis") && !is_word(w, "et") && !is_word(w, "ensuite") &&
                 !is_word(w, "enfin") && !is_word(w, "ainsi") && !is_word(w, "que") && !is_word(w, "le") &&
                 !is_word(w, "la") && !is_word(w, "les") && !is_word(w, "l"))
          other = true;
        return !other;
      });
      return par && !other ? &g : nullptr;
    }
    return nullptr;
  }

  // The group right after ", avec" (articles allowed) that follows an object ending at `pos`,
  // or null: "A a retrouvé B, avec C et D" (not "avec qui", which opens a clause).
  const Group* companions_after(uint32_t pos) const {
    for (const auto& g : groups_) {
      if (g.begin <= pos) continue;
      const auto w = first_words<4>(ctx_.folded_text(pos, g.begin));
      if (w.count < 2 || w.word[0] != "," || w.word[1] != "avec") return nullptr;
      for (std::size_t k = 2; k < w.count; ++k)
        if (w.word[k] != "le" && w.word[k] != "la" && w.word[k] != "les" && w.word[k] != "l") return nullptr;
      return &g;
    }
    return nullptr;
  }

  // Whether `pos` stands inside quotation marks opened earlier in the sentence.
  bool quoted(uint32_t pos) const {
    const std::string_view before = ctx_.folded_text(ctx_.begin, pos);
    return std::count(before.begin(), before.end(), '"') % 2 == 1;
  }

  // Whether the trigger is a compound past that reports the contact as done: a participle
  // after its auxiliary, or a phrase that opens on one ("a reçu", "s'est entretenu", "ont eu
  // un entretien"); not a present ("rencontre" is a noun too) nor a future.
  static bool past_tense(const Trigger& trig, bool planned) {
    if (planned) return false;
    if (trig.status == TriggerStatus::participle || trig.status == TriggerStatus::reflexive) return true;
    if (trig.status != TriggerStatus::occurred) return false;
    const auto w = first_words<2>(trig.phrase);
    const auto aux = [](std::string_view x) {
      return x == "a" || x == "ont" || x == "avait" || x == "avaient" || x == "est" || x == "sont" || x == "etait" ||
             x == "etaient";
    };
    return (w.count >= 1 && aux(w.word[0])) ||
           (w.count >= 2 && (w.word[0] == "s" || w.word[0] == "se") && aux(w.word[1]));
  }

  // "Il les avait reçus ensemble", "A les a rencontrés séparément": "les" before the verb
  // stands for the parties of the interaction just reported (or the pair just named).
  std::vector<Interaction> pronoun_object(const PhraseHit& h, const std::vector<int>& subject, bool subject_hosts,
                                          bool planned) const {
    if (!actors_ || subject.size() != 1) return {};
    // "Vladimir Poutine l'a reçu au Kremlin", "il lui a téléphoné": a singular object pronoun
    // stands for the last person the sentences before named, other than the subject. One its
    // own sentence named before it ("a appelé B pour lui rendre compte") is in the reading
    // of that sentence's verb already.
    if (word_before(h.begin, 12, {"l", "le", "la", "lui"}, 1)) {
      const auto other_person = [&](int p) { return p != subject[0] && (*actors_)[p].actor.kind == ActorKind::person; };
      for (const auto& m : mentions_)
        if (m.end <= h.begin && !m.place && other_person(m.actor)) return {};
      const int other = actors_->last_before_if(ctx_.begin, other_person);
      if (other < 0) return {};
      const int host = subject_hosts ? subject[0] : -1;
      // A conversation takes its channel from its clause, as the structural readings do.
      std::string type = ctx_.lex.triggers()[h.index()].type;
      const bool contact = is(type, "contact");
      if (contact)
        type = cue_in(CueKind::phone, h.begin > 60 ? h.begin - 60 : 0, h.end + 40) ? "phone_call" : "meeting";
      Interaction i = make(h, type, contact && is(type, "meeting"), {subject[0], other}, host, -1,
                           host >= 0 ? InitiatorRole::host : InitiatorRole::none, planned, h.end);
      i.past = past_tense(ctx_.lex.triggers()[h.index()], planned);
      return one(std::move(i));
    }
    if (!word_before(h.begin, 12, {"les"}, 1)) return {};
    std::vector<int> objects;
    for (int a : actors_->current_parties)
      if (a != subject[0]) objects.push_back(a);
    if (objects.size() < 2) return {};
    const int host = subject_hosts ? subject[0] : -1;
    const bool separately = cue_in(CueKind::separate, h.end, std::min(ctx_.end, h.end + 24));
    std::vector<std::vector<int>> sets;
    if (separately)
      for (int a : objects) sets.push_back({a});
    else
      sets.push_back(objects);
    std::vector<Interaction> out;
    for (const auto& set : sets) {
      std::vector<int> parts = subject;
      for (int a : set) add_unique(parts, a);
      out.push_back(make(h, ctx_.lex.triggers()[h.index()].type, false, std::move(parts), host, -1,
                         host >= 0 ? InitiatorRole::host : InitiatorRole::none, planned, h.end));
      out.back().separate = separately;
      out.back().past = past_tense(ctx_.lex.triggers()[h.index()], planned);
    }
    return out;
  }

  // "A et B ont également participé à la rencontre", "A doit y assister": the subject's actors,
  // or for "la délégation était conduite par A et B" the agents, join the interaction the
  // sentences before report; the extractor finds it.
  std::vector<Interaction> join(const PhraseHit& h, const Trigger& trig, const std::vector<int>& subject,
                                bool planned) const {
    if (trig.inverted) return inverted_join(h, trig, planned);
    std::vector<int> joining = subject;
    // "Les ambassadeurs de A et de B assistaient à la réunion": A and B did not attend themselves.
    if (const Group* subj = subject_before(h.begin)) {
      joining.clear();
      for (std::size_t k : subj->members)
        if (!complement_of(mentions_[k].begin, ctx_.begin)) add_unique(joining, mentions_[k].actor);
    }
    // "M, qui présidait la réunion": the relative's antecedent joins.
    if (joining.empty()) {
      const std::string_view before = text_before(h.begin, 16);
      const auto qui = before.rfind("qui");
      if (qui != std::string_view::npos &&
          plain_filler(h.begin - static_cast<uint32_t>(before.size() - qui - 3), h.begin, 3, nullptr)) {
        const uint32_t at = h.begin - static_cast<uint32_t>(before.size() - qui);
        for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
          if (!it->place && it->end <= at) {
            if (ctx_.folded_text(it->end, at).find_first_not_of(" ,") == std::string_view::npos)
              joining.push_back(it->actor);
            break;
          }
      }
    }
    uint32_t end = h.end;
    // "... présidait la réunion avec N": N takes part too.
    if (next_word(h.end) == "avec")
      for (const auto& m : mentions_)
        if (!m.place && m.begin >= h.end) {
          if (m.begin - h.end <= 12) add_unique(joining, m.actor), end = m.end;
          break;
        }
    // "A s'est joint aux discussions entre B et C": the talks' own parties take part too.
    if (next_word(h.end) == "entre") {
      std::vector<std::string_view> intro;
      if (const Group* parties = group_after(h.end, intro, 2)) {
        add_actors_of(joining, parties);
        end = parties->end;
      }
    }
    // The phrase's last word as matched: "conduite par", "en présence de".
    const auto last_word = last_words<1>(ctx_.folded_text(h.begin, h.end));
    const std::string_view last = last_word.empty() ? std::string_view() : last_word.back();
    if (agent_word(last)) {
      std::vector<std::string_view> intro;
      const Group* agents = group_after(h.end, intro, 2);
      // "accompagné de son épouse, du chef du Mossad, A, et du conseiller B": the list goes on
      // past a first companion who is no actor.
      if (!agents && !ctx_.lex.is_cue_word(CueKind::agent_preposition, last)) agents = later_de_group(h.end);
      if (!agents) return {};
      joining = actors_of(agents);
      end = agents->end;
      // "en présence de A et B, de la haute représentante C et du commissaire D": each "de"
      // opens one more group of those present.
      if (!ctx_.lex.is_cue_word(CueKind::agent_preposition, last))
        for (const Group* more = next_de_group(*agents); more; more = next_de_group(*more)) {
          add_actors_of(joining, more);
          end = more->end;
        }
    }
    if (joining.empty()) return {};
    add_other_side(h, joining, end);
    Interaction i = make(h, trig.type, false, std::move(joining), -1, -1, InitiatorRole::none, planned, end);
    i.joins = true;
    i.witness = trig.witness;
    return one(std::move(i));
  }

  // "les deux facilitateurs, A et B": the group after a short label that names no one (at most
  // four words, no clause break) and the comma that closes it.
  const Group* group_after_label(uint32_t pos) const {
    const std::string_view text = ctx_.folded_text(pos, std::min(ctx_.end, pos + 64));
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) return nullptr;
    const uint32_t label_end = pos + static_cast<uint32_t>(comma);
    std::size_t words = 0;
    bool clean = true;
    for_each_word(text.substr(0, comma), [&](std::string_view w) {
      clean = ++words <= 4 && !is_break(w);
      return clean;
    });
    if (!clean || words < 2) return nullptr;
    for (const auto& m : mentions_)
      if (m.begin < label_end && m.end > pos) return nullptr;
    for (const auto& t : ctx_.hits)
      if (t.kind == PhraseKind::trigger && t.begin < label_end && t.end > pos) return nullptr;
    std::vector<std::string_view> intro;
    return group_after(label_end + 1, intro, 2);
  }

  // "Côté russe, A siégeait aux côtés du chef de l'État ; côté érythréen, B": a clause after
  // ';' that opens on "côté" and tells nothing of its own (no trigger) names the other side's
  // people, who join the same way.
  void add_other_side(const PhraseHit& h, std::vector<int>& joining, uint32_t& end) const {
    const uint32_t ce = clause_of(h).second;
    if (ce >= ctx_.end || ctx_.folded_text(ce, ce + 1) != ";") return;
    const auto w = first_words<2>(ctx_.folded_text(ce + 1, ctx_.end));
    if (w.count < 2 || !(w.word[0] == "cote" || (w.word[0] == "du" && w.word[1] == "cote"))) return;
    for (const auto& t : ctx_.hits)
      if (t.kind == PhraseKind::trigger && t.begin > ce) return;
    for (const auto& m : mentions_)
      if (m.begin > ce && !m.place && !m.pronoun && actors_ && (*actors_)[m.actor].actor.kind == ActorKind::person) {
        add_unique(joining, m.actor);
        end = std::max(end, m.end);
      }
  }

  // "Participaient également à la réunion A et B", "À ses côtés siégeaient A et B": a join verb
  // opening the sentence, or a relative clause ("la réunion, à laquelle participaient aussi A
  // et B"), has its subject after it, the list that follows; a subject before it ("A était
  // présent à Genève") makes it no join.
  std::vector<Interaction> inverted_join(const PhraseHit& h, const Trigger& trig, bool planned) const {
    if (!plain_filler(ctx_.begin, h.begin, 3, nullptr) && !word_before(h.begin, 16, CueKind::relative_pronoun, 1))
      return {};
    std::vector<std::string_view> intro;
    const Group* joining = group_after(h.end, intro, 4);
    if (!joining) joining = group_after_label(h.end);
    if (!joining) return {};
    std::vector<int> parts = actors_of(joining);
    uint32_t end = joining->end;
    // "Y ont pris place A et B, face aux deux protagonistes, C et D": those they faced sat there too.
    if (const auto face = word_in(end, std::min(ctx_.end, end + 8), "face", false)) {
      const Group* facing = group_after(*face + 4, intro, 5);
      if (!facing) facing = group_after_label(*face + 4);
      if (facing) {
        add_actors_of(parts, facing);
        end = facing->end;
      }
    }
    Interaction i = make(h, trig.type, false, std::move(parts), -1, -1, InitiatorRole::none, planned, end);
    i.joins = true;
    return one(std::move(i));
  }

  // The first group after `pos` that a "de" after a comma or "et" introduces ("de son épouse,
  // du chef du Mossad, A"), within a short stretch of words with no clause break or trigger.
  const Group* later_de_group(uint32_t pos) const {
    for (const auto& g : groups_) {
      if (g.begin < pos) continue;
      if (g.begin - pos > 100) return nullptr;
      bool linked = false, de = false, ok = true;
      std::size_t n = 0, after_de = 0;
      for_each_word(ctx_.folded_text(pos, g.begin), [&](std::string_view w) {
        if (is_break(w) || ++n > 14) return ok = false;
        // A comma lists ("de son épouse, du chef du Mossad, A"); "et de" may complement the
        // noun before it ("d'observateurs américains et de la Banque mondiale").
        if (is_word(w, ",") || (is_word(w, "et") && linked)) {
          linked = true, de = false, after_de = 0;
          return true;
        }
        if (linked && !de && ctx_.lex.is_cue_word(CueKind::genitive, w)) return de = true;
        if (de) ++after_de;
        return true;
      });
      if (!ok || !de || after_de > 6) return nullptr;
      for (const auto& t : ctx_.hits)
        if (t.kind == PhraseKind::trigger && t.begin >= pos && t.end <= g.begin) return nullptr;
      return &g;
    }
    return nullptr;
  }

  // The group after `g` that a "de" introduces again, after a comma or "et" and a few words
  // of title ("A, de la haute représentante B", "A et du commissaire à l'élargissement B"), or null.
  const Group* next_de_group(const Group& g) const {
    for (const auto& next : groups_) {
      if (next.begin < g.end) continue;
      std::size_t n = 0;
      bool linked = false, de = false, ok = true;
      for_each_word(ctx_.folded_text(g.end, next.begin), [&](std::string_view w) {
        if (!de && (is_word(w, ",") || is_word(w, "et"))) return linked = true;
        if (!de && linked && ctx_.lex.is_cue_word(CueKind::genitive, w)) return de = true;
        ok = de && ++n <= 6 && !is_word(w, ",") && !is_word(w, ".") && !is_word(w, ";") && !is_word(w, ":") &&
             !is_word(w, "qui") && !is_word(w, "que") && !is_word(w, "\"");
        return ok;
      });
      if (!ok || !de) return nullptr;
      for (const auto& h : ctx_.hits)
        if (h.kind == PhraseKind::trigger && h.begin >= g.end && h.end <= next.begin) return nullptr;
      return &next;
    }
    return nullptr;
  }

  // Whether only "pour"/"afin de" stands between the end of the last reading and `pos`.
  bool purpose_of_reading(uint32_t pos) const {
    if (consumed_until_ == 0 || consumed_until_ > pos || pos - consumed_until_ > 16) return false;
    bool purpose = false, other = false;
    for_each_word(ctx_.folded_text(consumed_until_, pos), [&](std::string_view w) {
      if (is_word(w, "pour") || is_word(w, "afin"))
        purpose = true;
      else if (!is_word(w, "de") && !is_word(w, "d") && !is_word(w, ","))
        other = true;
      return !other;
    });
    return purpose && !other;
  }

  // "Autour de M se sont assis A, B et C", "A et B ont pris place autour de M": who sat around
  // someone met him and each other. The seating verb alone ("ils se sont assis") is no meeting.
  std::vector<Interaction> around(const PhraseHit& h, const Trigger& trig, const std::vector<int>& subject,
                                  bool planned) const {
    const auto [cb, ce] = clause_of(h);
    std::vector<int> parts;
    uint32_t end = h.end;
    bool table = false;  // around no one: those seated at the table
    // The fronted complement may hold a quoted title ("coorganisateur de la « conférence de
    // Bagdad »"): it reaches back to the sentence's last ';' or ':', not the quote.
    const std::string_view before = ctx_.folded_text(ctx_.begin, h.begin);
    const auto stop = before.find_last_of(";:");
    const uint32_t from = stop == std::string_view::npos ? ctx_.begin : ctx_.begin + static_cast<uint32_t>(stop + 1);
    if (word_in(h.begin, h.end, "table", false)) {
      // "Autour de la table, A, B et C ont débattu": the table opens the sentence, those seated
      // are the subject after the comma, whatever its verb.
      std::vector<std::string_view> intro;
      const Group* seated = plain_filler(ctx_.begin, h.begin, 3, nullptr) ? group_after(h.end, intro, 2) : nullptr;
      if (!seated || seated->members.size() < 2) return {};
      parts = actors_of(seated);
      end = seated->end;
      table = true;
    } else if (const auto at = word_in(from, h.begin, "autour", true)) {
      // Fronted: whom they sat around, appositions and all, up to the verb; the subject stands
      // after the verb, up to a relative clause about it ("..., qui ont signé").
      for (std::size_t k = 0; k < mentions_.size(); ++k)
        if (!mentions_[k].place && !descriptor_[k] && mentions_[k].begin >= *at && mentions_[k].end <= h.begin)
          add_unique(parts, mentions_[k].actor);
      const std::size_t around_count = parts.size();
      const uint32_t subject_end = word_in(h.end, ce, "qui", false).value_or(ce);
      for (std::size_t k = 0; k < mentions_.size(); ++k) {
        const Mention& m = mentions_[k];
        if (m.place || descriptor_[k] || m.begin < h.end || m.end > subject_end || complement_of(m.begin, h.end))
          continue;
        add_unique(parts, m.actor);
        end = std::max(end, m.end);
      }
      // "Autour de la table figuraient A, B et C": around no one, those seated met each other.
      table = around_count == 0 && word_in(*at, h.begin, "table", false).has_value();
      if ((around_count == 0 && !table) || parts.size() == around_count || parts.size() < 2) return {};
    } else {
      // "autour de M", "autour du président M", a few words after the verb.
      const Group* host = nullptr;
      for (const auto& g : groups_)
        if (g.begin >= h.end) {
          host = &g;
          break;
        }
      if (!host || host->begin > ce || host->begin - h.end > 60 || !word_in(h.end, host->begin, "autour", false) ||
          subject.empty())
        return {};
      parts = subject;
      add_actors_of(parts, host);
      end = host->end;
    }
    if (parts.size() < 2) return {};
    Interaction i = make(h, trig.type, false, std::move(parts), -1, -1, InitiatorRole::none, planned, end);
    // "La rencontre s'est ouverte en présence de A. Autour de la table figuraient B, C et D":
    // the table is the one of the meeting just told, whose people B, C and D join.
    i.seated = i.joins = table;
    return one(std::move(i));
  }

  // Whether an event noun of the lexicon, after a definite article or a possessive, stands in
  // [b, e) ("La rencontre s'est tenue ...", "Leurs discussions se sont déroulées ...").
  bool definite_event_noun_in(uint32_t b, uint32_t e) const {
    for (const auto& t : ctx_.hits)
      if (t.kind == PhraseKind::trigger && t.begin >= b && t.end <= e && is_noun(t) &&
          word_before(t.begin, 12, CueKind::definite_determiner, 1))
        return true;
    return false;
  }

  // Whether actor `a` is the only one the sentence names, places aside.
  bool names_only(int a) const {
    return std::all_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) { return m.place || m.actor == a; });
  }

  bool any_person(const std::vector<int>& parts) const {
    return actors_ && std::any_of(parts.begin(), parts.end(),
                                  [&](int a) { return (*actors_)[a].actor.kind == ActorKind::person; });
  }

  // The group right after the first "avec" that follows trigger `h` in its clause, within a
  // few words and with no other trigger between ("a signé plusieurs accords d'aide avec B").
  const Group* cosignatory_after(const PhraseHit& h) const {
    const uint32_t ce = clause_of(h).second;
    const std::optional<uint32_t> avec = word_in(h.end, std::min(ce, h.end + 96), "avec", false);
    if (!avec) return nullptr;
    for (const auto& t : ctx_.hits)
      if (t.kind == PhraseKind::trigger && t.begin >= h.end && t.begin < *avec) return nullptr;
    std::vector<std::string_view> intro;
    return group_after(*avec + 4, intro, 2);
  }

  // Where word `w` stands in [b, e) of the folded text: its last occurrence, or its first.
  std::optional<uint32_t> word_in(uint32_t b, uint32_t e, std::string_view w, bool last) const {
    std::optional<uint32_t> at;
    const std::string_view text = ctx_.folded_text(b, e);
    const auto find = [&](std::string_view x) {
      if (x == w) at = b + static_cast<uint32_t>(x.data() - text.data());
      return !at;
    };
    if (last)
      for_each_word_backward(text, find);
    else
      for_each_word(text, find);
    return at;
  }

  // The clause around a trigger: from the last ';', ':' or quote before it to the next after it.
  std::pair<uint32_t, uint32_t> clause_of(const PhraseHit& h) const {
    // Asked for the same trigger by each of its readings and their tests: kept by span.
    for (std::size_t k = 0; k < clause_memo_size_; ++k)
      if (clause_memo_[k].first.first == h.begin && clause_memo_[k].first.second == h.end)
        return clause_memo_[k].second;
    const auto clause = find_clause(h);
    if (clause_memo_size_ < clause_memo_.size()) clause_memo_[clause_memo_size_++] = {{h.begin, h.end}, clause};
    return clause;
  }

  std::pair<uint32_t, uint32_t> find_clause(const PhraseHit& h) const {
    const std::string_view sent = ctx_.folded_text(ctx_.begin, ctx_.end);
    uint32_t cb = ctx_.begin, ce = ctx_.end;
    // The three marks are rare: memchr finds each (the next one at or after `from`), instead
    // of three compares on every byte of the sentence for every trigger.
    const auto next_of = [&sent](char m, std::size_t from) -> std::size_t {
      const void* p = from < sent.size() ? std::memchr(sent.data() + from, m, sent.size() - from) : nullptr;
      return p ? static_cast<std::size_t>(static_cast<const char*>(p) - sent.data()) : sent.size();
    };
    std::size_t semi = next_of(';', 0), colon = next_of(':', 0), quote = next_of('"', 0);
    const auto after = [&](std::size_t k) {  // the first mark past byte k
      if (semi <= k) semi = next_of(';', k + 1);
      if (colon <= k) colon = next_of(':', k + 1);
      if (quote <= k) quote = next_of('"', k + 1);
      return std::min({semi, colon, quote});
    };
    for (std::size_t k = std::min({semi, colon, quote}); k < sent.size(); k = after(k)) {
      const char c = sent[k];
      // « 2+2 », « coalition des volontaires »: a short quoted name, not reported speech.
      if (c == '"') {
        const std::size_t close = sent.find('"', k + 1);
        if (close != std::string_view::npos && close - k < 40) {
          k = close;
          continue;
        }
      }
      const uint32_t at = ctx_.begin + static_cast<uint32_t>(k);
      if (at < h.begin) cb = at + 1;
      else if (at >= h.end && at < ce) ce = at;
    }
    return {cb, ce};
  }

  // Whether `pos` opens a prepositional phrase that trails the clause after its trigger and all
  // its actors, a comma and at most two words before it ("A et B se sont entendus, sans
  // toutefois signer"): what it negates is another action, not the contact ("Une réunion entre
  // A et B, prévue mardi, n'a pas eu lieu" negates the verb of the clause).
  bool trailing_phrase(uint32_t pos, uint32_t trigger_end, uint32_t ce) const {
    if (pos < trigger_end || !ctx_.lex.is_cue_word(CueKind::preposition, next_word(pos))) return false;
    for (const auto& m : mentions_)
      if (!m.place && m.begin >= pos && m.begin < ce) return false;
    std::size_t words = 0;
    bool comma = false;
    for_each_word_backward(ctx_.folded_text(trigger_end, pos), [&](std::string_view w) {
      if (is_word(w, ",")) return !(comma = true);
      return ++words <= 2;
    });
    return comma;
  }

  // A hypothetical cue in [b, e) that qualifies the clause, not another event noun: "lors de leur
  // entretien, ils ont évoqué une éventuelle visite" leaves the talks standing.
  bool doubt_in(const PhraseHit& h, uint32_t b, uint32_t e) const {
    for (const auto* c : cues_) {
      if (!has_cue(*c, CueKind::hypothetical) || c->end <= b || c->begin >= e) continue;
      bool other_event = false;
      for (const auto& t : ctx_.hits)
        other_event = other_event || (t.kind == PhraseKind::trigger && &t != &h && t.end > c->begin &&
                                      t.begin < c->end && !(t.begin < h.end && h.begin < t.end));
      if (!other_event) return true;
    }
    return false;
  }

  // "ne se sont plus retrouvés depuis leur rencontre d'Istanbul": an event noun after "depuis"
  // names an event that took place, before what the clause denies.
  bool since_event(const PhraseHit& h) const { return is_noun(h) && word_before(h.begin, 24, {"depuis"}, 3); }

  // Whether the clause says the contact did not or may not happen, or the trigger is "appeler à"
  // ("called on"). Stricter than cancelled(): a co-occurrence reading has no structure to lean on.
  bool doubtful_clause(const PhraseHit& h, const Trigger& trig, uint32_t cb, uint32_t ce) const {
    if (doubt_in(h, cb, ce) || cue_in(CueKind::non_event, h.end, ce)) return true;
    const bool since = since_event(h);
    for (const auto* c : cues_)
      if (!since && has_cue(*c, CueKind::negation) && c->end > cb && c->begin < ce && !in_outcome(c->begin, c->end) &&
          !trailing_phrase(c->begin, h.end, ce))
        return true;
    bool negated = false;
    const std::string_view clause = ctx_.folded_text(cb, ce);
    for_each_word(clause, [&](std::string_view w) {
      const auto at = static_cast<uint32_t>(cb + (w.data() - clause.data()));
      negated = !since && ctx_.lex.is_cue_word(CueKind::clause_negation, w) && !in_outcome(at, at + 1) &&
                !trailing_phrase(at, h.end, ce);
      return !negated;
    });
    bool called_on = false;
    if (trig.pattern == TriggerPattern::transitive && is(trig.type, "phone_call")) {
      // "a appelé les responsables religieux à refuser": "à" before any name after the verb.
      uint32_t next_name = ce;
      for (const auto& m : mentions_)
        if (!m.place && m.begin >= h.end && m.begin < next_name) next_name = m.begin;
      const std::string_view after = ctx_.folded_text(h.end, next_name);
      std::size_t n = 0;
      bool prep = false;
      for_each_word(after, [&](std::string_view w) {
        // "à Moscou", "à 10 heures": where or when, not what for.
        const auto at = static_cast<uint32_t>(h.end + (w.data() - after.data()));
        if (prep && !starts_capital(at) && !all_digits(w) && !inside_mention(at, at + 1, true)) called_on = true;
        prep = is_word(w, "a") || is_word(w, "au") || is_word(w, "aux");
        return ++n < 8;
      });
      for (const auto& m : mentions_)
        if (m.begin >= h.end && m.end <= ce && calls_on(m.end)) called_on = true;
    }
    return negated || called_on;
  }

  // The actors a clause names as possible parties: not places, not "selon"/"contre"
  // complements, not the speaker of a reporting verb. `governed` receives those named as a
  // complement ("la réunion de Prague"), which only a person survives.
  struct ClauseActors {
    std::vector<int> parts, governed;
    uint32_t end = 0;
  };
  // `verb`, when given, is where the clause's verb begins: a relative incise closed before it
  // ("A, qui a visité l'Ethiopie et Madagascar, a rencontré ...") tells about the subject, and
  // its names are no guess for the verb's parties.
  ClauseActors clause_actors(uint32_t cb, uint32_t ce, uint32_t verb = 0) const {
    ClauseActors c;
    c.end = cb;
    uint32_t incise_from = 0, incise_to = 0;
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      const Mention& m = mentions_[k];
      if (m.place || descriptor_[k] || m.begin < cb || m.end > ce) continue;
      if (m.begin > incise_from && m.end <= incise_to) continue;
      if (verb && m.end < verb)
        if (const uint32_t close = relative_incise_end(m.end); close && close < verb)
          incise_from = m.end, incise_to = close;
      if (word_before(m.begin, 16, {"contre", "selon", "sans", "malgre", "envers"}, 1)) continue;
      if (reporting_after(m.end) || inverted_speaker(m.begin, m.end)) continue;
      if (complement_of(m.begin, cb)) c.governed.push_back(m.actor);
      add_unique(c.parts, m.actor);
      c.end = std::max(c.end, m.end);
    }
    return c;
  }

  // Whether every actor of a clause is named after "avec" ("un entretien avec A et B", "avec
  // A, puis avec B"): the partners of someone the sentence does not name, not of each other.
  bool only_partners(const std::vector<int>& parts, uint32_t cb, uint32_t ce) const {
    for (int a : parts) {
      bool partner = false;
      for (const auto& g : groups_)
        if (g.begin >= cb && g.end <= ce && introduced_by(g, "avec"))
          for (int p : actors_of(&g)) partner = partner || p == a;
      if (!partner) return false;
    }
    return true;
  }

  // Whether every actor of a clause is named in one group a leading cue introduces
  // ("des négociations, sous la conduite de A et de B, avec ..."): one side's delegation.
  bool one_delegation(const std::vector<int>& parts, uint32_t cb, uint32_t ce) const {
    for (const auto* c : cues_) {
      if (!has_cue(*c, CueKind::leading) || c->begin < cb || c->end > ce) continue;
      // The names after the cue up to a comma or "avec": "de A et du ministre B, avec C".
      std::vector<int> side;
      uint32_t from = c->end;
      for (const auto& m : mentions_) {
        if (m.place || m.begin < from) continue;
        const std::string_view gap = ctx_.folded_text(from, m.begin);
        if (gap.find(',') != std::string_view::npos || gap_has_word(from, m.begin, "avec") || m.begin - from > 48)
          break;
        add_unique(side, m.actor);
        from = m.end;
      }
      bool all = !side.empty();
      for (int a : parts) all = all && std::find(side.begin(), side.end(), a) != side.end();
      if (all) return true;
    }
    return false;
  }

  // "La rencontre a porté sur le partenariat entre la Tunisie et l'UE": where a word saying
  // what the event was about begins after `from`, before `ce` (else `ce`): what follows it
  // are topics, not parties.
  uint32_t topic_after(uint32_t from, uint32_t ce) const {
    const std::string_view rest = ctx_.folded_text(from, ce);
    uint32_t at = ce;
    for_each_word(rest, [&](std::string_view w) {
      if (!ctx_.lex.is_cue_word(CueKind::topic_frame, w)) return true;
      at = from + static_cast<uint32_t>(w.data() - rest.data());
      return false;
    });
    return at;
  }

  // "Sánchez, Meloni, Scholz : un dîner à Bruxelles", "Macron-Scholz : un entretien tendu": a
  // list of two actors or more that is all the sentence says before the colon opening the
  // clause at `cb` names the parties of what follows; nullptr when there is none.
  const Group* list_before_colon(uint32_t cb) const {
    if (cb <= ctx_.begin || ctx_.folded_text(cb - 1, cb) != ":") return nullptr;
    const auto blank = [this](uint32_t b, uint32_t e) {
      return b > e || ctx_.folded_text(b, e).find_first_not_of(' ') == std::string_view::npos;
    };
    for (const auto& g : groups_)
      if (g.members.size() >= 2 && blank(ctx_.begin, g.begin) && blank(g.end, cb - 1)) return &g;
    return nullptr;
  }

  std::vector<Interaction> cooccurrence(const PhraseHit& h, const Trigger& trig) const {
    // Joining needs the sentence's structure: who joined is no co-occurrence guess; nor is a
    // seating verb, a meeting only around someone.
    if (cancelled(h) || trig.status == TriggerStatus::infinitive || trig.pattern == TriggerPattern::join ||
        trig.pattern == TriggerPattern::around)
      return {};
    if (trig.pattern == TriggerPattern::noun && noun_is_topic(h)) return {};
    // A pronominal conversation verb needs its pronoun: "parlé", "entretenu" are a contact only
    // in "se sont parlé", "s'est entretenu" ("ils ont entretenu de bonnes relations").
    if (trig.status == TriggerStatus::reflexive && is(trig.type, "contact") && !reflexive_before(h.begin)) return {};
    if (trig.status == TriggerStatus::fronted && !plain_filler(ctx_.begin, h.begin, 4, nullptr)) return {};
    if (trig.status == TriggerStatus::supported && !support_verb_carries(h.begin)) return {};
    if (takes_thing_object(h, trig) || told_before(h, trig)) return {};
    if (trig.gathering && gathering_noun(h) == UINT32_MAX) return {};
    const auto [cb, clause_end] = clause_of(h);
    if (doubtful_clause(h, trig, cb, clause_end)) return {};
    const uint32_t ce = topic_after(h.end, clause_end);
    // A signed text's signatories are its agents, which the structural reading takes ("a été
    // signé par A et B"); the names elsewhere in its clause are no guess for them ("l'accord,
    // signé en 2015 à Vienne, lie l'Iran aux Etats-Unis"). Only when its "par" ends the clause
    // on a colon does a list announce them ("a été paraphé par les membres du groupe de
    // contact : A, B et C"). Reading the whole clause after the verb gained 25 dev pairs but
    // put 15 false ones on the held-out set (its summary line; see the commit).
    ClauseActors c;
    if (!trig.signatories)
      c = clause_actors(cb, ce, h.begin);
    else if (clause_end < ctx_.end && ctx_.folded_text(clause_end, clause_end + 1) == ":" &&
             word_in(h.end, clause_end, "par", false) && clause_actors(h.end, ce).parts.empty())
      c = clause_actors(clause_end + 1, ctx_.end);
    if (c.parts.size() < 2 && !trig.signatories)
      if (const Group* list = list_before_colon(cb))
        for (int a : actors_of(list)) add_unique(c.parts, a);
    if (c.parts.size() < 2 || only_partners(c.parts, cb, ce) || one_delegation(c.parts, cb, ce)) return {};
    std::string type = trig.type;
    if (is(type, "contact")) {
      bool unused = false;
      type = channel(trig, cb, ce, unused);
    }
    // "un sommet virtuel", "une réunion en visioconférence": remote, so a call.
    if (is(type, "meeting") && trig.pattern == TriggerPattern::noun && cue_in(CueKind::phone, h.end, h.end + 24))
      type = "phone_call";
    // "A a décidé de tenir une réunion avec B": a support verb in the future or the infinitive
    // plans an event noun, as in its structural reading.
    const bool planned = trig.status == TriggerStatus::planned ||
                         (trig.pattern == TriggerPattern::noun && word_before(h.begin, 40, CueKind::future_support));
    // "menés par le médiateur américain A": a mediator named by his role.
    int mediator = -1;
    for (const auto& t : ctx_.hits) {
      if (t.kind != PhraseKind::trigger || t.begin < cb || t.end > ce) continue;
      if (ctx_.lex.triggers()[t.index()].pattern != TriggerPattern::mediator_subject) continue;
      for (const auto& m : mentions_)
        if (!m.place && ((t.begin >= m.begin && t.end <= m.end) || (m.begin >= t.end && m.begin - t.end <= 24)))
          mediator = m.actor;
    }
    // "des pourparlers indirects, menés par M avec A et B": the agent of indirect talks mediates.
    if (is(type, "mediation") && mediator < 0)
      for (const auto& m : mentions_)
        if (!m.place && m.begin >= h.end && m.end <= ce && word_before(m.begin, 16, CueKind::agent_preposition, 2)) {
          mediator = m.actor;
          break;
        }
    if (mediator >= 0) type = "mediation";
    Interaction i = make(h, type, false, c.parts, -1, mediator, InitiatorRole::none, planned, std::max(c.end, h.end));
    i.inferred = true;
    i.governed = c.governed;
    i.confidence = 0.5;
    // "par l'intermédiaire des médiateurs turcs et qataris": every state the mediator's role
    // names mediates, not only the last.
    if (mediator >= 0)
      for (const auto& m : mentions_)
        if (m.actor != mediator && m.begin == mediator_mention_begin(cb, ce, mediator)) add_unique(i.co_mediators, m.actor);
    return one(std::move(i));
  }

  // "le format B9, lancé en 2015 à l'initiative de A et de B": a participle of another event
  // (participle cue) right before `pos`, a date or fillers between, with no auxiliary making it
  // a verb ("ont été lancés"): what follows tells how that thing began, not who met.
  bool after_noun_participle(uint32_t pos) const {
    std::size_t seen = 0;
    bool participle = false, auxiliary = false;
    for_each_word_backward(text_before(pos, 48), [&](std::string_view w) {
      if (participle) return !(auxiliary = ctx_.lex.is_cue_word(CueKind::auxiliary, w) ||
                                           ctx_.lex.is_cue_word(CueKind::pluperfect, w) || is_word(w, "ete"));
      if (is_break(w) || is_word(w, ",") || ++seen > 4) return false;
      participle = ctx_.lex.is_cue_word(CueKind::participle, w);
      return true;
    });
    return participle && !auxiliary;
  }

  // Whether a passive's agent ("par") follows within a few words of `pos` in the clause ending
  // at `ce`: "l'accord signé sous l'égide de M par A et B" names who signed, an interaction.
  bool agents_after(uint32_t pos, uint32_t ce) const {
    bool agents = false;
    std::size_t words = 0;
    for_each_word(ctx_.folded_text(pos, std::max(pos, ce)), [&](std::string_view w) {
      agents = ctx_.lex.is_cue_word(CueKind::agent_preposition, w);
      return !agents && ++words < 10;
    });
    return agents;
  }

  // Where the mention of `mediator` that holds a mediator trigger begins, or UINT32_MAX.
  uint32_t mediator_mention_begin(uint32_t cb, uint32_t ce, int mediator) const {
    for (const auto& t : ctx_.hits) {
      if (t.kind != PhraseKind::trigger || t.begin < cb || t.end > ce) continue;
      if (ctx_.lex.triggers()[t.index()].pattern != TriggerPattern::mediator_subject) continue;
      for (const auto& m : mentions_)
        if (!m.place && m.actor == mediator && t.begin >= m.begin && t.end <= m.end) return m.begin;
    }
    return UINT32_MAX;
  }

  // "A et B se sont mis d'accord à Ohrid, au terme de discussions sous l'égide de M": the
  // clause's other actors are the parties M brought together.
  void mediation_by_cooccurrence(const PhraseHit& h, const Trigger& trig, int m, const std::vector<int>& co,
                                 std::vector<Interaction>& found) const {
    const auto [cb, ce] = clause_of(h);
    if (doubtful_clause(h, trig, cb, ce) || (after_noun_participle(h.begin) && !agents_after(h.end, ce))) return;
    ClauseActors c = clause_actors(cb, ce);
    const std::vector<int> elsewhere = earlier_event_partners(cb, h.begin);
    std::vector<int> parts;
    // An inviter's own country is its side, not a guest ("en visite au Maroc à l'invitation du roi").
    for (int a : c.parts)
      if (!(trig.agent_initiates ? same_side(a, m) : a == m) && std::find(co.begin(), co.end(), a) == co.end() &&
          std::find(elsewhere.begin(), elsewhere.end(), a) == elsewhere.end())
        parts.push_back(a);
    // A host needs one guest ("B est attendu pour un sommet organisé à l'invitation de M");
    // two third parties named together ("sous l'égide de M et de N") make the clause a
    // mediation even when only one of its parties is an actor the data knows.
    const bool host = trig.agent_initiates && parts.size() == 1 && co.empty();
    // "A et B se sont rencontrés lundi. La rencontre s'est tenue sous l'égide de M": an event
    // noun after a definite article, in a sentence that names no one but M, points back to
    // the pair just reported, whom M brought together ("Des négociations doivent s'ouvrir sous
    // les auspices de M" are new ones).
    if (parts.empty() && co.empty() && !trig.agent_initiates && definite_event_noun_in(cb, h.begin) && names_only(m) &&
        actors_ && actors_->current_parties.size() == 2 &&
        std::find(actors_->current_parties.begin(), actors_->current_parties.end(), m) ==
            actors_->current_parties.end())
      parts = actors_->current_parties;
    if (parts.size() < (co.empty() && !host ? 2u : 1u)) return;
    parts.push_back(m);
    for (int a : co) add_unique(parts, a);
    const bool planned = trig.status == TriggerStatus::planned || cue_in(CueKind::scheduled, cb, ce) ||
                         (host && cue_in(CueKind::planned, cb, h.begin));
    Interaction i = make(h, host ? "meeting" : "mediation", false, std::move(parts), host ? m : -1, host ? -1 : m,
                         host ? InitiatorRole::host : InitiatorRole::none, planned, std::max(c.end, h.end));
    i.inferred = true;
    i.governed = c.governed;
    i.co_mediators = co;
    i.confidence = 0.5;
    if (!host) add_reported_parties(i);
    found.push_back(std::move(i));
  }

  // Whether a verb trigger's object is a thing or a group no actor stands for (thing_object cue):
  // "A a reçu le soutien de B", "A a accueilli favorablement la proposition de B", "A a
  // rencontré des difficultés avec B", "A a réuni son gouvernement", "A s'est entretenu avec la
  // presse", "lors d'une rencontre avec des étudiants". The trigger then reads as it stands and
  // tells no contact between the actors around it. The object is the first determiner's noun
  // after the verb, adverbs and dates passed over ("a reçu mardi le soutien", "a reçu le 5 mars
  // le prix").
  bool takes_thing_object(const PhraseHit& h, const Trigger& trig) const {
    // An event noun's own partner or owner: "lors d'une rencontre avec des étudiants", "une
    // réunion de son parti".
    const bool noun = is_noun(h);
    if (!noun && trig.pattern != TriggerPattern::transitive && trig.pattern != TriggerPattern::receive &&
        trig.pattern != TriggerPattern::reciprocal)
      return false;
    bool thing = false, determiner = false;
    std::string_view last;
    std::size_t n = 0;
    for_each_word(ctx_.folded_text(h.end, ctx_.end), [&](std::string_view w) {
      if (++n > 8) return false;
      if (noun && n == 1 && !is_word(w, "avec") && !ctx_.lex.is_cue_word(CueKind::genitive, w)) return false;
      const bool manner = is_word(last, "avec");
      last = w;
      if (ctx_.lex.is_cue_word(CueKind::article, w) || ctx_.lex.is_cue_word(CueKind::definite_determiner, w) ||
          ctx_.lex.is_cue_word(CueKind::indefinite_determiner, w))
        return determiner = true;
      if (determiner && ctx_.lex.is_cue_word(CueKind::thing_object, w)) {
        // "le gouvernement libyen": a group the text names after all, in the noun or the word
        // after it.
        const auto at = static_cast<uint32_t>(w.data() - ctx_.folded.text.data());
        const auto end = static_cast<uint32_t>(at + w.size());
        const auto next = first_words<1>(ctx_.folded_text(end, ctx_.end));
        const uint32_t upto =
            next.count ? static_cast<uint32_t>(next.word[0].data() - ctx_.folded.text.data() + next.word[0].size())
                       : end;
        thing = !names_someone(at, upto);
        return false;
      }
      // "ce mardi", "le 5 mars", "favorablement", "avec satisfaction": dates and manners before
      // the object.
      determiner = false;
      return ctx_.lex.is_cue_word(CueKind::filler, w) || all_digits(w) || is_word(w, "avec") || is_word(w, "ce") ||
             manner || (w.size() > 5 && w.substr(w.size() - 4) == "ment");
    });
    return thing;
  }

  // Removes the interactions no person takes part in: in a sentence about sport, countries and
  // clubs that "meet" or "receive" each other are teams. A person met there (a leader at a
  // final) still tells a contact.
  void drop_matches(std::vector<Interaction>& out) const {
    if (!actors_) return;
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Interaction& i) {
                               return std::none_of(i.participants.begin(), i.participants.end(), [&](int a) {
                                 return (*actors_)[a].actor.kind == ActorKind::person;
                               });
                             }),
              out.end());
  }

  // Whether a mention, a role or a demonym overlaps [b, e).
  bool names_someone(uint32_t b, uint32_t e) const {
    for (const auto& m : mentions_)
      if (!m.place && m.begin < e && m.end > b) return true;
    for (const auto& h : ctx_.hits)
      if ((h.kind == PhraseKind::role || h.kind == PhraseKind::demonym || h.kind == PhraseKind::actor_form) &&
          h.begin < e && h.end > b)
        return true;
    return false;
  }

  // Whether an event noun points back, without parties of its own, to an interaction the story
  // told before: "Cette rencontre intervient alors que B et C s'accusent ...", "A a jugé la
  // rencontre « civilisée »". The clause's names are no parties of it.
  bool told_before(const PhraseHit& h, const Trigger& trig) const {
    // Only once the story has told one: a lead sentence "La réunion trilatérale s'est conclue
    // par ..." tells its event by the names it holds.
    if (!actors_ || actors_->current_parties.empty()) return false;
    // After "la"/"l'", a form that is also a verb may be one, the article an object pronoun
    // ("Poutine la rencontre"); after a demonstrative it is the noun.
    const bool demonstrative = is_noun(h) && word_before(h.begin, 8, {"cette", "cet", "ces", "ce"}, 1);
    if (!demonstrative && !(trig.pattern == TriggerPattern::noun && word_before(h.begin, 8, CueKind::article, 1)))
      return false;
    // Its own parties, or a relative clause that tells them ("les entretiens qu'il a menés
    // avec B").
    const auto next = first_words<1>(ctx_.folded_text(h.end, ctx_.end));
    return !(next.count && (next.word[0] == "entre" || next.word[0] == "avec" ||
                            ctx_.lex.is_cue_word(CueKind::genitive, next.word[0]) ||
                            ctx_.lex.is_cue_word(CueKind::relative, next.word[0]) ||
                            ctx_.lex.is_cue_word(CueKind::relative_pronoun, next.word[0])));
  }

  // Whether one reading of a trigger phrase is an event noun ("rencontre" is a verb too).
  bool is_noun(const PhraseHit& t) const {
    for (uint32_t k = 0; k < t.payload_count; ++k)
      if (ctx_.lex.triggers()[t.index(k)].pattern == TriggerPattern::noun) return true;
    return false;
  }

  // "Après sa rencontre avec A, B est attendu pour un sommet ... à l'invitation de M": the
  // partners named after "avec"/"entre" right after an event noun that is not the last one
  // before `pos` took part in that earlier event, not in the one M qualifies.
  std::vector<int> earlier_event_partners(uint32_t cb, uint32_t pos) const {
    const PhraseHit* last_noun = nullptr;
    for (const auto* t : triggers_)
      if (t->begin >= cb && t->end <= pos && is_noun(*t)) last_noun = t;
    std::vector<int> out;
    if (!last_noun) return out;
    for (const auto& m : mentions_) {
      if (m.place || m.begin < cb || m.end > last_noun->begin || !word_before(m.begin, 16, {"avec", "entre"}, 1))
        continue;
      for (const auto* t : triggers_)
        if (t != last_noun && t->end <= m.begin && m.begin - t->end <= 24 && is_noun(*t)) add_unique(out, m.actor);
    }
    return out;
  }

  // Whether the mention at `pos` follows a preposition (articles skipped): a complement.
  bool complement_of(uint32_t pos, uint32_t from) const {
    std::string_view prep;
    for_each_word(ctx_.folded_text(pos > from + 24 ? pos - 24 : from, pos), [&](std::string_view w) {
      if (!is_word(w, "l") && !is_word(w, "la") && !is_word(w, "le") && !is_word(w, "les")) prep = w;
      return true;
    });
    return ctx_.lex.is_cue_word(CueKind::complement_preposition, prep);
  }

  // Whether "à"/"au"/"aux" follows `pos` ("appeler B à la retenue"), but not "au téléphone",
  // nor how often, where or when ("à deux reprises", "à nouveau", "à Bakou", "à 10 heures").
  // Quotation marks are passed over: the call is often quoted from "à" on ("a appelé l'UE
  // « à ne pas céder »"), or its object is ("a appelé « la partie américaine » à honorer");
  // so is a date after the object ("a appelé l'ONU mardi à agir"). A comma is not: "B, à qui
  // A a dit" opens a relative clause about B.
  bool calls_on(uint32_t pos) const {
    std::string_view first, second;
    uint32_t second_at = 0;
    int n = 0;
    const std::string_view rest = ctx_.folded_text(pos, ctx_.end);
    for_each_word(rest, [&](std::string_view w) {
      const auto at = static_cast<uint32_t>(pos + (w.data() - rest.data()));
      if (n == 0 && (w == "\"" || inside_date(at, at + static_cast<uint32_t>(w.size())))) return true;
      if (n == 1) second_at = static_cast<uint32_t>(pos + (w.data() - rest.data()));
      (n++ == 0 ? first : second) = w;
      return n < 2;
    });
    if (first == "au" || first == "aux")
      return second != "telephone" && !ctx_.lex.is_cue_word(CueKind::call_modifier, second);
    if (first != "a") return false;
    if (second.empty()) return true;
    return !(all_digits(second) || starts_capital(second_at) || inside_mention(second_at, second_at + 1, true) ||
             ctx_.lex.is_cue_word(CueKind::call_modifier, second));
  }

  bool reporting_after(uint32_t pos) const {
    for (const auto* c : cues_)
      if (has_cue(*c, CueKind::reporting) && c->begin >= pos && c->begin - pos <= 3) return true;
    return false;
  }

  // "..., a indiqué le secrétaire général du gouvernement, A.": a name closing the sentence
  // after a reporting verb set off by a comma is the verb's inverted subject, who reports the
  // contact, not a party to it. A name that goes on ("selon le ministre, A et B se sont vus")
  // is the clause's own subject.
  bool inverted_speaker(uint32_t begin, uint32_t end) const {
    const std::string_view after = ctx_.folded_text(end, ctx_.end);
    const std::size_t next = after.find_first_not_of(' ');
    if (next != std::string_view::npos && after[next] != '.' && after[next] != ',' && after[next] != ';') return false;
    for (const auto* c : cues_) {
      if (!has_cue(*c, CueKind::reporting) || c->end > begin || begin - c->end > 64) continue;
      const std::string_view lead = text_before(c->begin, 3);
      if (lead.find(',') == std::string_view::npos) continue;
      if (ctx_.folded_text(c->end, begin).find_first_of(".;:\"()") == std::string_view::npos) return true;
    }
    return false;
  }

  // The text of the sentence in the `bytes` before `pos`, whose words are read last first.
  std::string_view text_before(uint32_t pos, uint32_t bytes) const {
    return ctx_.folded_text(std::max(ctx_.begin, pos > bytes ? pos - bytes : 0u), pos);
  }

  // Whether one of `wanted` is among the last `last_n` words of the `bytes` before `pos`.
  bool word_before(uint32_t pos, uint32_t bytes, std::initializer_list<std::string_view> wanted,
                   std::size_t last_n = SIZE_MAX) const {
    bool found = false;
    std::size_t seen = 0;
    for_each_word_backward(text_before(pos, bytes), [&](std::string_view w) {
      if (seen++ == last_n) return false;
      // Lengths and first bytes first: most words differ there, without a call to memcmp.
      for (auto x : wanted)
        if (w.size() == x.size() && (w.empty() || w[0] == x[0]) && w == x) return !(found = true);
      return true;
    });
    return found;
  }

  // The same for the words of a cue kind: one probe of the lexicons' word table per word.
  bool word_before(uint32_t pos, uint32_t bytes, CueKind kind, std::size_t last_n = SIZE_MAX) const {
    bool found = false;
    std::size_t seen = 0;
    for_each_word_backward(text_before(pos, bytes), [&](std::string_view w) {
      if (seen++ == last_n) return false;
      return !(found = ctx_.lex.is_cue_word(kind, w));
    });
    return found;
  }

  // "a notamment rencontré", "s'étaient auparavant brièvement entretenus": an auxiliary (and
  // for a pronominal verb, "s'"/"se") within a few adverbs before the participle.
  bool auxiliary_before(uint32_t pos, bool reflexive, bool& future) const {
    bool aux = false, se = false, other = false, incise = false;
    std::size_t seen = 0, inside = 0;
    for_each_word_backward(text_before(pos, 60), [&](std::string_view w) {
      // "avait, en outre, reçu": a short comma-enclosed incise stands between the auxiliary and
      // its participle, whatever its words.
      if (is_word(w, ",") && !aux) {
        if (incise && inside == 0) return !(other = true);
        incise = !incise;
        return true;
      }
      if (incise) return !is_break(w) && ++inside <= 4 ? true : !(other = true);
      if (seen++ == 5) return false;
      if (is_word(w, "a") || is_word(w, "ont") || is_word(w, "avait") || is_word(w, "avaient") || is_word(w, "est") ||
          is_word(w, "sont") || is_word(w, "etait") || is_word(w, "etaient") || is_word(w, "aura") ||
          is_word(w, "auront") || is_word(w, "ait") || is_word(w, "aient") || is_word(w, "ai") || is_word(w, "avons") ||
          is_word(w, "avais") || is_word(w, "avions") ||
          // The press conditional reports a contact it has from a source ("A se serait entretenu
          // mardi au téléphone avec B, selon Bild"): told as done, like the compound past.
          is_word(w, "aurait") || is_word(w, "auraient") || is_word(w, "serait") || is_word(w, "seraient")) {
        aux = true;
        future = ctx_.lex.is_cue_word(CueKind::future_auxiliary, w);
        return true;
      }
      if (is_word(w, "s") || is_word(w, "se")) {
        se = true;
        return false;
      }
      if (aux && !reflexive) return false;
      if (!ctx_.lex.is_cue_word(CueKind::filler, w)) return !(other = true);
      return true;
    });
    if (other) return false;
    return aux && (!reflexive || se);
  }

  // "A avait inauguré l'ambassade à Abou Dhabi et rencontré B": a participle right after "et"
  // shares the auxiliary of the participle before it, in the same clause. Returns where that
  // auxiliary stands (0 when there is none); `future` tells whether it is a future.
  uint32_t coordinated_auxiliary(uint32_t pos, bool& future) const {
    if (!word_before(pos, 8, {"et"}, 1)) return 0;
    const std::string_view before = text_before(pos, 160);
    uint32_t at = 0;
    std::size_t seen = 0;
    std::string_view next;  // the word after `w` in the text
    uint32_t next_at = 0;
    for_each_word_backward(before, [&](std::string_view w) {
      const auto w_at = static_cast<uint32_t>(pos - before.size() + (w.data() - before.data()));
      if (seen++ == 0) return (next = w, next_at = w_at, true);  // the "et"
      if (is_break(w) || is_word(w, ",") || is_word(w, "et") || seen > 16) return false;
      // "à Abou Dhabi", "à la presse": "a" before a name or a determiner is the preposition.
      const bool preposition =
          is_word(w, "a") && (starts_capital(next_at) || ctx_.lex.is_cue_word(CueKind::a_determiner, next));
      if (!preposition && ctx_.lex.is_cue_word(CueKind::have_auxiliary, w)) {
        at = w_at;
        future = ctx_.lex.is_cue_word(CueKind::future_auxiliary, w);
        return false;
      }
      next = w, next_at = w_at;
      return true;
    });
    // The auxiliary needs its subject right before it.
    return at && subject_before(at, 2) ? at : 0;
  }

  // Where the event noun whose parties a gathering participle ("réunissant") names begins:
  // a noun of the lexicon ending a few words before it, its adjectives between ("la première
  // réunion consultative tripartite réunissant"). UINT32_MAX when there is none, or when the
  // noun's own verb, after the list, denies or doubts the event ("Un sommet réunissant A et B
  // pourrait se tenir à Paris").
  uint32_t gathering_noun(const PhraseHit& h) const {
    if (negation_in(h.end, ctx_.end) || cue_in(CueKind::hypothetical, h.end, ctx_.end) ||
        cue_in(CueKind::non_event, h.end, ctx_.end))
      return UINT32_MAX;
    for (const auto& t : ctx_.hits) {
      if (t.kind != PhraseKind::trigger || t.end > h.begin || h.begin - t.end > 40 || !is_noun(t)) continue;
      if (ctx_.folded_text(t.end, h.begin).find_first_of(".;:()") == std::string_view::npos) return t.begin;
    }
    return UINT32_MAX;
  }

  // Whether the phrase of hit `h` is also an event noun of the lexicon ("rencontre").
  bool has_noun_reading(const PhraseHit& h) const {
    for (uint32_t k = 0; k < h.payload_count; ++k)
      if (ctx_.lex.triggers()[h.index(k)].pattern == TriggerPattern::noun) return true;
    return false;
  }

  // Where "un appel" ends when it follows `pos` after a few filler words ("a reçu mardi soir
  // un appel de"); 0 when it does not.
  uint32_t received_call_end(uint32_t pos) const {
    const std::string_view rest = ctx_.folded_text(pos, std::min(ctx_.end, pos + 48));
    const std::size_t at = rest.find("un appel ");
    if (at == std::string_view::npos || (at > 0 && rest[at - 1] != ' ')) return 0;
    const auto b = static_cast<uint32_t>(pos + at);
    return plain_filler(pos, b, 4, nullptr) ? b + 8 : 0;
  }

  // Whether "se"/"s'" stands within a few words before `pos` ("se sont longuement parlé").
  bool reflexive_before(uint32_t pos) const { return word_before(pos, 48, {"se", "s"}, 5); }

  // The first group in [from, pos) that no preposition introduces: the subject of the clause
  // starting at `from` (the sentence's start, or after "que" the subordinate clause's: "Le
  // Kremlin a confirmé que A préparait sa rencontre avec B"), to which an event noun after
  // "lors de" or a possessive belongs.
  const Group* first_subject_between(uint32_t from, uint32_t pos) const {
    for (const auto& g : groups_)
      if (g.begin >= from && g.end <= pos && !prepositional(g)) return &g;
    return nullptr;
  }

  // Where an organizing or chairing verb ("a organisé", "avait accueilli", "a présidé") begins in the 72 bytes before
  // `pos`, its auxiliary included; 0 when there is none.
  uint32_t organizer_verb_at(uint32_t pos) const {
    const std::string_view before = text_before(pos, 72);
    const uint32_t base = pos - static_cast<uint32_t>(before.size());
    uint32_t at = 0;
    for_each_word_backward(before, [&](std::string_view w) {
      if (ctx_.lex.is_cue_word(CueKind::organizer, w)) at = base + static_cast<uint32_t>(w.data() - before.data());
      return at == 0;
    });
    if (!at) return 0;
    // The auxiliary before the participle belongs to the verb ("avait accueilli").
    const std::string_view pre = text_before(at, 12);
    const auto aux = last_words<1>(pre);
    if (!aux.empty() && (aux.back() == "a" || aux.back() == "avait" || aux.back() == "ont" || aux.back() == "avaient"))
      at = at - static_cast<uint32_t>(pre.size()) + static_cast<uint32_t>(aux.back().data() - pre.data());
    return at;
  }

  bool introduced_by_lors(uint32_t pos) const { return word_before(pos, 24, {"lors", "cours"}, 3); }

  // Whether the sentence opens on an event frame (cue kind event_frame), behind articles and
  // prepositions only, then filler words up to the noun at `pos`: "À l'issue d'un tête-à-tête",
  // "Au terme d'un entretien", "Après deux heures d'entretien", "En marge d'une rencontre". Not
  // "Une semaine après sa rencontre avec A, B est attendu": a time before the frame dates
  // another clause's event.
  bool opens_on_framed_noun(uint32_t pos) const {
    bool frame = false, ok = true;
    std::size_t n = 0;
    for_each_word(ctx_.folded_text(ctx_.begin, pos), [&](std::string_view w) {
      if (++n > 6) return ok = false;
      if (!frame && ctx_.lex.is_cue_word(CueKind::event_frame, w)) return frame = true;
      if (frame) return ok = ctx_.lex.is_cue_word(CueKind::filler, w);
      return ok = ctx_.lex.is_cue_word(CueKind::article, w) || ctx_.lex.is_cue_word(CueKind::complement_preposition, w);
    });
    return ok && frame;
  }

  // "A, qui a reçu B mardi, a appelé C": the group right before the last ", qui" before `pos`
  // is the subject of the relative clause's verb, and of the main verb right after the comma
  // closing it; nullptr when `pos` is in neither place. After ", dont" ("A, dont le pays est
  // le premier partenaire de B, s'est entretenu avec C") the clause has its own subject: only
  // the main verb after it is A's.
  const Group* relative_clause_subject(uint32_t pos) const {
    const std::string_view before = ctx_.folded_text(ctx_.begin, pos);
    // The last ", qui " or ", dont ": from comma to comma back (memrchr), where two rfind of
    // a string compared the pattern at every offset of the sentence (each trigger asks this).
    std::size_t at = std::string_view::npos;
    bool whose = false;
    for (std::size_t n = before.size(); n > 0;) {
      const void* c = memrchr(before.data(), ',', n);
      if (!c) break;
      n = static_cast<std::size_t>(static_cast<const char*>(c) - before.data());
      whose = before.substr(n, 7) == ", dont ";
      if (whose || before.substr(n, 6) == ", qui ") {
        at = n;
        break;
      }
    }
    if (at == std::string_view::npos) return nullptr;
    const uint32_t comma = ctx_.begin + static_cast<uint32_t>(at), clause = comma + (whose ? 7 : 6);
    const Group* g = nullptr;
    for (const auto& x : groups_)
      // "Ferdinand Marcos Jr., qui ...": the abbreviation's period is no text between.
      if (x.end <= comma && ctx_.folded_text(x.end, comma).find_first_not_of(" .") == std::string_view::npos) g = &x;
    if (!g || prepositional(*g)) return nullptr;
    const std::string_view rest = ctx_.folded_text(clause, pos);
    const std::size_t close = rest.find(',');
    if (close == std::string_view::npos) return whose ? nullptr : g;
    if (rest.find(',', close + 1) != std::string_view::npos) return nullptr;
    return plain_filler(clause + static_cast<uint32_t>(close) + 1, pos, 3, nullptr) ? g : nullptr;
  }

  // Where a reporting verb ending right before `pos` begins ("a déclaré" in "a déclaré avoir
  // parlé"), or `pos` when there is none.
  uint32_t reporting_verb_before(uint32_t pos) const {
    for (const auto* c : cues_)
      if (has_cue(*c, CueKind::reporting) && c->end <= pos &&
          ctx_.folded_text(c->end, pos).find_first_not_of(" ") == std::string_view::npos)
        return c->begin;
    return pos;
  }

  // The speaker of the quote around `pos`: the group a reporting verb introduces right after
  // its closing mark ("« ... », a déclaré lundi A") or the subject of the reporting verb before
  // its opening one ("A a déclaré : « ... »"); nullptr when `pos` is in no quote or neither
  // names one.
  const Group* quoted_speaker(uint32_t pos) const {
    if (!quoted(pos)) return nullptr;
    const std::string_view after = ctx_.folded_text(pos, ctx_.end);
    if (const std::size_t close = after.find('"'); close != std::string_view::npos) {
      const auto c = static_cast<uint32_t>(pos + close + 1);
      for (const auto& g : groups_)
        if (g.begin >= c) {
          if (g.begin - c <= 48 && cue_in(CueKind::reporting, c, g.begin)) return &g;
          break;
        }
    }
    const std::string_view before = ctx_.folded_text(ctx_.begin, pos);
    const auto open = static_cast<uint32_t>(ctx_.begin + before.rfind('"'));
    const PhraseHit* verb = nullptr;
    for (const auto* c : cues_)
      if (has_cue(*c, CueKind::reporting) && c->end <= open) verb = c;
    return verb ? subject_before(verb->begin) : nullptr;
  }

  // "a eu vendredi soir un long échange avec": "eu" or "tenu" within a few words before the
  // noun, in the same stretch of the clause (no punctuation between), makes it an event.
  bool support_verb_carries(uint32_t pos) const {
    bool found = false;
    std::size_t seen = 0;
    for_each_word_backward(text_before(pos, 64), [&](std::string_view w) {
      if (seen++ == 6 || (w.size() == 1 && !PhraseMatcher::is_word_byte(static_cast<unsigned char>(w[0]))))
        return false;
      found = ctx_.lex.is_cue_word(CueKind::holding, w);
      return !found;
    });
    return found;
  }

  bool support_verb_before(uint32_t pos) const { return word_before(pos, 40, CueKind::support); }

  static bool starts_with_auxiliary(std::string_view phrase) {
    for (std::string_view aux : {"a ", "ont ", "avait ", "avaient ", "aura ", "auront "})
      if (phrase.substr(0, aux.size()) == aux) return true;
    return false;
  }

  // A noun right after "de/des/du/sur/au sujet de" names what was discussed, unless it
  // follows a support phrase ("une série de", "lors de", "au cours de").
  bool noun_is_topic(const PhraseHit& h) const {
    // Each reading of a trigger noun asks this again (one per trigger the phrase is, and
    // the co-occurrence reading after them), and the answer depends on where it starts only.
    for (std::size_t k = 0; k < topic_memo_size_; ++k)
      if (topic_memo_[k].first == h.begin) return topic_memo_[k].second;
    const bool topic = reads_as_topic(h);
    if (topic_memo_size_ < topic_memo_.size()) topic_memo_[topic_memo_size_++] = {h.begin, topic};
    return topic;
  }

  // Whether a comma or another break stands among the words after the k-th.
  template <std::size_t N>
  static bool break_after(const LastWords<N>& words, std::size_t k) {
    for (std::size_t j = k + 1; j < words.size(); ++j)
      if (words[j].size() == 1 && !PhraseMatcher::is_word_byte(static_cast<unsigned char>(words[j][0]))) return true;
    return false;
  }

  bool reads_as_topic(const PhraseHit& h) const {
    // The last four words of the sentence before the noun: all it looks at, but for an event
    // verb among the two before them (`wider`). One walk back reads all six.
    const auto wider = last_words<6>(ctx_.folded_text(ctx_.begin, h.begin));
    LastWords<4> before;
    for (std::size_t k = wider.size(); k-- > 0 && before.first > 0;) before.word[--before.first] = wider[k];
    if (before.empty()) return false;
    // "en allusion aux négociations avec le FMI", "au sujet des pourparlers avec B".
    bool frame = false;
    for (std::size_t k = before.size() >= 3 ? before.size() - 3 : 0; k < before.size() && !frame; ++k)
      frame = ctx_.lex.is_cue_word(CueKind::topic_frame, before[k]);
    const std::string_view last = before.back();
    const bool prep = last == "des" || last == "du" || last == "sur" || last == "de" || last == "d" ||
                      last == "concernant" ||
                      (last == "l" && before.size() >= 2 &&
                       (before[before.size() - 2] == "de" || before[before.size() - 2] == "sur"));
    // Neither a frame nor a preposition (most nouns): no topic, whatever verb stands before.
    if (!frame && !prep) return false;
    // "a organisé des pourparlers", "a accueilli des négociations": the event itself.
    for (std::size_t k = 0; k < before.size(); ++k)  // "a organisé à Addis-Abeba des pourparlers"
      if (ctx_.lex.is_cue_word(CueKind::event_verb, before[k])) return false;
    // Further back, a day and a place between, no comma: "ont tenu mardi au Kremlin des
    // conversations officielles".
    for (std::size_t k = 0; k + before.size() < wider.size(); ++k)
      if (ctx_.lex.is_cue_word(CueKind::event_verb, wider[k]) && !break_after(wider, k)) return false;
    if (frame) return true;
    // "Des pourparlers entre A et B ont eu lieu", "Mardi, des négociations ...": opening the
    // sentence or a clause, "des" is the indefinite article, not "de" + "les".
    if (last == "des" && (before.size() == 1 || before[before.size() - 2] == ",")) return false;
    // "s'est rendu à Pékin pour des entretiens avec B", "après des négociations": after a
    // preposition, "des" is the article too.
    if (last == "des" && ctx_.lex.is_cue_word(CueKind::article_preposition, before[before.size() - 2])) return false;
    for (std::size_t k = before.size() >= 4 ? before.size() - 4 : 0; k < before.size(); ++k)
      if (ctx_.lex.is_cue_word(CueKind::event_frame, before[k])) return false;
    return true;
  }

  Interaction make(const PhraseHit& h, const std::string& type, bool weak, std::vector<int> parts, int initiator,
                   int mediator, InitiatorRole role, bool planned, uint32_t region_end) const {
    Interaction i;
    // Indirect talks whose go-between the sentence does not name: the parties talked.
    i.type = is(type, "mediation") && mediator < 0 ? "meeting" : type;
    i.weak = weak;
    i.participants = std::move(parts);
    i.initiator = initiator;
    i.mediator = mediator;
    i.initiator_role = initiator >= 0 ? (role == InitiatorRole::none ? InitiatorRole::host : role) : InitiatorRole::none;
    if (role == InitiatorRole::visitor && initiator >= 0) i.initiator_role = InitiatorRole::visitor;
    if (is(type, "phone_call") && initiator >= 0) i.initiator_role = InitiatorRole::caller;
    i.planned = planned;
    const uint32_t lo = h.begin > 24 ? h.begin - 24 : 0;
    i.continuation = cue_in(CueKind::continuation, std::max(lo, ctx_.begin), h.end);
    i.trigger_begin = h.begin;
    i.trigger_end = h.end;
    i.region_end = std::max(region_end, h.end);
    i.place = place_near(h.begin, i.region_end, &i.place_country);
    i.confidence = weak ? 0.6 : (is(type, "mediation") ? 0.75 : 0.85);
    return i;
  }

  // The "entre A et B" group after `pos` in the sentence, however far: the parties. Near
  // `pos`, "entre A et <a party the data does not know>" still names A.
  const Group* entre_group_after(uint32_t pos) const {
    for (const auto& g : groups_) {
      if (g.begin < pos) continue;
      std::string_view before = ctx_.folded_text(pos, g.begin);
      std::string_view last;
      for_each_word_backward(before, [&](std::string_view w) {
        if (!is_word(w, "le") && !is_word(w, "la") && !is_word(w, "les") && !is_word(w, "l")) last = w;
        return last.empty();
      });
      if (!is_word(last, "entre")) continue;
      if (g.members.size() >= 2 || (g.begin - pos <= 64 && next_word(g.end) == "et")) return &g;
    }
    return nullptr;
  }

  std::string_view next_word(uint32_t pos) const {
    std::string_view next;
    for_each_word(ctx_.folded_text(pos, ctx_.end), [&](std::string_view w) {
      next = w;
      return false;
    });
    return next;
  }

  // "en coordination avec l'Égypte et les États-Unis", "sous l'égide de M et de N": the
  // co-mediators a cue joins to the mediator whose name ends at `pos`, one group after another
  // ("de M, de N et de P"). A group an "et" joins without "de" belongs to what follows.
  struct CoMediators {
    std::vector<int> actors;
    uint32_t end = 0;  // end of the last of their names, or the position asked about
  };
  CoMediators co_mediators(uint32_t pos) const {
    CoMediators out{{}, pos};
    for (const auto& g : groups_) {
      if (g.begin < out.end) continue;
      if (g.begin - out.end > 64 || !co_mediator_cue_between(out.end, g.begin)) break;
      for (int a : actors_of(&g)) add_unique(out.actors, a);
      out.end = g.end;
    }
    return out;
  }

  // Whether a co-mediator cue stands between two offsets, with at most a few articles or
  // titles between it and the next name ("et de son homologue turc, B" is one group).
  bool co_mediator_cue_between(uint32_t b, uint32_t e) const {
    for (const auto* c : cues_)
      if (has_cue(*c, CueKind::co_mediator) && c->begin >= b && c->end <= e && plain_filler(b, c->begin, 1, nullptr) &&
          plain_filler(c->end, e, 3, nullptr))
        return true;
    return false;
  }

  // "A et B ont signé l'accord. La cérémonie s'est tenue sous l'égide de M et de N, en présence
  // de P": a mediation read from co-occurrence that names no party besides its third parties
  // and its witnesses is about the pair the text just named.
  void add_reported_parties(Interaction& i) const {
    if (!actors_ || actors_->current_parties.size() != 2) return;
    auto third = [&](int a) {
      return a == i.mediator || std::find(i.co_mediators.begin(), i.co_mediators.end(), a) != i.co_mediators.end();
    };
    for (int a : i.participants)
      if (!third(a) && !witness(a)) return;
    for (int a : actors_->current_parties)
      if (third(a)) return;
    for (int a : actors_->current_parties) add_unique(i.participants, a);
  }

  // Whether every mention of `a` in the sentence follows "en présence de" (a witness).
  bool witness(int a) const {
    bool any = false;
    for (const auto& m : mentions_) {
      if (m.actor != a || m.place) continue;
      if (!after_witness_trigger(m.begin)) return false;
      any = true;
    }
    return any;
  }

  // Whether a trigger flagged "witness" ends right before `pos`, a word at most between ("en
  // présence du président A").
  bool after_witness_trigger(uint32_t pos) const {
    for (const PhraseHit* h : triggers_) {
      if (h->end > pos || pos - h->end > 24) continue;
      bool flagged = false;
      for (uint32_t k = 0; k < h->payload_count; ++k) flagged = flagged || ctx_.lex.triggers()[h->index(k)].witness;
      std::size_t words = 0;
      for_each_word(ctx_.folded_text(h->end, pos), [&](std::string_view) { return ++words <= 1; });
      if (flagged && words <= 1) return true;
    }
    return false;
  }

  // Whether the clause of a mediator cue names at least two actors before it (a
  // "selon"/"contre" complement or a place does not count): the parties it qualifies.
  bool parties_before(const PhraseHit& h) const {
    const ClauseActors c = clause_actors(clause_of(h).first, h.begin);
    return c.parts.size() >= 2;
  }

  // The person among `parties` whose nationality is the country `state`, or -1 (the first, in
  // their order, when several are).
  int party_of_state(const std::vector<int>& parties, int state) const {
    if (!actors_ || state < 0) return -1;
    const Actor& s = (*actors_)[state].actor;
    if (s.kind != ActorKind::country || s.country.empty()) return -1;
    for (int p : parties) {
      const Actor& x = (*actors_)[p].actor;
      if (x.kind == ActorKind::person && x.country == s.country) return p;
    }
    return -1;
  }

  // Whether actor `a` is `host` or the country `host` belongs to ("en visite au Maroc à
  // l'invitation du roi": Morocco is the host's side, not another guest).
  bool same_side(int a, int host) const {
    if (a == host) return true;
    if (!actors_ || a < 0 || host < 0) return false;
    const Actor& x = (*actors_)[a].actor;
    return x.kind == ActorKind::country && !x.country.empty() && x.country == (*actors_)[host].actor.country;
  }

  // The country a mention that begins where trigger `h` begins and runs past it names ("une
  // médiation omanaise": the role lexicon reads the noun and its demonym as Oman), or -1.
  int state_named_by(const PhraseHit& h) const {
    if (!actors_) return -1;
    for (const auto& m : mentions_)
      if (m.begin == h.begin && m.end > h.end && (*actors_)[m.actor].actor.kind == ActorKind::country) return m.actor;
    return -1;
  }

  // Whether trigger `h` ends in the preposition that introduces its mediator ("médiation de",
  // "facilités par"), unlike a bare noun whose mediator is its demonym.
  bool ends_in_preposition(const PhraseHit& h) const {
    std::string_view last;
    for_each_word_backward(ctx_.folded_text(h.begin, h.end), [&](std::string_view w) {
      last = w;
      return false;
    });
    return ctx_.lex.is_cue_word(CueKind::genitive, last) || is_word(last, "par") || is_word(last, "d'");
  }

  // Where the mention beginning at `pos` ends, or `pos` when none begins there.
  uint32_t mention_end_at(uint32_t pos) const {
    for (const auto& m : mentions_)
      if (m.begin == pos) return m.end;
    return pos;
  }

  // "sous l'égide de M", "à l'invitation de M", "M, médiateur entre A et B".
  void apply_mediator(const PhraseHit& h, const Trigger& trig, std::vector<Interaction>& found) {
    if (cancelled(h)) return;
    std::vector<std::string_view> intro;
    int m = -1;
    uint32_t after = h.end;
    const Group* rest_of_group = nullptr;
    std::vector<int> co;  // "facilités par M et N": both mediate
    bool by_demonym = false;
    if (trig.pattern == TriggerPattern::mediator) {
      // "une médiation omanaise entre A et B": the noun and its demonym name the mediator;
      // the bare noun's trigger reads nothing else ("sa propre médiation entre A et B").
      const int state = state_named_by(h);
      const Group* g = state >= 0 ? nullptr : group_after(h.end, intro, 2);
      if (state < 0 && (!g || !ends_in_preposition(h))) return;
      if (state >= 0) {
        m = state;
        after = mention_end_at(h.begin);
        by_demonym = true;
      } else {
        m = mentions_[g->members[0]].actor;
        after = g->members.size() == 1 ? g->end : mentions_[g->members[0]].end;
        // "Sous l'égide de l'UE, l'Azerbaïdjan et l'Arménie ...": the comma joined the mediator
        // to the parties that follow it; without a comma the group is the mediators.
        if (g->members.size() > 1) {
          // "A et B ont signé un accord, négocié par M, N et P": after its parties, the cue's
          // whole list mediates; only a cue that opens its clause lists the parties after a comma.
          if (ctx_.folded_text(mentions_[g->members[0]].end, mentions_[g->members[1]].begin).find(',') ==
                  std::string_view::npos ||
              parties_before(h)) {
            co = actors_of(g, 1);
            after = g->end;
          } else {
            rest_of_group = g;
          }
        }
      }
    } else {
      const Group* s = subject_before(h.begin, 6);
      if (!s || s->members.size() != 1) return;
      m = mentions_[s->members[0]].actor;
    }
    const CoMediators more = co_mediators(after);
    for (int a : more.actors) add_unique(co, a);
    after = more.end;
    // "M a facilité les contacts entre A et B": a trigger that ends in "entre" opens its parties.
    const Group* parties_group = entre_group_after(word_in(h.begin, h.end, "entre", true).value_or(after));
    // "Riyad a joué les intermédiaires entre les deux voisins : A a reçu B": the parties after
    // the subject's "entre" are the mediation's own even when no actor resolves them; the
    // sentence's other reading is another event, not theirs.
    if (trig.pattern == TriggerPattern::mediator_subject && !parties_group &&
        word_in(h.begin, std::min(ctx_.end, after + 7), "entre", false))
      return;
    // The demonym's noun is a modifier ("ce tête-à-tête sous médiation qatarie"): its parties
    // follow it at once ("une médiation omanaise entre A et B"), or are those of the reading
    // it qualifies, before it or after its comma ("Grâce aux bons offices qataris, A et B ...");
    // not of talks told later in the clause.
    if (by_demonym && parties_group && parties_group->begin - after > 16) parties_group = nullptr;
    if (by_demonym && !parties_group &&
        (found.empty() || (found.back().trigger_begin > h.begin &&
                           ctx_.folded_text(after, found.back().trigger_begin).find(',') == std::string_view::npos)))
      return;
    if (rest_of_group) {
      std::vector<int> parts = actors_of(rest_of_group, 1);
      bool merged = false;
      for (auto& i : found)
        if (i.trigger_begin >= rest_of_group->begin || i.region_end >= rest_of_group->end) {
          i.type = "mediation";
          i.weak = false;
          i.mediator = m;
          merged = true;
        }
      if (merged || parts.size() < 2) return;
      parts.push_back(m);
      found.push_back(
          make(h, "mediation", false, std::move(parts), -1, m, InitiatorRole::none, false, rest_of_group->end));
      return;
    }
    const bool host_only = trig.agent_initiates;  // "à l'invitation de"
    if (!found.empty() && !parties_group) {
      Interaction& i = found.back();
      // "A et B ont eu une conversation téléphonique, à l'initiative de la Maison Blanche" (B is
      // American): the state of one of the parties asked for it through that party, who stands
      // for it; no third party, and no pair of B with his own country.
      if (host_only && co.empty())
        if (const int side = party_of_state(i.participants, m); side >= 0) {
          i.initiator = side;
          i.initiator_role = is(i.type, "phone_call") ? InitiatorRole::caller : InitiatorRole::host;
          return;
        }
      const bool third = std::find(i.participants.begin(), i.participants.end(), m) == i.participants.end();
      if (host_only && (!third || i.participants.size() < 2)) {
        i.initiator = m;
        i.initiator_role = InitiatorRole::host;
        add_unique(i.participants, m);
        for (int a : co) add_unique(i.participants, a), add_unique(i.co_mediators, a);
        return;
      }
      i.type = "mediation";
      i.weak = false;
      i.mediator = m;
      add_unique(i.participants, m);
      for (int a : co) add_unique(i.participants, a), add_unique(i.co_mediators, a);
      if (i.inferred) add_reported_parties(i);
      return;
    }
    std::vector<int> parts = actors_of(parties_group);
    if (parts.empty()) {
      // "A et B ont accepté la médiation de M": the parties are the clause's subject.
      parts = actors_of(subject_before(h.begin, 8));
    }
    if (parts.size() < 2 && !parties_group) {
      // "Après des pourparlers sous l'égide de M, A et B ont signé": the clause after.
      for (const auto& g : groups_)
        if (g.begin >= after && g.members.size() >= 2 && ctx_.folded_text(after, g.begin).find(',') != std::string_view::npos) {
          parts = actors_of(&g);
          break;
        }
      if (parts.size() < 2) return mediation_by_cooccurrence(h, trig, m, co, found);
    }
    add_unique(parts, m);
    for (int c : co) add_unique(parts, c);
    if (parts.size() < 2) return;
    const uint32_t end = parties_group ? parties_group->end : h.end;
    const bool planned = trig.status == TriggerStatus::planned || cue_in(CueKind::scheduled, h.end, end + 40);
    found.push_back(make(h, "mediation", false, std::move(parts), -1, m, InitiatorRole::none, planned, end));
  }
};

}  // namespace

std::vector<Interaction> find_interactions(const SentenceContext& ctx, const std::vector<Mention>& mentions,
                                           const DocActors* actors) {
  // Every reading takes its parties from the sentence's actor mentions (a subject, an
  // object, an agent, a clause's actors; even "les"/"l'" need a named subject): a sentence
  // that names none but places (most of them) reads as nothing, whatever triggers it holds,
  // and its reader need not even be set up.
  if (std::all_of(mentions.begin(), mentions.end(), [](const Mention& m) { return m.place; })) return {};
  thread_local ReadingBuffers buffers;
  return SentenceInteractions(ctx, mentions, actors, buffers).run();
}

}  // namespace ag::extract
