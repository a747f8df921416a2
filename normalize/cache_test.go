package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The word cache must give the lexicon's own answers: on a miss, on a hit
// and after a collision.
func TestWordCacheAnswers(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var words []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, w := range strings.Fields(string(b)) {
			if _, core, _, simple := splitWord(w); simple && len(core) >= 4 {
				words = append(words, core)
			}
		}
	}
	words = append(words, "کتابها", "میشناسند", "سهجانبه", "تروریستها", "میز", "تنها")
	c := newWordCache()
	for pass := range 3 {
		for _, w := range words {
			wantRep, wantOK := restoreCoreDirect(w)
			rep, ok, flags := c.restoreCore(w)
			assert.Equal(t, wantOK, ok, "pass %d: %+q", pass, w)
			assert.Equal(t, joinFlags(w), flags, "pass %d: %+q", pass, w)
			assert.Equal(t, wantRep, rep, "pass %d: %+q", pass, w)
		}
	}
}

// String gives the same result as the pipeline run without a cache.
func TestWordCacheString(t *testing.T) {
	noCache := func(s string) string { return plainString(defaultNormalizer(), s) }
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		text := string(b)
		require.GreaterOrEqual(t, len(text), cacheMinLen)
		assert.Equal(t, noCache(text), String(text), "%s", f)
		text = strings.ReplaceAll(text, "\u200c", "")
		assert.Equal(t, noCache(text), String(text), "%s without ZWNJ", f)
	}
}

// A text with more joined pairs than the pair table holds comes out as
// without the cache, and its joined words stay out of the replacements
// (the pair table keeps them, and drops them when it starts over), so
// that they do not fill the cache and make it start over.
func TestPairTableJoins(t *testing.T) {
	letters := []string{"ب", "پ", "ت", "س", "ج", "چ", "خ", "ش", "ف", "ق", "ک", "گ", "ل", "م", "ن", "ه", "ع", "ص"}
	var b strings.Builder
	const pairs = 60000 // more than the pair table's 49152
	for i := range pairs {
		b.WriteString(letters[i%18] + letters[i/18%18] + letters[i/324%18] + letters[i/5832%18] + "ک ها")
		b.WriteByte(" \n"[min(i%10/9, 1)])
	}
	text := b.String()
	n, c := New(), newWordCache()
	w := writer{}
	n.laneTextCache(&w, text, c)
	got := string(w.buf)
	assert.Equal(t, pairs, strings.Count(got, "\u200cها"))
	assert.Equal(t, plainString(n, text), got)
	assert.Empty(t, c.reps)
	assert.NotEmpty(t, c.joined)
	assert.Zero(t, c.resets)
}

// FuzzWordCache checks String against the pipeline without the cache on
// inputs long enough to use it: the fuzzed text repeated, so that its
// words also come back as cache hits.
func FuzzWordCache(f *testing.F) {
	f.Add("کتابها را میخوانم، کتاب ها را می خوانم")
	f.Add("سهجانبه تروریستها\u200cی میشناسند")
	f.Add("a\xd8")
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		text := strings.Repeat(s+" ", cacheMinLen/(len(s)+1)+2)
		require.GreaterOrEqual(t, len(text), cacheMinLen)
		if got, want := String(text), plainString(defaultNormalizer(), text); got != want {
			t.Fatalf("String(%+q)\n got %+q\nwant %+q", text, got, want)
		}
	})
}

// When the lane's table is full it starts over, keeping the tokens looked
// up again since they were made: a word the text used again and again
// survives the start-over, a word seen once does not, and the output is as
// without the cache.
func TestLaneResetKeeps(t *testing.T) {
	letters := []string{"ب", "پ", "ت", "س", "ج", "چ", "خ", "ش", "ف", "ق", "ک", "گ", "ل", "م", "ن", "ه", "ع", "ص"}
	var b strings.Builder
	const distinct = laneMax + laneMax/4
	for i := range distinct {
		// Every tenth token of the first part is the same word; the
		// others are all new.
		if i%10 == 0 && i < laneMax/2 {
			b.WriteString("کتاب")
		} else {
			b.WriteString(letters[i%18] + letters[i/18%18] + letters[i/324%18] + letters[i/5832%18] + letters[i/104976%18] + "ک")
		}
		b.WriteByte(" \n"[min(i%12/11, 1)])
	}
	text := b.String()
	n, c := New(), newWordCache()
	w := writer{}
	n.laneTextCache(&w, text, c)
	assert.Equal(t, plainString(n, text), string(w.buf))
	assert.Equal(t, uint32(1), c.resets)
	assert.True(t, laneHolds(c, "کتاب"), "a word in use is kept")
	first := letters[1] + strings.Repeat(letters[0], 4) + "ک"
	require.Contains(t, text, " "+first+" ")
	assert.False(t, laneHolds(c, first), "the first new token, seen once, is not")
	assert.Less(t, c.laneUsed, laneMax/2)
}

// laneHolds reports whether the lane's table of c holds tok.
func laneHolds(c *wordCache, tok string) bool {
	const mask = 1<<laneBits - 1
	x, y := wordKey(tok)
	for i := laneHash(x, y, len(tok)); c.lane[i&mask].n != 0; i++ {
		if e := &c.lane[i&mask]; string(e.key[:e.n]) == tok {
			return true
		}
	}
	return false
}
