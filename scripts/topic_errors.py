#!/usr/bin/env python3
"""Where the topic errors are: per-topic false positives and misses over matched pairs.

Matches predicted and gold pairs exactly as ../shared/eval/score.py does (it is imported,
not copied), then compares each matched pair's topic sets and counts, per topic id, the
right topics, the false positives and the misses, and per topic phrase of
lexicons/fr/topics.tsv how often it occurs in the sentences of a pair whose topic is right
or wrong. A phrase is counted when it occurs in the event's evidence sentences (the main
sentence and the ones that added topics); the extractor's hiding rules (longest phrase,
offices, settings) are not replayed, so the phrase counts are a guide, not a trace.

Usage: scripts/topic_errors.py GOLD.json EVENTS.jsonl [--from N] [--to N] [--show [--topic ID]]
  --from/--to  only documents whose file name starts with a number in that range
  --show       print each wrong topic of an event once, with the sentences that gave it
"""
import argparse
import collections
import json
import os
import re
import signal
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score  # noqa: E402  (../shared/eval/score.py: the matching rules)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.replace("\u2019", "'").lower().split())


def load_phrases(path):
    """Folded phrase -> topic ids, from topic and subject lines."""
    phrases = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "topic":
                phrases[fold(fields[1])].append(fields[2])
            elif fields[0] == "subject":
                phrases[fold(fields[1])].append(fields[3])
    return {p: ts for p, ts in phrases.items()}


def phrases_for(phrases, sentences, topic):
    folded = [fold(s) for s in sentences]
    return [p for p, ts in phrases.items() if topic in ts and any(
        re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", s) for s in folded)]


def doc_number(name):
    m = re.match(r"(\d+)", name)
    return int(m.group(1)) if m else -1


def matched_pairs(gold, preds, lo, hi):
    """Yields (document, predicted event, gold event) for every matched pair."""
    alias = {}
    for aid, info in gold["actors"].items():
        alias[score.fold(aid)] = aid
        for n in info.get("aliases", []):
            alias[score.fold(n)] = aid

    def resolve(p):
        for k in score.actor_keys(p):
            if score.fold(k) in alias:
                return alias[score.fold(k)]
        return "?"

    for doc in gold["documents"]:
        name = doc["file"]
        if not lo <= doc_number(name) <= hi:
            continue
        gpairs = []
        for ev in doc["events"]:
            slots = [set(s.split("|")) for s in ev["participants"]]
            for sa, sb in score.combinations(slots, 2):
                gpairs.append((sa, sb, set(ev["type"].split("|")), ev.get("required", True), ev))
        ppairs = {}
        for ev in preds:
            if name not in score.event_docs(ev):
                continue
            ids = []
            for p in ev.get("participants", []):
                r = resolve(p)
                if r not in ids:
                    ids.append(r)
            for x, y in score.combinations(sorted(ids), 2):
                ppairs.setdefault((x, y, ev["type"], ev.get("date")), ev)
        cands = []
        for pk in ppairs:
            x, y, typ, date = pk
            for i, (sa, sb, types, req, gev) in enumerate(gpairs):
                if (x in sa and y in sb) or (x in sb and y in sa):
                    s = 2 * (typ in types) + (gev.get("date") is not None and score.date_ok(date, gev["date"]))
                    cands.append((-s, not req, i, pk))
        cands.sort(key=lambda c: (c[0], c[1], c[2], str(c[3])))
        used_gold, used = set(), {}
        for _, _, i, pk in cands:
            if i in used_gold or pk in used:
                continue
            used_gold.add(i)
            used[pk] = i
        for pk in sorted(used, key=str):
            yield name, ppairs[pk], gpairs[used[pk]][4]


def evidence(ev):
    out = []
    for s in ev.get("sources", []):
        out.append(s.get("sentence", ""))
        out += [x.get("sentence", "") for x in s.get("evidence", [])]
    return out


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--from", dest="lo", type=int, default=0)
    ap.add_argument("--to", dest="hi", type=int, default=10**9)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--topic")
    ap.add_argument("--lexicon", default=os.path.join(HERE, "..", "lexicons", "fr", "topics.tsv"))
    a = ap.parse_args()

    phrases = load_phrases(a.lexicon)
    gold = json.load(open(a.gold, encoding="utf-8"))
    preds = [e for e in score.load_pred(a.pred) if e.get("type") in score.CORE_TYPES]
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    right_by, wrong_by = collections.Counter(), collections.Counter()
    shown = set()
    for name, pev, gev in matched_pairs(gold, preds, a.lo, a.hi):
        gt, pt = set(gev.get("topics", [])), set(pev.get("topics") or [])
        sentences = evidence(pev)
        for t in gt & pt:
            tp[t] += 1
            for p in phrases_for(phrases, sentences, t):
                right_by[(t, p)] += 1
        for t in pt - gt:
            fp[t] += 1
            found = phrases_for(phrases, sentences, t)
            for p in found:
                wrong_by[(t, p)] += 1
            if a.show and (not a.topic or a.topic == t) and (name, pev.get("id"), t) not in shown:
                shown.add((name, pev.get("id"), t))
                print(f"FP {name} {t} via {found}")
                for s in sentences:
                    if phrases_for(phrases, [s], t):
                        print("     ", s[:300])
        for t in gt - pt:
            fn[t] += 1
            if a.show and (not a.topic or a.topic == t) and (name, pev.get("id"), t, "fn") not in shown:
                shown.add((name, pev.get("id"), t, "fn"))
                print(f"FN {name} {t} | gold: {gev.get('evidence', '')[:200]}")
    n_tp, n_fp, n_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r, f = score.prf(n_tp, n_fp, n_fn)
    print(f"topics over matched pairs: tp={n_tp} fp={n_fp} fn={n_fn} P={p:.3f} R={r:.3f} F1={f:.3f}")
    for t in sorted(set(tp) | set(fp) | set(fn), key=lambda t: -(fp[t] + fn[t])):
        print(f"  {t:24s} tp={tp[t]:4d} fp={fp[t]:4d} fn={fn[t]:4d}")
    print("phrases in the sentences of wrong topics (right / wrong):")
    for (t, ph), c in wrong_by.most_common(40):
        print(f"  {t:24s} {ph:40s} {right_by[(t, ph)]:4d} / {c:4d}")


if __name__ == "__main__":
    main()
