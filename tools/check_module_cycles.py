#!/usr/bin/env python3
"""Checks that no module of a crate imports a module that imports it back (directly or around
a longer circle). An edge A -> B is A naming an item defined in B: through `use crate::…`,
`use super::…`, a path `crate::…`/`super::…` in code, or a child module's name (`pages::x`).
Re-exports (`pub use`) are not edges of the module that writes them: a name it re-exports
leads to the module defining it (none if another crate's). Usage: check_module_cycles.py crates/web/src [crates/services/src …] | --self-test"""
import os, re, sys


def modules(src):
    mods = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            path = os.path.relpath(os.path.join(root, f), src)[:-3].split(os.sep)
            if path[-1] in ("mod", "lib", "main"):
                path = path[:-1]
            mods[tuple(path)] = os.path.join(root, f)
    return mods


def strip(text):
    """The code without comments, string contents and inline test modules (`#[cfg(test)] mod
    tests { … }` names `super::*` and would count as an edge to its own parent)."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    while True:
        m = re.search(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", text)
        if not m:
            return text
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        text = text[: m.start()] + text[i:]


def reexports(mods, mod, text):
    """The names a module re-exports, each with the module that defines it: a module of this
    crate (`pub use state::Services;`, `pub use crate::x::Y;`) or None for another crate's."""
    names = {}
    for m in re.finditer(r"pub(?:\([^)]*\))?\s+use\s+([^;]+);", text):
        for path in expand(m.group(1).replace("\n", " ")):
            segs = [p.strip() for p in path.split("::")]
            alias = segs[-1].split(" as ")
            name = alias[-1].strip()
            local = segs[0] in ("crate", "super", "self") or tuple(list(mod) + [segs[0]]) in mods
            names[name] = target(mods, mod, path if segs[0] in ("crate", "super") else
                                 "self::" + path, {})[0] if local else None
    return names


def resolve(mods, start, segs):
    """The deepest module along `segs` from `start`, and the name after it (if any)."""
    cur = list(start)
    last = tuple(cur)
    rest = None
    for i, s in enumerate(segs):
        if tuple(cur + [s]) in mods:
            cur.append(s)
            last = tuple(cur)
        else:
            rest = s
            break
    return last, rest


def edges_of(mods, mod, text, reexported):
    text = strip(text)
    out = set()
    no_pub_use = re.sub(r"pub(?:\([^)]*\))?\s+use\s+[^;]+;", "", text)
    # use statements with groups, flattened
    for m in re.finditer(r"\buse\s+((?:crate|super)(?:::[\w{}, *:\s]+)?);", no_pub_use):
        for path in expand(m.group(1).replace("\n", " ")):
            out |= set(target(mods, mod, path, reexported))
    for m in re.finditer(r"\b((?:crate|super)(?:::\w+)+)", no_pub_use):
        out |= set(target(mods, mod, m.group(1), reexported))
    for child in [k for k in mods if len(k) == len(mod) + 1 and k[: len(mod)] == mod]:
        if re.search(r"(?<![\w:])" + child[-1] + r"::\w", no_pub_use):
            out.add(child)
    out.discard(mod)
    return out


def expand(path):
    """`crate::a::{b, c::{d}}` -> ["crate::a::b", "crate::a::c::d"]."""
    path = path.strip()
    m = re.match(r"^([^{]*)\{(.*)\}$", path)
    if not m:
        return [path]
    head, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        p = p.strip()
        if p:
            out += expand(head + p)
    return out


def target(mods, mod, path, reexported):
    """The module `path` names from `mod` (as a one-element list), or none."""
    segs = [s.strip() for s in path.split("::") if s.strip()]
    if not segs:
        return []
    if segs[0] == "self":
        start, segs = tuple(mod), segs[1:]
    elif segs[0] == "crate":
        start, segs = (), segs[1:]
    else:
        start = list(mod)
        while segs and segs[0] == "super":
            start = start[:-1]
            segs = segs[1:]
        start = tuple(start)
    segs = [s.split(" as ")[0].strip() for s in segs if s not in ("self", "*")]
    t, name = resolve(mods, start, segs)
    if name and name in reexported.get(t, {}):
        via = reexported[t][name]
        return [via] if via is not None else []
    return [t]


def cycles(graph):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def check(src):
    """The circles among the modules under `src`, each as a sorted list of names."""
    mods = modules(src)
    texts = {m: open(f).read() for m, f in mods.items()}
    reexported = {m: reexports(mods, m, strip(t)) for m, t in texts.items()}
    graph = {m: edges_of(mods, m, t, reexported) for m, t in texts.items()}
    name = lambda m: "::".join(m) or "(root)"
    return mods, graph, [sorted(name(m) for m in c) for c in cycles(graph)]


def self_test():
    """The checker finds a circle made through a re-export, and not one made by a test module."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        files = {
            "lib.rs": "mod a;\nmod b;\nmod c;\npub use a::X;\n",
            "a.rs": "use crate::b::Y;\npub struct X;\n",
            "b.rs": "use crate::X; // a::X\npub struct Y;\n",
            "c.rs": "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::a::X;\n}\n",
        }
        for f, t in files.items():
            open(os.path.join(d, f), "w").write(t)
        assert check(d)[2] == [["a", "b"]], check(d)[2]
        open(os.path.join(d, "b.rs"), "w").write("pub struct Y;\n")
        assert check(d)[2] == [], check(d)[2]
    print("self-test: a circle through a re-export found; test modules ignored")


if sys.argv[1:] == ["--self-test"]:
    self_test()
    sys.exit(0)

bad = False
for src in sys.argv[1:]:
    mods, graph, found = check(src)
    if found:
        bad = True
        for c in found:
            print(f"{src}: modules that import each other: " + ", ".join(c))
    else:
        print(f"{src}: {len(mods)} modules, {sum(len(e) for e in graph.values())} imports, no circle")
sys.exit(1 if bad else 0)
