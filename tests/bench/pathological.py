#!/usr/bin/env python3
"""Pathological inputs: runs `driftcheck segment` and `driftcheck check` on each and prints a
table of wall time, peak memory (max RSS of the whole process) and outcome.

    tests/bench/pathological.py [BINARY] [--timeout SECONDS] [--only NAME,...]

Measured, not asserted: each input must either complete within the bound the README states
or be refused with a one-line error and exit status 2. A run killed by the timeout is
reported as TIMEOUT. Inputs are generated into a temporary folder (about 60 MB) and removed.
"""
import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def words(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz", low=3, high=9):
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high))) for _ in range(n)
    ]


def rand_utf8(rng, n_chars):
    out = []
    while len(out) < n_chars:
        cp = rng.choice([rng.randint(0x21, 0x7E), rng.randint(0xA0, 0x7FF),
                         rng.randint(0x800, 0xFFFD), rng.randint(0x10000, 0x10FFFF)])
        if 0xD800 <= cp <= 0xDFFF:
            continue
        out.append(chr(cp))
        if rng.random() < 0.02:
            out.append(" ")
        if rng.random() < 0.002:
            out.append("\n")
    return "".join(out)


def generate(folder):
    """Yields (name, original_path, rendition_path)."""
    rng = random.Random(8)

    def write(name, text):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    line = " ".join(words(rng, 900_000))[: 5 * 1024 * 1024]
    yield ("5 MB line, no sentence end", write("line.txt", line),
           write("line2.txt", line.replace(" a", " e")))

    one_word = "".join(w.capitalize() + (".\n" if i % 10 == 9 else ". ")
                       for i, w in enumerate(words(rng, 1_000_000, low=2, high=6)))
    yield ("1,000,000 one-word sentences", write("million.txt", one_word),
           write("million2.txt", one_word.replace("A", "E")))

    long_sentence = " ".join(words(rng, 100_000)) + ".\n"
    yield ("100,000-word sentence", write("longsent.txt", long_sentence),
           write("longsent2.txt", long_sentence.replace(" a", " e")))

    same = "The ministry said on Tuesday that the convoy had reached the border town.\n" * 10_000
    yield ("10,000 identical sentences both sides", write("same.txt", same),
           write("same2.txt", same))

    left = "\n".join(" ".join(words(rng, 20, "abcdefghijklm")).capitalize() + "."
                     for _ in range(10_000))
    right = "\n".join(" ".join(words(rng, 20, "nopqrstuvwxyz")).capitalize() + "."
                      for _ in range(10_000))
    yield ("10,000 vs 10,000 sentences, no word in common", write("disjoint1.txt", left),
           write("disjoint2.txt", right))

    quotes = ("«“‘„" * 25_000) + " He said: \"no" + ("’”»" * 10_000) + ' "unbalanced\n'
    quotes += ('She said "he said \'they said «no' * 2_000) + ".\n"
    yield ("deeply nested, unbalanced quotes", write("quotes.txt", quotes),
           write("quotes2.txt", quotes.replace("no", "yes")))

    punct = "".join(rng.choice(".,;:!?—…-()[]\"'«»“”‘’/\\*&%$#@") for _ in range(1_000_000))
    yield ("only punctuation (1 MB)", write("punct.txt", punct),
           write("punct2.txt", punct[::-1]))

    digits = "\n".join("".join(rng.choice("0123456789") for _ in range(80))
                       for _ in range(12_500))
    yield ("only digits (1 MB)", write("digits.txt", digits),
           write("digits2.txt", digits.replace("7", "1")))

    mixed = []
    for i in range(20_000):
        mixed.append(rng.choice([
            "The ministry said 200 drones were built.",
            "Министерство заявило, что построено 200 дронов.",
            "قالت الوزارة إن 200 طائرة مسيرة قد بنيت.",
            "המשרד אמר שנבנו 200 רחפנים.",
            "国防部表示已制造了200架无人机。",
            "\u202eevil override\u202c and \u200fRTL mark\u200f text.",
        ]))
    mixed_text = " ".join(mixed) + "\n"
    yield ("mixed scripts and RTL (20,000 sentences)", write("mixed.txt", mixed_text),
           write("mixed2.txt", mixed_text.replace("200", "300")))

    # One paragraph (one line) of 20,000 short sentences: each sentence's quotation state was
    # read from the paragraph's start, quadratic in the sentences of a paragraph.
    one_line = " ".join(f"The {w} said {i}." for i, w in enumerate(words(rng, 20_000))) + "\n"
    yield ("20,000 sentences on one line", write("oneline.txt", one_line),
           write("oneline2.txt", one_line.replace(" said 1", " told 1")))

    # One token longer than any word, inside an ordinary paragraph (alone on a line it would
    # be page chrome and never reach the word checks): against a normal sentence, against
    # itself, and against a copy one character apart. Typo, spelling and WordNet checks on such
    # a token were quadratic or worse: 109 s for 30 KB of letters.
    def paragraph(token):
        return ("The ministry said on Tuesday that the convoy had reached the border town. "
                "Officials declined to comment on the report. Officials said the code was "
                + token + " on Tuesday. The statement said the code was used in the attack. "
                "Analysts said the figure could not be verified.\n")

    def one_off(token):
        middle = len(token) // 2
        return token[:middle] + ("b" if token[middle] != "b" else "c") + token[middle + 1:]

    letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(30_000))
    long_tokens = [
        ("30 KB token of 'a'", "a" * 30_000),
        ("30 KB token of random letters", letters),
        ("'a' and 200,000 combining acute accents", "a" + "\u0301" * 200_000),
        ("50,000 digits", "".join(rng.choice("0123456789") for _ in range(50_000))),
        ("number with 10,000 thousands separators",
         "1" + "".join(f",{rng.randint(0, 999):03d}" for _ in range(10_000))),
        ("30 KB URL", "https://example.com/" + "/".join(
            letters[i:i + 9] for i in range(0, 27_000, 9)) + "?" + "&".join(
            f"k{i}=v{i}" for i in range(300))),
    ]
    normal = write("token-normal.txt", paragraph("secret"))
    for index, (name, token) in enumerate(long_tokens):
        path = write(f"token{index}.txt", paragraph(token))
        yield (name + " vs a normal text", path, normal)
        yield (name + " both sides", path, path)
        yield (name + " vs one character changed", path,
               write(f"token{index}-changed.txt", paragraph(one_off(token))))

    noise = rand_utf8(rng, 400_000)
    yield ("binary-looking valid UTF-8, no NUL (~1 MB)", write("noise.txt", noise),
           write("noise2.txt", rand_utf8(rng, 400_000)))


def run(argv, timeout, folder):
    """(exit status, stderr, seconds, peak RSS in KiB, timed out) of one whole process."""
    measure = os.path.join(folder, "time.out")
    started = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", measure] + argv,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    timed_out = False
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        timed_out = True
    elapsed = time.monotonic() - started
    try:
        with open(measure) as f:
            rss = int(f.read().split()[-1])
    except (OSError, ValueError, IndexError):
        rss = 0
    return proc.returncode, err.decode("utf-8", "replace"), elapsed, rss, timed_out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=os.path.join(ROOT, "build", "driftcheck"))
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    only = [s for s in args.only.split(",") if s]
    print(f"| input | command | size | time (s) | peak RSS (MiB) | outcome |")
    print(f"|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="driftcheck-pathological-") as folder:
        for name, original, rendition in generate(folder):
            if only and not any(o in name for o in only):
                continue
            size = os.path.getsize(original)
            for command in (["segment", original], ["check", original, rendition, "--format", "json"]):
                code, err, elapsed, rss, timed_out = run([args.binary] + command,
                                                         args.timeout, folder)
                lines = [l for l in err.splitlines() if l]
                if timed_out:
                    outcome = f"TIMEOUT after {args.timeout:.0f} s"
                elif code in (0, 1) and not lines:
                    outcome = f"ok (exit {code})"
                elif code == 2 and len(lines) == 1:
                    outcome = f"refused (exit 2): {lines[0][:100]}"
                else:
                    outcome = f"FAILED (exit {code}): {' / '.join(lines)[:160]}"
                print(f"| {name} | {command[0]} | {size / 1e6:.1f} MB | {elapsed:.2f} | {rss / 1024:.0f} | {outcome} |",
                      flush=True)


if __name__ == "__main__":
    sys.exit(main())
