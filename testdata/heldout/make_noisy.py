#!/usr/bin/env python3
"""Builds the held-out set: src/NAME.src (clean text + annotation header) ->
NAME.gold.json (dev gold format) and NAME.txt (the clean text with seeded scraping noise).

Source format: header lines, a line '---', then the clean normalized text.
In the text '~' stands for ZWNJ and {{x}} marks x as NOT a mention (recorded in non_mentions).
Header lines (fields separated by ' | '):
  #person: CANONICAL | ROLE | other name forms (surname ...)   (each form counted in the text)
  #country: CANONICAL | surface forms
  #org: surface forms          #loc: surface forms
  #alt: form in text | other accepted forms
  #quote: SPEAKER or - | CUE | STARTS | ENDS
  #noise: key=value ...        #seed: N
Mentions are counted as whole words (a letter or ZWNJ on either side blocks a match),
longest forms first, so 'لاوروف' inside 'سرگئی لاوروف' is not counted twice.
"""
import json, os, random, re, sys

ZWNJ = "\u200c"
HERE = os.path.dirname(os.path.abspath(__file__))
FA = "۰۱۲۳۴۵۶۷۸۹"
AR = "٠١٢٣٤٥٦٧٨٩"
LA = "0123456789"

# Spellings accepted everywhere (the dev golds' alternates, plus two month/forecast compounds),
# added to an article's alternates when the gold form occurs in its text.
GLOBAL_ALTS = [[f.replace("~", ZWNJ) for f in a.split(" | ")] for a in """\
آنها | آن~ها
اینکه | این~که
بیشتر | بیش~تر
بین~المللی | بین المللی
خاورمیانه | خاور میانه
دست~کم | دستکم
رئیس~جمهور | رئیس جمهور
راه~حل | راه حل
راه~آهن | راه آهن
سه~شنبه | سه شنبه
نخست~وزیر | نخست وزیر
پنجشنبه | پنج~شنبه
میانجی~گری | میانجیگری
هیچ~کس | هیچکس
یک~جانبه | یکجانبه
وزارتخانه | وزارت~خانه
گفت~وگو | گفتگو | گفت و گو
گفت~وگوها | گفتگوها | گفت و گوها
پیش~بینی | پیش بینی
دی~ماه | دی ماه""".splitlines()]


def is_letter(ch):
    return ch.isalpha() or ch == ZWNJ or ch.isdigit()


def parse(path):
    head, text = open(path, encoding="utf-8").read().split("\n---\n", 1)
    text = text.strip("\n").replace("~", ZWNJ)
    meta = {"person": [], "country": [], "org": [], "loc": [], "alt": [], "quote": [], "noise": "", "seed": "1"}
    for line in head.splitlines():
        if not line.startswith("#"):
            continue
        key, _, val = line[1:].partition(":")
        val = val.strip().replace("~", ZWNJ)
        if key in ("noise", "seed"):
            meta[key] = val
        else:
            meta[key].append([f.strip() for f in val.split(" | ")])
    return meta, text


def find_all(text, forms, taken):
    """Whole-word occurrences of forms (longest first), skipping taken byte ranges."""
    out = []
    for f in sorted(set(forms), key=len, reverse=True):
        i = 0
        while True:
            j = text.find(f, i)
            if j < 0:
                break
            k = j + len(f)
            i = j + 1
            if j > 0 and is_letter(text[j - 1]):
                continue
            if k < len(text) and is_letter(text[k]):
                continue
            if any(a < k and j < b for a, b in taken):
                continue
            taken.append((j, k))
            out.append((j, f))
    return [f for _, f in sorted(out)]


def build(meta, text):
    # non-mentions
    non = {}
    spans = []
    clean = ""
    pos = 0
    for m in re.finditer(r"\{\{(.+?)\}\}", text):
        clean += text[pos:m.start()]
        spans.append((len(clean), len(clean) + len(m.group(1))))
        non[m.group(1)] = non.get(m.group(1), 0) + 1
        clean += m.group(1)
        pos = m.end()
    clean += text[pos:]
    text = clean
    taken = list(spans)
    people = {}
    for p in meta["person"]:
        canon, role, forms = p[0], p[1], [p[0]] + p[2:]
        people[canon] = {"role": role, "mentions": None, "_forms": forms}
    # people first (longest forms over all people), then countries, orgs, locations
    allforms = {f: c for c, v in people.items() for f in v["_forms"]}
    found = find_all(text, list(allforms), taken)
    for c in people:
        people[c]["mentions"] = [f for f in found if allforms[f] == c]
        del people[c]["_forms"]
    orgs = find_all(text, [f for o in meta["org"] for f in o], taken)
    cforms = {f: c[0] for c in meta["country"] for f in (c[1:] or c[:1])}
    cfound = find_all(text, list(cforms), taken)
    countries = {c[0]: [f for f in cfound if cforms[f] == c[0]] for c in meta["country"]}
    locs = find_all(text, [f for o in meta["loc"] for f in o], taken)
    for c, v in list(people.items()) + list(countries.items()):
        ms = v["mentions"] if isinstance(v, dict) else v
        if not ms:
            sys.exit(f"no mention found for {c}")
    alts = {}
    for a in GLOBAL_ALTS:
        if a[0] in text:
            alts[a[0]] = a
    for a in meta["alt"]:
        if a[0] not in text:
            sys.exit(f"alternate {a[0]!r} not in text")
        alts[a[0]] = a
    quotes = []
    for q in meta["quote"]:
        spk, cue, st, en = q
        for s in (st, en):
            if s not in text:
                sys.exit(f"quote text {s!r} not in text")
        if spk != "-" and spk not in people:
            sys.exit(f"unknown speaker {spk}")
        quotes.append({"speaker": None if spk == "-" else spk, "cue": cue, "starts": st, "ends": en})
    return {
        "source": "heldout (written for this set)",
        "normalized": text,
        "alternates": alts,
        "sentence_count": count_sentences(text),
        "people": people,
        "countries": countries,
        "other_entities": {"organization": orgs, "location": locs},
        "quotes": quotes,
        "non_mentions": non,
    }


def count_sentences(text):
    n = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        ends = list(re.finditer(r"[.!?؟]+»?(?=\s|$)", line))
        n += len(ends)
        tail = line[ends[-1].end():] if ends else line
        if tail.strip():
            n += 1
    return n


def noisy(text, profile, seed):
    rnd = random.Random(seed)
    opts = dict(kv.split("=", 1) if "=" in kv else (kv, "1") for kv in profile.split())
    kinds = []
    t = text
    z = opts.get("zwnj")
    if z:
        n = t.count(ZWNJ)
        out = []
        for ch in t:
            if ch == ZWNJ:
                r = rnd.random()
                if z == "drop" or (z == "mix" and r < 0.5) or (z == "some" and r < 0.6):
                    continue
                if z == "space" or z == "mix":
                    out.append(" ")
                    continue
            out.append(ch)
        t = "".join(out)
        kinds.append(f"zwnj:{z} ({n})")
    if opts.get("letters") == "arabic":
        t = t.replace("ی", "ي").replace("ک", "ك")
        kinds.append("letters:arabic-yeh-kaf")
    d = opts.get("digits")
    if d == "arabic":
        t = t.translate(str.maketrans(FA, AR))
        kinds.append("digits:arabic")
    elif d == "latin":
        t = t.translate(str.maketrans(FA + "٫٬٪", LA + ".,%"))
        kinds.append("digits:latin")
    if "quotes" in opts:
        t = t.replace("«", '"').replace("»", '"')
        kinds.append("quotes:straight")
    if "latinpunct" in opts:
        p = float(opts["latinpunct"])
        t = "".join({"،": ",", "؛": ";", "؟": "?"}.get(c, c) if rnd.random() < p else c for c in t)
        kinds.append(f"latin-punct:{p}")
    if "nospace" in opts:
        p = float(opts["nospace"])
        c = 0

        def drop(m):
            nonlocal c
            if rnd.random() < p:
                c += 1
                return m.group(1)
            return m.group(0)
        t = re.sub(r"([،,.]) (?=[^\s\d«\"])", drop, t)
        kinds.append(f"no-space-after-punct ({c})")
    if "spacebefore" in opts:
        p = float(opts["spacebefore"])
        c = 0

        def sp(m):
            nonlocal c
            if rnd.random() < p:
                c += 1
                return " " + m.group(0)
            return m.group(0)
        t = re.sub(r"(?<=[^\s\d])[،؛,;:](?=\s)|(?<=[^\s\d])\.(?=\n|$)", sp, t)
        kinds.append(f"space-before-punct ({c})")
    if "kashida" in opts:
        k = int(opts["kashida"])
        words = [m for m in re.finditer(r"[\u0628\u062a\u062b\u062c\u0633\u0634\u0635\u0641\u0642\u0644\u0645\u0646\u0647\u06cc\u06a9\u06af\u0639\u0637\u064a\u0643\u06a9][\u0627\u062f\u0631\u0644\u0645\u0646]", t)]
        picks = sorted(rnd.sample(words, min(k, len(words))), key=lambda m: m.start(), reverse=True)
        for m in picks:
            t = t[: m.start() + 1] + "ـ" + t[m.start() + 1:]
        kinds.append(f"kashida ({len(picks)})")
    if "double" in opts:
        p = float(opts["double"])
        c = 0

        def dbl(m):
            nonlocal c
            if rnd.random() < p:
                c += 1
                return "  "
            return " "
        t = re.sub(" ", dbl, t)
        kinds.append(f"double-spaces ({c})")
    return t, kinds, " ".join(f"{k}={v}" for k, v in opts.items())


def main():
    srcdir = os.path.join(HERE, "src")
    for f in sorted(os.listdir(srcdir)):
        if not f.endswith(".src"):
            continue
        name = f[:-4]
        meta, text = parse(os.path.join(srcdir, f))
        gold = build(meta, text)
        raw, kinds, profile = noisy(gold["normalized"], meta["noise"], int(meta["seed"]))
        if raw.split() == gold["normalized"].split() and kinds:
            print(f"warning: {name}: noise changed no word")
        gold["noise"] = kinds
        gold["noise_profile"] = profile
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as w:
            json.dump(gold, w, ensure_ascii=False, indent=2)
            w.write("\n")
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as w:
            w.write(raw + "\n")
        print(name, gold["sentence_count"], len(gold["people"]), sum(map(len, gold["countries"].values())), len(gold["quotes"]), kinds)


if __name__ == "__main__":
    main()
