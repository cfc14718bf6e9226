#!/usr/bin/env python3
"""Generate an events file (the JSON Lines contract of ../shared/spec/events.md) for
`build` benchmarks.

  make_events.py --events N --out FILE [--actors A] [--seed S]

The actor population looks like a news corpus's: A actors (default 3000): the countries
and organizations of the world and persons holding offices in them, with activity
following a Zipf law (a few leaders take part in most events, most actors in a handful).
Each interaction is reported by one to several documents (a geometric number of reports,
2.2 on average), so `build` has real duplicates to merge: reports of one interaction share
type and participants, and most share the date, while some give it less precisely
("2024-04", or none), as articles do. Every line is one report with one source.
The output is deterministic for a given seed. It is benchmark material, not a test of
extraction: its sentences are template-made.
"""
import argparse
import hashlib
import json
import random

ISO3 = (
    "AFG ALB DZA AGO ARG ARM AUS AUT AZE BHR BGD BLR BEL BEN BOL BIH BWA BRA BGR BFA BDI KHM CMR CAN "
    "CAF TCD CHL CHN COL COD COG CRI CIV HRV CUB CYP CZE DNK DJI DOM ECU EGY SLV GNQ ERI EST ETH FIN "
    "FRA GAB GMB GEO DEU GHA GRC GTM GIN HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ "
    "KEN KWT KGZ LAO LVA LBN LBY LTU LUX MDG MWI MYS MLI MLT MRT MEX MDA MNG MNE MAR MOZ MMR NAM NPL "
    "NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PSE PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA SAU SEN "
    "SRB SLE SGP SVK SVN SOM ZAF KOR SSD ESP LKA SDN SWE CHE SYR TWN TJK TZA THA TGO TUN TUR TKM UGA "
    "UKR ARE GBR USA URY UZB VEN VNM YEM ZMB ZWE"
).split()
ORGS = [
    "onu", "otan", "union-europeenne", "commission-europeenne", "conseil-europeen", "osce", "union-africaine",
    "ligue-arabe", "asean", "g7", "g20", "fmi", "banque-mondiale", "omc", "oms", "unesco", "unicef", "hcr",
    "cicr", "opep", "brics", "ocs", "cedeao", "mercosur", "conseil-de-l-europe", "aiea", "pam", "ocde",
    "croix-rouge", "interpol",
]
FIRST = (
    "Abdel Ahmed Alexandre Ali Amina Anna Antonio Bola Carlos Catherine Charles Chen Cyril Daniel David "
    "Dmitri Elena Emmanuel Fatima Fumio Giorgia Hassan Hakan Ilham Ivan Jean Joao Jorge Kamala Karim Kassym "
    "Keir Khalid Laura Leila Li Luis Maria Mark Mehmet Mohammed Nadia Narendra Nikol Olaf Omar Paul Pedro "
    "Rania Recep Rishi Salman Sergei Sophie Tamim Vladimir Volodymyr Wang Xavier Yasmine Youssef Zhang"
).split()
LAST = (
    "Aliyev Al-Thani Bakr Barrot Ben Salmane Blinken Costa Dubois Erdogan Fidan Guterres Haddad Ivanov "
    "Kagame Khan Kishida Kovalenko Lavrov Lula Macron Meloni Mirzoyan Modi Morel Nakamura Netanyahou Novak "
    "Okafor Pashinyan Petrov Ramaphosa Rossi Ruto Sanchez Scholz Sissi Silva Stoltenberg Tebboune Tinubu "
    "Tokaiev Tusk Weber Wolf Yilmaz Zelensky Zhou"
).split()
OFFICES = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "minister", "envoy"]
TYPES = [("phone_call", 0.42), ("meeting", 0.48), ("mediation", 0.10)]
TOPICS = ["peace_process", "borders", "territorial_conflict", "security_military", "climate", "energy",
          "economy_trade", "connectivity", "humanitarian", "human_rights", "bilateral_relations",
          "multilateral_diplomacy"]
SUBJECTS = ["COP29", "Sommet du G20", "Conférence de Munich", "Traité de paix", "Corridor de Zanguezour",
            "Accord sur le nucléaire", "Processus de Minsk", "Initiative céréalière"]
CITIES = ["Paris", "Berlin", "Moscou", "Bruxelles", "Genève", "Istanbul", "Doha", "Bakou", "Erevan",
          "Washington", "Pékin", "New Delhi", "Le Caire", "Riyad", "Abou Dhabi", "Nairobi", "Brasilia"]
SENTENCE = {
    "phone_call": "{a} s'est entretenu par téléphone avec {b} au sujet des relations entre les deux pays.",
    "meeting": "{a} a rencontré {b} à {city} pour évoquer la coopération bilatérale et la sécurité régionale.",
    "mediation": "Sous l'égide de {m}, {a} et {b} ont tenu des pourparlers à {city}.",
}


def make_actors(n, rng):
    """Countries, organizations and persons (most of the population), each with a Zipf weight."""
    actors = []
    for iso in ISO3:
        actors.append({"id": iso.lower(), "name": f"Pays {iso}", "kind": "country", "country": iso})
    for org in ORGS:
        actors.append({"id": org, "name": org.replace("-", " ").title(), "kind": "organization", "country": ""})
    seen = set(a["id"] for a in actors)
    while len(actors) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if rng.random() < 0.5:
            name = f"{rng.choice(FIRST)} {name}"
        pid = name.lower().replace(" ", "-")
        if pid in seen:
            continue
        seen.add(pid)
        iso = rng.choice(ISO3)
        actors.append({"id": pid, "name": name, "kind": "person", "country": iso,
                       "role": f"{rng.choice(OFFICES)}:{iso}"})
    rng.shuffle(actors)
    # Zipf activity: rank r has weight 1/r^1.1.
    weights = [1.0 / (r + 1) ** 1.1 for r in range(len(actors))]
    return actors, weights


def participant(a):
    p = {"id": a["id"], "name": a["name"], "kind": a["kind"], "country": a["country"] or None}
    if a.get("role"):
        p["role"] = a["role"]
    return p


def cameo(kind, status, initiator):
    if status == "planned":
        return "036"
    return {"phone_call": "041", "mediation": "045"}.get(kind, "043" if initiator else "040")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, required=True, help="report lines to write")
    ap.add_argument("--out", required=True)
    ap.add_argument("--actors", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    actors, weights = make_actors(a.actors, rng)
    type_names = [t for t, _ in TYPES]
    type_weights = [w for _, w in TYPES]
    written = 0
    doc = 0
    # Participants drawn in batches: random.choices over a cumulative table is the slow part.
    pool = []
    with open(a.out, "w", encoding="utf-8") as f:
        while written < a.events:
            if len(pool) < 8:
                pool = rng.choices(actors, weights=weights, k=65536)
            kind = rng.choices(type_names, type_weights)[0]
            n = 3 if kind == "mediation" else (2 if rng.random() < 0.85 else 3)
            parts = []
            while len(parts) < n:
                x = pool.pop()
                if all(x["id"] != p["id"] for p in parts):
                    parts.append(x)
            year = rng.randint(2015, 2025)
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            status = "planned" if rng.random() < 0.08 else "occurred"
            mediator = parts[-1]["id"] if kind == "mediation" else None
            initiator = parts[0]["id"] if kind != "mediation" and rng.random() < 0.6 else None
            topics = rng.sample(TOPICS, rng.randint(0, 3))
            subjects = rng.sample(SUBJECTS, 1) if rng.random() < 0.2 else []
            place = rng.choice(CITIES) if kind != "phone_call" and rng.random() < 0.5 else None
            sentence = SENTENCE[kind].format(a=parts[0]["name"], b=parts[1]["name"], m=parts[-1]["name"],
                                             city=place or rng.choice(CITIES))
            reports = 1
            while rng.random() < 0.55 and reports < 12:
                reports += 1
            for _ in range(min(reports, a.events - written)):
                doc += 1
                d = date
                r = rng.random()
                if r < 0.10:
                    d = date[:7]
                elif r < 0.15:
                    d = None
                y, m, dd = date.split("-")
                published = f"{y}-{m}-{min(28, int(dd) + rng.randint(0, 2)):02d}"
                document = f"corpus/{y}/{m}/article-{doc:08d}.txt"
                start = rng.randint(0, 3000)
                rec = {
                    "id": "ev-" + hashlib.blake2b(f"{document}|{start}".encode(), digest_size=4).hexdigest(),
                    "type": kind,
                    "participants": [participant(p) for p in parts],
                    "initiator": initiator,
                    "mediator": mediator,
                    "date": d,
                    "status": status,
                    "topics": topics,
                    "subjects": subjects,
                    "place": place,
                    "sources": [{"document": document, "published": published, "sentence": sentence,
                                 "start": start, "end": start + len(sentence)}],
                    "cameo": cameo(kind, status, initiator),
                    "confidence": round(0.6 + 0.35 * rng.random(), 2),
                }
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1


if __name__ == "__main__":
    main()
