package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/normalize"
)

// runNormalizeCmd runs `sokhan normalize ARGS...` on stdin.
func runNormalizeCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runSokhan(t, stdin, append([]string{"normalize"}, args...)...)
}

func TestNormalizeStdin(t *testing.T) {
	out, errOut, status := runNormalizeCmd(t, "تروريستها مي توانند ٥٣ بار\n\nسلام ، دنیا  \n")
	assert.Equal(t, 0, status)
	assert.Empty(t, errOut)
	assert.Equalf(t, "تروریست\u200cها می\u200cتوانند ۵۳ بار\n\nسلام، دنیا\n", out, "%+q", out)
}

func TestNormalizeFiles(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*.txt")
	require.NotEmpty(t, files)
	for _, f := range files[:2] {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out, errOut, status := runNormalizeCmd(t, "", f)
		assert.Equal(t, 0, status)
		assert.Empty(t, errOut)
		assert.Equal(t, normalize.String(string(b)), out)
		assert.Equal(t, strings.Count(string(b), "\n"), strings.Count(out, "\n"), "one output line per input line")
	}
	// Several files, and "-" for standard input.
	out, _, status := runNormalizeCmd(t, "علي\n", files[0], "-")
	assert.Equal(t, 0, status)
	assert.True(t, strings.HasSuffix(out, "علی\n"))
}

func TestNormalizeErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("سلام\nدنیا \xff\xfe ادامه\n"), 0o644))
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("كتاب\n"), 0o644))

	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "nope.txt: no such file or directory"},
		{"directory", []string{dir}, dir + ": is a directory"},
		{"invalid UTF-8", []string{bad}, "bad.txt: invalid UTF-8 at byte 18"},
	}
	for _, c := range cases {
		out, errOut, status := runNormalizeCmd(t, "", append(c.args, good)...)
		assert.Equal(t, 1, status, c.name)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line on stderr: %q", errOut)
		assert.Contains(t, errOut, c.want, c.name)
		assert.True(t, strings.HasSuffix(out, "کتاب\n"), "%s: the next file is still processed: %q", c.name, out)
	}
	_, errOut, status := runNormalizeCmd(t, "ok\n\xc3")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "<stdin>: invalid UTF-8 at byte 3")
}

// TestValidReader checks that validReader passes on the valid prefix of
// its input, however the reads are cut, and reports the first invalid byte
// at its offset, across its buffer's refills.
func TestValidReader(t *testing.T) {
	long := strings.Repeat("سلام دنیا abc ", 6000) // 90 KB: several buffers
	cases := []string{
		"", "abc", long,
		long + "\xff" + long,
		long[:40001] + "\xff",               // cut inside a rune, then a bad byte
		long + "\xd8",                       // a rune cut at the end
		"\xd8\xb3\xff" + long,               // a bad byte after the first rune
		long[:32767] + "\xe2\x80\x8c" + "x", // a ZWNJ across the buffer's end
	}
	readers := map[string]func(io.Reader) io.Reader{
		"plain": func(r io.Reader) io.Reader { return r },
		"byte":  iotest.OneByteReader,
		"half":  iotest.HalfReader,
	}
	for i, in := range cases {
		for name, wrap := range readers {
			v := &validReader{r: wrap(strings.NewReader(in))}
			var got bytes.Buffer
			buf := make([]byte, 4096)
			var err error
			for err == nil {
				var n int
				n, err = v.Read(buf)
				got.Write(buf[:n])
			}
			want := invalidUTF8([]byte(in))
			if want < 0 {
				assert.Equalf(t, io.EOF, err, "case %d, %s", i, name)
				assert.Equalf(t, in, got.String(), "case %d, %s", i, name)
				continue
			}
			var bad *invalidErr
			if assert.ErrorAsf(t, err, &bad, "case %d, %s", i, name) {
				assert.Equalf(t, int64(want), bad.off, "case %d, %s", i, name)
			}
			assert.Equalf(t, in[:want], got.String(), "case %d, %s", i, name)
		}
	}
}
