package entity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/internal/goldtest"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// gold is a testdata/*.gold.json file.
type gold = goldtest.Doc

// loadGold returns the dev gold files by article name.
func loadGold(t testing.TB) map[string]gold {
	t.Helper()
	out := make(map[string]gold)
	for _, a := range goldtest.Load(t, "../testdata") {
		out[a.Name] = a.Doc
	}
	return out
}

// squash compares names as score.py does: without ZWNJ and spaces.
func squash(s string) string {
	return strings.NewReplacer("\u200c", "", " ", "", "ي", "ی", "ك", "ک", "ى", "ی").Replace(s)
}

type counts struct{ tp, pred, gold int }

func (c *counts) add(o counts) { c.tp += o.tp; c.pred += o.pred; c.gold += o.gold }

func (c counts) f1() float64 {
	p, r := 1.0, 1.0
	if c.pred > 0 {
		p = float64(c.tp) / float64(c.pred)
	} else if c.gold > 0 {
		p = 0
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func multiset(gold, pred []string) counts {
	g := map[string]int{}
	for _, x := range gold {
		g[squash(x)]++
	}
	c := counts{pred: len(pred), gold: len(gold)}
	for _, x := range pred {
		if g[squash(x)] > 0 {
			g[squash(x)]--
			c.tp++
		}
	}
	return c
}

// scoreDoc computes score.py's entity measures for one document.
func scoreDoc(g gold, ents []entity.Entity) (person, personMention, countryMention counts) {
	var persons []entity.Entity
	var predPM, predCM []string
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Form != entity.Name {
				continue
			}
			switch e.Kind {
			case entity.Person:
				predPM = append(predPM, m.Text)
			case entity.Country:
				predCM = append(predCM, m.Text)
			}
		}
		if e.Kind == entity.Person {
			persons = append(persons, e)
		}
	}
	used := map[int]bool{}
	person = counts{pred: len(persons), gold: len(g.People)}
	var goldPM, goldCM []string
	for name, p := range g.People {
		goldPM = append(goldPM, p.Mentions...)
		for i, e := range persons {
			if !used[i] && samePerson(name, e) {
				used[i] = true
				person.tp++
				break
			}
		}
	}
	for _, ms := range g.Countries {
		goldCM = append(goldCM, ms...)
	}
	return person, multiset(goldPM, predPM), multiset(goldCM, predCM)
}

func samePerson(name string, e entity.Entity) bool {
	if squash(e.Name) == squash(name) {
		return true
	}
	for _, m := range e.Mentions {
		if m.Form == entity.Name && squash(m.Text) == squash(name) {
			return true
		}
	}
	return false
}

func describe(ents []entity.Entity) string {
	var b strings.Builder
	for _, e := range ents {
		fmt.Fprintf(&b, "  %d %s %q role=%q:", e.ID, e.Kind, e.Name, e.Role)
		for _, m := range e.Mentions {
			fmt.Fprintf(&b, " %q/%s", m.Text, m.Form)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGold runs Extract on the normalized text of every gold article and
// asserts the figures of issue 4, computed as score.py computes them.
func TestGold(t *testing.T) {
	var person, pm, cm counts
	for name, g := range loadGold(t) {
		toks, _ := tokenize.Split(g.Normalized)
		ents := entity.Extract(g.Normalized, toks)
		p, m, c := scoreDoc(g, ents)
		person.add(p)
		pm.add(m)
		cm.add(c)
		t.Logf("%s: person %v mention %v country %v\n%s", name, p, m, c, describe(ents))
	}
	t.Logf("person_ent_f1=%.3f person_mention_f1=%.3f country_mention_f1=%.3f", person.f1(), pm.f1(), cm.f1())
	assert.GreaterOrEqual(t, person.f1(), 0.97, "person_ent_f1")
	assert.GreaterOrEqual(t, pm.f1(), 0.95, "person_mention_f1")
	assert.GreaterOrEqual(t, cm.f1(), 0.97, "country_mention_f1")
}

// TestGoldSampleRoles checks that the sample's two people carry the roles
// of its gold file.
func TestGoldSampleRoles(t *testing.T) {
	g := loadGold(t)["zarif-lavrov"]
	toks, _ := tokenize.Split(g.Normalized)
	ents := entity.Extract(g.Normalized, toks)
	for name, p := range g.People {
		found := false
		for _, e := range ents {
			if e.Kind == entity.Person && samePerson(name, e) {
				found = true
				assert.Equal(t, p.Role, e.Role, "role of %+q", name)
			}
		}
		assert.True(t, found, "person %+q not found:\n%s", name, describe(ents))
	}
}
