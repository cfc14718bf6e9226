#include "extract/extractor.h"

#include <algorithm>

#include "extract/dates.h"
#include "extract/doc_event.h"
#include "extract/fold.h"
#include "extract/interactions.h"
#include "extract/lexicons.h"
#include "extract/mentions.h"
#include "extract/pubdate.h"
#include "extract/sentences.h"
#include "extract/strings.h"

namespace ag::extract {
namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Counts code points up to byte offsets, from the last offset asked (events come in text
// order, mostly).
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t byte) {
    // Counts are additive over bytes: an offset before the last one asked takes off what lies
    // between them, instead of counting again from the start of the document.
    if (byte < byte_)
      cp_ -= code_point_count(text_.substr(byte, byte_ - byte));
    else
      cp_ += code_point_count(text_.substr(byte_, byte - byte_));
    byte_ = byte;
    return cp_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0, cp_ = 0;
};

// What relative dates count from in an article that states no full publication date: a
// dated phrase of the text that gives its own day ("hier (15 décembre 2023)"), else a header
// line with the day and month alone, else such a phrase without a year.
Date undated_reference(const FoldedText& ft) {
  const Date anchor = find_reference_anchor(ft.text);
  if (anchor.has_year()) return anchor;
  const Date header = find_header_day_month(ft.text);
  return header.empty() ? anchor : header;
}

class DocumentExtraction {
 public:
  DocumentExtraction(const Lexicons& lex, const Document& doc, std::vector<ActorMention>* audit = nullptr)
      : lex_(lex), doc_(doc), actors_(lex), audit_(audit) {}

  std::vector<Event> run(ExtractStats* stats) {
    thread_local FoldedText ft;
    fold_text(doc_.text, ft);
    const auto hits = scan_phrases(lex_, ft.text);
    reference_ = doc_.published.empty() ? undated_reference(ft) : doc_.published;
    note_full_names(hits);
    const auto sentences = split_sentences(doc_);
    // Most sentences report nothing and join untold_: room for all at once, not a move of
    // the list at each doubling.
    untold_.reserve(sentences.size());
    std::size_t h = 0;
    std::size_t passed = 0;                      // the first hit at or past the previous sentence's end,
    uint32_t passed_at = 0;                      // that end: hits before it begin before a sentence from there on
    thread_local std::vector<PhraseHit> buffer;  // the sentences' hits, one allocation per thread
    uint32_t last_folded = 0;  // the previous sentence's end, folded: where the next one's guess starts
    std::size_t last_original = 0;
    for (const auto& s : sentences) {
      const uint32_t fb = folded_offset(ft, s.span.begin, last_folded + (s.span.begin - last_original));
      const uint32_t fe = folded_offset(ft, s.span.end, fb + (s.span.end - s.span.begin));
      last_folded = fe;
      last_original = s.span.end;
      SentenceContext ctx{lex_, doc_.text, ft, fb, fe, {}, resolution_reference(), reference_weekday_};
      buffer.clear();
      ctx.hits.swap(buffer);
      if (passed_at <= ctx.begin) h = std::max(h, passed);  // not each hit read twice
      while (h < hits.size() && hits[h].begin < ctx.begin) ++h;
      // The sentence's hits are a run of the document's unless one runs past its end: then
      // one copy of the run, not a push per hit.
      std::size_t k = h;
      bool inside = true;
      for (; k < hits.size() && hits[k].begin < ctx.end; ++k) inside &= hits[k].end <= ctx.end;
      if (inside)
        ctx.hits.assign(hits.begin() + static_cast<std::ptrdiff_t>(h), hits.begin() + static_cast<std::ptrdiff_t>(k));
      else
        for (std::size_t j = h; j < k; ++j)
          if (hits[j].end <= ctx.end) ctx.hits.push_back(hits[j]);
      passed = k, passed_at = ctx.end;
      sentence(ctx, s);
      ctx.hits.swap(buffer);
    }
    // Reports told before the document named any date (a headline) or alone in their
    // paragraph take the lead's date.
    for (std::size_t k : needs_lead_) events_[k].context_date = lead_;
    // "Plus tôt dans la journée, A s'est entretenu avec B" in a text that dates nothing else:
    // the only day it can be of is the publication's.
    if (lead_.empty() && reference_.day)
      for (std::size_t k : today_if_undated_) events_[k].context_date = reference_;
    merge_document_events(events_, actors_, lex_, reference_);
    if (stats) {
      stats->sentences += sentences.size();
      stats->events += events_.size();
    }
    return assemble();
  }

 private:
  const Lexicons& lex_;
  const Document& doc_;
  DocActors actors_;
  std::vector<ActorMention>* audit_;
  Date reference_;
  std::vector<DocEvent> events_;
  int current_ = -1;  // the event later sentences go on describing
  // The meeting of three or more a group phrase ("les participants") went back to: what the
  // next sentences' "ils" go on describing, until another event or party is told.
  int group_ = -1;
  std::set<uint32_t> pending_topics_;
  bool pending_given_ = false;  // whether an event took the pending topics and subjects
  Date lead_;                            // the first date the document reports something at
  int reference_weekday_ = -1;           // of a reference without a year, once the lead tells it
  // The latest date, in text order, the text gave for something past (what spans count
  // from), and where it was given; with the sentences that reported no interaction since,
  // whose dates are read only when a span or an undated report asks (most never do: reading
  // every such sentence's dates was a tenth of the extraction's time).
  struct Untold {
    std::string_view folded;  // the sentence, folded (the document's folded text outlives it)
    Date reference;
    int reference_weekday;
    unsigned paragraph;
  };
  Date told_;
  unsigned told_paragraph_ = 0;
  unsigned paragraph_now_ = 0;  // of the sentence being read
  std::vector<Untold> untold_;
  std::vector<unsigned> paragraph_;      // of each event, by index in events_
  std::vector<std::size_t> needs_lead_;  // undated events with no dated one before in their paragraph
  std::vector<std::size_t> today_if_undated_;  // those of them told at a time of day ("dans la soirée")
  std::vector<std::string> pending_subjects_;
  // "A a participé au sommet de l'OTAN. Coprésidée par B et C, la réunion a rassemblé D et
  // E": who joined a meeting the text had not reported yet, kept for the next report.
  struct HeldJoin {
    int actor = -1;
    Date date;
    bool planned = false;
    unsigned paragraph = 0;
    Span span;
  };
  HeldJoin held_join_;
  // Scratch buffers reused across the document's sentences (their contents matter only
  // during one call): the sentence's dates, and background_to's.
  std::vector<DateMention> sentence_dates_;
  std::vector<DateMention> background_dates_;
  std::vector<Mention> sentence_mentions_;  // the sentence's mentions (a new vector per sentence was an allocation)
  std::vector<uint32_t> sentence_topics_;  // the sentence's topics (a set's nodes were allocations per topic)

  // What a sentence's dates resolve against: the publication date; in an article that
  // states none, the first full day it reports something at, once read ("..., mercredi 12
  // avril 2023, ... En janvier, ..."): it was written on or after that day, and a month or
  // day without a year means the one before it, not nothing.
  const Date& resolution_reference() const { return reference_.empty() && lead_.full() ? lead_ : reference_; }

  void note_full_names(const std::vector<PhraseHit>& hits) {
    const ActorKb& kb = lex_.kb();
    for (const auto& h : hits) {
      if (h.kind != PhraseKind::actor_form) continue;
      for (uint32_t k = 0; k < h.payload_count; ++k) {
        const SurfaceForm& f = kb.forms()[h.index(k)];
        if (f.kind == FormKind::full_name) actors_.named_anywhere.push_back(f.actor);
      }
    }
    auto& v = actors_.named_anywhere;
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }

  void sentence(const SentenceContext& ctx, const Sentence& sent) {
    const Span span = sent.span;
    paragraph_now_ = sent.paragraph;
    const std::vector<Mention>& mentions = sentence_mentions_;
    find_mentions(ctx, actors_, sentence_mentions_);
    if (audit_)
      for (const auto& m : mentions) {
        const uint32_t b = ctx.original(m.begin), e = ctx.original(m.end);
        audit_->push_back({actors_[m.actor].actor, doc_.text.substr(b, e - b)});
      }
    auto found = find_interactions(ctx, mentions, &actors_);
    std::vector<uint32_t>& topics = sentence_topics_;  // sorted, distinct
    topics.clear();
    std::vector<std::string> subjects;
    topics_of(ctx, topics, subjects);
    // The sentence's dates, copied into a buffer kept from sentence to sentence (count_from_narrative
    // rewrites them): no allocation per sentence that reads them.
    std::vector<DateMention>& dates = sentence_dates_;
    dates.clear();
    if (!found.empty() || lead_.empty()) dates.assign(ctx.dates().begin(), ctx.dates().end());
    if (lead_.empty() && learn_reference_weekday(ctx, dates))
      dates = find_dates(ctx.folded_text(ctx.begin, ctx.end), reference_, reference_weekday_, DateLexicon::bundled());
    count_from_narrative(dates);
    if (lead_.empty()) lead_ = lead_date(dates, !found.empty());
    if (!found.empty()) {
      for (auto& i : found) {
        if (i.inferred && !keep_inferred(i)) continue;
        drop_represented_countries(i);
        // "en présence de C": a witness of the interaction, not one of the sides "les deux
        // ministres" or "ils" name afterwards.
        const bool witness = i.joins && i.witness;
        if (i.joins && join_current(i, span, sent.paragraph, topics, subjects, witness)) continue;
        if (i.joins && !witness && i.participants.size() == 1) {
          hold_join(ctx, i, dates, span, sent.paragraph);
          continue;
        }
        if (i.participants.size() < 2) continue;
        std::size_t picked = dates.size();  // the date mention the event's date was read from
        DocEvent e = to_doc_event(ctx, i, dates, span, &picked);
        take_held_join(e, sent.paragraph);
        if (e.date.month && !e.date.year && !resolution_reference().has_year() &&
            pluperfect_at(ctx, ctx.begin, i.trigger_end))
          e.date.year = year_told_in(sent.paragraph);
        if (e.date.empty() && !e.planned && (undated(ctx, dates) || dated_only_elsewhere(ctx, i, dates)))
          set_context_date(e, sent.paragraph, has_daypart(dates));
        Date again = e.date.empty() ? Date{} : sequel_date(ctx, i, dates, picked);
        e.topics.insert(topics.begin(), topics.end());
        e.subjects = subjects;
        // The headline and the lead tell the news: not an event the text first tells as
        // background ("Ce jour-là, A et B avaient signé ..."), but the next one.
        if (!pending_given_ && !told_as_background(e)) {
          pending_given_ = true;
          e.topics.insert(pending_topics_.begin(), pending_topics_.end());
          // The headline and the event's own sentence often name the same subject: once.
          for (auto& s : pending_subjects_)
            if (std::find(e.subjects.begin(), e.subjects.end(), s) == e.subjects.end()) e.subjects.push_back(s);
        }
        if (events_.empty()) {
          // A document that reports one event usually reports several: room for a few at
          // once, not a move of every event (their sets and strings) at each doubling.
          events_.reserve(8), paragraph_.reserve(8);
        }
        // "X s'est entretenu séparément avec chacun d'eux. Les deux hommes ...": those X met
        // one by one are still whom the text talks about.
        if (!i.separate) {
          parties_of(e.participants, i.mediator, i.co_mediators, actors_.current_parties);
          note_party_history();
        }
        if (!e.planned && e.date.month) {
          told_ = e.date, told_paragraph_ = sent.paragraph;
          untold_.clear();  // told before this
        }
        events_.push_back(std::move(e));
        paragraph_.push_back(sent.paragraph);
        if (!again.empty() && !(again == events_.back().date)) {
          DocEvent sequel = events_.back();
          sequel.date = again;
          events_.push_back(std::move(sequel));
          paragraph_.push_back(sent.paragraph);
        }
        current_ = static_cast<int>(events_.size()) - 1;
        group_ = -1;
      }
      return;
    }
    untold_.push_back(
        Untold{ctx.folded_text(ctx.begin, ctx.end), ctx.reference, ctx.reference_weekday, sent.paragraph});
    note_coordinated_pair(ctx, mentions);
    DocEvent* target = continuation_target(ctx, mentions);
    // Only a sentence with something to add needs its dates read (most have nothing).
    if (target && (!topics.empty() || !subjects.empty()) &&
        (commentary(ctx) || heading(ctx, span) || background_to(ctx, *target)))
      return;
    if (target) {
      // A sentence that adds what was discussed is evidence of the interaction too.
      if ((!topics.empty() || !subjects.empty()) && target->more_evidence.size() < 8 && !(span == target->evidence) &&
          std::find(target->more_evidence.begin(), target->more_evidence.end(), span) == target->more_evidence.end())
        target->more_evidence.push_back(span);
      target->topics.insert(topics.begin(), topics.end());
      for (auto& s : subjects)
        if (std::find(target->subjects.begin(), target->subjects.end(), s) == target->subjects.end())
          target->subjects.push_back(s);
      // A report the text goes on describing is still the one a later "X était présent lors
      // des entretiens" joins, however many paragraphs its description takes.
      if (!topics.empty() || !subjects.empty()) {
        const auto k = static_cast<std::size_t>(target - events_.data());
        paragraph_[k] = std::max(paragraph_[k], sent.paragraph);
      }
    } else if (events_.empty() && !mentions.empty()) {
      pending_topics_.insert(topics.begin(), topics.end());
      for (auto& s : subjects) pending_subjects_.push_back(s);
    }
  }

  // Whether an event is told as background to the news: over more than a month before the
  // article. (The pluperfect alone is no sign: "Autour de A avaient pris place B et C" tells
  // the news itself.)
  bool told_as_background(const DocEvent& e) const { return reference_.full() && month_before_reference(e.date); }

  // Whether `d` lies wholly after the article's date: a later day, or a month or a year
  // ("l'an prochain": 2025 in a 2024 article) that begins after it.
  bool after_reference(const Date& d) const {
    if (!d.has_year() || !reference_.full()) return false;
    if (d.full())
      return days_from_civil(d.year, d.month, d.day) >
             days_from_civil(reference_.year, reference_.month, reference_.day);
    if (d.year != reference_.year) return d.year > reference_.year;
    return d.month != 0 && d.month > reference_.month;
  }

  // Trims a co-occurrence reading to plausible parties: a country or organization named as
  // a complement is what was talked about; with two people present, the people; a country
  // whose leader takes part is the leader. The mediators stay whatever they are.
  bool keep_inferred(Interaction& i) const {
    auto is_person = [&](int p) { return actors_[p].actor.kind == ActorKind::person; };
    std::vector<int> persons, kept;
    const auto mediating = [&](int p) {
      return p == i.mediator || std::find(i.co_mediators.begin(), i.co_mediators.end(), p) != i.co_mediators.end();
    };
    for (int p : i.participants)
      if (!mediating(p) && is_person(p)) persons.push_back(p);
    for (int p : i.participants) {
      if (mediating(p)) {
        kept.push_back(p);
        continue;
      }
      if (is_person(p)) {
        kept.push_back(p);
        continue;
      }
      if (persons.size() >= 2) continue;
      if (std::find(i.governed.begin(), i.governed.end(), p) != i.governed.end()) continue;
      bool represented = false;
      for (int q : persons)
        if (actors_[p].actor.country == actors_[q].actor.country) represented = true;
      if (!represented) kept.push_back(p);
    }
    const bool kept_pair = kept.size() >= 2;
    i.participants = std::move(kept);
    return kept_pair;
  }

  // "le sommet UE-Chine, avec Li Keqiang et Xi Jinping": a country whose own people take part
  // is on their side, not a party of its own (China and Xi are no pair). Mediators stay. A
  // hosting seat of power hands the host's part to its person ("sera reçu au 10 Downing
  // Street par Keir Starmer": Starmer hosts, the United Kingdom is no second party).
  void drop_represented_countries(Interaction& i) const {
    const auto mediating = [&](int p) {
      return p == i.mediator || std::find(i.co_mediators.begin(), i.co_mediators.end(), p) != i.co_mediators.end();
    };
    const auto own_person = [&](int c) {
      const Actor& country = actors_[c].actor;
      if (country.kind != ActorKind::country || country.country.empty() || mediating(c)) return -1;
      for (int q : i.participants)
        if (!mediating(q) && actors_[q].actor.kind == ActorKind::person && actors_[q].actor.country == country.country)
          return q;
      return -1;
    };
    if (i.initiator >= 0) {
      const int host = own_person(i.initiator);
      if (host >= 0) i.initiator = host;
    }
    i.participants.erase(
        std::remove_if(i.participants.begin(), i.participants.end(), [&](int c) { return own_person(c) >= 0; }),
        i.participants.end());
  }

  // "X a également participé à la rencontre": X joins the interaction being reported. A person
  // stands for the country actor of his own country there ("les délégations russe et
  // américaine ... Du côté américain, X a pris part aux discussions"), unless it hosts or mediates.
  bool join_current(const Interaction& i, Span span, unsigned paragraph, const std::vector<uint32_t>& topics,
                    const std::vector<std::string>& subjects, bool witness) {
    // Those seated at a table sat at the meeting told just before, in their paragraph; further
    // on, the table is more likely another meeting's.
    DocEvent* target = joinable(paragraph, i.seated ? 0 : 2);
    if (!target) return false;
    DocEvent& e = *target;
    for (int p : i.participants) {
      const Actor& a = actors_[p].actor;
      if (a.kind == ActorKind::person && !a.country.empty())
        e.participants.erase(std::remove_if(e.participants.begin(), e.participants.end(),
                                            [&](int q) {
                                              return q != e.mediator && q != e.initiator &&
                                                     actors_[q].actor.kind == ActorKind::country &&
                                                     actors_[q].actor.country == a.country;
                                            }),
                             e.participants.end());
      if (std::find(e.participants.begin(), e.participants.end(), p) == e.participants.end())
        e.participants.push_back(p);
      // "sous l'égide de l'UE ... le chef de la diplomatie européenne X, qui présidait la
      // réunion": the mediating organization's officer stands for it.
      if (e.mediator >= 0 && e.mediator != p && actors_[e.mediator].actor.kind == ActorKind::organization &&
          a.kind == ActorKind::person && ends_with(a.role, ":" + actors_[e.mediator].actor.id)) {
        e.participants.erase(std::remove(e.participants.begin(), e.participants.end(), e.mediator),
                             e.participants.end());
        e.mediator = p;
      }
    }
    if (!(span == e.evidence) && e.more_evidence.size() < 8 &&
        std::find(e.more_evidence.begin(), e.more_evidence.end(), span) == e.more_evidence.end())
      e.more_evidence.push_back(span);
    e.topics.insert(topics.begin(), topics.end());
    for (const auto& s : subjects)
      if (std::find(e.subjects.begin(), e.subjects.end(), s) == e.subjects.end()) e.subjects.push_back(s);
    // Who joins a mediation ("M, qui présidait la réunion avec N", "en présence de P") sits with
    // the third parties: "ils", "chacun d'eux" still mean its two sides.
    if (e.type != "mediation" && !witness) parties_of(e.participants, e.mediator, {}, actors_.current_parties);
    return true;
  }

  // A lone joiner with no meeting to join yet ("A a participé au sommet", the first report of
  // it): held, with its date, for the meeting the next sentences report.
  void hold_join(const SentenceContext& ctx, Interaction& i, const std::vector<DateMention>& dates, Span span,
                 unsigned paragraph) {
    std::size_t picked = dates.size();
    const int joiner = i.participants[0];
    const DocEvent e = to_doc_event(ctx, i, dates, span, &picked);
    held_join_ = HeldJoin{joiner, e.date, e.planned, paragraph, span};
  }

  // Gives the held joiner to `e`, a meeting reported in its paragraph or the next, of the same
  // status and a compatible date; the joiner's date dates an undated one. A call, or a report
  // further on, is another interaction: the joiner is dropped.
  void take_held_join(DocEvent& e, unsigned paragraph) {
    HeldJoin held = held_join_;
    if (held.actor < 0) return;
    held_join_ = HeldJoin{};
    if (paragraph > held.paragraph + 1 || e.type == "phone_call" || e.planned != held.planned ||
        !compatible(e.date, held.date))
      return;
    if (std::find(e.participants.begin(), e.participants.end(), held.actor) == e.participants.end())
      e.participants.push_back(held.actor);
    if (e.date.empty()) e.date = held.date;
    e.more_evidence.push_back(held.span);
  }

  // Keeps the parties just reported among the last few reports' (a long article's older
  // reports are too far back for an anaphor to mean them).
  void note_party_history() {
    auto& reported = actors_.party_history;
    if (reported.empty()) reported.reserve(7);  // at most seven at a time (six kept): room at the first
    if (reported.empty() || reported.back() != actors_.current_parties) reported.push_back(actors_.current_parties);
    if (reported.size() > 6) reported.erase(reported.begin());
  }

  // Whom "ils", "les deux hommes", "chacun d'eux" can mean after an interaction: its parties,
  // not the third parties who brought them together ("Sous l'égide de M, A et B ... Ils sont
  // convenus de se revoir": A and B).
  // They replace `out`'s contents, in its storage (the current parties change at each report).
  static void parties_of(const std::vector<int>& participants, int mediator, const std::vector<int>& co_mediators,
                         std::vector<int>& out) {
    out.clear();
    out.reserve(participants.size());  // at most one allocation, not one per doubling
    for (int p : participants)
      if (p != mediator && std::find(co_mediators.begin(), co_mediators.end(), p) == co_mediators.end())
        out.push_back(p);
  }

  // The latest meeting or mediation reported in this paragraph or the `reach` before: one can
  // attend a summit or talks, not someone else's phone call.
  DocEvent* joinable(unsigned paragraph, unsigned reach) {
    for (int k = current_; k >= 0; --k) {
      const auto u = static_cast<std::size_t>(k);
      if (paragraph_[u] + reach < paragraph) return nullptr;
      if (events_[u].type != "phone_call") return &events_[u];
    }
    return nullptr;
  }

  // "... les dirigeants rivaux, le président A et l'ancien chef rebelle B. Les deux hommes
  // avaient été invités ...": two people a sentence without interaction names together are
  // whom the next "les deux hommes" means, more than the parties of an older report.
  void note_coordinated_pair(const SentenceContext& ctx, const std::vector<Mention>& mentions) {
    const Mention* last = nullptr;
    const Mention* before_last = nullptr;
    for (const auto& m : mentions) {
      if (m.place || m.pronoun || actors_[m.actor].actor.kind != ActorKind::person) continue;
      if (last && last->actor == m.actor) continue;
      before_last = last;
      last = &m;
    }
    if (!before_last || last->begin < before_last->end || last->begin - before_last->end > 48) return;
    bool joined = false, broken = false;
    for_each_word(ctx.folded_text(before_last->end, last->begin), [&](std::string_view w) {
      if (is_word(w, "et")) joined = true;
      broken =
          broken || is_word(w, ".") || is_word(w, ";") || is_word(w, ":") || is_word(w, "avec") || is_word(w, "puis");
      return !broken;
    });
    if (joined && !broken) actors_.current_parties = {before_last->actor, last->actor};
  }

  // A sentence without its own interaction goes on describing the latest one that involves
  // the first actor it names (or that actor's country); a sentence naming no actor, the
  // current one. A sentence that opens on a third party ("Le porte-parole X a déclaré que A
  // ...", "A Washington, le département d'État a rappelé que ...") reports what that party
  // says or does, not what the participants discussed.
  DocEvent* continuation_target(const SentenceContext& ctx, const std::vector<Mention>& mentions) {
    if (current_ < 0) return nullptr;
    const Mention* first = nullptr;  // the first actor named other than as a complement
    bool any = false;
    for (const auto& m : mentions) {
      if (m.place) continue;
      any = true;
      if (!complement(ctx, m)) {
        first = &m;
        break;
      }
    }
    // "Les deux dirigeants ont aussi condamné l'Iran": the parties, named as such before any
    // actor, are what the sentence is about.
    const Mention* named = first;
    for (const auto& m : mentions)
      if (!named && !m.place) named = &m;
    // "Les participants ont passé en revue ...", "Les trois dirigeants ont ...": the group
    // met together, even when a two-party call was told since.
    if (group_named_before(ctx, named ? named->begin : ctx.end))
      if (DocEvent* e = latest_group()) {
        group_ = static_cast<int>(e - events_.data());
        return e;
      }
    const int described = group_ >= 0 ? group_ : current_;
    if (named && parties_named_before(ctx, named->begin)) return &events_[static_cast<std::size_t>(described)];
    for (const auto& m : mentions) {
      if (m.place || (first && &m != first)) continue;
      // "Dans leur déclaration, ils demandent ...": one of the group, or all of them, still.
      if (group_ >= 0 && involves(events_[static_cast<std::size_t>(group_)], m.actor))
        return &events_[static_cast<std::size_t>(group_)];
      group_ = -1;
      if (DocEvent* e = latest_involving(m.actor)) return e;
    }
    return any ? nullptr : &events_[static_cast<std::size_t>(described)];
  }

  // Whether a phrase that names the parties of a meeting of three or more ("les
  // participants", "les quatre dirigeants") begins at folded offset `pos` or before: the
  // phrase may itself be read as a mention of the parties last told.
  static bool group_named_before(const SentenceContext& ctx, uint32_t pos) {
    for (const auto& h : ctx.hits)
      if (h.begin <= pos && has_cue(h, CueKind::group)) return true;
    return false;
  }

  // The latest event of three parties or more, if any.
  DocEvent* latest_group() {
    for (auto k = events_.size(); k-- > 0;)
      if (events_[k].participants.size() >= 3) return &events_[k];
    return nullptr;
  }

  // Whether a phrase that names the interaction just reported or its parties ("les deux
  // dirigeants", "lors de cet entretien", "les entretiens ont porté sur") ends before folded
  // offset `pos`.
  bool parties_named_before(const SentenceContext& ctx, uint32_t pos) const {
    for (const auto& h : ctx.hits)
      if (h.end <= pos &&
          (has_cue(h, CueKind::continuation) || has_cue(h, CueKind::anaphora) ||
           (h.kind == PhraseKind::trigger && lex_.triggers()[h.index()].pattern == TriggerPattern::noun)))
        return true;
    return false;
  }

  // "« C'est une trêve, pas la paix », résume un diplomate", "Interrogé par l'agence, un
  // responsable a jugé ...": what an outsider or a statement to the press says about the
  // interaction, not what its parties discussed; unless the sentence names both as the
  // parties again ("Les deux dirigeants ont dit dans une interview ..."). One party named
  // ("le chef de l'Etat a insisté dans une allocution") is only the speaker.
  static bool commentary(const SentenceContext& ctx) {
    bool comment = false;
    for (const auto& h : ctx.hits) {
      if (has_cue(h, CueKind::anaphora)) return false;
      comment = comment || has_cue(h, CueKind::commentary);
    }
    return comment;
  }

  // "Trois mois de dégel", "Un corridor à 17 milliards": a line of a few words that no
  // punctuation ends is a section's title; it announces what follows, it does not go on
  // describing the interaction before it. A line that names the parties as such ("Les deux
  // dirigeants ont évoqué le gaz", its period lost) is no title.
  bool heading(const SentenceContext& ctx, Span span) const {
    for (const auto& h : ctx.hits)
      if (has_cue(h, CueKind::continuation) || has_cue(h, CueKind::anaphora)) return false;
    std::string_view line = std::string_view(doc_.text).substr(span.begin, span.size());
    while (!line.empty() && (line.back() == ' ' || line.back() == '\n' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    static constexpr std::string_view kEnds[] = {".", "!", "?", ":", ";", ")", "\"", "…", "»", "”", "’"};
    for (std::string_view e : kEnds)
      if (line.size() >= e.size() && line.substr(line.size() - e.size()) == e) return false;
    std::size_t words = 0;
    for_each_word(ctx.folded_text(ctx.begin, ctx.end), [&](std::string_view) { return ++words <= kHeadingWords; });
    return words <= kHeadingWords;
  }
  static constexpr std::size_t kHeadingWords = 12;

  // "Le conflit a fait 220 000 morts depuis 1964", "Le 31 août, il les avait déjà reçus pour
  // discuter du traité de paix", "Dans un message diffusé dimanche, X a appelé ses hommes à
  // respecter la trêve", "Le ministre est attendu vendredi à Lorient": a sentence dated at
  // another time than the interaction it would go on describing (a past one, when the text
  // tells it as past) tells the background or what follows, not what was discussed; unless it
  // names the parties as such again ("Les deux dirigeants ont rappelé l'accord signé en
  // 2020"). An interaction not dated yet (a headline's) is taken to be recent: a month
  // before the article or less.
  bool background_to(const SentenceContext& ctx, const DocEvent& e) {
    if (e.date.empty() && !reference_.full()) return false;
    for (const auto& h : ctx.hits)
      if (has_cue(h, CueKind::continuation) || has_cue(h, CueKind::anaphora)) return false;
    std::vector<DateMention>& dates = background_dates_;  // a kept buffer, as sentence_dates_
    dates.assign(ctx.dates().begin(), ctx.dates().end());
    count_from_narrative(dates);
    for (const auto& d : dates)
      if (!d.date.empty() && !d.daypart && (!d.future || (!e.planned && !e.date.empty())) && !d.noun_modifier &&
          (d.relation == DateMention::Relation::none || d.relation == DateMention::Relation::since) &&
          (e.date.empty() ? month_before_reference(d.date) : earlier(d.date, e.date) || earlier(e.date, d.date)))
        return true;
    return false;
  }

  // Whether the whole period `d` names ended more than a month before the article's date.
  bool month_before_reference(const Date& d) const {
    if (!d.year) return false;
    const int month = d.month ? d.month : 12;
    const int day = d.day ? d.day : (month == 12 ? 31 : 0);
    // Day 0 of the next month is the last day of this one.
    const long last = day ? days_from_civil(d.year, month, day)
                          : days_from_civil(month == 12 ? d.year + 1 : d.year, month == 12 ? 1 : month + 1, 1) - 1;
    return last + 31 < days_from_civil(reference_.year, reference_.month, reference_.day);
  }

  // Whether `a` is before `b` at the precision both give ("2021" is before "2022-10-06",
  // "octobre 2022" is not).
  static bool earlier(const Date& a, const Date& b) {
    if (a.year && b.year && a.year != b.year) return a.year < b.year;
    if (!a.month || !b.month || a.month != b.month) return a.month && b.month && a.month < b.month;
    return a.day && b.day && a.day < b.day;
  }

  DocEvent* latest_involving(int actor) {
    for (int k = static_cast<int>(events_.size()) - 1; k >= 0; --k)
      if (involves(events_[static_cast<std::size_t>(k)], actor)) return &events_[static_cast<std::size_t>(k)];
    return nullptr;
  }

  // Whether a preposition stands right before a mention (articles skipped): "Sur l'Ukraine,".
  bool complement(const SentenceContext& ctx, const Mention& m) const {
    bool prep = false;
    for_each_word_backward(ctx.folded_text(m.begin > ctx.begin + 24 ? m.begin - 24 : ctx.begin, m.begin),
                           [&](std::string_view w) {
                             if (is_word(w, "l") || is_word(w, "le") || is_word(w, "la") || is_word(w, "les"))
                               return true;
                             prep = lex_.is_cue_word(CueKind::preposition, w);
                             return false;
                           });
    return prep;
  }

  bool involves(const DocEvent& e, int actor) const {
    for (int p : e.participants)
      if (p == actor || (!actors_[actor].actor.country.empty() && actors_[actor].actor.kind == ActorKind::country &&
                         actors_[p].actor.country == actors_[actor].actor.country))
        return true;
    return false;
  }

  // What a sentence says was discussed: its topic phrases and named subjects, the longest
  // phrase where they overlap ("maintien de la paix" is security, not peace), none inside an
  // office's name ("le ministre de la Défense") nor in the setting of the meeting ("en marge
  // du sommet du G20"): that says where the actors met.
  // `topics` receives them sorted and distinct.
  void topics_of(const SentenceContext& ctx, std::vector<uint32_t>& topics, std::vector<std::string>& subjects) const {
    const auto topical = [](const PhraseHit& h) {
      return h.kind == PhraseKind::topic || h.kind == PhraseKind::subject;
    };
    // Most sentences hold no topic phrase: nothing to hide then, nor to read.
    if (std::none_of(ctx.hits.begin(), ctx.hits.end(), topical)) return;
    const auto& entry = lex_.topic_of_phrase();
    // Folded spans whose topic words do not count, in a list the thread keeps from sentence to sentence.
    thread_local std::vector<std::pair<uint32_t, uint32_t>> hidden;
    hidden.clear();
    for (const auto& h : ctx.hits) {
      if (h.kind == PhraseKind::role) hidden.emplace_back(h.begin, h.end);
      if (h.kind == PhraseKind::topic && entry[h.index()] == Lexicons::kSettingPhrase)
        hidden.emplace_back(h.begin, setting_end(ctx, h.end));
    }
    for (const auto& h : ctx.hits) {
      if (!topical(h)) continue;
      const auto within = [&](uint32_t b, uint32_t e) { return b <= h.begin && h.end <= e && e - b > h.end - h.begin; };
      bool hide = false;
      for (const auto& [b, e] : hidden) hide = hide || within(b, e);
      // The hits come by begin: none after the first that begins past h can hold it.
      for (const auto& o : ctx.hits) {
        if (hide || o.begin > h.begin) break;
        hide = topical(o) && within(o.begin, o.end);
      }
      if (hide) continue;
      if (h.kind == PhraseKind::topic) {
        for (uint32_t k = 0; k < h.payload_count; ++k)
          if (entry[h.index(k)] < lex_.topic_ids().size()) topics.push_back(entry[h.index(k)]);
      } else {
        const SubjectEntry& s = lex_.subjects()[h.index()];
        if (std::find(subjects.begin(), subjects.end(), s.name) == subjects.end()) subjects.push_back(s.name);
        for (uint32_t t = 0; t < lex_.topic_ids().size(); ++t)
          if (lex_.topic_ids()[t] == s.topic) topics.push_back(t);
      }
    }
    std::sort(topics.begin(), topics.end());
    topics.erase(std::unique(topics.begin(), topics.end()), topics.end());
  }

  // Where the setting opened at folded offset `from` ends: at the next punctuation or at a
  // word that starts another clause or purpose ("en marge du sommet, ...", "en marge du
  // sommet pour discuter de ..."). The words of a name the setting holds do not end it, nor
  // an acronym in parentheses after it: "en marge du Forum de la Ceinture et la Route", "au
  // sommet de la Coopération économique pour l'Asie-Pacifique (APEC)".
  static uint32_t setting_end(const SentenceContext& ctx, uint32_t from) {
    const std::string_view rest = ctx.folded_text(from, ctx.end);
    uint32_t end = ctx.end;
    bool gloss = false;  // inside a one-word parenthesis right after the name ("(APEC)")
    for_each_word(rest, [&](std::string_view w) {
      static constexpr std::string_view kPunctuation[] = {",", ";", ":", ".", "(", ")"};
      const auto at = from + static_cast<uint32_t>(w.data() - rest.data());
      if (is_word(w, "(")) {
        const auto next = first_words<2>(rest.substr(at - from + 1));
        gloss = next.count >= 2 && next.word[1] == ")";
      }
      bool stop = ctx.lex.is_cue_word(CueKind::setting_stop, w);
      for (std::string_view p : kPunctuation) stop = stop || w == p;
      if (is_word(w, ")") && gloss) {
        stop = false;
        gloss = false;
      }
      stop = stop && !gloss && !inside_name(ctx, from, at);
      if (stop) end = at;
      return !stop;
    });
    return end;
  }

  // Whether folded offset `at` falls inside a topic or subject phrase that starts at or after
  // `from`: a name, whose "et" or "pour" is no clause word.
  static bool inside_name(const SentenceContext& ctx, uint32_t from, uint32_t at) {
    for (const auto& h : ctx.hits)
      if ((h.kind == PhraseKind::topic || h.kind == PhraseKind::subject) && h.begin >= from && h.begin < at &&
          at < h.end)
        return true;
    return false;
  }

  // The day a sentence that opens the document's narrative reports something at: a past
  // day, not a relation ("depuis 2019") nor a noun's ("le sommet du 5 mai"), unless the noun's
  // day counts back from the publication ("le déplacement de lundi": the visit the article
  // tells, on the day its reports are of). The day of an
  // announcement counts ("a annonce mercredi que A et B etaient parvenus a un accord"); the
  // publication date written out does not: it is the dateline ("Publie le 13 aout 2008"),
  // unless the sentence reports an interaction on that day and names no other ("a reçu en
  // audience, ce mardi 18 juin 2024, ...").
  Date lead_date(const std::vector<DateMention>& dates, bool reports) const {
    Date dateline;
    for (const auto& d : dates)
      if (!d.date.empty() && !d.future && !d.daypart && d.relation == DateMention::Relation::none &&
          (!d.noun_modifier || d.relative) && d.date.day) {
        if (d.relative || !(d.date == reference_)) return d.date;
        if (reports && dateline.empty()) dateline = d.date;
      }
    return dateline;
  }

  // "PEKIN, 15 janvier (Xinhua) -- X a eu mercredi des entretiens avec Y": a dispatch whose
  // dateline gives no year reports in its lead what happened on its day, so the one weekday
  // the lead names after the dateline is that day's; later weekdays ("Mardi, ...", "doit
  // s'entretenir jeudi") then count from it. The dateline is the reference when the article
  // has none, whether or not a weekday follows ("PARIS, 14 mars (AFP) - A a appelé hier B":
  // yesterday is the 13th, and the 14th is no interaction's day). True when `dates`, the
  // lead's, teach the reference or its weekday.
  bool learn_reference_weekday(const SentenceContext& ctx, const std::vector<DateMention>& dates) {
    if (reference_weekday_ >= 0 || reference_.has_year()) return false;
    const DateMention* dateline = nullptr;
    const DateMention* weekday = nullptr;
    int weekdays = 0;
    for (const auto& d : dates) {
      const bool day =
          d.date.month && d.date.day && !d.date.has_year() && !d.daypart && d.relation == DateMention::Relation::none;
      if (!dateline && !weekday && day && (reference_.empty() || d.date == reference_)) dateline = &d;
      if (d.weekday >= 0 && d.date.empty()) weekday = &d, ++weekdays;
    }
    if (!dateline) return false;
    const auto after_dateline = ctx.begin + static_cast<uint32_t>(dateline->end);
    if (weekdays != 1 || weekday->begin < dateline->end ||
        !dateline_dash(ctx.folded_text(after_dateline, ctx.begin + static_cast<uint32_t>(weekday->begin)))) {
      // No weekday to learn: the dateline still dates the dispatch when its dash follows it
      // ("14 mars (AFP) - ").
      if (!reference_.empty() ||
          !dateline_dash(ctx.folded_text(after_dateline, std::min(after_dateline + 16, ctx.end))))
        return false;
      reference_ = dateline->date;
      return true;
    }
    reference_ = dateline->date;
    reference_weekday_ = weekday->weekday;
    return true;
  }

  // "la veille", "le lendemain": the day before or after the day the text last narrated (the
  // latest occurred event with a full date), which is the publication date only when the
  // text has narrated none.
  void count_from_narrative(std::vector<DateMention>& dates) {
    for (auto& d : dates) {
      if (!d.from_context) continue;
      if (d.context_span) {
        settle_told();
        d.date = span_from(told_.empty() ? last_narrated(false) : told_, d);
        continue;
      }
      // "Ces engagements remontent au 17 octobre. Ce jour-là, ...": a day told since the last
      // narrated event, in a sentence of the same paragraph that reported none, is the day
      // counted from (another paragraph's, often a plan or an aside, is not).
      Date from = day_told_before(dates, d);
      if (!from.day) {
        settle_told();
        if (told_.day && told_paragraph_ == paragraph_now_) from = told_;
      }
      count_days_from_narrative(d, from);
    }
  }

  // "X, qui a prêté serment le 20 mai, l'a reçu dès le lendemain", "Bakou, 29 décembre - ...
  // au cours d'un entretien tenu la veille": the latest day the sentence gave before `d`
  // (not a relation to another time, nor itself counted), what "la veille" or "le
  // lendemain" there counts from; else empty.
  static Date day_told_before(const std::vector<DateMention>& dates, const DateMention& d) {
    Date day;
    for (const auto& o : dates)
      if (o.end <= d.begin && o.date.month && o.date.day && !o.from_context && !o.daypart &&
          (o.relation == DateMention::Relation::none || o.relation == DateMention::Relation::range))
        day = o.date;
    return day;
  }

  // "la veille", "le lendemain" (`d`, from_context and no span): the day before or after
  // `from` when given, else the last narrated day; `d` unchanged when the text has narrated
  // no day yet.
  void count_days_from_narrative(DateMention& d, const Date& from = {}) const {
    const Date narrated = from.day ? from : last_narrated_day();
    if (!narrated.month || !narrated.day) return;
    d.date = narrated.year ? add_days(narrated, d.context_days) : add_days_yearless(narrated, d.context_days);
    if (d.date.empty()) return;
    d.future = reference_.full() && days_from_civil(d.date.year, d.date.month, d.date.day) >
                                        days_from_civil(reference_.year, reference_.month, reference_.day);
  }

  Date last_narrated_day() const { return last_narrated(true); }

  // "En septembre 2023, X avait accusé Y. ... quelques jours plus tôt": a sentence that
  // reports no interaction still gives the date the next span counts from: a past date of a
  // month or day, which is not a relation to another time nor a noun's.
  // The first such date: the main clause's, more often than not ("X a effectué ce jeudi une
  // visite, sa première depuis son investiture le 2 avril").
  // "Lundi, A a été accueilli par B. Le lendemain, c'est à Brazzaville qu'il a posé ses
  // valises. Reçu par C, ...": "le lendemain" of a narrated day tells one too (counted from
  // it; before the text narrates a day, it tells nothing); a counted span does not (reading
  // it would need told_).
  // Whether the dates told one; then it is told_.
  bool note_told(std::vector<DateMention>&& dates, unsigned paragraph) {
    const bool narrated = last_narrated_day().day != 0;
    for (auto& d : dates)
      if (d.from_context && !d.context_span) {
        if (narrated)
          count_days_from_narrative(d);
        else
          d.date = Date{};
      }
    for (const auto& d : dates)
      if (d.date.month && !d.future && !d.context_span && !d.noun_modifier && !d.daypart &&
          (d.relation == DateMention::Relation::none || d.relation == DateMention::Relation::range)) {
        told_ = d.date, told_paragraph_ = paragraph;
        return true;
      }
    return false;
  }

  // "La dernière tentative remonte à 2009. Les ministres avaient alors signé, le 10
  // octobre, ...": in an article that gives no year of its own, a day told in a sentence in
  // the pluperfect goes back into the past the paragraph just dated, and is of its year.
  // The year of the latest past date of the paragraph's sentences since the last told (not
  // a relation to another time nor a noun's), else of its latest occurred event, else 0.
  int year_told_in(unsigned paragraph) const {
    for (std::size_t k = untold_.size(); k-- > 0 && untold_[k].paragraph == paragraph;)
      for (const auto& d :
           find_dates(untold_[k].folded, untold_[k].reference, untold_[k].reference_weekday, DateLexicon::bundled()))
        if (d.date.year && !d.future && !d.noun_modifier && !d.from_context && !d.daypart &&
            d.relation == DateMention::Relation::none)
          return d.date.year;
    for (std::size_t k = events_.size(); k-- > 0 && paragraph_[k] == paragraph;)
      if (!events_[k].planned && events_[k].date.year) return events_[k].date.year;
    return 0;
  }

  // told_ once the sentences that reported nothing since have been read: the latest that
  // tells a date wins, so they are read from the last back to the first that tells one.
  void settle_told() {
    for (std::size_t k = untold_.size(); k-- > 0;) {
      const Untold& u = untold_[k];
      if (note_told(find_dates(u.folded, u.reference, u.reference_weekday, DateLexicon::bundled()), u.paragraph)) break;
    }
    untold_.clear();
  }

  // The date of the latest occurred event with a day (`day`) or at least a month, else the
  // lead's when it has one.
  Date last_narrated(bool day) const {
    auto known = [day](const Date& d) { return d.month && (d.day || !day); };
    for (std::size_t k = events_.size(); k-- > 0;)
      if (!events_[k].planned && known(events_[k].date)) return events_[k].date;
    return known(lead_) ? lead_ : Date{};
  }

  // A counted span from the narrated date: the day, month or year it lands on, as precise as
  // the span and that date are ("quelques jours plus tard": the narrated month).
  static Date span_from(const Date& narrated, const DateMention& d) {
    if (!narrated.month) return Date{};
    if (d.context_vague) return Date{narrated.year, narrated.month, 0};
    if (d.context_years) return narrated.year ? Date{narrated.year + d.context_years, 0, 0} : Date{};
    if (d.context_days) {
      if (!narrated.day) return Date{narrated.year, narrated.month, 0};  // "en janvier ... deux jours plus tard"
      return narrated.year ? add_days(narrated, d.context_days) : add_days_yearless(narrated, d.context_days);
    }
    const int months = narrated.month - 1 + d.context_months;
    const int year_shift = months >= 0 ? months / 12 : -((11 - months) / 12);
    if (year_shift != 0 && !narrated.year) return Date{};
    return Date{narrated.year ? narrated.year + year_shift : 0, months - 12 * year_shift + 1, 0};
  }

  // "La veille" of XXXX-02-11 in an article that never states its year: XXXX-02-10. Counted
  // in a leap year, so 29 February exists; empty when the count crosses a year's end.
  static Date add_days_yearless(const Date& d, int n) {
    Date r = add_days(Date{2000, d.month, d.day}, n);
    if (r.year != 2000) return Date{};
    r.year = 0;
    return r;
  }

  // Whether a sentence dates nothing by itself: no date, or only relations to other times
  // ("qui assure jusqu'en decembre la presidence", "pour la premiere fois depuis 2019",
  // "detenu depuis le coup d'Etat du 18 aout").
  bool undated(const SentenceContext& ctx, const std::vector<DateMention>& dates) const {
    for (const auto& d : dates) {
      if (d.relation != DateMention::Relation::none && d.relation != DateMention::Relation::range) continue;
      if (d.daypart) continue;  // a narrative's time of day: its day is the context's
      if (d.noun_modifier && in_phrase_of(ctx, ctx.begin + static_cast<uint32_t>(d.begin), "depuis")) continue;
      return false;
    }
    return true;
  }

  static bool has_daypart(const std::vector<DateMention>& dates) {
    return std::any_of(dates.begin(), dates.end(), [](const DateMention& d) { return d.daypart; });
  }

  // A report that names no date happened when the narrative around it did: at the latest
  // dated occurred event of its paragraph ("Elle s'etait entretenue mercredi avec A. Elle a
  // enfin ete recue par B."), else at the lead's date.
  void set_context_date(DocEvent& e, unsigned paragraph, bool daypart) {
    // "Mardi, A est arrivé à Lima. Il a été reçu par B.": the paragraph's latest date, told
    // by a report or not.
    settle_told();
    if (told_paragraph_ == paragraph && told_.month) {
      e.context_date = told_;
      return;
    }
    for (std::size_t k = events_.size(); k-- > 0 && paragraph_[k] == paragraph;)
      if (!events_[k].date.empty() && !events_[k].planned) {
        e.context_date = events_[k].date;
        return;
      }
    needs_lead_.push_back(events_.size());
    if (daypart) today_if_undated_.push_back(events_.size());
  }

  // "depuis la prise de la ville par les rebelles, en janvier": a date apposed to the noun
  // phrase after "depuis" (one comma, no trigger or clause break between) dates that noun,
  // not the interaction.
  static bool closes_since_phrase(const SentenceContext& ctx, uint32_t pos) {
    const std::string_view before = ctx.folded_text(pos > ctx.begin + 80 ? pos - 80 : ctx.begin, pos);
    const std::size_t since = before.rfind("depuis ");
    if (since == std::string_view::npos || (since > 0 && before[since - 1] != ' ')) return false;
    const std::string_view phrase = before.substr(since);
    if (std::count(phrase.begin(), phrase.end(), ',') != 1 || phrase.find_first_of(":;\"") != std::string_view::npos)
      return false;
    const auto from = static_cast<uint32_t>(pos - phrase.size());
    for (const auto& h : ctx.hits)
      if (h.kind == PhraseKind::trigger && h.begin >= from && h.end <= pos) return false;
    return true;
  }

  bool reporting_before(const SentenceContext& ctx, uint32_t pos) const {
    for (const auto& h : ctx.hits)
      if (has_cue(h, CueKind::reporting) && h.end <= pos &&
          pos - h.end <= 2)
        return true;
    return false;
  }

  // Whether a date before the trigger is the dateline run into the lead sentence ("PARIS,
  // 13 mars 2025 (AFP) - Reçu vendredi à l'Élysée, ..."): the publication day, then the dash
  // that ends a dateline. It says when the dispatch was filed, not when anyone met.
  bool dateline_before(const SentenceContext& ctx, const DateMention& d, uint32_t trigger_begin) const {
    const uint32_t end = ctx.begin + static_cast<uint32_t>(d.end);
    if (!(d.date == reference_) || end > trigger_begin) return false;
    return dateline_dash(ctx.folded_text(end, trigger_begin));
  }

  // Whether folded text holds the dash that ends a dateline (" - ", "--", an em dash folded).
  static bool dateline_dash(std::string_view between) {
    return between.find(" - ") != std::string_view::npos || between.find("--") != std::string_view::npos;
  }

  // Whether folded offset `pos` lies in a phrase "après le/la ..." that no comma or clause
  // break has closed yet: the noun it names happened before what the sentence reports.
  bool in_after_phrase(const SentenceContext& ctx, uint32_t pos) const { return in_phrase_of(ctx, pos, "apres"); }

  // Whether folded offset `pos` lies in a phrase opened by `word` ("après", "depuis") that no
  // comma or clause word has closed yet.
  static bool in_phrase_of(const SentenceContext& ctx, uint32_t pos, std::string_view word) {
    bool open = false;
    for_each_word(ctx.folded_text(ctx.begin, pos), [&](std::string_view w) {
      if (w == word)
        open = true;
      else if (is_word(w, ",") || is_word(w, ";") || is_word(w, ":") || is_word(w, ".") ||
               ctx.lex.is_cue_word(CueKind::relative, w))
        open = false;
      return true;
    });
    return open;
  }

  // Whether `word` occurs in the sentence before folded offset `pos`.
  bool word_before(const SentenceContext& ctx, uint32_t pos, std::string_view word) const {
    bool found = false;
    for_each_word(ctx.folded_text(ctx.begin, pos), [&](std::string_view w) {
      found = w == word;
      return !found;
    });
    return found;
  }

  // Whether a relative pronoun comes right after the trigger ending at `pos`.
  bool relative_on_trigger(const SentenceContext& ctx, uint32_t pos) const {
    bool relative = false;
    for_each_word(ctx.folded_text(pos, ctx.end), [&](std::string_view w) {
      relative = ctx.lex.is_cue_word(CueKind::relative, w);
      return false;
    });
    return relative;
  }

  // Whether a relative or subordinate clause starts between two offsets: a date beyond it
  // belongs to that clause ("la COP, que Bakou doit accueillir du 11 au 22 novembre").
  bool clause_between(const SentenceContext& ctx, uint32_t b, uint32_t e) const {
    bool found = false;
    for_each_word(ctx.folded_text(b, e), [&](std::string_view w) {
      found = is_word(w, ";") || is_word(w, ":") || ctx.lex.is_cue_word(CueKind::relative, w) ||
              ctx.lex.is_cue_word(CueKind::subordinator, w);
      return !found;
    });
    return found;
  }

  // Whether date `d`, after the trigger of `i`, follows a past participle that tells another
  // event of a noun ("de l'accord conclu en mars", "avec Adama Barrow, investi la veille"):
  // not one an auxiliary makes a verb's ("ont signé"), nor among the first words after the
  // trigger (its own: "l'accord signé le 5"), nor one whose clause names its agents after the
  // date ("l'accord signé le 26 novembre à Mexico par A et B": that signing is the interaction).
  static bool in_participle_clause(const SentenceContext& ctx, const Interaction& i, const DateMention& d) {
    const uint32_t begin = ctx.begin + static_cast<uint32_t>(d.begin);
    if (begin < i.trigger_end) return false;
    bool found = false, auxiliary = false;
    std::size_t words = 0;
    for_each_word(ctx.folded_text(i.trigger_end, begin), [&](std::string_view w) {
      found = ++words > 2 && !auxiliary && ctx.lex.is_cue_word(CueKind::participle, w);
      auxiliary = ctx.lex.is_cue_word(CueKind::auxiliary, w) || ctx.lex.is_cue_word(CueKind::pluperfect, w);
      return !found && !is_word(w, ";") && !is_word(w, ":");
    });
    if (!found) return false;
    bool agents = false;
    words = 0;
    for_each_word(ctx.folded_text(ctx.begin + static_cast<uint32_t>(d.end), ctx.end), [&](std::string_view w) {
      agents = ctx.lex.is_cue_word(CueKind::agent_preposition, w);
      return !agents && ++words < 8 && !is_word(w, ";") && !is_word(w, ":");
    });
    return !agents;
  }

  // Whether every date that could date `i` tells another event in a participle's clause
  // after the trigger or in a closed relative or participle clause before it: the report
  // then dates nothing by itself, like one without a date.
  static bool dated_only_elsewhere(const SentenceContext& ctx, const Interaction& i,
                                   const std::vector<DateMention>& dates) {
    const uint32_t tb = i.trigger_begin - ctx.begin;
    bool any = false;
    for (const auto& d : dates) {
      if (d.relation != DateMention::Relation::none && d.relation != DateMention::Relation::range) continue;
      if (d.daypart) continue;
      const bool closed_before = d.end <= tb && in_closed_relative(ctx, static_cast<uint32_t>(d.begin), tb);
      if (!closed_before && !in_participle_clause(ctx, i, d)) return false;
      any = true;
    }
    return any;
  }

  // Whether sentence offset `pos` is in a relative or participle clause (", qui ...",
  // ", investi ...") that a comma closes before `trigger`: "A, qui avait rencontré B en 2019,
  // a appelé C mardi" (2019 is B's); "A, investi en janvier, y a accueilli B" (January is
  // when A took office).
  static bool in_closed_relative(const SentenceContext& ctx, uint32_t pos, uint32_t trigger) {
    const std::string_view s = ctx.folded_text(ctx.begin, ctx.begin + trigger);
    const std::size_t comma = s.rfind(", ", pos);
    if (comma == std::string_view::npos || s.find(',', pos) == std::string_view::npos) return false;
    bool opens = false;
    for_each_word(s.substr(comma + 2, pos - comma - 2), [&](std::string_view w) {
      opens = is_word(w, "qui") || ctx.lex.is_cue_word(CueKind::participle, w);
      return false;
    });
    return opens;
  }

  // The date nearest the trigger that dates this interaction, not a report of it, a
  // relation to another event, or a noun elsewhere in the sentence.
  // `chosen`, when given, receives the index of the date mention picked (dates.size() when none).
  Date pick_date(const SentenceContext& ctx, const Interaction& i, const std::vector<DateMention>& dates,
                 std::size_t* chosen = nullptr) const {
    const uint32_t tb = i.trigger_begin - ctx.begin, te = i.trigger_end - ctx.begin;
    Date best, dateline, after_event;
    uint32_t best_dist = UINT32_MAX;
    bool today = false;
    if (chosen) *chosen = dates.size();
    for (const auto& d : dates) {
      if (d.date.empty()) continue;
      // "doit s'entretenir dans la soirée avec B": today; a report's "dans la soirée" is of
      // the narrated day, which the context gives.
      if (d.daypart && !i.planned) continue;
      // "Après le séisme du 6 février 2023, A avait appelé B": some days after that day, in its
      // month as far as one can tell ("après les élections de mars": any month after).
      if (d.noun_modifier && d.date.day && !d.future && d.relation == DateMention::Relation::none &&
          after_event.empty() && in_after_phrase(ctx, ctx.begin + static_cast<uint32_t>(d.begin)))
        after_event = Date{d.date.year, d.date.month, 0};
      if (d.future && (d.relation == DateMention::Relation::before ||
                       (d.noun_modifier && word_before(ctx, ctx.begin + static_cast<uint32_t>(d.begin), "avant"))))
        today = true;
      if (d.relation != DateMention::Relation::none && d.relation != DateMention::Relation::range) continue;
      if (reporting_before(ctx, ctx.begin + static_cast<uint32_t>(d.begin))) continue;
      if (closes_since_phrase(ctx, ctx.begin + static_cast<uint32_t>(d.begin))) continue;
      if (dateline_before(ctx, d, i.trigger_begin)) {
        dateline = d.date;  // the day only when the sentence gives no other
        continue;
      }
      // A date after a relative clause that follows the trigger dates that clause, unless the
      // clause opens on the trigger noun itself ("les discussions qu'il a eues en février").
      if (d.begin >= te && !relative_on_trigger(ctx, ctx.begin + te) &&
          clause_between(ctx, ctx.begin + te, ctx.begin + static_cast<uint32_t>(d.begin)))
        continue;
      if (d.end <= tb && in_closed_relative(ctx, static_cast<uint32_t>(d.begin), tb)) continue;
      if (in_participle_clause(ctx, i, d)) continue;
      uint32_t dist = d.begin >= te ? static_cast<uint32_t>(d.begin - te) : (tb >= d.end ? static_cast<uint32_t>(tb - d.end) : 0);
      if (d.noun_modifier && !(d.begin >= te && d.begin - te <= 16)) continue;
      if (dist < best_dist) {
        best_dist = dist;
        if (chosen) *chosen = static_cast<std::size_t>(&d - dates.data());
        // "doit rencontrer A jeudi": the coming Thursday, not the last one.
        best = i.planned && !d.ahead.empty() ? d.ahead : i.past && !d.past.empty() ? d.past : d.date;
      }
    }
    // "Avant le sommet de demain, A a rencontré B": the meeting was today.
    if (best.empty() && today && reference_.day) best = reference_;
    if (best.empty() && dateline.empty() && after_event.month) return after_event;
    return best.empty() ? dateline : best;
  }

  // Whether the verb at [b, e) is in the pluperfect: its auxiliary "avait", "avaient",
  // "était", "étaient" is in the trigger ("s'étaient rencontrés") or a few words before it.
  static bool pluperfect_at(const SentenceContext& ctx, uint32_t b, uint32_t e) {
    const uint32_t from = b > ctx.begin + 40 ? b - 40 : ctx.begin;
    bool found = false;
    for_each_word(ctx.folded_text(b, e), [&](std::string_view w) {
      found = ctx.lex.is_cue_word(CueKind::pluperfect, w);
      return !found;
    });
    if (found) return true;
    std::size_t seen = 0;
    for_each_word_backward(ctx.folded_text(from, b), [&](std::string_view w) {
      found = ctx.lex.is_cue_word(CueKind::pluperfect, w);
      return !found && ++seen < 4 && !is_word(w, ",") && !is_word(w, ".") &&
             !ctx.lex.is_cue_word(CueKind::auxiliary, w);
    });
    return found;
  }

  // Whether a word that sets the report before the news ("déjà") stands in its
  // verb ("s'étaient déjà rencontrés", "avaient déjà eu un entretien") or a few words around it.
  static bool earlier_cue_near(const SentenceContext& ctx, const Interaction& i) {
    const uint32_t from = i.trigger_begin > ctx.begin + 24 ? i.trigger_begin - 24 : ctx.begin;
    const uint32_t to = std::min(ctx.end, i.trigger_end + 16);
    bool found = false;
    for_each_word(ctx.folded_text(from, to), [&](std::string_view w) {
      found = ctx.lex.is_cue_word(CueKind::earlier, w);
      return !found;
    });
    return found;
  }

  // "A s'est entretenu avec B en juillet puis en août": a date right after the interaction's own,
  // joined by "puis", is the same parties' next interaction; empty when there is none.
  // `k` is the index in `dates` of the interaction's own date, as pick_date chose it.
  Date sequel_date(const SentenceContext& ctx, const Interaction& i, const std::vector<DateMention>& dates,
                   std::size_t k) const {
    if (k >= dates.size()) return {};
    const DateMention* next = nullptr;
    for (const auto& d : dates)
      if (d.begin >= dates[k].end && (!next || d.begin < next->begin)) next = &d;
    if (!next || next->date.empty() || next->relation != DateMention::Relation::none || next->noun_modifier ||
        next->daypart)
      return {};
    bool then = false, other = false;
    std::size_t words = 0;
    for_each_word(ctx.folded_text(ctx.begin + static_cast<uint32_t>(dates[k].end),
                                  ctx.begin + static_cast<uint32_t>(next->begin)),
                  [&](std::string_view w) {
                    then = then || ctx.lex.is_cue_word(CueKind::sequence, w);
                    other = ++words > 4 || !(is_word(w, ",") || ctx.lex.is_cue_word(CueKind::sequel, w));
                    return !other;
                  });
    if (!then || other) return {};
    return i.planned && !next->ahead.empty() ? next->ahead : i.past && !next->past.empty() ? next->past : next->date;
  }

  // The event an interaction reports; `picked`, when given, receives what pick_date's
  // `chosen` does (sequel_date reads on from that date). The interaction's type, participants
  // and place are moved into the event, not copied: its caller reads them no more.
  DocEvent to_doc_event(const SentenceContext& ctx, Interaction& i, const std::vector<DateMention>& dates, Span span,
                        std::size_t* picked = nullptr) const {
    DocEvent e;
    e.weak = i.weak;
    e.initiator = i.initiator;
    e.mediator = i.mediator;
    e.initiator_role = i.initiator_role;
    e.planned = i.planned;
    e.continuation = i.continuation;
    e.inferred = i.inferred;
    e.pluperfect = pluperfect_at(ctx, i.trigger_begin, i.trigger_end);
    e.earlier = !e.planned && earlier_cue_near(ctx, i);
    e.aside =
        std::any_of(ctx.hits.begin(), ctx.hits.end(), [](const PhraseHit& h) { return has_cue(h, CueKind::aside); });
    e.date = pick_date(ctx, i, dates, picked);
    if (!e.planned && after_reference(e.date)) {
      // Dated after the article: announced, not reported; unless a past tense says it happened,
      // and then the date is what is wrong (a misread day, another year): no date beats a false one.
      if (i.past)
        e.date = Date{};
      else
        e.planned = true;
    }
    e.evidence = span;
    e.confidence = i.confidence;
    // Last, once pick_date has read the interaction whole.
    e.type = std::move(i.type);
    e.participants = std::move(i.participants);
    e.place = std::move(i.place);
    e.place_country = std::move(i.place_country);
    return e;
  }

  // The document's events as output; the last use of events_, whose strings it moves out.
  std::vector<Event> assemble() {
    std::vector<Event> out;
    out.reserve(events_.size());
    CodePointCounter cp(doc_.text);
    const std::string published = to_edtf(doc_.published);
    std::string key;         // the id's key, one buffer for all events
    std::vector<Span> more;  // an event's further evidence in text order, one buffer for all
    for (auto& e : events_) {
      Event ev;
      ev.type = std::move(e.type);
      ev.participants.reserve(e.participants.size());
      for (int a : e.participants) ev.participants.push_back(actors_[a].actor);
      if (e.initiator >= 0) ev.initiator = actors_[e.initiator].actor.id;
      if (e.mediator >= 0) ev.mediator = actors_[e.mediator].actor.id;
      ev.date = to_edtf(e.date);
      ev.status = e.planned ? "planned" : "occurred";
      ev.topics.reserve(e.topics.size());
      for (uint32_t t : e.topics) ev.topics.push_back(lex_.topic_ids()[t]);
      ev.subjects = std::move(e.subjects);
      ev.place = std::move(e.place);
      Source s;
      s.document = doc_.name;
      s.published = published;
      s.sentence = doc_.text.substr(e.evidence.begin, e.evidence.size());
      s.start = cp.at(e.evidence.begin);
      s.end = cp.at(e.evidence.end);
      more.assign(e.more_evidence.begin(), e.more_evidence.end());
      std::sort(more.begin(), more.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
      s.evidence.reserve(more.size());
      for (const Span& sp : more) {
        const std::size_t st = cp.at(sp.begin);
        s.evidence.push_back({doc_.text.substr(sp.begin, sp.size()), st, cp.at(sp.end)});
      }
      ev.sources.push_back(std::move(s));
      ev.cameo = cameo_code(ev.type, ev.status, e.initiator >= 0 ? e.initiator_role : InitiatorRole::none);
      ev.confidence = std::min(0.99, e.confidence + 0.05 * (e.support - 1));
      key.assign(doc_.name).append("|").append(std::to_string(e.evidence.begin)).append("|").append(ev.type);
      for (const auto& p : ev.participants) key.append("|").append(p.id);
      ev.id = stable_id(key);
      // Two interactions one sentence reports between the same parties ("en juillet puis en
      // août") differ by their date.
      if (std::any_of(out.begin(), out.end(), [&](const Event& o) { return o.id == ev.id; }))
        ev.id = stable_id(key.append("|").append(ev.date));
      out.push_back(std::move(ev));
    }
    return out;
  }
};

}  // namespace

Extractor::Extractor(const ExtractorOptions& options)
    : lexicons_(std::make_shared<const Lexicons>(options.lexicons_dir, options.actors_file)) {}

Extractor::~Extractor() = default;

std::vector<Event> Extractor::extract(const Document& doc, ExtractStats* stats) const {
  return DocumentExtraction(*lexicons_, doc).run(stats);
}

std::vector<ActorMention> Extractor::mentions(const Document& doc) const {
  std::vector<ActorMention> out;
  DocumentExtraction(*lexicons_, doc, &out).run(nullptr);
  return out;
}

}  // namespace ag::extract
