package sokhan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sokhan-nlp/sokhan/internal/goldtest"
)

// BenchmarkAnalyze measures the whole pipeline on one core: on each
// testdata article, on all of them, and on the shared news corpus (one
// document per blank-line-separated block) when it is present.
func BenchmarkAnalyze(b *testing.B) {
	arts := goldtest.Load(b, "testdata")
	for _, a := range arts {
		b.Run("testdata/"+a.Name, func(b *testing.B) { benchAnalyze(b, []string{a.Raw}) })
	}
	for _, name := range []string{"news.txt", "sports.txt"} {
		b.Run("corpus/"+name, func(b *testing.B) {
			raw, err := os.ReadFile(filepath.Join("..", "shared", "corpus", name))
			if err != nil {
				b.Skip("corpus absent:", err)
			}
			benchAnalyze(b, strings.Split(string(raw), "\n\n"))
		})
	}
}

func benchAnalyze(b *testing.B, docs []string) {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		tokens = 0
		for _, d := range docs {
			tokens += len(Analyze(d).Tokens)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
