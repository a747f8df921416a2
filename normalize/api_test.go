package normalize

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/sokhan-nlp/sokhan/internal/goldtest"
)

// Already-normal input costs no allocation.
func TestAllocs(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.txt")
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		s := String(string(b))
		if !raceEnabled { // the pooled word cache is dropped at random under -race
			assert.Zerof(t, testing.AllocsPerRun(20, func() { _ = String(s) }), "String allocates on normal %s", f)
			assert.Zerof(t, testing.AllocsPerRun(20, func() { _ = IsNormalized(s) }), "IsNormalized allocates on %s", f)
		}
		assert.Zerof(t, testing.AllocsPerRun(20, func() { _ = Fold(Fold(s)) })-testing.AllocsPerRun(20, func() { _ = Fold(s) }), "Fold allocates on folded %s", f)
		span := Runes()
		src := []byte(s)
		assert.Zerof(t, testing.AllocsPerRun(20, func() { span.Span(src, true) }), "Span allocates on %s", f)
	}
	folded := Fold("کتاب\u200cها")
	assert.Zero(t, testing.AllocsPerRun(20, func() { _ = Fold(folded) }))
}

// String returns its argument itself when nothing changes.
func TestStringReturnsArgument(t *testing.T) {
	s := "این متن عادی است.\nسطر دوم"
	out := String(s)
	require.Equal(t, s, out)
	assert.Equal(t, &[]byte(s)[0] != nil, true)
	assert.True(t, strings.HasPrefix(out, s[:4]))
	b := []byte(s)
	assert.Equal(t, &b[0], &Bytes(b)[0], "Bytes must return its argument when normal")
}

// The rune transformer obeys the transform contract with small buffers
// and partial input (harness after golang.org/x/text/runes).
func TestRuneTransformer(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"علي", "علی"},
		{"ك\u0640ك", "کک"},
		{"ﻻ", "لا"},
		{"\ufdf2", "الله"},
		{"a\u00a0b", "a b"},
		{"سل\xd8", "سل\xd8"},
		{"\xff\xfe", "\xff\xfe"},
		{"\u200c", "\u200c"},
		{"٠١٢", "۰۱۲"},
	}
	for _, c := range cases {
		for _, dstN := range []int{1, 2, 3, 4, 16} {
			for _, srcN := range []int{1, 2, 3, 64} {
				got, err := streamSmall(Runes(), c.in, srcN, dstN)
				require.NoErrorf(t, err, "%+q", c.in)
				assert.Equalf(t, c.want, got, "dst %d src %d: %+q -> %+q", dstN, srcN, c.in, got)
			}
		}
		n, err := Runes().Span([]byte(c.in), true)
		if c.in == c.want {
			assert.NoErrorf(t, err, "Span(%+q)", c.in)
			assert.Equal(t, len(c.in), n)
		} else {
			assert.ErrorIsf(t, err, transform.ErrEndOfSpan, "Span(%+q)", c.in)
			assert.Less(t, n, len(c.in))
		}
	}
	// A rune cut at the end of src is not taken before more input comes.
	n, err := Runes().Span([]byte("ab\xd9"), false)
	assert.Equal(t, 2, n)
	assert.ErrorIs(t, err, transform.ErrShortSrc)
	_, nSrc, err := Runes().Transform(make([]byte, 10), []byte("ab\xd9"), false)
	assert.Equal(t, 2, nSrc)
	assert.ErrorIs(t, err, transform.ErrShortSrc)
	// Chains with norm.NFC.
	s, _, err := transform.String(transform.Chain(norm.NFC, Runes()), "كِتاب")
	require.NoError(t, err)
	assert.Equal(t, "کتاب", s)
}

// The streaming pipeline equals String on the dev articles, through
// transform.NewReader and through tiny buffers.
func TestStreamingEqualsString(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		want := String(string(b))
		got, err := io.ReadAll(NewReader(bytes.NewReader(b)))
		require.NoError(t, err)
		assert.Equalf(t, want, string(got), "NewReader on %s", f)
		small, err := streamSmall(Transformer(), string(b), 5, 3)
		require.NoError(t, err)
		assert.Equalf(t, want, small, "small buffers on %s", f)
	}
}

// A line longer than the segment limit is cut at a space; streaming and
// String still agree, and no byte is lost.
func TestLongLine(t *testing.T) {
	word := "تروریستها مي توانند ,"
	long := strings.Repeat(word+" ", 3*maxSegment/len(word))
	nospace := strings.Repeat("ب", maxSegment)
	for _, s := range []string{long, long + "\n" + long, nospace, nospace + "\xd9" + nospace} {
		want := String(s)
		got, err := io.ReadAll(NewReader(strings.NewReader(s)))
		require.NoError(t, err)
		assert.Equal(t, want, string(got))
		assert.Equal(t, strings.Count(s, "\n"), strings.Count(want, "\n"))
		if utf8.ValidString(s) {
			assert.True(t, utf8.ValidString(want))
		}
	}
}

// Invalid UTF-8 passes through unchanged and never stops the normalizer.
func TestInvalidUTF8(t *testing.T) {
	for _, s := range []string{"\xff", "سلام\xff دنیا", "\xd8\xd9\xda", "ي\xc0ي", "\xe2\x80"} {
		out := String(s)
		for _, bad := range []string{"\xff", "\xc0", "\xe2\x80"} {
			assert.Equalf(t, strings.Count(s, bad), strings.Count(out, bad), "%+q -> %+q", s, out)
		}
		assert.Equal(t, out, String(out))
	}
	// A removable rune before a stray continuation byte stays, so that the
	// stray bytes around it cannot join into a rune.
	for _, s := range []string{"\xda\u064c\xaa", "\xd9\u200c\xaa", "\xda\u0640\xaa", "\xe2\u200e\x80"} {
		assert.Equalf(t, s, String(s), "%+q", s)
		assert.Equalf(t, s, Fold(s), "Fold %+q", s)
	}
	assert.Equal(t, "\xdaب", String("\xda\u064cب"))
	n, err := Runes().Span([]byte("ab\u064c"), false)
	assert.Equal(t, 2, n)
	assert.ErrorIs(t, err, transform.ErrShortSrc, "the byte after a removable rune decides")
	assert.Equal(t, "سلام\xff دنیا", String("سلام\xff  دنیا"))
	assert.Equal(t, "ی\xc0ی", String("ي\xc0ي"))
}

// TestGold checks the word-level agreement of String with the gold
// normalized text of every dev article, accepting its alternates: the
// share of gold words reproduced in order must stay above the floor, so
// that regressions show.
func TestGold(t *testing.T) {
	var ok, total int
	for _, gold := range goldtest.Load(t, "../testdata") {
		pred := gold.AcceptAlternates(String(gold.Raw))
		m, n := goldtest.WordsKept(gold.Normalized, pred)
		ok += m
		total += n
		if m < n {
			t.Logf("%s: %d/%d gold words; differences: %s", gold.Name, m, n, wordDiff(strings.Fields(gold.Normalized), strings.Fields(pred)))
		}
	}
	acc := float64(ok) / float64(total)
	t.Logf("word agreement %.4f (%d/%d)", acc, ok, total)
	assert.GreaterOrEqual(t, acc, 0.99)
}

// wordDiff lists gold words missing from the prediction, quoted.
func wordDiff(gold, pred []string) string {
	have := map[string]int{}
	for _, w := range pred {
		have[w]++
	}
	var out []string
	for _, w := range gold {
		if have[w] > 0 {
			have[w]--
			continue
		}
		out = append(out, strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(w, "\u200c", "\\u200c"), "\n", " ")))
	}
	return strings.Join(out, " ")
}

// A Normalizer is safe for concurrent use (run with -race).
func TestConcurrent(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.txt")
	require.NotEmpty(t, files)
	b, err := os.ReadFile(files[0])
	require.NoError(t, err)
	want := String(string(b))
	n := New(Digits(Latin))
	wantLatin := n.String(string(b))
	done := make(chan bool)
	for range 4 {
		go func() {
			ok := true
			for range 5 {
				ok = ok && String(string(b)) == want && n.String(string(b)) == wantLatin && IsNormalized(want)
			}
			done <- ok
		}()
	}
	for range 4 {
		assert.True(t, <-done)
	}
}

// The sample article normalizes exactly to its gold text (the goal of
// issue 2), up to the gold file's accepted alternates.
func TestSampleArticle(t *testing.T) {
	var gold goldtest.Article
	for _, a := range goldtest.Load(t, "../testdata") {
		if a.Name == "zarif-lavrov" {
			gold = a
		}
	}
	require.NotEmpty(t, gold.Normalized, "the sample's gold file")
	got := gold.AcceptAlternates(String(gold.Raw))
	gl, ol := strings.Split(gold.Normalized, "\n"), strings.Split(got, "\n")
	require.Equal(t, len(gl), len(ol), "line count")
	for i := range gl {
		assert.Equalf(t, gl[i], ol[i], "line %d\n got %+q\nwant %+q", i+1, ol[i], gl[i])
	}
}
