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
	if raceEnabled {
		t.Skip("sync.Pool drops its items at random under -race")
	}
	letters := []string{"ب", "پ", "ت", "س", "ج", "چ", "خ", "ش", "ف", "ق", "ک", "گ", "ل", "م", "ن", "ه", "ع", "ص"}
	var b strings.Builder
	const pairs = 60000 // more than the pair table's 49152
	for i := range pairs {
		b.WriteString(letters[i%18] + letters[i/18%18] + letters[i/324%18] + letters[i/5832%18] + "ک ها")
		b.WriteByte(" \n"[min(i%10/9, 1)])
	}
	text := b.String()
	n := New()
	got := n.String(text)
	assert.Equal(t, pairs, strings.Count(got, "\u200cها"))
	assert.Equal(t, plainString(n, text), got)
	c := n.caches.Get().(*wordCache)
	defer n.caches.Put(c)
	assert.Empty(t, c.reps)
	assert.NotEmpty(t, c.joined)
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
