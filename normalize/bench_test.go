package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// benchInputs returns the dev articles and, when present, the shared
// corpus files.
func benchInputs(b *testing.B) map[string]string {
	in := map[string]string{}
	files, _ := filepath.Glob("../testdata/*.txt")
	var all strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err == nil {
			all.Write(data)
			all.WriteByte('\n')
		}
	}
	in["testdata"] = all.String()
	for _, name := range []string{"news", "sports"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", name+".txt"))
		if err == nil {
			in[name] = string(data)
		}
	}
	return in
}

func benchEach(b *testing.B, f func(b *testing.B, s string)) {
	in := benchInputs(b)
	String(in["testdata"]) // build the lexicon and tables before timing
	for _, name := range []string{"testdata", "news", "sports"} {
		s, ok := in[name]
		b.Run(name, func(b *testing.B) {
			if !ok {
				b.Skip("corpus absent")
			}
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			f(b, s)
		})
	}
}

// BenchmarkString measures the full default normalizer on noisy text.
func BenchmarkString(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		for b.Loop() {
			String(s)
		}
	})
}

// BenchmarkStringNormal measures String on text that is already normal
// (the span check and the lazy writer: no allocation).
func BenchmarkStringNormal(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		s = String(s)
		b.ResetTimer()
		for b.Loop() {
			String(s)
		}
	})
}

// BenchmarkIsNormalized measures IsNormalized on normal text.
func BenchmarkIsNormalized(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		s = String(s)
		b.ResetTimer()
		for b.Loop() {
			IsNormalized(s)
		}
	})
}

// BenchmarkRunes measures the rune-level transformer.
func BenchmarkRunes(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		src := []byte(s)
		dst := make([]byte, 2*len(src)+16)
		t := Runes()
		t.Transform(dst, src, true) // warm up: presentation-form table
		for b.Loop() {
			t.Transform(dst, src, true)
		}
	})
}

// BenchmarkRunesSpan measures the rune stage's span check on normal text.
func BenchmarkRunesSpan(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		src, _, _ := transform.Bytes(Runes(), []byte(s))
		t := Runes()
		for b.Loop() {
			t.Span(src, true)
		}
	})
}

// BenchmarkReader measures the streaming full pipeline through
// transform.NewReader.
func BenchmarkReader(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		buf := make([]byte, 32<<10)
		for b.Loop() {
			r := NewReader(strings.NewReader(s))
			for {
				if _, err := r.Read(buf); err != nil {
					break
				}
			}
		}
	})
}

// BenchmarkFold measures search-key folding.
func BenchmarkFold(b *testing.B) {
	benchEach(b, func(b *testing.B, s string) {
		for b.Loop() {
			Fold(s)
		}
	})
}
