"""Loads a GEXF or GraphML file with networkx (an outside consumer, not our code) and prints what it read as JSON.

Usage: python load_network.py gexf|graphml FILE
Prints {"graph": {...}, "nodes": {id: attributes}, "edges": [attributes + id/source/target]}; any reader error
(a refused edge direction, a bad attribute type, invalid XML) exits non-zero with networkx's message.
"""
import json
import sys

import networkx as nx


def plain(value):
    # Spells come back as tuples; JSON has lists.
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def main(fmt: str, path: str) -> None:
    graph = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    if graph.is_multigraph():
        triples = ((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True))
    else:
        triples = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    edges = []
    for source, target, key, data in triples:
        row = {name: plain(value) for name, value in data.items()}
        row["id"] = data.get("id", key)
        row["source"] = source
        row["target"] = target
        edges.append(row)
    print(json.dumps({
        "graph": {
            "networkx": nx.__version__,
            "directed": graph.is_directed(),
            "multigraph": graph.is_multigraph(),
            "mode": graph.graph.get("mode"),
        },
        "nodes": {node: {name: plain(value) for name, value in data.items()} for node, data in graph.nodes(data=True)},
        "edges": edges,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
