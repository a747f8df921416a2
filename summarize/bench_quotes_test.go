package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// BenchmarkQuotes measures Quotes alone, on the gold normalized testdata
// articles with gold name mentions as entities, and on the shared corpus
// (without entities) when it is present.
func BenchmarkQuotes(b *testing.B) {
	b.Run("testdata", func(b *testing.B) {
		var texts []string
		for _, g := range loadGold(b) {
			texts = append(texts, g.Normalized)
		}
		text := strings.Join(texts, "\n")
		var g goldDoc
		for _, d := range loadGold(b) {
			for k, v := range d.People {
				if g.People == nil {
					g.People = d.People
				}
				g.People[k] = v
			}
		}
		benchQuotes(b, text, goldEntities(text, g))
	})
	b.Run("corpus", func(b *testing.B) {
		raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "news.txt"))
		if err != nil {
			b.Skip("corpus absent:", err)
		}
		benchQuotes(b, string(raw), nil)
	})
}

func benchQuotes(b *testing.B, text string, ents []entity.Entity) {
	toks, sents := tokenize.Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Quotes(text, sents, toks, ents))
	}
	b.ReportMetric(float64(n), "quotes/op")
}
