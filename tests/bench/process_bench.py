#!/usr/bin/env python3
"""Whole-process speed of driftcheck against an ICU-only floor (build/bench/icu_floor: read,
decode, sentence and word breaks, nothing else) and, where it finishes in reasonable time,
dwdiff, on the flagship pair and on generated pairs. Prints one row per command and input:
medians of wall time, the ratio to the floor measured in the same run (wall, and CPU time
beside it), the ratio to dwdiff (wall), and peak memory (max RSS of the child). Measured, not asserted.

    tests/bench/process_bench.py [--build build] [--reps 5] [--big] [--only check,batch]

Peak memory and CPU time come from GNU time (/usr/bin/time, Debian's `time`) when present.
A, B (and dwdiff) run in turn, `--reps` times each, so that load from other processes on a
shared machine falls on all of them alike: read the ratios, not the milliseconds. The
100,000-sentence rows take minutes and run only with --big. dwdiff is optional (Debian's
`dwdiff`); without it its column says so.
"""
import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FLAGSHIP = os.path.join(ROOT, "corpora", "cnn-alabuga")

# Targets from docs/design.md and issue 16: ratio to the floor, peak MiB.
TARGETS = {
    ("check", "flagship"): "<=3x, <=1.5x dwdiff",
    ("check", "10k"): "<=6x, <=100 MiB",
    ("check", "100k"): "<=8x, <=400 MiB",
    ("align", "10k"): "<=4x",
    ("segment", "100k"): "<=1.5x",
    ("batch", "200 pairs"): ">=340 pairs/cpu-s",
}


TIME = "/usr/bin/time"  # GNU time: the child's own peak RSS and CPU time


def run_once(argv):
    """Wall seconds, CPU seconds and peak RSS (MiB) of one child process. Peak memory comes
    from GNU time, whose child starts small (a child forked from this script would count the
    generated text this script holds); CPU time from wait4, which adds the reaped child's."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        use_time = os.access(TIME, os.X_OK)
        full = [TIME, "-f", "%M %x", "-o", report.name] + argv if use_time else argv
        start = time.perf_counter()
        with open(os.devnull, "wb") as null:
            child = subprocess.Popen(full, stdout=null, stderr=subprocess.PIPE)
            err = child.stderr.read()
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        rss_kib, code = usage.ru_maxrss, child.returncode
        if use_time:
            fields = report.read().split()[-2:]
            rss_kib, code = float(fields[0]), int(fields[1])
    # dwdiff and `check --fail-on never` exit 0 or 1; 2 and up is a failure.
    if code not in (0, 1):
        sys.exit(f"process_bench: {' '.join(argv)} failed ({code}): {err.decode()[:300]}")
    return wall, usage.ru_utime + usage.ru_stime, rss_kib / 1024.0


def measure(commands, reps):
    """Runs each named command `reps` times in turn; medians per name."""
    samples = {name: [] for name in commands}
    for argv in commands.values():  # warm the page cache and the binaries once
        if argv and reps > 1:  # (a single run of a big input is long enough not to need it)
            run_once(argv)
    for _ in range(reps):
        for name, argv in commands.items():
            if argv:
                samples[name].append(run_once(argv))
    out = {}
    for name, runs in samples.items():
        if runs:
            out[name] = (statistics.median(r[0] for r in runs),
                         statistics.median(r[1] for r in runs), max(r[2] for r in runs))
    return out


# --- generated pairs ---------------------------------------------------------------------

def vocabulary():
    """Words of the flagship original with their frequencies: real English, Zipf-shaped."""
    with open(os.path.join(FLAGSHIP, "original.txt"), encoding="utf-8") as f:
        text = f.read()
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    templates = [len(s.split()) for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]
    return words, templates


def generated_sentence(rng, words, templates):
    n = max(4, min(40, rng.choice(templates)))
    out = []
    for i in range(n):
        r = rng.random()
        if r < 0.025:  # news: a figure every forty words or so
            out.append(str(rng.randint(2, 99999)))
        elif r < 0.03:
            out.append(rng.choice(["$", "about $"]) + str(rng.randint(2, 900)) + ",000")
        else:
            out.append(rng.choice(words))
        if i and rng.random() < 0.05:
            out[-1] += ","
    out[0] = out[0][0].upper() + out[0][1:]
    return " ".join(out).rstrip(",") + "."


def perturbed(rng, sentence, words):
    """A rendition of one sentence: a word or two replaced, sometimes a number changed."""
    tokens = sentence[:-1].split(" ")
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        k = rng.randrange(len(tokens))
        if tokens[k][:1].isdigit():
            tokens[k] = str(int(re.sub(r"\D", "", tokens[k]) or 1) + 1)
        else:
            tokens[k] = rng.choice(words)
    return " ".join(tokens) + "."


def generated_pair(count, seed):
    """`count` sentences in paragraphs of 1-5; the rendition keeps the paragraphs but drops,
    adds, splits, merges and moves a few sentences and rewords a third of them, as a rewrite
    of a long report would."""
    rng = random.Random(seed)
    words, templates = vocabulary()
    original, paragraph = [], 0
    while len(original) < count:
        for _ in range(min(rng.randint(1, 5), count - len(original))):
            original.append((paragraph, generated_sentence(rng, words, templates)))
        paragraph += 1
    rendition = []
    for p, s in original:
        r = rng.random()
        if r < 0.02:
            continue  # omitted
        if r < 0.04:
            rendition.append((p, generated_sentence(rng, words, templates)))  # added
        t = perturbed(rng, s, words) if rng.random() < 0.35 else s
        if 0.04 <= r < 0.06 and " " in t[: len(t) // 2]:
            cut = t.rfind(" ", 0, len(t) // 2)
            t = t[:cut] + ". " + t[cut + 1].upper() + t[cut + 2:]  # split
        elif 0.06 <= r < 0.08 and rendition and rendition[-1][0] == p:
            q, last = rendition[-1]
            rendition[-1] = (q, last[:-1] + ", and " + t[0].lower() + t[1:])  # merged
            continue
        rendition.append((p, t))
    for _ in range(count // 100):  # moved a few places, into its new neighbours' paragraph
        i = rng.randrange(len(rendition))
        j = min(len(rendition) - 1, max(0, i + rng.randint(-6, 6)))
        text = rendition.pop(i)[1]
        rendition.insert(j, (rendition[min(j, len(rendition) - 1)][0], text))

    def paragraphs(sentences):
        lines = []
        for k, (p, s) in enumerate(sentences):
            lines.append(s if k == 0 else ("\n\n" if p != sentences[k - 1][0] else " ") + s)
        return "".join(lines) + "\n"

    return paragraphs(original), paragraphs(rendition)


def write_pair(folder, name, count, seed):
    original, rendition = generated_pair(count, seed)
    paths = (os.path.join(folder, name + ".orig.txt"), os.path.join(folder, name + ".rend.txt"))
    for path, text in zip(paths, (original, rendition)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return paths


def write_batch(folder, pairs, sentences):
    os.makedirs(os.path.join(folder, "batch"), exist_ok=True)
    lines = []
    for i in range(pairs):
        o, r = write_pair(os.path.join(folder, "batch"), f"a{i:03d}", sentences, 1000 + i)
        lines.append(f"{o}\t{r}")
    manifest = os.path.join(folder, "batch", "manifest.tsv")
    with open(manifest, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return manifest, [p for line in lines for p in line.split("\t")]


# --- the table ---------------------------------------------------------------------------

def row(command, label, result, extra=""):
    """Wall-time ratios, and CPU-time ratios beside them: on a loaded machine the wall time
    of a short process is mostly waiting, its CPU time much less so."""
    a, floor = result["driftcheck"], result.get("floor")
    ratio = f"{a[0] / floor[0]:6.1f}x" if floor else "     -"
    cpu_ratio = f"{a[1] / max(floor[1], 1e-4):6.1f}x" if floor else "     -"
    dw = result.get("dwdiff")
    dw_ratio = f"{a[0] / dw[0]:6.2f}x" if dw else "     -"
    target = TARGETS.get((command, label), "")
    floor_ms = f"{floor[0] * 1e3:9.1f}" if floor else "        -"
    print(f"{command:8} {label:11} {a[0] * 1e3:10.1f} {floor_ms} {ratio} {cpu_ratio} {dw_ratio} "
          f"{a[2]:8.1f} {extra:18} {target}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--big", action="store_true", help="also the 100,000-sentence rows")
    parser.add_argument("--only", default="segment,align,check,batch")
    args = parser.parse_args()
    binary = os.path.join(args.build, "driftcheck")
    floor = os.path.join(args.build, "bench", "icu_floor")
    for path in (binary, floor):
        if not os.access(path, os.X_OK):
            sys.exit(f"process_bench: {path} not built (cmake --build {args.build})")
    dwdiff = shutil.which("dwdiff")
    only = set(args.only.split(","))

    folder = tempfile.mkdtemp(prefix="driftcheck-process-bench-")
    try:
        sizes = [("1k", 1000), ("10k", 10000)] + ([("100k", 100000)] if args.big else [])
        pairs = {"flagship": (os.path.join(FLAGSHIP, "original.txt"),
                              os.path.join(FLAGSHIP, "rendition.txt"))}
        for label, count in sizes:
            pairs[label] = write_pair(folder, label, count, count)
        print(f"process_bench: {binary}, {args.reps} runs each, medians; "
              f"dwdiff {'at ' + dwdiff if dwdiff else 'not installed (apt-get install dwdiff)'}")
        print(f"{'command':8} {'input':11} {'wall ms':>10} {'floor ms':>9} {'ratio':>7} "
              f"{'cpu':>7} {'dwdiff':>7} {'peak MiB':>8} {'':18} target")
        reps_for = lambda label: max(1, args.reps // 3) if label == "100k" else args.reps
        if "segment" in only:
            for label in ["flagship"] + [s[0] for s in sizes]:
                o = pairs[label][0]
                row("segment", label, measure({
                    "driftcheck": [binary, "segment", o],  # the default TSV
                    "floor": [floor, o]}, reps_for(label)))
        if "align" in only:
            for label in ["flagship"] + [s[0] for s in sizes]:
                o, r = pairs[label]
                row("align", label, measure({
                    "driftcheck": [binary, "align", o, r, "--format", "tsv"],
                    "floor": [floor, o, r]}, reps_for(label)))
        if "check" in only:
            for label in ["flagship"] + [s[0] for s in sizes]:
                o, r = pairs[label]
                # dwdiff grows faster than its input: 15 s at 100k, so not there.
                use_dwdiff = dwdiff and label != "100k"
                row("check", label, measure({
                    "driftcheck": [binary, "check", o, r, "--format", "json", "--fail-on",
                                   "never"],
                    "floor": [floor, o, r],
                    "dwdiff": [dwdiff, o, r] if use_dwdiff else None}, reps_for(label)))
        if "batch" in only:
            manifest, files = write_batch(folder, 200, 40)
            for jobs in (1, 2):
                result = measure({
                    "driftcheck": [binary, "batch", manifest, "--jobs", str(jobs), "--format",
                                   "jsonl", "--fail-on", "never"],
                    "floor": [floor] + files}, args.reps)
                rate = 200 / result["driftcheck"][1]
                row("batch", "200 pairs", result,
                    f"j{jobs} {rate:6.0f} pairs/cpu-s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
