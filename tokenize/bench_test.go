package tokenize

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// benchInputs returns the texts to benchmark: the gold articles joined, and
// the shared news corpus when it is present.
func benchInputs(b *testing.B) map[string]string {
	var sb strings.Builder
	for _, g := range goldFiles(b) {
		sb.WriteString(g.Normalized)
		sb.WriteString("\n\n")
	}
	in := map[string]string{"testdata": sb.String()}
	for _, name := range []string{"news", "sports"} {
		if data, err := os.ReadFile("../../shared/corpus/" + name + ".txt"); err == nil {
			in[name] = string(data)
		}
	}
	return in
}

func BenchmarkTokens(b *testing.B) {
	benchCount(b, "tokens/s", func(text string) (n int) {
		for range Tokens(text) {
			n++
		}
		return n
	})
}

func BenchmarkSentences(b *testing.B) {
	benchCount(b, "sentences/s", func(text string) (n int) {
		for range Sentences(text) {
			n++
		}
		return n
	})
}

// benchCount benchmarks count, which iterates over a text and returns the
// number of items, on every input, reporting MB/s and items per second as
// unit.
func benchCount(b *testing.B, unit string, count func(string) int) {
	for name, text := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n += count(text)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), unit)
		})
	}
}

func BenchmarkSplit(b *testing.B) {
	for name, text := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Split(text)
			}
		})
	}
}

// TestZeroAllocs proves that iterating allocates nothing.
func TestZeroAllocs(t *testing.T) {
	text := "به گزارش ایرنا، دکتر م. احمدی گفت: «رشد ۱۲٫۵٪ در ۱۴۰۳/۰۲/۱۵ ثبت شد.» " +
		"نشانی info@irna.ir و https://irna.ir/fa و #خبر_فوری 👩🏽\u200d💻 U.S. F-16\nپایان"
	for _, g := range goldFiles(t) {
		text += "\n" + g.Normalized
	}
	isAbbrev("x") // the list is parsed once, outside the measurement
	tokens := testing.AllocsPerRun(50, func() {
		for range Tokens(text) {
		}
	})
	assert.Zero(t, tokens, "Tokens allocates")
	sentences := testing.AllocsPerRun(50, func() {
		for range Sentences(text) {
		}
	})
	assert.Zero(t, sentences, "Sentences allocates")
}
