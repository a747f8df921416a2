package sokhan

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzAnalyze checks that Analyze never panics on any input and that every
// span of the Document indexes its Text and reads what it claims.
func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\xff", "گفت: «", "«»، وی گفت.", "به گفته وی،", "ظريف گفت: \xfe\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Analyze(text)
		if d.Original != text {
			t.Fatalf("Original changed")
		}
		n := len(d.Text)
		for _, tok := range d.Tokens {
			if tok.Start < 0 || tok.End > n || tok.Start > tok.End || d.Text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %+v out of bounds or not its text in %+q", tok, d.Text)
			}
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > n || s.Start > s.End || s.Tokens.End > len(d.Tokens) {
				t.Fatalf("sentence %+v out of bounds in %+q", s, d.Text)
			}
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > n || m.Start > m.End || d.Text[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v out of bounds or not its text in %+q", m, d.Text)
				}
			}
		}
		for _, q := range d.Quotes {
			if q.Content.Start < 0 || q.Content.End > n || q.Content.Start >= q.Content.End ||
				q.CueSpan.Start < 0 || q.CueSpan.End > n || d.Text[q.CueSpan.Start:q.CueSpan.End] != q.Cue {
				t.Fatalf("quote %+v out of bounds in %+q", q, d.Text)
			}
			if _, ok := d.Entity(q.Speaker); q.Speaker != -1 && !ok {
				t.Fatalf("quote speaker %d is no entity", q.Speaker)
			}
		}
		prev := -1
		for _, i := range d.Summary {
			if i <= prev || i >= len(d.Sentences) {
				t.Fatalf("summary %v not increasing sentence indices (%d sentences)", d.Summary, len(d.Sentences))
			}
			prev = i
		}
	})
}
