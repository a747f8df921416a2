package summarize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// BenchmarkSummary measures Summary alone (n = 3) on pre-split, normalized
// documents: the testdata articles, and the shared corpus's news and
// news-summaries articles when present. Bytes are the documents' text.
func BenchmarkSummary(b *testing.B) {
	b.Run("testdata", func(b *testing.B) {
		files, _ := filepath.Glob("../testdata/*.txt")
		var docs []string
		for _, p := range files {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(raw))
		}
		benchSummary(b, docs)
	})
	b.Run("corpus-news", func(b *testing.B) {
		raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "news.txt"))
		if err != nil {
			b.Skip("corpus absent:", err)
		}
		// One document per block, documents separated by a blank line.
		benchSummary(b, strings.Split(string(raw), "\n\n"))
	})
	b.Run("corpus-summaries", func(b *testing.B) {
		var docs []string
		for _, d := range loadNews(b) {
			docs = append(docs, d.Text)
		}
		benchSummary(b, docs)
	})
}

type splitDoc struct {
	text      string
	tokens    []tokenize.Token
	sentences []tokenize.Sentence
}

func benchSummary(b *testing.B, raws []string) {
	docs := make([]splitDoc, 0, len(raws))
	size, ntok := 0, 0
	for _, r := range raws {
		text := normalize.String(r)
		tokens, sentences := tokenize.Split(text)
		docs = append(docs, splitDoc{text, tokens, sentences})
		size += len(text)
		ntok += len(tokens)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Summary(d.text, d.sentences, d.tokens, 3)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(docs)), "docs/op")
}
