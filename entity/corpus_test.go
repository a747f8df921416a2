package entity_test

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// TestCorpusPeople is a diagnostic, not a check: it lists the people Extract
// finds on the shared corpus (the most frequent names and a fixed random
// sample of 100 person entities with the context of their first mention),
// for judging precision by eye. It runs only with SOKHAN_CORPUS_PEOPLE set
// (to a number: how many names to list) and when the corpus is present.
//
//	SOKHAN_CORPUS_PEOPLE=60 go test ./entity -run TestCorpusPeople -v
//
// SOKHAN_CORPUS_NAME=NAME also shows the first mentions of the person NAME.
func TestCorpusPeople(t *testing.T) {
	top := 0
	if _, err := fmt.Sscan(os.Getenv("SOKHAN_CORPUS_PEOPLE"), &top); err != nil {
		t.Skip("set SOKHAN_CORPUS_PEOPLE=N to list the N most frequent people found on the corpus")
	}
	type found struct {
		name, context string
		mentions      int
	}
	var all []found
	for _, file := range []string{"news.txt", "sports.txt"} {
		raw, err := os.ReadFile("../../shared/corpus/" + file)
		if err != nil {
			t.Skip("corpus absent:", err)
		}
		text := normalize.String(string(raw))
		toks, _ := tokenize.Split(text)
		counts := map[string]int{}
		n := 0
		for _, e := range entity.Extract(text, toks) {
			if e.Kind != entity.Person {
				continue
			}
			n++
			names := 0
			for _, m := range e.Mentions {
				if m.Form == entity.Name {
					names++
				}
			}
			counts[e.Name] += names
			if q := os.Getenv("SOKHAN_CORPUS_NAME"); q != "" && e.Name == q {
				for _, m := range e.Mentions[:min(8, len(e.Mentions))] {
					t.Logf("%s %v: %s", q, m.Form, context(text, m.Start, m.End))
				}
			}
			m := e.Mentions[0]
			all = append(all, found{e.Name, context(text, m.Start, m.End), names})
		}
		names := make([]string, 0, len(counts))
		for k := range counts {
			names = append(names, k)
		}
		slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b)) })
		t.Logf("%s: %d person entities, %d distinct names; most frequent:", file, n, len(names))
		for _, k := range names[:min(top, len(names))] {
			t.Logf("  %5d %s", counts[k], k)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	t.Logf("sample of person entities (name | first mention in context):")
	for _, k := range r.Perm(len(all))[:min(100, len(all))] {
		t.Logf("  %-30s | %s", all[k].name, all[k].context)
	}
}

// context returns the text around [start, end) with the span in brackets,
// on one line.
func context(text string, start, end int) string {
	a, b := max(0, start-40), min(len(text), end+40)
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	s := text[a:start] + "[" + text[start:end] + "]" + text[end:b]
	return strings.ReplaceAll(s, "\n", " ⏎ ")
}
