package entity_test

import (
	"os"
	"strings"
	"testing"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

func benchExtract(b *testing.B, text string) {
	toks, _ := tokenize.Split(text)
	entity.Extract(text, toks) // build the default extractor outside the timer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		entity.Extract(text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtract measures Extract on tokenized text: the gold articles,
// and the shared news corpus when it is present.
func BenchmarkExtract(b *testing.B) {
	b.Run("testdata", func(b *testing.B) {
		var sb strings.Builder
		for _, g := range loadGold(b) {
			sb.WriteString(g.Normalized)
			sb.WriteString("\n\n")
		}
		benchExtract(b, sb.String())
	})
	b.Run("corpus", func(b *testing.B) {
		raw, err := os.ReadFile("../../shared/corpus/news.txt")
		if err != nil {
			b.Skip("corpus absent:", err)
		}
		benchExtract(b, normalize.String(string(raw)))
	})
}

// BenchmarkNew measures building an Extractor from the embedded lists.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := entity.New(); err != nil {
			b.Fatal(err)
		}
	}
}
