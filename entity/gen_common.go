//go:build ignore

// gen_common derives two lists the person rules use as evidence against a
// name from hazm (MIT, see ../../shared/lexicon/README.md): data/common.txt,
// frequent ordinary words, from words.dat, and data/verbs.txt, verb stems
// (PAST<TAB>PRESENT, "-" for a missing stem), from verbs.dat. It is run by
// go generate from the entity directory:
//
//	go run gen_common.go -lexicon ../../shared/lexicon -out data
//
// A word is kept when its largest corpus frequency in words.dat is at least
// -min or its only tag is ADV (an adverb: «حدوداً», «اخیراً»), it has at
// least two letters, and it is made of Persian letters only
// (no ZWNJ: the rules reject suffixed forms on their own). Entries are
// normalized the way the gazetteers are (letters, no word-level spacing
// changes), sorted bytewise and unique. Names are not removed here: the
// extractor lets a first name, a known person or a surname listed in the
// gazetteers win over this list.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sokhan-nlp/sokhan/normalize"
)

func main() {
	lexicon := flag.String("lexicon", "../../shared/lexicon", "directory of the open word lists")
	out := flag.String("out", "data", "output directory")
	min := flag.Int("min", 1000, "minimum corpus frequency")
	flag.Parse()
	if err := run(*lexicon, filepath.Join(*out, "common.txt"), *min); err != nil {
		fmt.Fprintln(os.Stderr, "gen_common:", err)
		os.Exit(1)
	}
	if err := verbs(*lexicon, filepath.Join(*out, "verbs.txt")); err != nil {
		fmt.Fprintln(os.Stderr, "gen_common:", err)
		os.Exit(1)
	}
}

// verbs writes the verb stems of hazm's verbs.dat (`past#present`).
func verbs(lexicon, out string) error {
	b, err := os.ReadFile(filepath.Join(lexicon, "hazm", "verbs.dat"))
	if err != nil {
		return err
	}
	letters := normalize.New(normalize.KeepGluedWords(), normalize.KeepSpacedWords())
	seen := map[string]bool{}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		past, present, ok := strings.Cut(strings.TrimSpace(l), "#")
		if !ok {
			continue
		}
		past, present = letters.String(past), letters.String(present)
		if (past != "" && !persian(past)) || (present != "" && !persian(present)) || (past == "" && present == "") {
			continue
		}
		if past == "" {
			past = "-"
		}
		if present == "" {
			present = "-"
		}
		line := past + "\t" + present
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	slices.Sort(lines)
	var sb strings.Builder
	sb.WriteString("# Persian verb stems, PAST<TAB>PRESENT (\"-\" when hazm lists none): evidence that a word is\n")
	sb.WriteString("# a verb form, not a name. Derived by gen_common.go from hazm's verbs.dat (MIT, Alireza\n")
	sb.WriteString("# Nourian and contributors). Do not edit.\n")
	for _, l := range lines {
		sb.WriteString(l)
		sb.WriteByte('\n')
	}
	return os.WriteFile(out, []byte(sb.String()), 0o644)
}

func run(lexicon, out string, min int) error {
	f, err := os.Open(filepath.Join(lexicon, "hazm", "words.dat"))
	if err != nil {
		return err
	}
	defer f.Close()
	freq := map[string]int{}
	adverb := map[string]bool{} // tagged ADV and nothing else
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		if old, ok := freq[fields[0]]; !ok || n > old {
			freq[fields[0]] = n
		}
		if len(fields) >= 3 && fields[2] == "ADV" {
			adverb[fields[0]] = true
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	letters := normalize.New(normalize.KeepGluedWords(), normalize.KeepSpacedWords())
	seen := map[string]bool{}
	var words []string
	for w, n := range freq {
		if n < min && !adverb[w] || utf8.RuneCountInString(w) < 2 || !persian(w) && !adverb[w] {
			continue
		}
		if adverb[w] {
			w = strings.ReplaceAll(w, "\u064b", "") // «اخیراً» → «اخیرا», as normalized text writes it
		}
		w = letters.String(w)
		if !persian(w) || seen[w] {
			continue
		}
		seen[w] = true
		words = append(words, w)
	}
	slices.Sort(words)
	var b strings.Builder
	b.WriteString("# Frequent ordinary Persian words: evidence that a word after a role, a title or a first\n")
	b.WriteString("# name is not a name. Derived by gen_common.go from hazm's words.dat (MIT, Alireza Nourian\n")
	fmt.Fprintf(&b, "# and contributors): words of corpus frequency >= %d and words tagged only ADV (adverbs, which\n", min)
	b.WriteString("# are never surnames), Persian letters only. Do not edit.\n")
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// persian reports whether w is made of Persian and Arabic letters only.
func persian(w string) bool {
	for _, r := range w {
		if r < 0x0621 || r > 0x06D3 || (r >= 0x064B && r <= 0x065F) || (r >= 0x0660 && r <= 0x0669) || (r >= 0x06F0 && r <= 0x06F9) {
			return false
		}
	}
	return true
}
