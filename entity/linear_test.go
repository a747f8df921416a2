package entity_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// extractTime returns the fastest of three timed Extract calls on text, so
// that a loaded machine disturbs the figure less.
func extractTime(text string) time.Duration {
	toks, _ := tokenize.Split(text)
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		entity.Extract(text, toks)
		best = min(best, time.Since(start))
	}
	return max(best, time.Microsecond)
}

// TestLinear checks that Extract takes time linear in its input on inputs
// built to defeat the look-back windows: one endless sentence full of names
// and pronouns, repeated names, roles and honorifics. Each unit is timed
// repeated n and 32n times; the time per byte of the large input must stay
// within a generous factor of the small one's (a quadratic rule gives 32).
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	entity.Extract("وی", nil) // build the default extractor outside the timer
	for _, unit := range []string{
		"محمدجواد ظریف و وی گفت ظریف همتای روس خود، ",
		"«سرگئی لاوروف و وی گفت لاوروف ",
		"سرگئی لاوروف وزیر امور خارجه روسیه و وزیر امور خارجه روسیه و وی ",
		"علی ",
		"ظریف ",
		"وزیر ",
		"آقای ",
		"« علی » وزیر ",
		"آقای علی بن ابو محمد الظریف وزیر امور خارجه ایران و وزیر ",
	} {
		small := strings.Repeat(unit, 20_000/len(unit)+1)
		large := strings.Repeat(small, 32)
		ts, tl := extractTime(small), extractTime(large)
		ratio := (float64(tl) / float64(len(large))) / (float64(ts) / float64(len(small)))
		assert.Less(t, ratio, 4.0, "%+q: %v for %d bytes, %v for %d bytes", unit, ts, len(small), tl, len(large))
	}
}
