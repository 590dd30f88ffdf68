#!/usr/bin/env python3
"""Writes the seed corpora under tests/fuzz/corpus/<target>/ (run from anywhere).

The seeds are committed; rerun this after changing it. Each target's input convention is in
its <target>_target.h: byte 0 selects an option (mode, language), the rest is the input;
two-document targets split the rest at the first 0x1E byte.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PAIR = ROOT / "corpora" / "cnn-alabuga"
SEP = b"\x1e"

original = (PAIR / "original.txt").read_bytes()
rendition = (PAIR / "rendition.txt").read_bytes()

SENTENCES = [
    "'This is a complete facility,' CEO Timur Shagivaleev adds in the documentary.",
    "The factory in question, Alabuga, 600 miles east of Moscow in Russia's Tatarstan region, "
    "has been pumping out increasing numbers of the Iranian-designed Shahed-136 attack drone.",
    "CNN has been unable to independently verify this.",
    "Moscow has deceived an ally.",
    "Each drone cost about 200,000 US dollars; now it is approximately 70,000 US dollars.",
    "\"This is a completely finished facility,\" said General Director Timur Shagivaleev.",
]
HOSTILE_HTML = (
    "<html><head><title>Breaking</title><script>alert('x')</script></head><body>\n"
    "<p onclick=\"steal()\">Mr. Smith said the U.S. would send 1,000 troops.</p>\n"
    "<img src=x onerror=alert(1)> &lt;b&gt;not bold&lt;/b&gt; &amp; ]]></script>\n"
    "\"><svg/onload=alert(2)> {{template}} ${env} `backtick` <!-- comment -->\n"
    "<![CDATA[ data ]]> javascript:alert(3) \u202eevil\u202c \u200b zero width.\n"
    "</body></html>\n"
)
CYRILLIC = "Россия построила крупнейший завод. Аналитики считают, что 90% производства здесь.\n"
NUMBERS_AND_DATES = [
    "200,000 US dollars became $200,000 and approximately 70,000 US dollars became about $70 thousand.",
    "Two hundred thousand people, twenty-one drones, one and a half million rubles, a dozen eggs.",
    "On August 8, 2025, and on 08-08-2025 and 10.08.2025 at 8:45, and on the 3rd of March 1974.",
    "Between July 12 and 14, 2025; in June; last month; on Tuesday; in the 1967 war; FY2024-25.",
    "It rose 3.5% to 1.2 billion, 90 percent, -5 °C, 12 km/h, 1e308, 0x1F, 1/2, ½, 3¼, 99999999999999999999999.",
    "Число выросло до 1 000 000 рублей, 3,5 %, двести тысяч, 12 июля 2025 года.",
    "Le 14 juillet 1789, deux cent mille euros; am 3. Oktober 1990, 1.000,50 €.",
    "٣٤٥ and ١٢٣٫٥ and 四千五百 and 1,23,45,678 and MMXXV and 12th and 21st and 1990s.",
]
QUOTES = "«She said “he said ‘they said „no“’”»… (((unbalanced [[[ quotes \"\"\" '' ``\n"


def write(target: str, name: str, data: bytes) -> None:
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def text_variants() -> dict:
    body = "\n".join(SENTENCES) + "\n"
    return {
        "sentences": body.encode(),
        "crlf": body.replace("\n", "\r\n").encode(),
        "bom": b"\xef\xbb\xbf" + body.encode(),
        "bom_crlf": b"\xef\xbb\xbf" + body.replace("\n", "\r\n").encode(),
        "hostile_html": HOSTILE_HTML.encode(),
        "cyrillic": CYRILLIC.encode(),
        "quotes": QUOTES.encode(),
        "numbers": ("\n".join(NUMBERS_AND_DATES) + "\n").encode(),
        "flagship_head": original[:4000],
        "rendition_head": rendition[:4000],
        "mixed_rtl": "English then עברית ثم العربية 123 then 中文句子。日本語の文。\n".encode(),
        "paragraphs": b"Title\n\nFirst paragraph. Second sentence!\n\n\nThird? Yes.\r\n\r\nEnd",
    }


def long_tokens() -> dict:
    """Tokens past the 64-code-point word limit, a few KB each, in an ordinary sentence:
    name -> (sentence, the same sentence with one character of the token changed)."""
    def sentences(token: str) -> tuple:
        middle = len(token) // 2
        changed = token[:middle] + ("b" if token[middle] != "b" else "c") + token[middle + 1:]
        return tuple(("The convoy reached the border town. Officials said the code was " + t +
                      " on Tuesday.\n").encode()
                     for t in (token, changed))
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26] for i in range(4000))
    return {
        "long_token": sentences("a" * 4000),
        "long_letters": sentences(letters),
        "combining_marks": sentences("a" + "\u0301" * 5000),
        "long_number": sentences("1" + ",000" * 1000),
        "long_url": sentences("https://example.com/" + "/".join(letters[i:i + 9]
                                                             for i in range(0, 3000, 9))),
    }


def main() -> None:
    variants = text_variants()
    body = "\n".join(SENTENCES) + "\n"
    # decode: byte 0 even = no encoding name; odd = name up to '\n' follows.
    for name, data in variants.items():
        write("decode", name, b"\x00" + data)
    write("decode", "utf16le_bom", b"\x00" + b"\xff\xfe" + body.encode("utf-16-le"))
    write("decode", "utf16be_bom", b"\x00" + b"\xfe\xff" + body.encode("utf-16-be"))
    write("decode", "cp1252_detected", b"\x00" + "Café “quoted” – 200 €\n".encode("cp1252") * 8)
    write("decode", "koi8r_detected", b"\x00" + CYRILLIC.encode("koi8-r") * 4)
    write("decode", "cp1252_named", b"\x01windows-1252\n" + "Café “quoted” – 200 €\n".encode("cp1252"))
    write("decode", "koi8r_named", b"\x01KOI8-R\n" + CYRILLIC.encode("koi8-r"))
    write("decode", "latin1_named", b"\x01ISO-8859-1\n" + "naïve façade\n".encode("latin-1"))
    write("decode", "utf16le_named", b"\x01UTF-16LE\n" + body.encode("utf-16-le"))
    write("decode", "utf8_named", b"\x01utf-8\n" + body.encode())
    write("decode", "shiftjis_named", b"\x01Shift_JIS\n" + "日本語の文。".encode("shift_jis"))
    write("decode", "gb18030_named", b"\x01GB18030\n" + "中文句子。".encode("gb18030"))
    write("decode", "unknown_named", b"\x01no-such-encoding\nText.")
    write("decode", "invalid_utf8", b"\x00" + b"ok \xc0\x80 \xed\xa0\x80 \xf4\x90\x80\x80 \xff end")
    write("decode", "nul", b"\x00" + b"text\x00more")
    write("decode", "whitespace", b"\x00" + " \t\r\n\u00a0\u200b\u3000".encode())
    write("decode", "size_limit", b"\x02" + body.encode())

    # segment: byte 0 picks the language (see pick_language).
    for index, (name, data) in enumerate(variants.items()):
        write("segment", name, bytes([index % 16]) + data)
    write("segment", "russian", b"\x02" + CYRILLIC.encode())
    for name, (data, _) in long_tokens().items():
        write("segment", name, b"\x01" + data)

    # align and check: byte 0 language, original 0x1E rendition.
    pairs = {
        "flagship": original + SEP + rendition,
        "flagship_heads": original[:6000] + SEP + rendition[:3000],
        "sentences": body.encode() + SEP + "\n".join(reversed(SENTENCES)).encode(),
        "crlf_bom": variants["bom_crlf"] + SEP + variants["sentences"],
        "hostile_html": variants["hostile_html"] + SEP + variants["sentences"],
        "numbers": variants["numbers"] + SEP + variants["numbers"].replace(b"200,000", b"250,000"),
        "identical": variants["sentences"],
        "quotes": variants["quotes"] + SEP + variants["mixed_rtl"],
    }
    # Tokens longer than any word, inside an ordinary sentence: the same on both sides, and
    # one character apart (typo and spelling checks must not go quadratic on them).
    for name, (data, changed) in long_tokens().items():
        pairs[name] = data + SEP + data
        pairs[name + "_changed"] = data + SEP + changed
    for name, data in pairs.items():
        write("align", name, b"\x01" + data)
        write("check", name, b"\x01" + data)

    # quantity and date: byte 0 language, then text.
    for index, line in enumerate(NUMBERS_AND_DATES):
        lang = b"\x02" if any("\u0400" <= c <= "\u04ff" for c in line) else b"\x01"
        for target in ("quantity", "date"):
            write(target, f"line{index}", lang + line.encode())
    for target in ("quantity", "date"):
        write(target, "flagship_head", b"\x01" + original[:3000])

    # config: the TOML text itself.
    write("config", "full", b"""# review policy
fail_on = "minor"
ignore = ["format", "moved"]
baseline = "driftcheck-baseline.json"
[severity]
modality = "minor"
number = "critical"
[glossary]
"Shahed-136" = ["Shahed-136", "Geran-2"]
"Alabuga" = ["Alabuga"]
""")
    write("config", "empty", b"")
    write("config", "never", b"fail_on = 'never'\r\n")
    write("config", "bad_key", b"fail_on = \"minor\"\nunknown = 1\n")
    write("config", "bad_type", b"ignore = \"format\"\n[severity]\nmodality = 3\n")
    write("config", "syntax", b"[severity\nmodality = \"minor")
    write("config", "bom_crlf", b"\xef\xbb\xbf[glossary]\r\n\"UN\" = [\"U.N.\", \"United Nations\"]\r\n")

    # manifest: first line a --shard spec, then the TSV.
    write("manifest", "basic", b"2/4\noriginal\trendition\tid\n"
          b"a/original.txt\ta/rendition.txt\tpair-a\n# comment\n\n"
          b"/abs/b.orig.txt\tb.trans.txt\n../c.txt\tc2.txt\tc\n")
    write("manifest", "crlf", b"1/1\r\nx.txt\ty.txt\r\nz.txt\tw.txt\tid\r\n")
    write("manifest", "bad", b"0/0\nonly-one-field\n\tempty\na\tb\tdup\nc\td\tdup\n")
    write("manifest", "convention", b"3/3\nbbc/original.txt\nbbc/rendition.txt\n"
          b"cnn.orig.txt\ncnn.trans.txt\nlonely/original.txt\n")


if __name__ == "__main__":
    main()
