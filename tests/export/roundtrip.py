#!/usr/bin/python3
"""Round-trip check of actorgraph's exports through real parsers.

  roundtrip.py DIR

DIR holds events.jsonl (the deduplicated events the graph was built from) and any of
graph.graphml, graph.gexf, graph.json, graph.dot, nodes.csv, edges.csv. Every node label and
every edge's evidence sentence read back by networkx, igraph, ElementTree, json, csv and
Graphviz must equal what the events say, after the documented cleaning (C0 controls other
than tab/LF/CR dropped; labels with white space collapsed; DOT text cut at 200 code points
for labels and 2000 for tooltips, with line breaks as LF).
Prints "roundtrip ok: ..." and exits 0, or names the first mismatch and exits 1.
"""
import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

CTRL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(s):
    return CTRL.sub("", s or "").replace("\ufffe", "\ufffd").replace("\uffff", "\ufffd")


def label(name, fallback):
    for s in (name, fallback):
        t = re.sub("[ \t\n\r]+", " ", clean(s)).strip(" ")
        if t:
            return t
    return "?"


def dot_text(s, limit):
    """What Graphviz shows of `s`: at most `limit` code points (then an ellipsis), line
    breaks as LF, tabs as spaces."""
    cut = len(s) > limit
    s = clean(s[:limit]).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return s + "\u2026" if cut else s


DOT_LABEL, DOT_TOOLTIP = 200, 2000


def fail(msg):
    print("roundtrip: " + msg)
    sys.exit(1)


def same(what, got, want):
    if got != want:
        fail(f"{what}: read back {got!r}, expected {want!r}")


def expectations(d):
    names, evidence, topics = {}, {}, {}
    with open(os.path.join(d, "events.jsonl"), encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            for p in e["participants"]:
                if p["id"] not in names or not names[p["id"]]:
                    names[p["id"]] = p.get("name") or ""
            srcs = e.get("sources") or []
            evidence[e["id"]] = srcs[0]["sentence"] if srcs else ""
            topics[e["id"]] = e.get("topics") or []
    labels = {i: label(n, i) for i, n in names.items()}
    return labels, evidence, topics


def check_graphml(path, labels, evidence, topics):
    import networkx as nx
    g = nx.read_graphml(path)
    for n, data in g.nodes(data=True):
        same(f"graphml node {n} label", data.get("label"), labels[data["actor_id"]])
    # networkx makes a MultiDiGraph only when it meets parallel edges.
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, d.get("id"), d) for u, v, d in g.edges(data=True))
    for u, v, k, data in edges:
        same(f"graphml edge {k} evidence", data.get("evidence", ""), clean(evidence[data["event"]]))
        same(f"graphml edge {k} topics", data.get("topics", ""), ";".join(topics[data["event"]]))
    try:
        import igraph as ig
        h = ig.Graph.Read_GraphML(path)
        same("igraph labels", sorted(h.vs["label"]), sorted(d["label"] for _, d in g.nodes(data=True)))
        same("igraph edge count", h.ecount(), g.number_of_edges())
    except ImportError:
        pass
    return g.number_of_nodes(), g.number_of_edges()


def check_gexf(path, labels, evidence):
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    nodes = root.findall(".//g:nodes/g:node", ns)
    edges = root.findall(".//g:edges/g:edge", ns)
    titles = {cls.get("class"): {a.get("id"): a.get("title") for a in cls.findall("g:attribute", ns)}
              for cls in root.findall(".//g:attributes", ns)}
    values = lambda el, cls: {titles[cls][a.get("for")]: a.get("value") for a in el.findall(".//g:attvalue", ns)}
    for n in nodes:
        vals = values(n, "node")
        same(f"gexf node {n.get('id')} label", n.get("label"), labels[vals["actor_id"]])
    for e in edges:
        vals = values(e, "edge")
        same(f"gexf edge {e.get('id')} evidence", vals.get("evidence", ""), clean(evidence[vals["event"]]))
    return len(nodes), len(edges)


def check_json(path, labels, evidence, topics):
    d = json.load(open(path, encoding="utf-8"))
    for n in d["nodes"]:
        same(f"json node {n['id']} label", n["label"], labels[n["actor_id"]])
    for l in d["links"]:
        same(f"json link {l['key']} evidence", l.get("evidence", ""), clean(evidence[l["event"]]))
        same(f"json link {l['key']} topics", l.get("topics", []), [clean(t) for t in topics[l["event"]]])
    return len(d["nodes"]), len(d["links"])


def check_csv(nodes_path, edges_path, labels, evidence):
    with open(nodes_path, encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_path, encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    for n in nodes:
        same(f"csv node {n['Id']} label", n["Label"], labels[n["actor_id"]])
    for e in edges:
        same(f"csv edge {e['Id']} evidence", e["evidence"], clean(evidence[e["event"]]))
    return len(nodes), len(edges)


def check_dot(path, keys_to_labels, edge_events, evidence):
    try:
        r = subprocess.run(["dot", "-Tsvg", path], capture_output=True)
    except FileNotFoundError:
        return None
    if r.returncode != 0 or r.stderr:
        fail(f"dot: exit {r.returncode}: {r.stderr.decode(errors='replace')[:300]}")
    svg = ET.fromstring(r.stdout)
    s, x = "{http://www.w3.org/2000/svg}", "{http://www.w3.org/1999/xlink}"
    nodes = edges = 0
    for g in svg.iter(s + "g"):
        cls = g.get("class")
        if cls == "node":
            nodes += 1
            key = g.find(s + "title").text
            text = "".join(t.text or "" for t in g.iter(s + "text"))
            same(f"dot node {key} label", text, dot_text(keys_to_labels[key], DOT_LABEL))
        elif cls == "edge":
            edges += 1
            eid = g.get("id")
            a = g.find(f".//{s}g[@id='a_{eid}']/{s}a")
            want = dot_text(evidence[edge_events[eid]], DOT_TOOLTIP)
            if want:
                same(f"dot edge {eid} tooltip", a.get(x + "title"), want)
    return nodes, edges


def main():
    d = sys.argv[1]
    labels, evidence, topics = expectations(d)
    counts = {}
    p = lambda name: os.path.join(d, name)
    if os.path.exists(p("graph.graphml")):
        counts["graphml"] = check_graphml(p("graph.graphml"), labels, evidence, topics)
    if os.path.exists(p("graph.gexf")):
        counts["gexf"] = check_gexf(p("graph.gexf"), labels, evidence)
    if os.path.exists(p("graph.json")):
        counts["json"] = check_json(p("graph.json"), labels, evidence, topics)
        d_json = json.load(open(p("graph.json"), encoding="utf-8"))
        keys_to_labels = {n["id"]: n["label"] for n in d_json["nodes"]}
        edge_events = {l["key"]: l["event"] for l in d_json["links"]}
        if os.path.exists(p("graph.dot")):
            c = check_dot(p("graph.dot"), keys_to_labels, edge_events, evidence)
            if c:
                counts["dot"] = c
    if os.path.exists(p("nodes.csv")) and os.path.exists(p("edges.csv")):
        counts["csv"] = check_csv(p("nodes.csv"), p("edges.csv"), labels, evidence)
    if not counts:
        fail("nothing to check in " + d)
    if len(set(counts.values())) != 1:
        fail(f"node/edge counts differ: {counts}")
    print("roundtrip ok: " + " ".join(f"{k}:{n}/{m}" for k, (n, m) in sorted(counts.items())))


if __name__ == "__main__":
    main()
