package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// addSeeds adds the dev articles (line by line) and the table-test inputs
// to the fuzz corpus.
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		for _, l := range strings.SplitAfter(string(b), "\n") {
			f.Add(l)
		}
	}
	for _, cs := range [][]normCase{letterCases, digitCases, removalCases, spaceCases, punctCases, zwnjCases, restoreCases, mixedCases} {
		for _, c := range cs {
			f.Add(c.in)
		}
	}
	f.Add("\xd8")
	f.Add("سل\xffام \xdb")
	f.Add("\"\u200c\" ، .")
}

// FuzzString checks that String and Fold are idempotent (on any input,
// valid UTF-8 or not), that String keeps valid UTF-8 valid,
// keeps the number of lines, agrees with IsNormalized and AppendString,
// and never panics on invalid UTF-8.
func FuzzString(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if IsNormalized(s) != (out == s) {
			t.Fatalf("IsNormalized(%+q) = %v, String changes it: %v", s, IsNormalized(s), out != s)
		}
		if a := string(AppendString(nil, s)); a != out {
			t.Fatalf("AppendString(%+q) = %+q, String %+q", s, a, out)
		}
		if strings.Count(out, "\n") != strings.Count(s, "\n") {
			t.Fatalf("line count changed: %+q -> %+q", s, out)
		}
		for _, tk := range strings.Fields(s) {
			if tt, _ := scanToken(tk, 0); tt.split != splitOf(tk) {
				t.Fatalf("scanToken(%+q) split %+v, splitWord %+v", tk, tt.split, splitOf(tk))
			}
			var slow token
			scanTokenSlow(&slow, tk, 0)
			if tt, _ := scanToken(tk, 0); tt != slow {
				t.Fatalf("scanToken(%+q) = %+v, scanTokenSlow %+v", tk, tt, slow)
			}
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %+q: %+q", s, out)
		}
		if f := Fold(s); Fold(f) != f {
			t.Fatalf("Fold not idempotent on %+q: %+q -> %+q", s, f, Fold(f))
		}
		if again := String(out); again != out {
			t.Fatalf("not idempotent:\n in %+q\nout %+q\nagain %+q", s, out, again)
		}
		if !IsNormalized(out) {
			t.Fatalf("IsNormalized(String(%+q)) false", s)
		}
	})
}

// FuzzStreaming checks that the streaming transformer, fed through small
// buffers, gives String's output, and that the rune transformer gives the
// rune stage's output.
func FuzzStreaming(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		want := String(s)
		got, err := streamSmall(Transformer(), s, 7, 5)
		if err != nil {
			t.Fatalf("stream %+q: %v", s, err)
		}
		if got != want {
			t.Fatalf("streaming != String for %+q\nstream %+q\nString %+q", s, got, want)
		}
		n := defaultNormalizer()
		wantR := string(appendRunes(n.rt, nil, s))
		gotR, err := streamSmall(Runes(), s, 3, 4)
		if err != nil || gotR != wantR {
			t.Fatalf("rune transformer on %+q: %+q (%v), want %+q", s, gotR, err, wantR)
		}
	})
}

// streamSmall runs t over s with src chunks of srcN bytes and a dst
// buffer of dstN bytes, as transform.Reader would with tiny buffers.
func streamSmall(t transform.Transformer, s string, srcN, dstN int) (string, error) {
	t.Reset()
	var out []byte
	src := []byte(s)
	dst := make([]byte, dstN)
	pos, end := 0, min(len(src), srcN)
	for rounds := 0; ; rounds++ {
		if rounds > 100*len(src)+1000 {
			return string(out), errLoop
		}
		atEOF := end == len(src)
		nDst, nSrc, err := t.Transform(dst, src[pos:end], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		switch err {
		case nil:
			if atEOF && pos == len(src) {
				return string(out), nil
			}
			end = min(len(src), max(end, pos+srcN))
		case transform.ErrShortDst:
			if nDst == 0 && nSrc == 0 { // one replacement larger than dst
				dst = make([]byte, 2*len(dst))
			}
		case transform.ErrShortSrc:
			if end == len(src) && nSrc == 0 && nDst == 0 {
				return string(out), err
			}
			end = min(len(src), end+srcN)
		default:
			return string(out), err
		}
	}
}

type loopError struct{}

func (loopError) Error() string { return "transformer makes no progress" }

var errLoop = loopError{}
