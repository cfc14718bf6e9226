#!/usr/bin/env python3
"""The reference point for `actorgraph build`: the same events turned into the same graph
with networkx (MultiDiGraph) and written with nx.write_graphml.

  networkx_graphml.py EVENTS.jsonl OUT.graphml

Reads the events, merges reports of one interaction (same type, participants and date:
a simpler rule than actorgraph's deduplication, which does more work), adds one node per
actor and the edges actorgraph gives an event (graph/graph.h): initiator -> others,
mediator -> parties plus party -- party, otherwise every pair in id order, each edge with
the same attributes actorgraph's GraphML carries. Prints one JSON line of timings on
stdout: {"events", "nodes", "edges", "load_s", "graph_s", "write_s", "total_s"}.
"""
import itertools
import json
import sys
import time

import networkx as nx


def main():
    src, out = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    merged = {}
    n_in = 0
    with open(src, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            n_in += 1
            key = (e["type"], tuple(sorted(p["id"] for p in e["participants"])), e.get("date"))
            if key in merged:
                merged[key]["sources"].extend(e.get("sources") or [])
            else:
                merged[key] = e
    t1 = time.perf_counter()

    g = nx.MultiDiGraph()
    roles = {}
    for e in merged.values():
        for p in e["participants"]:
            if p["id"] not in g:
                g.add_node(p["id"], label=p.get("name") or p["id"], actor_id=p["id"], kind=p.get("kind") or "",
                           country=p.get("country") or "")
            if p.get("role"):
                roles.setdefault(p["id"], set()).add(p["role"])
    for node, rs in roles.items():
        g.nodes[node]["roles"] = ";".join(sorted(rs))
    for e in merged.values():
        ids = sorted({p["id"] for p in e["participants"]})
        first = (e.get("sources") or [{}])[0]
        attrs = dict(label=e["type"], weight=1.0, type=e["type"], date=e.get("date") or "",
                     status=e.get("status") or "", topics=";".join(e.get("topics") or []),
                     subjects=";".join(e.get("subjects") or []), place=e.get("place") or "",
                     event=e["id"], cameo=e.get("cameo") or "", evidence=first.get("sentence") or "",
                     document=first.get("document") or "", sources=len(e.get("sources") or []),
                     confidence=float(e.get("confidence") or 0))
        lead = e.get("mediator") if e["type"] == "mediation" else e.get("initiator")
        if lead in ids:
            others = [i for i in ids if i != lead]
            for t in others:
                g.add_edge(lead, t, role="mediator" if e["type"] == "mediation" else "initiator", mutual=False,
                           **attrs)
            if e["type"] == "mediation":
                for a, b in itertools.combinations(others, 2):
                    g.add_edge(a, b, role="party", mutual=True, **attrs)
        else:
            for a, b in itertools.combinations(ids, 2):
                g.add_edge(a, b, role="participant", mutual=True, **attrs)
    t2 = time.perf_counter()

    nx.write_graphml(g, out)
    t3 = time.perf_counter()
    print(json.dumps({"events": n_in, "merged": len(merged), "nodes": g.number_of_nodes(),
                      "edges": g.number_of_edges(), "load_s": round(t1 - t0, 3), "graph_s": round(t2 - t1, 3),
                      "write_s": round(t3 - t2, 3), "total_s": round(t3 - t0, 3)}))


if __name__ == "__main__":
    main()
