package tokenize

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/internal/goldtest"
	"github.com/sokhan-nlp/sokhan/internal/lexicon"
	"github.com/sokhan-nlp/sokhan/normalize"
)

type gold = goldtest.Doc

// goldFiles returns the dev gold files by file name (NAME.gold.json).
func goldFiles(t testing.TB) map[string]gold {
	t.Helper()
	out := map[string]gold{}
	for _, a := range goldtest.Load(t, "../testdata") {
		out[a.Name+".gold.json"] = a.Doc
	}
	return out
}

// TestGoldSentenceCount checks every gold article's normalized text against
// its annotated sentence count.
func TestGoldSentenceCount(t *testing.T) {
	for name, g := range goldFiles(t) {
		_, sentences := Split(g.Normalized)
		assert.Equal(t, g.SentenceCount, len(sentences), name)
	}
}

// TestGoldSample pins the sample article's boundaries that matter: the
// e-mail line is one sentence, and a line with two sentences splits.
func TestGoldSample(t *testing.T) {
	g := goldFiles(t)["zarif-lavrov.gold.json"]
	text := g.Normalized
	var got []string
	for s := range Sentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	require.Len(t, got, 16)
	assert.Equal(t, "bultannews@gmail.com", got[15])
	assert.Equal(t, "ما معتقدیم موضوع سوریه راه حل نظامی ندارد.", got[12])
}

func TestAbbreviationsList(t *testing.T) {
	require.NoError(t, lexicon.Check(abbreviationsData, func(_ int, s string) error {
		if n := normalize.String(s); n != s {
			return fmt.Errorf("%+q is not normalized (%+q)", s, n)
		}
		return nil
	}))
	for _, a := range abbreviations() {
		assert.True(t, isAbbrev(a), "%+q", a)
		// Every entry must come out of the tokenizer as one token.
		assert.Equal(t, a+"/Latin", show(a), "%+q", a)
	}
	assert.False(t, isAbbrev("etc."))
}
