#!/usr/bin/env python3
"""Writes tests/extract/date_matrix.tsv, the date matrix of tests/extract/date_matrix_test.cc:
short articles crossing date expressions, dateline forms and where the date stands relative to
the trigger, each with the date the Macron-Scholz event must get.

Usage: scripts/date_matrix.py [OUT]   (default tests/extract/date_matrix.tsv)
"""

import sys
rows = []
def add(label, exp, text):
    rows.append((label, exp, text.replace("\n", "\\n")))

HEAD = "Macron et Scholz\n\n"
D = {  # dateline forms for Thursday 14 March 2024
 "publie": "Publié le 14/03/2024 à 10h12\n\n",
 "afp": "",  # inline, see below
 "ligne": "14 mars 2024\n\n",
 "majour": "Mis à jour le 14/03/2024 à 18h30\n\n",
 "jour": "Jeudi 14 mars 2024\n\n",
 "iso": "2024-03-14\n\n",
 "publie2": "Publié le 14 mars 2024 à 10h12, mis à jour à 11h05\n\n",
 "le": "Le 14 mars 2024 à 10:12\n\n",
}
MACRON = "le président français Emmanuel Macron"
SCHOLZ = "le chancelier allemand Olaf Scholz"
def cap(s): return s[0].upper() + s[1:]
# positions: the date before the trigger, between subject and verb complement, after
def t_before(e): return f"{cap(e)}, {MACRON} s'est entretenu par téléphone avec {SCHOLZ}, a indiqué l'Elysée."
def t_mid(e): return f"{cap(MACRON)} s'est entretenu {e} par téléphone avec {SCHOLZ}, a indiqué l'Elysée."
def t_after(e): return f"{cap(MACRON)} a reçu {SCHOLZ} à l'Elysée {e}, a annoncé la présidence."
def t_prev(e): return f"Olaf Scholz est arrivé {e} à Paris. Le chancelier allemand a été reçu à l'Elysée par Emmanuel Macron pour un dîner de travail."
def t_plan(e): return f"{cap(MACRON)} recevra {e} {SCHOLZ} à l'Elysée, a annoncé la présidence."
def t_plan2(e): return f"{cap(MACRON)} doit s'entretenir {e} avec {SCHOLZ} à Berlin, selon l'Elysée."

PAST = [  # expression, expected at Thursday 2024-03-14
 ("le 12 mars", "2024-03-12"), ("le 12/03", "2024-03-12"), ("mardi 12 mars", "2024-03-12"),
 ("mardi 12", "2024-03-12"), ("le mardi 12 mars", "2024-03-12"), ("le 1er mars", "2024-03-01"),
 ("le 12 mars 2024", "2024-03-12"), ("le 12 mars dernier", "2024-03-12"), ("mardi", "2024-03-12"),
 ("mardi dernier", "2024-03-12"), ("ce mardi", "2024-03-12"), ("mardi soir", "2024-03-12"),
 ("mardi matin", "2024-03-12"), ("samedi soir", "2024-03-09"), ("dimanche", "2024-03-10"),
 ("dans la nuit de lundi à mardi", "2024-03"), ("hier", "2024-03-13"), ("hier soir", "2024-03-13"),
 ("avant-hier", "2024-03-12"), ("aujourd'hui", "2024-03-14"), ("ce matin", "2024-03-14"),
 ("ce jeudi", "2024-03-14"), ("jeudi", "2024-03-14"), ("jeudi matin", "2024-03-14"),
 ("plus tôt dans la journée", "2024-03-14"), ("début mars", "2024-03"), ("mi-février", "2024-02"),
 ("à la mi-février", "2024-02"), ("fin février", "2024-02"), ("fin janvier", "2024-01"),
 ("en février", "2024-02"), ("en février dernier", "2024-02"), ("le mois dernier", "2024-02"),
 ("au début du mois", "2024-03"), ("la semaine dernière", "2024-03"), ("en début de semaine", "2024-03"),
 ("cette semaine", "2024-03"), ("le week-end dernier", "2024-03"), ("il y a deux jours", "2024-03-12"),
 ("il y a une semaine", "2024-03-07"), ("il y a trois semaines", "2024-02"), ("il y a un mois", "2024-02"),
 ("en 2023", "2023"), ("l'an dernier", "2023"), ("en décembre", "2023-12"), ("le 28 décembre", "2023-12-28"),
 ("en décembre dernier", "2023-12"), ("en mars 2023", "2023-03"), ("le 3 mars 2023", "2023-03-03"),
 ("à l'automne 2023", "2023"), ("l'été dernier", "2023"), ("lors du sommet du 12 mars", "2024-03-12"),
 ("lors du sommet du 12", "2024-03-12"), ("le 12", "2024-03-12"), ("vendredi 8 mars", "2024-03-08"),
 ("samedi dernier", "2024-03-09"), ("le week-end", "2024-03"), ("ce week-end", "2024-03"),
 ("en fin de semaine dernière", "2024-03"), ("la semaine passée", "2024-03"),
]
PLAN = [
 ("demain", "2024-03-15"), ("vendredi", "2024-03-15"), ("ce vendredi", "2024-03-15"),
 ("mercredi prochain", "2024-03-20"), ("lundi prochain", "2024-03-18"), ("le 20 mars", "2024-03-20"),
 ("le mois prochain", "2024-04"), ("en avril", "2024-04"), ("la semaine prochaine", "2024-03"),
 ("début avril", "2024-04"), ("cet été", "2024"), ("le 2 janvier", "2025-01-02"), ("en juin", "2024-06"),
 ("après-demain", "2024-03-16"), ("dimanche", "2024-03-17"), ("samedi soir", "2024-03-16"),
 ("le 20/03", "2024-03-20"), ("mercredi 20 mars", "2024-03-20"), ("fin mars", "2024-03"),
 ("en fin de semaine", "2024-03"), ("ce week-end", "2024-03"), ("dans deux semaines", "2024-03"),
 ("dans trois jours", "2024-03-17"), ("cet automne", "2024"), ("l'an prochain", "2025"),
 ("en septembre prochain", "2024-09"), ("le 5 avril prochain", "2024-04-05"),
 ("dans la soirée", "2024-03-14"), ("dans l'après-midi", "2024-03-14"), ("plus tard dans la journée", "2024-03-14"),
 ("dans la soirée de mardi prochain", "2024-03-19"),
]
for e, x in PAST:
    add(f"publie/mid/{e}", x, HEAD + D["publie"] + t_mid(e))
    add(f"publie/before/{e}", x, HEAD + D["publie"] + t_before(e))
    add(f"publie/after/{e}", x, HEAD + D["publie"] + t_after(e))
for e, x in PLAN:
    add(f"publie/plan/{e}", x, HEAD + D["publie"] + t_plan(e))
    add(f"publie/plan2/{e}", x, HEAD + D["publie"] + t_plan2(e))
# the previous sentence holds the date
for e, x in PAST:
    add(f"publie/prev/{e}", x, HEAD + D["publie"] + t_prev(e))
# a dispatch's dateline run into its lead
for e, x in PAST:
    add(f"afp/after/{e}", x, HEAD + "PARIS, 14 mars 2024 (AFP) - " + t_after(e))
# dateline styles, with a handful of expressions
SOME = [("mardi", "2024-03-12"), ("hier", "2024-03-13"), ("le 12 mars", "2024-03-12"),
        ("la semaine dernière", "2024-03"), ("en février", "2024-02"), ("ce jeudi", "2024-03-14")]
for name, line in D.items():
    if name in ("publie", "afp"): continue
    for e, x in SOME:
        add(f"{name}/mid/{e}", x, HEAD + line + t_mid(e))
for e, x in SOME:
    add(f"afp/mid/{e}", x, HEAD + "PARIS, 14 mars 2024 (AFP) - " + t_mid(e))
    add(f"afpgap/mid/{e}", x, HEAD + "BERLIN (AFP) - 14 mars 2024\n\n" + t_mid(e))
# a dateline without the year: day offsets and day dates without year
for e, x in [("hier", "XXXX-03-13"), ("le 12 mars", "XXXX-03-12"), ("aujourd'hui", "XXXX-03-14"),
             ("en 2023", "2023"), ("mardi", "XXXX-03-14"), ("le 3 mars 2023", "2023-03-03")]:
    add(f"afp-noyear/mid/{e}", x, HEAD + "PARIS, 14 mars (AFP) - " + t_mid(e))
# no date line at all
for e, x in [("le 12 mars", "XXXX-03-12"), ("mardi", ""), ("hier", ""), ("en 2023", "2023"),
             ("le 3 mars 2023", "2023-03-03"), ("", "")]:
    add(f"none/mid/{e or '-'}", x, HEAD + t_mid(e).replace("  ", " "))
# no date expression with a dateline: null
add("publie/mid/-", "", HEAD + D["publie"] + t_mid("").replace("  ", " "))
add("publie/after/-", "", HEAD + D["publie"] + t_after("").replace(" ,", ","))
# a date in a subordinate clause about another event
SUB = [
 ("publie/sub/qui-rendu", "2024-03-13", f"{cap(MACRON)}, qui s'est rendu lundi à Bruxelles, a reçu mercredi {SCHOLZ} à l'Elysée."),
 ("publie/sub/qui-avait", "2024-03-13", f"{cap(MACRON)} a reçu mercredi {SCHOLZ}, qui avait rencontré Joe Biden lundi à Washington."),
 ("publie/sub/apres-attaque", "2024-03-13", f"{cap(MACRON)} s'est entretenu mercredi par téléphone avec {SCHOLZ}, deux jours après l'attaque survenue lundi à Moscou."),
 ("publie/sub/accord-conclu", "2024-03-13", f"{cap(MACRON)} s'est entretenu mercredi avec {SCHOLZ} de l'accord conclu le 2 février à Bruxelles."),
 ("publie/sub/accord-conclu-after", "2024-03-13", f"{cap(MACRON)} a évoqué l'accord conclu le 2 février lors d'un entretien téléphonique mercredi avec {SCHOLZ}."),
 ("publie/sub/depuis", "2024-03-13", f"{cap(MACRON)} a reçu mercredi {SCHOLZ}, en poste depuis décembre 2021."),
 ("publie/sub/lors", "2024-03-13", f"{cap(MACRON)} et {SCHOLZ} se sont entretenus mercredi, une semaine après le sommet européen du 6 mars."),
 ("publie/sub/avant", "2024-03-13", f"{cap(MACRON)} a reçu mercredi {SCHOLZ}, avant le Conseil européen des 21 et 22 mars."),
 ("publie/sub/election", "2024-03-13", f"Élu en décembre 2021, {SCHOLZ} a été reçu mercredi par Emmanuel Macron à l'Elysée."),
 ("publie/sub/prev-other", "2024-03-13", f"Lundi, le chancelier allemand avait visité une usine à Munich. {cap(MACRON)} a reçu mercredi Olaf Scholz à l'Elysée."),
 ("publie/sub/lendemain", "2024-03-11", f"Joe Biden a reçu Emmanuel Macron le 10 mars à Washington. Le lendemain, le président français s'est entretenu par téléphone avec Olaf Scholz."),
 ("publie/sub/veille", "2024-03-11", f"Joe Biden est arrivé mardi à Paris. La veille, {MACRON} s'était entretenu par téléphone avec Olaf Scholz."),
 ("publie/sub/plus-tot-journee", "2024-03-14", f"Emmanuel Macron a visité jeudi une usine à Lyon. Plus tôt dans la journée, il s'était entretenu par téléphone avec {SCHOLZ}."),
 ("publie/sub/deux-jours-plus-tard", "2024-03-12", f"Joe Biden a reçu Emmanuel Macron le 10 mars à Washington. Deux jours plus tard, le président français s'est entretenu par téléphone avec Olaf Scholz."),
 ("publie/sub/date-then-quote", "2024-03-13", f"« Nous sommes unis », a déclaré mercredi {MACRON} après un entretien téléphonique avec {SCHOLZ}."),
 ("publie/sub/incise-investi", "2024-03-13", f"Le chancelier allemand est arrivé mercredi à Paris. Olaf Scholz, investi en décembre 2021, a été reçu à l'Elysée par Emmanuel Macron."),
 ("publie/sub/incise-reelu", "2024-03-13", f"Emmanuel Macron, réélu en avril 2022, a reçu mercredi Olaf Scholz à l'Elysée."),
 ("publie/sub/incise-only", "", f"Emmanuel Macron, élu en mai 2017, s'est entretenu par téléphone avec Olaf Scholz."),
 ("publie/sub/soiree-narrative", "2024-03-12", f"Olaf Scholz est arrivé mardi à Paris. Dans la soirée, le chancelier allemand a été reçu à l'Elysée par Emmanuel Macron."),
 ("publie/sub/soiree-de-mardi", "2024-03-12", f"{cap(MACRON)} a reçu dans la soirée de mardi {SCHOLZ} à l'Elysée."),
 ("publie/sub/annonce-lundi", "2024-03-15", f"L'Elysée a annoncé lundi que {MACRON} recevra vendredi {SCHOLZ}."),
 ("publie/sub/annonce-hier", "2024-03-20", f"L'Elysée a annoncé hier que {MACRON} recevra le 20 mars {SCHOLZ}."),
 # a day told since the last event, in a sentence of the same paragraph that reports none
 ("publie/sub/ce-jour-la-told", "2024-03-10", f"Joe Biden a reçu Emmanuel Macron le 2 mars à Washington. Les négociations avaient repris le 10 mars. Ce jour-là, {MACRON} s'était entretenu par téléphone avec Olaf Scholz."),
 ("publie/sub/lendemain-told", "2024-03-12", f"Joe Biden a reçu Emmanuel Macron le 8 mars à Washington. Le lundi 11, direction Berlin. Le lendemain, le président français a rencontré Olaf Scholz."),
 ("publie/sub/veille-told", "2024-03-09", f"Joe Biden a reçu Emmanuel Macron le 5 mars à Washington. Le sommet de Bruxelles s'est ouvert le 10 mars. La veille, {MACRON} s'était entretenu par téléphone avec Olaf Scholz."),
 # a day told in another paragraph (a plan, an aside) is not what the next one counts from
 ("publie/sub/lendemain-other-paragraph", "2024-03-09", f"Joe Biden a reçu Emmanuel Macron le 8 mars à Washington.\n\nLe sommet devait s'ouvrir le 20 mars.\n\nLe lendemain, le président français a rencontré Olaf Scholz à Berlin."),
]
for l, x, t in SUB:
    add(l, x, HEAD + D["publie"] + t)
# across New Year: Wednesday 3 January 2024, and Friday 20 December 2024 for plans
JAN = "Publié le 03/01/2024 à 09h30\n\n"
for e, x in [("le 28 décembre", "2023-12-28"), ("lundi", "2024-01-01"), ("vendredi", "2023-12-29"),
             ("vendredi dernier", "2023-12-29"), ("dimanche 31 décembre", "2023-12-31"), ("le 31/12", "2023-12-31"),
             ("la semaine dernière", "2023-12"), ("le mois dernier", "2023-12"), ("en décembre", "2023-12"),
             ("fin décembre", "2023-12"), ("hier", "2024-01-02"), ("avant-hier", "2024-01-01"),
             ("l'an dernier", "2023"), ("le 2 janvier", "2024-01-02"), ("il y a une semaine", "2023-12"),
             ("en décembre dernier", "2023-12"), ("le 28 décembre 2022", "2022-12-28")]:
    add(f"janvier/mid/{e}", x, HEAD + JAN + t_mid(e))
    add(f"janvier/before/{e}", x, HEAD + JAN + t_before(e))
DEC = "Publié le 20/12/2024 à 09h30\n\n"
for e, x in [("le 3 janvier", "2025-01-03"), ("en janvier", "2025-01"), ("début janvier", "2025-01"),
             ("le mois prochain", "2025-01"), ("l'an prochain", "2025"), ("lundi", "2024-12-23"),
             ("mardi prochain", "2024-12-24"), ("la semaine prochaine", "2024-12"), ("le 6/01", "2025-01-06")]:
    add(f"decembre/plan/{e}", x, HEAD + DEC + t_plan(e))
    add(f"decembre/plan2/{e}", x, HEAD + DEC + t_plan2(e))
# more forms: times of day with their day, parts of weeks and years, several days, dotted digits
MORE = [
 ("lundi 11 mars au soir", "2024-03-11"), ("ce lundi 11 mars", "2024-03-11"), ("en ce début de semaine", "2024-03"),
 ("les 12 et 13 mars", "2024-03-12"), ("le 12 mars au matin", "2024-03-12"), ("dans la matinée de mardi", "2024-03-12"),
 ("mardi dernier 12 mars", "2024-03-12"), ("la veille au soir", "2024-03-13"), ("hier, mercredi,", "2024-03-13"),
 ("ce 12 mars", "2024-03-12"), ("en ce 12 mars", "2024-03-12"), ("à la mi-mars", "2024-03"),
 ("en milieu de semaine", "2024-03"), ("au cours du week-end", "2024-03"), ("au début de l'année", "2024"),
 ("en début d'année", "2024"), ("l'automne dernier", "2023"), ("en janvier dernier", "2024-01"),
 ("le 12.03.2024", "2024-03-12"), ("mardi, 12 mars", "2024-03-12"), ("ce mardi matin", "2024-03-12"),
 ("tard mardi soir", "2024-03-12"), ("tôt mardi", "2024-03-12"), ("dimanche dernier 10 mars", "2024-03-10"),
 ("avant-hier soir", "2024-03-12"), ("hier après-midi", "2024-03-13"), ("mardi 12 mars 2024", "2024-03-12"),
 ("le premier mars", "2024-03-01"), ("à la fin de la semaine dernière", "2024-03"), ("le 12 mars courant", "2024-03-12"),
 ("le mardi 12", "2024-03-12"), ("lundi et mardi", "2024-03-11"), ("il y a dix jours", "2024-03-04"),
 ("mercredi 13 mars dans la soirée", "2024-03-13"), ("en fin de journée mardi", "2024-03-12"),
 ("le 12 de ce mois", "2024-03-12"), ("jeudi dernier", "2024-03-07"), ("en février 2024", "2024-02"),
 ("courant février", "2024-02"), ("au cours du mois de février", "2024-02"),
 ("lors de leur rencontre de mardi", "2024-03-12"), ("le 12 mars à 15 heures", "2024-03-12"),
 ("vers 15h mardi", "2024-03-12"), ("au début de l'année 2023", "2023"), ("en début d'année 2023", "2023"),
 ("au cours du mois d'avril 2023", "2023-04"),
]
for e, x in MORE:
    add(f"publie/mid/{e}", x, HEAD + D["publie"] + t_mid(e))
    add(f"publie/before/{e}", x, HEAD + D["publie"] + t_before(e))
    add(f"publie/after/{e}", x, HEAD + D["publie"] + t_after(e))
for e, x in [("le 20 mars au soir", "2024-03-20"), ("les 20 et 21 mars", "2024-03-20"), ("dans les prochains jours", ""),
             ("vendredi 15 mars", "2024-03-15"), ("le week-end prochain", "2024-03"), ("fin avril", "2024-04"),
             ("au printemps", "2024"), ("en mai prochain", "2024-05"), ("à la mi-avril", "2024-04"),
             ("le mois d'avril", "2024-04"), ("lundi prochain 18 mars", "2024-03-18"), ("ce samedi", "2024-03-16"),
             ("samedi", "2024-03-16"), ("le 1er avril", "2024-04-01"), ("début mai", "2024-05"), ("en 2025", "2025")]:
    add(f"publie/plan/{e}", x, HEAD + D["publie"] + t_plan(e))
with open(sys.argv[1] if len(sys.argv) > 1 else "tests/extract/date_matrix.tsv", "w") as f:
    f.write("# The date matrix: short articles crossing date expressions, dateline forms and where the\n"
            "# date sits relative to the trigger (tests/extract/date_matrix_test.cc). Each line:\n"
            "#   label<TAB>expected EDTF date of the Macron-Scholz event (empty: null)<TAB>text\n"
            "# where \\n in the text is a line break. Datelines put the reference on Thursday 14 March\n"
            "# 2024 unless the label says otherwise (afp-noyear: 14 March, no year, and the one weekday\n"
            "# the lead names after such a dateline is the dispatch's day; none: no date).\n"
            "# Written by scripts/date_matrix.py: edit that and run it again.\n")
    for r in rows: f.write("\t".join(r) + "\n")
print(len(rows), "lines")
