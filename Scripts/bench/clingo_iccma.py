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

_P_LINE = re.compile(rb"^[ \t]*p[ \t]+af[ \t]+(\d+)[ \t]*\r?$", re.M)
_NOT_ATTACK = re.compile(rb"^[ \t]*(?:#.*|p[ \t].*)?\r?$", re.M)   # comments, p-line, blanks
_ATTACK = re.compile(rb"^[ \t]*(\d+)[ \t]+(\d+)[ \t]*\r?$", re.M)


def i23_to_facts(path):
    """Read an i23 file; return (n, facts as ASP text). Raises ValueError on bad input."""
    with open(path, "rb") as f:
        data = f.read()
    match = _P_LINE.search(data)
    if match is None:
        raise ValueError(f"{path}: no 'p af N' line")
    n = int(match.group(1))
    body = _NOT_ATTACK.sub(b"", data)
    facts, count = _ATTACK.subn(rb"att(\1,\2).", body)
    leftover = _ATTACK.sub(b"", body).strip()
    if leftover:
        raise ValueError(f"{path}: unexpected line {leftover.splitlines()[0][:60]!r}")
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
    n, facts = i23_to_facts(path)
    print(format_answer(*solve(task, n, facts, query)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
