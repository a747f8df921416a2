package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fast lane (laneText, tokSource) must give what the plain pipeline
// gives: the rune stage on the whole text, then spacing and words on each
// segment, with no word cache. These tests compare the two on real text,
// on pieces of text built to meet every edge of a region, and under every
// option; FuzzLane does it on any input.

// plainString is String through the plain pipeline.
func plainString(n *Normalizer, s string) string {
	r := n.runeStage(s)
	w := writer{src: r, lazy: true}
	var st lineState
	n.text(&w, &st, r)
	if w.lazy {
		return r[:w.n]
	}
	return string(w.buf)
}

// laneString is String through the fast lane, whatever the length of s.
func laneString(n *Normalizer, s string) string {
	w := writer{src: s, lazy: true}
	n.laneText(&w, s)
	if w.lazy {
		return s[:w.n]
	}
	return string(w.buf)
}

// laneOptionSets are the option sets the lane is checked under: every rule
// family switched off in turn, and some together.
var laneOptionSets = map[string][]Option{
	"default":         nil,
	"keep spaces":     {KeepSpaces()},
	"keep zwnj":       {KeepZWNJ()},
	"keep glued":      {KeepGluedWords()},
	"keep spaced":     {KeepSpacedWords()},
	"keep diacritics": {KeepDiacritics()},
	"keep punct":      {KeepPunctuationSpacing(), KeepLatinPunctuation(), KeepQuotes()},
	"keep letters":    {KeepArabicLetters(), KeepKashida(), KeepInvisibles()},
	"latin digits":    {Digits(Latin), Separators(Latin)},
	"everything kept": {KeepSpaces(), KeepZWNJ(), KeepGluedWords(), KeepSpacedWords(), KeepDiacritics(), KeepPunctuationSpacing()},
}

// lanePieces are tokens and spaces that meet the lane's edges: clean words,
// words the glued rule restores, context-free punctuation, opening and
// closing marks, quotes, digits, Latin, URLs, ZWNJs in every place, marks,
// Arabic letters, invisible characters and odd spaces.
var lanePieces = []string{
	"کتاب", "ها", "می", "توانید", "تروریستها", "میشناسند", "سهجانبه", "و", "به", "خلیج", "فارس",
	"کتاب،", "گفت:", "است.", "«سلام", "سلام»", "(الف)", "(", ")", "«", "»", "،", ".", "؟", "!",
	"\"سلام\"", "\"", "سلام,", "چرا?", "۱۲.۵", "12", "F-16", "COVID-19", "www.irna.ir", "a@b.com",
	"می\u200cرود", "کشور\u200cها", "\u200cکتاب", "کتاب\u200c", "\u200c", "ب\u200c\u200cا", "كتاب", "يک",
	"کتابـها", "کِتاب", "\u200e", "\u00a0", "\t", "  ", "ﻻ", "ه.ش", "U.S.", ":", "۱۲:۳۰", "\xd8", "\xff",
}

func TestLaneEquivalence(t *testing.T) {
	var texts []string
	for _, pat := range []string{"../testdata/*.txt", "../testdata/heldout/*.txt"} {
		files, err := filepath.Glob(pat)
		require.NoError(t, err)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			texts = append(texts, string(b))
		}
	}
	require.NotEmpty(t, texts)
	// Sequences of pieces joined by one space, two spaces or none.
	seps := []string{" ", " ", " ", "  ", ""}
	var b strings.Builder
	for i := range 4000 {
		b.WriteString(lanePieces[(i*7+i/13)%len(lanePieces)])
		b.WriteString(seps[(i*3+i/7)%len(seps)])
		if i%37 == 36 {
			b.WriteString("\n")
		}
	}
	texts = append(texts, b.String())
	for name, opts := range laneOptionSets {
		n := New(opts...)
		for i, s := range texts {
			want := plainString(n, s)
			assert.Equal(t, want, laneString(n, s), "%s: text %d", name, i)
			assert.Equal(t, want, n.String(s), "%s: text %d", name, i)
			for _, l := range strings.Split(s, "\n") {
				if got := laneString(n, l); got != plainString(n, l) {
					t.Errorf("%s: line %+q:\nlane  %+q\nplain %+q", name, l, got, plainString(n, l))
				}
			}
		}
	}
}

// FuzzLane checks that the fast lane agrees with the plain pipeline on any
// input, with the default options and with spaces and ZWNJs kept.
func FuzzLane(f *testing.F) {
	addSeeds(f)
	for i := range lanePieces {
		f.Add(lanePieces[i] + " " + lanePieces[(i+1)%len(lanePieces)] + " " + lanePieces[(i+5)%len(lanePieces)])
	}
	ns := []*Normalizer{New(), New(KeepSpaces(), KeepZWNJ())}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range ns {
			if got, want := laneString(n, s), plainString(n, s); got != want {
				t.Fatalf("%+q:\nlane  %+q\nplain %+q", s, got, want)
			}
		}
	})
}

func TestTokenEnd(t *testing.T) {
	for _, s := range []string{"", " ", "a", "ab cd", "abcdefgh", "abcdefgh ", "abcdefghi j", "\x20\x21\x1f",
		"\xe2\x80\x8c\xd8\xa8 \xd8\xa8", "خیلی\u200cها کتاب", "0123456789abcdef", "0123456789abcde f", "\xa0\xc0 x"} {
		for i := 0; i <= len(s); i++ {
			want := strings.IndexByte(s[i:], ' ')
			if want < 0 {
				want = len(s)
			} else {
				want += i
			}
			assert.Equal(t, want, tokenEnd(s, i), "%+q from %d", s, i)
		}
	}
}

// No presentation form lengthens by more than laneLine allows for.
func TestPresentationFormGrowth(t *testing.T) {
	for r, s := range presentationForms() {
		out := defaultNormalizer().runeStage(string(r))
		assert.LessOrEqualf(t, len(out), 12*len(string(r)), "%U -> %+q (%+q)", r, out, s)
	}
}
