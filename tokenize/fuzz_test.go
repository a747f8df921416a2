package tokenize

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// checkInvariants verifies the offset contract on any input: tokens in
// bounds, non-empty, strictly increasing and non-overlapping, Text equal to
// the spanned substring, only white space between tokens; sentences cover
// the tokens in order without gaps; Split equals the two iterators.
func checkInvariants(t *testing.T, text string) {
	tokens := slices.Collect(Tokens(text))
	prev := 0
	for i, tok := range tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %+v out of order or bounds (prev end %d, len %d) in %+q", i, tok.Span, prev, len(text), text)
		}
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %d text %+q != text[%d:%d]", i, tok.Text, tok.Start, tok.End)
		}
		if !onlySpace(text[prev:tok.Start]) {
			t.Fatalf("non-space %+q between tokens before %d in %+q", text[prev:tok.Start], i, text)
		}
		prev = tok.End
	}
	if !onlySpace(text[prev:]) {
		t.Fatalf("non-space tail %+q in %+q", text[prev:], text)
	}
	sentences := slices.Collect(Sentences(text))
	nextTok, para := 0, 0
	for i, s := range sentences {
		if s.Tokens.Start != nextTok || s.Tokens.End <= s.Tokens.Start || s.Tokens.End > len(tokens) {
			t.Fatalf("sentence %d tokens %+v do not follow %d (of %d) in %+q", i, s.Tokens, nextTok, len(tokens), text)
		}
		if s.Start != tokens[s.Tokens.Start].Start || s.End != tokens[s.Tokens.End-1].End {
			t.Fatalf("sentence %d span %+v does not match its tokens in %+q", i, s.Span, text)
		}
		if s.Paragraph < para {
			t.Fatalf("sentence %d paragraph %d goes back from %d", i, s.Paragraph, para)
		}
		para = s.Paragraph
		nextTok = s.Tokens.End
	}
	if nextTok != len(tokens) {
		t.Fatalf("sentences cover %d of %d tokens in %+q", nextTok, len(tokens), text)
	}
	st, ss := Split(text)
	if !slices.Equal(st, tokens) || !slices.Equal(ss, sentences) {
		t.Fatalf("Split differs from Tokens/Sentences on %+q", text)
	}
	prevVerb := 0
	for r := range VerbPhrases(text, tokens) {
		if r.Start < prevVerb || r.Len() < 2 || r.End > len(tokens) {
			t.Fatalf("verb phrase %+v after %d (of %d tokens) in %+q", r, prevVerb, len(tokens), text)
		}
		prevVerb = r.End
	}
}

func onlySpace(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func FuzzTokenize(f *testing.F) {
	for _, cases := range tokenCases {
		for _, c := range cases {
			f.Add(c.in)
		}
	}
	for _, cases := range sentenceCases {
		for _, c := range cases {
			f.Add(c.in)
		}
	}
	for _, g := range goldFiles(f) {
		f.Add(g.Normalized)
	}
	f.Add("\xd8\xa7\xe2\x80\x8c\xff.\xd8")
	f.Add("1\ufe0f")
	f.Add("#\ufe0f\u20e3\u200d")
	f.Fuzz(checkInvariants)
}

// TestInvariantsOnCorpus runs the fuzz invariants over the seed texts so
// that plain `go test` checks them too.
func TestInvariantsOnCorpus(t *testing.T) {
	for _, g := range goldFiles(t) {
		checkInvariants(t, g.Normalized)
	}
	for _, cases := range tokenCases {
		for _, c := range cases {
			checkInvariants(t, c.in)
		}
	}
}

// TestLinear guards against quadratic look-ahead on long runs that almost
// match an e-mail address, a domain or an abbreviation: ten times the input
// must cost about ten times the time, not a hundred. The bound is a ratio,
// so a loaded machine or the race detector does not make it flaky.
func TestLinear(t *testing.T) {
	run := func(text string) (time.Duration, int) {
		best := time.Duration(1 << 62)
		n := 0
		for range 3 {
			start := time.Now()
			n = 0
			for range Tokens(text) {
				n++
			}
			for range Sentences(text) {
			}
			best = min(best, time.Since(start))
		}
		return best, n
	}
	for _, unit := range []string{"ab.", "a.", "ab@", "ا.", "اب.", "1.", "#", "@a", "ab-", "\u200c"} {
		small, _ := run(strings.Repeat(unit, 10_000))
		large, n := run(strings.Repeat(unit, 100_000))
		assert.Less(t, large, 40*small+20*time.Millisecond, "%+q: %d tokens in %v, a tenth in %v", unit, n, large, small)
	}
}
