#!/usr/bin/env python3
"""ICCMA 2023 command line on top of clingo and the encodings in this folder.

This is the benchmark peer that Scripts/bench-solver times against argmed:

    python3 clingo_iccma.py -p TASK -f FILE.i23 [-a ARG]
    python3 clingo_iccma.py --version        (startup baseline: import clingo, print version)

It reads the i23 file, converts it to facts `arg(1..n).` and `att(i,j).`, grounds one of
our encodings with them and prints the answer in the ICCMA 2023 output format
(`w 1 3`, `NO`, `YES` + `w ...`). Reading and converting the file is part of the run, as
reading the file is part of an argmed run.

Tasks: SE-GR SE-CO SE-ST SE-PR SE-SST SE-STG DC-CO DC-ST DS-ST DS-PR.
DS-PR enumerates preferred extensions (domRec) and stops at the first one without the
query: an exact method, but exponential when the query is in many preferred extensions.
"""

import os
import re
import sys

import clingo

ENCODINGS_DIR = os.path.dirname(os.path.abspath(__file__))

# Encodings per semantics, and whether models must be subset-maximal (domain heuristics).
ENCODINGS = {
    "GR": ["grounded.lp"],
    "CO": ["guess.lp", "complete.lp"],
    "ST": ["guess.lp", "stable.lp"],
    "PR": ["guess.lp", "complete.lp", "maximal-in.lp"],
    "SST": ["guess.lp", "complete.lp", "maximal-range.lp"],
    "STG": ["guess.lp", "maximal-range.lp"],
}
DOMREC = {"PR", "SST", "STG"}
TASKS = ["SE-GR", "SE-CO", "SE-ST", "SE-PR", "SE-SST", "SE-STG",
         "DC-CO", "DC-ST", "DS-ST", "DS-PR"]

_CANONICAL_BODY = re.compile(rb"(?:\d+ \d+\n)*")     # "i j" lines only: the fast path


def i23_to_facts(path):
    """Read an i23 file; return (n, facts as ASP text). Raises ValueError on bad input."""
    with open(path, "rb") as f:
        data = f.read()
    n, pos = None, 0
    while pos < len(data) and data[pos:pos + 1] in (b"#", b"p"):     # p-line and comments
        end = data.find(b"\n", pos)
        end = len(data) if end < 0 else end + 1
        tokens = data[pos:end].split()
        if tokens[:1] == [b"p"]:
            if n is not None or len(tokens) != 3 or tokens[1] != b"af" or not tokens[2].isdigit():
                raise ValueError(f"{path}: bad p-line {data[pos:end].strip()!r}")
            n = int(tokens[2])
        pos = end
    if n is None:
        raise ValueError(f"{path}: the file must start with 'p af N'")
    body = data[pos:]
    if body and not body.endswith(b"\n"):
        body += b"\n"
    if _CANONICAL_BODY.fullmatch(body):
        # One "i j" per line: bytes.replace turns the whole body into facts at C speed.
        facts = b"att(" + body[:-1].replace(b" ", b",").replace(b"\n", b").\natt(") + b").\n" \
            if body else b""
    else:
        lines = []
        for line in body.splitlines():
            tokens = line.split()
            if not tokens or tokens[0].startswith(b"#"):
                continue
            if len(tokens) != 2 or not (tokens[0].isdigit() and tokens[1].isdigit()):
                raise ValueError(f"{path}: unexpected line {line[:60]!r}")
            lines.append(b"att(%s,%s).\n" % (tokens[0], tokens[1]))
        facts = b"".join(lines)
    return n, f"arg(1..{n}).\n" + facts.decode("ascii")


def _logger(code, message):
    # "domRec ignored: No domain atoms found." only means that preprocessing fixed every
    # heuristic atom (e.g. an acyclic framework): there is then nothing left to maximise.
    if "domRec ignored" not in message:
        print(message, file=sys.stderr)


def solve(task, n, facts, query=None):
    """Solve TASK on the facts. Returns (answer, extension or None).

    answer is 'w' (SE found), 'NO' (SE none) or 'YES'/'NO' (DC, DS)."""
    kind, sem = task.split("-")
    options = ["--warn=none", "0" if task == "DS-PR" else "1"]
    if sem in DOMREC:
        options += ["--heuristic=Domain", "--enum-mode=domRec"]
    ctl = clingo.Control(options, logger=_logger)
    for name in ENCODINGS[sem]:
        ctl.load(os.path.join(ENCODINGS_DIR, name))
    if task in ("DC-CO", "DC-ST"):
        ctl.load(os.path.join(ENCODINGS_DIR, "credulous.lp"))
    elif task == "DS-ST":
        ctl.load(os.path.join(ENCODINGS_DIR, "exclude-query.lp"))
    program = facts
    if query is not None:
        program += f"\nquery({query}).\n"
    ctl.add("base", [], program)
    ctl.ground([("base", [])])

    found = []

    def on_model(model):
        ext = sorted(s.arguments[0].number for s in model.symbols(shown=True))
        if task == "DS-PR" and query in ext:
            return True          # preferred extension containing the query: keep looking
        found.append(ext)
        return False             # stop: one model is all we need

    ctl.solve(on_model=on_model)
    ext = found[0] if found else None
    if kind == "SE":
        return ("w", ext) if found else ("NO", None)
    if kind == "DC":
        return ("YES", ext) if found else ("NO", None)
    return ("NO", ext) if found else ("YES", None)     # DS: a counter-example means NO


def format_answer(answer, ext):
    witness = "w" + "".join(f" {a}" for a in ext) if ext is not None else None
    if answer == "w":
        return witness
    return answer if witness is None else f"{answer}\n{witness}"


def main(argv):
    if "--version" in argv:
        print(f"clingo-iccma (clingo {clingo.__version__})")
        return 0
    if "--problems" in argv:
        print("[" + ",".join(TASKS) + "]")
        return 0
    opts = dict(zip(argv[::2], argv[1::2]))
    task, path = opts.get("-p"), opts.get("-f")
    if task not in TASKS or path is None or len(argv) % 2:
        print("usage: clingo_iccma.py -p TASK -f FILE [-a ARG]   (TASK in "
              + " ".join(TASKS) + ")", file=sys.stderr)
        return 2
    query = opts.get("-a")
    if task[:2] in ("DC", "DS"):
        if query is None:
            print(f"{task} needs -a ARG", file=sys.stderr)
            return 2
        query = int(query)
    try:
        n, facts = i23_to_facts(path)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(format_answer(*solve(task, n, facts, query)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
