package entity

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
	"github.com/sokhan-nlp/sokhan/normalize"
)

// TestDataFiles checks every embedded gazetteer: valid UTF-8, sorted,
// unique, the right number of fields, known enum values, normalized text.
func TestDataFiles(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	fields := map[string]int{}
	for _, f := range embeddedFiles {
		fields[f.name] = f.fields
	}
	fields["words.txt"] = 2 // SET<TAB>WORD, read by embeddedWordSets
	for _, name := range names {
		t.Run(path.Base(name), func(t *testing.T) {
			b, err := dataFS.ReadFile(name)
			require.NoError(t, err)
			data := string(b)
			want, known := fields[path.Base(name)]
			assert.True(t, known, "data file %s is not read by the extractor", name)
			assert.NoError(t, lexicon.Check(data, checkNormalized))
			for _, e := range lexicon.Parse(data) {
				assert.Len(t, e.Fields, want, "line %d: %+q", e.Line, e.Fields)
			}
		})
	}
	g, err := embedded()
	require.NoError(t, err)
	assert.Positive(t, g.Len())
	w, err := embeddedWordSets()
	require.NoError(t, err)
	assert.NotEmpty(t, w.functionWords)
}

// TestParseWordSets checks that data/words.txt fills every set and that a
// malformed line is an error naming it.
func TestParseWordSets(t *testing.T) {
	w, err := embeddedWordSets()
	require.NoError(t, err)
	for name, m := range w.fields() {
		assert.NotEmpty(t, *m, "set %s", name)
	}
	assert.True(t, w.functionWords["از"])
	assert.True(t, w.countryCues["دولت\u200cهای"], "ZWNJ forms are kept as listed")
	assert.False(t, w.roleNouns["از"], "sets are separate")

	for _, tc := range []struct{ name, data, err string }{
		{"unknown set", "noSuchSet\tاز\n", "line 1"},
		{"missing word", "# c\nfunctionWords\n", "line 2"},
		{"empty set", "functionWords\tاز\n", "is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseWordSets(tc.data)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
		})
	}
}

// TestDataConsistency checks that the lists agree with each other: every
// country a demonym, location or canonical name points to is a canonical
// country.
func TestDataConsistency(t *testing.T) {
	g, err := embedded()
	require.NoError(t, err)
	canon := map[string]bool{}
	for _, c := range g.countries {
		canon[c.canonical] = true
	}
	for _, c := range g.countries {
		if c.variant == c.canonical {
			continue
		}
		assert.Contains(t, g.countries, countryEntry{c.canonical, c.canonical}, "canonical %+q is not its own variant", c.canonical)
	}
	for _, d := range g.demonyms {
		assert.True(t, canon[d.country], "demonym %+q: %+q is not a canonical country", d.demonym, d.country)
	}
	for _, l := range g.locations {
		if l.country != "" {
			assert.True(t, canon[l.country], "location %+q: %+q is not a canonical country", l.name, l.country)
		}
	}
}

// checkNormalized rejects a field that the normalizer would change (up to
// the choice between ZWNJ, space and glued forms), and one that normalized
// text cannot contain: Arabic yeh and kaf,
// Arabic-Indic digits, double spaces, stray ZWNJ.
func checkNormalized(_ int, s string) error {
	if n := letterNormalizer.String(s); n != s {
		return fmt.Errorf("not normalized: the normalizer gives %+q", n)
	}
	if !isNormal(s) {
		return fmt.Errorf("not normalized")
	}
	// The full normalizer may choose another ZWNJ/space/glued form, which
	// the matcher treats alike; any other change means the entry could
	// never match normalized text.
	if n := normalize.String(s); n != s && foldString(n) != foldString(s) {
		return fmt.Errorf("not normalized: normalize.String gives %+q", n)
	}
	return nil
}

// letterNormalizer is normalize's default normalizer without the word
// stage that chooses between ZWNJ, space and glued forms: the matcher
// treats those three alike, and a name such as «آریگو» must not be split.
var letterNormalizer = normalize.New(normalize.KeepGluedWords(), normalize.KeepSpacedWords())

func isNormal(s string) bool {
	if strings.ContainsAny(s, "يكى\u0640\u200f\u200e\ufeff") || strings.Contains(s, "  ") {
		return false
	}
	if strings.HasPrefix(s, zwnj) || strings.HasSuffix(s, zwnj) || strings.Contains(s, zwnj+zwnj) ||
		strings.Contains(s, " "+zwnj) || strings.Contains(s, zwnj+" ") {
		return false
	}
	for _, r := range s {
		if r >= '٠' && r <= '٩' {
			return false
		}
	}
	return true
}

// TestOrdinaryFirstNames checks that words news uses mostly as ordinary
// words are not plain first names: a first name among them is also listed
// in nonnames.txt, so that it needs evidence to start a name.
func TestOrdinaryFirstNames(t *testing.T) {
	w, err := embeddedWordSets()
	require.NoError(t, err)
	ix := build(w, []*Gazetteer{mustEmbedded(t)})
	for _, w := range strings.Fields("شامل حامی بیکار خاطرنشان اخیرا تابو لیف مری پنی زمین گل حق تیم") {
		if in := ix.lookup(w); in != nil && in.first {
			assert.True(t, in.nonName, "%+q is a first name and an ordinary word: list it in nonnames.txt", w)
		}
	}
}

func mustEmbedded(t *testing.T) *Gazetteer {
	g, err := embedded()
	require.NoError(t, err)
	return g
}

// TestPlain checks the word-at-a-time scan of plain against the byte
// rule it implements, at every length and position of a separator.
func TestPlain(t *testing.T) {
	for _, sep := range []string{" ", "\t", zwnj, "\u2026"} {
		for n := 0; n <= 20; n++ {
			base := strings.Repeat("ب", n)[:n] // n bytes, not always whole runes
			assert.Truef(t, plain(base), "%+q", base)
			for at := 0; at <= n; at++ {
				s := base[:at] + sep + base[at:]
				assert.Falsef(t, plain(s), "%+q", s)
			}
		}
	}
	for _, s := range []string{"ظریف", "abcdefghijklmnop", "\xe1\xe3\x21\x1f\xff\x80\x00\x0a\x08"} {
		assert.Truef(t, plain(s), "%+q", s)
	}
}
