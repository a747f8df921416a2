package summarize

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/internal/goldtest"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// goldDoc is a testdata/*.gold.json file.
type goldDoc = goldtest.Doc

// loadGold returns the dev and held-out gold files by name (held-out ones
// as "heldout/NAME").
func loadGold(t testing.TB) map[string]goldDoc {
	t.Helper()
	out := map[string]goldDoc{}
	for _, a := range goldtest.Load(t, "../testdata") {
		out[a.Name] = a.Doc
	}
	for _, a := range goldtest.Load(t, "../testdata/heldout") {
		out["heldout/"+a.Name] = a.Doc
	}
	return out
}

// goldEntities builds the entities a perfect extractor would return from
// the gold people and countries: name mentions only (no role or pronoun
// mentions), so that the speaker rules for pronouns and roles are tested on
// their own.
func goldEntities(text string, g goldDoc) []entity.Entity {
	var ents []entity.Entity
	names := make([]string, 0, len(g.People))
	for n := range g.People {
		names = append(names, n)
	}
	sort.Strings(names)
	taken := map[int]bool{}
	add := func(kind entity.Kind, name, role string, forms []string) {
		e := entity.Entity{ID: len(ents) + 1, Kind: kind, Name: name, Role: role}
		seen := map[string]bool{}
		// Longer forms first, so «سرگئی لاوروف» wins over «لاوروف».
		sort.Slice(forms, func(a, b int) bool { return len(forms[a]) > len(forms[b]) })
		for _, f := range forms {
			if seen[f] {
				continue
			}
			seen[f] = true
			for _, sp := range wordOccurrences(text, f) {
				if taken[sp.Start] {
					continue
				}
				taken[sp.Start] = true
				e.Mentions = append(e.Mentions, entity.Mention{Span: sp, Text: f, Form: entity.Name})
			}
		}
		sort.Slice(e.Mentions, func(a, b int) bool { return e.Mentions[a].Start < e.Mentions[b].Start })
		ents = append(ents, e)
	}
	for _, n := range names {
		p := g.People[n]
		add(entity.Person, n, p.Role, append([]string{n}, p.Mentions...))
	}
	cs := make([]string, 0, len(g.Countries))
	for c := range g.Countries {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	for _, c := range cs {
		add(entity.Country, c, "", append([]string{c}, g.Countries[c]...))
	}
	return ents
}

// wordOccurrences returns the spans where s occurs in text as whole words.
func wordOccurrences(text, s string) []tokenize.Span {
	var out []tokenize.Span
	for off := 0; ; {
		i := strings.Index(text[off:], s)
		if i < 0 {
			return out
		}
		st, en := off+i, off+i+len(s)
		if boundaryBefore(text, st) && boundaryAfter(text, en) {
			out = append(out, tokenize.Span{Start: st, End: en})
		}
		off = st + 1
	}
}

func boundaryBefore(text string, i int) bool {
	return i == 0 || strings.ContainsAny(text[i-1:i], " \n«(،")
}

func boundaryAfter(text string, i int) bool {
	if i == len(text) {
		return true
	}
	return strings.HasPrefix(text[i:], " ") || strings.HasPrefix(text[i:], "\n") ||
		strings.HasPrefix(text[i:], "،") || strings.HasPrefix(text[i:], ".") ||
		strings.HasPrefix(text[i:], "»") || strings.HasPrefix(text[i:], ")") ||
		strings.HasPrefix(text[i:], ":")
}

// squash compares texts as score.py does: up to ZWNJ and space choices and
// Arabic/Persian letter variants.
func squash(s string) string {
	return strings.NewReplacer("\u200c", "", " ", "", "ي", "ی", "ك", "ک", "ى", "ی").Replace(s)
}

// quoteScore matches predicted direct quotes to gold quotes as score.py
// does and returns the span and speaker true positives, the number of
// predicted direct quotes and the number of gold quotes.
func quoteScore(text string, g goldDoc, qs []Quote) (spanTP, speakerTP, pred, gold int) {
	var direct []Quote
	for _, q := range qs {
		if q.Direct {
			direct = append(direct, q)
		}
	}
	used := map[int]bool{}
	for _, gq := range g.Quotes {
		st, en := squash(gq.Starts), squash(gq.Ends)
		for i, p := range direct {
			if used[i] {
				continue
			}
			tx := squash(text[p.Content.Start:p.Content.End])
			if !strings.HasPrefix(tx, st) && !strings.Contains(tx[:min(len(tx), len(st)+12)], st) {
				continue
			}
			if !strings.HasSuffix(tx, en) && !strings.Contains(tx[max(0, len(tx)-(len(en)+12)):], en) {
				continue
			}
			used[i] = true
			spanTP++
			switch {
			case gq.Speaker == nil && p.SpeakerName == "":
				speakerTP++
			case gq.Speaker != nil && squash(*gq.Speaker) == squash(p.SpeakerName):
				speakerTP++
			}
			break
		}
	}
	return spanTP, speakerTP, len(direct), len(g.Quotes)
}

func f1(tp, pred, gold int) float64 {
	if pred+gold == 0 {
		return 1
	}
	return 2 * float64(tp) / float64(pred+gold)
}

// TestQuotesGold runs Quotes on the gold normalized text of every testdata
// article (dev and held-out), with gold name mentions as entities, and checks the figures
// score.py reports: once with the gold roles, once with no role at all,
// when only the pronoun and elided-subject fallbacks can name the speaker
// of «وزیر امور خارجه روسیه تاکید کرد:».
func TestQuotesGold(t *testing.T) {
	for _, roles := range []bool{true, false} {
		t.Run(fmt.Sprintf("roles=%v", roles), func(t *testing.T) {
			var spanTP, spkTP, pred, gold int
			for name, g := range loadGold(t) {
				toks, sents := tokenize.Split(g.Normalized)
				ents := goldEntities(g.Normalized, g)
				if !roles {
					for i := range ents {
						ents[i].Role = ""
					}
				}
				qs := Quotes(g.Normalized, sents, toks, ents)
				a, b, c, d := quoteScore(g.Normalized, g, qs)
				if a != d || b != d || c != d {
					for _, q := range qs {
						t.Logf("%s: %+v %q %q", name, q.Direct, q.SpeakerName, g.Normalized[q.Content.Start:q.Content.End])
					}
				}
				spanTP, spkTP, pred, gold = spanTP+a, spkTP+b, pred+c, gold+d
			}
			t.Logf("span F1 %.3f speaker F1 %.3f", f1(spanTP, pred, gold), f1(spkTP, pred, gold))
			assert.GreaterOrEqual(t, f1(spanTP, pred, gold), 0.97)
			assert.GreaterOrEqual(t, f1(spkTP, pred, gold), 0.97)
		})
	}
}
