#!/usr/bin/env python3
"""Coverage report for the actor knowledge base's state offices.

For every country of lexicons/fr/countries.tsv and each of head_of_state,
head_of_government and foreign_minister, lists the days of a window (default
2015-01-01 to today) on which the office has no holder in lexicons/fr/actors/*.tsv,
flags overlaps (two holders of the same office of the same country for more than the
hand-over day, which the loader counts in both terms), lists the persons that have
no office line at all, and (--clashes) the surnames two office holders share while both are
in office: the resolver names nobody on such a bare surname, so a new holder can silently
take a bare surname away from a better-known one.

A country without a head of government is not necessarily a gap: in a presidential
system the president is head of state and government and the files list only
head_of_state. The report cannot tell the two apart; read it per country.

Usage: scripts/kb_gaps.py [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--summary] [--offices-only] [--clashes]
"""
import argparse
import datetime as dt
import glob
import os
import sys
import unicodedata
from collections import defaultdict

OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def day(s, default):
    return default if s == "-" else dt.date.fromisoformat(s)


def load(root):
    countries = set()
    with open(os.path.join(root, "lexicons/fr/countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                countries.add(line.split("\t", 1)[0])
    persons, offices = {}, []  # persons: id -> (display, nationality, where, aliases)
    for path in sorted(glob.glob(os.path.join(root, "lexicons/fr/actors/*.tsv"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                where = f"{name}:{n}"
                if fields[0] == "person":
                    if fields[1] in persons:
                        print(f"duplicate person {fields[1]} at {where}", file=sys.stderr)
                    aliases = [] if fields[4] == "-" else fields[4].split("|")
                    persons[fields[1]] = (fields[2], fields[3], where, aliases)
                elif fields[0] == "office":
                    actor, office, of, start, end = fields[1:6]
                    offices.append((actor, office, of, day(start, dt.date.min), day(end, dt.date.max), where))
    return countries, persons, offices


def gaps(terms, first, last):
    """Uncovered [from, to] day ranges of [first, last] given (from, to) inclusive terms."""
    out, cursor = [], first
    for start, end in sorted(terms):
        if start > cursor:
            out.append((cursor, min(start - dt.timedelta(days=1), last)))
        if end >= last:
            cursor = last + dt.timedelta(days=1)
            break
        cursor = max(cursor, end + dt.timedelta(days=1))
        if cursor > last:
            break
    if cursor <= last:
        out.append((cursor, last))
    return [g for g in out if g[0] <= g[1] and g[0] <= last]


def overlaps(terms):
    """Pairs of terms of different holders sharing more than one day."""
    out = []
    terms = sorted(terms, key=lambda t: (t[3], t[4]))
    for i, a in enumerate(terms):
        for b in terms[i + 1:]:
            if b[3] > a[4]:
                break
            if a[0] != b[0] and min(a[4], b[4]) > max(a[3], b[3]):
                out.append((a, b))
    return out


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def surname_clashes(persons, offices, first_day, last_day):
    """(surname, holder a, holder b) for bare surnames two holders share while both in office
    within [first_day, last_day].

    Approximates the loader (extract/actor_kb.cc): a surname is the last word of a full name
    of 2+ words, not a regnal number, 3+ folded characters; a word that is the first word of
    some full name names nobody on its own, so it is skipped.
    """
    first_words, by_surname = set(), defaultdict(set)
    for pid, (display, _, _, aliases) in persons.items():
        for name in [display] + aliases:
            words = fold(name).split()
            if len(words) < 2:
                continue
            if len(words[0]) >= 3:
                first_words.add(words[0])
            if not set(name.split()[-1]) <= set("IVXL") and len(words[-1]) >= 3:
                by_surname[words[-1]].add(pid)
    terms = defaultdict(list)
    for o in offices:
        terms[o[0]].append((o[3], o[4]))
    out = []
    for surname, ids in sorted(by_surname.items()):
        if surname in first_words:
            continue
        ids = sorted(i for i in ids if i in terms)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if any(max(s1, s2, first_day) < min(e1, e2, last_day) for s1, e1 in terms[a] for s2, e2 in terms[b]):
                    out.append((surname, a, b))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="first", default="2015-01-01")
    ap.add_argument("--to", dest="last", default=dt.date.today().isoformat())
    ap.add_argument("--summary", action="store_true", help="only the counts")
    ap.add_argument("--offices-only", action="store_true", help="skip the persons without office")
    ap.add_argument("--clashes", action="store_true", help="list bare surnames shared by holders in office together")
    args = ap.parse_args()
    first, last = dt.date.fromisoformat(args.first), dt.date.fromisoformat(args.last)
    countries, persons, offices = load(ROOT)

    by_key = defaultdict(list)
    for o in offices:
        if o[0] not in persons:
            print(f"office of unknown person {o[0]} at {o[5]}", file=sys.stderr)
        if o[1] in OFFICES:
            by_key[(o[2], o[1])].append(o)

    counts = {o: [0, 0] for o in OFFICES}  # countries with a gap, gap days
    for office in OFFICES:
        for c in sorted(countries):
            g = gaps([(t[3], t[4]) for t in by_key.get((c, office), [])], first, last)
            if not g:
                continue
            total = sum((b - a).days + 1 for a, b in g)
            counts[office][0] += 1
            counts[office][1] += total
            if not args.summary:
                ranges = ", ".join(f"{a}..{b}" for a, b in g)
                print(f"GAP\t{c}\t{office}\t{total}\t{ranges}")

    seen = {}
    for o in offices:
        if o[:5] in seen and not args.summary:
            print(f"DUPLICATE\t{o[0]}\t{o[1]}\t{o[2]}\t{o[5]} repeats {seen[o[:5]]}")
        seen.setdefault(o[:5], o[5])

    n_overlaps = 0
    for (c, office), terms in sorted(by_key.items()):
        for a, b in overlaps(terms):
            n_overlaps += 1
            print(f"OVERLAP\t{c}\t{office}\t{a[0]} {a[3]}..{a[4]} ({a[5]})\t{b[0]} {b[3]}..{b[4]} ({b[5]})")

    holders = {o[0] for o in offices}
    idle = sorted(p for p in persons if p not in holders)
    if not args.summary and not args.offices_only:
        for p in idle:
            print(f"NO_OFFICE\t{p}\t{persons[p][0]}\t{persons[p][1]}\t{persons[p][2]}")

    if args.clashes:
        for surname, a, b in surname_clashes(persons, offices, first, last):
            print(f"CLASH\t{surname}\t{a}\t{b}")

    print(f"# window {first}..{last}, {len(countries)} countries", file=sys.stderr)
    for office in OFFICES:
        print(f"# {office}: {counts[office][0]} countries with a gap, {counts[office][1]} gap days", file=sys.stderr)
    print(f"# overlaps: {n_overlaps}; persons without office: {len(idle)}", file=sys.stderr)


if __name__ == "__main__":
    main()
